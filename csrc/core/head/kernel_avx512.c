/* head/kernel_avx512.c: the head's inner loops with AVX-512 F/BW/VL (16 floats per
 * register, masked loads for row tails), chosen at run time (dispatch.c); per-function
 * target attributes keep the build baseline x86-64. The contract is in kernel.h.
 *
 * Each loop is written once over the element type; the dtype-specific parts are the
 * 16-element widening load load16 (float16 by vcvtph2ps, bfloat16 by zero-extending its
 * bits into the upper half of a float32) and the rounding store store16. Where the CPU
 * has AVX512-BF16, dH rows in bfloat16 are rounded by vcvtneps2bf16 (round to nearest
 * even, as the integer emulation; it also flushes subnormals to zero).
 *
 * Tried and not used: vdpbf16ps for the bfloat16 dot products. A float32 weight needs
 * three bfloat16 parts (hi + mid + lo) for float32 accuracy, so three vdpbf16ps replace
 * one widening and two FMAs per 32 elements; the loop is memory-bound either way and
 * measured 7% slower (docs/performance.md).
 */
#include "head/kernel.h"

#if TLDR_HEAD_X86
#include <immintrin.h>

#define TGT __attribute__((target("avx512f,avx512bw,avx512vl,avx2,fma,f16c")))
#define TGT_BF16 __attribute__((target("avx512f,avx512bw,avx512vl,avx512bf16,avx2,fma,f16c")))
#define INLINE TGT static inline __attribute__((always_inline))

/* Elements j .. j+15 of a row, widened; the masked form reads only the lanes in m. */
INLINE __m512 load16(const char *h, size_t j, tldr_dtype t)
{
    if (t == TLDR_F32) return _mm512_loadu_ps((const float *)h + j);
    __m256i v = _mm256_loadu_si256((const __m256i *)((const uint16_t *)h + j));
    if (t == TLDR_F16) return _mm512_cvtph_ps(v);
    return _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_cvtepu16_epi32(v), 16));
}

INLINE __m512 load16m(const char *h, size_t j, __mmask16 m, tldr_dtype t)
{
    if (t == TLDR_F32) return _mm512_maskz_loadu_ps(m, (const float *)h + j);
    __m256i v = _mm256_maskz_loadu_epi16(m, (const uint16_t *)h + j);
    if (t == TLDR_F16) return _mm512_cvtph_ps(v);
    return _mm512_castsi512_ps(_mm512_slli_epi32(_mm512_cvtepu16_epi32(v), 16));
}

/* v rounded to a 16-bit format, bfloat16 by integer arithmetic (nearest even; NaN quiet). */
INLINE __m256i narrow16(__m512 v, tldr_dtype t)
{
    if (t == TLDR_F16) return _mm512_cvtps_ph(v, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
    __m512i u = _mm512_castps_si512(v);
    __m512i lsb = _mm512_and_si512(_mm512_srli_epi32(u, 16), _mm512_set1_epi32(1));
    __m512i r = _mm512_srli_epi32(_mm512_add_epi32(_mm512_add_epi32(u, _mm512_set1_epi32(0x7FFF)), lsb), 16);
    __mmask16 nan = _mm512_cmp_ps_mask(v, v, _CMP_UNORD_Q);
    r = _mm512_mask_mov_epi32(r, nan, _mm512_or_si512(_mm512_srli_epi32(u, 16), _mm512_set1_epi32(0x40)));
    return _mm512_cvtepi32_epi16(r);
}

INLINE void store16m(char *o, size_t j, __mmask16 m, __m512 v, tldr_dtype t)
{
    if (t == TLDR_F32)
        _mm512_mask_storeu_ps((float *)o + j, m, v);
    else
        _mm256_mask_storeu_epi16((uint16_t *)o + j, m, narrow16(v, t));
}

static inline __mmask16 tail_mask(size_t n) { return (__mmask16)((1u << n) - 1u); }

/* The end of the dots from column j (fewer than 32 columns left): a whole register to a,
 * a masked one to c; then each row's sum. */
INLINE void dots_tail(float *out, const char *const *h, size_t R, const float *w, size_t D, size_t j, __m512 *a,
                      __m512 *c, tldr_dtype t)
{
    if (j + 16 <= D) {
        __m512 w0 = _mm512_loadu_ps(w + j);
        for (size_t r = 0; r < R; r++) a[r] = _mm512_fmadd_ps(load16(h[r], j, t), w0, a[r]);
        j += 16;
    }
    if (j < D) {
        __mmask16 m = tail_mask(D - j);
        __m512 w0 = _mm512_maskz_loadu_ps(m, w + j);
        for (size_t r = 0; r < R; r++) c[r] = _mm512_fmadd_ps(load16m(h[r], j, m, t), w0, c[r]);
    }
    for (size_t r = 0; r < R; r++) out[r] = _mm512_reduce_add_ps(_mm512_add_ps(a[r], c[r]));
}

/* The gradient over columns [j, D): whole groups of 32, then the tail one register (or
 * a masked one) at a time; acc[.] += g[r * gs] h_r[.] in row order. */
INLINE void grad_rest(float *acc, const float *g, size_t gs, const char *const *h, size_t R, size_t D, size_t j,
                      tldr_dtype t)
{
    for (; j + 32 <= D; j += 32) {
        __m512 s0 = _mm512_loadu_ps(acc + j), s1 = _mm512_loadu_ps(acc + j + 16);
        for (size_t r = 0; r < R; r++) {
            __m512 gv = _mm512_set1_ps(g[r * gs]);
            __m512 lo = load16(h[r], j, t), hi = load16(h[r], j + 16, t);
            s0 = _mm512_fmadd_ps(gv, lo, s0);
            s1 = _mm512_fmadd_ps(gv, hi, s1);
        }
        _mm512_storeu_ps(acc + j, s0);
        _mm512_storeu_ps(acc + j + 16, s1);
    }
    for (; j < D; j += 16) {
        __mmask16 m = D - j >= 16 ? (__mmask16)0xFFFF : tail_mask(D - j);
        __m512 s = _mm512_maskz_loadu_ps(m, acc + j);
        for (size_t r = 0; r < R; r++) s = _mm512_fmadd_ps(_mm512_set1_ps(g[r * gs]), load16m(h[r], j, m, t), s);
        _mm512_mask_storeu_ps(acc + j, m, s);
    }
}

/* Dots of R <= 4 rows, 32 columns per step: each row has two accumulators (columns
 * j mod 32 < 16 and >= 16), so R rows keep 2R FMA chains and R streams in flight; a
 * last whole register goes to the first accumulator, a masked tail to the second. A
 * row's arithmetic does not depend on R. */
INLINE void dots_t(float *out, const char *const *h, size_t R, const float *w, size_t D,
                   tldr_dtype t)
{
    __m512 a[HEAD_DOT_ROWS], c[HEAD_DOT_ROWS];
    for (size_t r = 0; r < HEAD_DOT_ROWS; r++) a[r] = c[r] = _mm512_setzero_ps();
    size_t j = 0;
    const size_t esz = tldr_dtype_size(t);
    for (; j + 32 <= D; j += 32) {
        __m512 w0 = _mm512_loadu_ps(w + j), w1 = _mm512_loadu_ps(w + j + 16);
        for (size_t r = 0; r < R; r++) {
            head_prefetch_ahead(h[r], j * esz);
            if (esz == 4) head_prefetch_ahead(h[r], j * esz + 64); /* 32 floats: two lines */
            a[r] = _mm512_fmadd_ps(load16(h[r], j, t), w0, a[r]);
            c[r] = _mm512_fmadd_ps(load16(h[r], j + 16, t), w1, c[r]);
        }
    }
    dots_tail(out, h, R, w, D, j, a, c, t);
}

/* Dispatch on R so that each case is a loop with a constant row count (the compiler
 * keeps the accumulators in registers). */
INLINE void dots_any(float *out, const char *const *h, size_t R, const float *w, size_t D,
                     tldr_dtype t)
{
    switch (R) {
    case 4: dots_t(out, h, 4, w, D, t); break;
    case 3: dots_t(out, h, 3, w, D, t); break;
    case 2: dots_t(out, h, 2, w, D, t); break;
    default: dots_t(out, h, 1, w, D, t); break;
    }
}

/* Column tiles of 128 floats (8 of the 32 registers) held across the block's rows: the
 * accumulator is loaded and stored once per block, and the rows are read from cache
 * exactly once. */
#define TILE 128

INLINE void grad_t(float *acc, const float *g, size_t gs, const char *const *h, size_t R,
                   size_t D, const char *const *pf, size_t npf, size_t pf_bytes, tldr_dtype t)
{
    head_prefetch p = head_prefetch_plan(pf, npf, pf_bytes, (D / TILE) * R);
    size_t j = 0;
    for (; j + TILE <= D; j += TILE) {
        __m512 s[TILE / 16];
        for (int q = 0; q < TILE / 16; q++) s[q] = _mm512_loadu_ps(acc + j + 16 * q);
        for (size_t r = 0; r < R; r++) {
            head_prefetch_step(&p);
            const char *x = h[r] + j * tldr_dtype_size(t);
            /* x opaque to the optimizer: it would otherwise keep the eight offsets j + 16 q
             * in registers (spilling to vector registers) instead of using constant
             * displacements from x */
            __asm__("" : "+r"(x));
            __m512 gv = _mm512_set1_ps(g[r * gs]);
            for (int q = 0; q < TILE / 16; q++) s[q] = _mm512_fmadd_ps(gv, load16(x, 16 * q, t), s[q]);
        }
        for (int q = 0; q < TILE / 16; q++) _mm512_storeu_ps(acc + j + 16 * q, s[q]);
    }
    grad_rest(acc, g, gs, h, R, D, j, t); /* the last partial tile */
    while (p.done < p.total) head_prefetch_step(&p);
}

/* dots_t of R rows and grad_t of Rp earlier rows (g[r], stride 1) in one pass over the
 * columns, each with exactly the arithmetic of the separate loops: the dots keep their
 * two accumulators per row and their tails; each acc element gets the earlier rows'
 * FMAs in row order, loaded from and stored to acc once per 32 columns (the previous
 * block is in L1/L2; acc is in L1). */
INLINE void dots_grad_t(float *out, const char *const *h, size_t R, const float *w, size_t D, float *acc,
                        const float *g, const char *const *hp, size_t Rp, tldr_dtype t)
{
    __m512 a[HEAD_DOT_ROWS], c[HEAD_DOT_ROWS], gv[HEAD_DOT_ROWS];
    for (size_t r = 0; r < HEAD_DOT_ROWS; r++) a[r] = c[r] = _mm512_setzero_ps();
    for (size_t r = 0; r < Rp; r++) gv[r] = _mm512_set1_ps(g[r]);
    /* the row pointers in locals: acc's stores could otherwise alias h[] and hp[], which
     * would be reloaded at every step */
    const char *hr[HEAD_DOT_ROWS], *pr[HEAD_DOT_ROWS];
    for (size_t r = 0; r < R; r++) hr[r] = h[r];
    for (size_t r = 0; r < Rp; r++) pr[r] = hp[r];
    const size_t esz = tldr_dtype_size(t);
    size_t j = 0;
    for (; j + 32 <= D; j += 32) {
        __m512 w0 = _mm512_loadu_ps(w + j), w1 = _mm512_loadu_ps(w + j + 16);
        for (size_t r = 0; r < R; r++) {
            head_prefetch_ahead(hr[r], j * esz);
            if (esz == 4) head_prefetch_ahead(hr[r], j * esz + 64);
            __m512 lo = load16(hr[r], j, t), hi = load16(hr[r], j + 16, t);
            a[r] = _mm512_fmadd_ps(lo, w0, a[r]);
            c[r] = _mm512_fmadd_ps(hi, w1, c[r]);
        }
        __m512 s0 = _mm512_loadu_ps(acc + j), s1 = _mm512_loadu_ps(acc + j + 16);
        for (size_t r = 0; r < Rp; r++) {
            __m512 lo = load16(pr[r], j, t), hi = load16(pr[r], j + 16, t);
            s0 = _mm512_fmadd_ps(gv[r], lo, s0);
            s1 = _mm512_fmadd_ps(gv[r], hi, s1);
        }
        _mm512_storeu_ps(acc + j, s0);
        _mm512_storeu_ps(acc + j + 16, s1);
    }
    grad_rest(acc, g, 1, hp, Rp, D, j, t);
    dots_tail(out, h, R, w, D, j, a, c, t);
}

/* The common case (four rows and four earlier rows) with constant counts, so that the
 * accumulators stay in registers; any other shape as the two separate loops. */
INLINE void dots_grad_any(float *out, const char *const *h, size_t R, const float *w, size_t D, float *acc,
                          const float *g, const char *const *hp, size_t Rp, tldr_dtype t)
{
    if (R == HEAD_DOT_ROWS && Rp == HEAD_DOT_ROWS) {
        dots_grad_t(out, h, HEAD_DOT_ROWS, w, D, acc, g, hp, HEAD_DOT_ROWS, t);
        return;
    }
    if (R == 2 && Rp == 2) {
        dots_grad_t(out, h, 2, w, D, acc, g, hp, 2, t);
        return;
    }
    dots_any(out, h, R, w, D, t);
    if (Rp) grad_t(acc, g, 1, hp, Rp, D, NULL, 0, 0, t);
}

/* One dH row: out[j] = sum_k g[k] WT[k][j], 16 columns at a time. */
INLINE __m512 dh16(const float *g, const float *WT, size_t K, size_t D, size_t j, __mmask16 m)
{
    __m512 v = _mm512_setzero_ps();
    for (size_t k = 0; k < K; k++) v = _mm512_fmadd_ps(_mm512_set1_ps(g[k]), _mm512_maskz_loadu_ps(m, WT + k * D + j), v);
    return v;
}

INLINE void dh_t(char *out, const float *g, const float *WT, size_t K, size_t D, tldr_dtype t)
{
    for (size_t j = 0; j < D; j += 16) {
        __mmask16 m = D - j >= 16 ? (__mmask16)0xFFFF : tail_mask(D - j);
        store16m(out, j, m, dh16(g, WT, K, D, j, m), t);
    }
}

#if TLDR_HEAD_BF16_INSN
/* The bfloat16 dH row with the AVX512-BF16 conversion. */
TGT_BF16 static void dh_bf16_insn(char *out, const float *g, const float *WT, size_t K, size_t D)
{
    for (size_t j = 0; j < D; j += 16) {
        __mmask16 m = D - j >= 16 ? (__mmask16)0xFFFF : tail_mask(D - j);
        __m256i r = (__m256i)_mm512_cvtneps_pbh(dh16(g, WT, K, D, j, m));
        _mm256_mask_storeu_epi16((uint16_t *)out + j, m, r);
    }
}
#endif

TGT static void fold(double *out, const float *acc, size_t K, size_t D)
{
    if (K != 1) {
        head_fold_any(out, acc, K, D);
        return;
    }
    size_t j = 0;
    for (; j + 16 <= D; j += 16) {
        __m512 a = _mm512_loadu_ps(acc + j);
        _mm512_storeu_pd(out + j, _mm512_add_pd(_mm512_loadu_pd(out + j), _mm512_cvtps_pd(_mm512_castps512_ps256(a))));
        _mm512_storeu_pd(out + j + 8, _mm512_add_pd(_mm512_loadu_pd(out + j + 8),
                                                    _mm512_cvtps_pd(_mm256_castpd_ps(_mm512_extractf64x4_pd(_mm512_castps_pd(a), 1)))));
    }
    for (; j < D; j++) out[j] += acc[j];
}

#define INSTANTIATE(SUF, T)                                                                        \
    TGT static void dots_##SUF(float *o, const char *const *h, size_t R, const float *w, size_t D) \
    {                                                                                             \
        dots_any(o, h, R, w, D, T);                                                               \
    }                                                                                             \
    TGT static void grad_##SUF(float *acc, const float *g, size_t gs, const char *const *h,       \
                               size_t R, size_t D, const char *const *pf, size_t npf, size_t pfb) \
    {                                                                                             \
        grad_t(acc, g, gs, h, R, D, pf, npf, pfb, T);                                             \
    }                                                                                             \
    TGT static void dh_##SUF(char *o, const float *g, const float *WT, size_t K, size_t D)        \
    {                                                                                             \
        dh_t(o, g, WT, K, D, T);                                                                  \
    }                                                                                             \
    TGT static void dots_grad_##SUF(float *o, const char *const *h, size_t R, const float *w, size_t D,  \
                                    float *acc, const float *g, const char *const *hp, size_t Rp)       \
    {                                                                                             \
        dots_grad_any(o, h, R, w, D, acc, g, hp, Rp, T);                                          \
    }                                                                                             \
    static const head_kernels kernels_##SUF = {dots_##SUF, grad_##SUF, dh_##SUF, fold, dots_grad_##SUF};

INSTANTIATE(f32, TLDR_F32)
INSTANTIATE(f16, TLDR_F16)
INSTANTIATE(bf16, TLDR_BF16)

#if TLDR_HEAD_BF16_INSN
static const head_kernels kernels_bf16_insn = {dots_bf16, grad_bf16, dh_bf16_insn, fold, dots_grad_bf16};
#endif

const head_kernels *tldr_head_kernels_avx512(tldr_dtype t, int bf16_insn)
{
#if TLDR_HEAD_BF16_INSN
    if (t == TLDR_BF16 && bf16_insn) return &kernels_bf16_insn;
#else
    (void)bf16_insn;
#endif
    if (t == TLDR_BF16) return &kernels_bf16;
    return t == TLDR_F16 ? &kernels_f16 : &kernels_f32;
}
#endif
