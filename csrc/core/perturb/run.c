/* perturb/run.c: the two ways to get negatives of a caption, and the scratch they use.
 *
 * tldr_perturb_draw: categories in rotation from a seeded start; each turn draws up to
 * DRAW_TRIES (site, alternative) pairs of the category from a counter-based RNG keyed by
 * (seed, FNV-1a of the caption, category, draw number) until one gives a new negative;
 * a category whose turn gives none is exhausted. Each draw picks one of the category's sites
 * not yet retired; in a balanced category a draw the balance test rejects retires its site
 * (one proposal per site, as the balance test assumes), so a turn never wastes a draw on a
 * retired site and a category is exhausted when every site is retired. The output depends only on (seed, caption, categories,
 * balance), never on threads or batch order.
 * tldr_perturb_enumerate: every (site, alternative, written form) of one category, in
 * caption order. Both drop candidates equal to the caption or to an earlier negative.
 */
#include "perturb/perturb_internal.h"

#include <stdlib.h>

/* ------------------------------------------------------------------ scratch ----------- */
static void sites_init(sites_t *S)
{
    S->sites = (tldr_vec)TLDR_VEC(site_t);
    S->alts = (tldr_vec)TLDR_VEC(int);
    S->subs = (tldr_vec)TLDR_VEC(site_t);
}

static void sites_free(sites_t *S)
{
    tldr_vec_free(&S->sites);
    tldr_vec_free(&S->alts);
    tldr_vec_free(&S->subs);
}

void tldr_perturb_scratch_free(tldr_perturb_scratch *x)
{
    if (!x) return;
    for (size_t r = 0; x->mq && r < x->E->quote.n; r++) tldr_regex_matcher_free(x->mq[r]);
    for (size_t r = 0; x->mp && r < x->E->protect.n; r++) tldr_regex_matcher_free(x->mp[r]);
    free(x->mq);
    free(x->mp);
    tldr_vec_free(&x->words);
    tldr_vec_free(&x->quotes);
    tldr_vec_free(&x->prot);
    free(x->low);
    free(x->heads);
    free(x->wmask);
    free(x->cflags);
    free(x->attr1);
    free(x->noun);
    free(x->maxl);
    free(x->protw);
    free(x->sent);
    for (size_t c = 0; c < TLDR_PERTURB_NCAT; c++) sites_free(&x->S[c]);
    sites_free(&x->tmp);
    free(x->dead);
    free(x->tried);
    free(x->inq);
    tldr_vec_free(&x->fw);
    free(x->fflag);
    free(x->fcw);
    free(x->fkey);
    pt_edits_free(&x->ed);
    free(x->d.key);
    free(x->d.goff);
    tldr_vec_free(&x->d.gpool);
    free(x);
}

tldr_perturb_scratch *tldr_perturb_scratch_new(const tldr_perturb_engine *E)
{
    tldr_perturb_scratch *x = calloc(1, sizeof *x);
    if (!x) return NULL;
    x->E = E;
    x->words = (tldr_vec)TLDR_VEC(size_t);
    x->quotes = (tldr_vec)TLDR_VEC(span_t);
    x->fw = (tldr_vec)TLDR_VEC(size_t);
    x->prot = (tldr_vec)TLDR_VEC(span_t);
    for (size_t c = 0; c < TLDR_PERTURB_NCAT; c++) sites_init(&x->S[c]);
    sites_init(&x->tmp);
    x->ed.ed = (tldr_vec)TLDR_VEC(edit_t);
    x->ed.text = (tldr_vec)TLDR_VEC(char);
    /* the key buffer holds any phrase-table key and any weight-map key */
    size_t key = E->max_key;
    if (E->wmap.maxlen > key) key = E->wmap.maxlen;
    if (E->cmarg.maxlen > key) key = E->cmarg.maxlen;
    x->d.key_cap = key + 1;
    x->d.gpool = (tldr_vec)TLDR_VEC(double);
    x->d.key = malloc(x->d.key_cap);
    x->mq = calloc(E->quote.n + 1, sizeof *x->mq);
    x->mp = calloc(E->protect.n + 1, sizeof *x->mp);
    if (!x->d.key || !x->mq || !x->mp) goto fail;
    for (size_t r = 0; r < E->quote.n; r++)
        if (!(x->mq[r] = tldr_regex_matcher_new(TLDR_VEC_AT(E->quote, tldr_regex *, r)))) goto fail;
    for (size_t r = 0; r < E->protect.n; r++)
        if (!(x->mp[r] = tldr_regex_matcher_new(TLDR_VEC_AT(E->protect, tldr_regex *, r)))) goto fail;
    return x;
fail:
    tldr_perturb_scratch_free(x);
    return NULL;
}

/* ------------------------------------------------------------------ sites ------------- */
/* counting: the counting sites when already found (binding's count swaps reuse them) */
static tldr_status find_sites(tldr_perturb_scratch *x, int cat, sites_t *S, const sites_t *counting)
{
    doc_t *d = &x->d;
    switch (cat) {
    case C_SPATIAL: return pt_spatial_sites(d, S);
    case C_ATTRIBUTE: return pt_attribute_sites(d, S, 0);
    case C_BINDING: return pt_binding_sites(d, S, &x->tmp, counting);
    case C_OBJECT: return pt_object_sites(d, S, C_OBJECT);
    case C_COUNTING: return pt_counting_sites(d, S);
    case C_SMALL: return pt_object_sites(d, S, C_SMALL);
    case C_OCR: return pt_ocr_sites(x, S);
    case C_CF: return pt_negation_sites(d, S);
    default: return TLDR_ERR_ARG;
    }
}

/* the caption (checked: valid UTF-8) analysed, and x->S[c] the sites of cats[c] */
tldr_status pt_analyse(tldr_perturb_scratch *x, const uint8_t *text, size_t len, const int *cats, size_t ncats)
{
    if (!tldr_utf8_valid(text, len, NULL)) return TLDR_ERR_UTF8;
    if (ncats > TLDR_PERTURB_NCAT) return TLDR_ERR_ARG;
    for (size_t c = 0; c < ncats; c++)
        if (cats[c] < 0 || cats[c] >= TLDR_PERTURB_NCAT) return TLDR_ERR_ARG;
    tldr_status st = pt_doc_init(x, text, len);
    for (size_t c = 0; c < TLDR_PERTURB_NCAT; c++) x->S[c].sites.n = x->S[c].alts.n = x->S[c].subs.n = 0;
    size_t pc = SIZE_MAX; /* the position of counting: its sites first, binding reads them */
    for (size_t c = 0; c < ncats; c++)
        if (cats[c] == C_COUNTING) pc = c;
    if (pc != SIZE_MAX && !st) st = find_sites(x, C_COUNTING, &x->S[pc], NULL);
    for (size_t c = 0; c < ncats && !st; c++)
        if (c != pc) st = find_sites(x, cats[c], &x->S[c], pc != SIZE_MAX ? &x->S[pc] : NULL);
    return st;
}

/* ------------------------------------------------------------------ results ----------- */
void tldr_perturb_results_free(tldr_perturb_result *res, size_t n)
{
    if (!res) return;
    for (size_t i = 0; i < n; i++) {
        free(res[i].text);
        free(res[i].edits);
    }
    free(res);
}

/* The negatives of one caption so far, and a set of their texts: open addressing over
 * (hash, index into out), so removing duplicates stays linear. */
typedef struct {
    tldr_vec out; /* tldr_perturb_result */
    uint64_t *h;
    size_t *idx; /* SIZE_MAX: empty slot */
    size_t cap, n;
    size_t bytes; /* text of all results */
} result_set;

static void set_free(result_set *R, int keep_results)
{
    if (!keep_results) tldr_perturb_results_free(R->out.p, R->out.n);
    free(R->h);
    free(R->idx);
}

static uint64_t text_hash(const char *s, size_t n) { return tldr_hash_bytes((const uint8_t *)s, n); }

/* r's text is the caption or an earlier negative */
static int seen(const doc_t *d, const result_set *R, const tldr_perturb_result *r, uint64_t h)
{
    if (r->len == d->len && memcmp(r->text, d->t, d->len) == 0) return 1;
    if (!R->cap) return 0;
    for (size_t i = h & (R->cap - 1); R->idx[i] != SIZE_MAX; i = (i + 1) & (R->cap - 1)) {
        if (R->h[i] != h) continue;
        const tldr_perturb_result *o = &TLDR_VEC_AT(R->out, tldr_perturb_result, R->idx[i]);
        if (o->len == r->len && memcmp(o->text, r->text, r->len) == 0) return 1;
    }
    return 0;
}

static tldr_status set_grow(result_set *R)
{
    size_t nc = R->cap ? R->cap * 2 : 16;
    uint64_t *nh = malloc(nc * sizeof *nh);
    size_t *ni = malloc(nc * sizeof *ni);
    if (!nh || !ni) {
        free(nh);
        free(ni);
        return TLDR_ERR_NOMEM;
    }
    for (size_t i = 0; i < nc; i++) ni[i] = SIZE_MAX;
    for (size_t i = 0; i < R->cap; i++) {
        if (R->idx[i] == SIZE_MAX) continue;
        size_t j = R->h[i] & (nc - 1);
        while (ni[j] != SIZE_MAX) j = (j + 1) & (nc - 1);
        nh[j] = R->h[i];
        ni[j] = R->idx[i];
    }
    free(R->h);
    free(R->idx);
    R->h = nh;
    R->idx = ni;
    R->cap = nc;
    return TLDR_OK;
}

/* r into R unless its text is already there (then r is freed): *kept says which; r is
 * owned by R or freed either way */
static tldr_status keep_result(const doc_t *d, result_set *R, tldr_perturb_result *r, int *kept)
{
    *kept = 0;
    uint64_t h = text_hash(r->text, r->len);
    tldr_status st = TLDR_OK;
    if (seen(d, R, r, h) || ((R->n + 1) * 2 > R->cap && (st = set_grow(R))) || (st = tldr_vec_push(&R->out, r))) {
        free(r->text);
        free(r->edits);
        return st;
    }
    size_t j = h & (R->cap - 1);
    while (R->idx[j] != SIZE_MAX) j = (j + 1) & (R->cap - 1);
    R->h[j] = h;
    R->idx[j] = R->out.n - 1;
    R->n++;
    R->bytes += r->len;
    *kept = 1;
    return TLDR_OK;
}

static tldr_status set_finish(result_set *R, tldr_status st, tldr_perturb_result **res, size_t *nres)
{
    set_free(R, !st);
    if (st) return st;
    *res = R->out.p;
    *nres = R->out.n;
    return TLDR_OK;
}

/* ------------------------------------------------------------------ draw -------------- */
/* the d-th random 64-bit word of category cat of the caption with hash h */
static uint64_t draw_rng(uint64_t seed, uint64_t h, uint64_t cat, uint64_t d)
{
    return tldr_splitmix64(tldr_splitmix64(tldr_splitmix64(seed) ^ h) ^ ((cat << 32) | d));
}

typedef struct {
    tldr_perturb_scratch *x;
    const int *cats;
    uint64_t seed, h;
    unsigned balance;
    uint64_t draws[TLDR_PERTURB_NCAT];  /* draws made per category position */
    size_t live[TLDR_PERTURB_NCAT];     /* sites of each category position not retired */
    size_t dead_off[TLDR_PERTURB_NCAT]; /* per category position: its sites' flags in x->dead */
} draw_state;

/* Draw (site gi, alternative alt, form wf) was written before for this caption: *seen =
 * 1; else it is recorded. Writing it again would give the same negative (now a
 * duplicate) or the same refusal, so the draw is skipped; only the work is saved. */
static tldr_status tried_before(tldr_perturb_scratch *x, size_t gi, size_t alt, size_t wf, int *seen)
{
    uint64_t key = tldr_splitmix64(((uint64_t)gi << 32) ^ ((uint64_t)alt << 16) ^ (uint64_t)(wf + 1)) | 1;
    if ((x->tried_n + 1) * 2 > x->tried_cap) { /* grow (the table is cleared per caption) */
        size_t nc = x->tried_cap ? x->tried_cap * 2 : 64;
        uint64_t *nt = calloc(nc, sizeof *nt);
        if (!nt) return TLDR_ERR_NOMEM;
        for (size_t i = 0; i < x->tried_cap; i++) {
            if (!x->tried[i]) continue;
            size_t j = x->tried[i] & (nc - 1);
            while (nt[j]) j = (j + 1) & (nc - 1);
            nt[j] = x->tried[i];
        }
        free(x->tried);
        x->tried = nt;
        x->tried_cap = nc;
    }
    size_t j = key & (x->tried_cap - 1);
    while (x->tried[j]) {
        if (x->tried[j] == key) {
            *seen = 1;
            return TLDR_OK;
        }
        j = (j + 1) & (x->tried_cap - 1);
    }
    x->tried[j] = key;
    x->tried_n++;
    *seen = 0;
    return TLDR_OK;
}

/* One draw of category position c: *got = 1 when it added a new negative to R. A draw
 * picks the (r mod live)-th site not retired; in a balanced category a proposal the
 * balance test rejects retires its site. */
static tldr_status draw_once(draw_state *D, size_t c, result_set *R, int *got)
{
    tldr_perturb_scratch *x = D->x;
    const sites_t *S = &x->S[c];
    *got = 0;
    uint64_t r = draw_rng(D->seed, D->h, (uint64_t)D->cats[c], D->draws[c]++);
    uint8_t *dead = x->dead + D->dead_off[c];
    size_t k = (size_t)(r % D->live[c]), si = 0;
    for (;; si++)
        if (!dead[si] && k-- == 0) break;
    const site_t *s = &TLDR_VEC_AT(S->sites, site_t, si);
    int bal = (D->balance >> D->cats[c]) & 1u;
    size_t alt;
    if (bal && pt_targeted(s)) { /* balanced: proposed in proportion to the balance target */
        tldr_status st = pt_pick_balanced(&x->d, S, s, D->dead_off[c] + si, tldr_splitmix64(r), &alt);
        if (st) return st;
    } else {
        alt = pt_pick(x->E, S, s, tldr_splitmix64(r));
    }
    size_t wf = SIZE_MAX; /* balanced: the synonym form is drawn too */
    if (bal && (s->cat == C_SPATIAL || s->cat == C_ATTRIBUTE)) {
        wf = pt_written_form(&x->d, s, site_alt(S, s, alt), tldr_splitmix64(r ^ FORM_SALT));
        if (wf == SIZE_MAX) return TLDR_OK; /* no form of the value fits the site */
    }
    if (bal && !pt_accepted(&x->d, S, s, alt, r, wf)) { /* this site proposes no more */
        dead[si] = 1;
        D->live[c]--;
        return TLDR_OK;
    }
    int seen;
    tldr_status st = tried_before(x, D->dead_off[c] + si, alt, wf, &seen);
    if (st || seen) return st;
    tldr_perturb_result rr = {0};
    int made;
    st = pt_candidate(x, S, s, alt, wf, &rr, &made);
    if (st || !made) return st;
    rr.cat = D->cats[c];
    return keep_result(&x->d, R, &rr, got);
}

/* a flag per site of every drawn category, cleared */
static tldr_status clear_dead(draw_state *D, size_t ncats)
{
    tldr_perturb_scratch *x = D->x;
    size_t ndead = 0;
    for (size_t c = 0; c < ncats; c++) {
        D->dead_off[c] = ndead;
        D->live[c] = x->S[c].sites.n;
        ndead += x->S[c].sites.n;
    }
    if (ndead > x->dead_cap) {
        uint8_t *nd = realloc(x->dead, ndead);
        if (!nd) return TLDR_ERR_NOMEM;
        x->dead = nd;
        x->dead_cap = ndead;
    }
    if (ndead) memset(x->dead, 0, ndead);
    if (x->tried_n) memset(x->tried, 0, x->tried_cap * sizeof *x->tried);
    x->tried_n = 0;
    return pt_targets_reset(&x->d, ndead);
}

/* Categories in rotation from a seeded start; a turn draws up to DRAW_TRIES times until it
 * adds a negative; a turn without one, or a category whose sites are all retired, is
 * exhausted. */
static tldr_status draw_loop(draw_state *D, size_t ncats, size_t n, result_set *R)
{
    const tldr_perturb_scratch *x = D->x;
    size_t avail[TLDR_PERTURB_NCAT], na = 0; /* category positions with sites */
    for (size_t c = 0; c < ncats; c++)
        if (x->S[c].sites.n) avail[na++] = c;
    if (!na || !n) return TLDR_OK;
    D->h = tldr_fnv1a64(x->d.t, x->d.len);
    tldr_status st = clear_dead(D, ncats);
    if (st) return st;
    size_t start = (size_t)(draw_rng(D->seed, D->h, ROTATE_CAT, 0) % na), nex = 0;
    int exhausted[TLDR_PERTURB_NCAT] = {0};
    for (size_t k = 0; R->out.n < n && nex < na; k++) {
        size_t ai = (start + k) % na, c = avail[ai];
        if (exhausted[ai]) continue;
        int got = 0;
        for (int t = 0; t < DRAW_TRIES && !got && D->live[c]; t++)
            if ((st = draw_once(D, c, R, &got))) return st;
        if (!got) {
            exhausted[ai] = 1;
            nex++;
        }
    }
    return TLDR_OK;
}

tldr_status tldr_perturb_draw(tldr_perturb_scratch *x, const uint8_t *text, size_t len, const int *cats, size_t ncats,
                              size_t n, uint64_t seed, unsigned balance, tldr_perturb_result **res, size_t *nres)
{
    *res = NULL;
    *nres = 0;
    result_set R = {TLDR_VEC(tldr_perturb_result)};
    tldr_status st = pt_analyse(x, text, len, cats, ncats);
    if (!st) {
        draw_state D = {x, cats, seed, 0, balance};
        st = draw_loop(&D, ncats, n, &R);
    }
    return set_finish(&R, st, res, nres);
}

/* ------------------------------------------------------------------ enumerate --------- */
tldr_status tldr_perturb_enumerate(tldr_perturb_scratch *x, const uint8_t *text, size_t len, int cat,
                                   tldr_perturb_result **res, size_t *nres)
{
    *res = NULL;
    *nres = 0;
    result_set R = {TLDR_VEC(tldr_perturb_result)};
    tldr_status st = pt_analyse(x, text, len, &cat, 1);
    const sites_t *S = &x->S[0];
    int forms = cat == C_SPATIAL || cat == C_ATTRIBUTE; /* every form a value may be written in */
    for (size_t k = 0; k < S->sites.n && !st; k++) {
        const site_t *s = &TLDR_VEC_AT(S->sites, site_t, k);
        for (size_t a = 0; a < s->nalt && !st; a++) {
            for (size_t fk = 0; !st; fk++) {
                size_t force = forms ? pt_form_choice(&x->d, s, site_alt(S, s, a), fk) : SIZE_MAX;
                if ((forms && force == SIZE_MAX) || (!forms && fk)) break;
                tldr_perturb_result r = {0};
                int made, kept;
                st = pt_candidate(x, S, s, a, force, &r, &made);
                if (st || !made) continue;
                r.cat = cat;
                st = keep_result(&x->d, &R, &r, &kept);
                if (!st && R.bytes > CANDIDATE_BYTES_MAX) st = TLDR_ERR_LIMIT;
            }
        }
    }
    return set_finish(&R, st, res, nres);
}
