/* tokenizer_py.h: what the tokenizer's binding (tokenizer.c) lends the binding that
 * runs make_negatives in C (negatives.c): the engine of a BPE object, its spare scratch,
 * and its encode errors as exceptions. */
#ifndef TLDR_TOKENIZER_PY_H
#define TLDR_TOKENIZER_PY_H

#include "binding.h"
#include "tokenize/bpe.h"

/* The engine of a tldr._core.BPE (borrowed: obj keeps it alive) and *modes_out the
 * checked modes (None or bytes, as encode takes them); NULL with an exception otherwise. */
const tldr_bpe *tldr_py_bpe(tldr_module_state *st, PyObject *obj, PyObject *modes, const uint8_t **modes_out);

/* The object's spare scratch (its piece cache warm), or a new one (NULL: MemoryError
 * set); give it back when done (freed when another call put one back first). */
tldr_bpe_scratch *tldr_py_bpe_take_scratch(PyObject *obj);
void tldr_py_bpe_give_scratch(PyObject *obj, tldr_bpe_scratch *s);

/* An encode failure of text as encode_batch raises it (returns NULL). */
PyObject *tldr_py_bpe_raise(tldr_module_state *st, PyObject *obj, tldr_status s, const char *text, size_t len,
                            const tldr_bpe_error *err);

#endif
