/* tokenize/vocab.c: building a tokenizer (tldr_bpe_create) and reading its tables.
 *
 * create copies the parsed file into the tables of internal.h, in named steps:
 *   check_ids            every id in range, the id space not absurdly sparse;
 *   build_vocab          id -> bytes (and decode bytes), the bytes -> id hash;
 *   build_added          added tokens grouped by first byte, longest first;
 *   find_initial_symbols the ids BPE starts from (single bytes, byte + suffix, U+2581);
 *   copy_affixes         the end-of-word suffix and continuation prefix;
 *   resolve_merge_text   merges given as text -> id pairs;
 *   build_merges         the (left, right) -> (rank, merged id) hash, from the merge list
 *                        or derived from the vocab (tiktoken).
 * Every failure caused by the input is TLDR_ERR_FORMAT (or TLDR_ERR_ARG for the config)
 * with a message in errbuf naming the token or merge.
 */
#include "tokenize/internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct {
    char *buf;
    size_t len;
} errmsg;

__attribute__((format(printf, 2, 3))) static void set_err(errmsg *e, const char *fmt, ...)
{
    if (!e->buf || !e->len) return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->buf, e->len, fmt, ap);
    va_end(ap);
}

static size_t pow2_at_least(size_t n)
{
    size_t c = 16;
    while (c < n) c <<= 1;
    return c;
}

/* Total bytes of a string table. */
static size_t strings_len(const tldr_bpe_strings *t) { return t->n ? t->offs[t->n] : 0; }

/* ---- ids -------------------------------------------------------------------------------- */

static tldr_status check_id_list(const int32_t *ids, size_t n, const char *what, size_t *nid, errmsg *e)
{
    for (size_t i = 0; i < n; i++) {
        if (ids[i] < 0 || (uint32_t)ids[i] >= TLDR_BPE_MAX_ID) {
            set_err(e, "%s #%zu has id %lld, outside [0, 2^24)", what, i, (long long)ids[i]);
            return TLDR_ERR_FORMAT;
        }
        if ((size_t)ids[i] + 1 > *nid) *nid = (size_t)ids[i] + 1;
    }
    return TLDR_OK;
}

/* nid = max id + 1, checked before anything sized by it is allocated. */
static tldr_status check_ids(const tldr_bpe_tables *t, size_t *nid, errmsg *e)
{
    *nid = 0;
    tldr_status st = check_id_list(t->ids, t->tokens.n, "token", nid, e);
    if (st == TLDR_OK) st = check_id_list(t->added_ids, t->added.n, "added token", nid, e);
    if (st != TLDR_OK) return st;
    /* A sparse id space is a sign of a corrupt file: the id tables would be mostly empty.
     * Real files are dense; 4x the entries (plus room for small test vocabs) is generous. */
    size_t entries = t->tokens.n + t->added.n;
    if (*nid > 4 * entries + 1024) {
        set_err(e, "ids go up to %zu for only %zu tokens", *nid - 1, entries);
        return TLDR_ERR_FORMAT;
    }
    return TLDR_OK;
}

/* ---- vocab ------------------------------------------------------------------------------ */

static void vocab_insert(tldr_bpe *b, int32_t id, size_t start, size_t len)
{
    const uint8_t *p = b->tok_blob + start;
    if (bpe_vocab_find(b, p, len) >= 0) return; /* a duplicate byte string keeps the first id */
    uint64_t h = tldr_hash_bytes(p, len);
    size_t k = (size_t)h & b->vmask;
    while (b->vslots[k].id >= 0) k = (k + 1) & b->vmask;
    b->vslots[k] = (bpe_vslot){id, (uint32_t)(h >> 32), (uint32_t)start, (uint32_t)len};
}

/* The id tables (tok_* and dec_*, room for the added tokens' bytes after the vocab's)
 * and the vocab hash. */
static tldr_status build_vocab(tldr_bpe *b, const tldr_bpe_tables *t, errmsg *e)
{
    size_t n = t->tokens.n, nid = b->nid;
    size_t blob_len = strings_len(&t->tokens), added_len = strings_len(&t->added);
    if (blob_len + added_len >= UINT32_MAX) { /* vocab slots keep 32-bit offsets */
        set_err(e, "the vocab holds %zu bytes of tokens, more than 4 GiB", blob_len + added_len);
        return TLDR_ERR_FORMAT;
    }
    const uint8_t *dec = t->decoded.blob;
    b->tok_blob_vocab = blob_len;
    b->tok_blob = malloc(blob_len + added_len + 1);
    b->tok_start = malloc((nid + 1) * sizeof(size_t));
    b->tok_len = malloc((nid + 1) * sizeof(size_t));
    if (dec) {
        b->dec_blob = malloc(strings_len(&t->decoded) + 1);
        b->dec_start = malloc((nid + 1) * sizeof(size_t));
        b->dec_len = malloc((nid + 1) * sizeof(size_t));
    }
    size_t vcap = pow2_at_least(2 * n + 2); /* load factor <= 1/2 */
    b->vslots = malloc(vcap * sizeof(bpe_vslot));
    b->vmask = vcap - 1;
    if (!b->tok_blob || !b->tok_start || !b->tok_len || !b->vslots ||
        (dec && (!b->dec_blob || !b->dec_start || !b->dec_len)))
        return TLDR_ERR_NOMEM;
    for (size_t i = 0; i < nid; i++) b->tok_len[i] = SIZE_MAX;
    if (dec)
        for (size_t i = 0; i < nid; i++) b->dec_start[i] = SIZE_MAX;
    for (size_t i = 0; i < vcap; i++) b->vslots[i].id = -1;
    if (blob_len) memcpy(b->tok_blob, t->tokens.blob, blob_len);
    if (dec && strings_len(&t->decoded)) memcpy(b->dec_blob, dec, strings_len(&t->decoded));
    for (size_t i = 0; i < n; i++) {
        size_t id = (size_t)t->ids[i], s = t->tokens.offs[i], end = t->tokens.offs[i + 1];
        if (end < s || end > blob_len) {
            set_err(e, "token #%zu has a bad byte range (end %zu)", i, end);
            return TLDR_ERR_FORMAT;
        }
        if (b->tok_len[id] != SIZE_MAX) {
            set_err(e, "id %zu is used twice (token #%zu)", id, i);
            return TLDR_ERR_FORMAT;
        }
        b->tok_start[id] = s;
        b->tok_len[id] = end - s;
        if (end - s > b->max_tok_len) b->max_tok_len = end - s;
        if (dec) {
            b->dec_start[id] = t->decoded.offs[i];
            b->dec_len[id] = t->decoded.offs[i + 1] - t->decoded.offs[i];
        }
        vocab_insert(b, (int32_t)id, s, end - s);
    }
    return TLDR_OK;
}

/* ---- added tokens ----------------------------------------------------------------------- */

typedef struct {
    size_t len, idx;
} added_key;

static int cmp_added_key(const void *pa, const void *pb)
{
    const added_key *a = pa, *b = pb;
    if (a->len != b->len) return a->len > b->len ? -1 : 1;
    return a->idx < b->idx ? -1 : a->idx > b->idx;
}

/* Copy the added tokens, store their bytes after the vocab's in tok_blob (an id that is
 * also a vocab id keeps the vocab entry), and index them by first byte, longest first
 * (ties in file order), so the encoder tries only the tokens that can start at a byte. */
static tldr_status build_added(tldr_bpe *b, const tldr_bpe_tables *t, errmsg *e)
{
    size_t n = t->added.n;
    if (!n) return TLDR_OK;
    size_t added_len = strings_len(&t->added), blob_len = b->tok_blob_vocab;
    const uint8_t *ab = t->added.blob;
    const size_t *ao = t->added.offs;
    b->n_added = n;
    b->added_blob = malloc(added_len + 1);
    b->added_offs = malloc((n + 1) * sizeof(size_t));
    b->added_ids = malloc(n * sizeof(int32_t));
    b->added_order = malloc(n * sizeof(size_t));
    if (!b->added_blob || !b->added_offs || !b->added_ids || !b->added_order) return TLDR_ERR_NOMEM;
    memcpy(b->added_blob, ab, added_len);
    memcpy(b->added_offs, ao, (n + 1) * sizeof(size_t));
    memcpy(b->added_ids, t->added_ids, n * sizeof(int32_t));
    memcpy(b->tok_blob + blob_len, ab, added_len);
    size_t counts[256] = {0};
    for (size_t i = 0; i < n; i++) {
        size_t s = ao[i], end = ao[i + 1];
        if (end <= s || end > added_len) {
            set_err(e, "added token #%zu is empty or has a bad range (end %zu)", i, end);
            return TLDR_ERR_FORMAT;
        }
        /* matched in the text: valid UTF-8 can then only match at character boundaries */
        if (!tldr_utf8_valid(ab + s, end - s, NULL)) {
            set_err(e, "added token #%zu is not valid UTF-8", i);
            return TLDR_ERR_FORMAT;
        }
        counts[ab[s]]++;
        size_t id = (size_t)t->added_ids[i];
        if (b->tok_len[id] == SIZE_MAX) {
            b->tok_start[id] = blob_len + s;
            b->tok_len[id] = end - s;
        }
    }
    b->added_first[0] = 0;
    for (size_t c = 0; c < 256; c++) b->added_first[c + 1] = b->added_first[c] + counts[c];
    size_t fill[256];
    for (size_t c = 0; c < 256; c++) fill[c] = b->added_first[c];
    for (size_t i = 0; i < n; i++) b->added_order[fill[ab[ao[i]]]++] = i;
    /* qsort on (length, index) keys: PaliGemma puts 1,000+ tokens in the "<" group */
    added_key *keys = malloc(n * sizeof *keys);
    if (!keys) return TLDR_ERR_NOMEM;
    for (size_t c = 0; c < 256; c++) {
        size_t *g = b->added_order + b->added_first[c];
        size_t gn = b->added_first[c + 1] - b->added_first[c];
        for (size_t i = 0; i < gn; i++) keys[i] = (added_key){ao[g[i] + 1] - ao[g[i]], g[i]};
        qsort(keys, gn, sizeof *keys, cmp_added_key);
        for (size_t i = 0; i < gn; i++) g[i] = keys[i].idx;
    }
    free(keys);
    return TLDR_OK;
}

/* ---- initial symbols -------------------------------------------------------------------- */

/* 1 when some vocab token holds a U+2581 right after another character (not after
 * another U+2581). */
static int has_inner_u2581(const tldr_bpe *b)
{
    for (size_t id = 0; id < b->nid; id++) {
        if (b->tok_len[id] == SIZE_MAX || b->tok_start[id] >= b->tok_blob_vocab) continue;
        const uint8_t *p = b->tok_blob + b->tok_start[id];
        size_t n = b->tok_len[id];
        for (size_t k = 1; k + 3 <= n; k++)
            if (bpe_is_u2581(p + k) && !(k >= 3 && bpe_is_u2581(p + k - 3))) return 1;
    }
    return 0;
}

/* The ids BPE starts from: byte-level, each byte (and byte + suffix, which ends a
 * pre-token); character BPE, the byte-fallback ids and U+2581. */
static tldr_status find_initial_symbols(tldr_bpe *b, const tldr_bpe_config *cfg, errmsg *e)
{
    for (int c = 0; c < 256; c++) b->byte_id[c] = b->byte_sfx_id[c] = -1;
    b->space_id = -1;
    if (cfg->kind == TLDR_BPE_BYTES) {
        for (int c = 0; c < 256; c++) {
            uint8_t sym[1 + TLDR_BPE_MAX_AFFIX] = {(uint8_t)c};
            b->byte_id[c] = bpe_vocab_find(b, sym, 1);
            if (cfg->suffix_len) {
                memcpy(sym + 1, cfg->suffix, cfg->suffix_len);
                b->byte_sfx_id[c] = bpe_vocab_find(b, sym, cfg->suffix_len + 1);
            }
            if ((b->byte_id[c] < 0 || (cfg->suffix_len && b->byte_sfx_id[c] < 0)) && cfg->unk_id < 0) {
                set_err(e, "the byte-level vocab has no token for byte 0x%02x", c);
                return TLDR_ERR_FORMAT;
            }
        }
    } else if (cfg->kind == TLDR_BPE_CHARS) {
        if (cfg->byte_ids)
            for (int c = 0; c < 256; c++) {
                int32_t v = cfg->byte_ids[c];
                b->byte_id[c] = (v >= 0 && (size_t)v < b->nid) ? v : -1;
            }
        b->space_id = bpe_vocab_find(b, (const uint8_t *)"\xE2\x96\x81", 3);
        /* Merges never cross the start of a U+2581 run that follows another character
         * when no token contains U+2581 after another character: then each such run
         * starts an independent word (exact, and bounded memory for long texts). */
        b->chunk_words = !has_inner_u2581(b);
    }
    return TLDR_OK;
}

static tldr_status copy_affixes(tldr_bpe *b, const tldr_bpe_config *cfg, errmsg *e)
{
    if (cfg->suffix_len > TLDR_BPE_MAX_AFFIX || cfg->prefix_len > TLDR_BPE_MAX_AFFIX) {
        set_err(e, "the end-of-word suffix and continuation prefix must be at most %d bytes, got %zu and %zu",
                TLDR_BPE_MAX_AFFIX, cfg->suffix_len, cfg->prefix_len);
        return TLDR_ERR_ARG;
    }
    if (cfg->suffix_len) memcpy(b->suffix, cfg->suffix, cfg->suffix_len);
    if (cfg->prefix_len) memcpy(b->prefix, cfg->prefix, cfg->prefix_len);
    b->cfg.suffix = b->suffix;
    b->cfg.prefix = b->prefix;
    b->cfg.byte_ids = NULL; /* copied into byte_id */
    return TLDR_OK;
}

/* ---- merges ----------------------------------------------------------------------------- */

/* Merges given as text -> (left id, right id) pairs in *out (malloc'ed, 2n). */
static tldr_status resolve_merge_text(const tldr_bpe *b, const tldr_bpe_tables *t, int32_t **out, errmsg *e)
{
    const tldr_bpe_strings *m = &t->merge_text;
    int32_t *pairs = malloc((2 * m->n + 1) * sizeof *pairs);
    if (!pairs) return TLDR_ERR_NOMEM;
    for (size_t i = 0; i < m->n; i++) {
        size_t s = m->offs[i], end = m->offs[i + 1], sep = t->merge_seps[i];
        if (end < s || sep >= end - s) {
            set_err(e, "merge #%zu: expected two symbols separated by one space", i);
            free(pairs);
            return TLDR_ERR_FORMAT;
        }
        int32_t l = bpe_vocab_find(b, m->blob + s, sep);
        int32_t r = bpe_vocab_find(b, m->blob + s + sep + 1, end - s - sep - 1);
        if (l < 0 || r < 0) {
            set_err(e, "merge #%zu uses a token that is not in the vocab", i);
            free(pairs);
            return TLDR_ERR_FORMAT;
        }
        pairs[2 * i] = l;
        pairs[2 * i + 1] = r;
    }
    *out = pairs;
    return TLDR_OK;
}

/* Insert or update a merge; keep_lower: an existing entry with a lower rank wins
 * (tiktoken derivation), else the later merge wins (as HF's HashMap collect does). */
static void pair_put(tldr_bpe *b, int32_t l, int32_t r, uint32_t rank, int32_t id, int keep_lower)
{
    uint64_t key = bpe_pair_key(l, r);
    size_t i = (size_t)tldr_fmix64(key) & b->pmask;
    for (;;) {
        bpe_pslot *p = &b->pslots[i];
        if (p->key == UINT64_MAX) {
            *p = (bpe_pslot){key, rank, id};
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

/* tiktoken has no merge list: every split of a vocab token into two vocab tokens is a
 * merge whose rank is the token's id. Returns how many there are; insert: also put them
 * in the merge table (a pair met twice keeps its lowest rank). */
static size_t derive_merges(tldr_bpe *b, int insert)
{
    size_t count = 0;
    for (size_t id = 0; id < b->nid; id++) {
        size_t n = b->tok_len[id];
        if (n == SIZE_MAX || n < 2 || b->tok_start[id] >= b->tok_blob_vocab) continue;
        const uint8_t *p = b->tok_blob + b->tok_start[id];
        for (size_t k = 1; k < n; k++) {
            int32_t l = bpe_vocab_find(b, p, k);
            if (l < 0) continue;
            int32_t r = bpe_vocab_find(b, p + k, n - k);
            if (r < 0) continue;
            count++;
            if (insert) pair_put(b, l, r, (uint32_t)id, (int32_t)id, 1);
        }
    }
    return count;
}

/* Merge i of the list: both sides and their concatenation must be tokens. */
static tldr_status put_listed_merges(tldr_bpe *b, const int32_t *merges, size_t n, errmsg *e)
{
    uint8_t *tmp = malloc(2 * b->max_tok_len + 1);
    if (!tmp) return TLDR_ERR_NOMEM;
    for (size_t i = 0; i < n; i++) {
        int32_t l = merges[2 * i], r = merges[2 * i + 1];
        if (l < 0 || r < 0 || (size_t)l >= b->nid || (size_t)r >= b->nid || b->tok_len[l] == SIZE_MAX ||
            b->tok_len[r] == SIZE_MAX) {
            set_err(e, "merge #%zu refers to a token not in the vocab", i);
            free(tmp);
            return TLDR_ERR_FORMAT;
        }
        size_t ll = b->tok_len[l], rl = b->tok_len[r];
        memcpy(tmp, b->tok_blob + b->tok_start[l], ll);
        memcpy(tmp + ll, b->tok_blob + b->tok_start[r], rl);
        int32_t m = bpe_vocab_find(b, tmp, ll + rl);
        if (m < 0) {
            set_err(e, "merge #%zu produces a token that is not in the vocab", i);
            free(tmp);
            return TLDR_ERR_FORMAT;
        }
        pair_put(b, l, r, (uint32_t)i, m, 0);
    }
    free(tmp);
    return TLDR_OK;
}

/* The merge table from merges (n pairs), or derived from the vocab when merges is NULL. */
static tldr_status build_merges(tldr_bpe *b, const int32_t *merges, size_t n, errmsg *e)
{
    size_t want = merges ? n : derive_merges(b, 0);
    /* load factor 1/2 to 3/4: the table is hot and shared by the threads, keep it small */
    size_t pcap = pow2_at_least(want + want / 3 + 2);
    b->pslots = malloc(pcap * sizeof(bpe_pslot));
    if (!b->pslots) return TLDR_ERR_NOMEM;
    b->pmask = pcap - 1;
    for (size_t i = 0; i < pcap; i++) b->pslots[i].key = UINT64_MAX;
    if (merges) return put_listed_merges(b, merges, n, e);
    derive_merges(b, 1);
    return TLDR_OK;
}

/* ---- create / free ---------------------------------------------------------------------- */

tldr_status tldr_bpe_create(tldr_bpe **out, const tldr_bpe_config *cfg, const tldr_bpe_tables *t,
                            tldr_regex *re, char *errbuf, size_t errlen)
{
    errmsg e = {errbuf, errlen};
    if (errbuf && errlen) errbuf[0] = 0;
    *out = NULL;
    tldr_bpe *b = calloc(1, sizeof *b);
    if (!b) {
        tldr_regex_free(re);
        return TLDR_ERR_NOMEM;
    }
    b->re = re;
    b->cfg = *cfg;
    int32_t *text_pairs = NULL;
    tldr_status st = copy_affixes(b, cfg, &e);
    if (st == TLDR_OK) st = check_ids(t, &b->nid, &e);
    if (st == TLDR_OK) st = build_vocab(b, t, &e);
    if (st == TLDR_OK) st = build_added(b, t, &e);
    if (st == TLDR_OK) st = find_initial_symbols(b, cfg, &e);
    if (st == TLDR_OK && cfg->kind != TLDR_BPE_WORDPIECE) {
        const int32_t *merges = t->merges;
        size_t n = t->n_merges;
        if (t->merge_text.blob) {
            st = resolve_merge_text(b, t, &text_pairs, &e);
            merges = text_pairs;
            n = t->merge_text.n;
        }
        if (st == TLDR_OK) st = build_merges(b, merges, n, &e);
    }
    free(text_pairs);
    if (st != TLDR_OK) {
        tldr_bpe_free(b);
        return st;
    }
    *out = b;
    return TLDR_OK;
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
    free(b->added_blob);
    free(b->added_offs);
    free(b->added_ids);
    free(b->added_order);
    tldr_regex_free(b->re);
    free(b);
}

/* ---- reading the tables ----------------------------------------------------------------- */

size_t tldr_bpe_vocab_size(const tldr_bpe *b) { return b->nid; }

const uint8_t *tldr_bpe_token_bytes(const tldr_bpe *b, int32_t id, size_t *len)
{
    if (id < 0 || (size_t)id >= b->nid || b->tok_len[id] == SIZE_MAX) return NULL;
    *len = b->tok_len[id];
    return b->tok_blob + b->tok_start[id];
}

int32_t tldr_bpe_lookup(const tldr_bpe *b, const uint8_t *s, size_t len) { return bpe_vocab_find(b, s, len); }
