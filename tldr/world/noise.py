"""Label noise of the perturbation engine, measured in the world.

The engine calls every negative it writes bad. In the world, ``check`` decides whether
it really is: a negative that is true in its scene is label noise (e.g. "there are no
cats" -> "there are no dogs" in a scene without dogs). ``engine_label_noise`` perturbs
world captions one category at a time (``Perturber.perturb(text, category=c, n=1)``, as
the yield table of docs/perturbation.md does) and counts the checker's verdicts.

    >>> rows = engine_label_noise(n_scenes=50, balance=True)       # doctest: +SKIP
    >>> rows["object"]["false_share"]                               # doctest: +SKIP
    0.78
"""

import collections

from .check import check
from .describe import describe
from .scene import Scene


def _overlaps(spans, edits):
    for a, b in spans:
        for e in edits:
            lo, hi = e.new_start, max(e.new_end, e.new_start + 1)
            if a < hi and lo < b:
                return True
    return False


def negatives(n_scenes=200, *, styles=("coco", "dense"), balance=True, seed=0, perturber=None):
    """Yield (scene, caption, negative) for n_scenes scenes (seeds seed, seed+1, ...), each
    described in every style, with one negative per category where the engine writes one."""
    import tldr

    p = perturber if perturber is not None else tldr.Perturber(seed=seed, balance=balance)
    for k in range(n_scenes):
        scene = Scene.sample(seed + k)
        for style in styles:
            cap = describe(scene, style, seed=seed + k)
            for cat in tldr.CATEGORIES:
                for neg in p.perturb(cap, category=cat, n=1):
                    yield scene, cap, neg


def engine_label_noise(n_scenes=200, *, styles=("coco", "dense"), balance=True, seed=0, perturber=None,
                       examples=0):
    """Per category: how many engine negatives of world captions ``check`` finds false,
    true (label noise) or cannot read (unknown).

    Returns ``{category: {"n", "false", "true", "unknown", "false_share", "noise_share",
    "unknown_share", "span_hit", "examples"}}`` plus ``"all"``: false_share = false / n,
    noise_share = true / (false + true) (the share of decided negatives that are
    mislabelled), span_hit = the share of false negatives whose bad spans overlap an edit
    of the engine (the two agree on where the error is), examples = up to ``examples``
    (verdict, caption, negative) per category that are not false."""
    import tldr

    cats = list(tldr.CATEGORIES)
    count = {c: collections.Counter() for c in cats + ["all"]}
    ex = {c: [] for c in cats}
    for scene, cap, neg in negatives(n_scenes, styles=styles, balance=balance, seed=seed, perturber=perturber):
        verdict, spans = check(scene, neg.text)
        for c in (neg.category, "all"):
            count[c][verdict] += 1
            if verdict == "false" and _overlaps(spans, neg.edits):
                count[c]["span_hit"] += 1
        if verdict != "false" and len(ex[neg.category]) < examples:
            ex[neg.category].append((verdict, cap, neg.text))
    out = {}
    for c in cats + ["all"]:
        k = count[c]
        n = k["false"] + k["true"] + k["unknown"]
        decided = k["false"] + k["true"]
        out[c] = {
            "n": n, "false": k["false"], "true": k["true"], "unknown": k["unknown"],
            "false_share": k["false"] / n if n else float("nan"),
            "noise_share": k["true"] / decided if decided else float("nan"),
            "unknown_share": k["unknown"] / n if n else float("nan"),
            "span_hit": k["span_hit"] / k["false"] if k["false"] else float("nan"),
        }
        if c != "all":
            out[c]["examples"] = ex[c]
    return out


def noise_table(rows_by_mode):
    """Markdown table of engine_label_noise results: {mode name: rows} -> str."""
    import tldr

    modes = list(rows_by_mode)
    head = "| category | " + " | ".join(f"{m}: n | false | true (noise) | unknown | spans agree" for m in modes) + " |"
    sep = "|---|" + "---|---|---|---|---|" * len(modes)
    lines = [head, sep]
    for c in list(tldr.CATEGORIES) + ["all"]:
        cells = []
        for m in modes:
            r = rows_by_mode[m][c]
            if r["n"] == 0:
                cells.append("0 | | | |")
                continue
            cells.append(f"{r['n']} | {100 * r['false_share']:.1f}% | {100 * r['true'] / r['n']:.1f}% | "
                         f"{100 * r['unknown_share']:.1f}% | {100 * r['span_hit']:.1f}%")
        lines.append(f"| {c} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
