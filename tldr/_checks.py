"""Every argument validator of the package, and the segment reductions of ragged arrays.

Validators raise the ``tldr`` exception that names what was expected and what arrived;
modules call these instead of writing their own checks.

A batch of R responses with N tokens in total is stored flat: ``values`` of shape (N,)
and ``row_splits`` (int64, shape (R+1,)): response r owns ``values[row_splits[r]:
row_splits[r+1]]``. ``row_splits`` starts at 0, never decreases and ends at N.

Every reduction here is a difference of cumulative sums (or a ``ufunc.reduceat`` over
non-empty rows only), so there is no Python loop over tokens and empty rows give the
correct empty sum instead of ``reduceat``'s "value at the start index" quirk.
"""

import numbers

import numpy as np

from ._core import DTypeError, InvalidInputError, NonFiniteError

EMPTY_POLICIES = ("error", "skip")


def check_threshold(threshold, name="threshold"):
    """A float in [0, 1] (NaN refused)."""
    if isinstance(threshold, (bool, np.bool_)) or not isinstance(threshold, numbers.Real):
        raise InvalidInputError(f"{name} must be a real number in [0, 1], got {threshold!r}")
    t = float(threshold)
    if not (0.0 <= t <= 1.0):  # also catches NaN
        raise InvalidInputError(f"{name} must be in [0, 1], got {t!r}")
    return t


def as_row_splits(row_splits, n=None, name="row_splits"):
    """Check and return row_splits as a C-contiguous int64 array of shape (R+1,)."""
    a = np.asarray(row_splits)
    if a.dtype == np.bool_ or not (np.issubdtype(a.dtype, np.integer) or a.size == 0):
        raise DTypeError(f"{name} must be an integer array, got dtype {a.dtype}")
    if a.ndim != 1:
        raise InvalidInputError(f"{name} must be 1-D of length R+1, got shape {a.shape}")
    if a.size == 0:
        raise InvalidInputError(f"{name} must have length R+1 >= 1 (it starts at 0), got length 0")
    if a.dtype == np.uint64 and a.size and a.max() > np.iinfo(np.int64).max:
        raise InvalidInputError(f"{name} has values beyond int64")
    a = np.ascontiguousarray(a, dtype=np.int64)
    if a[0] != 0:
        raise InvalidInputError(f"{name} must start at 0, got {int(a[0])}")
    d = np.diff(a)
    if d.size and d.min() < 0:
        i = int(np.argmax(d < 0))
        raise InvalidInputError(
            f"{name} must be non-decreasing, but {name}[{i + 1}] = {int(a[i + 1])} < "
            f"{name}[{i}] = {int(a[i])}"
        )
    if n is not None and a[-1] != n:
        raise InvalidInputError(
            f"{name} must end at the number of tokens N = {n}, got {name}[-1] = {int(a[-1])}"
        )
    return a


def as_scores(scores, name="scores"):
    """1-D finite float64 scores (any real value)."""
    a = np.asarray(scores)
    if a.dtype == object or not (np.issubdtype(a.dtype, np.floating) or np.issubdtype(a.dtype, np.integer)
                                 or a.dtype == np.bool_ or a.size == 0):
        raise DTypeError(f"{name} must be a real array, got dtype {a.dtype}")
    if a.ndim != 1:
        raise InvalidInputError(f"{name} must be 1-D, got shape {a.shape}")
    a = np.asarray(a, dtype=np.float64)
    if not np.all(np.isfinite(a)):
        i = int(np.argmin(np.isfinite(a)))
        raise NonFiniteError(f"{name} must be finite, got {a[i]!r} at index {i}")
    return a


def as_probs(probs, name="probs"):
    """1-D float64 probabilities in [0, 1] (NaN/Inf -> NonFiniteError)."""
    a = as_scores(probs, name)
    if a.size and (a.min() < 0.0 or a.max() > 1.0):
        i = int(np.argmax((a < 0.0) | (a > 1.0)))
        raise InvalidInputError(f"{name} must lie in [0, 1], got {a[i]!r} at index {i}")
    return a


def as_labels(labels, n=None, name="labels"):
    """1-D boolean array ``True = good token`` from labels in {0, 1} (or bool)."""
    a = np.asarray(labels)
    if a.dtype == object or not (np.issubdtype(a.dtype, np.floating) or np.issubdtype(a.dtype, np.integer)
                                 or a.dtype == np.bool_ or a.size == 0):
        raise DTypeError(f"{name} must be an array of 0/1 or bool, got dtype {a.dtype}")
    if a.ndim != 1:
        raise InvalidInputError(f"{name} must be 1-D of length N, got shape {a.shape}")
    if n is not None and a.shape[0] != n:
        raise InvalidInputError(f"{name} has {a.shape[0]} entries but probs has {n}")
    if a.dtype == np.bool_:
        return a
    ok = (a == 0) | (a == 1)
    if not np.all(ok):
        i = int(np.argmin(ok))
        raise InvalidInputError(f"{name} must be 0 (bad) or 1 (good), got {a[i]!r} at index {i}")
    return a == 1


def check_empty(row_splits, empty, what="response"):
    """Apply the empty-row policy: returns the boolean mask of rows to keep."""
    if empty not in EMPTY_POLICIES:
        raise InvalidInputError(f"empty must be one of {EMPTY_POLICIES}, got {empty!r}")
    lengths = np.diff(row_splits)
    nonempty = lengths > 0
    if row_splits.size == 1:
        raise InvalidInputError(f"no {what}s: row_splits describes R = 0 rows")
    if empty == "error" and not np.all(nonempty):
        i = int(np.argmin(nonempty))
        raise InvalidInputError(
            f"{what} {i} has no tokens (row_splits[{i}] == row_splits[{i + 1}] == "
            f"{int(row_splits[i])}); pass empty='skip' to leave empty {what}s out"
        )
    if not np.any(nonempty):
        raise InvalidInputError(f"every {what} is empty: nothing to measure")
    return nonempty


def segment_sum(values, row_splits):
    """Per-row sums of ``values`` (bool/int -> int64 exact; float -> float64), empty rows 0."""
    v = np.asarray(values)
    if v.dtype == np.bool_ or np.issubdtype(v.dtype, np.integer):
        cs = np.zeros(v.shape[0] + 1, dtype=np.int64)
        np.cumsum(v, out=cs[1:], dtype=np.int64)
        return cs[row_splits[1:]] - cs[row_splits[:-1]]
    # Floats: reduceat over non-empty rows (pairwise-free but no cancellation of a
    # global cumsum); empty rows stay 0.
    out = np.zeros(row_splits.shape[0] - 1, dtype=np.float64)
    lengths = np.diff(row_splits)
    ne = lengths > 0
    if np.any(ne):
        out[ne] = np.add.reduceat(v.astype(np.float64, copy=False), row_splits[:-1][ne])
    return out


def segment_min(values, row_splits, empty_value=np.inf):
    """Per-row minimum; empty rows get ``empty_value``."""
    out = np.full(row_splits.shape[0] - 1, empty_value, dtype=np.float64)
    lengths = np.diff(row_splits)
    ne = lengths > 0
    if np.any(ne):
        out[ne] = np.minimum.reduceat(np.asarray(values, dtype=np.float64), row_splits[:-1][ne])
    return out


def row_index(row_splits):
    """Row number of every token, shape (N,)."""
    return np.repeat(np.arange(row_splits.shape[0] - 1, dtype=np.int64), np.diff(row_splits))


def subsplits(keep, row_splits):
    """(token mask, new row_splits) selecting the rows where ``keep`` is True."""
    lengths = np.diff(row_splits)
    tok_mask = np.repeat(keep, lengths)
    new = np.zeros(int(np.count_nonzero(keep)) + 1, dtype=np.int64)
    np.cumsum(lengths[keep], out=new[1:])
    return tok_mask, new


def sentence_splits(sentence_ids, row_splits, name="sentence_ids"):
    """Row splits of the sentences (contiguous runs of equal ids inside a response).

    Returns (sent_splits (S+1,), sentences_per_row (R,)). Ids must be integers and
    non-decreasing inside each response; their values are otherwise free (per-response
    numbering from 0 or one global numbering both work).
    """
    n = int(row_splits[-1])
    s = np.asarray(sentence_ids)
    if s.dtype == np.bool_ or not (np.issubdtype(s.dtype, np.integer) or s.size == 0):
        raise DTypeError(f"{name} must be an integer array, got dtype {s.dtype}")
    if s.ndim != 1 or s.shape[0] != n:
        raise InvalidInputError(f"{name} must have shape (N,) = ({n},), got {s.shape}")
    s = s.astype(np.int64, copy=False)
    start = np.zeros(n, dtype=bool)
    if n:
        start[1:] = s[1:] != s[:-1]
        row_start = row_splits[:-1][np.diff(row_splits) > 0]
        inner = np.ones(n, dtype=bool)
        inner[row_start] = False
        dec = np.zeros(n, dtype=bool)
        dec[1:] = s[1:] < s[:-1]
        bad = dec & inner
        if np.any(bad):
            i = int(np.argmax(bad))
            raise InvalidInputError(
                f"{name} must be non-decreasing inside each response; token {i} has id "
                f"{int(s[i])} after {int(s[i - 1])}"
            )
        start[row_start] = True
    starts = np.flatnonzero(start)
    sent_splits = np.append(starts, n).astype(np.int64)
    # sentences per row: number of sentence starts inside each row
    cs = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(start, out=cs[1:])
    per_row = cs[row_splits[1:]] - cs[row_splits[:-1]]
    return sent_splits, per_row



# ---- token head: hidden states, labels, masks, responses, hyper-parameters -------------
# (used by tldr/head/; the C binding repeats the array checks for direct _core callers)

#: The largest finite float32: hyper-parameters are used as float32 in C, so a larger
#: value (lr=1e39) would silently become Inf there.
FLOAT32_MAX = float(np.finfo(np.float32).max)


def as_hidden(H):
    """H in a dtype the head's kernels read without copying.

    float32 and float16 pass through; ``ml_dtypes.bfloat16`` is viewed as its uint16 bit
    pattern (no copy); uint16 is taken to hold bfloat16 bits already. Other dtypes are
    refused by the kernels with ``tldr.DTypeError`` (a large array is never copied
    silently).
    """
    arr = H if isinstance(H, np.ndarray) else np.asarray(H)
    if arr.dtype.name == "bfloat16":
        return arr.view(np.uint16)
    return arr


def hidden_rows(H):
    """N, the number of rows of hidden states H of shape (N, D)."""
    if not hasattr(H, "ndim") or H.ndim != 2:
        raise InvalidInputError(
            f"expected hidden states of shape (N, D), got {getattr(H, 'shape', type(H).__name__)}")
    return H.shape[0]


def as_binary(values, what, n, k):
    """values as uint8 0/1 of shape (n,) (k None or 1) or (n, k); either byte order."""
    a = np.asarray(values)
    if a.dtype.kind not in "biuf":
        raise DTypeError(f"expected {what} as bool, integer or float 0/1 values, got dtype {a.dtype}")
    expect = (n,) if k in (None, 1) else (n, k)
    if a.shape != expect and not (k == 1 and a.shape == (n, 1)):
        raise InvalidInputError(f"expected {what} of shape {expect} (one per row of H), got {a.shape}")
    ok = (a == 0) | (a == 1)
    if not ok.all():
        bad = int(np.flatnonzero(~ok.reshape(-1))[0])
        raise InvalidInputError(f"{what} must be 0 or 1, got {a.reshape(-1)[bad].item()!r} at flat index {bad}")
    return a.astype(np.uint8).reshape(expect)


def response_splits(n, row_splits=None, lengths=None):
    """Row splits (R+1,) of the responses over N rows, from exactly one of ``row_splits``
    (R+1 values from 0 to N) or ``lengths`` (R non-negative counts summing to N)."""
    if (row_splits is None) == (lengths is None):
        raise InvalidInputError("give exactly one of row_splits or lengths")
    if lengths is not None:
        lens = np.asarray(lengths)
        if lens.ndim != 1 or not np.issubdtype(lens.dtype, np.integer) or (lens < 0).any():
            raise InvalidInputError("lengths must be a 1-D array of non-negative integers")
        splits = np.concatenate([[0], np.cumsum(lens, dtype=np.int64)])
    else:
        splits = as_row_splits(row_splits)
        if splits[-1] != n:
            raise InvalidInputError(f"row_splits must end at N={n}, got {int(splits[-1])}")
    if splits[-1] != n:
        raise InvalidInputError(f"responses cover {int(splits[-1])} rows but H has {n}")
    return splits


def check_float32(value, name, low=0.0, low_open=False, high=FLOAT32_MAX, high_open=False):
    """A real number in [low, high] (open ends when asked) that float32 holds finite."""
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
        raise InvalidInputError(f"{name} must be a real number, got {value!r}")
    v = float(value)
    lo_ok = v > low if low_open else v >= low
    hi_ok = v < high if high_open else v <= high
    if not (lo_ok and hi_ok and abs(v) <= FLOAT32_MAX):  # also catches NaN
        lo = "(" if low_open else "["
        hi = ")" if high_open else "]"
        raise InvalidInputError(
            f"{name} must lie in {lo}{low:g}, {high:g}{hi} and be finite in float32 (|x| <= {FLOAT32_MAX:.4g}), "
            f"got {v!r}")
    if low_open and low == 0.0 and np.float32(v) == 0:
        raise InvalidInputError(f"{name} must stay above 0 in float32 (>= 1.4e-45), got {v!r}")
    return v
