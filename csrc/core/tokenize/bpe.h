/* bpe.h: the tokenizer core (no Python.h): byte-level BPE (tiktoken, GPT-2, Llama-3),
 * SentencePiece-style BPE on characters with byte fallback (Llama-2, Gemma), CLIP's
 * end-of-word BPE and WordPiece (BERT), with added/special tokens and exact offsets.
 *
 * Text is UTF-8 bytes inside; every token carries the byte span [start, end) of the
 * ORIGINAL text it stands for. Spans are turned into code point offsets once, at the
 * edge, by tldr_utf8_spans_to_chars (a span that covers part of a multi-byte character
 * widens to the whole character).
 *
 * A tldr_bpe is immutable after tldr_bpe_create and shared by threads; per-call scratch
 * lives in a tldr_bpe_scratch (one per thread).
 */
#ifndef TLDR_BPE_H
#define TLDR_BPE_H

#include "regex.h"
#include "util/common.h"

typedef enum {
    TLDR_BPE_BYTES = 0,    /* initial symbols are the bytes of each pre-token */
    TLDR_BPE_CHARS = 1,    /* initial symbols are characters, ' ' -> U+2581, byte fallback */
    TLDR_BPE_WORDPIECE = 2 /* greedy longest-match-first with a continuation prefix */
} tldr_bpe_kind;

/* Largest token id accepted (a file that claims more fails before allocating). */
#define TLDR_BPE_MAX_ID (1u << 24)
/* Longest text accepted by one encode call (positions are kept in size_t, the heap
 * stores ranks in uint32). */
#define TLDR_BPE_MAX_TEXT ((size_t)1 << 40)

typedef struct {
    tldr_bpe_kind kind;
    int ignore_merges;       /* a whole pre-token that is in the vocab is one token */
    int byte_fallback;       /* CHARS: a character not in the vocab -> <0xXX> tokens */
    int prepend_space;       /* CHARS: a U+2581 before each non-empty segment: 0 never,
                                1 always (HF Prepend normalizer, Llama-2), 2 unless the
                                segment starts with a space (Metaspace "always"), 3 as 2
                                but only for the segment at offset 0 (Metaspace "first") */
    int split_spaces;        /* CHARS: every U+2581 starts a new word (Metaspace split) */
    int replace_space;       /* CHARS: ' ' stands for U+2581 */
    int keep_gaps;           /* text between regex matches becomes pre-tokens too (HF) */
    int32_t unk_id;          /* -1: none (unknown symbols are then an error) */
    int fuse_unk;            /* consecutive unknowns become one unk token */
    const uint8_t *suffix;   /* end-of-word suffix appended to a pre-token's last symbol */
    size_t suffix_len;       /* ("</w>" for CLIP), 0 = none */
    const uint8_t *prefix;   /* WordPiece continuation prefix ("##") */
    size_t prefix_len;
    size_t max_word_chars;   /* WordPiece: longer words are [UNK] (100 for BERT) */
    const int32_t *byte_ids; /* BYTES: id of each single byte (256); CHARS: byte-fallback
                                ids <0xXX> (256, -1 where missing); may be NULL */
} tldr_bpe_config;

typedef struct tldr_bpe tldr_bpe;

/* Merges given as text (resolved through the vocab inside create, which is much faster
 * than doing it in Python): merge i is blob[offs[i]:offs[i+1]), its left token the first
 * seps[i] bytes, its right token what follows the one separator byte. */
typedef struct {
    const uint8_t *blob;
    const size_t *offs; /* n + 1 */
    const size_t *seps; /* n */
    size_t n;
} tldr_bpe_merge_text;

/* Build a tokenizer.
 *   tokens: n_tokens byte strings, token i = blob[offs[i]:offs[i+1]) (raw bytes the
 *           token stands for in the text), with id ids[i] (distinct, < TLDR_BPE_MAX_ID);
 *   dec:    bytes each id decodes to, same layout (NULL = the token bytes);
 *   merges: n_merges pairs (left id, right id) in rank order, or mtext (merges as
 *           text); both NULL = tiktoken rule: the rank of a merge is the id of the
 *           merged token (derived from the vocab);
 *   added:  n_added added tokens (bytes blob/offs, ids), matched in the original text
 *           before anything else (their per-call mode says whether they match);
 *   re:     pre-tokenizer regex (owned by the tokenizer from here on, even on error), or NULL.
 * On TLDR_ERR_FORMAT, errbuf says what is wrong (which token/merge). */
tldr_status tldr_bpe_create(tldr_bpe **out, const tldr_bpe_config *cfg, size_t n_tokens,
                            const uint8_t *blob, const size_t *offs, const int32_t *ids,
                            const uint8_t *dec_blob, const size_t *dec_offs, size_t n_merges,
                            const int32_t *merges, const tldr_bpe_merge_text *mtext,
                            size_t n_added, const uint8_t *added_blob, const size_t *added_offs,
                            const int32_t *added_ids, tldr_regex *re, char *errbuf,
                            size_t errlen);
void tldr_bpe_free(tldr_bpe *bpe);

/* Number of ids (max id + 1 over vocab and added tokens). */
size_t tldr_bpe_vocab_size(const tldr_bpe *bpe);
/* Bytes of token id (its vocab form), or NULL if the id is unused. */
const uint8_t *tldr_bpe_token_bytes(const tldr_bpe *bpe, int32_t id, size_t *len);
/* Id of a byte string (vocab or added token), -1 if none. */
int32_t tldr_bpe_lookup(const tldr_bpe *bpe, const uint8_t *s, size_t len);

/* Growable output of an encode call: ids[n], spans[2n] (byte offsets). */
typedef struct {
    int32_t *ids;
    size_t *spans;
    size_t n, cap;
} tldr_bpe_out;

void tldr_bpe_out_free(tldr_bpe_out *o);

typedef struct tldr_bpe_scratch tldr_bpe_scratch;
tldr_bpe_scratch *tldr_bpe_scratch_new(const tldr_bpe *bpe);
void tldr_bpe_scratch_free(tldr_bpe_scratch *s);

/* Modes of added tokens for one call (one byte per added token, NULL = all match). */
enum { TLDR_ADDED_MATCH = 0, TLDR_ADDED_FORBID = 1, TLDR_ADDED_TEXT = 2 };

/* Encode text[0:len) (valid UTF-8) appending to out. pieces_only: emit the pre-token
 * spans (id -1) instead of tokens (added tokens are emitted with their ids).
 * On a forbidden added token: TLDR_ERR_ARG with *err_pos = its byte offset and
 * *err_index = its index among the added tokens. */
tldr_status tldr_bpe_encode(const tldr_bpe *bpe, tldr_bpe_scratch *scr, const uint8_t *text,
                            size_t len, const uint8_t *modes, int pieces_only,
                            tldr_bpe_out *out, size_t *err_pos, size_t *err_index);

/* Concatenate the decode bytes of ids into *out (malloc'ed, *out_len bytes); spans
 * (2n, may be NULL) get each token's byte span in the output. strip_first: drop one
 * leading ' ' of the output (Llama-2's decoder), the first token's span shrinks.
 * TLDR_ERR_ARG with *bad = index of the first unknown id. */
tldr_status tldr_bpe_decode(const tldr_bpe *bpe, const int32_t *ids, size_t n, int strip_first,
                            uint8_t **out, size_t *out_len, size_t *spans, size_t *bad);

#endif
