/* perturb/fluency.c: the check every candidate negative passes before it is written: the
 * words around each edit must read as English a caption would say. Three tests, on the
 * words of the negative that an edit writes or touches:
 *   - agreement: a determiner of one thing (det_singular: "a", "one", "this", ...) is not
 *     followed by a noun that is only plural, nor one of several things (det_plural:
 *     "two", "these", "several", ...) by a noun that is only singular (up to two attribute
 *     words between), the determiner at most three words before the edit;
 *   - compounds: two nouns side by side, one of them written by the edit, must be a pair
 *     the caption corpus has ("keyboard computer", "child men", "water cup" are not), for
 *     the edits that write nouns (object, small object, counting, noun and count swaps);
 *   - attested words: a noun a count edit writes in the other number must occur in the
 *     corpus ("two beeves": nouns.lex spells every plural by rule, mass nouns too).
 * The corpus counts are weights.lex's "unigram WORD" and "bigram WORD WORD" keys; without
 * them (weights counted by an older version) only agreement is checked. An edit and its
 * reverse pass or fail together (a pair the corpus lacks is in no caption to be edited
 * back), so the balance test's symmetry is kept.
 */
#include "perturb/perturb_internal.h"

#include <limits.h>
#include <stdlib.h>

/* Caption words around the edits that the tests read: agreement looks three words before
 * an edit (the determiner) and two past it (the noun after two attributes), the other
 * tests one each side; a word more each side for the joins. */
#define WINDOW_BEFORE 4
#define WINDOW_AFTER 3

/* what the lexicons say of a word */
enum {
    F_SING = 1,     /* a singular noun form (a mass noun is both) */
    F_PLUR = 2,     /* a plural noun form */
    F_ATTR = 4,     /* an attribute that needs no context */
    F_CONTENT = 8,  /* a form of any lexicon but words.lex */
    F_DSING = 16,   /* in det_singular */
    F_DPLUR = 32,   /* in det_plural */
    F_UNKNOWN = UINT_MAX
};

typedef struct {
    tldr_perturb_scratch *x;
    const char *t; /* the negative */
    const size_t *w; /* its word spans (start, end) */
    size_t nw;
    unsigned *fl; /* flags per word, F_UNKNOWN until looked up */
    const size_t *cw; /* per word: the caption word it is (no edit touches it), or SIZE_MAX */
} neg_t;

/* word k of the negative in lower case at x->fkey + off (*n bytes); NULL when it is longer
 * than any phrase of the lexicons (then it is no lexicon word) */
static const char *low_word(const neg_t *g, size_t k, size_t off, size_t *n)
{
    size_t s = g->w[2 * k], e = g->w[2 * k + 1];
    *n = e - s;
    if (*n > g->x->E->max_key) return NULL;
    char *dst = g->x->fkey + off;
    for (size_t b = 0; b < *n; b++) dst[b] = (char)ascii_lower((uint8_t)g->t[s + b]);
    return dst;
}

/* what the lexicons say of the word w[0:n) (lower case; NULL: longer than any phrase) */
static unsigned lookup_flags(const tldr_perturb_engine *E, const char *w, size_t n)
{
    unsigned f = 0;
    for (int e = w ? pt_table_find(E, w, n) : -1; e >= 0; e = entry_at(E, e)->next) {
        const entry_t *en = entry_at(E, e);
        if (en->kind == KIND_WORDS) {
            int r = E->req_of[en->a];
            if (r == W_DET_SING) f |= F_DSING;
            if (r == W_DET_PLUR) f |= F_DPLUR;
            continue;
        }
        const form_t *fm = form_at(E, en->a);
        int kind = kind_of_form(E, en->a);
        f |= F_CONTENT;
        if (kind == TLDR_LEX_OBJECTS || kind == TLDR_LEX_NOUNS) f |= fm->mass ? F_SING | F_PLUR : en->b ? F_PLUR : F_SING;
        if (kind == TLDR_LEX_ATTRIBUTES && fm->ctx < 0) f |= F_ATTR;
    }
    return f;
}

static unsigned flags(const neg_t *g, size_t k)
{
    if (g->fl[k] != F_UNKNOWN) return g->fl[k];
    size_t n, ci = g->cw[k];
    doc_t *d = &g->x->d;
    if (ci != SIZE_MAX) { /* a caption word: its flags are computed once per caption */
        if (d->cflags[ci] == F_UNKNOWN) {
            n = d->w[ci].e - d->w[ci].s;
            const char *w = n <= g->x->E->max_key ? (const char *)d->low + d->w[ci].s : NULL;
            d->cflags[ci] = lookup_flags(g->x->E, w, n);
        }
        return g->fl[k] = d->cflags[ci];
    }
    const char *w = low_word(g, k, 0, &n);
    return g->fl[k] = lookup_flags(g->x->E, w, n);
}

/* cw[k] for every word of the negative: the caption word it is when no edit touches it
 * (its offset shifted back by the growth of the edits before it), else SIZE_MAX */
static void caption_words(const doc_t *d, const tldr_perturb_result *r, const size_t *w, size_t nw, size_t *cw)
{
    size_t q = 0, ci = 0;
    for (size_t k = 0; k < nw; k++) {
        size_t a = w[2 * k], b = w[2 * k + 1];
        while (q < r->n_edits && r->edits[q].new_end <= a && !(r->edits[q].new_start == r->edits[q].new_end &&
                                                                 r->edits[q].new_start == a))
            q++;
        cw[k] = SIZE_MAX;
        if (q < r->n_edits && r->edits[q].new_start < b) continue; /* touched by edit q */
        long shift = q ? (long)r->edits[q - 1].new_end - (long)r->edits[q - 1].end : 0;
        size_t ca = (size_t)((long)a - shift);
        while (ci < d->n && d->w[ci].s < ca) ci++;
        if (ci < d->n && d->w[ci].s == ca && d->w[ci].e - d->w[ci].s == b - a) cw[k] = ci;
    }
}

/* only whitespace between word k-1 and word k of the negative */
static int joined_at(const neg_t *g, size_t k)
{
    size_t a = g->w[2 * k - 1], b = g->w[2 * k];
    if (b <= a) return 0;
    for (size_t q = a; q < b; q++)
        if (!is_ws((uint8_t)g->t[q])) return 0;
    return 1;
}

/* the lexicon word k, written by the edit, occurs in the corpus */
static int attested(const neg_t *g, size_t k)
{
    size_t n;
    const char *w = low_word(g, k, 0, &n);
    return !w || pt_ngram_count(&g->x->d, "unigram", w, n, NULL, 0) > 0;
}

/* the noun pair of words k, k + 1 is a compound of the corpus */
static int pair_seen(const neg_t *g, size_t k)
{
    size_t an, bn;
    const char *a = low_word(g, k, 0, &an);
    const char *b = a ? low_word(g, k + 1, an + 1, &bn) : NULL;
    return !b || pt_bigram_seen(&g->x->d, a, an, b, bn);
}

/* word m (singular) and the plural noun m + 1 make a compound of the corpus in the
 * singular ("stop signs": "stop sign" is counted; "a bike rests": "bike rest" is not) */
static int modifies_plural(const neg_t *g, size_t m)
{
    const tldr_perturb_engine *E = g->x->E;
    size_t an, bn;
    const char *a = low_word(g, m, 0, &an);
    const char *b = a ? low_word(g, m + 1, an + 1, &bn) : NULL;
    for (int e = b ? pt_table_find(E, b, bn) : -1; e >= 0; e = entry_at(E, e)->next) {
        const entry_t *en = entry_at(E, e);
        if (en->kind == KIND_WORDS || !en->b) continue;
        int kind = kind_of_form(E, en->a);
        const form_t *fm = form_at(E, en->a);
        if ((kind == TLDR_LEX_OBJECTS || kind == TLDR_LEX_NOUNS) && !fm->mass &&
            pt_ngram_count(&g->x->d, "bigram", a, an, pool_str(E, fm->off), fm->len) > 0)
            return 1;
    }
    return 0;
}

/* the determiner at word k agrees with the noun after it (past up to two attributes; a
 * singular noun that modifies a plural one after it is not that noun: "two stop signs",
 * "two tennis players", "two glass clocks" (an attribute); looked at only up to word k + 3, the fluency window's end) */
static int agrees(const neg_t *g, size_t k)
{
    unsigned fk = flags(g, k);
    if (!(fk & (F_DSING | F_DPLUR))) return 1;
    size_t m = k + 1;
    /* attributes between; one that is a noun too only before another noun ("two female
     * horse riders") */
    while (m < g->nw && m <= k + 2 && joined_at(g, m) && (flags(g, m) & F_ATTR) &&
           (!(flags(g, m) & (F_SING | F_PLUR)) ||
            (m + 1 < g->nw && joined_at(g, m + 1) && (flags(g, m + 1) & (F_SING | F_PLUR)))))
        m++;
    if (m >= g->nw || !joined_at(g, m)) return 1;
    unsigned fm = flags(g, m) & (F_SING | F_PLUR);
    if (fm == F_SING && m < k + 3 && m + 1 < g->nw && joined_at(g, m + 1) &&
        (flags(g, m + 1) & (F_SING | F_PLUR)) == F_PLUR && ((flags(g, m) & F_ATTR) || modifies_plural(g, m)))
        fm = F_PLUR;
    return !(((fk & F_DSING) && fm == F_PLUR) || ((fk & F_DPLUR) && fm == F_SING));
}

/* the words around edit [ns, ne) of the negative pass the three tests (nouns: the edit
 * writes nouns, so noun pairs are checked; counts: it writes nouns in another number, so
 * they must be attested) */
static int edit_fluent(const neg_t *g, size_t ns, size_t ne, int nouns, int counts)
{
    const tldr_perturb_engine *E = g->x->E;
    size_t lo = 0, hi; /* words [lo, hi) touch the edit */
    while (lo < g->nw && g->w[2 * lo + 1] < ns) lo++;
    for (hi = lo; hi < g->nw && g->w[2 * hi] <= ne; hi++) {
    }
    for (size_t k = lo >= 3 ? lo - 3 : 0; k < hi; k++)
        if (!agrees(g, k)) return 0;
    for (size_t k = lo > 0 ? lo - 1 : 0; k < hi && k < g->nw; k++) {
        int written = g->w[2 * k] < ne && ns < g->w[2 * k + 1];
        int next_written = k + 1 < g->nw && g->w[2 * (k + 1)] < ne && ns < g->w[2 * (k + 1) + 1];
        if (written && counts && E->has_unigrams && (flags(g, k) & F_CONTENT) && !attested(g, k)) return 0;
        if (nouns && (written || next_written) && E->has_bigrams && k + 1 < g->nw && joined_at(g, k + 1) &&
            (flags(g, k) & (F_SING | F_PLUR)) && (flags(g, k + 1) & (F_SING | F_PLUR)) && !pair_seen(g, k))
            return 0;
    }
    return 1;
}

/* The bytes [*ws, *we) of negative r that hold every word the tests read: from the fourth
 * caption word before the first edit to the third after the last (the negative is the
 * caption before its first edit, and the caption shifted by the edits' growth after its
 * last). */
static void window(const doc_t *d, const tldr_perturb_result *r, size_t *ws, size_t *we)
{
    size_t first = r->edits[0].start, last = r->edits[r->n_edits - 1].end;
    long growth = (long)r->len - (long)d->len;
    size_t lo = 0, hi = d->n; /* first caption word ending after the first edit's start */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->w[mid].e <= first) lo = mid + 1;
        else hi = mid;
    }
    *ws = lo >= WINDOW_BEFORE ? d->w[lo - WINDOW_BEFORE].s : 0;
    if (*ws > first) *ws = first;
    lo = 0;
    hi = d->n; /* first caption word starting at or after the last edit's end */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->w[mid].s < last) lo = mid + 1;
        else hi = mid;
    }
    size_t end = lo + WINDOW_AFTER <= d->n ? (lo + WINDOW_AFTER > 0 ? d->w[lo + WINDOW_AFTER - 1].e : 0) : d->len;
    if (end < last) end = last;
    *we = (size_t)((long)end + growth);
}

tldr_status pt_fluent(tldr_perturb_scratch *x, const tldr_perturb_result *r, const site_t *s, int *ok)
{
    int counts = s->cat == C_COUNTING || (s->cat == C_BINDING && s->u.bind.kind == BIND_COUNT);
    int nouns = counts || s->cat == C_OBJECT || s->cat == C_SMALL || (s->cat == C_BINDING && s->u.bind.kind == BIND_NOUN);
    *ok = 1;
    size_t need = 2 * x->E->max_key + 2; /* two words of a pair, each no longer than a phrase */
    if (x->fkey_cap < need) {
        char *nk = realloc(x->fkey, need);
        if (!nk) return TLDR_ERR_NOMEM;
        x->fkey = nk;
        x->fkey_cap = need;
    }
    x->fw.n = 0;
    size_t ws, we;
    window(&x->d, r, &ws, &we);
    tldr_status st = pt_split_words(&x->fw, (const uint8_t *)r->text + ws, we - ws);
    if (st) return st;
    size_t nw = x->fw.n / 2;
    size_t *fw = x->fw.p;
    for (size_t k = 0; k < x->fw.n; k++) fw[k] += ws; /* offsets in the negative */
    if (x->fflag_cap < nw) {
        unsigned *nf = realloc(x->fflag, nw * sizeof *nf);
        size_t *nc = nf ? realloc(x->fcw, nw * sizeof *nc) : NULL;
        if (nf) x->fflag = nf;
        if (!nf || !nc) return TLDR_ERR_NOMEM;
        x->fcw = nc;
        x->fflag_cap = nw;
    }
    for (size_t k = 0; k < nw; k++) x->fflag[k] = F_UNKNOWN;
    size_t *cw = x->fcw;
    caption_words(&x->d, r, x->fw.p, nw, cw);
    neg_t g = {x, r->text, x->fw.p, nw, x->fflag, cw};
    for (size_t q = 0; q < r->n_edits && *ok; q++)
        *ok = edit_fluent(&g, r->edits[q].new_start, r->edits[q].new_end, nouns, counts);
    return TLDR_OK;
}
