/* metrics/segments.c: per-row token counts for the accuracies and hallucination rates.
 *
 * One pass over the tokens of a ragged batch (rows cut by row_splits) counts, per row,
 * the tokens predicted bad (prob < threshold), the tokens labelled bad and the tokens
 * whose predicted label equals the true one. Token, sentence and response accuracy and
 * the three hallucination rates are all ratios of these counts (sentences are rows too:
 * the caller passes sentence splits as row_splits).
 *
 * Probabilities are compared in float64 (widening a float32 is exact), so a float32
 * probability and its float64 copy always get the same decision.
 */
#include "metrics/metrics.h"

/* The counting loop for one element type: probs holds doubles when is_f64, else floats.
 * Always inlined into its two call sites below with a constant is_f64, so the compiler
 * removes the type test from the loop and each site reads one type directly. */
static inline __attribute__((always_inline)) int count_rows(int64_t *out_pred_bad, int64_t *out_true_bad,
                                                             int64_t *out_correct, const void *probs,
                                                             const int is_f64, const uint8_t *labels,
                                                             const int64_t *row_splits, size_t nrows,
                                                             double threshold)
{
    int nan = 0;
    for (size_t r = 0; r < nrows; r++) {
        int64_t pred_bad = 0, true_bad = 0, correct = 0;
        size_t a = (size_t)row_splits[r], b = (size_t)row_splits[r + 1];
        for (size_t i = a; i < b; i++) {
            double v = is_f64 ? ((const double *)probs)[i] : (double)((const float *)probs)[i];
            nan |= v != v;
            int good_pred = v >= threshold;
            int good_true = labels ? labels[i] != 0 : 0;
            pred_bad += !good_pred;
            true_bad += !good_true;
            correct += good_pred == good_true;
        }
        out_pred_bad[r] = pred_bad;
        if (out_true_bad) out_true_bad[r] = labels ? true_bad : 0;
        if (out_correct) out_correct[r] = labels ? correct : 0;
    }
    return nan;
}

tldr_status tldr_metrics_segment_counts(int64_t *out_pred_bad, int64_t *out_true_bad, int64_t *out_correct,
                                        const void *probs, int is_f64, const uint8_t *labels,
                                        const int64_t *row_splits, size_t nrows, size_t n, double threshold)
{
    if (!out_pred_bad || !row_splits || (n && !probs) || !(threshold >= 0.0 && threshold <= 1.0))
        return TLDR_ERR_ARG;
    if (row_splits[0] != 0 || (uint64_t)row_splits[nrows] != (uint64_t)n) return TLDR_ERR_ARG;
    for (size_t r = 0; r < nrows; r++)
        if (row_splits[r + 1] < row_splits[r]) return TLDR_ERR_ARG;
    int nan = is_f64 ? count_rows(out_pred_bad, out_true_bad, out_correct, probs, 1, labels, row_splits, nrows,
                                  threshold)
                     : count_rows(out_pred_bad, out_true_bad, out_correct, probs, 0, labels, row_splits, nrows,
                                  threshold);
    return nan ? TLDR_ERR_NONFINITE : TLDR_OK;
}
