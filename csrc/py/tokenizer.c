/* py/tokenizer.c: binding of the tokenizer core (tokenize/) as tldr._core.BPE, the engine
 * behind tldr.Tokenizer.
 *
 * The Python layer (tldr/tokenize/) parses the files and hands the tables over as byte
 * blobs and NumPy arrays, by keyword; this type encodes with the GIL released and returns
 * NumPy arrays. Offsets leave here as str (code point) offsets: byte spans are mapped
 * once per text by tldr_utf8_spans_to_chars (skipped for ASCII strings).
 */
#include "binding.h"
#include "tokenizer_py.h"
#include "tokenize/bpe.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    PyObject_HEAD
    tldr_bpe *bpe;
    /* One spare scratch (matcher, heap, piece cache) reused across calls: a call takes it
     * with an atomic exchange (or makes a new one when another thread holds it) and puts
     * it back after, so concurrent calls never share one and the piece cache stays warm. */
    _Atomic(tldr_bpe_scratch *) spare;
    Py_ssize_t n_added;
    PyObject *added_texts; /* tuple of str, for error messages */
    PyObject *name;        /* str, for error messages */
} BPEObject;

/* ---- intake of the tables ---------------------------------------------------------------- */

/* Contiguous array of the given type from obj (new reference) with ndim checked. */
static PyArrayObject *as_array(tldr_module_state *st, PyObject *obj, int type, int ndim, const char *what)
{
    PyArrayObject *a = (PyArrayObject *)PyArray_FROM_OTF(obj, type, NPY_ARRAY_IN_ARRAY);
    if (!a) return NULL;
    if (PyArray_NDIM(a) != ndim) {
        PyErr_Format(st->InvalidInputError, "%s: expected a %d-d array, got %d-d", what, ndim, PyArray_NDIM(a));
        Py_DECREF(a);
        return NULL;
    }
    return a;
}

/* A string table: the blob (a buffer the parser filled) and its offsets, copied to
 * size_t and checked to be n + 1 increasing values within the blob. */
typedef struct {
    Py_buffer blob;
    size_t *offs;
} table_in;

static int table_from(tldr_module_state *st, table_in *t, PyObject *offsets_o, size_t n, const char *what,
                      tldr_bpe_strings *out)
{
    PyArrayObject *a = as_array(st, offsets_o, NPY_INT64, 1, what);
    if (!a) return -1;
    int rc = -1;
    if ((size_t)PyArray_DIM(a, 0) != n + 1) {
        PyErr_Format(st->InvalidInputError, "%s: expected %zu offsets, got %zd", what, n + 1,
                     (Py_ssize_t)PyArray_DIM(a, 0));
        goto done;
    }
    const int64_t *o = (const int64_t *)PyArray_DATA(a);
    if (!(t->offs = malloc((n + 1) * sizeof *t->offs))) {
        PyErr_NoMemory();
        goto done;
    }
    for (size_t i = 0; i <= n; i++) {
        if (o[i] < 0 || o[i] > (int64_t)t->blob.len || (i && o[i] < o[i - 1])) {
            PyErr_Format(st->InvalidInputError,
                         "%s: expected offsets increasing within the %zd-byte blob, got %lld at #%zu", what,
                         t->blob.len, (long long)o[i], i);
            goto done;
        }
        t->offs[i] = (size_t)o[i];
    }
    *out = (tldr_bpe_strings){t->blob.buf, t->offs, n};
    rc = 0;
done:
    Py_DECREF(a);
    return rc;
}

static void table_release(table_in *t)
{
    if (t->blob.obj) PyBuffer_Release(&t->blob);
    free(t->offs);
}

/* A keyword that names one of a few choices ("bytes", "never", ...) -> its index. */
static int choice(tldr_module_state *st, const char *value, const char *const *names, int n, const char *what)
{
    char list[128] = "";
    for (int i = 0; i < n; i++) {
        if (strcmp(value, names[i]) == 0) return i;
        snprintf(list + strlen(list), sizeof list - strlen(list), "%s'%s'", i ? ", " : "", names[i]);
    }
    PyErr_Format(st->InvalidInputError, "%s: expected one of %s, got '%s'", what, list, value);
    return -1;
}

/* Everything BPE() takes, and what intake owns until the engine has copied it. */
typedef struct {
    const char *kind, *prepend;
    int ignore_merges, byte_fallback, replace_space, keep_gaps, fuse_unk, split_spaces, unk_id;
    Py_ssize_t max_word_chars;
    table_in tokens, dec, mtext, added;
    Py_buffer suffix, prefix;
    PyObject *offs, *ids, *dec_offs, *merges, *mtext_offs, *mtext_seps, *added_offs, *added_ids, *added_texts,
        *pattern, *byte_ids, *name;
    /* owned */
    PyArrayObject *ids_a, *merges_a, *mseps_a, *aids_a, *byte_ids_a;
    size_t *mseps;
} bpe_args;

static void bpe_args_release(bpe_args *a)
{
    table_release(&a->tokens);
    table_release(&a->dec);
    table_release(&a->mtext);
    table_release(&a->added);
    if (a->suffix.obj) PyBuffer_Release(&a->suffix);
    if (a->prefix.obj) PyBuffer_Release(&a->prefix);
    Py_XDECREF(a->ids_a);
    Py_XDECREF(a->merges_a);
    Py_XDECREF(a->mseps_a);
    Py_XDECREF(a->aids_a);
    Py_XDECREF(a->byte_ids_a);
    free(a->mseps);
}

/* The tables: vocab and decode bytes, merges (id pairs, or text with separator
 * positions, or neither: tiktoken), added tokens. */
static int read_tables(tldr_module_state *st, bpe_args *a, tldr_bpe_tables *t)
{
    if (!(a->ids_a = as_array(st, a->ids, NPY_INT32, 1, "ids"))) return -1;
    size_t n = (size_t)PyArray_DIM(a->ids_a, 0);
    t->ids = (const int32_t *)PyArray_DATA(a->ids_a);
    if (table_from(st, &a->tokens, a->offs, n, "offsets", &t->tokens) < 0) return -1;
    if (a->dec.blob.buf && table_from(st, &a->dec, a->dec_offs, n, "dec_offsets", &t->decoded) < 0) return -1;
    if (a->merges != Py_None) {
        if (!(a->merges_a = as_array(st, a->merges, NPY_INT32, 2, "merges"))) return -1;
        if (PyArray_DIM(a->merges_a, 1) != 2) {
            PyErr_Format(st->InvalidInputError, "merges: expected shape (m, 2), got (%zd, %zd)",
                         (Py_ssize_t)PyArray_DIM(a->merges_a, 0), (Py_ssize_t)PyArray_DIM(a->merges_a, 1));
            return -1;
        }
        t->merges = (const int32_t *)PyArray_DATA(a->merges_a);
        t->n_merges = (size_t)PyArray_DIM(a->merges_a, 0);
    }
    if (a->mtext.blob.buf) {
        if (!(a->mseps_a = as_array(st, a->mtext_seps, NPY_INT64, 1, "merge_seps"))) return -1;
        size_t nm = (size_t)PyArray_DIM(a->mseps_a, 0);
        if (table_from(st, &a->mtext, a->mtext_offs, nm, "merge_offsets", &t->merge_text) < 0) return -1;
        if (!(a->mseps = malloc((nm + 1) * sizeof *a->mseps))) {
            PyErr_NoMemory();
            return -1;
        }
        const int64_t *sp = (const int64_t *)PyArray_DATA(a->mseps_a);
        for (size_t i = 0; i < nm; i++) a->mseps[i] = sp[i] < 0 ? SIZE_MAX : (size_t)sp[i]; /* < 0: no separator */
        t->merge_seps = a->mseps;
    }
    if (a->added.blob.buf && a->added_ids != Py_None) {
        if (!(a->aids_a = as_array(st, a->added_ids, NPY_INT32, 1, "added_ids"))) return -1;
        t->added_ids = (const int32_t *)PyArray_DATA(a->aids_a);
        size_t na = (size_t)PyArray_DIM(a->aids_a, 0);
        if (table_from(st, &a->added, a->added_offs, na, "added_offsets", &t->added) < 0) return -1;
    }
    return 0;
}

/* The config: kind and prepend rule by name, the flags, suffix/prefix, byte_ids. */
static int read_config(tldr_module_state *st, bpe_args *a, tldr_bpe_config *cfg)
{
    static const char *const kinds[] = {"bytes", "chars", "wordpiece"};
    static const char *const prepends[] = {"never", "always", "unless_space", "first"};
    int kind = choice(st, a->kind, kinds, 3, "kind");
    int prepend = kind < 0 ? -1 : choice(st, a->prepend, prepends, 4, "prepend_space");
    if (prepend < 0) return -1;
    if (a->byte_ids != Py_None) {
        if (!(a->byte_ids_a = as_array(st, a->byte_ids, NPY_INT32, 1, "byte_ids"))) return -1;
        if (PyArray_DIM(a->byte_ids_a, 0) != 256) {
            PyErr_Format(st->InvalidInputError, "byte_ids: expected 256 entries, got %zd",
                         (Py_ssize_t)PyArray_DIM(a->byte_ids_a, 0));
            return -1;
        }
    }
    *cfg = (tldr_bpe_config){
        .kind = (tldr_bpe_kind)kind,
        .ignore_merges = a->ignore_merges,
        .byte_fallback = a->byte_fallback,
        .prepend = (tldr_bpe_prepend)prepend,
        .split_spaces = a->split_spaces,
        .replace_space = a->replace_space,
        .keep_gaps = a->keep_gaps,
        .unk_id = a->unk_id,
        .fuse_unk = a->fuse_unk,
        .suffix = a->suffix.buf,
        .suffix_len = a->suffix.buf ? (size_t)a->suffix.len : 0,
        .prefix = a->prefix.buf,
        .prefix_len = a->prefix.buf ? (size_t)a->prefix.len : 0,
        .max_word_chars = a->max_word_chars < 1 ? 1 : (size_t)a->max_word_chars,
        .byte_ids = a->byte_ids_a ? (const int32_t *)PyArray_DATA(a->byte_ids_a) : NULL,
    };
    return 0;
}

/* The pre-tokenizer regex (NULL when pattern is None). */
static int compile_pattern(tldr_module_state *st, bpe_args *a, tldr_regex **re)
{
    *re = NULL;
    if (a->pattern == Py_None) return 0;
    Py_ssize_t plen;
    const char *p = tldr_py_utf8(st, a->pattern, &plen, "pattern");
    if (!p) return -1;
    char err[320];
    /* PCRE2_DOLLAR_ENDONLY (0x10): "$" is the end of the text only, as in Rust regex (tiktoken) */
    tldr_status s = tldr_regex_compile(re, p, (size_t)plen, 0x10u, err, sizeof err);
    if (s == TLDR_OK) return 0;
    tldr_raise_status(st, s == TLDR_ERR_REGEX ? TLDR_ERR_FORMAT : s, "%U: cannot compile the pre-tokenizer regex: %s",
                      a->name, err);
    return -1;
}

/* BPE(kind=, tokens=, offsets=, ids=, ...): the tldr.Tokenizer layer passes every argument
 * by keyword (see the type's doc below). */
static PyObject *BPE_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"kind", "tokens", "offsets", "ids", "dec_tokens", "dec_offsets", "merges",
                             "merge_text", "merge_offsets", "merge_seps", "added", "added_offsets", "added_ids",
                             "added_texts", "pattern", "ignore_merges", "byte_fallback", "prepend_space",
                             "split_spaces", "replace_space", "keep_gaps", "unk_id", "fuse_unk", "suffix",
                             "prefix", "max_word_chars", "byte_ids", "name", NULL};
    bpe_args a = {.prepend = "never", .keep_gaps = 1, .unk_id = -1, .max_word_chars = 100};
    a.dec_offs = a.merges = a.mtext_offs = a.mtext_seps = a.added_offs = a.added_ids = a.added_texts = a.pattern =
        a.byte_ids = Py_None;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "sy*OO|z*OOz*OOz*OOOOppspppipz*z*nOU:BPE", kwlist, &a.kind,
                                     &a.tokens.blob, &a.offs, &a.ids, &a.dec.blob, &a.dec_offs, &a.merges,
                                     &a.mtext.blob, &a.mtext_offs, &a.mtext_seps, &a.added.blob, &a.added_offs,
                                     &a.added_ids, &a.added_texts, &a.pattern, &a.ignore_merges, &a.byte_fallback,
                                     &a.prepend, &a.split_spaces, &a.replace_space, &a.keep_gaps, &a.unk_id,
                                     &a.fuse_unk, &a.suffix, &a.prefix, &a.max_word_chars, &a.byte_ids, &a.name))
        return NULL;
    tldr_module_state *st = tldr_state_from_type(type);
    PyObject *name_own = NULL;
    if (!a.name) a.name = name_own = PyUnicode_FromString("<tokenizer>");
    tldr_regex *re = NULL;
    tldr_bpe *bpe = NULL;
    BPEObject *self = NULL;
    tldr_bpe_tables t = {{0}};
    tldr_bpe_config cfg;
    if (!st || !a.name || read_tables(st, &a, &t) < 0 || read_config(st, &a, &cfg) < 0 ||
        compile_pattern(st, &a, &re) < 0)
        goto done;
    char err[256];
    tldr_status s;
    Py_BEGIN_ALLOW_THREADS
    s = tldr_bpe_create(&bpe, &cfg, &t, re, err, sizeof err);
    Py_END_ALLOW_THREADS
    re = NULL; /* owned by the tokenizer from here on, even on error */
    if (s != TLDR_OK) {
        if (err[0])
            tldr_raise_status(st, s, "%U: %s", a.name, err);
        else
            tldr_raise_status(st, s, "%U: cannot build the tokenizer: %s", a.name, tldr_status_str(s));
        goto done;
    }
    self = (BPEObject *)type->tp_alloc(type, 0);
    if (!self) goto done;
    self->bpe = bpe;
    bpe = NULL;
    atomic_init(&self->spare, NULL);
    self->n_added = (Py_ssize_t)t.added.n;
    self->name = Py_NewRef(a.name);
    self->added_texts = a.added_texts != Py_None ? Py_NewRef(a.added_texts) : PyTuple_New(0);
    if (!self->added_texts) Py_CLEAR(self);
done:
    tldr_bpe_free(bpe);
    tldr_regex_free(re);
    bpe_args_release(&a);
    Py_XDECREF(name_own);
    return (PyObject *)self;
}

static void BPE_dealloc(BPEObject *self)
{
    PyTypeObject *tp = Py_TYPE(self);
    PyObject_GC_UnTrack(self);
    tldr_bpe_scratch_free(atomic_exchange(&self->spare, NULL));
    tldr_bpe_free(self->bpe);
    Py_CLEAR(self->added_texts);
    Py_CLEAR(self->name);
    tp->tp_free((PyObject *)self);
    Py_DECREF(tp);
}

static int BPE_traverse(BPEObject *self, visitproc visit, void *arg)
{
    Py_VISIT(Py_TYPE(self));
    Py_VISIT(self->added_texts);
    Py_VISIT(self->name);
    return 0;
}

/* ---- intake of one call ------------------------------------------------------------------ */

/* modes: None or bytes of length n_added, each a tldr_bpe_added_mode. */
static int parse_modes(BPEObject *self, tldr_module_state *st, PyObject *modes, const uint8_t **out)
{
    *out = NULL;
    if (modes == NULL || modes == Py_None) return 0;
    if (!PyBytes_Check(modes) || PyBytes_GET_SIZE(modes) != self->n_added) {
        PyErr_Format(st->InvalidInputError, "modes: expected None or bytes of length %zd, got %R", self->n_added,
                     modes);
        return -1;
    }
    const uint8_t *m = (const uint8_t *)PyBytes_AS_STRING(modes);
    for (Py_ssize_t i = 0; i < self->n_added; i++)
        if (m[i] > TLDR_ADDED_TEXT) {
            PyErr_Format(st->InvalidInputError, "modes[%zd]: expected 0 (match), 1 (forbid) or 2 (text), got %d", i,
                         (int)m[i]);
            return -1;
        }
    *out = m;
    return 0;
}

/* Take the spare scratch, or make one (NULL with MemoryError set). */
static tldr_bpe_scratch *take_scratch(BPEObject *self)
{
    tldr_bpe_scratch *s = atomic_exchange(&self->spare, NULL);
    if (!s && !(s = tldr_bpe_scratch_new(self->bpe))) PyErr_NoMemory();
    return s;
}

/* Give a scratch back as the spare (freed when another call already put one back). */
static void give_scratch(BPEObject *self, tldr_bpe_scratch *s)
{
    tldr_bpe_scratch *expected = NULL;
    if (s && !atomic_compare_exchange_strong(&self->spare, &expected, s)) tldr_bpe_scratch_free(s);
}

static PyObject *raise_encode_error(BPEObject *self, tldr_module_state *st, tldr_status s, const char *text,
                                    size_t len, const tldr_bpe_error *err)
{
    if (s == TLDR_ERR_ARG && (Py_ssize_t)err->index < PyTuple_GET_SIZE(self->added_texts)) {
        size_t at[2] = {err->pos, err->pos}; /* the byte offset as a character offset */
        tldr_utf8_spans_to_chars(at, 1, (const uint8_t *)text, len);
        return tldr_raise_status(st, TLDR_ERR_ARG,
                                 "the text contains the special token %R at character %zu; pass it in "
                                 "allowed_special to encode it as a special token, or in disallowed_special=() "
                                 "to encode it as plain text",
                                 PyTuple_GET_ITEM(self->added_texts, err->index), at[0]);
    }
    if (s == TLDR_ERR_REGEX)
        return tldr_raise_status(st, s, "%U: the pre-tokenizer regex failed on this text: it hit PCRE2's match "
                                        "limits (catastrophic backtracking?)", self->name);
    return tldr_raise_status(st, s, "%U: cannot encode the text: %s", self->name, tldr_status_str(s));
}

/* ---- encode one text --------------------------------------------------------------------- */

/* (ids int32 (n,), offsets int64 (n, 2)) from an output. */
static PyObject *make_result(const tldr_bpe_out *o)
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

typedef tldr_status (*encode_fn)(const tldr_bpe *, tldr_bpe_scratch *, const uint8_t *, size_t, const uint8_t *,
                                 tldr_bpe_out *, tldr_bpe_error *);

/* encode and pretokenize: (text, modes=None) -> (ids, str offsets). */
static PyObject *encode_one(BPEObject *self, PyObject *args, PyObject *kwds, encode_fn fn, const char *fmt)
{
    static char *kwlist[] = {"text", "modes", NULL};
    PyObject *text, *modes_o = Py_None;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, fmt, kwlist, &text, &modes_o)) return NULL;
    tldr_module_state *st = tldr_state_from_type(Py_TYPE(self));
    if (!st) return NULL;
    const uint8_t *modes;
    if (parse_modes(self, st, modes_o, &modes) < 0) return NULL;
    Py_ssize_t len;
    const char *t = tldr_py_utf8(st, text, &len, "text");
    if (!t) return NULL;
    int ascii = PyUnicode_IS_ASCII(text);
    tldr_bpe_scratch *scr = take_scratch(self);
    if (!scr) return NULL;
    tldr_bpe_out o = {0};
    tldr_bpe_error err = {0};
    tldr_status s;
    Py_BEGIN_ALLOW_THREADS
    s = fn(self->bpe, scr, (const uint8_t *)t, (size_t)len, modes, &o, &err);
    if (s == TLDR_OK && !ascii) tldr_utf8_spans_to_chars(o.spans, o.n, (const uint8_t *)t, (size_t)len);
    Py_END_ALLOW_THREADS
    give_scratch(self, scr);
    PyObject *res = s == TLDR_OK ? make_result(&o) : raise_encode_error(self, st, s, t, (size_t)len, &err);
    tldr_bpe_out_free(&o);
    return res;
}

static PyObject *BPE_encode(BPEObject *self, PyObject *args, PyObject *kwds)
{
    return encode_one(self, args, kwds, tldr_bpe_encode, "O|O:encode");
}

static PyObject *BPE_pretokenize(BPEObject *self, PyObject *args, PyObject *kwds)
{
    return encode_one(self, args, kwds, tldr_bpe_pretokenize, "O|O:pretokenize");
}

/* ---- encode a batch ---------------------------------------------------------------------- */

/* The UTF-8 of texts[i], through tldr_py_utf8 for its errors; the name "texts[i]" is
 * only formatted when there is an error to report (it would cost more than the lookup). */
static const uint8_t *item_utf8(tldr_module_state *st, PyObject *s, size_t i, Py_ssize_t *len)
{
    if (PyUnicode_Check(s)) {
        const char *u = PyUnicode_AsUTF8AndSize(s, len);
        if (u) return (const uint8_t *)u;
        PyErr_Clear(); /* tldr_py_utf8 raises the right error below */
    }
    char what[48];
    snprintf(what, sizeof what, "texts[%zu]", i);
    return (const uint8_t *)tldr_py_utf8(st, s, len, what);
}

/* encode_batch(texts, modes=None, num_threads=None)
 *   -> (ids int32 (N,), offsets int64 (N, 2), row_splits int64 (B + 1,)) */
static PyObject *BPE_encode_batch(BPEObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"texts", "modes", "num_threads", NULL};
    PyObject *texts_o, *modes_o = Py_None, *threads_o = Py_None;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|OO:encode_batch", kwlist, &texts_o, &modes_o, &threads_o))
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
    PyObject *res = NULL, *ids = NULL, *offs = NULL, *rs = NULL;
    tldr_bpe_batch *batch = NULL;
    const uint8_t **text = malloc((n + 1) * sizeof *text);
    size_t *len = malloc((n + 1) * sizeof *len);
    uint8_t *ascii = malloc(n + 1);
    if (!text || !len || !ascii) {
        PyErr_NoMemory();
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        PyObject *s = PyTuple_GET_ITEM(texts, i);
        Py_ssize_t l;
        if (!(text[i] = item_utf8(st, s, i, &l))) goto done;
        len[i] = (size_t)l;
        ascii[i] = (uint8_t)PyUnicode_IS_ASCII(s);
    }
    tldr_bpe_texts in = {text, len, ascii, n};
    tldr_bpe_scratch *warm = atomic_exchange(&self->spare, NULL);
    tldr_bpe_error err = {0};
    tldr_status s;
    Py_BEGIN_ALLOW_THREADS
    s = tldr_bpe_batch_encode(&batch, self->bpe, &in, modes, nthreads, &warm, &err);
    Py_END_ALLOW_THREADS
    give_scratch(self, warm);
    if (s != TLDR_OK) {
        if (s == TLDR_ERR_THREAD || s == TLDR_ERR_NOMEM)
            tldr_raise_status(st, s, "encode_batch: %s", tldr_status_str(s));
        else
            raise_encode_error(self, st, s, (const char *)text[err.item], len[err.item], &err);
        goto done;
    }
    size_t ntok = tldr_bpe_batch_tokens(batch);
    npy_intp d1[1] = {(npy_intp)ntok}, d2[2] = {(npy_intp)ntok, 2}, dr[1] = {(npy_intp)n + 1};
    ids = PyArray_SimpleNew(1, d1, NPY_INT32);
    offs = PyArray_SimpleNew(2, d2, NPY_INT64);
    rs = PyArray_SimpleNew(1, dr, NPY_INT64);
    if (!ids || !offs || !rs) goto done;
    Py_BEGIN_ALLOW_THREADS
    s = tldr_bpe_batch_gather(batch, (int32_t *)PyArray_DATA((PyArrayObject *)ids),
                              (int64_t *)PyArray_DATA((PyArrayObject *)offs), (int64_t *)PyArray_DATA((PyArrayObject *)rs));
    Py_END_ALLOW_THREADS
    if (s != TLDR_OK) {
        tldr_raise_status(st, s, "encode_batch: %s", tldr_status_str(s));
        goto done;
    }
    res = PyTuple_Pack(3, ids, offs, rs);
done:
    tldr_bpe_batch_free(batch);
    Py_XDECREF(ids);
    Py_XDECREF(offs);
    Py_XDECREF(rs);
    free(text);
    free(len);
    free(ascii);
    Py_DECREF(texts);
    return res;
}

/* ---- decode ------------------------------------------------------------------------------ */

/* ids as a 1-d int64 array: integers only (a float array or list would be truncated, so
 * it is refused), uint64 values above INT64_MAX refused as out of range. */
static PyArrayObject *as_ids(tldr_module_state *st, PyObject *obj)
{
    PyArrayObject *raw = (PyArrayObject *)PyArray_FROM_O(obj);
    if (!raw) return NULL;
    PyArrayObject *a = NULL;
    if (PyArray_NDIM(raw) != 1) {
        PyErr_Format(st->InvalidInputError, "ids: expected a 1-d array, got %d-d", PyArray_NDIM(raw));
    } else if (PyArray_SIZE(raw) && (!PyArray_ISINTEGER(raw) || PyArray_ISBOOL(raw))) {
        PyErr_Format(st->DTypeError, "ids: expected integer token ids, got dtype %R (floats are not truncated)",
                     (PyObject *)PyArray_DESCR(raw));
    } else if (PyArray_SIZE(raw) && PyArray_TYPE(raw) == NPY_UINT64) {
        PyArrayObject *c = (PyArrayObject *)PyArray_FROM_OTF((PyObject *)raw, NPY_UINT64, NPY_ARRAY_IN_ARRAY);
        if (c) {
            const uint64_t *u = (const uint64_t *)PyArray_DATA(c);
            npy_intp k = 0, n = PyArray_DIM(c, 0);
            while (k < n && u[k] <= INT64_MAX) k++;
            if (k < n)
                tldr_raise_status(st, TLDR_ERR_ARG, "ids[%zd]: expected a token id, got %llu", (Py_ssize_t)k,
                                  (unsigned long long)u[k]);
            else
                a = (PyArrayObject *)PyArray_FROM_OTF((PyObject *)c, NPY_INT64,
                                                      NPY_ARRAY_IN_ARRAY | NPY_ARRAY_FORCECAST);
            Py_DECREF(c);
        }
    } else {
        a = (PyArrayObject *)PyArray_FROM_OTF((PyObject *)raw, NPY_INT64, NPY_ARRAY_IN_ARRAY | NPY_ARRAY_FORCECAST);
    }
    Py_DECREF(raw);
    return a;
}

/* decode(ids, strip_first=False, offsets=False) -> bytes, or with offsets: (str, str
 * offsets int64 (n, 2)) when the bytes are valid UTF-8, else (bytes, byte spans) for the
 * caller's lossy decoding. */
static PyObject *BPE_decode(BPEObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"ids", "strip_first", "offsets", NULL};
    PyObject *ids_o;
    int strip_first = 0, want_offsets = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|pp:decode", kwlist, &ids_o, &strip_first, &want_offsets))
        return NULL;
    tldr_module_state *st = tldr_state_from_type(Py_TYPE(self));
    if (!st) return NULL;
    PyArrayObject *a = as_ids(st, ids_o);
    if (!a) return NULL;
    size_t n = (size_t)PyArray_DIM(a, 0), vocab = tldr_bpe_vocab_size(self->bpe);
    const int64_t *src = (const int64_t *)PyArray_DATA(a);
    int32_t *ids = malloc((n + 1) * sizeof *ids);
    size_t *sp = want_offsets ? malloc((2 * n + 1) * sizeof *sp) : NULL;
    uint8_t *buf = NULL;
    PyObject *res = NULL;
    if (!ids || (want_offsets && !sp)) {
        PyErr_NoMemory();
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        if (src[i] < 0 || (uint64_t)src[i] >= vocab) {
            tldr_raise_status(st, TLDR_ERR_ARG, "ids[%zu]: expected a token id in [0, %zu), got %lld", i, vocab,
                              (long long)src[i]);
            goto done;
        }
        ids[i] = (int32_t)src[i];
    }
    size_t blen = 0, bad = 0;
    int valid = 1;
    tldr_status s;
    Py_BEGIN_ALLOW_THREADS
    s = tldr_bpe_decode(self->bpe, ids, n, strip_first, &buf, &blen, sp, &bad);
    if (s == TLDR_OK && want_offsets && (valid = tldr_utf8_valid(buf, blen, NULL)))
        tldr_utf8_spans_to_chars(sp, n, buf, blen);
    Py_END_ALLOW_THREADS
    if (s != TLDR_OK) {
        if (s == TLDR_ERR_ARG)
            tldr_raise_status(st, s, "ids[%zu]: expected a token id, got %d, an id no token has", bad, ids[bad]);
        else
            tldr_raise_status(st, s, "decode: %s", tldr_status_str(s));
        goto done;
    }
    PyObject *data = valid && want_offsets ? PyUnicode_DecodeUTF8((const char *)buf, (Py_ssize_t)blen, NULL)
                                           : PyBytes_FromStringAndSize((const char *)buf, (Py_ssize_t)blen);
    if (!data || !want_offsets) {
        res = data;
        goto done;
    }
    npy_intp d2[2] = {(npy_intp)n, 2};
    PyObject *spans = PyArray_SimpleNew(2, d2, NPY_INT64);
    if (!spans) {
        Py_DECREF(data);
        goto done;
    }
    int64_t *po = (int64_t *)PyArray_DATA((PyArrayObject *)spans);
    for (size_t i = 0; i < 2 * n; i++) po[i] = (int64_t)sp[i];
    res = Py_BuildValue("(NN)", data, spans);
done:
    free(buf);
    free(ids);
    free(sp);
    Py_DECREF(a);
    return res;
}

/* ---- the vocab --------------------------------------------------------------------------- */

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
     "encode(text, modes=None) -> (ids int32 (n,), offsets int64 (n, 2))"},
    {"pretokenize", (PyCFunction)(void (*)(void))BPE_pretokenize, METH_VARARGS | METH_KEYWORDS,
     "pretokenize(text, modes=None) -> (ids int32 (n,): -1 or an added token's id, offsets int64 (n, 2))"},
    {"encode_batch", (PyCFunction)(void (*)(void))BPE_encode_batch, METH_VARARGS | METH_KEYWORDS,
     "encode_batch(texts, modes=None, num_threads=None) -> (ids, offsets, row_splits)"},
    {"decode", (PyCFunction)(void (*)(void))BPE_decode, METH_VARARGS | METH_KEYWORDS,
     "decode(ids, strip_first=False, offsets=False) -> bytes; with offsets: (str, str offsets int64 (n, 2)), "
     "or (bytes, byte spans) when the bytes are not valid UTF-8"},
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
    {Py_tp_doc,
     "BPE(kind, tokens, offsets, ids, **options): the C tokenizer engine (see tldr.Tokenizer).\n\n"
     "kind: 'bytes' (byte-level BPE), 'chars' (SentencePiece-style BPE) or 'wordpiece'.\n"
     "tokens/offsets/ids: the vocab as a byte blob, int64 offsets (n + 1) and int32 ids (n).\n"
     "dec_tokens/dec_offsets: decode bytes per token. merges: int32 (m, 2) id pairs, or\n"
     "merge_text/merge_offsets/merge_seps: merges as text; neither: the tiktoken rule.\n"
     "added/added_offsets/added_ids/added_texts: added tokens. pattern: pre-tokenizer regex.\n"
     "prepend_space: 'never', 'always', 'unless_space' or 'first' (character BPE)."},
    {0, NULL}};

static PyType_Spec BPE_spec = {
    .name = "tldr._core.BPE",
    .basicsize = sizeof(BPEObject),
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_IMMUTABLETYPE,
    .slots = BPE_slots,
};

/* ---- for other bindings (tokenizer_py.h) ------------------------------------------------ */

const tldr_bpe *tldr_py_bpe(tldr_module_state *st, PyObject *obj, PyObject *modes, const uint8_t **modes_out)
{
    PyObject *tp = st->types[TLDR_TYPE_TOKENIZER];
    if (!tp || !PyObject_TypeCheck(obj, (PyTypeObject *)tp)) {
        PyErr_Format(st->DTypeError, "tokenizer: expected a tldr._core.BPE, got %.100s", Py_TYPE(obj)->tp_name);
        return NULL;
    }
    if (parse_modes((BPEObject *)obj, st, modes, modes_out) < 0) return NULL;
    return ((BPEObject *)obj)->bpe;
}

tldr_bpe_scratch *tldr_py_bpe_take_scratch(PyObject *obj) { return take_scratch((BPEObject *)obj); }

void tldr_py_bpe_give_scratch(PyObject *obj, tldr_bpe_scratch *s) { give_scratch((BPEObject *)obj, s); }

PyObject *tldr_py_bpe_raise(tldr_module_state *st, PyObject *obj, tldr_status s, const char *text, size_t len,
                            const tldr_bpe_error *err)
{
    return raise_encode_error((BPEObject *)obj, st, s, text, len, err);
}

int tldr_py_tokenizer_register(PyObject *m)
{
    tldr_module_state *st = tldr_state(m);
    PyObject *tp = PyType_FromModuleAndSpec(m, &BPE_spec, NULL);
    if (!tp) return -1;
    st->types[TLDR_TYPE_TOKENIZER] = tp;
    return PyModule_AddObjectRef(m, "BPE", tp);
}
