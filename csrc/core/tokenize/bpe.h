/* tokenize/bpe.h: the tokenizer core's API (no Python.h): byte-level BPE (tiktoken, GPT-2,
 * Llama-3, CLIP's end-of-word variant), SentencePiece-style BPE on characters with byte
 * fallback (Llama-2, Gemma) and WordPiece (BERT), with added/special tokens and exact
 * offsets.
 *
 * Text is UTF-8 bytes inside; every token carries the byte span [start, end) of the
 * ORIGINAL text it stands for. Spans are turned into code point offsets once, at the
 * edge, by tldr_utf8_spans_to_chars (a span that covers part of a multi-byte character
 * widens to the whole character).
 *
 * A tldr_bpe is immutable after tldr_bpe_create and shared by threads; per-call scratch
 * lives in a tldr_bpe_scratch (one per thread).
 *
 * The files of tokenize/:
 *   vocab.c          tldr_bpe_create: id, vocab and merge tables, added tokens
 *   merge.c          the merge loop shared by both BPE kinds (linked symbols, a heap)
 *   bytelevel.c      byte-level BPE of one pre-token
 *   sentencepiece.c  character BPE: words, U+2581, byte fallback
 *   wordpiece.c      greedy longest-match-first WordPiece of one pre-token
 *   encode.c         the driver: added tokens, regex pre-tokens, the piece cache, batches
 *   decode.c         ids -> bytes with spans
 *   internal.h       the data structures these files share
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

/* CHARS: when a U+2581 goes before a segment (the text between added tokens). */
typedef enum {
    TLDR_PREPEND_NEVER = 0,
    TLDR_PREPEND_ALWAYS = 1,       /* every non-empty segment (HF Prepend normalizer, Llama-2) */
    TLDR_PREPEND_UNLESS_SPACE = 2, /* unless the segment starts with a space (Metaspace "always") */
    TLDR_PREPEND_FIRST = 3         /* as UNLESS_SPACE, only at offset 0 (Metaspace "first") */
} tldr_bpe_prepend;

/* Largest token id accepted, 2^24: 64 times the largest vocab in use (Gemma's 256k), and
 * it keeps the per-id tables (four size_t per id) at 512 MiB at most, so a file that
 * claims more fails before anything sized by its ids is allocated. */
#define TLDR_BPE_MAX_ID (1u << 24)
/* Longest text accepted by one encode call, 1 TiB: more than any machine holds, and low
 * enough that no size computed from a text length (2n heap entries of 16 bytes) can
 * overflow size_t. */
#define TLDR_BPE_MAX_TEXT ((size_t)1 << 40)
/* Longest end-of-word suffix or continuation prefix: these are short markers ("</w>",
 * "##"); the bound lets lookups build "byte + suffix" in a small stack buffer. */
#define TLDR_BPE_MAX_AFFIX 32

typedef struct {
    tldr_bpe_kind kind;
    int ignore_merges;            /* a whole pre-token that is in the vocab is one token */
    int byte_fallback;            /* CHARS: a character not in the vocab -> <0xXX> tokens */
    tldr_bpe_prepend prepend;     /* CHARS: a U+2581 before a segment, see above */
    int split_spaces;             /* CHARS: every U+2581 starts a new word (Metaspace split) */
    int replace_space;            /* CHARS: ' ' stands for U+2581 */
    int keep_gaps;                /* text between regex matches becomes pre-tokens too (HF) */
    int32_t unk_id;               /* -1: none (unknown symbols are then an error) */
    int fuse_unk;                 /* consecutive unknowns become one unk token */
    const uint8_t *suffix;        /* end-of-word suffix appended to a pre-token's last symbol */
    size_t suffix_len;            /* ("</w>" for CLIP), 0 = none, <= TLDR_BPE_MAX_AFFIX */
    const uint8_t *prefix;        /* WordPiece continuation prefix ("##"), <= TLDR_BPE_MAX_AFFIX */
    size_t prefix_len;
    size_t max_word_chars;        /* WordPiece: longer words are [UNK] (100 for BERT) */
    const int32_t *byte_ids;      /* CHARS: byte-fallback ids <0xXX> (256, -1 where missing);
                                     may be NULL. BYTES looks the 256 bytes up in the vocab. */
} tldr_bpe_config;

/* n byte strings in one blob: string i = blob[offs[i] : offs[i + 1]), offs has n + 1
 * entries (not needed when n = 0). Byte 0 is a valid byte: strings are not NUL-ended. */
typedef struct {
    const uint8_t *blob;
    const size_t *offs;
    size_t n;
} tldr_bpe_strings;

/* What a tokenizer file holds, parsed (the inputs of tldr_bpe_create).
 *   tokens, ids:  token i is the raw bytes it stands for in the text, with id ids[i]
 *                 (distinct, < TLDR_BPE_MAX_ID);
 *   decoded:      the bytes each token decodes to, same order (n = 0: the token bytes);
 *   merges:       n_merges pairs (left id, right id) in rank order; or
 *   merge_text:   merges as text (resolved through the vocab inside create, much faster
 *                 than in Python): merge i is "left" + one separator byte + "right", its
 *                 left token the first merge_seps[i] bytes; or neither: the tiktoken
 *                 rule, the rank of a merge is the id of the merged token;
 *   added, added_ids: tokens matched in the original text before anything else (the
 *                 per-call modes say whether each matches). */
typedef struct {
    tldr_bpe_strings tokens;
    const int32_t *ids;
    tldr_bpe_strings decoded;
    const int32_t *merges;
    size_t n_merges;
    tldr_bpe_strings merge_text;
    const size_t *merge_seps;
    tldr_bpe_strings added;
    const int32_t *added_ids;
} tldr_bpe_tables;

typedef struct tldr_bpe tldr_bpe;

/* Build a tokenizer from cfg and tables (both copied: the caller may free them after).
 * re: pre-tokenizer regex (owned by the tokenizer from here on, even on error), or NULL.
 * On TLDR_ERR_FORMAT (a bad table) or TLDR_ERR_ARG (a bad config), errbuf says what is
 * wrong (which token or merge, what was expected). */
tldr_status tldr_bpe_create(tldr_bpe **out, const tldr_bpe_config *cfg, const tldr_bpe_tables *tables,
                            tldr_regex *re, char *errbuf, size_t errlen);
void tldr_bpe_free(tldr_bpe *bpe);

/* Number of ids (max id + 1 over vocab and added tokens). */
size_t tldr_bpe_vocab_size(const tldr_bpe *bpe);
/* Bytes of token id (its vocab form), or NULL if the id is unused. */
const uint8_t *tldr_bpe_token_bytes(const tldr_bpe *bpe, int32_t id, size_t *len);
/* Id of a byte string in the model vocab, -1 if none. */
int32_t tldr_bpe_lookup(const tldr_bpe *bpe, const uint8_t *s, size_t len);

/* Growable output of an encode call: ids[n], spans[2n] (byte offsets). */
typedef struct {
    int32_t *ids;
    size_t *spans;
    size_t n, cap;
} tldr_bpe_out;

void tldr_bpe_out_free(tldr_bpe_out *o);

/* Per-thread scratch: regex match data, merge heap, symbol arrays, piece cache. */
typedef struct tldr_bpe_scratch tldr_bpe_scratch;
tldr_bpe_scratch *tldr_bpe_scratch_new(const tldr_bpe *bpe);
void tldr_bpe_scratch_free(tldr_bpe_scratch *s);

/* Modes of added tokens for one call (one byte per added token, NULL = all match). */
typedef enum {
    TLDR_ADDED_MATCH = 0,  /* matched and emitted as its id */
    TLDR_ADDED_FORBID = 1, /* its presence in the text is an error */
    TLDR_ADDED_TEXT = 2    /* not matched: encoded as ordinary text */
} tldr_bpe_added_mode;

/* Where an encode call failed on a forbidden added token: its byte offset in the text
 * and its index among the added tokens (and, for a batch, which text). */
typedef struct {
    size_t item, pos, index;
} tldr_bpe_error;

/* Encode text[0:len) (valid UTF-8: checked, TLDR_ERR_UTF8 with err->pos otherwise),
 * appending tokens and their byte spans to out. A forbidden added token in the text is
 * TLDR_ERR_ARG with err->pos and err->index. err may be NULL. */
tldr_status tldr_bpe_encode(const tldr_bpe *bpe, tldr_bpe_scratch *scr, const uint8_t *text, size_t len,
                            const uint8_t *modes, tldr_bpe_out *out, tldr_bpe_error *err);

/* The pre-tokens of text[0:len) instead of its tokens: the spans of the pieces BPE works
 * on independently (regex pieces, or the words of character BPE), id -1; added tokens
 * that match are emitted with their ids. Same errors as tldr_bpe_encode. */
tldr_status tldr_bpe_pretokenize(const tldr_bpe *bpe, tldr_bpe_scratch *scr, const uint8_t *text, size_t len,
                                 const uint8_t *modes, tldr_bpe_out *out, tldr_bpe_error *err);

/* ---- batches ---------------------------------------------------------------------------- */

/* n texts: text i = text[i][0:len[i]). ascii (may be NULL): ascii[i] != 0 promises that
 * text i is ASCII, so its code point offsets are its byte offsets (no mapping needed). */
typedef struct {
    const uint8_t *const *text;
    const size_t *len;
    const uint8_t *ascii;
    size_t n;
} tldr_bpe_texts;

/* The tokens of a batch, held per thread until gathered. */
typedef struct tldr_bpe_batch tldr_bpe_batch;

/* Encode every text on up to nthreads threads (fewer for small batches), offsets in code
 * points. warm: a scratch for the calling thread (*warm may be NULL); on return *warm
 * holds a scratch the caller may keep for its next call (or NULL), so a tokenizer's piece
 * cache stays warm across calls. On error (the first failing text in order) err->item
 * says which text; *out is NULL. */
tldr_status tldr_bpe_batch_encode(tldr_bpe_batch **out, const tldr_bpe *bpe, const tldr_bpe_texts *texts,
                                  const uint8_t *modes, size_t nthreads, tldr_bpe_scratch **warm,
                                  tldr_bpe_error *err);
/* Total number of tokens of the batch. */
size_t tldr_bpe_batch_tokens(const tldr_bpe_batch *b);
/* Copy the tokens out, in text order: ids[N], offsets[2N] (start, end) and
 * row_splits[n + 1] (text i owns tokens [row_splits[i], row_splits[i + 1])). */
tldr_status tldr_bpe_batch_gather(const tldr_bpe_batch *b, int32_t *ids, int64_t *offsets, int64_t *row_splits);
void tldr_bpe_batch_free(tldr_bpe_batch *b);

/* ---- decoding --------------------------------------------------------------------------- */

/* Concatenate the decode bytes of ids into *out (malloc'ed, *out_len bytes); spans
 * (2n, may be NULL) get each token's byte span in the output. strip_first: drop one
 * leading ' ' of the output (Llama-2's decoder), the first token's span shrinks.
 * TLDR_ERR_ARG with *bad = index of the first unknown id. */
tldr_status tldr_bpe_decode(const tldr_bpe *bpe, const int32_t *ids, size_t n, int strip_first,
                            uint8_t **out, size_t *out_len, size_t *spans, size_t *bad);

#endif
