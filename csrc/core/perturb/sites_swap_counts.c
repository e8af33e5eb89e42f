/* perturb/sites_swap_counts.c: binding sites where two counts of one sentence trade places
 * ("two women waiting at a bench" ... "a desk with two monitors and a laptop" -> "a desk
 * with a monitor and two laptops"; "Two dogs chase a cat." -> "A dog chases two cats.";
 * "a motorcycle parked behind two vans" -> "two motorcycles parked behind a van").
 *
 * Both counts are counting sites, here also right after a preposition (a swap moves a
 * count there, as the caption already has one; never after "between" nor "a herd of",
 * nor onto a place: swap_place_ok), of different nouns, each count among the
 * other's alternatives (so "the two dogs" never takes "a"); each side then gets the count
 * edits of a counting negative, agreement and all (candidate.c). Either both counts are
 * written as the engine writes counts (digits, a/an, number words), or one is "a"/"an"/
 * "one" and the other a count the engine does not write ("several", "a couple of", "a
 * few", "a pair of"; not "both", which needs two things named before), whose words move
 * as they are ("several cows and a horse" -> "a cow and several horses"), neither of the
 * two then right after "on", "in", "at" (words.lex vague_swap_stop). A site pairs
 * with at most the next BIND_NEXT counting sites of its sentence. The two counting sites
 * are kept in S->subs.
 */
#include "perturb/perturb_internal.h"

/* count m is among the alternatives of counting site s (its alternatives in A) */
static int has_alt(const sites_t *A, const site_t *s, int m)
{
    for (size_t k = 0; k < s->nalt; k++)
        if (site_alt(A, s, k) == m) return 1;
    return 0;
}

/* the counted nouns of sites a and b are the same words */
static int same_noun(const doc_t *d, const site_t *a, const site_t *b)
{
    if (a->u.count.nl != b->u.count.nl) return 0;
    for (size_t q = 0; q < a->u.count.nl; q++) {
        size_t x = a->u.count.noun + q, y = b->u.count.noun + q;
        size_t lx = d->w[x].e - d->w[x].s, ly = d->w[y].e - d->w[y].s;
        if (lx != ly || memcmp(d->low + d->w[x].s, d->low + d->w[y].s, lx) != 0) return 0;
    }
    return 1;
}

/* the count of site s is "a", "an" or "one" */
static int one_thing(const site_t *s)
{
    return s->u.count.plain && !s->u.count.digit && s->u.count.count == 1;
}

/* sites a and b may swap their counts as written: both written as the engine writes
 * counts, or one thing and a count it does not write (never "both") */
static int swap_writable(const doc_t *d, const site_t *a, const site_t *b)
{
    if (a->u.count.plain && b->u.count.plain) return 1;
    const site_t *o = a->u.count.plain ? a : b, *v = a->u.count.plain ? b : a;
    return !v->u.count.plain && one_thing(o) && v->u.count.count > 1 && !word_is(d, v->i, "both");
}

/* a word that refers back to a number of things follows count site a in its sentence
 * (words.lex count_refs: "two men near a table, one playing", "two toothbrushes each in a
 * glass", "a plate of food with eggs on it"): a count swap would leave it wrong. The count
 * of a counting site of C of another noun than a's, listed right after a by "and" or right
 * after a preposition, counts other things and refers back to nothing ("two women and one
 * man", "two signs on one pole"; unlike "two cows have horns and one cow does not", "three
 * people sit in a boat and one woman ...") */
static int refers_back(doc_t *d, const site_t *a, const site_t *b, const sites_t *C)
{
    for (size_t k = a->j; k < d->n && d->sent[k] == d->sent[a->i]; k++) {
        if (!in_words(d, W_COUNT_REFS, k) || pt_container_it(d, b, k)) continue;
        int listed = k == a->j + 1 && word_is(d, a->j, "and") && joined(d, a->j) && joined(d, k);
        int after_prep = k > 0 && joined(d, k) && in_words(d, W_COUNT_PREP_STOP, k - 1);
        int count = 0;
        for (size_t c = 0; c < C->sites.n && (listed || after_prep) && !count; c++) {
            const site_t *x = &TLDR_VEC_AT(C->sites, site_t, c);
            count = x->i == k && x->fid != a->fid;
        }
        if (!count) return 1;
    }
    return 0;
}

/* the count of site s stands right after a preposition */
static int after_prep(doc_t *d, const site_t *s)
{
    return s->i > 0 && in_words(d, W_COUNT_PREP_STOP, s->i - 1);
}

/* the count of site s may take part in a swap: never right after a count_swap_stop word
 * or pair of words ("between two doors", "a herd of three horses"); one right after
 * another preposition (which a counting negative leaves alone) only when its noun is no
 * place (words.lex not_small: "in a city" never becomes "in several cities"), unless
 * that is "of" ("in front of two buildings") */
static int swap_place_ok(doc_t *d, const site_t *s)
{
    size_t i = s->i, j = s->u.count.noun, nl = s->u.count.nl;
    if (i == 0 || !joined(d, i)) return 1;
    if (in_words(d, W_COUNT_SWAP_STOP, i - 1)) return 0;
    if (i >= 2 && joined(d, i - 1) && wc_index(d, d->E->req[W_COUNT_SWAP_STOP], i - 2, 2) >= 0) return 0;
    if (!after_prep(d, s) || word_is(d, i - 1, "of")) return 1;
    return wc_index(d, d->E->req[W_NOT_SMALL], j, nl) < 0 && !in_words(d, W_NOT_SMALL, j + nl - 1);
}

/* counting: unused (the caption's counting sites leave out those after a preposition, which
 * count swaps take; they are found again into the scratch list tmp) */
tldr_status pt_count_swaps(doc_t *d, sites_t *S, sites_t *tmp, const sites_t *counting)
{
    (void)counting;
    tmp->sites.n = tmp->alts.n = 0;
    tldr_status st = pt_counting_sites_at(d, tmp, 1);
    const sites_t *C = tmp;
    for (size_t a = 0; a < C->sites.n && !st; a++) {
        for (size_t b = a + 1; b < C->sites.n && b <= a + BIND_NEXT && !st; b++) {
            const site_t *sa = &TLDR_VEC_AT(C->sites, site_t, a), *sb = &TLDR_VEC_AT(C->sites, site_t, b);
            if (d->sent[sa->i] != d->sent[sb->i]) break;
            if (!swap_writable(d, sa, sb) || sa->u.count.count == sb->u.count.count) continue;
            if (!swap_place_ok(d, sa) || !swap_place_ok(d, sb) || refers_back(d, sa, sb, C)) continue;
            /* "several" or "some" never moves to or from a place things are on or in
             * (words.lex vague_swap_stop): "a pancake is stacked on some plates", "a man
             * on a few vehicles" say nothing real; "near several trees" may swap */
            if ((!sa->u.count.plain || !sb->u.count.plain) &&
                ((sa->i > 0 && in_words(d, W_VAGUE_SWAP_STOP, sa->i - 1)) ||
                 (sb->i > 0 && in_words(d, W_VAGUE_SWAP_STOP, sb->i - 1))))
                continue;
            if (!has_alt(C, sa, sb->u.count.count) || !has_alt(C, sb, sa->u.count.count) || same_noun(d, sa, sb))
                continue;
            size_t sub = S->subs.n;
            if ((st = tldr_vec_push(&S->subs, sa)) || (st = tldr_vec_push(&S->subs, sb))) break;
            st = pt_push_swap(S, sa->i, sa->j, sb->i, sb->j, sa->fid, sb->fid, BIND_COUNT);
            if (!st) TLDR_VEC_AT(S->sites, site_t, S->sites.n - 1).u.bind.sub = sub;
        }
    }
    return st;
}
