/* perturb/engine.c: the engine's tables and its constructor.
 *
 * A string pool holds every phrase (lower case, NUL-terminated) and name; the phrase table
 * maps a phrase to the chain of entries that spell it (forms and words-class items), with
 * a slot for every word prefix of a phrase so that a caption's lookups stop early; two
 * string -> count maps serve the balance test (weights.lex counts, and the total count of
 * each context word). tldr_perturb_engine_new parses the lexicon files (lexicon.c) into
 * these tables and derives the weights; the engine is immutable afterwards.
 */
#include "perturb/perturb_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

const char *const tldr_perturb_required_words[W_NREQ] = {
    "det", "copula", "noun_left", "number", "quantifier_1", "quantifier_2", "quantifier_3",
    "quantifier_12", "vague", "count_stop", "agree_singular", "agree_plural", "there", "small_cue",
    "small_after", "ocr_cue", "ocr_skip", "ocr_words", "ing_nouns", "with_det", "have", "have_det",
    "an_words", "a_words", "be_aux", "spatial_stop", "male", "female", "count_prep_stop",
    "ocr_surface", "plural_only", "attr_stop", "spatial_alone", "landmark_pron", "agent", "symmetric",
    "det_singular", "det_plural", "not_small", "animate", "person", "skin", "alone_only", "pp_start", "movable",
    "owned_after", "count_swap_stop", "kind_bound",
    "vague_swap_stop", "count_refs", "modifier_stop", "particle", "subject_animate",
    "spatial_read_only", "fixture_place", "place_fixture", "never_moved",
    "spatial_loose_place", "spatial_loose_values", "count_container"};

const char *const tldr_perturb_context_names[NCTX] = {"spatial", "spatial-before", "spatial-det", "attribute",
                                                      "attribute-before", "object", "counting", "counting-after",
                                                      "noun", "noun-after"};

/* weights.lex keys of the counterfactual constructs, by CF_* kind */
const char *const tldr_perturb_cf_keys[CF_NKINDS] = {"counterfactual be ing", "counterfactual with",
                                                     "counterfactual have a", "counterfactual be not ing",
                                                     "counterfactual without", "counterfactual have no"};

/* Hash of a table key. Only slot placement depends on it (lookups compare the bytes), so
 * no output does. */
static uint64_t key_hash(const char *s, size_t n) { return tldr_hash_bytes((const uint8_t *)s, n); }

tldr_status pt_pool_add(tldr_perturb_engine *E, const char *s, size_t n, size_t *off)
{
    *off = E->pool.n;
    tldr_status st = tldr_vec_reserve(&E->pool, E->pool.n + n + 1);
    if (st) return st;
    memcpy((char *)E->pool.p + E->pool.n, s, n);
    ((char *)E->pool.p)[E->pool.n + n] = 0;
    E->pool.n += n + 1;
    return TLDR_OK;
}

/* ------------------------------------------------------------------ phrase table ------- */
const slot_t *pt_table_slot(const tldr_perturb_engine *E, const char *k, size_t n)
{
    if (!E->tcap || n > E->max_key) return NULL;
    size_t m = E->tcap - 1, i = key_hash(k, n) & m;
    while (E->table[i].used) {
        if (E->table[i].len == n && memcmp(pool_str(E, E->table[i].off), k, n) == 0) return &E->table[i];
        i = (i + 1) & m;
    }
    return NULL;
}

int pt_table_find(const tldr_perturb_engine *E, const char *k, size_t n)
{
    const slot_t *sl = pt_table_slot(E, k, n);
    return sl ? sl->head : -1;
}

/* room for one more key at a load factor of at most 1/2 */
static tldr_status table_grow(tldr_perturb_engine *E)
{
    if ((E->tcount + 1) * 2 <= E->tcap) return TLDR_OK;
    size_t nc = E->tcap ? E->tcap * 2 : 1024;
    slot_t *nt = calloc(nc, sizeof *nt);
    if (!nt) return TLDR_ERR_NOMEM;
    for (size_t i = 0; i < E->tcap; i++) {
        if (!E->table[i].used) continue;
        size_t j = key_hash(pool_str(E, E->table[i].off), E->table[i].len) & (nc - 1);
        while (nt[j].used) j = (j + 1) & (nc - 1);
        nt[j] = E->table[i];
    }
    free(E->table);
    E->table = nt;
    E->tcap = nc;
    return TLDR_OK;
}

/* the slot of key (pool off, n), created (as a bare prefix) when absent; NULL: no memory */
static slot_t *table_get(tldr_perturb_engine *E, size_t off, size_t n)
{
    if (table_grow(E)) return NULL;
    size_t m = E->tcap - 1, i = key_hash(pool_str(E, off), n) & m;
    while (E->table[i].used) {
        if (E->table[i].len == n && memcmp(pool_str(E, E->table[i].off), pool_str(E, off), n) == 0)
            return &E->table[i];
        i = (i + 1) & m;
    }
    E->table[i].used = 1;
    E->table[i].off = off;
    E->table[i].len = n;
    E->table[i].head = E->table[i].tail = -1;
    E->tcount++;
    if (n > E->max_key) E->max_key = n;
    return &E->table[i];
}

/* entry ent for the phrase at (pool off, n), after the phrase's earlier entries */
tldr_status pt_table_add(tldr_perturb_engine *E, size_t off, size_t n, entry_t ent)
{
    for (size_t k = 1; k < n; k++) /* every word prefix gets a slot */
        if (pool_str(E, off)[k] == ' ' && !table_get(E, off, k)) return TLDR_ERR_NOMEM;
    ent.next = -1;
    int id = (int)E->entries.n;
    tldr_status st = tldr_vec_push(&E->entries, &ent);
    if (st) return st;
    slot_t *sl = table_get(E, off, n);
    if (!sl) return TLDR_ERR_NOMEM;
    if (sl->head < 0) sl->head = id;
    else TLDR_VEC_AT(E->entries, entry_t, sl->tail).next = id;
    sl->tail = id;
    return TLDR_OK;
}

int pt_wclass_find(const tldr_perturb_engine *E, const char *s, size_t n)
{
    for (size_t i = 0; i < E->wcls.n; i++) {
        const wclass_t *w = &TLDR_VEC_AT(E->wcls, wclass_t, i);
        if (w->name_len == n && memcmp(pool_str(E, w->name_off), s, n) == 0) return (int)i;
    }
    return -1;
}

/* index of the phrase (s, n) in words class cls, or -1 */
int pt_words_index(const tldr_perturb_engine *E, int cls, const char *s, size_t n)
{
    for (int e = pt_table_find(E, s, n); e >= 0; e = entry_at(E, e)->next) {
        const entry_t *en = entry_at(E, e);
        if (en->kind == KIND_WORDS && en->a == cls) return en->b;
    }
    return -1;
}

/* ------------------------------------------------------------------ weight maps -------- */
static void strmap_free(strmap *m)
{
    free(m->h);
    free(m->val);
    free(m->off);
    free(m->len);
    memset(m, 0, sizeof *m);
}

/* slot of key (s, n) in m: its own, or the empty one where it would go */
static size_t strmap_slot(const strmap *m, const tldr_perturb_engine *E, const char *s, size_t n, uint64_t h)
{
    size_t i = h & (m->cap - 1);
    while (m->len[i] != SIZE_MAX) {
        if (m->h[i] == h && m->len[i] == n && memcmp(pool_str(E, m->off[i]), s, n) == 0) return i;
        i = (i + 1) & (m->cap - 1);
    }
    return i;
}

/* the slot of key (s, n), SIZE_MAX when absent */
size_t pt_strmap_slot(const strmap *m, const tldr_perturb_engine *E, const char *s, size_t n)
{
    if (!m->cap || n > m->maxlen) return SIZE_MAX;
    size_t i = strmap_slot(m, E, s, n, key_hash(s, n));
    return m->len[i] == SIZE_MAX ? SIZE_MAX : i;
}

/* count of key (s, n), 0 when absent */
uint64_t pt_strmap_get(const strmap *m, const tldr_perturb_engine *E, const char *s, size_t n)
{
    if (!m->cap || n > m->maxlen) return 0;
    size_t i = strmap_slot(m, E, s, n, key_hash(s, n));
    return m->len[i] == SIZE_MAX ? 0 : m->val[i];
}

static tldr_status strmap_grow(strmap *m, const tldr_perturb_engine *E)
{
    strmap o = *m;
    size_t nc = m->cap ? m->cap * 2 : 64;
    strmap g = {0};
    g.h = malloc(nc * sizeof *g.h);
    g.val = malloc(nc * sizeof *g.val);
    g.off = malloc(nc * sizeof *g.off);
    g.len = malloc(nc * sizeof *g.len);
    g.cap = nc;
    g.maxlen = o.maxlen;
    if (!g.h || !g.val || !g.off || !g.len) {
        strmap_free(&g);
        return TLDR_ERR_NOMEM;
    }
    for (size_t i = 0; i < nc; i++) g.len[i] = SIZE_MAX;
    for (size_t i = 0; i < o.cap; i++) {
        if (o.len[i] == SIZE_MAX) continue;
        size_t j = strmap_slot(&g, E, pool_str(E, o.off[i]), o.len[i], o.h[i]);
        g.h[j] = o.h[i];
        g.val[j] = o.val[i];
        g.off[j] = o.off[i];
        g.len[j] = o.len[i];
        g.n++;
    }
    strmap_free(&o);
    *m = g;
    return TLDR_OK;
}

/* key = the pool string at (off, n); add: add val to the key's count, else set it */
static tldr_status strmap_put(strmap *m, const tldr_perturb_engine *E, size_t off, size_t n, uint64_t val, int add)
{
    if ((m->n + 1) * 2 > m->cap) {
        tldr_status st = strmap_grow(m, E);
        if (st) return st;
    }
    uint64_t h = key_hash(pool_str(E, off), n);
    size_t i = strmap_slot(m, E, pool_str(E, off), n, h);
    if (m->len[i] == SIZE_MAX) {
        m->h[i] = h;
        m->off[i] = off;
        m->len[i] = n;
        m->val[i] = 0;
        m->n++;
        if (n > m->maxlen) m->maxlen = n;
    }
    m->val[i] = add ? m->val[i] + val : val;
    return TLDR_OK;
}

static uint64_t weight_of(const tldr_perturb_engine *E, const char *s, size_t n)
{
    return pt_strmap_get(&E->wmap, E, s, n);
}

/* the context of weights key k[0:n) ("<context> VALUE WORD"): its X_* index, or -1;
 * *sp: the end of the context name */
static int key_context(const char *k, size_t n, size_t *sp)
{
    size_t a = 0;
    while (a < n && k[a] != ' ') a++;
    *sp = a;
    if (a >= n) return -1;
    for (int c = 0; c < NCTX; c++)
        if (strlen(tldr_perturb_context_names[c]) == a && memcmp(k, tldr_perturb_context_names[c], a) == 0) return c;
    return -1;
}

/* wmap from the weights.lex triples (the last count of a phrase wins), then for every key
 * "<context> <value> <word>" the context's total, the word's marginal in cmarg and the
 * value's in vmarg */
static tldr_status build_weight_maps(tldr_perturb_engine *E)
{
    tldr_status st;
    for (size_t k = 0; k + 2 < E->weights.n; k += 3) {
        st = strmap_put(&E->wmap, E, TLDR_VEC_AT(E->weights, size_t, k), TLDR_VEC_AT(E->weights, size_t, k + 1),
                        TLDR_VEC_AT(E->weights, size_t, k + 2), 0);
        if (st) return st;
    }
    for (size_t i = 0; i < E->wmap.cap; i++) {
        if (E->wmap.len[i] == SIZE_MAX) continue;
        size_t off = E->wmap.off[i], n = E->wmap.len[i];
        const char *k = pool_str(E, off);
        if (n > 8 && memcmp(k, "unigram ", 8) == 0) E->has_unigrams = 1;
        if (n > 7 && memcmp(k, "bigram ", 7) == 0) E->has_bigrams = 1;
        size_t sp, last = 0; /* the first and the last space */
        int cc = key_context(k, n, &sp);
        for (size_t b = sp + 1; b < n; b++)
            if (k[b] == ' ') last = b;
        if (cc < 0 || !last) continue; /* not "<context> VALUE WORD" */
        uint64_t cnt = E->wmap.val[i];
        E->ctx_total[cc] += cnt;
        /* the value's marginal "<context> VALUE": a prefix of the key, in the pool already */
        if ((st = strmap_put(&E->vmarg, E, off, last, cnt, 1))) return st;
        /* the marginal key "<context> <word>" into the pool (room first: k would move) */
        size_t mlen = sp + (n - last), moff = E->pool.n;
        if ((st = tldr_vec_reserve(&E->pool, E->pool.n + mlen + 1))) return st;
        k = pool_str(E, off);
        char *dst = (char *)E->pool.p + moff;
        memcpy(dst, k, sp);
        memcpy(dst + sp, k + last, n - last);
        dst[mlen] = 0;
        E->pool.n += mlen + 1;
        if ((st = strmap_put(&E->cmarg, E, moff, mlen, cnt, 1))) return st;
    }
    return TLDR_OK;
}

/* per form, per value, per number word and per construct: 1 + its corpus count */
static tldr_status derive_weights(tldr_perturb_engine *E)
{
    tldr_vec key = TLDR_VEC(char); /* "form-count FORM" */
    for (size_t f = 0; f < E->forms.n; f++) {
        form_t *fm = &TLDR_VEC_AT(E->forms, form_t, f);
        size_t n = strlen(FORM_KEY) + 1 + fm->len;
        tldr_status st = tldr_vec_reserve(&key, n);
        if (st) {
            tldr_vec_free(&key);
            return st;
        }
        memcpy(key.p, FORM_KEY, strlen(FORM_KEY));
        ((char *)key.p)[strlen(FORM_KEY)] = ' ';
        memcpy((char *)key.p + strlen(FORM_KEY) + 1, pool_str(E, fm->off), fm->len);
        fm->weight = 1 + weight_of(E, key.p, n);
    }
    tldr_vec_free(&key);
    for (size_t v = 0; v < E->values.n; v++) {
        value_t *vv = &TLDR_VEC_AT(E->values, value_t, v);
        const form_t *f = form_at(E, (int)vv->first);
        vv->weight = 1 + weight_of(E, pool_str(E, f->off), f->len);
    }
    for (int k = 0; k < CF_NKINDS; k++)
        E->cf_weight[k] = 1 + weight_of(E, tldr_perturb_cf_keys[k], strlen(tldr_perturb_cf_keys[k]));
    const size_t *it = wc_items(E, W_NUMBER, &E->n_numbers);
    E->number_weight = malloc((E->n_numbers + 1) * sizeof *E->number_weight);
    if (!E->number_weight) return TLDR_ERR_NOMEM;
    for (size_t k = 0; k < E->n_numbers; k++)
        E->number_weight[k] = 1 + weight_of(E, pool_str(E, it[2 * k]), it[2 * k + 1]);
    return TLDR_OK;
}

/* Each spatial class's own stop words: the words class "spatial_stop_<class name>" when
 * words.lex has one (a relation of the class is left alone before them: "on the floor"
 * has no "under the floor", but "near the water" has "far from the water"); and which
 * attribute classes binding may move (words.lex movable) or never swaps with another class
 * (kind_bound). */
static tldr_status find_class_stops(tldr_perturb_engine *E)
{
    static const char prefix[] = "spatial_stop_";
    tldr_vec name = TLDR_VEC(char);
    tldr_status st = TLDR_OK;
    for (size_t i = 0; i < E->classes.n && !st; i++) {
        class_t *c = &TLDR_VEC_AT(E->classes, class_t, i);
        c->stop_wc = -1;
        c->movable = c->kind == TLDR_LEX_ATTRIBUTES &&
                     pt_words_index(E, E->req[W_MOVABLE], pool_str(E, c->name_off), c->name_len) >= 0;
        c->bound = c->animate = 0;
        if (c->kind == TLDR_LEX_ATTRIBUTES) { /* words.lex writes "hair_color" as the phrase "hair color" */
            if ((st = tldr_vec_reserve(&name, c->name_len))) break;
            const char *src = pool_str(E, c->name_off);
            char *q = name.p;
            for (size_t t = 0; t < c->name_len; t++) q[t] = src[t] == '_' ? ' ' : src[t];
            c->bound = pt_words_index(E, E->req[W_KIND_BOUND], q, c->name_len) >= 0;
            c->animate = pt_words_index(E, E->req[W_SUBJECT_ANIMATE], q, c->name_len) >= 0;
        }
        if (c->kind != TLDR_LEX_SPATIAL) continue;
        if ((st = tldr_vec_reserve(&name, sizeof prefix - 1 + c->name_len))) break;
        memcpy(name.p, prefix, sizeof prefix - 1);
        memcpy((char *)name.p + sizeof prefix - 1, pool_str(E, c->name_off), c->name_len);
        c->stop_wc = pt_wclass_find(E, name.p, sizeof prefix - 1 + c->name_len);
    }
    tldr_vec_free(&name);
    return st;
}

static int by_slot_then_tid(const void *a, const void *b)
{
    const size_t *x = a, *y = b; /* (slot, tid, count) */
    if (x[0] != y[0]) return x[0] < y[0] ? -1 : 1;
    return x[1] < y[1] ? -1 : x[1] > y[1];
}

/* The next split of weights key k[0:n) (context name ending at sp) after space *b into a
 * value text that has a text id (*tid) and a word: 1, *b its space; 0 when none is left.
 * Both VALUE and WORD may hold spaces ("counting two hot dog": the word is "hot dog"), so
 * every space is tried: the balance target looks a pair up by the whole string. */
static int next_split(const strmap *tids, const tldr_perturb_engine *E, const char *k, size_t n, size_t sp,
                      size_t *b, uint32_t *tid)
{
    for (size_t q = *b + 1; q + 1 < n; q++) {
        if (k[q] != ' ') continue;
        uint64_t t = pt_strmap_get(tids, E, k + sp + 1, q - sp - 1);
        if (!t) continue;
        *b = q;
        *tid = (uint32_t)(t - 1);
        return 1;
    }
    return 0;
}

/* "<context> <word>" of key k[0:n) split at b, into group (room for n bytes) */
static size_t group_key(char *group, const char *k, size_t n, size_t sp, size_t b)
{
    memcpy(group, k, sp);
    memcpy(group + sp, k + b, n - b);
    return sp + (n - b);
}

/* The context index (see tldr_perturb_engine): text ids of value texts, then every
 * "<context> VALUE <word>" count filed under its "<context> <word>" slot of cmarg (a
 * word the marginals lack, such as a noun of two words, gets a slot with count 0). */
static tldr_status build_context_index(tldr_perturb_engine *E)
{
    strmap tids = {0}; /* value text -> 1 + tid */
    tldr_vec trip = TLDR_VEC(size_t), group = TLDR_VEC(char);
    tldr_status st = TLDR_OK;
    uint32_t ntid = 0, tid;
    size_t nnum;
    const size_t *num = wc_items(E, W_NUMBER, &nnum);
    E->value_tid = malloc((E->values.n + 1) * sizeof *E->value_tid);
    E->number_tid = malloc((nnum + 1) * sizeof *E->number_tid);
    if (!E->value_tid || !E->number_tid) st = TLDR_ERR_NOMEM;
    for (size_t v = 0; v < E->values.n + nnum && !st; v++) {
        size_t off = v < E->values.n ? first_form(E, (int)v)->off : num[2 * (v - E->values.n)];
        size_t n = v < E->values.n ? first_form(E, (int)v)->len : num[2 * (v - E->values.n) + 1];
        uint64_t t = pt_strmap_get(&tids, E, pool_str(E, off), n);
        if (!t && !(st = strmap_put(&tids, E, off, n, (uint64_t)ntid + 1, 0))) t = ++ntid;
        if (v < E->values.n) E->value_tid[v] = (uint32_t)(t - 1);
        else E->number_tid[v - E->values.n] = (uint32_t)(t - 1);
    }
    /* every group a split names gets a slot (the map grows here, so slots come after) */
    for (size_t i = 0; i < E->wmap.cap && !st; i++) {
        size_t n = E->wmap.len[i], sp, b;
        if (n == SIZE_MAX || key_context(pool_str(E, E->wmap.off[i]), n, &sp) < 0) continue;
        for (b = sp; !st && next_split(&tids, E, pool_str(E, E->wmap.off[i]), n, sp, &b, &tid);) {
            if ((st = tldr_vec_reserve(&group, n))) break;
            size_t gn = group_key(group.p, pool_str(E, E->wmap.off[i]), n, sp, b);
            if (pt_strmap_slot(&E->cmarg, E, group.p, gn) != SIZE_MAX) continue;
            size_t off = E->pool.n;
            if ((st = tldr_vec_reserve(&E->pool, E->pool.n + gn + 1))) break;
            memcpy((char *)E->pool.p + off, group.p, gn);
            ((char *)E->pool.p)[off + gn] = 0;
            E->pool.n += gn + 1;
            st = strmap_put(&E->cmarg, E, off, gn, 0, 1);
        }
    }
    if (!st) {
        E->cstart = calloc(E->cmarg.cap + 1, sizeof *E->cstart);
        E->clen = calloc(E->cmarg.cap + 1, sizeof *E->clen);
        if (!E->cstart || !E->clen) st = TLDR_ERR_NOMEM;
    }
    for (size_t i = 0; i < E->wmap.cap && !st; i++) {
        size_t n = E->wmap.len[i], sp, b;
        if (n == SIZE_MAX || key_context(pool_str(E, E->wmap.off[i]), n, &sp) < 0) continue;
        const char *k = pool_str(E, E->wmap.off[i]);
        for (b = sp; !st && next_split(&tids, E, k, n, sp, &b, &tid);) {
            if ((st = tldr_vec_reserve(&group, n))) break;
            size_t slot = pt_strmap_slot(&E->cmarg, E, group.p, group_key(group.p, k, n, sp, b));
            size_t tr[3] = {slot, tid, (size_t)E->wmap.val[i]};
            for (int q = 0; q < 3 && !st && slot != SIZE_MAX; q++) st = tldr_vec_push(&trip, &tr[q]);
        }
    }
    size_t nt = trip.n / 3;
    if (!st && nt) qsort(trip.p, nt, 3 * sizeof(size_t), by_slot_then_tid);
    if (!st && !(E->cidx = malloc((nt + 1) * sizeof *E->cidx))) st = TLDR_ERR_NOMEM;
    for (size_t q = 0; q < nt && !st; q++) {
        const size_t *tr = (const size_t *)trip.p + 3 * q;
        if (!E->clen[tr[0]]) E->cstart[tr[0]] = q;
        E->clen[tr[0]]++;
        E->cidx[q].tid = (uint32_t)tr[1];
        E->cidx[q].count = tr[2];
    }
    strmap_free(&tids);
    tldr_vec_free(&trip);
    tldr_vec_free(&group);
    return st;
}

/* every required words class exists; req and req_of filled */
static tldr_status find_required(tldr_perturb_engine *E, char *err, size_t errlen)
{
    for (int r = 0; r < W_NREQ; r++) {
        const char *name = tldr_perturb_required_words[r];
        E->req[r] = pt_wclass_find(E, name, strlen(name));
        if (E->req[r] < 0) {
            snprintf(err, errlen, "words lexicon: required class '%s' is missing", name);
            return TLDR_ERR_FORMAT;
        }
    }
    E->req_of = malloc((E->wcls.n + 1) * sizeof *E->req_of);
    if (!E->req_of) return TLDR_ERR_NOMEM;
    for (size_t k = 0; k < E->wcls.n; k++) E->req_of[k] = -1;
    for (int r = 0; r < W_NREQ; r++) E->req_of[E->req[r]] = r;
    return TLDR_OK;
}

void tldr_perturb_engine_free(tldr_perturb_engine *E)
{
    if (!E) return;
    for (size_t i = 0; i < E->classes.n; i++) tldr_vec_free(&TLDR_VEC_AT(E->classes, class_t, i).values);
    for (size_t i = 0; i < E->wcls.n; i++) tldr_vec_free(&TLDR_VEC_AT(E->wcls, wclass_t, i).items);
    for (size_t i = 0; i < E->quote.n; i++) tldr_regex_free(TLDR_VEC_AT(E->quote, tldr_regex *, i));
    for (size_t i = 0; i < E->protect.n; i++) tldr_regex_free(TLDR_VEC_AT(E->protect, tldr_regex *, i));
    tldr_vec_free(&E->pool);
    tldr_vec_free(&E->forms);
    tldr_vec_free(&E->values);
    tldr_vec_free(&E->classes);
    tldr_vec_free(&E->entries);
    tldr_vec_free(&E->wcls);
    tldr_vec_free(&E->quote);
    tldr_vec_free(&E->protect);
    tldr_vec_free(&E->weights);
    free(E->table);
    free(E->req_of);
    free(E->number_weight);
    free(E->first);
    free(E->cidx);
    free(E->cstart);
    free(E->clen);
    free(E->value_tid);
    free(E->number_tid);
    strmap_free(&E->wmap);
    strmap_free(&E->cmarg);
    strmap_free(&E->vmarg);
    free(E);
}

tldr_status tldr_perturb_engine_new(tldr_perturb_engine **out, size_t nfiles, const char *const *names,
                                    const int *kinds, const uint8_t *const *data, const size_t *lens,
                                    char *err, size_t errlen)
{
    *out = NULL;
    char dummy[8];
    if (!err || !errlen) {
        err = dummy;
        errlen = sizeof dummy;
    }
    err[0] = 0;
    tldr_perturb_engine *E = calloc(1, sizeof *E);
    if (!E) return TLDR_ERR_NOMEM;
    E->pool = (tldr_vec)TLDR_VEC(char);
    E->forms = (tldr_vec)TLDR_VEC(form_t);
    E->values = (tldr_vec)TLDR_VEC(value_t);
    E->classes = (tldr_vec)TLDR_VEC(class_t);
    E->entries = (tldr_vec)TLDR_VEC(entry_t);
    E->wcls = (tldr_vec)TLDR_VEC(wclass_t);
    E->quote = (tldr_vec)TLDR_VEC(tldr_regex *);
    E->protect = (tldr_vec)TLDR_VEC(tldr_regex *);
    E->weights = (tldr_vec)TLDR_VEC(size_t);
    E->maxw = 1;
    tldr_status st = TLDR_OK;
    for (size_t i = 0; i < nfiles && !st; i++) {
        if (kinds[i] < 0 || kinds[i] >= TLDR_LEX_NKINDS) st = TLDR_ERR_ARG;
        else st = pt_lexicon_parse(E, names[i], kinds[i], data[i], lens[i], err, errlen);
    }
    if (!st) st = find_required(E, err, errlen);
    if (!st) st = find_class_stops(E);
    if (!st && !(E->first = malloc((E->quote.n + E->protect.n + 1) * 33))) st = TLDR_ERR_NOMEM;
    for (size_t r = 0; !st && r < E->quote.n + E->protect.n; r++) { /* what a match starts with */
        const tldr_vec *v = r < E->quote.n ? &E->quote : &E->protect;
        size_t k = r < E->quote.n ? r : r - E->quote.n;
        E->first[33 * r + 32] = (uint8_t)tldr_regex_first_bytes(TLDR_VEC_AT(*v, tldr_regex *, k), E->first + 33 * r);
    }
    for (size_t f = 0; f < E->forms.n && !st; f++) { /* spatial forms that stand without a landmark */
        form_t *fm = &TLDR_VEC_AT(E->forms, form_t, f);
        fm->alone = (uint8_t)((pt_words_index(E, E->req[W_SPATIAL_ALONE], pool_str(E, fm->off), fm->len) >= 0) |
                              (pt_words_index(E, E->req[W_ALONE_ONLY], pool_str(E, fm->off), fm->len) >= 0) << 1 |
                              (pt_words_index(E, E->req[W_SPATIAL_READ_ONLY], pool_str(E, fm->off), fm->len) >= 0) << 2);
    }
    if (!st) st = build_weight_maps(E);
    if (!st) st = derive_weights(E);
    if (!st) st = build_context_index(E);
    if (st) {
        tldr_perturb_engine_free(E);
        return st;
    }
    *out = E;
    return TLDR_OK;
}

/* ------------------------------------------------------------------ dump -------------- */
static tldr_status put_str(tldr_vec *o, const char *s, size_t n)
{
    tldr_status st = tldr_vec_reserve(o, o->n + n);
    if (st) return st;
    memcpy((char *)o->p + o->n, s, n);
    o->n += n;
    return TLDR_OK;
}

static tldr_status put_fmt(tldr_vec *o, const char *fmt, ...)
{
    char buf[96]; /* a short tag and at most two size_t in decimal */
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return n < 0 || (size_t)n >= sizeof buf ? TLDR_ERR_ARG : put_str(o, buf, (size_t)n);
}

/* "form KIND VALUE CLASS|TEXT|PLURAL|CONTEXT" (PLURAL, CONTEXT: "-" when none) */
static tldr_status dump_form(tldr_vec *o, const tldr_perturb_engine *E, const form_t *f)
{
    const class_t *c = class_at(E, value_at(E, f->value)->cls);
    tldr_status st = put_fmt(o, "form %zu %zu ", (size_t)c->kind, (size_t)f->value);
    if (!st) st = put_str(o, pool_str(E, c->name_off), c->name_len);
    if (!st) st = put_str(o, "|", 1);
    if (!st) st = put_str(o, pool_str(E, f->off), f->len);
    if (!st) st = put_str(o, "|", 1);
    if (!st) st = f->has_plural ? put_str(o, pool_str(E, f->poff), f->plen) : put_str(o, "-", 1);
    if (!st) st = put_str(o, "|", 1);
    if (!st && f->ctx >= 0) {
        const wclass_t *w = &TLDR_VEC_AT(E->wcls, wclass_t, f->ctx);
        st = put_str(o, pool_str(E, w->name_off), w->name_len);
    } else if (!st) {
        st = put_str(o, "-", 1);
    }
    return st ? st : put_str(o, "\n", 1);
}

tldr_status tldr_perturb_engine_dump(const tldr_perturb_engine *E, char **out, size_t *len)
{
    tldr_vec o = TLDR_VEC(char);
    tldr_status st = TLDR_OK;
    for (size_t i = 0; i < E->forms.n && !st; i++) st = dump_form(&o, E, form_at(E, (int)i));
    for (size_t i = 0; i < E->wcls.n && !st; i++) {
        const wclass_t *w = &TLDR_VEC_AT(E->wcls, wclass_t, i);
        for (size_t k = 0; k + 1 < w->items.n && !st; k += 2) {
            st = put_str(&o, "words ", 6);
            if (!st) st = put_str(&o, pool_str(E, w->name_off), w->name_len);
            if (!st) st = put_str(&o, "|", 1);
            if (!st) st = put_str(&o, pool_str(E, TLDR_VEC_AT(w->items, size_t, k)), TLDR_VEC_AT(w->items, size_t, k + 1));
            if (!st) st = put_str(&o, "\n", 1);
        }
    }
    for (size_t k = 0; k + 2 < E->weights.n && !st; k += 3) {
        st = put_str(&o, "weight ", 7);
        if (!st) st = put_str(&o, pool_str(E, TLDR_VEC_AT(E->weights, size_t, k)), TLDR_VEC_AT(E->weights, size_t, k + 1));
        if (!st) st = put_fmt(&o, "|%zu\n", TLDR_VEC_AT(E->weights, size_t, k + 2));
    }
    if (!st) st = put_fmt(&o, "patterns %zu %zu\n", E->quote.n, E->protect.n);
    if (!st) st = put_fmt(&o, "maxw %zu\n", E->maxw);
    if (st) {
        tldr_vec_free(&o);
        return st;
    }
    *out = o.p;
    *len = o.n;
    return TLDR_OK;
}
