/* fuzz/tokenizer_encode.c: encode, pretokenize, batch and decode with real tokenizers
 * (the tables fuzz/dump_tables.py writes from the bundled and shared files: GPT-2, CLIP,
 * a WordPiece vocab, cl100k, o200k, Llama-3.1, Llama-2, Gemma), on any text.
 *
 * Input: byte 0 picks the tokenizer, byte 1 the added tokens' modes (all matched, all
 * text, all forbidden, or per token; bit 7: also run the batch check), the rest is the
 * text.
 * Properties: invalid UTF-8 is TLDR_ERR_UTF8 and nothing else; valid text encodes (a
 * forbidden added token in it is TLDR_ERR_ARG); spans lie in the text with starts
 * non-decreasing; for lossless byte-level tokenizers (GPT-2, cl100k, o200k, Llama-3.1)
 * the byte spans tile the text exactly and decode(encode(text)) == text; every id
 * decodes, decode's spans tile its output; str offsets (tldr_utf8_spans_to_chars) stay
 * in range and monotone; each token lies inside one pre-token; a batch on 2 threads
 * gives the same ids.
 */
#define _POSIX_C_SOURCE 200809L /* strdup, opendir */
#include "tokenize_checks.h"

#include <dirent.h>

typedef struct {
    char name[64];
    tldr_bpe *bpe;
    int lossless;
    size_t n_added;
} loaded;

static loaded TOKS[16];
static size_t NTOK;

typedef struct {
    uint8_t *p;
    size_t n;
} blobv;

static int take_blob(const uint8_t **p, const uint8_t *end, blobv *out)
{
    uint64_t n;
    if ((size_t)(end - *p) < 8) return -1;
    memcpy(&n, *p, 8);
    *p += 8;
    if ((uint64_t)(end - *p) < n) return -1;
    out->p = malloc((size_t)n + 1); /* aligned for the int32/int64 arrays; freed after create */
    CHECK(out->p);
    memcpy(out->p, *p, (size_t)n);
    out->n = (size_t)n;
    *p += n;
    return 0;
}

static size_t *offsets(const blobv *b) /* int64 -> size_t (same width here) */
{
    return (size_t *)b->p;
}

static void load(const char *dir, const char *file)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    FILE *f = fopen(path, "rb");
    CHECK(f);
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    uint8_t *data = malloc((size_t)size);
    CHECK(data && fread(data, 1, (size_t)size, f) == (size_t)size);
    fclose(f);
    const uint8_t *p = data, *end = data + size;
    CHECK(memcmp(p, "TLDRTAB1", 8) == 0);
    p += 8;
    uint32_t u[9];
    int32_t unk;
    int64_t maxw;
    memcpy(u, p, sizeof u);
    p += sizeof u;
    memcpy(&unk, p, 4);
    memcpy(&maxw, p + 4, 8);
    p += 12;
    blobv pat, suf, pre, tok, toff, ids, dec, doff, mg, mt, moff, mseps, ad, aoff, aids, bids;
    blobv *all[] = {&pat, &suf, &pre, &tok, &toff, &ids, &dec, &doff, &mg, &mt, &moff, &mseps, &ad, &aoff, &aids, &bids};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++) CHECK(take_blob(&p, end, all[i]) == 0);
    tldr_bpe_config cfg = {
        .kind = (tldr_bpe_kind)u[0], .ignore_merges = (int)u[1], .byte_fallback = (int)u[2],
        .prepend = (tldr_bpe_prepend)u[3], .split_spaces = (int)u[4], .replace_space = (int)u[5],
        .keep_gaps = (int)u[6], .fuse_unk = (int)u[7], .unk_id = unk, .max_word_chars = (size_t)maxw,
        .suffix = suf.n ? suf.p : NULL, .suffix_len = suf.n, .prefix = pre.n ? pre.p : NULL, .prefix_len = pre.n,
        .byte_ids = bids.n ? (const int32_t *)bids.p : NULL,
    };
    size_t n = ids.n / 4;
    tldr_bpe_tables t = {{tok.p, offsets(&toff), n}, (const int32_t *)ids.p};
    if (dec.n || doff.n) t.decoded = (tldr_bpe_strings){dec.p, offsets(&doff), n};
    if (mg.n) t.merges = (const int32_t *)mg.p, t.n_merges = mg.n / 8;
    if (mseps.n) {
        size_t nm = mseps.n / 8;
        size_t *seps = (size_t *)mseps.p;
        for (size_t i = 0; i < nm; i++) /* < 0 (no separator) -> SIZE_MAX, as the binding does */
            if ((int64_t)seps[i] < 0) seps[i] = SIZE_MAX;
        t.merge_text = (tldr_bpe_strings){mt.p, offsets(&moff), nm};
        t.merge_seps = seps;
    }
    if (aids.n) t.added = (tldr_bpe_strings){ad.p, offsets(&aoff), aids.n / 4}, t.added_ids = (const int32_t *)aids.p;
    tldr_regex *re = NULL;
    char err[320];
    if (pat.n) CHECK(tldr_regex_compile(&re, (const char *)pat.p, pat.n, 0x10u, err, sizeof err) == TLDR_OK);
    loaded *L = &TOKS[NTOK];
    snprintf(L->name, sizeof L->name, "%s", file);
    tldr_status st = tldr_bpe_create(&L->bpe, &cfg, &t, re, err, sizeof err);
    if (st != TLDR_OK) fprintf(stderr, "%s: %s\n", file, err);
    CHECK(st == TLDR_OK);
    L->lossless = (int)u[8];
    L->n_added = t.added.n;
    NTOK++;
    for (size_t i = 0; i < sizeof all / sizeof *all; i++) free(all[i]->p); /* create copied the tables */
    free(data);
}

static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    const char *dir = getenv("TLDR_FUZZ_TABLES");
    if (!dir) dir = "build/fuzz/tables";
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "tokenizer_encode: no tables in %s (run fuzz/dump_tables.py)\n", dir);
        abort();
    }
    char *names[16];
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < 16) {
        size_t l = strlen(e->d_name);
        if (l > 4 && strcmp(e->d_name + l - 4, ".tab") == 0) names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, by_name); /* the same input picks the same tokenizer */
    for (size_t i = 0; i < n; i++) {
        load(dir, names[i]);
        free(names[i]);
    }
    CHECK(NTOK > 0);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    reader r = {data, size};
    loaded *L = &TOKS[take_u8(&r) % NTOK];
    uint8_t m = take_u8(&r);
    static uint8_t modes[4096];
    for (size_t i = 0; i < L->n_added && i < sizeof modes; i++)
        modes[i] = (m & 3) == 3 ? (uint8_t)((m >> 2) + i) % 3 : (m & 3);
    size_t len;
    const uint8_t *text = take_rest(&r, &len);
    const tldr_bpe *bpe = L->bpe;
    tldr_bpe_scratch *s = tldr_bpe_scratch_new(bpe);
    CHECK(s);
    tldr_bpe_out o = {0}, p = {0};
    tldr_bpe_error err = {0};
    const uint8_t *md = L->n_added && L->n_added <= sizeof modes ? modes : NULL;
    tldr_status st = tldr_bpe_encode(bpe, s, text, len, md, &o, &err);
    int valid = tldr_utf8_valid(text, len, NULL);
    if (!valid) {
        CHECK(st == TLDR_ERR_UTF8);
    } else if (st == TLDR_ERR_ARG) {
        CHECK(md && err.index < L->n_added && modes[err.index] == TLDR_ADDED_FORBID && err.pos < len);
    } else {
        CHECK(st == TLDR_OK);
        check_spans(&o, len);
        size_t dlen;
        uint8_t *dec = check_decode(bpe, &o, &dlen);
        if (L->lossless) {
            for (size_t i = 0; i < o.n; i++) CHECK(o.spans[2 * i] == (i ? o.spans[2 * i - 1] : 0));
            CHECK(len == 0 || (o.n && o.spans[2 * o.n - 1] == len));
            CHECK(dlen == len && (len == 0 || memcmp(dec, text, len) == 0));
        }
        free(dec);
        /* str offsets: in range and monotone once mapped to characters */
        size_t nchars = 0;
        for (size_t i = 0; i < len; i++) nchars += (text[i] & 0xC0) != 0x80;
        if (o.n) {
            size_t *cs = malloc(2 * o.n * sizeof *cs);
            CHECK(cs);
            memcpy(cs, o.spans, 2 * o.n * sizeof *cs);
            tldr_utf8_spans_to_chars(cs, o.n, text, len);
            for (size_t i = 0; i < o.n; i++) {
                CHECK(cs[2 * i] <= cs[2 * i + 1] && cs[2 * i + 1] <= nchars);
                if (i) CHECK(cs[2 * i] >= cs[2 * i - 2] && cs[2 * i + 1] >= cs[2 * i - 1]);
            }
            free(cs);
        }
        if (tldr_bpe_pretokenize(bpe, s, text, len, md, &p, &err) == TLDR_OK) check_pieces(&o, &p, len);
        if (m & 0x80) check_batch(bpe, text, len, md, &o);
    }
    tldr_bpe_out_free(&o);
    tldr_bpe_out_free(&p);
    tldr_bpe_scratch_free(s);
    return 0;
}
