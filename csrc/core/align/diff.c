/* align/diff.c: Myers' greedy O((N+M)D) shortest edit script between two token
 * sequences, walked back to mark the tokens of b it keeps (see align.h), in memory
 * linear in N + M.
 *
 * The greedy pass. V[k] is the furthest x reached on diagonal k = x - y. Step d extends
 * every diagonal k in [-d, d] (step 2) from its neighbours: down from k+1 when k == -d
 * or V[k-1] < V[k+1], else right from k-1, then follows the snake of equal tokens. The
 * pass stops at the first step D that reaches (na, nb). The script is the path walked
 * back from (na, nb): at step d on diagonal k, the predecessor is the neighbour the
 * rule above chose.
 *
 * Walking back needs every step's V. Saving them all costs (D + 1)^2 entries (12 GB for
 * D = 40,000), so that is done only for D <= TRACE_D. Beyond, the same path is found by
 * divide and conquer on d. Each diagonal's value also carries where its furthest
 * reaching path stood after step h = D/2 (the diagonal and the end of that step's
 * snake); at the end, the entry of diagonal na - nb names the point (x_h, y_h) where the
 * script is after h differences. That point splits the problem exactly:
 *
 * - the script's first h steps are what the greedy pass on a[0:x_h], b[0:y_h] walks
 *   back: the path's own values are the same there (their snakes end inside the
 *   rectangle), and every other value can only be smaller than in the full problem
 *   (fewer paths reach it), which keeps each of the path's choices (the chosen
 *   neighbour compared >= or > the other one, and the other one did not grow);
 * - its last D - h steps are what the greedy pass on a[x_h:], b[y_h:] walks back, by
 *   the same argument (paths that start anywhere else can only be further, never less
 *   far, in the full problem).
 *
 * So keep[] is exactly the one the saved trace gives (tests/test_align_diff.py checks it
 * against the trace-walking twin on random and adversarial inputs). The passes cost
 * about twice the first one (halving d halves the work of each level); memory is three
 * arrays of 2 min(N+M, TLDR_DIFF_MAX_D) + 3 entries and a trace of (TRACE_D + 1)(TRACE_D + 3).
 */
#include "align/align.h"

#include <stdlib.h>
#include <string.h>

/* A sub-problem with at most this many differences is walked back from its saved trace
 * ((TRACE_D + 1)(TRACE_D + 3) entries, 135 KB): every caption pair in practice. */
#define TRACE_D 128

typedef struct {
    int64_t *v, *mid_k, *mid_x; /* by diagonal, index off + k, k in [-dmax - 1, dmax + 1] */
    int64_t off, dmax;
    int64_t *trace; /* trace + d (d + 2) = V[-d-1 .. d+1] before step d, for d <= TRACE_D */
    uint64_t work;
} diff_ctx;

/* One greedy pass over a (na tokens) and b (nb): *found = D, the number of differences.
 * Saves the trace for d <= TRACE_D; h >= 0: records, on each diagonal, where its furthest
 * reaching path stood after step h. TLDR_ERR_LIMIT past TLDR_DIFF_MAX_D steps or when the
 * total work (diagonal updates plus snake steps) exceeds TLDR_DIFF_MAX_WORK. */
static tldr_status forward(diff_ctx *c, const int32_t *a, int64_t na, const int32_t *b, int64_t nb, int64_t h,
                           int64_t *found)
{
    int64_t *v = c->v + c->off, *mk = c->mid_k + c->off, *mx = c->mid_x + c->off;
    v[1] = 0; /* step 0 starts "down" from diagonal 1 at x = 0 */
    for (int64_t d = 0; d <= na + nb; d++) {
        if (d > c->dmax) return TLDR_ERR_LIMIT;
        c->work += (uint64_t)d + 1;
        if (c->work > TLDR_DIFF_MAX_WORK) return TLDR_ERR_LIMIT;
        if (d <= TRACE_D) memcpy(c->trace + d * (d + 2), v - d - 1, (size_t)(2 * d + 3) * sizeof *v);
        for (int64_t k = -d; k <= d; k += 2) {
            int down = k == -d || (k != d && v[k - 1] < v[k + 1]);
            int64_t pk = down ? k + 1 : k - 1;
            int64_t x = down ? v[k + 1] : v[k - 1] + 1, y = x - k, x0 = x;
            while (x < na && y < nb && a[x] == b[y]) {
                x++;
                y++;
            }
            c->work += (uint64_t)(x - x0);
            v[k] = x;
            if (d == h) {
                mk[k] = k;
                mx[k] = x;
            } else if (d > h && h >= 0) {
                mk[k] = mk[pk];
                mx[k] = mx[pk];
            }
            if (x >= na && y >= nb) {
                *found = d;
                return c->work > TLDR_DIFF_MAX_WORK ? TLDR_ERR_LIMIT : TLDR_OK;
            }
        }
    }
    return TLDR_ERR_LIMIT; /* not reached: step na + nb always reaches the end */
}

/* Walk the script of the last pass (D = found <= TRACE_D) back from (na, nb), marking
 * the snakes' tokens of b. */
static void backward(const diff_ctx *c, uint8_t *keep, int64_t found, int64_t na, int64_t nb)
{
    int64_t x = na, y = nb;
    for (int64_t d = found; d > 0; d--) {
        const int64_t *vv = c->trace + d * (d + 2) + d + 1; /* vv[k] for k in [-d-1, d+1] */
        int64_t k = x - y;
        int64_t pk = (k == -d || (k != d && vv[k - 1] < vv[k + 1])) ? k + 1 : k - 1;
        int64_t px = vv[pk], py = px - pk;
        while (x > px && y > py) {
            x--;
            y--;
            keep[y] = 1;
        }
        x = px;
        y = py;
    }
    while (x > 0 && y > 0) {
        x--;
        y--;
        keep[y] = 1;
    }
}

/* keep (over b) of a sub-problem whose script has D differences. Recursion depth:
 * log2(TLDR_DIFF_MAX_D / TRACE_D) = 9. */
static tldr_status solve(diff_ctx *c, uint8_t *keep, const int32_t *a, int64_t na, const int32_t *b, int64_t nb,
                         int64_t D)
{
    int64_t found;
    tldr_status st;
    if (D <= TRACE_D) {
        if ((st = forward(c, a, na, b, nb, -1, &found)) != TLDR_OK) return st;
        backward(c, keep, found, na, nb);
        return TLDR_OK;
    }
    int64_t h = D / 2;
    if ((st = forward(c, a, na, b, nb, h, &found)) != TLDR_OK) return st;
    int64_t k_end = na - nb, xh = c->mid_x[c->off + k_end], yh = xh - c->mid_k[c->off + k_end];
    if ((st = solve(c, keep, a, xh, b, yh, h)) != TLDR_OK) return st;
    return solve(c, keep + yh, a + xh, na - xh, b + yh, nb - yh, found - h);
}

tldr_status tldr_align_diff(uint8_t *keep, const int32_t *a, size_t na, const int32_t *b, size_t nb)
{
    if (nb) memset(keep, 0, nb);
    if (na > TLDR_DIFF_MAX_TOKENS || nb > TLDR_DIFF_MAX_TOKENS) return TLDR_ERR_LIMIT;
    if ((na > nb ? na - nb : nb - na) > (size_t)TLDR_DIFF_MAX_D) return TLDR_ERR_LIMIT; /* D >= |na - nb| */
    diff_ctx c = {0};
    c.dmax = (int64_t)(na + nb < TLDR_DIFF_MAX_D ? na + nb : TLDR_DIFF_MAX_D);
    c.off = c.dmax + 1;
    size_t nv = 2 * (size_t)c.dmax + 3, dt = (size_t)(c.dmax < TRACE_D ? c.dmax : TRACE_D);
    c.v = calloc(nv, sizeof *c.v);
    c.mid_k = calloc(nv, sizeof *c.mid_k);
    c.mid_x = calloc(nv, sizeof *c.mid_x);
    c.trace = malloc((dt + 1) * (dt + 3) * sizeof *c.trace);
    tldr_status st = TLDR_ERR_NOMEM;
    int64_t D;
    if (c.v && c.mid_k && c.mid_x && c.trace) {
        /* the first pass finds D (and the trace, which is all that is needed when D is small) */
        st = forward(&c, a, (int64_t)na, b, (int64_t)nb, -1, &D);
        if (st == TLDR_OK && D <= TRACE_D)
            backward(&c, keep, D, (int64_t)na, (int64_t)nb);
        else if (st == TLDR_OK)
            st = solve(&c, keep, a, (int64_t)na, b, (int64_t)nb, D);
    }
    if (st != TLDR_OK && nb) memset(keep, 0, nb);
    free(c.v);
    free(c.mid_k);
    free(c.mid_x);
    free(c.trace);
    return st;
}
