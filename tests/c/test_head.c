/* test_head.c: the token head's core tested from C, without Python.
 *
 * For every instruction-set path this CPU runs (and, on AVX-512, both bfloat16 roundings
 * of dH), the inner loops of kernel.h are compared with float64 loops, and a row's
 * result is checked to be bitwise the same whatever rows share its call (what makes the
 * head's result independent of the block size). Then the entry points' statuses: bad
 * options, the all-NaN row, and an AdamW step that would overflow.
 * Prints each failure and exits 1 if there was one.
 */
#include "head/kernel.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures = 0;

#define CHECK(cond, ...)                                                                                               \
    do {                                                                                                               \
        if (!(cond)) {                                                                                                 \
            failures++;                                                                                                \
            printf("FAIL %s:%d: ", __FILE__, __LINE__);                                                                \
            printf(__VA_ARGS__);                                                                                       \
            printf("\n");                                                                                              \
        }                                                                                                              \
    } while (0)

static uint64_t rng_state = 0x9E3779B97F4A7C15u;

static float urand(void) /* uniform in [-1, 1) */
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (float)((rng_state >> 40) * (1.0 / (1u << 24)) * 2.0 - 1.0);
}

/* R rows of D elements of dtype t, row stride D elements; widened copy in f64. */
static void fill_rows(char *buf, double *wide, size_t R, size_t D, tldr_dtype t)
{
    for (size_t i = 0; i < R * D; i++) {
        float v = urand() * 3.0f;
        head_store1(buf, t, i, v);
        wide[i] = head_load1(buf, t, i);
    }
}

typedef struct {
    const char *name;
    const head_kernels *(*get)(tldr_dtype);
} path;

static const head_kernels *get_generic(tldr_dtype t) { return tldr_head_kernels_generic(t); }
#if TLDR_HEAD_X86
static const head_kernels *get_avx2(tldr_dtype t) { return tldr_head_kernels_avx2(t); }
static const head_kernels *get_avx512(tldr_dtype t) { return tldr_head_kernels_avx512(t, 0); }
static const head_kernels *get_avx512_bf16(tldr_dtype t) { return tldr_head_kernels_avx512(t, 1); }
#endif

static void test_kernels(const path *p, tldr_dtype t, size_t D)
{
    const size_t R = HEAD_DOT_ROWS, esz = tldr_dtype_size(t), K = 3;
    char *rows = malloc(R * D * esz);
    double *wide = malloc(R * D * sizeof(double));
    float *w = malloc(K * D * sizeof(float)), *acc = calloc(D, sizeof(float)), *acc1 = calloc(D, sizeof(float));
    char *out = malloc(D * esz);
    fill_rows(rows, wide, R, D, t);
    for (size_t j = 0; j < K * D; j++) w[j] = urand();
    const char *h[HEAD_DOT_ROWS];
    for (size_t r = 0; r < R; r++) h[r] = rows + r * D * esz;
    const head_kernels *kn = p->get(t);

    /* dots: against float64, and row r of a call of n rows == the same row alone */
    for (size_t n = 1; n <= R; n++) {
        float z[HEAD_DOT_ROWS];
        kn->dots(z, h, n, w, D);
        for (size_t r = 0; r < n; r++) {
            double ref = 0, mag = 0;
            for (size_t j = 0; j < D; j++) {
                ref += wide[r * D + j] * w[j];
                mag += fabs(wide[r * D + j] * w[j]);
            }
            CHECK(fabs(z[r] - ref) <= 1e-5 * mag + 1e-30, "%s dtype %d D=%zu dots row %zu/%zu: %g vs %g", p->name, t, D, r,
                  n, z[r], ref);
            float alone;
            kn->dots(&alone, &h[r], 1, w, D);
            CHECK(memcmp(&alone, &z[r], sizeof alone) == 0, "%s dtype %d D=%zu: dots of row %zu depends on the call",
                  p->name, t, D, r);
        }
    }

    /* grad: against float64, and R rows at once == one row at a time */
    float g[2 * HEAD_DOT_ROWS];
    for (size_t r = 0; r < 2 * R; r++) g[r] = urand();
    const char *pf[HEAD_DOT_ROWS] = {h[0], h[1], h[2], h[3]};
    kn->grad(acc, g, 2, h, R, D, pf, R, D * esz / 4);
    for (size_t r = 0; r < R; r++) kn->grad(acc1, g + 2 * r, 2, &h[r], 1, D, NULL, 0, 0);
    CHECK(memcmp(acc, acc1, D * sizeof(float)) == 0, "%s dtype %d D=%zu: grad depends on the rows per call", p->name, t,
          D);
    for (size_t j = 0; j < D; j++) {
        double ref = 0, mag = 0;
        for (size_t r = 0; r < R; r++) {
            ref += g[2 * r] * wide[r * D + j];
            mag += fabs(g[2 * r] * wide[r * D + j]);
        }
        if (!(fabs(acc[j] - ref) <= 1e-5 * mag + 1e-30)) {
            CHECK(0, "%s dtype %d D=%zu grad[%zu]: %g vs %g", p->name, t, D, j, acc[j], ref);
            break;
        }
    }

    /* dots_grad: bit for bit the dots of its rows and the grad of its earlier rows, for
     * every pair of row counts */
    if (kn->dots_grad) {
        float gp[HEAD_DOT_ROWS];
        for (size_t r = 0; r < R; r++) gp[r] = g[2 * r];
        for (size_t n = 1; n <= R; n++)
            for (size_t np = 0; np <= R; np++) {
                float z1[HEAD_DOT_ROWS], z2[HEAD_DOT_ROWS];
                for (size_t j = 0; j < D; j++) acc[j] = acc1[j] = (float)j;
                kn->dots_grad(z1, h, n, w, D, acc, gp, h + (R - np), np);
                kn->dots(z2, h, n, w, D);
                if (np) kn->grad(acc1, gp, 1, h + (R - np), np, D, NULL, 0, 0);
                CHECK(memcmp(z1, z2, n * sizeof(float)) == 0 && memcmp(acc, acc1, D * sizeof(float)) == 0,
                      "%s dtype %d D=%zu: dots_grad(%zu, %zu) differs from dots and grad", p->name, t, D, n, np);
            }
    }

    /* dh: against float64 rounded to the dtype (half an ulp of the dtype, plus float32 sums) */
    kn->dh(out, g, w, K, D);
    const double ulp = t == TLDR_F32 ? 0x1p-23 : t == TLDR_F16 ? 0x1p-10 : 0x1p-7;
    for (size_t j = 0; j < D; j++) {
        double ref = 0, mag = 0;
        for (size_t k = 0; k < K; k++) {
            ref += (double)g[k] * w[k * D + j];
            mag += fabs((double)g[k] * w[k * D + j]);
        }
        double got = head_load1(out, t, j);
        if (!(fabs(got - ref) <= ulp * fabs(ref) + 1e-5 * mag + 6e-8)) {
            CHECK(0, "%s dtype %d D=%zu dh[%zu]: %g vs %g", p->name, t, D, j, got, ref);
            break;
        }
    }
    /* fold: exactly the scalar float64 sums, for K = 1 and K = 3 */
    double *f1 = malloc(3 * D * sizeof(double)), *f2 = malloc(3 * D * sizeof(double));
    for (size_t kk = 1; kk <= 3; kk += 2) {
        for (size_t j = 0; j < kk * D; j++) f1[j] = f2[j] = urand();
        kn->fold(f1, w, kk, D);
        head_fold_any(f2, w, kk, D);
        CHECK(memcmp(f1, f2, kk * D * sizeof(double)) == 0, "%s D=%zu: fold with K=%zu", p->name, D, kk);
    }
    free(f1);
    free(f2);
    free(rows);
    free(wide);
    free(w);
    free(acc);
    free(acc1);
    free(out);
}

/* Every bfloat16 rounding (scalar, AVX2, AVX-512 integer, AVX512-BF16) gives the same bits
 * for normal values, NaN and Inf: dh with K = 1 and g = 1 rounds W's values. */
static void test_bf16_roundings(const path *paths, size_t np)
{
    const size_t D = 77;
    float w[77];
    uint16_t ref[77], out[77];
    for (size_t j = 0; j < D; j++) w[j] = urand() * 1000.0f;
    w[3] = NAN;
    w[4] = INFINITY;
    w[5] = -INFINITY;
    w[6] = 1.00390625f;                  /* exactly halfway between two bfloat16: ties to even */
    w[7] = 1.01171875f;                  /* halfway, rounds up to even */
    w[8] = 3.0e38f;                      /* near the top of the range: stays finite */
    float one = 1.0f;
    for (size_t j = 0; j < D; j++) ref[j] = tldr_f32_to_bf16(w[j]);
    for (size_t i = 0; i < np; i++) {
        paths[i].get(TLDR_BF16)->dh((char *)out, &one, w, 1, D);
        for (size_t j = 0; j < D; j++) {
            int both_nan = (ref[j] & 0x7FFF) > 0x7F80 && (out[j] & 0x7FFF) > 0x7F80;
            CHECK(out[j] == ref[j] || both_nan, "%s bf16 rounding of %a: %04x vs scalar %04x", paths[i].name, w[j], out[j],
                  ref[j]);
        }
    }
}

static void test_entry_points(void)
{
    float H[8 * 5], W[5] = {0.1f, -0.2f, 0.3f, 0.0f, 0.5f}, b = 0.25f, z[8], dW[5] = {0}, db = 0;
    uint8_t y[8] = {1, 0, 1, 1, 0, 0, 1, 0};
    for (size_t i = 0; i < 40; i++) H[i] = urand();
    tldr_rows view = {(const char *)H, TLDR_F32, 8, 5, 5 * sizeof(float), NULL};
    tldr_head_opts ok = {1, 0}, zero_threads = {0, 0}, big_block = {1, TLDR_HEAD_MAX_BLOCK + 1};
    tldr_head_result res;
    CHECK(tldr_head_forward(z, &view, W, &b, 1, &ok) == TLDR_OK, "forward");
    CHECK(tldr_head_forward(z, &view, W, &b, 1, NULL) == TLDR_ERR_ARG, "forward without options");
    CHECK(tldr_head_forward(z, &view, W, &b, 1, &zero_threads) == TLDR_ERR_ARG, "forward with 0 threads");
    CHECK(tldr_head_forward(z, &view, W, &b, 1, &big_block) == TLDR_ERR_ARG, "forward with a block of 65 rows");
    H[2 * 5 + 1] = NAN;
    CHECK(tldr_head_loss_grad(&res, dW, &db, NULL, 0, NULL, &view, W, &b, y, NULL, NULL, 1, &ok) == TLDR_ERR_NONFINITE &&
              res.bad_row == 2,
          "a NaN row gives TLDR_ERR_NONFINITE naming row 2, got row %zu", res.bad_row);
    uint8_t mask[8] = {1, 1, 0, 1, 1, 1, 1, 1};
    CHECK(tldr_head_loss_grad(&res, dW, &db, NULL, 0, NULL, &view, W, &b, y, mask, NULL, 1, &ok) == TLDR_OK &&
              isfinite(res.loss) && res.mask_sum == 7,
          "a masked-out NaN row is never read");

    float p[3] = {1, 2, 3}, m[3] = {0}, v[3] = {0}, gr[3] = {1, 1, 1};
    CHECK(tldr_adamw_step(p, m, v, gr, 3, 3e38f, 0.9f, 0.999f, 1e-8f, 3e38f, 1) == TLDR_ERR_NONFINITE,
          "an overflowing AdamW step is refused");
    CHECK(p[0] == 1 && p[2] == 3 && m[1] == 0 && v[1] == 0, "a refused AdamW step changes nothing");
    CHECK(tldr_adamw_step(p, m, v, gr, 3, 1e-3f, 0.9f, 0.999f, 1e-8f, 0.0f, 1) == TLDR_OK && p[0] < 1,
          "an AdamW step");
}

int main(void)
{
    path paths[4];
    size_t np = 0;
    paths[np++] = (path){"generic", get_generic};
#if TLDR_HEAD_X86
    __builtin_cpu_init();
    int avx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    int avx512 = avx2 && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
                 __builtin_cpu_supports("avx512vl");
    if (avx2) paths[np++] = (path){"avx2", get_avx2};
    if (avx512) paths[np++] = (path){"avx512", get_avx512};
#if TLDR_HEAD_BF16_INSN
    if (avx512 && __builtin_cpu_supports("avx512bf16")) paths[np++] = (path){"avx512+bf16", get_avx512_bf16};
#endif
#endif
    const size_t dims[] = {1, 7, 15, 16, 17, 31, 32, 33, 64, 96, 100, 128, 129, 160, 200, 300, 2048 + 9};
    const tldr_dtype types[] = {TLDR_F32, TLDR_F16, TLDR_BF16};
    for (size_t i = 0; i < np; i++)
        for (size_t d = 0; d < sizeof dims / sizeof dims[0]; d++)
            for (size_t t = 0; t < 3; t++) test_kernels(&paths[i], types[t], dims[d]);
    test_bf16_roundings(paths, np);
    test_entry_points();
    printf("%zu paths tested, %d failure(s)\n", np, failures);
    return failures ? 1 : 0;
}
