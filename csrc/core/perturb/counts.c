/* perturb/counts.c: the corpus counts behind balanced sampling, taken from captions by the
 * rules themselves (what weights.lex holds; docs/perturbation.md, "Balance").
 *
 * For one caption, every key it adds one to:
 *   site keys:  each spatial, attribute and object site's value (its first form);
 *               "form-count FORM" of the form a spatial or attribute site is written in;
 *               each count written as the engine writes counts (digits, a/an, number
 *               words) as its number word ("a dog" counts for "one");
 *               each counterfactual construct ("counterfactual be ing", ...);
 *   pair keys:  "CONTEXT VALUE WORD" for each context of those value and count sites;
 *   noun keys (noun swaps, balance.c): "noun-count NOUN" of each noun phrase, and the pair
 *               keys "noun NOUN WORD" and "noun-after NOUN WORD" of its contexts;
 *   n-gram keys (fluency.c, nouns.c): "unigram WORD" for each word that is a phrase of a
 *               lexicon other than words.lex, "bigram WORD WORD" for each two nouns of
 *               the lexicons side by side (whitespace only between them).
 * A corpus's counts are the sums over its captions (pair keys seen rarely are dropped by
 * the caller).
 */
#include "perturb/perturb_internal.h"

#include <stdlib.h>

typedef struct {
    tldr_vec text; /* char */
    tldr_vec keys; /* tldr_perturb_key */
} key_list;

/* one key: the pieces p[0..np) joined by one space */
static tldr_status add_key(key_list *K, int pair, const char *const *p, const size_t *pn, int np)
{
    tldr_perturb_key k = {K->text.n, 0, pair};
    for (int q = 0; q < np; q++) {
        size_t need = pn[q] + (q > 0);
        tldr_status st = tldr_vec_reserve(&K->text, K->text.n + need);
        if (st) return st;
        char *dst = (char *)K->text.p + K->text.n;
        if (q > 0) *dst++ = ' ';
        memcpy(dst, p[q], pn[q]);
        K->text.n += need;
        k.len += need;
    }
    return tldr_vec_push(&K->keys, &k);
}

/* the value (or number word) v[0:vn) of site s, and its pairs with the site's contexts */
static tldr_status add_value_keys(key_list *K, doc_t *d, const site_t *s, const char *v, size_t vn)
{
    tldr_status st = add_key(K, 0, &v, &vn, 1);
    ctxw_t cw[MAXCTX];
    int nc = pt_context_words(d, s, cw);
    for (int k = 0; k < nc && !st; k++) {
        const char *p[3] = {tldr_perturb_context_names[cw[k].cc], v, cw[k].w};
        size_t pn[3] = {strlen(p[0]), vn, cw[k].n};
        st = add_key(K, 1, p, pn, 3);
    }
    return st;
}

/* word k is a phrase of a lexicon other than words.lex */
static int content_word(const doc_t *d, size_t k)
{
    for (int e = head(d, k, 1); e >= 0; e = entry_at(d->E, e)->next)
        if (entry_at(d->E, e)->kind != KIND_WORDS) return 1;
    return 0;
}

/* "noun-count NOUN" of each noun phrase, with its contexts ("noun NOUN WORD" before it,
 * "noun-after NOUN WORD" after it): what noun swaps weigh (balance.c) */
static tldr_status noun_keys(doc_t *d, key_list *K)
{
    const tldr_perturb_engine *E = d->E;
    tldr_status st = TLDR_OK;
    size_t i = 0, L;
    while (i < d->n && !st) {
        int e = match(d, NOUN_KINDS, i, &L);
        np_t np;
        if (e < 0 || !pt_noun_phrase(d, i, L, e, &np)) {
            i += e >= 0 ? L : 1;
            continue;
        }
        i += L;
        size_t vn;
        uint64_t w;
        const char *v = pt_value_name(E, form_at(E, np.fid)->value, &vn, &w);
        const char *p[3] = {NOUN_KEY, v, NULL};
        size_t pn[3] = {strlen(NOUN_KEY), vn, 0};
        st = add_key(K, 0, p, pn, 2);
        ctxw_t cw[MAXCTX];
        int nc = pt_noun_context(d, np.s, np.e, cw);
        for (int k = 0; k < nc && !st; k++) {
            const char *q[3] = {tldr_perturb_context_names[cw[k].cc], v, cw[k].w};
            size_t qn[3] = {strlen(q[0]), vn, cw[k].n};
            st = add_key(K, 1, q, qn, 3);
        }
    }
    return st;
}

/* "unigram WORD" of each content word, "bigram WORD WORD" of each two nouns side by side */
static tldr_status ngram_keys(doc_t *d, key_list *K)
{
    tldr_status st = TLDR_OK;
    for (size_t k = 0; k < d->n && !st; k++) {
        const char *p[3] = {"unigram", (const char *)d->low + d->w[k].s, NULL};
        size_t pn[3] = {7, d->w[k].e - d->w[k].s, 0};
        if (content_word(d, k)) st = add_key(K, 0, p, pn, 2);
        if (!st && k + 1 < d->n && joined(d, k + 1) && is_noun(d, k) && is_noun(d, k + 1)) {
            p[0] = "bigram";
            pn[0] = 6;
            p[2] = (const char *)d->low + d->w[k + 1].s;
            pn[2] = d->w[k + 1].e - d->w[k + 1].s;
            st = add_key(K, 0, p, pn, 3);
        }
    }
    return st;
}

static tldr_status caption_keys(tldr_perturb_scratch *x, key_list *K)
{
    const tldr_perturb_engine *E = x->E;
    doc_t *d = &x->d;
    tldr_status st = TLDR_OK;
    for (int c = 0; c < 3; c++) { /* spatial, attribute, object (x->S[0..2]) */
        const sites_t *S = &x->S[c];
        for (size_t q = 0; q < S->sites.n && !st; q++) {
            const site_t *s = &TLDR_VEC_AT(S->sites, site_t, q);
            size_t vn;
            uint64_t w;
            const char *v = pt_value_name(E, form_at(E, s->fid)->value, &vn, &w);
            st = add_value_keys(K, d, s, v, vn);
            if (!st && s->cat != C_OBJECT) {
                const form_t *f = form_at(E, s->fid);
                const char *p[2] = {FORM_KEY, pool_str(E, f->off)};
                size_t pn[2] = {strlen(FORM_KEY), f->len};
                st = add_key(K, 0, p, pn, 2);
            }
        }
    }
    const sites_t *S = &x->S[3]; /* counting */
    for (size_t q = 0; q < S->sites.n && !st; q++) {
        const site_t *s = &TLDR_VEC_AT(S->sites, site_t, q);
        size_t vn;
        const char *v = s->u.count.plain ? pt_number_word(E, s->u.count.count, 0, &vn) : NULL;
        if (v) st = add_value_keys(K, d, s, v, vn);
    }
    S = &x->S[4]; /* counterfactual */
    for (size_t q = 0; q < S->sites.n && !st; q++) {
        const char *k = tldr_perturb_cf_keys[TLDR_VEC_AT(S->sites, site_t, q).u.cf_kind];
        size_t kn = strlen(k);
        st = add_key(K, 0, &k, &kn, 1);
    }
    if (!st) st = noun_keys(d, K);
    return st ? st : ngram_keys(d, K);
}

tldr_status tldr_perturb_count(tldr_perturb_scratch *x, const uint8_t *text, size_t len, tldr_perturb_counts *out)
{
    static const int cats[] = {C_SPATIAL, C_ATTRIBUTE, C_OBJECT, C_COUNTING, C_CF};
    memset(out, 0, sizeof *out);
    key_list K = {TLDR_VEC(char), TLDR_VEC(tldr_perturb_key)};
    tldr_status st = pt_analyse(x, text, len, cats, sizeof cats / sizeof cats[0]);
    if (!st) st = caption_keys(x, &K);
    if (st) {
        tldr_vec_free(&K.text);
        tldr_vec_free(&K.keys);
        return st;
    }
    out->text = K.text.p;
    out->keys = K.keys.p;
    out->nkeys = K.keys.n;
    return TLDR_OK;
}

void tldr_perturb_counts_free(tldr_perturb_counts *c)
{
    if (!c) return;
    free(c->text);
    free(c->keys);
    memset(c, 0, sizeof *c);
}
