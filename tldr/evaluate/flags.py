"""Which words a token-level reward model flags: token probabilities -> flagged words and
phrases, grouped by sentence (PAPER.md, "Uses", item 2).

The flags feed the correction prompt (:mod:`tldr.evaluate.correct`), the heat map and the
annotation aid (:mod:`tldr.report`).
"""

import dataclasses

import numpy as np

from .._checks import as_offsets, as_probs, check_text, check_threshold
from .sentences import sentence_spans

__all__ = ["Span", "FlaggedSentence", "flag_spans"]


@dataclasses.dataclass(frozen=True)
class Span:
    """A flagged word or phrase: ``text[start:end]`` and the lowest token probability in it."""

    start: int
    end: int
    text: str
    min_prob: float


@dataclasses.dataclass(frozen=True)
class FlaggedSentence:
    """A sentence (``index`` counts sentences from 0) with its flagged spans."""

    index: int
    start: int
    end: int
    text: str
    spans: tuple


def _is_word_char(c):
    return c.isalnum() or c == "_"


def flag_spans(text, offsets, probs, threshold=0.5, *, terminators="."):
    """Flagged words and phrases of one text, grouped by sentence.

    Tokens with prob < threshold are flagged; runs of consecutive flagged tokens merge into
    one phrase; each phrase is trimmed of surrounding whitespace and widened to whole words
    (so a flagged piece "uck" of "duck" flags "duck"); overlapping or touching phrases
    merge. Returns a list of :class:`FlaggedSentence` (only sentences with flags), each
    with its :class:`Span` list in text order.

    ``offsets`` (n, 2) are the tokens' ``str`` character offsets into ``text``.
    """
    check_text(text)
    p = as_probs(probs)
    off = as_offsets(offsets, p.shape[0], [len(text)])
    t = check_threshold(threshold)
    bad = p < t
    if not np.any(bad):
        return []
    prev = np.concatenate([[False], bad[:-1]])
    nxt = np.concatenate([bad[1:], [False]])
    run_s = np.flatnonzero(bad & ~prev)
    run_e = np.flatnonzero(bad & ~nxt)
    raw = []
    for s, e in zip(run_s.tolist(), run_e.tolist()):  # a loop over flagged runs
        a, b = int(off[s:e + 1, 0].min()), int(off[s:e + 1, 1].max())
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a == b:
            continue
        while a > 0 and _is_word_char(text[a - 1]) and _is_word_char(text[a]):
            a -= 1
        while b < len(text) and _is_word_char(text[b]) and _is_word_char(text[b - 1]):
            b += 1
        raw.append([a, b, float(p[s:e + 1].min())])
    merged = []
    for a, b, m in sorted(raw):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
            merged[-1][2] = min(merged[-1][2], m)
        else:
            merged.append([a, b, m])
    sents = sentence_spans(text, terminators)
    starts = [s for s, _ in sents]
    groups = {}
    for a, b, m in merged:
        i = max(0, int(np.searchsorted(starts, a, side="right")) - 1) if sents else 0
        groups.setdefault(i, []).append(Span(a, b, text[a:b], m))
    out = []
    for i in sorted(groups):
        s, e = sents[i] if sents else (0, len(text))
        out.append(FlaggedSentence(i, s, e, text[s:e], tuple(groups[i])))
    return out
