/* vec.h: a growable array of fixed-size elements (the core's one "vector").
 *
 *     tldr_vec v = TLDR_VEC(size_t);
 *     if (tldr_vec_push(&v, &x) != TLDR_OK) ...;
 *     size_t y = TLDR_VEC_AT(v, size_t, 0);
 *     tldr_vec_free(&v);
 *
 * Capacity doubles (first 16 elements); a size that would overflow is TLDR_ERR_NOMEM.
 */
#ifndef TLDR_VEC_H
#define TLDR_VEC_H

#include <stdlib.h>
#include <string.h>

#include "util/common.h"

typedef struct {
    void *p;
    size_t n, cap, elem;
} tldr_vec;

#define TLDR_VEC(T) {NULL, 0, 0, sizeof(T)}
#define TLDR_VEC_AT(v, T, i) (((T *)(v).p)[i])

/* Make room for at least need elements. */
static inline tldr_status tldr_vec_reserve(tldr_vec *v, size_t need)
{
    if (need <= v->cap) return TLDR_OK;
    size_t nc = v->cap ? v->cap : 16;
    while (nc < need) {
        if (nc > SIZE_MAX / 2) return TLDR_ERR_NOMEM;
        nc *= 2;
    }
    if (nc > SIZE_MAX / v->elem) return TLDR_ERR_NOMEM;
    void *np = realloc(v->p, nc * v->elem);
    if (!np) return TLDR_ERR_NOMEM;
    v->p = np;
    v->cap = nc;
    return TLDR_OK;
}

static inline tldr_status tldr_vec_push(tldr_vec *v, const void *x)
{
    if (v->n == v->cap) {
        tldr_status s = tldr_vec_reserve(v, v->n + 1);
        if (s != TLDR_OK) return s;
    }
    memcpy((char *)v->p + v->n * v->elem, x, v->elem);
    v->n++;
    return TLDR_OK;
}

static inline void tldr_vec_free(tldr_vec *v)
{
    free(v->p);
    v->p = NULL;
    v->n = v->cap = 0;
}

#endif
