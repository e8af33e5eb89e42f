/* perturb.h: the rule engine that writes hard negatives of captions (8 TLDR categories).
 *
 * An engine is built once from lexicon files (tldr/data/perturb/, format in
 * docs/perturbation.md) and is immutable afterwards, so many threads may use it at once.
 * Per caption it finds every edit site of a category, draws (site, alternative) pairs
 * from a counter-based RNG keyed by (seed, FNV-1a hash of the caption, category, draw
 * number) and applies word-level edits, recording exact byte spans in the original and
 * in the negative. tldr/_perturb_ref.py is its readable Python twin.
 */
#ifndef TLDR_PERTURB_H
#define TLDR_PERTURB_H

#include "util/common.h"

#define TLDR_PERTURB_NCAT 8

/* Lexicon file kinds (the order of tldr/_perturb_ref.py KINDS). */
enum {
    TLDR_LEX_SPATIAL = 0,
    TLDR_LEX_ATTRIBUTES,
    TLDR_LEX_OBJECTS,
    TLDR_LEX_NOUNS,
    TLDR_LEX_VERBS,
    TLDR_LEX_WORDS,
    TLDR_LEX_PATTERNS,
    TLDR_LEX_WEIGHTS,
    TLDR_LEX_NKINDS
};

typedef struct tldr_perturb_engine tldr_perturb_engine;

/* One edit, byte offsets: [start, end) in the original became [new_start, new_end) in the
 * negative. */
typedef struct {
    size_t start, end, new_start, new_end;
} tldr_perturb_edit;

/* One negative: text (malloc'ed, len bytes, NUL-terminated), category index, edits. */
typedef struct {
    char *text;
    size_t len;
    int cat;
    size_t n_edits;
    tldr_perturb_edit *edits;
} tldr_perturb_result;

/* Parse nfiles lexicon files (names[i] for messages, kinds[i] a TLDR_LEX_* kind, data[i]
 * lens[i] bytes) in order. On TLDR_ERR_FORMAT / TLDR_ERR_REGEX, err holds
 * "name:line: message". */
tldr_status tldr_perturb_engine_new(tldr_perturb_engine **out, size_t nfiles, const char *const *names,
                                    const int *kinds, const uint8_t *const *data, const size_t *lens,
                                    char *err, size_t errlen);
void tldr_perturb_engine_free(tldr_perturb_engine *e);

/* Negatives of one caption (valid UTF-8, checked: TLDR_ERR_UTF8).
 * mode 0: up to n distinct negatives drawn over the categories cats[0..ncats) in rotation;
 *         a category whose bit is set in `balance` (bit c for category c) is balanced: a
 *         draw the Metropolis-Hastings test rejects retires its site (perturb.c);
 * mode 1: every distinct negative of cats[0] (n and balance ignored). Other modes: TLDR_ERR_ARG.
 * *res (malloc'ed array, free with tldr_perturb_results_free) gets *nres results. */
tldr_status tldr_perturb_run(const tldr_perturb_engine *e, const uint8_t *text, size_t len, const int *cats,
                             size_t ncats, size_t n, uint64_t seed, int mode, unsigned balance,
                             tldr_perturb_result **res, size_t *nres);
void tldr_perturb_results_free(tldr_perturb_result *res, size_t n);

/* Reusable per-thread buffers (PCRE2 matchers, per-caption arrays) for many runs with one
 * engine: tldr_perturb_run_scratch is tldr_perturb_run without per-caption allocations
 * (except the results). A scratch is used by one thread at a time. NULL on no memory. */
typedef struct tldr_perturb_scratch tldr_perturb_scratch;
tldr_perturb_scratch *tldr_perturb_scratch_new(const tldr_perturb_engine *e);
void tldr_perturb_scratch_free(tldr_perturb_scratch *s);
tldr_status tldr_perturb_run_scratch(tldr_perturb_scratch *s, const uint8_t *text, size_t len, const int *cats,
                                     size_t ncats, size_t n, uint64_t seed, int mode, unsigned balance,
                                     tldr_perturb_result **res, size_t *nres);

/* Token-level diff: keep[j] = 1 when token b[j] is part of a longest common subsequence
 * of a and b found by Myers' O(ND) algorithm (ties broken as in tldr/_perturb_ref.py
 * myers_keep), else 0. */
tldr_status tldr_perturb_diff(uint8_t *keep, const int32_t *a, size_t na, const int32_t *b, size_t nb);

/* Token labels of rows of negatives: labels[t] = 0 when token t (str offsets
 * offsets[2t], offsets[2t+1]) overlaps the negative-side span [edits[4q+2], edits[4q+3])
 * of an edit of its row (rows: tokens [row_splits[r], row_splits[r+1]), edits
 * [edit_splits[r], edit_splits[r+1])); an empty span marks the token containing its
 * position, else the first token after it. Else 1. Twin: tldr.perturb.overlap_labels. */
tldr_status tldr_perturb_labels(int8_t *labels, const int64_t *offsets, size_t ntok, const int64_t *row_splits,
                                size_t rows, const int64_t *edit_splits, const int64_t *edits, size_t nedits);

#endif
