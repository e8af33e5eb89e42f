/* test_bpe.c: unit test of the tokenizer core from C (no Python): a tiny byte-level
 * vocab with merges, a regex pre-tokenizer, an added token, offsets, pre-tokens, a
 * batch on two threads, decode, a character-BPE and a WordPiece vocab, and the error
 * statuses. Built and run by tests/test_tokenizer_c.py; exits non-zero on failure. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tokenize/bpe.h"

static int failures = 0;
#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (!(cond)) {                                                               \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
            failures++;                                                              \
        }                                                                            \
    } while (0)

/* A string table from NUL-terminated strings (test vocabs hold no byte 0). */
typedef struct {
    uint8_t blob[4096];
    size_t offs[300];
    tldr_bpe_strings t;
} table;

static void table_set(table *tb, const char *const *s, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        tb->offs[i] = w;
        memcpy(tb->blob + w, s[i], strlen(s[i]));
        w += strlen(s[i]);
    }
    tb->offs[n] = w;
    tb->t = (tldr_bpe_strings){tb->blob, tb->offs, n};
}

static int same_ids(const tldr_bpe_out *o, const int32_t *want, size_t n)
{
    if (o->n != n) return 0;
    for (size_t i = 0; i < n; i++)
        if (o->ids[i] != want[i]) return 0;
    return 1;
}

static void test_bytelevel(void)
{
    /* vocab: the 256 bytes (id = byte), then "ab" 256, "abc" 257, " a" 258 */
    static table vocab;
    int32_t ids[259];
    for (int i = 0; i < 256; i++) {
        vocab.offs[i] = (size_t)i;
        vocab.blob[i] = (uint8_t)i;
        ids[i] = i;
    }
    const char *extra[3] = {"ab", "abc", " a"};
    size_t w = 256;
    for (int i = 0; i < 3; i++) {
        vocab.offs[256 + i] = w;
        memcpy(vocab.blob + w, extra[i], strlen(extra[i]));
        w += strlen(extra[i]);
        ids[256 + i] = 256 + i;
    }
    vocab.offs[259] = w;
    vocab.t = (tldr_bpe_strings){vocab.blob, vocab.offs, 259};
    int32_t merges[] = {'a', 'b', 256, 'c', ' ', 'a'}; /* ranks 0, 1, 2 */
    const char *pat = " ?[a-z]+|\\s+|[^a-z\\s]+";
    tldr_regex *re = NULL;
    char err[256];
    CHECK(tldr_regex_compile(&re, pat, strlen(pat), 0, err, sizeof err) == TLDR_OK);
    table added;
    const char *special[1] = {"<s>"};
    table_set(&added, special, 1);
    int32_t aid = 300;
    tldr_bpe_tables t = {.tokens = vocab.t, .ids = ids, .merges = merges, .n_merges = 3, .added = added.t,
                         .added_ids = &aid};
    tldr_bpe_config cfg = {.kind = TLDR_BPE_BYTES, .keep_gaps = 1, .unk_id = -1};
    tldr_bpe *bpe = NULL;
    CHECK(tldr_bpe_create(&bpe, &cfg, &t, re, err, sizeof err) == TLDR_OK);
    if (!bpe) return; /* the CHECK above counted the failure */
    CHECK(tldr_bpe_vocab_size(bpe) == 301);
    CHECK(tldr_bpe_lookup(bpe, (const uint8_t *)"abc", 3) == 257 && tldr_bpe_lookup(bpe, (const uint8_t *)"zz", 2) < 0);

    tldr_bpe_scratch *scr = tldr_bpe_scratch_new(bpe);
    tldr_bpe_out out = {0};
    tldr_bpe_error e = {0};
    const char *text = "abc ab<s>x";
    CHECK(tldr_bpe_encode(bpe, scr, (const uint8_t *)text, strlen(text), NULL, &out, &e) == TLDR_OK);
    /* "abc" -> 257; " ab": ab (rank 0) beats " a" (rank 2): " ", "ab" */
    int32_t want_ids[] = {257, ' ', 256, 300, 'x'};
    size_t want_spans[] = {0, 3, 3, 4, 4, 6, 6, 9, 9, 10};
    CHECK(same_ids(&out, want_ids, 5));
    for (size_t i = 0; i < out.n && i < 5; i++)
        CHECK(out.spans[2 * i] == want_spans[2 * i] && out.spans[2 * i + 1] == want_spans[2 * i + 1]);
    /* the pre-tokens: regex pieces, and the added token with its id */
    out.n = 0;
    CHECK(tldr_bpe_pretokenize(bpe, scr, (const uint8_t *)text, strlen(text), NULL, &out, &e) == TLDR_OK);
    int32_t want_pieces[] = {-1, -1, 300, -1};
    CHECK(same_ids(&out, want_pieces, 4) && out.spans[2] == 3 && out.spans[3] == 6);
    /* a forbidden added token is reported with its position; as text it is bytes */
    uint8_t mode = TLDR_ADDED_FORBID;
    out.n = 0;
    CHECK(tldr_bpe_encode(bpe, scr, (const uint8_t *)text, strlen(text), &mode, &out, &e) == TLDR_ERR_ARG);
    CHECK(e.pos == 6 && e.index == 0);
    mode = TLDR_ADDED_TEXT;
    out.n = 0;
    CHECK(tldr_bpe_encode(bpe, scr, (const uint8_t *)"<s>", 3, &mode, &out, &e) == TLDR_OK);
    int32_t as_text[] = {'<', 's', '>'};
    CHECK(same_ids(&out, as_text, 3));
    /* invalid UTF-8 is refused, never read past */
    out.n = 0;
    CHECK(tldr_bpe_encode(bpe, scr, (const uint8_t *)"a\xff", 2, NULL, &out, &e) == TLDR_ERR_UTF8 && e.pos == 1);
    /* offsets: a 2-byte character split across byte tokens widens to the whole character */
    out.n = 0;
    const char *utf = "x\xc3\xa9";
    CHECK(tldr_bpe_encode(bpe, scr, (const uint8_t *)utf, 3, NULL, &out, &e) == TLDR_OK);
    CHECK(out.n == 3);
    tldr_utf8_spans_to_chars(out.spans, out.n, (const uint8_t *)utf, 3);
    CHECK(out.spans[0] == 0 && out.spans[1] == 1);
    CHECK(out.spans[2] == 1 && out.spans[3] == 2 && out.spans[4] == 1 && out.spans[5] == 2);

    /* a batch on two threads equals the texts one by one, offsets in characters; an
     * error names the failing text */
    enum { NB = 3000 };
    static const uint8_t *texts[NB];
    static size_t lens[NB];
    const char *pool[4] = {"abc ab<s>x", "x\xc3\xa9 abab", "", "   abcabc  "};
    for (size_t i = 0; i < NB; i++) {
        texts[i] = (const uint8_t *)pool[i % 4];
        lens[i] = strlen(pool[i % 4]);
    }
    tldr_bpe_texts in = {texts, lens, NULL, NB};
    tldr_bpe_batch *batch = NULL;
    tldr_bpe_scratch *warm = NULL;
    CHECK(tldr_bpe_batch_encode(&batch, bpe, &in, NULL, 2, &warm, &e) == TLDR_OK);
    CHECK(warm != NULL);
    if (batch) {
        size_t nt = tldr_bpe_batch_tokens(batch);
        int32_t *bids = malloc((nt + 1) * sizeof *bids);
        int64_t *boffs = malloc((2 * nt + 1) * sizeof *boffs), *rs = malloc((NB + 1) * sizeof *rs);
        CHECK(tldr_bpe_batch_gather(batch, bids, boffs, rs) == TLDR_OK);
        CHECK(rs[0] == 0 && (size_t)rs[NB] == nt);
        for (size_t i = 0; i < 4; i++) {
            out.n = 0;
            CHECK(tldr_bpe_encode(bpe, scr, texts[i], lens[i], NULL, &out, &e) == TLDR_OK);
            tldr_utf8_spans_to_chars(out.spans, out.n, texts[i], lens[i]);
            for (size_t r = i; r < NB; r += 4) {
                CHECK((size_t)(rs[r + 1] - rs[r]) == out.n);
                for (size_t k = 0; k < out.n && (size_t)(rs[r + 1] - rs[r]) == out.n; k++) {
                    CHECK(bids[rs[r] + k] == out.ids[k]);
                    CHECK(boffs[2 * (rs[r] + k)] == (int64_t)out.spans[2 * k]);
                    CHECK(boffs[2 * (rs[r] + k) + 1] == (int64_t)out.spans[2 * k + 1]);
                }
            }
        }
        free(bids);
        free(boffs);
        free(rs);
        tldr_bpe_batch_free(batch);
    }
    /* without a warm scratch to hand back (the one made inside is freed: LeakSanitizer) */
    CHECK(tldr_bpe_batch_encode(&batch, bpe, &in, NULL, 1, NULL, &e) == TLDR_OK);
    tldr_bpe_batch_free(batch);
    mode = TLDR_ADDED_FORBID;
    CHECK(tldr_bpe_batch_encode(&batch, bpe, &in, &mode, 2, &warm, &e) == TLDR_ERR_ARG && batch == NULL);
    CHECK(e.item == 0 && e.pos == 6); /* text 0 holds "<s>" too, and is first */
    tldr_bpe_scratch_free(warm);

    /* decode concatenates bytes and reports spans; unknown ids are an error */
    int32_t dids[] = {257, 300};
    uint8_t *dec = NULL;
    size_t dlen = 0, dsp[4], bad = 0;
    CHECK(tldr_bpe_decode(bpe, dids, 2, 0, &dec, &dlen, dsp, &bad) == TLDR_OK);
    CHECK(dlen == 6 && memcmp(dec, "abc<s>", 6) == 0 && dsp[2] == 3 && dsp[3] == 6);
    free(dec);
    int32_t badids[] = {1, 299};
    CHECK(tldr_bpe_decode(bpe, badids, 2, 0, &dec, &dlen, NULL, &bad) == TLDR_ERR_ARG && bad == 1);
    tldr_bpe_out_free(&out);
    tldr_bpe_scratch_free(scr);
    tldr_bpe_free(bpe);

    /* malformed inputs fail with TLDR_ERR_FORMAT and a message, allocating nothing big */
    int32_t huge = 1 << 30;
    size_t o1[2] = {0, 1};
    tldr_bpe_tables bad_id = {.tokens = {(const uint8_t *)"a", o1, 1}, .ids = &huge};
    CHECK(tldr_bpe_create(&bpe, &cfg, &bad_id, NULL, err, sizeof err) == TLDR_ERR_FORMAT);
    CHECK(bpe == NULL && strstr(err, "outside") != NULL);
    int32_t badmerge[] = {'a', 'z'}; /* "az" is not in the vocab */
    tldr_bpe_tables bad_merge = {.tokens = vocab.t, .ids = ids, .merges = badmerge, .n_merges = 1};
    CHECK(tldr_bpe_create(&bpe, &cfg, &bad_merge, NULL, err, sizeof err) == TLDR_ERR_FORMAT);
    CHECK(strstr(err, "merge #0") != NULL);
    tldr_bpe_config long_suffix = cfg;
    long_suffix.suffix = (const uint8_t *)"0123456789012345678901234567890123456789";
    long_suffix.suffix_len = 40;
    CHECK(tldr_bpe_create(&bpe, &long_suffix, &t, NULL, err, sizeof err) == TLDR_ERR_ARG);
    CHECK(strstr(err, "at most") != NULL);
}

static void test_chars(void)
{
    /* SentencePiece-style: U+2581 ("\xe2\x96\x81"), a, b, "\xe2\x96\x81a", ab; <0xC3> <0xA9> */
    const char *toks[] = {"\xe2\x96\x81", "a", "b", "\xe2\x96\x81" "a", "ab", "<0xC3>", "<0xA9>"};
    table vocab, mt;
    table_set(&vocab, toks, 7);
    int32_t ids[] = {1, 2, 3, 4, 5, 6, 7};
    const char *merges[] = {"\xe2\x96\x81 a", "a b"};
    table_set(&mt, merges, 2);
    size_t seps[] = {3, 1};
    int32_t byte_ids[256];
    for (int i = 0; i < 256; i++) byte_ids[i] = -1;
    byte_ids[0xC3] = 6;
    byte_ids[0xA9] = 7;
    tldr_bpe_tables t = {.tokens = vocab.t, .ids = ids, .merge_text = mt.t, .merge_seps = seps};
    tldr_bpe_config cfg = {.kind = TLDR_BPE_CHARS, .byte_fallback = 1, .prepend = TLDR_PREPEND_ALWAYS,
                           .replace_space = 1, .unk_id = -1, .byte_ids = byte_ids};
    tldr_bpe *bpe = NULL;
    char err[256];
    CHECK(tldr_bpe_create(&bpe, &cfg, &t, NULL, err, sizeof err) == TLDR_OK);
    if (!bpe) return; /* the CHECK above counted the failure */
    tldr_bpe_scratch *scr = tldr_bpe_scratch_new(bpe);
    tldr_bpe_out out = {0};
    tldr_bpe_error e;
    /* "ab \xc3\xa9" is two words, the prepended U+2581 + "ab", then " \xc3\xa9". In the
     * first, "U+2581 a" (rank 0) merges before "a b" (rank 1) and covers only "a" (the
     * prepended symbol stands for no character); in the second, ' ' is U+2581 and the
     * character missing from the vocab becomes its two byte tokens. */
    const char *text = "ab \xc3\xa9";
    CHECK(tldr_bpe_encode(bpe, scr, (const uint8_t *)text, strlen(text), NULL, &out, &e) == TLDR_OK);
    int32_t want[] = {4, 3, 1, 6, 7};
    size_t spans[] = {0, 1, 1, 2, 2, 3, 3, 4, 4, 5};
    CHECK(same_ids(&out, want, 5));
    for (size_t i = 0; i < out.n && i < 5; i++) CHECK(out.spans[2 * i] == spans[2 * i] && out.spans[2 * i + 1] == spans[2 * i + 1]);
    /* words: a new one at a space run that follows another character */
    out.n = 0;
    CHECK(tldr_bpe_pretokenize(bpe, scr, (const uint8_t *)"ab  ab", 6, NULL, &out, &e) == TLDR_OK);
    CHECK(out.n == 2 && out.spans[1] == 2 && out.spans[2] == 2 && out.spans[3] == 6);
    tldr_bpe_out_free(&out);
    tldr_bpe_scratch_free(scr);
    tldr_bpe_free(bpe);
}

static void test_wordpiece(void)
{
    const char *toks[] = {"[UNK]", "un", "##aff", "##able", "a"};
    table vocab;
    table_set(&vocab, toks, 5);
    int32_t ids[] = {0, 1, 2, 3, 4};
    const char *pat = "\\S+";
    tldr_regex *re = NULL;
    char err[256];
    CHECK(tldr_regex_compile(&re, pat, strlen(pat), 0, err, sizeof err) == TLDR_OK);
    tldr_bpe_tables t = {.tokens = vocab.t, .ids = ids};
    tldr_bpe_config cfg = {.kind = TLDR_BPE_WORDPIECE, .unk_id = 0, .prefix = (const uint8_t *)"##", .prefix_len = 2,
                           .max_word_chars = 100};
    tldr_bpe *bpe = NULL;
    CHECK(tldr_bpe_create(&bpe, &cfg, &t, re, err, sizeof err) == TLDR_OK);
    if (!bpe) return; /* the CHECK above counted the failure */
    tldr_bpe_scratch *scr = tldr_bpe_scratch_new(bpe);
    tldr_bpe_out out = {0};
    tldr_bpe_error e;
    CHECK(tldr_bpe_encode(bpe, scr, (const uint8_t *)"unaffable a unx", 15, NULL, &out, &e) == TLDR_OK);
    int32_t want[] = {1, 2, 3, 4, 0}; /* "unx": "un" then nothing for "x": the whole word is [UNK] */
    CHECK(same_ids(&out, want, 5));
    CHECK(out.n == 5 && out.spans[8] == 12 && out.spans[9] == 15);
    tldr_bpe_out_free(&out);
    tldr_bpe_scratch_free(scr);
    tldr_bpe_free(bpe);
}

int main(void)
{
    test_bytelevel();
    test_chars();
    test_wordpiece();
    if (failures) {
        fprintf(stderr, "%d check(s) failed\n", failures);
        return 1;
    }
    printf("ok\n");
    return 0;
}
