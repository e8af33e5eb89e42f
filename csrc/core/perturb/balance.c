/* perturb/balance.c: choosing what a draw writes, and the balance test.
 *
 * The balance test is a Metropolis-Hastings step whose stationary distribution is the
 * corpus distribution of values in their context, so every edit u -> w is as frequent as
 * w -> u, the values written into negatives are distributed as the values found in
 * captions, and a text-only classifier learns nothing from them. The target of a value x
 * at a site with context words c (context_words) is
 *     g(x) = f(x) prod_c [f(x, c) / f(x) + b (f(c) + 1) / N_c],   b = CTX_SHRINK,
 * f(x) = 1 + the corpus count of x, f(x, c) its count next to context word c (shrunk
 * toward independence; a context word never seen leaves the plain counts). A balanced
 * draw at a site of value u proposes w in proportion to g(w) (pick_balanced: the
 * alternatives that fit the context are proposed most), and is accepted with probability
 *     min(1, G(u) / G(w)),   G(x) = the sum of g over the alternatives a site of x has,
 * the Metropolis-Hastings rule for that proposal (the g's cancel). Unbalanced draws
 * propose in proportion to f (pick). Swaps (binding) are their own reverse and are
 * accepted with min(1, g(swapped) / g(original)). The uniform draws are hashes of the
 * draw's random word, so the test is reproducible. Both directions of an edit must exist
 * (detailed balance): a phrase written must read back as its value (owned), counts
 * written as "several" are not edited, the reverse of a count edit must be among its
 * alternatives, OCR insertions are never accepted.
 */
#include "perturb/perturb_internal.h"

#include <stdlib.h>

/* weight of alternative k of site s: 1 + corpus count of what it writes */
static uint64_t alt_weight(const tldr_perturb_engine *E, const sites_t *S, const site_t *s, size_t k)
{
    switch (s->cat) {
    case C_SPATIAL:
    case C_ATTRIBUTE:
    case C_OBJECT:
    case C_SMALL: return value_at(E, site_alt(S, s, k))->weight;
    case C_COUNTING: return number_weight(E, site_alt(S, s, k));
    default: return 1;
    }
}

/* an alternative drawn from the 64-bit x with probability proportional to its weight */
size_t pt_pick(const tldr_perturb_engine *E, const sites_t *S, const site_t *s, uint64_t x)
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

/* count of the key "a b", or "a b c" when c is not NULL, in m (built in the caption's key
 * buffer, which holds the longest key of the weight maps) */
static uint64_t key_count(const doc_t *d, const strmap *m, const char *a, size_t an, const char *b, size_t bn,
                          const char *c, size_t cn)
{
    size_t n = an + 1 + bn + (c ? 1 + cn : 0);
    if (n > m->maxlen) return 0; /* no key is that long */
    char *k = d->key;
    memcpy(k, a, an);
    k[an] = ' ';
    memcpy(k + an + 1, b, bn);
    if (c) {
        k[an + 1 + bn] = ' ';
        memcpy(k + an + 2 + bn, c, cn);
    }
    return pt_strmap_get(m, d->E, k, n);
}

/* 1 + how often the corpus writes form f ("form-count <form>", read at load) */
static uint64_t form_weight(const doc_t *d, size_t f) { return form_at(d->E, (int)f)->weight; }

/* The form of value v a balanced draw writes at site s (spatial, attribute): a form choice
 * drawn from fx with probability proportional to its form weight; SIZE_MAX when no form
 * fits (a spatial site without landmark and a value that needs one). */
size_t pt_written_form(doc_t *d, const site_t *s, int v, uint64_t fx)
{
    uint64_t total = 0;
    size_t f;
    for (size_t k = 0; (f = pt_form_choice(d, s, v, k)) != SIZE_MAX; k++) total += form_weight(d, f);
    if (!total) return SIZE_MAX; /* no form of v fits the site */
    uint64_t x = fx % total;
    for (size_t k = 0; (f = pt_form_choice(d, s, v, k)) != SIZE_MAX; k++) {
        uint64_t w = form_weight(d, f);
        if (x < w) return f;
        x -= w;
    }
    return pt_form_choice(d, s, v, 0);
}

/* ------------------------------------------------------------------ contexts ---------- */
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

/* an attribute at words [i, j): the words after and before it */
static int attribute_context(const doc_t *d, size_t i, size_t j, ctxw_t *out)
{
    int m = 0;
    if (j < d->n && joined(d, j)) m += put_word(&out[m], X_ATTRIBUTE, d, j);
    if (i > 0 && joined(d, i)) m += put_word(&out[m], X_ATTRIBUTE_BEFORE, d, i - 1);
    return m;
}

/* the word before word i, past up to two determiners, as context cc (0: none) */
static int word_before_dets(const doc_t *d, size_t i, int cc, ctxw_t *out)
{
    long k = (long)i - 1;
    for (int t = 0; t < 2; t++)
        if (k >= 0 && joined(d, (size_t)k + 1) && in_words(d, W_DET, (size_t)k)) k--;
    if (k < 0 || !joined(d, (size_t)k + 1)) return 0;
    return put_word(out, cc, d, (size_t)k);
}

/* an object at word i: the word before it, past up to two determiners */
static int object_context(const doc_t *d, size_t i, ctxw_t *out) { return word_before_dets(d, i, X_OBJECT, out); }

/* a noun phrase at words [s, e): the word before it (past up to two determiners) and the
 * word after it */
int pt_noun_context(const doc_t *d, size_t s, size_t e, ctxw_t *out)
{
    int m = word_before_dets(d, s, X_NOUN, out);
    if (e < d->n && joined(d, e)) m += put_word(&out[m], X_NOUN_AFTER, d, e);
    return m;
}

/* The (context, word) pairs the balance test conditions on (at most MAXCTX): a spatial
 * relation's landmark (past up to two determiners), the word before it and whether a
 * determiner follows ("det"/"none"); an attribute's neighbours; the word before an object;
 * a count's noun (its first form) and whether a verb follows ("verb"/"none"). */
int pt_context_words(doc_t *d, const site_t *s, ctxw_t *out)
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
        return m;
    }
    case C_ATTRIBUTE: return attribute_context(d, s->i, s->j, out);
    case C_OBJECT:
    case C_SMALL: return object_context(d, s->i, out);
    case C_COUNTING: {
        const form_t *f = form_at(E, s->fid);
        m += put_ctx(&out[m], X_COUNTING, pool_str(E, f->off), f->len);
        size_t k = s->u.count.agree;
        int verb = k < d->n && joined(d, k) &&
                   (in_words(d, W_AGREE_SING, k) || in_words(d, W_AGREE_PLUR, k) || s->u.count.verb >= 0);
        m += verb ? put_ctx(&out[m], X_COUNTING_AFTER, "verb", 4) : put_ctx(&out[m], X_COUNTING_AFTER, "none", 4);
        return m;
    }
    default: return 0;
    }
}

/* Value text v with context word w (wn bytes) of context cc is plausible: the corpus has
 * the pair ("CONTEXT VALUE WORD" counted), or the word is too rare in that context to say
 * (fewer than PLAUSIBLE_MIN pairs), or the value is (the pair would be expected fewer than
 * PLAUSIBLE_EXPECT times), or the corpus has no pairs of cc. Binding's noun swaps write
 * nothing else ("a boy with a couch sitting on a blanket"). */
int pt_plausible(doc_t *d, int cc, const char *v, size_t vn, const char *w, size_t wn)
{
    const tldr_perturb_engine *E = d->E;
    if (!E->ctx_total[cc]) return 1;
    const char *name = tldr_perturb_context_names[cc];
    uint64_t marg = key_count(d, &E->cmarg, name, strlen(name), w, wn, NULL, 0);
    if (marg < PLAUSIBLE_MIN) return 1;
    if (key_count(d, &E->wmap, name, strlen(name), v, vn, w, wn) > 0) return 1;
    uint64_t vm = key_count(d, &E->vmarg, name, strlen(name), v, vn, NULL, 0);
    return (double)marg * (double)vm < PLAUSIBLE_EXPECT * (double)E->ctx_total[cc];
}

/* value text v is typical of context word w of context cc: at least TYPICAL_SHARE of the
 * pairs of w are with v ("green field") */
int pt_typical(doc_t *d, int cc, const char *v, size_t vn, const char *w, size_t wn)
{
    const tldr_perturb_engine *E = d->E;
    const char *name = tldr_perturb_context_names[cc];
    uint64_t marg = key_count(d, &E->cmarg, name, strlen(name), w, wn, NULL, 0);
    uint64_t pair = key_count(d, &E->wmap, name, strlen(name), v, vn, w, wn);
    return marg && (double)pair >= TYPICAL_SHARE * (double)marg;
}

/* the independence term b (f(c) + 1) / N_c of the target for context word w of cc */
static double shrink_term(const doc_t *d, int cc, const char *w, size_t wn)
{
    const tldr_perturb_engine *E = d->E;
    const char *name = tldr_perturb_context_names[cc];
    uint64_t marg = key_count(d, &E->cmarg, name, strlen(name), w, wn, NULL, 0);
    return CTX_SHRINK * (double)(marg + 1) / (double)E->ctx_total[cc];
}

/* pi(x | c) / f(x) for value text v (weight f(x)) and context word w of context cc */
static double context_factor(const doc_t *d, int cc, const char *v, size_t vn, uint64_t weight, const char *w,
                             size_t wn)
{
    const tldr_perturb_engine *E = d->E;
    const char *name = tldr_perturb_context_names[cc];
    uint64_t fxc = key_count(d, &E->wmap, name, strlen(name), v, vn, w, wn);
    return (double)fxc / (double)weight + shrink_term(d, cc, w, wn);
}

/* the number word of count k, or NULL (vague, or no number word) */
const char *pt_number_word(const tldr_perturb_engine *E, int k, int vague, size_t *n)
{
    if (vague || k < 1) return NULL;
    return wc_item(E, W_NUMBER, (size_t)k - 1, n);
}

/* value v's first form (its length in *n, its weight in *w): the key of its counts */
const char *pt_value_name(const tldr_perturb_engine *E, int v, size_t *n, uint64_t *w)
{
    const form_t *f = first_form(E, v);
    *n = f->len;
    *w = value_at(E, v)->weight;
    return pool_str(E, f->off);
}

/* value v's first form is in the required words class req (words.lex lists of values:
 * never_moved, spatial_loose_values) */
int pt_value_in_words(const tldr_perturb_engine *E, int req, int v)
{
    const form_t *f = first_form(E, v);
    return pt_words_index(E, E->req[req], pool_str(E, f->off), f->len) >= 0;
}

/* The phrase of form fid, written at site s, reads back as fid's value (the first form of
 * its lexicon kind on the phrase whose context holds after the site belongs to it), so
 * the reverse edit exists. */
static int owned(const doc_t *d, const site_t *s, size_t fid)
{
    const tldr_perturb_engine *E = d->E;
    const form_t *f = form_at(E, (int)fid);
    int kind = kind_of_form(E, (int)fid);
    for (int e = pt_table_find(E, pool_str(E, f->off), f->len); e >= 0; e = entry_at(E, e)->next) {
        const entry_t *en = entry_at(E, e);
        if (en->kind == KIND_WORDS || kind_of_form(E, en->a) != kind) continue;
        int ctx = form_at(E, en->a)->ctx;
        if (ctx >= 0 && !ctx_holds(d, ctx, s->j, kind == TLDR_LEX_ATTRIBUTES)) continue;
        return form_at(E, en->a)->value == f->value;
    }
    return 0;
}

/* accept with probability min(1, a), the uniform draw hashed from r */
static int accept_draw(uint64_t r, double a)
{
    return a >= 1.0 || (double)(tldr_splitmix64(r ^ ACCEPT_SALT) >> 11) * 0x1p-53 < a;
}

/* binding: a swap is its own reverse, so accept min(1, pi(swapped) / pi(original)) under
 * the contexts of the two positions (attribute, object or counting contexts; the values'
 * counts cancel) */
static int accepted_swap(doc_t *d, const sites_t *S, const site_t *s, uint64_t r)
{
    const tldr_perturb_engine *E = d->E;
    if (s->u.bind.kind == BIND_MOVE) { /* pi(attribute at its new place) / pi(at its old one) */
        size_t vn;
        uint64_t vw;
        const char *vt = pt_value_name(E, form_at(E, s->fid)->value, &vn, &vw);
        ctxw_t cw[2][MAXCTX];
        int nc[2] = {attribute_context(d, s->u.bind.bi, s->u.bind.bi, cw[0]),
                     attribute_context(d, s->u.bind.ai, s->u.bind.aj, cw[1])};
        double f[2] = {1.0, 1.0};
        for (int q = 0; q < 2; q++)
            for (int k = 0; k < nc[q]; k++)
                if (E->ctx_total[cw[q][k].cc]) f[q] *= context_factor(d, cw[q][k].cc, vt, vn, vw, cw[q][k].w, cw[q][k].n);
        return accept_draw(r, f[0] / f[1]);
    }
    const char *vt[2];
    size_t vn[2];
    uint64_t vw[2];
    size_t pos[2][2] = {{s->u.bind.ai, s->u.bind.aj}, {s->u.bind.bi, s->u.bind.bj}};
    const site_t *cs = s->u.bind.kind == BIND_COUNT ? &TLDR_VEC_AT(S->subs, site_t, s->u.bind.sub) : NULL;
    for (int q = 0; q < 2; q++) {
        if (cs) {
            vt[q] = pt_number_word(E, cs[q].u.count.count, 0, &vn[q]);
            vw[q] = number_weight(E, cs[q].u.count.count);
            if (!vt[q]) return 1; /* a count past the number words: no counts to weigh it by */
        } else {
            vt[q] = pt_value_name(E, form_at(E, q ? s->u.bind.fid2 : s->fid)->value, &vn[q], &vw[q]);
            if (s->u.bind.kind == BIND_NOUN) /* weighed by its noun phrases, as its contexts are */
                vw[q] = 1 + key_count(d, &E->wmap, NOUN_KEY, strlen(NOUN_KEY), vt[q], vn[q], NULL, 0);
        }
    }
    double num = 1.0, den = 1.0;
    for (int q = 0; q < 2; q++) {
        ctxw_t cw[MAXCTX];
        int nc = cs ? pt_context_words(d, &cs[q], cw)
                 : s->u.bind.kind == BIND_NOUN ? pt_noun_context(d, pos[q][0], pos[q][1], cw)
                                               : attribute_context(d, pos[q][0], pos[q][1], cw);
        int cur = q, nw = 1 - q;
        for (int k = 0; k < nc; k++) {
            if (!E->ctx_total[cw[k].cc]) continue;
            num *= context_factor(d, cw[k].cc, vt[nw], vn[nw], vw[nw], cw[k].w, cw[k].n);
            den *= context_factor(d, cw[k].cc, vt[cur], vn[cur], vw[cur], cw[k].w, cw[k].n);
        }
    }
    return accept_draw(r, num / den);
}

/* ------------------------------------------------------------------ targets ----------- */
/* sites whose balanced draws are proposed by target (value and count sites) */
int pt_targeted(const site_t *s)
{
    return s->cat == C_SPATIAL || s->cat == C_ATTRIBUTE || s->cat == C_OBJECT || s->cat == C_SMALL ||
           s->cat == C_COUNTING;
}

/* the site's contexts that have counts, into keep[] with their independence terms and
 * their lists in the context index: their number */
static int counted_contexts(doc_t *d, const site_t *s, ctxw_t *keep)
{
    const tldr_perturb_engine *E = d->E;
    ctxw_t cw[MAXCTX];
    int nc = pt_context_words(d, s, cw), m = 0;
    for (int k = 0; k < nc; k++) {
        if (!E->ctx_total[cw[k].cc]) continue;
        keep[m] = cw[k];
        const char *name = tldr_perturb_context_names[cw[k].cc];
        size_t nn = strlen(name), kn = nn + 1 + cw[k].n, slot = SIZE_MAX;
        if (kn <= E->cmarg.maxlen) { /* "<context> <word>" */
            memcpy(d->key, name, nn);
            d->key[nn] = ' ';
            memcpy(d->key + nn + 1, cw[k].w, cw[k].n);
            slot = pt_strmap_slot(&E->cmarg, E, d->key, kn);
        }
        uint64_t marg = slot == SIZE_MAX ? 0 : E->cmarg.val[slot];
        keep[m].t = CTX_SHRINK * (double)(marg + 1) / (double)E->ctx_total[cw[k].cc];
        keep[m].list = slot == SIZE_MAX ? NULL : E->cidx + E->cstart[slot];
        keep[m].nlist = slot == SIZE_MAX ? 0 : E->clen[slot];
        m++;
    }
    return m;
}

/* the count of text id tid in a context's list (sorted by tid), 0 when absent */
static uint64_t list_count(const ctxcount_t *l, size_t n, uint32_t tid)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (l[mid].tid < tid) lo = mid + 1;
        else hi = mid;
    }
    return lo < n && l[lo].tid == tid ? l[lo].count : 0;
}

/* g of the value text of id tid (has: it has one; a count without a number word is
 * weighed by its weight w alone) */
static double target(const ctxw_t *cw, int m, int has, uint32_t tid, uint64_t w)
{
    double g = (double)w;
    for (int k = 0; has && k < m; k++) g *= (double)list_count(cw[k].list, cw[k].nlist, tid) / (double)w + cw[k].t;
    return g;
}

/* g of value (or count) a at site s */
static double target_of(doc_t *d, const site_t *s, const ctxw_t *cw, int m, int a)
{
    const tldr_perturb_engine *E = d->E;
    if (s->cat == C_COUNTING) {
        int has = a >= 1 && (size_t)a <= E->n_numbers;
        return target(cw, m, has, has ? E->number_tid[a - 1] : 0, number_weight(E, a));
    }
    return target(cw, m, 1, E->value_tid[a], value_at(E, a)->weight);
}

/* the count alternatives a counting site of count n has at site s's place (the rule of
 * count_site: no "a" after a determiner), into out: their number */
static size_t place_alternatives(const doc_t *d, const site_t *s, int n, int *out)
{
    int a[COUNT_ALTS_MAX];
    size_t m = pt_count_alternatives(a, n, 0), w = 0;
    int after_det = s->i > 0 && joined(d, s->i) && in_words(d, W_DET, s->i - 1);
    for (size_t k = 0; k < m; k++)
        if (!(after_det && a[k] == 1)) out[w++] = a[k];
    return w;
}

/* no site's targets computed yet, for nsites sites */
tldr_status pt_targets_reset(doc_t *d, size_t nsites)
{
    if (nsites > d->goff_cap) {
        size_t *ng = realloc(d->goff, nsites * sizeof *ng);
        if (!ng) return TLDR_ERR_NOMEM;
        d->goff = ng;
        d->goff_cap = nsites;
    }
    for (size_t k = 0; k < nsites; k++) d->goff[k] = SIZE_MAX;
    d->gpool.n = 0;
    return TLDR_OK;
}

/* d->g: the targets of site s (index gi), computed on its first draw: g of each
 * alternative, their sum G(u), and g of the site's own value u (value sites) */
static tldr_status site_targets(doc_t *d, const sites_t *S, const site_t *s, size_t gi)
{
    if (d->goff[gi] == SIZE_MAX) {
        size_t off = d->gpool.n;
        tldr_status st = tldr_vec_reserve(&d->gpool, off + s->nalt + 2);
        if (st) return st;
        double *g = (double *)d->gpool.p + off, total = 0;
        ctxw_t cw[MAXCTX];
        int m = counted_contexts(d, s, cw);
        for (size_t k = 0; k < s->nalt; k++) total += g[k] = target_of(d, s, cw, m, site_alt(S, s, k));
        g[s->nalt] = total;
        g[s->nalt + 1] = s->cat == C_COUNTING ? 0 : target_of(d, s, cw, m, form_at(d->E, s->fid)->value);
        d->gpool.n = off + s->nalt + 2;
        d->goff[gi] = off;
    }
    d->g = (const double *)d->gpool.p + d->goff[gi];
    return TLDR_OK;
}

tldr_status pt_pick_balanced(doc_t *d, const sites_t *S, const site_t *s, size_t gi, uint64_t x, size_t *alt)
{
    tldr_status st = site_targets(d, S, s, gi);
    if (st) return st;
    const double *g = d->g;
    double t = (double)(x >> 11) * 0x1p-53 * g[s->nalt];
    for (size_t k = 0; k < s->nalt; k++) {
        if (t < g[k]) {
            *alt = k;
            return TLDR_OK;
        }
        t -= g[k];
    }
    *alt = s->nalt - 1;
    return TLDR_OK;
}

/* the test of a balanced proposal (pick_balanced, whose site's targets are d->g) of
 * alternative alt at value or count site s: min(1, G(u) / G(w)) */
static int accepted_target(doc_t *d, const sites_t *S, const site_t *s, size_t alt, uint64_t r)
{
    const double *g = d->g;
    double gu_total = g[s->nalt], gw_total;
    if (s->cat == C_COUNTING) { /* the alternatives of the new count, at this place */
        ctxw_t cw[MAXCTX];
        int m = counted_contexts(d, s, cw);
        int a[COUNT_ALTS_MAX], u = s->u.count.count, found = 0;
        size_t na = place_alternatives(d, s, site_alt(S, s, alt), a);
        gw_total = 0;
        for (size_t k = 0; k < na; k++) {
            gw_total += target_of(d, s, cw, m, a[k]);
            found |= a[k] == u;
        }
        if (!found) return 0; /* no edit of the new count writes this one back */
    } else { /* the same alternatives, but u for w */
        gw_total = gu_total + g[s->nalt + 1] - g[alt];
    }
    return gw_total <= 0 || accept_draw(r, gu_total / gw_total);
}

/* a construct proposes its opposite: accept min(1, f(opposite) / f(this)) */
static int accepted_construct(const site_t *s, uint64_t r, uint64_t gu, uint64_t gw)
{
    (void)s;
    if (gu >= gw || !gw) return 1;
    return tldr_splitmix64(r ^ ACCEPT_SALT) % gw < gu;
}

/* The balance test of the drawn (site, alternative) with random word r (a value or count
 * site's alternative drawn by pt_pick_balanced); wf: the form the draw writes (spatial,
 * attribute). */
int pt_accepted(doc_t *d, const sites_t *S, const site_t *s, size_t alt, uint64_t r, size_t wf)
{
    const tldr_perturb_engine *E = d->E;
    switch (s->cat) {
    case C_SPATIAL:
    case C_ATTRIBUTE:
    case C_OBJECT:
    case C_SMALL: {
        int objects = s->cat == C_OBJECT || s->cat == C_SMALL;
        if (objects) wf = pt_parallel_form(E, s->fid, site_alt(S, s, alt));
        if (!owned(d, s, wf)) return 0;
        return accepted_target(d, S, s, alt, r);
    }
    case C_COUNTING:
        if (!s->u.count.plain) return 0; /* "several", "a couple of": no edit writes them back */
        return accepted_target(d, S, s, alt, r);
    case C_OCR: return s->u.ocr_kind != OCR_INSERT; /* no caption edit takes written text away */
    case C_CF:
        return accepted_construct(s, r, E->cf_weight[(s->u.cf_kind + 3) % CF_NKINDS], E->cf_weight[s->u.cf_kind]);
    case C_BINDING: return accepted_swap(d, S, s, r);
    default: return 1;
    }
}
