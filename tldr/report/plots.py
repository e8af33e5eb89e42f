"""matplotlib figures for evaluation: reliability diagram, per-category bars and the
rate-vs-benchmark scatter. matplotlib is optional: it is imported only when a function
here is called (``pip install matplotlib``)."""

import numpy as np

from .._core import InvalidInputError, UnsupportedError
from ..evaluate.calibration import reliability_data

__all__ = ["reliability_diagram", "category_bars", "rate_scatter"]


def _plt():
    try:
        import matplotlib.pyplot as plt
    except ImportError:  # pragma: no cover - depends on the environment
        raise UnsupportedError("tldr.plots needs matplotlib: pip install matplotlib") from None
    return plt


def _axes(ax, figsize):
    plt = _plt()
    if ax is None:
        fig, ax = plt.subplots(figsize=figsize)
    else:
        fig = ax.figure
    return fig, ax


def reliability_diagram(probs, labels, n_bins=15, *, strategy="uniform", ax=None, label=None):
    """Observed share of good tokens against mean P(good) per bin, with the diagonal and
    the ECE in the legend. Returns the Figure."""
    d = reliability_data(probs, labels, n_bins, strategy=strategy)
    fig, ax = _axes(ax, (4.5, 4.5))
    ax.plot([0, 1], [0, 1], color="0.6", lw=1, ls="--", label="perfect calibration")
    ok = d.counts > 0
    width = np.diff(d.edges)
    centers = d.edges[:-1] + width / 2
    ax.bar(centers[ok], d.accuracy[ok], width=width[ok] * 0.9, alpha=0.35, color="C0")
    name = label or "model"
    ax.plot(d.confidence[ok], d.accuracy[ok], "o-", color="C0", label=f"{name} (ECE {d.ece:.3f})")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_xlabel("mean predicted P(good)")
    ax.set_ylabel("observed share of good tokens")
    ax.set_title("reliability diagram")
    ax.legend(loc="upper left", fontsize="small")
    return fig


def category_bars(breakdown, metrics=("A_R",), *, ax=None, percent=True):
    """Grouped bars of ``metrics`` per category from :func:`tldr.metrics.by_category`
    (or any {category: {metric: value}} mapping, several models as {model: breakdown}
    are not merged: call once per model with a shared ``ax`` if needed). NaN values are
    left out. Returns the Figure."""
    if not breakdown:
        raise InvalidInputError("breakdown is empty")
    metrics = (metrics,) if isinstance(metrics, str) else tuple(metrics)
    cats = [c for c in breakdown if c != "all"] + (["all"] if "all" in breakdown else [])
    for c in cats:
        for m in metrics:
            if m not in breakdown[c]:
                raise InvalidInputError(f"metric {m!r} missing for category {c!r}")
    fig, ax = _axes(ax, (max(4.0, 0.9 * len(cats) * len(metrics) + 1.5), 3.5))
    x = np.arange(len(cats))
    w = 0.8 / len(metrics)
    scale = 100.0 if percent else 1.0
    for j, m in enumerate(metrics):
        vals = np.array([breakdown[c][m] for c in cats], dtype=np.float64) * scale
        ok = ~np.isnan(vals)
        ax.bar(x[ok] + (j - (len(metrics) - 1) / 2) * w, vals[ok], width=w, label=m)
    ax.set_xticks(x)
    ax.set_xticklabels([str(c) for c in cats], rotation=30, ha="right")
    ax.set_ylabel("%" if percent else "value")
    ax.legend(fontsize="small")
    ax.set_title("metrics by category")
    fig.tight_layout()
    return fig


def rate_scatter(fit, names=None, *, ax=None):
    """Benchmark score against -ln(token hallucination rate) with the fitted line, from
    :func:`tldr.rate_vs_benchmark`. Returns the Figure."""
    fig, ax = _axes(ax, (5, 4))
    ax.scatter(fit.x, fit.y, color="C0", zorder=3)
    if names is not None:
        names = list(names)
        if len(names) != fit.n:
            raise InvalidInputError(f"names has {len(names)} entries for {fit.n} points")
        for xi, yi, nm in zip(fit.x, fit.y, names):
            ax.annotate(str(nm), (xi, yi), textcoords="offset points", xytext=(4, 3), fontsize=7)
    xs = np.linspace(fit.x.min(), fit.x.max(), 50)
    p = "p < 1e-300" if fit.p_value == 0 else f"p = {fit.p_value:.2g}"
    ax.plot(xs, fit.slope * xs + fit.intercept, color="C3",
            label=f"{fit.slope:.2f}x + {fit.intercept:.2f} (r = {fit.r:.3f}, {p})")
    ax.set_xlabel("-ln(token hallucination rate)")
    ax.set_ylabel("benchmark score")
    ax.legend(fontsize="small")
    ax.set_title("hallucination rate vs benchmark")
    return fig
