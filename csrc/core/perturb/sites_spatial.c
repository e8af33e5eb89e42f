/* perturb/sites_spatial.c: spatial sites, a relation of spatial.lex between a thing and
 * its landmark ("a cat on the table", "the cow is left of the person").
 *
 * A site is the longest relation phrase at a word (the first class that owns it), when
 *   - no other relation follows it ("on the left"), nor a determiner and one ("on the
 *     inside of"), and no spatial_stop word is among the next three words (adverbs in
 *     -ly not counted: "on a sunny day", "in a red shirt"), nor a stop word of its
 *     class (words.lex spatial_stop_<class>: "on the floor" has no "under the floor",
 *     but "near the water" has "far from the water");
 *   - it does not follow a determiner ("the opposite side", "the inside of": a noun or
 *     an adjective there, not a relation), unless the phrase starts with one ("the left");
 *   - "by" does not follow an agent word ("pulled by a horse" says who, not where);
 *   - a landmark follows (a determiner, number, attribute, noun or a word that stands
 *     where one does, a possessive or an object pronoun: "next to it"; or "of" and one:
 *     "to the left of the cat"), or the relation
 *     is a spatial_alone word that needs none ("the cat is outside."); such a site writes
 *     only alternatives that need none either (candidate.c).
 * The alternatives are the other values of its class: relations that exclude it.
 */
#include "perturb/perturb_internal.h"

/* a relation of form fid ending before word j: not followed by another relation, nor by
 * a determiner and one ("on the left", "on the inside of a station": no "next to the
 * inside of"), and no spatial_stop word ("on a sunny day") nor a stop word of its own
 * class ("on the floor": words.lex spatial_stop_<class>) among the next three words, an
 * adverb in -ly not counted ("beneath a partially cloudy sky"), unless that word
 * modifies a noun right after it ("near a phone booth", "next to a fire hydrant", "on a
 * tv stand": the landmark is the booth, not the phone) */
static int spatial_ok(doc_t *d, int fid, size_t j)
{
    size_t L;
    if (j < d->n && match(d, KIND_BIT(TLDR_LEX_SPATIAL), j, &L) >= 0) return 0;
    if (j + 1 < d->n && in_words(d, W_DET, j) && joined(d, j + 1) &&
        match(d, KIND_BIT(TLDR_LEX_SPATIAL), j + 1, &L) >= 0)
        return 0;
    int own = class_of_form(d->E, fid)->stop_wc;
    for (size_t k = j, words = 0; words < 3 && k < d->n; k++) {
        if ((in_words(d, W_SPATIAL_STOP, k) || (own >= 0 && wc_index(d, own, k, 1) >= 0)) &&
            !(k + 1 < d->n && joined(d, k + 1) && is_noun(d, k + 1)))
            return 0;
        words += !ends_with(d, k, "ly");
    }
    return 1;
}

/* a landmark starts at word j */
static int landmark_at(doc_t *d, size_t j)
{
    size_t L;
    if (j >= d->n || !joined(d, j)) return 0;
    if (in_words(d, W_DET, j) || in_words(d, W_NUMBER, j) || in_words(d, W_DET_PLUR, j) || in_words(d, W_VAGUE, j) ||
        words_match(d, W_LANDMARK_PRON, j) || is_attr1(d, j) || pt_noun_like(d, j))
        return 1;
    if (match(d, KIND_BIT(TLDR_LEX_ATTRIBUTES), j, &L) >= 0) return 1;
    if (possessive(d, j)) return 1;
    if (word_is(d, j, "of") && j + 1 < d->n && landmark_at(d, j + 1)) return 1; /* "the left of the cat" */
    const uint8_t c = d->t[d->w[j].s];
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'); /* "3 dogs", "near Broadway" */
}

/* the relation of form fid at words [i, i+L) is a site: *alone = 1 when no landmark
 * follows (then it is a spatial_alone word) */
static int spatial_site(doc_t *d, int fid, size_t i, size_t L, int *alone)
{
    const tldr_perturb_engine *E = d->E;
    const form_t *f = form_at(E, fid);
    if (!unprotected(d, i, i + L) || !spatial_ok(d, fid, i + L)) return 0;
    if (i > 0 && joined(d, i) && in_words(d, W_DET, i - 1) && !in_words(d, W_DET, i)) return 0;
    if (f->len == 2 && memcmp(pool_str(E, f->off), "by", 2) == 0 && i > 0 && joined(d, i) && in_words(d, W_AGENT, i - 1))
        return 0;
    *alone = !landmark_at(d, i + L);
    return !*alone || wc_index(d, E->req[W_SPATIAL_ALONE], i, L) >= 0;
}

/* the relation at words [i, i+L) is joined by "and"/"or" to a relation of value v ("inside
 * and outside of the water": "outside" never becomes "inside") */
static int coordinated_value(doc_t *d, int v, size_t i, size_t L)
{
    size_t l2, k = i + L;
    if (i >= 2 && joined(d, i) && joined(d, i - 1) && (word_is(d, i - 1, "and") || word_is(d, i - 1, "or"))) {
        int e = match(d, KIND_BIT(TLDR_LEX_SPATIAL), i - 2, &l2);
        if (e >= 0 && l2 == 1 && form_at(d->E, entry_at(d->E, e)->a)->value == v) return 1;
    }
    if (k + 1 < d->n && joined(d, k) && joined(d, k + 1) && (word_is(d, k, "and") || word_is(d, k, "or"))) {
        int e = match(d, KIND_BIT(TLDR_LEX_SPATIAL), k + 1, &l2);
        if (e >= 0 && form_at(d->E, entry_at(d->E, e)->a)->value == v) return 1;
    }
    return 0;
}

/* a large place (words.lex spatial_loose_place: "a beach", "the mountains") among the three
 * words after word j, adverbs in -ly not counted (as spatial_ok) */
static int loose_place_after(doc_t *d, size_t j)
{
    for (size_t k = j, words = 0; words < 3 && k < d->n; k++) {
        if (in_words(d, W_LOOSE_PLACE, k)) return 1;
        words += !ends_with(d, k, "ly");
    }
    return 0;
}

/* values v and w are both in words.lex spatial_loose_values (by their first form: "on",
 * "next to"), which a large place does not tell apart ("standing on a beach" -> "next to
 * a beach", "next to the mountains" -> "on the mountains" may be true) */
static int loose_pair(doc_t *d, int v, int w)
{
    return pt_value_in_words(d->E, W_LOOSE_VALUES, v) && pt_value_in_words(d->E, W_LOOSE_VALUES, w);
}

tldr_status pt_spatial_sites(doc_t *d, sites_t *S)
{
    size_t i = 0, L;
    while (i < d->n) {
        int e = match(d, KIND_BIT(TLDR_LEX_SPATIAL), i, &L), alone = 0;
        if (e >= 0 && spatial_site(d, entry_at(d->E, e)->a, i, L, &alone)) {
            size_t n0 = S->sites.n;
            tldr_status st = pt_push_value_site(d, S, C_SPATIAL, i, i + L, entry_at(d->E, e)->a, 0, -1, -1);
            if (st) return st;
            if (S->sites.n > n0) { /* the last site pushed: its alternatives end S->alts */
                site_t *s = &TLDR_VEC_AT(S->sites, site_t, n0);
                s->u.alone = alone;
                int loose = loose_place_after(d, i + L), own = form_at(d->E, entry_at(d->E, e)->a)->value;
                size_t w = s->alt_off;
                for (size_t a = s->alt_off; a < s->alt_off + s->nalt; a++) {
                    int v = TLDR_VEC_AT(S->alts, int, a);
                    if (!coordinated_value(d, v, i, L) && !(loose && loose_pair(d, own, v)))
                        TLDR_VEC_AT(S->alts, int, w++) = v;
                }
                S->alts.n = w;
                s->nalt = w - s->alt_off;
                if (s->nalt == 0) S->sites.n = n0;
            }
            i += L;
        } else {
            i++;
        }
    }
    return TLDR_OK;
}
