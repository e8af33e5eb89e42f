/* perturb/sites_values.c: what the finders of value sites share (sites_spatial.c,
 * sites_attribute.c, sites_object.c): a site where a lexicon value is replaced by another
 * value of its class.
 *
 * Each finder scans the caption left to right for the longest phrase of its lexicon kind
 * (caption.c match), checks the context its category needs, and lists the other values
 * of the class as the site's alternatives (values said within three words are left out for
 * attributes and objects: "red and white" never gives "red and red").
 */
#include "perturb/perturb_internal.h"

/* the other values of form fid's class (of the same mass-ness when need_mass >= 0) pushed
 * onto S->alts; their number in *k */
static tldr_status other_values(doc_t *d, sites_t *S, int fid, int need_mass, size_t *k)
{
    const tldr_perturb_engine *E = d->E;
    const form_t *f = form_at(E, fid);
    const class_t *c = class_of_form(E, fid);
    *k = 0;
    for (size_t q = 0; q < c->values.n; q++) {
        int v = TLDR_VEC_AT(c->values, int, q);
        if (v == f->value) continue;
        if (need_mass >= 0 && first_form(E, v)->mass != need_mass) continue;
        tldr_status st = tldr_vec_push(&S->alts, &v);
        if (st) return st;
        (*k)++;
    }
    return TLDR_OK;
}

/* value v is said by a single word of lexicon kind `kind` within three words of words
 * [i, i+L), outside them and outside words [xi, xj) */
int pt_said_nearby(const doc_t *d, int v, int kind, size_t i, size_t L, size_t xi, size_t xj)
{
    const tldr_perturb_engine *E = d->E;
    size_t lo = i >= 3 ? i - 3 : 0, hi = i + L + 3 < d->n ? i + L + 3 : d->n;
    for (size_t q = lo; q < hi; q++) {
        if ((q >= i && q < i + L) || (q >= xi && q < xj)) continue;
        for (int e2 = head(d, q, 1); e2 >= 0; e2 = entry_at(E, e2)->next) {
            const entry_t *en2 = entry_at(E, e2);
            if (en2->kind != KIND_WORDS && kind_of_form(E, en2->a) == kind && form_at(E, en2->a)->value == v)
                return 1;
        }
    }
    return 0;
}

/* how far (words) said_before_same looks each side: "a large carrot, a medium carrot and
 * a small carrot" is 8; bounded, so a long caption costs no quadratic time */
enum { SAME_REACH = 16 };

/* value v is said by a single word of lexicon kind `kind` right before a word equal to
 * word j elsewhere in word i's sentence (outside words [i, j)), within SAME_REACH words */
static int said_before_same(const doc_t *d, int v, int kind, size_t i, size_t j)
{
    const tldr_perturb_engine *E = d->E;
    for (size_t q = i > SAME_REACH ? i - SAME_REACH : 0; q + 1 < d->n && q <= j + SAME_REACH; q++) {
        if ((q >= i && q < j) || d->sent[q] != d->sent[i] || !same_word(d, q + 1, j)) continue;
        for (int e2 = head(d, q, 1); e2 >= 0; e2 = entry_at(E, e2)->next) {
            const entry_t *en2 = entry_at(E, e2);
            if (en2->kind != KIND_WORDS && kind_of_form(E, en2->a) == kind && form_at(E, en2->a)->value == v)
                return 1;
        }
    }
    return 0;
}

/* Object value v is a fixture of a room named within SAME_REACH words of word i, in its
 * sentence (words.lex place_fixture holds "ROOM VALUE": a kitchen has a sink, so "a small
 * refrigerator in a small kitchen" -> "a small sink" may be true) */
static int room_fixture(doc_t *d, int v, size_t i)
{
    const tldr_perturb_engine *E = d->E;
    size_t vn;
    uint64_t vw;
    const char *vt = pt_value_name(E, v, &vn, &vw);
    char buf[128];
    for (size_t q = i > SAME_REACH ? i - SAME_REACH : 0; q < d->n && q <= i + SAME_REACH; q++) {
        if (d->sent[q] != d->sent[i] || !in_words(d, W_FIXTURE_PLACE, q)) continue;
        size_t pn = d->w[q].e - d->w[q].s;
        if (pn + 1 + vn > sizeof buf) continue;
        memcpy(buf, d->low + d->w[q].s, pn);
        buf[pn] = ' ';
        memcpy(buf + pn + 1, vt, vn);
        if (pt_words_index(E, E->req[W_PLACE_FIXTURE], buf, pn + 1 + vn) >= 0) return 1;
    }
    return 0;
}

/* Of the k alternatives at S->alts[s->alt_off...), keep those that no single word of
 * lexicon kind `kind` within three words of [i, i+L) already says, nor, for attributes,
 * one right before the same word as the one after them elsewhere in the sentence, within
 * SAME_REACH words ("a large carrot, a medium carrot and a small carrot": no "a big
 * carrot"), nor, for objects, a fixture of a room named nearby (room_fixture); set
 * s->nalt. */
static void drop_nearby(doc_t *d, sites_t *S, site_t *s, size_t k, size_t i, size_t L, int kind)
{
    const tldr_perturb_engine *E = d->E;
    int near[3 * 2 * 8]; /* the values said within three words each side (at most a few per word) */
    size_t nn = 0, lo = i >= 3 ? i - 3 : 0, hi = i + L + 3 < d->n ? i + L + 3 : d->n;
    for (size_t q = lo; q < hi; q++) {
        if (q >= i && q < i + L) continue;
        for (int e2 = head(d, q, 1); e2 >= 0; e2 = entry_at(E, e2)->next) {
            const entry_t *en2 = entry_at(E, e2);
            if (en2->kind == KIND_WORDS || kind_of_form(E, en2->a) != kind) continue;
            if (nn == sizeof near / sizeof near[0]) { /* more than the buffer: ask word by word */
                nn = SIZE_MAX;
                break;
            }
            near[nn++] = form_at(E, en2->a)->value;
        }
        if (nn == SIZE_MAX) break;
    }
    int same = 0; /* the word after them comes again in the sentence (rare: then ask per value) */
    for (size_t q = i > SAME_REACH ? i - SAME_REACH : 0;
         kind == TLDR_LEX_ATTRIBUTES && i + L < d->n && q + 1 < d->n && q <= i + L + SAME_REACH && !same; q++)
        same = !(q >= i && q < i + L) && d->sent[q] == d->sent[i] && same_word(d, q + 1, i + L);
    int room = 0; /* a room with fixtures (words.lex fixture_place) nearby in the sentence */
    for (size_t q = i > SAME_REACH ? i - SAME_REACH : 0; kind == TLDR_LEX_OBJECTS && q < d->n && q <= i + SAME_REACH && !room; q++)
        room = d->sent[q] == d->sent[i] && in_words(d, W_FIXTURE_PLACE, q);
    size_t w = s->alt_off;
    for (size_t a = s->alt_off; a < s->alt_off + k; a++) {
        int v = TLDR_VEC_AT(S->alts, int, a), said = 0;
        if (nn == SIZE_MAX) said = pt_said_nearby(d, v, kind, i, L, i, i);
        else
            for (size_t q = 0; q < nn && !said; q++) said = near[q] == v;
        if (!said && same) said = said_before_same(d, v, kind, i, i + L);
        if (!said && room) said = room_fixture(d, v, i);
        if (!said) TLDR_VEC_AT(S->alts, int, w++) = v;
    }
    S->alts.n = w;
    s->nalt = w - s->alt_off;
}

/* a site of form fid at words [i, j) with the other values of its class (those said
 * nearby dropped for kind >= 0), pushed when it has any */
tldr_status pt_push_value_site(doc_t *d, sites_t *S, int cat, size_t i, size_t j, int fid, int plural, int need_mass,
                                   int near_kind)
{
    site_t s;
    memset(&s, 0, sizeof s);
    s.cat = cat;
    s.i = i;
    s.j = j;
    s.fid = fid;
    s.plural = plural;
    s.alt_off = S->alts.n;
    size_t k;
    tldr_status st = other_values(d, S, fid, need_mass, &k);
    if (st) return st;
    if (near_kind >= 0) drop_nearby(d, S, &s, k, i, j - i, near_kind);
    else s.nalt = k;
    return s.nalt > 0 ? tldr_vec_push(&S->sites, &s) : TLDR_OK;
}

