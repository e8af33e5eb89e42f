"""Calibration of token probabilities and the choice of a threshold.

* :func:`fit_temperature` / :func:`apply_temperature`: temperature scaling of P(good).
* :func:`reliability_data` / :func:`expected_calibration_error`: how well P(good) matches
  the observed share of good tokens, per probability bin.
* :func:`threshold_for`: the threshold that reaches a precision or recall target for
  flagging bad tokens.

Inputs are flat (N,) arrays over all tokens (no response structure is needed):
``probs`` P(good) in [0, 1] (or logits with ``from_logits=True``), ``labels`` 1 = good.
See docs/evaluation.md, "Calibration and thresholds".
"""

import dataclasses
import math
import numbers

import numpy as np

from .._checks import as_labels, as_probs, as_scores, check_choice, check_int, check_threshold
from .._core import InvalidInputError

__all__ = [
    "fit_temperature",
    "apply_temperature",
    "ReliabilityData",
    "reliability_data",
    "expected_calibration_error",
    "ThresholdChoice",
    "threshold_for",
]

# Bins of a reliability diagram, at most: a million bins already hold less than one token
# each for any validation set of practical size, and each bin costs five float64/int64
# entries, so the cap keeps the arrays at 40 MB (10**12 bins tried to allocate 7 TiB).
MAX_BINS = 1_000_000

# Floor of a probability before its logit is taken: logit(1e-12) = -27.6, far beyond
# any score a model means, and finite in float64.
LOG_EPS = 1e-12


def _logits(probs, from_logits):
    if from_logits:
        return as_scores(probs, "logits")
    p = as_probs(probs)
    p = np.clip(p, LOG_EPS, 1.0 - LOG_EPS)
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
    try:
        tmin, tmax = (float(v) for v in bounds)
    except (TypeError, ValueError):
        raise InvalidInputError(f"bounds must be two numbers (low, high), got {bounds!r}") from None
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
    # Each step is Newton's (quadratic convergence) or halves the bracket, which starts
    # 1/tmin / (1/tmax) = 1e4 wide by default: ~50 halvings reach tol, so 200 steps are
    # never the limit in practice, only a guard.
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
    b = check_int(n_bins, "n_bins", 1, MAX_BINS)
    if p.shape[0] == 0:
        raise InvalidInputError("reliability_data needs at least one token")
    check_choice(strategy, ("uniform", "quantile"), "strategy")
    if strategy == "uniform":
        edges = np.linspace(0.0, 1.0, b + 1)
        idx = np.minimum((p * b).astype(np.int64), b - 1)
    elif strategy == "quantile":
        edges = np.quantile(p, np.linspace(0.0, 1.0, b + 1))
        edges[0], edges[-1] = 0.0, 1.0
        idx = np.minimum(np.searchsorted(edges[1:-1], p, side="right"), b - 1)
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
