/* perturb/perturb.h: the rule engine that writes hard negatives of captions in the 8 TLDR
 * categories (spatial, attribute, binding, object, counting, small_object, ocr,
 * counterfactual: category indices 0-7 in that order).
 *
 * An engine is built once from lexicon files (tldr/data/perturb/, format in
 * docs/perturbation.md) and is immutable afterwards, so many threads may use it at once,
 * each with its own scratch. Per caption it finds every edit site of a category, picks
 * (site, alternative) pairs from a counter-based RNG keyed by (seed, FNV-1a hash of the
 * caption, category, draw number) and applies word-level edits, recording the exact byte
 * spans in the original and in the negative.
 *
 * Files: engine.c (tables, constructor), lexicon.c (file parser), caption.c (words and
 * phrase lookups of a caption), sites_values.c, sites_binding.c, sites_counting.c,
 * sites_ocr.c, sites_negation.c (where each category can edit), edits.c and candidate.c
 * (writing a candidate), balance.c (what a draw writes and the balance test), run.c (draw,
 * enumerate, scratch), counts.c (the corpus counts of balanced sampling).
 */
#ifndef TLDR_PERTURB_H
#define TLDR_PERTURB_H

#include "util/common.h"

#define TLDR_PERTURB_NCAT 8

/* Lexicon file kinds. */
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

/* Parse nfiles lexicon files (names[i] for messages, kinds[i] a TLDR_LEX_* kind, data[i]
 * lens[i] bytes) in order; words files must come before the files that name their classes.
 * TLDR_ERR_FORMAT: err (errlen bytes, may be NULL) holds "name:line: message";
 * TLDR_ERR_ARG: a kind out of range. */
tldr_status tldr_perturb_engine_new(tldr_perturb_engine **out, size_t nfiles, const char *const *names,
                                    const int *kinds, const uint8_t *const *data, const size_t *lens,
                                    char *err, size_t errlen);
void tldr_perturb_engine_free(tldr_perturb_engine *e);

/* The parsed lexicon as text (*out malloc'ed, *len bytes), so tests can compare it with
 * the Python parser's: one line per form ("form KIND VALUE CLASS|TEXT|PLURAL|CONTEXT", "-"
 * for none), per words-class phrase ("words CLASS|PHRASE"), per weights line ("weight
 * PHRASE|COUNT", in file order), then "patterns NQUOTE NPROTECT" and "maxw N". */
tldr_status tldr_perturb_engine_dump(const tldr_perturb_engine *e, char **out, size_t *len);

/* Per-thread buffers (PCRE2 matchers, per-caption arrays) reused by every call below; a
 * scratch is used by one thread at a time. NULL when out of memory. */
typedef struct tldr_perturb_scratch tldr_perturb_scratch;
tldr_perturb_scratch *tldr_perturb_scratch_new(const tldr_perturb_engine *e);
void tldr_perturb_scratch_free(tldr_perturb_scratch *s);

/* One edit, byte offsets: [start, end) in the original became [new_start, new_end) in the
 * negative. */
typedef struct {
    size_t start, end, new_start, new_end;
} tldr_perturb_edit;

/* One negative: text (malloc'ed, len bytes, NUL-terminated), category index, edits sorted
 * by start. */
typedef struct {
    char *text;
    size_t len;
    int cat;
    size_t n_edits;
    tldr_perturb_edit *edits;
} tldr_perturb_result;

/* Up to n distinct negatives of a caption (len bytes of UTF-8, checked: TLDR_ERR_UTF8),
 * drawn over the categories cats[0..ncats) (ncats <= 8, indices in [0, 8): else
 * TLDR_ERR_ARG) in rotation. A category whose bit is set in `balance` (bit c for category
 * c) is balanced: a draw the Metropolis-Hastings test rejects retires its site (balance.c).
 * *res (malloc'ed, free with tldr_perturb_results_free) gets *nres results. */
tldr_status tldr_perturb_draw(tldr_perturb_scratch *s, const uint8_t *text, size_t len, const int *cats, size_t ncats,
                              size_t n, uint64_t seed, unsigned balance, tldr_perturb_result **res, size_t *nres);

/* Every distinct negative of category cat the rules can make of a caption, in caption
 * order (each site, alternative and written form). TLDR_ERR_LIMIT when their text would
 * exceed 256 MiB. */
tldr_status tldr_perturb_enumerate(tldr_perturb_scratch *s, const uint8_t *text, size_t len, int cat,
                                   tldr_perturb_result **res, size_t *nres);

void tldr_perturb_results_free(tldr_perturb_result *res, size_t n);

/* The corpus counts of balanced sampling one caption adds to (counts.c): nkeys keys, key k
 * the bytes text[keys[k].off, +len); pair = 1 for a "CONTEXT VALUE WORD" key, 0 for a
 * site key (a value, "form-count FORM", "counterfactual CONSTRUCT"). A key appears once
 * per site that counts it. */
typedef struct {
    size_t off, len;
    int pair;
} tldr_perturb_key;

typedef struct {
    char *text;
    tldr_perturb_key *keys;
    size_t nkeys;
} tldr_perturb_counts;

tldr_status tldr_perturb_count(tldr_perturb_scratch *s, const uint8_t *text, size_t len, tldr_perturb_counts *out);
void tldr_perturb_counts_free(tldr_perturb_counts *c);

#endif
