/* py/align.c: binding of the token alignment (csrc/core/align/) as tldr._core.token_diff
 * and tldr._core.edit_labels. Arrays are converted once (copied only when needed), the
 * outputs allocated here and filled by the core with the GIL released.
 *
 *   token_diff(a, b) -> uint8 (len(b),)            a, b: 1-d token id arrays (int32)
 *   edit_labels(offsets, row_splits, edit_splits, edits) -> int8 (n,)
 *       offsets int64 (n, 2), row_splits / edit_splits int64 (R+1,), edits int64 (E, 4)
 */
#include "binding.h"
#include "align/align.h"

/* token_diff(a, b) -> uint8 array keep over b */
static PyObject *token_diff(PyObject *m, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"a", "b", NULL};
    tldr_module_state *st = tldr_state(m);
    PyObject *ao, *bo;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "OO:token_diff", kwlist, &ao, &bo)) return NULL;
    PyArrayObject *a = (PyArrayObject *)PyArray_FROM_OTF(ao, NPY_INT32, NPY_ARRAY_IN_ARRAY | NPY_ARRAY_FORCECAST);
    if (!a) return NULL;
    PyArrayObject *b = (PyArrayObject *)PyArray_FROM_OTF(bo, NPY_INT32, NPY_ARRAY_IN_ARRAY | NPY_ARRAY_FORCECAST);
    if (!b) {
        Py_DECREF(a);
        return NULL;
    }
    PyObject *out = NULL;
    if (PyArray_NDIM(a) != 1 || PyArray_NDIM(b) != 1) {
        PyErr_Format(st->InvalidInputError, "expected 1-d id arrays, got %d-d and %d-d", PyArray_NDIM(a),
                     PyArray_NDIM(b));
        goto done;
    }
    npy_intp nb = PyArray_DIM(b, 0);
    out = PyArray_SimpleNew(1, &nb, NPY_UINT8);
    if (!out) goto done;
    tldr_status s;
    Py_BEGIN_ALLOW_THREADS
    s = tldr_align_diff(PyArray_DATA((PyArrayObject *)out), PyArray_DATA(a), (size_t)PyArray_DIM(a, 0),
                        PyArray_DATA(b), (size_t)nb);
    Py_END_ALLOW_THREADS
    if (s != TLDR_OK) {
        Py_CLEAR(out);
        if (s == TLDR_ERR_LIMIT)
            tldr_raise_status(st, s,
                              "token diff: the sequences (%zd and %zd tokens) differ too much to align: at most "
                              "%lld differences and 2^33 search steps (docs/reliability.md)",
                              (Py_ssize_t)PyArray_DIM(a, 0), (Py_ssize_t)nb, (long long)TLDR_DIFF_MAX_D);
        else
            tldr_raise_status(st, s, "token diff failed: %s", tldr_status_str(s));
    }
done:
    Py_DECREF(a);
    Py_DECREF(b);
    return out;
}

/* o as a C-contiguous int64 array of ndim dimensions (ndim 2: last dimension `last`) */
static PyArrayObject *as_i64(tldr_module_state *st, PyObject *o, int ndim, npy_intp last, const char *name)
{
    PyArrayObject *a = (PyArrayObject *)PyArray_FROM_OTF(o, NPY_INT64, NPY_ARRAY_IN_ARRAY);
    if (!a) return NULL;
    if (PyArray_NDIM(a) != ndim || (ndim == 2 && PyArray_DIM(a, 1) != last)) {
        if (ndim == 2)
            PyErr_Format(st->InvalidInputError, "%s: expected an int64 array of shape (n, %zd), got %d-d", name,
                         (Py_ssize_t)last, PyArray_NDIM(a));
        else
            PyErr_Format(st->InvalidInputError, "%s: expected a 1-d int64 array, got %d-d", name, PyArray_NDIM(a));
        Py_DECREF(a);
        return NULL;
    }
    return a;
}

/* edit_labels(offsets (n,2), row_splits (R+1,), edit_splits (R+1,), edits (E,4)) -> int8 (n,) */
static PyObject *edit_labels(PyObject *m, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"offsets", "row_splits", "edit_splits", "edits", NULL};
    tldr_module_state *st = tldr_state(m);
    PyObject *oo, *ro, *eso, *eo;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "OOOO:edit_labels", kwlist, &oo, &ro, &eso, &eo)) return NULL;
    PyArrayObject *off = NULL, *rs = NULL, *es = NULL, *ed = NULL;
    PyObject *out = NULL;
    if (!(off = as_i64(st, oo, 2, 2, "offsets")) || !(rs = as_i64(st, ro, 1, 0, "row_splits")) ||
        !(es = as_i64(st, eso, 1, 0, "edit_splits")) || !(ed = as_i64(st, eo, 2, 4, "edits")))
        goto done;
    if (PyArray_DIM(rs, 0) < 1 || PyArray_DIM(es, 0) != PyArray_DIM(rs, 0)) {
        PyErr_Format(st->InvalidInputError, "row_splits and edit_splits must have the same length >= 1, got %zd and %zd",
                     (Py_ssize_t)PyArray_DIM(rs, 0), (Py_ssize_t)PyArray_DIM(es, 0));
        goto done;
    }
    npy_intp n = PyArray_DIM(off, 0);
    out = PyArray_SimpleNew(1, &n, NPY_INT8);
    if (!out) goto done;
    tldr_status s;
    Py_BEGIN_ALLOW_THREADS
    s = tldr_align_labels(PyArray_DATA((PyArrayObject *)out), PyArray_DATA(off), (size_t)n, PyArray_DATA(rs),
                          (size_t)PyArray_DIM(rs, 0) - 1, PyArray_DATA(es), PyArray_DATA(ed), (size_t)PyArray_DIM(ed, 0));
    Py_END_ALLOW_THREADS
    if (s != TLDR_OK) {
        Py_CLEAR(out);
        tldr_raise_status(st, s, "row_splits/edit_splits must start at 0, be non-decreasing and end at the number of "
                                 "tokens/edits");
    }
done:
    Py_XDECREF(off);
    Py_XDECREF(rs);
    Py_XDECREF(es);
    Py_XDECREF(ed);
    return out;
}

static PyMethodDef align_functions[] = {
    {"edit_labels", (PyCFunction)(void (*)(void))edit_labels, METH_VARARGS | METH_KEYWORDS,
     "edit_labels(offsets, row_splits, edit_splits, edits) -> int8 labels: 0 where a token overlaps an edit of its row."},
    {"token_diff", (PyCFunction)(void (*)(void))token_diff, METH_VARARGS | METH_KEYWORDS,
     "token_diff(a, b) -> uint8 array over b: 1 where b's token is kept by Myers' shortest edit script from a."},
    {NULL, NULL, 0, NULL}};

int tldr_py_align_register(PyObject *m) { return PyModule_AddFunctions(m, align_functions); }
