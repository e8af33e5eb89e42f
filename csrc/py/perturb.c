/* py/perturb.c: binding of the perturbation engine (csrc/core/perturb/) as
 * tldr._core.PerturbEngine. The Python layer (tldr/perturb/) resolves lexicon files, names
 * categories and builds Perturbation objects; here text is converted (UTF-8 in, str
 * offsets out), the GIL released around the engine and statuses raised as exceptions.
 *
 *   PerturbEngine(files)                                      files: (name, kind, bytes)
 *   .draw(text, categories, n, seed, balance=0xFF)           -> [(negative, cat, edits)]
 *   .enumerate(text, category)                               -> [(negative, cat, edits)]
 *   .draw_batch(texts, categories, n, seed, num_threads=None, balance=0xFF)
 *       -> (negatives, source_index, category, edit_splits, edits)
 *   .count_batch(texts, num_threads=None)                    -> (site_counts, pair_counts)
 *   .dump()                                                   -> str (the parsed lexicon)
 * edits: (start, end, new_start, new_end) str offsets into the caption and the negative.
 */
#include "binding.h"
#include "perturb_py.h"
#include "perturb/perturb.h"
#include "util/utf8.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    PyObject_HEAD
    tldr_perturb_engine *eng;
} EngineObject;

/* ------------------------------------------------------------------ constructor ------- */
/* files: a sequence of (name: str, kind: int, data: bytes) into the arrays (borrowed from
 * the tuple seq, which the caller keeps alive) */
static int parse_files(tldr_module_state *st, PyObject *seq, const char **names, int *kinds, const uint8_t **data,
                       size_t *lens)
{
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(seq); i++) {
        PyObject *item = PyTuple_GET_ITEM(seq, i), *name, *bytes;
        int kind;
        if (!PyTuple_Check(item) || !PyArg_ParseTuple(item, "UiS", &name, &kind, &bytes)) {
            if (!PyErr_Occurred() || PyErr_ExceptionMatches(PyExc_TypeError)) {
                PyErr_Clear();
                PyErr_SetString(st->DTypeError, "files must be (name: str, kind: int, data: bytes) tuples");
            }
            return -1;
        }
        Py_ssize_t nl;
        if (!(names[i] = tldr_py_utf8(st, name, &nl, "a lexicon file name"))) return -1;
        if (kind < 0 || kind >= TLDR_LEX_NKINDS) {
            PyErr_Format(st->InvalidInputError, "lexicon kind must be in [0, %d), got %d", TLDR_LEX_NKINDS, kind);
            return -1;
        }
        kinds[i] = kind;
        data[i] = (const uint8_t *)PyBytes_AS_STRING(bytes);
        lens[i] = (size_t)PyBytes_GET_SIZE(bytes);
    }
    return 0;
}

static PyObject *Engine_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"files", NULL};
    PyObject *files;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O:PerturbEngine", kwlist, &files)) return NULL;
    tldr_module_state *st = tldr_state_from_type(type);
    if (!st) return NULL;
    PyObject *seq = PySequence_Tuple(files);
    if (!seq) return NULL;
    size_t n = (size_t)PyTuple_GET_SIZE(seq);
    const char **names = calloc(n + 1, sizeof *names);
    int *kinds = calloc(n + 1, sizeof *kinds);
    const uint8_t **data = calloc(n + 1, sizeof *data);
    size_t *lens = calloc(n + 1, sizeof *lens);
    PyObject *res = NULL;
    if (!names || !kinds || !data || !lens) {
        PyErr_NoMemory();
        goto done;
    }
    if (parse_files(st, seq, names, kinds, data, lens) < 0) goto done;
    tldr_perturb_engine *eng = NULL;
    char err[512]; /* "file:line: message" (file names are paths; messages quote 40 bytes) */
    tldr_status s = tldr_perturb_engine_new(&eng, n, names, kinds, data, lens, err, sizeof err);
    if (s != TLDR_OK) {
        if (s == TLDR_ERR_FORMAT) PyErr_SetString(st->FileFormatError, err);
        else tldr_raise_status(st, s, "cannot build the perturbation engine: %s", tldr_status_str(s));
        goto done;
    }
    EngineObject *self = (EngineObject *)type->tp_alloc(type, 0);
    if (!self) {
        tldr_perturb_engine_free(eng);
        goto done;
    }
    self->eng = eng;
    res = (PyObject *)self;
done:
    free(names);
    free(kinds);
    free(data);
    free(lens);
    Py_DECREF(seq);
    return res;
}

static void Engine_dealloc(EngineObject *self)
{
    PyTypeObject *tp = Py_TYPE(self);
    PyObject_GC_UnTrack(self);
    tldr_perturb_engine_free(self->eng);
    tp->tp_free((PyObject *)self);
    Py_DECREF(tp);
}

static int Engine_traverse(EngineObject *self, visitproc visit, void *arg)
{
    Py_VISIT(Py_TYPE(self));
    return 0;
}

/* ------------------------------------------------------------------ argument intake --- */
/* A category index in [0, 8). */
static int parse_category(tldr_module_state *st, PyObject *obj, int *cat)
{
    long c = PyLong_AsLong(obj);
    if (c == -1 && PyErr_Occurred()) return -1;
    if (c < 0 || c >= TLDR_PERTURB_NCAT) {
        PyErr_Format(st->InvalidInputError, "category index must be in [0, %d), got %ld", TLDR_PERTURB_NCAT, c);
        return -1;
    }
    *cat = (int)c;
    return 0;
}


int tldr_py_perturb_draw_args(tldr_module_state *st, PyObject *catobj, Py_ssize_t n, unsigned long long seed,
                              int balance, tldr_py_draw_args *a)
{
    if (balance < 0 || balance > 0xFF) {
        PyErr_Format(st->InvalidInputError, "balance must be a category bit mask in [0, 255], got %d", balance);
        return -1;
    }
    if (n < 0) {
        PyErr_Format(st->InvalidInputError, "n must be >= 0, got %zd", n);
        return -1;
    }
    PyObject *seq = PySequence_Tuple(catobj);
    if (!seq) return -1;
    Py_ssize_t nc = PyTuple_GET_SIZE(seq);
    int rc = 0;
    if (nc > TLDR_PERTURB_NCAT) {
        PyErr_Format(st->InvalidInputError, "at most %d categories, got %zd", TLDR_PERTURB_NCAT, nc);
        rc = -1;
    }
    for (Py_ssize_t i = 0; i < nc && !rc; i++) rc = parse_category(st, PyTuple_GET_ITEM(seq, i), &a->cats[i]);
    Py_DECREF(seq);
    a->ncats = (size_t)nc;
    a->n = (size_t)n;
    a->seed = (uint64_t)seed;
    a->balance = (unsigned)balance;
    return rc;
}


void tldr_py_perturb_texts_free(tldr_py_texts *T)
{
    Py_XDECREF(T->seq);
    free(T->texts);
    free(T->lens);
}

int tldr_py_perturb_texts(tldr_module_state *st, PyObject *obj, tldr_py_texts *T)
{
    memset(T, 0, sizeof *T);
    if (PyUnicode_Check(obj)) {
        PyErr_SetString(st->DTypeError, "texts must be a sequence of str, not a str");
        return -1;
    }
    if (!(T->seq = PySequence_Tuple(obj))) return -1;
    T->n = (size_t)PyTuple_GET_SIZE(T->seq);
    T->texts = calloc(T->n + 1, sizeof *T->texts);
    T->lens = calloc(T->n + 1, sizeof *T->lens);
    if (!T->texts || !T->lens) {
        PyErr_NoMemory();
        return -1;
    }
    for (size_t i = 0; i < T->n; i++) {
        PyObject *o = PyTuple_GET_ITEM(T->seq, (Py_ssize_t)i);
        Py_ssize_t l;
        if (!PyUnicode_Check(o)) {
            PyErr_Format(st->DTypeError, "captions must be str, item %zu is %.100s", i, Py_TYPE(o)->tp_name);
            return -1;
        }
        if (!(T->texts[i] = tldr_py_utf8(st, o, &l, "a caption"))) return -1;
        T->lens[i] = (size_t)l;
    }
    return 0;
}

/* ------------------------------------------------------------------ results ----------- */
/* byte spans sp[0..2n) of text (len bytes) as str offsets, into a reusable buffer */
typedef struct {
    size_t *p;
    size_t cap;
} span_buf;

static size_t *spans_chars(span_buf *b, size_t n, const tldr_perturb_result *r, int new_side, const uint8_t *text,
                           size_t len)
{
    if (2 * n + 1 > b->cap) {
        size_t *np = realloc(b->p, (2 * n + 1) * sizeof *np);
        if (!np) return NULL;
        b->p = np;
        b->cap = 2 * n + 1;
    }
    for (size_t k = 0; k < n; k++) {
        const tldr_perturb_edit *e = &r->edits[k];
        b->p[2 * k] = new_side ? e->new_start : e->start;
        b->p[2 * k + 1] = new_side ? e->new_end : e->end;
    }
    tldr_utf8_spans_to_chars(b->p, n, text, len);
    return b->p;
}

/* the str offsets of r's edits in the caption (src) and in the negative: 4 per edit */
static int result_offsets(span_buf *ob, span_buf *nb, const tldr_perturb_result *r, const char *src, size_t slen,
                          size_t **o, size_t **nw)
{
    *o = spans_chars(ob, r->n_edits, r, 0, (const uint8_t *)src, slen);
    *nw = spans_chars(nb, r->n_edits, r, 1, (const uint8_t *)r->text, r->len);
    if (!*o || !*nw) {
        PyErr_NoMemory();
        return -1;
    }
    return 0;
}

/* [(negative, category, [(start, end, new_start, new_end)])] */
static PyObject *results_to_list(const tldr_perturb_result *res, size_t nres, const char *src, size_t slen)
{
    span_buf ob = {0}, nb = {0};
    PyObject *list = PyList_New((Py_ssize_t)nres);
    for (size_t k = 0; list && k < nres; k++) {
        const tldr_perturb_result *r = &res[k];
        size_t *o, *nw;
        PyObject *text = NULL, *edits = NULL, *item = NULL;
        if (result_offsets(&ob, &nb, r, src, slen, &o, &nw) == 0 &&
            (text = PyUnicode_DecodeUTF8(r->text, (Py_ssize_t)r->len, "strict")) &&
            (edits = PyList_New((Py_ssize_t)r->n_edits))) {
            size_t q = 0;
            for (; q < r->n_edits; q++) {
                PyObject *t = Py_BuildValue("(nnnn)", (Py_ssize_t)o[2 * q], (Py_ssize_t)o[2 * q + 1],
                                            (Py_ssize_t)nw[2 * q], (Py_ssize_t)nw[2 * q + 1]);
                if (!t) break;
                PyList_SET_ITEM(edits, (Py_ssize_t)q, t);
            }
            if (q == r->n_edits) item = Py_BuildValue("(OiO)", text, r->cat, edits);
        }
        Py_XDECREF(text);
        Py_XDECREF(edits);
        if (!item) {
            Py_CLEAR(list);
            break;
        }
        PyList_SET_ITEM(list, (Py_ssize_t)k, item);
    }
    free(ob.p);
    free(nb.p);
    return list;
}

/* a core status of a call on one caption as an exception (NULL) */
PyObject *tldr_py_perturb_raise(tldr_module_state *st, tldr_status s, const char *what)
{
    if (s == TLDR_ERR_LIMIT)
        return tldr_raise_status(st, s, "the candidates of this caption exceed 256 MiB of text; use perturb() to draw "
                                        "some");
    if (s == TLDR_ERR_THREAD) return tldr_raise_status(st, s, "cannot start worker threads");
    if (s == TLDR_ERR_REGEX)
        return tldr_raise_status(st, s, "a quote/protect pattern of patterns.txt failed on this caption: it hit "
                                        "PCRE2's match limits (catastrophic backtracking?)");
    return tldr_raise_status(st, s, "%s failed: %s", what, tldr_status_str(s));
}

/* ------------------------------------------------------------------ one caption ------- */
/* The negatives of one caption as a list: drawn with a (a != NULL), else every candidate
 * of category cat. */
static PyObject *run_one(EngineObject *self, tldr_module_state *st, PyObject *text, const tldr_py_draw_args *a, int cat)
{
    Py_ssize_t len;
    const char *t = tldr_py_utf8(st, text, &len, "text");
    if (!t) return NULL;
    tldr_perturb_result *res = NULL;
    size_t nres = 0;
    tldr_status s;
    Py_BEGIN_ALLOW_THREADS
    tldr_perturb_scratch *x = tldr_perturb_scratch_new(self->eng);
    if (!x) s = TLDR_ERR_NOMEM;
    else if (a)
        s = tldr_perturb_draw(x, (const uint8_t *)t, (size_t)len, a->cats, a->ncats, a->n, a->seed, a->balance, &res,
                              &nres);
    else s = tldr_perturb_enumerate(x, (const uint8_t *)t, (size_t)len, cat, &res, &nres);
    tldr_perturb_scratch_free(x);
    Py_END_ALLOW_THREADS
    if (s != TLDR_OK) return tldr_py_perturb_raise(st, s, "perturbation");
    PyObject *list = results_to_list(res, nres, t, (size_t)len);
    tldr_perturb_results_free(res, nres);
    return list;
}

static PyObject *Engine_draw(EngineObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"text", "categories", "n", "seed", "balance", NULL};
    tldr_module_state *st = tldr_state_from_type(Py_TYPE(self));
    if (!st) return NULL;
    PyObject *text, *catobj;
    Py_ssize_t n;
    unsigned long long seed;
    int balance = 0xFF;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "OOnK|i:draw", kwlist, &text, &catobj, &n, &seed, &balance))
        return NULL;
    tldr_py_draw_args a;
    if (tldr_py_perturb_draw_args(st, catobj, n, seed, balance, &a) < 0) return NULL;
    return run_one(self, st, text, &a, 0);
}

static PyObject *Engine_enumerate(EngineObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"text", "category", NULL};
    tldr_module_state *st = tldr_state_from_type(Py_TYPE(self));
    if (!st) return NULL;
    PyObject *text, *catobj;
    int cat;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "OO:enumerate", kwlist, &text, &catobj)) return NULL;
    if (parse_category(st, catobj, &cat) < 0) return NULL;
    return run_one(self, st, text, NULL, cat);
}

/* ------------------------------------------------------------------ batches ----------- */
/* Captions split over threads: thread t takes captions t, t + nthreads, ... with its own
 * scratch; per caption a status and either negatives or counts. */
typedef struct {
    const tldr_perturb_engine *eng;
    const tldr_py_texts *T;
    size_t nthreads;
    const tldr_py_draw_args *a; /* NULL: count */
    tldr_perturb_result **res;
    size_t *nres;
    tldr_perturb_counts *counts;
    tldr_status *status;
} batch_job;

static void batch_worker(void *arg, size_t t)
{
    batch_job *J = arg;
    tldr_perturb_scratch *x = tldr_perturb_scratch_new(J->eng);
    for (size_t i = t; i < J->T->n; i += J->nthreads) {
        const uint8_t *text = (const uint8_t *)J->T->texts[i];
        if (!x) J->status[i] = TLDR_ERR_NOMEM;
        else if (J->a)
            J->status[i] = tldr_perturb_draw(x, text, J->T->lens[i], J->a->cats, J->a->ncats, J->a->n, J->a->seed,
                                             J->a->balance, &J->res[i], &J->nres[i]);
        else J->status[i] = tldr_perturb_count(x, text, J->T->lens[i], &J->counts[i]);
    }
    tldr_perturb_scratch_free(x);
}

static void job_free(batch_job *J)
{
    for (size_t i = 0; J->res && i < J->T->n; i++) tldr_perturb_results_free(J->res[i], J->nres[i]);
    for (size_t i = 0; J->counts && i < J->T->n; i++) tldr_perturb_counts_free(&J->counts[i]);
    free(J->res);
    free(J->nres);
    free(J->counts);
    free(J->status);
}

/* run the job on the captions with the GIL released; -1 with an exception set */
static int run_job(tldr_module_state *st, batch_job *J, PyObject *thr)
{
    size_t nt = J->T->n, nthreads;
    if (tldr_parse_threads(st, thr, &nthreads) < 0) return -1;
    J->nthreads = nthreads > nt ? (nt ? nt : 1) : nthreads;
    J->status = calloc(nt + 1, sizeof *J->status);
    if (J->a) {
        J->res = calloc(nt + 1, sizeof *J->res);
        J->nres = calloc(nt + 1, sizeof *J->nres);
    } else {
        J->counts = calloc(nt + 1, sizeof *J->counts);
    }
    if (!J->status || (J->a ? !J->res || !J->nres : !J->counts)) {
        PyErr_NoMemory();
        return -1;
    }
    tldr_status ts;
    Py_BEGIN_ALLOW_THREADS
    ts = tldr_parallel_run(J->nthreads, batch_worker, J);
    Py_END_ALLOW_THREADS
    if (ts != TLDR_OK) {
        tldr_py_perturb_raise(st, ts, "perturbation");
        return -1;
    }
    for (size_t i = 0; i < nt; i++)
        if (J->status[i] != TLDR_OK) {
            tldr_raise_status(st, J->status[i], "perturbation of caption %zu failed: %s", i,
                              tldr_status_str(J->status[i]));
            return -1;
        }
    return 0;
}

/* the draw results as flat arrays: negatives (list of str), source_index int64 (m,),
 * category int8 (m,), edit_splits int64 (m+1,), edits int64 (e, 4) str offsets */
static PyObject *batch_arrays(const batch_job *J)
{
    const tldr_py_texts *T = J->T;
    size_t m = 0, ne = 0;
    for (size_t i = 0; i < T->n; i++) {
        m += J->nres[i];
        for (size_t k = 0; k < J->nres[i]; k++) ne += J->res[i][k].n_edits;
    }
    npy_intp dm = (npy_intp)m, dm1 = (npy_intp)m + 1, de[2] = {(npy_intp)ne, 4};
    PyObject *negs = PyList_New((Py_ssize_t)m), *src = PyArray_SimpleNew(1, &dm, NPY_INT64),
             *cat = PyArray_SimpleNew(1, &dm, NPY_INT8), *spl = PyArray_SimpleNew(1, &dm1, NPY_INT64),
             *eds = PyArray_SimpleNew(2, de, NPY_INT64);
    span_buf ob = {0}, nb = {0};
    if (!negs || !src || !cat || !spl || !eds) goto fail;
    int64_t *psrc = PyArray_DATA((PyArrayObject *)src), *pspl = PyArray_DATA((PyArrayObject *)spl),
            *peds = PyArray_DATA((PyArrayObject *)eds);
    int8_t *pcat = PyArray_DATA((PyArrayObject *)cat);
    size_t r = 0, e = 0;
    pspl[0] = 0;
    for (size_t i = 0; i < T->n; i++) {
        for (size_t k = 0; k < J->nres[i]; k++, r++) {
            const tldr_perturb_result *R = &J->res[i][k];
            size_t *o, *nw;
            if (result_offsets(&ob, &nb, R, T->texts[i], T->lens[i], &o, &nw) < 0) goto fail;
            PyObject *s = PyUnicode_DecodeUTF8(R->text, (Py_ssize_t)R->len, "strict");
            if (!s) goto fail;
            PyList_SET_ITEM(negs, (Py_ssize_t)r, s);
            psrc[r] = (int64_t)i;
            pcat[r] = (int8_t)R->cat;
            for (size_t q = 0; q < R->n_edits; q++, e++) {
                peds[4 * e + 0] = (int64_t)o[2 * q];
                peds[4 * e + 1] = (int64_t)o[2 * q + 1];
                peds[4 * e + 2] = (int64_t)nw[2 * q];
                peds[4 * e + 3] = (int64_t)nw[2 * q + 1];
            }
            pspl[r + 1] = (int64_t)e;
        }
    }
    free(ob.p);
    free(nb.p);
    return Py_BuildValue("(NNNNN)", negs, src, cat, spl, eds);
fail:
    free(ob.p);
    free(nb.p);
    Py_XDECREF(negs);
    Py_XDECREF(src);
    Py_XDECREF(cat);
    Py_XDECREF(spl);
    Py_XDECREF(eds);
    return NULL;
}

static PyObject *Engine_draw_batch(EngineObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"texts", "categories", "n", "seed", "num_threads", "balance", NULL};
    tldr_module_state *st = tldr_state_from_type(Py_TYPE(self));
    if (!st) return NULL;
    PyObject *textsobj, *catobj, *thr = Py_None;
    Py_ssize_t n;
    unsigned long long seed;
    int balance = 0xFF;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "OOnK|Oi:draw_batch", kwlist, &textsobj, &catobj, &n, &seed, &thr,
                                     &balance))
        return NULL;
    tldr_py_draw_args a;
    if (tldr_py_perturb_draw_args(st, catobj, n, seed, balance, &a) < 0) return NULL;
    tldr_py_texts T;
    batch_job J = {self->eng, &T, 0, &a};
    PyObject *out = NULL;
    if (tldr_py_perturb_texts(st, textsobj, &T) == 0 && run_job(st, &J, thr) == 0) out = batch_arrays(&J);
    job_free(&J);
    tldr_py_perturb_texts_free(&T);
    return out;
}

/* dicts[pair][key] += 1 for every key of the counts */
static int add_counts(PyObject *dicts[2], const tldr_perturb_counts *c)
{
    for (size_t k = 0; k < c->nkeys; k++) {
        const tldr_perturb_key *key = &c->keys[k];
        PyObject *d = dicts[key->pair ? 1 : 0];
        PyObject *s = PyUnicode_DecodeUTF8(c->text + key->off, (Py_ssize_t)key->len, "strict");
        if (!s) return -1;
        PyObject *cur = PyDict_GetItemWithError(d, s); /* borrowed; our own ints */
        PyObject *nv = cur || !PyErr_Occurred() ? PyLong_FromLong(cur ? PyLong_AsLong(cur) + 1 : 1) : NULL;
        int rc = nv ? PyDict_SetItem(d, s, nv) : -1;
        Py_XDECREF(nv);
        Py_DECREF(s);
        if (rc < 0) return -1;
    }
    return 0;
}

static PyObject *Engine_count_batch(EngineObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"texts", "num_threads", NULL};
    tldr_module_state *st = tldr_state_from_type(Py_TYPE(self));
    if (!st) return NULL;
    PyObject *textsobj, *thr = Py_None;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O|O:count_batch", kwlist, &textsobj, &thr)) return NULL;
    tldr_py_texts T;
    batch_job J = {self->eng, &T, 0, NULL};
    PyObject *dicts[2] = {NULL, NULL}, *out = NULL;
    if (tldr_py_perturb_texts(st, textsobj, &T) == 0 && run_job(st, &J, thr) == 0 && (dicts[0] = PyDict_New()) &&
        (dicts[1] = PyDict_New())) {
        size_t i = 0;
        while (i < T.n && add_counts(dicts, &J.counts[i]) == 0) i++;
        if (i == T.n) out = PyTuple_Pack(2, dicts[0], dicts[1]);
    }
    Py_XDECREF(dicts[0]);
    Py_XDECREF(dicts[1]);
    job_free(&J);
    tldr_py_perturb_texts_free(&T);
    return out;
}

/* dump() -> str: the parsed lexicon (tldr_perturb_engine_dump), for tests */
static PyObject *Engine_dump(EngineObject *self, PyObject *noargs)
{
    tldr_module_state *st = tldr_state_from_type(Py_TYPE(self));
    if (!st) return NULL;
    char *text = NULL;
    size_t len = 0;
    tldr_status s = tldr_perturb_engine_dump(self->eng, &text, &len);
    if (s != TLDR_OK) return tldr_raise_status(st, s, "cannot dump the lexicon: %s", tldr_status_str(s));
    PyObject *out = PyUnicode_DecodeUTF8(text ? text : "", (Py_ssize_t)len, "strict");
    free(text);
    return out;
}

static PyMethodDef Engine_methods[] = {
    {"dump", (PyCFunction)Engine_dump, METH_NOARGS,
     "dump() -> str: the parsed lexicon tables, one line per form, words-class phrase and weight (for tests)."},
    {"draw", (PyCFunction)(void (*)(void))Engine_draw, METH_VARARGS | METH_KEYWORDS,
     "draw(text, categories, n, seed, balance=0xFF) -> list of (negative, category index, "
     "[(start, end, new_start, new_end)]):\nup to n distinct negatives over the categories in rotation; categories "
     "whose bit is set in balance are balanced (see Perturber)."},
    {"enumerate", (PyCFunction)(void (*)(void))Engine_enumerate, METH_VARARGS | METH_KEYWORDS,
     "enumerate(text, category) -> list of (negative, category index, [(start, end, new_start, new_end)]):\n"
     "every distinct negative of one category."},
    {"draw_batch", (PyCFunction)(void (*)(void))Engine_draw_batch, METH_VARARGS | METH_KEYWORDS,
     "draw_batch(texts, categories, n, seed, num_threads=None, balance=0xFF) -> (negatives, source_index, category, "
     "edit_splits, edits):\ndraw() for every text, with the GIL released and the texts split over threads."},
    {"count_batch", (PyCFunction)(void (*)(void))Engine_count_batch, METH_VARARGS | METH_KEYWORDS,
     "count_batch(texts, num_threads=None) -> (site_counts, pair_counts): the corpus counts of balanced sampling "
     "over the texts,\n{key: count} for value, form-count and counterfactual keys and for 'CONTEXT VALUE WORD' keys."},
    {NULL, NULL, 0, NULL}};

static PyType_Slot Engine_slots[] = {
    {Py_tp_new, Engine_new},
    {Py_tp_dealloc, Engine_dealloc},
    {Py_tp_traverse, Engine_traverse},
    {Py_tp_methods, Engine_methods},
    {Py_tp_doc, "PerturbEngine(files): the C rule engine built from (name, kind, bytes) lexicon files."},
    {0, NULL}};

static PyType_Spec Engine_spec = {
    .name = "tldr._core.PerturbEngine",
    .basicsize = sizeof(EngineObject),
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_IMMUTABLETYPE,
    .slots = Engine_slots,
};

const tldr_perturb_engine *tldr_py_perturb_engine(tldr_module_state *st, PyObject *obj)
{
    PyObject *tp = st->types[TLDR_TYPE_PERTURBER];
    if (!tp || !PyObject_TypeCheck(obj, (PyTypeObject *)tp)) {
        PyErr_Format(st->DTypeError, "engine: expected a tldr._core.PerturbEngine, got %.100s", Py_TYPE(obj)->tp_name);
        return NULL;
    }
    return ((EngineObject *)obj)->eng;
}

int tldr_py_perturb_register(PyObject *m)
{
    tldr_module_state *st = tldr_state(m);
    PyObject *tp = PyType_FromModuleAndSpec(m, &Engine_spec, NULL);
    if (!tp) return -1;
    st->types[TLDR_TYPE_PERTURBER] = tp;
    return PyModule_AddObjectRef(m, "PerturbEngine", tp);
}
