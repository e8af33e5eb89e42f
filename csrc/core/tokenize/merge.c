/* tokenize/merge.c: the BPE merge loop on one piece, shared by byte-level and
 * character BPE (HF tokenizers' Word::merge_all, tiktoken's byte_pair_merge).
 *
 * The piece's symbols form a doubly linked list over the scratch arrays (id, byte span
 * [st, en), next nx, previous pv); every adjacent pair with a merge is pushed on a binary
 * min-heap keyed by (rank, position); the top is popped, checked to be still current
 * (both symbols alive and the pair still merging to the same id), merged, and the two
 * new neighbour pairs are pushed. O(n log n) for n symbols. A merged symbol covers
 * [left.st, right.en), so every token's byte span is exact by construction.
 */
#include "tokenize/internal.h"

#include <stdlib.h>

/* Room for n symbols and 2n heap entries (the heap never holds more: n - 1 initial
 * pairs, and each merge pops one entry and pushes at most two while removing a symbol). */
tldr_status bpe_scratch_reserve(tldr_bpe_scratch *s, size_t n)
{
    if (n <= s->cap) return TLDR_OK;
    size_t c = s->cap ? 2 * s->cap : 64;
    if (c < n) c = n;
    int32_t *id = realloc(s->id, c * sizeof *id);
    if (id) s->id = id;
    size_t *st = realloc(s->st, c * sizeof *st);
    if (st) s->st = st;
    size_t *en = realloc(s->en, c * sizeof *en);
    if (en) s->en = en;
    size_t *nx = realloc(s->nx, c * sizeof *nx);
    if (nx) s->nx = nx;
    size_t *pv = realloc(s->pv, c * sizeof *pv);
    if (pv) s->pv = pv;
    bpe_heap_entry *h = realloc(s->heap, 2 * c * sizeof *h);
    if (h) s->heap = h;
    if (!id || !st || !en || !nx || !pv || !h) return TLDR_ERR_NOMEM;
    s->cap = c;
    return TLDR_OK;
}

static inline int heap_less(const bpe_heap_entry *a, const bpe_heap_entry *b)
{
    return a->rank < b->rank || (a->rank == b->rank && a->pos < b->pos);
}

static inline void heap_push(tldr_bpe_scratch *s, uint32_t rank, int32_t id, size_t pos)
{
    size_t i = s->hn++;
    bpe_heap_entry e = {rank, id, pos};
    while (i > 0) {
        size_t p = (i - 1) / 2;
        if (!heap_less(&e, &s->heap[p])) break;
        s->heap[i] = s->heap[p];
        i = p;
    }
    s->heap[i] = e;
}

static inline bpe_heap_entry heap_pop(tldr_bpe_scratch *s)
{
    bpe_heap_entry top = s->heap[0];
    bpe_heap_entry last = s->heap[--s->hn];
    size_t i = 0, n = s->hn;
    for (;;) {
        size_t l = 2 * i + 1;
        if (l >= n) break;
        size_t c = (l + 1 < n && heap_less(&s->heap[l + 1], &s->heap[l])) ? l + 1 : l;
        if (!heap_less(&s->heap[c], &last)) break;
        s->heap[i] = s->heap[c];
        i = c;
    }
    s->heap[i] = last;
    return top;
}

/* Push the pair (i, next of i) if it merges. */
static inline void push_pair(const tldr_bpe *b, tldr_bpe_scratch *s, size_t i)
{
    size_t j = s->nx[i];
    if (j == BPE_NONE) return;
    const bpe_pslot *p = bpe_pair_find(b, s->id[i], s->id[j]);
    if (p) heap_push(s, p->rank, p->id, i);
}

/* Merge symbols [0, n) of the scratch (in order; bpe_scratch_reserve(s, n) done) and
 * emit the survivors with their spans. */
tldr_status bpe_merge_and_emit(const tldr_bpe *b, tldr_bpe_scratch *s, size_t n, tldr_bpe_out *out)
{
    int merging = n > 1 && b->pslots;
    if (merging) {
        for (size_t i = 0; i < n; i++) {
            s->nx[i] = i + 1 < n ? i + 1 : BPE_NONE;
            s->pv[i] = i ? i - 1 : BPE_NONE;
        }
        s->hn = 0;
        for (size_t i = 0; i + 1 < n; i++) push_pair(b, s, i);
        while (s->hn) {
            bpe_heap_entry top = heap_pop(s);
            size_t i = top.pos;
            if (s->id[i] < 0) continue; /* the left symbol was merged away */
            size_t j = s->nx[i];
            if (j == BPE_NONE) continue;
            const bpe_pslot *p = bpe_pair_find(b, s->id[i], s->id[j]);
            if (!p || p->id != top.id) continue; /* a neighbour changed since the push */
            s->id[i] = top.id;
            s->en[i] = s->en[j];
            s->id[j] = -1;
            s->nx[i] = s->nx[j];
            if (s->nx[j] != BPE_NONE) s->pv[s->nx[j]] = i;
            if (s->pv[i] != BPE_NONE) push_pair(b, s, s->pv[i]);
            push_pair(b, s, i);
        }
    }
    /* survivors in order (the list ends with BPE_NONE, which is >= n) */
    for (size_t i = 0; i < n; i = merging ? s->nx[i] : i + 1) {
        tldr_status st = bpe_out_push(out, s->id[i], s->st[i], s->en[i]);
        if (st != TLDR_OK) return st;
    }
    return TLDR_OK;
}
