/* metrics/metrics.h: the evaluation kernels over flat token arrays (core layer, no Python.h).
 *
 *   ap.c        average precision of a binary target ranked by a real score, with
 *               scikit-learn's tie rule, by an LSD radix sort of the scores: O(N).
 *   segments.c  per-row counts (predicted bad, truly bad, predicted right) in one pass,
 *               for the token/sentence/response accuracies and the hallucination rates.
 *
 * Scores and probabilities arrive as float32 (is_f64 = 0) or float64 (is_f64 = 1), never
 * copied; targets and labels are bytes, nonzero = 1.
 */
#ifndef TLDR_METRICS_H
#define TLDR_METRICS_H

#include "util/common.h"

/* out_ap = AP of the tokens with target[i] != 0 when the n tokens are ranked by score,
 * highest first when descending = 1, lowest first when 0 (bad tokens are found by low
 * P(good)). Tokens of equal score form one operating point; -0.0 ties with 0.0.
 * Errors: TLDR_ERR_ARG for n = 0 or no positive token (AP is undefined);
 * TLDR_ERR_NONFINITE for a NaN or infinite score; TLDR_ERR_NOMEM; TLDR_ERR_LIMIT when n
 * is too large for the sort's buffers to be addressed. */
TLDR_EXPORT tldr_status tldr_metrics_average_precision(double *out_ap, const void *scores, int is_f64,
                                                       const uint8_t *target, size_t n, int descending);

/* Both APs of one score array from one sort: *out_bad = AP of the bad tokens
 * (good[i] == 0) ranked by ascending score, *out_good = AP of the good tokens ranked by
 * descending score. A side without any token of its kind has no defined AP: it gets the
 * value NaN and the call still succeeds (TLDR_OK), so a table can show "n/a".
 * Errors as tldr_metrics_average_precision, except that a missing side is not one. */
TLDR_EXPORT tldr_status tldr_metrics_average_precision_pair(double *out_bad, double *out_good,
                                                            const void *scores, int is_f64,
                                                            const uint8_t *good, size_t n);

/* Per row r of row_splits (nrows+1,), over tokens i in [row_splits[r], row_splits[r+1]):
 *   out_pred_bad[r] = #{i : prob[i] < threshold}
 *   out_true_bad[r] = #{i : label[i] == 0}                              (0 without labels)
 *   out_correct[r]  = #{i : (prob[i] >= threshold) == (label[i] != 0)}  (0 without labels)
 * probs (n,); labels (n,) or NULL; out_true_bad and out_correct may be NULL (not wanted).
 * Errors: TLDR_ERR_ARG when threshold is not in [0, 1] or row_splits does not start at 0,
 * decreases or does not end at n (checked before any token is read);
 * TLDR_ERR_NONFINITE when a probability is NaN (the outputs are then meaningless). */
TLDR_EXPORT tldr_status tldr_metrics_segment_counts(int64_t *out_pred_bad, int64_t *out_true_bad,
                                                    int64_t *out_correct, const void *probs, int is_f64,
                                                    const uint8_t *labels, const int64_t *row_splits,
                                                    size_t nrows, size_t n, double threshold);

#endif
