/* tokenize/wordpiece.c: WordPiece of one pre-token (BERT).
 *
 * Greedy longest match first: from the start of the word, the longest vocab token that
 * is a prefix of the rest (spelled with the continuation prefix "##" after the first
 * token) is taken, and so on. A word with a part that matches nothing, or longer than
 * max_word_chars characters, is one unk token over the whole word (HF's rule).
 */
#include "tokenize/internal.h"

#include <stdlib.h>

/* The end of the character before byte end (end itself if it starts a character). */
static size_t char_floor(const uint8_t *text, size_t start, size_t end)
{
    while (end > start && (text[end] & 0xC0) == 0x80) end--;
    return end;
}

tldr_status bpe_wordpiece_piece(const tldr_bpe *b, tldr_bpe_scratch *s, const uint8_t *text, size_t ps,
                                size_t pe, tldr_bpe_out *out)
{
    size_t nchars = 0;
    for (size_t i = ps; i < pe; i++) nchars += (text[i] & 0xC0) != 0x80;
    if (nchars == 0) return TLDR_OK;
    int32_t unk = b->cfg.unk_id;
    if (nchars > b->cfg.max_word_chars) return unk >= 0 ? bpe_out_push(out, unk, ps, pe) : TLDR_ERR_FORMAT;
    size_t plen = b->cfg.prefix_len;
    if (s->bcap < plen + (pe - ps)) { /* room for prefix + the longest candidate */
        uint8_t *nb = realloc(s->buf, plen + (pe - ps));
        if (!nb) return TLDR_ERR_NOMEM;
        s->buf = nb;
        s->bcap = plen + (pe - ps);
    }
    size_t first = out->n;
    for (size_t start = ps; start < pe;) {
        size_t pre = start > ps ? plen : 0;
        size_t end = pe;
        if (end - start + pre > b->max_tok_len) /* no token is longer: start below that */
            end = char_floor(text, start, start + (b->max_tok_len > pre ? b->max_tok_len - pre : 0));
        int32_t found = -1;
        while (end > start) {
            const uint8_t *q = text + start;
            size_t ql = end - start;
            if (pre) {
                memcpy(s->buf, b->prefix, plen);
                memcpy(s->buf + plen, text + start, ql);
                q = s->buf;
                ql += plen;
            }
            if ((found = bpe_vocab_find(b, q, ql)) >= 0) break;
            end = char_floor(text, start, end - 1);
        }
        if (found < 0) {
            out->n = first; /* the whole word is unknown */
            return unk >= 0 ? bpe_out_push(out, unk, ps, pe) : TLDR_ERR_FORMAT;
        }
        tldr_status st = bpe_out_push(out, found, start, end);
        if (st != TLDR_OK) return st;
        start = end;
    }
    return TLDR_OK;
}
