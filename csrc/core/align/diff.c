/* align/diff.c: Myers' greedy O((N+M)D) shortest edit script between two token
 * sequences, walked back to mark the tokens of b it keeps (see align.h).
 *
 * V[k] is the furthest x reached on diagonal k = x - y. Step D extends every diagonal
 * k in [-D, D] (step 2) from its neighbours: down from k+1 when k == -D or
 * V[k-1] < V[k+1], else right from k-1, then follows the snake of equal tokens. Before
 * step D the slice V[-D-1 .. D+1] is saved (2D + 3 entries), so the script can be walked
 * back from (na, nb): each step's snake marks its tokens of b as kept.
 */
#include "align/align.h"
#include "util/vec.h"

#include <stdlib.h>
#include <string.h>

/* na + nb above this is refused: the trace holds (D + 1)^2 entries for D differences */
#define DIFF_MAX_TOKENS ((size_t)1 << 26)

static void free_trace(tldr_vec *trace)
{
    for (size_t i = 0; i < trace->n; i++) free(TLDR_VEC_AT(*trace, long *, i));
    tldr_vec_free(trace);
}

/* the forward pass: the number of differences D, the saved slices in trace */
static tldr_status forward(tldr_vec *trace, long *v, long off, const int32_t *a, long na, const int32_t *b, long nb,
                           long *found)
{
    *found = -1;
    for (long D = 0; D <= na + nb && *found < 0; D++) {
        long *snap = malloc((size_t)(2 * D + 3) * sizeof *snap);
        if (!snap) return TLDR_ERR_NOMEM;
        if (tldr_vec_push(trace, &snap)) {
            free(snap);
            return TLDR_ERR_NOMEM;
        }
        memcpy(snap, v + off - D - 1, (size_t)(2 * D + 3) * sizeof *v);
        for (long k = -D; k <= D; k += 2) {
            long x = (k == -D || (k != D && v[off + k - 1] < v[off + k + 1])) ? v[off + k + 1] : v[off + k - 1] + 1;
            long y = x - k;
            while (x < na && y < nb && a[x] == b[y]) {
                x++;
                y++;
            }
            v[off + k] = x;
            if (x >= na && y >= nb) {
                *found = D;
                break;
            }
        }
    }
    return TLDR_OK;
}

/* walk the script back from (na, nb), marking the snakes' tokens of b */
static void backward(uint8_t *keep, const tldr_vec *trace, long found, long na, long nb)
{
    long x = na, y = nb;
    for (long d = found; d > 0; d--) {
        const long *vv = TLDR_VEC_AT(*trace, long *, d) + d + 1; /* vv[k] for k in [-d-1, d+1] */
        long k = x - y;
        long pk = (k == -d || (k != d && vv[k - 1] < vv[k + 1])) ? k + 1 : k - 1;
        long px = vv[pk], py = px - pk;
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

tldr_status tldr_align_diff(uint8_t *keep, const int32_t *a, size_t na, const int32_t *b, size_t nb)
{
    if (nb) memset(keep, 0, nb);
    size_t max = na + nb;
    if (max > DIFF_MAX_TOKENS) return TLDR_ERR_LIMIT;
    long *v = calloc(2 * max + 3, sizeof *v); /* diagonals [-max-1, max+1] */
    if (!v) return TLDR_ERR_NOMEM;
    tldr_vec trace = TLDR_VEC(long *);
    long found;
    tldr_status st = forward(&trace, v, (long)max + 1, a, (long)na, b, (long)nb, &found);
    if (!st) backward(keep, &trace, found, (long)na, (long)nb);
    free_trace(&trace);
    free(v);
    return st;
}
