/* perturb/nouns.c: where the rules find nouns without a tagger.
 *
 * A noun is a phrase of the objects or nouns lexicon (is_noun); a word that no lexicon
 * and no function-word class knows stands where a noun does when a function word, a
 * verb, a relation, punctuation or the end of the text follows it ("near a blue
 * phonebooth.", "a golden obelisk stands": noun_like). Two nouns in a row are a compound
 * when the caption corpus has them side by side ("commuter train", "coffee cup": the
 * first is a modifier, not a thing of its own). A noun phrase is a noun (not a count_stop
 * noun such as "side" or "picture", not the modifier of a noun after it, not a proper
 * name) with up to three attributes, modifier nouns or adverbs of an attribute right
 * before it ("a large white dog", "a bathroom sink", "an extremely small car"; a modifier
 * noun that is no compound of the corpus needs a determiner: "an army prop plane"), after a determiner, number or possessive or at the start of
 * its sentence (binding moves and swaps them). The corpus counts are weights.lex's
 * "unigram WORD" and "bigram WORD WORD" keys (counts.c writes them); without them
 * (weights counted by an older version) no pair is a compound.
 */
#include "perturb/perturb_internal.h"

/* the required classes of function words: a word in one of them is no noun (a verb may be:
 * "black shorts", "a bus stops"; where noun_like is asked, after an attribute or a
 * relation, it is one) */
#define BIT(r) ((uint64_t)1 << (r))
static const uint64_t FUNCTION_WORDS =
    BIT(W_DET) | BIT(W_COPULA) | BIT(W_NOUN_LEFT) | BIT(W_NUMBER) | BIT(W_Q1) | BIT(W_Q2) | BIT(W_Q3) |
    BIT(W_Q12) | BIT(W_VAGUE) | BIT(W_AGREE_SING) | BIT(W_AGREE_PLUR) | BIT(W_THERE) | BIT(W_WITH_DET) |
    BIT(W_HAVE) | BIT(W_HAVE_DET) | BIT(W_BE_AUX) | BIT(W_LANDMARK_PRON) | BIT(W_DET_SING) | BIT(W_DET_PLUR) |
    BIT(W_AGENT) | BIT(W_SYMMETRIC) | BIT(W_OCR_CUE);

int pt_function_word(const doc_t *d, size_t k) { return k < d->n && (d->wmask[k] & FUNCTION_WORDS) != 0; }

/* count of the weights.lex key "<tag> <a>" or "<tag> <a> <b>" (b NULL: no third part) */
uint64_t pt_ngram_count(const doc_t *d, const char *tag, const char *a, size_t an, const char *b, size_t bn)
{
    const strmap *m = &d->E->wmap;
    size_t tn = strlen(tag), n = tn + 1 + an + (b ? 1 + bn : 0);
    if (n > m->maxlen) return 0; /* no key is that long */
    char *k = d->key;
    memcpy(k, tag, tn);
    k[tn] = ' ';
    memcpy(k + tn + 1, a, an);
    if (b) {
        k[tn + 1 + an] = ' ';
        memcpy(k + tn + 2 + an, b, bn);
    }
    return pt_strmap_get(m, d->E, k, n);
}

/* word k (lower case) in *n bytes */
static const char *word_low(const doc_t *d, size_t k, size_t *n)
{
    *n = d->w[k].e - d->w[k].s;
    return (const char *)d->low + d->w[k].s;
}

/* word k is made of ASCII letters (and ' or - inside), and does not end like a verb form
 * or an adverb (-ing unless an ing_nouns word, -ed, -ly) */
static int plain_letters(const doc_t *d, size_t k)
{
    for (size_t b = d->w[k].s; b < d->w[k].e; b++)
        if (!is_ascii_letter(d->t[b]) && d->t[b] != '\'' && d->t[b] != '-') return 0;
    return (!ends_with(d, k, "ing") || in_words(d, W_ING_NOUNS, k)) && !ends_with(d, k, "ed") && !ends_with(d, k, "ly");
}

/* word k is a verb, a verb in -ing or the start of a relation */
static int verb_or_relation(doc_t *d, size_t k)
{
    size_t l;
    return match(d, KIND_BIT(TLDR_LEX_VERBS), k, &l) >= 0 || match(d, KIND_BIT(TLDR_LEX_SPATIAL), k, &l) >= 0 ||
           (ends_with(d, k, "ing") && !in_words(d, W_ING_NOUNS, k));
}

/* word p is a verb or a word that agrees (is/are/has/...) */
static int agree_verb_at(doc_t *d, size_t p)
{
    size_t L;
    return p < d->n && joined(d, p) &&
           (in_words(d, W_AGREE_SING, p) || in_words(d, W_AGREE_PLUR, p) || match(d, KIND_BIT(TLDR_LEX_VERBS), p, &L) >= 0);
}

size_t pt_agree_pos(doc_t *d, size_t k)
{
    size_t L;
    k = after_rel_pronoun(d, k);
    if (k >= d->n || !joined(d, k) || !in_words(d, W_PP_START, k)) return k;
    size_t p = k + 1;
    for (int t = 0; t < 2 && p < d->n && joined(d, p) && in_words(d, W_DET, p); t++) p++;
    for (int t = 0; t < 3 && p < d->n && joined(d, p) && is_attr1(d, p) && !is_noun(d, p); t++) p++;
    if (p >= d->n || !joined(d, p)) return k;
    if (match(d, NOUN_KINDS, p, &L) < 0) {
        /* a noun no lexicon knows, then a verb that is no noun: "a man on a quad follows"
         * (never "a kiddie train", "duplicate images": the noun is the known one) */
        if (!pt_noun_like(d, p) || (p + 1 < d->n && is_noun(d, p + 1))) return k;
        L = 1;
    }
    p += L;
    /* past a modifier noun when a verb follows the noun after it: "in orange vests are"
     * ("vests" is a verb too), "in suits stand" ("stand" is a noun too) */
    if (p < d->n && joined(d, p) && match(d, NOUN_KINDS, p, &L) >= 0 && agree_verb_at(d, p + L)) p += L;
    return agree_verb_at(d, p) ? p : k;
}

/* word k (< d->n) is no function word, relation or attribute, letters only and not in
 * -ing/-ed/-ly: a word no lexicon but nouns.lex or verbs.lex may know */
static int bare_word(doc_t *d, size_t k)
{
    size_t l;
    return !(d->wmask[k] & FUNCTION_WORDS) && plain_letters(d, k) && match(d, KIND_BIT(TLDR_LEX_SPATIAL), k, &l) < 0 &&
           match(d, KIND_BIT(TLDR_LEX_ATTRIBUTES), k, &l) < 0;
}

int pt_unknown_word(doc_t *d, size_t k)
{
    size_t l;
    return k < d->n && !is_noun(d, k) && bare_word(d, k) && match(d, KIND_BIT(TLDR_LEX_VERBS), k, &l) < 0;
}

int pt_noun_like(doc_t *d, size_t j)
{
    if (j >= d->n) return 0;
    if (is_noun(d, j)) return 1;
    if (!bare_word(d, j)) return 0;
    size_t k = j + 1;
    return k >= d->n || !joined(d, k) || pt_function_word(d, k) || verb_or_relation(d, k);
}

/* the word pair (a, b) is a compound of the corpus: both nouns, seen side by side */
int pt_bigram_seen(const doc_t *d, const char *a, size_t an, const char *b, size_t bn)
{
    return pt_ngram_count(d, "bigram", a, an, b, bn) > 0;
}

int pt_compound(doc_t *d, size_t k)
{
    if (!d->E->has_bigrams || k + 1 >= d->n || !joined(d, k + 1) || !is_noun(d, k) || !is_noun(d, k + 1)) return 0;
    size_t an, bn;
    const char *a = word_low(d, k, &an), *b = word_low(d, k + 1, &bn);
    return pt_bigram_seen(d, a, an, b, bn);
}

/* words of a multi-word attribute phrase ending at word p ("polka dot"), or 0 */
static size_t attribute_ending_at(doc_t *d, size_t p)
{
    size_t L;
    for (size_t l = 2; l <= d->E->maxw && l <= p + 1; l++)
        if (match(d, KIND_BIT(TLDR_LEX_ATTRIBUTES), p + 1 - l, &L) >= 0 && L == l) return l;
    return 0;
}

/* word p is a word no lexicon knows (letters and "-" only: no possessive; not in
 * -ing/-ed/-ly; no words.lex modifier_stop word: "the same direction") right after a
 * determiner or count: a modifier of the noun after it ("a smart car", "two fluffy cats") */
static int unknown_modifier(doc_t *d, size_t p)
{
    if (p == 0 || !joined(d, p) || !pt_plain_word(d, p) || !plain_letters(d, p) || in_words(d, W_MODIFIER_STOP, p))
        return 0;
    for (size_t b = d->w[p].s; b < d->w[p].e; b++)
        if (d->t[b] == '\'') return 0;
    return in_words(d, W_DET, p - 1) || in_words(d, W_NUMBER, p - 1) || in_words(d, W_DET_PLUR, p - 1);
}

int pt_noun_phrase(doc_t *d, size_t h, size_t L, int e, np_t *np)
{
    const tldr_perturb_engine *E = d->E;
    if (!unprotected(d, h, h + L) || proper(d, h)) return 0;
    if (wc_index(d, E->req[W_COUNT_STOP], h, L) >= 0 || in_words(d, W_COUNT_STOP, h + L - 1)) return 0;
    if (h + L < d->n && joined(d, h + L) && is_noun(d, h + L)) return 0; /* a modifier: "coffee cup" */
    if (h + L + 1 < d->n && joined(d, h + L) && joined(d, h + L + 1) && ends_with(d, h + L, "ed") && is_noun(d, h + L + 1))
        return 0; /* a modifier of a compound: "the graffiti decorated wall" */
    size_t s = h, nattr = 0;
    int loose = 0; /* a modifier noun the corpus does not pair with the next one: a determiner must come */
    for (int k = 0; k < NP_MAX_PRE && s > 0 && joined(d, s) && d->sent[s - 1] == d->sent[s]; k++) {
        size_t p = s - 1, la = attribute_ending_at(d, p);
        if (la) { /* "a polka dot scarf" */
            nattr++;
            s -= la;
            continue;
        }
        if (is_attr1(d, p) && !is_noun(d, p)) nattr++;
        else if (s == h && unknown_modifier(d, p) && !in_words(d, W_NOT_SMALL, h + L - 1) &&
                 wc_index(d, E->req[W_NOT_SMALL], h, L) < 0)
            nattr++; /* "a smart car"; no place: "a residential street" */
        else if ((word_is(d, p, "very") || ends_with(d, p, "ly")) && nattr && !is_noun(d, p)) {
            /* "an extremely small car" */
        } else if (in_words(d, W_DET, p) || proper(d, p) || !is_noun(d, p)) {
            break;
        } else if (!pt_compound(d, p)) {
            loose = 1; /* "an army prop plane" */
        }
        s--;
    }
    if (loose && (s == 0 || !joined(d, s) || d->sent[s - 1] != d->sent[s])) return 0;
    size_t intro = s;
    if (s > 0 && joined(d, s) && d->sent[s - 1] == d->sent[s]) {
        size_t p = s - 1;
        int det = in_words(d, W_DET, p) || in_words(d, W_NUMBER, p) || in_words(d, W_DET_PLUR, p) ||
                  possessive(d, p);
        if (!det) return 0;
        intro = p;
    } else if (s > 0 && d->sent[s - 1] == d->sent[s]) {
        return 0; /* after punctuation inside a sentence: a list item or an aside */
    }
    const entry_t *en = entry_at(E, e);
    np->s = s;
    np->e = h + L;
    np->h = h;
    np->intro = intro;
    np->nattr = nattr;
    np->fid = en->a;
    np->plural = en->b;
    np->mass = 0; /* a mass noun in any lexicon ("water": a drink) is one */
    for (int q = e; q >= 0; q = next_hit(d, q, NOUN_KINDS, h, L)) np->mass |= form_at(E, entry_at(E, q)->a)->mass;
    /* a person or animal (words.lex person too: WordNet's first sense of "person" and
     * "people" is no noun.person, and "a cup sitting at a table with a person" is no swap) */
    np->animate = wc_index(d, E->req[W_ANIMATE], h, L) >= 0 || wc_index(d, E->req[W_PERSON], h, L) >= 0;
    return 1;
}
