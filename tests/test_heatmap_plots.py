"""HTML heat map (escaping, tooltips, underlines) and matplotlib figures."""

import html.parser
import re

import numpy as np
import pytest

import tldr
from tldr import metrics as M

PAT = re.compile(r" ?\w+| ?[^\w\s]|\s+")


def tokenize(text):
    ms = list(PAT.finditer(text))
    return np.array([m.span() for m in ms], dtype=np.int64).reshape(-1, 2), [m.group() for m in ms]


class Collector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []
        self.text = []
        self.titles = []
        self.flag_text = []
        self._stack = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        self._stack.append((tag, a))
        if "title" in a:
            self.titles.append(a["title"])

    def handle_endtag(self, tag):
        self._stack.pop()

    def handle_data(self, data):
        if any(t == "style" for t, _ in self._stack):
            return
        self.text.append(data)
        if any("f" in (a.get("class") or "").split() for _, a in self._stack):
            self.flag_text.append(data)


def render(text, probs=None):
    off, pieces = tokenize(text)
    p = np.full(len(pieces), 0.9) if probs is None else np.asarray(probs)
    return tldr.heatmap(text, off, p), off, pieces


def test_heatmap_escapes_untrusted_text():
    text = 'A <script>alert("x")</script> & <b>bold</b> sign with "quotes" and \'apos\'.'
    h, off, pieces = render(text)
    out = h._repr_html_()
    assert "<script" not in out and "<b>" not in out
    c = Collector()
    c.feed(out)
    assert "script" not in c.tags and "b" not in c.tags
    body = "".join(c.text)
    assert text in body  # the text round-trips exactly through the HTML parser


def test_heatmap_tooltips_and_underlines():
    text = "Four blue ducks swim."
    off, pieces = tokenize(text)
    p = np.full(len(pieces), 0.95)
    p[0] = 0.125
    h = tldr.heatmap(text, off, p)
    c = Collector()
    c.feed(h.to_html())
    assert "p=0.125" in c.titles and "p=0.950" in c.titles
    assert "".join(c.flag_text) == "Four"
    assert "<script" not in h.to_html() and "javascript" not in h.to_html().lower()
    page = h.to_html(full_page=True)
    assert page.startswith("<!DOCTYPE html>") and "</html>" in page


def test_heatmap_batch_titles_and_gaps(tmp_path):
    texts = ["Red car.", "x  <y>"]
    encs = [tokenize(t) for t in texts]
    # drop whitespace-only tokens so there are gaps between tokens
    offs, probs = [], []
    for (off, pieces) in encs:
        keep = [i for i, pc in enumerate(pieces) if pc.strip()]
        offs.append(off[keep])
        probs.append(np.linspace(0.2, 0.9, len(keep)))
    rs = np.concatenate([[0], np.cumsum([len(o) for o in offs])])
    h = tldr.heatmap(texts, np.concatenate(offs), np.concatenate(probs), rs, titles=["<one>", "two"])
    c = Collector()
    c.feed(h.to_html())
    body = "".join(c.text)
    assert "<one>" in body and "Red car." in body and "x  <y>" in body
    f = tmp_path / "h.html"
    h.save(f)
    assert f.read_text(encoding="utf-8") == h.to_html(full_page=True)
    assert "2 text(s)" in repr(h)


def test_heatmap_errors():
    with pytest.raises(tldr.InvalidInputError, match="row_splits"):
        tldr.heatmap(["a", "b"], [[0, 1], [0, 1]], [0.1, 0.2])
    with pytest.raises(tldr.InvalidInputError, match="2 rows but there are 1"):
        tldr.heatmap(["a"], [[0, 1], [0, 1]], [0.1, 0.2], [0, 1, 2])
    with pytest.raises(tldr.InvalidInputError, match="len\\(text\\)"):
        tldr.heatmap("a", [[0, 5]], [0.1])
    with pytest.raises(tldr.NonFiniteError):
        tldr.heatmap("a", [[0, 1]], [np.nan])
    with pytest.raises(tldr.InvalidInputError, match="titles"):
        tldr.heatmap("a", [[0, 1]], [0.1], titles=["x", "y"])


def test_import_tldr_needs_no_optional_packages():
    import subprocess
    import sys

    code = ("import sys, tldr, tldr.plots; "
            "bad = [m for m in ('matplotlib', 'scipy', 'sklearn') if m in sys.modules]; "
            "print(','.join(bad)); sys.exit(1 if bad else 0)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr


# ----------------------------------------------------------------- matplotlib
@pytest.fixture
def plt():
    mpl = pytest.importorskip("matplotlib")
    mpl.use("Agg")
    import matplotlib.pyplot as plt

    yield plt
    plt.close("all")


def test_reliability_diagram(plt):
    rng = np.random.default_rng(0)
    p = rng.random(2000)
    y = rng.random(2000) < p
    fig = tldr.plots.reliability_diagram(p, y, n_bins=10, label="synthetic")
    ax = fig.axes[0]
    ece = M.expected_calibration_error(p, y, 10)
    texts = [t.get_text() for t in ax.get_legend().get_texts()]
    assert any(f"ECE {ece:.3f}" in t for t in texts)
    line = [ln for ln in ax.get_lines() if ln.get_marker() == "o"][0]
    d = M.reliability_data(p, y, 10)
    np.testing.assert_allclose(line.get_ydata(), d.accuracy[d.counts > 0])


def test_category_bars_and_rate_scatter(plt):
    rng = np.random.default_rng(1)
    lens = rng.integers(3, 10, 30)
    rs = np.concatenate([[0], np.cumsum(lens)])
    y = rng.random(rs[-1]) < 0.9
    p = np.clip(np.where(y, 0.8, 0.3) + rng.normal(0, 0.2, rs[-1]), 0, 1)
    cats = np.array(["spatial", "counting"])[rng.integers(0, 2, 30)]
    bc = M.by_category(p, y, rs, cats)
    fig = tldr.plots.category_bars(bc, ("A_T", "A_R"))
    ax = fig.axes[0]
    heights = sorted(round(r.get_height(), 9) for r in ax.patches)
    want = sorted(round(100 * bc[c][m], 9) for c in bc for m in ("A_T", "A_R"))
    assert heights == want
    with pytest.raises(tldr.InvalidInputError, match="missing"):
        tldr.plots.category_bars(bc, ("nope",))

    fit = tldr.rate_vs_benchmark([0.0002, 0.0005, 0.003, 0.04], [70, 60, 50, 28])
    fig = tldr.plots.rate_scatter(fit, names=["a", "b", "c", "d"])
    ax = fig.axes[0]
    assert f"r = {fit.r:.3f}" in ax.get_legend().get_texts()[0].get_text()
    assert [t.get_text() for t in ax.texts] == ["a", "b", "c", "d"]
    with pytest.raises(tldr.InvalidInputError, match="names"):
        tldr.plots.rate_scatter(fit, names=["a"])


def test_heatmap_lone_surrogate_is_replaced(tmp_path):
    text = "a\ud800b"
    h = tldr.heatmap(text, [[0, 1], [1, 2], [2, 3]], [0.9, 0.1, 0.9])
    out = h.to_html()
    out.encode("utf-8")  # encodable
    assert "\ufffd" in out
    h.save(tmp_path / "s.html")


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab <>&\"'/=.\n\u00e9\U0001f600")), max_size=40), st.data())
def test_heatmap_text_round_trips_through_html(text, data):
    off, pieces = tokenize(text)
    # randomly drop tokens so gaps appear
    keep = data.draw(st.lists(st.booleans(), min_size=len(pieces), max_size=len(pieces)))
    off = off[np.array(keep, bool)] if len(pieces) else off
    p = np.array(data.draw(st.lists(st.sampled_from([0.05, 0.5, 0.95]), min_size=len(off), max_size=len(off))))
    out = tldr.heatmap(text, off, p).to_html()
    c = Collector()
    c.feed(out)
    c.close()
    assert "".join(c.text).startswith(text)  # then the legend
    assert set(c.tags) <= {"div", "style", "span"}


def test_plots_without_matplotlib_is_a_tldr_error():
    import subprocess
    import sys

    code = ("import sys; sys.modules['matplotlib'] = None; sys.modules['matplotlib.pyplot'] = None\n"
            "import tldr\n"
            "try:\n"
            "    tldr.plots.reliability_diagram([0.2, 0.9], [0, 1])\n"
            "except tldr.UnsupportedError as e:\n"
            "    print('refused:', e)\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "refused: tldr.plots needs matplotlib" in r.stdout


def test_heatmap_checks_terminators_and_titles_early():
    with pytest.raises(tldr.InvalidInputError, match="terminators"):
        tldr.heatmap("a.", [[0, 2]], [0.1], terminators="")
    with pytest.raises(tldr.InvalidInputError, match="titles"):
        tldr.heatmap("a.", [[0, 2]], [0.1], titles=5)


def test_escaping_helper_is_shared():
    from tldr.report.markup import escape

    assert escape('<a href="x">\ud800') == "&lt;a href=&quot;x&quot;&gt;\ufffd"
