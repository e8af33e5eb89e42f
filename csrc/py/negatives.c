/* py/negatives.c: binding of make_negatives' C driver (csrc/core/perturb/negatives.c) as
 * tldr._core.negatives, the fast path of tldr.make_negatives for a tldr.Tokenizer without a
 * normalizer. The captions run in blocks with the GIL released; between blocks the block's
 * negative texts become str objects (a caption's row reuses the caller's str), and the
 * flat arrays the core grew are handed to NumPy without a copy (a capsule frees them).
 *
 *   negatives(engine, bpe, texts, categories, n, seed, modes=None, num_threads=None, balance=0xFF)
 *     -> (ids int32 (T,), labels int8 (T,), offsets int64 (T, 2), row_splits int64 (R+1,),
 *         category int8 (R,), source_index int64 (R,), is_negative bool (R,), texts: list of R
 *         str, edit_splits int64 (R+1,), edits int64 (E, 4))
 * Rows in dataset order: each caption, then its negatives (PerturbEngine.draw_batch's), the
 * tokens as bpe.encode_batch(texts, modes) gives them, labels as edit_labels gives them.
 * Failures raise what draw_batch, then encode_batch would raise on the same captions.
 */
#include "binding.h"
#include "perturb/negatives.h"
#include "perturb_py.h"
#include "tokenizer_py.h"

#include <stdlib.h>
#include <string.h>

#define CAPSULE "tldr._core.negatives buffer"

static void free_buffer(PyObject *cap) { free(PyCapsule_GetPointer(cap, CAPSULE)); }

/* *p (bytes bytes, malloc'ed) as a NumPy array that owns it (*p = NULL then); an empty
 * array when there is nothing */
static PyObject *own_array(void *pp, int nd, npy_intp *dims, int type, size_t itemsize)
{
    void **p = pp;
    size_t bytes = itemsize;
    for (int k = 0; k < nd; k++) bytes *= (size_t)dims[k];
    if (!*p || !bytes) return PyArray_ZEROS(nd, dims, type, 0);
    void *q = realloc(*p, bytes); /* shrink to fit (remapped, not copied, when large) */
    if (q) *p = q;
    PyObject *arr = PyArray_SimpleNewFromData(nd, dims, type, *p);
    if (!arr) return NULL;
    PyObject *cap = PyCapsule_New(*p, CAPSULE, free_buffer);
    if (!cap) {
        Py_DECREF(arr);
        return NULL;
    }
    if (PyArray_SetBaseObject((PyArrayObject *)arr, cap) < 0) { /* steals cap */
        Py_DECREF(arr);
        return NULL;
    }
    *p = NULL;
    return arr;
}

/* The str of every row of the last block appended to *objs (a caption row: the caption's
 * own str). */
static int block_texts(const tldr_negatives *out, const tldr_py_texts *T, PyObject ***objs, size_t *cap)
{
    if (out->nrows > *cap) {
        size_t nc = *cap ? *cap : 1024;
        while (nc < out->nrows) nc *= 2;
        PyObject **no = realloc(*objs, nc * sizeof *no);
        if (!no) {
            PyErr_NoMemory();
            return -1;
        }
        *objs = no;
        *cap = nc;
    }
    for (size_t r = out->block_row0; r < out->nrows; r++) {
        size_t b = r - out->block_row0;
        PyObject *s;
        if (!out->is_negative[r]) {
            s = PyTuple_GET_ITEM(T->seq, (Py_ssize_t)out->source[r]);
            Py_INCREF(s);
        } else if (out->text_ascii[b]) { /* ASCII: the bytes are the characters */
            s = PyUnicode_New((Py_ssize_t)out->text_len[b], 127);
            if (s) memcpy(PyUnicode_1BYTE_DATA(s), out->blob + out->text_off[b], out->text_len[b]);
        } else {
            s = PyUnicode_DecodeUTF8(out->blob + out->text_off[b], (Py_ssize_t)out->text_len[b], "strict");
        }
        if (!s) {
            for (size_t k = out->block_row0; k < r; k++) Py_DECREF((*objs)[k]);
            return -1;
        }
        (*objs)[r] = s;
    }
    return 0;
}

/* the first failure, in the order make_negatives' steps meet them (NULL) */
static PyObject *raise_first(tldr_module_state *st, PyObject *bpe_obj, const tldr_py_texts *T,
                             const tldr_negatives_errors *e)
{
    if (e->draw)
        return tldr_raise_status(st, e->draw, "perturbation of caption %zu failed: %s", e->draw_item,
                                 tldr_status_str(e->draw));
    if (e->caption)
        return tldr_py_bpe_raise(st, bpe_obj, e->caption, T->texts[e->caption_item], T->lens[e->caption_item],
                                 &e->caption_err);
    return tldr_py_bpe_raise(st, bpe_obj, e->negative, e->negative_text, e->negative_len, &e->negative_err);
}

/* the output arrays and texts as the result tuple */
static PyObject *result(tldr_negatives *out, PyObject *texts)
{
    npy_intp T = (npy_intp)out->ntok, T2[2] = {T, 2}, R = (npy_intp)out->nrows, R1 = R + 1,
             E4[2] = {(npy_intp)out->nedits, 4};
    if (!out->row_splits) { /* no captions: no block ran */
        if (!(out->row_splits = calloc(1, sizeof(int64_t))) || !(out->edit_splits = calloc(1, sizeof(int64_t)))) {
            Py_DECREF(texts);
            return PyErr_NoMemory();
        }
    }
    PyObject *a[9] = {
        own_array(&out->ids, 1, &T, NPY_INT32, 4),
        own_array(&out->labels, 1, &T, NPY_INT8, 1),
        own_array(&out->offsets, 2, T2, NPY_INT64, 8),
        own_array(&out->row_splits, 1, &R1, NPY_INT64, 8),
        own_array(&out->category, 1, &R, NPY_INT8, 1),
        own_array(&out->source, 1, &R, NPY_INT64, 8),
        own_array(&out->is_negative, 1, &R, NPY_BOOL, 1),
        own_array(&out->edit_splits, 1, &R1, NPY_INT64, 8),
        own_array(&out->edits, 2, E4, NPY_INT64, 8),
    };
    for (int k = 0; k < 9; k++)
        if (!a[k]) {
            for (int j = 0; j < 9; j++) Py_XDECREF(a[j]);
            Py_DECREF(texts);
            return NULL;
        }
    return Py_BuildValue("(NNNNNNNNNN)", a[0], a[1], a[2], a[3], a[4], a[5], a[6], texts, a[7], a[8]);
}

/* Run the blocks; the texts as a list (NULL with an exception). After a failure the
 * later blocks still run (without texts) until a failure of the first kind (a draw)
 * is known, so the exception is the one the steps of make_negatives would raise first. */
static PyObject *run_blocks(tldr_module_state *st, PyObject *bpe_obj, tldr_negatives_run *run, const tldr_py_texts *T,
                            const uint8_t *ascii, tldr_negatives *out)
{
    tldr_bpe_texts caps = {(const uint8_t *const *)T->texts, T->lens, ascii, T->n};
    tldr_negatives_errors err = {0};
    PyObject **objs = NULL, *list = NULL;
    size_t cap = 0, ntexts = 0;
    for (size_t first = 0; first < T->n && !err.draw;) {
        size_t end = tldr_negatives_block_end(&caps, first);
        tldr_status s;
        Py_BEGIN_ALLOW_THREADS
        s = tldr_negatives_block(run, &caps, first, end, out, &err);
        Py_END_ALLOW_THREADS
        if (s != TLDR_OK) {
            tldr_py_perturb_raise(st, s, "make_negatives");
            goto done;
        }
        if (!err.caption && !err.negative) {
            if (block_texts(out, T, &objs, &cap) < 0) goto done;
            ntexts = out->nrows;
        }
        first = end;
    }
    if (err.draw || err.caption || err.negative) {
        raise_first(st, bpe_obj, T, &err);
        goto done;
    }
    if (!(list = PyList_New((Py_ssize_t)ntexts))) goto done;
    for (size_t r = 0; r < ntexts; r++) PyList_SET_ITEM(list, (Py_ssize_t)r, objs[r]);
    ntexts = 0; /* the list owns them */
done:
    for (size_t r = 0; r < ntexts; r++) Py_DECREF(objs[r]);
    free(objs);
    tldr_negatives_errors_free(&err);
    return list;
}

static PyObject *negatives(PyObject *m, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"engine", "bpe", "texts", "categories", "n", "seed", "modes", "num_threads", "balance",
                             NULL};
    tldr_module_state *st = tldr_state(m);
    PyObject *eng_obj, *bpe_obj, *textsobj, *catobj, *modes_obj = Py_None, *thr = Py_None;
    Py_ssize_t n;
    unsigned long long seed;
    int balance = 0xFF;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "OOOOnK|OOi:negatives", kwlist, &eng_obj, &bpe_obj, &textsobj,
                                     &catobj, &n, &seed, &modes_obj, &thr, &balance))
        return NULL;
    const tldr_perturb_engine *eng = tldr_py_perturb_engine(st, eng_obj);
    const uint8_t *modes = NULL;
    const tldr_bpe *bpe = eng ? tldr_py_bpe(st, bpe_obj, modes_obj, &modes) : NULL;
    tldr_py_draw_args a;
    size_t nthreads;
    if (!bpe || tldr_py_perturb_draw_args(st, catobj, n, seed, balance, &a) < 0 ||
        tldr_parse_threads(st, thr, &nthreads) < 0)
        return NULL;
    tldr_py_texts T;
    tldr_negatives out = {0};
    tldr_negatives_run *run = NULL;
    uint8_t *ascii = NULL;
    PyObject *res = NULL, *texts = NULL;
    if (tldr_py_perturb_texts(st, textsobj, &T) < 0) goto done;
    if (!(ascii = malloc(T.n + 1))) {
        PyErr_NoMemory();
        goto done;
    }
    for (size_t i = 0; i < T.n; i++) ascii[i] = (uint8_t)PyUnicode_IS_ASCII(PyTuple_GET_ITEM(T.seq, (Py_ssize_t)i));
    tldr_bpe_scratch *warm = tldr_py_bpe_take_scratch(bpe_obj);
    if (!warm) goto done;
    tldr_negatives_draw draw = {a.cats, a.ncats, a.n, a.seed, a.balance};
    if (tldr_negatives_run_new(&run, eng, bpe, modes, &draw, nthreads, warm) != TLDR_OK) {
        tldr_bpe_scratch_free(warm);
        PyErr_NoMemory();
        goto done;
    }
    if ((texts = run_blocks(st, bpe_obj, run, &T, ascii, &out))) res = result(&out, texts);
done:
    if (run) tldr_py_bpe_give_scratch(bpe_obj, tldr_negatives_run_free(run));
    tldr_negatives_free(&out);
    free(ascii);
    tldr_py_perturb_texts_free(&T);
    return res;
}

static PyMethodDef negatives_methods[] = {
    {"negatives", (PyCFunction)(void (*)(void))negatives, METH_VARARGS | METH_KEYWORDS,
     "negatives(engine, bpe, texts, categories, n, seed, modes=None, num_threads=None, balance=0xFF) -> (ids, "
     "labels, offsets, row_splits, category, source_index, is_negative, texts, edit_splits, edits):\n"
     "make_negatives' rows (each caption, then its negatives) drawn, tokenized and labelled in C."},
    {NULL, NULL, 0, NULL}};

int tldr_py_negatives_register(PyObject *m) { return PyModule_AddFunctions(m, negatives_methods); }
