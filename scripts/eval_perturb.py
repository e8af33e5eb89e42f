"""Quality numbers of the perturbation engine (docs/perturbation.md).

1. SugarCrepe coverage: for replace_att/replace_obj/replace_rel/swap_att/swap_obj, the
   share of captions with at least one negative in the matching category, and the share
   whose human-validated negative is among Perturber.candidates (compared after case and
   whitespace normalisation and without a final period).
2. Yield per category on COCO val2017 and IIW captions (negatives per caption, share of
   captions with at least one).
3. Blind check: a text-only logistic regression on word 1-2-grams (scikit-learn) tries to
   tell positives from negatives of each category (5-fold cross-validated; each source
   caption shows one side), for balanced and unbalanced perturbers, on COCO and IIW/DOCCI;
   accuracy near 0.5 means the edits leave no text-only artifacts. `holdout` repeats it on
   half of COCO with weights counted on the other half.

    python scripts/eval_perturb.py [--shared ../shared/data] [--coco N] [--what all|sugar|yield|blind|holdout]
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
    from tldr.perturb import CATEGORIES
    print("## SugarCrepe coverage\n")
    print("| subset | n | category | >= 1 negative | human negative among candidates | ... of any category |")
    print("|---|---|---|---|---|---|")
    for sub, cats in SUGAR.items():
        d = json.load(open(shared / f"bench/sugarcrepe/{sub}.json"))
        items = list(d.values())
        any_neg = hit = hit_any = 0
        for it in items:
            cands = [x for c in cats for x in p.candidates(it["caption"], c)]
            any_neg += bool(cands)
            want = norm(it["negative_caption"])
            h = any(norm(x.text) == want for x in cands)
            hit += h
            hit_any += h or any(norm(x.text) == want for c in CATEGORIES if c not in cats
                                for x in p.candidates(it["caption"], c))
        n = len(items)
        print(f"| {sub} | {n} | {'+'.join(cats)} | {any_neg / n:.1%} | {hit / n:.1%} | {hit_any / n:.1%} |")
    print()


def yields(name, caps, p):
    from tldr.perturb import CATEGORIES
    un = tldr.Perturber(seed=p.seed, balance=False)
    print(f"## Yield on {name} ({len(caps)} captions)\n")
    print("| category | captions with >= 1 site | candidates per caption (mean) "
          "| perturb(n=1) gives a negative: balanced | balance=False |")
    print("|---|---|---|---|---|")
    for c in CATEGORIES:
        has = tot = 0
        for t in caps:
            k = len(p.candidates(t, c))
            has += k > 0
            tot += k
        got = [sum(1 for t in caps if q.perturb(t, category=c, n=1)) for q in (p, un)]
        print(f"| {c} | {has / len(caps):.1%} | {tot / len(caps):.1f} | {got[0] / len(caps):.1%} "
              f"| {got[1] / len(caps):.1%} |")
    nb = len(p.perturb_batch(caps, 8)[0])
    nu = len(un.perturb_batch(caps, 8)[0])
    print(f"\nperturb(n=8) over all categories: {nb / len(caps):.2f} negatives per caption balanced, "
          f"{nu / len(caps):.2f} with balance=False\n")


def blind_pairs(caps, p, cat):
    pairs = []
    for t in caps:
        ns = p.perturb(t, category=cat, n=1)
        if ns:
            pairs.append((t, ns[0].text))
    return pairs


def blind_score(pairs, seed=0, folds=5):
    """5-fold cross-validated accuracy (mean, sd) of a logistic regression on word 1-2-grams;
    each source caption shows either its positive or its negative, never both, so the
    classifier cannot compare the two (that would be the image-free pair task)."""
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    rng = np.random.default_rng(seed)
    lab = rng.integers(0, 2, len(pairs))
    X = [pairs[k][lab[k]] for k in range(len(pairs))]
    fold = rng.permutation(len(pairs)) % folds
    accs, coef = [], None
    for f in range(folds):
        tr, te = np.flatnonzero(fold != f), np.flatnonzero(fold == f)
        vec = CountVectorizer(ngram_range=(1, 2), min_df=2, lowercase=True)
        A = vec.fit_transform([X[k] for k in tr])
        clf = LogisticRegression(max_iter=2000, C=1.0).fit(A, lab[tr])
        accs.append(clf.score(vec.transform([X[k] for k in te]), lab[te]))
        if coef is None:
            names = np.array(vec.get_feature_names_out())
            coef = ", ".join(names[np.argsort(-clf.coef_[0])[:5]])
    return float(np.mean(accs)), float(np.std(accs)), coef


def blind(name, caps, perturbers, min_pairs=100):
    from tldr.perturb import CATEGORIES
    print(f"## Blind text-only check on {name} ({len(caps)} captions)\n")
    print("Logistic regression on word 1-2-grams, 5-fold cross-validated accuracy (chance 0.5);")
    print("pairs = captions with a negative in the category.\n")
    head = " | ".join(f"{k}: pairs | {k}: accuracy" for k in perturbers)
    print(f"| category | {head} | most telling n-grams toward negative ({list(perturbers)[0]}) |")
    print("|---|" + "---|---|" * len(perturbers) + "---|")
    for c in CATEGORIES:
        cells, top = [], ""
        for k, p in perturbers.items():
            pairs = blind_pairs(caps, p, c)
            if len(pairs) < min_pairs:
                cells.append(f"{len(pairs)} | (too few)")
                continue
            m, sd, t = blind_score(pairs)
            cells.append(f"{len(pairs)} | {m:.3f} ± {sd:.3f}")
            if not top:
                top = t
        print(f"| {c} | {' | '.join(cells)} | {top} |")
    print()


def holdout(shared, caps_json):
    """weights from the captions of even COCO image ids, blind check on the odd ones"""
    import tempfile
    from tldr.perturb import count_weights, write_weights
    ann = json.load(open(caps_json))["annotations"]
    train = [a["caption"].strip() for a in ann if a["image_id"] % 2 == 0]
    test = [a["caption"].strip() for a in ann if a["image_id"] % 2 == 1]
    d = pathlib.Path(tempfile.mkdtemp())
    write_weights(d / "weights.lex", count_weights(train), "COCO val2017 captions of even image ids")
    p = tldr.Perturber(seed=0, lexicon=d / "weights.lex")
    blind(f"COCO val2017, odd image ids, weights from the {len(train)} captions of even image ids", test,
          {"balanced (held-out weights)": p})


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--coco", type=int, default=25014)
    ap.add_argument("--what", default="all", help="all, sugar, yield, blind or holdout")
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
        both = {"balanced": p, "balance=False": tldr.Perturber(seed=0, balance=False)}
        blind("COCO val2017", coco(shared, a.coco), both)
        blind("IIW/DOCCI", iiw(shared), both)
    if a.what in ("all", "holdout"):
        holdout(shared, shared / "captions/coco/captions_val2017.json")


if __name__ == "__main__":
    main()
