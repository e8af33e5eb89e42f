/* fuzz/tokenize_checks.h: the properties of an encode call that both tokenizer targets
 * check (fuzz/tokenizer_tables.c, fuzz/tokenizer_encode.c). */
#ifndef TLDR_FUZZ_TOKENIZE_CHECKS_H
#define TLDR_FUZZ_TOKENIZE_CHECKS_H

#include "harness.h"
#include "tokenize/bpe.h"

/* every span inside the text, starts non-decreasing */
static void check_spans(const tldr_bpe_out *o, size_t len)
{
    for (size_t i = 0; i < o->n; i++) {
        CHECK(o->spans[2 * i] <= o->spans[2 * i + 1] && o->spans[2 * i + 1] <= len);
        if (i) CHECK(o->spans[2 * i] >= o->spans[2 * i - 2]);
    }
}

/* pieces (pretokenize) do not overlap, and each non-empty token lies inside one piece:
 * the contract that lets the perturbation labels re-tokenize one piece only */
static void check_pieces(const tldr_bpe_out *tokens, const tldr_bpe_out *pieces, size_t len)
{
    check_spans(pieces, len);
    for (size_t i = 1; i < pieces->n; i++) CHECK(pieces->spans[2 * i] >= pieces->spans[2 * i - 1]);
    size_t k = 0;
    for (size_t i = 0; i < tokens->n && pieces->n; i++) {
        size_t a = tokens->spans[2 * i], b = tokens->spans[2 * i + 1];
        if (b == a) continue;
        while (k + 1 < pieces->n && pieces->spans[2 * (k + 1)] <= a) k++;
        CHECK(pieces->spans[2 * k] <= a && b <= pieces->spans[2 * k + 1]);
    }
}

/* every id of o decodes, decode's spans tile its output; returns the decoded bytes
 * (malloc'ed, *dlen bytes; dlen may be NULL) */
static uint8_t *check_decode(const tldr_bpe *bpe, const tldr_bpe_out *o, size_t *dlen)
{
    uint8_t *dec = NULL;
    size_t n = 0, bad = 0;
    size_t *sp = malloc((2 * o->n + 1) * sizeof *sp);
    CHECK(sp);
    CHECK(tldr_bpe_decode(bpe, o->ids, o->n, 0, &dec, &n, sp, &bad) == TLDR_OK);
    for (size_t i = 0; i < o->n; i++) CHECK(sp[2 * i] == (i ? sp[2 * i - 1] : 0) && sp[2 * i + 1] >= sp[2 * i]);
    CHECK(o->n == 0 || sp[2 * o->n - 1] == n);
    free(sp);
    if (dlen) *dlen = n;
    return dec;
}

/* a batch of [text, a prefix of it] on 2 threads gives the ids of the single encode o */
static void check_batch(const tldr_bpe *bpe, const uint8_t *text, size_t len, const uint8_t *modes,
                        const tldr_bpe_out *o)
{
    const uint8_t *texts[2] = {text, text};
    size_t lens[2] = {len, len / 2};
    while (lens[1] && !tldr_utf8_valid(text, lens[1], NULL)) lens[1]--; /* a whole character */
    tldr_bpe_texts in = {texts, lens, NULL, 2};
    tldr_bpe_batch *bt = NULL;
    tldr_bpe_scratch *warm = NULL;
    tldr_bpe_error err = {0};
    if (tldr_bpe_batch_encode(&bt, bpe, &in, modes, 2, &warm, &err) == TLDR_OK) {
        size_t nt = tldr_bpe_batch_tokens(bt);
        int32_t *ids = malloc((nt + 1) * sizeof *ids);
        int64_t *offs = malloc((2 * nt + 1) * sizeof *offs), rs[3];
        CHECK(ids && offs);
        CHECK(tldr_bpe_batch_gather(bt, ids, offs, rs) == TLDR_OK);
        CHECK((size_t)rs[1] == o->n && (o->n == 0 || memcmp(ids, o->ids, o->n * sizeof *ids) == 0));
        CHECK(rs[2] == (int64_t)nt);
        free(ids);
        free(offs);
    }
    tldr_bpe_batch_free(bt);
    tldr_bpe_scratch_free(warm);
}

#endif
