/* head/half.h: scalar conversions between float32 and the two 16-bit float formats that
 * hidden states come in. The SIMD kernels convert 8 or 16 values per instruction; these
 * are their scalar counterparts (generic kernel, row tails, the naive reference).
 *
 *   float16  (IEEE binary16):   1 sign, 5 exponent, 10 mantissa bits
 *   bfloat16 (Google brain):    1 sign, 8 exponent,  7 mantissa bits: the upper half of a
 *                               float32, so widening is a shift and exact
 * Narrowing rounds to nearest, ties to even; NaN stays NaN (quiet); float16 overflows to
 * Inf and keeps subnormals.
 */
#ifndef TLDR_HEAD_HALF_H
#define TLDR_HEAD_HALF_H

#include <stdint.h>
#include <string.h>

static inline float tldr_bf16_to_f32(uint16_t h)
{
    uint32_t u = (uint32_t)h << 16;
    float f;
    memcpy(&f, &u, 4);
    return f;
}

float tldr_f16_to_f32(uint16_t h);
uint16_t tldr_f32_to_f16(float f);
uint16_t tldr_f32_to_bf16(float f);

#endif
