/* head/adamw.c: one AdamW step over a flat float32 parameter array (math in head.h). */
#include "head/head.h"

#include <math.h>

typedef struct {
    float step_size, bc2_sqrt, decay, beta1, beta2, eps;
} adamw_consts;

/* The new (p, m, v) of one element, in the order of operations of torch.optim.AdamW's
 * single-tensor path. */
static inline void adamw_one(const adamw_consts *c, float p, float m, float v, float g, float *po, float *mo,
                             float *vo)
{
    float pi = p * c->decay;
    float mi = m + (g - m) * (1.0f - c->beta1);
    float vi = v * c->beta2 + (1.0f - c->beta2) * g * g;
    float denom = sqrtf(vi) / c->bc2_sqrt + c->eps;
    *po = pi - c->step_size * mi / denom;
    *mo = mi;
    *vo = vi;
}

tldr_status tldr_adamw_step(float *p, float *m, float *v, const float *g, size_t n, float lr, float beta1,
                            float beta2, float eps, float weight_decay, uint64_t step)
{
    const float bc1 = 1.0f - powf(beta1, (float)step);
    const float bc2 = 1.0f - powf(beta2, (float)step);
    adamw_consts c = {lr / bc1, sqrtf(bc2), 1.0f - lr * weight_decay, beta1, beta2, eps};
    /* First compute without writing: a step that would leave a non-finite value (an
     * overflowing lr * weight_decay, g^2 beyond float32) changes nothing. n is the size
     * of the head's parameters, so the second pass costs little. */
    for (size_t i = 0; i < n; i++) {
        float pn, mn, vn;
        adamw_one(&c, p[i], m[i], v[i], g[i], &pn, &mn, &vn);
        if (!isfinite(pn) || !isfinite(mn) || !isfinite(vn)) return TLDR_ERR_NONFINITE;
    }
    for (size_t i = 0; i < n; i++) adamw_one(&c, p[i], m[i], v[i], g[i], &p[i], &m[i], &v[i]);
    return TLDR_OK;
}
