/* evalm.h: evaluation kernels over flat token arrays (no Python.h).
 *
 * tldr_evalm_average_precision: average precision of a binary target ranked by a real
 * score, with scikit-learn's tie rule (one operating point per distinct score), by an LSD
 * radix sort of the scores: O(N) instead of a comparison sort.
 *
 * tldr_evalm_segment_counts: per-row counts for the accuracy and rate metrics in one
 * pass over the tokens.
 */
#ifndef TLDR_EVALM_H
#define TLDR_EVALM_H

#include "util/common.h"

/* out_ap: the AP; scores (n,) float32 (dtype TLDR_F32) or float64 (pass is_f64=1), all
 * finite (checked: TLDR_ERR_NONFINITE); target (n,) bytes, nonzero = positive; rank
 * descending by score when descending=1, ascending when 0 (detecting bad tokens by low
 * P(good)). n >= 1 and at least one positive, else TLDR_ERR_ARG. -0.0 ties with 0.0. */
TLDR_EXPORT tldr_status tldr_evalm_average_precision(double *out_ap, const void *scores, int is_f64,
                                                     const uint8_t *target, size_t n, int descending);

/* Both APs of one score array from one sort: out_bad = AP of bad tokens (good[i] == 0)
 * ranked by ascending score, out_good = AP of good tokens ranked by descending score;
 * NaN for a side without positives. Same checks as above. */
TLDR_EXPORT tldr_status tldr_evalm_average_precision_pair(double *out_bad, double *out_good,
                                                          const void *scores, int is_f64,
                                                          const uint8_t *good, size_t n);

/* Per row r of row_splits (nrows+1,), over tokens i in [row_splits[r], row_splits[r+1]):
 *   out_pred_bad[r]  = #{i : prob[i] < threshold}
 *   out_true_bad[r]  = #{i : label[i] == 0}          (labels may be NULL: then 0)
 *   out_correct[r]   = #{i : (prob[i] >= threshold) == (label[i] != 0)}   (0 without labels)
 * probs (n,) float32 or float64 (is_f64). row_splits must be checked by the caller
 * (start 0, non-decreasing, end n); it is re-checked here (TLDR_ERR_ARG). */
TLDR_EXPORT tldr_status tldr_evalm_segment_counts(int64_t *out_pred_bad, int64_t *out_true_bad,
                                                  int64_t *out_correct, const void *probs, int is_f64,
                                                  const uint8_t *labels, const int64_t *row_splits,
                                                  size_t nrows, size_t n, double threshold);

#endif
