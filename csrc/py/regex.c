/* py/regex.c: binding of regex.c as tldr._core.Regex, the PCRE2 pattern type that the
 * tokenizers and the perturbation engine build on (and the tests use to check that our
 * PCRE2 cannot be interposed). */
#include "binding.h"
#include "regex.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    PyObject_HEAD
    tldr_regex *re;
    PyObject *pattern;
} RegexObject;

static PyObject *Regex_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"pattern", NULL};
    PyObject *pattern;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O:Regex", kwlist, &pattern)) return NULL;
    tldr_module_state *st = tldr_state_from_type(type);
    if (!st) return NULL;
    Py_ssize_t len;
    const char *p = tldr_py_utf8(st, pattern, &len, "pattern");
    if (!p) return NULL;
    tldr_regex *re = NULL;
    char err[320];
    tldr_status s = tldr_regex_compile(&re, p, (size_t)len, 0, err, sizeof err);
    if (s != TLDR_OK) {
        if (s == TLDR_ERR_REGEX)
            return tldr_raise_status(st, s, "cannot compile regex %R: %s", pattern, err);
        return tldr_raise_status(st, s, "cannot compile regex: %s", tldr_status_str(s));
    }
    RegexObject *self = (RegexObject *)type->tp_alloc(type, 0);
    if (!self) {
        tldr_regex_free(re);
        return NULL;
    }
    self->re = re;
    self->pattern = Py_NewRef(pattern);
    return (PyObject *)self;
}

static void Regex_dealloc(RegexObject *self)
{
    PyTypeObject *tp = Py_TYPE(self);
    PyObject_GC_UnTrack(self);
    tldr_regex_free(self->re);
    Py_CLEAR(self->pattern);
    tp->tp_free((PyObject *)self);
    Py_DECREF(tp);
}

static int Regex_traverse(RegexObject *self, visitproc visit, void *arg)
{
    Py_VISIT(Py_TYPE(self));
    Py_VISIT(self->pattern);
    return 0;
}

/* find_spans(text) -> int64 array (n, 2) of str (code point) offsets */
static PyObject *Regex_find_spans(RegexObject *self, PyObject *text)
{
    tldr_module_state *st = tldr_state_from_type(Py_TYPE(self));
    if (!st) return NULL;
    Py_ssize_t len;
    const char *t = tldr_py_utf8(st, text, &len, "text");
    if (!t) return NULL;
    size_t *spans = NULL, n = 0;
    tldr_status s;
    Py_BEGIN_ALLOW_THREADS
    s = tldr_regex_find_all(self->re, (const uint8_t *)t, (size_t)len, &spans, &n);
    /* matches come in order, so the mapping is one pass over the text */
    if (s == TLDR_OK) tldr_utf8_spans_to_chars(spans, n, (const uint8_t *)t, (size_t)len);
    Py_END_ALLOW_THREADS
    if (s != TLDR_OK) return tldr_raise_status(st, s, "regex %R: matching failed: %s", self->pattern, tldr_status_str(s));
    npy_intp dims[2] = {(npy_intp)n, 2};
    PyObject *out = PyArray_SimpleNew(2, dims, NPY_INT64);
    if (out) {
        int64_t *o = (int64_t *)PyArray_DATA((PyArrayObject *)out);
        for (size_t i = 0; i < 2 * n; i++) o[i] = (int64_t)spans[i];
    }
    free(spans);
    return out;
}

static PyObject *Regex_get_pattern(RegexObject *self, void *closure)
{
    return Py_NewRef(self->pattern);
}

static PyMethodDef Regex_methods[] = {
    {"find_spans", (PyCFunction)Regex_find_spans, METH_O,
     "find_spans(text) -> int64 array (n, 2): str offsets of every non-overlapping match."},
    {NULL, NULL, 0, NULL}};

static PyGetSetDef Regex_getset[] = {
    {"pattern", (getter)Regex_get_pattern, NULL, "the pattern text", NULL},
    {NULL, NULL, NULL, NULL, NULL}};

static PyType_Slot Regex_slots[] = {
    {Py_tp_new, Regex_new},
    {Py_tp_dealloc, Regex_dealloc},
    {Py_tp_traverse, Regex_traverse},
    {Py_tp_methods, Regex_methods},
    {Py_tp_getset, Regex_getset},
    {Py_tp_doc, "Regex(pattern): a PCRE2 pattern compiled once with UTF, UCP and JIT."},
    {0, NULL}};

static PyType_Spec Regex_spec = {
    .name = "tldr._core.Regex",
    .basicsize = sizeof(RegexObject),
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_IMMUTABLETYPE,
    .slots = Regex_slots,
};

int tldr_py_regex_register(PyObject *m)
{
    tldr_module_state *st = tldr_state(m);
    PyObject *tp = PyType_FromModuleAndSpec(m, &Regex_spec, NULL);
    if (!tp) return -1;
    st->types[TLDR_TYPE_REGEX] = tp;
    return PyModule_AddObjectRef(m, "Regex", tp);
}
