"""Quality numbers of the perturbation engine (docs/perturbation.md, "Quality").

1. coverage: the table of issue 12, on the data this repository has: the share of
   captions where a category applies (at least one ``Perturber.candidates``), per caption
   set (see COVERAGE below for which set stands for which row).
2. sugar: SugarCrepe coverage per subset: captions with at least one negative in the
   matching category, and the share whose human-validated negative is among
   ``Perturber.candidates`` (compared after case and whitespace normalisation and without
   a final period).
3. yield: per category on COCO val2017 and IIW captions (negatives per caption, share of
   captions with at least one), and ``perturb_batch(n=8)`` per caption.
4. blind: a text-only logistic regression on word 1-2-grams (scikit-learn) tries to tell
   positives from negatives of each category (5-fold cross-validated; each source caption
   shows one side, split by caption), for balanced and unbalanced perturbers, on COCO and
   IIW/DOCCI; accuracy near 0.5 means the edits leave no text-only artifacts. Two ways to
   pick the negative: ``perturb(t, category=c, n=1)`` (the first negative of the category)
   and ``n=8``: a random one of the category among ``perturb(t, n=8)`` (what a training set
   holds). ``holdout`` repeats it on half of COCO with weights counted on the other half.
5. wordnet: automated truth checks of object and small-object negatives (WordNet 3.0 from
   Debian wordnet-base): the share that replace a noun by a synonym, a more general noun
   (hypernym: still true) or a more specific one (hyponym: may be true).
6. sample: 30 random default negatives per category (and every counterfactual when fewer)
   from COCO, each after its source caption, for a careful reading (docs/perturbation.md,
   "Reading").

    python scripts/eval_perturb.py [--shared ../shared/data] [--coco N]
        [--what all|coverage|sugar|yield|blind|holdout|wordnet|sample] [--seed S]
"""

import argparse
import difflib
import json
import pathlib
import random
import re
import sys

import numpy as np

import tldr

ROOT = pathlib.Path(__file__).resolve().parent.parent
SUGAR = {"replace_att": ["attribute"], "replace_obj": ["object"], "replace_rel": ["spatial"],
         "swap_att": ["binding"], "swap_obj": ["binding", "object"]}
# The spatial relations of the VSR corpus (Liu et al. 2023, "Visual Spatial Reasoning":
# topology, direction, proximity, orientation), which the held-out spatial
# captions are written about; written here independently of spatial.lex so that the
# stand-in caption sets below are not chosen by the lexicon being measured.
VSR = ("above", "across from", "against", "ahead of", "along", "alongside", "around", "at the back of",
       "at the edge of", "at the side of", "attached to", "away from", "behind", "below", "beneath", "beside",
       "between", "by", "close to", "connected to", "contains", "detached from", "down", "facing",
       "facing away from", "far away from", "far from", "in", "in front of", "in the middle of", "inside", "into",
       "left of", "near", "next to", "off", "on", "on top of", "onto", "opposite", "out of", "outside", "over",
       "parallel to", "part of", "past", "perpendicular to", "right of", "surrounding", "through", "touching",
       "toward", "towards", "under", "underneath", "within", "adjacent to", "among")


def norm(s):
    s = " ".join(s.lower().split()).strip()
    return s[:-1].rstrip() if s.endswith(".") else s


def words(s):
    return re.findall(r"[a-z0-9]+(?:['-][a-z0-9]+)*", s.lower())


def has_phrase(ws, phrases):
    t = " " + " ".join(ws) + " "
    return any(" " + p + " " in t for p in phrases)


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


def sugar_items(shared, sub):
    return list(json.load(open(shared / f"bench/sugarcrepe/{sub}.json")).values())


def changed_words(a, b):
    """The words of caption a that the human negative b replaced or deleted."""
    wa, wb = words(a), words(b)
    sm = difflib.SequenceMatcher(a=wa, b=wb, autojunk=False)
    return [w for t, i1, i2, _, _ in sm.get_opcodes() if t != "equal" for w in wa[i1:i2]]


def free_forms(p):
    """Lower-case forms of the attribute classes that need no context (`*name`: poses,
    actions): an attribute edit of one of them replaces a relation of its subject."""
    from tldr.perturb import lexicon as L
    out, free = set(), False
    for path, kind, data in p.files:
        if kind != "attributes":
            continue
        for r in L.parse(str(path), kind, data):
            if isinstance(r, L.Class):
                free = r.free
            elif isinstance(r, L.Form) and free:
                out.add(r.text)
    return out


def relation_applies(p, text, free):
    """A relation replacement applies: a spatial candidate, or an attribute candidate that
    replaces a pose or action (a free attribute class)."""
    if p.candidates(text, "spatial"):
        return True
    return any(" ".join(words(e.old)) in free for x in p.candidates(text, "attribute") for e in x.edits)


def coverage(shared, p, ncoco):
    """The issue's coverage table on the data here."""
    free = free_forms(p)
    att, swa, swo = (sugar_items(shared, s) for s in ("replace_att", "swap_att", "swap_obj"))
    rel = sugar_items(shared, "replace_rel")
    # stand-ins for "captions written about spatial relations": the replace_rel captions
    # whose human negative replaced a VSR relation by another (the relation is what the
    # caption is about), and the COCO captions that contain a VSR relation other than the bare
    # "in/on/at/by/down/off/past/through/along/around/over" (those mostly carry no layout)
    spatial_rel = [x for x in rel if has_phrase(changed_words(x["caption"], x["negative_caption"]), VSR)
                   and has_phrase(changed_words(x["negative_caption"], x["caption"]), VSR)]
    loose = {"in", "on", "at", "by", "down", "off", "past", "through", "along", "around", "over", "between", "among"}
    strict = [v for v in VSR if v not in loose]
    coco_sp = [t for t in coco(shared, ncoco) if has_phrase(words(t), strict)]

    def share(items, fn):
        return sum(1 for x in items if fn(x)) / max(len(items), 1), len(items)

    rows = [
        ("attribute replacement", "SugarCrepe replace_att captions", "attribute", 0.64, 0.85,
         share(att, lambda x: bool(p.candidates(x["caption"], "attribute")))),
        ("binding: two attributes swapped between two nouns", "SugarCrepe swap_att captions", "binding", 0.28, 0.65,
         share(swa, lambda x: bool(p.candidates(x["caption"], "binding")))),
        ("binding: two objects swapped", "SugarCrepe swap_obj captions", "binding", 0.12, 0.40,
         share(swo, lambda x: bool(p.candidates(x["caption"], "binding")))),
        ("spatial, on captions written about spatial relations",
         "SugarCrepe replace_rel captions whose human negative replaced a VSR relation by another", "spatial",
         0.65, 0.90,
         share(spatial_rel, lambda x: bool(p.candidates(x["caption"], "spatial")))),
        ("spatial (second stand-in)", "COCO val2017 captions containing a VSR relation (not the bare in/on/at/...)",
         "spatial", None, 0.90, share(coco_sp, lambda t: bool(p.candidates(t, "spatial")))),
        ("relation replacement (mostly actions)", "SugarCrepe replace_rel captions", "spatial, or attribute at a "
         "pose/action", 0.59, 0.70, share(rel, lambda x: relation_applies(p, x["caption"], free))),
    ]
    print("## Coverage (the issue's table, on the data here)\n")
    print("| what | caption set (stand-in) | n | category | issue: before | goal | now |")
    print("|---|---|---|---|---|---|---|")
    for what, where, cat, before, goal, (s, n) in rows:
        b = f"{before:.2f}" if before is not None else "-"
        ok = "met" if s >= goal else "MISSED"
        print(f"| {what} | {where} | {n} | {cat} | {b} | >= {goal:.2f} | {s:.3f} ({ok}) |")
    print()


def sugar(shared, p):
    from tldr.perturb import CATEGORIES
    print("## SugarCrepe coverage\n")
    print("| subset | n | category | >= 1 negative | human negative among candidates | ... of any category |")
    print("|---|---|---|---|---|---|")
    for sub, cats in SUGAR.items():
        items = sugar_items(shared, sub)
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
          "| perturb(n=1) gives a negative: balanced | balance=False | of perturb(n=8): balanced | balance=False |")
    print("|---|---|---|---|---|---|---|")
    nb = p.perturb_batch(caps, 8)
    nu = un.perturb_batch(caps, 8)
    cb = np.bincount(nb[2], minlength=len(CATEGORIES))
    cu = np.bincount(nu[2], minlength=len(CATEGORIES))
    for k, c in enumerate(CATEGORIES):
        has = tot = 0
        for t in caps:
            m = len(p.candidates(t, c))
            has += m > 0
            tot += m
        got = [sum(1 for t in caps if q.perturb(t, category=c, n=1)) for q in (p, un)]
        print(f"| {c} | {has / len(caps):.1%} | {tot / len(caps):.1f} | {got[0] / len(caps):.1%} "
              f"| {got[1] / len(caps):.1%} | {cb[k] / len(caps):.2f} | {cu[k] / len(caps):.2f} |")
    print(f"\nperturb(n=8) over all categories: {len(nb[0]) / len(caps):.2f} negatives per caption balanced, "
          f"{len(nu[0]) / len(caps):.2f} with balance=False\n")


def blind_pairs(caps, p, cat, mode, seed=0):
    """(caption, negative) pairs of category cat: mode "n1" takes perturb(t, category=cat,
    n=1); "n8" a random negative of the category among perturb_batch(n=8)."""
    from tldr.perturb import CATEGORIES
    if mode == "n1":
        return [(t, ns[0].text) for t in caps for ns in [p.perturb(t, category=cat, n=1)] if ns]
    negs, src, catv, _, _ = p.perturb_batch(caps, 8)
    ci = CATEGORIES.index(cat)
    by = {}
    for t, s, c in zip(negs, src.tolist(), catv.tolist()):
        if c == ci:
            by.setdefault(s, []).append(t)
    rng = random.Random(seed)
    return [(caps[s], rng.choice(v)) for s, v in sorted(by.items())]


def blind_score(pairs, seed=0, folds=5):
    """5-fold cross-validated accuracy (mean, sd) of a logistic regression on word 1-2-grams;
    each source caption shows either its positive or its negative, never both, so the
    classifier cannot compare the two (that would be the image-free pair task), and the
    folds split by caption."""
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


def blind(name, caps, perturbers, mode="n1", min_pairs=100):
    from tldr.perturb import CATEGORIES
    how = "perturb(t, category=c, n=1)" if mode == "n1" else "a random negative of c among perturb(t, n=8)"
    print(f"## Blind text-only check on {name} ({len(caps)} captions; negatives: {how})\n")
    print("Logistic regression on word 1-2-grams, 5-fold cross-validated accuracy (chance 0.5);")
    print("pairs = captions with a negative in the category.\n")
    head = " | ".join(f"{k}: pairs | {k}: accuracy" for k in perturbers)
    print(f"| category | {head} | most telling n-grams toward negative ({list(perturbers)[0]}) |")
    print("|---|" + "---|---|" * len(perturbers) + "---|")
    for c in CATEGORIES:
        cells, top = [], ""
        for k, p in perturbers.items():
            pairs = blind_pairs(caps, p, c, mode)
            if len(pairs) < min_pairs:
                cells.append(f"{len(pairs)} | (too few)")
                continue
            m, sd, t = blind_score(pairs)
            cells.append(f"{len(pairs)} | {m:.3f} ± {sd:.3f}")
            if not top:
                top = t
        print(f"| {c} | {' | '.join(cells)} | {top} |")
    # every category together, as a training set mixes them (n=8: one random negative)
    if mode == "n8":
        cells = []
        for k, p in perturbers.items():
            negs, src, _, _, _ = p.perturb_batch(caps, 8)
            by = {}
            for t, s in zip(negs, src.tolist()):
                by.setdefault(s, []).append(t)
            rng = random.Random(0)
            pairs = [(caps[s], rng.choice(v)) for s, v in sorted(by.items())]
            m, sd, _ = blind_score(pairs)
            cells.append(f"{len(pairs)} | {m:.3f} ± {sd:.3f}")
        print(f"| all categories | {' | '.join(cells)} | |")
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


def noun_pairs(negs, src, catv, edits_split, edits, caps, cats):
    """(old, new) word pairs of the single-phrase edits of negatives in categories cats."""
    from tldr.perturb import CATEGORIES
    want = {CATEGORIES.index(c) for c in cats}
    out = []
    for r, (c, s) in enumerate(zip(catv.tolist(), src.tolist())):
        if c not in want:
            continue
        for e in range(edits_split[r], edits_split[r + 1]):
            a, b, na, nb = edits[e].tolist()
            old, new = caps[s][a:b].lower(), negs[r][na:nb].lower()
            if old not in ("a", "an", "his", "her", "he", "she", "him", "himself", "herself"):
                out.append((old, new))
    return out


def wordnet(shared, ncoco=6000):
    from tldr.perturb import _wordnet
    if not _wordnet.available():
        print("## WordNet checks: skipped (no /usr/share/wordnet: apt-get install wordnet-base)\n")
        return
    wn = _wordnet.WordNet()
    caps = coco(shared, ncoco)
    print(f"## Automated truth checks (WordNet 3.0, first {len(caps)} COCO val2017 captions, perturb(n=8))\n")
    print("Any sense of either noun counts; the second figure leaves out the pairs WordNet relates only")
    print("through a rare sense (tldr/perturb/_wordnet.py RARE_SENSE: bus as 'jalopy', wall as 'masonry")
    print("fence', ...). Edits of multi-word phrases are compared on their changed words.\n")
    print("| perturber | category | edits | synonym | more general (hypernym: still true) "
          "| more specific (hyponym: may be true) |")
    print("|---|---|---|---|---|---|")
    for name, p in (("balanced", tldr.Perturber(seed=0)), ("balance=False", tldr.Perturber(seed=0, balance=False))):
        out = p.perturb_batch(caps, 8)
        for cats in (["object"], ["small_object"]):
            pairs = noun_pairs(*out, caps, cats)
            rel = [wn.relation(a, b) for a, b in pairs]
            rare = [frozenset((wn.lemma(a) or a, wn.lemma(b) or b)) in _wordnet.RARE_SENSE for a, b in pairs]
            n = max(len(pairs), 1)

            def cell(kind):
                k = sum(1 for r in rel if r == kind)
                k2 = sum(1 for r, q in zip(rel, rare) if r == kind and not q)
                return f"{k / n:.2%} / {k2 / n:.2%}"

            print(f"| {name} | {'+'.join(cats)} | {len(pairs)} | {cell('synonym')} | {cell('hypernym')} "
                  f"| {cell('hyponym')} |")
    print()


def sample(shared, seed, per=30, out_path=None):
    """per random default negatives of each category (all when fewer) from COCO."""
    from tldr.perturb import CATEGORIES
    caps = coco(shared, 25014)
    p = tldr.Perturber(seed=0)
    negs, src, catv, es, ed = p.perturb_batch(caps, 8)
    by = {c: [] for c in range(len(CATEGORIES))}
    for r, (t, s, c) in enumerate(zip(negs, src.tolist(), catv.tolist())):
        marks = [(ed[e][2], ed[e][3]) for e in range(es[r], es[r + 1])]
        by[c].append((caps[s], t, marks))
    rng = random.Random(seed)
    lines = []
    for c, name in enumerate(CATEGORIES):
        items = by[c]
        pick = rng.sample(items, min(per, len(items)))
        lines.append(f"## {name} ({len(items)} negatives, {len(pick)} shown; seed {seed})\n")
        for k, (a, b, marks) in enumerate(pick, 1):
            shown, pos = [], 0
            for s, e in sorted(marks):  # the edited text in [brackets]
                shown += [b[pos:s], "[", b[s:e], "]"]
                pos = e
            shown.append(b[pos:])
            lines.append(f"{k:2d}. {a}\n    -> {''.join(shown)}")
        lines.append("")
    text = "\n".join(lines)
    if out_path:
        pathlib.Path(out_path).write_text(text)
    print(text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--coco", type=int, default=25014)
    ap.add_argument("--what", default="all",
                    help="all, coverage, sugar, yield, blind, holdout, wordnet or sample")
    ap.add_argument("--seed", type=int, default=12, help="seed of the reading sample")
    ap.add_argument("--out", default=None, help="sample: also write it to this file")
    a = ap.parse_args()
    shared = pathlib.Path(a.shared)
    if not shared.is_dir():
        sys.exit(f"shared data not found at {shared}")
    p = tldr.Perturber(seed=0)
    what = a.what.split(",")
    every = "all" in what
    if every or "coverage" in what:
        coverage(shared, p, a.coco)
    if every or "sugar" in what:
        sugar(shared, p)
    if every or "yield" in what:
        yields("COCO val2017", coco(shared, a.coco), p)
        yields("IIW/DOCCI", iiw(shared), p)
    if every or "blind" in what:
        both = {"balanced": p, "balance=False": tldr.Perturber(seed=0, balance=False)}
        blind("COCO val2017", coco(shared, a.coco), both, "n1")
        blind("COCO val2017", coco(shared, a.coco), both, "n8")
        blind("IIW/DOCCI", iiw(shared), both, "n1")
    if every or "holdout" in what:
        holdout(shared, shared / "captions/coco/captions_val2017.json")
    if every or "wordnet" in what:
        wordnet(shared)
    if "sample" in what:
        sample(shared, a.seed, out_path=a.out)


if __name__ == "__main__":
    main()
