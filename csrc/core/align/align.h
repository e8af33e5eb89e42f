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

/* Limits of tldr_align_diff, so that its memory and time stay bounded on any input:
 * - at most TLDR_DIFF_MAX_D differences (insertions + deletions) between the sequences:
 *   memory is 3 x 8 bytes x 2 min(na + nb, TLDR_DIFF_MAX_D) plus a fixed 135 KB;
 * - at most TLDR_DIFF_MAX_WORK elementary steps (a diagonal extended or a token compared)
 *   over all passes: the time is O((na + nb) D) and this caps it at seconds;
 * - at most TLDR_DIFF_MAX_TOKENS tokens in each sequence (positions stay far from int64
 *   overflow in any arithmetic). */
#define TLDR_DIFF_MAX_D ((int64_t)1 << 16)
#define TLDR_DIFF_MAX_WORK ((uint64_t)1 << 33)
#define TLDR_DIFF_MAX_TOKENS ((size_t)1 << 40)

/* keep[j] = 1 when token b[j] is part of the longest common subsequence of a (na tokens)
 * and b (nb tokens) that Myers' greedy shortest edit script finds (the path walked back
 * from (na, nb) through the furthest reaching paths, preferring at each step the
 * insertion of a b token when both neighbours reach equally far; see diff.c), else 0;
 * keep has nb entries. TLDR_ERR_LIMIT (keep all 0) past one of the limits above,
 * TLDR_ERR_NOMEM when the work arrays cannot be allocated. */
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
