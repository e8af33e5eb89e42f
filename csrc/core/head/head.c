/* head/head.c: the entry points of the token head (math and shapes in head.h): the
 * row-block driver, chunks and threads, and the reduction of the chunks' gradients.
 *
 * One pass over H: for every block of rows, the K dot products, the sigmoid, the loss term,
 * the gradient g_i and its contributions g_i h_i (to dW) and g_i W^T (to dH) are computed
 * while the block is in L1/L2, so H is read from memory exactly once. The inner loops come
 * from the instruction-set path chosen for this CPU (dispatch.c, kernel_*.c); float32 H
 * with K >= 8 goes through sgemm instead (kernel_blas.c).
 *
 * Parallelism: rows are cut into at most MAX_CHUNKS chunks whose size depends on (N, D, K)
 * only; threads take chunks from an atomic counter; each chunk's partial gradient goes to
 * its own float64 slot and the slots are summed in chunk order, so the result does not
 * depend on the number of threads.
 */
#include "head/kernel.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

/* Rows of float32 accumulation before folding into float64: 128 terms keep the float32
 * rounding error of a gradient entry near 128 * 2^-24 relative, and the fold costs one
 * pass over D*K values per 128 rows. */
#define FLUSH_ROWS 128
/* Chunks of a call: enough for 64 threads to balance; each holds D*K + K + 1 doubles. */
#define MAX_CHUNKS 64
/* Chunk partials are limited to 2^23 doubles (64 MiB) in total. */
#define PART_DOUBLES ((size_t)1 << 23)
/* A chunk has at least 256 rows, so its fold and the thread start-up stay small beside
 * the rows' work. */
#define MIN_CHUNK_ROWS 256
/* Threads pay off from about 2^18 elements of H per thread. */
#define THREAD_ELEMS_SHIFT 18

typedef struct {
    head_ctx cx;
    int use_blas;
    size_t chunk_rows, nchunks;
    size_t part_len; /* doubles per chunk: D*K (dW) + K (db) + 1 (loss) */
    double *part;
    size_t *bad;     /* per chunk */
    atomic_size_t next;
    atomic_int failed;
} head_run;

/* ---- the row-block driver ------------------------------------------------------------ */

/* Does row i need its logit? Rows outside the mask do not, unless logits are returned. */
static inline int row_needed(const head_ctx *cx, size_t i)
{
    return cx->mode == HEAD_DZ || cx->z_out || !cx->mask || cx->mask[i];
}

static inline void zero_dH_row(const head_ctx *cx, size_t i)
{
    if (cx->dH) memset(cx->dH + (ptrdiff_t)i * cx->dH_stride, 0, cx->H->d * tldr_dtype_size(cx->H->dtype));
}

/* The next block: up to block_rows rows from *i (< r1) that need work, their ids and row
 * pointers; *i moves past them. Rows that need nothing (outside the mask, no logits asked)
 * are skipped unread (their dH rows zeroed). Returns the block's row count. */
static size_t gather_block(const head_ctx *cx, size_t *i, size_t r1, size_t *ids, const char **hp)
{
    size_t n = 0;
    for (; *i < r1 && n < cx->block_rows; (*i)++) {
        if (!row_needed(cx, *i)) {
            zero_dH_row(cx, *i);
            continue;
        }
        ids[n] = *i;
        hp[n++] = head_row(cx->H, *i);
    }
    return n;
}

/* g (n, K) = logits of the block's rows, up to HEAD_DOT_ROWS rows per dots call. For
 * k > 0 the rows come from cache. */
static void block_logits(const head_ctx *cx, const char *const *hp, size_t n, float *g)
{
    const size_t D = cx->H->d, K = cx->K;
    for (size_t k = 0; k < K; k++) {
        for (size_t q = 0; q < n; q += cx->dot_rows) {
            size_t R = n - q < cx->dot_rows ? n - q : cx->dot_rows;
            float z[HEAD_DOT_ROWS];
            cx->kern->dots(z, hp + q, R, cx->WT + k * D, D);
            for (size_t r = 0; r < R; r++) g[(q + r) * K + k] = z[r] + cx->b[k];
        }
    }
}

/* Turn the block's logits into gradients, keeping only the rows that contribute
 * (masked-in, finite logits): their ids, row pointers and gradients are moved to the
 * front in order. Returns how many remain. */
static size_t block_loss(const head_ctx *cx, size_t *ids, const char **hp, size_t n, float *g,
                         head_sums *s)
{
    const size_t K = cx->K;
    size_t A = 0;
    for (size_t r = 0; r < n; r++) {
        size_t row = ids[r];
        int m = cx->mask ? cx->mask[row] : 1;
        int finite = 1;
        for (size_t k = 0; k < K; k++) finite &= isfinite(g[r * K + k]) != 0;
        if (!m || !finite) {
            if (m && row < s->bad) s->bad = row;
            zero_dH_row(cx, row);
            continue;
        }
        for (size_t k = 0; k < K; k++) /* writes row A <= r: never a value still to be read */
            head_logit(&s->lr, k, g[r * K + k], cx->y[row * K + k], cx->pw ? cx->pw[k] : 1.0, cx->scale,
                       &g[A * K + k]);
        ids[A] = row;
        hp[A++] = hp[r];
    }
    return A;
}

/* Rows [r0, r1) in blocks of cx->block_rows rows that need work; s->acc is (K, D).
 * Rows that need nothing (outside the mask, no logits asked) are skipped unread. */
static void block_rows(const head_ctx *cx, size_t r0, size_t r1, head_sums *s)
{
    const tldr_rows *H = cx->H;
    const size_t D = H->d, K = cx->K, G = cx->block_rows;
    size_t ids[TLDR_HEAD_MAX_BLOCK];
    const char *hp[TLDR_HEAD_MAX_BLOCK], *next[TLDR_HEAD_MAX_BLOCK];
    float *g = s->zb; /* (G, K): logits, then gradients */
    size_t i = r0;
    while (i < r1) {
        size_t n = gather_block(cx, &i, r1, ids, hp);
        if (n == 0) break;
        if (cx->mode != HEAD_DZ) {
            block_logits(cx, hp, n, g);
            if (cx->z_out)
                for (size_t r = 0; r < n; r++) /* K is small: a loop, not a memcpy call per row */
                    for (size_t k = 0; k < K; k++) cx->z_out[ids[r] * K + k] = g[r * K + k];
            if (cx->mode == HEAD_FORWARD) continue;
        }
        /* the rows the next block most likely reads (the next G logical rows): their first
         * lines now, more of them during the gradient pass */
        size_t nn = 0;
        for (size_t q = i; q < H->n && nn < G; q++) {
            next[nn] = head_row(H, q) + cx->pf_early;
            for (size_t off = 0; off < cx->pf_early; off += 64) __builtin_prefetch(next[nn] - cx->pf_early + off, 0, 3);
            nn++;
        }
        if (cx->mode == HEAD_DZ)
            for (size_t r = 0; r < n; r++)
                for (size_t k = 0; k < K; k++) g[r * K + k] = cx->dz[ids[r] * K + k];
        else
            n = block_loss(cx, ids, hp, n, g, s);
        for (size_t k = 0; k < K; k++) {
            for (size_t r = 0; r < n; r++) s->db[k] += g[r * K + k];
            cx->kern->grad(s->acc + k * D, g + k, K, hp, n, D, k == 0 ? next : NULL, nn, cx->pf_bytes);
        }
        if (cx->dH)
            for (size_t r = 0; r < n; r++)
                cx->kern->dh(cx->dH + (ptrdiff_t)ids[r] * cx->dH_stride, g + r * K, cx->WT, K, D);
    }
}

/* block_rows for the loss with K = 1 on a path with dots_grad: each block's dot products
 * run in one pass with the previous block's gradient (software pipelining), so the stream
 * from memory does not pause for a gradient pass; the last block's gradient is added at
 * the end. The same additions in the same order as block_rows, so the same bits. */
static void block_rows_fused(const head_ctx *cx, size_t r0, size_t r1, head_sums *s)
{
    const tldr_rows *H = cx->H;
    const size_t D = H->d, G = cx->block_rows;
    size_t ids[TLDR_HEAD_MAX_BLOCK];
    const char *rows[2][TLDR_HEAD_MAX_BLOCK];
    float *gbuf[2] = {s->zb, s->zb + G}; /* this block's gradients, the previous block's */
    size_t np = 0;                       /* rows of the previous block still to add */
    int cur = 0;
    size_t i = r0;
    while (i < r1) {
        const char **hp = rows[cur], *const *pp = rows[!cur];
        float *g = gbuf[cur];
        const float *pg = gbuf[!cur];
        size_t n = gather_block(cx, &i, r1, ids, hp);
        if (n == 0) break;
        size_t done = 0; /* rows of the previous block added so far */
        for (size_t q = 0; q < n; q += HEAD_DOT_ROWS) {
            size_t R = n - q < HEAD_DOT_ROWS ? n - q : HEAD_DOT_ROWS;
            size_t Rp = np - done < HEAD_DOT_ROWS ? np - done : HEAD_DOT_ROWS;
            float z[HEAD_DOT_ROWS];
            cx->kern->dots_grad(z, hp + q, R, cx->WT, D, s->acc, pg + done, pp + done, Rp);
            done += Rp;
            for (size_t r = 0; r < R; r++) g[q + r] = z[r] + cx->b[0];
        }
        if (done < np) cx->kern->grad(s->acc, pg + done, 1, pp + done, np - done, D, NULL, 0, 0);
        if (cx->z_out)
            for (size_t r = 0; r < n; r++) cx->z_out[ids[r]] = g[r];
        /* the first lines of the rows the next block most likely reads, before the loss
         * math (block_rows says why) */
        for (size_t q = i, nn = 0; q < H->n && nn < G; q++, nn++)
            for (size_t off = 0; off < cx->pf_early; off += 64) __builtin_prefetch(head_row(H, q) + off, 0, 3);
        n = block_loss(cx, ids, hp, n, g, s);
        for (size_t r = 0; r < n; r++) s->db[0] += g[r];
        if (cx->dH)
            for (size_t r = 0; r < n; r++)
                cx->kern->dh(cx->dH + (ptrdiff_t)ids[r] * cx->dH_stride, g + r, cx->WT, 1, D);
        np = n;
        cur = !cur;
    }
    if (np) cx->kern->grad(s->acc, gbuf[!cur], 1, rows[!cur], np, D, NULL, 0, 0);
}

/* ---- chunks and threads ------------------------------------------------------------ */

static void run_chunk(head_run *run, size_t c, float *acc, float *zb, double *prod)
{
    const head_ctx *cx = &run->cx;
    const size_t D = cx->H->d, K = cx->K;
    const size_t r0 = c * run->chunk_rows;
    const size_t r1 = r0 + run->chunk_rows < cx->H->n ? r0 + run->chunk_rows : cx->H->n;
    void (*rows)(const head_ctx *, size_t, size_t, head_sums *) =
        run->use_blas                                                     ? tldr_head_blas_rows
        : cx->mode == HEAD_LOSS && K == 1 && cx->fuse                     ? block_rows_fused
                                                                          : block_rows;
    if (cx->mode == HEAD_FORWARD) {
        head_sums s = {NULL, NULL, {0, 0, NULL}, SIZE_MAX, zb};
        rows(cx, r0, r1, &s);
        return;
    }
    double *part = run->part + c * run->part_len; /* dW (D, K) | db (K) | loss */
    double *pdW = part, *ploss = part + D * K + K;
    memset(part, 0, run->part_len * sizeof(double));
    head_sums s = {acc, part + D * K, {0, 0, prod}, SIZE_MAX, zb};
    for (size_t k = 0; k < 2 * K; k++) prod[k] = 1.0;
    for (size_t a = r0; a < r1; a += FLUSH_ROWS) {
        size_t e = a + FLUSH_ROWS < r1 ? a + FLUSH_ROWS : r1;
        memset(acc, 0, D * K * sizeof(float));
        rows(cx, a, e, &s);
        *ploss += head_loss_end_run(&s.lr, K, cx->pw);
        if (run->use_blas) /* acc is (D, K): element for element */
            cx->kern->fold(pdW, acc, 1, D * K);
        else               /* acc is (K, D) */
            cx->kern->fold(pdW, acc, K, D);
    }
    run->bad[c] = s.bad;
}

static void worker(void *arg, size_t t)
{
    head_run *run = (head_run *)arg;
    const size_t D = run->cx.H->d, K = run->cx.K;
    size_t zrows = run->use_blas ? HEAD_BLAS_ROWS : run->cx.block_rows;
    int fwd = run->cx.mode == HEAD_FORWARD;
    float *acc = fwd ? NULL : malloc(D * K * sizeof(float));
    double *prod = fwd ? NULL : malloc(2 * K * sizeof(double));
    float *zb = malloc(2 * zrows * K * sizeof(float)); /* twice: block_rows_fused keeps two blocks */
    if ((!fwd && (!acc || !prod)) || !zb) {
        atomic_store(&run->failed, 1);
    } else {
        for (;;) {
            size_t c = atomic_fetch_add(&run->next, 1);
            if (c >= run->nchunks || atomic_load(&run->failed)) break;
            run_chunk(run, c, acc, zb, prod);
        }
    }
    free(acc);
    free(prod);
    free(zb);
}

/* Everything a call decides before its threads start; then the threads; then the first
 * failing row. On success the partials wait in run->part for reduce(). */
static tldr_status run_rows(head_run *run, const tldr_head_opts *opts, size_t *bad_row)
{
    head_ctx *cx = &run->cx;
    const tldr_rows *H = cx->H;
    const size_t N = H->n, D = H->d, K = cx->K;
    tldr_status st = TLDR_OK;
    float *WT = NULL;
    *bad_row = SIZE_MAX;
    if (N == 0) return TLDR_OK;
    if (D == 0 || K == 0 || !opts || opts->nthreads == 0 || opts->block_rows > TLDR_HEAD_MAX_BLOCK)
        return TLDR_ERR_ARG;
    if (D > SIZE_MAX / K / sizeof(double) / 2) return TLDR_ERR_LIMIT;

    /* chunk layout: depends on (N, D, K) only */
    size_t per_chunk = D * K + K + 1;
    size_t max_chunks = PART_DOUBLES / per_chunk;
    if (max_chunks < 1) max_chunks = 1;
    if (max_chunks > MAX_CHUNKS) max_chunks = MAX_CHUNKS;
    size_t chunk_rows = (N + max_chunks - 1) / max_chunks;
    if (chunk_rows < MIN_CHUNK_ROWS) chunk_rows = MIN_CHUNK_ROWS;
    run->chunk_rows = chunk_rows;
    run->nchunks = (N + chunk_rows - 1) / chunk_rows;
    run->part_len = per_chunk;
    atomic_init(&run->next, 0);
    atomic_init(&run->failed, 0);

    /* blocks: from the L1 data cache (or the caller); a quarter of each next row is
     * prefetched during a block's gradient pass, what memory delivers in the time the
     * pass re-reads a block from cache (docs/head.md) */
    size_t row_bytes = D * tldr_dtype_size(H->dtype);
    cx->block_rows = opts->block_rows ? opts->block_rows : tldr_head_block_rows(row_bytes);
    cx->pf_early = row_bytes >= 2 * HEAD_PF_EARLY ? HEAD_PF_EARLY : 0;
    cx->pf_bytes = row_bytes / 4 > cx->pf_early + 64 ? row_bytes / 4 - cx->pf_early : 0;
    cx->kern = tldr_head_kernels(H->dtype);
    cx->dot_rows = cx->mode == HEAD_FORWARD ? tldr_head_forward_streams(row_bytes) : HEAD_DOT_ROWS;
    cx->fuse = cx->kern->dots_grad != NULL && tldr_head_fuse_blocks(row_bytes);

    if (!run->use_blas && K == 1) {
        cx->WT = cx->W; /* (D, 1) is already (1, D) */
    } else if (!run->use_blas) {
        WT = malloc(D * K * sizeof(float));
        if (!WT) return TLDR_ERR_NOMEM;
        for (size_t j = 0; j < D; j++)
            for (size_t k = 0; k < K; k++) WT[k * D + j] = cx->W[j * K + k];
        cx->WT = WT;
    }
    if (cx->mode != HEAD_FORWARD) {
        run->part = malloc(run->nchunks * per_chunk * sizeof(double));
        run->bad = malloc(run->nchunks * sizeof(size_t));
        if (!run->part || !run->bad) {
            st = TLDR_ERR_NOMEM;
            goto done;
        }
    }
    size_t nthreads = opts->nthreads;
    size_t work_threads = (N * D) >> THREAD_ELEMS_SHIFT;
    if (nthreads > work_threads) nthreads = work_threads ? work_threads : 1;
    if (nthreads > run->nchunks) nthreads = run->nchunks;
    st = tldr_parallel_run(nthreads, worker, run);
    if (st == TLDR_OK && atomic_load(&run->failed)) st = TLDR_ERR_NOMEM;
    if (st != TLDR_OK || cx->mode == HEAD_FORWARD) goto done;
    for (size_t c = 0; c < run->nchunks; c++)
        if (run->bad[c] < *bad_row) *bad_row = run->bad[c];
    if (*bad_row != SIZE_MAX) st = TLDR_ERR_NONFINITE;
done:
    free(WT);
    cx->WT = NULL;
    return st;
}

static void run_free(head_run *run)
{
    free(run->part);
    free(run->bad);
    run->part = NULL;
    run->bad = NULL;
}

/* Sum the chunk partials in chunk order, add them to dW and db, and give the loss sum. */
static tldr_status reduce(const head_run *run, float *dW, float *db, double *loss)
{
    const size_t D = run->cx.H->d, K = run->cx.K, L = run->part_len;
    double *tot = calloc(L, sizeof(double));
    if (!tot) return TLDR_ERR_NOMEM;
    for (size_t c = 0; c < run->nchunks; c++) {
        const double *p = run->part + c * L;
        for (size_t j = 0; j < L; j++) tot[j] += p[j];
    }
    for (size_t j = 0; j < D * K; j++) dW[j] += (float)tot[j];
    for (size_t k = 0; k < K; k++) db[k] += (float)tot[D * K + k];
    if (loss) *loss = tot[D * K + K];
    free(tot);
    return TLDR_OK;
}

/* ---- entry points -------------------------------------------------------------------- */

tldr_status tldr_head_forward(float *z, const tldr_rows *H, const float *W, const float *b, size_t K,
                              const tldr_head_opts *opts)
{
    head_run run = {0};
    run.cx.mode = HEAD_FORWARD;
    run.cx.H = H;
    run.cx.W = W;
    run.cx.b = b;
    run.cx.K = K;
    run.cx.z_out = z;
    run.use_blas = tldr_head_blas_fits(H, K, NULL, 0);
    size_t bad;
    tldr_status st = run_rows(&run, opts, &bad);
    run_free(&run);
    return st;
}

tldr_status tldr_head_loss_grad(tldr_head_result *res, float *dW, float *db, void *dH, ptrdiff_t dH_row_stride,
                                float *z_out, const tldr_rows *H, const float *W, const float *b, const uint8_t *y,
                                const uint8_t *mask, const float *pos_weight, size_t K, const tldr_head_opts *opts)
{
    res->loss = 0;
    res->mask_sum = 0;
    res->bad_row = SIZE_MAX;
    size_t msum = H->n;
    if (mask) {
        msum = 0;
        for (size_t i = 0; i < H->n; i++) msum += mask[i] != 0;
    }
    res->mask_sum = (double)msum;
    head_run run = {0};
    head_ctx *cx = &run.cx;
    cx->mode = HEAD_LOSS;
    cx->H = H;
    cx->W = W;
    cx->b = b;
    cx->y = y;
    cx->mask = mask;
    cx->pw = pos_weight;
    cx->K = K;
    cx->z_out = z_out;
    cx->dH = (char *)dH;
    cx->dH_stride = dH_row_stride;
    cx->scale = msum ? 1.0 / ((double)K * (double)msum) : 0.0;
    run.use_blas = tldr_head_blas_fits(H, K, dH, dH_row_stride);
    tldr_status st = run_rows(&run, opts, &res->bad_row);
    if (st == TLDR_OK && H->n > 0) {
        double loss = 0;
        st = reduce(&run, dW, db, &loss);
        res->loss = loss * cx->scale;
    }
    run_free(&run);
    return st;
}

tldr_status tldr_head_backward(float *dW, float *db, void *dH, ptrdiff_t dH_row_stride, const tldr_rows *H,
                               const float *W, const float *dz, size_t K, const tldr_head_opts *opts)
{
    head_run run = {0};
    run.cx.mode = HEAD_DZ;
    run.cx.H = H;
    run.cx.W = W;
    run.cx.dz = dz;
    run.cx.K = K;
    run.cx.dH = (char *)dH;
    run.cx.dH_stride = dH_row_stride;
    run.use_blas = tldr_head_blas_fits(H, K, dH, dH_row_stride);
    size_t bad;
    tldr_status st = run_rows(&run, opts, &bad);
    if (st == TLDR_OK && H->n > 0) st = reduce(&run, dW, db, NULL);
    run_free(&run);
    return st;
}
