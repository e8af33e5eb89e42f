/* perturb/sites_swap_nouns.c: binding sites where two noun phrases of one sentence trade
 * places ("a woman prepares a pizza while a man watches" -> "a man prepares a pizza while a
 * woman watches"; "a man with a ball facing a girl with a racquet" -> "... a man with a
 * racquet facing a girl with a ball"), whatever relates them (subject and object, two
 * clauses, two "with" phrases).
 *
 * A noun phrase (nouns.c pt_noun_phrase: a noun with the attributes and modifier nouns
 * right before it, after a determiner, number or possessive or at the start of its
 * sentence) moves without its determiner. Two phrases swap when their
 * nouns are different words of the same number and mass-ness, both persons or animals or
 * neither (words.lex animate: "a pizza prepares a woman" is no caption), each a whole
 * phrase (whole_phrase: no "of", noun or unknown word of a compound after it: "a plate of
 * food", "a steel truss bridge"), each plausible in the other's place (the corpus has it
 * next to the words around that place, unless they or it are too rare to say,
 * balance.c pt_plausible: "a boy with a couch sitting on a blanket" is no caption), and
 *   - something besides determiners, and/or, attributes and nouns stands between them ("a
 *     cat and a dog", "a toilet, counter and shower" say the same swapped);
 *   - the second is not brought in by a symmetric relation (words.lex symmetric: "a cat
 *     next to a dog", "a salad on a plate with a sandwich"; "by" after an agent word is
 *     none: "a man being served by a woman"), unless the first is brought in by the same
 *     one and a noun stands between them (two owners: "a man with a ball facing a girl
 *     with a racquet"), or something is said of the second alone right after it ("a
 *     woman holding a cup with a man looking on", "a sign with a building in the
 *     background": words.lex owned_after);
 *   - two phrases of the same noun swap only the words before it, when both have some
 *     and they differ ("a baby goat standing and a mother goat sitting" -> "a mother
 *     goat standing and a baby goat sitting": the noun stays, unlabelled, and needs no
 *     plausibility test); two phrases joined by "and" swap when each has its own verb in
 *     -ing right after it, two different verbs;
 *   - never a phrase and the place right after it when the first is no subject
 *     ("riding a surfboard on a wave" says the same swapped), nor a noun and one that
 *     ends with it ("a tennis racket", "his racket");
 *   - no gendered person moves in a sentence with a personal pronoun (it would not follow).
 * A phrase pairs with at most the next BIND_NEXT phrases of its sentence.
 */
#include "perturb/perturb_internal.h"

/* the symmetric relation (its first word, its length) ending right before word k, or 0;
 * "by" after an agent word names who does it ("served by a woman"), no symmetric relation */
static size_t symmetric_before(doc_t *d, size_t k, size_t *first)
{
    for (size_t L = 3; L >= 1; L--) {
        if (k < L) continue;
        size_t i = k - L;
        int ok = joined(d, k);
        for (size_t q = i + 1; q < k && ok; q++) ok = joined(d, q);
        if (ok && L == 1 && word_is(d, i, "by") && i > 0 && joined(d, i) && in_words(d, W_AGENT, i - 1)) continue;
        if (ok && wc_index(d, d->E->req[W_SYMMETRIC], i, L) >= 0) {
            *first = i;
            return L;
        }
    }
    return 0;
}

/* only determiners, and/or, attributes and nouns between words from and to */
int pt_only_list_between(doc_t *d, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++)
        if (!(in_words(d, W_DET, k) || word_is(d, k, "and") || word_is(d, k, "or") || is_attr1(d, k) ||
              is_noun(d, k)))
            return 0;
    return 1;
}

/* one of the two phrases is a gendered person and their sentence has a personal pronoun */
static int gender_blocks(doc_t *d, const np_t *a, const np_t *b)
{
    static const char *const pron[] = {"he", "him", "his", "himself", "she", "her", "hers", "herself"};
    const tldr_perturb_engine *E = d->E;
    int gendered = 0;
    for (int q = 0; q < 2; q++) {
        const np_t *x = q ? b : a;
        if (wc_index(d, E->req[W_MALE], x->h, x->e - x->h) >= 0 || wc_index(d, E->req[W_FEMALE], x->h, x->e - x->h) >= 0)
            gendered = 1;
    }
    for (size_t k = 0; k < d->n && gendered; k++)
        if (d->sent[k] == d->sent[a->h])
            for (size_t q = 0; q < sizeof pron / sizeof pron[0]; q++)
                if (word_is(d, k, pron[q])) return 1;
    return 0;
}

/* words [a, a + n) and [b, b + n) are the same words */
static int same_words(const doc_t *d, size_t a, size_t b, size_t n)
{
    for (size_t q = 0; q < n; q++) {
        size_t la = d->w[a + q].e - d->w[a + q].s, lb = d->w[b + q].e - d->w[b + q].s;
        if (la != lb || memcmp(d->low + d->w[a + q].s, d->low + d->w[b + q].s, la) != 0) return 0;
    }
    return 1;
}

/* the noun of phrase x is plausible in phrase y's place (pt_plausible, noun contexts) */
static int fits_place(doc_t *d, const np_t *x, const np_t *y)
{
    size_t vn;
    uint64_t w;
    const char *v = pt_value_name(d->E, form_at(d->E, x->fid)->value, &vn, &w);
    ctxw_t cw[MAXCTX];
    int nc = pt_noun_context(d, y->s, y->e, cw);
    for (int k = 0; k < nc; k++)
        if (!pt_plausible(d, cw[k].cc, v, vn, cw[k].w, cw[k].n)) return 0;
    return 1;
}

/* word k, right after a phrase, says something of it alone: a verb in -ing ("a baby goat
 * standing", "with a man looking on") */
static int ing_after(doc_t *d, size_t k)
{
    return k < d->n && joined(d, k) && d->w[k].e - d->w[k].s > 5 && ends_with(d, k, "ing") && !is_noun(d, k);
}

/* something is said of phrase b alone right after it: a verb in -ing ("with a man looking
 * on") or an owned_after phrase ("with a building in the background", "with a chair
 * behind it"), after a symmetric relation that is "with", "by" or a spatial one (never after
 * "and"/"or": "a woman and a man looking on" says it of both) */
static int owned_after(doc_t *d, const np_t *b, size_t fb)
{
    size_t k = b->e, l;
    if (!(word_is(d, fb, "with") || word_is(d, fb, "by") || match(d, KIND_BIT(TLDR_LEX_SPATIAL), fb, &l) >= 0))
        return 0;
    if (k >= d->n || !joined(d, k)) return 0;
    return ing_after(d, k) || words_match(d, W_OWNED_AFTER, k) > 0;
}

/* two phrases joined by "and", each with its own verb in -ing right after it, two different
 * verbs ("a baby goat standing and a mother goat sitting"): what is said of each moves
 * with it */
static int each_own_verb(doc_t *d, const np_t *a, const np_t *b, size_t fb)
{
    return word_is(d, fb, "and") && a->e < fb && ing_after(d, a->e) && ing_after(d, b->e) &&
           !same_words(d, a->e, b->e, 1);
}

/* phrase b follows phrase a after a preposition alone (count_prep_stop words and spatial
 * relations, at most four words: "riding a surfboard on a wave", "a pizza on a plate on a
 * table", "a piece of cake on a plate") and a is no subject (a verb, a word in -ing, a
 * preposition or "to" right before it: "sitting next to his bed on the laptop"): the
 * second place is where the first thing is, and the swap says the same ("riding a wave on
 * a surfboard") or nothing a caption would */
static int place_after(doc_t *d, const np_t *a, const np_t *b)
{
    size_t k = a->e, L;
    if (k >= b->intro || b->intro - k > 4 || a->intro == 0 || d->sent[a->intro - 1] != d->sent[a->h]) return 0;
    while (k < b->intro) {
        if (match(d, KIND_BIT(TLDR_LEX_SPATIAL), k, &L) >= 0 && k + L <= b->intro) k += L; /* "on top of" */
        else if (in_words(d, W_COUNT_PREP_STOP, k)) k++;
        else return 0;
    }
    size_t p = a->intro - 1;
    return match(d, KIND_BIT(TLDR_LEX_VERBS), p, &L) >= 0 || ends_with(d, p, "ing") || in_words(d, W_COUNT_PREP_STOP, p) ||
           word_is(d, p, "to");
}

/* phrase b is a whole phrase: no "of" after it ("a plate of food", "the corner of a
 * kitchen" name their own kind of thing: "a table of food"), no noun of the lexicons and
 * no unknown word that stands where a noun does or before one ("a self service parking
 * lot", "a steel truss bridge": the swap would split a compound; a word of verbs.lex is
 * no unknown word, so "a little boy french fries" still splits at "fries") */
static int whole_phrase(doc_t *d, const np_t *b)
{
    size_t l, e = b->e;
    if (e >= d->n || !joined(d, e)) return 1;
    if (word_is(d, e, "of") || match(d, NOUN_KINDS, e, &l) >= 0) return 0;
    return !(pt_unknown_word(d, e) &&
             (pt_noun_like(d, e) || (e + 1 < d->n && joined(d, e + 1) && match(d, NOUN_KINDS, e + 1, &l) >= 0)));
}

/* phrases a and b (a first) may swap */
static int swappable(doc_t *d, const np_t *a, const np_t *b)
{
    const tldr_perturb_engine *E = d->E;
    size_t la = a->e - a->h, lb = b->e - b->h;
    /* the same noun swaps only with other words before it ("an elephant leads a baby
     * elephant"), never with the same ("a dog chases a dog" says the same swapped) */
    int same_head = la == lb && same_words(d, a->h, b->h, la);
    if (same_head && (a->s == a->h || b->s == b->h)) return 0; /* only the words before it swap */
    if (same_head && a->e - a->s == b->e - b->s && same_words(d, a->s, b->s, a->e - a->s)) return 0;
    if (!same_head && form_at(E, a->fid)->value == form_at(E, b->fid)->value) return 0; /* synonyms */
    /* one noun ends with the other ("a tennis racket" and "his racket"): the same thing */
    if (!same_head && la != lb) {
        const np_t *lo = la > lb ? a : b, *sh = la > lb ? b : a;
        size_t n = sh->e - sh->h;
        if (same_words(d, lo->e - n, sh->h, n)) return 0;
    }
    if (a->plural != b->plural || a->mass != b->mass || a->animate != b->animate) return 0;
    /* each noun plausible where the other was (before and after it); the same noun stays
     * where it was */
    if (!same_head && (!fits_place(d, a, b) || !fits_place(d, b, a))) return 0;
    if (pt_only_list_between(d, a->e, b->s) && !(b->intro > 0 && each_own_verb(d, a, b, b->intro - 1))) return 0;
    if (place_after(d, a, b)) return 0;
    size_t fb, fa;
    size_t lsb = symmetric_before(d, b->intro, &fb);
    /* the same noun after a symmetric relation: "a young zebra with an adult zebra
     * standing" says the same swapped, unless each has its own verb ("a baby goat standing
     * and a mother goat sitting") */
    if (lsb && same_head && !each_own_verb(d, a, b, fb)) return 0;
    if (lsb && !owned_after(d, b, fb) && !each_own_verb(d, a, b, fb)) {
        size_t lsa = symmetric_before(d, a->intro, &fa);
        if (lsa != lsb || !same_words(d, fa, fb, lsb)) return 0;
        int noun_between = 0;
        for (size_t k = a->e; k < fb && !noun_between; k++) noun_between = is_noun(d, k);
        if (!noun_between) return 0;
    }
    return !gender_blocks(d, a, b);
}

tldr_status pt_noun_swaps(doc_t *d, sites_t *S)
{
    np_t ring[BIND_NEXT + 1]; /* the phrases of the current sentence, the last BIND_NEXT + 1 */
    size_t count = 0, i = 0, L;
    while (i < d->n) {
        int e = match(d, NOUN_KINDS, i, &L);
        np_t b;
        if (e < 0 || !pt_noun_phrase(d, i, L, e, &b) || !whole_phrase(d, &b)) {
            i += e >= 0 ? L : 1;
            continue;
        }
        if (count && d->sent[ring[(count - 1) % (BIND_NEXT + 1)].h] != d->sent[b.h]) count = 0;
        size_t first = count > BIND_NEXT ? count - BIND_NEXT : 0;
        for (size_t q = first; q < count; q++) {
            const np_t *a = &ring[q % (BIND_NEXT + 1)];
            if (!swappable(d, a, &b)) continue;
            /* the same noun: only the words before it trade places (the noun stays true) */
            int same = a->e - a->h == b.e - b.h && same_words(d, a->h, b.h, a->e - a->h);
            tldr_status st = pt_push_swap(S, a->s, same ? a->h : a->e, b.s, same ? b.h : b.e, a->fid, b.fid, BIND_NOUN);
            if (st) return st;
        }
        ring[count % (BIND_NEXT + 1)] = b;
        count++;
        i += L;
    }
    return TLDR_OK;
}
