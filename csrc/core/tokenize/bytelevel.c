/* tokenize/bytelevel.c: byte-level BPE of one pre-token (tiktoken, GPT-2, Llama-3, CLIP).
 *
 * The initial symbols are the pre-token's bytes (the last one with the end-of-word
 * suffix when there is one: CLIP's "a</w>"); a byte without a token is the unk token
 * (consecutive ones fused when fuse_unk). With ignore_merges (tiktoken, Llama-3) a
 * pre-token that is itself a token is emitted as is. Results of short pieces are cached.
 */
#include "tokenize/internal.h"

tldr_status bpe_bytes_piece(const tldr_bpe *b, tldr_bpe_scratch *s, const uint8_t *text, size_t ps, size_t pe,
                            tldr_bpe_out *out)
{
    size_t n = pe - ps;
    if (n == 0) return TLDR_OK;
    int sfx = b->cfg.suffix_len != 0;
    if (!sfx && n == 1 && b->byte_id[text[ps]] >= 0) return bpe_out_push(out, b->byte_id[text[ps]], ps, pe);
    bpe_cache_slot *slot;
    uint64_t h = 0;
    tldr_status st;
    if (bpe_cache_lookup(s, text, ps, n, &slot, &h, out, &st)) return st;
    size_t first = out->n;
    int32_t whole = (b->cfg.ignore_merges && !sfx) ? bpe_vocab_find(b, text + ps, n) : -1;
    if (whole >= 0) {
        if ((st = bpe_out_push(out, whole, ps, pe)) != TLDR_OK) return st;
    } else {
        if ((st = bpe_scratch_reserve(s, n + 1)) != TLDR_OK) return st;
        size_t k = 0;
        for (size_t i = 0; i < n; i++) {
            int32_t id = (sfx && i + 1 == n) ? b->byte_sfx_id[text[ps + i]] : b->byte_id[text[ps + i]];
            if (id < 0) {
                if (b->cfg.unk_id < 0) return TLDR_ERR_FORMAT; /* create refused such a vocab */
                id = b->cfg.unk_id;
                if (b->cfg.fuse_unk && k && s->id[k - 1] == id) {
                    s->en[k - 1] = ps + i + 1;
                    continue;
                }
            }
            s->id[k] = id;
            s->st[k] = ps + i;
            s->en[k] = ps + i + 1;
            k++;
        }
        if ((st = bpe_merge_and_emit(b, s, k, out)) != TLDR_OK) return st;
    }
    bpe_cache_store(slot, h, text, ps, n, out, first);
    return TLDR_OK;
}
