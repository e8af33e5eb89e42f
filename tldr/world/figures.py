"""Figures of a reproduction run (PNG, matplotlib) and its token heat map (HTML).

Each figure is drawn from results.json alone (scenes are re-rendered from their seeds),
so a run's figures can be redrawn without rerunning it:

    table1.png     overall metrics and A_R per category of TLDR, naive and blind
    rates.png      predicted against true token hallucination rate per captioner, and
                   tldr.rate_vs_benchmark's fit (-ln rate against the share of true captions)
    tau_merge.png  the tau-merged captioner's true error rate
    heatmap.png    held-out scenes, the backbone captioner's captions coloured by TLDR's
                   P(good) (flagged words underlined) and the words check blames
"""

import os

import numpy as np

__all__ = ["heatmap_examples", "all_figures"]

METRICS = (("token_accuracy", "A_T"), ("sentence_accuracy", "A_S"), ("response_accuracy", "A_R"),
           ("map_neg", "mAP(neg)"), ("map_pos", "mAP(pos)"))
MODELS = (("tldr", "TLDR"), ("tldr_checked", "TLDR (check labels)"), ("naive", "naive RM"), ("blind", "blind TLDR"))


def heatmap_examples(det, kept, out, n=6):
    """The first n of the backbone captioner's scored captions (kept = (scenes, images,
    captions, scores) of experiments.captioner_rates) as records for heatmap.png, and
    out/heatmap.html by tldr.heatmap. Records: seed, caption, tokens [(start, end, P(good),
    label by check)], verdict."""
    import tldr

    from .check import check
    from .experiments import caption_truth

    scenes, _, caps, scores = kept
    scenes, caps, scores = scenes[:n], caps[:n], scores[:n]
    labels, verdicts = caption_truth(scenes, caps, scores)
    recs, k = [], 0
    for sc, cap, s, v in zip(scenes, caps, scores, verdicts):
        lab = labels[k:k + len(s.probs)]
        k += len(s.probs)
        recs.append({"seed": sc.seed, "caption": cap, "verdict": v,
                     "tokens": [[int(a), int(b), round(float(p), 4), int(y)]
                                for (a, b), p, y in zip(s.offsets, s.probs, lab)]})
    if scores:
        offsets = np.concatenate([s.offsets for s in scores])
        probs = np.concatenate([s.probs for s in scores])
        rs = np.concatenate([[0], np.cumsum([len(s.probs) for s in scores])])
        titles = [f"check: {v}" + (f" (blamed: {', '.join(repr(c[a:b]) for a, b in check(sc, c)[1])})"
                                   if v == "false" else "") for sc, c, v in zip(scenes, caps, verdicts)]
        os.makedirs(out, exist_ok=True)
        tldr.heatmap(caps, offsets, probs, rs, titles=titles).save(os.path.join(out, "heatmap.html"))
    return recs


def _plt():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _table1(res, path):
    plt = _plt()
    models = [(k, name) for k, name in MODELS if k in res]
    fig, (a1, a2) = plt.subplots(1, 2, figsize=(12, 3.8), gridspec_kw={"width_ratios": [1, 2]})
    w = 0.8 / len(models)
    x = np.arange(len(METRICS))
    for j, (k, name) in enumerate(models):
        vals = [100 * res[k][m] for m, _ in METRICS]
        a1.bar(x + (j - (len(models) - 1) / 2) * w, vals, width=w, label=name)
    a1.set_xticks(x)
    a1.set_xticklabels([lab for _, lab in METRICS], rotation=20)
    a1.set_ylabel("%")
    a1.set_ylim(0, 100)
    a1.set_title("held-out scenes (labels by check)")
    cats = list(res["tldr"]["response_accuracy_by_category"])
    x = np.arange(len(cats))
    for j, (k, name) in enumerate(models):
        vals = [100 * res[k]["response_accuracy_by_category"].get(c, np.nan) for c in cats]
        a2.bar(x + (j - (len(models) - 1) / 2) * w, vals, width=w, label=name)
    a2.set_xticks(x)
    a2.set_xticklabels(cats, rotation=25, ha="right")
    a2.set_ylim(0, 100)
    a2.set_title("A_R by category")
    a2.legend(fontsize="small", ncol=2)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _rates(res, path):
    import tldr
    from tldr.report.plots import rate_scatter

    plt = _plt()
    rows = res["rates"]
    fig, (a1, a2) = plt.subplots(1, 2, figsize=(11, 4.2))
    t = np.array([100 * r["true_token_rate"] for r in rows])
    p = np.array([100 * r["predicted_token_rate"] for r in rows])
    a1.scatter(t, p, zorder=3)
    for r, xi, yi in zip(rows, t, p):
        a1.annotate(r["name"], (xi, yi), textcoords="offset points", xytext=(4, 3), fontsize=8)
    hi = max(t.max(), p.max()) * 1.1 + 1
    a1.plot([0, hi], [0, hi], color="0.6", ls="--", lw=1, label="predicted = true")
    a1.set_xlim(0, hi)
    a1.set_ylim(0, hi)
    a1.set_xlabel("true token hallucination rate, % (check)")
    a1.set_ylabel("TLDR's predicted token rate, %")
    a1.set_title(f"captioners on held-out scenes (Pearson r = {res['rate_pearson_r']:.3f})")
    a1.legend(fontsize="small")
    if res.get("rate_fit"):
        fit = tldr.rate_vs_benchmark(p / 100, [100 * (1 - r["true_response_rate"]) for r in rows])
        rate_scatter(fit, [r["name"] for r in rows], ax=a2)
        a2.set_ylabel("true captions, % (check)")
        a2.set_title("the paper's fit: score vs -ln(predicted rate)")
    else:
        a2.axis("off")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _tau(res, path):
    plt = _plt()
    rows = res["tau_merge"]
    fig, ax = plt.subplots(figsize=(4.8, 3.6))
    taus = [r["tau"] for r in rows]
    ax.plot(taus, [100 * r["true_error_rate"] for r in rows], "o-", label="captions with an error")
    ax.plot(taus, [100 * r["true_token_error_rate"] for r in rows], "s-", label="tokens in an error")
    ax.plot(taus, [100 * r["unknown_rate"] for r in rows], "^:", label="captions the checker cannot read")
    ax.set_xlabel("tau (share of the LoRA update merged)")
    ax.set_ylabel("% (check)")
    ax.set_ylim(0, 100)
    ax.set_title(f"{res['backbone']} + tau * TLDR LoRA")
    ax.legend(fontsize="small")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _heatmap(res, path):
    from .scene import Scene

    plt = _plt()
    recs = [r for r in res.get("heatmap_examples", []) if r["seed"] is not None]
    if not recs:
        return False
    # text widths are measured at the figure's dpi: save at the same dpi
    fig, axes = plt.subplots(len(recs), 2, figsize=(10, 1.45 * len(recs)), dpi=110,
                             gridspec_kw={"width_ratios": [1, 6]}, squeeze=False)
    cmap = plt.get_cmap("RdYlGn")
    for (ai, at), r in zip(axes, recs):
        ai.imshow(Scene.sample(r["seed"]).render(64))
        ai.axis("off")
        at.axis("off")
        at.set_xlim(0, 1)
        at.set_ylim(0, 1)
    # words are laid out in axes coordinates from their measured widths: the layout must be final first
    fig.tight_layout()
    for (ai, at), r in zip(axes, recs):
        x = 0.0
        cap = r["caption"]
        renderer = fig.canvas.get_renderer()
        pos = 0
        for a, b, p, y in r["tokens"]:
            # text between tokens, then the token; leading spaces become a gap, so the shade
            # and the underline cover the word only
            for piece, style in ((cap[pos:a], None), (cap[a:b], (p, y))):
                word = piece.strip()
                if piece[:1].isspace():
                    x += 0.008
                if not word:
                    continue
                kw = {} if style is None else {"bbox": {"facecolor": cmap(style[0]), "edgecolor": "none",
                                                        "pad": 1.0}}
                txt = at.text(x, 0.62, word, fontsize=9, family="monospace", va="center", **kw)
                bb = txt.get_window_extent(renderer=renderer).transformed(at.transAxes.inverted())
                if style is not None and style[1] == 0:   # a word check blames: underlined in red
                    at.plot([bb.x0, bb.x1], [bb.y0 - 0.1] * 2, color="C3", lw=2.5, solid_capstyle="butt")
                x = bb.x1 + 0.002
            pos = b
        at.text(0.0, 0.08, f"check: {r['verdict']}   (shade: TLDR's P(good), red = low; "
                "red underline: words check blames)", fontsize=7, color="0.35", va="center")
    fig.savefig(path, dpi=fig.dpi)
    plt.close(fig)
    return True


def all_figures(res, out):
    """Draw every figure of results ``res`` into out; returns the file names written."""
    _plt()   # ImportError without matplotlib: the caller records that figures were skipped
    names = []
    _table1(res, os.path.join(out, "table1.png"))
    names.append("table1.png")
    if res.get("rates"):
        _rates(res, os.path.join(out, "rates.png"))
        names.append("rates.png")
    if res.get("tau_merge"):
        _tau(res, os.path.join(out, "tau_merge.png"))
        names.append("tau_merge.png")
    if _heatmap(res, os.path.join(out, "heatmap.png")):
        names.append("heatmap.png")
    return names
