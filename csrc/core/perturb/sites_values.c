/* perturb/sites_values.c: sites where a lexicon value is replaced by another value of its
 * class: spatial relations, attributes, objects and small objects.
 *
 * Each finder scans the caption left to right for the longest phrase of its lexicon kind
 * (caption.c match), checks the context the category needs, and lists the other values
 * of the class as the site's alternatives (values said within three words are left out for
 * attributes and objects: "red and white" never gives "red and red").
 */
#include "perturb/perturb_internal.h"

/* the other values of form fid's class (of the same mass-ness when need_mass >= 0) pushed
 * onto S->alts; their number in *k */
static tldr_status other_values(doc_t *d, sites_t *S, int fid, int need_mass, size_t *k)
{
    const tldr_perturb_engine *E = d->E;
    const form_t *f = form_at(E, fid);
    const class_t *c = class_of_form(E, fid);
    *k = 0;
    for (size_t q = 0; q < c->values.n; q++) {
        int v = TLDR_VEC_AT(c->values, int, q);
        if (v == f->value) continue;
        if (need_mass >= 0 && first_form(E, v)->mass != need_mass) continue;
        tldr_status st = tldr_vec_push(&S->alts, &v);
        if (st) return st;
        (*k)++;
    }
    return TLDR_OK;
}

/* Of the k alternatives at S->alts[s->alt_off...), keep those that no single word of
 * lexicon kind `kind` within three words of [i, i+L) already says; set s->nalt. */
static void drop_nearby(doc_t *d, sites_t *S, site_t *s, size_t k, size_t i, size_t L, int kind)
{
    const tldr_perturb_engine *E = d->E;
    size_t lo = i >= 3 ? i - 3 : 0, hi = i + L + 3 < d->n ? i + L + 3 : d->n, w = s->alt_off;
    for (size_t a = s->alt_off; a < s->alt_off + k; a++) {
        int v = TLDR_VEC_AT(S->alts, int, a), near = 0;
        for (size_t q = lo; q < hi && !near; q++) {
            if (q >= i && q < i + L) continue;
            for (int e2 = head(d, q, 1); e2 >= 0 && !near; e2 = entry_at(E, e2)->next) {
                const entry_t *en2 = entry_at(E, e2);
                if (en2->kind != KIND_WORDS && kind_of_form(E, en2->a) == kind && form_at(E, en2->a)->value == v)
                    near = 1;
            }
        }
        if (!near) TLDR_VEC_AT(S->alts, int, w++) = v;
    }
    S->alts.n = w;
    s->nalt = w - s->alt_off;
}

/* a site of form fid at words [i, j) with the other values of its class (those said
 * nearby dropped for kind >= 0), pushed when it has any */
static tldr_status push_value_site(doc_t *d, sites_t *S, int cat, size_t i, size_t j, int fid, int plural, int need_mass,
                                   int near_kind)
{
    site_t s;
    memset(&s, 0, sizeof s);
    s.cat = cat;
    s.i = i;
    s.j = j;
    s.fid = fid;
    s.plural = plural;
    s.alt_off = S->alts.n;
    size_t k;
    tldr_status st = other_values(d, S, fid, need_mass, &k);
    if (st) return st;
    if (near_kind >= 0) drop_nearby(d, S, &s, k, i, j - i, near_kind);
    else s.nalt = k;
    return s.nalt > 0 ? tldr_vec_push(&S->sites, &s) : TLDR_OK;
}

/* ------------------------------------------------------------------ spatial ----------- */
/* a relation ending before word j: not followed by another relation ("on the left") and
 * no spatial_stop word ("on a sunny day") among the next three words */
static int spatial_ok(doc_t *d, size_t j)
{
    size_t L;
    if (j < d->n && match(d, KIND_BIT(TLDR_LEX_SPATIAL), j, &L) >= 0) return 0;
    for (size_t k = j; k < j + 3 && k < d->n; k++)
        if (in_words(d, W_SPATIAL_STOP, k)) return 0;
    return 1;
}

tldr_status pt_spatial_sites(doc_t *d, sites_t *S)
{
    size_t i = 0, L;
    while (i < d->n) {
        int e = match(d, KIND_BIT(TLDR_LEX_SPATIAL), i, &L);
        if (e >= 0 && unprotected(d, i, i + L) && spatial_ok(d, i + L)) {
            tldr_status st = push_value_site(d, S, C_SPATIAL, i, i + L, entry_at(d->E, e)->a, 0, -1, -1);
            if (st) return st;
            i += L;
        } else {
            i++;
        }
    }
    return TLDR_OK;
}

/* ------------------------------------------------------------------ attributes -------- */
/* an attribute at words [i, i+L) stands before a noun (or before one plain word and a
 * noun: "large grassy area"), or, unless strict, before another attribute or after a
 * copula */
static int attr_context(doc_t *d, size_t i, size_t L, int strict)
{
    size_t j = i + L, l2;
    if (j < d->n && joined(d, j)) {
        if (is_noun(d, j)) return 1;
        if (!strict && match(d, KIND_BIT(TLDR_LEX_ATTRIBUTES), j, &l2) >= 0) return 1;
        if (j + 1 < d->n && joined(d, j + 1) && pt_plain_word(d, j) && is_noun(d, j + 1)) return 1;
    }
    if (!strict && i > 0 && joined(d, i) && in_words(d, W_COPULA, i - 1)) return 1;
    return 0;
}

/* strict (binding): only attributes before their noun; classes "*name" need no context
 * unless strict */
tldr_status pt_attribute_sites(doc_t *d, sites_t *S, int strict)
{
    size_t i = 0, L;
    while (i < d->n) {
        int e = match(d, KIND_BIT(TLDR_LEX_ATTRIBUTES), i, &L);
        if (e >= 0 && unprotected(d, i, i + L) && !proper(d, i)) {
            int fid = entry_at(d->E, e)->a;
            if ((class_of_form(d->E, fid)->free && !strict) || attr_context(d, i, L, strict)) {
                tldr_status st = push_value_site(d, S, C_ATTRIBUTE, i, i + L, fid, 0, -1, TLDR_LEX_ATTRIBUTES);
                if (st) return st;
            }
            i += L;
        } else {
            i++;
        }
    }
    return TLDR_OK;
}

/* ------------------------------------------------------------------ objects ----------- */
/* an object noun at words [i, i+L): after a determiner, number, noun_left word, attribute,
 * possessive or punctuation ("people watch" is no site), and not an attribute used as a
 * modifier ("orange juice", "glass vase") */
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
        if (match(d, KIND_BIT(TLDR_LEX_ATTRIBUTES), i, &l2) >= 0 && l2 == L) return 0;
    }
    return 1;
}

/* the object at words [i, j) is cued as small or far away: a small_cue word before it
 * (attributes between allowed), or a small_after phrase after it */
static int small_cued(doc_t *d, size_t i, size_t j)
{
    long p = (long)i - 1;
    for (int step = 0; step < 3; step++) {
        if (p < 0 || !joined(d, (size_t)p + 1)) break;
        if (in_words(d, W_SMALL_CUE, (size_t)p)) return 1;
        if (p > 0 && joined(d, (size_t)p) && wc_index(d, d->E->req[W_SMALL_CUE], (size_t)p - 1, 2) >= 0) return 1;
        if (!is_attr1(d, (size_t)p)) break;
        p--;
    }
    return j < d->n && joined(d, j) && words_match(d, W_SMALL_AFTER, j);
}

/* cat: C_OBJECT, or C_SMALL (the object sites that small_cued accepts) */
tldr_status pt_object_sites(doc_t *d, sites_t *S, int cat)
{
    size_t i = 0, L;
    while (i < d->n) {
        int e = match(d, KIND_BIT(TLDR_LEX_OBJECTS), i, &L);
        if (e >= 0 && unprotected(d, i, i + L) && !proper(d, i) && object_ok(d, i, L)) {
            const entry_t *en = entry_at(d->E, e);
            if (cat == C_OBJECT || small_cued(d, i, i + L)) {
                tldr_status st =
                    push_value_site(d, S, cat, i, i + L, en->a, en->b, form_at(d->E, en->a)->mass, TLDR_LEX_OBJECTS);
                if (st) return st;
            }
            i += L;
        } else {
            i++;
        }
    }
    return TLDR_OK;
}
