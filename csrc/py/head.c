/* py/head.c: binding of the token-head kernels (head.c) as tldr._core.head_* functions.
 *
 * Array intake: hidden states H are taken as they are when their columns are contiguous,
 * aligned and native-endian (any row stride, so an np.memmap streams from disk);
 * otherwise one copy is made. dtype: float32, float16, or uint16 holding bfloat16 bits
 * (tldr/head.py views ml_dtypes.bfloat16 arrays as uint16 without copying). Labels and
 * masks of any integer, bool or float dtype are checked to be exactly 0 or 1 and packed
 * to bytes. Outputs are allocated here and filled by the kernels with the GIL released.
 */
#include "binding.h"
#include "head/head.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    PyArrayObject *arr; /* owned reference */
    tldr_rows view;
    PyArrayObject *rows_arr;
} hidden;

static void hidden_clear(hidden *h)
{
    Py_CLEAR(h->arr);
    Py_CLEAR(h->rows_arr);
}

/* H -> a strided row view. rows_obj: None or 1-D integer array of physical row indices. */
static int get_hidden(tldr_module_state *st, PyObject *obj, PyObject *rows_obj, hidden *out)
{
    memset(out, 0, sizeof *out);
    if (!PyArray_Check(obj)) {
        PyErr_Format(st->DTypeError,
                     "expected hidden states as a NumPy array (float32, float16 or bfloat16), got %.200s",
                     Py_TYPE(obj)->tp_name);
        return -1;
    }
    PyArrayObject *a = (PyArrayObject *)obj;
    int tn = PyArray_TYPE(a);
    tldr_dtype dt;
    if (tn == NPY_FLOAT32) dt = TLDR_F32;
    else if (tn == NPY_FLOAT16) dt = TLDR_F16;
    else if (tn == NPY_UINT16) dt = TLDR_BF16;
    else {
        PyObject *name = PyObject_Str((PyObject *)PyArray_DESCR(a));
        PyErr_Format(st->DTypeError,
                     "expected hidden states of dtype float32, float16 or bfloat16 (as ml_dtypes.bfloat16 "
                     "or uint16 bits), got %S; convert with H.astype(np.float32)",
                     name ? name : Py_None);
        Py_XDECREF(name);
        return -1;
    }
    if (PyArray_NDIM(a) != 2) {
        PyErr_Format(st->InvalidInputError, "expected hidden states of shape (N, D), got an array with %d dimension(s)",
                     PyArray_NDIM(a));
        return -1;
    }
    npy_intp isz = PyArray_ITEMSIZE(a);
    int ok = PyArray_ISALIGNED(a) && PyArray_ISNOTSWAPPED(a) &&
             (PyArray_DIM(a, 1) <= 1 || PyArray_STRIDE(a, 1) == isz);
    if (ok) {
        Py_INCREF(a);
    } else {
        a = (PyArrayObject *)PyArray_NewCopy(a, NPY_CORDER);
        if (!a) return -1;
        if (!PyArray_ISNOTSWAPPED(a)) {
            PyArray_Descr *d = PyArray_DescrNewByteorder(PyArray_DESCR(a), NPY_NATIVE);
            PyArrayObject *b = d ? (PyArrayObject *)PyArray_CastToType(a, d, 0) : NULL;
            Py_DECREF(a);
            if (!b) return -1;
            a = b;
        }
    }
    out->arr = a;
    out->view.data = PyArray_BYTES(a);
    out->view.dtype = dt;
    out->view.n = (size_t)PyArray_DIM(a, 0);
    out->view.d = (size_t)PyArray_DIM(a, 1);
    out->view.row_stride = PyArray_STRIDE(a, 0);
    out->view.rows = NULL;
    if (rows_obj && rows_obj != Py_None) {
        PyArrayObject *r = (PyArrayObject *)PyArray_FROM_OTF(rows_obj, NPY_INT64, NPY_ARRAY_IN_ARRAY | NPY_ARRAY_FORCECAST);
        if (!r) goto error;
        out->rows_arr = r;
        if (PyArray_NDIM(r) != 1) {
            PyErr_SetString(st->InvalidInputError, "rows must be a 1-D array of row indices");
            goto error;
        }
        const int64_t *ri = (const int64_t *)PyArray_DATA(r);
        npy_intp nr = PyArray_DIM(r, 0);
        for (npy_intp i = 0; i < nr; i++) {
            if (ri[i] < 0 || (size_t)ri[i] >= out->view.n) {
                PyErr_Format(st->InvalidInputError, "rows[%zd] = %lld is out of range for %zu rows",
                             (Py_ssize_t)i, (long long)ri[i], out->view.n);
                goto error;
            }
        }
        out->view.rows = ri;
        out->view.n = (size_t)nr;
    }
    return 0;
error:
    hidden_clear(out);
    return -1;
}

/* Parameters W (D, K) or (D,) and b (K,) or scalar-shaped (1,) as float32, finite. */
static int get_params(tldr_module_state *st, PyObject *Wobj, PyObject *bobj, size_t D,
                      PyArrayObject **W, PyArrayObject **b, size_t *K)
{
    *W = *b = NULL;
    *W = (PyArrayObject *)PyArray_FROM_OTF(Wobj, NPY_FLOAT32, NPY_ARRAY_IN_ARRAY | NPY_ARRAY_FORCECAST);
    if (!*W) return -1;
    int nd = PyArray_NDIM(*W);
    if (nd != 1 && nd != 2) {
        PyErr_Format(st->InvalidInputError, "expected weight of shape (D,) or (D, K), got ndim=%d", nd);
        goto error;
    }
    if ((size_t)PyArray_DIM(*W, 0) != D) {
        PyErr_Format(st->InvalidInputError,
                     "expected hidden states of shape (N, %zd) to match the weight, got D=%zu",
                     (Py_ssize_t)PyArray_DIM(*W, 0), D);
        goto error;
    }
    *K = nd == 2 ? (size_t)PyArray_DIM(*W, 1) : 1;
    if (*K == 0) {
        PyErr_SetString(st->InvalidInputError, "the head needs at least one output (K >= 1)");
        goto error;
    }
    if (bobj) {
        *b = (PyArrayObject *)PyArray_FROM_OTF(bobj, NPY_FLOAT32, NPY_ARRAY_IN_ARRAY | NPY_ARRAY_FORCECAST);
        if (!*b) goto error;
        if ((size_t)PyArray_SIZE(*b) != *K || PyArray_NDIM(*b) > 1) {
            PyErr_Format(st->InvalidInputError, "expected bias of shape (%zu,), got size %zd", *K,
                         (Py_ssize_t)PyArray_SIZE(*b));
            goto error;
        }
        const float *bp = (const float *)PyArray_DATA(*b);
        for (size_t k = 0; k < *K; k++)
            if (!isfinite(bp[k])) {
                PyErr_SetString(st->NonFiniteError, "the bias contains NaN or Inf");
                goto error;
            }
    }
    const float *wp = (const float *)PyArray_DATA(*W);
    for (size_t j = 0; j < D * *K; j++)
        if (!isfinite(wp[j])) {
            PyErr_Format(st->NonFiniteError, "the weight contains NaN or Inf (flat index %zu)", j);
            goto error;
        }
    return 0;
error:
    Py_CLEAR(*W);
    Py_CLEAR(*b);
    return -1;
}

/* A 0/1 array of n (mask, ncols = 0) or (n, K) / (n,) for K = 1 values -> malloc'ed bytes. */
static uint8_t *get_binary(tldr_module_state *st, PyObject *obj, const char *what, size_t n, size_t K,
                           int per_row)
{
    PyArrayObject *a = (PyArrayObject *)PyArray_FROM_OF(obj, NPY_ARRAY_C_CONTIGUOUS | NPY_ARRAY_ALIGNED);
    if (!a) return NULL;
    uint8_t *out = NULL;
    int nd = PyArray_NDIM(a);
    int shape_ok;
    if (per_row)
        shape_ok = nd == 1 && (size_t)PyArray_DIM(a, 0) == n;
    else
        shape_ok = (nd == 1 && K == 1 && (size_t)PyArray_DIM(a, 0) == n) ||
                   (nd == 2 && (size_t)PyArray_DIM(a, 0) == n && (size_t)PyArray_DIM(a, 1) == K);
    if (!shape_ok) {
        if (per_row)
            PyErr_Format(st->InvalidInputError, "expected %s of shape (%zu,) (one per row of H), got ndim=%d, size=%zd",
                         what, n, nd, (Py_ssize_t)PyArray_SIZE(a));
        else if (K == 1)
            PyErr_Format(st->InvalidInputError, "expected %s of shape (%zu,) (one per row of H), got ndim=%d, size=%zd",
                         what, n, nd, (Py_ssize_t)PyArray_SIZE(a));
        else
            PyErr_Format(st->InvalidInputError, "expected %s of shape (%zu, %zu), got ndim=%d, size=%zd", what, n, K, nd,
                         (Py_ssize_t)PyArray_SIZE(a));
        goto done;
    }
    size_t total = (size_t)PyArray_SIZE(a);
    out = malloc(total ? total : 1);
    if (!out) {
        PyErr_NoMemory();
        goto done;
    }
    const char *p = PyArray_BYTES(a);
    size_t bad = SIZE_MAX;
#define CONV(T)                                                                              \
    for (size_t i = 0; i < total; i++) {                                                     \
        T v = ((const T *)p)[i];                                                             \
        if (v == (T)0) out[i] = 0;                                                           \
        else if (v == (T)1) out[i] = 1;                                                      \
        else { bad = i; break; }                                                             \
    }
    switch (PyArray_TYPE(a)) {
    case NPY_BOOL: for (size_t i = 0; i < total; i++) out[i] = ((const npy_bool *)p)[i] != 0; break;
    case NPY_INT8: CONV(int8_t) break;
    case NPY_UINT8: CONV(uint8_t) break;
    case NPY_INT16: CONV(int16_t) break;
    case NPY_UINT16: CONV(uint16_t) break;
    case NPY_INT32: CONV(int32_t) break;
    case NPY_UINT32: CONV(uint32_t) break;
    case NPY_INT64: CONV(int64_t) break;
    case NPY_UINT64: CONV(uint64_t) break;
    case NPY_LONGLONG: CONV(long long) break;
    case NPY_ULONGLONG: CONV(unsigned long long) break;
    case NPY_FLOAT32: CONV(float) break;
    case NPY_FLOAT64: CONV(double) break;
    default: {
        PyObject *name = PyObject_Str((PyObject *)PyArray_DESCR(a));
        PyErr_Format(st->DTypeError, "expected %s as bool, integer or float 0/1 values, got dtype %S", what,
                     name ? name : Py_None);
        Py_XDECREF(name);
        free(out);
        out = NULL;
        goto done;
    }
    }
#undef CONV
    if (bad != SIZE_MAX) {
        PyObject *flat = PyArray_Ravel(a, NPY_CORDER);
        PyObject *v = flat ? PySequence_GetItem(flat, (Py_ssize_t)bad) : NULL;
        Py_XDECREF(flat);
        PyErr_Clear();
        PyErr_Format(st->InvalidInputError, "%s must be 0 or 1, got %R at flat index %zu", what, v ? v : Py_None, bad);
        Py_XDECREF(v);
        free(out);
        out = NULL;
    }
done:
    Py_DECREF(a);
    return out;
}

/* pos_weight: K finite values >= 0 as float32 (a scalar works for K = 1). */
static PyArrayObject *get_pos_weight(tldr_module_state *st, PyObject *obj, size_t K)
{
    PyArrayObject *pw = (PyArrayObject *)PyArray_FROM_OTF(obj, NPY_FLOAT32, NPY_ARRAY_IN_ARRAY | NPY_ARRAY_FORCECAST);
    if (!pw) return NULL;
    if ((size_t)PyArray_SIZE(pw) != K || PyArray_NDIM(pw) > 1) {
        PyErr_Format(st->InvalidInputError, "expected pos_weight of shape (%zu,) or a scalar, got size %zd", K,
                     (Py_ssize_t)PyArray_SIZE(pw));
        Py_DECREF(pw);
        return NULL;
    }
    const float *p = (const float *)PyArray_DATA(pw);
    for (size_t k = 0; k < K; k++)
        if (!isfinite(p[k]) || p[k] < 0) {
            PyErr_Format(st->InvalidInputError, "pos_weight must be finite and >= 0, got %R", obj);
            Py_DECREF(pw);
            return NULL;
        }
    return pw;
}

/* An optional caller-provided float32 gradient buffer to accumulate into. */
static PyArrayObject *get_out(tldr_module_state *st, PyObject *obj, const char *what, int nd, npy_intp *dims,
                              hidden *H)
{
    if (!obj || obj == Py_None) {
        return (PyArrayObject *)PyArray_ZEROS(nd, dims, NPY_FLOAT32, 0);
    }
    if (!PyArray_Check(obj)) {
        PyErr_Format(st->DTypeError, "%s must be a float32 NumPy array", what);
        return NULL;
    }
    PyArrayObject *a = (PyArrayObject *)obj;
    if (PyArray_TYPE(a) != NPY_FLOAT32 || !PyArray_IS_C_CONTIGUOUS(a) || !PyArray_ISALIGNED(a) ||
        !PyArray_ISWRITEABLE(a) || !PyArray_ISNOTSWAPPED(a)) {
        PyErr_Format(st->DTypeError, "%s must be a C-contiguous, aligned, writeable float32 array", what);
        return NULL;
    }
    npy_intp size = 1;
    for (int i = 0; i < nd; i++) size *= dims[i];
    if (PyArray_SIZE(a) != size) {
        PyErr_Format(st->InvalidInputError, "%s has %zd elements, expected %zd", what, (Py_ssize_t)PyArray_SIZE(a),
                     (Py_ssize_t)size);
        return NULL;
    }
    if (H && H->arr) {
        const char *lo = PyArray_BYTES(a), *hi = lo + PyArray_NBYTES(a);
        const char *hlo = PyArray_BYTES(H->arr), *hhi = hlo + PyArray_NBYTES(H->arr);
        if (lo < hhi && hlo < hi) {
            PyErr_Format(st->InvalidInputError, "%s overlaps the hidden states", what);
            return NULL;
        }
    }
    Py_INCREF(a);
    return a;
}

static PyObject *status_error(tldr_module_state *st, tldr_status s, size_t bad_row)
{
    if (s == TLDR_ERR_NONFINITE)
        return tldr_raise_status(st, s,
                                 "row %zu of the hidden states gives a non-finite logit (NaN or Inf in H, or overflow)",
                                 bad_row);
    return tldr_raise_status(st, s, "token head kernel failed: %s", tldr_status_str(s));
}

/* head_forward(H, W, b, rows=None, num_threads=None) -> z (N, K) float32 */
static PyObject *py_head_forward(PyObject *module, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"H", "W", "b", "rows", "num_threads", NULL};
    PyObject *Hobj, *Wobj, *bobj, *rows = Py_None, *thr = Py_None;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "OOO|OO:head_forward", kwlist, &Hobj, &Wobj, &bobj, &rows, &thr))
        return NULL;
    tldr_module_state *st = tldr_state(module);
    size_t nthreads, K;
    if (tldr_parse_threads(st, thr, &nthreads) < 0) return NULL;
    hidden H;
    if (get_hidden(st, Hobj, rows, &H) < 0) return NULL;
    PyArrayObject *W = NULL, *b = NULL, *z = NULL;
    if (get_params(st, Wobj, bobj, H.view.d, &W, &b, &K) < 0) goto error;
    npy_intp dims[2] = {(npy_intp)H.view.n, (npy_intp)K};
    z = (PyArrayObject *)PyArray_SimpleNew(2, dims, NPY_FLOAT32);
    if (!z) goto error;
    tldr_status s;
    Py_BEGIN_ALLOW_THREADS
    s = tldr_head_forward((float *)PyArray_DATA(z), &H.view, (const float *)PyArray_DATA(W),
                          (const float *)PyArray_DATA(b), K, nthreads);
    Py_END_ALLOW_THREADS
    if (s != TLDR_OK) {
        status_error(st, s, 0);
        goto error;
    }
    hidden_clear(&H);
    Py_DECREF(W);
    Py_DECREF(b);
    return (PyObject *)z;
error:
    hidden_clear(&H);
    Py_XDECREF(W);
    Py_XDECREF(b);
    Py_XDECREF(z);
    return NULL;
}

/* head_loss_grad(H, W, b, labels, mask=None, pos_weight=None, rows=None,
 *                need_input_grad=False, return_logits=False, grad_weight=None,
 *                grad_bias=None, num_threads=None)
 *   -> (loss, mask_sum, dW, db, dH or None, z or None)
 * dW (shape of W) and db (K,) are new zero arrays, or grad_weight/grad_bias accumulated into. */
static PyObject *py_head_loss_grad(PyObject *module, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"H", "W", "b", "labels", "mask", "pos_weight", "rows", "need_input_grad",
                             "return_logits", "grad_weight", "grad_bias", "num_threads", NULL};
    PyObject *Hobj, *Wobj, *bobj, *yobj, *mobj = Py_None, *pwobj = Py_None, *rows = Py_None;
    PyObject *gW = Py_None, *gb = Py_None, *thr = Py_None;
    int need_dH = 0, want_z = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "OOOO|OOOppOOO:head_loss_grad", kwlist, &Hobj, &Wobj, &bobj, &yobj,
                                     &mobj, &pwobj, &rows, &need_dH, &want_z, &gW, &gb, &thr))
        return NULL;
    tldr_module_state *st = tldr_state(module);
    size_t nthreads, K;
    if (tldr_parse_threads(st, thr, &nthreads) < 0) return NULL;
    hidden H;
    if (get_hidden(st, Hobj, rows, &H) < 0) return NULL;
    PyArrayObject *W = NULL, *b = NULL, *pw = NULL, *dW = NULL, *db = NULL, *dH = NULL, *z = NULL;
    uint8_t *y = NULL, *m = NULL;
    PyObject *result = NULL;
    if (get_params(st, Wobj, bobj, H.view.d, &W, &b, &K) < 0) goto done;
    const size_t n = H.view.n, D = H.view.d;
    y = get_binary(st, yobj, "labels", n, K, 0);
    if (!y) goto done;
    if (mobj != Py_None) {
        m = get_binary(st, mobj, "mask", n, K, 1);
        if (!m) goto done;
    }
    if (pwobj != Py_None && !(pw = get_pos_weight(st, pwobj, K))) goto done;
    npy_intp wdims[2] = {(npy_intp)D, (npy_intp)K};
    dW = get_out(st, gW, "grad_weight", PyArray_NDIM(W), wdims, &H);
    if (!dW) goto done;
    npy_intp bdims[1] = {(npy_intp)K};
    db = get_out(st, gb, "grad_bias", 1, bdims, &H);
    if (!db) goto done;
    if (dW == db) {
        PyErr_SetString(st->InvalidInputError, "grad_weight and grad_bias must be different arrays");
        goto done;
    }
    if (need_dH) {
        npy_intp hd[2] = {(npy_intp)n, (npy_intp)D};
        dH = (PyArrayObject *)PyArray_SimpleNew(2, hd, PyArray_TYPE(H.arr));
        if (!dH) goto done;
    }
    if (want_z) {
        npy_intp zd[2] = {(npy_intp)n, (npy_intp)K};
        z = (PyArrayObject *)PyArray_SimpleNew(2, zd, NPY_FLOAT32);
        if (!z) goto done;
    }
    tldr_head_result res;
    tldr_status s;
    /* On a NaN the kernel may have touched the caller's buffers: work on scratch copies
     * when accumulating into caller-provided arrays, so an error changes nothing. */
    PyArrayObject *dW_work = dW, *db_work = db;
    int scratch = gW != Py_None || gb != Py_None;
    if (scratch) {
        dW_work = (PyArrayObject *)PyArray_NewCopy(dW, NPY_CORDER);
        db_work = (PyArrayObject *)PyArray_NewCopy(db, NPY_CORDER);
        if (!dW_work || !db_work) {
            Py_XDECREF(dW_work);
            Py_XDECREF(db_work);
            goto done;
        }
    }
    Py_BEGIN_ALLOW_THREADS
    s = tldr_head_loss_grad(&res, (float *)PyArray_DATA(dW_work), (float *)PyArray_DATA(db_work),
                            dH ? PyArray_DATA(dH) : NULL, dH ? PyArray_STRIDE(dH, 0) : 0,
                            z ? (float *)PyArray_DATA(z) : NULL, &H.view, (const float *)PyArray_DATA(W),
                            (const float *)PyArray_DATA(b), y, m, pw ? (const float *)PyArray_DATA(pw) : NULL, K,
                            nthreads);
    Py_END_ALLOW_THREADS
    if (scratch) {
        if (s == TLDR_OK) {
            memcpy(PyArray_DATA(dW), PyArray_DATA(dW_work), PyArray_NBYTES(dW));
            memcpy(PyArray_DATA(db), PyArray_DATA(db_work), PyArray_NBYTES(db));
        }
        Py_DECREF(dW_work);
        Py_DECREF(db_work);
    }
    if (s != TLDR_OK) {
        status_error(st, s, res.bad_row);
        goto done;
    }
    result = Py_BuildValue("ddOOOO", res.loss, res.mask_sum, dW, db, dH ? (PyObject *)dH : Py_None,
                           z ? (PyObject *)z : Py_None);
done:
    hidden_clear(&H);
    free(y);
    free(m);
    Py_XDECREF(W);
    Py_XDECREF(b);
    Py_XDECREF(pw);
    Py_XDECREF(dW);
    Py_XDECREF(db);
    Py_XDECREF(dH);
    Py_XDECREF(z);
    return result;
}

/* head_backward(H, W, dz, rows=None, need_input_grad=False, grad_weight=None, grad_bias=None,
 *               num_threads=None) -> (dW, db, dH or None) */
static PyObject *py_head_backward(PyObject *module, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"H", "W", "dz", "rows", "need_input_grad", "grad_weight", "grad_bias", "num_threads",
                             NULL};
    PyObject *Hobj, *Wobj, *dzobj, *rows = Py_None, *gW = Py_None, *gb = Py_None, *thr = Py_None;
    int need_dH = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "OOO|OpOOO:head_backward", kwlist, &Hobj, &Wobj, &dzobj, &rows,
                                     &need_dH, &gW, &gb, &thr))
        return NULL;
    tldr_module_state *st = tldr_state(module);
    size_t nthreads, K;
    if (tldr_parse_threads(st, thr, &nthreads) < 0) return NULL;
    hidden H;
    if (get_hidden(st, Hobj, rows, &H) < 0) return NULL;
    PyArrayObject *W = NULL, *dz = NULL, *dW = NULL, *db = NULL, *dH = NULL;
    PyObject *result = NULL;
    if (get_params(st, Wobj, NULL, H.view.d, &W, &dz, &K) < 0) goto done;
    const size_t n = H.view.n, D = H.view.d;
    dz = (PyArrayObject *)PyArray_FROM_OTF(dzobj, NPY_FLOAT32, NPY_ARRAY_IN_ARRAY | NPY_ARRAY_FORCECAST);
    if (!dz) goto done;
    if ((size_t)PyArray_SIZE(dz) != n * K || (PyArray_NDIM(dz) != 2 && !(PyArray_NDIM(dz) == 1 && K == 1))) {
        PyErr_Format(st->InvalidInputError, "expected dz of shape (%zu, %zu), got size %zd", n, K,
                     (Py_ssize_t)PyArray_SIZE(dz));
        goto done;
    }
    npy_intp wdims[2] = {(npy_intp)D, (npy_intp)K};
    dW = get_out(st, gW, "grad_weight", PyArray_NDIM(W), wdims, &H);
    if (!dW) goto done;
    npy_intp bdims[1] = {(npy_intp)K};
    db = get_out(st, gb, "grad_bias", 1, bdims, &H);
    if (!db) goto done;
    if (need_dH) {
        npy_intp hd[2] = {(npy_intp)n, (npy_intp)D};
        dH = (PyArrayObject *)PyArray_SimpleNew(2, hd, PyArray_TYPE(H.arr));
        if (!dH) goto done;
    }
    tldr_status s;
    Py_BEGIN_ALLOW_THREADS
    s = tldr_head_backward((float *)PyArray_DATA(dW), (float *)PyArray_DATA(db), dH ? PyArray_DATA(dH) : NULL,
                           dH ? PyArray_STRIDE(dH, 0) : 0, &H.view, (const float *)PyArray_DATA(W),
                           (const float *)PyArray_DATA(dz), K, nthreads);
    Py_END_ALLOW_THREADS
    if (s != TLDR_OK) {
        status_error(st, s, 0);
        goto done;
    }
    result = Py_BuildValue("OOO", dW, db, dH ? (PyObject *)dH : Py_None);
done:
    hidden_clear(&H);
    Py_XDECREF(W);
    Py_XDECREF(dz);
    Py_XDECREF(dW);
    Py_XDECREF(db);
    Py_XDECREF(dH);
    return result;
}

/* head_loss_grad_naive(H, W, b, labels, mask=None, pos_weight=None)
 *   -> (loss, mask_sum, dW float64, db float64, dH float64): the float64 reference kernel. */
static PyObject *py_head_loss_grad_naive(PyObject *module, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"H", "W", "b", "labels", "mask", "pos_weight", NULL};
    PyObject *Hobj, *Wobj, *bobj, *yobj, *mobj = Py_None, *pwobj = Py_None;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "OOOO|OO:head_loss_grad_naive", kwlist, &Hobj, &Wobj, &bobj, &yobj,
                                     &mobj, &pwobj))
        return NULL;
    tldr_module_state *st = tldr_state(module);
    hidden H;
    if (get_hidden(st, Hobj, Py_None, &H) < 0) return NULL;
    PyArrayObject *W = NULL, *b = NULL, *pw = NULL, *dW = NULL, *db = NULL, *dH = NULL;
    uint8_t *y = NULL, *m = NULL;
    PyObject *result = NULL;
    size_t K;
    if (get_params(st, Wobj, bobj, H.view.d, &W, &b, &K) < 0) goto done;
    const size_t n = H.view.n, D = H.view.d;
    if (!(y = get_binary(st, yobj, "labels", n, K, 0))) goto done;
    if (mobj != Py_None && !(m = get_binary(st, mobj, "mask", n, K, 1))) goto done;
    if (pwobj != Py_None && !(pw = get_pos_weight(st, pwobj, K))) goto done;
    npy_intp wd[2] = {(npy_intp)D, (npy_intp)K}, bd[1] = {(npy_intp)K}, hd[2] = {(npy_intp)n, (npy_intp)D};
    dW = (PyArrayObject *)PyArray_ZEROS(2, wd, NPY_FLOAT64, 0);
    db = (PyArrayObject *)PyArray_ZEROS(1, bd, NPY_FLOAT64, 0);
    dH = (PyArrayObject *)PyArray_ZEROS(2, hd, NPY_FLOAT64, 0);
    if (!dW || !db || !dH) goto done;
    tldr_head_result res;
    tldr_status s = tldr_head_loss_grad_naive(&res, (double *)PyArray_DATA(dW), (double *)PyArray_DATA(db),
                                              (double *)PyArray_DATA(dH), &H.view, (const float *)PyArray_DATA(W),
                                              (const float *)PyArray_DATA(b), y, m,
                                              pw ? (const float *)PyArray_DATA(pw) : NULL, K);
    if (s != TLDR_OK) {
        status_error(st, s, res.bad_row);
        goto done;
    }
    result = Py_BuildValue("ddOOO", res.loss, res.mask_sum, dW, db, dH);
done:
    hidden_clear(&H);
    free(y);
    free(m);
    Py_XDECREF(W);
    Py_XDECREF(b);
    Py_XDECREF(pw);
    Py_XDECREF(dW);
    Py_XDECREF(db);
    Py_XDECREF(dH);
    return result;
}

static int check_state_buf(tldr_module_state *st, PyObject *obj, const char *what, npy_intp size, PyArrayObject **out)
{
    if (!PyArray_Check(obj)) {
        PyErr_Format(st->DTypeError, "%s must be a float32 NumPy array", what);
        return -1;
    }
    PyArrayObject *a = (PyArrayObject *)obj;
    if (PyArray_TYPE(a) != NPY_FLOAT32 || !PyArray_IS_C_CONTIGUOUS(a) || !PyArray_ISALIGNED(a) ||
        !PyArray_ISNOTSWAPPED(a)) {
        PyErr_Format(st->DTypeError, "%s must be a C-contiguous, aligned, native float32 array", what);
        return -1;
    }
    if (!PyArray_ISWRITEABLE(a)) {
        PyErr_Format(st->InvalidInputError, "%s is read-only; AdamW updates it in place", what);
        return -1;
    }
    if (size >= 0 && PyArray_SIZE(a) != size) {
        PyErr_Format(st->InvalidInputError, "%s has %zd elements, expected %zd", what, (Py_ssize_t)PyArray_SIZE(a),
                     (Py_ssize_t)size);
        return -1;
    }
    *out = a;
    return 0;
}

static int overlaps(PyArrayObject *a, PyArrayObject *b)
{
    const char *alo = PyArray_BYTES(a), *ahi = alo + PyArray_NBYTES(a);
    const char *blo = PyArray_BYTES(b), *bhi = blo + PyArray_NBYTES(b);
    return alo < bhi && blo < ahi;
}

/* adamw_step(param, exp_avg, exp_avg_sq, grad, lr, step, beta1=0.9, beta2=0.999, eps=1e-8,
 *            weight_decay=0.0) -> None, in place */
static PyObject *py_adamw_step(PyObject *module, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"param", "exp_avg", "exp_avg_sq", "grad", "lr", "step", "beta1", "beta2", "eps",
                             "weight_decay", NULL};
    PyObject *po, *mo, *vo, *go;
    double lr, b1 = 0.9, b2 = 0.999, eps = 1e-8, wd = 0.0;
    long long step;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "OOOOdL|dddd:adamw_step", kwlist, &po, &mo, &vo, &go, &lr, &step, &b1,
                                     &b2, &eps, &wd))
        return NULL;
    tldr_module_state *st = tldr_state(module);
    PyArrayObject *p, *m, *v, *g;
    if (check_state_buf(st, po, "param", -1, &p) < 0) return NULL;
    npy_intp n = PyArray_SIZE(p);
    if (check_state_buf(st, mo, "exp_avg", n, &m) < 0 || check_state_buf(st, vo, "exp_avg_sq", n, &v) < 0)
        return NULL;
    g = (PyArrayObject *)PyArray_FROM_OTF(go, NPY_FLOAT32, NPY_ARRAY_IN_ARRAY | NPY_ARRAY_FORCECAST);
    if (!g) return NULL;
    PyObject *ret = NULL;
    if (PyArray_SIZE(g) != n) {
        PyErr_Format(st->InvalidInputError, "grad has %zd elements, expected %zd", (Py_ssize_t)PyArray_SIZE(g),
                     (Py_ssize_t)n);
        goto done;
    }
    if (overlaps(p, m) || overlaps(p, v) || overlaps(m, v) || overlaps(p, g) || overlaps(m, g) || overlaps(v, g)) {
        PyErr_SetString(st->InvalidInputError, "param, exp_avg, exp_avg_sq and grad must not overlap");
        goto done;
    }
    if (step < 1 || !(lr >= 0) || !(b1 >= 0 && b1 < 1) || !(b2 >= 0 && b2 < 1) || !(eps > 0) || !(wd >= 0) ||
        !isfinite(lr) || !isfinite(wd) || !isfinite(eps)) {
        char msg[256];
        snprintf(msg, sizeof msg,
                 "AdamW needs step >= 1, lr >= 0, 0 <= betas < 1, eps > 0, weight_decay >= 0; got step=%lld lr=%g "
                 "betas=(%g, %g) eps=%g weight_decay=%g",
                 step, lr, b1, b2, eps, wd);
        PyErr_SetString(st->InvalidInputError, msg);
        goto done;
    }
    const float *gp = (const float *)PyArray_DATA(g);
    for (npy_intp i = 0; i < n; i++)
        if (!isfinite(gp[i])) {
            PyErr_Format(st->NonFiniteError, "grad contains NaN or Inf at flat index %zd; parameters not updated",
                         (Py_ssize_t)i);
            goto done;
        }
    Py_BEGIN_ALLOW_THREADS
    tldr_adamw_step((float *)PyArray_DATA(p), (float *)PyArray_DATA(m), (float *)PyArray_DATA(v), gp, (size_t)n,
                    (float)lr, (float)b1, (float)b2, (float)eps, (float)wd, (uint64_t)step);
    Py_END_ALLOW_THREADS
    ret = Py_NewRef(Py_None);
done:
    Py_DECREF(g);
    return ret;
}

static PyObject *py_head_isa(PyObject *module, PyObject *noargs) { return PyUnicode_FromString(tldr_head_isa()); }

static PyMethodDef head_methods[] = {
    {"head_forward", (PyCFunction)(void (*)(void))py_head_forward, METH_VARARGS | METH_KEYWORDS,
     "head_forward(H, W, b, rows=None, num_threads=None) -> logits (N, K) float32"},
    {"head_loss_grad", (PyCFunction)(void (*)(void))py_head_loss_grad, METH_VARARGS | METH_KEYWORDS,
     "head_loss_grad(H, W, b, labels, mask=None, pos_weight=None, rows=None, need_input_grad=False, "
     "return_logits=False, grad_weight=None, grad_bias=None, num_threads=None) -> (loss, mask_sum, dW, db, dH, z)"},
    {"head_backward", (PyCFunction)(void (*)(void))py_head_backward, METH_VARARGS | METH_KEYWORDS,
     "head_backward(H, W, dz, rows=None, need_input_grad=False, grad_weight=None, grad_bias=None, num_threads=None) "
     "-> (dW, db, dH)"},
    {"head_loss_grad_naive", (PyCFunction)(void (*)(void))py_head_loss_grad_naive, METH_VARARGS | METH_KEYWORDS,
     "float64 reference kernel: (loss, mask_sum, dW, db, dH)"},
    {"adamw_step", (PyCFunction)(void (*)(void))py_adamw_step, METH_VARARGS | METH_KEYWORDS,
     "adamw_step(param, exp_avg, exp_avg_sq, grad, lr, step, beta1=0.9, beta2=0.999, eps=1e-8, "
     "weight_decay=0.0) -> None (in place, as torch.optim.AdamW)"},
    {"head_isa", py_head_isa, METH_NOARGS, "head_isa() -> str: the SIMD kernel in use"},
    {NULL, NULL, 0, NULL}};

int tldr_py_head_register(PyObject *m) { return PyModule_AddFunctions(m, head_methods); }
