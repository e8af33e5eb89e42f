/* perturb_py.h: what the perturbation engine's binding (perturb.c) shares with the
 * binding that runs make_negatives in C (negatives.c): argument intake, the engine of a
 * PerturbEngine object, and its failures as exceptions. */
#ifndef TLDR_PERTURB_PY_H
#define TLDR_PERTURB_PY_H

#include "binding.h"
#include "perturb/perturb.h"

/* What draw and draw_batch share: categories (a sequence of at most 8 indices), n >= 0,
 * seed, balance (a category bit mask in [0, 255]). */
typedef struct {
    int cats[TLDR_PERTURB_NCAT];
    size_t ncats, n;
    uint64_t seed;
    unsigned balance;
} tldr_py_draw_args;

int tldr_py_perturb_draw_args(tldr_module_state *st, PyObject *catobj, Py_ssize_t n, unsigned long long seed,
                              int balance, tldr_py_draw_args *a);

/* A sequence of str: UTF-8 pointers and lengths (borrowed from *seq, a new reference the
 * caller releases). */
typedef struct {
    PyObject *seq;
    const char **texts;
    size_t *lens;
    size_t n;
} tldr_py_texts;

int tldr_py_perturb_texts(tldr_module_state *st, PyObject *obj, tldr_py_texts *T);
void tldr_py_perturb_texts_free(tldr_py_texts *T);

/* a core status of a perturbation call as an exception (returns NULL) */
PyObject *tldr_py_perturb_raise(tldr_module_state *st, tldr_status s, const char *what);

/* The engine of a tldr._core.PerturbEngine (borrowed: obj keeps it alive), or NULL with
 * DTypeError for any other object. */
const tldr_perturb_engine *tldr_py_perturb_engine(tldr_module_state *st, PyObject *obj);

#endif
