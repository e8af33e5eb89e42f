"""Metrics of a token-level reward model over ragged token arrays.

Conventions (PAPER.md, "Metrics"):

* ``probs`` (N,) are the model's P(good) per response token, in [0, 1].
* ``labels`` (N,) are the true token labels: 1 (or True) = good, 0 (or False) = bad.
* ``row_splits`` (R+1,) int64 cut the N tokens into R responses (see ``tldr._checks``).
* A token is *predicted good* when ``prob >= threshold`` (default 0.5).
* ``empty="error"`` (default) refuses responses without tokens; ``empty="skip"`` leaves
  them out of every count and mean (they have no tokens to be right or wrong about).

Every function is vectorised (cumulative sums over the flat arrays); none loops over
tokens in Python. See docs/evaluation.md for the formulas.
"""

import dataclasses
import math
import numbers

import numpy as np

from . import _core
from ._core import InvalidInputError
from ._checks import (
    as_labels,
    as_probs,
    as_row_splits,
    as_scores,
    check_empty,
    check_threshold,
    segment_min,
    segment_sum,
    sentence_splits,
    subsplits,
)

__all__ = [
    "AGGREGATES",
    "token_accuracy",
    "sentence_ids",
    "sentence_accuracy",
    "response_scores",
    "response_accuracy",
    "average_precision",
    "precision_recall_f1",
    "PRF",
    "summary",
    "by_category",
    "PaperRow",
    "paper_row",
    "fit_temperature",
    "apply_temperature",
    "expected_calibration_error",
    "ReliabilityData",
    "reliability_data",
    "ThresholdChoice",
    "threshold_for",
]

AGGREGATES = ("veto", "count", "min", "mean_log")

# Floor used wherever a log of a probability is taken (mean_log, temperature fitting).
_LOG_EPS = 1e-12


# --------------------------------------------------------------------------- helpers
def _prep(probs, labels, row_splits, threshold, empty, extra=None):
    """Validate the common arguments and drop empty rows when empty='skip'.

    ``extra`` is an optional per-token array (sentence ids) masked the same way.
    """
    p = as_probs(probs)
    y = as_labels(labels, n=p.shape[0]) if labels is not None else None
    rs = as_row_splits(row_splits, n=p.shape[0])
    t = check_threshold(threshold)
    keep = check_empty(rs, empty)
    if not np.all(keep):
        m, rs = subsplits(keep, rs)
        p = p[m]
        if y is not None:
            y = y[m]
        if extra is not None:
            extra = np.asarray(extra)
            if extra.ndim != 1 or extra.shape[0] != m.shape[0]:
                raise InvalidInputError(
                    f"sentence_ids must have shape (N,) = ({m.shape[0]},), got {extra.shape}"
                )
            extra = extra[m]
    return p, y, rs, t, extra


def _per_row_or_mean(values, per_response):
    return values if per_response else float(np.mean(values))


def _segment_counts_numpy(p, y, rs, t):
    """Reference twin of the C kernel ``_core._metrics_segment_counts``: per row, the
    number of predicted-bad tokens (p < t), truly bad tokens (label 0) and tokens whose
    predicted label equals the true one (zeros without labels)."""
    pred_bad = segment_sum(p < t, rs)
    if y is None:
        zero = np.zeros_like(pred_bad)
        return pred_bad, zero, zero.copy()
    return pred_bad, segment_sum(~y, rs), segment_sum((p >= t) == y, rs)


def _segment_counts(p, y, rs, t):
    """Per-row counts (pred_bad, true_bad, correct) in one C pass over validated arrays."""
    return _core._metrics_segment_counts(p, y, rs, t)


# --------------------------------------------------------------------------- accuracy
def token_accuracy(probs, labels, row_splits, threshold=0.5, *, empty="error", per_response=False):
    """A_T: per response the share of tokens whose predicted label equals the true one;
    the mean over responses (or the (R,) per-response values with ``per_response=True``).

    >>> token_accuracy([0.9, 0.2, 0.8, 0.7], [1, 0, 1, 0], [0, 2, 4])
    0.75
    """
    p, y, rs, t, _ = _prep(probs, labels, row_splits, threshold, empty)
    _, _, correct = _segment_counts(p, y, rs, t)
    return _per_row_or_mean(correct / np.diff(rs), per_response)


def sentence_accuracy(probs, labels, row_splits, sentence_ids, threshold=0.5, *, empty="error",
                      per_response=False):
    """A_S: a sentence is bad if any of its tokens is bad (for the truth: any label 0; for
    the prediction: any prob < threshold). Per response the share of sentences whose
    predicted label equals the true one; the mean over responses.

    ``sentence_ids`` (N,) number the sentences; they must not decrease inside a response
    (per-response numbering from 0, as :func:`sentence_ids` returns, or a global one).
    """
    if sentence_ids is None:
        raise InvalidInputError("sentence_accuracy needs sentence_ids (see tldr.metrics.sentence_ids)")
    p, y, rs, t, sid = _prep(probs, labels, row_splits, threshold, empty, extra=sentence_ids)
    ss, per_row = sentence_splits(sid, rs)
    pred_bad, true_bad, _ = _segment_counts(p, y, ss, t)
    true_bad, pred_bad = true_bad > 0, pred_bad > 0
    srs = np.zeros(per_row.shape[0] + 1, dtype=np.int64)
    np.cumsum(per_row, out=srs[1:])
    acc = segment_sum(true_bad == pred_bad, srs) / per_row
    return _per_row_or_mean(acc, per_response)


def response_scores(probs, row_splits, aggregate="veto", threshold=0.5, *, k=1, empty="error"):
    """Response-level score in [0, 1] (higher = better) from token probabilities.

    aggregate:
      * ``"veto"``: 1 if no token has prob < threshold, else 0 (the paper's rule).
      * ``"count"``: 1 if fewer than ``k`` tokens have prob < threshold, else 0
        (``k=1`` is the veto).
      * ``"min"``: the smallest token probability.
      * ``"mean_log"``: exp(mean log prob), the geometric mean of the token
        probabilities (probabilities floored at 1e-12 before the log).

    Returns (R,) float64 (empty rows dropped when ``empty="skip"``).
    """
    p, _, rs, t, _ = _prep(probs, None, row_splits, threshold, empty)
    return _response_scores(p, rs, aggregate, t, k)


def _check_k(k):
    if isinstance(k, (bool, np.bool_)) or not isinstance(k, numbers.Integral) or k < 1:
        raise InvalidInputError(f"k must be an integer >= 1, got {k!r}")
    return int(k)


def _response_scores(p, rs, aggregate, t, k):
    if aggregate not in AGGREGATES:
        raise InvalidInputError(f"aggregate must be one of {AGGREGATES}, got {aggregate!r}")
    k = _check_k(k)
    if aggregate == "veto":
        return (_segment_counts(p, None, rs, t)[0] == 0).astype(np.float64)
    if aggregate == "count":
        return (_segment_counts(p, None, rs, t)[0] < k).astype(np.float64)
    if aggregate == "min":
        return segment_min(p, rs)
    logp = np.log(np.maximum(p, _LOG_EPS))
    return np.exp(segment_sum(logp, rs) / np.diff(rs))


def response_accuracy(probs, labels, row_splits, threshold=0.5, aggregate="veto", *, k=1,
                      response_threshold=None, empty="error", per_response=False):
    """A_R: a response is truly bad if any token label is 0; it is predicted good when its
    :func:`response_scores` value is >= ``response_threshold``. The share of responses
    predicted right (``per_response=True``: the (R,) boolean array of right/wrong).

    ``veto`` and ``count`` scores are 0/1 decisions (``response_threshold`` is ignored).
    ``min`` and ``mean_log`` compare their score with ``response_threshold``, which
    defaults to ``threshold``; ``min`` at the same threshold equals the veto.
    """
    p, y, rs, t, _ = _prep(probs, labels, row_splits, threshold, empty)
    scores = _response_scores(p, rs, aggregate, t, k)
    if aggregate in ("veto", "count"):
        pred_good = scores > 0.5
    else:
        rt = t if response_threshold is None else check_threshold(response_threshold,
                                                                  "response_threshold")
        pred_good = scores >= rt
    true_good = _segment_counts(p, y, rs, t)[1] == 0
    right = pred_good == true_good
    return right if per_response else float(np.mean(right))


# --------------------------------------------------------------------------- sentences
_WS_CODEPOINTS = None


def _whitespace_codepoints():
    global _WS_CODEPOINTS
    if _WS_CODEPOINTS is None:
        _WS_CODEPOINTS = np.array([c for c in range(0x3001) if chr(c).isspace()], dtype=np.uint32)
    return _WS_CODEPOINTS


# Markers byte-level / SentencePiece vocabularies put in front of a word.
_SPACE_MARKERS = ("\u2581", "\u0120", "\u010a", " ", "\t", "\n")


def _ends_from_text(texts, offsets, rs, terminators):
    """Sentence ends from the characters: a token ends a sentence when its last
    non-space character is a terminator and the character after it is whitespace or
    the end of the text."""
    r = rs.shape[0] - 1
    if isinstance(texts, str):
        texts = [texts]
    texts = list(texts)
    if len(texts) != r:
        raise InvalidInputError(f"texts has {len(texts)} entries but there are {r} responses")
    lens = np.fromiter((len(s) for s in texts), dtype=np.int64, count=r)
    n = int(rs[-1])
    off = np.asarray(offsets)
    if off.ndim != 2 or off.shape != (n, 2):
        raise InvalidInputError(f"offsets must have shape (N, 2) = ({n}, 2), got {off.shape}")
    off = off.astype(np.int64)
    row_len = np.repeat(lens, np.diff(rs))
    if n and (off.min() < 0 or np.any(off[:, 1] > row_len) or np.any(off[:, 0] > off[:, 1])):
        raise InvalidInputError("offsets must satisfy 0 <= start <= end <= len(text) of their response")
    # One joined text; "\n" between responses is whitespace, so a terminator at the end
    # of a response is followed by whitespace like any other sentence end.
    joined = "\n".join(texts) + "\n"
    base = np.zeros(r, dtype=np.int64)
    np.cumsum(lens[:-1] + 1, out=base[1:])
    cp = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    is_ws = np.isin(cp, _whitespace_codepoints())
    is_term = np.isin(cp, np.array([ord(c) for c in terminators], dtype=np.uint32))
    idx = np.where(is_ws, -1, np.arange(cp.shape[0], dtype=np.int64))
    last_nonws = np.maximum.accumulate(idx) if idx.size else idx
    g = off + np.repeat(base, np.diff(rs))[:, None]
    nonempty = g[:, 1] > g[:, 0]
    end_m1 = np.maximum(g[:, 1] - 1, 0)
    j = last_nonws[end_m1] if n else np.zeros(0, dtype=np.int64)
    term = nonempty & (j >= g[:, 0]) & is_term[np.maximum(j, 0)]
    followed = is_ws[g[:, 1]] if n else np.zeros(0, dtype=bool)
    blank = ~(nonempty & (j >= g[:, 0]))  # no non-space character in the token
    return term & followed, blank


def _ends_from_tokenizer(ids, rs, tokenizer, terminators):
    """Sentence ends from single-token surfaces: a token whose surface (right-stripped)
    ends with a terminator ends a sentence when it also ends with whitespace, is the last
    token of its response, or the next token starts with whitespace (or a word marker)."""
    n = ids.shape[0]
    if n == 0:
        return np.zeros(0, dtype=bool), np.zeros(0, dtype=bool)
    uniq, inv = np.unique(ids, return_inverse=True)
    has_decode = hasattr(tokenizer, "decode")
    has_piece = hasattr(tokenizer, "id_to_token")
    if not (has_decode or has_piece):
        raise InvalidInputError("tokenizer must have decode(ids) or id_to_token(id)")
    term_u = np.zeros(uniq.shape[0], dtype=bool)
    blank_u = np.zeros(uniq.shape[0], dtype=bool)
    lead_u = np.zeros(uniq.shape[0], dtype=bool)
    trail_u = np.zeros(uniq.shape[0], dtype=bool)
    # A loop over the distinct ids (at most the vocabulary), never over tokens.
    for i, tid in enumerate(uniq.tolist()):
        surf = tokenizer.decode([tid]) if has_decode else ""
        piece = tokenizer.id_to_token(tid) if has_piece else None
        piece = piece if isinstance(piece, str) else ""
        if not has_decode:
            surf = piece
            for mk in _SPACE_MARKERS[:3]:
                surf = surf.replace(mk, " ")
        term_u[i] = surf.rstrip().endswith(terminators)
        lead_u[i] = surf[:1].isspace() or piece.startswith(_SPACE_MARKERS)
        trail_u[i] = surf[-1:].isspace()
        blank_u[i] = not surf.strip()
    term = term_u[inv]
    next_lead = np.zeros(n, dtype=bool)
    next_lead[:-1] = lead_u[inv][1:]
    last = np.zeros(n, dtype=bool)
    ends = rs[1:][np.diff(rs) > 0] - 1
    last[ends] = True
    return term & (trail_u[inv] | next_lead | last), blank_u[inv]


def sentence_ids(encoding_or_batch, tokenizer=None, *, texts=None, terminators=(".",),
                 row_splits=None):
    """Sentence number of every token, counted from 0 inside each response: (N,) int64.

    ``encoding_or_batch`` is an Encoding (``.ids``, ``.offsets``), a batch (``.ids``,
    ``.offsets``, ``.row_splits``) or a plain array of ids (then ``row_splits`` gives the
    responses; default: one response). The token that ends a sentence belongs to it, and
    so do whitespace-only tokens after it (a new sentence starts at the next token with a
    visible character).

    Two ways to find the ends:
      * with ``texts`` (the response strings) and offsets: from the characters. A token
        ends a sentence when its last non-space character is one of ``terminators`` and
        the next character is whitespace or the end of the text ("3.5" and "e.g.x" do not
        split).
      * with ``tokenizer`` (``decode([id])`` and/or ``id_to_token(id)``): from the token
        surfaces, the same rule with "next character" read from the next token.

    ``terminators`` is a string of characters or a sequence of single characters
    (default: the period, as in the paper; pass ``".!?"`` for all sentence ends).
    """
    terminators = tuple(terminators)  # a string is its characters
    if not terminators or any(not isinstance(c, str) or len(c) != 1 for c in terminators):
        raise InvalidInputError(f"terminators must be single characters, got {terminators!r}")
    obj = encoding_or_batch
    offsets = None
    if hasattr(obj, "ids"):
        ids = np.asarray(obj.ids)
        offsets = getattr(obj, "offsets", None)
        rs_obj = getattr(obj, "row_splits", None)
        if rs_obj is not None:
            row_splits = rs_obj
    else:
        ids = np.asarray(obj)
    if ids.ndim != 1:
        raise InvalidInputError(f"ids must be 1-D, got shape {ids.shape}")
    if ids.size and not np.issubdtype(ids.dtype, np.integer):
        raise InvalidInputError(f"ids must be integers, got dtype {ids.dtype}")
    ids = ids.astype(np.int64, copy=False)
    n = ids.shape[0]
    rs = as_row_splits([0, n] if row_splits is None else row_splits, n=n)
    if texts is not None and offsets is not None:
        ends, blank = _ends_from_text(texts, offsets, rs, terminators)
    elif tokenizer is not None:
        ends, blank = _ends_from_tokenizer(ids, rs, tokenizer, terminators)
    else:
        raise InvalidInputError("sentence_ids needs texts= (with offsets) or a tokenizer")
    # A token starts a new sentence when it has a visible character and the previous
    # visible token of its response ended one: whitespace-only tokens after a period
    # stay with the sentence it ends (no blank trailing "sentences").
    ar = np.arange(n, dtype=np.int64)
    prev_vis = np.full(n, -1, dtype=np.int64)
    if n:
        acc = np.maximum.accumulate(np.where(blank, -1, ar))
        prev_vis[1:] = acc[:-1]
    row_start = np.repeat(rs[:-1], np.diff(rs))
    starts = ~blank & (prev_vis >= row_start) & ends[np.maximum(prev_vis, 0)] if n else np.zeros(0, bool)
    ex = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(starts, out=ex[1:])
    return ex[1:] - ex[row_start]


# --------------------------------------------------------------------------- ranking
def _ap_numpy(target, key):
    """Average precision of boolean ``target`` ranked by ``key`` (higher = more positive),
    with scikit-learn's tie handling: one operating point per distinct key value,
    AP = sum_k (R_k - R_{k-1}) P_k. Reference twin of ``_core._metrics_average_precision``
    (which radix-sorts instead of argsort)."""
    order = np.argsort(key, kind="stable")[::-1]
    ks = key[order]
    ts = target[order]
    n = ks.shape[0]
    distinct = np.flatnonzero(ks[1:] != ks[:-1])
    thr = np.append(distinct, n - 1)
    tps = np.cumsum(ts, dtype=np.int64)[thr]
    fps = (thr + 1) - tps
    precision = tps / (tps + fps)
    recall = tps / tps[-1]
    drec = np.diff(recall, prepend=0.0)
    return float(np.sum(drec * precision))


def average_precision(scores, labels, positive="bad"):
    """Token-level average precision (the paper's mAP).

    ``scores`` (N,) are P(good) (or any real score, higher = better); ``labels`` 1 = good,
    0 = bad. ``positive="bad"``: AP for detecting bad tokens, ranking by ascending score
    (mAP(neg), what scikit-learn gives for ``average_precision_score(1 - labels,
    -scores)``); ``positive="good"``: AP for good tokens (mAP(pos)). Ties are one
    operating point, as in scikit-learn. No positive token -> InvalidInputError.
    """
    raw = np.asarray(scores)
    # float32 scores go to the kernel as they are (smaller keys, exact ranking).
    s = raw if (raw.dtype == np.float32 and raw.ndim == 1) else as_scores(scores)
    y = as_labels(labels, n=s.shape[0])
    if positive not in ("bad", "good"):
        raise InvalidInputError(f"positive must be 'bad' or 'good', got {positive!r}")
    target = ~y if positive == "bad" else y
    if s.shape[0] == 0:
        raise InvalidInputError("average_precision of zero tokens is undefined")
    if not np.any(target):
        raise InvalidInputError(f"no {positive} token among the labels: average precision is undefined")
    return _core._metrics_average_precision(s, target, positive == "good")


@dataclasses.dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 for bad-token detection (counts included)."""

    precision: float
    recall: float
    f1: float
    tp: int
    fp: int
    fn: int


def precision_recall_f1(probs, labels, threshold=0.5):
    """Precision/recall/F1 of flagging bad tokens (flagged = prob < threshold, truth =
    label 0). A 0/0 ratio is 0.0 (scikit-learn's ``zero_division=0``)."""
    p = as_probs(probs)
    y = as_labels(labels, n=p.shape[0])
    t = check_threshold(threshold)
    flag = p < t
    bad = ~y
    tp = int(np.count_nonzero(flag & bad))
    fp = int(np.count_nonzero(flag & y))
    fn = int(np.count_nonzero(~flag & bad))
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return PRF(prec, rec, f1, tp, fp, fn)


# --------------------------------------------------------------------------- tables
@dataclasses.dataclass(frozen=True)
class PaperRow:
    """One row of the paper's main table, as fractions in [0, 1] (``format()`` prints
    percentages like the paper). ``A_S`` is NaN without sentence ids."""

    A_T: float
    A_S: float
    A_R: float
    mAP_neg: float
    mAP_pos: float
    n_responses: int
    n_tokens: int

    def format(self):
        def pc(x):
            return "  n/a" if math.isnan(x) else f"{100 * x:5.1f}"

        return (f"A_T {pc(self.A_T)} | A_S {pc(self.A_S)} | A_R {pc(self.A_R)} | "
                f"mAP(neg|pos) {pc(self.mAP_neg).strip()}|{pc(self.mAP_pos).strip()}")

    __str__ = format


def paper_row(probs, labels, row_splits, sentence_ids=None, threshold=0.5, *, aggregate="veto",
              empty="error"):
    """The paper's table row (A_T, A_S, A_R, mAP(neg), mAP(pos)) in one call.

    AP is NaN when there is no bad (or no good) token at all."""
    p, y, rs, t, sid = _prep(probs, labels, row_splits, threshold, empty, extra=sentence_ids)
    a_t = token_accuracy(p, y, rs, t)
    a_s = float("nan") if sid is None else sentence_accuracy(p, y, rs, sid, t)
    a_r = response_accuracy(p, y, rs, t, aggregate)
    # float32 inputs rank on float32 keys (exact: p was widened from them), which the AP
    # kernel sorts in fewer radix passes.
    pa = p.astype(np.float32) if getattr(probs, "dtype", None) == np.float32 else p
    ap_bad, ap_good = _core._metrics_average_precision_pair(pa, y)  # one sort for both
    return PaperRow(a_t, a_s, a_r, ap_bad, ap_good, int(rs.shape[0] - 1), int(p.shape[0]))


def summary(probs, labels, row_splits, sentence_ids=None, threshold=0.5, *, aggregate="veto",
            empty="error"):
    """Every metric at once, as a dict of floats/ints: A_T, A_S, A_R, mAP_neg, mAP_pos,
    precision_bad, recall_bad, f1_bad, n_responses, n_tokens, n_bad_tokens,
    bad_response_share."""
    p, y, rs, t, sid = _prep(probs, labels, row_splits, threshold, empty, extra=sentence_ids)
    row = paper_row(p, y, rs, sid, t, aggregate=aggregate)
    prf = precision_recall_f1(p, y, t)
    out = dataclasses.asdict(row)
    out.update(precision_bad=prf.precision, recall_bad=prf.recall, f1_bad=prf.f1,
               n_bad_tokens=int(np.count_nonzero(~y)),
               bad_response_share=float(np.mean(segment_sum(~y, rs) > 0)))
    return out


def by_category(probs, labels, row_splits, categories, sentence_ids=None, threshold=0.5, *,
                aggregate="veto", empty="error"):
    """:func:`summary` per category: ``categories`` is a (R,) array (one label per
    response, any hashable dtype); returns {category: summary dict}, in sorted order, plus
    the key ``"all"`` for the whole set (unless a category is itself named "all")."""
    p, y, rs0, t, sid = _prep(probs, labels, row_splits, threshold, empty, extra=sentence_ids)
    cats = np.asarray(categories)
    r_all = as_row_splits(row_splits).shape[0] - 1
    if cats.ndim != 1 or cats.shape[0] != r_all:
        raise InvalidInputError(f"categories must have shape (R,) = ({r_all},), got {cats.shape}")
    if empty == "skip":
        cats = cats[np.diff(as_row_splits(row_splits)) > 0]
    out = {}
    for c in np.unique(cats):
        m, rs = subsplits(cats == c, rs0)
        key = c.item() if hasattr(c, "item") else c
        out[key] = summary(p[m], y[m], rs, None if sid is None else sid[m], t, aggregate=aggregate)
    if "all" not in out:
        out["all"] = summary(p, y, rs0, sid, t, aggregate=aggregate)
    return out


# --------------------------------------------------------------------------- calibration
def _logits(probs, from_logits):
    if from_logits:
        return as_scores(probs, "logits")
    p = as_probs(probs)
    p = np.clip(p, _LOG_EPS, 1.0 - _LOG_EPS)
    return np.log(p) - np.log1p(-p)


def _sigmoid(z):
    # exp(-|z|) never overflows; e/(1+e) keeps full relative precision for z << 0.
    e = np.exp(-np.abs(z))
    r = 1.0 / (1.0 + e)
    return np.where(z >= 0, r, e * r)


def fit_temperature(probs, labels, *, from_logits=False, bounds=(0.01, 100.0), tol=1e-10):
    """Temperature T > 0 minimising the mean binary cross-entropy of sigmoid(z / T) on
    validation tokens, z = logit(prob) (or the logits themselves with ``from_logits``).

    The loss is convex in beta = 1/T, so a safeguarded Newton iteration on beta finds the
    optimum; it is clipped to ``bounds`` (the optimum lies at a bound when the scores
    are uninformative or all labels agree).
    """
    z = _logits(probs, from_logits)
    y = as_labels(labels, n=z.shape[0]).astype(np.float64)
    if z.shape[0] == 0:
        raise InvalidInputError("fit_temperature needs at least one token")
    tmin, tmax = float(bounds[0]), float(bounds[1])
    if not (0 < tmin < tmax < math.inf):
        raise InvalidInputError(f"bounds must satisfy 0 < low < high < inf, got {bounds!r}")

    def grad_hess(beta):
        s = _sigmoid(beta * z)
        return float(np.mean((s - y) * z)), float(np.mean(s * (1.0 - s) * z * z))

    lo, hi = 1.0 / tmax, 1.0 / tmin
    if grad_hess(lo)[0] >= 0:
        return tmax
    if grad_hess(hi)[0] <= 0:
        return tmin
    beta = min(max(1.0, lo), hi)
    for _ in range(200):
        g, h = grad_hess(beta)
        if g > 0:
            hi = beta
        else:
            lo = beta
        step = beta - g / h if h > 0 else math.nan
        if not (lo < step < hi):
            step = 0.5 * (lo + hi)
        if abs(step - beta) <= tol * beta or hi - lo <= tol * beta:
            beta = step
            break
        beta = step
    return 1.0 / beta


def apply_temperature(probs, temperature, *, from_logits=False):
    """sigmoid(z / T): calibrated probabilities."""
    if not isinstance(temperature, numbers.Real) or not (0 < float(temperature) < math.inf):
        raise InvalidInputError(f"temperature must be a positive finite number, got {temperature!r}")
    return _sigmoid(_logits(probs, from_logits) / float(temperature))


def _check_bins(n_bins):
    if isinstance(n_bins, (bool, np.bool_)) or not isinstance(n_bins, numbers.Integral) or n_bins < 1:
        raise InvalidInputError(f"n_bins must be an integer >= 1, got {n_bins!r}")
    return int(n_bins)


@dataclasses.dataclass(frozen=True)
class ReliabilityData:
    """Per bin of P(good): edges (B+1,), mean predicted probability, observed share of
    good tokens (NaN for empty bins), token count; and the ECE."""

    edges: np.ndarray
    confidence: np.ndarray
    accuracy: np.ndarray
    counts: np.ndarray
    ece: float


def reliability_data(probs, labels, n_bins=15, *, strategy="uniform"):
    """Reliability-diagram data for P(good) in ``n_bins`` bins.

    ``strategy="uniform"``: equal-width bins of [0, 1], bin b holding b/B <= p < (b+1)/B
    (the last bin includes 1). ``"quantile"``: edges at the quantiles of ``probs`` (first
    and last edge 0 and 1), so bins hold about equal numbers of tokens (repeated
    probabilities can leave some bins empty); bin b holds edge_b <= p < edge_{b+1}.
    """
    p = as_probs(probs)
    y = as_labels(labels, n=p.shape[0])
    b = _check_bins(n_bins)
    if p.shape[0] == 0:
        raise InvalidInputError("reliability_data needs at least one token")
    if strategy == "uniform":
        edges = np.linspace(0.0, 1.0, b + 1)
        idx = np.minimum((p * b).astype(np.int64), b - 1)
    elif strategy == "quantile":
        edges = np.quantile(p, np.linspace(0.0, 1.0, b + 1))
        edges[0], edges[-1] = 0.0, 1.0
        idx = np.minimum(np.searchsorted(edges[1:-1], p, side="right"), b - 1)
    else:
        raise InvalidInputError(f"strategy must be 'uniform' or 'quantile', got {strategy!r}")
    counts = np.bincount(idx, minlength=b)
    conf_sum = np.bincount(idx, weights=p, minlength=b)
    acc_sum = np.bincount(idx, weights=y.astype(np.float64), minlength=b)
    ece = float(np.sum(np.abs(acc_sum - conf_sum)) / p.shape[0])
    with np.errstate(invalid="ignore", divide="ignore"):
        conf = np.where(counts > 0, conf_sum / np.maximum(counts, 1), np.nan)
        acc = np.where(counts > 0, acc_sum / np.maximum(counts, 1), np.nan)
    return ReliabilityData(edges, conf, acc, counts, ece)


def expected_calibration_error(probs, labels, n_bins=15, *, strategy="uniform"):
    """ECE = sum_b (n_b / N) |mean(label in b) - mean(prob in b)| over the bins of
    :func:`reliability_data` (equal-width by default, or ``strategy="quantile"``)."""
    return reliability_data(probs, labels, n_bins, strategy=strategy).ece


@dataclasses.dataclass(frozen=True)
class ThresholdChoice:
    """A threshold and the precision/recall of bad-token flagging it achieves."""

    threshold: float
    precision: float
    recall: float


def threshold_for(probs, labels, *, precision=None, recall=None):
    """The threshold theta (flag = prob < theta) meeting a target for bad tokens.

    * ``precision=x``: the largest recall whose precision is >= x (smallest theta reaching it).
    * ``recall=x``: the smallest theta whose recall is >= x.

    Candidate thresholds lie just above each distinct probability below 1. No candidate
    meets the target -> InvalidInputError (which reports the best one available).
    """
    if (precision is None) == (recall is None):
        raise InvalidInputError("give exactly one of precision= or recall=")
    target = check_threshold(precision if precision is not None else recall,
                             "precision" if precision is not None else "recall")
    p = as_probs(probs)
    y = as_labels(labels, n=p.shape[0])
    bad = ~y
    nbad = int(np.count_nonzero(bad))
    if nbad == 0:
        raise InvalidInputError("no bad token among the labels: precision/recall undefined")
    order = np.argsort(p, kind="stable")
    ps = p[order]
    n = ps.shape[0]
    last = np.append(np.flatnonzero(ps[1:] != ps[:-1]), n - 1)
    vals = ps[last]
    keep = vals < 1.0
    last, vals = last[keep], vals[keep]
    if last.size == 0:
        raise InvalidInputError("every probability is 1: no threshold in [0, 1] flags a token")
    tp = np.cumsum(bad[order], dtype=np.int64)[last]
    prec = tp / (last + 1)
    rec = tp / nbad
    if precision is not None:
        ok = np.flatnonzero(prec >= target)
        if ok.size == 0:
            raise InvalidInputError(f"no threshold reaches precision >= {target}; best is {prec.max():.4f}")
        best_rec = rec[ok].max()
        j = int(ok[np.argmax(rec[ok] == best_rec)])
    else:
        ok = np.flatnonzero(rec >= target)
        if ok.size == 0:
            raise InvalidInputError(f"no threshold below 1 reaches recall >= {target}; best is {rec.max():.4f}")
        j = int(ok[0])
    theta = float(np.nextafter(vals[j], np.inf))
    return ThresholdChoice(theta, float(prec[j]), float(rec[j]))
