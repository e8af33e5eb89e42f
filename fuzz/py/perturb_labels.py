"""Fuzz target: the perturbation engine and the token labels of its negatives.

Input: byte 0 picks the tokenizer (GPT-2 or CLIP, bundled) and the seed; the rest is the
caption (any Unicode, lone surrogates excluded).
Properties: ``Perturber.perturb`` returns negatives or raises a tldr error; for each
negative, ``label_tokens`` (which re-tokenizes only the edited pieces and splices) gives
exactly the ids and offsets of ``tokenizer.encode(negative.text)`` (and refuses exactly
when that encode refuses: a special token in the text), its labels are 0/1
and 0 wherever a token overlaps an inserted character; ``align_labels`` of the source and
the negative gives labels of the negative's length; the edits, applied to the source,
give the negative.
"""

import atheris
import numpy as np
from _common import run

import tldr

TOKS = [tldr.Tokenizer.gpt2(), tldr.Tokenizer.clip()]
PERTURBERS = [tldr.Perturber(seed=s) for s in range(4)]


def test_one_input(data):
    fdp = atheris.FuzzedDataProvider(data)
    k = fdp.ConsumeIntInRange(0, 255)
    tok, pert = TOKS[k & 1], PERTURBERS[(k >> 1) & 3]
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    try:
        negs = pert.perturb(text, n=4)
    except tldr.TldrError:
        return
    for x in negs:
        src = x.source
        rebuilt, pos = [], 0
        for e in x.edits:
            assert pos <= e.start <= e.end <= len(src)
            rebuilt.append(src[pos:e.start])
            rebuilt.append(x.text[e.new_start:e.new_end])
            pos = e.end
        rebuilt.append(src[pos:])
        assert "".join(rebuilt) == x.text, (src, x.text, x.edits)
        try:  # the tokenizer's default policy: a special token in the text is an error
            full = tok.encode(x.text)
        except tldr.TldrError:
            full = None
        try:
            enc, lab = tldr.label_tokens(x, tok)
        except tldr.TldrError:
            assert full is None, x.text  # refused exactly when encode refuses
            continue
        assert full is not None, x.text
        assert np.array_equal(enc.ids, full.ids) and np.array_equal(enc.offsets, full.offsets), (x.text, x.edits)
        assert lab.shape == (len(full.ids),) and set(np.unique(lab).tolist()) <= {0, 1}
        for (s, t), label in zip(full.offsets.tolist(), lab.tolist()):
            if any(e.new_start < t and s < e.new_end for e in x.edits):
                assert label == 0, (x.text, s, t)
        try:
            enc2, lab2 = tldr.align_labels(src, x.text, tok)
        except tldr.TldrError:
            continue
        assert lab2.shape == (len(enc2.ids),)


if __name__ == "__main__":
    run(test_one_input)
