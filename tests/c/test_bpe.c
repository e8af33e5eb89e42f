/* test_bpe.c: unit test of the tokenizer core from C (no Python): a tiny byte-level
 * vocab with merges, a regex pre-tokenizer, an added token, offsets, decode and the
 * error statuses. Built and run by tests/test_tokenizer_c.py; exits non-zero on failure. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tokenize/bpe.h"

static int failures = 0;
#define CHECK(cond)                                                         \
    do {                                                                    \
        if (!(cond)) {                                                      \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
            failures++;                                                     \
        }                                                                   \
    } while (0)

int main(void)
{
    /* vocab: the 256 bytes (id = byte), then "ab" 256, "abc" 257, " a" 258 */
    uint8_t blob[256 + 2 + 3 + 2];
    size_t offs[260];
    int32_t ids[259];
    size_t w = 0;
    for (int i = 0; i < 256; i++) {
        offs[i] = w;
        blob[w++] = (uint8_t)i;
        ids[i] = i;
    }
    const char *extra[3] = {"ab", "abc", " a"};
    for (int i = 0; i < 3; i++) {
        offs[256 + i] = w;
        memcpy(blob + w, extra[i], strlen(extra[i]));
        w += strlen(extra[i]);
        ids[256 + i] = 256 + i;
    }
    offs[259] = w;
    int32_t merges[] = {'a', 'b', 256, 'c', ' ', 'a'}; /* ranks 0, 1, 2 */
    const char *pat = " ?[a-z]+|\\s+|[^a-z\\s]+";
    tldr_regex *re = NULL;
    char err[256];
    CHECK(tldr_regex_compile(&re, pat, strlen(pat), 0, err, sizeof err) == TLDR_OK);
    const char *special = "<s>";
    size_t aoffs[2] = {0, 3};
    int32_t aid = 300;
    tldr_bpe_config cfg = {.kind = TLDR_BPE_BYTES, .keep_gaps = 1, .unk_id = -1};
    tldr_bpe *bpe = NULL;
    CHECK(tldr_bpe_create(&bpe, &cfg, 259, blob, offs, ids, NULL, NULL, 3, merges, NULL, 1,
                          (const uint8_t *)special, aoffs, &aid, re, err, sizeof err) == TLDR_OK);
    if (!bpe) return 1;
    CHECK(tldr_bpe_vocab_size(bpe) == 301);

    tldr_bpe_scratch *scr = tldr_bpe_scratch_new(bpe);
    tldr_bpe_out out = {0};
    const char *text = "abc ab<s>x";
    size_t ep = 0, ei = 0;
    CHECK(tldr_bpe_encode(bpe, scr, (const uint8_t *)text, strlen(text), NULL, 0, &out, &ep, &ei) == TLDR_OK);
    /* "abc" -> 257; " ab" -> " a"+"b"? ranks: ab(0) beats " a"(2): " ", "ab" */
    int32_t want_ids[] = {257, ' ', 256, 300, 'x'};
    size_t want_spans[] = {0, 3, 3, 4, 4, 6, 6, 9, 9, 10};
    CHECK(out.n == 5);
    for (size_t i = 0; i < out.n && i < 5; i++) {
        CHECK(out.ids[i] == want_ids[i]);
        CHECK(out.spans[2 * i] == want_spans[2 * i] && out.spans[2 * i + 1] == want_spans[2 * i + 1]);
    }
    /* a forbidden added token is reported with its position */
    uint8_t forbid = TLDR_ADDED_FORBID;
    out.n = 0;
    CHECK(tldr_bpe_encode(bpe, scr, (const uint8_t *)text, strlen(text), &forbid, 0, &out, &ep, &ei) == TLDR_ERR_ARG);
    CHECK(ep == 6 && ei == 0);
    /* invalid UTF-8 is refused, never read past */
    out.n = 0;
    CHECK(tldr_bpe_encode(bpe, scr, (const uint8_t *)"a\xff", 2, NULL, 0, &out, &ep, &ei) == TLDR_ERR_UTF8);
    /* offsets: a 2-byte character split across byte tokens widens to the whole character */
    out.n = 0;
    const char *utf = "x\xc3\xa9";
    CHECK(tldr_bpe_encode(bpe, scr, (const uint8_t *)utf, 3, NULL, 0, &out, &ep, &ei) == TLDR_OK);
    CHECK(out.n == 3);
    tldr_utf8_spans_to_chars(out.spans, out.n, (const uint8_t *)utf, 3);
    CHECK(out.spans[0] == 0 && out.spans[1] == 1);
    CHECK(out.spans[2] == 1 && out.spans[3] == 2 && out.spans[4] == 1 && out.spans[5] == 2);
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
    CHECK(tldr_bpe_create(&bpe, &cfg, 1, (const uint8_t *)"a", o1, &huge, NULL, NULL, 0, NULL, NULL, 0, NULL,
                          NULL, NULL, NULL, err, sizeof err) == TLDR_ERR_FORMAT);
    CHECK(bpe == NULL && strstr(err, "outside") != NULL);
    int32_t badmerge[] = {'a', 'z'}; /* "az" is not in the vocab */
    CHECK(tldr_bpe_create(&bpe, &cfg, 259, blob, offs, ids, NULL, NULL, 1, badmerge, NULL, 0, NULL, NULL, NULL,
                          NULL, err, sizeof err) == TLDR_ERR_FORMAT);
    CHECK(strstr(err, "merge #0") != NULL);
    if (failures) {
        fprintf(stderr, "%d check(s) failed\n", failures);
        return 1;
    }
    printf("ok\n");
    return 0;
}
