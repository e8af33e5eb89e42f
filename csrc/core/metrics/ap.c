/* metrics/ap.c: average precision with scikit-learn's tie rule, by radix sort.
 *
 * Rank tokens by score (highest first for "higher = positive"); group equal scores; at
 * the end of group k let TP_k, N_k be the positives and tokens ranked so far and P the
 * positives in all; then AP = sum_k (TP_k/P - TP_{k-1}/P) * TP_k/N_k.
 *
 * The ranking only needs the groups in order, so scores are mapped to order-preserving
 * unsigned keys (IEEE bits, sign flipped, -0.0 folded into +0.0) and sorted by an LSD
 * radix sort: O(N) passes that skip the digits all keys share. float32 scores pack key
 * (32 bits) and target (1 bit) into one uint64, so one array is sorted; float64 scores
 * carry the target bytes beside the keys. The sum is compensated (Neumaier), so it
 * matches a pairwise float64 sum to ~1e-16 relative. Checked against a quadratic
 * definition-by-definition AP in tests/c/metrics_check.c.
 */
#include "metrics/metrics.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* 11-bit digits: a pass's histogram (2^11 size_t = 16 KiB) stays in L1 cache, and a
 * float32 key (33 bits with its target) needs 3 passes, a float64 key 6. */
#define RADIX_BITS 11
#define RADIX_SIZE (1u << RADIX_BITS)
#define RADIX_MASK (RADIX_SIZE - 1u)

/* Order-preserving map of a finite double to uint64 (ascending key = ascending value). */
static inline uint64_t key_f64(double v)
{
    uint64_t u;
    if (v == 0.0) v = 0.0; /* -0.0 -> +0.0: they tie */
    memcpy(&u, &v, sizeof u);
    return (u >> 63) ? ~u : (u | 0x8000000000000000ull);
}

static inline uint32_t key_f32(float v)
{
    uint32_t u;
    if (v == 0.0f) v = 0.0f;
    memcpy(&u, &v, sizeof u);
    return (u >> 31) ? ~u : (u | 0x80000000u);
}

/* Sort key[0..n) ascending on its low nbits, carrying pay[] (may be NULL) along.
 * tmpk/tmpp are scratch of the same sizes. The result is left in key/pay. */
static tldr_status radix_sort(uint64_t *key, uint8_t *pay, uint64_t *tmpk, uint8_t *tmpp, size_t n,
                              unsigned nbits)
{
    unsigned npass = (nbits + RADIX_BITS - 1) / RADIX_BITS;
    size_t *hist = calloc((size_t)npass * RADIX_SIZE, sizeof *hist);
    if (!hist) return TLDR_ERR_NOMEM;
    for (size_t i = 0; i < n; i++) {
        uint64_t k = key[i];
        for (unsigned p = 0; p < npass; p++) hist[(size_t)p * RADIX_SIZE + ((k >> (p * RADIX_BITS)) & RADIX_MASK)]++;
    }
    uint64_t *src = key, *dst = tmpk;
    uint8_t *psrc = pay, *pdst = tmpp;
    for (unsigned p = 0; p < npass; p++) {
        size_t *h = hist + (size_t)p * RADIX_SIZE;
        uint64_t first = (src[0] >> (p * RADIX_BITS)) & RADIX_MASK;
        if (h[first] == n) continue; /* every key has this digit: nothing moves */
        size_t sum = 0;
        for (size_t b = 0; b < RADIX_SIZE; b++) {
            size_t c = h[b];
            h[b] = sum;
            sum += c;
        }
        unsigned shift = p * RADIX_BITS;
        if (pay) {
            for (size_t i = 0; i < n; i++) {
                size_t pos = h[(src[i] >> shift) & RADIX_MASK]++;
                dst[pos] = src[i];
                pdst[pos] = psrc[i];
            }
            uint8_t *pt = psrc;
            psrc = pdst;
            pdst = pt;
        } else {
            for (size_t i = 0; i < n; i++) dst[h[(src[i] >> shift) & RADIX_MASK]++] = src[i];
        }
        uint64_t *t = src;
        src = dst;
        dst = t;
    }
    if (src != key) {
        memcpy(key, src, n * sizeof *key);
        if (pay) memcpy(pay, psrc, n);
    }
    free(hist);
    return TLDR_OK;
}

/* The sort holds, per token, two uint64 keys (data and scratch) and two target bytes:
 * beyond this many tokens their byte count would not fit in a size_t. */
#define MAX_TOKENS (SIZE_MAX / (2 * sizeof(uint64_t) + 2))

/* Neumaier-compensated accumulation. */
typedef struct {
    double s, c;
} ksum;

static inline void ksum_add(ksum *a, double x)
{
    double t = a->s + x;
    if (fabs(a->s) >= fabs(x))
        a->c += (a->s - t) + x;
    else
        a->c += (x - t) + a->s;
    a->s = t;
}

/* Scores -> sorted keys (ascending = ranking order when descending=0, reversed ranking
 * when descending=1 is folded in by complementing the keys) with the targets beside
 * them: packed into bit 0 for float32 (*packed = 1), in *pay for float64. Counts the
 * positives. On success the caller frees *key and *pay. */
static tldr_status sorted_keys(uint64_t **out_key, uint8_t **out_pay, int *packed, size_t *npos,
                               const void *scores, int is_f64, const uint8_t *target, size_t n,
                               int descending)
{
    uint64_t *key = malloc(n * sizeof *key);
    uint64_t *tmp = malloc(n * sizeof *tmp);
    uint8_t *pay = NULL, *tmpp = NULL;
    tldr_status st = TLDR_OK;
    size_t pos = 0;
    unsigned nbits;
    if (!key || !tmp) {
        st = TLDR_ERR_NOMEM;
        goto fail;
    }
    if (is_f64) {
        const double *s = (const double *)scores;
        pay = malloc(n);
        tmpp = malloc(n);
        if (!pay || !tmpp) {
            st = TLDR_ERR_NOMEM;
            goto fail;
        }
        for (size_t i = 0; i < n; i++) {
            if (!isfinite(s[i])) {
                st = TLDR_ERR_NONFINITE;
                goto fail;
            }
            uint64_t k = key_f64(s[i]);
            key[i] = descending ? ~k : k; /* ascending sort = ranking order */
            pay[i] = target[i] != 0;
            pos += pay[i];
        }
        nbits = 64;
    } else {
        const float *s = (const float *)scores;
        for (size_t i = 0; i < n; i++) {
            if (!isfinite(s[i])) {
                st = TLDR_ERR_NONFINITE;
                goto fail;
            }
            uint32_t k = key_f32(s[i]);
            uint64_t t = target[i] != 0;
            key[i] = ((uint64_t)(descending ? ~k : k) << 1) | t;
            pos += t;
        }
        nbits = 33;
    }
    st = radix_sort(key, pay, tmp, tmpp, n, nbits);
    if (st != TLDR_OK) goto fail;
    free(tmp);
    free(tmpp);
    *out_key = key;
    *out_pay = pay;
    *packed = !is_f64;
    *npos = pos;
    return TLDR_OK;
fail:
    free(key);
    free(tmp);
    free(pay);
    free(tmpp);
    return st;
}

/* AP over sorted keys, walking forward (reverse=0) or backward (reverse=1); a token is
 * positive when its target bit equals `want`; npos positives in all. */
static double walk_ap(const uint64_t *key, const uint8_t *pay, int packed, size_t n, int want, int reverse,
                      size_t npos)
{
    ksum ap = {0.0, 0.0};
    double P = (double)npos, prev_recall = 0.0;
    size_t tp = 0;
    for (size_t k = 0; k < n; k++) {
        size_t i = reverse ? n - 1 - k : k;
        int t = packed ? (int)(key[i] & 1u) : pay[i];
        tp += (size_t)(t == want);
        uint64_t gk = packed ? key[i] >> 1 : key[i];
        int last = (k + 1 == n);
        uint64_t nk = 0;
        if (!last) {
            size_t j = reverse ? i - 1 : i + 1;
            nk = packed ? key[j] >> 1 : key[j];
        }
        if (last || nk != gk) {
            double recall = (double)tp / P;
            double precision = (double)tp / (double)(k + 1);
            ksum_add(&ap, (recall - prev_recall) * precision);
            prev_recall = recall;
        }
    }
    return ap.s + ap.c;
}

tldr_status tldr_metrics_average_precision(double *out_ap, const void *scores, int is_f64,
                                           const uint8_t *target, size_t n, int descending)
{
    if (!out_ap || !scores || !target || n == 0) return TLDR_ERR_ARG;
    if (n > MAX_TOKENS) return TLDR_ERR_LIMIT;
    uint64_t *key = NULL;
    uint8_t *pay = NULL;
    int packed = 0;
    size_t npos = 0;
    tldr_status st = sorted_keys(&key, &pay, &packed, &npos, scores, is_f64, target, n, descending);
    if (st != TLDR_OK) return st;
    if (npos == 0)
        st = TLDR_ERR_ARG;
    else
        *out_ap = walk_ap(key, pay, packed, n, 1, 0, npos);
    free(key);
    free(pay);
    return st;
}

tldr_status tldr_metrics_average_precision_pair(double *out_bad, double *out_good, const void *scores,
                                                int is_f64, const uint8_t *good, size_t n)
{
    if (!out_bad || !out_good || !scores || !good || n == 0) return TLDR_ERR_ARG;
    if (n > MAX_TOKENS) return TLDR_ERR_LIMIT;
    uint64_t *key = NULL;
    uint8_t *pay = NULL;
    int packed = 0;
    size_t ngood = 0;
    /* Ascending scores: the ranking for bad tokens forward, for good tokens backward. */
    tldr_status st = sorted_keys(&key, &pay, &packed, &ngood, scores, is_f64, good, n, 0);
    if (st != TLDR_OK) return st;
    *out_bad = ngood < n ? walk_ap(key, pay, packed, n, 0, 0, n - ngood) : NAN;
    *out_good = ngood > 0 ? walk_ap(key, pay, packed, n, 1, 1, ngood) : NAN;
    free(key);
    free(pay);
    return TLDR_OK;
}
