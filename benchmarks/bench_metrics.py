"""Speed of tldr.metrics against its peers on ~1M tokens.

Peers, run in the same process on the same data:
  * average precision: scikit-learn ``average_precision_score`` (same numbers, checked),
    and the NumPy twin ``tldr.evaluate._reference.average_precision`` (argsort) of the C
    radix-sort kernel;
  * per-row counts: the C kernel against its NumPy twin (cumulative sums);
  * reliability data: scikit-learn ``calibration_curve`` (uniform bins);
  * accuracies / rates: a plain per-response loop over NumPy slices (what one writes
    without ragged tricks), checked equal.

Usage: python benchmarks/bench_metrics.py [--tokens 1000000] [--mean-len 100] [--repeat 5]
Prints a table of best-of-N wall times and the ratio peer / tldr (> 1: tldr faster).
"""

import argparse
import time

import numpy as np

import tldr
from tldr import metrics as M
from tldr.evaluate import _reference


def best(fn, repeat):
    ts = []
    out = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        ts.append(time.perf_counter() - t0)
    return min(ts), out


def make_data(n_tokens, mean_len, seed=0):
    rng = np.random.default_rng(seed)
    lens = rng.integers(max(1, mean_len // 4), 2 * mean_len, size=int(2 * n_tokens / mean_len) + 10)
    lens = lens[np.cumsum(lens) <= n_tokens]
    rs = np.concatenate([[0], np.cumsum(lens)]).astype(np.int64)
    n = int(rs[-1])
    y = rng.random(n) < 0.96
    p = np.clip(np.where(y, rng.beta(6, 1, n), rng.beta(1.5, 3, n)), 0, 1).astype(np.float32)
    # sentences of about 20 tokens
    sid = np.concatenate([np.arange(k) // 20 for k in lens]).astype(np.int64)
    return p, y, rs, sid


def loop_token_acc(p, y, rs, t=0.5):
    acc = [np.mean((p[a:b] >= t) == y[a:b]) for a, b in zip(rs[:-1], rs[1:])]
    return float(np.mean(acc))


def loop_response_acc(p, y, rs, t=0.5):
    right = [bool(np.all(p[a:b] >= t)) == bool(np.all(y[a:b])) for a, b in zip(rs[:-1], rs[1:])]
    return float(np.mean(right))


def loop_sentence_acc(p, y, rs, sid, t=0.5):
    accs = []
    for a, b in zip(rs[:-1], rs[1:]):
        s = sid[a:b]
        cuts = np.flatnonzero(np.diff(s)) + 1
        pb = np.split(p[a:b] < t, cuts)
        yb = np.split(~y[a:b], cuts)
        accs.append(np.mean([x.any() == z.any() for x, z in zip(pb, yb)]))
    return float(np.mean(accs))


def loop_rates(p, rs, sid, t=0.5):
    tok, resp, sent_bad, sent_n = [], [], 0, 0
    for a, b in zip(rs[:-1], rs[1:]):
        bad = p[a:b] < t
        tok.append(bad.mean())
        resp.append(bad.any())
        cuts = np.flatnonzero(np.diff(sid[a:b])) + 1
        parts = np.split(bad, cuts)
        sent_bad += sum(x.any() for x in parts)
        sent_n += len(parts)
    return float(np.mean(tok)), sent_bad / sent_n, float(np.mean(resp))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tokens", type=int, default=1_000_000)
    ap.add_argument("--mean-len", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    p, y, rs, sid = make_data(args.tokens, args.mean_len)
    n, r = p.shape[0], rs.shape[0] - 1
    print(f"tldr {tldr.__version__}; {n:,} tokens in {r:,} responses; best of {args.repeat}")
    rows = []

    try:
        from sklearn.calibration import calibration_curve
        from sklearn.metrics import average_precision_score
    except ImportError:
        average_precision_score = calibration_curve = None

    def add(name, peer_name, f_tldr, f_peer, check):
        t1, a = best(f_tldr, args.repeat)
        if f_peer is None:
            rows.append((name, t1, peer_name, float("nan")))
            return
        t2, b = best(f_peer, max(1, args.repeat if t1 * args.repeat < 5 else 1))
        check(a, b)
        rows.append((name, t1, peer_name, t2))

    def close(a, b, tol=1e-9):
        assert abs(a - b) <= tol * max(1.0, abs(b)), (a, b)

    add("average_precision(bad)", "sklearn",
        lambda: M.average_precision(p, y, "bad"),
        (lambda: average_precision_score(~y, -p.astype(np.float64))) if average_precision_score else None,
        close)
    add("average_precision(good)", "sklearn",
        lambda: M.average_precision(p, y, "good"),
        (lambda: average_precision_score(y, p)) if average_precision_score else None,
        close)

    # The C kernels against their own NumPy twins (what the C pays for).
    add("average_precision(bad)", "NumPy twin (argsort)",
        lambda: M.average_precision(p, y, "bad"),
        lambda: _reference.average_precision(~y, -p.astype(np.float64)), close)

    def counts_check(a, b):
        for u, v in zip(a, b):
            np.testing.assert_array_equal(u, v)

    p64 = p.astype(np.float64)
    add("segment counts (C)", "NumPy twin (cumsum)",
        lambda: tldr._core._metrics_segment_counts(p64, y, rs, 0.5),
        lambda: _reference.segment_counts(p64, y, rs, 0.5), counts_check)

    def rel_peer():
        return calibration_curve(y, p, n_bins=15, strategy="uniform")

    def rel_check(a, b):
        prob_true, prob_pred = b
        ok = a.counts > 0
        np.testing.assert_allclose(a.accuracy[ok], prob_true, rtol=1e-6)
        np.testing.assert_allclose(a.confidence[ok], prob_pred, rtol=1e-5)

    add("reliability_data(15 bins)", "sklearn calibration_curve",
        lambda: M.reliability_data(p, y, 15), rel_peer if calibration_curve else None, rel_check)
    add("token_accuracy", "per-response loop",
        lambda: M.token_accuracy(p, y, rs), lambda: loop_token_acc(p, y, rs), close)
    add("sentence_accuracy", "per-response loop",
        lambda: M.sentence_accuracy(p, y, rs, sid), lambda: loop_sentence_acc(p, y, rs, sid), close)
    add("response_accuracy(veto)", "per-response loop",
        lambda: M.response_accuracy(p, y, rs), lambda: loop_response_acc(p, y, rs), close)

    def rates_check(a, b):
        close(a.token, b[0])
        close(a.sentence, b[1])
        close(a.response, b[2])

    add("hallucination_rates", "per-response loop",
        lambda: tldr.hallucination_rates(p, rs, sid), lambda: loop_rates(p, rs, sid), rates_check)
    add("paper_row (all five)", "-", lambda: M.paper_row(p, y, rs, sid), None, None)
    add("fit_temperature", "-", lambda: M.fit_temperature(p, y), None, None)

    w = max(len(x[0]) for x in rows)
    print(f"{'function':<{w}}  {'tldr ms':>9}  {'peer':<26} {'peer ms':>9}  {'peer/tldr':>9}")
    for name, t1, peer, t2 in rows:
        ratio = "" if np.isnan(t2) else f"{t2 / t1:9.1f}"
        pm = "" if np.isnan(t2) else f"{1e3 * t2:9.1f}"
        print(f"{name:<{w}}  {1e3 * t1:9.1f}  {peer:<26} {pm:>9}  {ratio:>9}")


if __name__ == "__main__":
    main()
