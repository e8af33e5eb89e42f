/* tokenize/sentencepiece.c: SentencePiece-style BPE on characters (Llama-2, Gemma).
 *
 * There is no pre-tokenizer regex: a segment (the text between added tokens) is cut into
 * words, each word's characters are its initial symbols (' ' stands for U+2581 when
 * replace_space), a character missing from the vocab becomes its <0xXX> byte tokens
 * (byte fallback) or unk, and the words are merged independently.
 *
 * The prepended U+2581 (the "prepend" config) stands for no character of the text: it is
 * a symbol with the empty span [ws, ws), so merged into "\u2581the" it adds nothing to the
 * span, and alone it never overlaps the first character.
 */
#include "tokenize/internal.h"

static inline int is_space(const tldr_bpe *b, const uint8_t *text, size_t i, size_t cl)
{
    return (b->cfg.replace_space && text[i] == ' ') || (cl == 3 && bpe_is_u2581(text + i));
}

/* Length of the character at text[i], cut at the segment end se. */
static inline size_t char_len(const uint8_t *text, size_t i, size_t se)
{
    size_t cl = tldr_utf8_seq_len(text[i]);
    return i + cl > se ? se - i : cl;
}

/* One word [ws, we): its symbols, merged and emitted; prepend: a U+2581 with the empty
 * span [ws, ws) goes first (such words are not cached: the same bytes without it give
 * other tokens). */
static tldr_status chars_word(const tldr_bpe *b, tldr_bpe_scratch *s, const uint8_t *text, size_t ws, size_t we,
                              int prepend, tldr_bpe_out *out)
{
    bpe_cache_slot *slot = NULL;
    uint64_t h = 0;
    tldr_status st;
    if (!prepend && bpe_cache_lookup(s, text, ws, we - ws, &slot, &h, out, &st)) return st;
    size_t first = out->n, k = 0;
    int32_t unk = b->cfg.unk_id;
    if (prepend) {
        if (b->space_id < 0) return TLDR_ERR_FORMAT; /* the vocab has no U+2581 */
        if ((st = bpe_scratch_reserve(s, 1)) != TLDR_OK) return st;
        s->id[0] = b->space_id;
        s->st[0] = s->en[0] = ws;
        k = 1;
    }
    for (size_t i = ws; i < we;) {
        size_t cl = char_len(text, i, we);
        /* a character adds at most 4 symbols (its bytes) */
        if ((st = bpe_scratch_reserve(s, k + 4)) != TLDR_OK) return st;
        int32_t id = is_space(b, text, i, cl) ? b->space_id : bpe_vocab_find(b, text + i, cl);
        if (id >= 0) {
            s->id[k] = id;
            s->st[k] = i;
            s->en[k] = i + cl;
            k++;
        } else if (b->cfg.byte_fallback && b->byte_id[text[i]] >= 0) {
            for (size_t q = 0; q < cl; q++) {
                int32_t bid = b->byte_id[text[i + q]];
                if (bid < 0) bid = unk;
                if (bid < 0) return TLDR_ERR_FORMAT; /* neither a byte token nor unk */
                s->id[k] = bid;
                s->st[k] = i + q;
                s->en[k] = i + q + 1;
                k++;
            }
        } else {
            if (unk < 0) return TLDR_ERR_FORMAT; /* an unknown character and no unk token */
            if (b->cfg.fuse_unk && k && s->id[k - 1] == unk) {
                s->en[k - 1] = i + cl;
            } else {
                s->id[k] = unk;
                s->st[k] = i;
                s->en[k] = i + cl;
                k++;
            }
        }
        i += cl;
    }
    if ((st = bpe_merge_and_emit(b, s, k, out)) != TLDR_OK) return st;
    if (!prepend) bpe_cache_store(slot, h, text, ws, we - ws, out, first);
    return TLDR_OK;
}

/* Does a U+2581 go before the segment [ss, se)? */
static int prepends(const tldr_bpe *b, const uint8_t *text, size_t ss, size_t se)
{
    int starts_space = is_space(b, text, ss, char_len(text, ss, se));
    switch (b->cfg.prepend) {
    case TLDR_PREPEND_ALWAYS: return 1;
    case TLDR_PREPEND_UNLESS_SPACE: return !starts_space;
    case TLDR_PREPEND_FIRST: return !starts_space && ss == 0;
    default: return 0;
    }
}

/* The segment [ss, se) cut into words: a word starts at each run of U+2581 that follows
 * another character (when chunk_words; at every U+2581 with split_spaces), else the
 * segment is one word (as HF merges it). The prepended U+2581 belongs to the first word. */
tldr_status bpe_chars_segment(const tldr_bpe *b, tldr_bpe_scratch *s, const uint8_t *text, size_t ss, size_t se,
                              int pieces_only, tldr_bpe_out *out)
{
    if (se <= ss) return TLDR_OK;
    int prepend = prepends(b, text, ss, se);
    size_t wstart = ss, i = ss;
    int word_prepend = prepend, prev_space = prepend;
    for (;;) {
        int at_end = i >= se;
        size_t cl = at_end ? 0 : char_len(text, i, se);
        int space = !at_end && is_space(b, text, i, cl);
        int nonempty = i > wstart || word_prepend;
        if (at_end || (space && nonempty && (b->cfg.split_spaces || (!prev_space && b->chunk_words)))) {
            if (nonempty) {
                tldr_status st = pieces_only ? bpe_out_push(out, -1, wstart, i)
                                             : chars_word(b, s, text, wstart, i, word_prepend, out);
                if (st != TLDR_OK) return st;
            }
            wstart = i;
            word_prepend = 0;
            if (at_end) break;
        }
        prev_space = space;
        i += cl;
    }
    return TLDR_OK;
}
