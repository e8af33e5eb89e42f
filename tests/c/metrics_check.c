/* metrics_check.c: C-level check of the evaluation kernels (csrc/core/metrics/ap.c and
 * segments.c) without Python, built with ASan/UBSan by
 * tests/test_metrics_kernels.py::test_c_core_under_sanitizers. Compares the radix-sort AP
 * with a quadratic reference on random inputs with many ties, the segment counts with a
 * plain loop, and the error statuses. Exits non-zero (and says why) on any mismatch. */
#include "metrics/metrics.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static double ref_ap(const double *s, const uint8_t *t, size_t n, int desc)
{
    /* For each distinct score v (in ranking order), TP and N over tokens ranked at or
     * before v; O(n^2) but obviously right. */
    size_t P = 0;
    for (size_t i = 0; i < n; i++) P += t[i] != 0;
    double ap = 0.0, prev = 0.0;
    double last = desc ? INFINITY : -INFINITY;
    for (;;) {
        /* next distinct value after `last` in ranking order */
        int found = 0;
        double v = 0.0;
        for (size_t i = 0; i < n; i++) {
            int after = desc ? s[i] < last : s[i] > last;
            if (after && (!found || (desc ? s[i] > v : s[i] < v))) {
                v = s[i];
                found = 1;
            }
        }
        if (!found) break;
        size_t tp = 0, cnt = 0;
        for (size_t i = 0; i < n; i++)
            if (desc ? s[i] >= v : s[i] <= v) {
                cnt++;
                tp += t[i] != 0;
            }
        double rec = (double)tp / (double)P;
        ap += (rec - prev) * ((double)tp / (double)cnt);
        prev = rec;
        last = v;
    }
    return ap;
}

int main(void)
{
    srand(12345);
    int fails = 0;
    for (int trial = 0; trial < 400; trial++) {
        size_t n = 1 + (size_t)(rand() % 300);
        double *s = malloc(n * sizeof *s);
        float *f = malloc(n * sizeof *f);
        uint8_t *t = malloc(n);
        size_t npos = 0;
        for (size_t i = 0; i < n; i++) {
            int k = rand() % 7;
            s[i] = k == 0 ? 0.0 : k == 1 ? -0.0 : (double)(rand() % 50) / 7.0 - 3.0;
            f[i] = (float)s[i];
            t[i] = (uint8_t)(rand() % 3 == 0);
            npos += t[i];
        }
        for (int desc = 0; desc < 2; desc++) {
            double got = -1.0, got32 = -1.0;
            tldr_status st = tldr_metrics_average_precision(&got, s, 1, t, n, desc);
            tldr_status st32 = tldr_metrics_average_precision(&got32, f, 0, t, n, desc);
            if (npos == 0) {
                if (st != TLDR_ERR_ARG || st32 != TLDR_ERR_ARG) {
                    printf("trial %d: expected TLDR_ERR_ARG without positives\n", trial);
                    fails++;
                }
                continue;
            }
            double want = ref_ap(s, t, n, desc);
            if (st != TLDR_OK || fabs(got - want) > 1e-12 || st32 != TLDR_OK || fabs(got32 - want) > 1e-12) {
                printf("trial %d desc %d: got %.17g / %.17g want %.17g\n", trial, desc, got, got32, want);
                fails++;
            }
        }
        /* both APs from one sort: bad = !t ranked ascending, good = t ranked descending */
        {
            double pb = -1.0, pg = -1.0;
            uint8_t *bad = malloc(n);
            for (size_t i = 0; i < n; i++) bad[i] = !t[i];
            for (int w = 0; w < 2; w++) {
                tldr_status sp = w ? tldr_metrics_average_precision_pair(&pb, &pg, f, 0, t, n)
                                   : tldr_metrics_average_precision_pair(&pb, &pg, s, 1, t, n);
                double wb = npos < n ? ref_ap(s, bad, n, 0) : NAN;
                double wg = npos > 0 ? ref_ap(s, t, n, 1) : NAN;
                int okb = npos < n ? fabs(pb - wb) <= 1e-12 : isnan(pb);
                int okg = npos > 0 ? fabs(pg - wg) <= 1e-12 : isnan(pg);
                if (sp != TLDR_OK || !okb || !okg) {
                    printf("trial %d pair (f32=%d): got %.17g %.17g want %.17g %.17g\n", trial, w, pb, pg, wb, wg);
                    fails++;
                }
            }
            free(bad);
        }
        /* segment counts over random rows */
        size_t nrows = 1 + (size_t)(rand() % 5);
        int64_t *rs = malloc((nrows + 1) * sizeof *rs);
        rs[0] = 0;
        for (size_t r = 1; r < nrows; r++) rs[r] = rs[r - 1] + (int64_t)(rand() % ((int)n + 1 - (int)rs[r - 1]));
        rs[nrows] = (int64_t)n;
        int64_t pb[8], tb[8], cr[8];
        double *p = malloc(n * sizeof *p);
        for (size_t i = 0; i < n; i++) p[i] = (double)(rand() % 5) / 4.0;
        if (tldr_metrics_segment_counts(pb, tb, cr, p, 1, t, rs, nrows, n, 0.5) != TLDR_OK) {
            printf("segment counts failed\n");
            fails++;
        }
        for (size_t r = 0; r < nrows; r++) {
            int64_t a = 0, b = 0, c = 0;
            for (int64_t i = rs[r]; i < rs[r + 1]; i++) {
                a += p[i] < 0.5;
                b += t[i] == 0;
                c += (p[i] >= 0.5) == (t[i] != 0);
            }
            if (a != pb[r] || b != tb[r] || c != cr[r]) {
                printf("segment counts mismatch in row %zu\n", r);
                fails++;
            }
        }
        /* the float32 path and the path without labels give the same predicted counts */
        {
            float *p32 = malloc(n * sizeof *p32);
            int64_t pb32[8], tb32[8], cr32[8];
            for (size_t i = 0; i < n; i++) p32[i] = (float)p[i];
            tldr_status s32 = tldr_metrics_segment_counts(pb32, tb32, cr32, p32, 0, NULL, rs, nrows, n, 0.5);
            for (size_t r = 0; r < nrows; r++)
                if (s32 != TLDR_OK || pb32[r] != pb[r] || tb32[r] != 0 || cr32[r] != 0) {
                    printf("float32 / no-label segment counts mismatch in row %zu\n", r);
                    fails++;
                }
            p32[n - 1] = NAN;
            if (tldr_metrics_segment_counts(pb32, NULL, NULL, p32, 0, t, rs, nrows, n, 0.5) != TLDR_ERR_NONFINITE) {
                printf("NaN probability accepted\n");
                fails++;
            }
            free(p32);
        }
        rs[nrows] = (int64_t)n + 1;
        if (tldr_metrics_segment_counts(pb, tb, cr, p, 1, t, rs, nrows, n, 0.5) != TLDR_ERR_ARG) {
            printf("bad row_splits accepted\n");
            fails++;
        }
        free(s);
        free(f);
        free(t);
        free(p);
        free(rs);
    }
    double nan = NAN, out;
    uint8_t one = 1;
    if (tldr_metrics_average_precision(&out, &nan, 1, &one, 1, 1) != TLDR_ERR_NONFINITE) {
        printf("NaN accepted\n");
        fails++;
    }
    if (tldr_metrics_average_precision(&out, &nan, 1, &one, 0, 1) != TLDR_ERR_ARG) {
        printf("n = 0 accepted\n");
        fails++;
    }
    printf("%s (%d failures)\n", fails ? "FAIL" : "OK", fails);
    return fails ? 1 : 0;
}
