/* perturb/sites_binding.c: binding sites, where two phrases of one sentence swap places.
 *
 * Two attributes swap when they are different values of one class, each before its noun
 * ("a blue mug and a yellow plate"), or of two classes that need context when each is the
 * only attribute right before its noun ("a brick building with a blue sign"). Two objects
 * swap roles ("a woman prepares a pizza while a man watches") when they are different
 * values of one group in the same number, something besides determiners, and/or,
 * attributes and nouns stands between them (a list says the same in any order), and no
 * gendered person is swapped in a sentence with a personal pronoun. A site pairs with at
 * most the next BIND_NEXT sites of its sentence.
 */
#include "perturb/perturb_internal.h"

/* the attribute at site s directly precedes its noun and follows no other attribute */
static int lonely_attr(doc_t *d, const site_t *s)
{
    size_t i = s->i, j = s->j, L;
    if (i > 0 && joined(d, i) && match(d, KIND_BIT(TLDR_LEX_ATTRIBUTES), i - 1, &L) >= 0) return 0;
    for (size_t k = i >= 2 ? i - 2 : 0; k < i; k++) /* a two-word attribute ending right before */
        if (joined(d, k + 1) && match(d, KIND_BIT(TLDR_LEX_ATTRIBUTES), k, &L) >= 0 && L == i - k) return 0;
    return j < d->n && joined(d, j) && is_noun(d, j);
}

static tldr_status push_swap(sites_t *S, const site_t *sa, const site_t *sb, int nouns)
{
    site_t s;
    memset(&s, 0, sizeof s);
    s.cat = C_BINDING;
    s.i = sa->i;
    s.j = sb->j;
    s.nalt = 1;
    s.fid = sa->fid;
    s.u.bind.ai = sa->i;
    s.u.bind.aj = sa->j;
    s.u.bind.bi = sb->i;
    s.u.bind.bj = sb->j;
    s.u.bind.fid2 = sb->fid;
    s.u.bind.nouns = nouns;
    return tldr_vec_push(&S->sites, &s);
}

static tldr_status attribute_swaps(doc_t *d, sites_t *S, const sites_t *A)
{
    const tldr_perturb_engine *E = d->E;
    for (size_t a = 0; a < A->sites.n; a++) {
        for (size_t b = a + 1; b < A->sites.n && b <= a + BIND_NEXT; b++) {
            const site_t *sa = &TLDR_VEC_AT(A->sites, site_t, a), *sb = &TLDR_VEC_AT(A->sites, site_t, b);
            if (d->sent[sa->i] != d->sent[sb->i]) break;
            int va = form_at(E, sa->fid)->value, vb = form_at(E, sb->fid)->value;
            int ca = value_at(E, va)->cls, cb = value_at(E, vb)->cls;
            int same = va != vb && ca == cb;
            int cross = ca != cb && !class_at(E, ca)->free && !class_at(E, cb)->free && lonely_attr(d, sa) &&
                        lonely_attr(d, sb);
            if (same || cross) {
                tldr_status st = push_swap(S, sa, sb, 0);
                if (st) return st;
            }
        }
    }
    return TLDR_OK;
}

/* only determiners, and/or, attributes and nouns between the two objects */
static int only_list_between(doc_t *d, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++)
        if (!(in_words(d, W_DET, k) || word_is(d, k, "and") || word_is(d, k, "or") || is_attr1(d, k) ||
              is_noun(d, k)))
            return 0;
    return 1;
}

/* one of the two objects is a gendered person and their sentence has a personal pronoun */
static int gender_blocks(doc_t *d, const site_t *sa, const site_t *sb)
{
    static const char *const pron[] = {"he", "him", "his", "himself", "she", "her", "hers", "herself"};
    const tldr_perturb_engine *E = d->E;
    int gendered = 0;
    for (int q = 0; q < 2; q++) {
        const site_t *x = q ? sb : sa;
        if (wc_index(d, E->req[W_MALE], x->i, x->j - x->i) >= 0 || wc_index(d, E->req[W_FEMALE], x->i, x->j - x->i) >= 0)
            gendered = 1;
    }
    for (size_t k = 0; k < d->n && gendered; k++)
        if (d->sent[k] == d->sent[sa->i])
            for (size_t q = 0; q < sizeof pron / sizeof pron[0]; q++)
                if (word_is(d, k, pron[q])) return 1;
    return 0;
}

static tldr_status object_swaps(doc_t *d, sites_t *S, const sites_t *A)
{
    const tldr_perturb_engine *E = d->E;
    for (size_t a = 0; a < A->sites.n; a++) {
        for (size_t b = a + 1; b < A->sites.n && b <= a + BIND_NEXT; b++) {
            const site_t *sa = &TLDR_VEC_AT(A->sites, site_t, a), *sb = &TLDR_VEC_AT(A->sites, site_t, b);
            if (d->sent[sa->i] != d->sent[sb->i]) break;
            const form_t *fa = form_at(E, sa->fid), *fb = form_at(E, sb->fid);
            if (fa->value == fb->value || sa->plural != sb->plural || fa->mass != fb->mass ||
                value_at(E, fa->value)->cls != value_at(E, fb->value)->cls)
                continue;
            if (only_list_between(d, sa->j, sb->i) || gender_blocks(d, sa, sb)) continue;
            tldr_status st = push_swap(S, sa, sb, 1);
            if (st) return st;
        }
    }
    return TLDR_OK;
}

/* tmp: scratch site lists (the attribute, then the object sites paired) */
tldr_status pt_binding_sites(doc_t *d, sites_t *S, sites_t *tmp)
{
    tmp->sites.n = tmp->alts.n = 0;
    tldr_status st = pt_attribute_sites(d, tmp, 1);
    if (!st) st = attribute_swaps(d, S, tmp);
    if (st) return st;
    tmp->sites.n = tmp->alts.n = 0;
    st = pt_object_sites(d, tmp, C_OBJECT);
    if (!st) st = object_swaps(d, S, tmp);
    return st;
}
