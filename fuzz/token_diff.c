/* fuzz/token_diff.c: tldr_align_diff (csrc/core/align/diff.c) against the textbook
 * algorithm it must equal.
 *
 * Input: a byte 0 < split; bytes [1, split) make sequence a, the rest b. Each byte is a
 * token (b & 7, so tokens repeat and snakes form) repeated 1 + (b >> 4) times (up to 16),
 * so short inputs reach long sequences and more than 128 differences, where the diff
 * splits the problem instead of walking a trace.
 * Properties: keep equals the keep vector of Myers' greedy pass walked back from a saved
 * trace (below, the algorithm as published: quadratic memory and time, so the sequences
 * are capped at 300 tokens each); keep marks a common subsequence of a and b; for up to
 * 300 tokens its length is the LCS length of a dynamic program.
 */
#include "align/align.h"
#include "harness.h"

#define MAX_TOKENS 300

/* Myers' greedy pass saving V before every step, then walked back from (na, nb). The
 * saved frontiers sit one after another in a static buffer (step d's at offset
 * d * (d + 2): 2d + 3 entries each), which keeps the published algorithm but spares the
 * allocator 600 calls an input under ASan. */
#define MAX_D (2 * MAX_TOKENS)
static long trace_buf[(MAX_D + 1) * (MAX_D + 3)];
static long v_buf[2 * MAX_D + 3];

static int reference_keep(uint8_t *keep, const int32_t *a, long na, const int32_t *b, long nb)
{
    long max = na + nb, off = max + 1;
    long *v = v_buf;
    memset(v, 0, (size_t)(2 * max + 3) * sizeof *v);
    long found = -1;
    for (long d = 0; d <= max && found < 0; d++) {
        memcpy(trace_buf + d * (d + 2), v + off - d - 1, (size_t)(2 * d + 3) * sizeof *v);
        for (long k = -d; k <= d; k += 2) {
            long x = (k == -d || (k != d && v[off + k - 1] < v[off + k + 1])) ? v[off + k + 1] : v[off + k - 1] + 1;
            long y = x - k;
            while (x < na && y < nb && a[x] == b[y]) x++, y++;
            v[off + k] = x;
            if (x >= na && y >= nb) {
                found = d;
                break;
            }
        }
    }
    if (found < 0) return -1;
    memset(keep, 0, (size_t)nb);
    long x = na, y = nb;
    for (long d = found; d > 0; d--) {
        const long *vv = trace_buf + d * (d + 2) + d + 1;
        long k = x - y;
        long pk = (k == -d || (k != d && vv[k - 1] < vv[k + 1])) ? k + 1 : k - 1;
        long px = vv[pk], py = px - pk;
        while (x > px && y > py) x--, y--, keep[y] = 1;
        x = px;
        y = py;
    }
    while (x > 0 && y > 0) x--, y--, keep[y] = 1;
    return 0;
}

static size_t expand(int32_t *out, const uint8_t *p, size_t n)
{
    size_t m = 0;
    for (size_t i = 0; i < n && m < MAX_TOKENS; i++)
        for (int r = 0; r <= p[i] >> 4 && m < MAX_TOKENS; r++) out[m++] = p[i] & 7;
    return m;
}

static size_t lcs(const int32_t *a, size_t na, const int32_t *b, size_t nb)
{
    static size_t rows[2][MAX_TOKENS + 1];
    size_t *prev = rows[0], *cur = rows[1];
    memset(rows, 0, sizeof rows);
    for (size_t i = 0; i < na; i++) {
        for (size_t j = 0; j < nb; j++)
            cur[j + 1] = a[i] == b[j] ? prev[j] + 1 : (prev[j + 1] > cur[j] ? prev[j + 1] : cur[j]);
        size_t *t = prev;
        prev = cur;
        cur = t;
    }
    return prev[nb];
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;
    size_t split = 1 + (size > 1 ? data[0] % size : 0);
    static int32_t a[MAX_TOKENS], b[MAX_TOKENS];
    static uint8_t keep[MAX_TOKENS], ref[MAX_TOKENS];
    size_t na = expand(a, data + 1, split - 1), nb = expand(b, data + split, size - split);
    tldr_status st = tldr_align_diff(keep, a, na, b, nb);
    CHECK(st == TLDR_OK); /* 300 + 300 tokens are far inside the limits */
    CHECK(reference_keep(ref, a, (long)na, b, (long)nb) == 0);
    CHECK(memcmp(keep, ref, nb) == 0);
    size_t i = 0, kept = 0; /* the kept tokens of b appear in a, in order */
    for (size_t j = 0; j < nb; j++) {
        CHECK(keep[j] <= 1);
        if (!keep[j]) continue;
        while (i < na && a[i] != b[j]) i++;
        CHECK(i < na);
        i++;
        kept++;
    }
    if (na <= 300 && nb <= 300) CHECK(kept == lcs(a, na, b, nb));
    return 0;
}
