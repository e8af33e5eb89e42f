/* perturb/negatives.h: make_negatives in one pass of C: per caption, draw its negatives
 * (run.c), tokenize the caption and each negative (tokenize/), label each negative's
 * tokens from its edits (align/labels.c), and append the rows in dataset order (each
 * caption, then its negatives) to flat arrays. Captions are cut into chunks that threads
 * take from an atomic counter; each thread keeps its chunks' rows in buffers of its own,
 * and a second parallel pass copies the chunks out in caption order, so the output never
 * depends on the number of threads.
 *
 * A corpus is run in blocks of consecutive captions (tldr_negatives_block_end): the
 * caller turns each block's negative texts into its own strings between blocks, so the
 * texts are held once per block, and the flat arrays grow by realloc (no copy of what is
 * already there once they are large enough to be mapped pages).
 */
#ifndef TLDR_PERTURB_NEGATIVES_H
#define TLDR_PERTURB_NEGATIVES_H

#include "perturb/perturb.h"
#include "tokenize/bpe.h"

/* How negatives are drawn: tldr_perturb_draw's arguments. */
typedef struct {
    const int *cats;
    size_t ncats, n;
    uint64_t seed;
    unsigned balance;
} tldr_negatives_draw;

/* The dataset so far: R rows, T tokens, E edits. Every array is malloc'ed and grows with
 * each block; the caller may take one (keep the pointer, set the field to NULL) once the
 * last block is done.
 *   ids int32 (T), offsets int64 (T, 2) str offsets into the row's text, labels int8 (T)
 *   (1 good, 0 edited); row_splits int64 (R + 1); category int8 (R) (-1: a caption);
 *   source int64 (R) (the caption's index); is_negative uint8 (R); edit_splits int64
 *   (R + 1); edits int64 (E, 4): start, end, new_start, new_end str offsets into the
 *   caption and the row's text.
 * The last block's rows are [block_row0, nrows); the text of its negative row r is
 * blob[text_off[r - block_row0] ...] (text_len bytes of UTF-8, text_ascii[...] = 1 when
 * ASCII); a caption row's text is the caller's caption. */
typedef struct {
    int32_t *ids;
    int64_t *offsets;
    int8_t *labels;
    size_t ntok, cap_tok;
    int64_t *row_splits, *source, *edit_splits;
    int8_t *category;
    uint8_t *is_negative;
    size_t nrows, cap_rows;
    int64_t *edits;
    size_t nedits, cap_edits;
    size_t block_row0;
    char *blob;
    size_t blob_len, blob_cap;
    size_t *text_off, *text_len;
    uint8_t *text_ascii;
    size_t cap_block_rows;
} tldr_negatives;

void tldr_negatives_free(tldr_negatives *out);

/* The first failure of each kind over all blocks so far (status TLDR_OK: none), reported
 * in the order make_negatives' steps would meet them: a caption whose draw failed, then a
 * caption the tokenizer refuses, then a negative it refuses (its text kept here, malloc'ed,
 * for the message). item: the caption's index; err: the tokenizer's error. */
typedef struct {
    tldr_status draw;
    size_t draw_item;
    tldr_status caption;
    size_t caption_item;
    tldr_bpe_error caption_err;
    tldr_status negative;
    size_t negative_item;
    tldr_bpe_error negative_err;
    char *negative_text;
    size_t negative_len;
} tldr_negatives_errors;

void tldr_negatives_errors_free(tldr_negatives_errors *e);

/* Threads, their scratch (perturbation engine, tokenizer: reused by every block) and
 * their row buffers. */
typedef struct tldr_negatives_run tldr_negatives_run;

/* A run over up to nthreads threads (>= 1). warm: a tokenizer scratch for thread 0 (may
 * be NULL), owned by the run until tldr_negatives_run_free hands it back. */
tldr_status tldr_negatives_run_new(tldr_negatives_run **out, const tldr_perturb_engine *eng, const tldr_bpe *bpe,
                                   const uint8_t *modes, const tldr_negatives_draw *draw, size_t nthreads,
                                   tldr_bpe_scratch *warm);
/* Free the run; returns thread 0's tokenizer scratch (the caller keeps or frees it). */
tldr_bpe_scratch *tldr_negatives_run_free(tldr_negatives_run *run);

/* The end of the block that starts at caption first (about 1 MiB of caption text, at
 * least one caption). */
size_t tldr_negatives_block_end(const tldr_bpe_texts *captions, size_t first);

/* Append the rows of captions [first, end) to out (the block's texts replace the last
 * block's) and record failures in err (a failed caption adds no rows; the caller raises
 * at the end). captions->ascii[i] != 0 promises caption i is ASCII. TLDR_ERR_NOMEM /
 * TLDR_ERR_THREAD: out is incomplete. */
tldr_status tldr_negatives_block(tldr_negatives_run *run, const tldr_bpe_texts *captions, size_t first, size_t end,
                                 tldr_negatives *out, tldr_negatives_errors *err);

#endif
