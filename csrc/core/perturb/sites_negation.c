/* perturb/sites_negation.c: counterfactual sites, assertions that can be negated and
 * negations that can be lifted (one alternative each):
 *   CF_BE_ING      is/are/was/were + V-ing       -> " not" inserted ("is not holding")
 *   CF_WITH        with + a/an/possessive + thing -> "without"
 *   CF_HAVE_A      has/have a, there is a + thing -> "no" ("has one of" is left alone)
 *   CF_BE_NOT_ING  is not V-ing                  -> "V-ing" (the verb is the edit)
 *   CF_WITHOUT     without + determiner          -> "with"
 *   CF_HAVE_NO     has no / there is no + a noun -> "a"/"an", or "some" (plural, mass)
 * A construct and its negation (k and k + 3) edit into each other, which the balance test
 * relies on. V-ing is a word of at least 5 letters ending in "ing" that is no ing_nouns word;
 * a thing is a noun of the lexicons that is no count_stop noun, after up to two attribute
 * words ("there is an image here" and "with a view of" are left alone), on both sides of
 * the pair: "There is no image here to provide a caption for." (a COCO worker's note, not
 * a description) is left alone too.
 */
#include "perturb/perturb_internal.h"

/* The article "no" turns into when the negation before word k is lifted: "a"/"an" before a
 * singular count noun (up to two attribute words between), "some" before a plural or mass
 * noun; NULL when no known noun follows. */
const char *pt_restore_det(doc_t *d, size_t k)
{
    const tldr_perturb_engine *E = d->E;
    size_t j = k, skipped = 0, nl;
    while (skipped < 2 && j < d->n && joined(d, j) && is_attr1(d, j) && !is_noun(d, j)) {
        j++;
        skipped++;
    }
    if (j >= d->n || !joined(d, j) || d->prot[j]) return NULL;
    int e = match(d, NOUN_KINDS, j, &nl);
    if (e < 0 || !unprotected(d, k, j + nl)) return NULL;
    const entry_t *en = entry_at(E, e);
    if (en->b || form_at(E, en->a)->mass) return "some";
    return pt_needs_an(E, (const char *)d->low + d->w[k].s, d->w[k].e - d->w[k].s) ? "an" : "a";
}

/* a countable, concrete noun follows word k (up to two attribute words between): no
 * count_stop noun ("has a lot of", "there is a picture of") */
static int thing_after(doc_t *d, size_t k)
{
    size_t j = k, skipped = 0, nl;
    while (skipped < 2 && j < d->n && joined(d, j) && is_attr1(d, j) && !is_noun(d, j)) {
        j++;
        skipped++;
    }
    if (j >= d->n || !joined(d, j) || !unprotected(d, k, j + 1) || match(d, NOUN_KINDS, j, &nl) < 0) return 0;
    return wc_index(d, d->E->req[W_COUNT_STOP], j, nl) < 0 && !in_words(d, W_COUNT_STOP, j + nl - 1);
}

static int is_ing_verb(const doc_t *d, size_t k)
{
    return d->w[k].e - d->w[k].s >= 5 && ends_with(d, k, "ing") && !in_words(d, W_ING_NOUNS, k);
}

static tldr_status push_cf(sites_t *S, size_t i, size_t j, int kind)
{
    site_t s;
    memset(&s, 0, sizeof s);
    s.cat = C_CF;
    s.nalt = 1;
    s.i = i;
    s.j = j;
    s.u.cf_kind = kind;
    return tldr_vec_push(&S->sites, &s);
}

/* the determiner after "has/have" or "there is/was" at word i, or SIZE_MAX (nxt: word
 * i + 1 is joined to i and unprotected) */
static size_t have_det(const doc_t *d, size_t i, int nxt)
{
    size_t k = SIZE_MAX;
    if (nxt && in_words(d, W_HAVE, i)) k = i + 1;
    if (nxt && in_words(d, W_THERE, i) && (word_is(d, i + 1, "is") || word_is(d, i + 1, "was")) && i + 2 < d->n &&
        joined(d, i + 2) && !d->prot[i + 2])
        k = i + 2;
    return k;
}

tldr_status pt_negation_sites(doc_t *d, sites_t *S)
{
    size_t n = d->n;
    tldr_status st;
    for (size_t i = 0; i < n; i++) {
        if (d->prot[i]) continue;
        int nxt = i + 1 < n && joined(d, i + 1) && !d->prot[i + 1];
        if (nxt && in_words(d, W_BE_AUX, i)) {
            if (is_ing_verb(d, i + 1) && (st = push_cf(S, i, i + 1, CF_BE_ING))) return st;
            if (word_is(d, i + 1, "not") && i + 2 < n && joined(d, i + 2) && !d->prot[i + 2] && is_ing_verb(d, i + 2) &&
                (st = push_cf(S, i + 1, i + 3, CF_BE_NOT_ING)))
                return st;
        }
        if (nxt && word_is(d, i, "with") && in_words(d, W_WITH_DET, i + 1) && thing_after(d, i + 2) &&
            (st = push_cf(S, i, i + 1, CF_WITH)))
            return st;
        if (nxt && word_is(d, i, "without") && in_words(d, W_WITH_DET, i + 1) &&
            (st = push_cf(S, i, i + 1, CF_WITHOUT)))
            return st;
        size_t k = have_det(d, i, nxt);
        if (k == SIZE_MAX) continue;
        if (in_words(d, W_HAVE_DET, k) && !(k + 1 < n && word_is(d, k + 1, "of")) && thing_after(d, k + 1)) {
            if ((st = push_cf(S, k, k + 1, CF_HAVE_A))) return st;
        } else if (word_is(d, k, "no") && k + 1 < n && thing_after(d, k + 1) && pt_restore_det(d, k + 1)) {
            if ((st = push_cf(S, k, k + 1, CF_HAVE_NO))) return st;
        }
    }
    return TLDR_OK;
}
