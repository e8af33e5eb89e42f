/* head.h: the TLDR token head, z = H·W + b, p = sigmoid(z), with a fused masked BCE loss
 * and its exact gradients, plus AdamW. Core layer: no Python.h.
 *
 * Shapes: H (N, D) hidden states, one row per token, float32/float16/bfloat16, rows read
 * through a byte stride (columns contiguous); W (D, K) float32 row-major; b (K,);
 * y (N, K) labels in {0,1} (1 = good token); m (N,) mask in {0,1}; pos_weight (K,).
 *
 *   loss = sum_i m_i sum_k [pw_k y_ik softplus(-z_ik) + (1 - y_ik) softplus(z_ik)] / (K sum_i m_i)
 *   g_ik = dloss/dz_ik = m_i [(1 - y_ik) sigmoid(z_ik) - pw_k y_ik sigmoid(-z_ik)] / (K sum_i m_i)
 *   dW  += H^T g      db += sum_i g_i      dH = g W^T
 *
 * When sum_i m_i = 0 the loss is 0 and every gradient is 0 (nothing to learn from).
 *
 * Determinism: rows are cut into chunks whose size depends only on (N, D, K); each chunk's
 * partial gradient is accumulated in float32 over runs of at most 64 rows, then in float64,
 * and the chunks are summed in chunk order. Results are therefore bitwise identical for any
 * thread count.
 */
#ifndef TLDR_HEAD_H
#define TLDR_HEAD_H

#include "util/common.h"

/* A read-only view of N rows of D elements. Logical row i is the physical row
 * rows[i] when rows != NULL (the caller checks 0 <= rows[i] < physical rows), else i. */
typedef struct {
    const char *data;      /* address of physical row 0 */
    tldr_dtype dtype;
    size_t n;              /* logical rows */
    size_t d;              /* columns */
    ptrdiff_t row_stride;  /* bytes between physical rows (any sign) */
    const int64_t *rows;   /* optional row index */
} tldr_rows;

typedef struct {
    double loss;      /* mean loss (0 when mask_sum == 0) */
    double mask_sum;  /* sum_i m_i */
    size_t bad_row;   /* with TLDR_ERR_NONFINITE: first logical row whose logit is not finite */
} tldr_head_result;

/* z (N, K) = H·W + b. Non-finite hidden states propagate to z (no error). */
TLDR_EXPORT tldr_status tldr_head_forward(float *z, const tldr_rows *H, const float *W,
                                          const float *b, size_t K, size_t nthreads);

/* Fused masked BCE loss and gradients in one read of H.
 * dW (D, K) and db (K,) are ACCUMULATED into (+=); the caller zeroes them.
 * dH (N, D) in H's dtype with row stride dH_row_stride bytes is WRITTEN when non-NULL
 * (rows with m_i = 0 get zeros). z_out (N, K) receives the logits when non-NULL.
 * mask and pos_weight may be NULL (all ones). y and mask hold 0/1 bytes.
 * A masked-in row whose logit is NaN or Inf fails with TLDR_ERR_NONFINITE (res->bad_row);
 * then dW, db, dH hold no meaningful values and the caller must discard them. */
TLDR_EXPORT tldr_status tldr_head_loss_grad(tldr_head_result *res, float *dW, float *db,
                                            void *dH, ptrdiff_t dH_row_stride, float *z_out,
                                            const tldr_rows *H, const float *W, const float *b,
                                            const uint8_t *y, const uint8_t *mask,
                                            const float *pos_weight, size_t K, size_t nthreads);

/* Backward of z = H·W + b given dz (N, K) float32 (any upstream loss):
 * dW += H^T dz, db += sum_i dz_i, dH = dz W^T (written, H's dtype, when non-NULL).
 * Non-finite dz or H propagate. */
TLDR_EXPORT tldr_status tldr_head_backward(float *dW, float *db, void *dH, ptrdiff_t dH_row_stride,
                                           const tldr_rows *H, const float *W, const float *dz,
                                           size_t K, size_t nthreads);

/* One AdamW step (decoupled weight decay, as torch.optim.AdamW), in place over n floats:
 *   p -= lr*wd*p; m = b1 m + (1-b1) g; v = b2 v + (1-b2) g^2;
 *   p -= lr * (m / (1-b1^t)) / (sqrt(v / (1-b2^t)) + eps)          (t = step >= 1) */
TLDR_EXPORT void tldr_adamw_step(float *p, float *m, float *v, const float *g, size_t n,
                                 float lr, float beta1, float beta2, float eps,
                                 float weight_decay, uint64_t step);

/* Which SIMD kernel the head uses on this CPU: "avx2+fma+f16c" or "generic". */
TLDR_EXPORT const char *tldr_head_isa(void);

/* Reference (naive, float64, single-threaded) versions for tests and debugging. */
TLDR_EXPORT tldr_status tldr_head_loss_grad_naive(tldr_head_result *res, double *dW, double *db,
                                                  double *dH, const tldr_rows *H, const float *W,
                                                  const float *b, const uint8_t *y,
                                                  const uint8_t *mask, const float *pos_weight,
                                                  size_t K);

/* Widen one half-precision value (bit pattern) to float. */
float tldr_f16_to_f32(uint16_t h);
float tldr_bf16_to_f32(uint16_t h);
/* Round a float to half precision, nearest-even (NaN stays NaN). */
uint16_t tldr_f32_to_f16(float f);
uint16_t tldr_f32_to_bf16(float f);

#endif
