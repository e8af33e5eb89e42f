"""Readable NumPy twins of the evaluation kernels in C (``csrc/core/metrics/``).

Tests (``tests/test_metrics_kernels.py``) and the benchmark compare the fast path with
these; production code never imports this module. Nothing here is fast; everything here
is meant to be obviously right.
"""

import numpy as np

from .._checks import segment_sum


def average_precision(target, key):
    """Average precision of boolean ``target`` ranked by ``key`` (higher = more positive),
    with scikit-learn's tie handling: one operating point per distinct key value,
    AP = sum_k (R_k - R_{k-1}) P_k. Twin of ``_core._metrics_average_precision`` (which
    radix-sorts instead of argsort); rank by ``-scores`` for ascending order."""
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


def segment_counts(p, y, rs, t):
    """Twin of ``_core._metrics_segment_counts``: per row of ``rs``, the number of
    predicted-bad tokens (p < t), truly bad tokens (label False) and tokens whose
    predicted label equals the true one (the last two are zeros when ``y`` is None)."""
    pred_bad = segment_sum(p < t, rs)
    if y is None:
        zero = np.zeros_like(pred_bad)
        return pred_bad, zero, zero.copy()
    return pred_bad, segment_sum(~y, rs), segment_sum((p >= t) == y, rs)
