/* py/tokenizer.c: binding of bpe.c as tldr._core.BPE, the engine behind tldr.Tokenizer.
 *
 * The Python layer (tldr/tokenizer.py) parses the files and hands the vocab over as
 * byte blobs and NumPy arrays; this type encodes with the GIL released and returns
 * NumPy arrays. Offsets leave here as str (code point) offsets: byte spans are mapped
 * once per text by tldr_utf8_spans_to_chars (skipped for ASCII strings).
 */
#include "binding.h"
#include "tokenize/bpe.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    PyObject_HEAD
    tldr_bpe *bpe;
    /* One spare scratch (matcher, heap, piece cache) reused by single encode calls: a
     * call takes it with an atomic exchange (or makes a new one when another thread
     * holds it) and puts it back after, so concurrent calls never share one. */
    _Atomic(tldr_bpe_scratch *) spare;
    Py_ssize_t n_added;
    PyObject *added_texts; /* tuple of str, for error messages */
} BPEObject;

/* Contiguous array of the given type from obj (new reference) with ndim checked. */
static PyArrayObject *as_array(tldr_module_state *st, PyObject *obj, int type, int ndim,
                               const char *what)
{
    PyArrayObject *a = (PyArrayObject *)PyArray_FROM_OTF(obj, type, NPY_ARRAY_IN_ARRAY);
    if (!a) return NULL;
    if (PyArray_NDIM(a) != ndim) {
        PyErr_Format(st->InvalidInputError, "%s: expected a %d-d array, got %d-d", what, ndim,
                     PyArray_NDIM(a));
        Py_DECREF(a);
        return NULL;
    }
    return a;
}

/* offsets (int64, n+1) -> size_t copy, checked to be increasing and within blob_len */
static size_t *offsets_from(tldr_module_state *st, PyArrayObject *a, size_t n, size_t blob_len,
                            const char *what)
{
    if ((size_t)PyArray_DIM(a, 0) != n + 1) {
        PyErr_Format(st->InvalidInputError, "%s: expected %zu offsets, got %zd", what, n + 1,
                     (Py_ssize_t)PyArray_DIM(a, 0));
        return NULL;
    }
    const int64_t *o = (const int64_t *)PyArray_DATA(a);
    size_t *out = malloc((n + 1) * sizeof *out);
    if (!out) {
        PyErr_NoMemory();
        return NULL;
    }
    for (size_t i = 0; i <= n; i++) {
        if (o[i] < 0 || (size_t)o[i] > blob_len || (i && o[i] < o[i - 1])) {
            free(out);
            PyErr_Format(st->InvalidInputError, "%s: offsets must increase within the blob", what);
            return NULL;
        }
        out[i] = (size_t)o[i];
    }
    return out;
}

static PyObject *BPE_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"kind", "tokens", "offsets", "ids", "dec_tokens", "dec_offsets",
                             "merges", "added", "added_offsets", "added_ids", "added_texts",
                             "pattern", "ignore_merges", "byte_fallback", "prepend_space",
                             "replace_space", "keep_gaps", "unk_id", "fuse_unk", "suffix",
                             "prefix", "max_word_chars", "byte_ids", "name", "split_spaces",
                             "merge_text", "merge_offsets", "merge_seps", NULL};
    int kind = 0, ignore_merges = 0, byte_fallback = 0, prepend_space = 0, replace_space = 0,
        keep_gaps = 1, fuse_unk = 0, split_spaces = 0;
    int unk_id = -1;
    Py_ssize_t max_word_chars = 100;
    Py_buffer tokens = {0}, dec = {0}, added = {0}, suffix = {0}, prefix = {0}, mtext_buf = {0};
    PyObject *mtext_offs_o = Py_None, *mtext_seps_o = Py_None;
    PyArrayObject *mtoffs = NULL, *mtseps = NULL;
    size_t *mtoffs_c = NULL, *mtseps_c = NULL;
    tldr_bpe_merge_text mtext = {0};
    PyObject *offs_o, *ids_o, *dec_offs_o = Py_None, *merges_o = Py_None, *added_offs_o = Py_None,
                                *added_ids_o = Py_None, *added_texts = NULL, *pattern = Py_None,
                                *byte_ids_o = Py_None, *name = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "iy*OO|z*OOz*OOOOppippipz*z*nOUpz*OO:BPE", kwlist, &kind,
                                     &tokens, &offs_o, &ids_o, &dec, &dec_offs_o, &merges_o, &added,
                                     &added_offs_o, &added_ids_o, &added_texts, &pattern,
                                     &ignore_merges, &byte_fallback, &prepend_space, &replace_space,
                                     &keep_gaps, &unk_id, &fuse_unk, &suffix, &prefix,
                                     &max_word_chars, &byte_ids_o, &name, &split_spaces, &mtext_buf,
                                     &mtext_offs_o, &mtext_seps_o))
        return NULL;
    tldr_module_state *st = tldr_state_from_type(type);
    PyObject *name_own = NULL;
    if (!name) name = name_own = PyUnicode_FromString("<tokenizer>");
    PyArrayObject *offs = NULL, *ids = NULL, *doffs = NULL, *merges = NULL, *aoffs = NULL,
                  *aids = NULL, *byte_ids = NULL;
    size_t *offs_c = NULL, *doffs_c = NULL, *aoffs_c = NULL;
    tldr_regex *re = NULL;
    tldr_bpe *bpe = NULL;
    BPEObject *self = NULL;
    if (!st || !name) goto done;
    if (prepend_space < 0 || prepend_space > 3) {
        PyErr_Format(st->InvalidInputError, "prepend_space must be in [0, 3], got %d", prepend_space);
        goto done;
    }
    if (kind < 0 || kind > 2) {
        PyErr_Format(st->InvalidInputError, "kind must be 0, 1 or 2, got %d", kind);
        goto done;
    }
    if (!(offs = as_array(st, offs_o, NPY_INT64, 1, "offsets"))) goto done;
    if (!(ids = as_array(st, ids_o, NPY_INT32, 1, "ids"))) goto done;
    size_t n = (size_t)PyArray_DIM(ids, 0);
    if (!(offs_c = offsets_from(st, offs, n, (size_t)tokens.len, "offsets"))) goto done;
    if (dec.buf) {
        if (!(doffs = as_array(st, dec_offs_o, NPY_INT64, 1, "dec_offsets"))) goto done;
        if (!(doffs_c = offsets_from(st, doffs, n, (size_t)dec.len, "dec_offsets"))) goto done;
    }
    size_t n_merges = 0;
    if (merges_o != Py_None) {
        if (!(merges = as_array(st, merges_o, NPY_INT32, 2, "merges"))) goto done;
        if (PyArray_DIM(merges, 1) != 2) {
            PyErr_Format(st->InvalidInputError, "merges: expected shape (m, 2)");
            goto done;
        }
        n_merges = (size_t)PyArray_DIM(merges, 0);
    }
    if (mtext_buf.buf) {
        if (!(mtseps = as_array(st, mtext_seps_o, NPY_INT64, 1, "merge_seps"))) goto done;
        size_t nm = (size_t)PyArray_DIM(mtseps, 0);
        if (!(mtoffs = as_array(st, mtext_offs_o, NPY_INT64, 1, "merge_offsets"))) goto done;
        if (!(mtoffs_c = offsets_from(st, mtoffs, nm, (size_t)mtext_buf.len, "merge_offsets"))) goto done;
        mtseps_c = malloc((nm + 1) * sizeof *mtseps_c);
        if (!mtseps_c) {
            PyErr_NoMemory();
            goto done;
        }
        const int64_t *sp = (const int64_t *)PyArray_DATA(mtseps);
        for (size_t i = 0; i < nm; i++) mtseps_c[i] = sp[i] < 0 ? SIZE_MAX : (size_t)sp[i];
        mtext = (tldr_bpe_merge_text){mtext_buf.buf, mtoffs_c, mtseps_c, nm};
    }
    size_t n_added = 0;
    if (added.buf && added_ids_o != Py_None) {
        if (!(aids = as_array(st, added_ids_o, NPY_INT32, 1, "added_ids"))) goto done;
        n_added = (size_t)PyArray_DIM(aids, 0);
        if (!(aoffs = as_array(st, added_offs_o, NPY_INT64, 1, "added_offsets"))) goto done;
        if (!(aoffs_c = offsets_from(st, aoffs, n_added, (size_t)added.len, "added_offsets"))) goto done;
    }
    if (byte_ids_o != Py_None) {
        if (!(byte_ids = as_array(st, byte_ids_o, NPY_INT32, 1, "byte_ids"))) goto done;
        if (PyArray_DIM(byte_ids, 0) != 256) {
            PyErr_Format(st->InvalidInputError, "byte_ids: expected 256 entries");
            goto done;
        }
    }
    if (pattern != Py_None) {
        Py_ssize_t plen;
        const char *p = PyUnicode_AsUTF8AndSize(pattern, &plen);
        if (!p) goto done;
        char err[320];
        /* PCRE2_DOLLAR_ENDONLY (0x10): "$" is the end of the text only, as in Rust regex (tiktoken) */
        tldr_status s = tldr_regex_compile(&re, p, (size_t)plen, 0x10u, err, sizeof err);
        if (s != TLDR_OK) {
            tldr_raise_status(st, s == TLDR_ERR_REGEX ? TLDR_ERR_FORMAT : s,
                              "%U: cannot compile the pre-tokenizer regex: %s", name, err);
            goto done;
        }
    }
    if (suffix.len > 32 || prefix.len > 32) {
        PyErr_Format(st->InvalidInputError, "suffix and prefix must be at most 32 bytes");
        goto done;
    }
    if (max_word_chars < 1) max_word_chars = 1;
    tldr_bpe_config cfg = {
        .kind = (tldr_bpe_kind)kind,
        .ignore_merges = ignore_merges,
        .byte_fallback = byte_fallback,
        .prepend_space = prepend_space,
        .split_spaces = split_spaces,
        .replace_space = replace_space,
        .keep_gaps = keep_gaps,
        .unk_id = unk_id,
        .fuse_unk = fuse_unk,
        .suffix = suffix.buf,
        .suffix_len = suffix.buf ? (size_t)suffix.len : 0,
        .prefix = prefix.buf,
        .prefix_len = prefix.buf ? (size_t)prefix.len : 0,
        .max_word_chars = (size_t)max_word_chars,
        .byte_ids = byte_ids ? (const int32_t *)PyArray_DATA(byte_ids) : NULL,
    };
    char err[256];
    tldr_status s;
    const int32_t *mptr = merges ? (const int32_t *)PyArray_DATA(merges) : NULL;
    tldr_regex *re_take = re;
    re = NULL; /* owned by the tokenizer from here on */
    Py_BEGIN_ALLOW_THREADS
    s = tldr_bpe_create(&bpe, &cfg, n, tokens.buf, offs_c, (const int32_t *)PyArray_DATA(ids),
                        dec.buf, doffs_c, n_merges, mptr, mtext_buf.buf ? &mtext : NULL, n_added, added.buf, aoffs_c,
                        aids ? (const int32_t *)PyArray_DATA(aids) : NULL, re_take, err,
                        sizeof err);
    Py_END_ALLOW_THREADS
    if (s != TLDR_OK) {
        if (s == TLDR_ERR_FORMAT)
            tldr_raise_status(st, s, "%U: %s", name, err);
        else
            tldr_raise_status(st, s, "%U: cannot build the tokenizer: %s", name, tldr_status_str(s));
        goto done;
    }
    self = (BPEObject *)type->tp_alloc(type, 0);
    if (!self) goto done;
    self->bpe = bpe;
    atomic_init(&self->spare, NULL);
    bpe = NULL;
    self->n_added = (Py_ssize_t)n_added;
    self->added_texts = added_texts && added_texts != Py_None ? Py_NewRef(added_texts) : PyTuple_New(0);
    if (!self->added_texts) Py_CLEAR(self);
done:
    tldr_bpe_free(bpe);
    tldr_regex_free(re);
    free(offs_c);
    free(doffs_c);
    free(aoffs_c);
    free(mtoffs_c);
    free(mtseps_c);
    Py_XDECREF(mtoffs);
    Py_XDECREF(mtseps);
    if (mtext_buf.buf) PyBuffer_Release(&mtext_buf);
    Py_XDECREF(offs);
    Py_XDECREF(ids);
    Py_XDECREF(doffs);
    Py_XDECREF(merges);
    Py_XDECREF(aoffs);
    Py_XDECREF(aids);
    Py_XDECREF(byte_ids);
    Py_XDECREF(name_own);
    PyBuffer_Release(&tokens);
    if (dec.buf) PyBuffer_Release(&dec);
    if (added.buf) PyBuffer_Release(&added);
    if (suffix.buf) PyBuffer_Release(&suffix);
    if (prefix.buf) PyBuffer_Release(&prefix);
    return (PyObject *)self;
}

static void BPE_dealloc(BPEObject *self)
{
    PyTypeObject *tp = Py_TYPE(self);
    PyObject_GC_UnTrack(self);
    tldr_bpe_scratch_free(atomic_exchange(&self->spare, NULL));
    tldr_bpe_free(self->bpe);
    Py_CLEAR(self->added_texts);
    tp->tp_free((PyObject *)self);
    Py_DECREF(tp);
}

static int BPE_traverse(BPEObject *self, visitproc visit, void *arg)
{
    Py_VISIT(Py_TYPE(self));
    Py_VISIT(self->added_texts);
    return 0;
}

/* modes: None or bytes of length n_added */
static int parse_modes(BPEObject *self, tldr_module_state *st, PyObject *modes, const uint8_t **out)
{
    *out = NULL;
    if (modes == NULL || modes == Py_None) return 0;
    if (!PyBytes_Check(modes) || PyBytes_GET_SIZE(modes) != self->n_added) {
        PyErr_Format(st->InvalidInputError, "modes must be bytes of length %zd", self->n_added);
        return -1;
    }
    *out = (const uint8_t *)PyBytes_AS_STRING(modes);
    for (Py_ssize_t i = 0; i < self->n_added; i++)
        if ((*out)[i] > 2) {
            PyErr_Format(st->InvalidInputError, "modes must be 0, 1 or 2");
            return -1;
        }
    return 0;
}

static PyObject *raise_encode_error(BPEObject *self, tldr_module_state *st, tldr_status s,
                                    const char *text, size_t err_pos, size_t err_index)
{
    if (s == TLDR_ERR_ARG && (Py_ssize_t)err_index < PyTuple_GET_SIZE(self->added_texts)) {
        /* character offset of the byte position */
        size_t chars = 0;
        for (size_t i = 0; i < err_pos; i++) chars += (text[i] & 0xC0) != 0x80;
        return tldr_raise_status(
            st, TLDR_ERR_ARG,
            "the text contains the special token %R at character %zu; pass it in "
            "allowed_special to encode it as a special token, or in disallowed_special=() "
            "to encode it as plain text",
            PyTuple_GET_ITEM(self->added_texts, err_index), chars);
    }
    return tldr_raise_status(st, s, "cannot encode the text: %s", tldr_status_str(s));
}

static PyObject *make_result(tldr_bpe_out *o)
{
    npy_intp d1[1] = {(npy_intp)o->n}, d2[2] = {(npy_intp)o->n, 2};
    PyObject *ids = PyArray_SimpleNew(1, d1, NPY_INT32);
    PyObject *offs = PyArray_SimpleNew(2, d2, NPY_INT64);
    if (!ids || !offs) {
        Py_XDECREF(ids);
        Py_XDECREF(offs);
        return NULL;
    }
    if (o->n) {
        memcpy(PyArray_DATA((PyArrayObject *)ids), o->ids, o->n * sizeof(int32_t));
        int64_t *dst = (int64_t *)PyArray_DATA((PyArrayObject *)offs);
        for (size_t i = 0; i < 2 * o->n; i++) dst[i] = (int64_t)o->spans[i];
    }
    return Py_BuildValue("(NN)", ids, offs);
}

/* encode(text, modes=None, pieces_only=False) -> (ids int32 (n,), offsets int64 (n, 2)) */
static PyObject *BPE_encode(BPEObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"text", "modes", "pieces_only", NULL};
    PyObject *text, *modes_o = Py_None;
    int pieces_only = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "U|Op:encode", kwlist, &text, &modes_o, &pieces_only))
        return NULL;
    tldr_module_state *st = tldr_state_from_type(Py_TYPE(self));
    if (!st) return NULL;
    const uint8_t *modes;
    if (parse_modes(self, st, modes_o, &modes) < 0) return NULL;
    Py_ssize_t len;
    const char *t = PyUnicode_AsUTF8AndSize(text, &len);
    if (!t) return NULL;
    int ascii = PyUnicode_IS_ASCII(text);
    tldr_bpe_scratch *scr = atomic_exchange(&self->spare, NULL);
    if (!scr) scr = tldr_bpe_scratch_new(self->bpe);
    if (!scr) return PyErr_NoMemory();
    tldr_bpe_out o = {0};
    size_t err_pos = 0, err_index = 0;
    tldr_status s;
    Py_BEGIN_ALLOW_THREADS
    s = tldr_bpe_encode(self->bpe, scr, (const uint8_t *)t, (size_t)len, modes, pieces_only, &o,
                        &err_pos, &err_index);
    if (s == TLDR_OK && !ascii) tldr_utf8_spans_to_chars(o.spans, o.n, (const uint8_t *)t, (size_t)len);
    Py_END_ALLOW_THREADS
    tldr_bpe_scratch *expected = NULL;
    if (!atomic_compare_exchange_strong(&self->spare, &expected, scr)) tldr_bpe_scratch_free(scr);
    PyObject *res = s == TLDR_OK ? make_result(&o) : raise_encode_error(self, st, s, t, err_pos, err_index);
    tldr_bpe_out_free(&o);
    return res;
}

/* ---- batch ------------------------------------------------------------------------------ */

/* The batch is cut into chunks of contiguous items (~32 KiB of text each); threads take
 * chunks from an atomic counter (so a thread slowed down by another process does less),
 * each chunk has its own output, and the outputs are concatenated in chunk order. */
#define BATCH_CHUNK_BYTES 32768

typedef struct {
    const tldr_bpe *bpe;
    const uint8_t *modes;
    int pieces_only;
    const char **text;
    size_t *len;
    char *ascii;
    size_t nchunks;
    size_t *bounds;     /* nchunks + 1: chunk c holds items [bounds[c], bounds[c+1]) */
    tldr_bpe_out *outs; /* per thread: the chunks it took, one after the other (one growing
                           buffer per thread: no per-chunk realloc/munmap churn) */
    size_t *cthread, *cfirst, *cn; /* per chunk: thread, first token in its buffer, count */
    size_t *counts;     /* per item: number of tokens */
    tldr_status *status; /* per chunk */
    size_t *err_item, *err_pos, *err_index; /* per chunk */
    _Atomic size_t next;
    _Atomic(tldr_bpe_scratch *) *spare; /* the tokenizer's spare scratch (warm cache) */
    size_t nouts;
} batch_job;

static void batch_worker(void *arg, size_t t)
{
    batch_job *j = (batch_job *)arg;
    tldr_bpe_scratch *scr = t == 0 ? atomic_exchange(j->spare, NULL) : NULL;
    if (!scr) scr = tldr_bpe_scratch_new(j->bpe);
    for (;;) {
        size_t c = atomic_fetch_add(&j->next, 1);
        if (c >= j->nchunks) break;
        if (!scr) {
            j->status[c] = TLDR_ERR_NOMEM;
            j->err_item[c] = j->bounds[c];
            continue;
        }
        tldr_bpe_out *o = &j->outs[t];
        j->cthread[c] = t;
        j->cfirst[c] = o->n;
        for (size_t i = j->bounds[c]; i < j->bounds[c + 1]; i++) {
            size_t before = o->n, ep = 0, ei = 0;
            tldr_status s = tldr_bpe_encode(j->bpe, scr, (const uint8_t *)j->text[i], j->len[i], j->modes,
                                            j->pieces_only, o, &ep, &ei);
            if (s != TLDR_OK) {
                j->status[c] = s;
                j->err_item[c] = i;
                j->err_pos[c] = ep;
                j->err_index[c] = ei;
                break;
            }
            if (!j->ascii[i])
                tldr_utf8_spans_to_chars(o->spans + 2 * before, o->n - before, (const uint8_t *)j->text[i],
                                         j->len[i]);
            j->counts[i] = o->n - before;
        }
        j->cn[c] = o->n - j->cfirst[c];
    }
    tldr_bpe_scratch *expected = NULL;
    if (!scr || !atomic_compare_exchange_strong(j->spare, &expected, scr)) tldr_bpe_scratch_free(scr);
}

typedef struct {
    tldr_bpe_out *outs; /* per thread */
    size_t *cthread, *cfirst, *cn;
    size_t *at; /* nchunks + 1: first token of chunk c in the flat arrays */
    size_t nchunks;
    int32_t *ids;
    int64_t *offs;
    _Atomic size_t next;
} gather_job;

static void gather_worker(void *arg, size_t t)
{
    gather_job *g = (gather_job *)arg;
    for (;;) {
        size_t c = atomic_fetch_add(&g->next, 1);
        if (c >= g->nchunks) break;
        const tldr_bpe_out *o = &g->outs[g->cthread[c]];
        size_t w = g->at[c], f = g->cfirst[c], cn = g->cn[c];
        if (cn) memcpy(g->ids + w, o->ids + f, cn * sizeof(int32_t));
        for (size_t k = 0; k < 2 * cn; k++) g->offs[2 * w + k] = (int64_t)o->spans[2 * f + k];
    }
}

/* encode_batch(texts, modes=None, num_threads=None, pieces_only=False)
 *   -> (ids int32 (N,), offsets int64 (N, 2), row_splits int64 (B + 1,)) */
static PyObject *BPE_encode_batch(BPEObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"texts", "modes", "num_threads", "pieces_only", NULL};
    PyObject *texts_o, *modes_o = Py_None, *threads_o = Py_None;
    int pieces_only = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|OOp:encode_batch", kwlist, &texts_o, &modes_o,
                                     &threads_o, &pieces_only))
        return NULL;
    tldr_module_state *st = tldr_state_from_type(Py_TYPE(self));
    if (!st) return NULL;
    const uint8_t *modes;
    if (parse_modes(self, st, modes_o, &modes) < 0) return NULL;
    size_t nthreads;
    if (tldr_parse_threads(st, threads_o, &nthreads) < 0) return NULL;
    /* a tuple copy: the caller's list cannot change under us while the GIL is released */
    PyObject *texts = PySequence_Tuple(texts_o);
    if (!texts) return NULL;
    size_t n = (size_t)PyTuple_GET_SIZE(texts);
    PyObject *res = NULL;
    batch_job j = {0};
    j.bpe = self->bpe;
    j.modes = modes;
    j.pieces_only = pieces_only;
    j.spare = &self->spare;
    j.text = malloc((n + 1) * sizeof *j.text);
    j.len = malloc((n + 1) * sizeof *j.len);
    j.ascii = malloc(n + 1);
    j.counts = calloc(n + 1, sizeof *j.counts);
    if (!j.text || !j.len || !j.ascii || !j.counts) {
        PyErr_NoMemory();
        goto done;
    }
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        PyObject *s = PyTuple_GET_ITEM(texts, i);
        if (!PyUnicode_Check(s)) {
            PyErr_Format(PyExc_TypeError, "texts[%zu]: expected str, got %.200s", i, Py_TYPE(s)->tp_name);
            goto done;
        }
        Py_ssize_t l;
        j.text[i] = PyUnicode_AsUTF8AndSize(s, &l);
        if (!j.text[i]) goto done;
        j.len[i] = (size_t)l;
        j.ascii[i] = (char)PyUnicode_IS_ASCII(s);
        total += (size_t)l;
    }
    /* at least ~64 KiB of text per thread, else threads cost more than they give */
    size_t max_useful = total / 65536 + 1;
    if (nthreads > max_useful) nthreads = max_useful;
    if (nthreads > n) nthreads = n ? n : 1;
    /* chunks of contiguous items, ~BATCH_CHUNK_BYTES of text each */
    size_t maxchunks = total / BATCH_CHUNK_BYTES + 2;
    if (maxchunks > n + 1) maxchunks = n + 1;
    j.bounds = malloc((maxchunks + 1) * sizeof *j.bounds);
    if (!j.bounds) {
        PyErr_NoMemory();
        goto done;
    }
    {
        size_t c = 0, acc = 0;
        j.bounds[0] = 0;
        for (size_t i = 0; i < n; i++) {
            acc += j.len[i] + 1;
            if (acc >= BATCH_CHUNK_BYTES && c + 1 < maxchunks) {
                j.bounds[++c] = i + 1;
                acc = 0;
            }
        }
        if (j.bounds[c] != n) j.bounds[++c] = n;
        j.nchunks = c;
    }
    size_t nc = j.nchunks ? j.nchunks : 1;
    if (nthreads > j.nchunks) nthreads = j.nchunks ? j.nchunks : 1;
    j.outs = calloc(nthreads, sizeof *j.outs);
    j.nouts = nthreads;
    j.cthread = calloc(nc, sizeof(size_t));
    j.cfirst = calloc(nc, sizeof(size_t));
    j.cn = calloc(nc, sizeof(size_t));
    j.status = calloc(nc, sizeof *j.status);
    j.err_item = calloc(nc, sizeof(size_t));
    j.err_pos = calloc(nc, sizeof(size_t));
    j.err_index = calloc(nc, sizeof(size_t));
    if (!j.outs || !j.cthread || !j.cfirst || !j.cn || !j.status || !j.err_item || !j.err_pos || !j.err_index) {
        PyErr_NoMemory();
        goto done;
    }
    atomic_init(&j.next, 0);
    tldr_status ps;
    Py_BEGIN_ALLOW_THREADS
    ps = tldr_parallel_run(nthreads, batch_worker, &j);
    Py_END_ALLOW_THREADS
    if (ps != TLDR_OK) {
        tldr_raise_status(st, ps, "encode_batch: %s", tldr_status_str(ps));
        goto done;
    }
    for (size_t c = 0; c < j.nchunks; c++)
        if (j.status[c] != TLDR_OK) {
            size_t i = j.err_item[c];
            raise_encode_error(self, st, j.status[c], j.text[i], j.err_pos[c], j.err_index[c]);
            goto done;
        }
    size_t ntok = 0;
    for (size_t c = 0; c < j.nchunks; c++) ntok += j.cn[c];
    npy_intp d1[1] = {(npy_intp)ntok}, d2[2] = {(npy_intp)ntok, 2}, dr[1] = {(npy_intp)n + 1};
    PyObject *ids = PyArray_SimpleNew(1, d1, NPY_INT32);
    PyObject *offs = PyArray_SimpleNew(2, d2, NPY_INT64);
    PyObject *rs = PyArray_SimpleNew(1, dr, NPY_INT64);
    if (!ids || !offs || !rs) {
        Py_XDECREF(ids);
        Py_XDECREF(offs);
        Py_XDECREF(rs);
        goto done;
    }
    int64_t *pr = (int64_t *)PyArray_DATA((PyArrayObject *)rs);
    /* gather the chunk outputs into the arrays, in parallel too (at caption sizes a
     * serial copy is a tenth of the run) */
    gather_job g = {j.outs, j.cthread, j.cfirst, j.cn, NULL, j.nchunks, (int32_t *)PyArray_DATA((PyArrayObject *)ids),
                    (int64_t *)PyArray_DATA((PyArrayObject *)offs), 0};
    g.at = malloc((j.nchunks + 1) * sizeof *g.at);
    if (!g.at) {
        Py_DECREF(ids);
        Py_DECREF(offs);
        Py_DECREF(rs);
        PyErr_NoMemory();
        goto done;
    }
    g.at[0] = 0;
    for (size_t c = 0; c < j.nchunks; c++) g.at[c + 1] = g.at[c] + j.cn[c];
    atomic_init(&g.next, 0);
    Py_BEGIN_ALLOW_THREADS
    ps = tldr_parallel_run(ntok > 65536 ? nthreads : 1, gather_worker, &g);
    Py_END_ALLOW_THREADS
    free(g.at);
    if (ps != TLDR_OK) {
        Py_DECREF(ids);
        Py_DECREF(offs);
        Py_DECREF(rs);
        tldr_raise_status(st, ps, "encode_batch: %s", tldr_status_str(ps));
        goto done;
    }
    pr[0] = 0;
    for (size_t i = 0; i < n; i++) pr[i + 1] = pr[i] + (int64_t)j.counts[i];
    res = Py_BuildValue("(NNN)", ids, offs, rs);
done:
    if (j.outs)
        for (size_t t = 0; t < j.nouts; t++) tldr_bpe_out_free(&j.outs[t]);
    free(j.cthread);
    free(j.cfirst);
    free(j.cn);
    free(j.text);
    free(j.len);
    free(j.ascii);
    free(j.counts);
    free(j.bounds);
    free(j.outs);
    free(j.status);
    free(j.err_item);
    free(j.err_pos);
    free(j.err_index);
    Py_DECREF(texts);
    return res;
}

/* decode(ids, strip_first=False) -> (bytes, spans int64 (n, 2) byte spans in the output) */
static PyObject *BPE_decode(BPEObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"ids", "strip_first", NULL};
    PyObject *ids_o;
    int strip_first = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|p:decode", kwlist, &ids_o, &strip_first)) return NULL;
    tldr_module_state *st = tldr_state_from_type(Py_TYPE(self));
    if (!st) return NULL;
    PyArrayObject *a = (PyArrayObject *)PyArray_FROM_OTF(ids_o, NPY_INT64, NPY_ARRAY_IN_ARRAY);
    if (!a) return NULL;
    if (PyArray_NDIM(a) != 1) {
        Py_DECREF(a);
        return tldr_raise_status(st, TLDR_ERR_ARG, "ids must be 1-d, got %d-d", PyArray_NDIM(a));
    }
    size_t n = (size_t)PyArray_DIM(a, 0);
    const int64_t *src = (const int64_t *)PyArray_DATA(a);
    int32_t *ids = malloc((n + 1) * sizeof *ids);
    npy_intp d2[2] = {(npy_intp)n, 2};
    PyObject *spans = PyArray_SimpleNew(2, d2, NPY_INT64);
    size_t *sp = malloc((2 * n + 1) * sizeof *sp);
    PyObject *res = NULL;
    if (!ids || !sp || !spans) {
        if (!PyErr_Occurred()) PyErr_NoMemory();
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        if (src[i] < 0 || src[i] >= (int64_t)tldr_bpe_vocab_size(self->bpe)) {
            tldr_raise_status(st, TLDR_ERR_ARG, "ids[%zu] = %lld is not a token id (vocab size %zu)", i,
                              (long long)src[i], tldr_bpe_vocab_size(self->bpe));
            goto done;
        }
        ids[i] = (int32_t)src[i];
    }
    uint8_t *buf = NULL;
    size_t blen = 0, bad = 0;
    tldr_status s;
    Py_BEGIN_ALLOW_THREADS
    s = tldr_bpe_decode(self->bpe, ids, n, strip_first, &buf, &blen, sp, &bad);
    Py_END_ALLOW_THREADS
    if (s != TLDR_OK) {
        if (s == TLDR_ERR_ARG)
            tldr_raise_status(st, s, "ids[%zu] = %d is not a token id (unused id)", bad, ids[bad]);
        else
            tldr_raise_status(st, s, "decode: %s", tldr_status_str(s));
        goto done;
    }
    int64_t *po = (int64_t *)PyArray_DATA((PyArrayObject *)spans);
    for (size_t i = 0; i < 2 * n; i++) po[i] = (int64_t)sp[i];
    PyObject *bytes = PyBytes_FromStringAndSize((const char *)buf, (Py_ssize_t)blen);
    free(buf);
    if (bytes) res = Py_BuildValue("(NO)", bytes, spans);
done:
    Py_XDECREF(spans);
    free(ids);
    free(sp);
    Py_DECREF(a);
    return res;
}

/* token_bytes(id) -> bytes or None */
static PyObject *BPE_token_bytes(BPEObject *self, PyObject *arg)
{
    long id = PyLong_AsLong(arg);
    if (id == -1 && PyErr_Occurred()) return NULL;
    size_t len = 0;
    const uint8_t *p = (id < 0 || id > INT32_MAX) ? NULL : tldr_bpe_token_bytes(self->bpe, (int32_t)id, &len);
    if (!p) Py_RETURN_NONE;
    return PyBytes_FromStringAndSize((const char *)p, (Py_ssize_t)len);
}

/* lookup(bytes) -> id or -1 (model vocab only) */
static PyObject *BPE_lookup(BPEObject *self, PyObject *arg)
{
    char *p;
    Py_ssize_t len;
    if (PyBytes_AsStringAndSize(arg, &p, &len) < 0) return NULL;
    return PyLong_FromLong(tldr_bpe_lookup(self->bpe, (const uint8_t *)p, (size_t)len));
}

static PyObject *BPE_get_vocab_size(BPEObject *self, void *closure)
{
    return PyLong_FromSize_t(tldr_bpe_vocab_size(self->bpe));
}

static PyMethodDef BPE_methods[] = {
    {"encode", (PyCFunction)(void (*)(void))BPE_encode, METH_VARARGS | METH_KEYWORDS,
     "encode(text, modes=None, pieces_only=False) -> (ids int32 (n,), offsets int64 (n, 2))"},
    {"encode_batch", (PyCFunction)(void (*)(void))BPE_encode_batch, METH_VARARGS | METH_KEYWORDS,
     "encode_batch(texts, modes=None, num_threads=None, pieces_only=False) -> (ids, offsets, row_splits)"},
    {"decode", (PyCFunction)(void (*)(void))BPE_decode, METH_VARARGS | METH_KEYWORDS,
     "decode(ids, strip_first=False) -> (bytes, byte spans int64 (n, 2))"},
    {"token_bytes", (PyCFunction)BPE_token_bytes, METH_O, "token_bytes(id) -> bytes or None"},
    {"lookup", (PyCFunction)BPE_lookup, METH_O, "lookup(bytes) -> id in the model vocab or -1"},
    {NULL, NULL, 0, NULL}};

static PyGetSetDef BPE_getset[] = {
    {"vocab_size", (getter)BPE_get_vocab_size, NULL, "max id + 1", NULL},
    {NULL, NULL, NULL, NULL, NULL}};

static PyType_Slot BPE_slots[] = {
    {Py_tp_new, BPE_new},
    {Py_tp_dealloc, BPE_dealloc},
    {Py_tp_traverse, BPE_traverse},
    {Py_tp_methods, BPE_methods},
    {Py_tp_getset, BPE_getset},
    {Py_tp_doc, "BPE(kind, tokens, offsets, ids, ...): the C tokenizer engine (see tldr.Tokenizer)."},
    {0, NULL}};

static PyType_Spec BPE_spec = {
    .name = "tldr._core.BPE",
    .basicsize = sizeof(BPEObject),
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_IMMUTABLETYPE,
    .slots = BPE_slots,
};

int tldr_py_tokenizer_register(PyObject *m)
{
    tldr_module_state *st = tldr_state(m);
    PyObject *tp = PyType_FromModuleAndSpec(m, &BPE_spec, NULL);
    if (!tp) return -1;
    st->types[TLDR_TYPE_TOKENIZER] = tp;
    return PyModule_AddObjectRef(m, "BPE", tp);
}
