/* py/metrics.c: binding of evalm.c (evaluation kernels) as private functions of tldr._core:
 *   _evalm_average_precision(scores, target, descending) -> float
 *   _evalm_average_precision_pair(scores, good) -> (ap_bad, ap_good)
 *   _evalm_segment_counts(probs, labels_or_None, row_splits, threshold) -> (pred_bad, true_bad, correct)
 * The public, documented API is tldr.metrics; these take already-validated arrays but
 * still check dtypes and shapes (never trust the caller with memory). */
#include "binding.h"
#include "metrics/evalm.h"

/* float32 arrays are used as they are; any other real dtype is converted to float64. */
static PyArrayObject *as_real(tldr_module_state *st, PyObject *obj, const char *name, int *is_f64)
{
    PyArrayObject *a = (PyArrayObject *)PyArray_FROM_OF(obj, 0);
    if (!a) return NULL;
    int tn = PyArray_TYPE(a);
    if (!(PyTypeNum_ISFLOAT(tn) || PyTypeNum_ISINTEGER(tn) || PyTypeNum_ISBOOL(tn))) {
        PyErr_Format(st->DTypeError, "%s must be a real array, got dtype %R", name,
                     (PyObject *)PyArray_DESCR(a));
        Py_DECREF(a);
        return NULL;
    }
    int want = tn == NPY_FLOAT32 ? NPY_FLOAT32 : NPY_FLOAT64;
    PyArrayObject *b = (PyArrayObject *)PyArray_FROM_OTF((PyObject *)a, want, NPY_ARRAY_IN_ARRAY | NPY_ARRAY_FORCECAST);
    Py_DECREF(a);
    if (!b) return NULL;
    if (PyArray_NDIM(b) != 1) {
        PyErr_Format(st->InvalidInputError, "%s must be 1-D, got %d dimensions", name, PyArray_NDIM(b));
        Py_DECREF(b);
        return NULL;
    }
    *is_f64 = want == NPY_FLOAT64;
    return b;
}

static PyArrayObject *as_u8(tldr_module_state *st, PyObject *obj, const char *name, npy_intp n)
{
    PyArrayObject *a = (PyArrayObject *)PyArray_FROM_OF(obj, 0);
    if (!a) return NULL;
    int tn = PyArray_TYPE(a);
    if (!(tn == NPY_BOOL || tn == NPY_UINT8)) {
        PyErr_Format(st->DTypeError, "%s must be bool or uint8, got dtype %R", name,
                     (PyObject *)PyArray_DESCR(a));
        Py_DECREF(a);
        return NULL;
    }
    PyArrayObject *b = (PyArrayObject *)PyArray_FROM_OTF((PyObject *)a, NPY_UINT8, NPY_ARRAY_IN_ARRAY | NPY_ARRAY_FORCECAST);
    Py_DECREF(a);
    if (!b) return NULL;
    if (PyArray_NDIM(b) != 1 || PyArray_DIM(b, 0) != n) {
        PyErr_Format(st->InvalidInputError, "%s must have shape (%zd,), got %d dimensions / %zd entries",
                     name, (Py_ssize_t)n, PyArray_NDIM(b), (Py_ssize_t)PyArray_SIZE(b));
        Py_DECREF(b);
        return NULL;
    }
    return b;
}

static PyObject *py_average_precision(PyObject *m, PyObject *args)
{
    tldr_module_state *st = tldr_state(m);
    PyObject *so, *to;
    int descending;
    if (!PyArg_ParseTuple(args, "OOp:_evalm_average_precision", &so, &to, &descending)) return NULL;
    int is_f64 = 0;
    PyArrayObject *s = as_real(st, so, "scores", &is_f64);
    if (!s) return NULL;
    PyArrayObject *t = as_u8(st, to, "target", PyArray_DIM(s, 0));
    if (!t) {
        Py_DECREF(s);
        return NULL;
    }
    size_t n = (size_t)PyArray_DIM(s, 0);
    double ap = 0.0;
    tldr_status rc;
    Py_BEGIN_ALLOW_THREADS
    rc = tldr_evalm_average_precision(&ap, PyArray_DATA(s), is_f64, (const uint8_t *)PyArray_DATA(t), n,
                                      descending);
    Py_END_ALLOW_THREADS
    Py_DECREF(s);
    Py_DECREF(t);
    if (rc == TLDR_ERR_ARG)
        return tldr_raise_status(st, rc, "average precision needs at least one token and one positive");
    if (rc == TLDR_ERR_NONFINITE) return tldr_raise_status(st, rc, "scores must be finite");
    if (rc != TLDR_OK) return tldr_raise_status(st, rc, "average precision failed: %s", tldr_status_str(rc));
    return PyFloat_FromDouble(ap);
}

static PyObject *py_average_precision_pair(PyObject *m, PyObject *args)
{
    tldr_module_state *st = tldr_state(m);
    PyObject *so, *go;
    if (!PyArg_ParseTuple(args, "OO:_evalm_average_precision_pair", &so, &go)) return NULL;
    int is_f64 = 0;
    PyArrayObject *s = as_real(st, so, "scores", &is_f64);
    if (!s) return NULL;
    PyArrayObject *g = as_u8(st, go, "good", PyArray_DIM(s, 0));
    if (!g) {
        Py_DECREF(s);
        return NULL;
    }
    size_t n = (size_t)PyArray_DIM(s, 0);
    double bad = 0.0, good = 0.0;
    tldr_status rc;
    Py_BEGIN_ALLOW_THREADS
    rc = tldr_evalm_average_precision_pair(&bad, &good, PyArray_DATA(s), is_f64,
                                           (const uint8_t *)PyArray_DATA(g), n);
    Py_END_ALLOW_THREADS
    Py_DECREF(s);
    Py_DECREF(g);
    if (rc == TLDR_ERR_ARG) return tldr_raise_status(st, rc, "average precision needs at least one token");
    if (rc == TLDR_ERR_NONFINITE) return tldr_raise_status(st, rc, "scores must be finite");
    if (rc != TLDR_OK) return tldr_raise_status(st, rc, "average precision failed: %s", tldr_status_str(rc));
    return Py_BuildValue("(dd)", bad, good);
}

static PyObject *py_segment_counts(PyObject *m, PyObject *args)
{
    tldr_module_state *st = tldr_state(m);
    PyObject *po, *lo, *ro;
    double threshold;
    if (!PyArg_ParseTuple(args, "OOOd:_evalm_segment_counts", &po, &lo, &ro, &threshold)) return NULL;
    if (!(threshold >= 0.0 && threshold <= 1.0))
        return tldr_raise_status(st, TLDR_ERR_ARG, "threshold must be in [0, 1], got %R", PyTuple_GET_ITEM(args, 3));
    int is_f64 = 0;
    PyArrayObject *p = NULL, *l = NULL, *r = NULL, *o1 = NULL, *o2 = NULL, *o3 = NULL;
    PyObject *res = NULL;
    p = as_real(st, po, "probs", &is_f64);
    if (!p) goto error;
    npy_intp n = PyArray_DIM(p, 0);
    if (lo != Py_None) {
        l = as_u8(st, lo, "labels", n);
        if (!l) goto error;
    }
    r = (PyArrayObject *)PyArray_FROM_OTF(ro, NPY_INT64, NPY_ARRAY_IN_ARRAY);
    if (!r) goto error;
    if (PyArray_NDIM(r) != 1 || PyArray_DIM(r, 0) < 1) {
        tldr_raise_status(st, TLDR_ERR_ARG, "row_splits must be 1-D with at least one entry");
        goto error;
    }
    npy_intp nrows = PyArray_DIM(r, 0) - 1;
    o1 = (PyArrayObject *)PyArray_ZEROS(1, &nrows, NPY_INT64, 0);
    o2 = (PyArrayObject *)PyArray_ZEROS(1, &nrows, NPY_INT64, 0);
    o3 = (PyArrayObject *)PyArray_ZEROS(1, &nrows, NPY_INT64, 0);
    if (!o1 || !o2 || !o3) goto error;
    tldr_status rc;
    Py_BEGIN_ALLOW_THREADS
    rc = tldr_evalm_segment_counts((int64_t *)PyArray_DATA(o1), (int64_t *)PyArray_DATA(o2),
                                   (int64_t *)PyArray_DATA(o3), PyArray_DATA(p), is_f64,
                                   l ? (const uint8_t *)PyArray_DATA(l) : NULL,
                                   (const int64_t *)PyArray_DATA(r), (size_t)nrows, (size_t)n, threshold);
    Py_END_ALLOW_THREADS
    if (rc == TLDR_ERR_NONFINITE) {
        tldr_raise_status(st, rc, "probs must not contain NaN");
        goto error;
    }
    if (rc != TLDR_OK) {
        tldr_raise_status(st, rc, "row_splits must start at 0, not decrease and end at N = %zd",
                          (Py_ssize_t)n);
        goto error;
    }
    res = PyTuple_Pack(3, (PyObject *)o1, (PyObject *)o2, (PyObject *)o3);
error:
    Py_XDECREF(p);
    Py_XDECREF(l);
    Py_XDECREF(r);
    Py_XDECREF(o1);
    Py_XDECREF(o2);
    Py_XDECREF(o3);
    return res;
}

static PyMethodDef evalm_methods[] = {
    {"_evalm_average_precision", py_average_precision, METH_VARARGS,
     "_evalm_average_precision(scores, target, descending) -> float (see tldr.metrics.average_precision)"},
    {"_evalm_average_precision_pair", py_average_precision_pair, METH_VARARGS,
     "_evalm_average_precision_pair(scores, good) -> (AP of bad tokens, AP of good tokens); NaN without positives"},
    {"_evalm_segment_counts", py_segment_counts, METH_VARARGS,
     "_evalm_segment_counts(probs, labels_or_None, row_splits, threshold) -> (pred_bad, true_bad, correct)"},
    {NULL, NULL, 0, NULL}};

int tldr_py_evalm_register(PyObject *m) { return PyModule_AddFunctions(m, evalm_methods); }
