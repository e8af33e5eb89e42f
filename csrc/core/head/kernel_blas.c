/* head/kernel_blas.c: the head for many outputs (float32 H, K >= 8) through OpenBLAS.
 *
 * With K >= 8 the work per row is a small matrix product, which sgemm does better than
 * the row kernel's K passes: blocks of HEAD_BLAS_ROWS rows go through
 *   Z = H_b W (+ b),  G = dloss/dZ,  acc (D, K) += H_b^T G,  dH_b = G W^T
 * while the block sits in L2 (64 rows of D = 4096 float32 are 1 MiB). OpenBLAS runs
 * single-threaded inside our own threads (tldr/_loader.py sets it so).
 */
#include "head/kernel.h"

#include <cblas.h>
#include <limits.h>
#include <string.h>

/* sgemm takes int sizes and leading dimensions in elements: the rows must be plain
 * strided float32 rows (no row index), aligned, and every size must fit an int. */
int tldr_head_blas_fits(const tldr_rows *H, size_t K, const void *dH, ptrdiff_t dH_stride)
{
    const ptrdiff_t fsz = (ptrdiff_t)sizeof(float);
    if (H->dtype != TLDR_F32 || K < 8 || H->rows || H->n == 0) return 0;
    if (H->row_stride < (ptrdiff_t)(H->d * sizeof(float)) || H->row_stride % fsz) return 0;
    if (H->row_stride / fsz > INT_MAX || H->d > INT_MAX || K > INT_MAX) return 0;
    if (((uintptr_t)H->data) % sizeof(float)) return 0;
    if (dH && (dH_stride < (ptrdiff_t)(H->d * sizeof(float)) || dH_stride % fsz || dH_stride / fsz > INT_MAX))
        return 0;
    return 1;
}

/* Logits of a block -> gradients in place (zeros for rows that do not contribute). */
static void block_loss(const head_ctx *cx, size_t s, size_t R, float *zb, head_sums *out)
{
    const size_t K = cx->K;
    for (size_t r = 0; r < R; r++) {
        size_t i = s + r;
        float *z = zb + r * K;
        int m = cx->mask ? cx->mask[i] : 1;
        int finite = 1;
        if (m)
            for (size_t k = 0; k < K; k++) finite &= isfinite(z[k]) != 0;
        if (!m || !finite) {
            if (m && i < out->bad) out->bad = i;
            memset(z, 0, K * sizeof(float));
            continue;
        }
        for (size_t k = 0; k < K; k++)
            head_logit(&out->lr, k, z[k], cx->y[i * K + k], cx->pw ? cx->pw[k] : 1.0, cx->scale, &z[k]);
    }
}

void tldr_head_blas_rows(const head_ctx *cx, size_t r0, size_t r1, head_sums *out)
{
    const tldr_rows *H = cx->H;
    const size_t D = H->d, K = cx->K;
    const int lda = (int)(H->row_stride / (ptrdiff_t)sizeof(float));
    float *zb = out->zb;
    for (size_t s = r0; s < r1; s += HEAD_BLAS_ROWS) {
        size_t R = r1 - s < HEAD_BLAS_ROWS ? r1 - s : HEAD_BLAS_ROWS;
        const float *h0 = (const float *)head_row(H, s);
        if (cx->mode == HEAD_DZ) {
            memcpy(zb, cx->dz + s * K, R * K * sizeof(float));
        } else {
            cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, (int)R, (int)K, (int)D, 1.0f, h0, lda,
                        cx->W, (int)K, 0.0f, zb, (int)K);
            for (size_t r = 0; r < R; r++)
                for (size_t k = 0; k < K; k++) zb[r * K + k] += cx->b[k];
            if (cx->z_out) memcpy(cx->z_out + s * K, zb, R * K * sizeof(float));
            if (cx->mode == HEAD_FORWARD) continue;
            block_loss(cx, s, R, zb, out);
        }
        for (size_t r = 0; r < R; r++)
            for (size_t k = 0; k < K; k++) out->db[k] += zb[r * K + k];
        cblas_sgemm(CblasRowMajor, CblasTrans, CblasNoTrans, (int)D, (int)K, (int)R, 1.0f, h0, lda, zb, (int)K,
                    1.0f, out->acc, (int)K);
        if (cx->dH)
            cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, (int)R, (int)D, (int)K, 1.0f, zb, (int)K, cx->W,
                        (int)K, 0.0f, (float *)(cx->dH + (ptrdiff_t)s * cx->dH_stride),
                        (int)(cx->dH_stride / (ptrdiff_t)sizeof(float)));
    }
}
