/* perturb/sites_attribute.c: attribute sites, a visual attribute of attributes.lex said of
 * a thing ("a red car", "the car is red", "a man sitting").
 *
 * A site is the longest attribute phrase at a word (the first class whose context holds)
 * that is not a proper name, not the start of a longer noun ("hot dog", "polar bear"),
 * not a skin word before a person ("a white man": words.lex skin, person),
 * and stands before a noun (or a word that stands where one does: "a golden obelisk",
 * or one plain word and a noun: "large grassy area"; never before an attr_stop word: "a
 * little bit"), before another attribute, after a copula or after "in" ("dressed in
 * black"). Classes named "*name"
 * (poses, actions) need no context, but never make a site before "down"/"up" that no
 * determiner or noun follows (a phrasal verb: "kneeling down"), and the classes of
 * words.lex subject_animate (poses) only when their subject is a person or an animal ("a
 * cup of coffee sitting" is "laying" too). Binding asks for the strict sites: attributes
 * right before their noun only.
 */
#include "perturb/perturb_internal.h"

/* a noun (or what stands where one does) at word j, that is no attr_stop word */
static int noun_after(doc_t *d, size_t j)
{
    return j < d->n && joined(d, j) && !in_words(d, W_ATTR_STOP, j) && pt_noun_like(d, j);
}

/* the words before word j end in a participle (in -ed, longer than "red") and "with" or
 * "by" is word j: "decorated with flags", "crowded with people" say what is done to it */
static int participle_before(doc_t *d, size_t j)
{
    return d->w[j - 1].e - d->w[j - 1].s > 4 && ends_with(d, j - 1, "ed") && j < d->n &&
           (word_is(d, j, "with") || word_is(d, j, "by"));
}

/* an attribute at words [i, i+L) stands before a noun (or before one plain word and a
 * noun: "large grassy area"), or, unless strict, before another attribute that is no
 * participle before "with"/"by" ("a city square decorated with a tree"), after a copula
 * or after "in" ("a goalkeeper in orange"), but there never a participle before "with" or
 * "by" ("is decorated with flags", "is crowded with people": what is done to it, and
 * "is undecorated with flags" is no English) */
static int attr_context(doc_t *d, size_t i, size_t L, int strict)
{
    size_t j = i + L, l2;
    if (noun_after(d, j)) return 1;
    if (j < d->n && joined(d, j)) {
        int e = match(d, KIND_BIT(TLDR_LEX_ATTRIBUTES), j, &l2);
        /* not before a participle: "a city square decorated with a tree" */
        if (!strict && e >= 0) return !participle_before(d, j + l2);
        /* strict: before an attribute of a thing that stands before its noun ("gray
         * painted walls") */
        if (e >= 0 && !class_of_form(d->E, entry_at(d->E, e)->a)->free && noun_after(d, j + l2) && is_noun(d, j + l2))
            return 1;
        if (pt_plain_word(d, j) && noun_after(d, j + 1) && is_noun(d, j + 1)) return 1;
    }
    if (!strict && i > 0 && joined(d, i) && (in_words(d, W_COPULA, i - 1) || word_is(d, i - 1, "in")))
        return !participle_before(d, j);
    return 0;
}

/* the attribute at words [i, i+L) starts a longer noun ("hot dog"), or says a person's
 * skin ("a white man") */
static int inside_noun(doc_t *d, size_t i, size_t L)
{
    size_t nl;
    if (L == 1 && in_words(d, W_SKIN, i) && i + 1 < d->n && joined(d, i + 1) && in_words(d, W_PERSON, i + 1)) return 1;
    return match(d, NOUN_KINDS, i, &nl) >= 0 && nl > L;
}

/* a pose (a words.lex subject_animate class) is said of a person or an animal: its subject,
 * the nearest noun before word i (at most eight words back, same sentence) that no
 * preposition brings in ("a man in a suit stands"; after "of" only when a count_stop noun
 * comes before it: "a group of animals standing", "a cup of coffee sitting"), is one, or
 * there is none ("a cup of coffee sitting on a table" is no pose: "laying" says the same) */
static int animate_subject(doc_t *d, size_t i)
{
    size_t k = i;
    while (k-- > 0 && i - k <= 8 && d->sent[k] == d->sent[i]) {
        if (!is_noun(d, k)) continue;
        size_t p = k; /* the word before the noun's determiners, numbers and attributes */
        while (p > 0 && k - p < 3 && (in_words(d, W_DET, p - 1) || in_words(d, W_NUMBER, p - 1) || is_attr1(d, p - 1))) p--;
        if (p == 0 || d->sent[p - 1] != d->sent[i] || !in_words(d, W_PP_START, p - 1))
            return in_words(d, W_ANIMATE, k) || in_words(d, W_PERSON, k);
        if (word_is(d, p - 1, "of") && p >= 2 && in_words(d, W_COUNT_STOP, p - 2))
            return in_words(d, W_ANIMATE, k) || in_words(d, W_PERSON, k);
        k = p - 1; /* a noun a preposition brings in: the subject is before it */
    }
    return 1;
}

/* strict (binding): only attributes before their noun; classes "*name" need no context
 * unless strict */
tldr_status pt_attribute_sites(doc_t *d, sites_t *S, int strict)
{
    size_t i = 0, L;
    while (i < d->n) {
        int e = match(d, KIND_BIT(TLDR_LEX_ATTRIBUTES), i, &L);
        if (e >= 0 && unprotected(d, i, i + L) && !proper(d, i) && !inside_noun(d, i, L)) {
            int fid = entry_at(d->E, e)->a;
            /* a pose or action before "down" or "up" (words.lex particle) that no
             * determiner or noun follows is a phrasal verb: "kneeling down" never gives
             * "standing down", "holding up a sign" never "throwing up" ("walking down the
             * street" is a relation) */
            const class_t *c = class_of_form(d->E, fid);
            size_t k = i + L;
            int phrasal = c->free && k < d->n && joined(d, k) && in_words(d, W_PARTICLE, k) &&
                          !(k + 1 < d->n && joined(d, k + 1) && (in_words(d, W_DET, k + 1) || is_noun(d, k + 1)));
            int thing_pose = c->animate && !animate_subject(d, i); /* "a cup of coffee sitting" */
            if (!phrasal && !thing_pose && ((c->free && !strict) || attr_context(d, i, L, strict))) {
                tldr_status st = pt_push_value_site(d, S, C_ATTRIBUTE, i, i + L, fid, 0, -1, TLDR_LEX_ATTRIBUTES);
                if (st) return st;
            }
            i += L;
        } else {
            i++;
        }
    }
    return TLDR_OK;
}
