/* tokenize/decode.c: ids -> the bytes they decode to, with each token's byte span in
 * the output (so generated text gets offsets too).
 *
 * A token decodes to its decode bytes when the file gives them (SentencePiece's "▁" ->
 * ' ', <0xXX> -> the byte, CLIP's "</w>" -> ' '), else to its token bytes. */
#include "tokenize/internal.h"

#include <stdlib.h>

static const uint8_t *decode_bytes(const tldr_bpe *b, int32_t id, size_t *len)
{
    if (b->dec_blob && b->dec_start[id] != SIZE_MAX) {
        *len = b->dec_len[id];
        return b->dec_blob + b->dec_start[id];
    }
    *len = b->tok_len[id];
    return b->tok_blob + b->tok_start[id];
}

tldr_status tldr_bpe_decode(const tldr_bpe *b, const int32_t *ids, size_t n, int strip_first, uint8_t **out,
                            size_t *out_len, size_t *spans, size_t *bad)
{
    *out = NULL;
    *out_len = 0;
    size_t total = 0, l;
    for (size_t i = 0; i < n; i++) {
        int32_t id = ids[i];
        if (id < 0 || (size_t)id >= b->nid || b->tok_len[id] == SIZE_MAX) {
            if (bad) *bad = i;
            return TLDR_ERR_ARG;
        }
        decode_bytes(b, id, &l);
        total += l;
    }
    uint8_t *buf = malloc(total + 1);
    if (!buf) return TLDR_ERR_NOMEM;
    size_t w = 0;
    int stripping = strip_first;
    for (size_t i = 0; i < n; i++) {
        const uint8_t *p = decode_bytes(b, ids[i], &l);
        if (spans) spans[2 * i] = w;
        if (stripping && l) { /* the first token with any bytes loses one leading ' ' */
            if (p[0] == ' ') {
                p++;
                l--;
            }
            stripping = 0;
        }
        memcpy(buf + w, p, l);
        w += l;
        if (spans) spans[2 * i + 1] = w;
    }
    *out = buf;
    *out_len = w;
    return TLDR_OK;
}
