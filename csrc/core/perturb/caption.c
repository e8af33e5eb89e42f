/* perturb/caption.c: one caption analysed for the rules: its words, which of them a
 * pattern protects (quotes, times, measures, ...), their sentence ids, and per-word caches
 * of phrase-table lookups (phrases starting at each word, words-class bits, attribute
 * flag), then the phrase queries the site finders ask (match: the longest lexicon phrase
 * of some kinds at a word whose context holds).
 *
 * Text is valid UTF-8 (checked by the caller); offsets are bytes. Buffers belong to the
 * per-thread scratch and are reused from caption to caption.
 */
#include "perturb/perturb_internal.h"

#include <stdlib.h>

/* A word character: an ASCII letter or digit, or a non-ASCII code point that is not
 * punctuation or a space (Latin-1 punctuation, General Punctuation, CJK punctuation and
 * full-width ASCII punctuation are not). */
static inline int is_word_cp(uint32_t o)
{
    if (o < 128) return (o >= '0' && o <= '9') || (o >= 'a' && o <= 'z') || (o >= 'A' && o <= 'Z');
    if (o == 0x85 || o == 0xA0 || o == 0xAB || o == 0xBB || o == 0xD7 || o == 0xF7) return 0;
    if ((o >= 0x2000 && o <= 0x206F) || (o >= 0x3000 && o <= 0x303F)) return 0;
    if ((o >= 0xFE30 && o <= 0xFE4F) || (o >= 0xFF01 && o <= 0xFF0F)) return 0;
    return 1;
}

/* the code point at byte i of t[0:n) (its length in *nb): ASCII without a call */
static inline uint32_t cp_at(const uint8_t *t, size_t n, size_t i, size_t *nb)
{
    if (t[i] < 0x80) {
        *nb = 1;
        return t[i];
    }
    return tldr_utf8_decode(t, n, i, nb);
}

/* Word byte spans of t[0:n) appended to out (size_t pairs): runs of word characters, with
 * ', - or U+2019 allowed between two word characters ("dog's", "t-shirt"). */
tldr_status pt_split_words(tldr_vec *out, const uint8_t *t, size_t n)
{
    size_t i = 0;
    while (i < n) {
        size_t nb;
        uint32_t cp = cp_at(t, n, i, &nb);
        if (!is_word_cp(cp)) {
            i += nb;
            continue;
        }
        size_t j = i + nb;
        while (j < n) {
            cp = cp_at(t, n, j, &nb);
            if (is_word_cp(cp)) {
                j += nb;
                continue;
            }
            if ((cp == '\'' || cp == '-' || cp == 0x2019) && j + nb < n) {
                size_t nb2;
                uint32_t c2 = cp_at(t, n, j + nb, &nb2);
                if (is_word_cp(c2)) {
                    j += nb + nb2;
                    continue;
                }
            }
            break;
        }
        size_t sp[2] = {i, j};
        tldr_status st = tldr_vec_push(out, &sp[0]);
        if (!st) st = tldr_vec_push(out, &sp[1]);
        if (st) return st;
        i = j;
    }
    return TLDR_OK;
}

/* Every non-empty match of the patterns, one pattern after the other, appended to out;
 * first: per pattern the bytes a match starts with (33 bytes each, see engine.c), has: the
 * bytes the text holds (a pattern none of whose first bytes the text holds is not run) */
static tldr_status regex_spans(tldr_vec *out, tldr_regex_matcher **ms, size_t nre, const uint8_t *first,
                               const uint8_t *has, const uint8_t *t, size_t len)
{
    for (size_t r = 0; r < nre; r++) {
        const uint8_t *f = first + 33 * r;
        if (f[32]) {
            int any = 0;
            for (int b = 0; b < 32 && !any; b++) any = (f[b] & has[b]) != 0;
            if (!any) continue;
        }
        size_t pos = 0;
        while (pos <= len) {
            size_t s, e;
            tldr_status st = tldr_regex_next(ms[r], t, len, pos, &s, &e);
            if (st) return st;
            if (s == SIZE_MAX) break;
            if (e > s) {
                span_t sp = {s, e};
                if ((st = tldr_vec_push(out, &sp))) return st;
                pos = e;
            } else { /* an empty match: go on from the next character */
                if (e >= len) break;
                pos = e + tldr_utf8_seq_len(t[e]);
            }
        }
    }
    return TLDR_OK;
}

static int span_cmp(const void *a, const void *b)
{
    const span_t *x = a, *y = b;
    return x->s < y->s ? -1 : x->s > y->s;
}

/* p with room for need elements (realloc'ed when it has fewer); on failure p is kept and
 * *ok becomes 0 */
static void *room(void *p, size_t need, size_t have, size_t elem, int *ok)
{
    if (need <= have || !*ok) return p;
    void *np = need <= SIZE_MAX / elem ? realloc(p, need * elem) : NULL;
    if (!np) {
        *ok = 0;
        return p;
    }
    return np;
}

/* per-word buffers for n words */
static tldr_status word_buffers(tldr_perturb_scratch *x, size_t n)
{
    size_t need = n + 1, have = x->cap_n;
    int ok = 1;
    x->heads = room(x->heads, need * PHRASE_MAX_WORDS, have * PHRASE_MAX_WORDS, sizeof *x->heads, &ok);
    x->wmask = room(x->wmask, need, have, sizeof *x->wmask, &ok);
    x->cflags = room(x->cflags, need, have, sizeof *x->cflags, &ok);
    x->attr1 = room(x->attr1, need, have, sizeof *x->attr1, &ok);
    x->noun = room(x->noun, need, have, sizeof *x->noun, &ok);
    x->maxl = room(x->maxl, need, have, sizeof *x->maxl, &ok);
    x->protw = room(x->protw, need, have, sizeof *x->protw, &ok);
    x->sent = room(x->sent, need, have, sizeof *x->sent, &ok);
    if (!ok) return TLDR_ERR_NOMEM;
    if (need > x->cap_n) x->cap_n = need;
    doc_t *d = &x->d;
    d->heads = x->heads;
    d->wmask = x->wmask;
    d->cflags = x->cflags;
    d->attr1 = x->attr1;
    d->noun = x->noun;
    d->maxl = x->maxl;
    d->prot = x->protw;
    d->sent = x->sent;
    memset(d->wmask, 0, need * sizeof *d->wmask);
    memset(d->cflags, 0xFF, need * sizeof *d->cflags); /* UINT_MAX: not looked up */
    memset(d->attr1, 0, need);
    memset(d->noun, -1, need);
    memset(d->prot, 0, need);
    return TLDR_OK;
}

/* Protected words (overlapping any protect or quote match; matches sorted by start and
 * swept once) and sentence ids (a new sentence after . ! ? or a newline between words). */
static void protect_and_sentences(tldr_perturb_scratch *x)
{
    doc_t *d = &x->d;
    span_t *pr = x->prot.p;
    size_t np = x->prot.n, j = 0, maxe = 0, sid = 0;
    if (np > 1) qsort(pr, np, sizeof *pr, span_cmp);
    for (size_t i = 0; i < d->n; i++) {
        while (j < np && pr[j].s < d->w[i].e) {
            if (pr[j].e > maxe) maxe = pr[j].e;
            j++;
        }
        d->prot[i] = maxe > d->w[i].s;
        if (i > 0)
            for (size_t b = d->w[i - 1].e; b < d->w[i].s; b++)
                if (d->t[b] == '.' || d->t[b] == '!' || d->t[b] == '?' || d->t[b] == '\n') {
                    sid++;
                    break;
                }
        d->sent[i] = sid;
    }
}

/* the phrase of words [i, i+L) into d->key; its length, or -1 when the words are not one
 * phrase or it is longer than any table key */
static long phrase_at(doc_t *d, size_t i, size_t L)
{
    if (i + L > d->n) return -1;
    size_t m = 0;
    for (size_t k = i; k < i + L; k++) {
        if (k > i && !joined(d, k)) return -1;
        size_t wl = d->w[k].e - d->w[k].s;
        if (m + (k > i) + wl > d->E->max_key) return -1;
        if (k > i) d->key[m++] = ' ';
        memcpy(d->key + m, d->low + d->w[k].s, wl);
        m += wl;
    }
    return (long)m;
}

/* Per-word caches: the entries of the phrases starting at each word (up to the longest
 * key the table has), the words-class bits and the attribute flag of each single word. */
static void cache_words(doc_t *d)
{
    const tldr_perturb_engine *E = d->E;
    for (size_t i = 0; i < d->n; i++) {
        size_t L = 0;
        while (L < E->maxw && i + L < d->n) {
            long m = phrase_at(d, i, L + 1);
            const slot_t *sl = m < 0 ? NULL : pt_table_slot(E, d->key, (size_t)m);
            if (!sl) break;
            d->heads[i * PHRASE_MAX_WORDS + L] = sl->head;
            L++;
        }
        d->maxl[i] = (uint8_t)L;
    }
    for (size_t i = 0; i < d->n; i++) {
        for (int e = head(d, i, 1); e >= 0; e = entry_at(E, e)->next) {
            const entry_t *en = entry_at(E, e);
            if (en->kind == KIND_WORDS) {
                int r = E->req_of[en->a];
                if (r >= 0) d->wmask[i] |= (uint64_t)1 << r;
            } else if (kind_of_form(E, en->a) == TLDR_LEX_ATTRIBUTES && form_at(E, en->a)->ctx < 0) {
                d->attr1[i] |= class_of_form(E, en->a)->free ? ATTR1_ANY : ATTR1_ANY | ATTR1_BOUND;
            }
        }
    }
}

tldr_status pt_doc_init(tldr_perturb_scratch *x, const uint8_t *t, size_t len)
{
    const tldr_perturb_engine *E = x->E;
    doc_t *d = &x->d;
    char *key = d->key;
    size_t key_cap = d->key_cap, goff_cap = d->goff_cap;
    size_t *goff = d->goff;
    tldr_vec gpool = d->gpool;
    memset(d, 0, sizeof *d);
    d->key = key;
    d->key_cap = key_cap;
    d->goff = goff;
    d->goff_cap = goff_cap;
    d->gpool = gpool;
    d->E = E;
    d->t = t;
    d->len = len;
    int ok = 1;
    x->low = room(x->low, len + 1, x->cap_len, 1, &ok);
    if (!ok) return TLDR_ERR_NOMEM;
    if (len + 1 > x->cap_len) x->cap_len = len + 1;
    d->low = x->low;
    size_t letters = 0, upper = 0;
    uint8_t has[32] = {0}; /* the bytes the caption holds */
    for (size_t i = 0; i < len; i++) {
        d->low[i] = ascii_lower(t[i]);
        has[t[i] / 8] |= (uint8_t)(1u << (t[i] % 8));
        if (is_ascii_letter(t[i])) {
            letters++;
            upper += t[i] <= 'Z';
        }
    }
    d->all_caps = letters > 1 && letters == upper;
    x->words.n = 0;
    tldr_status st = pt_split_words(&x->words, t, len);
    if (st) return st;
    d->n = x->words.n / 2;
    d->w = (span_t *)x->words.p;
    x->quotes.n = x->prot.n = 0;
    if ((st = regex_spans(&x->quotes, x->mq, E->quote.n, E->first, has, t, len))) return st;
    if ((st = regex_spans(&x->prot, x->mp, E->protect.n, E->first + 33 * E->quote.n, has, t, len))) return st;
    for (size_t k = 0; k < x->quotes.n; k++) /* quoted text is protected too */
        if ((st = tldr_vec_push(&x->prot, &TLDR_VEC_AT(x->quotes, span_t, k)))) return st;
    d->quotes = x->quotes.p;
    d->nq = x->quotes.n;
    if ((st = word_buffers(x, d->n))) return st;
    protect_and_sentences(x);
    cache_words(d);
    return TLDR_OK;
}

/* ------------------------------------------------------------------ phrase queries ----- */
/* word j is no function word, noun, verb or attribute ("grassy", "frosted") */
int pt_plain_word(doc_t *d, size_t j)
{
    size_t l2;
    return d->wmask[j] == 0 && !is_noun(d, j) && match(d, KIND_BIT(TLDR_LEX_VERBS), j, &l2) < 0 &&
           match(d, KIND_BIT(TLDR_LEX_ATTRIBUTES), j, &l2) < 0;
}
