/* head/kernel.h: the inner loops of the token head, as each instruction-set path provides
 * them to the row-block driver in head.c, and what the drivers share. Internal to
 * csrc/core/head/.
 *
 * A block is G rows of H (G = tldr_head_block_rows). For each block the driver calls
 *   dots  the logits: one stream from memory per row, up to four rows at once;
 *   grad  the weight gradient: the block again, now from L1/L2, added into a float32
 *         accumulator with a column tile of it held in registers across the block's rows;
 *         meanwhile the next block's rows are prefetched, so memory does not sit idle
 *         while the block is re-read from cache;
 *   dh    the input gradient of one row, rounded to H's dtype;
 * and every 128 rows
 *   fold  the float32 accumulator into the chunk's float64 gradient.
 *
 * Block-size independence: every loop gives each row the same arithmetic whatever rows
 * share its call (dots keeps one set of accumulators per row; grad adds rows into acc one
 * after the other, in order). So the block size may follow the cache sizes of the machine
 * without changing a bit of the result.
 */
#ifndef TLDR_HEAD_KERNEL_H
#define TLDR_HEAD_KERNEL_H

#include "head/head.h"
#include "head/half.h"

#include <math.h>

/* Rows per dots call: four streams from memory in flight together are what the
 * prefetchers of both x86 families measured best with (docs/performance.md). */
#define HEAD_DOT_ROWS 4

/* The dots prefetch each row this many bytes ahead of their loads: on the Intel Xeon
 * measured, 3% faster than the hardware prefetcher alone (256 B and 768 B gained less,
 * 2 KiB and more lost). Prefetching past a row's end is harmless (x86 prefetches never
 * fault); the address is formed as an integer so that no pointer leaves its object. */
#define HEAD_PF_AHEAD 512

static inline void head_prefetch_ahead(const char *p, size_t offset)
{
    __builtin_prefetch((const void *)((uintptr_t)p + offset + HEAD_PF_AHEAD), 0, 3);
}

typedef struct {
    /* out[r] = h_r · w for r < R <= HEAD_DOT_ROWS; h_r has D elements of this dtype. */
    void (*dots)(float *out, const char *const *h, size_t R, const float *w, size_t D);
    /* acc[j] += g[r * gs] * h_r[j] for r = 0 .. R-1 in this order, j < D. While it runs,
     * the first pf_bytes of each of the npf rows pf[] are prefetched. */
    void (*grad)(float *acc, const float *g, size_t gs, const char *const *h, size_t R, size_t D,
                 const char *const *pf, size_t npf, size_t pf_bytes);
    /* out[j] = sum_k g[k] WT[k * D + j] (k = 0 .. K-1 in order), rounded to the dtype. */
    void (*dh)(char *out, const float *g, const float *WT, size_t K, size_t D);
    /* out[j * K + k] += acc[k * D + j] for k < K, j < D, in float64 (exact conversions, one
     * rounding per add): a run's float32 gradient folded into its chunk's float64 one. */
    void (*fold)(double *out, const float *acc, size_t K, size_t D);
    /* dots of R <= HEAD_DOT_ROWS rows h (out, bit for bit as dots) and the gradient of
     * Rp <= HEAD_DOT_ROWS earlier rows hp (acc[j] += g[r] * hp_r[j], bit for bit as grad)
     * in one pass over the columns: memory streams the new rows while the core adds the
     * earlier ones from cache, with no pause between blocks. NULL where a path has none
     * (the driver then calls dots and grad). K = 1 only. */
    void (*dots_grad)(float *out, const char *const *h, size_t R, const float *w, size_t D, float *acc,
                      const float *g, const char *const *hp, size_t Rp);
} head_kernels;

/* ---- the call, as the row-block drivers (head.c, kernel_blas.c) see it ---------------- */

typedef enum { HEAD_FORWARD, HEAD_LOSS, HEAD_DZ } head_mode;

typedef struct {
    head_mode mode;
    const tldr_rows *H;
    const float *W;     /* (D, K) */
    const float *WT;    /* (K, D): W transposed (W itself when K = 1); row kernel only */
    const float *b;     /* (K,); unused with HEAD_DZ */
    const uint8_t *y;   /* (N, K) labels, HEAD_LOSS */
    const uint8_t *mask;/* (N,) or NULL */
    const float *pw;    /* (K,) or NULL */
    const float *dz;    /* (N, K), HEAD_DZ */
    float *z_out;       /* (N, K) or NULL */
    char *dH;           /* (N, D) in H's dtype, or NULL */
    ptrdiff_t dH_stride;
    size_t K;
    double scale;       /* 1 / (K sum_i m_i), HEAD_LOSS */
    const head_kernels *kern;
    size_t block_rows;  /* row kernel: rows per block */
    size_t dot_rows;    /* row kernel: rows per dots call (streams from memory at once) */
    size_t pf_early;    /* row kernel: bytes of each next row prefetched before the loss math */
    size_t pf_bytes;    /* row kernel: bytes after those prefetched during the gradient pass */
    int fuse;           /* row kernel, loss with K = 1: dots_grad (tldr_head_fuse_blocks) */
} head_ctx;

/* The loss of a run of rows (at most FLUSH_ROWS = 128), kept without a log1p per logit:
 * with e = exp(-|z|), a logit's term is w * (max(+-z, 0) + log1p(e)) (w = pw_k for y = 1,
 * else 1), and sum_i log1p(e_i) = log prod_i (1 + e_i). So each row multiplies (1 + e)
 * into a product per output and label, and one log per product ends the run: the log1p,
 * three times the cost of the exp (perf), leaves the row loop, where memory waits for it.
 * Tiny e (< 2^-20, where 1 + e would round away e's low bits) are summed directly as
 * e - e^2/2 (log1p's series; the next term is below 2^-60 e). Each product has at most
 * 128 factors in (1, 2], so it stays below 2^128. */
typedef struct {
    double linear; /* sum of w * max(+-z, 0) */
    double small;  /* sum of w * log1p(e) for tiny e */
    double *prod;  /* (K, 2): products of (1 + e) over rows with y = 0 and y = 1 */
} head_loss_run;

/* What a run of rows adds up. acc is the float32 weight-gradient accumulator ((K, D) for
 * the row kernel, (D, K) for the BLAS kernel); zb is per-thread scratch of
 * max(block rows, HEAD_BLAS_ROWS) * K floats. */
typedef struct {
    float *acc;
    double *db;       /* (K,) */
    head_loss_run lr; /* the loss of the current run */
    size_t bad;       /* first masked-in row with a non-finite logit, or SIZE_MAX */
    float *zb;
} head_sums;

/* Rows per sgemm block of the BLAS kernel. Fixed, not taken from the cache size, because
 * sgemm adds a block's rows in its own order: a different block would change the bits. */
#define HEAD_BLAS_ROWS 64

/* The BLAS kernel (kernel_blas.c) over rows [r0, r1): float32 H with K >= 8. */
void tldr_head_blas_rows(const head_ctx *cx, size_t r0, size_t r1, head_sums *s);
int tldr_head_blas_fits(const tldr_rows *H, size_t K, const void *dH, ptrdiff_t dH_stride);

/* One masked-in logit z of output k with label y: its loss term goes into the run, and
 * *g gets dloss/dz times scale. With e = exp(-|z|): sigmoid(z) = 1/(1+e) for z >= 0,
 * e/(1+e) for z < 0, and softplus(+-z) = max(+-z, 0) + log1p(e). */
static inline void head_logit(head_loss_run *lr, size_t k, double z, int y, double pw, double scale, float *g)
{
    double e = exp(-fabs(z));
    double inv = 1.0 / (1.0 + e);
    double w = y ? pw : 1.0;
    if (y) {
        *g = (float)(-pw * (z >= 0 ? e * inv : inv) * scale); /* -pw sigmoid(-z) */
        lr->linear += w * (z < 0 ? -z : 0);
    } else {
        *g = (float)((z >= 0 ? inv : e * inv) * scale); /* sigmoid(z) */
        lr->linear += w * (z > 0 ? z : 0);
    }
    if (e < 0x1p-20)
        lr->small += w * (e - 0.5 * e * e);
    else
        lr->prod[2 * k + (y != 0)] *= 1.0 + e;
}

/* The run's loss; the run starts afresh. */
static inline double head_loss_end_run(head_loss_run *lr, size_t K, const float *pw)
{
    double l = lr->linear + lr->small;
    for (size_t k = 0; k < K; k++) {
        l += log(lr->prod[2 * k]) + (pw ? pw[k] : 1.0) * log(lr->prod[2 * k + 1]);
        lr->prod[2 * k] = lr->prod[2 * k + 1] = 1.0;
    }
    lr->linear = lr->small = 0;
    return l;
}

/* Bytes of each next row prefetched right after a block's dot products, before its loss
 * math and gradient pass: four lines per row keep the next block's streams open while
 * the core computes (measured: 1.17x -> 1.11x the floor at D = 2048 on Intel; more than
 * 8 lines per row fills the miss queue and stalls). */
#define HEAD_PF_EARLY 256

/* The kernel table of each path for one dtype (never NULL for a path the CPU runs). */
const head_kernels *tldr_head_kernels_generic(tldr_dtype t);
#if defined(__x86_64__) || defined(__i386__)
#define TLDR_HEAD_X86 1
/* AVX512-BF16 intrinsics and CPU-feature names arrived in GCC 10 and clang 9. */
#if defined(__clang__) ? __clang_major__ >= 9 : (defined(__GNUC__) && __GNUC__ >= 10)
#define TLDR_HEAD_BF16_INSN 1
#else
#define TLDR_HEAD_BF16_INSN 0
#endif
const head_kernels *tldr_head_kernels_avx2(tldr_dtype t);
/* bf16_insn: the CPU has AVX512-BF16, whose vcvtneps2bf16 rounds dH rows to bfloat16. */
const head_kernels *tldr_head_kernels_avx512(tldr_dtype t, int bf16_insn);
#else
#define TLDR_HEAD_X86 0
#define TLDR_HEAD_BF16_INSN 0
#endif

/* The kernels of the path chosen for this process (dispatch.c), and how many rows the
 * forward pass streams at once. */
const head_kernels *tldr_head_kernels(tldr_dtype t);
size_t tldr_head_forward_streams(size_t row_bytes);
int tldr_head_fuse_blocks(size_t row_bytes);

/* Prefetch of the next block's first bytes, spread evenly over the `steps` iterations of
 * a gradient pass (Bresenham: a credit of `total` lines per step, one line per `steps`
 * of credit), so that a steady trickle of requests keeps memory busy without filling the
 * core's miss queue at any one moment. Lines go round the rows (line 0 of every row,
 * then line 1, ...), the order in which the next block's dots will ask for them. */
typedef struct {
    const char *const *rows;
    size_t nrows, total, steps, credit, done;
    size_t r, offset; /* the next line: row r, byte offset (no division in the loop) */
} head_prefetch;

static inline head_prefetch head_prefetch_plan(const char *const *rows, size_t nrows, size_t bytes,
                                               size_t steps)
{
    head_prefetch p = {rows, nrows, 0, steps ? steps : 1, 0, 0, 0, 0};
    p.total = rows && nrows ? nrows * ((bytes + 63) / 64) : 0;
    return p;
}

static inline void head_prefetch_step(head_prefetch *p)
{
    if (p->done >= p->total) return;
    p->credit += p->total;
    while (p->credit >= p->steps && p->done < p->total) {
        p->credit -= p->steps;
        __builtin_prefetch(p->rows[p->r] + p->offset, 0, 3);
        p->done++;
        if (++p->r == p->nrows) {
            p->r = 0;
            p->offset += 64;
        }
    }
}

/* The fold for any K, in scalar code; the kernels vectorize the K = 1 case. */
static inline void head_fold_any(double *out, const float *acc, size_t K, size_t D)
{
    for (size_t k = 0; k < K; k++)
        for (size_t j = 0; j < D; j++) out[j * K + k] += acc[k * D + j];
}

/* Logical row i of a view. */
static inline const char *head_row(const tldr_rows *H, size_t i)
{
    size_t r = H->rows ? (size_t)H->rows[i] : i;
    return H->data + (ptrdiff_t)r * H->row_stride;
}

/* Scalar element j of a row of dtype t, widened. */
static inline float head_load1(const char *h, tldr_dtype t, size_t j)
{
    switch (t) {
    case TLDR_F16: return tldr_f16_to_f32(((const uint16_t *)h)[j]);
    case TLDR_BF16: return tldr_bf16_to_f32(((const uint16_t *)h)[j]);
    default: return ((const float *)h)[j];
    }
}

/* Store v as element j of a row of dtype t, rounded. */
static inline void head_store1(char *o, tldr_dtype t, size_t j, float v)
{
    switch (t) {
    case TLDR_F16: ((uint16_t *)o)[j] = tldr_f32_to_f16(v); break;
    case TLDR_BF16: ((uint16_t *)o)[j] = tldr_f32_to_bf16(v); break;
    default: ((float *)o)[j] = v; break;
    }
}

#endif
