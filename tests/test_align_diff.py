"""tldr._core.token_diff (csrc/core/align/diff.c): Myers' greedy script in linear memory.

The C pass walks a saved trace back when the sequences differ in at most 128 tokens and
splits the problem at the script's middle step otherwise (issue 14, item 1: the trace
alone took 12 GB for 40,000 differences). Both must give exactly the keep vector of the
trace-walking twin (``tldr.perturb._reference.myers_keep``).
"""

import random
import subprocess
import sys

import numpy as np
import pytest

import tldr
from tldr.perturb import _reference as R


def _diff(a, b):
    return tldr._core.token_diff(np.asarray(a, np.int32), np.asarray(b, np.int32))


def _check(a, b):
    keep = _diff(a, b)
    assert np.array_equal(keep, R.myers_keep(a, b)), (a[:20], b[:20])
    return keep


def _adversarial(rng, n):
    """Pairs built to stress the middle split: long runs, periodic sequences, blocks
    moved, reversed, disjoint alphabets, common prefixes and suffixes."""
    x = [rng.randrange(3) for _ in range(n)]
    yield [1] * n, [2] * n
    yield [1] * n, [1] * (n // 2) + [2] * n
    yield [0, 1] * (n // 2), [1, 0] * (n // 2)
    yield x, x[::-1]
    yield x, x[n // 3:] + x[: n // 3]
    yield x, [v + 3 for v in x]
    yield [7] * 5 + x + [8] * 5, [7] * 5 + [v ^ 1 for v in x] + [8] * 5
    yield x, [v if i % 3 else 9 for i, v in enumerate(x)]
    yield [], x
    yield x, []
    yield x[: n // 2], x
    yield [i % 5 for i in range(n)], [i % 7 for i in range(n)]


def test_twin_random_large_d():
    """Random sequences over tiny alphabets with up to a few hundred differences, so
    that the split (D > 128) is taken at several levels."""
    rng = random.Random(14)
    for trial in range(60):
        na, nb = rng.randrange(0, 400), rng.randrange(0, 400)
        k = rng.choice([2, 3, 5, 50])
        a = [rng.randrange(k) for _ in range(na)]
        b = [rng.randrange(k) for _ in range(nb)]
        _check(a, b)


def test_twin_edited_copies():
    """b = a with scattered edits: long snakes between the differences."""
    rng = random.Random(7)
    for trial in range(40):
        a = [rng.randrange(20) for _ in range(rng.randrange(100, 900))]
        b = list(a)
        for _ in range(rng.randrange(0, 300)):
            op = rng.randrange(3)
            i = rng.randrange(len(b) + 1)
            if op == 0:
                b.insert(i, rng.randrange(20))
            elif op == 1 and i < len(b):
                del b[i]
            elif i < len(b):
                b[i] = rng.randrange(20)
        _check(a, b)


@pytest.mark.parametrize("n", [3, 65, 129, 130, 257, 400])
def test_twin_adversarial(n):
    rng = random.Random(n)
    for a, b in _adversarial(rng, n):
        keep = _check(a, b)
        assert keep.dtype == np.uint8 and keep.shape == (len(b),)


def test_lcs_length_and_subsequence():
    rng = random.Random(3)
    for _ in range(20):
        a = [rng.randrange(4) for _ in range(rng.randrange(150, 300))]
        b = [rng.randrange(4) for _ in range(rng.randrange(150, 300))]
        keep = _diff(a, b)
        prev = [0] * (len(b) + 1)
        for i in range(len(a)):
            cur = [0] * (len(b) + 1)
            for j in range(len(b)):
                cur[j + 1] = prev[j] + 1 if a[i] == b[j] else max(prev[j + 1], cur[j])
            prev = cur
        assert keep.sum() == prev[-1]
        it = iter(a)
        assert all(any(x == y for y in it) for x, k in zip(b, keep) if k)


_RSS = """
import resource, sys
import numpy as np
import tldr
n = int(sys.argv[1])
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
keep = tldr._core.token_diff(np.ones(n, np.int32), np.full(n, 2, np.int32))
assert keep.sum() == 0
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before)
"""


def test_memory_linear_in_differences():
    """12,000 differences: the saved trace alone would be 1.15 GB (it was 12.3 GB for
    align_labels(' a' * 20000, ' b' * 20000)); the linear pass needs a few MB."""
    out = subprocess.run([sys.executable, "-c", _RSS, "6000"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    grew_kb = int(out.stdout.strip())
    assert grew_kb < 64 * 1024, f"peak RSS grew by {grew_kb} KiB"


def test_align_labels_many_differences():
    """The issue's case, scaled down: every token differs."""
    tok = tldr.Tokenizer.gpt2()
    enc, lab = tldr.align_labels(" a" * 3000, " b" * 3000, tok)
    assert len(enc.ids) == 3000 and (lab == 0).all()
    enc, lab = tldr.align_labels(" a b" * 1000, " a c" * 1000, tok)
    assert lab.tolist() == [1, 0] * 1000


def test_limit_refused_early():
    """More than 65,536 differences cannot be aligned: refused at once when the lengths
    alone say so, with a message naming the limit; keep is never half-filled."""
    with pytest.raises(tldr.InvalidInputError, match="65536 differences"):
        _diff([], np.ones(70_000, np.int32))
    with pytest.raises(tldr.InvalidInputError, match="differ too much"):
        _diff(np.ones(80_000, np.int32), np.ones(10, np.int32))


def test_limit_refused_after_search():
    """Equal lengths, 66,000 differences: the search stops at step 65,537."""
    with pytest.raises(tldr.InvalidInputError, match="differ too much"):
        _diff(np.ones(33_000, np.int32), np.full(33_000, 2, np.int32))


def test_identical_long_sequences_are_cheap():
    a = np.arange(2_000_000, dtype=np.int32)
    assert _diff(a, a).all()


def test_label_tokens_does_not_need_the_source_encodable():
    """Found by fuzz/py/perturb_labels.py: a caption holding a special token made
    label_tokens refuse its OCR negatives that no longer hold it (the source was
    tokenized too, and refused). Now label_tokens refuses exactly when encoding the
    negative refuses."""
    tok = tldr.Tokenizer.gpt2()
    src = 'A sign that says "<|endoftext|>" next to two dogs.'
    seen = 0
    for x in tldr.Perturber(seed=0).perturb(src, n=8):
        try:
            full = tok.encode(x.text)
        except tldr.TldrError:
            with pytest.raises(tldr.InvalidInputError, match="special token"):
                tldr.label_tokens(x, tok)
            continue
        enc, lab = tldr.label_tokens(x, tok)
        assert np.array_equal(enc.ids, full.ids) and np.array_equal(enc.offsets, full.offsets)
        seen += 1
    assert seen >= 1
