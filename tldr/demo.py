"""The main job (``./run.sh demo``, ``python -m tldr demo``): the TLDR pipeline end to end on
the embedded default data, with no model download.

1. The 300 bundled COCO captions are tokenized with the bundled GPT-2 tokenizer, and the C
   rule engine turns each into hard negatives in the paper's 8 categories, every token
   labelled exactly (1 good, 0 bad).
2. A simulated backbone gives hidden states (there is no VLM here, see ``simulate``).
3. The TLDR token head and the paper's naive head are trained on 80% of the captions.
4. Held-out metrics as in the paper's table, per category, and hallucination rates.
5. One negative is scored, its bad tokens flagged, and a self-correction prompt is written.
6. The fused C training step is timed against NumPy.

The simulated backbone: the "image" of a caption is the sum of random embeddings of the
tokens of its original (true) caption; a token's hidden state holds the evidence
``e(t) * image`` (elementwise), so a linear head can tell a token the image supports from
one it does not, as a VLM's last layer must, and a causal summary of the response so far
(all the naive head's last token can go by), plus noise. Swapped attributes (``binding``)
leave every token in the image, so a bag-of-tokens "image" cannot catch them: expect that
category near chance, as a reminder of what a real backbone must add.
"""

from __future__ import annotations

import json
import time
from importlib import resources

import numpy as np


def load_captions():
    """The bundled sample of COCO val2017 captions (CC BY 4.0, see tldr/data/README.md)."""
    text = resources.files("tldr").joinpath("data/captions_coco_sample.jsonl").read_text(encoding="utf-8")
    return [json.loads(line)["caption"] for line in text.splitlines() if line.strip()]


def simulate_hidden_states(ds, dim=384, seed=0, noise=0.15):
    """Hidden states (N, 2*dim) float32 for the rows of a ``NegativeDataset``: evidence of
    each token against its source caption's "image", then a causal summary."""
    rng = np.random.default_rng(seed)
    uniq, tok = np.unique(ds.ids, return_inverse=True)
    emb = rng.standard_normal((len(uniq), dim)).astype(np.float32) / np.sqrt(dim)
    lens = np.diff(ds.row_splits)
    row = np.repeat(np.arange(len(lens)), lens)
    # image of a source caption = sum of the embeddings of its positive row's tokens
    n_src = int(ds.source_index.max()) + 1 if len(lens) else 0
    pos_row = np.flatnonzero(~ds.is_negative)
    image = np.zeros((n_src, dim), np.float32)
    pos_tok = np.isin(row, pos_row)
    np.add.at(image, ds.source_index[row[pos_tok]], emb[tok[pos_tok]])
    evidence = emb[tok] * image[ds.source_index[row]] * np.sqrt(dim)
    csum = np.cumsum(evidence, axis=0, dtype=np.float64)
    start = ds.row_splits[row]
    before = np.where((start > 0)[:, None], csum[np.maximum(start - 1, 0)], 0.0)
    context = (csum - before) / (np.arange(len(row)) - start + 1)[:, None]
    H = np.concatenate([evidence, 4.0 * context.astype(np.float32)], axis=1)
    H += noise * rng.standard_normal(H.shape).astype(np.float32)
    return H.astype(np.float32)


def simulate(n_responses=3000, vocab=2000, dim=384, seed=0):
    """Synthetic responses (no captions): a batch of responses with token labels and simulated hidden states.

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


def _rows_of(ds, rows):
    """Token index and row_splits of a subset of rows."""
    lens = np.diff(ds.row_splits)[rows]
    splits = np.concatenate([[0], np.cumsum(lens)]).astype(np.int64)
    idx = np.repeat(ds.row_splits[:-1][rows] - splits[:-1], lens) + np.arange(splits[-1])
    return idx, splits


def show_labels(text, offsets, labels):
    """text with the tokens labelled 0 in [brackets] (both demos print labels this way)."""
    out, pos = [], 0
    for (s, e), lab in zip(offsets, labels):
        s, e = int(s), int(e)
        out.append(text[pos:s])
        out.append(text[s:e] if lab else "[" + text[s:e] + "]")
        pos = e
    out.append(text[pos:])
    return "".join(out)


def main(args=None):
    import tldr
    from tldr.metrics import by_category, paper_row, sentence_ids
    from tldr.perturb import CATEGORIES

    seed = getattr(args, "seed", 0) if args is not None else 0
    print(f"tldr {tldr.__version__}  (head kernel: {tldr._core.head_isa()})")
    print()

    # 1 -------------------------------------------------------------------------------
    print("1. Hard negatives with exact token labels (bundled COCO captions, GPT-2 tokens)")
    captions = load_captions()
    tok = tldr.Tokenizer.gpt2()
    t0 = time.perf_counter()
    # the paper's mix of all 8 categories; the default perturber is balanced (see below)
    ds = tldr.make_negatives(captions, tok, tldr.Perturber(seed=seed, balance=False), per_caption=8)
    dt = time.perf_counter() - t0
    npos, nneg = int((~ds.is_negative).sum()), int(ds.is_negative.sum())
    print(f"   {npos} captions -> {nneg} negatives, {len(ds.ids)} tokens, in {1e3 * dt:.0f} ms")
    yields = ds.yield_per_category()
    print("   per category: " + ", ".join(f"{c} {n}" for c, n in yields.items()))
    bal = tldr.Perturber(seed=seed).perturb_batch(captions, 8)
    counts = np.bincount(np.asarray(bal[2], np.int64), minlength=len(CATEGORIES))
    print(f"   the default Perturber is balanced (values written as often as captions hold them, "
          f"so words alone give little away): {len(bal[0])} negatives")
    print("   per category: " + ", ".join(f"{c} {n}" for c, n in zip(CATEGORIES, counts)))
    shown = set()
    for r in np.flatnonzero(ds.is_negative):
        c = CATEGORIES[ds.category[r]]
        if c in shown or len(shown) >= 4:
            continue
        shown.add(c)
        d = ds.row(r)
        print(f"   {c:>14}: {captions[d['source_index']]}")
        print(f"   {'':>14}  {show_labels(d['text'], d['offsets'], d['labels'])}")
    print("   ([brackets] mark the tokens labelled bad)")
    print()

    # 2-3 ------------------------------------------------------------------------------
    print("2. Simulated backbone hidden states; train on 80% of the captions")
    H = simulate_hidden_states(ds, seed=seed)
    rng = np.random.default_rng(seed)
    test_src = rng.permutation(npos)[: npos // 5]
    is_test = np.isin(ds.source_index, test_src)
    tr_idx, tr_splits = _rows_of(ds, np.flatnonzero(~is_test))
    te_rows = np.flatnonzero(is_test)
    te_idx, te_splits = _rows_of(ds, te_rows)
    print(f"   H: {H.shape[0]} tokens x {H.shape[1]}; train {len(tr_splits) - 1} responses, "
          f"test {len(te_splits) - 1}; {100 * (1 - ds.labels.mean()):.1f}% bad tokens")
    head = tldr.TokenHead(H.shape[1], seed=seed)
    t0 = time.perf_counter()
    Htr, ytr = H[tr_idx], ds.labels[tr_idx]
    head.fit(Htr, ytr, epochs=10, lr=5e-3, batch_size=256, warmup_steps=50, seed=seed, progress=False)
    t_tok = time.perf_counter() - t0
    naive = tldr.NaiveRewardHead(H.shape[1], seed=seed)
    t0 = time.perf_counter()
    naive.fit(Htr, ytr, row_splits=tr_splits, epochs=60, lr=5e-3, batch_size=64, warmup_steps=50,
              seed=seed, progress=False)
    t_naive = time.perf_counter() - t0
    print(f"   token head trained in {t_tok:.2f} s, naive head in {t_naive:.2f} s")
    print()

    # 4 -------------------------------------------------------------------------------
    print("3. Held-out metrics at threshold 0.5 (the paper's table: A_T, A_S, A_R, mAP(neg|pos))")
    Hte, yte = H[te_idx], ds.labels[te_idx]
    p = head.predict_proba(Hte)
    texts = [ds.texts[r] for r in te_rows]
    offs = ds.offsets[te_idx]
    sid = sentence_ids(_Batch(ds.ids[te_idx], offs, te_splits), texts=texts)
    row = paper_row(p, yte, te_splits, sid)
    print(f"   TLDR head : {row}")
    resp_true = np.minimum.reduceat(yte, te_splits[:-1]).astype(bool)
    naive_ok = (naive.predict_proba(Hte, row_splits=te_splits) >= 0.5) == resp_true
    print(f"   naive head: A_R {100 * naive_ok.mean():.1f}")
    cats = np.array([CATEGORIES[c] if c >= 0 else "positive" for c in ds.category[te_rows]])
    per = by_category(p, yte, te_splits, cats, sid)
    print("   A_R by category (TLDR head | naive head):")
    for c in ["positive", *CATEGORIES]:
        if c in per:
            sel = cats == c
            print(f"   {c:>15}: {100 * per[c]['A_R']:5.1f} | {100 * naive_ok[sel].mean():5.1f}   "
                  f"({int(sel.sum())} responses)")
    rates = tldr.hallucination_rates(p, te_splits, sid)
    print(f"   hallucination rates of the test responses: token {100 * rates.token:.1f}%, "
          f"sentence {100 * rates.sentence:.1f}%, response {100 * rates.response:.1f}% "
          f"(true: {100 * (1 - yte.mean()):.1f}% of tokens bad)")
    print()

    # 5 -------------------------------------------------------------------------------
    print("4. Flag the suspicious words of one negative and write a self-correction prompt")
    # the first held-out negative in which the head flags something
    i = next((i for i, r in enumerate(te_rows)
              if ds.is_negative[r] and (p[te_splits[i]:te_splits[i + 1]] < 0.5).any()), None)
    if i is None:
        print("   (no held-out token is flagged)")
        print()
    else:
        a, b = te_splits[i], te_splits[i + 1]
        r = te_rows[i]
        text = ds.texts[r]
        off = ds.offsets[te_idx[a:b]]
        flagged = tldr.flag_spans(text, off, p[a:b])
        print(f"   original: {captions[ds.source_index[r]]}")
        print(f"   response: {text}   ({CATEGORIES[ds.category[r]]} negative)")
        print("   P(good) : " + " ".join(f"{text[s:e].strip()}={q:.2f}" for (s, e), q in zip(off, p[a:b])))
        print("   prompt  :")
        for line in tldr.correction_prompt(text, flagged).splitlines():
            print(f"     {line}")
        print()

    head_speed("5")
    print()
    print("Done. docs/ has the API and the measured benchmarks.")
    return 0



def head_speed(number):
    """The demos' speed section: one fused training step (loss + dW + db) of the head on
    65,536 x 1,024 float32 hidden states against a two-pass NumPy step, best of five."""
    import tldr

    print(f"{number}. One fused training step (loss + dW + db) against NumPy, same data")
    rng = np.random.default_rng(1)
    Hb = rng.standard_normal((65536, 1024), dtype=np.float32)
    yb = rng.integers(0, 2, 65536).astype(np.uint8)
    big = tldr.TokenHead(1024)
    w, bias = big.weight, big.bias

    def numpy_step():
        z = Hb @ w + bias[0]
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


class _Batch:
    def __init__(self, ids, offsets, row_splits):
        self.ids, self.offsets, self.row_splits = ids, offsets, row_splits
