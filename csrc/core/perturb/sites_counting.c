/* perturb/sites_counting.c: counting sites, a count and the noun it counts ("two dogs",
 * "a couple of red cups", "3 cats").
 *
 * A count is digits 1-100, a number word (words class number: one..twenty), a quantifier
 * (a/an/one/a single: 1, a pair of/both: 2, a few: 3, a dozen: 12) or a vague one
 * ("several", read as 3, which only "a"/"one" replaces). Up to two attributes may follow,
 * then up to two modifier nouns ("two video game controllers": singular, each a compound
 * of the corpus with the next noun), then a countable noun in the number the count
 * needs. Never after a preposition ("on a table"), never in a protected span, never when
 * the noun is a modifier ("ball chain") or a count_stop phrase. The alternatives are other
 * counts; the verb after the noun is remembered for agreement.
 */
#include "perturb/perturb_internal.h"

/* The count expression at word i: its length in words (0: none), the count, whether it is
 * written in digits and whether it is vague. */
static size_t count_at(doc_t *d, size_t i, int *val, int *digit, int *vague)
{
    static const int cls[] = {W_NUMBER, W_Q1, W_Q2, W_Q3, W_Q12, W_VAGUE};
    static const int vals[] = {0, 1, 2, 3, 12, 3}; /* number words: their index + 1 */
    size_t wl = d->w[i].e - d->w[i].s;
    const uint8_t *w = d->low + d->w[i].s;
    int alld = 1;
    for (size_t k = 0; k < wl; k++)
        if (w[k] < '0' || w[k] > '9') alld = 0;
    if (alld && wl <= 3) {
        int v = 0;
        for (size_t k = 0; k < wl; k++) v = v * 10 + (w[k] - '0');
        if (v < 1 || v > 100) return 0;
        *val = v;
        *digit = 1;
        *vague = 0;
        return 1;
    }
    size_t best = 0;
    for (int c = 0; c < (int)(sizeof cls / sizeof cls[0]); c++) {
        size_t l = words_match(d, cls[c], i);
        if (l && l > best) {
            best = l;
            *val = c == 0 ? wc_index(d, d->E->req[W_NUMBER], i, l) + 1 : vals[c];
            *digit = 0;
            *vague = cls[c] == W_VAGUE;
        }
    }
    return best;
}

/* Counts replacing count n, ascending: 1, 2, 3, 4, n-1, n+1 and 2n within [1, 20] except n
 * itself; only 1 for a vague count ("several", "a few": two may be what they say). out
 * holds COUNT_ALTS_MAX. */
size_t pt_count_alternatives(int *out, int n, int vague)
{
    if (vague) {
        out[0] = 1;
        return 1;
    }
    int cand[COUNT_ALTS_MAX] = {1, 2, 3, 4, n - 1, n + 1, 2 * n};
    size_t m = 0;
    for (int k = 1; k <= 20; k++) {
        if (k == n) continue;
        for (int c = 0; c < COUNT_ALTS_MAX; c++)
            if (cand[c] == k) {
                out[m++] = k;
                break;
            }
    }
    return m;
}

/* The counted noun's form at words [j, j+nl) in the number `plural` (not a mass noun), or
 * -1; also -1 when the noun is a modifier of what follows ("ball chain", "light red",
 * "metal railing", "commuter train": a compound of the corpus). *verb, *verb_sing: a
 * one-word verb after the noun. */
static int counted_noun(doc_t *d, size_t j, size_t nl, int e, int plural, int *verb, int *verb_sing, size_t *agree)
{
    const tldr_perturb_engine *E = d->E;
    int hit = -1;
    for (; e >= 0; e = next_hit(d, e, NOUN_KINDS, j, nl)) {
        const entry_t *en = entry_at(E, e);
        if (!form_at(E, en->a)->mass && en->b == plural) {
            hit = en->a;
            break;
        }
    }
    *verb = -1;
    *verb_sing = 0;
    size_t k = after_rel_pronoun(d, j + nl), vl;
    *agree = pt_agree_pos(d, j + nl);
    if (hit < 0 || k >= d->n || !joined(d, k) || d->prot[k]) return hit;
    int ve = match(d, KIND_BIT(TLDR_LEX_VERBS), k, &vl);
    if ((is_noun(d, k) && ve < 0) || is_bound_attr1(d, k) || (is_attr1(d, j) && pt_plain_word(d, k)) ||
        (k == j + nl && pt_compound(d, k - 1)))
        return -1;
    size_t a = *agree;
    if (a != k) ve = a < d->n && !d->prot[a] ? match(d, KIND_BIT(TLDR_LEX_VERBS), a, &vl) : -1;
    if (ve >= 0 && vl == 1) {
        *verb = entry_at(E, ve)->a;
        *verb_sing = entry_at(E, ve)->b;
    }
    return hit;
}

/* The noun at words [j, j+nl) (first entry e) modifies the next noun, which the counted
 * one follows ("two video game controllers", "a traffic light"): one of its forms is
 * singular, and its last word and the next are nouns side by side in the corpus (not
 * protected; after a count of one, not a verb that agrees with it, "a dog plays",
 * unless a noun of the corpus follows that too: "a video game controller"). */
static int modifier_noun(doc_t *d, size_t j, size_t nl, int e, int one)
{
    size_t k = j + nl, vl;
    if (k >= d->n || !joined(d, k) || d->prot[k] || !pt_compound(d, k - 1)) return 0;
    for (int v = one ? match(d, KIND_BIT(TLDR_LEX_VERBS), k, &vl) : -1; v >= 0; v = next_hit(d, v, KIND_BIT(TLDR_LEX_VERBS), k, vl))
        if (entry_at(d->E, v)->b && !pt_compound(d, k)) return 0;
    for (; e >= 0; e = next_hit(d, e, NOUN_KINDS, j, nl))
        if (entry_at(d->E, e)->b == 0) return 1;
    return 0;
}

/* The site of the count at words [i, i+qlen) (count n) pushed onto S when a counted noun
 * follows and some other count fits (*made = 1), else nothing (*made = 0). */
static tldr_status count_site(doc_t *d, sites_t *S, size_t i, size_t qlen, int n, int digit, int vague, int *made)
{
    const tldr_perturb_engine *E = d->E;
    *made = 0;
    size_t j = i + qlen, skipped = 0, nl;
    while (skipped < 2 && j < d->n && joined(d, j) && is_attr1(d, j) && !is_noun(d, j)) {
        j++;
        skipped++;
    }
    if (j >= d->n || !joined(d, j)) return TLDR_OK;
    int e = match(d, NOUN_KINDS, j, &nl);
    for (int m = 0; m < 2 && e >= 0 && !proper(d, j) && modifier_noun(d, j, nl, e, n == 1); m++) {
        j += nl; /* up to two modifier nouns before the counted one */
        e = match(d, NOUN_KINDS, j, &nl);
    }
    if (e < 0 || !unprotected(d, i, j + nl) || proper(d, j)) return TLDR_OK;
    int want_plural = n != 1, verb, verb_sing;
    size_t agree;
    int stop = wc_index(d, E->req[W_COUNT_STOP], j, nl) >= 0 || in_words(d, W_COUNT_STOP, j + nl - 1);
    int noun = counted_noun(d, j, nl, e, want_plural, &verb, &verb_sing, &agree);
    if (noun < 0 || stop) return TLDR_OK;
    int alts[COUNT_ALTS_MAX];
    size_t na = pt_count_alternatives(alts, n, vague);
    if (i > 0 && joined(d, i) && in_words(d, W_DET, i - 1)) { /* never "the a dog" */
        size_t w = 0;
        for (size_t a = 0; a < na; a++)
            if (alts[a] != 1) alts[w++] = alts[a];
        na = w;
    }
    site_t s;
    memset(&s, 0, sizeof s);
    s.cat = C_COUNTING;
    s.i = i;
    s.j = j + nl;
    s.fid = noun;
    s.plural = want_plural;
    s.nalt = na;
    s.alt_off = S->alts.n;
    for (size_t a = 0; a < na; a++) {
        tldr_status st = tldr_vec_push(&S->alts, &alts[a]);
        if (st) return st;
    }
    s.u.count.qlen = qlen;
    s.u.count.noun = j;
    s.u.count.nl = nl;
    s.u.count.digit = digit;
    s.u.count.count = n;
    s.u.count.vague = vague;
    s.u.count.plain = digit || (qlen == 1 && (in_words(d, W_NUMBER, i) || word_is(d, i, "a") || word_is(d, i, "an")));
    s.u.count.verb = verb;
    s.u.count.verb_sing = verb_sing;
    s.u.count.agree = agree;
    if (!na) return TLDR_OK;
    *made = 1;
    return tldr_vec_push(&S->sites, &s);
}

/* word k is "it" right after a preposition right after the noun of counting site s, and
 * before s, past a list of counted things (determiners, numbers, attributes, nouns, and/or,
 * commas), stand a noun (no person or animal: "it" is none) and a words.lex
 * count_container word or words ("a desk with two monitors and a laptop on it", "a plate
 * with a donut on it", "the desk has two monitors and one laptop on it"): "it" is that
 * noun, which a count of s leaves alone */
int pt_container_it(doc_t *d, const site_t *s, size_t k)
{
    size_t j = s->j;
    if (!word_is(d, k, "it") || k != j + 1 || !joined(d, k) || !joined(d, j) || !in_words(d, W_COUNT_PREP_STOP, j))
        return 0;
    for (size_t q = s->i; q > 0 && d->sent[q - 1] == d->sent[s->i]; q--) {
        for (size_t L = 2; L >= 1; L--) {
            if (q < L + 1) continue;
            size_t p = q - L;
            int ok = wc_index(d, d->E->req[W_COUNT_CONTAINER], p, L) >= 0 && d->sent[p - 1] == d->sent[s->i];
            for (size_t r = p; r <= q && ok; r++) ok = joined(d, r); /* "noun with two", no punctuation */
            if (ok && is_noun(d, p - 1) && !in_words(d, W_ANIMATE, p - 1) && !in_words(d, W_PERSON, p - 1)) return 1;
        }
        size_t w = q - 1;
        if (!(in_words(d, W_DET, w) || in_words(d, W_NUMBER, w) || word_is(d, w, "and") || word_is(d, w, "or") ||
              is_attr1(d, w) || is_noun(d, w)))
            return 0;
    }
    return 0;
}

/* after_prep: also the counts right after a preposition (binding's count swaps: "a
 * motorcycle behind two vans" -> "two motorcycles behind a van"), which a counting
 * negative leaves alone ("on a table" -> "on two tables" reads oddly) */
tldr_status pt_counting_sites_at(doc_t *d, sites_t *S, int after_prep)
{
    size_t i = 0;
    while (i < d->n) {
        int n = 0, digit = 0, vague = 0;
        size_t len = d->prot[i] ? 0 : count_at(d, i, &n, &digit, &vague);
        if (len && !after_prep && i > 0 && in_words(d, W_COUNT_PREP_STOP, i - 1)) len = 0; /* "on a table" */
        if (!len) {
            i++;
            continue;
        }
        int made;
        tldr_status st = count_site(d, S, i, len, n, digit, vague, &made);
        if (st) return st;
        i = made ? TLDR_VEC_AT(S->sites, site_t, S->sites.n - 1).j : i + len;
    }
    return TLDR_OK;
}

tldr_status pt_counting_sites(doc_t *d, sites_t *S)
{
    return pt_counting_sites_at(d, S, 0);
}
