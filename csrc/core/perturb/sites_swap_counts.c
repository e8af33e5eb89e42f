/* perturb/sites_swap_counts.c: binding sites where two counts of one sentence trade places
 * ("two women waiting at a bench" ... "a desk with two monitors and a laptop" -> "a desk
 * with a monitor and two laptops"; "Two dogs chase a cat." -> "A dog chases two cats.").
 *
 * Both counts are counting sites written as the engine writes counts (digits, a/an,
 * number words), of different nouns, each count among the other's alternatives (so "the
 * two dogs" never takes "a"); each side then gets the count edits of a counting
 * negative, agreement and all (candidate.c). A site pairs with at most the next BIND_NEXT
 * counting sites of its sentence. The two counting sites are kept in S->subs.
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

/* counting: the caption's counting sites when already found, else NULL (then found into
 * the scratch list tmp) */
tldr_status pt_count_swaps(doc_t *d, sites_t *S, sites_t *tmp, const sites_t *counting)
{
    tldr_status st = TLDR_OK;
    if (!counting) {
        tmp->sites.n = tmp->alts.n = 0;
        st = pt_counting_sites(d, tmp);
        counting = tmp;
    }
    const sites_t *C = counting;
    for (size_t a = 0; a < C->sites.n && !st; a++) {
        for (size_t b = a + 1; b < C->sites.n && b <= a + BIND_NEXT && !st; b++) {
            const site_t *sa = &TLDR_VEC_AT(C->sites, site_t, a), *sb = &TLDR_VEC_AT(C->sites, site_t, b);
            if (d->sent[sa->i] != d->sent[sb->i]) break;
            if (!sa->u.count.plain || !sb->u.count.plain || sa->u.count.count == sb->u.count.count) continue;
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
