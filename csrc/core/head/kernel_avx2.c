/* head/kernel_avx2.c: the head's inner loops with AVX2 + FMA + F16C (8 floats per
 * register), chosen at run time (dispatch.c); compiled with per-function target
 * attributes, so the build itself stays baseline x86-64. The contract is in kernel.h.
 *
 * Each loop is written once over the element type with the 8-element widening load
 * load8 as the only dtype-specific part; float16 is widened by vcvtph2ps, bfloat16 by
 * zero-extending its 16 bits and shifting them into the upper half of a float32.
 */
#include "head/kernel.h"

#if TLDR_HEAD_X86
#include <immintrin.h>
#include <math.h>

#define TGT __attribute__((target("avx2,fma,f16c")))
#define INLINE TGT static inline __attribute__((always_inline))

INLINE __m256 load8(const char *h, size_t j, tldr_dtype t)
{
    if (t == TLDR_F32) return _mm256_loadu_ps((const float *)h + j);
    __m128i v = _mm_loadu_si128((const __m128i *)((const uint16_t *)h + j));
    if (t == TLDR_F16) return _mm256_cvtph_ps(v);
    return _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_cvtepu16_epi32(v), 16));
}

INLINE void store8(char *o, size_t j, __m256 v, tldr_dtype t)
{
    if (t == TLDR_F32) {
        _mm256_storeu_ps((float *)o + j, v);
    } else if (t == TLDR_F16) {
        _mm_storeu_si128((__m128i *)((uint16_t *)o + j), _mm256_cvtps_ph(v, _MM_FROUND_TO_NEAREST_INT));
    } else { /* bfloat16: round to nearest even on the integer bits; NaN -> quiet NaN */
        __m256i u = _mm256_castps_si256(v);
        __m256i lsb = _mm256_and_si256(_mm256_srli_epi32(u, 16), _mm256_set1_epi32(1));
        __m256i r = _mm256_srli_epi32(_mm256_add_epi32(_mm256_add_epi32(u, _mm256_set1_epi32(0x7FFF)), lsb), 16);
        __m256i nan = _mm256_castps_si256(_mm256_cmp_ps(v, v, _CMP_UNORD_Q));
        __m256i qnan = _mm256_or_si256(_mm256_srli_epi32(u, 16), _mm256_set1_epi32(0x40));
        r = _mm256_blendv_epi8(r, _mm256_and_si256(qnan, _mm256_set1_epi32(0xFFFF)), nan);
        __m256i p = _mm256_packus_epi32(r, r);     /* [a0..a3 a0..a3 | a4..a7 a4..a7] */
        p = _mm256_permute4x64_epi64(p, 0x08);     /* qwords 0, 2 -> a0..a7 */
        _mm_storeu_si128((__m128i *)((uint16_t *)o + j), _mm256_castsi256_si128(p));
    }
}

INLINE float hsum8(__m256 v)
{
    __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    s = _mm_add_ps(s, _mm_movehl_ps(s, s));
    s = _mm_add_ss(s, _mm_movehdup_ps(s));
    return _mm_cvtss_f32(s);
}

/* Dots of R <= 4 rows, 16 columns per step: each row has two accumulators (columns
 * j mod 16 < 8 and >= 8), so R rows keep 2R FMA chains and R streams in flight; the
 * tail (D mod 16) is added in scalar, in column order, after the vector sum. A row's
 * arithmetic does not depend on R. */
INLINE void dots_t(float *out, const char *const *h, size_t R, const float *w, size_t D,
                   tldr_dtype t)
{
    __m256 a[HEAD_DOT_ROWS], c[HEAD_DOT_ROWS];
    for (size_t r = 0; r < HEAD_DOT_ROWS; r++) a[r] = c[r] = _mm256_setzero_ps();
    size_t j = 0;
    const size_t esz = tldr_dtype_size(t);
    for (; j + 16 <= D; j += 16) {
        __m256 w0 = _mm256_loadu_ps(w + j), w1 = _mm256_loadu_ps(w + j + 8);
        for (size_t r = 0; r < R; r++) {
            if (esz == 4 || j % 32 == 0) head_prefetch_ahead(h[r], j * esz); /* one per 64-byte line */
            a[r] = _mm256_fmadd_ps(load8(h[r], j, t), w0, a[r]);
            c[r] = _mm256_fmadd_ps(load8(h[r], j + 8, t), w1, c[r]);
        }
    }
    for (size_t r = 0; r < R; r++) {
        float s = hsum8(_mm256_add_ps(a[r], c[r]));
        for (size_t q = j; q < D; q++) s = fmaf(head_load1(h[r], t, q), w[q], s);
        out[r] = s;
    }
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

/* Column tiles of 64 floats (8 registers) held across the block's rows. */
#define TILE 64

INLINE void grad_t(float *acc, const float *g, size_t gs, const char *const *h, size_t R,
                   size_t D, const char *const *pf, size_t npf, size_t pf_bytes, tldr_dtype t)
{
    head_prefetch p = head_prefetch_plan(pf, npf, pf_bytes, (D / TILE) * R);
    size_t j = 0;
    for (; j + TILE <= D; j += TILE) {
        __m256 s[TILE / 8];
        for (int q = 0; q < TILE / 8; q++) s[q] = _mm256_loadu_ps(acc + j + 8 * q);
        for (size_t r = 0; r < R; r++) {
            head_prefetch_step(&p);
            const char *x = h[r] + j * tldr_dtype_size(t);
            /* x opaque to the optimizer: it would otherwise keep the eight offsets j + 8 q
             * in registers (spilling to vector registers) instead of using constant
             * displacements from x */
            __asm__("" : "+r"(x));
            __m256 gv = _mm256_set1_ps(g[r * gs]);
            for (int q = 0; q < TILE / 8; q++) s[q] = _mm256_fmadd_ps(gv, load8(x, 8 * q, t), s[q]);
        }
        for (int q = 0; q < TILE / 8; q++) _mm256_storeu_ps(acc + j + 8 * q, s[q]);
    }
    for (; j + 8 <= D; j += 8) { /* whole registers of the last partial tile */
        __m256 s = _mm256_loadu_ps(acc + j);
        for (size_t r = 0; r < R; r++) s = _mm256_fmadd_ps(_mm256_set1_ps(g[r * gs]), load8(h[r], j, t), s);
        _mm256_storeu_ps(acc + j, s);
    }
    for (; j < D; j++) {
        float s = acc[j];
        for (size_t r = 0; r < R; r++) s = fmaf(g[r * gs], head_load1(h[r], t, j), s);
        acc[j] = s;
    }
    while (p.done < p.total) head_prefetch_step(&p);
}

INLINE void dh_t(char *out, const float *g, const float *WT, size_t K, size_t D, tldr_dtype t)
{
    size_t j = 0;
    for (; j + 8 <= D; j += 8) {
        __m256 v = _mm256_setzero_ps();
        for (size_t k = 0; k < K; k++) v = _mm256_fmadd_ps(_mm256_set1_ps(g[k]), _mm256_loadu_ps(WT + k * D + j), v);
        store8(out, j, v, t);
    }
    for (; j < D; j++) {
        float v = 0;
        for (size_t k = 0; k < K; k++) v = fmaf(g[k], WT[k * D + j], v);
        head_store1(out, t, j, v);
    }
}

TGT static void fold(double *out, const float *acc, size_t K, size_t D)
{
    if (K != 1) {
        head_fold_any(out, acc, K, D);
        return;
    }
    size_t j = 0;
    for (; j + 8 <= D; j += 8) {
        __m256 a = _mm256_loadu_ps(acc + j);
        _mm256_storeu_pd(out + j, _mm256_add_pd(_mm256_loadu_pd(out + j), _mm256_cvtps_pd(_mm256_castps256_ps128(a))));
        _mm256_storeu_pd(out + j + 4,
                         _mm256_add_pd(_mm256_loadu_pd(out + j + 4), _mm256_cvtps_pd(_mm256_extractf128_ps(a, 1))));
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
    static const head_kernels kernels_##SUF = {dots_##SUF, grad_##SUF, dh_##SUF, fold, NULL};

INSTANTIATE(f32, TLDR_F32)
INSTANTIATE(f16, TLDR_F16)
INSTANTIATE(bf16, TLDR_BF16)

const head_kernels *tldr_head_kernels_avx2(tldr_dtype t)
{
    return t == TLDR_F16 ? &kernels_f16 : t == TLDR_BF16 ? &kernels_bf16 : &kernels_f32;
}
#endif
