"""Metrics of a token-level reward model over ragged token arrays.

Conventions (PAPER.md, "Metrics"):

* ``probs`` (N,) are the model's P(good) per response token, in [0, 1].
* ``labels`` (N,) are the true token labels: 1 (or True) = good, 0 (or False) = bad.
* ``row_splits`` (R+1,) int64 cut the N tokens into R responses (see ``tldr._checks``).
* A token is *predicted good* when ``prob >= threshold`` (default 0.5).
* ``empty="error"`` (default) refuses responses without tokens; ``empty="skip"`` leaves
  them out of every count and mean (they have no tokens to be right or wrong about).

Every function is vectorised (one C pass of per-row counts, csrc/core/metrics/, or
cumulative sums over the flat arrays); none loops over tokens in Python. See
docs/evaluation.md for the formulas.

Sentence numbers come from ``tldr/evaluate/sentences.py`` and calibration from
``tldr/evaluate/calibration.py``; both are also reachable here (``tldr.metrics.
sentence_ids``, ``tldr.metrics.fit_temperature``, ...), where they have always been.
"""

import dataclasses
import math

import numpy as np

from .. import _core
from .._checks import (
    as_array,
    as_labels,
    as_probs,
    as_row_splits,
    as_scores,
    check_choice,
    check_int,
    check_threshold,
    prepare_ragged,
    segment_min,
    segment_sum,
    sentence_splits,
    subsplits,
)
from .._core import InvalidInputError
from .calibration import (
    LOG_EPS,
    ReliabilityData,
    ThresholdChoice,
    apply_temperature,
    expected_calibration_error,
    fit_temperature,
    reliability_data,
    threshold_for,
)
from .sentences import sentence_ids

__all__ = [
    "AGGREGATES",
    "token_accuracy",
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
    # defined in sentences.py and calibration.py, offered here as tldr.metrics always did
    "sentence_ids",
    "fit_temperature",
    "apply_temperature",
    "expected_calibration_error",
    "ReliabilityData",
    "reliability_data",
    "ThresholdChoice",
    "threshold_for",
]

AGGREGATES = ("veto", "count", "min", "mean_log")


def _per_row_or_mean(values, per_response):
    return values if per_response else float(np.mean(values))


def _segment_counts(p, y, rs, t):
    """Per-row counts (pred_bad, true_bad, correct) in one C pass over validated arrays
    (csrc/core/metrics/segments.c)."""
    return _core._metrics_segment_counts(p, y, rs, t)


# --------------------------------------------------------------------------- accuracy
def token_accuracy(probs, labels, row_splits, threshold=0.5, *, empty="error", per_response=False):
    """A_T: per response the share of tokens whose predicted label equals the true one;
    the mean over responses (or the (R,) per-response values with ``per_response=True``).

    >>> token_accuracy([0.9, 0.2, 0.8, 0.7], [1, 0, 1, 0], [0, 2, 4])
    0.75
    """
    p, y, rs, t, _ = prepare_ragged(probs, labels, row_splits, threshold, empty)
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
    p, y, rs, t, sid = prepare_ragged(probs, labels, row_splits, threshold, empty, sentence_ids)
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
    p, _, rs, t, _ = prepare_ragged(probs, None, row_splits, threshold, empty)
    return _response_scores(p, rs, aggregate, t, k)


def _response_scores(p, rs, aggregate, t, k):
    check_choice(aggregate, AGGREGATES, "aggregate")
    k = check_int(k, "k", 1)
    if aggregate == "veto":
        return (_segment_counts(p, None, rs, t)[0] == 0).astype(np.float64)
    if aggregate == "count":
        return (_segment_counts(p, None, rs, t)[0] < k).astype(np.float64)
    if aggregate == "min":
        return segment_min(p, rs)
    logp = np.log(np.maximum(p, LOG_EPS))
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
    p, y, rs, t, _ = prepare_ragged(probs, labels, row_splits, threshold, empty)
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


# --------------------------------------------------------------------------- ranking
def average_precision(scores, labels, positive="bad"):
    """Token-level average precision (the paper's mAP).

    ``scores`` (N,) are P(good) (or any real score, higher = better); ``labels`` 1 = good,
    0 = bad. ``positive="bad"``: AP for detecting bad tokens, ranking by ascending score
    (mAP(neg), what scikit-learn gives for ``average_precision_score(1 - labels,
    -scores)``); ``positive="good"``: AP for good tokens (mAP(pos)). Ties are one
    operating point, as in scikit-learn. No positive token -> InvalidInputError.
    """
    raw = as_array(scores, "scores")
    # float32 scores go to the kernel as they are (smaller keys, exact ranking).
    s = raw if (raw.dtype == np.float32 and raw.ndim == 1) else as_scores(scores)
    y = as_labels(labels, n=s.shape[0])
    check_choice(positive, ("bad", "good"), "positive")
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
    p, y, rs, t, sid = prepare_ragged(probs, labels, row_splits, threshold, empty, sentence_ids)
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
    p, y, rs, t, sid = prepare_ragged(probs, labels, row_splits, threshold, empty, sentence_ids)
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
    p, y, rs0, t, sid = prepare_ragged(probs, labels, row_splits, threshold, empty, sentence_ids)
    cats = as_array(categories, "categories")
    r_all = as_row_splits(row_splits).shape[0] - 1
    if cats.ndim != 1 or cats.shape[0] != r_all:
        raise InvalidInputError(f"categories must have shape (R,) = ({r_all},), got {cats.shape}")
    if empty == "skip":
        cats = cats[np.diff(as_row_splits(row_splits)) > 0]
    out = {}
    try:
        distinct = np.unique(cats)
    except TypeError:  # e.g. str and int mixed: no order
        raise InvalidInputError("categories must be comparable with each other (all strings or all numbers)") from None
    for c in distinct:
        m, rs = subsplits(cats == c, rs0)
        key = c.item() if hasattr(c, "item") else c
        out[key] = summary(p[m], y[m], rs, None if sid is None else sid[m], t, aggregate=aggregate)
    if "all" not in out:
        out["all"] = summary(p, y, rs0, sid, t, aggregate=aggregate)
    return out

