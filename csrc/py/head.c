/* py/head.c: binding of the token-head kernels (core/head/) as tldr._core.head_* and
 * tldr._core.adamw_step.
 *
 * Every head entry point parses its keywords into a head_args, then calls head_intake()
 * once: it converts and checks every argument (the same messages everywhere), allocates
 * the outputs and checks that no output shares memory with an input; head_call_clear()
 * releases everything. Then the kernel runs with the GIL released.
 *
 * Array intake: hidden states H are taken as they are when their columns are contiguous,
 * aligned and native-endian (any row stride, so an np.memmap streams from disk);
 * otherwise one copy is made. dtype: float32, float16, or uint16 holding bfloat16 bits
 * (tldr/head views ml_dtypes.bfloat16 arrays as uint16 without copying). Labels and
 * masks of any bool, integer or float dtype, either byte order, are checked to be
 * exactly 0 or 1 and packed to bytes. Row indices must be integers.
 */
#include "binding.h"
#include "head/head.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the arguments of a call ---------------------------------------------------------- */

/* The Python arguments of an entry point; NULL = not an argument of this entry point. */
typedef struct {
    PyObject *H, *W, *b, *labels, *mask, *pos_weight, *rows, *dz;
    PyObject *grad_weight, *grad_bias, *num_threads, *block_rows;
    int need_input_grad, return_logits, want_grads;
} head_args;

/* What intake made of them (owned references and buffers). */
typedef struct {
    PyArrayObject *Harr;   /* the array the kernel reads (H itself or one copy) */
    PyArrayObject *rows;   /* int64 row index, or NULL */
    tldr_rows view;
    PyArrayObject *W, *b, *pw, *dz;
    uint8_t *y, *m;        /* packed labels (N, K) and mask (N,) */
    size_t K;
    tldr_head_opts opts;
    PyArrayObject *dW, *db; /* gradients: new zeros, or the caller's grad_weight/grad_bias */
    PyArrayObject *dH, *z;  /* new outputs when asked */
} head_call;

static void head_call_clear(head_call *c)
{
    Py_CLEAR(c->Harr);
    Py_CLEAR(c->rows);
    Py_CLEAR(c->W);
    Py_CLEAR(c->b);
    Py_CLEAR(c->pw);
    Py_CLEAR(c->dz);
    free(c->y);
    free(c->m);
    c->y = c->m = NULL;
    Py_CLEAR(c->dW);
    Py_CLEAR(c->db);
    Py_CLEAR(c->dH);
    Py_CLEAR(c->z);
}

static PyObject *dtype_name(PyArrayObject *a) { return PyObject_Str((PyObject *)PyArray_DESCR(a)); }

/* ---- hidden states and row index ------------------------------------------------------ */

static int take_hidden(tldr_module_state *st, PyObject *obj, head_call *c)
{
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
        PyObject *name = dtype_name(a);
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
    int ok = PyArray_ISALIGNED(a) && PyArray_ISNOTSWAPPED(a) && (PyArray_DIM(a, 1) <= 1 || PyArray_STRIDE(a, 1) == isz);
    if (ok) {
        Py_INCREF(a);
    } else { /* one copy: C order, native byte order */
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
    c->Harr = a;
    c->view.data = PyArray_BYTES(a);
    c->view.dtype = dt;
    c->view.n = (size_t)PyArray_DIM(a, 0);
    c->view.d = (size_t)PyArray_DIM(a, 1);
    c->view.row_stride = PyArray_STRIDE(a, 0);
    c->view.rows = NULL;
    return 0;
}

/* rows: a 1-D array of integers (any integer dtype; floats are refused rather than
 * truncated), each in [0, N). */
static int take_rows(tldr_module_state *st, PyObject *obj, head_call *c)
{
    PyArrayObject *r0 = (PyArrayObject *)PyArray_FROM_O(obj);
    if (!r0) return -1;
    if (PyArray_NDIM(r0) != 1) {
        PyErr_Format(st->InvalidInputError, "rows must be a 1-D array of row indices, got %d dimension(s)",
                     PyArray_NDIM(r0));
        Py_DECREF(r0);
        return -1;
    }
    int is_int = PyArray_ISINTEGER(r0) && !PyArray_ISBOOL(r0);
    if (!is_int && PyArray_SIZE(r0) > 0) {
        PyObject *name = dtype_name(r0);
        PyErr_Format(st->DTypeError, "rows must be integer row indices, got dtype %S", name ? name : Py_None);
        Py_XDECREF(name);
        Py_DECREF(r0);
        return -1;
    }
    if (PyArray_TYPE(r0) == NPY_UINT64 || PyArray_TYPE(r0) == NPY_ULONGLONG || PyArray_TYPE(r0) == NPY_ULONG) {
        /* values beyond int64 would wrap in the cast below: they are out of range anyway */
        PyArrayObject *u = (PyArrayObject *)PyArray_FROM_OTF((PyObject *)r0, NPY_UINT64, NPY_ARRAY_IN_ARRAY);
        if (!u) {
            Py_DECREF(r0);
            return -1;
        }
        const uint64_t *p = (const uint64_t *)PyArray_DATA(u);
        for (npy_intp i = 0; i < PyArray_SIZE(u); i++)
            if (p[i] >= (uint64_t)c->view.n) {
                PyErr_Format(st->InvalidInputError, "rows[%zd] = %llu is out of range for %zu rows", (Py_ssize_t)i,
                             (unsigned long long)p[i], c->view.n);
                Py_DECREF(u);
                Py_DECREF(r0);
                return -1;
            }
        Py_DECREF(u);
    }
    PyArrayObject *r = (PyArrayObject *)PyArray_FROM_OTF((PyObject *)r0, NPY_INT64, NPY_ARRAY_IN_ARRAY | NPY_ARRAY_FORCECAST);
    Py_DECREF(r0);
    if (!r) return -1;
    c->rows = r;
    const int64_t *ri = (const int64_t *)PyArray_DATA(r);
    npy_intp nr = PyArray_DIM(r, 0);
    for (npy_intp i = 0; i < nr; i++)
        if (ri[i] < 0 || (uint64_t)ri[i] >= (uint64_t)c->view.n) {
            PyErr_Format(st->InvalidInputError, "rows[%zd] = %lld is out of range for %zu rows", (Py_ssize_t)i,
                         (long long)ri[i], c->view.n);
            return -1;
        }
    c->view.rows = ri;
    c->view.n = (size_t)nr;
    return 0;
}

/* ---- parameters and per-output arrays ------------------------------------------------- */

/* W (D, K) or (D,), and b (K,) when given, as finite float32. */
static int take_params(tldr_module_state *st, PyObject *Wobj, PyObject *bobj, head_call *c)
{
    const size_t D = c->view.d;
    c->W = (PyArrayObject *)PyArray_FROM_OTF(Wobj, NPY_FLOAT32, NPY_ARRAY_IN_ARRAY | NPY_ARRAY_FORCECAST);
    if (!c->W) return -1;
    int nd = PyArray_NDIM(c->W);
    if (nd != 1 && nd != 2) {
        PyErr_Format(st->InvalidInputError, "expected weight of shape (D,) or (D, K), got ndim=%d", nd);
        return -1;
    }
    if ((size_t)PyArray_DIM(c->W, 0) != D) {
        PyErr_Format(st->InvalidInputError, "expected hidden states of shape (N, %zd) to match the weight, got D=%zu",
                     (Py_ssize_t)PyArray_DIM(c->W, 0), D);
        return -1;
    }
    c->K = nd == 2 ? (size_t)PyArray_DIM(c->W, 1) : 1;
    if (c->K == 0) {
        PyErr_SetString(st->InvalidInputError, "the head needs at least one output (K >= 1)");
        return -1;
    }
    const float *wp = (const float *)PyArray_DATA(c->W);
    for (size_t j = 0; j < D * c->K; j++)
        if (!isfinite(wp[j])) {
            PyErr_Format(st->NonFiniteError, "the weight contains NaN or Inf (flat index %zu)", j);
            return -1;
        }
    if (!bobj) return 0;
    c->b = (PyArrayObject *)PyArray_FROM_OTF(bobj, NPY_FLOAT32, NPY_ARRAY_IN_ARRAY | NPY_ARRAY_FORCECAST);
    if (!c->b) return -1;
    if ((size_t)PyArray_SIZE(c->b) != c->K || PyArray_NDIM(c->b) > 1) {
        PyErr_Format(st->InvalidInputError, "expected bias of shape (%zu,), got size %zd", c->K,
                     (Py_ssize_t)PyArray_SIZE(c->b));
        return -1;
    }
    const float *bp = (const float *)PyArray_DATA(c->b);
    for (size_t k = 0; k < c->K; k++)
        if (!isfinite(bp[k])) {
            PyErr_SetString(st->NonFiniteError, "the bias contains NaN or Inf");
            return -1;
        }
    return 0;
}

/* A 0/1 array -> malloc'ed bytes: labels (n, K) (or (n,) when K = 1), or a mask (n,)
 * when per_row. Any byte order (converted to native first). */
static uint8_t *take_binary(tldr_module_state *st, PyObject *obj, const char *what, size_t n, size_t K, int per_row)
{
    PyArrayObject *a = (PyArrayObject *)PyArray_FROM_OF(obj, NPY_ARRAY_C_CONTIGUOUS | NPY_ARRAY_ALIGNED |
                                                                  NPY_ARRAY_NOTSWAPPED);
    if (!a) return NULL;
    uint8_t *out = NULL;
    int nd = PyArray_NDIM(a);
    size_t d0 = nd >= 1 ? (size_t)PyArray_DIM(a, 0) : 0;
    int shape_ok = per_row ? nd == 1 && d0 == n
                           : (nd == 1 && K == 1 && d0 == n) || (nd == 2 && d0 == n && (size_t)PyArray_DIM(a, 1) == K);
    if (!shape_ok) {
        if (per_row || K == 1)
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
#define CONV(T)                                                                                                        \
    for (size_t i = 0; i < total; i++) {                                                                               \
        T v = ((const T *)p)[i];                                                                                       \
        if (v == (T)0) out[i] = 0;                                                                                     \
        else if (v == (T)1) out[i] = 1;                                                                                \
        else { bad = i; break; }                                                                                       \
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
        PyObject *name = dtype_name(a);
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
static PyArrayObject *take_pos_weight(tldr_module_state *st, PyObject *obj, size_t K)
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

/* dz (N, K) float32 (or (N,) when K = 1). */
static PyArrayObject *take_dz(tldr_module_state *st, PyObject *obj, size_t n, size_t K)
{
    PyArrayObject *dz = (PyArrayObject *)PyArray_FROM_OTF(obj, NPY_FLOAT32, NPY_ARRAY_IN_ARRAY | NPY_ARRAY_FORCECAST);
    if (!dz) return NULL;
    if ((size_t)PyArray_SIZE(dz) != n * K || (PyArray_NDIM(dz) != 2 && !(PyArray_NDIM(dz) == 1 && K == 1))) {
        PyErr_Format(st->InvalidInputError, "expected dz of shape (%zu, %zu), got size %zd", n, K,
                     (Py_ssize_t)PyArray_SIZE(dz));
        Py_DECREF(dz);
        return NULL;
    }
    return dz;
}

/* A gradient output: new zeros, or the caller's float32 buffer to accumulate into. */
static PyArrayObject *take_grad_out(tldr_module_state *st, PyObject *obj, const char *what, int nd, npy_intp *dims)
{
    if (!obj || obj == Py_None) return (PyArrayObject *)PyArray_ZEROS(nd, dims, NPY_FLOAT32, 0);
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
    return (PyArrayObject *)Py_NewRef(a);
}

/* ---- aliasing --------------------------------------------------------------------------- */

/* The bytes an array can touch, [lo, hi), from its data pointer, shape and strides (any
 * sign): the bounds numpy.may_share_memory compares. Empty arrays touch nothing. */
static int extent(PyArrayObject *a, uintptr_t *lo, uintptr_t *hi)
{
    if (PyArray_SIZE(a) == 0) return 0;
    intptr_t low = 0, high = 0;
    for (int d = 0; d < PyArray_NDIM(a); d++) {
        intptr_t span = (intptr_t)(PyArray_DIM(a, d) - 1) * (intptr_t)PyArray_STRIDE(a, d);
        if (span < 0) low += span;
        else high += span;
    }
    *lo = (uintptr_t)PyArray_BYTES(a) + (uintptr_t)low;
    *hi = (uintptr_t)PyArray_BYTES(a) + (uintptr_t)high + (uintptr_t)PyArray_ITEMSIZE(a);
    return 1;
}

static int overlaps(PyArrayObject *a, PyArrayObject *b)
{
    uintptr_t alo, ahi, blo, bhi;
    if (!a || !b || !extent(a, &alo, &ahi) || !extent(b, &blo, &bhi)) return 0;
    return alo < bhi && blo < ahi;
}

typedef struct {
    PyArrayObject *arr;
    const char *name;
} named_array;

/* The caller's output buffers must share no memory with any input or with each other: an
 * output aliasing W would be read while it is accumulated into. The inputs checked are
 * the arrays the kernel reads and the caller's own arrays. */
static int check_aliasing(tldr_module_state *st, const head_args *a, head_call *c)
{
    named_array outs[2], ins[12];
    size_t no = 0, ni = 0;
    if (a->grad_weight && a->grad_weight != Py_None) outs[no++] = (named_array){c->dW, "grad_weight"};
    if (a->grad_bias && a->grad_bias != Py_None) outs[no++] = (named_array){c->db, "grad_bias"};
    if (no == 0) return 0;
#define IN(ARR, NAME)                                                                                                  \
    if (ARR) ins[ni++] = (named_array){(PyArrayObject *)(ARR), NAME}
#define IN_OBJ(OBJ, NAME)                                                                                              \
    if ((OBJ) && PyArray_Check(OBJ)) ins[ni++] = (named_array){(PyArrayObject *)(OBJ), NAME}
    IN(c->Harr, "the hidden states");
    IN_OBJ(a->H, "the hidden states");
    IN(c->W, "the weight");
    IN_OBJ(a->W, "the weight");
    IN(c->b, "the bias");
    IN_OBJ(a->b, "the bias");
    IN(c->pw, "pos_weight");
    IN(c->dz, "dz");
    IN_OBJ(a->dz, "dz");
    IN_OBJ(a->labels, "the labels");
    IN_OBJ(a->mask, "the mask");
    IN(c->rows, "rows");
#undef IN
#undef IN_OBJ
    for (size_t o = 0; o < no; o++) {
        for (size_t i = 0; i < ni; i++)
            if (overlaps(outs[o].arr, ins[i].arr)) {
                PyErr_Format(st->InvalidInputError, "%s overlaps %s: pass a separate buffer", outs[o].name, ins[i].name);
                return -1;
            }
    }
    if (no == 2 && overlaps(outs[0].arr, outs[1].arr)) {
        PyErr_SetString(st->InvalidInputError, "grad_weight and grad_bias must not overlap");
        return -1;
    }
    return 0;
}

/* ---- the one intake --------------------------------------------------------------------- */

static int take_block_rows(tldr_module_state *st, PyObject *obj, size_t *out)
{
    *out = 0;
    if (!obj || obj == Py_None) return 0;
    Py_ssize_t v = PyNumber_AsSsize_t(obj, PyExc_OverflowError);
    if (v == -1 && PyErr_Occurred()) return -1;
    if (v < 1 || v > TLDR_HEAD_MAX_BLOCK) {
        PyErr_Format(st->InvalidInputError, "block_rows must be None or an integer in [1, %d], got %zd",
                     TLDR_HEAD_MAX_BLOCK, v);
        return -1;
    }
    *out = (size_t)v;
    return 0;
}

/* Convert and check every argument of a, allocate the outputs; on failure c is cleared
 * and an exception is set. */
static int head_intake(tldr_module_state *st, const head_args *a, head_call *c)
{
    memset(c, 0, sizeof *c);
    if (tldr_parse_threads(st, a->num_threads, &c->opts.nthreads) < 0) goto error;
    if (take_block_rows(st, a->block_rows, &c->opts.block_rows) < 0) goto error;
    if (take_hidden(st, a->H, c) < 0) goto error;
    if (a->rows && a->rows != Py_None && take_rows(st, a->rows, c) < 0) goto error;
    if (take_params(st, a->W, a->b, c) < 0) goto error;
    const size_t n = c->view.n, D = c->view.d, K = c->K;
    if (a->labels && !(c->y = take_binary(st, a->labels, "labels", n, K, 0))) goto error;
    if (a->mask && a->mask != Py_None && !(c->m = take_binary(st, a->mask, "mask", n, K, 1))) goto error;
    if (a->pos_weight && a->pos_weight != Py_None && !(c->pw = take_pos_weight(st, a->pos_weight, K))) goto error;
    if (a->dz && !(c->dz = take_dz(st, a->dz, n, K))) goto error;
    if (a->want_grads) {
        npy_intp wdims[2] = {(npy_intp)D, (npy_intp)K}, bdims[1] = {(npy_intp)K};
        if (!(c->dW = take_grad_out(st, a->grad_weight, "grad_weight", PyArray_NDIM(c->W), wdims))) goto error;
        if (!(c->db = take_grad_out(st, a->grad_bias, "grad_bias", 1, bdims))) goto error;
        if (check_aliasing(st, a, c) < 0) goto error;
    }
    if (a->need_input_grad) {
        npy_intp hd[2] = {(npy_intp)n, (npy_intp)D};
        if (!(c->dH = (PyArrayObject *)PyArray_SimpleNew(2, hd, PyArray_TYPE(c->Harr)))) goto error;
    }
    if (a->return_logits) {
        npy_intp zd[2] = {(npy_intp)n, (npy_intp)K};
        if (!(c->z = (PyArrayObject *)PyArray_SimpleNew(2, zd, NPY_FLOAT32))) goto error;
    }
    return 0;
error:
    head_call_clear(c);
    return -1;
}

static PyObject *status_error(tldr_module_state *st, tldr_status s, size_t bad_row)
{
    if (s == TLDR_ERR_NONFINITE)
        return tldr_raise_status(st, s, "row %zu of the hidden states gives a non-finite logit (NaN or Inf in H, or overflow)",
                                 bad_row);
    return tldr_raise_status(st, s, "token head kernel failed: %s", tldr_status_str(s));
}

#define PTR(ARR) ((ARR) ? PyArray_DATA(ARR) : NULL)
#define FPTR(ARR) ((const float *)PTR(ARR))

/* ---- entry points ----------------------------------------------------------------------- */

/* head_forward(H, W, b, rows=None, num_threads=None, block_rows=None) -> z (N, K) float32 */
static PyObject *py_head_forward(PyObject *module, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"H", "W", "b", "rows", "num_threads", "block_rows", NULL};
    head_args a = {.rows = Py_None, .num_threads = Py_None, .block_rows = Py_None, .return_logits = 1};
    if (!PyArg_ParseTupleAndKeywords(args, kw, "OOO|OOO:head_forward", kwlist, &a.H, &a.W, &a.b, &a.rows,
                                     &a.num_threads, &a.block_rows))
        return NULL;
    tldr_module_state *st = tldr_state(module);
    head_call c;
    if (head_intake(st, &a, &c) < 0) return NULL;
    tldr_status s;
    Py_BEGIN_ALLOW_THREADS
    s = tldr_head_forward((float *)PTR(c.z), &c.view, FPTR(c.W), FPTR(c.b), c.K, &c.opts);
    Py_END_ALLOW_THREADS
    PyObject *result = s == TLDR_OK ? Py_NewRef(c.z) : status_error(st, s, 0);
    head_call_clear(&c);
    return result;
}

/* head_loss_grad(H, W, b, labels, mask=None, pos_weight=None, rows=None,
 *                need_input_grad=False, return_logits=False, grad_weight=None,
 *                grad_bias=None, num_threads=None, block_rows=None)
 *   -> (loss, mask_sum, dW, db, dH or None, z or None)
 * dW (shape of W) and db (K,) are new zero arrays, or grad_weight/grad_bias accumulated into. */
static PyObject *py_head_loss_grad(PyObject *module, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"H", "W", "b", "labels", "mask", "pos_weight", "rows", "need_input_grad",
                             "return_logits", "grad_weight", "grad_bias", "num_threads", "block_rows", NULL};
    head_args a = {.mask = Py_None, .pos_weight = Py_None, .rows = Py_None, .grad_weight = Py_None,
                   .grad_bias = Py_None, .num_threads = Py_None, .block_rows = Py_None, .want_grads = 1};
    if (!PyArg_ParseTupleAndKeywords(args, kw, "OOOO|OOOppOOOO:head_loss_grad", kwlist, &a.H, &a.W, &a.b, &a.labels,
                                     &a.mask, &a.pos_weight, &a.rows, &a.need_input_grad, &a.return_logits,
                                     &a.grad_weight, &a.grad_bias, &a.num_threads, &a.block_rows))
        return NULL;
    tldr_module_state *st = tldr_state(module);
    head_call c;
    if (head_intake(st, &a, &c) < 0) return NULL;
    PyObject *result = NULL;
    /* On a NaN the kernel may have touched its gradient buffers: it works on scratch
     * copies when accumulating into the caller's arrays, so an error changes nothing. */
    int scratch = a.grad_weight != Py_None || a.grad_bias != Py_None;
    PyArrayObject *dW = c.dW, *db = c.db;
    if (scratch) {
        dW = (PyArrayObject *)PyArray_NewCopy(c.dW, NPY_CORDER);
        db = (PyArrayObject *)PyArray_NewCopy(c.db, NPY_CORDER);
        if (!dW || !db) goto done;
    }
    tldr_head_result res;
    tldr_status s;
    Py_BEGIN_ALLOW_THREADS
    s = tldr_head_loss_grad(&res, (float *)PTR(dW), (float *)PTR(db), PTR(c.dH), c.dH ? PyArray_STRIDE(c.dH, 0) : 0,
                            (float *)PTR(c.z), &c.view, FPTR(c.W), FPTR(c.b), c.y, c.m, FPTR(c.pw), c.K, &c.opts);
    Py_END_ALLOW_THREADS
    if (s != TLDR_OK) {
        status_error(st, s, res.bad_row);
        goto done;
    }
    if (scratch) {
        memcpy(PyArray_DATA(c.dW), PyArray_DATA(dW), PyArray_NBYTES(c.dW));
        memcpy(PyArray_DATA(c.db), PyArray_DATA(db), PyArray_NBYTES(c.db));
    }
    result = Py_BuildValue("ddOOOO", res.loss, res.mask_sum, c.dW, c.db, c.dH ? (PyObject *)c.dH : Py_None,
                           c.z ? (PyObject *)c.z : Py_None);
done:
    if (scratch) {
        Py_XDECREF(dW);
        Py_XDECREF(db);
    }
    head_call_clear(&c);
    return result;
}

/* head_backward(H, W, dz, rows=None, need_input_grad=False, grad_weight=None, grad_bias=None,
 *               num_threads=None, block_rows=None) -> (dW, db, dH or None) */
static PyObject *py_head_backward(PyObject *module, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"H", "W", "dz", "rows", "need_input_grad", "grad_weight", "grad_bias", "num_threads",
                             "block_rows", NULL};
    head_args a = {.rows = Py_None, .grad_weight = Py_None, .grad_bias = Py_None, .num_threads = Py_None,
                   .block_rows = Py_None, .want_grads = 1};
    if (!PyArg_ParseTupleAndKeywords(args, kw, "OOO|OpOOOO:head_backward", kwlist, &a.H, &a.W, &a.dz, &a.rows,
                                     &a.need_input_grad, &a.grad_weight, &a.grad_bias, &a.num_threads, &a.block_rows))
        return NULL;
    tldr_module_state *st = tldr_state(module);
    head_call c;
    if (head_intake(st, &a, &c) < 0) return NULL;
    tldr_status s;
    Py_BEGIN_ALLOW_THREADS
    s = tldr_head_backward((float *)PTR(c.dW), (float *)PTR(c.db), PTR(c.dH), c.dH ? PyArray_STRIDE(c.dH, 0) : 0,
                           &c.view, FPTR(c.W), FPTR(c.dz), c.K, &c.opts);
    Py_END_ALLOW_THREADS
    PyObject *result = s == TLDR_OK ? Py_BuildValue("OOO", c.dW, c.db, c.dH ? (PyObject *)c.dH : Py_None)
                                    : status_error(st, s, 0);
    head_call_clear(&c);
    return result;
}

/* head_loss_grad_naive(H, W, b, labels, mask=None, pos_weight=None)
 *   -> (loss, mask_sum, dW float64, db float64, dH float64): the float64 reference kernel. */
static PyObject *py_head_loss_grad_naive(PyObject *module, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"H", "W", "b", "labels", "mask", "pos_weight", NULL};
    head_args a = {.mask = Py_None, .pos_weight = Py_None};
    if (!PyArg_ParseTupleAndKeywords(args, kw, "OOOO|OO:head_loss_grad_naive", kwlist, &a.H, &a.W, &a.b, &a.labels,
                                     &a.mask, &a.pos_weight))
        return NULL;
    tldr_module_state *st = tldr_state(module);
    head_call c;
    if (head_intake(st, &a, &c) < 0) return NULL;
    PyObject *result = NULL;
    const size_t n = c.view.n, D = c.view.d, K = c.K;
    npy_intp wd[2] = {(npy_intp)D, (npy_intp)K}, bd[1] = {(npy_intp)K}, hd[2] = {(npy_intp)n, (npy_intp)D};
    PyArrayObject *dW = (PyArrayObject *)PyArray_ZEROS(2, wd, NPY_FLOAT64, 0);
    PyArrayObject *db = (PyArrayObject *)PyArray_ZEROS(1, bd, NPY_FLOAT64, 0);
    PyArrayObject *dH = (PyArrayObject *)PyArray_ZEROS(2, hd, NPY_FLOAT64, 0);
    if (dW && db && dH) {
        tldr_head_result res;
        tldr_status s = tldr_head_loss_grad_naive(&res, (double *)PyArray_DATA(dW), (double *)PyArray_DATA(db),
                                                  (double *)PyArray_DATA(dH), &c.view, FPTR(c.W), FPTR(c.b), c.y, c.m,
                                                  FPTR(c.pw), K);
        if (s == TLDR_OK)
            result = Py_BuildValue("ddOOO", res.loss, res.mask_sum, dW, db, dH);
        else
            status_error(st, s, res.bad_row);
    }
    Py_XDECREF(dW);
    Py_XDECREF(db);
    Py_XDECREF(dH);
    head_call_clear(&c);
    return result;
}

/* ---- AdamW -------------------------------------------------------------------------------- */

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

/* A hyper-parameter is used as a float32: it must stay finite there (1e39 would become Inf). */
static int fits_float32(double x) { return isfinite(x) && fabs(x) <= (double)FLT_MAX; }

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
    /* the three buffers written, against each other and against grad (as converted and as given) */
    PyArrayObject *bufs[5] = {p, m, v, g, PyArray_Check(go) ? (PyArrayObject *)go : NULL};
    for (int i = 0; i < 3; i++)
        for (int j = i + 1; j < 5; j++)
            if (overlaps(bufs[i], bufs[j])) {
                PyErr_SetString(st->InvalidInputError, "param, exp_avg, exp_avg_sq and grad must not overlap");
                goto done;
            }
    if (step < 1 || !(lr >= 0) || !(b1 >= 0 && b1 < 1) || !(b2 >= 0 && b2 < 1) || !((float)eps > 0) || !(wd >= 0) ||
        !fits_float32(lr) || !fits_float32(wd) || !fits_float32(eps)) {
        char msg[320];
        snprintf(msg, sizeof msg,
                 "AdamW needs step >= 1, 0 <= lr, weight_decay <= 3.4e38 (float32), 0 <= betas < 1 and "
                 "0 < eps <= 3.4e38 (eps > 1.4e-45 to stay nonzero in float32); got step=%lld lr=%g betas=(%g, %g) "
                 "eps=%g weight_decay=%g",
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
    tldr_status s;
    Py_BEGIN_ALLOW_THREADS
    s = tldr_adamw_step((float *)PyArray_DATA(p), (float *)PyArray_DATA(m), (float *)PyArray_DATA(v), gp, (size_t)n,
                        (float)lr, (float)b1, (float)b2, (float)eps, (float)wd, (uint64_t)step);
    Py_END_ALLOW_THREADS
    if (s == TLDR_ERR_NONFINITE) {
        char msg[256];
        snprintf(msg, sizeof msg,
                 "this AdamW step (lr=%g, weight_decay=%g, step=%lld) would make a parameter or its moments NaN or "
                 "Inf in float32; parameters not updated",
                 lr, wd, step);
        PyErr_SetString(st->NonFiniteError, msg);
        goto done;
    }
    ret = Py_NewRef(Py_None);
done:
    Py_DECREF(g);
    return ret;
}

/* ---- build information ------------------------------------------------------------------- */

static PyObject *py_head_isa(PyObject *module, PyObject *noargs) { return PyUnicode_FromString(tldr_head_isa()); }

int tldr_py_head_info(PyObject *dict)
{
    PyObject *v[] = {PyUnicode_FromString(tldr_head_isa()), PyUnicode_FromString(tldr_head_cpu_features()),
                     PyLong_FromSize_t(tldr_head_l1d_bytes()), PyLong_FromSize_t(tldr_head_l2_bytes())};
    const char *keys[] = {"head_isa", "head_cpu_features", "head_l1d_bytes", "head_l2_bytes"};
    int rc = 0;
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
        if (rc == 0 && (!v[i] || PyDict_SetItemString(dict, keys[i], v[i]) < 0)) rc = -1;
        Py_XDECREF(v[i]);
    }
    return rc;
}

static PyMethodDef head_methods[] = {
    {"head_forward", (PyCFunction)(void (*)(void))py_head_forward, METH_VARARGS | METH_KEYWORDS,
     "head_forward(H, W, b, rows=None, num_threads=None, block_rows=None) -> logits (N, K) float32"},
    {"head_loss_grad", (PyCFunction)(void (*)(void))py_head_loss_grad, METH_VARARGS | METH_KEYWORDS,
     "head_loss_grad(H, W, b, labels, mask=None, pos_weight=None, rows=None, need_input_grad=False, "
     "return_logits=False, grad_weight=None, grad_bias=None, num_threads=None, block_rows=None) "
     "-> (loss, mask_sum, dW, db, dH, z)"},
    {"head_backward", (PyCFunction)(void (*)(void))py_head_backward, METH_VARARGS | METH_KEYWORDS,
     "head_backward(H, W, dz, rows=None, need_input_grad=False, grad_weight=None, grad_bias=None, num_threads=None, "
     "block_rows=None) -> (dW, db, dH)"},
    {"head_loss_grad_naive", (PyCFunction)(void (*)(void))py_head_loss_grad_naive, METH_VARARGS | METH_KEYWORDS,
     "float64 reference kernel: (loss, mask_sum, dW, db, dH)"},
    {"adamw_step", (PyCFunction)(void (*)(void))py_adamw_step, METH_VARARGS | METH_KEYWORDS,
     "adamw_step(param, exp_avg, exp_avg_sq, grad, lr, step, beta1=0.9, beta2=0.999, eps=1e-8, "
     "weight_decay=0.0) -> None (in place, as torch.optim.AdamW)"},
    {"head_isa", py_head_isa, METH_NOARGS,
     "head_isa() -> str: the instruction-set path of the head kernels (generic, avx2, avx512)"},
    {NULL, NULL, 0, NULL}};

int tldr_py_head_register(PyObject *m) { return PyModule_AddFunctions(m, head_methods); }
