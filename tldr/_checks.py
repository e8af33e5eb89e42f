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
from typing import NamedTuple

import numpy as np

from ._core import DTypeError, InvalidInputError, NonFiniteError

EMPTY_POLICIES = ("error", "skip")


def as_array(obj, name):
    """``np.asarray(obj)``, with NumPy's own refusals (a ragged nested list, an object
    that is no sequence) turned into InvalidInputError naming the argument."""
    try:
        return np.asarray(obj)
    except (ValueError, TypeError) as e:
        raise InvalidInputError(f"{name} must be an array, got {type(obj).__name__} ({e})") from None


def _is_real(a):
    """Float, integer or bool dtype (an empty list arrives as float64, so it passes)."""
    return a.dtype != object and (np.issubdtype(a.dtype, np.floating) or np.issubdtype(a.dtype, np.integer)
                                  or a.dtype == np.bool_ or a.size == 0)


def check_choice(value, choices, name):
    """One of the strings ``choices``."""
    if not (isinstance(value, str) and value in choices):
        raise InvalidInputError(f"{name} must be one of {', '.join(map(repr, choices))}, got {value!r}")
    return value


def check_int(value, name, low=None, high=None):
    """An integer (not a bool) in [low, high]; either bound may be None (open)."""
    ok = not isinstance(value, (bool, np.bool_)) and isinstance(value, numbers.Integral)
    if ok and not ((low is None or value >= low) and (high is None or value <= high)):
        ok = False
    if not ok:
        where = (f" in [{low}, {high}]" if low is not None and high is not None
                 else f" >= {low}" if low is not None else f" <= {high}" if high is not None else "")
        raise InvalidInputError(f"{name} must be an integer{where}, got {value!r}")
    return int(value)


def as_token_ids(ids, vocab_size, name="ids"):
    """Token ids as a flat int64 array, each an integer (not a float, which would be
    truncated, nor a bool) in [0, vocab_size); the value out of range is reported as it
    was given (a negative id as negative, 2**64 as 2**64)."""
    a = as_array(ids, name)
    if a.dtype == object:  # Python ints beyond int64/uint64 (or mixed objects)
        flat = a.reshape(-1).tolist()
        for k, v in enumerate(flat):
            if isinstance(v, (bool, np.bool_)) or not isinstance(v, numbers.Integral):
                raise DTypeError(f"{name}[{k}]: expected an integer token id, got {type(v).__name__} {str(v)[:40]}")
            if not 0 <= v < vocab_size:
                raise InvalidInputError(f"{name}[{k}]: expected a token id in [0, {vocab_size}), got {int(v)}")
        return np.array(flat, dtype=np.int64)
    a = a.reshape(-1)
    if a.size == 0:
        return np.zeros(0, dtype=np.int64)
    if a.dtype.kind not in "iu":
        raise DTypeError(f"{name}: expected integer token ids, got dtype {a.dtype} (floats are not truncated)")
    bad = np.flatnonzero((a < 0) | (a >= vocab_size))
    if bad.size:
        k = int(bad[0])
        raise InvalidInputError(f"{name}[{k}]: expected a token id in [0, {vocab_size}), got {int(a[k])}")
    return a.astype(np.int64, copy=False)


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
    a = as_array(row_splits, name)
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
    a = as_array(scores, name)
    if not _is_real(a):
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
    a = as_array(labels, name)
    if not _is_real(a):
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
    check_choice(empty, EMPTY_POLICIES, "empty")
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
    s = as_array(sentence_ids, name)
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


# --------------------------------------------------------------------------- texts and offsets
def as_list(obj, name, expected="a list"):
    """``list(obj)`` of any iterable; anything else is an InvalidInputError saying what
    was ``expected``."""
    try:
        return list(obj)
    except TypeError:
        raise InvalidInputError(f"{name} must be {expected}, got {type(obj).__name__}") from None


def check_text(text, name="text"):
    """A str."""
    if not isinstance(text, str):
        raise InvalidInputError(f"{name} must be a str, got {type(text).__name__}")
    return text


def check_terminators(terminators):
    """Sentence terminators, a string of characters or a sequence of single characters ->
    tuple of characters (at least one)."""
    try:
        terms = tuple(terminators)
    except TypeError:
        terms = ()
    if not terms or any(not isinstance(c, str) or len(c) != 1 for c in terms):
        raise InvalidInputError(f"terminators must be single characters, got {terminators!r}")
    return terms


def check_texts(texts, name="texts", allow_str=True):
    """A list of str. One str is a list of one when ``allow_str``, else refused (a common
    slip: a caption where a list of captions was meant)."""
    if isinstance(texts, str):
        if not allow_str:
            raise InvalidInputError(f"{name} must be a list of strings, not one string")
        return [texts]
    try:
        texts = list(texts)
    except TypeError:
        raise InvalidInputError(f"{name} must be a list of strings, got {type(texts).__name__}") from None
    for i, t in enumerate(texts):
        if not isinstance(t, str):
            raise InvalidInputError(f"{name}[{i}] is {type(t).__name__}, expected str")
    return texts


def as_offsets(offsets, n, lengths, row_splits=None, name="offsets"):
    """Token ``str`` offsets into texts as (n, 2) int64: integers with
    0 <= start <= end <= len(text) of the token's text.

    ``lengths`` (R,) are the texts' lengths and ``row_splits`` (R+1,) (checked) cut the n
    tokens into texts; without row_splits there is one text.
    """
    off = as_array(offsets, name)
    if off.size == 0:
        off = off.reshape(0, 2)
    if off.ndim != 2 or off.shape != (n, 2):
        raise InvalidInputError(f"{name} must have shape (N, 2) = ({n}, 2) to match the tokens, got {off.shape}")
    if off.size and not np.issubdtype(off.dtype, np.integer):
        raise InvalidInputError(f"{name} must be integers, got dtype {off.dtype}")
    off = off.astype(np.int64)
    lengths = np.asarray(lengths, dtype=np.int64)
    rs = np.array([0, n], dtype=np.int64) if row_splits is None else row_splits
    limit = np.repeat(lengths, np.diff(rs))
    bad = (off[:, 0] < 0) | (off[:, 0] > off[:, 1]) | (off[:, 1] > limit)
    if np.any(bad):
        i = int(np.argmax(bad))
        raise InvalidInputError(
            f"{name} must satisfy 0 <= start <= end <= len(text) of their text; token {i} has "
            f"({int(off[i, 0])}, {int(off[i, 1])}) in a text of length {int(limit[i])}"
        )
    return off


# --------------------------------------------------------------------------- ragged batches
class Ragged(NamedTuple):
    """The checked common arguments of the ragged metrics (see :func:`prepare_ragged`)."""

    probs: np.ndarray           # (N,) float64 in [0, 1]
    labels: np.ndarray          # (N,) bool, True = good (None when not given)
    row_splits: np.ndarray      # (R+1,) int64
    threshold: float
    sentence_ids: np.ndarray    # (N,) as given (None when not given); checked by sentence_splits


def prepare_ragged(probs, labels, row_splits, threshold, empty, sentence_ids=None):
    """Check probs, labels (may be None), row_splits, threshold, the empty-row policy and
    the length of sentence_ids (may be None); with ``empty="skip"`` drop the empty rows
    from all of them."""
    p = as_probs(probs)
    y = as_labels(labels, n=p.shape[0]) if labels is not None else None
    rs = as_row_splits(row_splits, n=p.shape[0])
    t = check_threshold(threshold)
    keep = check_empty(rs, empty)
    sid = None
    if sentence_ids is not None:
        sid = as_array(sentence_ids, "sentence_ids")
        if sid.ndim != 1 or sid.shape[0] != p.shape[0]:
            raise InvalidInputError(f"sentence_ids must have shape (N,) = ({p.shape[0]},), got {sid.shape}")
    if not np.all(keep):
        m, rs = subsplits(keep, rs)
        p = p[m]
        y = None if y is None else y[m]
        sid = None if sid is None else sid[m]
    return Ragged(p, y, rs, t, sid)



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
