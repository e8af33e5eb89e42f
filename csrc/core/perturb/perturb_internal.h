/* perturb/perturb_internal.h: what the files of the perturbation engine share (never
 * included outside csrc/core/perturb/).
 *
 * The engine (engine.c, built by lexicon.c) is an immutable set of tables: a pool of
 * lower-case phrases, the lexicon's forms, values and classes, the words classes, a phrase
 * table from each phrase to the entries that spell it, the weight maps of the balance test
 * and the compiled patterns. A caption is analysed once (caption.c) into words, protected
 * words, sentence ids and per-word caches, all held in a per-thread scratch. The site
 * finders (sites_*.c) list where each category can edit; a (site, alternative) pair
 * becomes character edits (candidate.c, written with edits.c); balance.c decides whether a
 * balanced draw is kept; run.c draws or enumerates candidates and removes duplicates;
 * counts.c reports the corpus counts the balance test reads.
 *
 * Vocabulary. word: a maximal run of word characters (caption.c, is_word_cp) with ', - or
 * U+2019 between two of them; words compare in ASCII lower case. phrase: consecutive words
 * separated by whitespace only, looked up as its lower-case words joined by one space.
 * form: one way to write a value ("grey" of the value grey = gray); value: what a class
 * swaps ("red"); class: a line of a lexicon file ("color: red, blue, ..."). site: a place
 * where a category can edit, with nalt alternatives.
 */
#ifndef TLDR_PERTURB_INTERNAL_H
#define TLDR_PERTURB_INTERNAL_H

#include "perturb/perturb.h"
#include "regex.h"
#include "util/hash.h"
#include "util/utf8.h"
#include "util/vec.h"

#include <string.h>

/* ------------------------------------------------------------------ limits and rules -- */
/* A lexicon phrase has at most this many words (the file format says so): the longest
 * bundled phrases have 4 ("in the far distance"), and a weights.lex key "CONTEXT VALUE
 * WORD" of such a value has 6 (count_weights keeps keys of at most 6 words). A caption
 * caches the phrase-table entry of every word run up to this length (caption.c), so the
 * bound keeps that cache small. */
#define PHRASE_MAX_WORDS 6
/* Draws tried in one turn of a category before it counts as exhausted: a draw may repeat
 * an earlier negative, be refused by a rule or rejected by the balance test. Part of the
 * output (the sampler's rule), not a buffer. */
#define DRAW_TRIES 8
/* A candidate is refused when it needs more edits, or more bytes of new text, than this:
 * a hard negative is a local change (a site, its articles, agreement and the pronouns of
 * one sentence), and a candidate past these bounds rewrites most of a run-on sentence.
 * Rules of the engine (part of its output), checked in one place (candidate.c). */
#define MAX_EDITS 16
#define MAX_EDIT_BYTES 2048
/* Binding pairs a site with at most the next 6 sites of its sentence, so a long sentence
 * gives a linear, not quadratic, number of pairs. */
#define BIND_NEXT 6
/* Candidates of one caption (enumeration) may not hold more text than this
 * (TLDR_ERR_LIMIT): beyond it the list is gigabytes and draws are what the caller wants. */
#define CANDIDATE_BYTES_MAX ((size_t)256 << 20)

/* Categories, in the order of TLDR_PERTURB_NCAT category indices. */
enum { C_SPATIAL, C_ATTRIBUTE, C_BINDING, C_OBJECT, C_COUNTING, C_SMALL, C_OCR, C_CF };

#define KIND_WORDS TLDR_LEX_WORDS
/* Bit of a lexicon kind in a kind mask (match, hit_ok). */
#define KIND_BIT(kind) (1u << (kind))
#define NOUN_KINDS (KIND_BIT(TLDR_LEX_OBJECTS) | KIND_BIT(TLDR_LEX_NOUNS))

/* Words classes the rules use (words.lex must define all of them). */
enum {
    W_DET, W_COPULA, W_NOUN_LEFT, W_NUMBER, W_Q1, W_Q2, W_Q3, W_Q12, W_VAGUE, W_COUNT_STOP,
    W_AGREE_SING, W_AGREE_PLUR, W_THERE, W_SMALL_CUE, W_SMALL_AFTER, W_OCR_CUE, W_OCR_SKIP,
    W_OCR_WORDS, W_ING_NOUNS, W_WITH_DET, W_HAVE, W_HAVE_DET, W_AN_WORDS, W_A_WORDS, W_BE_AUX,
    W_SPATIAL_STOP, W_MALE, W_FEMALE, W_COUNT_PREP_STOP, W_OCR_SURFACE, W_PLURAL_ONLY, W_ATTR_STOP,
    W_SPATIAL_ALONE, W_LANDMARK_PRON, W_AGENT, W_SYMMETRIC, W_DET_SING, W_DET_PLUR, W_NOT_SMALL, W_ANIMATE, W_PERSON, W_SKIN, W_ALONE_ONLY, W_PP_START, W_MOVABLE, W_OWNED_AFTER, W_COUNT_SWAP_STOP, W_KIND_BOUND, W_VAGUE_SWAP_STOP, W_COUNT_REFS, W_MODIFIER_STOP, W_PARTICLE, W_SUBJECT_ANIMATE, W_SPATIAL_READ_ONLY, W_FIXTURE_PLACE, W_PLACE_FIXTURE, W_NEVER_MOVED, W_LOOSE_PLACE, W_LOOSE_VALUES, W_COUNT_CONTAINER, W_NREQ
};
extern const char *const tldr_perturb_required_words[W_NREQ];
/* a caption's per-word class bits (doc_t.wmask) hold one bit per required class */
_Static_assert(W_NREQ <= 64, "doc_t.wmask is a uint64_t");

/* Balance contexts: weights.lex keys "<context> <value> <word>". */
enum {
    X_SPATIAL, X_SPATIAL_BEFORE, X_SPATIAL_DET, X_ATTRIBUTE, X_ATTRIBUTE_BEFORE, X_OBJECT, X_COUNTING,
    X_COUNTING_AFTER, X_NOUN, X_NOUN_AFTER, NCTX
};
extern const char *const tldr_perturb_context_names[NCTX];
#define MAXCTX 3 /* contexts of one site at most (spatial: after, before, determiner) */

/* Counterfactual constructs (site kinds): kind k and k + 3 edit into each other. */
enum { CF_BE_ING, CF_WITH, CF_HAVE_A, CF_BE_NOT_ING, CF_WITHOUT, CF_HAVE_NO, CF_NKINDS };
extern const char *const tldr_perturb_cf_keys[CF_NKINDS];

/* OCR site kinds. */
enum { OCR_DIGIT, OCR_WORD, OCR_INSERT };

/* Binding site kinds: two attributes of two nouns, two noun phrases, two counts, one
 * attribute moved to another noun. */
enum { BIND_ATTR, BIND_NOUN, BIND_COUNT, BIND_MOVE };
/* An attribute moves to a noun at most this many words away: a linear number of moves in
 * a long sentence, and twice the distance of the binding pairs (BIND_NEXT sites). */
#define MOVE_REACH 12

/* Alternatives of a count: 1, 2, 3, 4, n-1, n+1, 2n (at most 7 distinct). */
#define COUNT_ALTS_MAX 7

#define FORM_KEY "form-count" /* weights.lex "form-count <form>": how often a form is written */
#define NOUN_KEY "noun-count" /* weights.lex "noun-count <noun>": noun phrases of each noun */
#define FORM_SALT 0x666F726D73616C74ULL   /* salt of the written-form draw */
#define ACCEPT_SALT 0x62616c616e636531ULL /* salt of the balance test's uniform draw */
#define ROTATE_CAT 255                    /* draw "category" of the rotation's start */
#define CTX_SHRINK 0.5                    /* weight of the independence term of the target */
/* An attribute that a tenth of a noun's attributes in the corpus are is typical of it
 * ("green field", "blue sky"): moved onto that noun it would often still be true. */
#define TYPICAL_SHARE 0.1
/* A context word seen in fewer pairs than this says too little to call a pair it lacks
 * implausible (balance.c pt_plausible): 20 pairs is about one word in 1,200 sites of
 * COCO's counts, below which an unseen pair is as likely chance as nonsense. */
#define PLAUSIBLE_MIN 20
/* ... nor is a pair whose value is so rare in that context that the pair would be expected
 * fewer than this many times were value and word independent (marginal of the word x
 * marginal of the value / the context's total): "a child holds a spoon and looks at a
 * cupcake" never had "holds cupcake" counted, and could not have (expected 0.02 times). */
#define PLAUSIBLE_EXPECT 0.1

/* ------------------------------------------------------------------ engine ------------ */
typedef struct {
    size_t off, len;   /* singular phrase in the pool */
    size_t poff, plen; /* plural phrase (nouns, verbs) */
    int has_plural;
    int ctx;   /* words class the next word must be in, or -1 */
    int value; /* the value this form writes */
    int mass;  /* plural == singular ("sheep/sheep") */
    uint64_t weight; /* 1 + how often the corpus writes it (weights.lex "form-count FORM") */
    uint8_t alone;   /* spatial: in words.lex spatial_alone (1) and alone_only (2) */
} form_t;

typedef struct {
    int cls;
    size_t first, nforms; /* forms [first, first + nforms) */
    uint64_t weight;      /* 1 + corpus count of the first form (weights.lex) */
} value_t;

typedef struct {
    int kind;  /* TLDR_LEX_* of the file */
    int free;  /* "*name": an attribute that needs no context */
    size_t name_off, name_len;
    tldr_vec values; /* int value ids */
    int stop_wc;     /* spatial: the words class "spatial_stop_<name>" of the class, or -1 */
    int movable;     /* attributes: the class is in words.lex movable (binding moves) */
    int bound;       /* attributes: the class is in words.lex kind_bound (no swap across classes) */
    int animate;     /* attributes: the class is in words.lex subject_animate (poses: said of a person or animal) */
} class_t;

/* One way a phrase is spelled in the lexicon: a form (singular or plural) or a words-class
 * item. Entries of one phrase are chained in load order. */
typedef struct {
    int kind;  /* lexicon kind of a form, or KIND_WORDS */
    int a;     /* form id, or words class id */
    int b;     /* plural flag, or index in the words class */
    int next;  /* next entry of the same phrase, -1 */
} entry_t;

typedef struct {
    size_t name_off, name_len;
    tldr_vec items; /* size_t pairs: (pool offset, length) of each phrase */
} wclass_t;

/* Phrase table slot (open addressing). Every word prefix of a phrase has a slot too, so a
 * lookup of a longer run stops at the first prefix that is missing. */
typedef struct {
    size_t off, len;
    int head, tail; /* entries of the phrase (-1: none, the key is only a prefix) */
    int used;       /* 0: empty slot */
} slot_t;

/* String -> count map over pool strings (open addressing; keys are pool offsets). */
typedef struct {
    uint64_t *h, *val;
    size_t *off, *len; /* len SIZE_MAX: empty slot */
    size_t cap, n;
    size_t maxlen; /* longest key: a longer one is absent without a lookup */
} strmap;

/* One count of the context index: value text tid seen count times next to a context word. */
typedef struct {
    uint32_t tid;
    uint64_t count;
} ctxcount_t;

struct tldr_perturb_engine {
    tldr_vec pool;    /* char: NUL-terminated lower-case phrases and names */
    tldr_vec forms;   /* form_t */
    tldr_vec values;  /* value_t */
    tldr_vec classes; /* class_t */
    tldr_vec entries; /* entry_t */
    tldr_vec wcls;    /* wclass_t */
    slot_t *table;
    size_t tcap, tcount;
    size_t max_key; /* longest phrase-table key in bytes */
    tldr_vec quote, protect; /* tldr_regex * */
    uint8_t *first;          /* per pattern (quote, then protect): 33 bytes, the set of bytes a
                                match starts with (tldr_regex_first_bytes) and whether known */
    int req[W_NREQ];         /* words class id of each required class */
    int *req_of;             /* words class id -> required index, or -1 */
    tldr_vec weights;        /* (pool offset, length, count) triples of weights.lex, as size_t */
    uint64_t *number_weight; /* 1 + corpus count of number word k + 1, one per number word */
    size_t n_numbers;
    uint64_t cf_weight[CF_NKINDS];          /* 1 + corpus count of each construct */
    strmap wmap;  /* weights.lex phrase -> count (the last count given wins) */
    strmap cmarg; /* "<context> <word>" -> total count of the word in that context */
    strmap vmarg; /* "<context> <value>" -> total count of the value in that context */
    uint64_t ctx_total[NCTX];
    size_t maxw; /* most words of any phrase (<= PHRASE_MAX_WORDS) */
    int has_unigrams, has_bigrams; /* weights.lex has "unigram W" / "bigram A B" corpus counts */
    /* The context index of the balance targets: per "<context> <word>" key of cmarg (by its
     * slot), the counts of "<context> VALUE <word>" sorted by the id of VALUE's text (tid):
     * cidx[cstart[slot] .. + clen[slot]). Value texts: each value's first form and each
     * number word, value_tid[v] and number_tid[k - 1]. */
    ctxcount_t *cidx;
    size_t *cstart, *clen;
    uint32_t *value_tid, *number_tid;
};

static inline const char *pool_str(const tldr_perturb_engine *E, size_t off)
{
    return (const char *)E->pool.p + off;
}
static inline const form_t *form_at(const tldr_perturb_engine *E, int fid)
{
    return &TLDR_VEC_AT(E->forms, form_t, fid);
}
static inline const value_t *value_at(const tldr_perturb_engine *E, int v)
{
    return &TLDR_VEC_AT(E->values, value_t, v);
}
static inline const class_t *class_at(const tldr_perturb_engine *E, int c)
{
    return &TLDR_VEC_AT(E->classes, class_t, c);
}
static inline const entry_t *entry_at(const tldr_perturb_engine *E, int e)
{
    return &TLDR_VEC_AT(E->entries, entry_t, e);
}
/* the class of the value form fid writes */
static inline const class_t *class_of_form(const tldr_perturb_engine *E, int fid)
{
    return class_at(E, value_at(E, form_at(E, fid)->value)->cls);
}
static inline int kind_of_form(const tldr_perturb_engine *E, int fid) { return class_of_form(E, fid)->kind; }
/* value v's first form: the one written by default and the key of its counts */
static inline const form_t *first_form(const tldr_perturb_engine *E, int v)
{
    return form_at(E, (int)value_at(E, v)->first);
}
/* 1 + corpus count of count k (1-based) written as a number word, 1 past the number words */
static inline uint64_t number_weight(const tldr_perturb_engine *E, int k)
{
    return k >= 1 && (size_t)k <= E->n_numbers ? E->number_weight[k - 1] : 1;
}

/* Functions shared by the engine's files carry the prefix pt_: they are not exported
 * (-fvisibility=hidden), and the prefix keeps them apart from other components' names when
 * the core is linked into one library. */

/* engine.c: pool, phrase table and weight maps */
tldr_status pt_pool_add(tldr_perturb_engine *E, const char *s, size_t n, size_t *off);
const slot_t *pt_table_slot(const tldr_perturb_engine *E, const char *k, size_t n);
int pt_table_find(const tldr_perturb_engine *E, const char *k, size_t n);
tldr_status pt_table_add(tldr_perturb_engine *E, size_t off, size_t n, entry_t ent);
int pt_wclass_find(const tldr_perturb_engine *E, const char *s, size_t n);
int pt_words_index(const tldr_perturb_engine *E, int cls, const char *s, size_t n);
uint64_t pt_strmap_get(const strmap *m, const tldr_perturb_engine *E, const char *s, size_t n);
size_t pt_strmap_slot(const strmap *m, const tldr_perturb_engine *E, const char *s, size_t n);

/* the items of required words class req: *n (offset, length) pairs into the pool */
static inline const size_t *wc_items(const tldr_perturb_engine *E, int req, size_t *n)
{
    const wclass_t *w = &TLDR_VEC_AT(E->wcls, wclass_t, E->req[req]);
    *n = w->items.n / 2;
    return (const size_t *)w->items.p;
}

/* item idx of required words class req (its length in *n), NULL past the last */
static inline const char *wc_item(const tldr_perturb_engine *E, int req, size_t idx, size_t *n)
{
    size_t count;
    const size_t *it = wc_items(E, req, &count);
    if (idx >= count) return NULL;
    *n = it[2 * idx + 1];
    return pool_str(E, it[2 * idx]);
}

/* lexicon.c: one lexicon file into the engine; on TLDR_ERR_FORMAT err holds
 * "name:line: message" */
tldr_status pt_lexicon_parse(tldr_perturb_engine *E, const char *fname, int kind, const uint8_t *data, size_t len,
                             char *err, size_t errlen);

/* ------------------------------------------------------------------ caption ----------- */
typedef struct {
    size_t s, e;
} span_t;

/* One caption, analysed (buffers owned by the scratch). */
typedef struct {
    const tldr_perturb_engine *E;
    const uint8_t *t; /* the caption, len bytes of valid UTF-8 */
    size_t len;
    uint8_t *low; /* t in ASCII lower case */
    size_t n;     /* words */
    span_t *w;    /* byte span of each word */
    uint8_t *prot; /* per word: overlaps a protected or quoted span */
    size_t *sent;  /* per word: sentence id */
    span_t *quotes;
    size_t nq;
    int *heads;      /* heads[i * PHRASE_MAX_WORDS + L - 1]: first entry of words [i, i+L) */
    uint64_t *wmask; /* per word: bit r set when the word alone is in required words class r */
    int8_t *attr1;   /* per word: ATTR1_* bits: the word alone is an attribute (without context) */
    int8_t *noun;    /* per word: is_noun, -1 not yet known */
    uint8_t *maxl;   /* per word: longest L whose phrase [i, i+L) is a table key */
    unsigned *cflags; /* per word: what the lexicons say of it (fluency.c), UINT_MAX unknown */
    int all_caps;    /* every ASCII letter is upper case (and there are >= 2) */
    char *key;       /* phrase and weight-key buffer (caption.c phrase_at, balance.c) */
    size_t key_cap;
    /* balance.c: the balance targets of the sites drawn, computed once per site and
     * caption: per site index a run [g of each alternative, their sum, g of the site's
     * own value] in gpool at goff (SIZE_MAX: not yet computed) */
    tldr_vec gpool;  /* double */
    size_t *goff;
    size_t goff_cap;
    const double *g; /* the run of the site drawn last (pointer into gpool) */
} doc_t;

/* A site. cat, [i, j) (words) and nalt are common; the rest depends on the category. */
typedef struct {
    int cat;
    size_t i, j;
    size_t nalt;
    size_t alt_off; /* alternatives: the site list's alts[alt_off, alt_off + nalt) */
    int fid;        /* the form read at the site (spatial, attribute, object, counting: the
                       counted noun; binding: the first form swapped) */
    int plural;     /* the form was read (object) or is wanted (counting) in the plural */
    union {
        struct {
            size_t ai, aj, bi, bj; /* words of the two swapped phrases */
            int fid2;              /* the second form swapped */
            int kind;              /* BIND_ATTR, BIND_NOUN, BIND_COUNT or BIND_MOVE (a, then
                                      the phrase that takes a's attribute) */
            size_t sub;            /* BIND_COUNT: the two counting sites at subs[sub], [sub + 1] */
        } bind;
        struct {
            size_t qlen;     /* words of the count expression (at i) */
            size_t noun, nl; /* the counted noun: words [noun, noun + nl) */
            int digit;       /* written in digits */
            int count;       /* the count read */
            int vague;       /* "several": read as 3, only 1 and 2 proposed */
            int plain;       /* written as the engine writes counts (digits, a/an, number words) */
            int verb;        /* the verb form agreeing with the noun (a one-word verb), or -1 */
            int verb_sing;   /* that verb was read in the third person singular */
            size_t agree;    /* the word that agrees with the noun (pt_agree_pos) */
        } count;
        int ocr_kind; /* OCR_DIGIT, OCR_WORD, OCR_INSERT */
        int cf_kind;  /* CF_* construct */
        int alone;    /* spatial: no landmark follows ("the cat is outside.") */
    } u;
} site_t;

typedef struct {
    tldr_vec sites; /* site_t */
    tldr_vec alts;  /* int: value ids, counts or ocr_words indices */
    tldr_vec subs;  /* site_t: the two counting sites of each count swap (binding) */
} sites_t;

static inline int site_alt(const sites_t *S, const site_t *s, size_t k)
{
    return TLDR_VEC_AT(S->alts, int, s->alt_off + k);
}

/* Edits of one candidate: byte spans of the caption and their new text in one buffer. */
typedef struct {
    size_t s, e;
    size_t off, len; /* new text: text[off, off + len) */
} edit_t;

typedef struct {
    tldr_vec ed;   /* edit_t */
    tldr_vec text; /* char */
} edits_t;

/* What writing a candidate gives: the edits, or a rule refusing the candidate (an error is
 * a tldr_status, returned separately). */
typedef enum { EDIT_OK = 0, EDIT_REFUSED = 1 } edit_result;

/* Per-thread scratch: PCRE2 matchers of every pattern and every per-caption buffer, grown
 * as needed and reused from caption to caption. */
struct tldr_perturb_scratch {
    const tldr_perturb_engine *E;
    tldr_regex_matcher **mq, **mp; /* quote and protect patterns */
    tldr_vec words;                /* size_t pairs */
    tldr_vec quotes, prot;         /* span_t */
    uint8_t *low;
    size_t cap_len, cap_n;
    int *heads;
    uint64_t *wmask;
    unsigned *cflags;
    int8_t *attr1, *noun;
    uint8_t *maxl, *protw;
    size_t *sent;
    sites_t S[TLDR_PERTURB_NCAT];
    sites_t tmp;   /* binding: the attribute and object sites it pairs */
    uint8_t *dead; /* draws: sites retired (their balanced proposal was rejected) */
    size_t dead_cap;
    uint64_t *tried; /* draws: (site, alternative, form) written already, open addressing, 0 empty */
    size_t tried_cap, tried_n;
    uint8_t *inq; /* ocr: per word, inside quotes */
    size_t inq_cap;
    tldr_vec fw;      /* fluency.c: word spans of a candidate negative (size_t pairs) */
    unsigned *fflag;  /* fluency.c: per word of it, what the lexicons say */
    size_t *fcw;      /* fluency.c: per word of it, the caption word it is, or SIZE_MAX */
    size_t fflag_cap; /* of fflag and fcw */
    char *fkey;       /* fluency.c: two of its words in lower case */
    size_t fkey_cap;
    edits_t ed;
    doc_t d;
};

/* ------------------------------------------------------------------ caption helpers -- */
static inline int is_ws(uint8_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
static inline uint8_t ascii_lower(uint8_t c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }
static inline uint8_t ascii_upper(uint8_t c) { return (c >= 'a' && c <= 'z') ? c - 32 : c; }
static inline int is_ascii_letter(uint8_t c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

/* word i-1 and word i are separated by whitespace only (and by something) */
static inline int joined(const doc_t *d, size_t i)
{
    size_t a = d->w[i - 1].e, b = d->w[i].s;
    if (b <= a) return 0;
    for (size_t k = a; k < b; k++)
        if (!is_ws(d->t[k])) return 0;
    return 1;
}

/* first entry of the phrase of words [i, i+L), -1 when it is no phrase (from the cache
 * doc_init fills: only table keys, phrases or their prefixes, are looked up) */
static inline int head(const doc_t *d, size_t i, size_t L)
{
    if (i + L > d->n || L == 0 || L > d->maxl[i]) return -1;
    return d->heads[i * PHRASE_MAX_WORDS + L - 1];
}

/* the phrase of words [i, i+L) is in words class cls: its index there, else -1 */
static inline int wc_index(const doc_t *d, int cls, size_t i, size_t L)
{
    for (int e = head(d, i, L); e >= 0; e = entry_at(d->E, e)->next) {
        const entry_t *en = entry_at(d->E, e);
        if (en->kind == KIND_WORDS && en->a == cls) return en->b;
    }
    return -1;
}

/* word i alone is in required words class req */
static inline int in_words(const doc_t *d, int req, size_t i) { return i < d->n && ((d->wmask[i] >> req) & 1u); }


/* doc_t.attr1 bits: an attribute form without context, of any class or of a class that
 * is no pose or action (not "*name") */
enum { ATTR1_ANY = 1, ATTR1_BOUND = 2 };

/* word i alone is an attribute (a form without context) */
static inline int is_attr1(const doc_t *d, size_t i) { return i < d->n && (d->attr1[i] & ATTR1_ANY); }

/* word i alone is an attribute of a class that describes things, not a pose or action */
static inline int is_bound_attr1(const doc_t *d, size_t i) { return i < d->n && (d->attr1[i] & ATTR1_BOUND); }

/* word i, in lower case, is the string s */
static inline int word_is(const doc_t *d, size_t i, const char *s)
{
    size_t n = strlen(s);
    return d->w[i].e - d->w[i].s == n && memcmp(d->low + d->w[i].s, s, n) == 0;
}

static inline int ends_with(const doc_t *d, size_t i, const char *suf)
{
    size_t n = strlen(suf), wl = d->w[i].e - d->w[i].s;
    return wl >= n && memcmp(d->low + d->w[i].e - n, suf, n) == 0;
}

/* words k1 and k2 are the same word (ASCII case aside) */
static inline int same_word(const doc_t *d, size_t k1, size_t k2)
{
    size_t n1 = d->w[k1].e - d->w[k1].s, n2 = d->w[k2].e - d->w[k2].s;
    return n1 == n2 && memcmp(d->low + d->w[k1].s, d->low + d->w[k2].s, n1) == 0;
}

/* word i is a possessive in 's, with an ASCII or a curly apostrophe ("a man's") */
static inline int possessive(const doc_t *d, size_t i)
{
    return ends_with(d, i, "'s") || ends_with(d, i, "\xE2\x80\x99s");
}

/* no word of [i, j) is protected */
static inline int unprotected(const doc_t *d, size_t i, size_t j)
{
    for (size_t k = i; k < j && k < d->n; k++)
        if (d->prot[k]) return 0;
    return 1;
}

/* a proper name: capitalized inside a sentence of a caption that is not ALL CAPS */
static inline int proper(const doc_t *d, size_t k)
{
    uint8_t c = d->t[d->w[k].s];
    return c >= 'A' && c <= 'Z' && !d->all_caps && k > 0 && d->sent[k] == d->sent[k - 1];
}

static inline int rel_pronoun(const doc_t *d, size_t k)
{
    return word_is(d, k, "that") || word_is(d, k, "which") || word_is(d, k, "who");
}

/* the word a verb agreeing with a noun ending before word k would be: k, or k + 1 past
 * "that/which/who" */
static inline size_t after_rel_pronoun(const doc_t *d, size_t k)
{
    return k + 1 < d->n && joined(d, k) && rel_pronoun(d, k) && joined(d, k + 1) ? k + 1 : k;
}

/* the word a verb agreeing with a noun ending before word k would be: k, past
 * "that/which/who", or past a phrase that starts with a pp_start word ("a woman with a red
 * umbrella is", "a man wearing a hat walks") when a verb or an agree word follows it
 * (nouns.c) */
size_t pt_agree_pos(doc_t *d, size_t k);

/* caption.c */
tldr_status pt_doc_init(tldr_perturb_scratch *x, const uint8_t *t, size_t len);
tldr_status pt_split_words(tldr_vec *out, const uint8_t *t, size_t n);
int pt_plain_word(doc_t *d, size_t j);

/* The phrase queries of the site finders (inline: they run for every word). */

static inline int match(const doc_t *d, unsigned kmask, size_t i, size_t *L);

/* The context class ctx of a form (`>CLASS`) holds at word j, the word after the form: j
 * is a word of the class, joined to the form; for an attribute (head set) whose context
 * word is a noun, also the head of its phrase, with no noun joined after it ("a green
 * field" is grassy, "a green street sign" is a sign of a colour). */
static inline int ctx_holds(const doc_t *d, int ctx, size_t j, int head)
{
    size_t L;
    if (!(j < d->n && joined(d, j) && wc_index(d, ctx, j, 1) >= 0)) return 0;
    return !head || !(j + 1 < d->n && joined(d, j + 1) && match(d, NOUN_KINDS, j + 1, &L) >= 0 &&
                      match(d, NOUN_KINDS, j, &L) >= 0);
}

/* entry en, found at words [i, i+L), is a form of a kind in kmask whose context holds */
static inline int hit_ok(const doc_t *d, const entry_t *en, unsigned kmask, size_t i, size_t L)
{
    if (en->kind == KIND_WORDS || !(kmask & KIND_BIT(kind_of_form(d->E, en->a)))) return 0;
    int ctx = form_at(d->E, en->a)->ctx;
    return ctx < 0 || ctx_holds(d, ctx, i + L, kind_of_form(d->E, en->a) == TLDR_LEX_ATTRIBUTES);
}

/* The first valid entry of the longest phrase at word i among forms of the kinds in kmask
 * (its length in *L), or -1. Walk the other hits of that phrase with next_hit. */
static inline int match(const doc_t *d, unsigned kmask, size_t i, size_t *L)
{
    *L = 0;
    if (i >= d->n) return -1;
    size_t maxl = d->E->maxw < d->n - i ? d->E->maxw : d->n - i;
    for (size_t l = maxl; l >= 1; l--) {
        for (int e = head(d, i, l); e >= 0; e = entry_at(d->E, e)->next)
            if (hit_ok(d, entry_at(d->E, e), kmask, i, l)) {
                *L = l;
                return e;
            }
    }
    return -1;
}

/* the next valid hit after entry e (same phrase), or -1 */
static inline int next_hit(const doc_t *d, int e, unsigned kmask, size_t i, size_t L)
{
    for (e = entry_at(d->E, e)->next; e >= 0; e = entry_at(d->E, e)->next)
        if (hit_ok(d, entry_at(d->E, e), kmask, i, L)) return e;
    return -1;
}

/* words of the longest phrase of required words class req at word i (0: none) */
static inline size_t words_match(const doc_t *d, int req, size_t i)
{
    if (i >= d->n) return 0;
    size_t maxl = d->E->maxw < d->n - i ? d->E->maxw : d->n - i;
    for (size_t l = maxl; l >= 1; l--)
        if (wc_index(d, d->E->req[req], i, l) >= 0) return l;
    return 0;
}

/* word i starts a noun (objects or nouns lexicon; cached per caption) */
static inline int is_noun(doc_t *d, size_t i)
{
    size_t L;
    if (i >= d->n) return 0;
    if (d->noun[i] < 0) d->noun[i] = match(d, NOUN_KINDS, i, &L) >= 0;
    return d->noun[i];
}

/* nouns.c */
/* A noun phrase: words [s, e) with its noun at [h, e), brought in by words from intro
 * (its determiner, or s). */
typedef struct {
    size_t s, e, h, intro;
    size_t nattr;  /* attributes among [s, h) */
    int fid;       /* the noun's form */
    int plural, mass, animate;
} np_t;
/* Words before a noun that belong to its phrase (attributes, modifier nouns): three is
 * more than "a large white dog" or "a red fire truck" has; longer runs are lists. */
#define NP_MAX_PRE 3
int pt_noun_phrase(doc_t *d, size_t h, size_t L, int e, np_t *np);
int pt_only_list_between(doc_t *d, size_t from, size_t to);
int pt_function_word(const doc_t *d, size_t k);
int pt_noun_like(doc_t *d, size_t j);
/* word k is a word no lexicon knows: letters only, not in -ing/-ed/-ly, no function word,
 * noun, verb, relation or attribute */
int pt_unknown_word(doc_t *d, size_t k);
/* word k is the "it" of a container named before counting site s ("a desk with two
 * monitors and a laptop on it": sites_counting.c) */
int pt_container_it(doc_t *d, const site_t *s, size_t k);
int pt_compound(doc_t *d, size_t k);
int pt_bigram_seen(const doc_t *d, const char *a, size_t an, const char *b, size_t bn);
uint64_t pt_ngram_count(const doc_t *d, const char *tag, const char *a, size_t an, const char *b, size_t bn);

/* sites_*.c: every site of a category appended to S (tmp: scratch lists for binding) */
int pt_said_nearby(const doc_t *d, int v, int kind, size_t i, size_t L, size_t xi, size_t xj);
tldr_status pt_push_value_site(doc_t *d, sites_t *S, int cat, size_t i, size_t j, int fid, int plural, int need_mass,
                               int near_kind);
tldr_status pt_spatial_sites(doc_t *d, sites_t *S);
tldr_status pt_attribute_sites(doc_t *d, sites_t *S, int strict);
tldr_status pt_object_sites(doc_t *d, sites_t *S, int cat);
tldr_status pt_binding_sites(doc_t *d, sites_t *S, sites_t *tmp, const sites_t *counting);
tldr_status pt_push_swap(sites_t *S, size_t ai, size_t aj, size_t bi, size_t bj, int fid, int fid2, int kind);
tldr_status pt_noun_swaps(doc_t *d, sites_t *S);
tldr_status pt_count_swaps(doc_t *d, sites_t *S, sites_t *tmp, const sites_t *counting);
tldr_status pt_counting_sites(doc_t *d, sites_t *S);
tldr_status pt_counting_sites_at(doc_t *d, sites_t *S, int after_prep);
tldr_status pt_ocr_sites(tldr_perturb_scratch *x, sites_t *S);
tldr_status pt_negation_sites(doc_t *d, sites_t *S);
size_t pt_count_alternatives(int *out, int n, int vague);
const char *pt_restore_det(doc_t *d, size_t k);

/* edits.c */
static inline size_t edits_n(const edits_t *x) { return x->ed.n; }
static inline edit_t *edit_at(const edits_t *x, size_t q) { return &TLDR_VEC_AT(x->ed, edit_t, q); }
static inline const char *edit_text(const edits_t *x, const edit_t *e) { return (const char *)x->text.p + e->off; }
void pt_edits_free(edits_t *x);
tldr_status pt_text_put(edits_t *x, const char *t, size_t n);
void pt_text_upper(edits_t *x, size_t off);
void pt_text_case(edits_t *x, const doc_t *d, size_t off, size_t ref_s, size_t ref_e);
tldr_status pt_edit_push(edits_t *x, size_t s, size_t e, size_t off);
tldr_status pt_add_edit(edits_t *x, size_t s, size_t e, const char *t, size_t n);
tldr_status pt_add_cased(edits_t *x, const doc_t *d, size_t s, size_t e, const char *t, size_t n);
tldr_status pt_word_edit(edits_t *x, const doc_t *d, size_t k, const char *t, size_t n);
tldr_status pt_phrase_edit(edits_t *x, const doc_t *d, size_t i, size_t j, const char *nw, size_t nn);
void pt_case_like(char *buf, size_t n, const uint8_t *ref, size_t rn);
int pt_needs_an(const tldr_perturb_engine *E, const char *w, size_t wn);
tldr_status pt_fix_articles(edits_t *x, const doc_t *d);
tldr_status pt_number_pronoun_edits(edits_t *x, doc_t *d, size_t j, size_t jend, int fid, int want_plural);
tldr_status pt_pronoun_edits(edits_t *x, doc_t *d, size_t i, size_t j, const char *nw, size_t nn, edit_result *res);
tldr_status pt_apply_edits(const doc_t *d, edits_t *x, tldr_perturb_result *r, int *made);

/* fluency.c: *ok = 0 when negative r (of site s) does not read as English */
tldr_status pt_fluent(tldr_perturb_scratch *x, const tldr_perturb_result *r, const site_t *s, int *ok);

/* candidate.c */
size_t pt_parallel_form(const tldr_perturb_engine *E, int fid, int v);
size_t pt_form_choice(const doc_t *d, const site_t *s, int v, size_t k);
tldr_status pt_candidate(tldr_perturb_scratch *x, const sites_t *S, const site_t *s, size_t alt, size_t force,
                         tldr_perturb_result *r, int *made);

/* balance.c */
size_t pt_pick(const tldr_perturb_engine *E, const sites_t *S, const site_t *s, uint64_t x);
int pt_targeted(const site_t *s);
tldr_status pt_targets_reset(doc_t *d, size_t nsites);
tldr_status pt_pick_balanced(doc_t *d, const sites_t *S, const site_t *s, size_t gi, uint64_t x, size_t *alt);
size_t pt_written_form(doc_t *d, const site_t *s, int v, uint64_t fx);
int pt_accepted(doc_t *d, const sites_t *S, const site_t *s, size_t alt, uint64_t r, size_t wf);

typedef struct {
    int cc;        /* X_* context */
    const char *w; /* the context word (or "det", "none", "verb", a noun form) */
    size_t n;
    double t;      /* balance.c: the independence term of the target for this word */
    const ctxcount_t *list; /* balance.c: its counts in the context index, sorted by tid */
    size_t nlist;
} ctxw_t;
int pt_context_words(doc_t *d, const site_t *s, ctxw_t *out);
int pt_noun_context(const doc_t *d, size_t s, size_t e, ctxw_t *out);
int pt_plausible(doc_t *d, int cc, const char *v, size_t vn, const char *w, size_t wn);
int pt_typical(doc_t *d, int cc, const char *v, size_t vn, const char *w, size_t wn);
const char *pt_value_name(const tldr_perturb_engine *E, int v, size_t *n, uint64_t *w);
int pt_value_in_words(const tldr_perturb_engine *E, int req, int v);
const char *pt_number_word(const tldr_perturb_engine *E, int k, int vague, size_t *n);

/* run.c: a caption into the scratch, with the sites of the given categories */
tldr_status pt_analyse(tldr_perturb_scratch *x, const uint8_t *text, size_t len, const int *cats, size_t ncats);

#endif
