/* align/align.h: token-level alignment of a negative caption with its original.
 *
 * diff.c: which tokens of a token sequence b are kept from a by a shortest edit script
 * (Myers' O(ND) algorithm), for negatives written elsewhere (an LLM, a person);
 * labels.c: token labels from the exact edit spans the perturbation engine records.
 * Label convention: 1 = good token, 0 = bad (edited) token.
 */
#ifndef TLDR_ALIGN_H
#define TLDR_ALIGN_H

#include "util/common.h"

/* keep[j] = 1 when token b[j] is part of the longest common subsequence of a (na tokens)
 * and b (nb tokens) that Myers' greedy shortest edit script finds, else 0; keep has nb
 * entries. TLDR_ERR_LIMIT when na + nb > 2^26 (the script's trace is quadratic in the
 * number of differences). */
tldr_status tldr_align_diff(uint8_t *keep, const int32_t *a, size_t na, const int32_t *b, size_t nb);

/* Token labels of rows of negatives: labels[t] = 0 when token t (str offsets
 * offsets[2t], offsets[2t+1]) overlaps the negative-side span [edits[4q+2], edits[4q+3])
 * of an edit of its row (rows: tokens [row_splits[r], row_splits[r+1]), edits
 * [edit_splits[r], edit_splits[r+1]), edits[4q..4q+3] = start, end, new_start, new_end);
 * an empty span marks the token containing its position, else the first token after it.
 * Else 1. TLDR_ERR_ARG when row_splits / edit_splits do not start at 0, decrease, or do
 * not end at ntok / nedits. */
tldr_status tldr_align_labels(int8_t *labels, const int64_t *offsets, size_t ntok, const int64_t *row_splits,
                              size_t rows, const int64_t *edit_splits, const int64_t *edits, size_t nedits);

#endif
