"""Hallucination rates of a model's own outputs, and their link to benchmark scores.

No ground truth is needed: a TLDR model scores the captions and the rates count the
tokens it predicts bad (PAPER.md, "Metrics", last item).
"""

import dataclasses
import math

import numpy as np

from .. import _core
from .._checks import as_scores, prepare_ragged, sentence_splits
from .._core import InvalidInputError
from .stats import t_two_sided_p

__all__ = ["HallucinationRates", "hallucination_rates", "RateFit", "rate_vs_benchmark",
           "t_two_sided_p"]


@dataclasses.dataclass(frozen=True)
class HallucinationRates:
    """Rates as fractions in [0, 1] (multiply by 100 for the paper's %)."""

    token: float       # mean over responses of (#predicted-bad tokens / #tokens)
    sentence: float    # share of all sentences with >= 1 predicted-bad token (NaN without ids)
    response: float    # share of responses with >= 1 predicted-bad token
    n_responses: int
    n_sentences: int
    n_tokens: int


def hallucination_rates(probs, row_splits, sentence_ids=None, threshold=0.5, *, empty="error"):
    """Token, sentence and response hallucination rates (PAPER.md definitions).

    ``probs`` (N,) P(good) of each token of R responses cut by ``row_splits`` (R+1,);
    ``sentence_ids`` (N,) as from :func:`tldr.metrics.sentence_ids` (without it the
    sentence rate is NaN). A token is predicted bad when prob < threshold.
    ``empty="skip"`` leaves responses without tokens out (default: error).
    """
    p, _, rs, t, sid = prepare_ragged(probs, None, row_splits, threshold, empty, sentence_ids)
    nbad = _core._metrics_segment_counts(p, None, rs, t)[0]
    token = float(np.mean(nbad / np.diff(rs)))
    response = float(np.mean(nbad > 0))
    if sid is not None:
        ss, _ = sentence_splits(sid, rs)
        sb = _core._metrics_segment_counts(p, None, ss, t)[0] > 0
        sentence, n_sent = float(np.mean(sb)), int(sb.shape[0])
    else:
        sentence, n_sent = float("nan"), 0
    return HallucinationRates(token, sentence, response, int(rs.shape[0] - 1), n_sent, int(p.shape[0]))


@dataclasses.dataclass(frozen=True)
class RateFit:
    """Pearson correlation of benchmark score with x = -ln(token rate), its two-sided
    p-value (t-test, n-2 degrees of freedom) and the least-squares line score = slope*x +
    intercept. ``floored``: the indices of the models without a flagged token, whose rate
    0 was replaced by a floor (``rate_vs_benchmark``); x holds the floored values."""

    r: float
    p_value: float
    slope: float
    intercept: float
    n: int
    x: np.ndarray
    y: np.ndarray
    floored: tuple = ()

    def predict(self, token_rate):
        return self.slope * -np.log(np.asarray(token_rate, dtype=np.float64)) + self.intercept


def _rates_and_counts(token_rates, n_tokens):
    """(rates, tokens counted per model or None) from floats or HallucinationRates."""
    items = None if isinstance(token_rates, np.ndarray) else list(token_rates)
    if items and all(isinstance(x, HallucinationRates) for x in items):
        if n_tokens is not None:
            raise InvalidInputError("n_tokens comes from the HallucinationRates; do not pass it too")
        return [x.token for x in items], np.array([x.n_tokens for x in items], np.float64)
    rates = as_scores(token_rates if items is None else items, "token_rates")
    if n_tokens is None:
        return rates, None
    n = as_scores(np.atleast_1d(n_tokens), "n_tokens")
    if n.shape[0] not in (1, rates.shape[0]) or np.any(n < 1) or np.any(n != np.floor(n)):
        raise InvalidInputError(f"n_tokens must be one whole number >= 1 or one per model ({rates.shape[0]}), "
                                f"got {n_tokens!r}")
    return rates, np.broadcast_to(n, rates.shape)


def rate_vs_benchmark(token_rates, scores, *, percent=False, n_tokens=None):
    """Correlate -ln(token hallucination rate) with benchmark scores, as the paper does.

    ``token_rates`` (M,) are fractions in [0, 1] (``percent=True``: in %, as in the
    paper's table), or the models' ``HallucinationRates``; ``scores`` (M,) the
    models' benchmark scores. Needs M >= 3.

    A model without a flagged token has rate 0, whose -ln is infinite: its rate is
    floored at half a token, 0.5 / ``n_tokens`` (the tokens its rate was measured on:
    one count for all models or one per model; a ``HallucinationRates`` brings its own),
    the usual continuity correction for a count of zero. Without token counts the floor
    is half the smallest nonzero rate of the models (it keeps the order: no flagged token
    ranks above every model with one). ``RateFit.floored`` lists the models floored.
    """
    rates, counts = _rates_and_counts(token_rates, n_tokens)
    rates = as_scores(rates, "token_rates")
    y = as_scores(scores, "scores")
    if rates.shape != y.shape:
        raise InvalidInputError(f"token_rates has {rates.shape[0]} entries but scores has {y.shape[0]}")
    if rates.shape[0] < 3:
        raise InvalidInputError(f"need at least 3 models for a correlation test, got {rates.shape[0]}")
    if percent:
        rates = rates / 100.0
    if np.any(rates < 0) or np.any(rates > 1):
        i = int(np.argmax((rates < 0) | (rates > 1)))
        raise InvalidInputError(
            f"token rates must lie in [0, 1]{' after dividing by 100' if percent else ''}; entry {i} is {rates[i]!r}")
    zero = np.flatnonzero(rates == 0)
    if len(zero):
        if counts is not None:
            floor = 0.5 / counts[zero]
        elif np.any(rates > 0):
            floor = 0.5 * rates[rates > 0].min()
        else:
            raise InvalidInputError("no model has a flagged token (every rate is 0): correlation undefined")
        rates = rates.copy()
        rates[zero] = floor
    x = -np.log(rates)
    n = x.shape[0]
    xc, yc = x - x.mean(), y - y.mean()
    sxx, syy, sxy = float(xc @ xc), float(yc @ yc), float(xc @ yc)
    if sxx == 0 or syy == 0:
        raise InvalidInputError("rates or scores are all equal: correlation undefined")
    r = max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))
    slope = sxy / sxx
    intercept = float(y.mean() - slope * x.mean())
    df = n - 2
    if abs(r) == 1.0:
        p = 0.0
    else:
        t = r * math.sqrt(df / (1.0 - r * r))
        p = t_two_sided_p(t, df)
    return RateFit(float(r), float(p), float(slope), intercept, n, x, y, tuple(zero.tolist()))
