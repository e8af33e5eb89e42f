/* fuzz/lexicon.c: the perturbation engine's lexicon parser (csrc/core/perturb/lexicon.c
 * through tldr_perturb_engine_new) on mutated lexicon files, then a few draws and an
 * enumeration with whatever engine it builds.
 *
 * Input: byte 0 picks the kind of the file under test (spatial, attributes, objects,
 * nouns, verbs, words, patterns, weights) and whether it replaces the default file of
 * that kind or is added after it; byte 1 picks a caption (or, when odd, the caption is
 * the tail after a 0 byte in the input); the rest is the file. The other files are the
 * defaults of tldr/data/perturb, except weights.lex, nouns.lex, verbs.lex and
 * patterns.txt, left out unless under test (large, or compiled with JIT: without them an
 * execution is ten times faster, and the engine needs none of them).
 * Properties: the engine is built or refused with a "name:line: message" error; a built
 * engine draws and enumerates without error on valid UTF-8 (an invalid caption is
 * TLDR_ERR_UTF8), every negative is valid UTF-8 with edits sorted, inside the caption and
 * inside the negative, and the negative equals the caption with its edits applied.
 */
#include "harness.h"
#include "perturb/perturb.h"
#include "util/utf8.h"

#ifndef TLDR_FUZZ_DATA
#define TLDR_FUZZ_DATA "tldr/data"
#endif

static const char *const FILES[TLDR_LEX_NKINDS] = {"spatial.lex", "attributes.lex", "objects.lex", "nouns.lex",
                                                   "verbs.lex",   "words.lex",      "patterns.txt", "weights.lex"};
static uint8_t *DEFAULT[TLDR_LEX_NKINDS];
static size_t DEFAULT_LEN[TLDR_LEX_NKINDS];

static const char *const CAPTIONS[] = {
    "A man riding a red bike next to two dogs on the left of a bus.",
    "Three cats are sitting on a wooden table without a tablecloth.",
    "A sign that says \"STOP\" at 10:30 pm, with 2 people and a small bird.",
    "The woman is not holding an umbrella; she has no hat.",
    "",
};

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    for (int k = 0; k < TLDR_LEX_NKINDS; k++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/perturb/%s", TLDR_FUZZ_DATA, FILES[k]);
        FILE *f = fopen(path, "rb");
        CHECK(f);
        fseek(f, 0, SEEK_END);
        long n = ftell(f);
        fseek(f, 0, SEEK_SET);
        DEFAULT[k] = malloc((size_t)n + 1);
        CHECK(DEFAULT[k] && fread(DEFAULT[k], 1, (size_t)n, f) == (size_t)n);
        DEFAULT_LEN[k] = (size_t)n;
        fclose(f);
    }
    return 0;
}

static void check_result(const tldr_perturb_result *r, const uint8_t *cap, size_t len)
{
    CHECK(tldr_utf8_valid((const uint8_t *)r->text, r->len, NULL));
    CHECK(r->cat >= 0 && r->cat < TLDR_PERTURB_NCAT);
    size_t prev = 0, pos_o = 0, pos_n = 0;
    for (size_t q = 0; q < r->n_edits; q++) {
        const tldr_perturb_edit *e = &r->edits[q];
        CHECK(e->start >= prev && e->start <= e->end && e->end <= len);
        CHECK(e->new_start <= e->new_end && e->new_end <= r->len);
        /* the text between edits is copied: same length and bytes on both sides */
        CHECK(e->start - pos_o == e->new_start - pos_n);
        CHECK(memcmp(cap + pos_o, r->text + pos_n, e->start - pos_o) == 0);
        pos_o = e->end;
        pos_n = e->new_end;
        prev = e->end;
    }
    CHECK(len - pos_o == r->len - pos_n && memcmp(cap + pos_o, r->text + pos_n, len - pos_o) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    reader r = {data, size};
    uint8_t sel = take_u8(&r), cs = take_u8(&r);
    int kind = sel % TLDR_LEX_NKINDS, replace = (sel >> 3) & 1;
    size_t flen;
    const uint8_t *file = take_rest(&r, &flen);
    const uint8_t *cap = (const uint8_t *)CAPTIONS[cs % 5];
    size_t clen = strlen(CAPTIONS[cs % 5]);
    if (cs & 1) { /* the caption is the tail of the input after a 0 byte */
        const uint8_t *z = memchr(file, 0, flen);
        if (z) {
            cap = z + 1;
            clen = flen - (size_t)(z + 1 - file);
            flen = (size_t)(z - file);
        }
    }
    /* words first (the other files name its classes), then the rest in kind order */
    const char *names[TLDR_LEX_NKINDS + 1];
    int kinds[TLDR_LEX_NKINDS + 1];
    const uint8_t *datas[TLDR_LEX_NKINDS + 1];
    size_t lens[TLDR_LEX_NKINDS + 1], n = 0;
    static const int ORDER[TLDR_LEX_NKINDS] = {TLDR_LEX_WORDS,   TLDR_LEX_SPATIAL, TLDR_LEX_ATTRIBUTES,
                                               TLDR_LEX_OBJECTS, TLDR_LEX_NOUNS,   TLDR_LEX_VERBS,
                                               TLDR_LEX_PATTERNS, TLDR_LEX_WEIGHTS};
    for (int i = 0; i < TLDR_LEX_NKINDS; i++) {
        int k = ORDER[i];
        int under_test = k == kind;
        if (!under_test && (k == TLDR_LEX_WEIGHTS || k == TLDR_LEX_NOUNS || k == TLDR_LEX_VERBS || k == TLDR_LEX_PATTERNS))
            continue;
        if (!(under_test && replace)) {
            names[n] = FILES[k], kinds[n] = k, datas[n] = DEFAULT[k], lens[n] = DEFAULT_LEN[k];
            n++;
        }
        if (under_test) {
            names[n] = "fuzz.lex", kinds[n] = k, datas[n] = file, lens[n] = flen;
            n++;
        }
    }
    tldr_perturb_engine *eng = NULL;
    char err[512] = "";
    tldr_status st = tldr_perturb_engine_new(&eng, n, names, kinds, datas, lens, err, sizeof err);
    CHECK(st == TLDR_OK || st == TLDR_ERR_FORMAT || st == TLDR_ERR_NOMEM || st == TLDR_ERR_LIMIT);
    if (st == TLDR_ERR_FORMAT) CHECK(err[0] != 0 && strchr(err, ':'));
    if (st != TLDR_OK) return 0;
    tldr_perturb_scratch *s = tldr_perturb_scratch_new(eng);
    CHECK(s);
    int cats[TLDR_PERTURB_NCAT] = {0, 1, 2, 3, 4, 5, 6, 7};
    tldr_perturb_result *res = NULL;
    size_t nres = 0;
    int valid = tldr_utf8_valid(cap, clen, NULL);
    st = tldr_perturb_draw(s, cap, clen, cats, TLDR_PERTURB_NCAT, 4, sel, 0xFF, &res, &nres);
    CHECK(valid ? (st == TLDR_OK || st == TLDR_ERR_REGEX || st == TLDR_ERR_LIMIT) : st == TLDR_ERR_UTF8);
    for (size_t i = 0; st == TLDR_OK && i < nres; i++) check_result(&res[i], cap, clen);
    tldr_perturb_results_free(res, nres);
    res = NULL;
    nres = 0;
    st = tldr_perturb_enumerate(s, cap, clen, cs % TLDR_PERTURB_NCAT, &res, &nres);
    CHECK(valid ? (st == TLDR_OK || st == TLDR_ERR_REGEX || st == TLDR_ERR_LIMIT) : st == TLDR_ERR_UTF8);
    for (size_t i = 0; st == TLDR_OK && i < nres; i++) check_result(&res[i], cap, clen);
    tldr_perturb_results_free(res, nres);
    tldr_perturb_scratch_free(s);
    tldr_perturb_engine_free(eng);
    return 0;
}
