/* perturb/sites_binding.c: binding sites, where two phrases of one sentence trade places so
 * that what is said of one thing is said of another: two attributes (here), two noun
 * phrases (sites_swap_nouns.c) or two counts (sites_swap_counts.c).
 *
 * Two attributes swap when they are different values of one class, each right before its
 * noun ("a blue mug and a yellow plate", "a white train with a yellow front", "a woman in
 * a red dress cutting a white cake": any phrase shape, across verbs and clauses), or of
 * two classes that need context and are said of any kind of thing (not words.lex
 * kind_bound: "male", "paved") when each is the only attribute right before its noun ("a
 * brick building with a blue sign"). Never when the two nouns are the same word ("a
 * small vase and a large vase" says the same swapped) or when a value lands next to the
 * same value ("a black flower in a black & white vase" never gives "black & black"). A
 * site pairs with at most the next BIND_NEXT sites of its sentence. The only attribute of
 * a noun may also move to another noun phrase that has none ("a black cat in a bathroom
 * sink" -> "a cat in a black bathroom sink").
 */
#include "perturb/perturb_internal.h"

/* the noun the strict attribute site s describes: right after it, or past one plain word */
static size_t attr_noun(doc_t *d, const site_t *s)
{
    size_t j = s->j;
    return j < d->n && joined(d, j) && !in_words(d, W_ATTR_STOP, j) && pt_noun_like(d, j) ? j : j + 1;
}

/* the nouns after two attributes, at words na and nb, are the same: the same word, or, when
 * both start a noun of the lexicons, the same noun ("a blue tennis court" and "a black
 * tennis racket" are two nouns: "tennis court", "tennis racket") */
static int same_noun_at(doc_t *d, size_t na, size_t nb)
{
    if (na >= d->n || nb >= d->n || !same_word(d, na, nb)) return 0;
    size_t la, lb;
    if (match(d, NOUN_KINDS, na, &la) < 0 || match(d, NOUN_KINDS, nb, &lb) < 0) return 1;
    if (la != lb) return 0;
    for (size_t q = 1; q < la; q++)
        if (!same_word(d, na + q, nb + q)) return 0;
    return 1;
}

/* word k starts a known noun that is singular and countable in every reading */
static int bare_singular(doc_t *d, size_t k)
{
    size_t L;
    int e = k < d->n ? match(d, NOUN_KINDS, k, &L) : -1;
    if (e < 0) return 0;
    for (; e >= 0; e = next_hit(d, e, NOUN_KINDS, k, L))
        if (entry_at(d->E, e)->b || form_at(d->E, entry_at(d->E, e)->a)->mass) return 0;
    return 1;
}

/* the attribute at site s directly precedes its noun and follows no other attribute, nor
 * "and"/"or" ("black and white cat", "black-and white"); for a swap, unless a noun stands before that ("a
 * fried egg and colorful vegetables": a new phrase; never for a move, where "a bowl and
 * silver canister" -> "a silver bowl and canister" may say the same) */
static int lonely_attr(doc_t *d, const site_t *s, int swap)
{
    size_t i = s->i, j = s->j, L;
    if (i > 0 && joined(d, i) && match(d, KIND_BIT(TLDR_LEX_ATTRIBUTES), i - 1, &L) >= 0) return 0;
    if (i > 0 && (ends_with(d, i - 1, "-and") || ends_with(d, i - 1, "-or") || ends_with(d, i - 1, "-")))
        return 0; /* "black-and white" */
    if (i > 0 && (word_is(d, i - 1, "and") || word_is(d, i - 1, "or")) &&
        !(swap && i > 1 && is_noun(d, i - 2) && !is_attr1(d, i - 2)))
        return 0;
    for (size_t k = i >= 2 ? i - 2 : 0; k < i; k++) /* a two-word attribute ending right before */
        if (joined(d, k + 1) && match(d, KIND_BIT(TLDR_LEX_ATTRIBUTES), k, &L) >= 0 && L == i - k) return 0;
    return j < d->n && joined(d, j) && pt_noun_like(d, j);
}

tldr_status pt_push_swap(sites_t *S, size_t ai, size_t aj, size_t bi, size_t bj, int fid, int fid2, int kind)
{
    site_t s;
    memset(&s, 0, sizeof s);
    s.cat = C_BINDING;
    s.i = ai;
    s.j = bj;
    s.nalt = 1;
    s.fid = fid;
    s.u.bind.ai = ai;
    s.u.bind.aj = aj;
    s.u.bind.bi = bi;
    s.u.bind.bj = bj;
    s.u.bind.fid2 = fid2;
    s.u.bind.kind = kind;
    return tldr_vec_push(&S->sites, &s);
}

/* a words.lex particle right after an attribute ending before word j makes a phrase of it
 * ("lit up", "cut up", "sliced up"), which a swap would split ("a tall up clock") */
static int particle_after(doc_t *d, size_t j) { return j < d->n && joined(d, j) && in_words(d, W_PARTICLE, j); }

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
            /* two classes: neither said only of some kinds of things (words.lex kind_bound:
             * never "two paved skateboarders on a male slope") */
            int cross = ca != cb && !class_at(E, ca)->free && !class_at(E, cb)->free && !class_at(E, ca)->bound &&
                        !class_at(E, cb)->bound && lonely_attr(d, sa, 1) && lonely_attr(d, sb, 1);
            if (!same && !cross) continue;
            if (particle_after(d, sa->j) || particle_after(d, sb->j)) continue;
            if (same_noun_at(d, attr_noun(d, sa), attr_noun(d, sb))) continue;
            if (pt_said_nearby(d, vb, TLDR_LEX_ATTRIBUTES, sa->i, sa->j - sa->i, sb->i, sb->j) ||
                pt_said_nearby(d, va, TLDR_LEX_ATTRIBUTES, sb->i, sb->j - sb->i, sa->i, sa->j))
                continue;
            tldr_status st = pt_push_swap(S, sa->i, sa->j, sb->i, sb->j, sa->fid, sb->fid, BIND_ATTR);
            if (st) return st;
        }
    }
    return TLDR_OK;
}

/* The only attribute of a noun, of a movable class (words.lex: colours, materials,
 * patterns, shapes), moves to a noun phrase of its sentence that has none and a determiner
 * ("a black cat is sitting in a bathroom sink" -> "a cat is sitting in a black bathroom
 * sink"): never to the same noun word, never next to the same value, never where it is
 * typical (TYPICAL_SHARE: "a green field" may still be true), the target within
 * MOVE_REACH words, and never onto a person ("a blue man", "a white man") nor a place
 * (words.lex not_small: "a brown kitchen"), nor a phrase with a word an attribute may be
 * before its noun ("a orange cat", "a glass table"). */
static tldr_status attribute_moves(doc_t *d, sites_t *S, const sites_t *A)
{
    const tldr_perturb_engine *E = d->E;
    for (size_t a = 0; a < A->sites.n; a++) {
        const site_t *sa = &TLDR_VEC_AT(A->sites, site_t, a);
        if (sa->i == 0 || !class_of_form(E, sa->fid)->movable || !lonely_attr(d, sa, 0)) continue;
        /* the move deletes the attribute with the space before it: only a space ("carrots,
         * green pod beans" would lose its comma) */
        if (!joined(d, sa->i)) continue;
        /* a determiner, number or possessive stays, or the noun is plural, mass or unknown:
         * "a man in white shirt" leaves no "in shirt" */
        size_t q = sa->i - 1; /* past one plain word or attribute ("a leafy green bush") */
        if (q > 0 && joined(d, q) && (pt_plain_word(d, q) || is_attr1(d, q))) q--;
        if (!(in_words(d, W_DET, q) || in_words(d, W_NUMBER, q) || possessive(d, q)) && bare_singular(d, attr_noun(d, sa)))
            continue;
        int v = form_at(E, sa->fid)->value;
        size_t vn;
        uint64_t vw;
        const char *vt = pt_value_name(E, v, &vn, &vw);
        /* a colour most things may have moves nowhere (words.lex never_moved: "a brown bird",
         * "a brown fence", "a brown pizza" are often true) */
        if (pt_value_in_words(E, W_NEVER_MOVED, v)) continue;
        size_t lo = sa->i > MOVE_REACH ? sa->i - MOVE_REACH : 0, hi = sa->j + MOVE_REACH, L;
        for (size_t t = lo; t < hi && t < d->n;) {
            int e = match(d, NOUN_KINDS, t, &L);
            np_t np;
            if (e < 0 || d->sent[t] != d->sent[sa->i] || !pt_noun_phrase(d, t, L, e, &np)) {
                t += e >= 0 ? L : 1;
                continue;
            }
            t += L;
            /* "a blue man": no attribute moves onto a person, nor onto a place ("a brown
             * kitchen" may well be true of a kitchen with brown cabinets) */
            int person = in_words(d, W_PERSON, np.h) || in_words(d, W_PERSON, np.e - 1) /* "a tennis player" */ ||
                         in_words(d, W_NOT_SMALL, np.e - 1);
            int typical = pt_typical(d, X_ATTRIBUTE, vt, vn, (const char *)d->low + d->w[np.s].s,
                                     d->w[np.s].e - d->w[np.s].s); /* "a green field" may still be true */
            int repeats = 0; /* "a metal tray": never "a metal metal tray" */
            for (size_t k = np.s; k < np.e && !repeats; k++) repeats = same_word(d, k, sa->i);
            /* a word before the noun that an attribute may be, read as a noun ("a orange
             * cat": never "a green orange cat"; "a glass table") */
            for (size_t k = np.s, L2; k < np.h && !repeats; k++)
                repeats = match(d, KIND_BIT(TLDR_LEX_ATTRIBUTES), k, &L2) >= 0;
            if (np.nattr || np.intro == np.s || (np.s <= sa->j && sa->j < np.e) || same_word(d, np.h, sa->j) || person || typical || repeats ||
                pt_said_nearby(d, v, TLDR_LEX_ATTRIBUTES, np.s, np.e - np.s, sa->i, sa->j))
                continue;
            tldr_status st = pt_push_swap(S, sa->i, sa->j, np.s, np.e, sa->fid, -1, BIND_MOVE);
            if (st) return st;
        }
    }
    return TLDR_OK;
}

/* tmp: scratch site lists (the attribute, then the counting sites paired); counting: the
 * caption's counting sites when already found, else NULL */
tldr_status pt_binding_sites(doc_t *d, sites_t *S, sites_t *tmp, const sites_t *counting)
{
    tmp->sites.n = tmp->alts.n = tmp->subs.n = 0;
    tldr_status st = pt_attribute_sites(d, tmp, 1);
    if (!st) st = attribute_swaps(d, S, tmp);
    if (!st) st = attribute_moves(d, S, tmp);
    if (!st) st = pt_noun_swaps(d, S);
    if (!st) st = pt_count_swaps(d, S, tmp, counting);
    return st;
}
