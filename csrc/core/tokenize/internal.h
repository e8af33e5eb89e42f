/* tokenize/internal.h: the data structures the tokenizer's files share, and their small
 * hot accessors (inline: they run per symbol or per piece). Not part of the API.
 * Internal functions shared between files are named bpe_* (no tldr_ prefix: they are
 * hidden from the extension's exports like everything that is not tldr_*).
 *
 * Data layout (all immutable after create, shared by threads):
 *   tokens by id: bytes tok_blob[tok_start[id] : tok_start[id] + tok_len[id]);
 *   vocab hash:   open addressing, bytes -> id (model vocab only, not added tokens);
 *   pair hash:    (left id, right id) -> (rank, merged id), the merge table;
 *   added tokens: grouped by first byte, longest first, matched in the ORIGINAL text.
 */
#ifndef TLDR_TOKENIZE_INTERNAL_H
#define TLDR_TOKENIZE_INTERNAL_H

#include <stdlib.h>
#include <string.h>

#include "tokenize/bpe.h"
#include "util/hash.h"
#include "util/utf8.h"

#define BPE_NONE ((size_t)-1)

/* Vocab hash slot. The token's bytes are tok_blob[start : start + len): kept in the slot
 * so that a lookup touches one slot and the bytes, nothing else. */
typedef struct {
    int32_t id;     /* -1 = empty */
    uint32_t tag;   /* high bits of the hash, to skip most memcmp calls */
    uint32_t start; /* tok_blob is < 4 GiB (checked in create) */
    uint32_t len;
} bpe_vslot;

/* Merge table slot. */
typedef struct {
    uint64_t key; /* (left << 32) | right; UINT64_MAX = empty */
    uint32_t rank;
    int32_t id; /* the merged token */
} bpe_pslot;

struct tldr_bpe {
    tldr_bpe_config cfg; /* suffix and prefix point at this struct's own copies */
    size_t nid;          /* max id + 1 */
    uint8_t *tok_blob;   /* vocab token bytes, then the added tokens' bytes */
    size_t tok_blob_vocab; /* bytes of tok_blob that belong to vocab tokens */
    size_t *tok_start;
    size_t *tok_len; /* SIZE_MAX = id unused */
    uint8_t *dec_blob; /* NULL: tokens decode to their bytes */
    size_t *dec_start; /* SIZE_MAX: decodes to its token bytes (an added-only id) */
    size_t *dec_len;
    size_t max_tok_len;
    bpe_vslot *vslots;
    size_t vmask;
    bpe_pslot *pslots; /* NULL for WordPiece */
    size_t pmask;
    int32_t byte_id[256];     /* BYTES: id of each byte; CHARS: byte fallback ids */
    int32_t byte_sfx_id[256]; /* id of byte + suffix (CLIP's "a</w>") */
    int32_t space_id;         /* CHARS: id of U+2581 */
    int chunk_words;          /* CHARS: no token has U+2581 after another character */
    uint8_t suffix[TLDR_BPE_MAX_AFFIX], prefix[TLDR_BPE_MAX_AFFIX];
    /* added tokens */
    size_t n_added;
    uint8_t *added_blob;
    size_t *added_offs;
    int32_t *added_ids;
    size_t *added_order; /* indices grouped by first byte, longest first */
    size_t added_first[257]; /* group of first byte c: added_order[added_first[c] : added_first[c + 1]) */
    tldr_regex *re;
};

/* Per-scratch cache of pieces -> their tokens, with spans relative to the piece start.
 * Direct mapped: captions repeat the same words, so most pieces skip the merge loop.
 * Only short pieces are cached: 24 bytes hold nearly every word of a caption (longer
 * pieces are rare), and a piece of more than 8 tokens (emoji, CJK in byte-level BPE) is
 * not worth a slot; a slot is then 88 bytes and the 4096 slots (352 KiB per thread) stay
 * in L2. */
#define BPE_CACHE_SLOTS 4096
#define BPE_CACHE_MAX_BYTES 24
#define BPE_CACHE_MAX_TOKENS 8
typedef struct {
    uint64_t h; /* 0 = empty */
    uint8_t len, ntok;
    uint8_t starts[BPE_CACHE_MAX_TOKENS], ends[BPE_CACHE_MAX_TOKENS];
    uint8_t bytes[BPE_CACHE_MAX_BYTES];
    int32_t ids[BPE_CACHE_MAX_TOKENS];
} bpe_cache_slot;

/* A heap entry of the merge loop: the pair starting at symbol pos, as it was pushed. */
typedef struct {
    uint32_t rank;
    int32_t id; /* merged id the pair had when pushed */
    size_t pos; /* index of the left symbol */
} bpe_heap_entry;

struct tldr_bpe_scratch {
    bpe_cache_slot *cache; /* BPE_CACHE_SLOTS entries, allocated on first use */
    /* symbols of the piece being merged (cap entries): id, byte span [st, en), and the
     * doubly linked list nx/pv over surviving symbols */
    size_t cap;
    int32_t *id;
    size_t *st, *en, *nx, *pv;
    bpe_heap_entry *heap; /* 2 * cap entries */
    size_t hn;
    uint8_t *buf; /* WordPiece: prefix + candidate */
    size_t bcap;
    tldr_regex_matcher *m;
};

/* ---- lookups ---------------------------------------------------------------------------- */

static inline int32_t bpe_vocab_find(const tldr_bpe *b, const uint8_t *s, size_t n)
{
    uint64_t h = tldr_hash_bytes(s, n);
    uint32_t tag = (uint32_t)(h >> 32);
    size_t i = (size_t)h & b->vmask;
    for (;;) {
        const bpe_vslot *v = &b->vslots[i];
        if (v->id < 0) return -1;
        if (v->tag == tag && v->len == n && memcmp(b->tok_blob + v->start, s, n) == 0) return v->id;
        i = (i + 1) & b->vmask;
    }
}

static inline uint64_t bpe_pair_key(int32_t l, int32_t r)
{
    return ((uint64_t)(uint32_t)l << 32) | (uint32_t)r;
}

static inline const bpe_pslot *bpe_pair_find(const tldr_bpe *b, int32_t l, int32_t r)
{
    if (!b->pslots) return NULL;
    uint64_t key = bpe_pair_key(l, r);
    size_t i = (size_t)tldr_fmix64(key) & b->pmask;
    for (;;) {
        const bpe_pslot *p = &b->pslots[i];
        if (p->key == key) return p;
        if (p->key == UINT64_MAX) return NULL;
        i = (i + 1) & b->pmask;
    }
}

static inline int bpe_is_u2581(const uint8_t *s) { return s[0] == 0xE2 && s[1] == 0x96 && s[2] == 0x81; }

/* ---- output ----------------------------------------------------------------------------- */

tldr_status bpe_out_grow(tldr_bpe_out *o);

static inline tldr_status bpe_out_push(tldr_bpe_out *o, int32_t id, size_t s, size_t e)
{
    if (o->n == o->cap) {
        tldr_status st = bpe_out_grow(o);
        if (st != TLDR_OK) return st;
    }
    o->ids[o->n] = id;
    o->spans[2 * o->n] = s;
    o->spans[2 * o->n + 1] = e;
    o->n++;
    return TLDR_OK;
}

/* ---- the piece cache -------------------------------------------------------------------- */

/* Look text[ps : ps + n) up; on a hit emit its tokens and return 1 (*st says whether the
 * emitting worked). Otherwise return 0 with *slot and *h set for bpe_cache_store when
 * the piece may be cached (*slot NULL when not). */
static inline int bpe_cache_lookup(tldr_bpe_scratch *s, const uint8_t *text, size_t ps, size_t n,
                                   bpe_cache_slot **slot, uint64_t *h, tldr_bpe_out *out, tldr_status *st)
{
    *slot = NULL;
    *st = TLDR_OK;
    if (n == 0 || n > BPE_CACHE_MAX_BYTES) return 0;
    if (!s->cache) s->cache = calloc(BPE_CACHE_SLOTS, sizeof *s->cache);
    if (!s->cache) return 0; /* no memory for the cache: work without it */
    *h = tldr_hash_bytes(text + ps, n) | 1;
    bpe_cache_slot *e = &s->cache[*h & (BPE_CACHE_SLOTS - 1)];
    *slot = e;
    if (e->h != *h || e->len != n || memcmp(e->bytes, text + ps, n) != 0) return 0;
    for (size_t k = 0; k < e->ntok; k++)
        if ((*st = bpe_out_push(out, e->ids[k], ps + e->starts[k], ps + e->ends[k])) != TLDR_OK) return 1;
    return 1;
}

/* Remember the tokens out[first:] of piece text[ps : ps + n) in slot (if it fits). */
static inline void bpe_cache_store(bpe_cache_slot *slot, uint64_t h, const uint8_t *text, size_t ps, size_t n,
                                   const tldr_bpe_out *out, size_t first)
{
    size_t nt = out->n - first;
    if (!slot || nt > BPE_CACHE_MAX_TOKENS) return;
    slot->h = h;
    slot->len = (uint8_t)n;
    slot->ntok = (uint8_t)nt;
    memcpy(slot->bytes, text + ps, n);
    for (size_t q = 0; q < nt; q++) {
        slot->ids[q] = out->ids[first + q];
        slot->starts[q] = (uint8_t)(out->spans[2 * (first + q)] - ps);
        slot->ends[q] = (uint8_t)(out->spans[2 * (first + q) + 1] - ps);
    }
}

/* ---- the pieces (one file each) --------------------------------------------------------- */

/* merge.c: room for n symbols in the scratch; merge symbols [0, n) and emit them. */
tldr_status bpe_scratch_reserve(tldr_bpe_scratch *s, size_t n);
tldr_status bpe_merge_and_emit(const tldr_bpe *b, tldr_bpe_scratch *s, size_t n, tldr_bpe_out *out);

/* bytelevel.c: byte-level BPE of the pre-token text[ps:pe). */
tldr_status bpe_bytes_piece(const tldr_bpe *b, tldr_bpe_scratch *s, const uint8_t *text, size_t ps, size_t pe,
                            tldr_bpe_out *out);

/* wordpiece.c: WordPiece of the pre-token text[ps:pe). */
tldr_status bpe_wordpiece_piece(const tldr_bpe *b, tldr_bpe_scratch *s, const uint8_t *text, size_t ps,
                                size_t pe, tldr_bpe_out *out);

/* sentencepiece.c: character BPE of the segment text[ss:se) (between added tokens);
 * pieces_only: emit its words (id -1) instead of its tokens. */
tldr_status bpe_chars_segment(const tldr_bpe *b, tldr_bpe_scratch *s, const uint8_t *text, size_t ss, size_t se,
                              int pieces_only, tldr_bpe_out *out);

#endif
