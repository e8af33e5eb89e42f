/* binding.h: what every binding file (csrc/py/<name>.c) shares: the module state with the
 * exception hierarchy, the NumPy C API import, and small argument helpers.
 *
 * Each component has one binding file that defines
 *     int tldr_py_<component>_register(PyObject *module);
 * called once from the module's exec slot (module.c). It adds functions with
 * PyModule_AddFunctions and heap types with PyType_FromModuleAndSpec.
 */
#ifndef TLDR_PY_COMMON_H
#define TLDR_PY_COMMON_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#define PY_ARRAY_UNIQUE_SYMBOL tldr_ARRAY_API
#ifndef TLDR_IMPORT_ARRAY
#define NO_IMPORT_ARRAY
#endif
#include <numpy/arrayobject.h>

#include "util/common.h"

typedef struct {
    /* Exception hierarchy (also exported as tldr.TldrError, ...). */
    PyObject *TldrError;          /* base of everything tldr raises on purpose */
    PyObject *InvalidInputError;  /* (TldrError, ValueError): bad shapes, values */
    PyObject *DTypeError;         /* (TldrError, TypeError): wrong array dtype */
    PyObject *NonFiniteError;     /* (InvalidInputError): NaN/Inf where not allowed */
    PyObject *FileFormatError;    /* (TldrError, ValueError): malformed files */
    PyObject *UnsupportedError;   /* (TldrError, NotImplementedError) */
    PyObject *TextEncodingError;  /* (TldrError, UnicodeError): invalid UTF-8 */
    PyObject *ResourceError;      /* (TldrError, RuntimeError): a thread could not start */
    /* Heap types of the components, owned by the module. */
    PyObject *types[16];
} tldr_module_state;

/* Slots of tldr_module_state.types, one per heap type. */
enum {
    TLDR_TYPE_REGEX = 0,
    TLDR_TYPE_TOKENIZER = 1,
    TLDR_TYPE_PERTURBER = 2,
    TLDR_TYPE_FREE_3 = 3
};

extern PyModuleDef tldr_module_def;

static inline tldr_module_state *tldr_state(PyObject *module)
{
    return (tldr_module_state *)PyModule_GetState(module);
}

/* Module state from a method's defining class or an instance's type. */
tldr_module_state *tldr_state_from_type(PyTypeObject *tp);

/* Raise the exception that matches a core status, with a message. Returns NULL. */
PyObject *tldr_raise_status(tldr_module_state *st, tldr_status s, const char *fmt, ...);

/* The UTF-8 bytes of a str (borrowed; *len bytes). Not a str: DTypeError; a str with a
 * lone surrogate: TextEncodingError. `what` names the argument in the message. */
const char *tldr_py_utf8(tldr_module_state *st, PyObject *obj, Py_ssize_t *len, const char *what);

/* Parse an optional thread count (None or int >= 0; 0 or None = default). */
int tldr_parse_threads(tldr_module_state *st, PyObject *obj, size_t *out);

/* Component registration hooks. */
int tldr_py_head_register(PyObject *m);
/* Adds the head's keys (head_isa, ...) to the build_info() dict. */
int tldr_py_head_info(PyObject *dict);
int tldr_py_regex_register(PyObject *m);
int tldr_py_metrics_register(PyObject *m);
int tldr_py_perturb_register(PyObject *m);
int tldr_py_negatives_register(PyObject *m);
int tldr_py_align_register(PyObject *m);
int tldr_py_tokenizer_register(PyObject *m);

#endif
