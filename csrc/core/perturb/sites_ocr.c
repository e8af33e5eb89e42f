/* perturb/sites_ocr.c: OCR sites, the text a caption says is written somewhere.
 *
 * Candidates are each word inside quotes (the quote patterns of patterns.txt; not a single
 * lower-case word in scare quotes, scare_quoted) and the word after an ocr_cue word ("reads", "says", ...). A word with a digit changes one digit
 * (OCR_DIGIT: +3, +5 or +7 mod 10); a word of letters becomes an ocr_words entry of
 * similar length (OCR_WORD); a surface word ("sign", "banner") with no text nearby gets
 * text inserted after it (OCR_INSERT: 'a sign' -> 'a sign that says "EXIT"').
 */
#include "perturb/perturb_internal.h"

#include <stdlib.h>

/* code points of s[0:n) */
static size_t nchars(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (((uint8_t)s[i] & 0xC0) != 0x80) c++;
    return c;
}

/* one lower-case word alone in quotes, with no ocr_cue word before it and no
 * ocr_surface word after it, is a word in scare quotes, not written text: 'A cat
 * "reading" the text', 'hockey with them "watching."' (but 'reads "stop"' and 'a "stop"
 * sign' are text) */
static int scare_quoted(const doc_t *d, size_t k)
{
    for (size_t b = d->w[k].s; b < d->w[k].e; b++)
        if (!((d->t[b] >= 'a' && d->t[b] <= 'z') || d->t[b] == '\'' || d->t[b] == '-')) return 0;
    if (k > 0 && in_words(d, W_OCR_CUE, k - 1)) return 0;
    return !(k + 1 < d->n && in_words(d, W_OCR_SURFACE, k + 1));
}

/* inq[k] = 1 for every word k inside a quote (between its first and its last character) */
static tldr_status mark_quoted(tldr_perturb_scratch *x)
{
    doc_t *d = &x->d;
    if (d->n + 1 > x->inq_cap) {
        uint8_t *p = realloc(x->inq, d->n + 1);
        if (!p) return TLDR_ERR_NOMEM;
        x->inq = p;
        x->inq_cap = d->n + 1;
    }
    memset(x->inq, 0, d->n + 1);
    for (size_t q = 0; q < d->nq; q++) {
        size_t qs = d->quotes[q].s, qe = d->quotes[q].e;
        size_t cs = qs + tldr_utf8_seq_len(d->t[qs]), ce = qe - 1;
        while (ce > qs && (d->t[ce] & 0xC0) == 0x80) ce--; /* the closing quote's first byte */
        size_t lo = 0, hi = d->n; /* first word starting at or after cs */
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (d->w[mid].s < cs) lo = mid + 1;
            else hi = mid;
        }
        size_t nin = 0, last = 0;
        for (size_t k = lo; k < d->n && d->w[k].s < ce; k++)
            if (d->w[k].e <= ce) x->inq[k] = 1, nin++, last = k;
        if (nin == 1 && scare_quoted(d, last)) x->inq[last] = 0;
    }
    return TLDR_OK;
}

/* site of word k: a digit, or ocr_words entries of similar length (none: no site) */
static tldr_status written_word_site(doc_t *d, sites_t *S, size_t k)
{
    const tldr_perturb_engine *E = d->E;
    const uint8_t *w = d->t + d->w[k].s;
    size_t wl = d->w[k].e - d->w[k].s;
    int has_digit = 0, letters_only = 1;
    for (size_t b = 0; b < wl; b++) {
        if (w[b] >= '0' && w[b] <= '9') has_digit = 1;
        if (!(is_ascii_letter(w[b]) || w[b] == '\'' || w[b] == '-')) letters_only = 0;
    }
    site_t s;
    memset(&s, 0, sizeof s);
    s.cat = C_OCR;
    s.i = k;
    s.j = k + 1;
    s.alt_off = S->alts.n;
    if (has_digit) {
        s.nalt = 3;
        s.u.ocr_kind = OCR_DIGIT;
        return tldr_vec_push(&S->sites, &s);
    }
    if (!letters_only) return TLDR_OK;
    s.u.ocr_kind = OCR_WORD;
    size_t nn;
    const char *nt;
    for (size_t q = 0; (nt = wc_item(E, W_OCR_WORDS, q, &nn)); q++) {
        long dl = (long)nchars(nt, nn) - (long)wl; /* wl: letters only, so bytes = characters */
        int same = nn == wl;
        for (size_t b = 0; same && b < wl; b++)
            if ((uint8_t)nt[b] != ascii_lower(w[b])) same = 0;
        /* never the word next to it ("spring in the city" -> "spring in city city") */
        for (size_t q2 = k > 0 ? k - 1 : 0; !same && q2 <= k + 1 && q2 < d->n; q2++)
            same = q2 != k && d->w[q2].e - d->w[q2].s == nn && memcmp(d->low + d->w[q2].s, nt, nn) == 0;
        if (!same && dl >= -2 && dl <= 2) {
            int qi = (int)q;
            tldr_status st = tldr_vec_push(&S->alts, &qi);
            if (st) return st;
            s.nalt++;
        }
    }
    return s.nalt ? tldr_vec_push(&S->sites, &s) : TLDR_OK;
}

tldr_status pt_ocr_sites(tldr_perturb_scratch *x, sites_t *S)
{
    doc_t *d = &x->d;
    tldr_status st = mark_quoted(x);
    if (st) return st;
    const uint8_t *inq = x->inq;
    for (size_t k = 0; k < d->n; k++) {
        int cued = k > 0 && joined(d, k) && in_words(d, W_OCR_CUE, k - 1) && !in_words(d, W_OCR_SKIP, k) && !inq[k - 1];
        if ((inq[k] || cued) && (st = written_word_site(d, S, k))) return st;
    }
    size_t now; /* ocr_words entries */
    wc_items(d->E, W_OCR_WORDS, &now);
    for (size_t k = 0; k < d->n && now; k++) { /* text where none is written */
        if (!in_words(d, W_OCR_SURFACE, k) || d->prot[k] || inq[k]) continue;
        int written = 0;
        for (size_t q = 1; q <= 2; q++)
            if (k + q < d->n && (inq[k + q] || in_words(d, W_OCR_CUE, k + q))) written = 1;
        if (written) continue;
        site_t s;
        memset(&s, 0, sizeof s);
        s.cat = C_OCR;
        s.i = k;
        s.j = k + 1;
        s.u.ocr_kind = OCR_INSERT;
        s.nalt = now;
        if ((st = tldr_vec_push(&S->sites, &s))) return st;
    }
    return TLDR_OK;
}
