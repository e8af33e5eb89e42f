/* py/metrics.c: binding of the evaluation kernels (core/metrics/) as private functions of
 * tldr._core:
 *   _metrics_average_precision(scores, target, descending) -> float
 *   _metrics_average_precision_pair(scores, good) -> (ap_bad, ap_good)
 *   _metrics_segment_counts(probs, labels_or_None, row_splits, threshold) -> (pred_bad, true_bad, correct)
 * The public, documented API is tldr.evaluate (tldr.metrics); it validates values first,
 * but these still check dtypes and shapes: memory is never trusted to the caller.
 */
#include "binding.h"
#include "metrics/metrics.h"

/* The arrays of one call: real values (float32 used as it is, any other real dtype
 * converted to float64) and an optional byte mask (bool or uint8) of the same length. */
typedef struct {
    PyArrayObject *values;
    PyArrayObject *mask; /* NULL when the caller passed None */
    int is_f64;
    size_t n;
} metrics_args;

static void release_args(metrics_args *a)
{
    Py_CLEAR(a->values);
    Py_CLEAR(a->mask);
}

/* The one argument intake of this file. Returns 0, or -1 with an exception set (and
 * nothing held). With mask_optional, mask_obj may be None (then a->mask stays NULL). */
static int take_args(tldr_module_state *st, metrics_args *a, PyObject *values_obj, const char *values_name,
                     PyObject *mask_obj, const char *mask_name, int mask_optional)
{
    a->values = a->mask = NULL;
    PyArrayObject *v = (PyArrayObject *)PyArray_FROM_OF(values_obj, 0);
    if (!v) return -1;
    int tn = PyArray_TYPE(v);
    if (!(PyTypeNum_ISFLOAT(tn) || PyTypeNum_ISINTEGER(tn) || PyTypeNum_ISBOOL(tn))) {
        PyErr_Format(st->DTypeError, "%s must be a real array, got dtype %R", values_name,
                     (PyObject *)PyArray_DESCR(v));
        Py_DECREF(v);
        return -1;
    }
    int want = tn == NPY_FLOAT32 ? NPY_FLOAT32 : NPY_FLOAT64;
    a->values = (PyArrayObject *)PyArray_FROM_OTF((PyObject *)v, want, NPY_ARRAY_IN_ARRAY | NPY_ARRAY_FORCECAST);
    Py_DECREF(v);
    if (!a->values) return -1;
    if (PyArray_NDIM(a->values) != 1) {
        PyErr_Format(st->InvalidInputError, "%s must be 1-D, got %d dimensions", values_name,
                     PyArray_NDIM(a->values));
        goto error;
    }
    a->is_f64 = want == NPY_FLOAT64;
    a->n = (size_t)PyArray_DIM(a->values, 0);
    if (mask_optional && mask_obj == Py_None) return 0;
    PyArrayObject *m = (PyArrayObject *)PyArray_FROM_OF(mask_obj, 0);
    if (!m) goto error;
    tn = PyArray_TYPE(m);
    if (!(tn == NPY_BOOL || tn == NPY_UINT8)) {
        PyErr_Format(st->DTypeError, "%s must be bool or uint8, got dtype %R", mask_name,
                     (PyObject *)PyArray_DESCR(m));
        Py_DECREF(m);
        goto error;
    }
    a->mask = (PyArrayObject *)PyArray_FROM_OTF((PyObject *)m, NPY_UINT8, NPY_ARRAY_IN_ARRAY | NPY_ARRAY_FORCECAST);
    Py_DECREF(m);
    if (!a->mask) goto error;
    if (PyArray_NDIM(a->mask) != 1 || (size_t)PyArray_DIM(a->mask, 0) != a->n) {
        PyErr_Format(st->InvalidInputError, "%s must have shape (%zd,), got %d dimensions / %zd entries",
                     mask_name, (Py_ssize_t)a->n, PyArray_NDIM(a->mask), (Py_ssize_t)PyArray_SIZE(a->mask));
        goto error;
    }
    return 0;
error:
    release_args(a);
    return -1;
}

static const uint8_t *mask_data(const metrics_args *a)
{
    return a->mask ? (const uint8_t *)PyArray_DATA(a->mask) : NULL;
}

/* The exception of an AP kernel's status; `empty` says what TLDR_ERR_ARG means here. */
static PyObject *raise_ap_status(tldr_module_state *st, tldr_status rc, const char *empty)
{
    if (rc == TLDR_ERR_ARG) return tldr_raise_status(st, rc, "%s", empty);
    if (rc == TLDR_ERR_NONFINITE) return tldr_raise_status(st, rc, "scores must be finite");
    return tldr_raise_status(st, rc, "average precision failed: %s", tldr_status_str(rc));
}

static PyObject *py_average_precision(PyObject *m, PyObject *args)
{
    tldr_module_state *st = tldr_state(m);
    PyObject *scores, *target;
    int descending;
    if (!PyArg_ParseTuple(args, "OOp:_metrics_average_precision", &scores, &target, &descending)) return NULL;
    metrics_args a;
    if (take_args(st, &a, scores, "scores", target, "target", 0) < 0) return NULL;
    double ap = 0.0;
    tldr_status rc;
    Py_BEGIN_ALLOW_THREADS
    rc = tldr_metrics_average_precision(&ap, PyArray_DATA(a.values), a.is_f64, mask_data(&a), a.n, descending);
    Py_END_ALLOW_THREADS
    release_args(&a);
    if (rc != TLDR_OK)
        return raise_ap_status(st, rc, "average precision needs at least one token and one positive");
    return PyFloat_FromDouble(ap);
}

static PyObject *py_average_precision_pair(PyObject *m, PyObject *args)
{
    tldr_module_state *st = tldr_state(m);
    PyObject *scores, *good;
    if (!PyArg_ParseTuple(args, "OO:_metrics_average_precision_pair", &scores, &good)) return NULL;
    metrics_args a;
    if (take_args(st, &a, scores, "scores", good, "good", 0) < 0) return NULL;
    double ap_bad = 0.0, ap_good = 0.0;
    tldr_status rc;
    Py_BEGIN_ALLOW_THREADS
    rc = tldr_metrics_average_precision_pair(&ap_bad, &ap_good, PyArray_DATA(a.values), a.is_f64, mask_data(&a),
                                             a.n);
    Py_END_ALLOW_THREADS
    release_args(&a);
    if (rc != TLDR_OK) return raise_ap_status(st, rc, "average precision needs at least one token");
    return Py_BuildValue("(dd)", ap_bad, ap_good);
}

static PyObject *py_segment_counts(PyObject *m, PyObject *args)
{
    tldr_module_state *st = tldr_state(m);
    PyObject *probs, *labels, *splits_obj;
    double threshold;
    if (!PyArg_ParseTuple(args, "OOOd:_metrics_segment_counts", &probs, &labels, &splits_obj, &threshold))
        return NULL;
    if (!(threshold >= 0.0 && threshold <= 1.0))
        return tldr_raise_status(st, TLDR_ERR_ARG, "threshold must be in [0, 1], got %R", PyTuple_GET_ITEM(args, 3));
    metrics_args a;
    if (take_args(st, &a, probs, "probs", labels, "labels", 1) < 0) return NULL;
    PyArrayObject *splits = NULL, *pred_bad = NULL, *true_bad = NULL, *correct = NULL;
    PyObject *res = NULL;
    splits = (PyArrayObject *)PyArray_FROM_OF(splits_obj, 0);
    if (!splits) goto done;
    if (!PyTypeNum_ISINTEGER(PyArray_TYPE(splits))) {
        PyErr_Format(st->DTypeError, "row_splits must be an integer array, got dtype %R",
                     (PyObject *)PyArray_DESCR(splits));
        goto done;
    }
    /* Unsigned values beyond int64 wrap to negatives, which the kernel's checks refuse. */
    Py_SETREF(splits, (PyArrayObject *)PyArray_FROM_OTF((PyObject *)splits, NPY_INT64,
                                                        NPY_ARRAY_IN_ARRAY | NPY_ARRAY_FORCECAST));
    if (!splits) goto done;
    if (PyArray_NDIM(splits) != 1 || PyArray_DIM(splits, 0) < 1) {
        tldr_raise_status(st, TLDR_ERR_ARG, "row_splits must be 1-D with at least one entry");
        goto done;
    }
    npy_intp nrows = PyArray_DIM(splits, 0) - 1;
    pred_bad = (PyArrayObject *)PyArray_ZEROS(1, &nrows, NPY_INT64, 0);
    true_bad = (PyArrayObject *)PyArray_ZEROS(1, &nrows, NPY_INT64, 0);
    correct = (PyArrayObject *)PyArray_ZEROS(1, &nrows, NPY_INT64, 0);
    if (!pred_bad || !true_bad || !correct) goto done;
    tldr_status rc;
    Py_BEGIN_ALLOW_THREADS
    rc = tldr_metrics_segment_counts((int64_t *)PyArray_DATA(pred_bad), (int64_t *)PyArray_DATA(true_bad),
                                     (int64_t *)PyArray_DATA(correct), PyArray_DATA(a.values), a.is_f64,
                                     mask_data(&a), (const int64_t *)PyArray_DATA(splits), (size_t)nrows, a.n,
                                     threshold);
    Py_END_ALLOW_THREADS
    if (rc == TLDR_ERR_NONFINITE) {
        tldr_raise_status(st, rc, "probs must not contain NaN");
        goto done;
    }
    if (rc != TLDR_OK) { /* the threshold was checked above: the splits are wrong */
        tldr_raise_status(st, rc, "row_splits must start at 0, not decrease and end at N = %zd", (Py_ssize_t)a.n);
        goto done;
    }
    res = PyTuple_Pack(3, (PyObject *)pred_bad, (PyObject *)true_bad, (PyObject *)correct);
done:
    release_args(&a);
    Py_XDECREF(splits);
    Py_XDECREF(pred_bad);
    Py_XDECREF(true_bad);
    Py_XDECREF(correct);
    return res;
}

static PyMethodDef metrics_methods[] = {
    {"_metrics_average_precision", py_average_precision, METH_VARARGS,
     "_metrics_average_precision(scores, target, descending) -> float (see tldr.metrics.average_precision)"},
    {"_metrics_average_precision_pair", py_average_precision_pair, METH_VARARGS,
     "_metrics_average_precision_pair(scores, good) -> (AP of bad tokens, AP of good tokens); NaN without positives"},
    {"_metrics_segment_counts", py_segment_counts, METH_VARARGS,
     "_metrics_segment_counts(probs, labels_or_None, row_splits, threshold) -> (pred_bad, true_bad, correct)"},
    {NULL, NULL, 0, NULL}};

int tldr_py_metrics_register(PyObject *m) { return PyModule_AddFunctions(m, metrics_methods); }
