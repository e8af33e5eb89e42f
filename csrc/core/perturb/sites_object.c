/* perturb/sites_object.c: object and small-object sites, a noun of objects.lex ("a dog",
 * "two cups").
 *
 * A site is the longest object phrase at a word that is not a proper name, stands after a
 * determiner, number, noun_left word, attribute, possessive or punctuation ("people
 * watch" is no site), and is not an attribute used as a modifier ("orange juice", "glass
 * vase"). Its alternatives are the other values of its group in the same number (mass
 * nouns with mass nouns), those said nearby left out. A small-object site is an object
 * site cued as small or far away: a small_cue word before it (attributes between
 * allowed) or a small_after phrase after it ("in the background"); places are never
 * small objects ("a small kitchen": words.lex not_small).
 */
#include "perturb/perturb_internal.h"

/* an object noun at words [i, i+L): after a determiner, number, noun_left word, attribute,
 * possessive or punctuation ("people watch" is no site), no verb after "to" ("not to
 * park"), and not an attribute used as a modifier ("orange juice", "glass vase") */
static int object_ok(doc_t *d, size_t i, size_t L)
{
    size_t l2;
    if (i > 0) {
        int ok = in_words(d, W_DET, i - 1) || in_words(d, W_NOUN_LEFT, i - 1) || in_words(d, W_NUMBER, i - 1) ||
                 is_attr1(d, i - 1) || possessive(d, i - 1) ||
                 !joined(d, i);
        if (!ok) return 0;
        /* "not to park under this tree": a verb after "to" */
        if (word_is(d, i - 1, "to") && match(d, KIND_BIT(TLDR_LEX_VERBS), i, &l2) >= 0) return 0;
    }
    size_t j = i + L;
    if (j < d->n && joined(d, j) && is_noun(d, j)) {
        if (match(d, KIND_BIT(TLDR_LEX_ATTRIBUTES), i, &l2) >= 0 && l2 == L) return 0;
    }
    return 1;
}

/* the object at words [i, j) is cued as small or far away: a small_cue word before it
 * (attributes between allowed), or a small_after phrase after it; never a place */
static int small_cued(doc_t *d, size_t i, size_t j)
{
    if (wc_index(d, d->E->req[W_NOT_SMALL], i, j - i) >= 0) return 0;
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
                    pt_push_value_site(d, S, cat, i, i + L, en->a, en->b, form_at(d->E, en->a)->mass, TLDR_LEX_OBJECTS);
                if (st) return st;
            }
            i += L;
        } else {
            i++;
        }
    }
    return TLDR_OK;
}
