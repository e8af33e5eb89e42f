/* py/perturb.c: binding of perturb.c as tldr._core.PerturbEngine and
 * tldr._core.token_diff. The Python layer (tldr/perturb.py) resolves lexicon files,
 * names categories and builds Perturbation objects; here we only convert text (UTF-8
 * in, str offsets out), release the GIL and map statuses to exceptions. */
#include "binding.h"
#include "perturb/perturb.h"
#include "regex.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
    PyObject_HEAD
    tldr_perturb_engine *eng;
} EngineObject;

static PyObject *Engine_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"files", NULL};
    PyObject *files;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O:PerturbEngine", kwlist, &files)) return NULL;
    tldr_module_state *st = tldr_state_from_type(type);
    if (!st) return NULL;
    PyObject *seq = PySequence_Tuple(files);
    if (!seq) return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(seq);
    const char **names = calloc((size_t)n + 1, sizeof *names);
    int *kinds = calloc((size_t)n + 1, sizeof *kinds);
    const uint8_t **data = calloc((size_t)n + 1, sizeof *data);
    size_t *lens = calloc((size_t)n + 1, sizeof *lens);
    PyObject *res = NULL;
    if (!names || !kinds || !data || !lens) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *item = PyTuple_GET_ITEM(seq, i);
        PyObject *name, *bytes;
        int kind;
        if (!PyTuple_Check(item) || !PyArg_ParseTuple(item, "UiS", &name, &kind, &bytes)) {
            if (!PyErr_Occurred() || PyErr_ExceptionMatches(PyExc_TypeError)) {
                PyErr_Clear();
                PyErr_SetString(PyExc_TypeError, "files must be (name: str, kind: int, data: bytes) tuples");
            }
            goto done;
        }
        names[i] = PyUnicode_AsUTF8(name);
        if (!names[i]) goto done;
        if (kind < 0 || kind >= TLDR_LEX_NKINDS) {
            PyErr_Format(st->InvalidInputError, "lexicon kind must be in [0, %d), got %d", TLDR_LEX_NKINDS, kind);
            goto done;
        }
        kinds[i] = kind;
        data[i] = (const uint8_t *)PyBytes_AS_STRING(bytes);
        lens[i] = (size_t)PyBytes_GET_SIZE(bytes);
    }
    tldr_perturb_engine *eng = NULL;
    char err[512];
    tldr_status s = tldr_perturb_engine_new(&eng, (size_t)n, names, kinds, data, lens, err, sizeof err);
    if (s != TLDR_OK) {
        if (s == TLDR_ERR_FORMAT || s == TLDR_ERR_REGEX)
            PyErr_SetString(st->FileFormatError, err);
        else
            tldr_raise_status(st, s, "cannot build the perturbation engine: %s", tldr_status_str(s));
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

static int parse_cats(tldr_module_state *st, PyObject *obj, int *cats, size_t *ncats)
{
    PyObject *seq = PySequence_Tuple(obj);
    if (!seq) return -1;
    Py_ssize_t n = PyTuple_GET_SIZE(seq);
    if (n > TLDR_PERTURB_NCAT) {
        Py_DECREF(seq);
        PyErr_Format(st->InvalidInputError, "at most %d categories, got %zd", TLDR_PERTURB_NCAT, n);
        return -1;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        long c = PyLong_AsLong(PyTuple_GET_ITEM(seq, i));
        if (c == -1 && PyErr_Occurred()) {
            Py_DECREF(seq);
            return -1;
        }
        if (c < 0 || c >= TLDR_PERTURB_NCAT) {
            Py_DECREF(seq);
            PyErr_Format(st->InvalidInputError, "category index must be in [0, 8), got %ld", c);
            return -1;
        }
        cats[i] = (int)c;
    }
    *ncats = (size_t)n;
    Py_DECREF(seq);
    return 0;
}

/* (text, cat, [(start, end, new_start, new_end)]) with str offsets */
static PyObject *result_to_py(const uint8_t *src, size_t slen, const size_t *sidx, const tldr_perturb_result *r)
{
    size_t *nidx = malloc((r->len + 1) * sizeof *nidx);
    if (!nidx) return PyErr_NoMemory();
    tldr_utf8_char_index(nidx, (const uint8_t *)r->text, r->len);
    PyObject *text = PyUnicode_DecodeUTF8(r->text, (Py_ssize_t)r->len, "strict");
    PyObject *edits = PyList_New((Py_ssize_t)r->n_edits);
    PyObject *out = NULL;
    if (!text || !edits) goto done;
    for (size_t k = 0; k < r->n_edits; k++) {
        const tldr_perturb_edit *e = &r->edits[k];
        PyObject *t = Py_BuildValue("(nnnn)", (Py_ssize_t)sidx[e->start], (Py_ssize_t)sidx[e->end],
                                    (Py_ssize_t)nidx[e->new_start], (Py_ssize_t)nidx[e->new_end]);
        if (!t) goto done;
        PyList_SET_ITEM(edits, (Py_ssize_t)k, t);
    }
    out = Py_BuildValue("(OiO)", text, r->cat, edits);
done:
    (void)src;
    (void)slen;
    free(nidx);
    Py_XDECREF(text);
    Py_XDECREF(edits);
    return out;
}

/* run(text, cats, n, seed, mode, balance=0xFF) -> list of (text, cat, edits) */
static PyObject *Engine_run(EngineObject *self, PyObject *args)
{
    tldr_module_state *st = tldr_state_from_type(Py_TYPE(self));
    if (!st) return NULL;
    PyObject *text, *catobj;
    Py_ssize_t n;
    unsigned long long seed;
    int mode;
    int balance = 0xFF;
    if (!PyArg_ParseTuple(args, "UOnKi|i:run", &text, &catobj, &n, &seed, &mode, &balance)) return NULL;
    if (balance < 0 || balance > 0xFF)
        return tldr_raise_status(st, TLDR_ERR_ARG, "balance must be a category bit mask in [0, 255], got %d", balance);
    if (n < 0) return tldr_raise_status(st, TLDR_ERR_ARG, "n must be >= 0, got %zd", n);
    if (mode < 0 || mode > 1) return tldr_raise_status(st, TLDR_ERR_ARG, "mode must be 0 or 1, got %d", mode);
    int cats[TLDR_PERTURB_NCAT];
    size_t ncats;
    if (parse_cats(st, catobj, cats, &ncats) < 0) return NULL;
    Py_ssize_t len;
    const char *t = PyUnicode_AsUTF8AndSize(text, &len);
    if (!t) return NULL;
    tldr_perturb_result *res = NULL;
    size_t nres = 0;
    size_t *sidx = malloc(((size_t)len + 1) * sizeof *sidx);
    if (!sidx) return PyErr_NoMemory();
    tldr_status s;
    Py_BEGIN_ALLOW_THREADS
    s = tldr_perturb_run(self->eng, (const uint8_t *)t, (size_t)len, cats, ncats, (size_t)n, (uint64_t)seed, mode,
                         (unsigned)balance, &res, &nres);
    if (s == TLDR_OK) tldr_utf8_char_index(sidx, (const uint8_t *)t, (size_t)len);
    Py_END_ALLOW_THREADS
    if (s != TLDR_OK) {
        free(sidx);
        if (s == TLDR_ERR_LIMIT)
            return tldr_raise_status(st, s, "the candidates of this caption (%zd characters) exceed 256 MiB of text; "
                                            "use perturb() to draw some", PyUnicode_GET_LENGTH(text));
        return tldr_raise_status(st, s, "perturbation failed: %s", tldr_status_str(s));
    }
    PyObject *list = PyList_New((Py_ssize_t)nres);
    for (size_t k = 0; list && k < nres; k++) {
        PyObject *o = result_to_py((const uint8_t *)t, (size_t)len, sidx, &res[k]);
        if (!o) {
            Py_CLEAR(list);
            break;
        }
        PyList_SET_ITEM(list, (Py_ssize_t)k, o);
    }
    tldr_perturb_results_free(res, nres);
    free(sidx);
    return list;
}

typedef struct {
    const tldr_perturb_engine *eng;
    const char **texts;
    size_t *lens;
    size_t ntexts, nthreads, n;
    const int *cats;
    size_t ncats;
    uint64_t seed;
    unsigned balance;
    tldr_perturb_result **res;
    size_t *nres;
    tldr_status *status;
} batch_job;

static void batch_worker(void *arg, size_t t)
{
    batch_job *J = arg;
    tldr_perturb_scratch *x = tldr_perturb_scratch_new(J->eng);
    for (size_t i = t; i < J->ntexts; i += J->nthreads) {
        J->status[i] = x ? tldr_perturb_run_scratch(x, (const uint8_t *)J->texts[i], J->lens[i], J->cats, J->ncats,
                                                    J->n, J->seed, 0, J->balance, &J->res[i], &J->nres[i])
                         : TLDR_ERR_NOMEM;
    }
    tldr_perturb_scratch_free(x);
}

/* run_batch(texts, cats, n, seed, num_threads, balance=0xFF) ->
 *   (negatives: list[str], source_index int64 (m,), category int8 (m,),
 *    edit_splits int64 (m+1,), edits int64 (e, 4) str offsets) */
static PyObject *Engine_run_batch(EngineObject *self, PyObject *args)
{
    tldr_module_state *st = tldr_state_from_type(Py_TYPE(self));
    if (!st) return NULL;
    PyObject *textsobj, *catobj, *thr;
    Py_ssize_t n;
    unsigned long long seed;
    int balance = 0xFF;
    if (!PyArg_ParseTuple(args, "OOnKO|i:run_batch", &textsobj, &catobj, &n, &seed, &thr, &balance)) return NULL;
    if (balance < 0 || balance > 0xFF)
        return tldr_raise_status(st, TLDR_ERR_ARG, "balance must be a category bit mask in [0, 255], got %d", balance);
    if (n < 0) return tldr_raise_status(st, TLDR_ERR_ARG, "n must be >= 0, got %zd", n);
    int cats[TLDR_PERTURB_NCAT];
    size_t ncats, nthreads;
    if (parse_cats(st, catobj, cats, &ncats) < 0) return NULL;
    if (tldr_parse_threads(st, thr, &nthreads) < 0) return NULL;
    PyObject *seq = PySequence_Tuple(textsobj);
    if (!seq) return NULL;
    size_t nt = (size_t)PyTuple_GET_SIZE(seq);
    PyObject *out = NULL;
    batch_job J = {0};
    J.texts = calloc(nt + 1, sizeof *J.texts);
    J.lens = calloc(nt + 1, sizeof *J.lens);
    J.res = calloc(nt + 1, sizeof *J.res);
    J.nres = calloc(nt + 1, sizeof *J.nres);
    J.status = calloc(nt + 1, sizeof *J.status);
    if (!J.texts || !J.lens || !J.res || !J.nres || !J.status) {
        PyErr_NoMemory();
        goto done;
    }
    for (size_t i = 0; i < nt; i++) {
        PyObject *o = PyTuple_GET_ITEM(seq, (Py_ssize_t)i);
        if (!PyUnicode_Check(o)) {
            PyErr_Format(PyExc_TypeError, "captions must be str, item %zu is %.100s", i, Py_TYPE(o)->tp_name);
            goto done;
        }
        Py_ssize_t l;
        J.texts[i] = PyUnicode_AsUTF8AndSize(o, &l);
        if (!J.texts[i]) goto done;
        J.lens[i] = (size_t)l;
    }
    J.eng = self->eng;
    J.ntexts = nt;
    J.nthreads = nthreads > nt ? (nt ? nt : 1) : nthreads;
    J.n = (size_t)n;
    J.cats = cats;
    J.ncats = ncats;
    J.seed = (uint64_t)seed;
    J.balance = (unsigned)balance;
    tldr_status ts;
    Py_BEGIN_ALLOW_THREADS
    ts = tldr_parallel_run(J.nthreads, batch_worker, &J);
    Py_END_ALLOW_THREADS
    if (ts != TLDR_OK) {
        tldr_raise_status(st, ts, "cannot start worker threads");
        goto done;
    }
    size_t m = 0, ne = 0;
    for (size_t i = 0; i < nt; i++) {
        if (J.status[i] != TLDR_OK) {
            tldr_raise_status(st, J.status[i], "perturbation of caption %zu failed: %s", i, tldr_status_str(J.status[i]));
            goto done;
        }
        m += J.nres[i];
        for (size_t k = 0; k < J.nres[i]; k++) ne += J.res[i][k].n_edits;
    }
    npy_intp dm = (npy_intp)m, dm1 = (npy_intp)m + 1, de[2] = {(npy_intp)ne, 4};
    PyObject *negs = PyList_New((Py_ssize_t)m);
    PyObject *src = PyArray_SimpleNew(1, &dm, NPY_INT64);
    PyObject *cat = PyArray_SimpleNew(1, &dm, NPY_INT8);
    PyObject *spl = PyArray_SimpleNew(1, &dm1, NPY_INT64);
    PyObject *eds = PyArray_SimpleNew(2, de, NPY_INT64);
    if (!negs || !src || !cat || !spl || !eds) goto fail;
    {
        int64_t *psrc = PyArray_DATA((PyArrayObject *)src), *pspl = PyArray_DATA((PyArrayObject *)spl),
                *peds = PyArray_DATA((PyArrayObject *)eds);
        int8_t *pcat = PyArray_DATA((PyArrayObject *)cat);
        size_t r = 0, e = 0, cap = 0, ncap = 0;
        size_t *sidx = NULL, *nidx = NULL;
        pspl[0] = 0;
        for (size_t i = 0; i < nt; i++) {
            if (!J.nres[i]) continue;
            if (J.lens[i] + 1 > cap) {
                cap = J.lens[i] * 2 + 64;
                free(sidx);
                sidx = malloc(cap * sizeof *sidx);
                if (!sidx) {
                    free(sidx);
                    free(nidx);
                    PyErr_NoMemory();
                    goto fail;
                }
            }
            tldr_utf8_char_index(sidx, (const uint8_t *)J.texts[i], J.lens[i]);
            for (size_t k = 0; k < J.nres[i]; k++) {
                tldr_perturb_result *R = &J.res[i][k];
                if (R->len + 1 > ncap) {
                    size_t *nn = realloc(nidx, (R->len + 1) * sizeof *nidx);
                    if (!nn) {
                        free(sidx);
                        free(nidx);
                        PyErr_NoMemory();
                        goto fail;
                    }
                    nidx = nn;
                    ncap = R->len + 1;
                }
                tldr_utf8_char_index(nidx, (const uint8_t *)R->text, R->len);
                PyObject *s = PyUnicode_DecodeUTF8(R->text, (Py_ssize_t)R->len, "strict");
                if (!s) {
                    free(sidx);
                    free(nidx);
                    goto fail;
                }
                PyList_SET_ITEM(negs, (Py_ssize_t)r, s);
                psrc[r] = (int64_t)i;
                pcat[r] = (int8_t)R->cat;
                for (size_t q = 0; q < R->n_edits; q++) {
                    peds[4 * e + 0] = (int64_t)sidx[R->edits[q].start];
                    peds[4 * e + 1] = (int64_t)sidx[R->edits[q].end];
                    peds[4 * e + 2] = (int64_t)nidx[R->edits[q].new_start];
                    peds[4 * e + 3] = (int64_t)nidx[R->edits[q].new_end];
                    e++;
                }
                r++;
                pspl[r] = (int64_t)e;
            }
        }
        free(sidx);
        free(nidx);
    }
    out = Py_BuildValue("(NNNNN)", negs, src, cat, spl, eds);
    goto done;
fail:
    Py_XDECREF(negs);
    Py_XDECREF(src);
    Py_XDECREF(cat);
    Py_XDECREF(spl);
    Py_XDECREF(eds);
done:
    if (J.res)
        for (size_t i = 0; i < nt; i++) tldr_perturb_results_free(J.res[i], J.nres[i]);
    free(J.texts);
    free(J.lens);
    free(J.res);
    free(J.nres);
    free(J.status);
    Py_DECREF(seq);
    return out;
}

static PyMethodDef Engine_methods[] = {
    {"run", (PyCFunction)Engine_run, METH_VARARGS,
     "run(text, cats, n, seed, mode, balance=0xFF) -> list of (negative, category index, [(start, end, new_start, new_end)]).\n"
     "mode 0 draws up to n negatives over cats in rotation, categories whose bit is set in balance balanced\n"
     "(see Perturber); mode 1 lists every candidate of cats[0]."},
    {"run_batch", (PyCFunction)Engine_run_batch, METH_VARARGS,
     "run_batch(texts, cats, n, seed, num_threads, balance=0xFF) -> (negatives, source_index, category, edit_splits, edits);\n"
     "run(mode 0) for every text, with the GIL released and texts split over threads."},
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

/* token_diff(a, b) -> uint8 array keep over b */
static PyObject *token_diff(PyObject *m, PyObject *args)
{
    tldr_module_state *st = tldr_state(m);
    PyObject *ao, *bo;
    if (!PyArg_ParseTuple(args, "OO:token_diff", &ao, &bo)) return NULL;
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
    s = tldr_perturb_diff(PyArray_DATA((PyArrayObject *)out), PyArray_DATA(a), (size_t)PyArray_DIM(a, 0),
                          PyArray_DATA(b), (size_t)nb);
    Py_END_ALLOW_THREADS
    if (s != TLDR_OK) {
        Py_CLEAR(out);
        tldr_raise_status(st, s, "token diff failed: %s", tldr_status_str(s));
    }
done:
    Py_DECREF(a);
    Py_DECREF(b);
    return out;
}

static PyArrayObject *as_i64(PyObject *o, int ndim, npy_intp last, const char *name, tldr_module_state *st)
{
    PyArrayObject *a = (PyArrayObject *)PyArray_FROM_OTF(o, NPY_INT64, NPY_ARRAY_IN_ARRAY);
    if (!a) return NULL;
    if (PyArray_NDIM(a) != ndim || (ndim == 2 && PyArray_DIM(a, 1) != last)) {
        PyErr_Format(st->InvalidInputError, "%s: expected a %d-d int64 array%s, got %d-d", name, ndim,
                     ndim == 2 ? (last == 2 ? " of shape (n, 2)" : " of shape (n, 4)") : "", PyArray_NDIM(a));
        Py_DECREF(a);
        return NULL;
    }
    return a;
}

/* edit_labels(offsets (n,2), row_splits (R+1,), edit_splits (R+1,), edits (E,4)) -> int8 (n,) */
static PyObject *edit_labels(PyObject *m, PyObject *args)
{
    tldr_module_state *st = tldr_state(m);
    PyObject *oo, *ro, *eso, *eo;
    if (!PyArg_ParseTuple(args, "OOOO:edit_labels", &oo, &ro, &eso, &eo)) return NULL;
    PyArrayObject *off = NULL, *rs = NULL, *es = NULL, *ed = NULL;
    PyObject *out = NULL;
    if (!(off = as_i64(oo, 2, 2, "offsets", st)) || !(rs = as_i64(ro, 1, 0, "row_splits", st)) ||
        !(es = as_i64(eso, 1, 0, "edit_splits", st)) || !(ed = as_i64(eo, 2, 4, "edits", st)))
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
    s = tldr_perturb_labels(PyArray_DATA((PyArrayObject *)out), PyArray_DATA(off), (size_t)n, PyArray_DATA(rs),
                            (size_t)PyArray_DIM(rs, 0) - 1, PyArray_DATA(es), PyArray_DATA(ed), (size_t)PyArray_DIM(ed, 0));
    Py_END_ALLOW_THREADS
    if (s != TLDR_OK) {
        Py_CLEAR(out);
        tldr_raise_status(st, s, "row_splits/edit_splits must start at 0, be non-decreasing and end at the number of tokens/edits");
    }
done:
    Py_XDECREF(off);
    Py_XDECREF(rs);
    Py_XDECREF(es);
    Py_XDECREF(ed);
    return out;
}

static PyMethodDef perturb_functions[] = {
    {"edit_labels", edit_labels, METH_VARARGS,
     "edit_labels(offsets, row_splits, edit_splits, edits) -> int8 labels: 0 where a token overlaps an edit of its row."},
    {"token_diff", token_diff, METH_VARARGS,
     "token_diff(a, b) -> uint8 array over b: 1 where b's token is kept by Myers' shortest edit script from a."},
    {NULL, NULL, 0, NULL}};

int tldr_py_perturb_register(PyObject *m)
{
    tldr_module_state *st = tldr_state(m);
    PyObject *tp = PyType_FromModuleAndSpec(m, &Engine_spec, NULL);
    if (!tp) return -1;
    st->types[TLDR_TYPE_PERTURBER] = tp;
    if (PyModule_AddObjectRef(m, "PerturbEngine", tp) < 0) return -1;
    return PyModule_AddFunctions(m, perturb_functions);
}
