/* head/head.h: the TLDR token head, z = H·W + b, p = sigmoid(z), with a fused masked BCE
 * loss and its exact gradients, plus AdamW. Core layer: no Python.h.
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
 * Determinism: for a given instruction-set path (tldr_head_isa), results are bitwise
 * identical for any thread count and any block size. Rows are cut into chunks whose size
 * depends only on (N, D, K); inside a chunk each row's logit is computed alone and row
 * gradients are added one row after the other in float32 over runs of 128 rows, then in
 * float64; chunks are summed in chunk order.
 *
 * Files: head.c (entry points, blocks, threads, reductions), dispatch.c (which kernel and
 * block size on this CPU), kernel_{generic,avx2,avx512}.c (the inner loops per instruction
 * set), kernel_blas.c (many outputs through sgemm), naive.c (float64 reference),
 * half.c (16-bit floats), adamw.c (the optimizer step).
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

/* How a call runs; neither field changes a result. */
typedef struct {
    size_t nthreads;    /* worker threads, >= 1 */
    size_t block_rows;  /* rows per block of the row kernel, 1..TLDR_HEAD_MAX_BLOCK;
                           0 = chosen from the CPU's L1 data cache (tldr_head_block_rows) */
} tldr_head_opts;

/* Largest block: 64 rows keep the per-block row tables on the stack (1.5 KiB) and are
 * more than any L1 data cache holds of rows with D >= 256 float32. */
#define TLDR_HEAD_MAX_BLOCK 64

typedef struct {
    double loss;      /* mean loss (0 when mask_sum == 0) */
    double mask_sum;  /* sum_i m_i */
    size_t bad_row;   /* with TLDR_ERR_NONFINITE: first logical row whose logit is not finite */
} tldr_head_result;

/* z (N, K) = H·W + b. Non-finite hidden states propagate to z (no error). */
TLDR_EXPORT tldr_status tldr_head_forward(float *z, const tldr_rows *H, const float *W,
                                          const float *b, size_t K, const tldr_head_opts *opts);

/* Fused masked BCE loss and gradients in one read of H.
 * dW (D, K) and db (K,) are ACCUMULATED into (+=); the caller zeroes them.
 * dH (N, D) in H's dtype with row stride dH_row_stride bytes is WRITTEN when non-NULL
 * (rows with m_i = 0 get zeros). z_out (N, K) receives the logits when non-NULL.
 * mask and pos_weight may be NULL (all ones). y and mask hold 0/1 bytes.
 * No output may overlap an input (the binding checks).
 * A masked-in row whose logit is NaN or Inf fails with TLDR_ERR_NONFINITE (res->bad_row);
 * then dW, db, dH hold no meaningful values and the caller must discard them. */
TLDR_EXPORT tldr_status tldr_head_loss_grad(tldr_head_result *res, float *dW, float *db,
                                            void *dH, ptrdiff_t dH_row_stride, float *z_out,
                                            const tldr_rows *H, const float *W, const float *b,
                                            const uint8_t *y, const uint8_t *mask,
                                            const float *pos_weight, size_t K,
                                            const tldr_head_opts *opts);

/* Backward of z = H·W + b given dz (N, K) float32 (any upstream loss):
 * dW += H^T dz, db += sum_i dz_i, dH = dz W^T (written, H's dtype, when non-NULL).
 * Non-finite dz or H propagate. */
TLDR_EXPORT tldr_status tldr_head_backward(float *dW, float *db, void *dH, ptrdiff_t dH_row_stride,
                                           const tldr_rows *H, const float *W, const float *dz,
                                           size_t K, const tldr_head_opts *opts);

/* One AdamW step (decoupled weight decay, as torch.optim.AdamW), in place over n floats:
 *   p -= lr*wd*p; m = b1 m + (1-b1) g; v = b2 v + (1-b2) g^2;
 *   p -= lr * (m / (1-b1^t)) / (sqrt(v / (1-b2^t)) + eps)          (t = step >= 1)
 * The step is computed first and written only if every new p, m, v is finite; otherwise
 * nothing changes and TLDR_ERR_NONFINITE is returned (e.g. lr * weight_decay overflow). */
TLDR_EXPORT tldr_status tldr_adamw_step(float *p, float *m, float *v, const float *g, size_t n,
                                        float lr, float beta1, float beta2, float eps,
                                        float weight_decay, uint64_t step);

/* The instruction-set path the head runs on, chosen once per process from CPUID:
 * "avx512" (AVX-512 F/BW/VL, plus AVX512-BF16 conversions when present), "avx2"
 * (AVX2 + FMA + F16C) or "generic" (portable C). The environment variable TLDR_ISA
 * (generic | avx2 | avx512) forces a path the CPU can run; a path it cannot run, or an
 * unknown name, falls back to the best one it can. */
TLDR_EXPORT const char *tldr_head_isa(void);
/* Features of this CPU the head can use, e.g. "avx2 fma f16c avx512f avx512bw avx512vl
 * avx512bf16" (what the paths above need, not what TLDR_ISA chose). */
TLDR_EXPORT const char *tldr_head_cpu_features(void);
/* Cache sizes read at run time (bytes; fallbacks 32 KiB and 1 MiB when the system does
 * not say) and the block the row kernel uses for rows of row_bytes bytes. */
TLDR_EXPORT size_t tldr_head_l1d_bytes(void);
TLDR_EXPORT size_t tldr_head_l2_bytes(void);
TLDR_EXPORT size_t tldr_head_block_rows(size_t row_bytes);

/* Reference (naive, float64, single-threaded) kernel for tests and debugging: the same
 * contract as tldr_head_loss_grad with float64 outputs accumulated into; dH (N, D) is
 * accumulated into too when non-NULL. */
TLDR_EXPORT tldr_status tldr_head_loss_grad_naive(tldr_head_result *res, double *dW, double *db,
                                                  double *dH, const tldr_rows *H, const float *W,
                                                  const float *b, const uint8_t *y,
                                                  const uint8_t *mask, const float *pos_weight,
                                                  size_t K);

#endif
