"""HTML heat maps of token scores, for notebooks and static pages.

Static HTML and CSS only (no JavaScript): every token is a ``<span>`` coloured from red
(P(good) = 0) to green (P(good) = 1), with its probability as a tooltip (the ``title``
attribute, and a CSS hover label); flagged words/phrases (see
:func:`tldr.flag_spans`) are underlined. All text is HTML-escaped, so untrusted
captions (``<script>`` and all) render as text.
"""

import dataclasses

import numpy as np

from .._checks import (
    as_list,
    as_offsets,
    as_probs,
    as_row_splits,
    check_terminators,
    check_texts,
    check_threshold,
)
from .._core import InvalidInputError
from ..evaluate.flags import flag_spans
from .markup import escape

__all__ = ["HeatMap", "heatmap", "HEATMAP_CSS"]

HEATMAP_CSS = """
.tldr-heatmap { font-family: system-ui, sans-serif; line-height: 1.9; }
.tldr-heatmap .tldr-row { margin: 0.3em 0 0.8em 0; white-space: pre-wrap; }
.tldr-heatmap .tldr-title { font-weight: 600; font-size: 0.85em; color: #555; }
.tldr-heatmap .t { position: relative; border-radius: 3px; padding: 1px 0; }
.tldr-heatmap .t:hover::after { content: attr(data-p); position: absolute; left: 0; top: -1.6em;
  background: #222; color: #fff; font-size: 0.75em; padding: 0 4px; border-radius: 3px;
  white-space: nowrap; z-index: 1; }
.tldr-heatmap .f { text-decoration: underline wavy #b00020; text-decoration-thickness: 2px;
  text-underline-offset: 3px; }
.tldr-heatmap .tldr-legend { font-size: 0.75em; color: #555; }
"""


def _colour(p):
    # hue 0 (red) .. 120 (green); lighter near the middle so text stays readable.
    return f"hsl({120.0 * p:.0f}, 75%, {88 - 18 * abs(p - 0.5):.0f}%)"


def _render_row(text, off, p, threshold, terminators):
    """HTML of one text: tokens in offset order; text between tokens rendered plain."""
    flagged = flag_spans(text, off, p, threshold, terminators=terminators)
    spans = [(sp.start, sp.end) for fs in flagged for sp in fs.spans]
    in_flag = np.zeros(len(text) + 1, dtype=bool)
    for a, b in spans:
        in_flag[a:b] = True
    parts = []
    cursor = 0

    def plain(a, b):
        # Characters outside any token (or before a token): underlined if flagged.
        i = a
        while i < b:
            j = i
            while j < b and in_flag[j] == in_flag[i]:
                j += 1
            piece = escape(text[i:j])
            parts.append(f'<span class="f">{piece}</span>' if in_flag[i] else piece)
            i = j

    order = np.argsort(off[:, 0], kind="stable")
    for k in order.tolist():
        a, b = int(off[k, 0]), int(off[k, 1])
        if a > cursor:
            plain(cursor, a)
            cursor = a
        a = max(a, cursor)
        if b <= a:
            continue  # a token whose characters another token already showed
        prob = float(p[k])
        label = f"p={prob:.3f}"
        style = f"background-color:{_colour(prob)}"
        i = a
        while i < b:  # split the token where a flagged span starts or ends
            j = i
            while j < b and in_flag[j] == in_flag[i]:
                j += 1
            cls = "t f" if in_flag[i] else "t"
            parts.append(f'<span class="{cls}" style="{style}" title="{label}" '
                         f'data-p="{label}">{escape(text[i:j])}</span>')
            i = j
        cursor = b
    if cursor < len(text):
        plain(cursor, len(text))
    return "".join(parts)


@dataclasses.dataclass(eq=False, repr=False)
class HeatMap:
    """Token scores of one or more texts, shown as HTML (``_repr_html_`` in notebooks).

    Build it with :func:`heatmap` (which checks the arrays). ``to_html(full_page=True)``
    gives a standalone page; ``save(path)`` writes it.
    """

    texts: list             # R strings
    offsets: np.ndarray     # (N, 2) int64 str offsets into each row's text
    probs: np.ndarray       # (N,) float64 P(good)
    row_splits: np.ndarray  # (R+1,) int64
    threshold: float
    titles: list            # R titles, or None
    terminators: str

    def to_html(self, full_page=False):
        rows = []
        rs = self.row_splits
        for i, text in enumerate(self.texts):
            a, b = int(rs[i]), int(rs[i + 1])
            body = _render_row(text, self.offsets[a:b], self.probs[a:b], self.threshold,
                               self.terminators)
            title = ""
            if self.titles is not None:
                title = f'<div class="tldr-title">{escape(str(self.titles[i]))}</div>'
            rows.append(f'{title}<div class="tldr-row">{body}</div>')
        legend = (f'<div class="tldr-legend">red = low P(good), green = high; '
                  f'underlined: flagged words (a token with P(good) &lt; {self.threshold:g}); hover a token for its probability</div>')
        div = f'<div class="tldr-heatmap"><style>{HEATMAP_CSS}</style>{"".join(rows)}{legend}</div>'
        if not full_page:
            return div
        return ('<!DOCTYPE html><html><head><meta charset="utf-8">'
                '<title>tldr heat map</title></head><body>' + div + "</body></html>")

    def _repr_html_(self):
        return self.to_html()

    def save(self, path):
        with open(path, "w", encoding="utf-8") as f:  # to_html() holds no lone surrogate
            f.write(self.to_html(full_page=True))

    def __repr__(self):
        return f"HeatMap({len(self.texts)} text(s), {int(self.row_splits[-1])} tokens, threshold={self.threshold:g})"


def heatmap(texts, offsets, probs, row_splits=None, threshold=0.5, *, titles=None, terminators="."):
    """A :class:`HeatMap` of token probabilities.

    One text: ``heatmap(text, offsets (n,2), probs (n,))``. Several: ``texts`` a list,
    ``offsets`` (N,2) and ``probs`` (N,) flat with ``row_splits`` (R+1,), offsets relative
    to each text (as ``Tokenizer.encode_batch`` returns them). ``titles`` optional, one per
    text.
    """
    texts = check_texts(texts)
    p = as_probs(probs)
    if row_splits is None:
        if len(texts) != 1:
            raise InvalidInputError("several texts need row_splits")
        row_splits = [0, p.shape[0]]
    rs = as_row_splits(row_splits, n=p.shape[0])
    if rs.shape[0] - 1 != len(texts):
        raise InvalidInputError(f"row_splits describes {rs.shape[0] - 1} rows but there are {len(texts)} texts")
    off = as_offsets(offsets, p.shape[0], [len(s) for s in texts], rs)
    if titles is not None:
        titles = as_list(titles, "titles", "a list (one per text)")
        if len(titles) != len(texts):
            raise InvalidInputError(f"titles has {len(titles)} entries for {len(texts)} texts")
    t = check_threshold(threshold)
    check_terminators(terminators)
    return HeatMap(texts, off, p, rs, t, titles, terminators)
