/* fuzz/lexicon.c: the perturbation engine's lexicon parser (csrc/core/perturb/lexicon.c
 * through tldr_perturb_engine_new) on mutated lexicon files, then a few draws and an
 * enumeration with whatever engine it builds.
 *
 * Input: byte 0 picks the kind of the file under test (spatial, attributes, objects,
 * nouns, verbs, words, patterns, weights) and whether it replaces the default file of
 * that kind or is added after it; byte 1 picks a caption (or, when odd, the caption is
 * the tail after a 0 byte in the input); the rest is the file. The other files are the
 * defaults of tldr/data/perturb, shortened (comments dropped, at most MINI_ITEMS
 * alternatives per line), except weights.lex, nouns.lex, verbs.lex and patterns.txt,
 * left out unless their kind is under test (then the first MINI_LINES lines of each):
 * the engine needs none of them. Parsing the full defaults (weights.lex alone is 580 KB)
 * took most of an execution under comparison tracing (about 100 executions a second);
 * the short ones keep every class and line shape the parser and the site finders meet,
 * and the initializer checks that they build an engine that writes negatives.
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

/* The default files in the order the package reads them (tldr/perturb/lexicon.py
 * load_files: words files first, then the rest by name). `big`: left out unless its kind
 * is under test. */
static const struct {
    const char *name;
    int kind, big;
} FILES[] = {
    {"words.lex", TLDR_LEX_WORDS, 0},           {"words_animate.lex", TLDR_LEX_WORDS, 0},
    {"attributes.lex", TLDR_LEX_ATTRIBUTES, 0}, {"nouns.lex", TLDR_LEX_NOUNS, 1},
    {"objects.lex", TLDR_LEX_OBJECTS, 0},       {"patterns.txt", TLDR_LEX_PATTERNS, 1},
    {"spatial.lex", TLDR_LEX_SPATIAL, 0},       {"verbs.lex", TLDR_LEX_VERBS, 1},
    {"weights.lex", TLDR_LEX_WEIGHTS, 1},
};
enum { NFILES = sizeof FILES / sizeof FILES[0] };
static uint8_t *DEFAULT[NFILES];
static size_t DEFAULT_LEN[NFILES];

static const char *const CAPTIONS[] = {
    "A man riding a red bike next to two dogs on the left of a bus.",
    "Three cats are sitting on a wooden table without a tablecloth.",
    "A sign that says \"STOP\" at 10:30 pm, with 2 people and a small bird.",
    "The woman is not holding an umbrella; she has no hat.",
    "",
};

enum { MINI_ITEMS = 3, MINI_LINES = 64 };

/* a lexicon file with its comment lines dropped, each "name: a, b, c, ..." line cut to
 * its first MINI_ITEMS comma-separated items, and at most max_lines lines (in place;
 * returns the new length) */
static size_t shorten(uint8_t *buf, size_t n, size_t max_lines)
{
    size_t w = 0, i = 0, lines = 0;
    while (i < n && lines < max_lines) {
        size_t e = i;
        while (e < n && buf[e] != '\n') e++;
        if (buf[i] != '#') {
            size_t items = 0, k = i;
            while (k < e) {
                if (buf[k] == ',' && ++items == MINI_ITEMS) break;
                k++;
            }
            memmove(buf + w, buf + i, k - i);
            w += k - i;
            buf[w++] = '\n';
            lines++;
        }
        i = e + 1;
    }
    return w;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    for (int k = 0; k < NFILES; k++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/perturb/%s", TLDR_FUZZ_DATA, FILES[k].name);
        FILE *f = fopen(path, "rb");
        CHECK(f);
        fseek(f, 0, SEEK_END);
        long n = ftell(f);
        fseek(f, 0, SEEK_SET);
        DEFAULT[k] = malloc((size_t)n + 1);
        CHECK(DEFAULT[k] && fread(DEFAULT[k], 1, (size_t)n, f) == (size_t)n);
        DEFAULT_LEN[k] = (size_t)n;
        fclose(f);
        /* patterns.txt is regular expressions, not lists: kept whole (1.6 KB) */
        if (FILES[k].kind != TLDR_LEX_PATTERNS)
            DEFAULT_LEN[k] = shorten(DEFAULT[k], DEFAULT_LEN[k], FILES[k].big ? MINI_LINES : SIZE_MAX);
    }
    /* the short defaults alone build an engine that writes negatives of the first caption */
    const char *names[NFILES];
    int kinds[NFILES];
    const uint8_t *datas[NFILES];
    size_t lens[NFILES], n = 0;
    for (int k = 0; k < NFILES; k++) {
        if (FILES[k].big) continue;
        names[n] = FILES[k].name, kinds[n] = FILES[k].kind, datas[n] = DEFAULT[k], lens[n++] = DEFAULT_LEN[k];
    }
    tldr_perturb_engine *eng = NULL;
    char err[512] = "";
    if (tldr_perturb_engine_new(&eng, n, names, kinds, datas, lens, err, sizeof err) != TLDR_OK) {
        fprintf(stderr, "the shortened default lexicons do not build an engine: %s\n", err);
        abort();
    }
    tldr_perturb_scratch *s = tldr_perturb_scratch_new(eng);
    CHECK(s);
    int cats[TLDR_PERTURB_NCAT] = {0, 1, 2, 3, 4, 5, 6, 7};
    tldr_perturb_result *res = NULL;
    size_t nres = 0;
    CHECK(tldr_perturb_draw(s, (const uint8_t *)CAPTIONS[0], strlen(CAPTIONS[0]), cats, TLDR_PERTURB_NCAT, 8, 1,
                            0xFF, &res, &nres) == TLDR_OK);
    CHECK(nres >= 4);
    tldr_perturb_results_free(res, nres);
    tldr_perturb_scratch_free(s);
    tldr_perturb_engine_free(eng);
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
    /* the defaults in the package's order; the file under test replaces the first default
     * of its kind or comes after the last one */
    const char *names[NFILES + 1];
    int kinds[NFILES + 1];
    const uint8_t *datas[NFILES + 1];
    size_t lens[NFILES + 1], n = 0;
    int placed = 0;
    for (int k = 0; k < NFILES; k++) {
        int under_test = FILES[k].kind == kind;
        int last_of_kind = under_test && (k + 1 == NFILES || FILES[k + 1].kind != kind);
        if (under_test && replace && !placed) {
            names[n] = "fuzz.lex", kinds[n] = kind, datas[n] = file, lens[n++] = flen;
            placed = 1;
            continue;
        }
        if (!under_test && FILES[k].big) continue;
        names[n] = FILES[k].name, kinds[n] = FILES[k].kind, datas[n] = DEFAULT[k], lens[n++] = DEFAULT_LEN[k];
        if (last_of_kind && !placed) {
            names[n] = "fuzz.lex", kinds[n] = kind, datas[n] = file, lens[n++] = flen;
            placed = 1;
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
