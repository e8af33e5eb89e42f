/* perturb/candidate.c: a candidate negative from a (site, alternative) pair: which form of
 * the new value is written, the edits each category writes, then the checks every
 * candidate passes (the MAX_EDITS / MAX_EDIT_BYTES rule, a/an before the edits, no
 * overlapping edits, not the caption again).
 */
#include "perturb/perturb_internal.h"

#include <stdio.h>
#include <stdlib.h>

/* The form of value v at form fid's position among v's synonyms when the two share a
 * word ("right side" -> "left side", "the left" -> "the right"), else SIZE_MAX. */
static size_t parallel_match(const tldr_perturb_engine *E, int fid, int v)
{
    const form_t *f = form_at(E, fid);
    size_t k = (size_t)fid - value_at(E, f->value)->first;
    const value_t *tv = value_at(E, v);
    if (k >= tv->nforms) return SIZE_MAX;
    const form_t *g = form_at(E, (int)(tv->first + k));
    const char *a = pool_str(E, f->off), *b = pool_str(E, g->off);
    for (size_t i = 0; i < f->len;) {
        size_t ie = i;
        while (ie < f->len && a[ie] != ' ') ie++;
        for (size_t j = 0; j < g->len;) {
            size_t je = j;
            while (je < g->len && b[je] != ' ') je++;
            if (ie - i == je - j && memcmp(a + i, b + j, ie - i) == 0) return tv->first + k;
            j = je + 1;
        }
        i = ie + 1;
    }
    return SIZE_MAX;
}

/* The form of value v written in place of form fid: the parallel one when they share a
 * word, else v's first form. */
size_t pt_parallel_form(const tldr_perturb_engine *E, int fid, int v)
{
    size_t pm = parallel_match(E, fid, v);
    return pm != SIZE_MAX ? pm : value_at(E, v)->first;
}

/* form f fits a site with (alone = 0) or without (alone = 1) a landmark after it: it may
 * stand without one (spatial_alone), or only so (alone_only); a form that is only read
 * (spatial_read_only: "onto") fits none */
static int form_fits(const tldr_perturb_engine *E, size_t f, int alone)
{
    uint8_t a = form_at(E, (int)f)->alone;
    if (a & 4) return 0;
    return alone ? (a & 1) : !(a & 2);
}

/* The k-th form value v may be written in at site s (SIZE_MAX past the last): the
 * parallel form alone when a synonym position shares a word ("the left" -> "the right",
 * never "right side"), else v's forms whose context holds after the site (its first form
 * when none does); for a spatial site without a landmark only forms that need none
 * (spatial_alone), else no form that takes none (alone_only: "on top"). */
size_t pt_form_choice(const doc_t *d, const site_t *s, int v, size_t k)
{
    const tldr_perturb_engine *E = d->E;
    int alone = s->cat == C_SPATIAL && s->u.alone; /* no landmark follows: forms that need none */
    size_t pm = parallel_match(E, s->fid, v);
    const value_t *tv = value_at(E, v);
    if (pm != SIZE_MAX) return k == 0 && form_fits(E, pm, alone) ? pm : SIZE_MAX;
    size_t m = 0;
    for (size_t q = 0; q < tv->nforms; q++) {
        const form_t *f = form_at(E, (int)(tv->first + q));
        if (f->ctx >= 0 && !ctx_holds(d, f->ctx, s->j, s->cat != C_SPATIAL)) continue;
        if (!form_fits(E, tv->first + q, alone)) continue;
        if (m == k) return tv->first + q;
        m++;
    }
    return m == 0 && k == 0 && !alone && !(form_at(E, (int)tv->first)->alone & 4) ? tv->first : SIZE_MAX;
}

/* ------------------------------------------------------------------ per category ------ */
/* spatial, attribute: the form `force` (or the first choice) of the new value; no
 * candidate when the value has no form that fits (a spatial site without landmark) */
static tldr_status value_edits(edits_t *x, doc_t *d, const sites_t *S, const site_t *s, size_t alt, size_t force,
                               edit_result *res)
{
    const tldr_perturb_engine *E = d->E;
    int v = site_alt(S, s, alt);
    size_t fid = force != SIZE_MAX ? force : pt_form_choice(d, s, v, 0);
    if (fid == SIZE_MAX) {
        *res = EDIT_REFUSED;
        return TLDR_OK;
    }
    const form_t *f = form_at(E, (int)fid);
    return pt_phrase_edit(x, d, s->i, s->j, pool_str(E, f->off), f->len);
}

/* object, small_object: the parallel form in the site's number; pronouns follow */
static tldr_status object_edits(edits_t *x, doc_t *d, const sites_t *S, const site_t *s, size_t alt, edit_result *res)
{
    const tldr_perturb_engine *E = d->E;
    const form_t *f = form_at(E, (int)pt_parallel_form(E, s->fid, site_alt(S, s, alt)));
    const char *nt = pool_str(E, s->plural ? f->poff : f->off);
    size_t nn = s->plural ? f->plen : f->len;
    tldr_status st = pt_phrase_edit(x, d, s->i, s->j, nt, nn);
    return st ? st : pt_pronoun_edits(x, d, s->i, s->j, nt, nn, res);
}

static tldr_status count_edits(edits_t *x, doc_t *d, const site_t *s, int m, const site_t *words, edit_result *res);

/* binding: each phrase written (lower case, cased like the other's place) where the other
 * was; two counts: each count site gets the other's count, agreement and all (a count the
 * engine does not write, "several", "a couple of", in the other's words) */
static tldr_status swap_edits(edits_t *x, doc_t *d, const sites_t *S, const site_t *s, edit_result *res)
{
    if (s->u.bind.kind == BIND_COUNT) {
        const site_t *a = &TLDR_VEC_AT(S->subs, site_t, s->u.bind.sub), *b = a + 1;
        tldr_status st = count_edits(x, d, a, b->u.count.count, b->u.count.plain ? NULL : b, res);
        return st || *res != EDIT_OK ? st : count_edits(x, d, b, a->u.count.count, a->u.count.plain ? NULL : a, res);
    }
    if (s->u.bind.kind == BIND_MOVE) { /* the attribute out (with the space before it), then in */
        size_t ai = s->u.bind.ai, aj = s->u.bind.aj, bi = s->u.bind.bi;
        tldr_status st = pt_add_edit(x, d->w[ai - 1].e, d->w[aj - 1].e, "", 0); /* ai > 0: sites_binding.c */
        if (st) return st;
        size_t off = x->text.n, as = d->w[ai].s, ae = d->w[aj - 1].e, pos = d->w[bi].s;
        if ((st = pt_text_put(x, (const char *)d->low + as, ae - as)) || (st = pt_text_put(x, " ", 1))) return st;
        pt_text_case(x, d, off, pos, pos);
        return pt_edit_push(x, pos, pos, off);
    }
    size_t sa = d->w[s->u.bind.ai].s, ea = d->w[s->u.bind.aj - 1].e;
    size_t sb = d->w[s->u.bind.bi].s, eb = d->w[s->u.bind.bj - 1].e;
    tldr_status st = pt_add_cased(x, d, sa, ea, (const char *)d->low + sb, eb - sb);
    return st ? st : pt_add_cased(x, d, sb, eb, (const char *)d->low + sa, ea - sa);
}

/* the verb of form fid at word k (sing: written in its -s form) in the number wanted */
static tldr_status verb_edit(edits_t *x, doc_t *d, size_t k, int fid, int sing, int want_plural)
{
    const form_t *vf = form_at(d->E, fid);
    if (want_plural && sing) return pt_word_edit(x, d, k, pool_str(d->E, vf->off), vf->len);
    if (!want_plural && !sing) return pt_word_edit(x, d, k, pool_str(d->E, vf->poff), vf->plen);
    return TLDR_OK;
}

/* counting, after the count changed to m: the noun's number, the verb or agree word after
 * it ("is" -> "are", "rides" -> "ride"), "there is" -> "there are", and the pronouns */
static tldr_status agreement_edits(edits_t *x, doc_t *d, const site_t *s, int want_plural)
{
    const tldr_perturb_engine *E = d->E;
    size_t i = s->i, j = s->u.count.noun, nl = s->u.count.nl;
    const form_t *f = form_at(E, s->fid);
    tldr_status st = want_plural ? pt_phrase_edit(x, d, j, j + nl, pool_str(E, f->poff), f->plen)
                                 : pt_phrase_edit(x, d, j, j + nl, pool_str(E, f->off), f->len);
    if (st) return st;
    size_t k = s->u.count.agree;
    for (int q = 0; q < 2; q++) { /* the word that agrees with the noun, then "there is" before the count */
        size_t idx = q == 0 ? k : i - 1;
        if (q == 0 && (k >= d->n || !joined(d, k))) continue;
        /* "a pineapple and two oranges sit": the verb is the pair's, it stays */
        if (q == 0 && i > 0 && (word_is(d, i - 1, "and") || word_is(d, i - 1, "or"))) continue;
        if (q == 1 && !(i >= 2 && joined(d, i) && in_words(d, W_THERE, i - 2) && joined(d, i - 1))) continue;
        int ps = wc_index(d, E->req[W_AGREE_SING], idx, 1);
        int pp = wc_index(d, E->req[W_AGREE_PLUR], idx, 1);
        if (q == 0 && s->u.count.verb >= 0 && ps < 0 && pp < 0) {
            int sing = s->u.count.verb_sing;
            if ((st = verb_edit(x, d, idx, s->u.count.verb, sing, want_plural))) return st;
            /* "two children sit and dine": a verb of the same number after "and" agrees too */
            size_t k2 = idx + 2, L2;
            int e2 = k2 < d->n && word_is(d, idx + 1, "and") && joined(d, idx + 1) && joined(d, k2)
                         ? match(d, KIND_BIT(TLDR_LEX_VERBS), k2, &L2) : -1;
            if (e2 >= 0 && L2 == 1 && entry_at(E, e2)->b == sing &&
                (st = verb_edit(x, d, k2, entry_at(E, e2)->a, sing, want_plural)))
                return st;
            continue;
        }
        size_t rn;
        const char *r = NULL;
        if (want_plural && ps >= 0) r = wc_item(E, W_AGREE_PLUR, (size_t)ps, &rn);
        else if (!want_plural && pp >= 0) r = wc_item(E, W_AGREE_SING, (size_t)pp, &rn);
        if (r && (st = pt_word_edit(x, d, idx, r, rn))) return st;
    }
    return pt_number_pronoun_edits(x, d, j, j + nl, s->fid, want_plural);
}

/* a pronoun of the counted noun's number follows it in its sentence ("an elephant carrying
 * plants in its tusk", "two giraffes crane their necks"; not the "it" of a container named
 * before the count: pt_container_it) and
 * the noun is no person (their pronouns follow: pt_number_pronoun_edits), or "he"/"she"
 * follows a person in the singular ("so she can serve": the verb after it would not
 * follow): a count of the other number would leave it wrong, or it means something else;
 * either way no edit */
static int pronoun_of_number(doc_t *d, const site_t *s)
{
    static const char *const one[] = {"it", "its", "itself"};
    static const char *const many[] = {"they", "them", "their", "theirs", "themselves"};
    static const char *const subject[] = {"he", "she"}; /* a person's: its verb would not follow */
    const tldr_perturb_engine *E = d->E;
    size_t j = s->u.count.noun, nl = s->u.count.nl;
    const char *const *w = s->plural ? many : one;
    size_t nw = s->plural ? sizeof many / sizeof many[0] : sizeof one / sizeof one[0];
    if (wc_index(d, E->req[W_PERSON], j, nl) >= 0 || wc_index(d, E->req[W_MALE], j, nl) >= 0 ||
        wc_index(d, E->req[W_FEMALE], j, nl) >= 0) {
        if (s->plural) return 0; /* "a woman raising her arms so she can serve" has no "two women" */
        w = subject;
        nw = sizeof subject / sizeof subject[0];
    }
    for (size_t k = s->j; k < d->n && d->sent[k] == d->sent[s->i]; k++)
        for (size_t q = 0; q < nw; q++)
            if (word_is(d, k, w[q]) && !pt_container_it(d, s, k)) return 1;
    return 0;
}

/* counting: the count m written as the original (digits stay digits; "two dogs" -> "a
 * dog"), then agreement when the noun's number changes */
/* words: NULL, or the counting site whose count words are written as they are (the other
 * side of a count swap, when the engine does not write its count: "several") */
static tldr_status count_edits(edits_t *x, doc_t *d, const site_t *s, int m, const site_t *words, edit_result *res)
{
    const tldr_perturb_engine *E = d->E;
    size_t qlen = s->u.count.qlen, j = s->u.count.noun, i = s->i;
    if (m == 1)
        for (size_t k = i + qlen; k < d->n; k++) /* after the count: "three different cats" */
            if (d->sent[k] == d->sent[i] && words_match(d, W_PLURAL_ONLY, k)) { /* "each other" */
                *res = EDIT_REFUSED;
                return TLDR_OK;
            }
    char num[24]; /* the decimal digits of an int */
    const char *nt;
    size_t nn;
    if (s->u.count.digit) {
        nn = (size_t)snprintf(num, sizeof num, "%d", m);
        nt = num;
    } else if (!(nt = wc_item(E, W_NUMBER, (size_t)m - 1, &nn))) {
        *res = EDIT_REFUSED; /* no number word for m */
        return TLDR_OK;
    }
    if (m == 1 && !s->u.count.digit && !(qlen == 1 && word_is(d, i, "one"))) {
        const char *nx; /* the word after the count */
        size_t nxl;
        if (j == i + qlen) {
            const form_t *f = form_at(E, s->fid);
            nx = pool_str(E, f->off);
            for (nxl = 0; nxl < f->len && nx[nxl] != ' ';) nxl++;
        } else {
            nx = (const char *)d->low + d->w[i + qlen].s;
            nxl = d->w[i + qlen].e - d->w[i + qlen].s;
        }
        int an = pt_needs_an(E, nx, nxl);
        nt = an ? "an" : "a";
        nn = an ? 2 : 1;
    }
    if (words) {
        nt = (const char *)d->low + d->w[words->i].s;
        nn = d->w[words->i + words->u.count.qlen - 1].e - d->w[words->i].s;
    }
    tldr_status st = pt_phrase_edit(x, d, i, i + qlen, nt, nn);
    if (st || (m != 1) == s->plural) return st;
    if (pronoun_of_number(d, s)) {
        *res = EDIT_REFUSED;
        return TLDR_OK;
    }
    return agreement_edits(x, d, s, m != 1);
}

/* ocr: a digit +3/+5/+7, an ocr_words entry in the word's case style, or text inserted
 * after a surface word */
static tldr_status ocr_edits(edits_t *x, const doc_t *d, const sites_t *S, const site_t *s, size_t alt,
                             edit_result *res)
{
    static const int add[3] = {3, 5, 7};
    const tldr_perturb_engine *E = d->E;
    size_t ws = d->w[s->i].s, we = d->w[s->i].e, nn, off = x->text.n;
    tldr_status st;
    if (s->u.ocr_kind == OCR_DIGIT) {
        size_t p = we;
        for (size_t b = ws; b < we; b++)
            if (d->t[b] >= '0' && d->t[b] <= '9') p = b;
        char ch = (char)('0' + (d->t[p] - '0' + add[alt]) % 10);
        return pt_add_edit(x, p, p + 1, &ch, 1);
    }
    if (s->u.ocr_kind == OCR_INSERT) {
        const char *nt = wc_item(E, W_OCR_WORDS, alt, &nn);
        if (!nt || (s->i > 0 && d->w[s->i - 1].e - d->w[s->i - 1].s == nn &&
                    memcmp(d->low + d->w[s->i - 1].s, nt, nn) == 0)) {
            *res = EDIT_REFUSED; /* a stop sign that says "STOP" is no negative */
            return TLDR_OK;
        }
        if ((st = pt_text_put(x, " that says \"", 12))) return st;
        if (d->all_caps) pt_text_upper(x, off);
        size_t woff = x->text.n;
        if ((st = pt_text_put(x, nt, nn))) return st;
        pt_text_upper(x, woff);
        if ((st = pt_text_put(x, "\"", 1))) return st;
        return pt_edit_push(x, we, we, off);
    }
    const char *nt = wc_item(E, W_OCR_WORDS, (size_t)site_alt(S, s, alt), &nn);
    if (!nt) {
        *res = EDIT_REFUSED;
        return TLDR_OK;
    }
    if ((st = pt_text_put(x, nt, nn))) return st;
    size_t letters = 0, upper = 0;
    for (size_t b = ws; b < we; b++)
        if (is_ascii_letter(d->t[b])) {
            letters++;
            upper += d->t[b] <= 'Z';
        }
    char *t = (char *)x->text.p + off;
    if (letters > 1 && letters == upper) {
        pt_text_upper(x, off);
    } else if (d->t[ws] >= 'A' && d->t[ws] <= 'Z') { /* Capitalized: every word of the entry */
        for (size_t b = 0; b < nn; b++)
            if (b == 0 || t[b - 1] == ' ') t[b] = (char)ascii_upper((uint8_t)t[b]);
    }
    return pt_edit_push(x, ws, we, off);
}

/* counterfactual: the construct's opposite */
static tldr_status negation_edits(edits_t *x, doc_t *d, const site_t *s, edit_result *res)
{
    size_t ws = d->w[s->i].s, we = d->w[s->i].e, off = x->text.n;
    tldr_status st;
    switch (s->u.cf_kind) {
    case CF_BE_ING: /* " not" after the auxiliary, cased like it */
        if ((st = pt_text_put(x, " not", 4))) return st;
        pt_text_case(x, d, off, ws, we);
        return pt_edit_push(x, we, we, off);
    case CF_WITH: return pt_word_edit(x, d, s->i, "without", 7);
    case CF_HAVE_A: return pt_word_edit(x, d, s->i, "no", 2);
    case CF_BE_NOT_ING: { /* "not holding" -> "holding": the claim that becomes false is bad */
        size_t vs = d->w[s->i + 1].s, ve = d->w[s->i + 1].e;
        return pt_add_edit(x, ws, ve, (const char *)d->t + vs, ve - vs);
    }
    case CF_WITHOUT: return pt_word_edit(x, d, s->i, "with", 4);
    default: {
        const char *det = pt_restore_det(d, s->i + 1);
        if (det) return pt_word_edit(x, d, s->i, det, strlen(det));
        *res = EDIT_REFUSED;
        return TLDR_OK;
    }
    }
}

/* The edits of (site, alternative) into x before article fixes (force: the form to write,
 * spatial and attribute; SIZE_MAX: the first choice). */
static tldr_status write_edits(tldr_perturb_scratch *x, const sites_t *S, const site_t *s, size_t alt, size_t force,
                               edit_result *res)
{
    doc_t *d = &x->d;
    edits_t *ed = &x->ed;
    *res = EDIT_OK;
    switch (s->cat) {
    case C_SPATIAL:
    case C_ATTRIBUTE: return value_edits(ed, d, S, s, alt, force, res);
    case C_OBJECT:
    case C_SMALL: return object_edits(ed, d, S, s, alt, res);
    case C_BINDING: return swap_edits(ed, d, S, s, res);
    case C_COUNTING: return count_edits(ed, d, s, site_alt(S, s, alt), NULL, res);
    case C_OCR: return ocr_edits(ed, d, S, s, alt, res);
    default: return negation_edits(ed, d, s, res);
    }
}

/* the rule of MAX_EDITS and MAX_EDIT_BYTES */
static int too_big(const edits_t *x) { return x->ed.n > MAX_EDITS || x->text.n > MAX_EDIT_BYTES; }

/* The negative of (site, alternative) into r (*made = 1), or no candidate (*made = 0):
 * a rule refused it, it writes nothing new, its edits overlap, or it does not read as
 * fluent English (fluency.c). */
tldr_status pt_candidate(tldr_perturb_scratch *x, const sites_t *S, const site_t *s, size_t alt, size_t force,
                         tldr_perturb_result *r, int *made)
{
    edits_t *ed = &x->ed;
    edit_result res;
    *made = 0;
    ed->ed.n = ed->text.n = 0;
    tldr_status st = write_edits(x, S, s, alt, force, &res);
    if (st || res != EDIT_OK || !edits_n(ed) || too_big(ed)) return st;
    if ((st = pt_fix_articles(ed, &x->d)) || too_big(ed)) return st;
    if ((st = pt_apply_edits(&x->d, ed, r, made)) || !*made) return st;
    int fluent;
    if ((st = pt_fluent(x, r, s, &fluent)) || !fluent) {
        free(r->text);
        free(r->edits);
        memset(r, 0, sizeof *r);
        *made = 0;
    }
    return st;
}
