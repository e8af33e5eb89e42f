/* head/naive.c: the naive float64 reference of the fused head (tests and debugging).
 *
 * The textbook loops of head.h's math, one logit at a time, everything in float64:
 * obviously right and slow. The fast kernels are tested against it and against the NumPy
 * twin in tldr/head/_reference.py. (The paper's naive *reward model*, scored at the last
 * token of each response, is not here: it is the fused kernel reading those rows through
 * a row index; see tldr/head/naive.py.)
 */
#include "head/kernel.h"

static double softplus(double z) { return (z > 0 ? z : 0) + log1p(exp(-fabs(z))); }

static double sigmoid(double z)
{
    if (z >= 0) return 1.0 / (1.0 + exp(-z));
    double e = exp(z);
    return e / (1.0 + e);
}

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
        const char *h = head_row(H, i);
        int m = mask ? mask[i] : 1;
        for (size_t k = 0; k < K; k++) {
            double z = b[k];
            for (size_t j = 0; j < D; j++) z += (double)head_load1(h, H->dtype, j) * W[j * K + k];
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
                dW[j * K + k] += g * head_load1(h, H->dtype, j);
                if (dH) dH[i * D + j] += g * W[j * K + k];
            }
        }
    }
    res->loss = loss * scale;
    res->mask_sum = msum;
    return res->bad_row == SIZE_MAX ? TLDR_OK : TLDR_ERR_NONFINITE;
}
