"""Hard negatives of captions in the 8 TLDR categories, with exact token labels.

>>> p = Perturber(seed=0)
>>> neg = p.perturb("One duck is swimming near a blue mug.", category="counting")[0]
>>> neg.text  # doctest: +SKIP
'Four ducks are swimming near a blue mug.'
>>> [(e.old, e.new) for e in neg.edits]  # doctest: +SKIP
[('One', 'Four'), ('duck', 'ducks'), ('is', 'are')]

The engine (C, csrc/perturb.c; Python twin tldr/_perturb_ref.py) is driven by the lexicon
files in tldr/data/perturb/ (format: docs/perturbation.md).
"""

import os
from dataclasses import dataclass

import numpy as np

from . import _core
from . import _perturb_ref as _ref

CATEGORIES = _ref.CATEGORIES
DATA_DIR = os.path.join(os.path.dirname(__file__), "data", "perturb")

__all__ = ["Perturber", "Perturbation", "Edit", "CATEGORIES", "label_tokens", "align_labels"]


@dataclass(frozen=True)
class Edit:
    """One edit: original[start:end] == old became negative[new_start:new_end] == new."""

    start: int
    end: int
    new_start: int
    new_end: int
    old: str
    new: str


@dataclass(frozen=True)
class Perturbation:
    """A negative caption: text, its category, the source caption and the edits."""

    text: str
    category: str
    source: str
    edits: tuple

    def __str__(self):
        return self.text


def _make(source, text, cat, spans):
    edits = tuple(Edit(s, e, ns, ne, source[s:e], text[ns:ne]) for s, e, ns, ne in spans)
    return Perturbation(text, CATEGORIES[cat] if isinstance(cat, int) else cat, source, edits)


def _check_categories(categories):
    if categories is None:
        return tuple(CATEGORIES)
    if isinstance(categories, str):
        categories = (categories,)
    out = []
    for c in categories:
        if c not in CATEGORIES:
            raise _core.InvalidInputError(f"unknown category {c!r}; expected one of {', '.join(CATEGORIES)}")
        if c not in out:
            out.append(c)
    return tuple(out)


def _lexicon_files(lexicon):
    if lexicon is None:
        extra = ()
    elif isinstance(lexicon, (str, os.PathLike)):
        extra = (lexicon,)
    else:
        extra = tuple(lexicon)
    try:
        return _ref.load_files(extra, DATA_DIR)
    except _ref.LexiconError as e:
        raise _core.FileFormatError(str(e)) from None


def count_weights(captions, lexicon=None, min_pair=2):
    """The corpus counts behind balanced sampling, taken by the rules over captions:
    ``{weights.lex key: count}``. Keys: each spatial, attribute and object value (its first
    form), each count written as the engine writes counts (digits, a/an, number words; "a
    dog" counts for "one"), ``form-count FORM``, ``counterfactual CONSTRUCT`` and
    ``CONTEXT VALUE WORD`` (pairs seen at least min_pair times). Pure Python (about 1,500
    COCO captions/s).
    Write them with write_weights and pass the file as ``Perturber(lexicon=...)``."""
    import collections

    if isinstance(captions, str):
        raise TypeError("captions must be a sequence of str, not a str")
    files = [f for f in _lexicon_files(lexicon) if f[1] != "weights"]
    try:
        lex = _ref.Lexicon(files)
    except _ref.LexiconError as e:
        raise _core.FileFormatError(str(e)) from None
    count = collections.Counter()
    pairs = collections.Counter()
    numbers = lex.words_list["number"]
    for k, c in enumerate(captions):
        if not isinstance(c, str):
            raise TypeError(f"captions must be str, item {k} is {type(c).__name__}")
        doc = _ref.Doc(lex, c)
        for cat in ("spatial", "attribute", "object"):
            for site in _ref.find_sites(doc, cat):
                v = _ref.value_name(lex, lex.forms[site.fid].value)[0]
                count[v] += 1
                if cat != "object":
                    count[f"{_ref.FORM_KEY} {lex.forms[site.fid].text}"] += 1
                for cc, w in _ref.context_words(doc, site):
                    pairs[f"{cc} {v} {w}"] += 1
        for site in _ref.find_sites(doc, "counting"):
            if site.plain and 1 <= site.count <= len(numbers):
                v = numbers[site.count - 1]
                count[v] += 1
                for cc, w in _ref.context_words(doc, site):
                    pairs[f"{cc} {v} {w}"] += 1
        for site in _ref.find_sites(doc, "counterfactual"):
            count[_ref.CF_KEYS[_ref.CF_KIND[site.extra]]] += 1
    count.update({k: n for k, n in pairs.items() if n >= min_pair and len(k.split()) <= _ref.MAXW})
    return dict(count)


def write_weights(path, counts, source="a caption corpus"):
    """Write count_weights' result as a weights.lex file (with a header saying what it is)."""
    header = [f"# Corpus counts of edit sites (tldr.perturb.count_weights over {source}), taken by the",
              "# rules themselves:",
              "# - `value: n`: sites of each spatial, attribute and object value (keyed by its first",
              "#   form) and of each count written the way the engine writes counts (a/an, number words,",
              "#   digits; 'a dog' counts for `one`);",
              "# - `form-count FORM: n`: sites written with that synonym form (spatial, attribute);",
              "# - `counterfactual CONSTRUCT: n`: sites of each negatable or negated construct;",
              "# - `CONTEXT VALUE WORD: n` (CONTEXT: spatial, spatial-before, spatial-det, attribute,",
              "#   attribute-before, object, counting, counting-after): sites of VALUE in that context",
              "#   (next to WORD); rare pairs are left out.",
              "# A replacement is proposed with probability proportional to 1 + count; the balance test",
              "# (Perturber(balance=True), docs/perturbation.md) uses all of them. Phrases not listed count 0."]
    rows = [f"{k}: {n}" for k, n in sorted(counts.items())]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(header + rows) + "\n")


class Perturber:
    """Rule-based writer of hard negatives.

    seed: seeds the counter-based RNG (output depends only on seed, caption and category,
    never on threads or batch order). categories: the categories ``perturb`` draws from
    (default all 8). lexicon: None, or a path / list of paths (files or directories) of
    lexicon files; a file named like a default (``objects.lex``) replaces it, any other
    file whose name starts with a kind (``objects_kitchen.lex``) extends that kind.
    balance: True (default), False, or the names of the categories to balance. A balanced
    category writes every replaceable value (a relation, a count, a colour, a noun, a
    negation) into negatives as often as captions hold it, so that negatives cannot be told
    from captions by their words alone: a drawn edit u -> w is kept with a
    Metropolis-Hastings probability computed from the corpus counts of each value in the
    site's context (``weights.lex``; docs/perturbation.md, "Balance"), and a site whose draw
    is rejected proposes nothing more. It costs
    yield: a caption whose only site holds a common value ("a dog", "on") is often left
    alone; OCR never invents text; negations are written about as often as the corpus
    has them, which in COCO is almost never. ``balance=False`` keeps every draw (more
    negatives, the paper's kind, but a text-only classifier spots many of them);
    docs/perturbation.md has the numbers of both. ``candidates`` is not affected.
    """

    def __init__(self, seed=0, categories=None, lexicon=None, balance=True):
        if not isinstance(seed, (int, np.integer)) or isinstance(seed, bool):
            raise _core.InvalidInputError(f"seed must be an int, got {type(seed).__name__}")
        if isinstance(balance, (bool, np.bool_)):
            self.balance = CATEGORIES if balance else ()
        elif isinstance(balance, str) or not hasattr(balance, "__iter__"):
            raise _core.InvalidInputError(f"balance must be True, False or a list of category names, got {balance!r}")
        else:
            bal = tuple(balance)
            bad = [c for c in bal if c not in CATEGORIES]
            if bad:
                raise _core.InvalidInputError(f"balance: unknown category {bad[0]!r}; categories are {', '.join(CATEGORIES)}")
            self.balance = tuple(c for c in CATEGORIES if c in bal)
        self._mask = sum(1 << CATEGORIES.index(c) for c in self.balance)
        self.seed = int(seed) & ((1 << 64) - 1)
        self.categories = _check_categories(categories)
        self._files = _lexicon_files(lexicon)
        self._engine = _core.PerturbEngine([(n, _ref.KINDS.index(k), d) for n, k, d in self._files])

    def _cats(self, category):
        cats = self.categories if category is None else _check_categories(category)
        return tuple(CATEGORIES.index(c) for c in cats)

    def perturb(self, text, category=None, n=1):
        """Up to n distinct negatives of text (fewer when the rules find fewer sites; an
        empty list when the caption has none). category: one name, a list, or None for
        the perturber's categories (taken in rotation)."""
        if not isinstance(text, str):
            raise TypeError(f"text must be str, got {type(text).__name__}")
        return [_make(text, t, c, sp) for t, c, sp in self._engine.run(text, self._cats(category), int(n), self.seed, 0,
                                                                          self._mask)]

    def candidates(self, text, category):
        """Every distinct negative the rules can make of text in one category."""
        if not isinstance(text, str):
            raise TypeError(f"text must be str, got {type(text).__name__}")
        if category not in CATEGORIES:
            raise _core.InvalidInputError(f"unknown category {category!r}")
        return [_make(text, t, c, sp) for t, c, sp in self._engine.run(text, (CATEGORIES.index(category),), 0, self.seed, 1)]

    def perturb_batch(self, texts, n=8, num_threads=None):
        """perturb(t, n=n) for every text, in C with the GIL released: (negatives,
        source_index, category int8, edit_splits, edits (e, 4) int64 str offsets)."""
        return self._engine.run_batch(list(texts), self._cats(None), int(n), self.seed, num_threads, self._mask)

    def reference(self):
        """The pure-Python twin engine on the same lexicon files (slow; for tests)."""
        return _ref.Engine(self._files)


# ---------------------------------------------------------------- labels -----------------
def _encode(tok, text):
    enc = tok.encode(text)
    return np.asarray(enc.ids, dtype=np.int32), np.asarray(enc.offsets, dtype=np.int64).reshape(-1, 2), enc


def overlap_labels(offsets, spans):
    """int8 labels over tokens with str offsets (n, 2): 0 where a token overlaps one of the
    character spans [(start, end)] (an empty span marks the token that contains or
    follows its position), else 1."""
    offsets = np.asarray(offsets, dtype=np.int64).reshape(-1, 2)
    lab = np.ones(len(offsets), dtype=np.int8)
    for s, e in spans:
        if e > s:
            bad = (offsets[:, 0] < e) & (s < offsets[:, 1])
        else:
            bad = (offsets[:, 0] <= s) & (s < offsets[:, 1])
            if not bad.any():
                bad = offsets[:, 0] >= s
                idx = np.flatnonzero(bad)
                bad = np.zeros(len(offsets), bool)
                if len(idx):
                    bad[idx[0]] = True
        lab[bad] = 0
    return lab


class _Spliced:
    """An Encoding-like result (ids, offsets, text) when tldr.Encoding is unavailable."""

    def __init__(self, ids, offsets, text):
        self.ids = ids
        self.offsets = offsets
        self.text = text

    def __len__(self):
        return len(self.ids)


def _window_tokens(tok, text, pre, start, end):
    """The pre-token window around [start, end) in text: (ws, we) str offsets that are
    pre-token boundaries, widened by one pre-token on each side."""
    if len(pre) == 0:
        return 0, len(text)
    starts, ends = pre[:, 0], pre[:, 1]
    a = int(np.searchsorted(ends, start, side="left"))  # first pre-token ending after start
    b = int(np.searchsorted(starts, end, side="left"))  # first pre-token starting at/after end
    a = max(a - 1, 0)
    b = min(b + 1, len(pre))
    ws = int(starts[a]) if a < len(pre) else len(text)
    we = int(ends[b - 1]) if b > 0 else 0
    return min(ws, start), max(we, end)


def label_tokens(perturbation, tokenizer):
    """(Encoding-like with ids/offsets, int8 labels) of the negative, labels 1 = good and
    0 = bad (the token overlaps an edited character of the negative).

    Only the pre-token window around each edit is re-tokenized and spliced into the
    tokens of the original; when the splice cannot be proven equal to tokenizing the
    whole negative (a window edge token differs), the whole negative is tokenized."""
    p = perturbation
    src_ids, src_off, _ = _encode(tokenizer, p.source)
    ids, off = _splice(tokenizer, p, src_ids, src_off)
    spans = [(e.new_start, e.new_end) for e in p.edits]
    return _make_encoding(ids, off, tokenizer, p.text), overlap_labels(off, spans)


def _make_encoding(ids, off, tokenizer, text):
    """A tldr.Encoding when the tokenizer is tldr's, else a minimal stand-in."""
    try:
        from .tokenizer import Encoding, Tokenizer
    except ImportError:  # pragma: no cover - the tokenizer module ships with tldr
        return _Spliced(ids, off, text)
    return Encoding(ids, off, tokenizer if isinstance(tokenizer, Tokenizer) else None)


def _splice(tok, p, src_ids, src_off):
    """Tokens of p.text from the original's tokens and re-tokenized edit windows."""
    src = p.source
    pre = None
    if hasattr(tok, "pre_tokenize"):
        pre = np.asarray(tok.pre_tokenize(src), dtype=np.int64).reshape(-1, 2)
    if pre is None or not p.edits or len(src_ids) == 0:
        ids, off, _ = _encode(tok, p.text)
        return ids, off
    wins = []  # [ws, we, [edits]] in original coordinates, merged
    for e in sorted(p.edits, key=lambda e: (e.start, e.end)):
        ws, we = _window_tokens(tok, src, pre, e.start, e.end)
        if wins and ws <= wins[-1][1]:
            wins[-1][1] = max(wins[-1][1], we)
            wins[-1][2].append(e)
        else:
            wins.append([ws, we, [e]])
    delta = lambda es: sum((e.new_end - e.new_start) - (e.end - e.start) for e in es)  # noqa: E731
    out_ids, out_off = [], []
    pos, shift = 0, 0
    for ws, we, es in wins:
        t0 = int(np.searchsorted(src_off[:, 0], ws, side="left"))
        t1 = int(np.searchsorted(src_off[:, 1], we, side="right"))
        if t0 > t1 or (t0 < len(src_off) and t0 < t1 and src_off[t0, 0] != ws) or (t1 < len(src_off) and src_off[t1, 0] < we):
            ids, off, _ = _encode(tok, p.text)  # a token crosses the window edge: no splice
            return ids, off
        nws = ws + shift
        nwe = we + shift + delta(es)
        wi, wo, _ = _encode(tok, p.text[nws:nwe])
        # the window edges hold unchanged pre-tokens: they must tokenize as before
        if ws < es[0].start and (len(wi) == 0 or t0 >= t1 or wi[0] != src_ids[t0]):
            ids, off, _ = _encode(tok, p.text)
            return ids, off
        if we > max(e.end for e in es) and (len(wi) == 0 or t0 >= t1 or wi[-1] != src_ids[t1 - 1]):
            ids, off, _ = _encode(tok, p.text)
            return ids, off
        out_ids += [src_ids[pos:t0], wi]
        out_off += [src_off[pos:t0] + shift, wo + nws]
        pos = t1
        shift += delta(es)
    out_ids.append(src_ids[pos:])
    out_off.append(src_off[pos:] + shift)
    ids = np.concatenate(out_ids).astype(np.int32)
    off = np.concatenate(out_off).astype(np.int64).reshape(-1, 2)
    return ids, off


def myers_keep(a, b):
    """Python twin of the C token diff: keep[j] = 1 when b[j] is matched in Myers'
    shortest edit script from a to b."""
    a, b = list(a), list(b)
    na, nb = len(a), len(b)
    mx = na + nb
    v = {1: 0}
    trace = []
    found = None
    for d in range(mx + 1):
        trace.append(dict(v))
        for k in range(-d, d + 1, 2):
            if k == -d or (k != d and v.get(k - 1, 0) < v.get(k + 1, 0)):
                x = v.get(k + 1, 0)
            else:
                x = v.get(k - 1, 0) + 1
            y = x - k
            while x < na and y < nb and a[x] == b[y]:
                x += 1
                y += 1
            v[k] = x
            if x >= na and y >= nb:
                found = d
                break
        if found is not None:
            break
    keep = np.zeros(nb, dtype=np.uint8)
    x, y = na, nb
    for d in range(found or 0, 0, -1):
        vv = trace[d]
        k = x - y
        if k == -d or (k != d and vv.get(k - 1, 0) < vv.get(k + 1, 0)):
            pk = k + 1
        else:
            pk = k - 1
        px = vv.get(pk, 0)
        py = px - pk
        while x > px and y > py:
            x -= 1
            y -= 1
            keep[y] = 1
        x, y = px, py
    while x > 0 and y > 0:
        x -= 1
        y -= 1
        keep[y] = 1
    return keep


def align_labels(original, negative, tokenizer):
    """(Encoding of negative, int8 labels) for a negative written elsewhere (an LLM, a
    person). Rule: both texts are tokenized; Myers' shortest edit script between the
    two id sequences is computed (csrc/perturb.c); a token of the negative that the
    script keeps (matched to a token of the original) is 1, an inserted or replacing
    token is 0. Deletions leave no token of the negative to mark."""
    a = np.asarray(tokenizer.encode(original).ids, dtype=np.int32)
    enc = tokenizer.encode(negative)
    b = np.asarray(enc.ids, dtype=np.int32)
    keep = _core.token_diff(a, b)
    return enc, keep.astype(np.int8)
