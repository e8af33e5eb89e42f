"""The main job (``./run.sh demo``, ``python -m tldr demo``).

It trains the TLDR token head and the paper's naive baseline on a simulated backbone and
reports what the paper reports, with what runs in C timed against NumPy.

The simulated backbone: each response is a sequence of token ids; the "image" of a
response is the set of ids that are true of it; the hidden state of a token is
the evidence ``e(t) * v(image)`` (elementwise product of the token's random embedding
with the sum of the image's embeddings), so a linear head can tell a token the image
supports from one it does not, as a VLM's last layer must, followed by a causal summary
of the response so far (what the naive head's last token sees), plus noise. About 5% of response
tokens are hallucinated (bad), as in the paper's data.
"""

from __future__ import annotations

import time

import numpy as np


def simulate(n_responses=3000, vocab=2000, dim=384, seed=0):
    """A batch of responses with token labels and simulated hidden states.

    Returns (H float32 (N, D), labels uint8 (N,), row_splits int64 (R+1,))."""
    rng = np.random.default_rng(seed)
    emb = rng.standard_normal((vocab, dim)).astype(np.float32) / np.sqrt(dim)
    lengths = rng.integers(12, 40, n_responses)
    splits = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
    N = int(splits[-1])
    tokens = rng.integers(0, vocab, N)
    # half the responses are fully right; the others hold 1-3 hallucinated tokens
    labels = np.ones(N, np.uint8)
    bad_resp = rng.random(n_responses) < 0.5
    for r in np.flatnonzero(bad_resp):
        s, e = splits[r], splits[r + 1]
        k = rng.integers(1, 4)
        labels[rng.choice(np.arange(s, e), size=k, replace=False)] = 0
    # the image holds every good token of its response (bad tokens are not in it)
    resp_of = np.repeat(np.arange(n_responses), lengths)
    image = np.zeros((n_responses, dim), np.float32)
    np.add.at(image, resp_of[labels == 1], emb[tokens[labels == 1]])
    evidence = emb[tokens] * image[resp_of] * np.sqrt(dim)
    # the second half of each hidden state summarises the response so far (causal mean
    # of the evidence), which is all the naive head's last token can go by
    csum = np.cumsum(evidence, axis=0)
    start = splits[resp_of]
    before = np.where(start[:, None] > 0, csum[np.maximum(start - 1, 0)], 0)
    pos = (np.arange(N) - start + 1)[:, None]
    context = (csum - before) / pos
    H = np.concatenate([evidence, 4.0 * context], axis=1)
    H += 0.15 * rng.standard_normal(H.shape).astype(np.float32)
    return H.astype(np.float32), labels, splits


def _token_accuracy(pred_good, labels, splits):
    right = (pred_good == labels.astype(bool)).astype(np.float64)
    per = np.add.reduceat(right, splits[:-1]) / np.diff(splits)
    return per.mean()


def main(args=None):
    import tldr

    seed = getattr(args, "seed", 0) if args is not None else 0
    print(f"tldr {tldr.__version__}  (kernel: {tldr._core.head_isa()}, {tldr.build_info()['openblas_config'].split()[1]})")
    print()
    print("1. Simulated backbone: responses, token labels (1 good / 0 hallucinated), hidden states")
    H, y, splits = simulate(seed=seed)
    R = len(splits) - 1
    cut = int(0.8 * R)
    tr, te = slice(0, splits[cut]), slice(splits[cut], None)
    te_splits = splits[cut:] - splits[cut]
    print(f"   {R} responses, {len(y)} tokens of dimension {H.shape[1]}, {100 * (1 - y.mean()):.1f}% bad tokens")
    print()

    print("2. Train the TLDR token head (loss on every token) and the naive head (last token only)")
    head = tldr.TokenHead(H.shape[1], seed=seed)
    t0 = time.perf_counter()
    head.fit(H[tr], y[tr], epochs=8, lr=5e-3, batch_size=256, warmup_steps=50, seed=seed, progress=False)
    t_tok = time.perf_counter() - t0
    naive = tldr.NaiveRewardHead(H.shape[1], seed=seed)
    t0 = time.perf_counter()
    naive.fit(H[tr], y[tr], row_splits=splits[:cut + 1], epochs=60, lr=5e-3, batch_size=64,
              warmup_steps=50, seed=seed, progress=False)
    t_naive = time.perf_counter() - t0
    print(f"   token head: {t_tok:.2f} s;  naive head: {t_naive:.2f} s")
    print()

    print("3. Held-out metrics (threshold 0.5), as in the paper's main table")
    p = head.predict_proba(H[te])
    yt = y[te]
    pred_good = p >= 0.5
    a_t = _token_accuracy(pred_good, yt, te_splits)
    resp_true = np.minimum.reduceat(yt, te_splits[:-1]).astype(bool)
    resp_pred = np.minimum.reduceat(pred_good.astype(np.uint8), te_splits[:-1]).astype(bool)
    a_r = (resp_true == resp_pred).mean()
    naive_pred = naive.predict_proba(H[te], row_splits=te_splits) >= 0.5
    a_r_naive = (naive_pred == resp_true).mean()
    bad = yt == 0
    order = np.argsort(p)  # most suspicious first
    hits = np.cumsum(bad[order])
    ap_neg = (hits[bad[order]] / (np.flatnonzero(bad[order]) + 1)).mean() if bad.any() else float("nan")
    print(f"   TLDR head : A_T {100 * a_t:5.1f}   A_R {100 * a_r:5.1f}   mAP(neg) {100 * ap_neg:5.1f}")
    print(f"   naive head:                A_R {100 * a_r_naive:5.1f}   (one score per response)")
    print()

    print("4. Speed of one fused training step (loss + dW + db) against NumPy, same data")
    rng = np.random.default_rng(1)
    Hb = rng.standard_normal((65536, 1024), dtype=np.float32)
    yb = rng.integers(0, 2, 65536).astype(np.uint8)
    big = tldr.TokenHead(1024)
    w, b = big.weight, big.bias

    def numpy_step():
        z = Hb @ w + b[0]
        g = (0.5 * (1 + np.tanh(0.5 * z)) - yb) / len(yb)
        return Hb.T @ g, g.sum(), np.logaddexp(0, z).mean()

    def best(f, n=5):
        f()
        ts = []
        for _ in range(n):
            t0 = time.perf_counter()
            f()
            ts.append(time.perf_counter() - t0)
        return min(ts)

    t_c = best(lambda: big.loss_and_grad(Hb, yb))
    t_np = best(numpy_step)
    print(f"   65536 x 1024 float32: tldr {1e3 * t_c:.1f} ms, NumPy two-pass {1e3 * t_np:.1f} ms "
          f"({t_np / t_c:.1f}x)")
    print()
    print("Done. See docs/ for the API and benchmarks/ for the full comparisons.")
    return 0
