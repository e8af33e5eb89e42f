"""The perturber: hard negatives of captions in the 8 TLDR categories, with exact edits.

>>> p = Perturber(seed=0)
>>> neg = p.perturb("One duck is swimming near a blue mug.", category="counting")[0]
>>> neg.text  # doctest: +SKIP
'Four ducks are swimming near a blue mug.'
>>> [(e.old, e.new) for e in neg.edits]  # doctest: +SKIP
[('One', 'Four'), ('duck', 'ducks'), ('is', 'are')]

The rules run in C (csrc/core/perturb/, binding csrc/py/perturb.c), driven by the lexicon
files of tldr/data/perturb/ (format: docs/perturbation.md; tldr/perturb/lexicon.py).
"""

from dataclasses import dataclass

import numpy as np

from .. import _core
from .categories import CATEGORIES, balance_mask, category_index, check_balance, check_categories
from .lexicon import KINDS, lexicon_files


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
    return Perturbation(text, CATEGORIES[cat], source, edits)


def _check_text(text):
    if not isinstance(text, str):
        raise TypeError(f"text must be str, got {type(text).__name__}")
    return text


def build_engine(files):
    """The C engine of lexicon files [(name, kind, bytes)]."""
    return _core.PerturbEngine([(n, KINDS.index(k), d) for n, k, d in files])


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
    ``files`` holds the resolved lexicon files [(path, kind, bytes)].
    """

    def __init__(self, seed=0, categories=None, lexicon=None, balance=True):
        if not isinstance(seed, (int, np.integer)) or isinstance(seed, bool):
            raise _core.InvalidInputError(f"seed must be an int, got {type(seed).__name__}")
        self.balance = check_balance(balance)
        self._mask = balance_mask(self.balance)
        self.seed = int(seed) & ((1 << 64) - 1)
        self.categories = check_categories(categories)
        self.files = lexicon_files(lexicon)
        self._engine = build_engine(self.files)

    def _cats(self, category):
        cats = self.categories if category is None else check_categories(category)
        return tuple(CATEGORIES.index(c) for c in cats)

    def perturb(self, text, category=None, n=1):
        """Up to n distinct negatives of text (fewer when the rules find fewer sites; an
        empty list when the caption has none). category: one name, a list, or None for
        the perturber's categories (taken in rotation)."""
        _check_text(text)
        out = self._engine.draw(text, self._cats(category), int(n), self.seed, balance=self._mask)
        return [_make(text, t, c, sp) for t, c, sp in out]

    def candidates(self, text, category):
        """Every distinct negative the rules can make of text in one category."""
        _check_text(text)
        return [_make(text, t, c, sp) for t, c, sp in self._engine.enumerate(text, category_index(category))]

    def perturb_batch(self, texts, n=8, num_threads=None):
        """perturb(t, n=n) for every text, in C with the GIL released: (negatives,
        source_index, category int8, edit_splits, edits (e, 4) int64 str offsets)."""
        return self._engine.draw_batch(list(texts), self._cats(None), int(n), self.seed, num_threads=num_threads,
                                       balance=self._mask)
