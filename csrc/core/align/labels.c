/* align/labels.c: token labels from edit spans (see align.h). A token is bad (0) when it
 * overlaps the new text of an edit of its row; a pure deletion (an empty new span) marks
 * the token that contains its position, or else the first token after it. Rows are
 * independent; the work is O(tokens x edits) per row, and rows hold a few dozen tokens.
 */
#include "align/align.h"

/* the row splits start at 0, never decrease and end at n */
static int splits_ok(const int64_t *splits, size_t rows, size_t n)
{
    if (splits[0] != 0 || splits[rows] < 0 || (size_t)splits[rows] != n) return 0;
    for (size_t r = 0; r < rows; r++)
        if (splits[r + 1] < splits[r]) return 0;
    return 1;
}

/* tokens [a, b) of one row against the edit span [s, e) of the negative */
static void mark_span(int8_t *labels, const int64_t *offsets, size_t a, size_t b, int64_t s, int64_t e)
{
    if (e > s) {
        for (size_t t = a; t < b; t++)
            if (offsets[2 * t] < e && s < offsets[2 * t + 1]) labels[t] = 0;
        return;
    }
    int hit = 0;
    for (size_t t = a; t < b; t++)
        if (offsets[2 * t] <= s && s < offsets[2 * t + 1]) {
            labels[t] = 0;
            hit = 1;
        }
    for (size_t t = a; t < b && !hit; t++)
        if (offsets[2 * t] >= s) {
            labels[t] = 0;
            hit = 1;
        }
}

tldr_status tldr_align_labels(int8_t *labels, const int64_t *offsets, size_t ntok, const int64_t *row_splits,
                              size_t rows, const int64_t *edit_splits, const int64_t *edits, size_t nedits)
{
    if (!splits_ok(row_splits, rows, ntok) || !splits_ok(edit_splits, rows, nedits)) return TLDR_ERR_ARG;
    for (size_t t = 0; t < ntok; t++) labels[t] = 1;
    for (size_t r = 0; r < rows; r++)
        for (int64_t q = edit_splits[r]; q < edit_splits[r + 1]; q++)
            mark_span(labels, offsets, (size_t)row_splits[r], (size_t)row_splits[r + 1], edits[4 * q + 2],
                      edits[4 * q + 3]);
    return TLDR_OK;
}
