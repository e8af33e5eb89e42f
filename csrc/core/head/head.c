/* head.c: fused kernels of the TLDR token head (math and shapes in head.h).
 *
 * One pass over H: for every row, the K dot products, the sigmoid, the loss term, the
 * gradient g_i and its contributions g_i h_i (to dW) and g_i W^T (to dH) are computed
 * while the row is in L1, so H is read from memory exactly once.
 *
 * Two row kernels:
 *  - a per-row kernel for every dtype and any K (the paper's K = 1 included), with an
 *    AVX2+FMA+F16C version chosen at run time and a portable generic version; half
 *    precision (float16, bfloat16) is widened in registers as it is loaded;
 *  - for float32 H with K >= 8, blocks of rows go through OpenBLAS sgemm (Z = H_b W,
 *    dW += H_b^T G, dH_b = G W^T) while the block sits in L2. OpenBLAS runs
 *    single-threaded inside our own threads (see tldr/_loader.py).
 *
 * Parallelism: rows are cut into at most 64 chunks (size depends on N, D, K only);
 * threads take chunks from an atomic counter; each chunk's partial gradient goes to its
 * own float64 slot and the slots are summed in chunk order: the result does not depend
 * on the number of threads.
 */
#include "head.h"

#include <cblas.h>
#include <limits.h>
#include <math.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define TLDR_HAVE_X86 1
#else
#define TLDR_HAVE_X86 0
#endif

/* ---- half precision, scalar ------------------------------------------------------ */

float tldr_bf16_to_f32(uint16_t h)
{
    uint32_t u = (uint32_t)h << 16;
    float f;
    memcpy(&f, &u, 4);
    return f;
}

uint16_t tldr_f32_to_bf16(float f)
{
    uint32_t u;
    memcpy(&u, &f, 4);
    if ((u & 0x7FFFFFFFu) > 0x7F800000u) return (uint16_t)((u >> 16) | 0x40); /* quiet NaN */
    u += 0x7FFFu + ((u >> 16) & 1u);
    return (uint16_t)(u >> 16);
}

float tldr_f16_to_f32(uint16_t h)
{
    uint32_t sign = (uint32_t)(h & 0x8000u) << 16;
    uint32_t exp = (h >> 10) & 0x1Fu;
    uint32_t man = h & 0x3FFu;
    uint32_t u;
    if (exp == 0) {
        if (man == 0) {
            u = sign;
        } else { /* subnormal: normalise */
            int e = -1;
            do {
                e++;
                man <<= 1;
            } while (!(man & 0x400u));
            u = sign | ((uint32_t)(127 - 15 - e) << 23) | ((man & 0x3FFu) << 13);
        }
    } else if (exp == 0x1F) {
        u = sign | 0x7F800000u | (man << 13);
    } else {
        u = sign | ((exp + 127 - 15) << 23) | (man << 13);
    }
    float f;
    memcpy(&f, &u, 4);
    return f;
}

uint16_t tldr_f32_to_f16(float f)
{
    uint32_t u;
    memcpy(&u, &f, 4);
    uint32_t sign = (u >> 16) & 0x8000u;
    uint32_t a = u & 0x7FFFFFFFu;
    if (a > 0x7F800000u) return (uint16_t)(sign | 0x7E00u);        /* NaN */
    if (a >= 0x477FF000u) return (uint16_t)(sign | 0x7C00u);       /* overflow -> Inf */
    if (a < 0x38800000u) {                                        /* subnormal or zero */
        if (a < 0x33000000u) return (uint16_t)sign;               /* rounds to 0 */
        uint32_t e = a >> 23;
        uint32_t m = (a & 0x7FFFFFu) | 0x800000u;
        uint32_t shift = 126 - e; /* 14..24 */
        uint32_t half = 1u << (shift - 1);
        uint32_t r = m >> shift;
        uint32_t rem = m & ((1u << shift) - 1);
        if (rem > half || (rem == half && (r & 1u))) r++;
        return (uint16_t)(sign | r);
    }
    uint32_t r = a + 0xFFFu + ((a >> 13) & 1u); /* round mantissa to 10 bits, nearest even */
    r -= 0x38000000u;                          /* rebias exponent 127 -> 15 */
    return (uint16_t)(sign | (r >> 13));
}

/* ---- shared context ---------------------------------------------------------------- */

typedef enum { MODE_FORWARD, MODE_LOSS, MODE_DZ } head_mode;

#define FLUSH_ROWS 128 /* float32 accumulation run before folding into float64 */
#define BLAS_ROWS 64   /* rows per sgemm block */
#define MAX_CHUNKS 64
#define GMAX 64       /* rows per block of the per-row kernel */

typedef struct {
    head_mode mode;
    const tldr_rows *H;
    const float *W;  /* (D, K) */
    const float *WT; /* (K, D) */
    const float *b;
    const uint8_t *y, *mask;
    const float *pw;
    const float *dz;
    float *z_out;
    char *dH;
    ptrdiff_t dH_stride;
    size_t K;
    double scale;
    int use_blas;
    size_t chunk_rows, nchunks;
    size_t part_len; /* doubles per chunk: D*K (dW) + K (db) + 1 (loss) */
    double *part;
    size_t *bad;     /* per chunk */
    atomic_size_t next;
    atomic_int failed;
} ctx;

static inline const char *row_ptr(const tldr_rows *H, size_t i)
{
    size_t r = H->rows ? (size_t)H->rows[i] : i;
    return H->data + (ptrdiff_t)r * H->row_stride;
}

static inline double softplus(double z) { return (z > 0 ? z : 0) + log1p(exp(-fabs(z))); }

static inline double sigmoid(double z)
{
    if (z >= 0) return 1.0 / (1.0 + exp(-z));
    double e = exp(z);
    return e / (1.0 + e);
}

/* Loss term and scaled gradient of one masked-in logit, from one exp and one log1p:
 * with e = exp(-|z|), softplus(+-z) = max(+-z, 0) + log1p(e) and
 * sigmoid(z) = 1/(1+e) for z >= 0, e/(1+e) for z < 0. */
static inline double loss_grad(double z, int y, double pw, double scale, float *g)
{
    double e = exp(-fabs(z));
    double l1p = log1p(e);
    double inv = 1.0 / (1.0 + e);
    double sig_pos = z >= 0 ? inv : e * inv; /* sigmoid(z) */
    double sig_neg = z >= 0 ? e * inv : inv; /* sigmoid(-z) */
    if (y) {
        *g = (float)(-pw * sig_neg * scale);
        return pw * ((z < 0 ? -z : 0) + l1p);
    }
    *g = (float)(sig_pos * scale);
    return (z > 0 ? z : 0) + l1p;
}

/* ---- generic (portable) primitives ------------------------------------------------- */

static inline float gen_ld(const char *h, tldr_dtype t, size_t j)
{
    switch (t) {
    case TLDR_F16: return tldr_f16_to_f32(((const uint16_t *)h)[j]);
    case TLDR_BF16: return tldr_bf16_to_f32(((const uint16_t *)h)[j]);
    default: return ((const float *)h)[j];
    }
}

static inline void gen_st(char *o, tldr_dtype t, size_t j, float v)
{
    switch (t) {
    case TLDR_F16: ((uint16_t *)o)[j] = tldr_f32_to_f16(v); break;
    case TLDR_BF16: ((uint16_t *)o)[j] = tldr_f32_to_bf16(v); break;
    default: ((float *)o)[j] = v; break;
    }
}

#define GEN_PRIMS(SUF, T)                                                                   \
    static float gen_dot_##SUF(const char *h, const float *w, size_t D)                     \
    {                                                                                       \
        float a0 = 0, a1 = 0, a2 = 0, a3 = 0;                                               \
        size_t j = 0;                                                                       \
        for (; j + 4 <= D; j += 4) {                                                        \
            a0 += gen_ld(h, T, j) * w[j];                                                   \
            a1 += gen_ld(h, T, j + 1) * w[j + 1];                                           \
            a2 += gen_ld(h, T, j + 2) * w[j + 2];                                           \
            a3 += gen_ld(h, T, j + 3) * w[j + 3];                                           \
        }                                                                                   \
        for (; j < D; j++) a0 += gen_ld(h, T, j) * w[j];                                    \
        return (a0 + a1) + (a2 + a3);                                                       \
    }                                                                                       \
    static void gen_axpy_##SUF(float *acc, float g, const char *h, size_t D)                \
    {                                                                                       \
        for (size_t j = 0; j < D; j++) acc[j] += g * gen_ld(h, T, j);                       \
    }                                                                                       \
    static void gen_dh_##SUF(char *o, const float *g, const float *WT, size_t K, size_t D)  \
    {                                                                                       \
        for (size_t j = 0; j < D; j++) {                                                    \
            float v = 0;                                                                    \
            for (size_t k = 0; k < K; k++) v += g[k] * WT[k * D + j];                       \
            gen_st(o, T, j, v);                                                             \
        }                                                                                   \
    }

#define GEN_PRIMS4(SUF)                                                                     \
    static void gen_dot4_##SUF(const char *const *h, const float *w, size_t D, float *out)  \
    {                                                                                       \
        for (int r = 0; r < 4; r++) out[r] = gen_dot_##SUF(h[r], w, D);                     \
    }                                                                                       \
    static void gen_axpy4_##SUF(float *acc, const float *g, const char *const *h, size_t D) \
    {                                                                                       \
        for (int r = 0; r < 4; r++) gen_axpy_##SUF(acc, g[r], h[r], D);                     \
    }

GEN_PRIMS(f32, TLDR_F32)
GEN_PRIMS(f16, TLDR_F16)
GEN_PRIMS(bf16, TLDR_BF16)
GEN_PRIMS4(f32)
GEN_PRIMS4(f16)
GEN_PRIMS4(bf16)

/* ---- AVX2 + FMA + F16C primitives ----------------------------------------------------- */
#if TLDR_HAVE_X86
#define TGT __attribute__((target("avx2,fma,f16c")))

TGT static inline __m256 ld8_f32(const char *h, size_t j) { return _mm256_loadu_ps((const float *)h + j); }
TGT static inline __m256 ld8_f16(const char *h, size_t j)
{
    return _mm256_cvtph_ps(_mm_loadu_si128((const __m128i *)((const uint16_t *)h + j)));
}
TGT static inline __m256 ld8_bf16(const char *h, size_t j)
{
    __m128i v = _mm_loadu_si128((const __m128i *)((const uint16_t *)h + j));
    return _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_cvtepu16_epi32(v), 16));
}
TGT static inline void st8_f32(char *o, size_t j, __m256 v) { _mm256_storeu_ps((float *)o + j, v); }
TGT static inline void st8_f16(char *o, size_t j, __m256 v)
{
    _mm_storeu_si128((__m128i *)((uint16_t *)o + j), _mm256_cvtps_ph(v, _MM_FROUND_TO_NEAREST_INT));
}
TGT static inline void st8_bf16(char *o, size_t j, __m256 v)
{
    __m256i u = _mm256_castps_si256(v);
    __m256i lsb = _mm256_and_si256(_mm256_srli_epi32(u, 16), _mm256_set1_epi32(1));
    __m256i r = _mm256_srli_epi32(_mm256_add_epi32(_mm256_add_epi32(u, _mm256_set1_epi32(0x7FFF)), lsb), 16);
    __m256i isnan = _mm256_castps_si256(_mm256_cmp_ps(v, v, _CMP_UNORD_Q));
    __m256i qnan = _mm256_or_si256(_mm256_srli_epi32(u, 16), _mm256_set1_epi32(0x40));
    r = _mm256_blendv_epi8(r, _mm256_and_si256(qnan, _mm256_set1_epi32(0xFFFF)), isnan);
    __m256i p = _mm256_packus_epi32(r, r);           /* [a0..a3 a0..a3 | a4..a7 a4..a7] */
    p = _mm256_permute4x64_epi64(p, 0x08);           /* qwords 0, 2 -> a0..a7 */
    _mm_storeu_si128((__m128i *)((uint16_t *)o + j), _mm256_castsi256_si128(p));
}

TGT static inline float hsum8(__m256 v)
{
    __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    s = _mm_add_ps(s, _mm_movehl_ps(s, s));
    s = _mm_add_ss(s, _mm_movehdup_ps(s));
    return _mm_cvtss_f32(s);
}

#define AVX_PRIMS(SUF, T)                                                                   \
    TGT static float avx_dot_##SUF(const char *h, const float *w, size_t D)                 \
    {                                                                                       \
        __m256 a0 = _mm256_setzero_ps(), a1 = a0, a2 = a0, a3 = a0;                         \
        size_t j = 0;                                                                       \
        for (; j + 32 <= D; j += 32) {                                                      \
            a0 = _mm256_fmadd_ps(ld8_##SUF(h, j), _mm256_loadu_ps(w + j), a0);              \
            a1 = _mm256_fmadd_ps(ld8_##SUF(h, j + 8), _mm256_loadu_ps(w + j + 8), a1);      \
            a2 = _mm256_fmadd_ps(ld8_##SUF(h, j + 16), _mm256_loadu_ps(w + j + 16), a2);    \
            a3 = _mm256_fmadd_ps(ld8_##SUF(h, j + 24), _mm256_loadu_ps(w + j + 24), a3);    \
        }                                                                                   \
        for (; j + 8 <= D; j += 8) a0 = _mm256_fmadd_ps(ld8_##SUF(h, j), _mm256_loadu_ps(w + j), a0); \
        float s = hsum8(_mm256_add_ps(_mm256_add_ps(a0, a1), _mm256_add_ps(a2, a3)));      \
        for (; j < D; j++) s += gen_ld(h, T, j) * w[j];                                     \
        return s;                                                                           \
    }                                                                                       \
    TGT static void avx_axpy_##SUF(float *acc, float g, const char *h, size_t D)            \
    {                                                                                       \
        __m256 gv = _mm256_set1_ps(g);                                                      \
        size_t j = 0;                                                                       \
        for (; j + 16 <= D; j += 16) {                                                      \
            _mm256_storeu_ps(acc + j, _mm256_fmadd_ps(gv, ld8_##SUF(h, j), _mm256_loadu_ps(acc + j))); \
            _mm256_storeu_ps(acc + j + 8,                                                   \
                             _mm256_fmadd_ps(gv, ld8_##SUF(h, j + 8), _mm256_loadu_ps(acc + j + 8))); \
        }                                                                                   \
        for (; j + 8 <= D; j += 8)                                                          \
            _mm256_storeu_ps(acc + j, _mm256_fmadd_ps(gv, ld8_##SUF(h, j), _mm256_loadu_ps(acc + j))); \
        for (; j < D; j++) acc[j] += g * gen_ld(h, T, j);                                   \
    }                                                                                       \
    TGT static void avx_dh_##SUF(char *o, const float *g, const float *WT, size_t K, size_t D) \
    {                                                                                       \
        size_t j = 0;                                                                       \
        for (; j + 8 <= D; j += 8) {                                                        \
            __m256 v = _mm256_setzero_ps();                                                 \
            for (size_t k = 0; k < K; k++)                                                  \
                v = _mm256_fmadd_ps(_mm256_set1_ps(g[k]), _mm256_loadu_ps(WT + k * D + j), v); \
            st8_##SUF(o, j, v);                                                             \
        }                                                                                   \
        for (; j < D; j++) {                                                                \
            float v = 0;                                                                    \
            for (size_t k = 0; k < K; k++) v = fmaf(g[k], WT[k * D + j], v);                \
            gen_st(o, T, j, v);                                                             \
        }                                                                                   \
    }

/* Four rows at once: each load of w (dot) or of acc (axpy) serves four rows, and four
 * streams from memory are in flight together. */
#define AVX_PRIMS4(SUF, T)                                                                  \
    TGT static void avx_dot4_##SUF(const char *const *h, const float *w, size_t D, float *out) \
    {                                                                                       \
        __m256 a0 = _mm256_setzero_ps(), a1 = a0, a2 = a0, a3 = a0;                         \
        __m256 c0 = a0, c1 = a0, c2 = a0, c3 = a0;                                          \
        size_t j = 0;                                                                       \
        for (; j + 16 <= D; j += 16) {                                                      \
            __m256 w0 = _mm256_loadu_ps(w + j), w1 = _mm256_loadu_ps(w + j + 8);            \
            a0 = _mm256_fmadd_ps(ld8_##SUF(h[0], j), w0, a0);                               \
            a1 = _mm256_fmadd_ps(ld8_##SUF(h[1], j), w0, a1);                               \
            a2 = _mm256_fmadd_ps(ld8_##SUF(h[2], j), w0, a2);                               \
            a3 = _mm256_fmadd_ps(ld8_##SUF(h[3], j), w0, a3);                               \
            c0 = _mm256_fmadd_ps(ld8_##SUF(h[0], j + 8), w1, c0);                           \
            c1 = _mm256_fmadd_ps(ld8_##SUF(h[1], j + 8), w1, c1);                           \
            c2 = _mm256_fmadd_ps(ld8_##SUF(h[2], j + 8), w1, c2);                           \
            c3 = _mm256_fmadd_ps(ld8_##SUF(h[3], j + 8), w1, c3);                           \
        }                                                                                   \
        for (; j + 8 <= D; j += 8) {                                                        \
            __m256 w0 = _mm256_loadu_ps(w + j);                                             \
            a0 = _mm256_fmadd_ps(ld8_##SUF(h[0], j), w0, a0);                               \
            a1 = _mm256_fmadd_ps(ld8_##SUF(h[1], j), w0, a1);                               \
            a2 = _mm256_fmadd_ps(ld8_##SUF(h[2], j), w0, a2);                               \
            a3 = _mm256_fmadd_ps(ld8_##SUF(h[3], j), w0, a3);                               \
        }                                                                                   \
        out[0] = hsum8(_mm256_add_ps(a0, c0));                                              \
        out[1] = hsum8(_mm256_add_ps(a1, c1));                                              \
        out[2] = hsum8(_mm256_add_ps(a2, c2));                                              \
        out[3] = hsum8(_mm256_add_ps(a3, c3));                                              \
        for (; j < D; j++)                                                                  \
            for (int r = 0; r < 4; r++) out[r] += gen_ld(h[r], T, j) * w[j];                \
    }                                                                                       \
    TGT static void avx_axpy4_##SUF(float *acc, const float *g, const char *const *h, size_t D) \
    {                                                                                       \
        __m256 g0 = _mm256_set1_ps(g[0]), g1 = _mm256_set1_ps(g[1]);                        \
        __m256 g2 = _mm256_set1_ps(g[2]), g3 = _mm256_set1_ps(g[3]);                        \
        size_t j = 0;                                                                       \
        for (; j + 8 <= D; j += 8) {                                                        \
            __m256 a = _mm256_loadu_ps(acc + j);                                            \
            __m256 s0 = _mm256_fmadd_ps(g0, ld8_##SUF(h[0], j), _mm256_mul_ps(g1, ld8_##SUF(h[1], j))); \
            __m256 s1 = _mm256_fmadd_ps(g2, ld8_##SUF(h[2], j), _mm256_mul_ps(g3, ld8_##SUF(h[3], j))); \
            _mm256_storeu_ps(acc + j, _mm256_add_ps(a, _mm256_add_ps(s0, s1)));             \
        }                                                                                   \
        for (; j < D; j++)                                                                  \
            acc[j] += (g[0] * gen_ld(h[0], T, j) + g[1] * gen_ld(h[1], T, j)) +             \
                      (g[2] * gen_ld(h[2], T, j) + g[3] * gen_ld(h[3], T, j));              \
    }

AVX_PRIMS(f32, TLDR_F32)
AVX_PRIMS(f16, TLDR_F16)
AVX_PRIMS(bf16, TLDR_BF16)
AVX_PRIMS4(f32, TLDR_F32)
AVX_PRIMS4(f16, TLDR_F16)
AVX_PRIMS4(bf16, TLDR_BF16)
#endif

/* ---- per-row kernel ------------------------------------------------------------------ */

/* Rows [r0, r1): logits, loss into *loss, g_i h_i into acc (K, D) float32, g_i into db,
 * dH rows written, first non-finite row into *bad. zb holds 4*K floats.
 * Rows are taken in groups of up to four rows that need a logit (masked-in, or all rows
 * when logits are returned); rows that need nothing are skipped without being read. */
#define ROWS_KERNEL(NAME, ATTR, DOT, DOT4, AXPY, AXPY4, DHST)                               \
    ATTR static void NAME(ctx *cx, size_t r0, size_t r1, float *acc, double *db,           \
                          double *loss, size_t *bad, float *zb)                             \
    {                                                                                       \
        const tldr_rows *H = cx->H;                                                         \
        const size_t D = H->d, K = cx->K;                                                   \
        const size_t esz = tldr_dtype_size(H->dtype);                                       \
        /* a block of rows of about 256 KiB: the dots stream it from memory without a   \
         * pause, then the gradient pass reads it again from L2 */                          \
        int gcap = (int)((256u << 10) / (D * esz + 1)) / 4 * 4;                             \
        if (gcap < 4) gcap = 4;                                                             \
        if (gcap > GMAX) gcap = GMAX;                                                       \
        size_t i = r0;                                                                      \
        while (i < r1) {                                                                    \
            size_t ids[GMAX];                                                               \
            const char *hp[GMAX];                                                           \
            int G = 0;                                                                      \
            for (; i < r1 && G < gcap; i++) {                                               \
                int need = cx->mode == MODE_DZ || cx->z_out || !cx->mask || cx->mask[i];    \
                if (!need) {                                                                \
                    if (cx->dH) memset(cx->dH + (ptrdiff_t)i * cx->dH_stride, 0, D * esz);  \
                    continue;                                                               \
                }                                                                           \
                ids[G] = i;                                                                 \
                hp[G++] = row_ptr(H, i);                                                    \
            }                                                                               \
            if (G == 0) break;                                                              \
            float *g = zb; /* (G, K): logits, then gradients */                             \
            if (cx->mode == MODE_DZ) {                                                      \
                for (int r = 0; r < G; r++)                                                 \
                    memcpy(g + r * K, cx->dz + ids[r] * K, K * sizeof(float));              \
            } else {                                                                        \
                /* first output: one sequential stream through memory (best for the       \
                 * prefetcher); further outputs read the rows from cache, four at a time  \
                 * so that each load of w serves four rows */                             \
                for (int r = 0; r < G; r++) g[r * K] = DOT(hp[r], cx->WT, D) + cx->b[0];    \
                for (size_t k = 1; k < K; k++) {                                            \
                    int q = 0;                                                              \
                    for (; q + 4 <= G; q += 4) {                                            \
                        float o[4];                                                         \
                        DOT4(hp + q, cx->WT + k * D, D, o);                                 \
                        for (int r = 0; r < 4; r++) g[(q + r) * K + k] = o[r] + cx->b[k];   \
                    }                                                                       \
                    for (; q < G; q++) g[q * K + k] = DOT(hp[q], cx->WT + k * D, D) + cx->b[k]; \
                }                                                                           \
                if (cx->z_out)                                                              \
                    for (int r = 0; r < G; r++)                                             \
                        memcpy(cx->z_out + ids[r] * K, g + r * K, K * sizeof(float));       \
                if (cx->mode == MODE_FORWARD) continue;                                     \
                /* keep the rows that contribute: masked-in with finite logits */           \
                int A = 0;                                                                  \
                for (int r = 0; r < G; r++) {                                               \
                    size_t row = ids[r];                                                    \
                    int m = cx->mask ? cx->mask[row] : 1;                                   \
                    int finite = 1;                                                         \
                    for (size_t k = 0; k < K; k++) finite &= isfinite(g[r * K + k]) != 0;   \
                    if (!m || !finite) {                                                    \
                        if (m && row < *bad) *bad = row;                                    \
                        if (cx->dH) memset(cx->dH + (ptrdiff_t)row * cx->dH_stride, 0, D * esz); \
                        continue;                                                           \
                    }                                                                       \
                    double l = 0;                                                           \
                    for (size_t k = 0; k < K; k++)                                          \
                        l += loss_grad(g[r * K + k], cx->y[row * K + k], cx->pw ? cx->pw[k] : 1.0, \
                                       cx->scale, &g[A * K + k]);                           \
                    *loss += l;                                                             \
                    ids[A] = row;                                                           \
                    hp[A++] = hp[r];                                                        \
                }                                                                           \
                G = A;                                                                      \
            }                                                                               \
            for (size_t k = 0; k < K; k++) {                                                \
                float gk[GMAX];                                                             \
                for (int r = 0; r < G; r++) {                                               \
                    gk[r] = g[r * K + k];                                                   \
                    db[k] += gk[r];                                                         \
                }                                                                           \
                int q = 0;                                                                  \
                for (; q + 4 <= G; q += 4) AXPY4(acc + k * D, gk + q, hp + q, D);           \
                for (; q < G; q++) AXPY(acc + k * D, gk[q], hp[q], D);                      \
            }                                                                               \
            if (cx->dH)                                                                     \
                for (int r = 0; r < G; r++)                                                 \
                    DHST(cx->dH + (ptrdiff_t)ids[r] * cx->dH_stride, g + r * K, cx->WT, K, D); \
        }                                                                                   \
    }

ROWS_KERNEL(gen_rows_f32, , gen_dot_f32, gen_dot4_f32, gen_axpy_f32, gen_axpy4_f32, gen_dh_f32)
ROWS_KERNEL(gen_rows_f16, , gen_dot_f16, gen_dot4_f16, gen_axpy_f16, gen_axpy4_f16, gen_dh_f16)
ROWS_KERNEL(gen_rows_bf16, , gen_dot_bf16, gen_dot4_bf16, gen_axpy_bf16, gen_axpy4_bf16, gen_dh_bf16)
#if TLDR_HAVE_X86
ROWS_KERNEL(avx_rows_f32, TGT, avx_dot_f32, avx_dot4_f32, avx_axpy_f32, avx_axpy4_f32, avx_dh_f32)
ROWS_KERNEL(avx_rows_f16, TGT, avx_dot_f16, avx_dot4_f16, avx_axpy_f16, avx_axpy4_f16, avx_dh_f16)
ROWS_KERNEL(avx_rows_bf16, TGT, avx_dot_bf16, avx_dot4_bf16, avx_axpy_bf16, avx_axpy4_bf16, avx_dh_bf16)
#endif

typedef void (*rows_fn)(ctx *, size_t, size_t, float *, double *, double *, size_t *, float *);

static int use_avx2(void)
{
#if TLDR_HAVE_X86
    static atomic_int cached = -1; /* benign race: every thread computes the same value */
    int v = atomic_load(&cached);
    if (v < 0) {
        const char *env = getenv("TLDR_ISA");
        __builtin_cpu_init();
        v = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") &&
            __builtin_cpu_supports("f16c") && !(env && strcmp(env, "generic") == 0);
        atomic_store(&cached, v);
    }
    return v;
#else
    return 0;
#endif
}

const char *tldr_head_isa(void) { return use_avx2() ? "avx2+fma+f16c" : "generic"; }

static rows_fn pick_rows(tldr_dtype t)
{
#if TLDR_HAVE_X86
    if (use_avx2()) return t == TLDR_F16 ? avx_rows_f16 : t == TLDR_BF16 ? avx_rows_bf16 : avx_rows_f32;
#endif
    return t == TLDR_F16 ? gen_rows_f16 : t == TLDR_BF16 ? gen_rows_bf16 : gen_rows_f32;
}

/* ---- BLAS block kernel (float32 H, K >= 8, plain strided rows) ------------------------ */

/* Rows [r0, r1) in blocks of BLAS_ROWS: acc is (D, K) float32 here; zb holds
 * BLAS_ROWS * K floats. */
static void blas_rows(ctx *cx, size_t r0, size_t r1, float *acc, double *db, double *loss,
                      size_t *bad, float *zb)
{
    const tldr_rows *H = cx->H;
    const size_t D = H->d, K = cx->K;
    const int lda = (int)(H->row_stride / (ptrdiff_t)sizeof(float));
    for (size_t s = r0; s < r1; s += BLAS_ROWS) {
        size_t R = r1 - s < BLAS_ROWS ? r1 - s : BLAS_ROWS;
        const float *h0 = (const float *)row_ptr(H, s);
        if (cx->mode == MODE_DZ) {
            memcpy(zb, cx->dz + s * K, R * K * sizeof(float));
        } else {
            cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, (int)R, (int)K, (int)D, 1.0f, h0,
                        lda, cx->W, (int)K, 0.0f, zb, (int)K);
            for (size_t r = 0; r < R; r++)
                for (size_t k = 0; k < K; k++) zb[r * K + k] += cx->b[k];
            if (cx->z_out) memcpy(cx->z_out + s * K, zb, R * K * sizeof(float));
            if (cx->mode == MODE_FORWARD) continue;
            for (size_t r = 0; r < R; r++) {
                size_t i = s + r;
                float *z = zb + r * K;
                int m = cx->mask ? cx->mask[i] : 1;
                int finite = 1;
                if (m)
                    for (size_t k = 0; k < K; k++) finite &= isfinite(z[k]) != 0;
                if (!m || !finite) {
                    if (m && i < *bad) *bad = i;
                    memset(z, 0, K * sizeof(float));
                    continue;
                }
                double l = 0;
                for (size_t k = 0; k < K; k++)
                    l += loss_grad(z[k], cx->y[i * K + k], cx->pw ? cx->pw[k] : 1.0, cx->scale, &z[k]);
                *loss += l;
            }
        }
        for (size_t r = 0; r < R; r++)
            for (size_t k = 0; k < K; k++) db[k] += zb[r * K + k];
        cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, (int)D, (int)K, (int)R, 1.0f, h0, lda, zb,
                    (int)K, 1.0f, acc, (int)K);
        if (cx->dH)
            cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, (int)R, (int)D, (int)K, 1.0f, zb,
                        (int)K, cx->W, (int)K, 0.0f, (float *)(cx->dH + (ptrdiff_t)s * cx->dH_stride),
                        (int)(cx->dH_stride / (ptrdiff_t)sizeof(float)));
    }
}

/* ---- chunks and threads ------------------------------------------------------------ */

static void run_chunk(ctx *cx, size_t c, float *acc, float *zb)
{
    const size_t D = cx->H->d, K = cx->K;
    const size_t r0 = c * cx->chunk_rows;
    const size_t r1 = r0 + cx->chunk_rows < cx->H->n ? r0 + cx->chunk_rows : cx->H->n;
    if (cx->mode == MODE_FORWARD) {
        if (cx->use_blas)
            blas_rows(cx, r0, r1, NULL, NULL, NULL, NULL, zb);
        else
            pick_rows(cx->H->dtype)(cx, r0, r1, NULL, NULL, NULL, NULL, zb);
        return;
    }
    double *part = cx->part + c * cx->part_len; /* dW (D, K) | db (K) | loss */
    double *pdW = part, *pdb = part + D * K, *ploss = part + D * K + K;
    memset(part, 0, cx->part_len * sizeof(double));
    size_t *bad = &cx->bad[c];
    *bad = SIZE_MAX;
    rows_fn fn = cx->use_blas ? blas_rows : pick_rows(cx->H->dtype);
    for (size_t s = r0; s < r1; s += FLUSH_ROWS) {
        size_t e = s + FLUSH_ROWS < r1 ? s + FLUSH_ROWS : r1;
        memset(acc, 0, D * K * sizeof(float));
        fn(cx, s, e, acc, pdb, ploss, bad, zb);
        if (cx->use_blas) { /* acc is (D, K) */
            for (size_t j = 0; j < D * K; j++) pdW[j] += acc[j];
        } else {            /* acc is (K, D) */
            for (size_t k = 0; k < K; k++)
                for (size_t j = 0; j < D; j++) pdW[j * K + k] += acc[k * D + j];
        }
    }
}

static void worker(void *arg, size_t t)
{
    ctx *cx = (ctx *)arg;
    const size_t D = cx->H->d, K = cx->K;
    size_t zlen = (cx->use_blas ? BLAS_ROWS : GMAX) * K;
    float *acc = cx->mode == MODE_FORWARD ? NULL : malloc(D * K * sizeof(float) + 64);
    float *zb = malloc(zlen * sizeof(float) + 64);
    if ((cx->mode != MODE_FORWARD && !acc) || !zb) {
        atomic_store(&cx->failed, 1);
        free(acc);
        free(zb);
        return;
    }
    for (;;) {
        size_t c = atomic_fetch_add(&cx->next, 1);
        if (c >= cx->nchunks || atomic_load(&cx->failed)) break;
        run_chunk(cx, c, acc, zb);
    }
    free(acc);
    free(zb);
}

static int blas_ok(const tldr_rows *H, size_t K, const void *dH, ptrdiff_t dH_stride)
{
    if (H->dtype != TLDR_F32 || K < 8 || H->rows || H->n == 0) return 0;
    if (H->row_stride < (ptrdiff_t)(H->d * sizeof(float)) || H->row_stride % (ptrdiff_t)sizeof(float)) return 0;
    if (H->row_stride / (ptrdiff_t)sizeof(float) > INT_MAX || H->d > INT_MAX || K > INT_MAX) return 0;
    if (((uintptr_t)H->data) % sizeof(float)) return 0;
    if (dH && (dH_stride < (ptrdiff_t)(H->d * sizeof(float)) || dH_stride % (ptrdiff_t)sizeof(float) ||
               dH_stride / (ptrdiff_t)sizeof(float) > INT_MAX))
        return 0;
    return 1;
}

static tldr_status run(ctx *cx, size_t nthreads, size_t *bad_row)
{
    const tldr_rows *H = cx->H;
    const size_t N = H->n, D = H->d, K = cx->K;
    tldr_status st = TLDR_OK;
    float *WT = NULL;
    *bad_row = SIZE_MAX;
    if (N == 0) return TLDR_OK;
    if (D == 0 || K == 0) return TLDR_ERR_ARG;
    if (D > SIZE_MAX / K / sizeof(double) / 2) return TLDR_ERR_LIMIT;

    /* chunk layout: depends on (N, D, K) only */
    size_t per_chunk = D * K + K + 1;
    size_t max_chunks = ((size_t)1 << 23) / per_chunk;
    if (max_chunks < 1) max_chunks = 1;
    if (max_chunks > MAX_CHUNKS) max_chunks = MAX_CHUNKS;
    size_t chunk_rows = (N + max_chunks - 1) / max_chunks;
    if (chunk_rows < 256) chunk_rows = 256;
    cx->chunk_rows = chunk_rows;
    cx->nchunks = (N + chunk_rows - 1) / chunk_rows;
    cx->part_len = per_chunk;
    atomic_init(&cx->next, 0);
    atomic_init(&cx->failed, 0);

    if (!cx->use_blas && K == 1) {
        cx->WT = cx->W; /* (D, 1) is already (1, D) */
    } else if (!cx->use_blas) {
        WT = malloc(D * K * sizeof(float));
        if (!WT) return TLDR_ERR_NOMEM;
        for (size_t j = 0; j < D; j++)
            for (size_t k = 0; k < K; k++) WT[k * D + j] = cx->W[j * K + k];
        cx->WT = WT;
    }
    if (cx->mode != MODE_FORWARD) {
        cx->part = malloc(cx->nchunks * per_chunk * sizeof(double));
        cx->bad = malloc(cx->nchunks * sizeof(size_t));
        if (!cx->part || !cx->bad) {
            st = TLDR_ERR_NOMEM;
            goto done;
        }
    }
    /* Threads only pay off on enough work: about 2^18 elements per thread. */
    size_t work_threads = (N * D) >> 18;
    if (nthreads > work_threads) nthreads = work_threads ? work_threads : 1;
    if (nthreads > cx->nchunks) nthreads = cx->nchunks;
    st = tldr_parallel_run(nthreads, worker, cx);
    if (st == TLDR_OK && atomic_load(&cx->failed)) st = TLDR_ERR_NOMEM;
    if (st != TLDR_OK || cx->mode == MODE_FORWARD) goto done;
    for (size_t c = 0; c < cx->nchunks; c++)
        if (cx->bad[c] < *bad_row) *bad_row = cx->bad[c];
    if (*bad_row != SIZE_MAX) st = TLDR_ERR_NONFINITE;
done:
    free(WT);
    cx->WT = NULL;
    return st;
}

static void cleanup(ctx *cx)
{
    free(cx->part);
    free(cx->bad);
    cx->part = NULL;
    cx->bad = NULL;
}

/* Sum the chunk partials in chunk order and add them to dW, db; returns the loss sum. */
static double reduce(ctx *cx, float *dW, float *db)
{
    const size_t D = cx->H->d, K = cx->K, L = D * K + K + 1;
    double loss = 0;
    double *tot = calloc(L, sizeof(double));
    if (!tot) return NAN;
    for (size_t c = 0; c < cx->nchunks; c++) {
        const double *p = cx->part + c * L;
        for (size_t j = 0; j < L; j++) tot[j] += p[j];
    }
    for (size_t j = 0; j < D * K; j++) dW[j] += (float)tot[j];
    for (size_t k = 0; k < K; k++) db[k] += (float)tot[D * K + k];
    loss = tot[D * K + K];
    free(tot);
    return loss;
}

/* ---- entry points -------------------------------------------------------------------- */

tldr_status tldr_head_forward(float *z, const tldr_rows *H, const float *W, const float *b,
                              size_t K, size_t nthreads)
{
    ctx cx = {0};
    cx.mode = MODE_FORWARD;
    cx.H = H;
    cx.W = W;
    cx.b = b;
    cx.K = K;
    cx.z_out = z;
    cx.use_blas = blas_ok(H, K, NULL, 0);
    size_t bad;
    tldr_status st = run(&cx, nthreads, &bad);
    cleanup(&cx);
    return st;
}

tldr_status tldr_head_loss_grad(tldr_head_result *res, float *dW, float *db, void *dH,
                                ptrdiff_t dH_row_stride, float *z_out, const tldr_rows *H,
                                const float *W, const float *b, const uint8_t *y,
                                const uint8_t *mask, const float *pos_weight, size_t K,
                                size_t nthreads)
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
    ctx cx = {0};
    cx.mode = MODE_LOSS;
    cx.H = H;
    cx.W = W;
    cx.b = b;
    cx.y = y;
    cx.mask = mask;
    cx.pw = pos_weight;
    cx.K = K;
    cx.z_out = z_out;
    cx.dH = (char *)dH;
    cx.dH_stride = dH_row_stride;
    cx.scale = msum ? 1.0 / ((double)K * (double)msum) : 0.0;
    cx.use_blas = blas_ok(H, K, dH, dH_row_stride);
    tldr_status st = run(&cx, nthreads, &res->bad_row);
    if (st == TLDR_OK && H->n > 0) {
        double l = reduce(&cx, dW, db);
        if (isnan(l)) st = TLDR_ERR_NOMEM;
        res->loss = l * cx.scale;
    }
    cleanup(&cx);
    return st;
}

tldr_status tldr_head_backward(float *dW, float *db, void *dH, ptrdiff_t dH_row_stride,
                               const tldr_rows *H, const float *W, const float *dz, size_t K,
                               size_t nthreads)
{
    ctx cx = {0};
    cx.mode = MODE_DZ;
    cx.H = H;
    cx.W = W;
    cx.dz = dz;
    cx.K = K;
    cx.dH = (char *)dH;
    cx.dH_stride = dH_row_stride;
    cx.use_blas = blas_ok(H, K, dH, dH_row_stride);
    size_t bad;
    tldr_status st = run(&cx, nthreads, &bad);
    if (st == TLDR_OK && H->n > 0 && isnan(reduce(&cx, dW, db))) st = TLDR_ERR_NOMEM;
    cleanup(&cx);
    return st;
}

void tldr_adamw_step(float *p, float *m, float *v, const float *g, size_t n, float lr,
                     float beta1, float beta2, float eps, float weight_decay, uint64_t step)
{
    /* Same order of operations as torch.optim.AdamW (single-tensor path). */
    const float bc1 = 1.0f - powf(beta1, (float)step);
    const float bc2 = 1.0f - powf(beta2, (float)step);
    const float step_size = lr / bc1;
    const float bc2_sqrt = sqrtf(bc2);
    const float decay = 1.0f - lr * weight_decay;
    for (size_t i = 0; i < n; i++) {
        float pi = p[i] * decay;
        float mi = m[i] + (g[i] - m[i]) * (1.0f - beta1);
        float vi = v[i] * beta2 + (1.0f - beta2) * g[i] * g[i];
        float denom = sqrtf(vi) / bc2_sqrt + eps;
        p[i] = pi - step_size * mi / denom;
        m[i] = mi;
        v[i] = vi;
    }
}

/* ---- naive float64 reference (tests) ---------------------------------------------------- */

tldr_status tldr_head_loss_grad_naive(tldr_head_result *res, double *dW, double *db, double *dH,
                                      const tldr_rows *H, const float *W, const float *b,
                                      const uint8_t *y, const uint8_t *mask,
                                      const float *pos_weight, size_t K)
{
    const size_t N = H->n, D = H->d;
    double msum = 0, loss = 0;
    res->bad_row = SIZE_MAX;
    for (size_t i = 0; i < N; i++) msum += mask ? mask[i] != 0 : 1;
    double scale = msum > 0 ? 1.0 / ((double)K * msum) : 0.0;
    for (size_t i = 0; i < N; i++) {
        const char *h = row_ptr(H, i);
        int m = mask ? mask[i] : 1;
        for (size_t k = 0; k < K; k++) {
            double z = b[k];
            for (size_t j = 0; j < D; j++) z += (double)gen_ld(h, H->dtype, j) * W[j * K + k];
            double g = 0;
            if (m) {
                if (!isfinite(z)) {
                    if (i < res->bad_row) res->bad_row = i;
                    continue;
                }
                double pw = pos_weight ? pos_weight[k] : 1.0;
                if (y[i * K + k]) {
                    loss += pw * softplus(-z);
                    g = -pw * sigmoid(-z) * scale;
                } else {
                    loss += softplus(z);
                    g = sigmoid(z) * scale;
                }
            }
            db[k] += g;
            for (size_t j = 0; j < D; j++) {
                dW[j * K + k] += g * gen_ld(h, H->dtype, j);
                if (dH) dH[i * D + j] += g * W[j * K + k];
            }
        }
    }
    res->loss = loss * scale;
    res->mask_sum = msum;
    return res->bad_row == SIZE_MAX ? TLDR_OK : TLDR_ERR_NONFINITE;
}
