/* perturb/edits.c: writing edits. An edit replaces bytes [s, e) of the caption by new text;
 * a candidate is a list of edits (edits_t: spans and one growable text buffer, reused from
 * candidate to candidate). Here: case (new text takes the case style of what it replaces;
 * in an ALL CAPS caption everything written is upper case), word and phrase edits (a
 * phrase edit trims the words old and new share), the pronouns that follow a change of
 * gender or number, a/an before an edit, and applying sorted edits to the caption.
 *
 * Functions return TLDR_OK or TLDR_ERR_NOMEM; a rule that refuses a candidate says so
 * through an edit_result, never through the status.
 */
#include "perturb/perturb_internal.h"

#include <stdlib.h>

void pt_edits_free(edits_t *x)
{
    tldr_vec_free(&x->ed);
    tldr_vec_free(&x->text);
}

/* append t[0:n) to the text buffer (t must not point into it) */
tldr_status pt_text_put(edits_t *x, const char *t, size_t n)
{
    tldr_status st = tldr_vec_reserve(&x->text, x->text.n + n);
    if (st) return st;
    if (n) memcpy((char *)x->text.p + x->text.n, t, n);
    x->text.n += n;
    return TLDR_OK;
}

/* ALL CAPS when the reference has more than one ASCII letter and all are upper case;
 * else a Capitalized reference capitalizes the first letter of buf */
void pt_case_like(char *buf, size_t n, const uint8_t *ref, size_t rn)
{
    size_t letters = 0, upper = 0;
    for (size_t k = 0; k < rn; k++) {
        if (is_ascii_letter(ref[k])) {
            letters++;
            upper += ref[k] <= 'Z';
        }
    }
    if (letters > 1 && letters == upper) {
        for (size_t k = 0; k < n; k++) buf[k] = (char)ascii_upper((uint8_t)buf[k]);
        return;
    }
    if (rn && ref[0] >= 'A' && ref[0] <= 'Z' && n && buf[0] >= 'a' && buf[0] <= 'z') buf[0] = (char)ascii_upper((uint8_t)buf[0]);
}

void pt_text_upper(edits_t *x, size_t off)
{
    char *t = x->text.p;
    for (size_t k = off; k < x->text.n; k++) t[k] = (char)ascii_upper((uint8_t)t[k]);
}

/* the text from byte off in the caption's case style: upper case in an ALL CAPS caption,
 * else that of the caption's bytes [ref_s, ref_e) */
void pt_text_case(edits_t *x, const doc_t *d, size_t off, size_t ref_s, size_t ref_e)
{
    if (d->all_caps) pt_text_upper(x, off);
    else pt_case_like((char *)x->text.p + off, x->text.n - off, d->t + ref_s, ref_e - ref_s);
}

/* an edit of the caption's bytes [s, e) whose new text is the text from byte off */
tldr_status pt_edit_push(edits_t *x, size_t s, size_t e, size_t off)
{
    edit_t ed = {s, e, off, x->text.n - off};
    return tldr_vec_push(&x->ed, &ed);
}

tldr_status pt_add_edit(edits_t *x, size_t s, size_t e, const char *t, size_t n)
{
    size_t off = x->text.n;
    tldr_status st = pt_text_put(x, t, n);
    return st ? st : pt_edit_push(x, s, e, off);
}

/* an edit of [s, e) to t, in the case style of what it replaces */
tldr_status pt_add_cased(edits_t *x, const doc_t *d, size_t s, size_t e, const char *t, size_t n)
{
    size_t off = x->text.n;
    tldr_status st = pt_text_put(x, t, n);
    if (st) return st;
    pt_text_case(x, d, off, s, e);
    return pt_edit_push(x, s, e, off);
}

tldr_status pt_word_edit(edits_t *x, const doc_t *d, size_t k, const char *t, size_t n)
{
    return pt_add_cased(x, d, d->w[k].s, d->w[k].e, t, n);
}

/* caption word k (lower case) equals p[a:b) */
static int word_equals(const doc_t *d, size_t k, const char *p, size_t a, size_t b)
{
    return d->w[k].e - d->w[k].s == b - a && memcmp(d->low + d->w[k].s, p + a, b - a) == 0;
}

/* Words [i, j) become the phrase nw[0:nn) (lower case, single spaces), trimmed of the
 * words both start and end with: a replacement, an insertion (after the word before, or
 * before the first word) or a deletion (with the space before it, or after it at the
 * start). No edit when nothing differs. */
tldr_status pt_phrase_edit(edits_t *x, const doc_t *d, size_t i, size_t j, const char *nw, size_t nn)
{
    size_t cnt = 1; /* words of nw */
    for (size_t b = 0; b < nn; b++) cnt += nw[b] == ' ';
    size_t no = j - i, pa = 0, sb = 0;
    size_t head = 0; /* start of new word pa */
    while (pa < no && pa < cnt) {
        size_t e = head;
        while (e < nn && nw[e] != ' ') e++;
        if (!word_equals(d, i + pa, nw, head, e)) break;
        pa++;
        head = e + 1;
    }
    size_t tail = nn; /* end of new word cnt - 1 - sb */
    while (sb < no - pa && sb < cnt - pa) {
        size_t s = tail;
        while (s > 0 && nw[s - 1] != ' ') s--;
        if (!word_equals(d, j - 1 - sb, nw, s, tail)) break;
        sb++;
        tail = s ? s - 1 : 0;
    }
    size_t oi = i + pa, oj = j - sb, q0 = pa, q1 = cnt - sb;
    if (q0 >= q1 && oi == oj) return TLDR_OK;
    const char *ns = q0 < q1 ? nw + head : "";
    size_t nlen = q0 < q1 ? tail - head : 0;
    if (oi == oj) { /* an insertion: after the word before, or before the first word */
        size_t off = x->text.n, pos = oi > 0 ? d->w[oi - 1].e : d->w[oi].s;
        tldr_status st = oi > 0 ? pt_text_put(x, " ", 1) : TLDR_OK;
        if (!st) st = pt_text_put(x, ns, nlen);
        if (!st && oi == 0) st = pt_text_put(x, " ", 1);
        if (st) return st;
        pt_text_case(x, d, off, pos, pos);
        return pt_edit_push(x, pos, pos, off);
    }
    size_t s = d->w[oi].s, e = d->w[oj - 1].e;
    if (!nlen) { /* a deletion takes the space before it (or after it, at the start) */
        if (oi > 0) s = d->w[oi - 1].e;
        else if (oj < d->n) e = d->w[oj].s;
        return pt_add_edit(x, s, e, "", 0);
    }
    return pt_add_cased(x, d, s, e, ns, nlen);
}

/* "her" before a noun or an attribute is a possessive ("her bag"), else an object */
static int possessive_her(doc_t *d, size_t k)
{
    return k + 1 < d->n && joined(d, k + 1) && (is_noun(d, k + 1) || is_attr1(d, k + 1));
}

/* another gendered person (a male or female word) in sentence sid outside words [i, j) */
static int other_person(const doc_t *d, size_t sid, size_t i, size_t j)
{
    for (size_t k = 0; k < d->n; k++)
        if (d->sent[k] == sid && (k < i || k >= j) && (in_words(d, W_MALE, k) || in_words(d, W_FEMALE, k))) return 1;
    return 0;
}

/* The counted person noun (words [j, jend), form fid) changes number: when the sentence
 * names no other gendered person, the pronouns after it follow (his -> their; back:
 * their -> his/her; "them" is left alone: it often means things). */
tldr_status pt_number_pronoun_edits(edits_t *x, doc_t *d, size_t j, size_t jend, int fid, int want_plural)
{
    const tldr_perturb_engine *E = d->E;
    const form_t *f = form_at(E, fid);
    int male = pt_words_index(E, E->req[W_MALE], pool_str(E, f->off), f->len) >= 0;
    int female = pt_words_index(E, E->req[W_FEMALE], pool_str(E, f->off), f->len) >= 0;
    if (!male && !female) return TLDR_OK;
    size_t sid = d->sent[j];
    if (other_person(d, sid, j, jend)) return TLDR_OK;
    for (size_t k = jend; k < d->n && d->sent[k] == sid; k++) {
        const char *r = NULL;
        if (want_plural) {
            if (word_is(d, k, "himself") || word_is(d, k, "herself")) r = "themselves";
            else if (word_is(d, k, "him") && male) r = "them";
            else if (word_is(d, k, "his") && male) r = "their";
            else if (word_is(d, k, "her") && female) r = possessive_her(d, k) ? "their" : "them";
        } else {
            if (word_is(d, k, "their")) r = male ? "his" : "her";
            else if (word_is(d, k, "themselves")) r = male ? "himself" : "herself";
        }
        tldr_status st = r ? pt_word_edit(x, d, k, r, strlen(r)) : TLDR_OK;
        if (st) return st;
    }
    return TLDR_OK;
}

/* Words [i, j) (a gendered person) become nw[0:nn) of the other gender: when the sentence
 * names no other gendered person, its pronouns follow (he -> she, her -> his or him).
 * With another person and pronouns of the old gender in the sentence they cannot be
 * resolved ("a man and her son"): *res = EDIT_REFUSED. */
tldr_status pt_pronoun_edits(edits_t *x, doc_t *d, size_t i, size_t j, const char *nw, size_t nn, edit_result *res)
{
    static const char *const he[] = {"he", "him", "his", "himself"};
    static const char *const she_of_he[] = {"she", "her", "her", "herself"};
    static const char *const she[] = {"she", "her", "herself"};
    const tldr_perturb_engine *E = d->E;
    int male = E->req[W_MALE], female = E->req[W_FEMALE], to_female;
    *res = EDIT_OK;
    if (wc_index(d, male, i, j - i) >= 0 && pt_words_index(E, female, nw, nn) >= 0) to_female = 1;
    else if (wc_index(d, female, i, j - i) >= 0 && pt_words_index(E, male, nw, nn) >= 0) to_female = 0;
    else return TLDR_OK;
    size_t sid = d->sent[i];
    if (other_person(d, sid, i, j)) {
        for (size_t q = 0; q < d->n; q++) {
            if (d->sent[q] != sid || (q >= i && q < j)) continue;
            const char *const *old = to_female ? he : she;
            size_t nold = to_female ? 4 : 3;
            for (size_t z = 0; z < nold; z++)
                if (word_is(d, q, old[z])) *res = EDIT_REFUSED;
        }
        return TLDR_OK;
    }
    for (size_t k = 0; k < d->n; k++) {
        if (d->sent[k] != sid || (k >= i && k < j)) continue;
        const char *r = NULL;
        if (to_female) {
            for (int q = 0; q < 4; q++)
                if (word_is(d, k, he[q])) r = she_of_he[q];
        } else if (word_is(d, k, "she")) {
            r = "he";
        } else if (word_is(d, k, "herself")) {
            r = "himself";
        } else if (word_is(d, k, "her")) {
            r = possessive_her(d, k) ? "his" : "him";
        }
        tldr_status st = r ? pt_word_edit(x, d, k, r, strlen(r)) : TLDR_OK;
        if (st) return st;
    }
    return TLDR_OK;
}

/* w[0:wn) (any case) equals entry e[0:en), or starts with it when it has 3+ letters */
static int prefix_match(const char *w, size_t wn, const char *e, size_t en)
{
    if (wn < en || (wn != en && en < 3)) return 0;
    for (size_t k = 0; k < en; k++)
        if (ascii_lower((uint8_t)w[k]) != (uint8_t)e[k]) return 0;
    return 1;
}

/* The word w takes "an": an an_words entry (or its prefix of 3+ letters: "hour", "honest")
 * says so, an a_words entry says not ("one", "uni"), else a digit 8 or a vowel. */
int pt_needs_an(const tldr_perturb_engine *E, const char *w, size_t wn)
{
    static const int cls[2] = {W_AN_WORDS, W_A_WORDS};
    for (int c = 0; c < 2; c++) {
        size_t n;
        const size_t *it = wc_items(E, cls[c], &n);
        for (size_t k = 0; k < n; k++)
            if (prefix_match(w, wn, pool_str(E, it[2 * k]), it[2 * k + 1])) return c == 0;
    }
    if (!wn) return 0;
    char first = (char)ascii_lower((uint8_t)w[0]);
    return first == '8' || (first && strchr("aeiou", first) != NULL);
}

/* index of the last word ending at or before byte pos, or -1 */
static long word_before(const doc_t *d, size_t pos)
{
    size_t lo = 0, hi = d->n; /* first word with end > pos */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->w[mid].e <= pos) lo = mid + 1;
        else hi = mid;
    }
    return (long)lo - 1;
}

/* the first word after byte pos of the caption with whitespace only before it, or -1 */
static long word_after(const doc_t *d, size_t pos)
{
    size_t lo = 0, hi = d->n; /* first word with start >= pos */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->w[mid].s < pos) lo = mid + 1;
        else hi = mid;
    }
    if (lo >= d->n) return -1;
    for (size_t b = pos; b < d->w[lo].s; b++)
        if (!is_ws(d->t[b])) return -1;
    return (long)lo;
}

/* For every edit after "a" or "an" (whitespace only between, or whitespace and an
 * opening quote; the article not edited itself): an edit giving the article what the
 * word now after it needs. That word is the first word of the edit's new text (past the
 * space an insertion after the article starts with), or, for an edit that deletes ("a
 * black cat" -> "a cat"), the caption's word after it when no edit touches that word. */
tldr_status pt_fix_articles(edits_t *x, const doc_t *d)
{
    size_t n0 = edits_n(x);
    for (size_t q = 0; q < n0; q++) {
        edit_t ed = *edit_at(x, q);
        const char *nt = edit_text(x, &ed);
        size_t lead = 0;
        while (lead < ed.len && is_ws((uint8_t)nt[lead])) lead++;
        const char *fw; /* the word now after the article */
        size_t fl = 0;
        if (lead < ed.len) {
            fw = nt + lead;
            while (lead + fl < ed.len && nt[lead + fl] != ' ') fl++;
        } else {
            long nx = word_after(d, ed.e);
            if (nx < 0) continue;
            int touched = 0;
            for (size_t r = 0; r < edits_n(x); r++)
                if (edit_at(x, r)->s < d->w[nx].e && d->w[nx].s < edit_at(x, r)->e) touched = 1;
            if (touched) continue;
            fw = (const char *)d->low + d->w[nx].s;
            fl = d->w[nx].e - d->w[nx].s;
        }
        long k = word_before(d, ed.s);
        if (k < 0) continue;
        size_t ks = d->w[k].s, ke = d->w[k].e;
        if (ke > ed.s || (ke == ed.s && lead == 0 && ed.len)) continue; /* a new word glued to it */
        /* the gap: whitespace, or whitespace and an opening quote ('an "ATM" sign') */
        size_t ge = ed.s;
        if (ge > ke && (d->t[ge - 1] == '"' || d->t[ge - 1] == '\''))
            ge--;
        else if (ge >= ke + 3 && d->t[ge - 3] == 0xE2 && d->t[ge - 2] == 0x80 && (d->t[ge - 1] == 0x9C || d->t[ge - 1] == 0x98))
            ge -= 3;
        int gap_ws = ge < ed.s ? ge > ke : 1;
        for (size_t b = ke; b < ge; b++)
            if (!is_ws(d->t[b])) gap_ws = 0;
        if (!gap_ws) continue;
        int is_a = word_is(d, (size_t)k, "a"), is_an = word_is(d, (size_t)k, "an");
        if (!is_a && !is_an) continue;
        int edited = 0;
        for (size_t r = 0; r < edits_n(x); r++)
            if (edit_at(x, r)->s < ke && ks < edit_at(x, r)->e) edited = 1;
        if (edited) continue;
        int want_an = pt_needs_an(d->E, fw, fl);
        if (want_an != is_an) {
            tldr_status st = pt_add_cased(x, d, ks, ke, want_an ? "an" : "a", want_an ? 2 : 1);
            if (st) return st;
        }
    }
    return TLDR_OK;
}

/* edits sorted by (start, end, new text): an insertion sort, candidates have few edits */
static void sort_edits(edits_t *x)
{
    edit_t *ed = x->ed.p;
    const char *text = x->text.p;
    for (size_t a = 1; a < x->ed.n; a++) {
        edit_t key = ed[a];
        size_t b = a;
        while (b > 0) {
            const edit_t *p = &ed[b - 1];
            int gt;
            if (p->s != key.s) gt = p->s > key.s;
            else if (p->e != key.e) gt = p->e > key.e;
            else {
                size_t m = p->len < key.len ? p->len : key.len;
                int c = memcmp(text + p->off, text + key.off, m);
                gt = c > 0 || (c == 0 && p->len > key.len);
            }
            if (!gt) break;
            ed[b] = *p;
            b--;
        }
        ed[b] = key;
    }
}

/* The negative the sorted edits write, into r (*made = 1); *made = 0 when two edits
 * overlap (or insert at one place) or the negative equals the caption ignoring case. */
tldr_status pt_apply_edits(const doc_t *d, edits_t *x, tldr_perturb_result *r, int *made)
{
    *made = 0;
    sort_edits(x);
    const edit_t *ed = x->ed.p;
    size_t ne = x->ed.n;
    for (size_t a = 0; a + 1 < ne; a++) {
        const edit_t *p = &ed[a], *q = &ed[a + 1];
        if (p->e > q->s || (p->s == p->e && q->s == q->e && p->s == q->s)) return TLDR_OK;
    }
    size_t total = d->len;
    for (size_t a = 0; a < ne; a++) total = total - (ed[a].e - ed[a].s) + ed[a].len;
    char *out = malloc(total + 1);
    tldr_perturb_edit *eo = malloc((ne ? ne : 1) * sizeof *eo);
    if (!out || !eo) {
        free(out);
        free(eo);
        return TLDR_ERR_NOMEM;
    }
    size_t pos = 0, o = 0;
    for (size_t a = 0; a < ne; a++) {
        memcpy(out + o, d->t + pos, ed[a].s - pos);
        o += ed[a].s - pos;
        eo[a].start = ed[a].s;
        eo[a].end = ed[a].e;
        eo[a].new_start = o;
        memcpy(out + o, (const char *)x->text.p + ed[a].off, ed[a].len);
        o += ed[a].len;
        eo[a].new_end = o;
        pos = ed[a].e;
    }
    memcpy(out + o, d->t + pos, d->len - pos);
    o += d->len - pos;
    out[o] = 0;
    int same = o == d->len;
    for (size_t b = 0; same && b < o; b++)
        if (ascii_lower((uint8_t)out[b]) != d->low[b]) same = 0;
    if (same) {
        free(out);
        free(eo);
        return TLDR_OK;
    }
    r->text = out;
    r->len = o;
    r->n_edits = ne;
    r->edits = eo;
    *made = 1;
    return TLDR_OK;
}
