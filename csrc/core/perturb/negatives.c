/* perturb/negatives.c: make_negatives in one pass of C (see negatives.h).
 *
 * Per chunk of captions (one_chunk): draw each caption's negatives, then tokenize the
 * caption (labels 1) and each negative in full (labels from its edits by tldr_align_labels), edits turned into str
 * offsets. Tokenizing in full is the definition of a row's tokens, so nothing here has to
 * prove a splice equal to it; the tokenizer's piece cache makes the unchanged words of a
 * negative cost a lookup each.
 * Per block: phase 1 (threads take chunks of captions from an atomic counter and append
 * rows to their own buffers), then prefix sums over the chunks in caption order, then
 * phase 2 (threads copy chunks into the output arrays at those offsets).
 */
#include "perturb/negatives.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "align/align.h"
#include "util/utf8.h"
#include "util/vec.h"

/* ~32 KiB of caption text per chunk (~650 COCO captions): a chunk is drawn whole before
 * its rows are tokenized, so the engine's tables and then the tokenizer's each stay in
 * cache for that long (measured, 1 thread, balanced COCO: 4 KiB chunks ran at 0.90x the
 * path in steps, 32 KiB ones at 1.01-1.11x in the same session); still ~30 chunks per
 * block, so a thread slowed down by another process leaves its share to the other. */
#define CHUNK_BYTES 32768
/* ~1 MiB of caption text per block: the threads' buffers (~30 MiB each for COCO-sized
 * captions) are reused from block to block, and the caller's strings are made every
 * ~20,000 captions. */
#define BLOCK_BYTES (1u << 20)
/* Copying a block out is worth a second thread from this many tokens on. */
#define COPY_TOKENS_PER_THREAD 65536

typedef struct {
    size_t src, ntok, nedits, text_off, text_len;
    int8_t cat;
    uint8_t ascii;
} row_t;

/* one caption's draw */
typedef struct {
    tldr_perturb_result *res;
    size_t nres;
    tldr_status status;
} drawn_t;

typedef struct {
    tldr_perturb_scratch *px;
    tldr_bpe_scratch *bx;
    tldr_bpe_out enc;                            /* one text's tokens, byte spans */
    tldr_vec ids, offs, labels, rows, edits, blob; /* int32, int64 x2, int8, row_t, int64 x4, char */
    tldr_vec spans;                              /* size_t: one negative's edit spans */
    tldr_vec drawn;                              /* drawn_t: the chunk's captions */
    tldr_negatives_errors err;                   /* first failures among this thread's captions */
    tldr_status status;                          /* out of memory: the block is lost */
} worker_t;

typedef struct {
    size_t first, end, thread;
    size_t row0, nrows, tok0, ntok, edit0, nedits, blob0, blob_len; /* in the thread's buffers */
    size_t out_row, out_tok, out_edit, out_blob;                     /* where they go */
} chunk_t;

struct tldr_negatives_run {
    const tldr_perturb_engine *eng;
    const tldr_bpe *bpe;
    const uint8_t *modes;
    tldr_negatives_draw draw;
    size_t nthreads;
    worker_t *w;
    /* the block being run */
    const tldr_bpe_texts *T;
    chunk_t *chunks;
    size_t nchunks, cap_chunks;
    tldr_negatives *out;
    _Atomic size_t next;
};

/* ------------------------------------------------------------------ one caption ------- */
static tldr_status reserve(tldr_vec *v, size_t more) { return tldr_vec_reserve(v, v->n + more); }

static int is_ascii(const char *s, size_t n)
{
    unsigned char acc = 0;
    for (size_t i = 0; i < n; i++) acc |= (unsigned char)s[i];
    return acc < 0x80;
}

/* the tokens of text appended to w (ids, str offsets, labels 1): *ntok of them */
static tldr_status encode_row(const tldr_negatives_run *run, worker_t *w, const uint8_t *text, size_t len, int ascii,
                              size_t *ntok, tldr_bpe_error *err)
{
    w->enc.n = 0;
    tldr_status s = tldr_bpe_encode(run->bpe, w->bx, text, len, run->modes, &w->enc, err);
    if (s != TLDR_OK) return s;
    size_t n = w->enc.n;
    if (n && !ascii) tldr_utf8_spans_to_chars(w->enc.spans, n, text, len);
    if ((s = reserve(&w->ids, n)) || (s = reserve(&w->offs, 2 * n)) || (s = reserve(&w->labels, n))) return s;
    if (n) memcpy((int32_t *)w->ids.p + w->ids.n, w->enc.ids, n * sizeof(int32_t));
    int64_t *o = (int64_t *)w->offs.p + w->offs.n;
    for (size_t k = 0; k < 2 * n; k++) o[k] = (int64_t)w->enc.spans[k];
    if (n) memset((int8_t *)w->labels.p + w->labels.n, 1, n);
    w->ids.n += n;
    w->offs.n += 2 * n;
    w->labels.n += n;
    *ntok = n;
    return TLDR_OK;
}

/* r's edits as str offsets (start, end into the caption; new_start, new_end into r's
 * text) appended to w->edits */
static tldr_status push_edits(worker_t *w, const tldr_perturb_result *r, const uint8_t *cap, size_t clen,
                              int cap_ascii, int neg_ascii)
{
    size_t ne = r->n_edits;
    tldr_status s;
    if ((s = tldr_vec_reserve(&w->spans, 4 * ne)) || (s = reserve(&w->edits, 4 * ne))) return s;
    size_t *old = w->spans.p, *nw = old + 2 * ne;
    for (size_t q = 0; q < ne; q++) {
        old[2 * q] = r->edits[q].start;
        old[2 * q + 1] = r->edits[q].end;
        nw[2 * q] = r->edits[q].new_start;
        nw[2 * q + 1] = r->edits[q].new_end;
    }
    if (!cap_ascii) tldr_utf8_spans_to_chars(old, ne, cap, clen);
    if (!neg_ascii) tldr_utf8_spans_to_chars(nw, ne, (const uint8_t *)r->text, r->len);
    int64_t *e = (int64_t *)w->edits.p + w->edits.n;
    for (size_t q = 0; q < ne; q++) {
        e[4 * q + 0] = (int64_t)old[2 * q];
        e[4 * q + 1] = (int64_t)old[2 * q + 1];
        e[4 * q + 2] = (int64_t)nw[2 * q];
        e[4 * q + 3] = (int64_t)nw[2 * q + 1];
    }
    w->edits.n += 4 * ne;
    return TLDR_OK;
}

static tldr_status push_row(worker_t *w, const row_t *row) { return tldr_vec_push(&w->rows, row); }

/* negative r of caption i: its text, edits, tokens and labels, and its row */
static tldr_status one_negative(const tldr_negatives_run *run, worker_t *w, size_t i, const tldr_perturb_result *r,
                                tldr_bpe_error *err, int *refused)
{
    const uint8_t *cap = run->T->text[i];
    size_t clen = run->T->len[i];
    int cap_ascii = run->T->ascii && run->T->ascii[i], ascii = is_ascii(r->text, r->len);
    row_t row = {i, 0, r->n_edits, w->blob.n, r->len, (int8_t)r->cat, (uint8_t)ascii};
    size_t t0 = w->ids.n, e0 = w->edits.n / 4;
    tldr_status s = encode_row(run, w, (const uint8_t *)r->text, r->len, ascii, &row.ntok, err);
    if (s == TLDR_ERR_NOMEM) return s;
    if (s != TLDR_OK) {
        *refused = 1;
        return s;
    }
    if ((s = push_edits(w, r, cap, clen, cap_ascii, ascii)) || (s = reserve(&w->blob, r->len))) return s;
    if (r->len) memcpy((char *)w->blob.p + w->blob.n, r->text, r->len);
    w->blob.n += r->len;
    int64_t rs[2] = {0, (int64_t)row.ntok}, es[2] = {0, (int64_t)row.nedits};
    s = tldr_align_labels((int8_t *)w->labels.p + t0, (const int64_t *)w->offs.p + 2 * t0, row.ntok, rs, 1, es,
                          (const int64_t *)w->edits.p + 4 * e0, row.nedits);
    return s ? s : push_row(w, &row);
}

/* keep the first failure of a kind (captions come in increasing order per thread) */
static void note(tldr_status *st, size_t *item, tldr_status s, size_t i)
{
    if (*st == TLDR_OK || i < *item) {
        *st = s;
        *item = i;
    }
}

/* Caption i's rows from its drawn negatives res[0..nres): its own row, then one per
 * negative; none when the tokenizer refuses a text (noted in w->err). Returns only the
 * failures that lose the block (out of memory). */
static tldr_status caption_rows(const tldr_negatives_run *run, worker_t *w, size_t i, const tldr_perturb_result *res,
                                size_t nres)
{
    const uint8_t *text = run->T->text[i];
    size_t len = run->T->len[i];
    size_t n0[6] = {w->ids.n, w->offs.n, w->labels.n, w->rows.n, w->edits.n, w->blob.n};
    row_t row = {i, 0, 0, 0, 0, -1, 0};
    tldr_bpe_error err = {0};
    int failed = 0;
    tldr_status s = encode_row(run, w, text, len, run->T->ascii && run->T->ascii[i], &row.ntok, &err);
    if (s == TLDR_OK) {
        s = push_row(w, &row);
    } else if (s != TLDR_ERR_NOMEM) {
        if (w->err.caption == TLDR_OK || i < w->err.caption_item) w->err.caption_err = err;
        note(&w->err.caption, &w->err.caption_item, s, i);
        s = TLDR_OK;
        failed = 1;
    }
    for (size_t k = 0; k < nres && s == TLDR_OK && !failed; k++) {
        s = one_negative(run, w, i, &res[k], &err, &failed);
        if (!failed) continue;
        if (w->err.negative == TLDR_OK || i < w->err.negative_item) {
            char *copy = malloc(res[k].len + 1);
            if (!copy) {
                s = TLDR_ERR_NOMEM;
                break;
            }
            memcpy(copy, res[k].text, res[k].len);
            free(w->err.negative_text);
            w->err.negative_text = copy;
            w->err.negative_len = res[k].len;
            w->err.negative_err = err;
        }
        note(&w->err.negative, &w->err.negative_item, s, i);
        s = TLDR_OK;
    }
    if (failed) { /* a failed caption leaves no rows: its negatives' rows are taken back */
        w->ids.n = n0[0];
        w->offs.n = n0[1];
        w->labels.n = n0[2];
        w->rows.n = n0[3];
        w->edits.n = n0[4];
        w->blob.n = n0[5];
    }
    return s;
}

/* One chunk, captions [first, end): every caption's negatives drawn first, then every
 * row tokenized and labelled. Two passes, not one per caption: the engine's tables and
 * the tokenizer's (vocab, piece cache) do not both fit in a core's cache, and switching
 * between them per caption cost more than the tokenizing itself. */
static tldr_status one_chunk(const tldr_negatives_run *run, worker_t *w, size_t first, size_t end)
{
    const tldr_negatives_draw *D = &run->draw;
    tldr_status s = tldr_vec_reserve(&w->drawn, end - first);
    if (s) return s;
    drawn_t *dr = w->drawn.p;
    memset(dr, 0, (end - first) * sizeof *dr);
    for (size_t i = first; i < end && !s; i++) {
        drawn_t *d = &dr[i - first];
        d->status = tldr_perturb_draw(w->px, run->T->text[i], run->T->len[i], D->cats, D->ncats, D->n, D->seed,
                                      D->balance, &d->res, &d->nres);
        if (d->status == TLDR_ERR_NOMEM) s = d->status;
        else if (d->status) note(&w->err.draw, &w->err.draw_item, d->status, i);
    }
    for (size_t i = first; i < end && !s; i++)
        if (!dr[i - first].status) s = caption_rows(run, w, i, dr[i - first].res, dr[i - first].nres);
    for (size_t i = first; i < end; i++) tldr_perturb_results_free(dr[i - first].res, dr[i - first].nres);
    return s;
}

/* ------------------------------------------------------------------ the run ----------- */
static void worker_init(worker_t *w)
{
    memset(w, 0, sizeof *w);
    w->ids = (tldr_vec)TLDR_VEC(int32_t);
    w->offs = (tldr_vec)TLDR_VEC(int64_t);
    w->labels = (tldr_vec)TLDR_VEC(int8_t);
    w->rows = (tldr_vec)TLDR_VEC(row_t);
    w->edits = (tldr_vec)TLDR_VEC(int64_t);
    w->blob = (tldr_vec)TLDR_VEC(char);
    w->spans = (tldr_vec)TLDR_VEC(size_t);
    w->drawn = (tldr_vec)TLDR_VEC(drawn_t);
}

static void worker_free(worker_t *w)
{
    tldr_perturb_scratch_free(w->px);
    tldr_bpe_scratch_free(w->bx);
    tldr_bpe_out_free(&w->enc);
    tldr_vec_free(&w->ids);
    tldr_vec_free(&w->offs);
    tldr_vec_free(&w->labels);
    tldr_vec_free(&w->rows);
    tldr_vec_free(&w->edits);
    tldr_vec_free(&w->blob);
    tldr_vec_free(&w->spans);
    tldr_vec_free(&w->drawn);
    tldr_negatives_errors_free(&w->err);
}

tldr_status tldr_negatives_run_new(tldr_negatives_run **out, const tldr_perturb_engine *eng, const tldr_bpe *bpe,
                                   const uint8_t *modes, const tldr_negatives_draw *draw, size_t nthreads,
                                   tldr_bpe_scratch *warm)
{
    *out = NULL;
    if (nthreads == 0) nthreads = 1;
    tldr_negatives_run *run = calloc(1, sizeof *run);
    worker_t *w = run ? calloc(nthreads, sizeof *w) : NULL;
    if (!w) {
        free(run);
        return TLDR_ERR_NOMEM;
    }
    *run = (tldr_negatives_run){.eng = eng, .bpe = bpe, .modes = modes, .draw = *draw, .nthreads = nthreads, .w = w};
    for (size_t t = 0; t < nthreads; t++) worker_init(&w[t]);
    w[0].bx = warm;
    *out = run;
    return TLDR_OK;
}

tldr_bpe_scratch *tldr_negatives_run_free(tldr_negatives_run *run)
{
    if (!run) return NULL;
    tldr_bpe_scratch *warm = run->w[0].bx;
    run->w[0].bx = NULL;
    for (size_t t = 0; t < run->nthreads; t++) worker_free(&run->w[t]);
    free(run->w);
    free(run->chunks);
    free(run);
    return warm;
}

size_t tldr_negatives_block_end(const tldr_bpe_texts *captions, size_t first)
{
    size_t i = first, acc = 0;
    while (i < captions->n && acc < BLOCK_BYTES) acc += captions->len[i++] + 1;
    return i;
}

/* phase 1: thread t takes chunks and appends their rows to its buffers */
static void draw_worker(void *arg, size_t t)
{
    tldr_negatives_run *run = arg;
    worker_t *w = &run->w[t];
    if (!w->px && !(w->px = tldr_perturb_scratch_new(run->eng))) w->status = TLDR_ERR_NOMEM;
    if (!w->bx && !(w->bx = tldr_bpe_scratch_new(run->bpe))) w->status = TLDR_ERR_NOMEM;
    /* every buffer allocated, so that no pointer below is NULL even for empty rows */
    tldr_vec *v[] = {&w->ids, &w->offs, &w->labels, &w->rows, &w->edits, &w->blob, &w->spans};
    for (size_t k = 0; k < sizeof v / sizeof *v && w->status == TLDR_OK; k++) w->status = tldr_vec_reserve(v[k], 1);
    for (;;) {
        size_t c = atomic_fetch_add(&run->next, 1);
        if (c >= run->nchunks) break;
        chunk_t *ch = &run->chunks[c];
        ch->thread = t;
        ch->row0 = w->rows.n;
        ch->tok0 = w->ids.n;
        ch->edit0 = w->edits.n / 4;
        ch->blob0 = w->blob.n;
        if (w->status == TLDR_OK) w->status = one_chunk(run, w, ch->first, ch->end);
        ch->nrows = w->rows.n - ch->row0;
        ch->ntok = w->ids.n - ch->tok0;
        ch->nedits = w->edits.n / 4 - ch->edit0;
        ch->blob_len = w->blob.n - ch->blob0;
    }
}

/* phase 2: chunks copied to the output at their offsets */
static void copy_worker(void *arg, size_t t)
{
    (void)t;
    tldr_negatives_run *run = arg;
    tldr_negatives *out = run->out;
    for (;;) {
        size_t c = atomic_fetch_add(&run->next, 1);
        if (c >= run->nchunks) break;
        const chunk_t *ch = &run->chunks[c];
        const worker_t *w = &run->w[ch->thread];
        if (ch->ntok) {
            memcpy(out->ids + ch->out_tok, (const int32_t *)w->ids.p + ch->tok0, ch->ntok * sizeof(int32_t));
            memcpy(out->offsets + 2 * ch->out_tok, (const int64_t *)w->offs.p + 2 * ch->tok0,
                   2 * ch->ntok * sizeof(int64_t));
            memcpy(out->labels + ch->out_tok, (const int8_t *)w->labels.p + ch->tok0, ch->ntok);
        }
        if (ch->nedits)
            memcpy(out->edits + 4 * ch->out_edit, (const int64_t *)w->edits.p + 4 * ch->edit0,
                   4 * ch->nedits * sizeof(int64_t));
        if (ch->blob_len) memcpy(out->blob + ch->out_blob, (const char *)w->blob.p + ch->blob0, ch->blob_len);
        size_t tok = ch->out_tok, ed = ch->out_edit;
        for (size_t j = 0; j < ch->nrows; j++) {
            const row_t *r = &TLDR_VEC_AT(w->rows, row_t, ch->row0 + j);
            size_t R = ch->out_row + j, b = R - out->block_row0;
            tok += r->ntok;
            ed += r->nedits;
            out->row_splits[R + 1] = (int64_t)tok;
            out->edit_splits[R + 1] = (int64_t)ed;
            out->category[R] = r->cat;
            out->source[R] = (int64_t)r->src;
            out->is_negative[R] = r->cat >= 0;
            out->text_off[b] = r->cat >= 0 ? ch->out_blob + (r->text_off - ch->blob0) : 0;
            out->text_len[b] = r->text_len;
            out->text_ascii[b] = r->ascii;
        }
    }
}

/* The capacity for need units: cap doubled until it holds them (so that an array is
 * reallocated O(log) times; large arrays are remapped, not copied); 0 on overflow. */
static size_t next_cap(size_t cap, size_t need)
{
    size_t nc = cap > 1024 ? cap : 1024;
    while (nc < need) {
        if (nc > SIZE_MAX / 64) return 0;
        nc *= 2;
    }
    return nc;
}

/* *p resized to cap units of unit bytes (a no-op when it already is) */
static tldr_status resize(void *pp, size_t old, size_t cap, size_t unit)
{
    void **p = pp;
    if (*p && old == cap) return TLDR_OK;
    void *np = realloc(*p, cap * unit);
    if (!np) return TLDR_ERR_NOMEM;
    *p = np;
    return TLDR_OK;
}

/* room for rows rows (and their splits), toks tokens, edits edits, blob text bytes and
 * brows rows in the block */
static tldr_status grow_out(tldr_negatives *out, size_t rows, size_t toks, size_t edits, size_t blob, size_t brows)
{
    size_t rc = next_cap(out->cap_rows, rows + 1), tc = next_cap(out->cap_tok, toks),
           ec = next_cap(out->cap_edits, edits), xc = next_cap(out->blob_cap, blob),
           bc = next_cap(out->cap_block_rows, brows);
    if (!rc || !tc || !ec || !xc || !bc) return TLDR_ERR_NOMEM;
    tldr_status s;
    if ((s = resize(&out->row_splits, out->cap_rows, rc, sizeof(int64_t))) ||
        (s = resize(&out->edit_splits, out->cap_rows, rc, sizeof(int64_t))) ||
        (s = resize(&out->source, out->cap_rows, rc, sizeof(int64_t))) ||
        (s = resize(&out->category, out->cap_rows, rc, 1)) || (s = resize(&out->is_negative, out->cap_rows, rc, 1)))
        return s;
    out->cap_rows = rc;
    if ((s = resize(&out->ids, out->cap_tok, tc, sizeof(int32_t))) ||
        (s = resize(&out->offsets, out->cap_tok, tc, 2 * sizeof(int64_t))) ||
        (s = resize(&out->labels, out->cap_tok, tc, 1)))
        return s;
    out->cap_tok = tc;
    if ((s = resize(&out->edits, out->cap_edits, ec, 4 * sizeof(int64_t)))) return s;
    out->cap_edits = ec;
    if ((s = resize(&out->blob, out->blob_cap, xc, 1))) return s;
    out->blob_cap = xc;
    if ((s = resize(&out->text_off, out->cap_block_rows, bc, sizeof(size_t))) ||
        (s = resize(&out->text_len, out->cap_block_rows, bc, sizeof(size_t))) ||
        (s = resize(&out->text_ascii, out->cap_block_rows, bc, 1)))
        return s;
    out->cap_block_rows = bc;
    return TLDR_OK;
}

/* chunks of ~CHUNK_BYTES over captions [first, end) */
static tldr_status cut_chunks(tldr_negatives_run *run, size_t first, size_t end)
{
    size_t maxc = end - first + 1;
    if (maxc > run->cap_chunks) {
        chunk_t *nc = realloc(run->chunks, maxc * sizeof *nc);
        if (!nc) return TLDR_ERR_NOMEM;
        run->chunks = nc;
        run->cap_chunks = maxc;
    }
    run->nchunks = 0;
    for (size_t i = first; i < end;) {
        chunk_t *ch = &run->chunks[run->nchunks++];
        memset(ch, 0, sizeof *ch);
        ch->first = i;
        for (size_t acc = 0; i < end && acc < CHUNK_BYTES;) acc += run->T->len[i++] + 1;
        ch->end = i;
    }
    return TLDR_OK;
}

/* the threads' first failures of this block into err, where err has none of that kind
 * yet (blocks come in caption order, so an earlier block's failure comes first) */
static tldr_status merge_errors(tldr_negatives_run *run, size_t nthreads, tldr_negatives_errors *err)
{
    tldr_negatives_errors b = {0};
    const worker_t *neg = NULL;
    for (size_t t = 0; t < nthreads; t++) {
        const tldr_negatives_errors *e = &run->w[t].err;
        if (e->draw) note(&b.draw, &b.draw_item, e->draw, e->draw_item);
        if (e->caption && (!b.caption || e->caption_item < b.caption_item)) b.caption_err = e->caption_err;
        if (e->caption) note(&b.caption, &b.caption_item, e->caption, e->caption_item);
        if (e->negative && (!b.negative || e->negative_item < b.negative_item)) neg = &run->w[t];
        if (e->negative) note(&b.negative, &b.negative_item, e->negative, e->negative_item);
    }
    if (b.draw && !err->draw) {
        err->draw = b.draw;
        err->draw_item = b.draw_item;
    }
    if (b.caption && !err->caption) {
        err->caption = b.caption;
        err->caption_item = b.caption_item;
        err->caption_err = b.caption_err;
    }
    if (neg && !err->negative) {
        if (!(err->negative_text = malloc(neg->err.negative_len + 1))) return TLDR_ERR_NOMEM;
        memcpy(err->negative_text, neg->err.negative_text, neg->err.negative_len);
        err->negative_len = neg->err.negative_len;
        err->negative = neg->err.negative;
        err->negative_item = neg->err.negative_item;
        err->negative_err = neg->err.negative_err;
    }
    return TLDR_OK;
}

static void worker_reset(worker_t *w)
{
    w->ids.n = w->offs.n = w->labels.n = w->rows.n = w->edits.n = w->blob.n = 0;
    tldr_negatives_errors_free(&w->err);
    w->status = TLDR_OK;
}

tldr_status tldr_negatives_block(tldr_negatives_run *run, const tldr_bpe_texts *captions, size_t first, size_t end,
                                 tldr_negatives *out, tldr_negatives_errors *err)
{
    run->T = captions;
    run->out = out;
    tldr_status s = cut_chunks(run, first, end);
    if (s) return s;
    size_t nthreads = run->nthreads < run->nchunks ? run->nthreads : run->nchunks;
    if (!nthreads) nthreads = 1;
    for (size_t t = 0; t < run->nthreads; t++) worker_reset(&run->w[t]);
    atomic_store(&run->next, 0);
    if ((s = tldr_parallel_run(nthreads, draw_worker, run))) return s;
    for (size_t t = 0; t < nthreads; t++)
        if (run->w[t].status) return run->w[t].status;
    if ((s = merge_errors(run, nthreads, err))) return s;
    /* where each chunk goes, in caption order */
    size_t rows = out->nrows, toks = out->ntok, edits = out->nedits, blob = 0;
    for (size_t c = 0; c < run->nchunks; c++) {
        chunk_t *ch = &run->chunks[c];
        ch->out_row = rows;
        ch->out_tok = toks;
        ch->out_edit = edits;
        ch->out_blob = blob;
        rows += ch->nrows;
        toks += ch->ntok;
        edits += ch->nedits;
        blob += ch->blob_len;
    }
    if ((s = grow_out(out, rows, toks, edits, blob, rows - out->nrows))) return s;
    if (out->nrows == 0) out->row_splits[0] = out->edit_splits[0] = 0;
    out->block_row0 = out->nrows;
    out->blob_len = blob;
    atomic_store(&run->next, 0);
    size_t ncopy = toks - out->ntok > COPY_TOKENS_PER_THREAD ? nthreads : 1;
    if ((s = tldr_parallel_run(ncopy, copy_worker, run))) return s;
    out->nrows = rows;
    out->ntok = toks;
    out->nedits = edits;
    return TLDR_OK;
}

void tldr_negatives_free(tldr_negatives *out)
{
    free(out->ids);
    free(out->offsets);
    free(out->labels);
    free(out->row_splits);
    free(out->source);
    free(out->edit_splits);
    free(out->category);
    free(out->is_negative);
    free(out->edits);
    free(out->blob);
    free(out->text_off);
    free(out->text_len);
    free(out->text_ascii);
    memset(out, 0, sizeof *out);
}

void tldr_negatives_errors_free(tldr_negatives_errors *e)
{
    free(e->negative_text);
    memset(e, 0, sizeof *e);
}
