/* perturb/lexicon.c: the parser of the lexicon files (the .lex files and patterns.txt of
 * tldr/data/perturb/; the format is in docs/perturbation.md, "Lexicon files").
 *
 * A file is UTF-8 lines; blank lines and lines starting with '#' are skipped; every other
 * line is `name: body`:
 *   words      name: phrase, phrase, ...            (a named class of function words)
 *   weights    phrase: count                        (count: 1 to 9 digits)
 *   patterns   quote|protect: REGEX                 (PCRE2, compiled here)
 *   the rest   [*]name: value, value, ...           (a class; '*': needs no context)
 *              value = form [= form ...]            (synonyms; the first is written)
 *              form  = phrase[/plural][>CLASS]      ('/plural' for nouns and verbs only;
 *                                                     >CLASS: the next word is in CLASS)
 * A phrase is at most PHRASE_MAX_WORDS words separated by whitespace, stored in lower case
 * joined by one space. Errors are TLDR_ERR_FORMAT with "file:line: message".
 */
#include "perturb/perturb_internal.h"

#include <stdio.h>
#include <stdlib.h>

typedef struct {
    tldr_perturb_engine *E;
    const char *fname;
    size_t line;
    char *err;
    size_t errlen;
} parse_ctx;

/* Longest piece of an offending entry quoted in a message (cut at a character start, so
 * the message stays valid UTF-8). */
#define QUOTE_MAX 40

static tldr_status perr(parse_ctx *c, const char *msg, const char *s, size_t n)
{
    if (s) {
        size_t q = n > QUOTE_MAX ? QUOTE_MAX : n;
        while (q < n && q > 0 && ((uint8_t)s[q] & 0xC0) == 0x80) q--;
        snprintf(c->err, c->errlen, "%s:%zu: %s '%.*s'", c->fname, c->line, msg, (int)q, s);
    } else {
        snprintf(c->err, c->errlen, "%s:%zu: %s", c->fname, c->line, msg);
    }
    return TLDR_ERR_FORMAT;
}

static void strip(const char **s, size_t *n)
{
    while (*n && is_ws((uint8_t)**s)) {
        (*s)++;
        (*n)--;
    }
    while (*n && is_ws((uint8_t)(*s)[*n - 1])) (*n)--;
}

/* The phrase of an entry, its words in lower case joined by one space, appended to the
 * pool at *off (*plen bytes). */
static tldr_status parse_phrase(parse_ctx *c, const char *s, size_t n, size_t *off, size_t *plen)
{
    tldr_perturb_engine *E = c->E;
    strip(&s, &n);
    if (!n) return perr(c, "empty entry", NULL, 0);
    tldr_vec sp = TLDR_VEC(size_t);
    tldr_status st = pt_split_words(&sp, (const uint8_t *)s, n);
    if (st) return st;
    size_t nw = sp.n / 2;
    /* the entry must be words separated by whitespace only: its length with every
     * whitespace run counted as one byte equals the joined phrase's */
    size_t normlen = 0, phlen = 0;
    int prev_ws = 0;
    for (size_t i = 0; i < n; i++) {
        int w = is_ws((uint8_t)s[i]);
        if (!w || !prev_ws) normlen++;
        prev_ws = w;
    }
    for (size_t k = 0; k < nw; k++)
        phlen += TLDR_VEC_AT(sp, size_t, 2 * k + 1) - TLDR_VEC_AT(sp, size_t, 2 * k) + (k ? 1 : 0);
    if (!nw || phlen != normlen) st = perr(c, "is not a sequence of words:", s, n);
    else if (nw > PHRASE_MAX_WORDS) st = perr(c, "has more than 6 words:", s, n);
    else st = tldr_vec_reserve(&E->pool, E->pool.n + phlen + 1);
    if (st) {
        tldr_vec_free(&sp);
        return st;
    }
    if (nw > E->maxw) E->maxw = nw;
    *off = E->pool.n;
    char *dst = (char *)E->pool.p + E->pool.n;
    for (size_t k = 0; k < nw; k++) {
        if (k) *dst++ = ' ';
        for (size_t b = TLDR_VEC_AT(sp, size_t, 2 * k); b < TLDR_VEC_AT(sp, size_t, 2 * k + 1); b++)
            *dst++ = (char)ascii_lower((uint8_t)s[b]);
    }
    *dst = 0;
    E->pool.n += phlen + 1;
    *plen = phlen;
    tldr_vec_free(&sp);
    return TLDR_OK;
}

/* The English plural of the pool phrase at off (n bytes), appended to the pool:
 * -s, -x, -z, -ch, -sh take -es; a consonant + y becomes -ies; else -s. */
static tldr_status regular_plural(tldr_perturb_engine *E, size_t off, size_t n, size_t *poff, size_t *plen)
{
    tldr_status st = tldr_vec_reserve(&E->pool, E->pool.n + n + 4);
    if (st) return st;
    const char *w = pool_str(E, off); /* after the reserve: the pool does not move below */
    char *dst = (char *)E->pool.p + E->pool.n;
    memcpy(dst, w, n);
    size_t m = n;
    char last = n ? w[n - 1] : 0;
    if (last == 's' || last == 'x' || last == 'z' || (n >= 2 && last == 'h' && (w[n - 2] == 'c' || w[n - 2] == 's'))) {
        dst[m++] = 'e';
        dst[m++] = 's';
    } else if (n >= 2 && last == 'y' && !strchr("aeiou", w[n - 2])) {
        dst[m - 1] = 'i';
        dst[m++] = 'e';
        dst[m++] = 's';
    } else {
        dst[m++] = 's';
    }
    dst[m] = 0;
    *poff = E->pool.n;
    *plen = m;
    E->pool.n += m + 1;
    return TLDR_OK;
}

/* A form's singular and, for nouns and verbs, plural ("/plural" or the regular one). */
static tldr_status parse_form(parse_ctx *c, int kind, const char *f, size_t fn, form_t *fm)
{
    tldr_perturb_engine *E = c->E;
    const char *sl = memchr(f, '/', fn);
    if (sl && memchr(sl + 1, '/', fn - (size_t)(sl + 1 - f))) return perr(c, "has more than one '/':", f, fn);
    int noun = kind == TLDR_LEX_OBJECTS || kind == TLDR_LEX_NOUNS || kind == TLDR_LEX_VERBS;
    if (sl && !noun) return perr(c, "only nouns have a '/plural'", NULL, 0);
    tldr_status st = parse_phrase(c, f, sl ? (size_t)(sl - f) : fn, &fm->off, &fm->len);
    if (st || !noun) return st;
    const char *pl = sl ? sl + 1 : NULL;
    size_t pn = sl ? fn - (size_t)(sl + 1 - f) : 0, ppn = pn;
    const char *pp = pl;
    if (pl) strip(&pp, &ppn);
    if (pl && ppn) st = parse_phrase(c, pl, pn, &fm->poff, &fm->plen);
    else st = regular_plural(E, fm->off, fm->len, &fm->poff, &fm->plen);
    if (st) return st;
    fm->has_plural = 1;
    fm->mass = fm->plen == fm->len && memcmp(pool_str(E, fm->off), pool_str(E, fm->poff), fm->len) == 0;
    return TLDR_OK;
}

/* a form may not stand in two values of one class (a synonym would become a negative of
 * itself); nouns and verbs are lists, not classes of alternatives */
static tldr_status check_unique(parse_ctx *c, const form_t *fm, int vid, int cid)
{
    const tldr_perturb_engine *E = c->E;
    for (int e = pt_table_find(E, pool_str(E, fm->off), fm->len); e >= 0; e = entry_at(E, e)->next) {
        const entry_t *en = entry_at(E, e);
        if (en->kind == KIND_WORDS) continue;
        const form_t *o = form_at(E, en->a);
        if (o->value == vid || value_at(E, o->value)->cls == cid)
            return perr(c, "appears twice in one class:", pool_str(E, fm->off), fm->len);
    }
    return TLDR_OK;
}

/* One value (s, n) = "form [= form ...]" of class cid. */
static tldr_status add_value(parse_ctx *c, int kind, int cid, const char *s, size_t n)
{
    tldr_perturb_engine *E = c->E;
    int vid = (int)E->values.n;
    value_t v = {cid, E->forms.n, 0, 1};
    tldr_status st;
    for (size_t a = 0; a <= n;) {
        size_t b = a;
        while (b < n && s[b] != '=') b++;
        const char *f = s + a;
        size_t fn = b - a;
        strip(&f, &fn);
        form_t fm = {0};
        fm.ctx = -1;
        const char *gt = memchr(f, '>', fn);
        if (gt) {
            const char *cn = gt + 1;
            size_t cl = fn - (size_t)(cn - f);
            strip(&cn, &cl);
            fm.ctx = pt_wclass_find(E, cn, cl);
            if (fm.ctx < 0) return perr(c, "unknown context class", cn, cl);
            fn = (size_t)(gt - f);
        }
        if ((st = parse_form(c, kind, f, fn, &fm))) return st;
        fm.value = vid;
        if (kind != TLDR_LEX_NOUNS && kind != TLDR_LEX_VERBS && (st = check_unique(c, &fm, vid, cid))) return st;
        int fid = (int)E->forms.n;
        if ((st = tldr_vec_push(&E->forms, &fm))) return st;
        v.nforms++;
        entry_t en = {kind, fid, 0, -1};
        if ((st = pt_table_add(E, fm.off, fm.len, en))) return st;
        if (fm.has_plural && !fm.mass) {
            en.b = 1;
            if ((st = pt_table_add(E, fm.poff, fm.plen, en))) return st;
        }
        a = b + 1;
    }
    if ((st = tldr_vec_push(&E->values, &v))) return st;
    return tldr_vec_push(&TLDR_VEC_AT(E->classes, class_t, cid).values, &vid);
}

/* [*]name with letters, digits and '_' */
static int name_ok(const char *s, size_t n)
{
    if (n && s[0] == '*') {
        s++;
        n--;
    }
    if (!n) return 0;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_')) return 0;
    }
    return 1;
}

/* weights.lex: "phrase: count" */
static tldr_status weight_line(parse_ctx *c, const char *line, size_t n, const char *cn, size_t cl, const char *body,
                               size_t bl)
{
    size_t off, plen;
    tldr_status st = parse_phrase(c, cn, cl, &off, &plen);
    if (st) return st;
    /* at most 9 digits: a count fits a uint64 with room to add many of them */
    if (!bl || bl > 9) return perr(c, "expected 'phrase: count', got", line, n);
    uint64_t cnt = 0;
    for (size_t b = 0; b < bl; b++) {
        if (body[b] < '0' || body[b] > '9') return perr(c, "expected 'phrase: count', got", line, n);
        cnt = cnt * 10 + (uint64_t)(body[b] - '0');
    }
    size_t trip[3] = {off, plen, (size_t)cnt};
    for (int q = 0; q < 3; q++)
        if ((st = tldr_vec_push(&c->E->weights, &trip[q]))) return st;
    return TLDR_OK;
}

/* patterns.txt: "quote: REGEX" or "protect: REGEX" */
static tldr_status pattern_line(parse_ctx *c, const char *cn, size_t cl, const char *body, size_t bl)
{
    tldr_vec *dst;
    if (cl == 5 && memcmp(cn, "quote", 5) == 0) dst = &c->E->quote;
    else if (cl == 7 && memcmp(cn, "protect", 7) == 0) dst = &c->E->protect;
    else return perr(c, "unknown pattern name (expected quote or protect):", cn, cl);
    tldr_regex *re = NULL;
    char rerr[256]; /* PCRE2's messages are under 120 bytes */
    tldr_status st = tldr_regex_compile(&re, body, bl, 0, rerr, sizeof rerr);
    if (st == TLDR_ERR_REGEX) {
        snprintf(c->err, c->errlen, "%s:%zu: bad pattern: %s", c->fname, c->line, rerr);
        return TLDR_ERR_FORMAT;
    }
    if (st) return st;
    if ((st = tldr_vec_push(dst, &re))) tldr_regex_free(re);
    return st;
}

/* words.lex: "name: phrase, phrase, ..." (a phrase already in the class is skipped) */
static tldr_status words_line(parse_ctx *c, const char *cn, size_t cl, const char *body, size_t bl)
{
    tldr_perturb_engine *E = c->E;
    tldr_status st;
    int wc = pt_wclass_find(E, cn, cl);
    if (wc < 0) {
        wclass_t w = {0};
        w.items = (tldr_vec)TLDR_VEC(size_t);
        if ((st = pt_pool_add(E, cn, cl, &w.name_off))) return st;
        w.name_len = cl;
        wc = (int)E->wcls.n;
        if ((st = tldr_vec_push(&E->wcls, &w))) return st;
    }
    for (size_t a = 0; a <= bl;) {
        size_t b = a, off, plen;
        while (b < bl && body[b] != ',') b++;
        if ((st = parse_phrase(c, body + a, b - a, &off, &plen))) return st;
        if (pt_words_index(E, wc, pool_str(E, off), plen) < 0) {
            wclass_t *w = &TLDR_VEC_AT(E->wcls, wclass_t, wc);
            entry_t en = {KIND_WORDS, wc, (int)(w->items.n / 2), -1};
            if ((st = tldr_vec_push(&w->items, &off)) || (st = tldr_vec_push(&w->items, &plen))) return st;
            if ((st = pt_table_add(E, off, plen, en))) return st;
        }
        a = b + 1;
    }
    return TLDR_OK;
}

/* a class line of the value kinds: "[*]name: value, value, ..." (a class seen before in a
 * file of the same kind gets the new values) */
static tldr_status class_line(parse_ctx *c, int kind, const char *cn, size_t cl, const char *body, size_t bl)
{
    tldr_perturb_engine *E = c->E;
    tldr_status st;
    int fr = cn[0] == '*';
    const char *nm = cn + fr;
    size_t nl = cl - (size_t)fr;
    int cid = -1;
    for (size_t i = 0; i < E->classes.n && cid < 0; i++) {
        const class_t *k = class_at(E, (int)i);
        if (k->kind == kind && k->name_len == nl && memcmp(pool_str(E, k->name_off), nm, nl) == 0) cid = (int)i;
    }
    if (cid < 0) {
        class_t k = {kind, fr, 0, nl, TLDR_VEC(int)};
        if ((st = pt_pool_add(E, nm, nl, &k.name_off))) return st;
        cid = (int)E->classes.n;
        if ((st = tldr_vec_push(&E->classes, &k))) return st;
    }
    for (size_t a = 0; a <= bl;) {
        size_t b = a;
        while (b < bl && body[b] != ',') b++;
        if ((st = add_value(c, kind, cid, body + a, b - a))) return st;
        a = b + 1;
    }
    return TLDR_OK;
}

/* one non-blank, non-comment line (stripped) */
static tldr_status parse_line(parse_ctx *c, int kind, const char *s, size_t n)
{
    const char *colon = memchr(s, ':', n);
    if (!colon || colon == s) return perr(c, "expected 'class: entries', got", s, n);
    const char *cn = s, *body = colon + 1;
    size_t cl = (size_t)(colon - s), bl = n - (size_t)(body - s);
    strip(&cn, &cl);
    strip(&body, &bl);
    if (kind == TLDR_LEX_WEIGHTS) return weight_line(c, s, n, cn, cl, body, bl);
    if (!name_ok(cn, cl)) return perr(c, "bad class name", cn, cl);
    if (kind == TLDR_LEX_PATTERNS) return pattern_line(c, cn, cl, body, bl);
    if (!bl) return perr(c, "class has no entries:", cn, cl);
    if (kind == KIND_WORDS) return words_line(c, cn, cl, body, bl);
    return class_line(c, kind, cn, cl, body, bl);
}

tldr_status pt_lexicon_parse(tldr_perturb_engine *E, const char *fname, int kind, const uint8_t *data, size_t len,
                             char *err, size_t errlen)
{
    parse_ctx c = {E, fname, 0, err, errlen};
    size_t bad;
    if (!tldr_utf8_valid(data, len, &bad)) {
        snprintf(err, errlen, "%s: not valid UTF-8 at byte %zu", fname, bad);
        return TLDR_ERR_FORMAT;
    }
    for (size_t pos = 0; pos <= len;) {
        size_t e = pos;
        while (e < len && data[e] != '\n') e++;
        c.line++;
        const char *s = (const char *)data + pos;
        size_t n = e - pos;
        pos = e + 1;
        strip(&s, &n);
        if (!n || s[0] == '#') continue;
        tldr_status st = parse_line(&c, kind, s, n);
        if (st) return st;
    }
    return TLDR_OK;
}
