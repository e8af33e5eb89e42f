"""Datasets of positives and token-labelled hard negatives: ``make_negatives`` and
``NegativeDataset`` (ragged rows of ids, labels and offsets, each row's edits and the
input's other columns; JSONL and Parquet).

``draw_rows`` is the step both ``make_negatives`` and ``tldr.vlm.examples_from_captions``
take before they differ: the engine's negatives of a batch of captions put in dataset
order (each caption, then its negatives) with their edits.
"""

import json
from collections.abc import Mapping, Sequence

import numpy as np

from .. import _core
from ..tokenize.transformers_bridge import as_tokenizer
from .categories import CATEGORIES, category_index
from .engine import Perturber
from .labels import encode_negatives

# The columns of a row (``NegativeDataset.row``, JSONL, Parquet) besides the input's own.
COLUMNS = ("text", "ids", "labels", "offsets", "category", "source_index", "is_negative", "edits")


def _plain(v):
    """A NumPy scalar as the Python value (Ray and pandas hand out np.int64, np.str_)."""
    return v.item() if isinstance(v, np.generic) else v


def _splits(lengths):
    """Row splits (n+1,) int64 of n row lengths."""
    out = np.zeros(len(lengths) + 1, np.int64)
    np.cumsum(lengths, out=out[1:])
    return out


def caption_rows(captions, caption_column=None):
    """(the captions as a list of str, the input's columns {name: list, one value per
    caption}, the name of the captions' column or None) of ``make_negatives``'s input: a
    sequence of str (no columns), a sequence of mappings (rows: every key is a column) or
    a mapping of columns (a batch of ``datasets`` or Ray Data). The caption is
    ``caption_column``, by default ``"caption"`` (``"text"`` when only that column is in
    every row); it stays a column, except under ``"text"``, which the output's ``text``
    replaces. Any other column named like one of ``COLUMNS`` is an error."""
    if isinstance(captions, str):
        raise _core.InvalidInputError("captions must be a sequence of str or of rows, not one str")
    if isinstance(captions, Mapping):
        cols = {str(k): [_plain(v) for v in (c.tolist() if isinstance(c, np.ndarray) else c)]
                for k, c in captions.items()}
        if len({len(c) for c in cols.values()}) > 1:
            raise _core.InvalidInputError(f"the columns differ in length: {sorted({len(c) for c in cols.values()})}")
        if caption_column is None and "caption" not in cols and "text" in cols:
            caption_column = "text"
    else:
        rows = list(captions)
        if all(isinstance(r, str) for r in rows):
            return rows, {}, None
        names = {}
        for i, r in enumerate(rows):
            if not isinstance(r, Mapping):
                raise _core.InvalidInputError(f"captions[{i}]: expected a str or a mapping (a row), got "
                                              f"{type(r).__name__} (all items must be of one kind)")
            names.update((k, names.get(k, 0) + 1) for k in r)
        cols = {str(k): [_plain(r.get(k)) for r in rows] for k in names}
        if caption_column is None and names.get("caption", 0) < len(rows) and names.get("text", 0) == len(rows):
            caption_column = "text"  # every row has a "text", not every row a "caption"
    key = "caption" if caption_column is None else str(caption_column)
    if key not in cols:
        raise _core.InvalidInputError(f"no {key!r} column holds the captions (columns: {', '.join(cols) or 'none'})")
    texts = cols[key]
    for i, t in enumerate(texts):
        if not isinstance(t, str):
            raise _core.InvalidInputError(f"caption {i} (column {key!r}) must be a str, got {type(t).__name__}")
    if key == "text":
        cols.pop("text")
    clash = [k for k in cols if k in COLUMNS]
    if clash:
        raise _core.InvalidInputError(f"input column {clash[0]!r} has the name of an output column "
                                      f"({', '.join(COLUMNS)}); rename it")
    return texts, cols, key


def draw_rows(perturber, captions, per_caption, num_threads=None):
    """The engine's negatives of captions in dataset order (each caption, then its
    negatives): a dict of

    * ``texts`` (list of str), ``source`` int64 (R,), ``category`` int8 (R,) (-1 for a
      caption), ``is_negative`` bool (R,);
    * ``edit_splits`` int64 (R+1,), ``edits`` int64 (E, 4) (start, end, new_start,
      new_end: str offsets into the caption and the row), ``edit_old`` (E str, cut when
      read: the caption's text each edit replaced; the new text is the row's);
    * ``text_index`` int64 (R,): each row's index in captions + negatives (the order
      ``encode_negatives`` tokenizes them in), and the engine's ``negatives``, ``neg_source``,
      ``neg_edit_splits``, ``neg_edits``."""
    npos = len(captions)
    negs, src, cat, esplit, edits = perturber.perturb_batch(captions, per_caption, num_threads)
    src = np.asarray(src, np.int64)
    esplit = np.asarray(esplit, np.int64)
    edits = np.asarray(edits, np.int64).reshape(-1, 4)
    # rows: each caption, then its negatives (the engine returns them grouped by caption)
    order = np.arange(npos + len(negs))
    row_src = np.concatenate([np.arange(npos), src])
    key = np.lexsort((order, row_src))
    # edits follow their rows: a caption has none
    n_edits = np.concatenate([np.zeros(npos, np.int64), np.diff(esplit)])[key]
    first = np.concatenate([np.zeros(npos, np.int64), esplit[:-1]])[key]
    edit_splits = _splits(n_edits)
    eidx = np.repeat(first - edit_splits[:-1], n_edits) + np.arange(edit_splits[-1])
    new_edits = edits[eidx]
    texts = list(captions) + list(negs)
    return {
        "texts": [texts[k] for k in key.tolist()],
        "source": row_src[key],
        "category": np.concatenate([np.full(npos, -1, np.int8), np.asarray(cat, np.int8)])[key],
        "is_negative": key >= npos,
        "edit_splits": edit_splits,
        "edits": new_edits,
        "edit_old": EditOld(captions, np.repeat(row_src[key], n_edits), new_edits),
        "text_index": key,
        "negatives": negs, "neg_source": src, "neg_edit_splits": esplit, "neg_edits": edits,
    }


class EditOld(Sequence):
    """The caption's text each edit replaced, cut from the caption when asked for: a
    dataset is mostly tokenized and trained on, and cutting every old text up front
    costs about 8% of ``make_negatives`` (100K str slices). captions: the batch's
    captions; source int64 (E,): each edit's caption; edits int64 (E, 4)."""

    def __init__(self, captions, source, edits):
        self._captions, self._source, self._edits = captions, source, edits

    def __len__(self):
        return len(self._source)

    def __getitem__(self, k):
        if isinstance(k, slice):
            src, e = self._source[k], self._edits[k]
            return [self._captions[i][a:b] for i, a, b in zip(src.tolist(), e[:, 0].tolist(), e[:, 1].tolist())]
        i, (a, b) = int(self._source[k]), self._edits[k, :2].tolist()
        return self._captions[i][a:b]


def edit_dicts(text, edit_splits, edits, edit_old, r):
    """Row r's edits (flat as ``draw_rows`` gives them) as dicts {start, end, new_start,
    new_end, old, new}; text: the row's text."""
    a, b = int(edit_splits[r]), int(edit_splits[r + 1])
    return [{"start": s, "end": e, "new_start": ns, "new_end": ne, "old": old, "new": text[ns:ne]}
            for (s, e, ns, ne), old in zip(edits[a:b].tolist(), edit_old[a:b])]


class NegativeDataset:
    """Ragged rows of token ids and labels (one row per positive or negative caption).

    ids int32, labels int8 (1 good, 0 bad), offsets int64 (n, 2) str offsets into the
    row's text: flat over all rows, row r is [row_splits[r], row_splits[r+1]).
    Per row: text, category (index into CATEGORIES, -1 for positives), source_index
    (the caption the row comes from), is_negative (bool).
    Edits, flat like the tokens: row r's are [edit_splits[r], edit_splits[r+1]) of
    ``edits`` int64 (e, 4) (start, end, new_start, new_end: str offsets into the source
    caption and the row's text) and ``edit_old`` (the caption's text each replaced; the
    new text is ``text[new_start:new_end]``); a positive has none. Without them (None)
    every row has none.
    columns: the input's other columns ({name: list, one value per row}, e.g. the
    ``image_id`` of each row's caption), by default none."""

    def __init__(self, ids, labels, offsets, row_splits, category, source_index, is_negative, texts, *,
                 edit_splits=None, edits=None, edit_old=None, columns=None):
        self.ids = ids
        self.labels = labels
        self.offsets = offsets
        self.row_splits = row_splits
        self.category = category
        self.source_index = source_index
        self.is_negative = is_negative
        self.texts = texts
        n = len(row_splits) - 1
        if edit_splits is None:
            edit_splits, edits, edit_old = np.zeros(n + 1, np.int64), np.zeros((0, 4), np.int64), []
        self.edit_splits = np.asarray(edit_splits, np.int64)
        self.edits = np.asarray(edits, np.int64).reshape(-1, 4)
        self.edit_old = edit_old if isinstance(edit_old, Sequence) else list(edit_old)
        if (len(self.edit_splits) != n + 1 or self.edit_splits[-1] != len(self.edits)
                or len(self.edits) != len(self.edit_old)):
            raise _core.InvalidInputError(f"edit_splits must have {n + 1} entries ending at the {len(self.edits)} "
                                          f"edits and their {len(self.edit_old)} old texts")
        self.columns = {} if columns is None else {str(k): list(v) for k, v in columns.items()}
        for k, v in self.columns.items():
            if k in COLUMNS or len(v) != n:
                raise _core.InvalidInputError(f"column {k!r}: expected {n} values under a name other than "
                                              f"{', '.join(COLUMNS)}, got {len(v)}")

    def __len__(self):
        return len(self.row_splits) - 1

    def row_edits(self, r):
        """The edits of row r as dicts {start, end, new_start, new_end, old, new} (the
        form of ``tldr.vlm`` examples' ``edits``)."""
        return edit_dicts(self.texts[r], self.edit_splits, self.edits, self.edit_old, r)

    def row(self, r):
        """Row r as a dict: the input's columns, then ``COLUMNS`` (arrays for ids,
        labels and offsets)."""
        a, b = self.row_splits[r], self.row_splits[r + 1]
        d = {k: v[r] for k, v in self.columns.items()}
        d.update({
            "text": self.texts[r],
            "ids": self.ids[a:b],
            "labels": self.labels[a:b],
            "offsets": self.offsets[a:b],
            "category": CATEGORIES[self.category[r]] if self.category[r] >= 0 else None,
            "source_index": int(self.source_index[r]),
            "is_negative": bool(self.is_negative[r]),
            "edits": self.row_edits(r),
        })
        return d

    def _plain_row(self, r):
        """row(r) with lists for arrays: a JSON or Parquet record."""
        d = self.row(r)
        for k in ("ids", "labels", "offsets"):
            d[k] = d[k].tolist()
        return d

    def yield_per_category(self):
        """{category: number of negatives}."""
        cnt = np.bincount(self.category[self.is_negative], minlength=len(CATEGORIES))
        return {c: int(cnt[i]) for i, c in enumerate(CATEGORIES)}

    @classmethod
    def concat(cls, parts, source_offsets):
        """One dataset of several (``make_negatives`` of consecutive chunks of a corpus):
        part k's source indices are shifted by ``source_offsets[k]`` (the number of
        captions before its chunk). Every part must have the same columns."""
        parts = list(parts)
        if not parts:
            raise _core.InvalidInputError("concat needs at least one dataset")
        names = list(parts[0].columns)
        if any(list(ds.columns) != names for ds in parts):
            raise _core.InvalidInputError("the datasets have different columns: "
                                          f"{sorted({tuple(ds.columns) for ds in parts})}")

        def splits(key):
            return _splits(np.concatenate([np.diff(getattr(ds, key)) for ds in parts]))

        return cls(np.concatenate([ds.ids for ds in parts]), np.concatenate([ds.labels for ds in parts]),
                   np.concatenate([ds.offsets for ds in parts]).reshape(-1, 2), splits("row_splits"),
                   np.concatenate([ds.category for ds in parts]),
                   np.concatenate([ds.source_index + int(o) for ds, o in zip(parts, source_offsets)]),
                   np.concatenate([ds.is_negative for ds in parts]), [t for ds in parts for t in ds.texts],
                   edit_splits=splits("edit_splits"), edits=np.concatenate([ds.edits for ds in parts]),
                   edit_old=[t for ds in parts for t in ds.edit_old[:]],
                   columns={k: [v for ds in parts for v in ds.columns[k]] for k in names})

    def to_jsonl(self, path):
        """One JSON object a row (``row``'s keys)."""
        with open(path, "w", encoding="utf-8") as f:
            for r in range(len(self)):
                f.write(json.dumps(self._plain_row(r), ensure_ascii=False) + "\n")

    @classmethod
    def from_jsonl(cls, path):
        """The dataset of a ``to_jsonl`` file (one written before rows kept their edits
        reads with none)."""
        rows = []
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise _core.FileFormatError(f"{path}:{lineno}: not JSON: {e}") from None
        return cls._from_rows(rows, path)

    @classmethod
    def from_parquet(cls, path):
        """The dataset of a ``to_parquet`` file."""
        return cls._from_rows(_parquet_module(path).read_table(path).to_pylist(), path)

    @classmethod
    def _from_rows(cls, rows, where):
        ids, labels, offs, splits = [], [], [], [0]
        cat, src, neg, texts = [], [], [], []
        esplits, edits, old = [0], [], []
        names = {}
        for d in rows:
            if isinstance(d, dict):
                names.update((k, None) for k in d if k not in COLUMNS)
        columns = {k: [] for k in names}
        for i, d in enumerate(rows):
            try:
                n = len(d["ids"])
                if len(d["labels"]) != n or len(d["offsets"]) != n:
                    raise ValueError("ids, labels and offsets differ in length")
                ids += d["ids"]
                labels += d["labels"]
                offs += [tuple(o) for o in d["offsets"]]
                splits.append(splits[-1] + n)
                cat.append(category_index(d["category"]) if d["category"] is not None else -1)
                src.append(int(d["source_index"]))
                neg.append(bool(d["is_negative"]))
                texts.append(d["text"])
                for e in d.get("edits") or ():
                    edits.append((int(e["start"]), int(e["end"]), int(e["new_start"]), int(e["new_end"])))
                    old.append(str(e["old"]))
                esplits.append(len(edits))
                for k in names:
                    columns[k].append(d.get(k))
            except (KeyError, TypeError, ValueError) as e:  # InvalidInputError is a ValueError
                raise _core.FileFormatError(f"{where}: row {i + 1}: {e}") from None
        return cls(np.array(ids, np.int32), np.array(labels, np.int8), np.array(offs, np.int64).reshape(-1, 2),
                   np.array(splits, np.int64), np.array(cat, np.int8), np.array(src, np.int64),
                   np.array(neg, bool), texts, edit_splits=esplits, edits=np.array(edits, np.int64).reshape(-1, 4),
                   edit_old=old, columns=columns)

    def to_parquet(self, path):
        """One Parquet record a row (``row``'s keys; needs pyarrow)."""
        pa = _parquet_module(path, "pyarrow")
        pq = _parquet_module(path)
        rows = [self._plain_row(r) for r in range(len(self))]
        names = list(self.columns) + list(COLUMNS)
        try:
            table = pa.table({k: [d[k] for d in rows] for k in names})
        except (pa.ArrowInvalid, pa.ArrowTypeError) as e:
            raise _core.InvalidInputError(f"{path}: a column holds values Parquet cannot store together: {e}") from None
        pq.write_table(table, path)


def _parquet_module(path, name="pyarrow.parquet"):
    import importlib

    try:
        return importlib.import_module(name)
    except ImportError:
        raise _core.UnsupportedError(f"{path}: Parquet needs pyarrow (pip install pyarrow, or the [data] "
                                     "extra)") from None


def make_negatives(captions, tokenizer, perturber=None, per_caption=8, seed=0, num_threads=None, *,
                   caption_column=None):
    """Positives (all tokens 1) and up to per_caption negatives per caption (categories
    in rotation), tokenized with tokenizer, labelled exactly from the engine's edits:
    a token of a negative is 0 when it overlaps an edited character. perturber: default
    Perturber(seed=seed), which is balanced (see Perturber); pass
    Perturber(seed=seed, balance=False) for every drawn edit (the paper's mix).

    captions: a list of str, or of rows (dicts such as ``{"image_id": 7, "caption":
    ...}``), or a mapping of columns (a ``datasets``/Ray batch): every column is kept
    beside each row in ``NegativeDataset.columns`` (see ``caption_rows``; the caption is
    ``caption_column``, by default "caption", else "text", which the row's text replaces).
    tokenizer: a ``tldr.Tokenizer``, a ``transformers`` tokenizer (converted once
    with ``tldr.Tokenizer.from_transformers``) or any object with ``encode`` returning
    ids and str offsets. Every row keeps the engine's edits (``NegativeDataset``)."""
    captions, columns, _ = caption_rows(captions, caption_column)
    tokenizer = as_tokenizer(tokenizer)
    if perturber is None:
        perturber = Perturber(seed=seed)
    if _one_call(tokenizer, perturber):
        ds = _negatives_in_c(captions, tokenizer, perturber, per_caption, num_threads)
    else:
        ds = _negatives_in_steps(captions, tokenizer, perturber, per_caption, num_threads)
    src = ds.source_index
    ds.columns = {k: [v[i] for i in src.tolist()] for k, v in columns.items()}
    return ds


def _one_call(tokenizer, perturber):
    """Whether make_negatives can run as one C call (``_core.negatives``): a tldr
    Tokenizer whose ``encode_batch`` is the engine's alone (no normalizer, the class's own
    method) and a Perturber whose ``perturb_batch`` is the class's own."""
    from ..tokenize import Tokenizer

    return (isinstance(tokenizer, Tokenizer) and type(tokenizer).encode_batch is Tokenizer.encode_batch
            and tokenizer._normalizer is None and isinstance(perturber, Perturber)
            and type(perturber).perturb_batch is Perturber.perturb_batch)


def _negatives_in_c(captions, tokenizer, perturber, per_caption, num_threads):
    """make_negatives' dataset (without the input's columns) in one C call: per caption,
    its negatives drawn, the caption and each negative tokenized as ``encode_batch`` does
    it, labels from the edits, rows in dataset order, with the GIL released and the
    captions split over threads (csrc/core/perturb/negatives.c). The same rows as
    ``_negatives_in_steps`` (tests/test_dataset.py holds them equal)."""
    ids, labels, offs, splits, cat, src, is_neg, texts, edit_splits, edits = _core.negatives(
        perturber._engine, tokenizer._core, captions, perturber._cats(None), int(per_caption), perturber.seed,
        tokenizer._modes((), "all"), num_threads, balance=perturber._mask)
    return NegativeDataset(ids, labels, offs, splits, cat, src, is_neg, texts, edit_splits=edit_splits, edits=edits,
                           edit_old=EditOld(captions, np.repeat(src, np.diff(edit_splits)), edits))


def _negatives_in_steps(captions, tokenizer, perturber, per_caption, num_threads):
    """make_negatives' dataset (without the input's columns) for any tokenizer: the
    engine's negatives (``draw_rows``), tokenized by ``encode_negatives``, labelled by
    ``_core.edit_labels``, the tokens then put in dataset order."""
    d = draw_rows(perturber, captions, per_caption, num_threads)
    negs, npos = d["negatives"], len(captions)
    ids, offs, splits = encode_negatives(tokenizer, captions, negs, d["neg_source"], d["neg_edit_splits"],
                                         d["neg_edits"], num_threads)
    labels = np.ones(len(ids), np.int8)
    p0 = splits[npos]
    labels[p0:] = _core.edit_labels(offs[p0:], splits[npos:] - p0, d["neg_edit_splits"], d["neg_edits"])
    # tokens follow their rows: token index of every output position = row start in the
    # tokenized order + position in the row
    key = d["text_index"]
    lens = np.diff(splits)[key]
    new_splits = _splits(lens)
    gather = np.repeat(splits[:-1][key] - new_splits[:-1], lens) + np.arange(new_splits[-1])
    return NegativeDataset(ids[gather], labels[gather], offs[gather].reshape(-1, 2), new_splits, d["category"],
                           d["source"], d["is_negative"], d["texts"], edit_splits=d["edit_splits"], edits=d["edits"],
                           edit_old=d["edit_old"])
