/* tokenize/encode.c: the encode driver, one text or a batch.
 *
 * One text: added tokens are found first, leftmost and longest, in the ORIGINAL text;
 * each segment between them goes to its model: the regex cuts it into pre-tokens
 * (byte-level BPE, WordPiece; with keep_gaps the text between matches is a pre-token
 * too), character BPE cuts it into words itself (sentencepiece.c).
 *
 * A batch is cut into chunks of consecutive texts (~32 KiB each); threads take chunks
 * from an atomic counter (so a thread slowed down by another process does less), each
 * thread appends its chunks to one growing buffer of its own, and gathering copies the
 * chunks out in text order.
 */
#include "tokenize/internal.h"

#include <stdatomic.h>
#include <stdlib.h>

/* ---- scratch and output ------------------------------------------------------------------ */

tldr_bpe_scratch *tldr_bpe_scratch_new(const tldr_bpe *b)
{
    tldr_bpe_scratch *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    if (b->re && !(s->m = tldr_regex_matcher_new(b->re))) {
        free(s);
        return NULL;
    }
    return s;
}

void tldr_bpe_scratch_free(tldr_bpe_scratch *s)
{
    if (!s) return;
    free(s->id);
    free(s->st);
    free(s->en);
    free(s->nx);
    free(s->pv);
    free(s->heap);
    free(s->buf);
    free(s->cache);
    tldr_regex_matcher_free(s->m);
    free(s);
}

void tldr_bpe_out_free(tldr_bpe_out *o)
{
    free(o->ids);
    free(o->spans);
    o->ids = NULL;
    o->spans = NULL;
    o->n = o->cap = 0;
}

tldr_status bpe_out_grow(tldr_bpe_out *o)
{
    size_t c = o->cap ? o->cap * 2 : 256;
    int32_t *ids = realloc(o->ids, c * sizeof *ids);
    if (!ids) return TLDR_ERR_NOMEM;
    o->ids = ids;
    size_t *sp = realloc(o->spans, 2 * c * sizeof *sp);
    if (!sp) return TLDR_ERR_NOMEM;
    o->spans = sp;
    o->cap = c;
    return TLDR_OK;
}

/* ---- one text ---------------------------------------------------------------------------- */

/* One pre-token [ps, pe) of a regex model. */
static tldr_status piece(const tldr_bpe *b, tldr_bpe_scratch *s, const uint8_t *text, size_t ps, size_t pe,
                         int pieces_only, tldr_bpe_out *out)
{
    if (pe <= ps) return TLDR_OK;
    if (pieces_only) return bpe_out_push(out, -1, ps, pe);
    if (b->cfg.kind == TLDR_BPE_WORDPIECE) return bpe_wordpiece_piece(b, s, text, ps, pe, out);
    return bpe_bytes_piece(b, s, text, ps, pe, out);
}

/* The segment [ss, se) between added tokens. */
static tldr_status segment(const tldr_bpe *b, tldr_bpe_scratch *s, const uint8_t *text, size_t ss, size_t se,
                           int pieces_only, tldr_bpe_out *out)
{
    if (se <= ss) return TLDR_OK;
    if (b->cfg.kind == TLDR_BPE_CHARS) return bpe_chars_segment(b, s, text, ss, se, pieces_only, out);
    if (!b->re) return piece(b, s, text, ss, se, pieces_only, out);
    /* the regex sees the segment alone, as if it were the whole text (HF and tiktoken
     * split on special tokens first), so lookarounds and $ stop at its ends */
    const uint8_t *sub = text + ss;
    size_t len = se - ss, pos = 0, last = 0;
    int gaps = b->cfg.keep_gaps;
    tldr_status st;
    while (pos <= len) {
        size_t ms, me;
        if ((st = tldr_regex_next(s->m, sub, len, pos, &ms, &me)) != TLDR_OK) return st;
        if (ms == SIZE_MAX) break;
        if (gaps && ms > last && (st = piece(b, s, text, ss + last, ss + ms, pieces_only, out)) != TLDR_OK)
            return st;
        if ((st = piece(b, s, text, ss + ms, ss + me, pieces_only, out)) != TLDR_OK) return st;
        last = me;
        pos = tldr_regex_resume(sub, len, ms, me);
    }
    if (gaps && last < len) return piece(b, s, text, ss + last, se, pieces_only, out);
    return TLDR_OK;
}

/* The added token that matches at text[i] under modes (leftmost is the caller's scan,
 * longest is the group order), or BPE_NONE. */
static size_t added_at(const tldr_bpe *b, const uint8_t *text, size_t len, size_t i, const uint8_t *modes)
{
    uint8_t c = text[i];
    for (size_t g = b->added_first[c]; g < b->added_first[c + 1]; g++) {
        size_t k = b->added_order[g];
        if (modes && modes[k] == TLDR_ADDED_TEXT) continue;
        size_t as = b->added_offs[k], al = b->added_offs[k + 1] - as;
        if (al <= len - i && memcmp(text + i, b->added_blob + as, al) == 0) return k;
    }
    return BPE_NONE;
}

static tldr_status encode_text(const tldr_bpe *b, tldr_bpe_scratch *s, const uint8_t *text, size_t len,
                               const uint8_t *modes, int pieces_only, tldr_bpe_out *out, tldr_bpe_error *err)
{
    if (len > TLDR_BPE_MAX_TEXT) return TLDR_ERR_LIMIT;
    size_t bad;
    if (!tldr_utf8_valid(text, len, &bad)) {
        if (err) err->pos = bad;
        return TLDR_ERR_UTF8;
    }
    tldr_status st;
    size_t seg = 0, i = 0, n_added = b->n_added;
    while (n_added && i < len) {
        size_t hit = added_at(b, text, len, i, modes);
        if (hit == BPE_NONE) {
            i++;
            continue;
        }
        if (modes && modes[hit] == TLDR_ADDED_FORBID) {
            if (err) {
                err->pos = i;
                err->index = hit;
            }
            return TLDR_ERR_ARG;
        }
        size_t al = b->added_offs[hit + 1] - b->added_offs[hit];
        if ((st = segment(b, s, text, seg, i, pieces_only, out)) != TLDR_OK) return st;
        if ((st = bpe_out_push(out, b->added_ids[hit], i, i + al)) != TLDR_OK) return st;
        i += al;
        seg = i;
    }
    return segment(b, s, text, seg, len, pieces_only, out);
}

tldr_status tldr_bpe_encode(const tldr_bpe *b, tldr_bpe_scratch *s, const uint8_t *text, size_t len,
                            const uint8_t *modes, tldr_bpe_out *out, tldr_bpe_error *err)
{
    return encode_text(b, s, text, len, modes, 0, out, err);
}

tldr_status tldr_bpe_pretokenize(const tldr_bpe *b, tldr_bpe_scratch *s, const uint8_t *text, size_t len,
                                 const uint8_t *modes, tldr_bpe_out *out, tldr_bpe_error *err)
{
    return encode_text(b, s, text, len, modes, 1, out, err);
}

/* ---- batches ----------------------------------------------------------------------------- */

/* ~32 KiB of text per chunk: small enough that two threads share the work evenly on a
 * batch of a few hundred KiB, large enough that taking a chunk costs nothing. */
#define BATCH_CHUNK_BYTES 32768
/* At least 64 KiB of text per thread: below that, starting a thread costs more than it
 * saves. */
#define BATCH_BYTES_PER_THREAD 65536
/* Gathering is a copy: worth a second thread from this many tokens on. */
#define GATHER_TOKENS_PER_THREAD 65536

struct tldr_bpe_batch {
    size_t nthreads;
    tldr_bpe_out *outs; /* per thread: the chunks it took, one after the other */
    size_t nchunks;
    size_t *bounds;                /* nchunks + 1: chunk c holds texts [bounds[c], bounds[c+1]) */
    size_t *cthread, *cfirst, *cn; /* per chunk: its thread, first token in that thread's
                                      buffer, number of tokens */
    size_t *counts;                /* per text: number of tokens */
    size_t ntexts, ntokens;
};

typedef struct {
    tldr_bpe_batch *B;
    const tldr_bpe *bpe;
    const tldr_bpe_texts *texts;
    const uint8_t *modes;
    tldr_bpe_scratch *warm; /* thread 0's scratch, handed back to the caller */
    tldr_status *status;    /* per chunk */
    tldr_bpe_error *err;    /* per chunk */
    _Atomic size_t next;
} encode_job;

static void encode_worker(void *arg, size_t t)
{
    encode_job *j = arg;
    tldr_bpe_batch *B = j->B;
    tldr_bpe_scratch *scr = t == 0 && j->warm ? j->warm : tldr_bpe_scratch_new(j->bpe);
    for (;;) {
        size_t c = atomic_fetch_add(&j->next, 1);
        if (c >= B->nchunks) break;
        if (!scr) {
            j->status[c] = TLDR_ERR_NOMEM;
            j->err[c].item = B->bounds[c];
            continue;
        }
        tldr_bpe_out *o = &B->outs[t];
        B->cthread[c] = t;
        B->cfirst[c] = o->n;
        for (size_t i = B->bounds[c]; i < B->bounds[c + 1]; i++) {
            size_t before = o->n;
            const uint8_t *text = j->texts->text[i];
            size_t len = j->texts->len[i];
            tldr_status s = tldr_bpe_encode(j->bpe, scr, text, len, j->modes, o, &j->err[c]);
            if (s != TLDR_OK) {
                j->status[c] = s;
                j->err[c].item = i;
                break;
            }
            if (o->n > before && !(j->texts->ascii && j->texts->ascii[i])) /* (spans is NULL before any token) */
                tldr_utf8_spans_to_chars(o->spans + 2 * before, o->n - before, text, len);
            B->counts[i] = o->n - before;
        }
        B->cn[c] = o->n - B->cfirst[c];
    }
    if (t == 0)
        j->warm = scr;
    else
        tldr_bpe_scratch_free(scr);
}

/* Chunk bounds over the texts: ~BATCH_CHUNK_BYTES each (a text is never split). */
static tldr_status cut_chunks(tldr_bpe_batch *B, const tldr_bpe_texts *texts, size_t total)
{
    size_t n = texts->n, maxchunks = total / BATCH_CHUNK_BYTES + 2;
    if (maxchunks > n + 1) maxchunks = n + 1;
    if (!(B->bounds = malloc((maxchunks + 1) * sizeof *B->bounds))) return TLDR_ERR_NOMEM;
    size_t c = 0, acc = 0;
    B->bounds[0] = 0;
    for (size_t i = 0; i < n; i++) {
        acc += texts->len[i] + 1; /* + 1: empty texts cost something too */
        if (acc >= BATCH_CHUNK_BYTES && c + 1 < maxchunks) {
            B->bounds[++c] = i + 1;
            acc = 0;
        }
    }
    if (B->bounds[c] != n) B->bounds[++c] = n;
    B->nchunks = c;
    return TLDR_OK;
}

tldr_status tldr_bpe_batch_encode(tldr_bpe_batch **out, const tldr_bpe *bpe, const tldr_bpe_texts *texts,
                                  const uint8_t *modes, size_t nthreads, tldr_bpe_scratch **warm,
                                  tldr_bpe_error *err)
{
    *out = NULL;
    size_t n = texts->n, total = 0;
    for (size_t i = 0; i < n; i++) total += texts->len[i];
    tldr_bpe_batch *B = calloc(1, sizeof *B);
    if (!B) return TLDR_ERR_NOMEM;
    B->ntexts = n;
    encode_job j = {.B = B, .bpe = bpe, .texts = texts, .modes = modes, .warm = warm ? *warm : NULL};
    tldr_status st = cut_chunks(B, texts, total);
    if (st != TLDR_OK) goto done;
    size_t useful = total / BATCH_BYTES_PER_THREAD + 1;
    if (nthreads > useful) nthreads = useful;
    if (nthreads > B->nchunks) nthreads = B->nchunks;
    if (nthreads == 0) nthreads = 1;
    B->nthreads = nthreads;
    size_t nc = B->nchunks ? B->nchunks : 1;
    B->outs = calloc(nthreads, sizeof *B->outs);
    B->cthread = calloc(nc, sizeof(size_t));
    B->cfirst = calloc(nc, sizeof(size_t));
    B->cn = calloc(nc, sizeof(size_t));
    B->counts = calloc(n + 1, sizeof(size_t));
    j.status = calloc(nc, sizeof *j.status);
    j.err = calloc(nc, sizeof *j.err);
    if (!B->outs || !B->cthread || !B->cfirst || !B->cn || !B->counts || !j.status || !j.err) {
        st = TLDR_ERR_NOMEM;
        goto done;
    }
    atomic_init(&j.next, 0);
    st = tldr_parallel_run(nthreads, encode_worker, &j);
    if (st != TLDR_OK) goto done;
    for (size_t c = 0; c < B->nchunks; c++) {
        if (j.status[c] != TLDR_OK) {
            st = j.status[c];
            if (err) *err = j.err[c];
            goto done;
        }
        B->ntokens += B->cn[c];
    }
done:
    free(j.status);
    free(j.err);
    if (warm)
        *warm = j.warm;
    else
        tldr_bpe_scratch_free(j.warm);
    if (st != TLDR_OK) {
        tldr_bpe_batch_free(B);
        return st;
    }
    *out = B;
    return TLDR_OK;
}

size_t tldr_bpe_batch_tokens(const tldr_bpe_batch *B) { return B->ntokens; }

typedef struct {
    const tldr_bpe_batch *B;
    size_t *at; /* nchunks + 1: first token of chunk c in the flat arrays */
    int32_t *ids;
    int64_t *offs;
    _Atomic size_t next;
} gather_job;

static void gather_worker(void *arg, size_t t)
{
    gather_job *g = arg;
    const tldr_bpe_batch *B = g->B;
    for (;;) {
        size_t c = atomic_fetch_add(&g->next, 1);
        if (c >= B->nchunks) break;
        const tldr_bpe_out *o = &B->outs[B->cthread[c]];
        size_t w = g->at[c], f = B->cfirst[c], cn = B->cn[c];
        if (cn) memcpy(g->ids + w, o->ids + f, cn * sizeof(int32_t));
        for (size_t k = 0; k < 2 * cn; k++) g->offs[2 * w + k] = (int64_t)o->spans[2 * f + k];
    }
}

tldr_status tldr_bpe_batch_gather(const tldr_bpe_batch *B, int32_t *ids, int64_t *offsets, int64_t *row_splits)
{
    gather_job g = {.B = B, .ids = ids, .offs = offsets};
    g.at = malloc((B->nchunks + 1) * sizeof *g.at);
    if (!g.at) return TLDR_ERR_NOMEM;
    g.at[0] = 0;
    for (size_t c = 0; c < B->nchunks; c++) g.at[c + 1] = g.at[c] + B->cn[c];
    atomic_init(&g.next, 0);
    /* at caption sizes a serial copy is a tenth of the run: copy in parallel when large */
    tldr_status st = tldr_parallel_run(B->ntokens > GATHER_TOKENS_PER_THREAD ? B->nthreads : 1, gather_worker, &g);
    free(g.at);
    if (st != TLDR_OK) return st;
    row_splits[0] = 0;
    for (size_t i = 0; i < B->ntexts; i++) row_splits[i + 1] = row_splits[i] + (int64_t)B->counts[i];
    return TLDR_OK;
}

void tldr_bpe_batch_free(tldr_bpe_batch *B)
{
    if (!B) return;
    if (B->outs)
        for (size_t t = 0; t < B->nthreads; t++) tldr_bpe_out_free(&B->outs[t]);
    free(B->outs);
    free(B->bounds);
    free(B->cthread);
    free(B->cfirst);
    free(B->cn);
    free(B->counts);
    free(B);
}
