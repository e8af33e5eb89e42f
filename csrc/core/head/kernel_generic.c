/* head/kernel_generic.c: the head's inner loops in portable C (any CPU; on x86-64 the
 * baseline SSE2 the compiler vectorizes to). The contract is in kernel.h.
 *
 * Each loop is written once over the element type: the dtype-specific part is the scalar
 * load head_load1 / store head_store1, and each table entry is that loop with the dtype
 * fixed, so the compiler specialises it (the switch disappears from the inner loops).
 */
#include "head/kernel.h"

#define INLINE static inline __attribute__((always_inline))

/* A row's dot product with four partial sums over j mod 4 (independent chains, so the loop
 * is not latency-bound), added pairwise at the end. */
INLINE float dot_row(const char *h, const float *w, size_t D, tldr_dtype t)
{
    float a0 = 0, a1 = 0, a2 = 0, a3 = 0;
    size_t j = 0;
    for (; j + 4 <= D; j += 4) {
        a0 += head_load1(h, t, j) * w[j];
        a1 += head_load1(h, t, j + 1) * w[j + 1];
        a2 += head_load1(h, t, j + 2) * w[j + 2];
        a3 += head_load1(h, t, j + 3) * w[j + 3];
    }
    for (; j < D; j++) a0 += head_load1(h, t, j) * w[j];
    return (a0 + a1) + (a2 + a3);
}

INLINE void dots_t(float *out, const char *const *h, size_t R, const float *w, size_t D,
                   tldr_dtype t)
{
    for (size_t r = 0; r < R; r++) out[r] = dot_row(h[r], w, D, t);
}

/* Column tiles of 256 elements (1 KiB of acc) stay in L1 across the block's rows. */
#define GEN_TILE 256

INLINE void grad_t(float *acc, const float *g, size_t gs, const char *const *h, size_t R,
                   size_t D, const char *const *pf, size_t npf, size_t pf_bytes, tldr_dtype t)
{
    head_prefetch p = head_prefetch_plan(pf, npf, pf_bytes, ((D + GEN_TILE - 1) / GEN_TILE) * R);
    for (size_t j0 = 0; j0 < D; j0 += GEN_TILE) {
        size_t j1 = j0 + GEN_TILE < D ? j0 + GEN_TILE : D;
        for (size_t r = 0; r < R; r++) {
            head_prefetch_step(&p);
            const float gr = g[r * gs];
            const char *x = h[r];
            for (size_t j = j0; j < j1; j++) acc[j] += gr * head_load1(x, t, j);
        }
    }
}

INLINE void dh_t(char *out, const float *g, const float *WT, size_t K, size_t D, tldr_dtype t)
{
    for (size_t j = 0; j < D; j++) {
        float v = 0;
        for (size_t k = 0; k < K; k++) v += g[k] * WT[k * D + j];
        head_store1(out, t, j, v);
    }
}

static void fold(double *out, const float *acc, size_t K, size_t D) { head_fold_any(out, acc, K, D); }

#define INSTANTIATE(SUF, T)                                                                        \
    static void dots_##SUF(float *o, const char *const *h, size_t R, const float *w, size_t D)   \
    {                                                                                             \
        dots_t(o, h, R, w, D, T);                                                                 \
    }                                                                                             \
    static void grad_##SUF(float *acc, const float *g, size_t gs, const char *const *h, size_t R, \
                           size_t D, const char *const *pf, size_t npf, size_t pfb)               \
    {                                                                                             \
        grad_t(acc, g, gs, h, R, D, pf, npf, pfb, T);                                             \
    }                                                                                             \
    static void dh_##SUF(char *o, const float *g, const float *WT, size_t K, size_t D)            \
    {                                                                                             \
        dh_t(o, g, WT, K, D, T);                                                                  \
    }                                                                                             \
    static const head_kernels kernels_##SUF = {dots_##SUF, grad_##SUF, dh_##SUF, fold, NULL};

INSTANTIATE(f32, TLDR_F32)
INSTANTIATE(f16, TLDR_F16)
INSTANTIATE(bf16, TLDR_BF16)

const head_kernels *tldr_head_kernels_generic(tldr_dtype t)
{
    return t == TLDR_F16 ? &kernels_f16 : t == TLDR_BF16 ? &kernels_bf16 : &kernels_f32;
}
