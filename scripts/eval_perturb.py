"""Quality numbers of the perturbation engine (docs/perturbation.md).

1. SugarCrepe coverage: for replace_att/replace_obj/replace_rel/swap_att/swap_obj, the
   share of captions with at least one negative in the matching category, and the share
   whose human-validated negative is among Perturber.candidates (compared after case and
   whitespace normalisation and without a final period).
2. Yield per category on COCO val2017 and IIW captions (negatives per caption, share of
   captions with at least one).
3. Blind check: a text-only logistic regression on word 1-2-grams (scikit-learn) tries to
   tell positives from negatives of each category; accuracy near 0.5 means the edits
   leave no text-only artifacts. Pairs are split by source caption, balanced.

    python scripts/eval_perturb.py [--shared ../shared/data] [--coco N] [--what all|sugar|yield|blind]
"""

import argparse
import json
import pathlib
import sys

import numpy as np

import tldr

ROOT = pathlib.Path(__file__).resolve().parent.parent
SUGAR = {"replace_att": ["attribute"], "replace_obj": ["object"], "replace_rel": ["spatial"],
         "swap_att": ["binding"], "swap_obj": ["binding", "object"]}


def norm(s):
    s = " ".join(s.lower().split()).strip()
    return s[:-1].rstrip() if s.endswith(".") else s


def coco(shared, n):
    caps = [a["caption"].strip() for a in json.load(open(shared / "captions/coco/captions_val2017.json"))["annotations"]]
    return caps[:n]


def iiw(shared):
    out = []
    for f in sorted((shared / "captions/iiw").glob("*.jsonl")):
        for line in f.read_text().splitlines():
            d = json.loads(line)
            for k in ("IIW", "DOCCI"):
                if isinstance(d.get(k), str) and d[k].strip():
                    out.append(d[k].strip())
    return out


def sugar(shared, p):
    print("## SugarCrepe coverage\n")
    print("| subset | n | category | >= 1 negative | human negative among candidates |")
    print("|---|---|---|---|---|")
    for sub, cats in SUGAR.items():
        d = json.load(open(shared / f"bench/sugarcrepe/{sub}.json"))
        items = list(d.values())
        any_neg = hit = 0
        for it in items:
            cands = [x for c in cats for x in p.candidates(it["caption"], c)]
            any_neg += bool(cands)
            want = norm(it["negative_caption"])
            hit += any(norm(x.text) == want for x in cands)
        n = len(items)
        print(f"| {sub} | {n} | {'+'.join(cats)} | {any_neg / n:.1%} | {hit / n:.1%} |")
    print()


def yields(name, caps, p):
    from tldr.perturb import CATEGORIES
    print(f"## Yield on {name} ({len(caps)} captions)\n")
    print("| category | captions with >= 1 site | candidates per caption (mean) |")
    print("|---|---|---|")
    eng = p._engine
    for ci, c in enumerate(CATEGORIES):
        has = 0
        tot = 0
        for t in caps:
            k = len(eng.run(t, (ci,), 0, 0, 1))
            has += k > 0
            tot += k
        print(f"| {c} | {has / len(caps):.1%} | {tot / len(caps):.1f} |")
    negs = p.perturb_batch(caps, 8)[0]
    print(f"\nperturb(n=8) over all categories: {len(negs) / len(caps):.2f} negatives per caption\n")


def blind(caps, p, seed=0):
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    from tldr.perturb import CATEGORIES
    rng = np.random.default_rng(seed)
    print("## Blind text-only check (logistic regression on word 1-2-grams)\n")
    print("| category | pairs | test accuracy | most telling n-grams (toward negative) |")
    print("|---|---|---|---|")
    for c in CATEGORIES:
        pairs = []
        for i, t in enumerate(caps):
            ns = p.perturb(t, category=c, n=1)
            if ns:
                pairs.append((t, ns[0].text))
        if len(pairs) < 200:
            print(f"| {c} | {len(pairs)} | (too few) | |")
            continue
        idx = rng.permutation(len(pairs))
        cut = int(0.7 * len(pairs))
        # each source caption contributes either its positive or its negative, never both,
        # so the classifier cannot compare the two (that would be the image-free pair task)
        def rows(ix):
            X, y = [], []
            for j, k in enumerate(ix):
                lab = int(rng.integers(0, 2))
                X.append(pairs[k][lab])
                y.append(lab)
            return X, y
        Xtr, ytr = rows(idx[:cut])
        Xte, yte = rows(idx[cut:])
        vec = CountVectorizer(ngram_range=(1, 2), min_df=2, lowercase=True)
        A = vec.fit_transform(Xtr)
        clf = LogisticRegression(max_iter=2000, C=1.0).fit(A, ytr)
        acc = clf.score(vec.transform(Xte), yte)
        names = np.array(vec.get_feature_names_out())
        top = ", ".join(names[np.argsort(-clf.coef_[0])[:6]])
        print(f"| {c} | {len(pairs)} | {acc:.3f} | {top} |")
    print()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--coco", type=int, default=25014)
    ap.add_argument("--what", default="all")
    a = ap.parse_args()
    shared = pathlib.Path(a.shared)
    if not shared.is_dir():
        sys.exit(f"shared data not found at {shared}")
    p = tldr.Perturber(seed=0)
    if a.what in ("all", "sugar"):
        sugar(shared, p)
    if a.what in ("all", "yield"):
        yields("COCO val2017", coco(shared, a.coco), p)
        yields("IIW/DOCCI", iiw(shared), p)
    if a.what in ("all", "blind"):
        blind(coco(shared, a.coco), p)


if __name__ == "__main__":
    main()
