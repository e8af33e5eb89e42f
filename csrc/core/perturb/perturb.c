/* perturb.c: the hard-negative rule engine (see perturb.h). Every function mirrors one
 * of tldr/_perturb_ref.py, under the same name where possible; read that file first: it
 * states each rule in a few lines. Text is UTF-8 bytes throughout; offsets are bytes.
 */
#include "perturb.h"
#include "regex.h"
#include "util/hash.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXW 6
#define MAX_TRIES 8
#define BIND_NEXT 6 /* binding pairs an attribute with at most the next 6 of its sentence */
#define ROTATE_CAT 255
#define ACCEPT_SALT 0x62616c616e636531ULL /* salt of the balance draw (the twin has the same) */
#define KIND_WORDS TLDR_LEX_WORDS

/* required words classes, in the order of REQUIRED_WORDS in _perturb_ref.py */
enum {
    W_DET, W_COPULA, W_NOUN_LEFT, W_NUMBER, W_Q1, W_Q2, W_Q3, W_Q12, W_VAGUE, W_COUNT_STOP,
    W_AGREE_SING, W_AGREE_PLUR, W_THERE, W_SMALL_CUE, W_SMALL_AFTER, W_OCR_CUE, W_OCR_SKIP,
    W_OCR_WORDS, W_ING_NOUNS, W_WITH_DET, W_HAVE, W_HAVE_DET, W_AN_WORDS, W_A_WORDS, W_BE_AUX,
    W_SPATIAL_STOP, W_MALE, W_FEMALE, W_COUNT_PREP_STOP, W_OCR_SURFACE, W_PLURAL_ONLY, W_NREQ
};
static const char *const required_words[W_NREQ] = {
    "det", "copula", "noun_left", "number", "quantifier_1", "quantifier_2", "quantifier_3",
    "quantifier_12", "vague", "count_stop", "agree_singular", "agree_plural", "there", "small_cue",
    "small_after", "ocr_cue", "ocr_skip", "ocr_words", "ing_nouns", "with_det", "have", "have_det",
    "an_words", "a_words", "be_aux", "spatial_stop", "male", "female", "count_prep_stop",
    "ocr_surface", "plural_only"};

enum { C_SPATIAL, C_ATTRIBUTE, C_BINDING, C_OBJECT, C_COUNTING, C_SMALL, C_OCR, C_CF };

/* ------------------------------------------------------------------ growable arrays ---- */
typedef struct {
    void *p;
    size_t n, cap, elem;
} vec;

static int vec_push(vec *v, const void *x)
{
    if (v->n == v->cap) {
        size_t nc = v->cap ? v->cap * 2 : 16;
        void *np = realloc(v->p, nc * v->elem);
        if (!np) return -1;
        v->p = np;
        v->cap = nc;
    }
    memcpy((char *)v->p + v->n * v->elem, x, v->elem);
    v->n++;
    return 0;
}
#define VEC(T) {NULL, 0, 0, sizeof(T)}
#define AT(v, T, i) (((T *)(v).p)[i])

/* ------------------------------------------------------------------ engine data -------- */
/* string -> count map over pool strings (open addressing; keys are pool offsets) */
typedef struct {
    uint64_t *h, *val;
    size_t *off, *len;
    size_t cap, n;
} strmap;

/* balance contexts (weights.lex keys "<context> <value> <word>"; CONTEXT_CATS in the twin) */
#define NCTX 8
static const char *const CTX_NAMES[NCTX] = {"spatial", "spatial-before", "spatial-det", "attribute",
                                            "attribute-before", "object", "counting", "counting-after"};
enum {
    X_SPATIAL, X_SPATIAL_BEFORE, X_SPATIAL_DET, X_ATTRIBUTE, X_ATTRIBUTE_BEFORE, X_OBJECT, X_COUNTING,
    X_COUNTING_AFTER
};
#define MAXCTX 3 /* contexts of one site at most */
#define FORM_KEY "form-count" /* weights.lex "form-count <form>": how often a synonym form is written */
#define FORM_SALT 0x666F726D73616C74ULL
#define CTX_SHRINK 0.5 /* weight of the independence term of the balance target */

typedef struct {
    size_t off, len;   /* singular phrase in the pool */
    size_t poff, plen; /* plural phrase (nouns, verbs) */
    int has_plural, ctx, value, mass;
} form_t;
typedef struct {
    int cls;
    size_t first, nforms;
    uint64_t weight; /* 1 + corpus count of the first form (weights.lex) */
} value_t;
typedef struct {
    int kind, free;
    size_t name_off, name_len;
    vec values; /* int */
} class_t;
typedef struct {
    int kind; /* lexicon kind of a form, or KIND_WORDS */
    int a;    /* form id, or words class id */
    int b;    /* plural flag, or index in the words class */
    int next; /* next entry of the same phrase, -1 */
} entry_t;
typedef struct {
    size_t name_off, name_len;
    vec items; /* phrase pool offsets (size_t pairs) */
} wclass_t;
typedef struct {
    size_t off, len;
    int head, tail; /* entries of the phrase (-1: none, the key is only a prefix) */
    int used;       /* 0: empty slot */
} slot_t;

struct tldr_perturb_engine {
    vec pool;    /* char */
    vec forms;   /* form_t */
    vec values;  /* value_t */
    vec classes; /* class_t */
    vec entries; /* entry_t */
    vec wcls;    /* wclass_t */
    slot_t *table;
    size_t tcap, tcount;
    vec quote, protect; /* tldr_regex * */
    int req[W_NREQ];
    int *req_of; /* words class id -> required index or -1 */
    vec weights; /* (pool offset, length, count) triples of weights.lex, as size_t */
    uint64_t number_weight[64];
    uint64_t cf_weight[6]; /* 1 + corpus count of each counterfactual construct (site kind) */
    strmap wmap;           /* weights.lex phrase -> count (the last count given wins) */
    strmap cmarg;          /* "<context> <word>" -> total count of the word in that context */
    uint64_t ctx_total[NCTX];
    size_t maxw;
};

/* hash of the phrase table (internal; the RNG keys use FNV-1a of the caption) */
static uint64_t table_hash(const char *s, size_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ (n * 0xC2B2AE3D27D4EB4FULL);
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        h = (h ^ (w * 0xBF58476D1CE4E5B9ULL)) * 0x94D049BB133111EBULL;
        h ^= h >> 29;
    }
    uint64_t w = 0;
    memcpy(&w, s + i, n - i);
    h = (h ^ (w * 0xBF58476D1CE4E5B9ULL)) * 0x94D049BB133111EBULL;
    return h ^ (h >> 31);
}

static uint64_t draw_rng(uint64_t seed, uint64_t h, uint64_t cat, uint64_t d)
{
    return tldr_splitmix64(tldr_splitmix64(tldr_splitmix64(seed) ^ h) ^ ((cat << 32) | d));
}

static const char *P(const tldr_perturb_engine *E, size_t off) { return (const char *)E->pool.p + off; }

static int pool_add(tldr_perturb_engine *E, const char *s, size_t n, size_t *off)
{
    *off = E->pool.n;
    for (size_t i = 0; i < n; i++)
        if (vec_push(&E->pool, s + i) < 0) return -1;
    char z = 0;
    return vec_push(&E->pool, &z);
}

/* slot of key k (n bytes), or NULL */
static const slot_t *table_slot(const tldr_perturb_engine *E, const char *k, size_t n)
{
    if (!E->tcap) return NULL;
    size_t m = E->tcap - 1, i = table_hash(k, n) & m;
    while (E->table[i].used) {
        if (E->table[i].len == n && memcmp(P(E, E->table[i].off), k, n) == 0) return &E->table[i];
        i = (i + 1) & m;
    }
    return NULL;
}

static int table_find(const tldr_perturb_engine *E, const char *k, size_t n)
{
    const slot_t *sl = table_slot(E, k, n);
    return sl ? sl->head : -1;
}

static int table_grow(tldr_perturb_engine *E)
{
    if ((E->tcount + 1) * 2 <= E->tcap) return 0;
    size_t nc = E->tcap ? E->tcap * 2 : 1024;
    slot_t *nt = calloc(nc, sizeof *nt);
    if (!nt) return -1;
    for (size_t i = 0; i < E->tcap; i++) {
        if (!E->table[i].used) continue;
        size_t j = table_hash(P(E, E->table[i].off), E->table[i].len) & (nc - 1);
        while (nt[j].used) j = (j + 1) & (nc - 1);
        nt[j] = E->table[i];
    }
    free(E->table);
    E->table = nt;
    E->tcap = nc;
    return 0;
}

/* the slot of key (pool off, n), created (as a bare prefix) when absent */
static slot_t *table_get(tldr_perturb_engine *E, size_t off, size_t n)
{
    if (table_grow(E) < 0) return NULL;
    size_t m = E->tcap - 1, i = table_hash(P(E, off), n) & m;
    while (E->table[i].used) {
        if (E->table[i].len == n && memcmp(P(E, E->table[i].off), P(E, off), n) == 0) return &E->table[i];
        i = (i + 1) & m;
    }
    E->table[i].used = 1;
    E->table[i].off = off;
    E->table[i].len = n;
    E->table[i].head = E->table[i].tail = -1;
    E->tcount++;
    return &E->table[i];
}

static int table_add(tldr_perturb_engine *E, size_t off, size_t n, entry_t ent)
{
    /* every word prefix of the phrase gets a slot, so lookups can stop early */
    for (size_t k = 1; k < n; k++)
        if (P(E, off)[k] == ' ' && !table_get(E, off, k)) return -1;
    ent.next = -1;
    int id = (int)E->entries.n;
    if (vec_push(&E->entries, &ent) < 0) return -1;
    slot_t *sl = table_get(E, off, n);
    if (!sl) return -1;
    if (sl->head < 0) sl->head = id;
    else AT(E->entries, entry_t, sl->tail).next = id;
    sl->tail = id;
    return 0;
}

/* ------------------------------------------------------------------ text helpers ------- */
static uint32_t decode(const uint8_t *t, size_t len, size_t i, size_t *nb)
{
    uint8_t c = t[i];
    if (c < 0x80) { *nb = 1; return c; }
    size_t n = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
    if (i + n > len) n = len - i;
    uint32_t cp = c & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
    for (size_t k = 1; k < n; k++) cp = (cp << 6) | (t[i + k] & 0x3F);
    *nb = n;
    return cp;
}

static int is_word_cp(uint32_t o)
{
    if (o < 128) return (o >= '0' && o <= '9') || (o >= 'a' && o <= 'z') || (o >= 'A' && o <= 'Z');
    if (o == 0x85 || o == 0xA0 || o == 0xAB || o == 0xBB || o == 0xD7 || o == 0xF7) return 0;
    if ((o >= 0x2000 && o <= 0x206F) || (o >= 0x3000 && o <= 0x303F)) return 0;
    if ((o >= 0xFE30 && o <= 0xFE4F) || (o >= 0xFF01 && o <= 0xFF0F)) return 0;
    return 1;
}

static int is_ws(uint8_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
static uint8_t low8(uint8_t c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }
static uint8_t up8(uint8_t c) { return (c >= 'a' && c <= 'z') ? c - 32 : c; }

/* split_words: word byte spans into *out (vec of size_t pairs) */
static int split_words(vec *out, const uint8_t *t, size_t n)
{
    size_t i = 0;
    while (i < n) {
        size_t nb;
        uint32_t cp = decode(t, n, i, &nb);
        if (!is_word_cp(cp)) { i += nb; continue; }
        size_t j = i + nb;
        while (j < n) {
            cp = decode(t, n, j, &nb);
            if (is_word_cp(cp)) { j += nb; continue; }
            if ((cp == '\'' || cp == '-' || cp == 0x2019) && j + nb < n) {
                size_t nb2;
                uint32_t c2 = decode(t, n, j + nb, &nb2);
                if (is_word_cp(c2)) { j += nb + nb2; continue; }
            }
            break;
        }
        size_t sp[2] = {i, j};
        if (vec_push(out, &sp[0]) < 0 || vec_push(out, &sp[1]) < 0) return -1;
        i = j;
    }
    return 0;
}

/* ------------------------------------------------------------------ parsing ------------ */
typedef struct {
    tldr_perturb_engine *E;
    const char *fname;
    size_t line;
    char *err;
    size_t errlen;
} parse_ctx;

static tldr_status perr(parse_ctx *c, const char *msg, const char *s, size_t n)
{
    if (c->err && c->errlen) {
        if (s)
            snprintf(c->err, c->errlen, "%s:%zu: %s '%.*s'", c->fname, c->line, msg, (int)(n > 40 ? 40 : n), s);
        else
            snprintf(c->err, c->errlen, "%s:%zu: %s", c->fname, c->line, msg);
    }
    return TLDR_ERR_FORMAT;
}

static void strip(const char **s, size_t *n)
{
    while (*n && is_ws((uint8_t)**s)) { (*s)++; (*n)--; }
    while (*n && is_ws((uint8_t)(*s)[*n - 1])) (*n)--;
}

/* the phrase of an entry: its words, lower case, joined by one space, into the pool */
static tldr_status parse_phrase(parse_ctx *c, const char *s, size_t n, size_t *off, size_t *plen)
{
    strip(&s, &n);
    if (!n) return perr(c, "empty entry", NULL, 0);
    vec sp = VEC(size_t);
    if (split_words(&sp, (const uint8_t *)s, n) < 0) return TLDR_ERR_NOMEM;
    size_t nw = sp.n / 2;
    /* the entry must be words separated by whitespace only */
    size_t normlen = 0;
    int prev_ws = 0;
    for (size_t i = 0; i < n; i++) {
        int w = is_ws((uint8_t)s[i]);
        if (!w) normlen++;
        else if (!prev_ws) normlen++;
        prev_ws = w;
    }
    size_t phlen = 0;
    for (size_t k = 0; k < nw; k++) phlen += AT(sp, size_t, 2 * k + 1) - AT(sp, size_t, 2 * k) + (k ? 1 : 0);
    if (!nw || phlen != normlen) {
        free(sp.p);
        return perr(c, "is not a sequence of words:", s, n);
    }
    if (nw > MAXW) {
        free(sp.p);
        return perr(c, "has more than 6 words:", s, n);
    }
    if (nw > c->E->maxw) c->E->maxw = nw;
    *off = c->E->pool.n;
    for (size_t k = 0; k < nw; k++) {
        char sep = ' ';
        if (k && vec_push(&c->E->pool, &sep) < 0) goto nomem;
        for (size_t b = AT(sp, size_t, 2 * k); b < AT(sp, size_t, 2 * k + 1); b++) {
            char ch = (char)low8((uint8_t)s[b]);
            if (vec_push(&c->E->pool, &ch) < 0) goto nomem;
        }
    }
    char z = 0;
    if (vec_push(&c->E->pool, &z) < 0) goto nomem;
    *plen = phlen;
    free(sp.p);
    return TLDR_OK;
nomem:
    free(sp.p);
    return TLDR_ERR_NOMEM;
}

static int wclass_find(const tldr_perturb_engine *E, const char *s, size_t n)
{
    for (size_t i = 0; i < E->wcls.n; i++) {
        wclass_t *w = &AT(E->wcls, wclass_t, i);
        if (w->name_len == n && memcmp(P(E, w->name_off), s, n) == 0) return (int)i;
    }
    return -1;
}

static int words_index(const tldr_perturb_engine *E, int cls, const char *s, size_t n)
{
    int e = table_find(E, s, n);
    for (; e >= 0; e = AT(E->entries, entry_t, e).next) {
        entry_t *en = &AT(E->entries, entry_t, e);
        if (en->kind == KIND_WORDS && en->a == cls) return en->b;
    }
    return -1;
}

static tldr_status regular_plural(tldr_perturb_engine *E, size_t off, size_t n, size_t *poff)
{
    const char *w = P(E, off);
    char buf[512];
    if (n + 3 > sizeof buf) return TLDR_ERR_LIMIT;
    memcpy(buf, w, n);
    size_t m = n;
    char last = n ? w[n - 1] : 0;
    if (last == 's' || last == 'x' || last == 'z' || (n >= 2 && (w[n - 1] == 'h') && (w[n - 2] == 'c' || w[n - 2] == 's'))) {
        buf[m++] = 'e';
        buf[m++] = 's';
    } else if (n >= 2 && last == 'y' && !strchr("aeiou", w[n - 2])) {
        buf[m - 1] = 'i';
        buf[m++] = 'e';
        buf[m++] = 's';
    } else {
        buf[m++] = 's';
    }
    /* re-read w: pool_add may move the pool */
    return pool_add(E, buf, m, poff) < 0 ? TLDR_ERR_NOMEM : TLDR_OK;
}

static tldr_status add_value(parse_ctx *c, int kind, int cid, const char *s, size_t n)
{
    tldr_perturb_engine *E = c->E;
    int vid = (int)E->values.n;
    value_t v = {cid, E->forms.n, 0, 1};
    size_t a = 0;
    while (a <= n) {
        size_t b = a;
        while (b < n && s[b] != '=') b++;
        const char *f = s + a;
        size_t fn = b - a;
        strip(&f, &fn);
        int ctx = -1;
        const char *gt = memchr(f, '>', fn);
        if (gt) {
            const char *cn = gt + 1;
            size_t cl = fn - (size_t)(cn - f);
            strip(&cn, &cl);
            ctx = wclass_find(E, cn, cl);
            if (ctx < 0) return perr(c, "unknown context class", cn, cl);
            fn = (size_t)(gt - f);
        }
        const char *sl = memchr(f, '/', fn);
        if (sl && memchr(sl + 1, '/', fn - (size_t)(sl + 1 - f))) return perr(c, "has more than one '/':", f, fn);
        int noun = kind == TLDR_LEX_OBJECTS || kind == TLDR_LEX_NOUNS || kind == TLDR_LEX_VERBS;
        if (sl && !noun) return perr(c, "only nouns have a '/plural'", NULL, 0);
        form_t fm = {0};
        tldr_status st = parse_phrase(c, f, sl ? (size_t)(sl - f) : fn, &fm.off, &fm.len);
        if (st) return st;
        if (noun) {
            const char *pl = sl ? sl + 1 : NULL;
            size_t pn = sl ? fn - (size_t)(sl + 1 - f) : 0;
            const char *pp = pl;
            size_t ppn = pn;
            if (pl) strip(&pp, &ppn);
            if (pl && ppn) st = parse_phrase(c, pl, pn, &fm.poff, &fm.plen);
            else {
                st = regular_plural(E, fm.off, fm.len, &fm.poff);
                fm.plen = strlen(P(E, fm.poff));
            }
            if (st) return st;
            fm.has_plural = 1;
            fm.mass = fm.plen == fm.len && memcmp(P(E, fm.off), P(E, fm.poff), fm.len) == 0;
        }
        fm.ctx = ctx;
        fm.value = vid;
        if (kind != TLDR_LEX_NOUNS && kind != TLDR_LEX_VERBS) {
            for (int e = table_find(E, P(E, fm.off), fm.len); e >= 0; e = AT(E->entries, entry_t, e).next) {
                entry_t *en = &AT(E->entries, entry_t, e);
                if (en->kind == KIND_WORDS) continue;
                form_t *o = &AT(E->forms, form_t, en->a);
                if (o->value == vid || AT(E->values, value_t, o->value).cls == cid)
                    return perr(c, "appears twice in one class:", P(E, fm.off), fm.len);
            }
        }
        int fid = (int)E->forms.n;
        if (vec_push(&E->forms, &fm) < 0) return TLDR_ERR_NOMEM;
        v.nforms++;
        entry_t en = {kind, fid, 0, -1};
        if (table_add(E, fm.off, fm.len, en) < 0) return TLDR_ERR_NOMEM;
        if (fm.has_plural && !fm.mass) {
            en.b = 1;
            if (table_add(E, fm.poff, fm.plen, en) < 0) return TLDR_ERR_NOMEM;
        }
        a = b + 1;
    }
    if (vec_push(&E->values, &v) < 0) return TLDR_ERR_NOMEM;
    if (vec_push(&AT(E->classes, class_t, cid).values, &vid) < 0) return TLDR_ERR_NOMEM;
    return TLDR_OK;
}

static int name_ok(const char *s, size_t n)
{
    if (n && s[0] == '*') { s++; n--; }
    if (!n) return 0;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_')) return 0;
    }
    return 1;
}

static tldr_status parse_file(parse_ctx *c, int kind, const uint8_t *data, size_t len)
{
    tldr_perturb_engine *E = c->E;
    size_t bad;
    if (!tldr_utf8_valid(data, len, &bad)) {
        snprintf(c->err, c->errlen, "%s: not valid UTF-8 at byte %zu", c->fname, bad);
        return TLDR_ERR_FORMAT;
    }
    size_t pos = 0;
    c->line = 0;
    while (pos <= len) {
        size_t e = pos;
        while (e < len && data[e] != '\n') e++;
        c->line++;
        const char *s = (const char *)data + pos;
        size_t n = e - pos;
        pos = e + 1;
        strip(&s, &n);
        if (!n || s[0] == '#') {
            if (e >= len) break;
            continue;
        }
        const char *colon = memchr(s, ':', n);
        if (!colon || colon == s) return perr(c, "expected 'class: entries', got", s, n);
        const char *cn = s;
        size_t cl = (size_t)(colon - s);
        strip(&cn, &cl);
        const char *body = colon + 1;
        size_t bl = n - cl - 1 - (size_t)(cn - s);
        bl = n - (size_t)(body - s);
        strip(&body, &bl);
        if (kind == TLDR_LEX_WEIGHTS) {
            size_t off, plen;
            tldr_status st = parse_phrase(c, cn, cl, &off, &plen);
            if (st) return st;
            uint64_t cnt = 0;
            if (!bl || bl > 9) return perr(c, "expected 'phrase: count', got", s, n);
            for (size_t b = 0; b < bl; b++) {
                if (body[b] < '0' || body[b] > '9') return perr(c, "expected 'phrase: count', got", s, n);
                cnt = cnt * 10 + (uint64_t)(body[b] - '0');
            }
            size_t trip[3] = {off, plen, (size_t)cnt};
            for (int q = 0; q < 3; q++)
                if (vec_push(&E->weights, &trip[q]) < 0) return TLDR_ERR_NOMEM;
            continue;
        }
        if (!name_ok(cn, cl)) return perr(c, "bad class name", cn, cl);
        if (kind == TLDR_LEX_PATTERNS) {
            vec *dst = NULL;
            if (cl == 5 && memcmp(cn, "quote", 5) == 0) dst = &E->quote;
            else if (cl == 7 && memcmp(cn, "protect", 7) == 0) dst = &E->protect;
            else return perr(c, "unknown pattern name (expected quote or protect):", cn, cl);
            tldr_regex *re = NULL;
            char rerr[256];
            tldr_status st = tldr_regex_compile(&re, body, bl, 0, rerr, sizeof rerr);
            if (st == TLDR_ERR_REGEX) {
                snprintf(c->err, c->errlen, "%s:%zu: bad pattern: %s", c->fname, c->line, rerr);
                return TLDR_ERR_FORMAT;
            }
            if (st) return st;
            if (vec_push(dst, &re) < 0) {
                tldr_regex_free(re);
                return TLDR_ERR_NOMEM;
            }
            continue;
        }
        if (!bl) return perr(c, "class has no entries:", cn, cl);
        if (kind == KIND_WORDS) {
            int wc = wclass_find(E, cn, cl);
            if (wc < 0) {
                wclass_t w = {0};
                w.items.elem = sizeof(size_t);
                if (pool_add(E, cn, cl, &w.name_off) < 0) return TLDR_ERR_NOMEM;
                w.name_len = cl;
                wc = (int)E->wcls.n;
                if (vec_push(&E->wcls, &w) < 0) return TLDR_ERR_NOMEM;
            }
            size_t a = 0;
            while (a <= bl) {
                size_t b = a;
                while (b < bl && body[b] != ',') b++;
                size_t off, plen;
                tldr_status st = parse_phrase(c, body + a, b - a, &off, &plen);
                if (st) return st;
                if (words_index(E, wc, P(E, off), plen) < 0) {
                    wclass_t *w = &AT(E->wcls, wclass_t, wc);
                    entry_t en = {KIND_WORDS, wc, (int)(w->items.n / 2), -1};
                    if (vec_push(&w->items, &off) < 0 || vec_push(&w->items, &plen) < 0) return TLDR_ERR_NOMEM;
                    if (table_add(E, off, plen, en) < 0) return TLDR_ERR_NOMEM;
                }
                a = b + 1;
            }
            continue;
        }
        int fr = cn[0] == '*';
        const char *nm = cn + fr;
        size_t nl = cl - (size_t)fr;
        int cid = -1;
        for (size_t i = 0; i < E->classes.n; i++) {
            class_t *k = &AT(E->classes, class_t, i);
            if (k->kind == kind && k->name_len == nl && memcmp(P(E, k->name_off), nm, nl) == 0) {
                cid = (int)i;
                break;
            }
        }
        if (cid < 0) {
            class_t k = {kind, fr, 0, nl, VEC(int)};
            if (pool_add(E, nm, nl, &k.name_off) < 0) return TLDR_ERR_NOMEM;
            cid = (int)E->classes.n;
            if (vec_push(&E->classes, &k) < 0) return TLDR_ERR_NOMEM;
        }
        size_t a = 0;
        while (a <= bl) {
            size_t b = a;
            while (b < bl && body[b] != ',') b++;
            tldr_status st = add_value(c, kind, cid, body + a, b - a);
            if (st) return st;
            a = b + 1;
        }
    }
    return TLDR_OK;
}

static void strmap_free(strmap *m);

void tldr_perturb_engine_free(tldr_perturb_engine *E)
{
    if (!E) return;
    for (size_t i = 0; i < E->classes.n; i++) free(AT(E->classes, class_t, i).values.p);
    for (size_t i = 0; i < E->wcls.n; i++) free(AT(E->wcls, wclass_t, i).items.p);
    for (size_t i = 0; i < E->quote.n; i++) tldr_regex_free(AT(E->quote, tldr_regex *, i));
    for (size_t i = 0; i < E->protect.n; i++) tldr_regex_free(AT(E->protect, tldr_regex *, i));
    free(E->pool.p);
    free(E->forms.p);
    free(E->values.p);
    free(E->classes.p);
    free(E->entries.p);
    free(E->wcls.p);
    free(E->quote.p);
    free(E->protect.p);
    free(E->table);
    free(E->req_of);
    free(E->weights.p);
    strmap_free(&E->wmap);
    strmap_free(&E->cmarg);
    free(E);
}

/* weights.lex keys of the counterfactual constructs, by site kind: 0-2 assert (is V-ing,
 * with a, has a / there is a), 3-5 their negations; kind k and k + 3 edit into each other */
static const char *const CF_KEYS[6] = {"counterfactual be ing", "counterfactual with", "counterfactual have a",
                                       "counterfactual be not ing", "counterfactual without",
                                       "counterfactual have no"};

static uint64_t table_hash(const char *s, size_t n);

static void strmap_free(strmap *m)
{
    free(m->h);
    free(m->val);
    free(m->off);
    free(m->len);
    memset(m, 0, sizeof *m);
}

/* slot of key (s, n) in m: its own, or the empty one where it would go */
static size_t strmap_slot(const tldr_perturb_engine *E, const strmap *m, const char *s, size_t n, uint64_t h)
{
    size_t i = h & (m->cap - 1);
    while (m->len[i] != SIZE_MAX) {
        if (m->h[i] == h && m->len[i] == n && memcmp(P(E, m->off[i]), s, n) == 0) return i;
        i = (i + 1) & (m->cap - 1);
    }
    return i;
}

static uint64_t strmap_get(const tldr_perturb_engine *E, const strmap *m, const char *s, size_t n)
{
    if (!m->cap) return 0;
    size_t i = strmap_slot(E, m, s, n, table_hash(s, n));
    return m->len[i] == SIZE_MAX ? 0 : m->val[i];
}

/* key = the pool string at off; add: add val to the key's count, else set it */
static int strmap_put(tldr_perturb_engine *E, strmap *m, size_t off, size_t n, uint64_t val, int add)
{
    if ((m->n + 1) * 2 > m->cap) {
        strmap o = *m;
        size_t nc = m->cap ? m->cap * 2 : 64;
        m->h = malloc(nc * sizeof *m->h);
        m->val = malloc(nc * sizeof *m->val);
        m->off = malloc(nc * sizeof *m->off);
        m->len = malloc(nc * sizeof *m->len);
        m->cap = nc;
        m->n = 0;
        if (!m->h || !m->val || !m->off || !m->len) {
            strmap_free(m);
            *m = o;
            return -1;
        }
        for (size_t i = 0; i < nc; i++) m->len[i] = SIZE_MAX;
        for (size_t i = 0; i < o.cap; i++) {
            if (o.len[i] == SIZE_MAX) continue;
            size_t j = strmap_slot(E, m, P(E, o.off[i]), o.len[i], o.h[i]);
            m->h[j] = o.h[i];
            m->val[j] = o.val[i];
            m->off[j] = o.off[i];
            m->len[j] = o.len[i];
            m->n++;
        }
        strmap_free(&o);
    }
    uint64_t h = table_hash(P(E, off), n);
    size_t i = strmap_slot(E, m, P(E, off), n, h);
    if (m->len[i] == SIZE_MAX) {
        m->h[i] = h;
        m->off[i] = off;
        m->len[i] = n;
        m->val[i] = 0;
        m->n++;
    }
    m->val[i] = add ? m->val[i] + val : val;
    return 0;
}

static uint64_t weight_of(const tldr_perturb_engine *E, const char *s, size_t n)
{
    return strmap_get(E, &E->wmap, s, n);
}

/* count of the key "a b" or "a b c" (c may be NULL) in m */
static uint64_t strmap_get3(const tldr_perturb_engine *E, const strmap *m, const char *a, size_t an, const char *b,
                            size_t bn, const char *c, size_t cn)
{
    char buf[512], *k = buf;
    size_t n = an + 1 + bn + (c ? 1 + cn : 0);
    if (n > sizeof buf && !(k = malloc(n))) return 0;
    memcpy(k, a, an);
    k[an] = ' ';
    memcpy(k + an + 1, b, bn);
    if (c) {
        k[an + 1 + bn] = ' ';
        memcpy(k + an + 2 + bn, c, cn);
    }
    uint64_t v = strmap_get(E, m, k, n);
    if (k != buf) free(k);
    return v;
}

/* wmap from the weights triples (last count wins), then the context totals */
static tldr_status build_weight_maps(tldr_perturb_engine *E)
{
    for (size_t k = 0; k + 2 < E->weights.n; k += 3)
        if (strmap_put(E, &E->wmap, AT(E->weights, size_t, k), AT(E->weights, size_t, k + 1),
                       AT(E->weights, size_t, k + 2), 0) < 0)
            return TLDR_ERR_NOMEM;
    size_t cap = E->wmap.cap;
    for (size_t i = 0; i < cap; i++) {
        if (E->wmap.len[i] == SIZE_MAX) continue;
        size_t off = E->wmap.off[i], n = E->wmap.len[i];
        const char *k = P(E, off);
        size_t sp = 0, last = 0;
        while (sp < n && k[sp] != ' ') sp++;
        for (size_t b = sp + 1; b < n; b++)
            if (k[b] == ' ') last = b;
        if (sp >= n || !last) continue; /* "<context> <value> <word>" has two more spaces */
        int cc = -1;
        for (int c = 0; c < NCTX; c++)
            if (strlen(CTX_NAMES[c]) == sp && memcmp(k, CTX_NAMES[c], sp) == 0) cc = c;
        if (cc < 0) continue;
        uint64_t cnt = E->wmap.val[i];
        E->ctx_total[cc] += cnt;
        /* the marginal key "<context> <word>" goes into the pool */
        size_t moff = E->pool.n, mlen = sp + (n - last);
        for (size_t b = 0; b < n; b++) {
            if (b >= sp && b < last) continue;
            char ch = P(E, off)[b]; /* a copy: the push may move the pool */
            if (vec_push(&E->pool, &ch) < 0) return TLDR_ERR_NOMEM;
        }
        char z = 0;
        if (vec_push(&E->pool, &z) < 0) return TLDR_ERR_NOMEM;
        if (strmap_put(E, &E->cmarg, moff, mlen, cnt, 1) < 0) return TLDR_ERR_NOMEM;
    }
    return TLDR_OK;
}

tldr_status tldr_perturb_engine_new(tldr_perturb_engine **out, size_t nfiles, const char *const *names,
                                    const int *kinds, const uint8_t *const *data, const size_t *lens,
                                    char *err, size_t errlen)
{
    *out = NULL;
    if (err && errlen) err[0] = 0;
    tldr_perturb_engine *E = calloc(1, sizeof *E);
    if (!E) return TLDR_ERR_NOMEM;
    E->pool.elem = 1;
    E->forms.elem = sizeof(form_t);
    E->values.elem = sizeof(value_t);
    E->classes.elem = sizeof(class_t);
    E->entries.elem = sizeof(entry_t);
    E->wcls.elem = sizeof(wclass_t);
    E->quote.elem = E->protect.elem = sizeof(tldr_regex *);
    E->weights.elem = sizeof(size_t);
    E->maxw = 1;
    tldr_status st = TLDR_OK;
    char dummy[8];
    parse_ctx c = {E, NULL, 0, err ? err : dummy, err ? errlen : sizeof dummy};
    for (size_t i = 0; i < nfiles && !st; i++) {
        if (kinds[i] < 0 || kinds[i] >= TLDR_LEX_NKINDS) {
            st = TLDR_ERR_ARG;
            break;
        }
        c.fname = names[i];
        st = parse_file(&c, kinds[i], data[i], lens[i]);
    }
    for (int r = 0; r < W_NREQ && !st; r++) {
        E->req[r] = wclass_find(E, required_words[r], strlen(required_words[r]));
        if (E->req[r] < 0) {
            snprintf(c.err, c.errlen, "words lexicon: required class '%s' is missing", required_words[r]);
            st = TLDR_ERR_FORMAT;
        }
    }
    if (!st) {
        E->req_of = malloc((E->wcls.n + 1) * sizeof *E->req_of);
        if (!E->req_of) st = TLDR_ERR_NOMEM;
        else {
            for (size_t k = 0; k < E->wcls.n; k++) E->req_of[k] = -1;
            for (int r = 0; r < W_NREQ; r++) E->req_of[E->req[r]] = r;
        }
    }
    if (!st) {
        /* weights: the last count given for a phrase wins (as a dict update) */
        st = build_weight_maps(E);
    }
    if (!st) {
        for (size_t v = 0; v < E->values.n; v++) {
            value_t *vv = &AT(E->values, value_t, v);
            const form_t *f = &AT(E->forms, form_t, vv->first);
            vv->weight = 1 + weight_of(E, P(E, f->off), f->len);
        }
        for (int k = 0; k < 6; k++) E->cf_weight[k] = 1 + weight_of(E, CF_KEYS[k], strlen(CF_KEYS[k]));
        const wclass_t *num = &AT(E->wcls, wclass_t, E->req[W_NUMBER]);
        for (size_t k = 0; k < 64; k++) {
            E->number_weight[k] = 1;
            if (k < num->items.n / 2)
                E->number_weight[k] = 1 + weight_of(E, P(E, AT(num->items, size_t, 2 * k)), AT(num->items, size_t, 2 * k + 1));
        }
    }
    if (st) {
        tldr_perturb_engine_free(E);
        return st;
    }
    *out = E;
    return TLDR_OK;
}

/* ------------------------------------------------------------------ documents ---------- */
typedef struct {
    size_t s, e;
} span_t;

typedef struct {
    const tldr_perturb_engine *E;
    const uint8_t *t;
    size_t len;
    uint8_t *low;
    size_t n;
    span_t *w;
    uint8_t *prot;
    size_t *sent;
    span_t *quotes;
    size_t nq;
    int *heads; /* heads[i * MAXW + L - 1]: phrase table entry of words [i, i+L); -2 unknown */
    uint32_t *wmask; /* per word: bit r set when the word alone is in required words class r */
    int8_t *attr1;   /* per word: the word alone is an attribute (no context) */
    int8_t *noun;    /* per word: is_noun, -1 unknown */
    uint8_t *maxl;   /* per word: longest L whose phrase [i, i+L) is a key (phrase or prefix) */
    int all_caps;    /* every ASCII letter of the caption is upper case (and there are >= 2) */
    char key[512];
} doc_t;

typedef struct {
    int cat;
    size_t i, j;
    int fid, plural;
    size_t nalt;
    size_t alt_off; /* into the doc's alternative pool */
    size_t x[5];    /* binding: ai aj bi bj; counting: qlen j nl style(0 word,1 digit) */
    int verb, verb3;
    int kind;       /* ocr: 0 digit 1 word 2 insert; counterfactual: CF_KEYS; binding: 1 nouns, 0 attributes */
    int count, vague; /* counting: the count read and whether it is vague ("several") */
    int plain;        /* counting: written as the engine writes counts (digits, a/an, number words) */
} site_t;

/* Per-thread scratch: PCRE2 matchers (match data and JIT stack) for every pattern, and
 * every per-caption buffer, grown as needed and reused from caption to caption, so a
 * batch allocates almost nothing per caption. */
typedef struct {
    vec sites; /* site_t */
    vec alts;  /* int */
} sites_t;

struct tldr_perturb_scratch {
    const tldr_perturb_engine *E;
    tldr_regex_matcher **mq, **mp;
    vec words;         /* size_t pairs */
    vec quotes, prot;  /* span_t */
    uint8_t *low;
    size_t cap_len;
    size_t cap_n;
    int *heads;
    uint32_t *wmask;
    int8_t *attr1, *noun;
    uint8_t *maxl, *protw;
    size_t *sent;
    sites_t S[TLDR_PERTURB_NCAT];
    uint8_t *dead; /* balance: sites whose proposal was rejected, per category */
    size_t dead_cap;
    doc_t d;
};

void tldr_perturb_scratch_free(tldr_perturb_scratch *x)
{
    if (!x) return;
    for (size_t r = 0; x->mq && r < x->E->quote.n; r++) tldr_regex_matcher_free(x->mq[r]);
    for (size_t r = 0; x->mp && r < x->E->protect.n; r++) tldr_regex_matcher_free(x->mp[r]);
    free(x->mq);
    free(x->mp);
    free(x->words.p);
    free(x->quotes.p);
    free(x->prot.p);
    free(x->low);
    free(x->heads);
    free(x->wmask);
    free(x->attr1);
    free(x->noun);
    free(x->maxl);
    free(x->protw);
    free(x->sent);
    for (size_t c = 0; c < TLDR_PERTURB_NCAT; c++) {
        free(x->S[c].sites.p);
        free(x->S[c].alts.p);
    }
    free(x->dead);
    free(x);
}

tldr_perturb_scratch *tldr_perturb_scratch_new(const tldr_perturb_engine *E)
{
    tldr_perturb_scratch *x = calloc(1, sizeof *x);
    if (!x) return NULL;
    x->E = E;
    x->words.elem = sizeof(size_t);
    x->quotes.elem = x->prot.elem = sizeof(span_t);
    for (size_t c = 0; c < TLDR_PERTURB_NCAT; c++) {
        x->S[c].sites.elem = sizeof(site_t);
        x->S[c].alts.elem = sizeof(int);
    }
    x->mq = calloc(E->quote.n + 1, sizeof *x->mq);
    x->mp = calloc(E->protect.n + 1, sizeof *x->mp);
    if (!x->mq || !x->mp) goto fail;
    for (size_t r = 0; r < E->quote.n; r++)
        if (!(x->mq[r] = tldr_regex_matcher_new(AT(E->quote, tldr_regex *, r)))) goto fail;
    for (size_t r = 0; r < E->protect.n; r++)
        if (!(x->mp[r] = tldr_regex_matcher_new(AT(E->protect, tldr_regex *, r)))) goto fail;
    return x;
fail:
    tldr_perturb_scratch_free(x);
    return NULL;
}

/* every non-empty match of the patterns (as tldr_regex_find_all, one pattern after the
 * other) appended to out; text is valid UTF-8 */
static tldr_status regex_spans(vec *out, tldr_regex_matcher **ms, size_t nre, const uint8_t *t, size_t len)
{
    for (size_t r = 0; r < nre; r++) {
        size_t pos = 0;
        while (pos <= len) {
            size_t s, e;
            tldr_status st = tldr_regex_next(ms[r], t, len, pos, &s, &e);
            if (st) return st;
            if (s == SIZE_MAX) break;
            if (e > s) {
                span_t sp = {s, e};
                if (vec_push(out, &sp) < 0) return TLDR_ERR_NOMEM;
                pos = e;
            } else {
                if (e >= len) break;
                pos = e + 1;
                while (pos < len && (t[pos] & 0xC0) == 0x80) pos++;
            }
        }
    }
    return TLDR_OK;
}

static int span_cmp(const void *a, const void *b)
{
    const span_t *x = a, *y = b;
    return x->s < y->s ? -1 : x->s > y->s;
}

#define GROW(ptr, cap, need, T)                                        \
    do {                                                               \
        if ((need) > (cap)) {                                          \
            void *np_ = realloc((ptr), (need) * sizeof(T));            \
            if (!np_) return TLDR_ERR_NOMEM;                           \
            (ptr) = np_;                                               \
        }                                                              \
    } while (0)

static tldr_status doc_init(tldr_perturb_scratch *x, const uint8_t *t, size_t len)
{
    const tldr_perturb_engine *E = x->E;
    doc_t *d = &x->d;
    memset(d, 0, sizeof *d);
    d->E = E;
    d->t = t;
    d->len = len;
    GROW(x->low, x->cap_len, len + 1, uint8_t);
    if (len + 1 > x->cap_len) x->cap_len = len + 1;
    d->low = x->low;
    size_t letters = 0, upper = 0;
    for (size_t i = 0; i < len; i++) {
        d->low[i] = low8(t[i]);
        if ((t[i] >= 'A' && t[i] <= 'Z') || (t[i] >= 'a' && t[i] <= 'z')) {
            letters++;
            upper += t[i] <= 'Z';
        }
    }
    d->all_caps = letters > 1 && letters == upper;
    x->words.n = 0;
    if (split_words(&x->words, t, len) < 0) return TLDR_ERR_NOMEM;
    d->n = x->words.n / 2;
    d->w = (span_t *)x->words.p;
    x->quotes.n = x->prot.n = 0;
    tldr_status st = regex_spans(&x->quotes, x->mq, E->quote.n, t, len);
    if (!st) st = regex_spans(&x->prot, x->mp, E->protect.n, t, len);
    if (st) return st;
    d->quotes = x->quotes.p;
    d->nq = x->quotes.n;
    for (size_t k = 0; k < x->quotes.n; k++)
        if (vec_push(&x->prot, &AT(x->quotes, span_t, k)) < 0) return TLDR_ERR_NOMEM;
    size_t need = d->n + 1;
    GROW(x->heads, x->cap_n * MAXW, need * MAXW, int);
    GROW(x->wmask, x->cap_n, need, uint32_t);
    GROW(x->attr1, x->cap_n, need, int8_t);
    GROW(x->noun, x->cap_n, need, int8_t);
    GROW(x->maxl, x->cap_n, need, uint8_t);
    GROW(x->protw, x->cap_n, need, uint8_t);
    GROW(x->sent, x->cap_n, need, size_t);
    if (need > x->cap_n) x->cap_n = need;
    d->heads = x->heads;
    d->wmask = x->wmask;
    d->attr1 = x->attr1;
    d->noun = x->noun;
    d->maxl = x->maxl;
    d->prot = x->protw;
    d->sent = x->sent;
    for (size_t k = 0; k < d->n * MAXW; k++) d->heads[k] = -2;
    memset(d->wmask, 0, need * sizeof *d->wmask);
    memset(d->attr1, 0, need);
    memset(d->noun, -1, need);
    memset(d->prot, 0, need);
    /* protected words: overlap with any span; spans sorted by start, swept once */
    span_t *pr = x->prot.p;
    size_t np = x->prot.n, j = 0, maxe = 0;
    if (np > 1) qsort(pr, np, sizeof *pr, span_cmp);
    size_t sid = 0;
    for (size_t i = 0; i < d->n; i++) {
        while (j < np && pr[j].s < d->w[i].e) {
            if (pr[j].e > maxe) maxe = pr[j].e;
            j++;
        }
        d->prot[i] = maxe > d->w[i].s;
        if (i > 0)
            for (size_t b = d->w[i - 1].e; b < d->w[i].s; b++)
                if (t[b] == '.' || t[b] == '!' || t[b] == '?' || t[b] == '\n') {
                    sid++;
                    break;
                }
        d->sent[i] = sid;
    }
    return TLDR_OK;
}

static int joined(const doc_t *d, size_t i)
{
    size_t a = d->w[i - 1].e, b = d->w[i].s;
    if (b <= a) return 0;
    for (size_t k = a; k < b; k++)
        if (!is_ws(d->t[k])) return 0;
    return 1;
}

/* the phrase of words [i, i+L) into d->key; its length, or -1 */
static long phrase_at(doc_t *d, size_t i, size_t L)
{
    if (i + L > d->n) return -1;
    size_t m = 0;
    for (size_t k = i; k < i + L; k++) {
        if (k > i && !joined(d, k)) return -1;
        size_t wl = d->w[k].e - d->w[k].s;
        if (m + wl + 1 >= sizeof d->key) return -1;
        if (k > i) d->key[m++] = ' ';
        memcpy(d->key + m, d->low + d->w[k].s, wl);
        m += wl;
    }
    return (long)m;
}

/* head entry of the phrase of words [i, i+L) (-1: not a phrase), from the cache that
 * doc_words_init fills: only keys of the table (phrases or their prefixes) are looked up */
static int head(doc_t *d, size_t i, size_t L)
{
    if (i + L > d->n || L == 0 || L > d->maxl[i]) return -1;
    return d->heads[i * MAXW + L - 1];
}

/* per-word caches: words-class bits and attribute flag of each single word */
static void doc_words_init(doc_t *d)
{
    const tldr_perturb_engine *E = d->E;
    for (size_t i = 0; i < d->n; i++) {
        size_t L = 0;
        while (L < E->maxw && i + L < d->n) {
            long m = phrase_at(d, i, L + 1);
            const slot_t *sl = m < 0 ? NULL : table_slot(E, d->key, (size_t)m);
            if (!sl) break;
            d->heads[i * MAXW + L] = sl->head;
            L++;
        }
        d->maxl[i] = (uint8_t)L;
    }
    for (size_t i = 0; i < d->n; i++) {
        for (int e = head(d, i, 1); e >= 0; e = AT(E->entries, entry_t, e).next) {
            const entry_t *en = &AT(E->entries, entry_t, e);
            if (en->kind == KIND_WORDS) {
                int r = E->req_of[en->a];
                if (r >= 0) d->wmask[i] |= 1u << r;
            } else if (AT(E->classes, class_t, AT(E->values, value_t, AT(E->forms, form_t, en->a).value).cls).kind ==
                           TLDR_LEX_ATTRIBUTES &&
                       AT(E->forms, form_t, en->a).ctx < 0) {
                d->attr1[i] = 1;
            }
        }
    }
}

/* the phrase of words [i, i+L) is in words class cls: its index there, else -1 */
static int wc_index(doc_t *d, int cls, size_t i, size_t L)
{
    for (int e = head(d, i, L); e >= 0; e = AT(d->E->entries, entry_t, e).next) {
        const entry_t *en = &AT(d->E->entries, entry_t, e);
        if (en->kind == KIND_WORDS && en->a == cls) return en->b;
    }
    return -1;
}

static int wlow_eq(const doc_t *d, size_t i, const char *s)
{
    size_t n = strlen(s);
    return d->w[i].e - d->w[i].s == n && memcmp(d->low + d->w[i].s, s, n) == 0;
}

static int in_words(doc_t *d, int req, size_t i)
{
    if (i >= d->n) return 0;
    return (d->wmask[i] >> req) & 1u;
}

static int kind_of_form(const tldr_perturb_engine *E, int fid)
{
    const form_t *f = &AT(E->forms, form_t, fid);
    return AT(E->classes, class_t, AT(E->values, value_t, f->value).cls).kind;
}

static int hit_ok(doc_t *d, const entry_t *en, unsigned kmask, size_t i, size_t L)
{
    if (en->kind == KIND_WORDS) return 0;
    if (!(kmask & (1u << kind_of_form(d->E, en->a)))) return 0;
    int ctx = AT(d->E->forms, form_t, en->a).ctx;
    if (ctx >= 0) {
        size_t j = i + L;
        if (j >= d->n || !joined(d, j)) return 0;
        if (wc_index(d, ctx, j, 1) < 0) return 0;
    }
    return 1;
}

/* match(kinds, i): head entry of the longest matching phrase with a valid hit (or -1),
 * its length in *L. Walk hits with first_hit/next_hit. */
static int match(doc_t *d, unsigned kmask, size_t i, size_t *L)
{
    *L = 0;
    if (i >= d->n) return -1;
    size_t maxl = d->E->maxw < d->n - i ? d->E->maxw : d->n - i;
    for (size_t l = maxl; l >= 1; l--) {
        for (int e = head(d, i, l); e >= 0; e = AT(d->E->entries, entry_t, e).next)
            if (hit_ok(d, &AT(d->E->entries, entry_t, e), kmask, i, l)) {
                *L = l;
                return e;
            }
    }
    return -1;
}

/* next valid hit after entry e (same phrase), or -1 */
static int next_hit(doc_t *d, int e, unsigned kmask, size_t i, size_t L)
{
    for (e = AT(d->E->entries, entry_t, e).next; e >= 0; e = AT(d->E->entries, entry_t, e).next)
        if (hit_ok(d, &AT(d->E->entries, entry_t, e), kmask, i, L)) return e;
    return -1;
}

#define K(x) (1u << (x))

static size_t words_match(doc_t *d, int req, size_t i)
{
    if (i >= d->n) return 0;
    size_t maxl = d->E->maxw < d->n - i ? d->E->maxw : d->n - i;
    for (size_t l = maxl; l >= 1; l--) {
        if (wc_index(d, d->E->req[req], i, l) >= 0) return l;
    }
    return 0;
}

static int is_noun(doc_t *d, size_t i)
{
    size_t L;
    if (i >= d->n) return 0;
    if (d->noun[i] < 0) d->noun[i] = match(d, K(TLDR_LEX_OBJECTS) | K(TLDR_LEX_NOUNS), i, &L) >= 0;
    return d->noun[i];
}

static int is_attr1(doc_t *d, size_t i) { return i < d->n && d->attr1[i]; }

/* proper in the twin: capitalized inside a sentence of a caption that is not ALL CAPS */
static int proper(const doc_t *d, size_t k)
{
    uint8_t c = d->t[d->w[k].s];
    return c >= 'A' && c <= 'Z' && !d->all_caps && k > 0 && d->sent[k] == d->sent[k - 1];
}

static int dfree(const doc_t *d, size_t i, size_t j)
{
    for (size_t k = i; k < j && k < d->n; k++)
        if (d->prot[k]) return 0;
    return 1;
}

/* ------------------------------------------------------------------ sites -------------- */

static int push_site(sites_t *S, const site_t *s) { return vec_push(&S->sites, s); }

/* other_values: pushes alternatives, returns count */
static long other_values(doc_t *d, sites_t *S, int fid, int need_mass)
{
    const tldr_perturb_engine *E = d->E;
    const form_t *f = &AT(E->forms, form_t, fid);
    const class_t *c = &AT(E->classes, class_t, AT(E->values, value_t, f->value).cls);
    long cnt = 0;
    for (size_t k = 0; k < c->values.n; k++) {
        int v = AT(c->values, int, k);
        if (v == f->value) continue;
        if (need_mass >= 0 && AT(E->forms, form_t, AT(E->values, value_t, v).first).mass != need_mass) continue;
        if (vec_push(&S->alts, &v) < 0) return -1;
        cnt++;
    }
    return cnt;
}

/* Of the k alternatives at S->alts[s->alt_off...), keep those that no word of lexicon kind
 * `kind` within three words of [i, i+L) already says, and set s->nalt. */
static void drop_nearby(doc_t *d, sites_t *S, site_t *s, long k, size_t i, size_t L, int kind)
{
    const tldr_perturb_engine *E = d->E;
    size_t lo = i >= 3 ? i - 3 : 0, hi = i + L + 3 < d->n ? i + L + 3 : d->n, w = s->alt_off;
    for (size_t a = s->alt_off; a < s->alt_off + (size_t)k; a++) {
        int v = AT(S->alts, int, a), near = 0;
        for (size_t q = lo; q < hi && !near; q++) {
            if (q >= i && q < i + L) continue;
            for (int e2 = head(d, q, 1); e2 >= 0 && !near; e2 = AT(E->entries, entry_t, e2).next) {
                const entry_t *en2 = &AT(E->entries, entry_t, e2);
                if (en2->kind != KIND_WORDS && (int)kind_of_form(E, en2->a) == kind &&
                    AT(E->forms, form_t, en2->a).value == v)
                    near = 1;
            }
        }
        if (!near) AT(S->alts, int, w++) = v;
    }
    S->alts.n = w;
    s->nalt = w - s->alt_off;
}

static int plain_word(doc_t *d, size_t j)
{
    size_t l2;
    return d->wmask[j] == 0 && !is_noun(d, j) && match(d, K(TLDR_LEX_VERBS), j, &l2) < 0 &&
           match(d, K(TLDR_LEX_ATTRIBUTES), j, &l2) < 0;
}

static int attr_context(doc_t *d, size_t i, size_t L, int strict)
{
    size_t j = i + L, l2;
    if (j < d->n && joined(d, j)) {
        if (is_noun(d, j)) return 1;
        if (!strict && match(d, K(TLDR_LEX_ATTRIBUTES), j, &l2) >= 0) return 1;
        if (j + 1 < d->n && joined(d, j + 1) && plain_word(d, j) && is_noun(d, j + 1)) return 1;
    }
    if (!strict && i > 0 && joined(d, i) && in_words(d, W_COPULA, i - 1)) return 1;
    return 0;
}

static tldr_status attribute_sites(doc_t *d, sites_t *S, int strict, int cat)
{
    const tldr_perturb_engine *E = d->E;
    size_t i = 0, L;
    while (i < d->n) {
        int e = match(d, K(TLDR_LEX_ATTRIBUTES), i, &L);
        if (e >= 0 && dfree(d, i, i + L) && !proper(d, i)) {
            int fid = AT(E->entries, entry_t, e).a;
            const class_t *c = &AT(E->classes, class_t, AT(E->values, value_t, AT(E->forms, form_t, fid).value).cls);
            if ((c->free && !strict) || attr_context(d, i, L, strict)) {
                site_t s = {0};
                s.cat = cat;
                s.i = i;
                s.j = i + L;
                s.fid = fid;
                s.alt_off = S->alts.n;
                long k = other_values(d, S, fid, -1);
                if (k < 0) return TLDR_ERR_NOMEM;
                drop_nearby(d, S, &s, k, i, L, TLDR_LEX_ATTRIBUTES); /* "red and white" -> never "red and red" */
                if (s.nalt > 0 && push_site(S, &s) < 0) return TLDR_ERR_NOMEM;
            }
            i += L;
        } else {
            i++;
        }
    }
    return TLDR_OK;
}

static int ends_with(const doc_t *d, size_t i, const char *suf)
{
    size_t n = strlen(suf), wl = d->w[i].e - d->w[i].s;
    return wl >= n && memcmp(d->low + d->w[i].e - n, suf, n) == 0;
}

static int object_ok(doc_t *d, size_t i, size_t L)
{
    size_t l2;
    if (i > 0) {
        int ok = in_words(d, W_DET, i - 1) || in_words(d, W_NOUN_LEFT, i - 1) || in_words(d, W_NUMBER, i - 1) ||
                 is_attr1(d, i - 1) || ends_with(d, i - 1, "'s") || ends_with(d, i - 1, "\xE2\x80\x99s") ||
                 !joined(d, i);
        if (!ok) return 0;
    }
    size_t j = i + L;
    if (j < d->n && joined(d, j) && is_noun(d, j)) {
        if (match(d, K(TLDR_LEX_ATTRIBUTES), i, &l2) >= 0 && l2 == L) return 0;
    }
    return 1;
}

static int small_cued(doc_t *d, size_t i, size_t j);

static tldr_status object_sites(doc_t *d, sites_t *S, int cat)
{
    const tldr_perturb_engine *E = d->E;
    size_t i = 0, L;
    while (i < d->n) {
        int e = match(d, K(TLDR_LEX_OBJECTS), i, &L);
        if (e >= 0 && dfree(d, i, i + L) && !proper(d, i) && object_ok(d, i, L)) {
            entry_t en = AT(E->entries, entry_t, e);
            if (cat == C_OBJECT || small_cued(d, i, i + L)) {
                site_t s = {0};
                s.cat = cat;
                s.i = i;
                s.j = i + L;
                s.fid = en.a;
                s.plural = en.b;
                s.alt_off = S->alts.n;
                long k = other_values(d, S, en.a, AT(E->forms, form_t, en.a).mass);
                if (k < 0) return TLDR_ERR_NOMEM;
                drop_nearby(d, S, &s, k, i, L, TLDR_LEX_OBJECTS); /* "men and women" -> never "men and men" */
                if (s.nalt > 0 && push_site(S, &s) < 0) return TLDR_ERR_NOMEM;
            }
            i += L;
        } else {
            i++;
        }
    }
    return TLDR_OK;
}

static int small_cued(doc_t *d, size_t i, size_t j)
{
    long p = (long)i - 1;
    for (int step = 0; step < 3; step++) {
        if (p < 0 || !joined(d, (size_t)p + 1)) break;
        if (in_words(d, W_SMALL_CUE, (size_t)p)) return 1;
        if (p > 0 && joined(d, (size_t)p)) {
            if (wc_index(d, d->E->req[W_SMALL_CUE], (size_t)p - 1, 2) >= 0) return 1;
        }
        if (is_attr1(d, (size_t)p)) {
            p--;
            continue;
        }
        break;
    }
    if (j < d->n && joined(d, j) && words_match(d, W_SMALL_AFTER, j)) return 1;
    return 0;
}

/* count_at: length, count, style (1 digit), vague; 0 when none */
static size_t count_at(doc_t *d, size_t i, int *val, int *digit, int *vague)
{
    size_t wl = d->w[i].e - d->w[i].s;
    const uint8_t *w = d->low + d->w[i].s;
    int alld = 1;
    for (size_t k = 0; k < wl; k++)
        if (w[k] < '0' || w[k] > '9') alld = 0;
    if (alld && wl <= 3) {
        int v = 0;
        for (size_t k = 0; k < wl; k++) v = v * 10 + (w[k] - '0');
        if (v >= 1 && v <= 100) {
            *val = v;
            *digit = 1;
            *vague = 0;
            return 1;
        }
        return 0;
    }
    static const int cls[6] = {W_NUMBER, W_Q1, W_Q2, W_Q3, W_Q12, W_VAGUE};
    static const int vals[6] = {0, 1, 2, 3, 12, 3};
    size_t best = 0;
    for (int c = 0; c < 6; c++) {
        size_t l = words_match(d, cls[c], i);
        if (l && l > best) {
            best = l;
            if (c == 0) {
                *val = wc_index(d, d->E->req[W_NUMBER], i, l) + 1;
            } else {
                *val = vals[c];
            }
            *digit = 0;
            *vague = c == 5;
        }
    }
    return best;
}

static size_t count_alternatives(int *out, int n, int vague)
{
    if (vague) {
        out[0] = 1;
        out[1] = 2;
        return 2;
    }
    int cand[7] = {1, 2, 3, 4, n - 1, n + 1, 2 * n};
    size_t m = 0;
    for (int k = 1; k <= 20; k++) {
        if (k == n) continue;
        for (int c = 0; c < 7; c++)
            if (cand[c] == k) {
                out[m++] = k;
                break;
            }
    }
    return m;
}

static int rel_pronoun(doc_t *d, size_t k)
{
    return wlow_eq(d, k, "that") || wlow_eq(d, k, "which") || wlow_eq(d, k, "who");
}

static tldr_status counting_sites(doc_t *d, sites_t *S)
{
    const tldr_perturb_engine *E = d->E;
    size_t i = 0;
    while (i < d->n) {
        int n = 0, digit = 0, vague = 0;
        size_t len = d->prot[i] ? 0 : count_at(d, i, &n, &digit, &vague);
        if (len && i > 0 && in_words(d, W_COUNT_PREP_STOP, i - 1)) len = 0;
        if (!len) {
            i++;
            continue;
        }
        size_t j = i + len, skipped = 0, nl = 0;
        while (skipped < 2 && j < d->n && joined(d, j) && is_attr1(d, j) && !is_noun(d, j)) {
            j++;
            skipped++;
        }
        int have = 0;
        site_t s = {0};
        if (j < d->n && joined(d, j)) {
            int e = match(d, K(TLDR_LEX_OBJECTS) | K(TLDR_LEX_NOUNS), j, &nl);
            if (e >= 0 && dfree(d, i, j + nl) && !proper(d, j)) {
                int want_plural = n != 1;
                int stop = wc_index(d, E->req[W_COUNT_STOP], j, nl) >= 0 ||
                           in_words(d, W_COUNT_STOP, j + nl - 1);
                int hit = -1;
                for (; e >= 0; e = next_hit(d, e, K(TLDR_LEX_OBJECTS) | K(TLDR_LEX_NOUNS), j, nl)) {
                    entry_t *en = &AT(E->entries, entry_t, e);
                    if (!AT(E->forms, form_t, en->a).mass && en->b == want_plural) {
                        hit = en->a;
                        break;
                    }
                }
                size_t k = j + nl;
                if (k + 1 < d->n && joined(d, k) && rel_pronoun(d, k) && joined(d, k + 1)) k++;
                int verb = -1, verb3 = 0;
                if (hit >= 0 && k < d->n && joined(d, k) && !d->prot[k]) {
                    size_t vl0;
                    int verb_k = match(d, K(TLDR_LEX_VERBS), k, &vl0) >= 0;
                    if ((is_noun(d, k) && !verb_k) || is_attr1(d, k) || (is_attr1(d, j) && plain_word(d, k))) {
                        hit = -1; /* "ball chain", "light red", "metal railing": a modifier */
                    } else {
                        size_t vl;
                        int ve = match(d, K(TLDR_LEX_VERBS), k, &vl);
                        if (vl == 1 && ve >= 0) {
                            verb = AT(E->entries, entry_t, ve).a;
                            verb3 = AT(E->entries, entry_t, ve).b;
                        }
                    }
                }
                if (hit >= 0 && !stop) {
                    int alts[24];
                    size_t na = count_alternatives(alts, n, vague);
                    if (i > 0 && joined(d, i) && in_words(d, W_DET, i - 1)) { /* never "the a dog" */
                        size_t w = 0;
                        for (size_t a = 0; a < na; a++)
                            if (alts[a] != 1) alts[w++] = alts[a];
                        na = w;
                    }
                    s.cat = C_COUNTING;
                    s.i = i;
                    s.j = j + nl;
                    s.fid = hit;
                    s.plural = want_plural;
                    s.nalt = na;
                    s.alt_off = S->alts.n;
                    for (size_t a = 0; a < na; a++)
                        if (vec_push(&S->alts, &alts[a]) < 0) return TLDR_ERR_NOMEM;
                    s.x[0] = len;
                    s.x[1] = j;
                    s.x[2] = nl;
                    s.x[3] = (size_t)digit;
                    s.count = n;
                    s.vague = vague;
                    s.plain = digit || (len == 1 && (in_words(d, W_NUMBER, i) || wlow_eq(d, i, "a") || wlow_eq(d, i, "an")));
                    s.verb = verb;
                    s.verb3 = verb3;
                    have = na > 0;
                }
            }
        }
        if (have) {
            if (push_site(S, &s) < 0) return TLDR_ERR_NOMEM;
            i = s.j;
        } else {
            i += len;
        }
    }
    return TLDR_OK;
}

static size_t nchars(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (((uint8_t)s[i] & 0xC0) != 0x80) c++;
    return c;
}

static tldr_status ocr_sites(doc_t *d, sites_t *S)
{
    const tldr_perturb_engine *E = d->E;
    uint8_t *inq = calloc(d->n + 1, 1);
    if (!inq) return TLDR_ERR_NOMEM;
    for (size_t q = 0; q < d->nq; q++) {
        size_t qs = d->quotes[q].s, qe = d->quotes[q].e, nb;
        decode(d->t, d->len, qs, &nb);
        size_t cs = qs + nb, ce = qe - 1;
        while (ce > qs && (d->t[ce] & 0xC0) == 0x80) ce--;
        size_t lo = 0, hi = d->n; /* first word starting at or after cs */
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (d->w[mid].s < cs) lo = mid + 1;
            else hi = mid;
        }
        for (size_t k = lo; k < d->n && d->w[k].s < ce; k++)
            if (d->w[k].e <= ce) inq[k] = 1;
    }
    const wclass_t *ow = &AT(E->wcls, wclass_t, E->req[W_OCR_WORDS]);
    size_t now = ow->items.n / 2;
    tldr_status st = TLDR_OK;
    for (size_t k = 0; k < d->n && !st; k++) {
        int cand = inq[k] || (k > 0 && joined(d, k) && in_words(d, W_OCR_CUE, k - 1) && !in_words(d, W_OCR_SKIP, k) &&
                              !inq[k - 1]);
        if (!cand) continue;
        const uint8_t *w = d->t + d->w[k].s;
        size_t wl = d->w[k].e - d->w[k].s;
        int hasd = 0, alpha = 1;
        for (size_t b = 0; b < wl; b++) {
            if (w[b] >= '0' && w[b] <= '9') hasd = 1;
            if (!((w[b] >= 'a' && w[b] <= 'z') || (w[b] >= 'A' && w[b] <= 'Z') || w[b] == '\'' || w[b] == '-')) alpha = 0;
        }
        site_t s = {0};
        s.cat = C_OCR;
        s.i = k;
        s.j = k + 1;
        s.alt_off = S->alts.n;
        if (hasd) {
            s.nalt = 3;
            s.kind = 0;
            if (push_site(S, &s) < 0) st = TLDR_ERR_NOMEM;
        } else if (alpha) {
            s.kind = 1;
            for (size_t x = 0; x < now; x++) {
                size_t off = AT(ow->items, size_t, 2 * x), pl = AT(ow->items, size_t, 2 * x + 1);
                long dl = (long)nchars(P(E, off), pl) - (long)wl;
                int same = pl == wl;
                for (size_t b = 0; same && b < wl; b++)
                    if ((uint8_t)P(E, off)[b] != low8(w[b])) same = 0;
                if (!same && dl >= -2 && dl <= 2) {
                    int xi = (int)x;
                    if (vec_push(&S->alts, &xi) < 0) st = TLDR_ERR_NOMEM;
                    s.nalt++;
                }
            }
            if (s.nalt && push_site(S, &s) < 0) st = TLDR_ERR_NOMEM;
        }
    }
    /* text where none is written: 'a sign' -> 'a sign that says "EXIT"' */
    for (size_t k = 0; k < d->n && !st; k++) {
        if (!in_words(d, W_OCR_SURFACE, k) || d->prot[k] || inq[k]) continue;
        int skip = 0;
        for (size_t q = 1; q <= 2; q++)
            if (k + q < d->n && (inq[k + q] || in_words(d, W_OCR_CUE, k + q))) skip = 1;
        if (skip) continue;
        site_t s = {0};
        s.cat = C_OCR;
        s.i = k;
        s.j = k + 1;
        s.kind = 2;
        s.nalt = now;
        if (now && push_site(S, &s) < 0) st = TLDR_ERR_NOMEM;
    }
    free(inq);
    return st;
}

static int needs_an(const tldr_perturb_engine *E, const char *w, size_t wn);

/* the article "no" turns into when a negation is lifted: "a"/"an" before a singular count
 * noun (up to two attribute words between), "some" before a plural or mass noun; NULL when
 * no known noun follows (counterfactual_restore in the twin) */
static const char *restore_det(doc_t *d, size_t k)
{
    const tldr_perturb_engine *E = d->E;
    size_t j = k, skipped = 0, nl;
    while (skipped < 2 && j < d->n && joined(d, j) && is_attr1(d, j) && !is_noun(d, j)) {
        j++;
        skipped++;
    }
    if (j >= d->n || !joined(d, j) || d->prot[j]) return NULL;
    int e = match(d, K(TLDR_LEX_OBJECTS) | K(TLDR_LEX_NOUNS), j, &nl);
    if (e < 0 || !dfree(d, k, j + nl)) return NULL;
    const entry_t *en = &AT(E->entries, entry_t, e);
    if (en->b || AT(E->forms, form_t, en->a).mass) return "some";
    return needs_an(E, (const char *)d->low + d->w[k].s, d->w[k].e - d->w[k].s) ? "an" : "a";
}

static tldr_status counterfactual_sites(doc_t *d, sites_t *S)
{
    size_t n = d->n;
    for (size_t i = 0; i < n; i++) {
        if (d->prot[i]) continue;
        int nxt = i + 1 < n && joined(d, i + 1) && !d->prot[i + 1];
        site_t s = {0};
        s.cat = C_CF;
        s.nalt = 1;
        if (nxt && in_words(d, W_BE_AUX, i)) {
            size_t wl = d->w[i + 1].e - d->w[i + 1].s;
            if (wl >= 5 && ends_with(d, i + 1, "ing") && !in_words(d, W_ING_NOUNS, i + 1)) {
                s.i = i;
                s.j = i + 1;
                s.kind = 0;
                if (push_site(S, &s) < 0) return TLDR_ERR_NOMEM;
            }
            /* "is not holding" -> "is holding" */
            if (wlow_eq(d, i + 1, "not") && i + 2 < n && joined(d, i + 2) && !d->prot[i + 2]) {
                size_t wl2 = d->w[i + 2].e - d->w[i + 2].s;
                if (wl2 >= 5 && ends_with(d, i + 2, "ing") && !in_words(d, W_ING_NOUNS, i + 2)) {
                    s.i = i + 1;
                    s.j = i + 3;
                    s.kind = 3;
                    if (push_site(S, &s) < 0) return TLDR_ERR_NOMEM;
                }
            }
        }
        if (nxt && wlow_eq(d, i, "with") && in_words(d, W_WITH_DET, i + 1)) {
            s.i = i;
            s.j = i + 1;
            s.kind = 1;
            if (push_site(S, &s) < 0) return TLDR_ERR_NOMEM;
        }
        if (nxt && wlow_eq(d, i, "without") && in_words(d, W_WITH_DET, i + 1)) {
            s.i = i;
            s.j = i + 1;
            s.kind = 4;
            if (push_site(S, &s) < 0) return TLDR_ERR_NOMEM;
        }
        size_t k = SIZE_MAX; /* the determiner after "has" or "there is" */
        if (nxt && in_words(d, W_HAVE, i)) k = i + 1;
        if (nxt && in_words(d, W_THERE, i) && (wlow_eq(d, i + 1, "is") || wlow_eq(d, i + 1, "was")) && i + 2 < n &&
            joined(d, i + 2) && !d->prot[i + 2])
            k = i + 2;
        if (k != SIZE_MAX) {
            s.i = k;
            s.j = k + 1;
            if (in_words(d, W_HAVE_DET, k) && !(k + 1 < n && wlow_eq(d, k + 1, "of"))) { /* "has one of" */
                s.kind = 2;
                if (push_site(S, &s) < 0) return TLDR_ERR_NOMEM;
            } else if (wlow_eq(d, k, "no") && k + 1 < n && restore_det(d, k + 1)) {
                s.kind = 5;
                if (push_site(S, &s) < 0) return TLDR_ERR_NOMEM;
            }
        }
    }
    return TLDR_OK;
}

/* lonely_attr in the twin: the attribute directly precedes its noun and follows no other */
static int lonely_attr(doc_t *d, const site_t *s)
{
    size_t i = s->i, j = s->j, L;
    if (i > 0 && joined(d, i) && match(d, K(TLDR_LEX_ATTRIBUTES), i - 1, &L) >= 0) return 0;
    for (size_t k = i >= 2 ? i - 2 : 0; k < i; k++)
        if (joined(d, k + 1) && match(d, K(TLDR_LEX_ATTRIBUTES), k, &L) >= 0 && L == i - k) return 0;
    return j < d->n && joined(d, j) && is_noun(d, j);
}

static tldr_status binding_sites(doc_t *d, sites_t *S)
{
    const tldr_perturb_engine *E = d->E;
    sites_t A = {VEC(site_t), VEC(int)};
    tldr_status st = attribute_sites(d, &A, 1, C_ATTRIBUTE);
    for (size_t a = 0; a < A.sites.n && !st; a++) {
        for (size_t b = a + 1; b < A.sites.n && b <= a + BIND_NEXT; b++) {
            site_t *sa = &AT(A.sites, site_t, a), *sb = &AT(A.sites, site_t, b);
            if (d->sent[sa->i] != d->sent[sb->i]) break;
            int va = AT(E->forms, form_t, sa->fid).value, vb = AT(E->forms, form_t, sb->fid).value;
            int ca = AT(E->values, value_t, va).cls, cb = AT(E->values, value_t, vb).cls;
            int same = va != vb && ca == cb;
            int cross = ca != cb && !AT(E->classes, class_t, ca).free && !AT(E->classes, class_t, cb).free &&
                        lonely_attr(d, sa) && lonely_attr(d, sb);
            if (same || cross) {
                site_t s = {0};
                s.cat = C_BINDING;
                s.i = sa->i;
                s.j = sb->j;
                s.nalt = 1;
                s.x[0] = sa->i;
                s.x[1] = sa->j;
                s.x[2] = sb->i;
                s.x[3] = sb->j;
                s.fid = sa->fid;
                s.x[4] = (size_t)sb->fid; /* the second attribute's form */
                if (push_site(S, &s) < 0) {
                    st = TLDR_ERR_NOMEM;
                    break;
                }
            }
        }
    }
    /* two objects of one sentence swap roles (binding_sites in the twin) */
    A.sites.n = A.alts.n = 0;
    if (!st) st = object_sites(d, &A, C_OBJECT);
    static const char *const pron[8] = {"he", "him", "his", "himself", "she", "her", "hers", "herself"};
    for (size_t a = 0; a < A.sites.n && !st; a++) {
        for (size_t b = a + 1; b < A.sites.n && b <= a + BIND_NEXT; b++) {
            site_t *sa = &AT(A.sites, site_t, a), *sb = &AT(A.sites, site_t, b);
            if (d->sent[sa->i] != d->sent[sb->i]) break;
            const form_t *fa = &AT(E->forms, form_t, sa->fid), *fb = &AT(E->forms, form_t, sb->fid);
            if (fa->value == fb->value || sa->plural != sb->plural || fa->mass != fb->mass ||
                AT(E->values, value_t, fa->value).cls != AT(E->values, value_t, fb->value).cls)
                continue;
            int content = 0;
            for (size_t k = sa->j; k < sb->i && !content; k++)
                content = !(in_words(d, W_DET, k) || wlow_eq(d, k, "and") || wlow_eq(d, k, "or") || is_attr1(d, k) ||
                            is_noun(d, k));
            if (!content) continue; /* "a toilet, counter and shower": a list says the same in any order */
            int gendered = 0;
            for (int q = 0; q < 2; q++) {
                const site_t *x = q ? sb : sa;
                if (wc_index(d, E->req[W_MALE], x->i, x->j - x->i) >= 0 ||
                    wc_index(d, E->req[W_FEMALE], x->i, x->j - x->i) >= 0)
                    gendered = 1;
            }
            int has_pron = 0;
            for (size_t k = 0; k < d->n && gendered && !has_pron; k++)
                if (d->sent[k] == d->sent[sa->i])
                    for (int q = 0; q < 8; q++)
                        if (wlow_eq(d, k, pron[q])) has_pron = 1;
            if (has_pron) continue;
            site_t s = {0};
            s.cat = C_BINDING;
            s.i = sa->i;
            s.j = sb->j;
            s.nalt = 1;
            s.kind = 1;
            s.x[0] = sa->i;
            s.x[1] = sa->j;
            s.x[2] = sb->i;
            s.x[3] = sb->j;
            s.fid = sa->fid;
            s.x[4] = (size_t)sb->fid;
            if (push_site(S, &s) < 0) {
                st = TLDR_ERR_NOMEM;
                break;
            }
        }
    }
    free(A.sites.p);
    free(A.alts.p);
    return st;
}

static int spatial_ok(doc_t *d, size_t j)
{
    size_t L;
    if (j < d->n && match(d, K(TLDR_LEX_SPATIAL), j, &L) >= 0) return 0;
    for (size_t k = j; k < j + 3 && k < d->n; k++)
        if (in_words(d, W_SPATIAL_STOP, k)) return 0;
    return 1;
}

static tldr_status spatial_sites(doc_t *d, sites_t *S)
{
    const tldr_perturb_engine *E = d->E;
    size_t i = 0, L;
    while (i < d->n) {
        int e = match(d, K(TLDR_LEX_SPATIAL), i, &L);
        if (e >= 0 && dfree(d, i, i + L) && spatial_ok(d, i + L)) {
            site_t s = {0};
            s.cat = C_SPATIAL;
            s.i = i;
            s.j = i + L;
            s.fid = AT(E->entries, entry_t, e).a;
            s.alt_off = S->alts.n;
            long k = other_values(d, S, s.fid, -1);
            if (k < 0) return TLDR_ERR_NOMEM;
            s.nalt = (size_t)k;
            if (k > 0 && push_site(S, &s) < 0) return TLDR_ERR_NOMEM;
            i += L;
        } else {
            i++;
        }
    }
    return TLDR_OK;
}

static tldr_status find_sites(doc_t *d, int cat, sites_t *S)
{
    switch (cat) {
    case C_SPATIAL: return spatial_sites(d, S);
    case C_ATTRIBUTE: return attribute_sites(d, S, 0, C_ATTRIBUTE);
    case C_BINDING: return binding_sites(d, S);
    case C_OBJECT: return object_sites(d, S, C_OBJECT);
    case C_COUNTING: return counting_sites(d, S);
    case C_SMALL: return object_sites(d, S, C_SMALL);
    case C_OCR: return ocr_sites(d, S);
    case C_CF: return counterfactual_sites(d, S);
    default: return TLDR_ERR_ARG;
    }
}

/* ------------------------------------------------------------------ materialize -------- */
typedef struct {
    size_t s, e;
    size_t off, len; /* new text in the edit buffer */
} edit_t;

typedef struct {
    edit_t ed[16];
    size_t n;
    char buf[2048];
    size_t used;
} edits_t;

static int add_edit(edits_t *x, size_t s, size_t e, const char *t, size_t n)
{
    if (x->n >= 16 || x->used + n > sizeof x->buf) return -1;
    memcpy(x->buf + x->used, t, n);
    x->ed[x->n].s = s;
    x->ed[x->n].e = e;
    x->ed[x->n].off = x->used;
    x->ed[x->n].len = n;
    x->used += n;
    x->n++;
    return 0;
}

/* case_like in place on buf[0..n) with reference ref[0..rn) */
static void case_like(char *buf, size_t n, const uint8_t *ref, size_t rn)
{
    size_t letters = 0, upper = 0;
    for (size_t k = 0; k < rn; k++) {
        uint8_t c = ref[k];
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
            letters++;
            if (c <= 'Z') upper++;
        }
    }
    if (letters > 1 && letters == upper) {
        for (size_t k = 0; k < n; k++) buf[k] = (char)up8((uint8_t)buf[k]);
        return;
    }
    if (rn && ref[0] >= 'A' && ref[0] <= 'Z' && n && buf[0] >= 'a' && buf[0] <= 'z') buf[0] = (char)up8((uint8_t)buf[0]);
}

static int add_cased(edits_t *x, const doc_t *d, size_t s, size_t e, const char *t, size_t n)
{
    char tmp[512];
    if (n > sizeof tmp) return -1;
    memcpy(tmp, t, n);
    if (d->all_caps)
        for (size_t k = 0; k < n; k++) tmp[k] = (char)up8((uint8_t)tmp[k]);
    else
        case_like(tmp, n, d->t + s, e - s);
    return add_edit(x, s, e, tmp, n);
}

/* phrase_edit: replace words [i, j) by phrase new (lower case, single spaces), trimmed */
static int phrase_edit(edits_t *x, doc_t *d, size_t i, size_t j, const char *nw, size_t nn)
{
    /* split new into words */
    size_t ws[MAXW * 2 + 8][2];
    size_t cnt = 0, a = 0;
    while (a <= nn) {
        size_t b = a;
        while (b < nn && nw[b] != ' ') b++;
        if (cnt >= sizeof ws / sizeof ws[0]) return -1;
        ws[cnt][0] = a;
        ws[cnt][1] = b;
        cnt++;
        a = b + 1;
    }
    size_t no = j - i, pa = 0, sb = 0;
#define WEQ(k, q) (d->w[k].e - d->w[k].s == ws[q][1] - ws[q][0] && memcmp(d->low + d->w[k].s, nw + ws[q][0], ws[q][1] - ws[q][0]) == 0)
    while (pa < no && pa < cnt && WEQ(i + pa, pa)) pa++;
    while (sb < no - pa && sb < cnt - pa && WEQ(j - 1 - sb, cnt - 1 - sb)) sb++;
#undef WEQ
    size_t oi = i + pa, oj = j - sb;
    size_t q0 = pa, q1 = cnt - sb;
    if (q0 >= q1 && oi == oj) return 0;
    const char *ns = q0 < q1 ? nw + ws[q0][0] : "";
    size_t nlen = q0 < q1 ? ws[q1 - 1][1] - ws[q0][0] : 0;
    if (oi == oj) {
        char tmp[512];
        if (nlen + 1 > sizeof tmp) return -1;
        if (oi > 0) {
            size_t pos = d->w[oi - 1].e;
            tmp[0] = ' ';
            memcpy(tmp + 1, ns, nlen);
            return add_cased(x, d, pos, pos, tmp, nlen + 1);
        }
        size_t pos = d->w[oi].s;
        memcpy(tmp, ns, nlen);
        tmp[nlen] = ' ';
        return add_cased(x, d, pos, pos, tmp, nlen + 1);
    }
    size_t s = d->w[oi].s, e = d->w[oj - 1].e;
    if (!nlen) { /* a deletion takes the space before it (or after it, at the start) */
        if (oi > 0) s = d->w[oi - 1].e;
        else if (oj < d->n) e = d->w[oj].s;
        return add_edit(x, s, e, "", 0);
    }
    return add_cased(x, d, s, e, ns, nlen);
}

static int word_edit(edits_t *x, doc_t *d, size_t k, const char *t, size_t n)
{
    return add_cased(x, d, d->w[k].s, d->w[k].e, t, n);
}

/* number_pronoun_edits of _perturb_ref.py: the counted noun [j, jend) changes number */
static int number_pronoun_edits(edits_t *x, doc_t *d, size_t j, size_t jend, int fid, int want_plural)
{
    const tldr_perturb_engine *E = d->E;
    const form_t *f = &AT(E->forms, form_t, fid);
    int male = words_index(E, E->req[W_MALE], P(E, f->off), f->len) >= 0;
    int female = words_index(E, E->req[W_FEMALE], P(E, f->off), f->len) >= 0;
    if (!male && !female) return 0;
    size_t sid = d->sent[j];
    for (size_t k = 0; k < d->n; k++)
        if (d->sent[k] == sid && (k < j || k >= jend) && (in_words(d, W_MALE, k) || in_words(d, W_FEMALE, k)))
            return 0;
    for (size_t k = jend; k < d->n; k++) {
        if (d->sent[k] != sid) break;
        const char *r = NULL;
        if (want_plural) {
            if (wlow_eq(d, k, "himself") || wlow_eq(d, k, "herself")) r = "themselves";
            else if (wlow_eq(d, k, "him") && male) r = "them";
            else if (wlow_eq(d, k, "his") && male) r = "their";
            else if (wlow_eq(d, k, "her") && female) {
                int nxt = k + 1 < d->n && joined(d, k + 1) && (is_noun(d, k + 1) || is_attr1(d, k + 1));
                r = nxt ? "their" : "them";
            }
        } else {
            /* "them" is left alone: it often means things ("two men ride atvs and tilt them") */
            if (wlow_eq(d, k, "their")) r = male ? "his" : "her";
            else if (wlow_eq(d, k, "themselves")) r = male ? "himself" : "herself";
        }
        if (r && word_edit(x, d, k, r, strlen(r)) < 0) return -1;
    }
    return 0;
}

/* pronoun_edits of _perturb_ref.py: words [i, j) become the phrase nw */
static int pronoun_edits(edits_t *x, doc_t *d, size_t i, size_t j, const char *nw, size_t nn)
{
    const tldr_perturb_engine *E = d->E;
    int male = E->req[W_MALE], female = E->req[W_FEMALE], to_female;
    if (wc_index(d, male, i, j - i) >= 0 && words_index(E, female, nw, nn) >= 0) to_female = 1;
    else if (wc_index(d, female, i, j - i) >= 0 && words_index(E, male, nw, nn) >= 0) to_female = 0;
    else return 0;
    size_t sid = d->sent[i];
    static const char *const he[4] = {"he", "him", "his", "himself"};
    static const char *const she[3] = {"she", "her", "herself"};
    for (size_t k = 0; k < d->n; k++)
        if (d->sent[k] == sid && (k < i || k >= j) && (in_words(d, W_MALE, k) || in_words(d, W_FEMALE, k))) {
            /* another person: a sentence with pronouns of the old gender gives no candidate */
            for (size_t q = 0; q < d->n; q++) {
                if (d->sent[q] != sid || (q >= i && q < j)) continue;
                if (to_female) {
                    for (int z = 0; z < 4; z++)
                        if (wlow_eq(d, q, he[z])) return -1;
                } else {
                    for (int z = 0; z < 3; z++)
                        if (wlow_eq(d, q, she[z])) return -1;
                }
            }
            return 0;
        }
    static const char *const she_of_he[4] = {"she", "her", "her", "herself"};
    for (size_t k = 0; k < d->n; k++) {
        if (d->sent[k] != sid || (k >= i && k < j)) continue;
        const char *r = NULL;
        if (to_female) {
            for (int q = 0; q < 4; q++)
                if (wlow_eq(d, k, he[q])) r = she_of_he[q];
        } else if (wlow_eq(d, k, "she")) {
            r = "he";
        } else if (wlow_eq(d, k, "herself")) {
            r = "himself";
        } else if (wlow_eq(d, k, "her")) {
            int nxt = k + 1 < d->n && joined(d, k + 1) && (is_noun(d, k + 1) || is_attr1(d, k + 1));
            r = nxt ? "his" : "him";
        }
        if (r && word_edit(x, d, k, r, strlen(r)) < 0) return -1;
    }
    return 0;
}

static const char *wc_item(const tldr_perturb_engine *E, int req, size_t idx, size_t *n)
{
    const wclass_t *w = &AT(E->wcls, wclass_t, E->req[req]);
    if (idx >= w->items.n / 2) return NULL;
    *n = AT(w->items, size_t, 2 * idx + 1);
    return P(E, AT(w->items, size_t, 2 * idx));
}

static int needs_an(const tldr_perturb_engine *E, const char *w, size_t wn);

/* parallel_form in the twin: v's form at the position of fid among its synonyms */
static size_t parallel_form(const tldr_perturb_engine *E, int fid, int v)
{
    const form_t *f = &AT(E->forms, form_t, fid);
    size_t k = (size_t)fid - AT(E->values, value_t, f->value).first;
    const value_t *tv = &AT(E->values, value_t, v);
    if (k >= tv->nforms) return tv->first;
    const form_t *g = &AT(E->forms, form_t, tv->first + k);
    /* the two forms must share a word */
    const char *a = P(E, f->off), *b = P(E, g->off);
    size_t i = 0;
    while (i < f->len) {
        size_t ie = i;
        while (ie < f->len && a[ie] != ' ') ie++;
        size_t j = 0;
        while (j < g->len) {
            size_t je = j;
            while (je < g->len && b[je] != ' ') je++;
            if (ie - i == je - j && memcmp(a + i, b + j, ie - i) == 0) return tv->first + k;
            j = je + 1;
        }
        i = ie + 1;
    }
    return tv->first;
}

/* form_choices in the twin: the k-th form value v may be written in at site s (SIZE_MAX
 * past the last): parallel_form alone when a synonym position matches, else v's forms whose
 * context holds after the site (parallel_form when none does) */
static size_t form_choice(doc_t *d, const site_t *s, int v, size_t k)
{
    const tldr_perturb_engine *E = d->E;
    size_t pf = parallel_form(E, s->fid, v);
    const value_t *tv = &AT(E->values, value_t, v);
    if (pf != tv->first) return k == 0 ? pf : SIZE_MAX;
    size_t m = 0;
    for (size_t q = 0; q < tv->nforms; q++) {
        const form_t *f = &AT(E->forms, form_t, tv->first + q);
        if (f->ctx >= 0 && !(s->j < d->n && joined(d, s->j) && wc_index(d, f->ctx, s->j, 1) >= 0)) continue;
        if (m == k) return tv->first + q;
        m++;
    }
    return m == 0 && k == 0 ? pf : SIZE_MAX;
}

static uint64_t form_weight(const tldr_perturb_engine *E, size_t fid)
{
    const form_t *f = &AT(E->forms, form_t, fid);
    return 1 + strmap_get3(E, &E->wmap, FORM_KEY, strlen(FORM_KEY), P(E, f->off), f->len, NULL, 0);
}

/* written_form in the twin: a form choice drawn from fx with probability proportional to
 * 1 + its "form-count" weight (balanced perturb) */
static size_t written_form(doc_t *d, const site_t *s, int v, uint64_t fx)
{
    uint64_t total = 0;
    size_t f;
    for (size_t k = 0; (f = form_choice(d, s, v, k)) != SIZE_MAX; k++) total += form_weight(d->E, f);
    uint64_t x = fx % total;
    for (size_t k = 0; (f = form_choice(d, s, v, k)) != SIZE_MAX; k++) {
        uint64_t w = form_weight(d->E, f);
        if (x < w) return f;
        x -= w;
    }
    return form_choice(d, s, v, 0);
}

/* force: the form to write (candidates, balanced perturb) or SIZE_MAX (the first choice) */
static int materialize(edits_t *x, doc_t *d, sites_t *S, const site_t *s, size_t alt, size_t force)
{
    const tldr_perturb_engine *E = d->E;
    x->n = 0;
    x->used = 0;
    switch (s->cat) {
    case C_SPATIAL:
    case C_ATTRIBUTE: {
        int v = AT(S->alts, int, s->alt_off + alt);
        const form_t *f = &AT(E->forms, form_t, force != SIZE_MAX ? force : form_choice(d, s, v, 0));
        return phrase_edit(x, d, s->i, s->j, P(E, f->off), f->len);
    }
    case C_OBJECT:
    case C_SMALL: {
        int v = AT(S->alts, int, s->alt_off + alt);
        const form_t *f = &AT(E->forms, form_t, parallel_form(E, s->fid, v));
        const char *nt = s->plural ? P(E, f->poff) : P(E, f->off);
        size_t nn = s->plural ? f->plen : f->len;
        if (phrase_edit(x, d, s->i, s->j, nt, nn) < 0) return -1;
        return pronoun_edits(x, d, s->i, s->j, nt, nn);
    }
    case C_BINDING: {
        size_t sa = d->w[s->x[0]].s, ea = d->w[s->x[1] - 1].e, sb = d->w[s->x[2]].s, eb = d->w[s->x[3] - 1].e;
        if (add_cased(x, d, sa, ea, (const char *)d->low + sb, eb - sb) < 0) return -1;
        return add_cased(x, d, sb, eb, (const char *)d->low + sa, ea - sa);
    }
    case C_COUNTING: {
        size_t qlen = s->x[0], j = s->x[1], nl = s->x[2], i = s->i;
        int m = AT(S->alts, int, s->alt_off + alt);
        if (m == 1)
            for (size_t k = s->j; k < d->n; k++)
                if (d->sent[k] == d->sent[i] && words_match(d, W_PLURAL_ONLY, k)) return -1; /* "each other" */
        char num[16];
        const char *nt;
        size_t nn;
        if (s->x[3]) {
            nn = (size_t)snprintf(num, sizeof num, "%d", m);
            nt = num;
        } else {
            nt = wc_item(E, W_NUMBER, (size_t)m - 1, &nn);
            if (!nt) return -1;
        }
        if (m == 1 && !s->x[3] && !(qlen == 1 && wlow_eq(d, i, "one"))) {
            /* "two dogs" -> "a dog": the article, as real captions say it */
            const char *nx;
            size_t nxl;
            if (j == i + qlen) {
                const form_t *f = &AT(E->forms, form_t, s->fid);
                nx = P(E, f->off);
                nxl = 0;
                while (nxl < f->len && nx[nxl] != ' ') nxl++;
            } else {
                nx = (const char *)d->low + d->w[i + qlen].s;
                nxl = d->w[i + qlen].e - d->w[i + qlen].s;
            }
            int an = needs_an(E, nx, nxl);
            nt = an ? "an" : "a";
            nn = an ? 2 : 1;
        }
        if (phrase_edit(x, d, i, i + qlen, nt, nn) < 0) return -1;
        int want_plural = m != 1;
        if (want_plural != s->plural) {
            const form_t *f = &AT(E->forms, form_t, s->fid);
            if (want_plural) {
                if (phrase_edit(x, d, j, j + nl, P(E, f->poff), f->plen) < 0) return -1;
            } else if (phrase_edit(x, d, j, j + nl, P(E, f->off), f->len) < 0) {
                return -1;
            }
            size_t k = j + nl;
            if (k + 1 < d->n && joined(d, k) && rel_pronoun(d, k) && joined(d, k + 1)) k++;
            long idxs[2] = {(long)k, (long)i - 1};
            for (int q = 0; q < 2; q++) {
                long idx = idxs[q];
                if (idx < 0 || (size_t)idx >= d->n) continue;
                if (q == 0 && !joined(d, k)) continue;
                if (q == 1 && !(i >= 2 && joined(d, i) && in_words(d, W_THERE, i - 2) && joined(d, i - 1))) continue;
                int ps = wc_index(d, E->req[W_AGREE_SING], (size_t)idx, 1);
                int pp = wc_index(d, E->req[W_AGREE_PLUR], (size_t)idx, 1);
                if (q == 0 && s->verb >= 0 && ps < 0 && pp < 0) {
                    const form_t *vf = &AT(E->forms, form_t, s->verb);
                    if (want_plural && s->verb3) {
                        if (word_edit(x, d, (size_t)idx, P(E, vf->off), vf->len) < 0) return -1;
                    } else if (!want_plural && !s->verb3) {
                        if (word_edit(x, d, (size_t)idx, P(E, vf->poff), vf->plen) < 0) return -1;
                    }
                    continue;
                }
                size_t rn;
                const char *r;
                if (want_plural && ps >= 0) {
                    r = wc_item(E, W_AGREE_PLUR, (size_t)ps, &rn);
                    if (r && word_edit(x, d, (size_t)idx, r, rn) < 0) return -1;
                } else if (!want_plural && pp >= 0) {
                    r = wc_item(E, W_AGREE_SING, (size_t)pp, &rn);
                    if (r && word_edit(x, d, (size_t)idx, r, rn) < 0) return -1;
                }
            }
            if (number_pronoun_edits(x, d, j, j + nl, s->fid, want_plural) < 0) return -1;
        }
        return 0;
    }
    case C_OCR: {
        size_t ws = d->w[s->i].s, we = d->w[s->i].e;
        if (s->kind == 2) {
            size_t nn;
            const char *nt = wc_item(E, W_OCR_WORDS, alt, &nn);
            char tmp[600];
            if (!nt || nn + 14 > sizeof tmp) return -1;
            if (s->i > 0 && d->w[s->i - 1].e - d->w[s->i - 1].s == nn &&
                memcmp(d->low + d->w[s->i - 1].s, nt, nn) == 0)
                return -1; /* a stop sign that says "STOP" is no negative */
            memcpy(tmp, " that says \"", 12);
            if (d->all_caps)
                for (size_t b = 0; b < 12; b++) tmp[b] = (char)up8((uint8_t)tmp[b]);
            for (size_t b = 0; b < nn; b++) tmp[12 + b] = (char)up8((uint8_t)nt[b]);
            tmp[12 + nn] = '"';
            return add_edit(x, we, we, tmp, nn + 13);
        }
        if (s->kind == 0) {
            size_t p = we;
            for (size_t b = ws; b < we; b++)
                if (d->t[b] >= '0' && d->t[b] <= '9') p = b;
            static const int add[3] = {3, 5, 7};
            char ch = (char)('0' + (d->t[p] - '0' + add[alt]) % 10);
            return add_edit(x, p, p + 1, &ch, 1);
        }
        size_t nn;
        const char *nt = wc_item(E, W_OCR_WORDS, (size_t)AT(S->alts, int, s->alt_off + alt), &nn);
        char tmp[512];
        if (!nt || nn > sizeof tmp) return -1;
        memcpy(tmp, nt, nn);
        size_t letters = 0, upper = 0;
        for (size_t b = ws; b < we; b++) {
            uint8_t c = d->t[b];
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                letters++;
                if (c <= 'Z') upper++;
            }
        }
        if (letters > 1 && letters == upper) {
            for (size_t b = 0; b < nn; b++) tmp[b] = (char)up8((uint8_t)tmp[b]);
        } else if (d->t[ws] >= 'A' && d->t[ws] <= 'Z') {
            for (size_t b = 0; b < nn; b++)
                if (b == 0 || tmp[b - 1] == ' ') tmp[b] = (char)up8((uint8_t)tmp[b]);
        }
        return add_edit(x, ws, we, tmp, nn);
    }
    case C_CF: {
        size_t ws = d->w[s->i].s, we = d->w[s->i].e;
        if (s->kind == 0) {
            char tmp[4] = {' ', 'n', 'o', 't'};
            if (d->all_caps)
                for (int k = 0; k < 4; k++) tmp[k] = (char)up8((uint8_t)tmp[k]);
            else
                case_like(tmp, 4, d->t + ws, we - ws);
            return add_edit(x, we, we, tmp, 4);
        }
        if (s->kind == 1) return word_edit(x, d, s->i, "without", 7);
        if (s->kind == 2) return word_edit(x, d, s->i, "no", 2);
        if (s->kind == 3) { /* "not holding" -> "holding": the claim that becomes false is bad */
            size_t vs = d->w[s->i + 1].s, ve = d->w[s->i + 1].e;
            return add_edit(x, ws, ve, (const char *)d->t + vs, ve - vs);
        }
        if (s->kind == 4) return word_edit(x, d, s->i, "with", 4);
        const char *det = restore_det(d, s->i + 1);
        return det ? word_edit(x, d, s->i, det, strlen(det)) : -1;
    }
    }
    return -1;
}

static int prefix_match(const char *w, size_t wn, const char *e, size_t en)
{
    if (wn == en && memcmp(w, e, en) == 0) return 1;
    return en >= 3 && wn >= en && memcmp(w, e, en) == 0;
}

static int needs_an(const tldr_perturb_engine *E, const char *w, size_t wn)
{
    char lw[256];
    if (wn > sizeof lw) wn = sizeof lw;
    for (size_t k = 0; k < wn; k++) lw[k] = (char)low8((uint8_t)w[k]);
    size_t en;
    const char *e;
    for (size_t k = 0; (e = wc_item(E, W_AN_WORDS, k, &en)); k++)
        if (prefix_match(lw, wn, e, en)) return 1;
    for (size_t k = 0; (e = wc_item(E, W_A_WORDS, k, &en)); k++)
        if (prefix_match(lw, wn, e, en)) return 0;
    if (wn && lw[0] == '8') return 1;
    return wn && strchr("aeiou", lw[0]) != NULL;
}

static int fix_articles(edits_t *x, doc_t *d)
{
    size_t n0 = x->n;
    for (size_t q = 0; q < n0; q++) {
        edit_t ed = x->ed[q];
        const char *nt = x->buf + ed.off;
        if (!ed.len || is_ws((uint8_t)nt[0])) continue;
        size_t fl = 0;
        while (fl < ed.len && nt[fl] != ' ') fl++;
        long k = -1;
        {
            size_t lo = 0, hi = d->n; /* first word with end > ed.s */
            while (lo < hi) {
                size_t mid = (lo + hi) / 2;
                if (d->w[mid].e <= ed.s) lo = mid + 1;
                else hi = mid;
            }
            k = (long)lo - 1;
        }
        if (k < 0) continue;
        size_t ks = d->w[k].s, ke = d->w[k].e;
        if (ke >= ed.s) continue;
        int allws = 1;
        for (size_t b = ke; b < ed.s; b++)
            if (!is_ws(d->t[b])) allws = 0;
        if (!allws) continue;
        int is_a = wlow_eq(d, (size_t)k, "a"), is_an = wlow_eq(d, (size_t)k, "an");
        if (!is_a && !is_an) continue;
        int overl = 0;
        for (size_t r = 0; r < x->n; r++)
            if (x->ed[r].s < ke && ks < x->ed[r].e) overl = 1;
        if (overl) continue;
        int want_an = needs_an(d->E, nt, fl);
        if (want_an != is_an) {
            if (add_cased(x, d, ks, ke, want_an ? "an" : "a", want_an ? 2 : 1) < 0) return -1;
        }
    }
    return 0;
}

/* sort edits by (start, end, new text) with an insertion sort (few edits) */
static void sort_edits(edits_t *x)
{
    for (size_t a = 1; a < x->n; a++) {
        edit_t key = x->ed[a];
        size_t b = a;
        while (b > 0) {
            edit_t *p = &x->ed[b - 1];
            int gt;
            if (p->s != key.s) gt = p->s > key.s;
            else if (p->e != key.e) gt = p->e > key.e;
            else {
                size_t m = p->len < key.len ? p->len : key.len;
                int c = memcmp(x->buf + p->off, x->buf + key.off, m);
                gt = c > 0 || (c == 0 && p->len > key.len);
            }
            if (!gt) break;
            x->ed[b] = *p;
            b--;
        }
        x->ed[b] = key;
    }
}

/* apply: 1 ok (result filled), 0 rejected, -1 no memory */
static int apply_edits(const doc_t *d, edits_t *x, tldr_perturb_result *r)
{
    sort_edits(x);
    for (size_t a = 0; a + 1 < x->n; a++) {
        edit_t *p = &x->ed[a], *q = &x->ed[a + 1];
        if (p->e > q->s || (p->s == p->e && q->s == q->e && p->s == q->s)) return 0;
    }
    size_t total = d->len;
    for (size_t a = 0; a < x->n; a++) total = total - (x->ed[a].e - x->ed[a].s) + x->ed[a].len;
    char *out = malloc(total + 1);
    tldr_perturb_edit *eo = malloc((x->n ? x->n : 1) * sizeof *eo);
    if (!out || !eo) {
        free(out);
        free(eo);
        return -1;
    }
    size_t pos = 0, o = 0;
    for (size_t a = 0; a < x->n; a++) {
        edit_t *p = &x->ed[a];
        memcpy(out + o, d->t + pos, p->s - pos);
        o += p->s - pos;
        eo[a].start = p->s;
        eo[a].end = p->e;
        eo[a].new_start = o;
        memcpy(out + o, x->buf + p->off, p->len);
        o += p->len;
        eo[a].new_end = o;
        pos = p->e;
    }
    memcpy(out + o, d->t + pos, d->len - pos);
    o += d->len - pos;
    out[o] = 0;
    int same = o == d->len;
    for (size_t b = 0; same && b < o; b++)
        if (low8((uint8_t)out[b]) != d->low[b]) same = 0;
    if (same) {
        free(out);
        free(eo);
        return 0;
    }
    r->text = out;
    r->len = o;
    r->n_edits = x->n;
    r->edits = eo;
    return 1;
}

/* candidate: 1 produced into r, 0 none, -1 no memory */
static int candidate(doc_t *d, sites_t *S, const site_t *s, size_t alt, size_t force, tldr_perturb_result *r)
{
    edits_t x;
    if (materialize(&x, d, S, s, alt, force) < 0) return 0;
    if (!x.n) return 0;
    if (fix_articles(&x, d) < 0) return 0;
    return apply_edits(d, &x, r);
}

static uint64_t alt_weight(const tldr_perturb_engine *E, const sites_t *S, const site_t *s, size_t k)
{
    switch (s->cat) {
    case C_SPATIAL:
    case C_ATTRIBUTE:
    case C_OBJECT:
    case C_SMALL: return AT(E->values, value_t, AT(S->alts, int, s->alt_off + k)).weight;
    case C_COUNTING: {
        int a = AT(S->alts, int, s->alt_off + k);
        return a >= 1 && a <= 64 ? E->number_weight[a - 1] : 1;
    }
    default: return 1;
    }
}

/* alternative drawn from x with probability proportional to its weight (pick in the twin) */
static size_t pick(const tldr_perturb_engine *E, const sites_t *S, const site_t *s, uint64_t x)
{
    uint64_t total = 0;
    for (size_t k = 0; k < s->nalt; k++) total += alt_weight(E, S, s, k);
    x %= total;
    for (size_t k = 0; k < s->nalt; k++) {
        uint64_t w = alt_weight(E, S, s, k);
        if (x < w) return k;
        x -= w;
    }
    return s->nalt - 1;
}

/* Balance (categories in the balance mask). A replacement is proposed with probability proportional to its corpus
 * weight (pick), so a site of value u proposes w with probability weight(w) / mass(u), where
 * mass(u) is the total weight of what a site of value u can propose. Accepting that proposal
 * with probability min(1, mass(u) / mass(w)) is the Metropolis-Hastings rule for a chain whose
 * stationary distribution is the corpus distribution of values: every edit u -> w is as
 * frequent as w -> u, so the values written into negatives are distributed as the values
 * found in captions and a text-only classifier learns nothing from them. (proposal_mass and
 * accepted in the twin.) */
static uint64_t class_mass(const tldr_perturb_engine *E, int v, int need_mass)
{
    const class_t *c = &AT(E->classes, class_t, AT(E->values, value_t, v).cls);
    uint64_t g = 0;
    for (size_t k = 0; k < c->values.n; k++) {
        int y = AT(c->values, int, k);
        if (y == v) continue;
        if (need_mass >= 0 && AT(E->forms, form_t, AT(E->values, value_t, y).first).mass != need_mass) continue;
        g += AT(E->values, value_t, y).weight;
    }
    return g;
}

static uint64_t count_mass(const tldr_perturb_engine *E, int n, int vague)
{
    int a[24];
    size_t m = count_alternatives(a, n, vague);
    uint64_t g = 0;
    for (size_t k = 0; k < m; k++) g += a[k] >= 1 && a[k] <= 64 ? E->number_weight[a[k] - 1] : 1;
    return g;
}

typedef struct {
    int cc;
    const char *w;
    size_t n;
} ctxw_t;

/* one (context, text) pair into *o; 1 */
static int put_ctx(ctxw_t *o, int cc, const char *w, size_t n)
{
    o->cc = cc;
    o->w = w;
    o->n = n;
    return 1;
}

/* word k of d (lower case) as context cc */
static int put_word(ctxw_t *o, int cc, const doc_t *d, size_t k)
{
    return put_ctx(o, cc, (const char *)d->low + d->w[k].s, d->w[k].e - d->w[k].s);
}

static int attribute_context(doc_t *d, size_t i, size_t j, ctxw_t *out)
{
    int m = 0;
    if (j < d->n && joined(d, j)) m += put_word(&out[m], X_ATTRIBUTE, d, j);
    if (i > 0 && joined(d, i)) m += put_word(&out[m], X_ATTRIBUTE_BEFORE, d, i - 1);
    return m;
}

static int object_context(doc_t *d, size_t i, ctxw_t *out)
{
    long k = (long)i - 1;
    for (int t = 0; t < 2; t++)
        if (k >= 0 && joined(d, (size_t)k + 1) && in_words(d, W_DET, (size_t)k)) k--;
    if (k < 0 || !joined(d, (size_t)k + 1)) return 0;
    return put_word(out, X_OBJECT, d, (size_t)k);
}

/* context_words in the twin: the (context, word) pairs the balance test conditions on */
static int context_words(doc_t *d, const site_t *s, ctxw_t *out)
{
    const tldr_perturb_engine *E = d->E;
    int m = 0;
    switch (s->cat) {
    case C_SPATIAL: {
        size_t k = s->j;
        for (int t = 0; t < 2; t++)
            if (k < d->n && joined(d, k) && in_words(d, W_DET, k)) k++;
        if (k < d->n && joined(d, k)) m += put_word(&out[m], X_SPATIAL, d, k);
        if (s->i > 0 && joined(d, s->i)) m += put_word(&out[m], X_SPATIAL_BEFORE, d, s->i - 1);
        m += k > s->j ? put_ctx(&out[m], X_SPATIAL_DET, "det", 3) : put_ctx(&out[m], X_SPATIAL_DET, "none", 4);
        break;
    }
    case C_ATTRIBUTE: return attribute_context(d, s->i, s->j, out);
    case C_OBJECT:
    case C_SMALL: return object_context(d, s->i, out);
    case C_COUNTING: {
        const form_t *f = &AT(E->forms, form_t, s->fid);
        m += put_ctx(&out[m], X_COUNTING, P(E, f->off), f->len);
        size_t k = s->j;
        if (k + 1 < d->n && joined(d, k) && rel_pronoun(d, k) && joined(d, k + 1)) k++;
        int verb = k < d->n && joined(d, k) &&
                   (in_words(d, W_AGREE_SING, k) || in_words(d, W_AGREE_PLUR, k) || s->verb >= 0);
        m += verb ? put_ctx(&out[m], X_COUNTING_AFTER, "verb", 4) : put_ctx(&out[m], X_COUNTING_AFTER, "none", 4);
        break;
    }
    }
    return m;
}

/* pi(x | c) / f(x) of the balance target pi(x | c) ~ f(x, c) + b f(x) (f(c) + 1) / N with
 * b = CTX_SHRINK (context_factor in the twin) */
static double context_factor(const tldr_perturb_engine *E, int cc, const char *v, size_t vn, uint64_t weight,
                             const char *w, size_t wn)
{
    const char *name = CTX_NAMES[cc];
    uint64_t fxc = strmap_get3(E, &E->wmap, name, strlen(name), v, vn, w, wn);
    uint64_t marg = strmap_get3(E, &E->cmarg, name, strlen(name), w, wn, NULL, 0);
    double t = CTX_SHRINK * (double)(marg + 1) / (double)E->ctx_total[cc];
    return (double)fxc / (double)weight + t;
}

static const char *number_word_or_null(const tldr_perturb_engine *E, int k, int vague, size_t *n)
{
    if (vague || k < 1) return NULL;
    return wc_item(E, W_NUMBER, (size_t)k - 1, n);
}

/* owned in the twin: the phrase of form fid, found in a caption, is read as fid's value (the
 * first form of its lexicon kind on the phrase is one of that value), so an edit that
 * writes it can be undone by the reverse edit (detailed balance needs both directions) */
static int owned(const tldr_perturb_engine *E, size_t fid)
{
    const form_t *f = &AT(E->forms, form_t, fid);
    int kind = kind_of_form(E, (int)fid);
    for (int e = table_find(E, P(E, f->off), f->len); e >= 0; e = AT(E->entries, entry_t, e).next) {
        const entry_t *en = &AT(E->entries, entry_t, e);
        if (en->kind == KIND_WORDS || kind_of_form(E, en->a) != kind) continue;
        return AT(E->forms, form_t, en->a).value == f->value;
    }
    return 0;
}

/* value v's first form (the key of its counts), its length in *n and its weight in *w */
static const char *value_name(const tldr_perturb_engine *E, int v, size_t *n, uint64_t *w)
{
    const value_t *tv = &AT(E->values, value_t, v);
    const form_t *f = &AT(E->forms, form_t, tv->first);
    *n = f->len;
    *w = tv->weight;
    return P(E, f->off);
}

/* the balance draw of r accepts with probability min(1, a) */
static int accept_draw(uint64_t r, double a)
{
    return a >= 1.0 || (double)(tldr_splitmix64(r ^ ACCEPT_SALT) >> 11) * 0x1p-53 < a;
}

/* wf: the form the draw writes (spatial, attribute) */
static int accepted(doc_t *d, const sites_t *S, const site_t *s, size_t alt, uint64_t r, size_t wf)
{
    const tldr_perturb_engine *E = d->E;
    uint64_t gu, gw;
    switch (s->cat) {
    case C_SPATIAL:
    case C_ATTRIBUTE:
    case C_OBJECT:
    case C_SMALL: {
        if (s->cat == C_OBJECT || s->cat == C_SMALL) wf = parallel_form(E, s->fid, AT(S->alts, int, s->alt_off + alt));
        if (!owned(E, wf)) return 0;
        int need = (s->cat == C_OBJECT || s->cat == C_SMALL) ? AT(E->forms, form_t, s->fid).mass : -1;
        gu = class_mass(E, AT(E->forms, form_t, s->fid).value, need);
        gw = class_mass(E, AT(S->alts, int, s->alt_off + alt), need);
        break;
    }
    case C_COUNTING:
        if (!s->plain) return 0; /* "several", "a couple of": no edit writes them back */
        gu = count_mass(E, s->count, s->vague);
        gw = count_mass(E, AT(S->alts, int, s->alt_off + alt), 0);
        break;
    case C_OCR: return s->kind != 2; /* no caption takes written text away: never balanced */
    case C_CF: /* one construct proposes its opposite: accept min(1, f(opposite) / f(this)) */
        gu = E->cf_weight[(s->kind + 3) % 6];
        gw = E->cf_weight[s->kind];
        break;
    case C_BINDING: {
        /* a swap is its own reverse: accept min(1, pi(swapped) / pi(original)) under the
         * attribute (object) contexts of the two positions (the values' counts cancel) */
        const char *vt[2];
        size_t vn[2];
        uint64_t vw[2];
        for (int q = 0; q < 2; q++)
            vt[q] = value_name(E, AT(E->forms, form_t, q ? (int)s->x[4] : s->fid).value, &vn[q], &vw[q]);
        double num = 1.0, den = 1.0;
        for (int q = 0; q < 2; q++) {
            ctxw_t cw[MAXCTX];
            int nc = s->kind ? object_context(d, s->x[2 * q], cw) : attribute_context(d, s->x[2 * q], s->x[2 * q + 1], cw);
            int cur = q, nw = 1 - q;
            for (int k = 0; k < nc; k++) {
                if (!E->ctx_total[cw[k].cc]) continue;
                num *= context_factor(E, cw[k].cc, vt[nw], vn[nw], vw[nw], cw[k].w, cw[k].n);
                den *= context_factor(E, cw[k].cc, vt[cur], vn[cur], vw[cur], cw[k].w, cw[k].n);
            }
        }
        return accept_draw(r, num / den);
    }
    default: return 1;
    }
    ctxw_t cw[MAXCTX], keep[MAXCTX];
    int nc = context_words(d, s, cw), m = 0;
    for (int k = 0; k < nc; k++)
        if (E->ctx_total[cw[k].cc]) keep[m++] = cw[k];
    if (m) {
        const char *ut, *wt;
        size_t utn = 0, wtn = 0;
        uint64_t uw, ww;
        if (s->cat == C_COUNTING) {
            int a = AT(S->alts, int, s->alt_off + alt);
            ut = number_word_or_null(E, s->count, s->vague, &utn);
            uw = s->count >= 1 && s->count <= 64 ? E->number_weight[s->count - 1] : 1;
            wt = number_word_or_null(E, a, 0, &wtn);
            ww = a >= 1 && a <= 64 ? E->number_weight[a - 1] : 1;
        } else {
            ut = value_name(E, AT(E->forms, form_t, s->fid).value, &utn, &uw);
            wt = value_name(E, AT(S->alts, int, s->alt_off + alt), &wtn, &ww);
        }
        if (ut && wt) {
            double fw = 1.0, fu = 1.0;
            for (int k = 0; k < m; k++) {
                fw *= context_factor(E, keep[k].cc, wt, wtn, ww, keep[k].w, keep[k].n);
                fu *= context_factor(E, keep[k].cc, ut, utn, uw, keep[k].w, keep[k].n);
            }
            return accept_draw(r, (fw * (double)gu) / (fu * (double)gw));
        }
    }
    if (gu >= gw || !gw) return 1;
    return tldr_splitmix64(r ^ ACCEPT_SALT) % gw < gu;
}

void tldr_perturb_results_free(tldr_perturb_result *res, size_t n)
{
    if (!res) return;
    for (size_t i = 0; i < n; i++) {
        free(res[i].text);
        free(res[i].edits);
    }
    free(res);
}

/* Texts already produced for one caption: an open-addressing set of (hash, index into
 * out), so deduplication stays linear for captions with many candidates. */
typedef struct {
    uint64_t *h;
    size_t *idx;
    size_t cap, n;
} seen_set;

static void seen_free(seen_set *S)
{
    free(S->h);
    free(S->idx);
}

/* 1 if r's text is the original or already in out (through the set) */
static int seen_text(const doc_t *d, const vec *out, const seen_set *S, const tldr_perturb_result *r, uint64_t h)
{
    if (r->len == d->len && memcmp(r->text, d->t, d->len) == 0) return 1;
    if (!S->cap) return 0;
    for (size_t i = h & (S->cap - 1); S->idx[i] != SIZE_MAX; i = (i + 1) & (S->cap - 1)) {
        if (S->h[i] != h) continue;
        const tldr_perturb_result *o = &AT(*out, tldr_perturb_result, S->idx[i]);
        if (o->len == r->len && memcmp(o->text, r->text, r->len) == 0) return 1;
    }
    return 0;
}

static int seen_add(seen_set *S, uint64_t h, size_t index)
{
    if ((S->n + 1) * 2 > S->cap) {
        size_t nc = S->cap ? S->cap * 2 : 16;
        uint64_t *nh = malloc(nc * sizeof *nh);
        size_t *ni = malloc(nc * sizeof *ni);
        if (!nh || !ni) {
            free(nh);
            free(ni);
            return -1;
        }
        for (size_t i = 0; i < nc; i++) ni[i] = SIZE_MAX;
        for (size_t i = 0; i < S->cap; i++) {
            if (S->idx[i] == SIZE_MAX) continue;
            size_t j = S->h[i] & (nc - 1);
            while (ni[j] != SIZE_MAX) j = (j + 1) & (nc - 1);
            nh[j] = S->h[i];
            ni[j] = S->idx[i];
        }
        free(S->h);
        free(S->idx);
        S->h = nh;
        S->idx = ni;
        S->cap = nc;
    }
    size_t j = h & (S->cap - 1);
    while (S->idx[j] != SIZE_MAX) j = (j + 1) & (S->cap - 1);
    S->h[j] = h;
    S->idx[j] = index;
    S->n++;
    return 0;
}

/* r into out unless its text is the original or already there (then r is freed): 1 kept,
 * 0 a duplicate, -1 out of memory (r is owned by out or freed either way) */
static int keep_result(const doc_t *d, vec *out, seen_set *seen, tldr_perturb_result *r)
{
    uint64_t h = table_hash(r->text, r->len);
    if (seen_text(d, out, seen, r, h)) {
        free(r->text);
        free(r->edits);
        return 0;
    }
    if (vec_push(out, r) < 0) {
        free(r->text);
        free(r->edits);
        return -1;
    }
    return seen_add(seen, h, out->n - 1) < 0 ? -1 : 1;
}

/* candidates of one caption may not hold more text than this (TLDR_ERR_LIMIT) */
#define CANDIDATE_BYTES_MAX ((size_t)256 << 20)

tldr_status tldr_perturb_run(const tldr_perturb_engine *E, const uint8_t *text, size_t len, const int *cats,
                             size_t ncats, size_t n, uint64_t seed, int mode, unsigned balance,
                             tldr_perturb_result **res, size_t *nres)
{
    *res = NULL;
    *nres = 0;
    tldr_perturb_scratch *x = tldr_perturb_scratch_new(E);
    if (!x) return TLDR_ERR_NOMEM;
    tldr_status st = tldr_perturb_run_scratch(x, text, len, cats, ncats, n, seed, mode, balance, res, nres);
    tldr_perturb_scratch_free(x);
    return st;
}

tldr_status tldr_perturb_run_scratch(tldr_perturb_scratch *x, const uint8_t *text, size_t len, const int *cats,
                                     size_t ncats, size_t n, uint64_t seed, int mode, unsigned balance,
                                     tldr_perturb_result **res, size_t *nres)
{
    const tldr_perturb_engine *E = x->E;
    *res = NULL;
    *nres = 0;
    size_t bad;
    if (!tldr_utf8_valid(text, len, &bad)) return TLDR_ERR_UTF8;
    for (size_t c = 0; c < ncats; c++)
        if (cats[c] < 0 || cats[c] >= TLDR_PERTURB_NCAT) return TLDR_ERR_ARG;
    if (ncats > TLDR_PERTURB_NCAT || mode < 0 || mode > 1) return TLDR_ERR_ARG;
    doc_t *d = &x->d;
    tldr_status st = doc_init(x, text, len);
    if (!st) doc_words_init(d);
    sites_t *S = x->S;
    for (size_t c = 0; c < TLDR_PERTURB_NCAT; c++) S[c].sites.n = S[c].alts.n = 0;
    vec out = VEC(tldr_perturb_result);
    seen_set seen = {0};
    size_t total_bytes = 0;
    size_t nc = mode == 1 ? (ncats ? 1 : 0) : ncats;
    for (size_t c = 0; c < nc && !st; c++) st = find_sites(d, cats[c], &S[c]);
    if (st) goto done;
    if (mode == 1) {
        for (size_t k = 0; k < S[0].sites.n && !st; k++) {
            site_t *s = &AT(S[0].sites, site_t, k);
            int forms = s->cat == C_SPATIAL || s->cat == C_ATTRIBUTE;
            for (size_t a = 0; a < s->nalt && !st; a++) {
                for (size_t fk = 0; !st; fk++) { /* every form the alternative may be written in */
                    size_t force = SIZE_MAX;
                    if (forms) {
                        force = form_choice(d, s, AT(S[0].alts, int, s->alt_off + a), fk);
                        if (force == SIZE_MAX) break;
                    } else if (fk) {
                        break;
                    }
                    tldr_perturb_result r = {0};
                    int got = candidate(d, &S[0], s, a, force, &r);
                    if (got < 0) {
                        st = TLDR_ERR_NOMEM;
                        break;
                    }
                    if (!got) continue;
                    r.cat = cats[0];
                    int kept = keep_result(d, &out, &seen, &r);
                    if (kept < 0) {
                        st = TLDR_ERR_NOMEM;
                        break;
                    }
                    if (!kept) continue;
                    total_bytes += r.len;
                    if (total_bytes > CANDIDATE_BYTES_MAX) {
                        st = TLDR_ERR_LIMIT;
                        break;
                    }
                }
            }
        }
        goto done;
    }
    {
        size_t avail[TLDR_PERTURB_NCAT], na = 0;
        for (size_t c = 0; c < ncats; c++)
            if (S[c].sites.n) avail[na++] = c;
        if (!na || !n) goto done;
        uint64_t h = tldr_fnv1a64(text, len);
        size_t start = (size_t)(draw_rng(seed, h, ROTATE_CAT, 0) % na);
        uint64_t draws[TLDR_PERTURB_NCAT] = {0};
        int exhausted[TLDR_PERTURB_NCAT] = {0};
        size_t nex = 0, k = 0, doff[TLDR_PERTURB_NCAT], ndead = 0;
        for (size_t c = 0; c < ncats; c++) {
            doff[c] = ndead;
            ndead += S[c].sites.n;
        }
        if (ndead > x->dead_cap) {
            uint8_t *nd = realloc(x->dead, ndead);
            if (!nd) {
                st = TLDR_ERR_NOMEM;
                goto done;
            }
            x->dead = nd;
            x->dead_cap = ndead;
        }
        if (ndead) memset(x->dead, 0, ndead);
        while (out.n < n && nex < na) {
            size_t ai = (start + k) % na;
            k++;
            if (exhausted[ai]) continue;
            size_t c = avail[ai];
            int got = 0;
            for (int t = 0; t < MAX_TRIES && !got; t++) {
                uint64_t r = draw_rng(seed, h, (uint64_t)cats[c], draws[c]);
                draws[c]++;
                size_t si = (size_t)(r % S[c].sites.n);
                site_t *s = &AT(S[c].sites, site_t, si);
                if (x->dead[doff[c] + si]) continue;
                size_t alt = pick(E, &S[c], s, tldr_splitmix64(r));
                int bal = balance >> cats[c] & 1u;
                size_t wf = SIZE_MAX; /* balanced: the synonym form is drawn too */
                if (bal && (s->cat == C_SPATIAL || s->cat == C_ATTRIBUTE))
                    wf = written_form(d, s, AT(S[c].alts, int, s->alt_off + alt), tldr_splitmix64(r ^ FORM_SALT));
                if (bal && !accepted(d, &S[c], s, alt, r, wf)) { /* this site proposes no more */
                    x->dead[doff[c] + si] = 1;
                    continue;
                }
                tldr_perturb_result rr = {0};
                int g = candidate(d, &S[c], s, alt, wf, &rr);
                if (g < 0) { st = TLDR_ERR_NOMEM; break; }
                if (!g) continue;
                rr.cat = cats[c];
                got = keep_result(d, &out, &seen, &rr);
                if (got < 0) {
                    st = TLDR_ERR_NOMEM;
                    break;
                }
            }
            if (st) break;
            if (!got) {
                exhausted[ai] = 1;
                nex++;
            }
        }
    }
done:
    seen_free(&seen);
    if (st) {
        tldr_perturb_results_free(out.p, out.n);
        return st;
    }
    *res = out.p;
    *nres = out.n;
    return TLDR_OK;
}

/* ------------------------------------------------------------------ token diff --------- */
/* Myers' greedy O((N+M)D) shortest edit script between a and b. Before step D the
 * furthest-reaching x of diagonals [-D-1, D+1] is saved, so the script can be walked
 * back; matched (snake) tokens of b get keep = 1. Tie-breaking is the classic one
 * (move down from k+1 when k == -D or V[k-1] < V[k+1]), as in myers_keep. */
tldr_status tldr_perturb_diff(uint8_t *keep, const int32_t *a, size_t na, const int32_t *b, size_t nb)
{
    if (nb) memset(keep, 0, nb);
    size_t max = na + nb;
    if (max > ((size_t)1 << 26)) return TLDR_ERR_LIMIT;
    long off = (long)max + 1;
    size_t width = 2 * max + 3;
    long *v = calloc(width, sizeof *v);
    vec trace = VEC(long *);
    if (!v) return TLDR_ERR_NOMEM;
    long found = -1;
    for (long D = 0; D <= (long)max && found < 0; D++) {
        long *snap = malloc((size_t)(2 * D + 3) * sizeof *snap);
        if (!snap || vec_push(&trace, &snap) < 0) {
            free(snap);
            goto nomem;
        }
        memcpy(snap, v + off - D - 1, (size_t)(2 * D + 3) * sizeof *v);
        for (long k = -D; k <= D; k += 2) {
            long x;
            if (k == -D || (k != D && v[off + k - 1] < v[off + k + 1])) x = v[off + k + 1];
            else x = v[off + k - 1] + 1;
            long y = x - k;
            while (x < (long)na && y < (long)nb && a[x] == b[y]) {
                x++;
                y++;
            }
            v[off + k] = x;
            if (x >= (long)na && y >= (long)nb) {
                found = D;
                break;
            }
        }
    }
    {
        long x = (long)na, y = (long)nb;
        for (long d = found; d > 0; d--) {
            long *vv = AT(trace, long *, d) + d + 1; /* vv[k] for k in [-d-1, d+1] */
            long k = x - y, pk;
            if (k == -d || (k != d && vv[k - 1] < vv[k + 1])) pk = k + 1;
            else pk = k - 1;
            long px = vv[pk], py = px - pk;
            while (x > px && y > py) {
                x--;
                y--;
                keep[y] = 1;
            }
            x = px;
            y = py;
        }
        while (x > 0 && y > 0) {
            x--;
            y--;
            keep[y] = 1;
        }
    }
    for (size_t i = 0; i < trace.n; i++) free(AT(trace, long *, i));
    free(trace.p);
    free(v);
    return TLDR_OK;
nomem:
    for (size_t i = 0; i < trace.n; i++) free(AT(trace, long *, i));
    free(trace.p);
    free(v);
    return TLDR_ERR_NOMEM;
}

/* ------------------------------------------------------------------ labels ------------- */
tldr_status tldr_perturb_labels(int8_t *labels, const int64_t *offsets, size_t ntok, const int64_t *row_splits,
                                size_t rows, const int64_t *edit_splits, const int64_t *edits, size_t nedits)
{
    if (row_splits[0] != 0 || (size_t)row_splits[rows] != ntok || edit_splits[0] != 0 ||
        (size_t)edit_splits[rows] != nedits)
        return TLDR_ERR_ARG;
    for (size_t r = 0; r < rows; r++)
        if (row_splits[r + 1] < row_splits[r] || edit_splits[r + 1] < edit_splits[r]) return TLDR_ERR_ARG;
    for (size_t t = 0; t < ntok; t++) labels[t] = 1;
    for (size_t r = 0; r < rows; r++) {
        size_t a = (size_t)row_splits[r], b = (size_t)row_splits[r + 1];
        for (int64_t q = edit_splits[r]; q < edit_splits[r + 1]; q++) {
            int64_t s = edits[4 * q + 2], e = edits[4 * q + 3];
            if (e > s) {
                for (size_t t = a; t < b; t++)
                    if (offsets[2 * t] < e && s < offsets[2 * t + 1]) labels[t] = 0;
            } else {
                int hit = 0;
                for (size_t t = a; t < b; t++)
                    if (offsets[2 * t] <= s && s < offsets[2 * t + 1]) {
                        labels[t] = 0;
                        hit = 1;
                    }
                if (!hit)
                    for (size_t t = a; t < b; t++)
                        if (offsets[2 * t] >= s) {
                            labels[t] = 0;
                            break;
                        }
            }
        }
    }
    return TLDR_OK;
}
