/* module.c: the extension module tldr._core (multi-phase init, module state).
 *
 * It creates the exception hierarchy and lets every component register its functions
 * and types. Nothing here starts a thread or touches global state.
 */
#define TLDR_IMPORT_ARRAY
#include "binding.h"

#include <stdarg.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <cblas.h>

tldr_module_state *tldr_state_from_type(PyTypeObject *tp)
{
    PyObject *m = PyType_GetModuleByDef(tp, &tldr_module_def);
    return m ? tldr_state(m) : NULL;
}

PyObject *tldr_raise_status(tldr_module_state *st, tldr_status s, const char *fmt, ...)
{
    PyObject *exc;
    switch (s) {
    case TLDR_ERR_NOMEM: exc = PyExc_MemoryError; break;
    case TLDR_ERR_NONFINITE: exc = st->NonFiniteError; break;
    case TLDR_ERR_FORMAT: exc = st->FileFormatError; break;
    case TLDR_ERR_UNSUPPORTED: exc = st->UnsupportedError; break;
    case TLDR_ERR_THREAD: exc = st->ResourceError; break;
    case TLDR_ERR_UTF8: exc = st->TextEncodingError; break;
    default: exc = st->InvalidInputError; break;
    }
    va_list ap;
    va_start(ap, fmt);
    PyObject *msg = PyUnicode_FromFormatV(fmt, ap);
    va_end(ap);
    if (msg) {
        PyErr_SetObject(exc, msg);
        Py_DECREF(msg);
    }
    return NULL;
}

const char *tldr_py_utf8(tldr_module_state *st, PyObject *obj, Py_ssize_t *len, const char *what)
{
    if (!PyUnicode_Check(obj)) {
        PyErr_Format(st->DTypeError, "%s must be str, got %.200s", what, Py_TYPE(obj)->tp_name);
        return NULL;
    }
    const char *s = PyUnicode_AsUTF8AndSize(obj, len);
    if (!s && PyErr_ExceptionMatches(PyExc_UnicodeEncodeError)) {
        /* A str with a lone surrogate has no UTF-8 form. */
        PyErr_Clear();
        PyErr_Format(st->TextEncodingError, "%s is not valid text: it holds a lone surrogate code point", what);
    }
    return s;
}

int tldr_parse_threads(tldr_module_state *st, PyObject *obj, size_t *out)
{
    if (obj == NULL || obj == Py_None) {
        *out = tldr_default_threads();
        return 0;
    }
    Py_ssize_t v = PyNumber_AsSsize_t(obj, PyExc_OverflowError);
    if (v == -1 && PyErr_Occurred()) return -1;
    if (v < 0 || v > 1024) {
        PyErr_Format(st->InvalidInputError,
                     "num_threads must be None or an integer in [0, 1024], got %zd", v);
        return -1;
    }
    *out = v == 0 ? tldr_default_threads() : (size_t)v;
    return 0;
}

static PyObject *build_info(PyObject *self, PyObject *noargs)
{
    char pcre_version[64] = {0};
    pcre2_config(PCRE2_CONFIG_VERSION, pcre_version);
    char pcre_unicode[64] = {0}; /* the Unicode version of \p{...} and White_Space */
    pcre2_config(PCRE2_CONFIG_UNICODE_VERSION, pcre_unicode);
    uint32_t jit = 0;
    pcre2_config(PCRE2_CONFIG_JIT, &jit);
    PyObject *d = Py_BuildValue(
        "{s:s,s:s,s:O,s:s,s:s,s:i,s:O}",
        "pcre2_version", pcre_version,
        "pcre2_unicode_version", pcre_unicode,
        "pcre2_jit", jit ? Py_True : Py_False,
        "openblas_config", openblas_get_config(),
        "openblas_corename", openblas_get_corename(),
        "openblas_num_threads", openblas_get_num_threads(),
#ifdef TLDR_DEBUG
        "debug", Py_True
#else
        "debug", Py_False
#endif
    );
    if (d && tldr_py_head_info(d) < 0) Py_CLEAR(d);
    return d;
}

static PyMethodDef module_methods[] = {
    {"build_info", build_info, METH_NOARGS,
     "build_info() -> dict: versions of the linked PCRE2 and OpenBLAS and build flags."},
    {NULL, NULL, 0, NULL}};

static PyObject *new_exc(PyObject *m, const char *name, PyObject *bases, const char *doc)
{
    char full[128];
    snprintf(full, sizeof full, "tldr.%s", name);
    PyObject *e = PyErr_NewExceptionWithDoc(full, doc, bases, NULL);
    if (!e) return NULL;
    if (PyModule_AddObjectRef(m, name, e) < 0) {
        Py_DECREF(e);
        return NULL;
    }
    return e;
}

static int tldr_exec(PyObject *m)
{
    tldr_module_state *st = tldr_state(m);
    PyObject *bases = NULL;

    st->TldrError = new_exc(m, "TldrError", NULL, "Base class of every error tldr raises on purpose.");
    if (!st->TldrError) goto error;
    bases = PyTuple_Pack(2, st->TldrError, PyExc_ValueError);
    if (!bases) goto error;
    st->InvalidInputError = new_exc(m, "InvalidInputError", bases,
                                    "An argument has the wrong shape or value (also a ValueError).");
    Py_CLEAR(bases);
    if (!st->InvalidInputError) goto error;
    bases = PyTuple_Pack(2, st->TldrError, PyExc_TypeError);
    if (!bases) goto error;
    st->DTypeError = new_exc(m, "DTypeError", bases, "An array has an unsupported dtype (also a TypeError).");
    Py_CLEAR(bases);
    if (!st->DTypeError) goto error;
    st->NonFiniteError = new_exc(m, "NonFiniteError", st->InvalidInputError,
                                 "NaN or Inf where finite values are required.");
    if (!st->NonFiniteError) goto error;
    bases = PyTuple_Pack(2, st->TldrError, PyExc_ValueError);
    if (!bases) goto error;
    st->FileFormatError = new_exc(m, "FileFormatError", bases,
                                  "A file is malformed or truncated (also a ValueError).");
    Py_CLEAR(bases);
    if (!st->FileFormatError) goto error;
    bases = PyTuple_Pack(2, st->TldrError, PyExc_NotImplementedError);
    if (!bases) goto error;
    st->UnsupportedError = new_exc(m, "UnsupportedError", bases,
                                   "A feature (e.g. part of a file format) is not supported.");
    Py_CLEAR(bases);
    if (!st->UnsupportedError) goto error;
    bases = PyTuple_Pack(2, st->TldrError, PyExc_UnicodeError);
    if (!bases) goto error;
    st->TextEncodingError = new_exc(m, "TextEncodingError", bases,
                                    "Text is not valid UTF-8 (or holds lone surrogates); also a UnicodeError.");
    Py_CLEAR(bases);
    if (!st->TextEncodingError) goto error;
    bases = PyTuple_Pack(2, st->TldrError, PyExc_RuntimeError);
    if (!bases) goto error;
    st->ResourceError = new_exc(m, "ResourceError", bases,
                                "A system resource (a worker thread) could not be had; also a RuntimeError.");
    Py_CLEAR(bases);
    if (!st->ResourceError) goto error;

    if (PyModule_AddFunctions(m, module_methods) < 0) goto error;
    if (tldr_py_head_register(m) < 0) goto error;
    if (tldr_py_regex_register(m) < 0) goto error;
    if (tldr_py_metrics_register(m) < 0) goto error;
    if (tldr_py_perturb_register(m) < 0) goto error;
    if (tldr_py_align_register(m) < 0) goto error;
    if (tldr_py_tokenizer_register(m) < 0) goto error;
    if (tldr_py_negatives_register(m) < 0) goto error;
    return 0;
error:
    Py_XDECREF(bases);
    return -1;
}

static int tldr_traverse(PyObject *m, visitproc visit, void *arg)
{
    tldr_module_state *st = tldr_state(m);
    if (!st) return 0;
    Py_VISIT(st->TldrError);
    Py_VISIT(st->InvalidInputError);
    Py_VISIT(st->DTypeError);
    Py_VISIT(st->NonFiniteError);
    Py_VISIT(st->FileFormatError);
    Py_VISIT(st->UnsupportedError);
    Py_VISIT(st->TextEncodingError);
    Py_VISIT(st->ResourceError);
    for (size_t i = 0; i < sizeof st->types / sizeof st->types[0]; i++) Py_VISIT(st->types[i]);
    return 0;
}

static int tldr_clear(PyObject *m)
{
    tldr_module_state *st = tldr_state(m);
    if (!st) return 0;
    Py_CLEAR(st->TldrError);
    Py_CLEAR(st->InvalidInputError);
    Py_CLEAR(st->DTypeError);
    Py_CLEAR(st->NonFiniteError);
    Py_CLEAR(st->FileFormatError);
    Py_CLEAR(st->UnsupportedError);
    Py_CLEAR(st->TextEncodingError);
    Py_CLEAR(st->ResourceError);
    for (size_t i = 0; i < sizeof st->types / sizeof st->types[0]; i++) Py_CLEAR(st->types[i]);
    return 0;
}

static void tldr_free(void *m) { tldr_clear((PyObject *)m); }

static int tldr_import_numpy(PyObject *m)
{
    (void)m;
    import_array1(-1);
    return 0;
}

static PyModuleDef_Slot tldr_slots[] = {
    {Py_mod_exec, tldr_import_numpy},
    {Py_mod_exec, tldr_exec},
    {0, NULL}};

PyModuleDef tldr_module_def = {
    PyModuleDef_HEAD_INIT,
    .m_name = "tldr._core",
    .m_doc = "C core of tldr: token head kernels, tokenizers, perturbation engine.",
    .m_size = sizeof(tldr_module_state),
    .m_methods = NULL,
    .m_slots = tldr_slots,
    .m_traverse = tldr_traverse,
    .m_clear = tldr_clear,
    .m_free = tldr_free,
};

PyMODINIT_FUNC PyInit__core(void) { return PyModuleDef_Init(&tldr_module_def); }
