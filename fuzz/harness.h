/* fuzz/harness.h: what the libFuzzer targets of fuzz/ share: a reader that takes typed
 * values off the fuzz input (running dry gives zeros, so every input is a valid
 * program), and CHECK, which turns a broken property into a crash the fuzzer reports
 * (with the property's text on stderr).
 *
 * A target is one C file defining LLVMFuzzerTestOneInput; scripts/fuzz.sh builds it with
 * clang -fsanitize=fuzzer,address,undefined against the core sources it needs.
 */
#ifndef TLDR_FUZZ_HARNESS_H
#define TLDR_FUZZ_HARNESS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHECK(cond)                                                                                    \
    do {                                                                                               \
        if (!(cond)) {                                                                                 \
            fprintf(stderr, "property failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__);               \
            abort();                                                                                   \
        }                                                                                              \
    } while (0)

typedef struct {
    const uint8_t *p;
    size_t n;
} reader;

static inline uint8_t take_u8(reader *r)
{
    if (!r->n) return 0;
    r->n--;
    return *r->p++;
}

static inline uint32_t take_u32(reader *r)
{
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) v = (v << 8) | take_u8(r);
    return v;
}

/* up to max bytes (the length itself is taken from the input) */
static inline const uint8_t *take_bytes(reader *r, size_t max, size_t *len)
{
    size_t want = take_u8(r) % (max + 1);
    if (want > r->n) want = r->n;
    const uint8_t *p = r->p;
    r->p += want;
    r->n -= want;
    *len = want;
    return p;
}

/* the rest of the input */
static inline const uint8_t *take_rest(reader *r, size_t *len)
{
    const uint8_t *p = r->p;
    *len = r->n;
    r->p += r->n;
    r->n = 0;
    return p;
}

#endif
