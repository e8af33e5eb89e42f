"""Data at corpus scale: batched map functions and example files.

``ExamplesMap`` (``tldr.vlm.examples_from_captions``) and ``NegativesMap``
(``tldr.make_negatives``) are callables over a batch of columns, for

* ``datasets.Dataset.map(fn, batched=True, remove_columns=ds.column_names,
  features=fn.features(ds.features))`` (a dict of lists in and out; ``features`` types
  the new columns, which ``datasets`` cannot infer from a batch whose rows are all
  positives: ``bad_spans`` would be a list of nulls there), and
* Ray Data ``ds.map_batches(fn, batch_format="pandas")`` (a DataFrame in and out) or the
  default ``"numpy"`` format (a dict of arrays in, a dict of lists out); set
  ``DataContext.get_current().execution_options.preserve_order = True`` to get the rows
  in input order.

Each output row keeps every input column (``image``, ``image_id``, ...) beside the new
ones, so a negative never loses the link to its image. The perturbation engine's output
depends only on its seed, the caption and the category (not on batching, threads or
worker), so the rows equal the serial call's, in the same order, whatever the batch
size, ``num_proc`` or number of Ray workers. The perturber is built lazily in each
process from its settings (the C engine is not pickled).

``read_rows(path, images_dir)`` reads example or caption rows from JSONL, JSON (a list,
or COCO's ``captions_*.json``) or parquet, with image paths made absolute: it is
``tldr.perturb.rows.read_rows``, the reader of ``tldr perturb`` and ``tldr weights`` too.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

import numpy as np

from .._core import InvalidInputError
from ..perturb.rows import read_rows
from .examples import DEFAULT_PROMPT, examples_from_captions

__all__ = ["ExamplesMap", "NegativesMap", "read_rows", "EXAMPLE_COLUMNS"]

# Columns ExamplesMap adds (besides the input columns it keeps).
EXAMPLE_COLUMNS = ("prompt", "response", "bad_spans", "category", "is_negative", "edits")


def _columns(batch):
    """A batch as {column: list}: from a dict of lists / arrays (datasets, Ray "numpy")
    or a pandas DataFrame (Ray "pandas")."""
    if hasattr(batch, "columns") and hasattr(batch, "to_dict"):
        return {c: batch[c].tolist() for c in batch.columns}, "pandas"
    if not isinstance(batch, Mapping):
        raise InvalidInputError(f"expected a batch of columns (dict or DataFrame), got {type(batch).__name__}")
    out = {}
    for k, v in batch.items():
        out[k] = list(v) if isinstance(v, np.ndarray) else list(v)
    n = {len(v) for v in out.values()}
    if len(n) > 1:
        raise InvalidInputError(f"the batch's columns differ in length: {sorted(n)}")
    return out, "dict"


def _plain(v):
    """Numpy scalars and strings as Python values (Ray hands out np.str_ / np.int64)."""
    if isinstance(v, np.generic):
        return v.item()
    return v


def _emit(cols, kind):
    if kind == "pandas":
        import pandas as pd

        return pd.DataFrame(cols)
    return cols


class _LazyPerturber:
    """Builds the Perturber in the process that uses it; pickles as its settings."""

    def __init__(self, seed, categories, lexicon, balance):
        self.settings = dict(seed=seed, categories=categories, lexicon=lexicon, balance=balance)
        self._p = None

    def get(self):
        if self._p is None:
            from ..perturb import Perturber

            self._p = Perturber(**self.settings)
        return self._p

    def __getstate__(self):
        return {"settings": self.settings, "_p": None}


class ExamplesMap:
    """``examples_from_captions`` as a batched map function (module docstring).

    Input columns: ``caption_column`` (str) and ``image_column`` (a path, PIL image or
    array; passed through untouched); every other column is kept. Output: the input
    columns repeated per row, plus ``prompt``, ``response``, ``bad_spans`` ([[start,
    end], ...]), ``category`` (None for a positive), ``is_negative`` and ``edits`` (a
    JSON list of {start, end, new_start, new_end, old, new}: a JSON string keeps the
    column's type the same in every batch, empty or not). ``seed``, ``categories``,
    ``lexicon``, ``balance``: the ``tldr.Perturber`` settings."""

    def __init__(self, per_caption=6, prompt=DEFAULT_PROMPT, seed=0, categories=None, lexicon=None, balance=True,
                 caption_column="caption", image_column="image"):
        self.per_caption, self.prompt = int(per_caption), prompt
        self.caption_column, self.image_column = caption_column, image_column
        self._perturber = _LazyPerturber(seed, categories, lexicon, balance)
        self._perturber.get()  # settings are checked here, not in a worker

    @staticmethod
    def features(input_features=None):
        """``datasets.Features`` of the output: the input features plus the new columns."""
        from datasets import Features, List, Value

        f = dict(input_features or {})
        f.update(prompt=Value("string"), response=Value("string"), bad_spans=List(List(Value("int64"))),
                 category=Value("string"), is_negative=Value("bool"), edits=Value("string"))
        return Features(f)

    def __call__(self, batch):
        cols, kind = _columns(batch)
        for c in (self.caption_column, self.image_column):
            if c not in cols:
                raise InvalidInputError(f"the batch has no {c!r} column (columns: {', '.join(cols)})")
        cols = {k: [_plain(v) for v in c] for k, c in cols.items()}
        rows = examples_from_captions(cols[self.image_column], cols[self.caption_column], self._perturber.get(),
                                      self.per_caption, self.prompt, columns=cols)
        out = {k: [r[k] for r in rows] for k in cols}
        out.update({k: [r[k] for r in rows] for k in EXAMPLE_COLUMNS if k not in cols})
        out["bad_spans"] = [[list(s) for s in b] for b in out["bad_spans"]]
        out["edits"] = [json.dumps(e, ensure_ascii=False) for e in out["edits"]]
        return _emit(out, kind)


class NegativesMap:
    """``tldr.make_negatives`` as a batched map function (module docstring): token ids,
    labels and offsets of each caption and its negatives under ``tokenizer`` (a
    ``tldr.Tokenizer`` or a ``transformers`` tokenizer). Output: the input columns
    repeated per row (``make_negatives`` keeps them), plus ``text``, ``ids``,
    ``labels``, ``offsets`` ([[start, end], ...]), ``category`` (None for a positive),
    ``is_negative`` and ``edits`` (a JSON list, as in ``ExamplesMap``)."""

    def __init__(self, tokenizer, per_caption=8, seed=0, categories=None, lexicon=None, balance=True,
                 caption_column="caption"):
        self.tokenizer = tokenizer
        self.per_caption = int(per_caption)
        self.caption_column = caption_column
        self._perturber = _LazyPerturber(seed, categories, lexicon, balance)
        self._perturber.get()

    @staticmethod
    def features(input_features=None):
        """``datasets.Features`` of the output: the input features plus the new columns."""
        from datasets import Features, List, Value

        f = dict(input_features or {})
        f.update(text=Value("string"), ids=List(Value("int32")), labels=List(Value("int8")),
                 offsets=List(List(Value("int64"))), category=Value("string"), is_negative=Value("bool"),
                 edits=Value("string"))
        return Features(f)

    def __call__(self, batch):
        from ..perturb import make_negatives

        cols, kind = _columns(batch)
        if self.caption_column not in cols:
            raise InvalidInputError(f"the batch has no {self.caption_column!r} column (columns: {', '.join(cols)})")
        ds = make_negatives(cols, self.tokenizer, self._perturber.get(), self.per_caption, num_threads=1,
                            caption_column=self.caption_column)
        out = dict(ds.columns)
        rows = [ds.row(r) for r in range(len(ds))]
        for k in ("text", "category", "is_negative"):
            out[k] = [d[k] for d in rows]
        for k in ("ids", "labels", "offsets"):
            out[k] = [d[k].tolist() for d in rows]
        out["edits"] = [json.dumps(d["edits"], ensure_ascii=False) for d in rows]
        return _emit(out, kind)
