/* bpe.c: tokenizer core (see bpe.h). No Python.h here.
 *
 * Data layout (all immutable after create, shared by threads):
 *   tokens by id: bytes tok_blob[tok_start[id] : tok_start[id] + tok_len[id]);
 *   vocab hash:   open addressing, bytes -> id (model vocab only, not added tokens);
 *   pair hash:    (left id, right id) -> (rank, merged id), the merge table;
 *   added tokens: matched longest-first at each position of the ORIGINAL text.
 *
 * BPE on one pre-token (HF tokenizers' Word::merge_all, tiktoken's byte_pair_merge):
 * symbols form a doubly linked list over an array; every adjacent pair with a merge is
 * pushed on a binary min-heap keyed by (rank, position); the top is popped, checked to be
 * still current (both symbols alive and the pair still merging to the same id), merged,
 * and the two new neighbour pairs are pushed. O(n log n) per pre-token. Every symbol
 * carries the byte span of the original text it covers, so offsets are exact by
 * construction: a merged symbol covers [left.start, right.end).
 */
#include "bpe.h"
#include "util/hash.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NONE ((size_t)-1)

typedef struct {
    int32_t id;     /* -1 = empty */
    uint32_t tag;   /* high bits of the hash, to skip most memcmp calls */
    uint32_t start; /* the token's bytes are tok_blob[start : start + len): kept in the */
    uint32_t len;   /* slot so that a lookup touches one slot and the bytes, nothing else */
} vslot;

typedef struct {
    uint64_t key; /* (left << 32) | right; UINT64_MAX = empty */
    uint32_t rank;
    int32_t id;
} pslot;

typedef struct {
    uint32_t rank;
    int32_t id; /* merged id the pair had when pushed */
    size_t pos; /* index of the left symbol */
} hentry;

struct tldr_bpe {
    tldr_bpe_config cfg;
    size_t nid; /* max id + 1 */
    uint8_t *tok_blob;
    size_t *tok_start;
    size_t *tok_len; /* SIZE_MAX = id unused */
    uint8_t *dec_blob;
    size_t *dec_start;
    size_t *dec_len;
    size_t max_tok_len;
    vslot *vslots;
    size_t vmask;
    pslot *pslots;
    size_t pmask;
    int32_t byte_id[256];     /* BYTES: id of each byte; CHARS: byte fallback ids */
    int32_t byte_sfx_id[256]; /* id of byte + suffix (CLIP's "a</w>") */
    int32_t space_id;         /* CHARS: id of U+2581 */
    int chunk_words;          /* CHARS: no token has U+2581 after another character */
    uint8_t *suffix, *prefix;
    /* added tokens */
    size_t n_added;
    uint8_t *added_blob;
    size_t *added_offs;
    int32_t *added_ids;
    size_t *added_order; /* indices grouped by first byte, longest first */
    size_t added_first[257];
    tldr_regex *re;
};

/* Per-scratch cache of short pre-tokens (byte-level BPE) and words (SentencePiece-style,
 * except a word that starts with the prepended U+2581) -> tokens with their spans
 * relative to the piece start. Direct mapped: captions repeat the same words, so most
 * pieces skip the merge loop. */
#define PC_SLOTS 4096
#define PC_MAXB 24
#define PC_MAXT 8
typedef struct {
    uint64_t h;
    uint8_t len, ntok;
    uint8_t starts[PC_MAXT], ends[PC_MAXT]; /* token spans relative to the piece start */
    uint8_t bytes[PC_MAXB];
    int32_t ids[PC_MAXT];
} pc_slot;

struct tldr_bpe_scratch {
    pc_slot *pc; /* PC_SLOTS entries, allocated on first use */
    size_t cap;
    int32_t *id;
    size_t *st, *en, *nx, *pv;
    hentry *heap;
    size_t hcap, hn;
    uint8_t *buf;
    size_t bcap;
    tldr_regex_matcher *m;
};

/* ---- hashing ------------------------------------------------------------------------ */

static size_t pow2_at_least(size_t n)
{
    size_t c = 16;
    while (c < n) c <<= 1;
    return c;
}

static int32_t vocab_find(const tldr_bpe *b, const uint8_t *s, size_t n)
{
    uint64_t h = tldr_hash_bytes(s, n);
    uint32_t tag = (uint32_t)(h >> 32);
    size_t i = (size_t)h & b->vmask;
    for (;;) {
        const vslot *v = &b->vslots[i];
        if (v->id < 0) return -1;
        if (v->tag == tag && v->len == n && memcmp(b->tok_blob + v->start, s, n) == 0) return v->id;
        i = (i + 1) & b->vmask;
    }
}

static inline const pslot *pair_find(const tldr_bpe *b, int32_t l, int32_t r)
{
    if (!b->pslots) return NULL;
    uint64_t key = ((uint64_t)(uint32_t)l << 32) | (uint32_t)r;
    size_t i = (size_t)tldr_fmix64(key) & b->pmask;
    for (;;) {
        const pslot *p = &b->pslots[i];
        if (p->key == key) return p;
        if (p->key == UINT64_MAX) return NULL;
        i = (i + 1) & b->pmask;
    }
}

/* Insert or update; keep_lower: an existing entry with a lower rank wins (tiktoken
 * derivation), else the later merge wins (as HF's HashMap collect does). */
static void pair_put(tldr_bpe *b, int32_t l, int32_t r, uint32_t rank, int32_t id, int keep_lower)
{
    uint64_t key = ((uint64_t)(uint32_t)l << 32) | (uint32_t)r;
    size_t i = (size_t)tldr_fmix64(key) & b->pmask;
    for (;;) {
        pslot *p = &b->pslots[i];
        if (p->key == UINT64_MAX) {
            p->key = key;
            p->rank = rank;
            p->id = id;
            return;
        }
        if (p->key == key) {
            if (!keep_lower || rank < p->rank) {
                p->rank = rank;
                p->id = id;
            }
            return;
        }
        i = (i + 1) & b->pmask;
    }
}

/* ---- create / free ------------------------------------------------------------------ */

static void fmt_err(char *errbuf, size_t errlen, const char *fmt, size_t a, size_t b)
{
    if (errbuf && errlen) snprintf(errbuf, errlen, fmt, a, b);
}

typedef struct {
    size_t len, idx;
} added_key;

static int cmp_added_key(const void *pa, const void *pb)
{
    const added_key *a = pa, *b = pb;
    if (a->len != b->len) return a->len > b->len ? -1 : 1;
    return a->idx < b->idx ? -1 : a->idx > b->idx;
}

static int is_u2581(const uint8_t *s) { return s[0] == 0xE2 && s[1] == 0x96 && s[2] == 0x81; }

tldr_status tldr_bpe_create(tldr_bpe **out, const tldr_bpe_config *cfg, size_t n_tokens,
                            const uint8_t *blob, const size_t *offs, const int32_t *ids,
                            const uint8_t *dec_blob, const size_t *dec_offs, size_t n_merges,
                            const int32_t *merges, const tldr_bpe_merge_text *mtext,
                            size_t n_added, const uint8_t *added_blob, const size_t *added_offs,
                            const int32_t *added_ids, tldr_regex *re, char *errbuf,
                            size_t errlen)
{
    int32_t *mpairs = NULL; /* merges resolved from mtext */
    *out = NULL;
    if (errbuf && errlen) errbuf[0] = 0;
    tldr_bpe *b = calloc(1, sizeof *b);
    if (!b) {
        tldr_regex_free(re);
        return TLDR_ERR_NOMEM;
    }
    b->re = re;
    b->cfg = *cfg;
    tldr_status st = TLDR_OK;

    /* ids: check the range before allocating anything sized by them */
    size_t nid = 0;
    for (size_t i = 0; i < n_tokens; i++) {
        if (ids[i] < 0 || (uint32_t)ids[i] >= TLDR_BPE_MAX_ID) {
            fmt_err(errbuf, errlen, "token #%zu has id %zu, outside [0, 2^24)", i,
                    (size_t)(uint32_t)ids[i]);
            st = TLDR_ERR_FORMAT;
            goto fail;
        }
        if ((size_t)ids[i] + 1 > nid) nid = (size_t)ids[i] + 1;
    }
    for (size_t i = 0; i < n_added; i++) {
        if (added_ids[i] < 0 || (uint32_t)added_ids[i] >= TLDR_BPE_MAX_ID) {
            fmt_err(errbuf, errlen, "added token #%zu has id %zu, outside [0, 2^24)", i,
                    (size_t)(uint32_t)added_ids[i]);
            st = TLDR_ERR_FORMAT;
            goto fail;
        }
        if ((size_t)added_ids[i] + 1 > nid) nid = (size_t)added_ids[i] + 1;
    }
    /* A sparse id space is a sign of a corrupt file: refuse more than 4x the entries. */
    if (nid > 4 * (n_tokens + n_added) + 1024) {
        fmt_err(errbuf, errlen, "ids go up to %zu for only %zu tokens", nid - 1, n_tokens + n_added);
        st = TLDR_ERR_FORMAT;
        goto fail;
    }
    b->nid = nid;
    size_t blob_len = offs[n_tokens], dec_len = dec_blob ? dec_offs[n_tokens] : 0;
    size_t added_len = n_added ? added_offs[n_added] : 0;
    if (blob_len + added_len >= UINT32_MAX) {
        fmt_err(errbuf, errlen, "the vocab holds %zu bytes of tokens, more than 4 GiB", blob_len + added_len, 0);
        st = TLDR_ERR_FORMAT;
        goto fail;
    }
    b->tok_blob = malloc(blob_len + added_len + 1);
    b->tok_start = malloc((nid + 1) * sizeof(size_t));
    b->tok_len = malloc((nid + 1) * sizeof(size_t));
    b->dec_blob = malloc(dec_len + 1);
    b->dec_start = malloc((nid + 1) * sizeof(size_t));
    b->dec_len = malloc((nid + 1) * sizeof(size_t));
    size_t vcap = pow2_at_least(2 * n_tokens + 2);
    b->vslots = malloc(vcap * sizeof(vslot));
    b->vmask = vcap - 1;
    if (!b->tok_blob || !b->tok_start || !b->tok_len || !b->dec_blob || !b->dec_start ||
        !b->dec_len || !b->vslots) {
        st = TLDR_ERR_NOMEM;
        goto fail;
    }
    for (size_t i = 0; i < nid; i++) b->tok_len[i] = b->dec_len[i] = SIZE_MAX;
    for (size_t i = 0; i < vcap; i++) b->vslots[i].id = -1;
    memcpy(b->tok_blob, blob, blob_len);
    if (dec_blob) memcpy(b->dec_blob, dec_blob, dec_len);
    for (size_t i = 0; i < n_tokens; i++) {
        size_t id = (size_t)ids[i], s = offs[i], e = offs[i + 1];
        if (e < s || e > blob_len) {
            fmt_err(errbuf, errlen, "token #%zu has a bad byte range (end %zu)", i, e);
            st = TLDR_ERR_FORMAT;
            goto fail;
        }
        if (b->tok_len[id] != SIZE_MAX) {
            fmt_err(errbuf, errlen, "id %zu is used twice (token #%zu)", id, i);
            st = TLDR_ERR_FORMAT;
            goto fail;
        }
        b->tok_start[id] = s;
        b->tok_len[id] = e - s;
        if (e - s > b->max_tok_len) b->max_tok_len = e - s;
        if (dec_blob) {
            b->dec_start[id] = dec_offs[i];
            b->dec_len[id] = dec_offs[i + 1] - dec_offs[i];
        } else {
            b->dec_start[id] = s;
            b->dec_len[id] = e - s;
        }
        /* vocab hash (a duplicate byte string keeps the first id) */
        const uint8_t *p = blob + s;
        if (vocab_find(b, p, e - s) >= 0) continue;
        uint64_t h = tldr_hash_bytes(p, e - s);
        size_t k = (size_t)h & b->vmask;
        while (b->vslots[k].id >= 0) k = (k + 1) & b->vmask;
        b->vslots[k].id = (int32_t)id;
        b->vslots[k].tag = (uint32_t)(h >> 32);
        b->vslots[k].start = (uint32_t)s;
        b->vslots[k].len = (uint32_t)(e - s);
    }
    if (!dec_blob) {
        free(b->dec_blob);
        b->dec_blob = NULL;
    }

    /* added tokens: stored after the vocab bytes; an id that is also a vocab id keeps
     * the vocab entry for decoding */
    if (n_added) {
        b->n_added = n_added;
        b->added_blob = malloc(added_len + 1);
        b->added_offs = malloc((n_added + 1) * sizeof(size_t));
        b->added_ids = malloc(n_added * sizeof(int32_t));
        b->added_order = malloc(n_added * sizeof(size_t));
        if (!b->added_blob || !b->added_offs || !b->added_ids || !b->added_order) {
            st = TLDR_ERR_NOMEM;
            goto fail;
        }
        memcpy(b->added_blob, added_blob, added_len);
        memcpy(b->added_offs, added_offs, (n_added + 1) * sizeof(size_t));
        memcpy(b->added_ids, added_ids, n_added * sizeof(int32_t));
        memcpy(b->tok_blob + blob_len, added_blob, added_len);
        size_t counts[257] = {0};
        for (size_t i = 0; i < n_added; i++) {
            size_t s = added_offs[i], e = added_offs[i + 1];
            if (e <= s || e > added_len) {
                fmt_err(errbuf, errlen, "added token #%zu is empty or has a bad range (end %zu)", i, e);
                st = TLDR_ERR_FORMAT;
                goto fail;
            }
            counts[added_blob[s]]++;
            size_t id = (size_t)added_ids[i];
            if (b->tok_len[id] == SIZE_MAX) {
                b->tok_start[id] = blob_len + s;
                b->tok_len[id] = e - s;
                if (!dec_blob) {
                    b->dec_start[id] = blob_len + s;
                    b->dec_len[id] = e - s;
                }
            }
        }
        b->added_first[0] = 0;
        for (size_t c = 0; c < 256; c++) b->added_first[c + 1] = b->added_first[c] + counts[c];
        size_t fill[256];
        for (size_t c = 0; c < 256; c++) fill[c] = b->added_first[c];
        for (size_t i = 0; i < n_added; i++) b->added_order[fill[added_blob[added_offs[i]]]++] = i;
        /* longest first within each first-byte group, ties in file order (qsort on
         * (length, index) keys: PaliGemma puts 1,000+ tokens in the "<" group) */
        added_key *keys = malloc(n_added * sizeof *keys);
        if (!keys) {
            st = TLDR_ERR_NOMEM;
            goto fail;
        }
        for (size_t c = 0; c < 256; c++) {
            size_t *g = b->added_order + b->added_first[c];
            size_t gn = b->added_first[c + 1] - b->added_first[c];
            for (size_t i = 0; i < gn; i++) keys[i] = (added_key){added_offs[g[i] + 1] - added_offs[g[i]], g[i]};
            qsort(keys, gn, sizeof *keys, cmp_added_key);
            for (size_t i = 0; i < gn; i++) g[i] = keys[i].idx;
        }
        free(keys);
    }
    if (dec_blob) {
        /* decode bytes of added-only ids: their text (memory lives in tok_blob) */
        for (size_t i = 0; i < nid; i++)
            if (b->dec_len[i] == SIZE_MAX && b->tok_len[i] != SIZE_MAX) {
                b->dec_len[i] = 0; /* resolved in decode through tok_* */
                b->dec_start[i] = SIZE_MAX;
            }
    }

    /* initial symbols */
    for (int c = 0; c < 256; c++) b->byte_id[c] = b->byte_sfx_id[c] = -1;
    b->space_id = -1;
    if (cfg->kind == TLDR_BPE_BYTES) {
        for (int c = 0; c < 256; c++) {
            uint8_t by = (uint8_t)c;
            b->byte_id[c] = vocab_find(b, &by, 1);
            if (cfg->suffix_len) {
                uint8_t tmp[64];
                if (cfg->suffix_len + 1 > sizeof tmp) {
                    st = TLDR_ERR_ARG;
                    goto fail;
                }
                tmp[0] = by;
                memcpy(tmp + 1, cfg->suffix, cfg->suffix_len);
                b->byte_sfx_id[c] = vocab_find(b, tmp, cfg->suffix_len + 1);
            }
            if ((b->byte_id[c] < 0 || (cfg->suffix_len && b->byte_sfx_id[c] < 0)) && cfg->unk_id < 0) {
                fmt_err(errbuf, errlen, "the byte-level vocab has no token for byte 0x%02zx", (size_t)c, 0);
                st = TLDR_ERR_FORMAT;
                goto fail;
            }
        }
    } else if (cfg->kind == TLDR_BPE_CHARS) {
        if (cfg->byte_ids)
            for (int c = 0; c < 256; c++) {
                int32_t v = cfg->byte_ids[c];
                b->byte_id[c] = (v >= 0 && (size_t)v < nid) ? v : -1;
            }
        b->space_id = vocab_find(b, (const uint8_t *)"\xE2\x96\x81", 3);
        /* Merges never cross the start of a U+2581 run that follows another character
         * when no token contains U+2581 after another character: then each such run
         * starts an independent word (exact, and bounded memory for long texts). */
        b->chunk_words = 1;
        for (size_t id = 0; id < nid && b->chunk_words; id++) {
            if (b->tok_len[id] == SIZE_MAX || b->tok_start[id] >= blob_len) continue;
            const uint8_t *p = b->tok_blob + b->tok_start[id];
            size_t n = b->tok_len[id];
            for (size_t k = 1; k + 3 <= n; k++)
                if (is_u2581(p + k) && !(k >= 3 && is_u2581(p + k - 3))) {
                    b->chunk_words = 0;
                    break;
                }
        }
    }
    if (cfg->suffix_len) {
        b->suffix = malloc(cfg->suffix_len);
        if (!b->suffix) {
            st = TLDR_ERR_NOMEM;
            goto fail;
        }
        memcpy(b->suffix, cfg->suffix, cfg->suffix_len);
        b->cfg.suffix = b->suffix;
    }
    if (cfg->prefix_len) {
        b->prefix = malloc(cfg->prefix_len);
        if (!b->prefix) {
            st = TLDR_ERR_NOMEM;
            goto fail;
        }
        memcpy(b->prefix, cfg->prefix, cfg->prefix_len);
        b->cfg.prefix = b->prefix;
    }
    b->cfg.byte_ids = NULL;

    /* merges given as text: resolve both sides through the vocab */
    if (mtext && cfg->kind != TLDR_BPE_WORDPIECE) {
        mpairs = malloc((2 * mtext->n + 1) * sizeof *mpairs);
        if (!mpairs) {
            st = TLDR_ERR_NOMEM;
            goto fail;
        }
        for (size_t i = 0; i < mtext->n; i++) {
            size_t s0 = mtext->offs[i], e0 = mtext->offs[i + 1], sep = mtext->seps[i];
            if (e0 < s0 || sep >= e0 - s0) {
                fmt_err(errbuf, errlen, "merge #%zu: expected two symbols separated by one space", i, 0);
                st = TLDR_ERR_FORMAT;
                goto fail;
            }
            int32_t l = vocab_find(b, mtext->blob + s0, sep);
            int32_t r = vocab_find(b, mtext->blob + s0 + sep + 1, e0 - s0 - sep - 1);
            if (l < 0 || r < 0) {
                fmt_err(errbuf, errlen, "merge #%zu uses a token that is not in the vocab", i, 0);
                st = TLDR_ERR_FORMAT;
                goto fail;
            }
            mpairs[2 * i] = l;
            mpairs[2 * i + 1] = r;
        }
        merges = mpairs;
        n_merges = mtext->n;
    }

    /* merges */
    if (cfg->kind != TLDR_BPE_WORDPIECE) {
        size_t want = merges ? n_merges : 0;
        if (!merges) /* tiktoken: count the splits of each token into two tokens */
            for (size_t id = 0; id < nid; id++) {
                size_t n = b->tok_len[id];
                if (n == SIZE_MAX || n < 2 || b->tok_start[id] >= blob_len) continue;
                const uint8_t *p = b->tok_blob + b->tok_start[id];
                for (size_t k = 1; k < n; k++)
                    want += vocab_find(b, p, k) >= 0 && vocab_find(b, p + k, n - k) >= 0;
            }
        /* load factor 1/2 to 3/4: the table is hot and shared by the threads, keep it small */
        size_t pcap = pow2_at_least(want + want / 3 + 2);
        b->pslots = malloc(pcap * sizeof(pslot));
        if (!b->pslots) {
            st = TLDR_ERR_NOMEM;
            goto fail;
        }
        b->pmask = pcap - 1;
        for (size_t i = 0; i < pcap; i++) b->pslots[i].key = UINT64_MAX;
        uint8_t *tmp = malloc(2 * b->max_tok_len + 1);
        if (!tmp) {
            st = TLDR_ERR_NOMEM;
            goto fail;
        }
        if (merges) {
            for (size_t i = 0; i < n_merges; i++) {
                int32_t l = merges[2 * i], r = merges[2 * i + 1];
                if (l < 0 || r < 0 || (size_t)l >= nid || (size_t)r >= nid ||
                    b->tok_len[l] == SIZE_MAX || b->tok_len[r] == SIZE_MAX) {
                    fmt_err(errbuf, errlen, "merge #%zu refers to a token not in the vocab", i, 0);
                    free(tmp);
                    st = TLDR_ERR_FORMAT;
                    goto fail;
                }
                size_t ll = b->tok_len[l], rl = b->tok_len[r];
                memcpy(tmp, b->tok_blob + b->tok_start[l], ll);
                memcpy(tmp + ll, b->tok_blob + b->tok_start[r], rl);
                int32_t m = vocab_find(b, tmp, ll + rl);
                if (m < 0) {
                    fmt_err(errbuf, errlen, "merge #%zu produces a token that is not in the vocab", i, 0);
                    free(tmp);
                    st = TLDR_ERR_FORMAT;
                    goto fail;
                }
                pair_put(b, l, r, (uint32_t)i, m, 0);
            }
        } else {
            for (size_t id = 0; id < nid; id++) {
                size_t n = b->tok_len[id];
                if (n == SIZE_MAX || n < 2 || b->tok_start[id] >= blob_len) continue;
                const uint8_t *p = b->tok_blob + b->tok_start[id];
                for (size_t k = 1; k < n; k++) {
                    int32_t l = vocab_find(b, p, k);
                    if (l < 0) continue;
                    int32_t r = vocab_find(b, p + k, n - k);
                    if (r < 0) continue;
                    pair_put(b, l, r, (uint32_t)id, (int32_t)id, 1);
                }
            }
        }
        free(tmp);
    }
    free(mpairs);
    *out = b;
    return TLDR_OK;
fail:
    free(mpairs);
    tldr_bpe_free(b);
    return st;
}

void tldr_bpe_free(tldr_bpe *b)
{
    if (!b) return;
    free(b->tok_blob);
    free(b->tok_start);
    free(b->tok_len);
    free(b->dec_blob);
    free(b->dec_start);
    free(b->dec_len);
    free(b->vslots);
    free(b->pslots);
    free(b->suffix);
    free(b->prefix);
    free(b->added_blob);
    free(b->added_offs);
    free(b->added_ids);
    free(b->added_order);
    tldr_regex_free(b->re);
    free(b);
}

size_t tldr_bpe_vocab_size(const tldr_bpe *b) { return b->nid; }

const uint8_t *tldr_bpe_token_bytes(const tldr_bpe *b, int32_t id, size_t *len)
{
    if (id < 0 || (size_t)id >= b->nid || b->tok_len[id] == SIZE_MAX) return NULL;
    *len = b->tok_len[id];
    return b->tok_blob + b->tok_start[id];
}

int32_t tldr_bpe_lookup(const tldr_bpe *b, const uint8_t *s, size_t len)
{
    return vocab_find(b, s, len);
}

/* ---- scratch and output ------------------------------------------------------------- */

tldr_bpe_scratch *tldr_bpe_scratch_new(const tldr_bpe *b)
{
    tldr_bpe_scratch *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    if (b->re) {
        s->m = tldr_regex_matcher_new(b->re);
        if (!s->m) {
            free(s);
            return NULL;
        }
    }
    return s;
}

void tldr_bpe_scratch_free(tldr_bpe_scratch *s)
{
    if (!s) return;
    free(s->id);
    free(s->st);
    free(s->en);
    free(s->nx);
    free(s->pv);
    free(s->heap);
    free(s->buf);
    free(s->pc);
    tldr_regex_matcher_free(s->m);
    free(s);
}

/* Room for n symbols and 2n heap entries (the heap never holds more: n - 1 initial
 * pairs, and each merge pops one entry and pushes at most two). */
static tldr_status scratch_reserve(tldr_bpe_scratch *s, size_t n)
{
    if (n <= s->cap) return TLDR_OK;
    size_t c = s->cap ? 2 * s->cap : 64;
    if (c < n) c = n;
    int32_t *id = realloc(s->id, c * sizeof *id);
    if (id) s->id = id;
    size_t *st = realloc(s->st, c * sizeof *st);
    if (st) s->st = st;
    size_t *en = realloc(s->en, c * sizeof *en);
    if (en) s->en = en;
    size_t *nx = realloc(s->nx, c * sizeof *nx);
    if (nx) s->nx = nx;
    size_t *pv = realloc(s->pv, c * sizeof *pv);
    if (pv) s->pv = pv;
    hentry *h = realloc(s->heap, 2 * c * sizeof *h);
    if (h) s->heap = h;
    if (!id || !st || !en || !nx || !pv || !h) return TLDR_ERR_NOMEM;
    s->cap = c;
    return TLDR_OK;
}

void tldr_bpe_out_free(tldr_bpe_out *o)
{
    free(o->ids);
    free(o->spans);
    o->ids = NULL;
    o->spans = NULL;
    o->n = o->cap = 0;
}

static tldr_status out_push(tldr_bpe_out *o, int32_t id, size_t s, size_t e)
{
    if (o->n == o->cap) {
        size_t c = o->cap ? o->cap * 2 : 256;
        int32_t *ids = realloc(o->ids, c * sizeof *ids);
        if (!ids) return TLDR_ERR_NOMEM;
        o->ids = ids;
        size_t *sp = realloc(o->spans, 2 * c * sizeof *sp);
        if (!sp) return TLDR_ERR_NOMEM;
        o->spans = sp;
        o->cap = c;
    }
    o->ids[o->n] = id;
    o->spans[2 * o->n] = s;
    o->spans[2 * o->n + 1] = e;
    o->n++;
    return TLDR_OK;
}

/* ---- the merge loop ----------------------------------------------------------------- */

static inline int hless(const hentry *a, const hentry *b)
{
    return a->rank < b->rank || (a->rank == b->rank && a->pos < b->pos);
}

static inline void heap_push(tldr_bpe_scratch *s, uint32_t rank, int32_t id, size_t pos)
{
    size_t i = s->hn++;
    hentry e = {rank, id, pos};
    while (i > 0) {
        size_t p = (i - 1) / 2;
        if (!hless(&e, &s->heap[p])) break;
        s->heap[i] = s->heap[p];
        i = p;
    }
    s->heap[i] = e;
}

static inline hentry heap_pop(tldr_bpe_scratch *s)
{
    hentry top = s->heap[0];
    hentry last = s->heap[--s->hn];
    size_t i = 0, n = s->hn;
    for (;;) {
        size_t l = 2 * i + 1;
        if (l >= n) break;
        size_t c = (l + 1 < n && hless(&s->heap[l + 1], &s->heap[l])) ? l + 1 : l;
        if (!hless(&s->heap[c], &last)) break;
        s->heap[i] = s->heap[c];
        i = c;
    }
    s->heap[i] = last;
    return top;
}

static inline void push_pair(const tldr_bpe *b, tldr_bpe_scratch *s, size_t i)
{
    size_t j = s->nx[i];
    if (j == NONE) return;
    const pslot *p = pair_find(b, s->id[i], s->id[j]);
    if (p) heap_push(s, p->rank, p->id, i);
}

/* Merge symbols [0, n) of the scratch (linked in order) and emit the survivors.
 * The heap never holds more than n + (number of merges) <= 2n entries at once, but
 * pushes are bounded by n - 1 + 2 * merges; popping keeps it below the cap as each
 * merge pops one entry and pushes at most two. */
static tldr_status merge_and_emit(const tldr_bpe *b, tldr_bpe_scratch *s, size_t n, tldr_bpe_out *out)
{
    if (n > 1 && b->pslots) {
        for (size_t i = 0; i < n; i++) {
            s->nx[i] = i + 1 < n ? i + 1 : NONE;
            s->pv[i] = i ? i - 1 : NONE;
        }
        s->hn = 0;
        for (size_t i = 0; i + 1 < n; i++) push_pair(b, s, i);
        while (s->hn) {
            hentry top = heap_pop(s);
            size_t i = top.pos;
            if (s->id[i] < 0) continue;
            size_t j = s->nx[i];
            if (j == NONE) continue;
            const pslot *p = pair_find(b, s->id[i], s->id[j]);
            if (!p || p->id != top.id) continue;
            s->id[i] = top.id;
            s->en[i] = s->en[j];
            s->id[j] = -1;
            s->nx[i] = s->nx[j];
            if (s->nx[j] != NONE) s->pv[s->nx[j]] = i;
            /* the heap can only grow by one per merge here: one popped, two pushed */
            if (s->hn + 2 > 2 * s->cap) {
                /* 2 * cap >= 2n heap entries are reserved, so this cannot happen */
                return TLDR_ERR_ARG;
            }
            if (s->pv[i] != NONE) push_pair(b, s, s->pv[i]);
            push_pair(b, s, i);
        }
    }
    for (size_t i = 0; i < n; i = (n > 1 && b->pslots) ? s->nx[i] : i + 1) {
        if (i == NONE) break;
        tldr_status st = out_push(out, s->id[i], s->st[i], s->en[i]);
        if (st != TLDR_OK) return st;
    }
    return TLDR_OK;
}

/* ---- the piece cache ------------------------------------------------------------------ */

/* Look text[ps:ps+n) up; on a hit emit its tokens and return 1. *slot and *h are set for
 * pc_store when the piece is cacheable. */
static int pc_lookup(tldr_bpe_scratch *s, const uint8_t *text, size_t ps, size_t n, pc_slot **slot,
                     uint64_t *h, tldr_bpe_out *out, tldr_status *st)
{
    *slot = NULL;
    *st = TLDR_OK;
    if (n == 0 || n > PC_MAXB) return 0;
    if (!s->pc) s->pc = calloc(PC_SLOTS, sizeof *s->pc);
    if (!s->pc) return 0;
    *h = tldr_hash_bytes(text + ps, n) | 1; /* h == 0 marks an empty slot */
    pc_slot *e = &s->pc[*h & (PC_SLOTS - 1)];
    *slot = e;
    if (e->h != *h || e->len != n || memcmp(e->bytes, text + ps, n) != 0) return 0;
    for (size_t k = 0; k < e->ntok; k++)
        if ((*st = out_push(out, e->ids[k], ps + e->starts[k], ps + e->ends[k])) != TLDR_OK) return 1;
    return 1;
}

static void pc_store(pc_slot *slot, uint64_t h, const uint8_t *text, size_t ps, size_t n,
                     const tldr_bpe_out *out, size_t first)
{
    size_t nt = out->n - first;
    if (!slot || nt > PC_MAXT) return;
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

/* ---- byte-level BPE on one pre-token -------------------------------------------------- */

static tldr_status bpe_bytes_piece(const tldr_bpe *b, tldr_bpe_scratch *s, const uint8_t *text,
                                   size_t ps, size_t pe, tldr_bpe_out *out)
{
    size_t n = pe - ps;
    if (n == 0) return TLDR_OK;
    int sfx = b->cfg.suffix_len != 0;
    if (!sfx && n == 1 && b->byte_id[text[ps]] >= 0) return out_push(out, b->byte_id[text[ps]], ps, pe);
    pc_slot *slot;
    uint64_t h = 0;
    tldr_status cst;
    if (pc_lookup(s, text, ps, n, &slot, &h, out, &cst)) return cst;
    size_t first = out->n;
    tldr_status st;
    if (b->cfg.ignore_merges && !sfx) {
        int32_t id = vocab_find(b, text + ps, n);
        if (id >= 0) {
            if ((st = out_push(out, id, ps, pe)) != TLDR_OK) return st;
            goto store;
        }
    }
    st = scratch_reserve(s, n + 1);
    if (st != TLDR_OK) return st;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        int32_t id = (sfx && i + 1 == n) ? b->byte_sfx_id[text[ps + i]] : b->byte_id[text[ps + i]];
        if (id < 0) {
            if (b->cfg.unk_id < 0) return TLDR_ERR_FORMAT;
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
    if ((st = merge_and_emit(b, s, k, out)) != TLDR_OK) return st;
store:
    pc_store(slot, h, text, ps, n, out, first);
    return TLDR_OK;
}

/* ---- WordPiece on one pre-token ------------------------------------------------------- */

static tldr_status wordpiece_piece(const tldr_bpe *b, tldr_bpe_scratch *s, const uint8_t *text,
                                   size_t ps, size_t pe, tldr_bpe_out *out)
{
    size_t nchars = 0;
    for (size_t i = ps; i < pe; i++) nchars += (text[i] & 0xC0) != 0x80;
    if (nchars == 0) return TLDR_OK;
    int32_t unk = b->cfg.unk_id;
    if (nchars > b->cfg.max_word_chars) return unk >= 0 ? out_push(out, unk, ps, pe) : TLDR_ERR_FORMAT;
    size_t plen = b->cfg.prefix_len;
    if (s->bcap < plen + (pe - ps)) {
        uint8_t *nb = realloc(s->buf, plen + (pe - ps));
        if (!nb) return TLDR_ERR_NOMEM;
        s->buf = nb;
        s->bcap = plen + (pe - ps);
    }
    size_t first = out->n;
    size_t start = ps;
    while (start < pe) {
        size_t pre = start > ps ? plen : 0;
        size_t end = pe;
        if (end - start + pre > b->max_tok_len) {
            end = start + (b->max_tok_len > pre ? b->max_tok_len - pre : 0);
            while (end > start && (text[end] & 0xC0) == 0x80) end--;
        }
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
            found = vocab_find(b, q, ql);
            if (found >= 0) break;
            end--;
            while (end > start && (text[end] & 0xC0) == 0x80) end--;
        }
        if (found < 0) {
            out->n = first; /* the whole word is unknown */
            return unk >= 0 ? out_push(out, unk, ps, pe) : TLDR_ERR_FORMAT;
        }
        tldr_status st = out_push(out, found, start, end);
        if (st != TLDR_OK) return st;
        start = end;
    }
    return TLDR_OK;
}

/* ---- SentencePiece-style BPE on characters ------------------------------------------ */

static inline int chars_is_space(const tldr_bpe *b, const uint8_t *text, size_t i, size_t cl)
{
    return (b->cfg.replace_space && text[i] == ' ') || (cl == 3 && is_u2581(text + i));
}

/* One word [ws, we) of a segment: symbols are its characters (' ' stands for U+2581), a
 * character missing from the vocab becomes its <0xXX> byte tokens (or unk); prepend: a
 * U+2581 with the empty span [ws, ws) goes first. */
static tldr_status chars_word(const tldr_bpe *b, tldr_bpe_scratch *s, const uint8_t *text, size_t ws,
                              size_t we, int prepend, tldr_bpe_out *out)
{
    pc_slot *slot = NULL;
    uint64_t h = 0;
    tldr_status st;
    if (!prepend && pc_lookup(s, text, ws, we - ws, &slot, &h, out, &st)) return st;
    size_t first = out->n, k = 0;
    int32_t unk = b->cfg.unk_id;
    if ((st = scratch_reserve(s, 8)) != TLDR_OK) return st;
    if (prepend) {
        if (b->space_id < 0) return TLDR_ERR_FORMAT;
        s->id[0] = b->space_id;
        s->st[0] = s->en[0] = ws;
        k = 1;
    }
    for (size_t i = ws; i < we;) {
        size_t cl = tldr_utf8_seq_len(text[i]);
        if (i + cl > we) cl = we - i;
        if ((st = scratch_reserve(s, k + 5)) != TLDR_OK) return st;
        int32_t id = chars_is_space(b, text, i, cl) ? b->space_id : vocab_find(b, text + i, cl);
        if (id >= 0) {
            s->id[k] = id;
            s->st[k] = i;
            s->en[k] = i + cl;
            k++;
        } else if (b->cfg.byte_fallback && b->byte_id[text[i]] >= 0) {
            for (size_t q = 0; q < cl; q++) {
                int32_t bid = b->byte_id[text[i + q]];
                if (bid < 0) bid = unk;
                if (bid < 0) return TLDR_ERR_FORMAT;
                s->id[k] = bid;
                s->st[k] = i + q;
                s->en[k] = i + q + 1;
                k++;
            }
        } else {
            if (unk < 0) return TLDR_ERR_FORMAT;
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
    if ((st = merge_and_emit(b, s, k, out)) != TLDR_OK) return st;
    if (!prepend) pc_store(slot, h, text, ws, we - ws, out, first);
    return TLDR_OK;
}

/* Segment [ss, se) of the original text (between added tokens), cut into words: a word
 * starts at each run of U+2581 that follows another character (when chunk_words; at
 * every U+2581 with split_spaces), else the segment is one word. The prepended U+2581
 * (prepend_space) belongs to the first word. */
static tldr_status chars_segment(const tldr_bpe *b, tldr_bpe_scratch *s, const uint8_t *text,
                                 size_t ss, size_t se, int pieces_only, tldr_bpe_out *out)
{
    if (se <= ss) return TLDR_OK;
    size_t cl0 = tldr_utf8_seq_len(text[ss]);
    if (ss + cl0 > se) cl0 = se - ss;
    int starts_space = chars_is_space(b, text, ss, cl0);
    int prepend = b->cfg.prepend_space == 1 || (b->cfg.prepend_space == 2 && !starts_space) ||
                  (b->cfg.prepend_space == 3 && !starts_space && ss == 0);
    size_t wstart = ss, i = ss;
    int word_prepend = prepend, prev_space = prepend;
    tldr_status st;
    for (;;) {
        int at_end = i >= se;
        size_t cl = 0;
        int is_space = 0;
        if (!at_end) {
            cl = tldr_utf8_seq_len(text[i]);
            if (i + cl > se) cl = se - i;
            is_space = chars_is_space(b, text, i, cl);
        }
        int nonempty = i > wstart || word_prepend;
        if (at_end || (is_space && nonempty && (b->cfg.split_spaces || (!prev_space && b->chunk_words)))) {
            if (nonempty) {
                st = pieces_only ? out_push(out, -1, wstart, i) : chars_word(b, s, text, wstart, i, word_prepend, out);
                if (st != TLDR_OK) return st;
            }
            wstart = i;
            word_prepend = 0;
            if (at_end) break;
        }
        prev_space = is_space;
        i += cl;
    }
    return TLDR_OK;
}

/* ---- one segment between added tokens ---------------------------------------------------- */

static tldr_status piece(const tldr_bpe *b, tldr_bpe_scratch *s, const uint8_t *text, size_t ps,
                         size_t pe, int pieces_only, tldr_bpe_out *out)
{
    if (pe <= ps) return TLDR_OK;
    if (pieces_only) return out_push(out, -1, ps, pe);
    if (b->cfg.kind == TLDR_BPE_WORDPIECE) return wordpiece_piece(b, s, text, ps, pe, out);
    return bpe_bytes_piece(b, s, text, ps, pe, out);
}

static tldr_status segment(const tldr_bpe *b, tldr_bpe_scratch *s, const uint8_t *text, size_t ss,
                           size_t se, int pieces_only, tldr_bpe_out *out)
{
    if (se <= ss) return TLDR_OK;
    if (b->cfg.kind == TLDR_BPE_CHARS) return chars_segment(b, s, text, ss, se, pieces_only, out);
    if (!b->re) return piece(b, s, text, ss, se, pieces_only, out);
    const uint8_t *sub = text + ss;
    size_t len = se - ss, pos = 0, last = 0;
    tldr_status st;
    while (pos <= len) {
        size_t ms, me;
        if ((st = tldr_regex_next(s->m, sub, len, pos, &ms, &me)) != TLDR_OK) return st;
        if (ms == SIZE_MAX) break;
        if (ms > last && b->cfg.keep_gaps &&
            (st = piece(b, s, text, ss + last, ss + ms, pieces_only, out)) != TLDR_OK)
            return st;
        if (me > ms && (st = piece(b, s, text, ss + ms, ss + me, pieces_only, out)) != TLDR_OK) return st;
        last = me;
        if (me == ms) {
            if (me >= len) break;
            pos = me + tldr_utf8_seq_len(sub[me]);
        } else {
            pos = me;
        }
    }
    if (last < len && b->cfg.keep_gaps &&
        (st = piece(b, s, text, ss + last, se, pieces_only, out)) != TLDR_OK)
        return st;
    return TLDR_OK;
}

tldr_status tldr_bpe_encode(const tldr_bpe *b, tldr_bpe_scratch *s, const uint8_t *text, size_t len,
                            const uint8_t *modes, int pieces_only, tldr_bpe_out *out,
                            size_t *err_pos, size_t *err_index)
{
    if (len > TLDR_BPE_MAX_TEXT) return TLDR_ERR_LIMIT;
    size_t bad;
    if (!tldr_utf8_valid(text, len, &bad)) {
        if (err_pos) *err_pos = bad;
        return TLDR_ERR_UTF8;
    }
    tldr_status st;
    size_t seg = 0, i = 0;
    if (b->n_added) {
        while (i < len) {
            uint8_t c = text[i];
            size_t g0 = b->added_first[c], g1 = b->added_first[c + 1];
            size_t hit = NONE;
            for (size_t g = g0; g < g1; g++) {
                size_t k = b->added_order[g];
                if (modes && modes[k] == TLDR_ADDED_TEXT) continue;
                size_t as = b->added_offs[k], al = b->added_offs[k + 1] - as;
                if (al <= len - i && memcmp(text + i, b->added_blob + as, al) == 0) {
                    hit = k;
                    break;
                }
            }
            if (hit == NONE) {
                i++;
                continue;
            }
            if (modes && modes[hit] == TLDR_ADDED_FORBID) {
                if (err_pos) *err_pos = i;
                if (err_index) *err_index = hit;
                return TLDR_ERR_ARG;
            }
            size_t al = b->added_offs[hit + 1] - b->added_offs[hit];
            if ((st = segment(b, s, text, seg, i, pieces_only, out)) != TLDR_OK) return st;
            if ((st = out_push(out, b->added_ids[hit], i, i + al)) != TLDR_OK) return st;
            i += al;
            seg = i;
        }
    }
    return segment(b, s, text, seg, len, pieces_only, out);
}

/* ---- decode ------------------------------------------------------------------------------ */

tldr_status tldr_bpe_decode(const tldr_bpe *b, const int32_t *ids, size_t n, int strip_first,
                            uint8_t **out, size_t *out_len, size_t *spans, size_t *bad)
{
    *out = NULL;
    *out_len = 0;
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        int32_t id = ids[i];
        if (id < 0 || (size_t)id >= b->nid || b->tok_len[id] == SIZE_MAX) {
            if (bad) *bad = i;
            return TLDR_ERR_ARG;
        }
        total += (b->dec_blob && b->dec_start[id] != SIZE_MAX) ? b->dec_len[id] : b->tok_len[id];
    }
    uint8_t *buf = malloc(total + 1);
    if (!buf) return TLDR_ERR_NOMEM;
    size_t w = 0;
    int stripping = strip_first;
    for (size_t i = 0; i < n; i++) {
        int32_t id = ids[i];
        const uint8_t *p;
        size_t l;
        if (b->dec_blob && b->dec_start[id] != SIZE_MAX) {
            p = b->dec_blob + b->dec_start[id];
            l = b->dec_len[id];
        } else {
            p = b->tok_blob + b->tok_start[id];
            l = b->tok_len[id];
        }
        if (spans) spans[2 * i] = w;
        if (stripping && l) {
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

