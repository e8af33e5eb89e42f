"""Datasets of positives and token-labelled hard negatives: ``make_negatives`` and
``NegativeDataset`` (ragged rows of ids, labels and offsets; JSONL and Parquet)."""

import json

import numpy as np

from .. import _core
from .categories import CATEGORIES, category_index
from .engine import Perturber
from .labels import encode_negatives


class NegativeDataset:
    """Ragged rows of token ids and labels (one row per positive or negative caption).

    ids int32, labels int8 (1 good, 0 bad), offsets int64 (n, 2) str offsets into the
    row's text: flat over all rows, row r is [row_splits[r], row_splits[r+1]).
    Per row: text, category (index into CATEGORIES, -1 for positives), source_index
    (the caption the row comes from), is_negative (bool)."""

    def __init__(self, ids, labels, offsets, row_splits, category, source_index, is_negative, texts):
        self.ids = ids
        self.labels = labels
        self.offsets = offsets
        self.row_splits = row_splits
        self.category = category
        self.source_index = source_index
        self.is_negative = is_negative
        self.texts = texts

    def __len__(self):
        return len(self.row_splits) - 1

    def row(self, r):
        a, b = self.row_splits[r], self.row_splits[r + 1]
        return {
            "text": self.texts[r],
            "ids": self.ids[a:b],
            "labels": self.labels[a:b],
            "offsets": self.offsets[a:b],
            "category": CATEGORIES[self.category[r]] if self.category[r] >= 0 else None,
            "source_index": int(self.source_index[r]),
            "is_negative": bool(self.is_negative[r]),
        }

    def yield_per_category(self):
        """{category: number of negatives}."""
        cnt = np.bincount(self.category[self.is_negative], minlength=len(CATEGORIES))
        return {c: int(cnt[i]) for i, c in enumerate(CATEGORIES)}

    def to_jsonl(self, path):
        with open(path, "w", encoding="utf-8") as f:
            for r in range(len(self)):
                d = self.row(r)
                f.write(json.dumps({
                    "text": d["text"], "ids": d["ids"].tolist(), "labels": d["labels"].tolist(),
                    "offsets": d["offsets"].tolist(), "category": d["category"],
                    "source_index": d["source_index"], "is_negative": d["is_negative"],
                }, ensure_ascii=False) + "\n")

    @classmethod
    def from_jsonl(cls, path):
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
    def _from_rows(cls, rows, where):
        ids, labels, offs, splits = [], [], [], [0]
        cat, src, neg, texts = [], [], [], []
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
            except (KeyError, TypeError, ValueError) as e:  # InvalidInputError is a ValueError
                raise _core.FileFormatError(f"{where}: row {i + 1}: {e}") from None
        return cls(np.array(ids, np.int32), np.array(labels, np.int8), np.array(offs, np.int64).reshape(-1, 2),
                   np.array(splits, np.int64), np.array(cat, np.int8), np.array(src, np.int64),
                   np.array(neg, bool), texts)

    def to_parquet(self, path):
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise _core.UnsupportedError("to_parquet needs pyarrow (pip install pyarrow)") from None
        rows = [self.row(r) for r in range(len(self))]
        table = pa.table({
            "text": [d["text"] for d in rows],
            "ids": [d["ids"].tolist() for d in rows],
            "labels": [d["labels"].tolist() for d in rows],
            "offsets": [d["offsets"].tolist() for d in rows],
            "category": [d["category"] for d in rows],
            "source_index": [d["source_index"] for d in rows],
            "is_negative": [d["is_negative"] for d in rows],
        })
        pq.write_table(table, path)


def make_negatives(captions, tokenizer, perturber=None, per_caption=8, seed=0, num_threads=None):
    """Positives (all tokens 1) and up to per_caption negatives per caption (categories
    in rotation), tokenized with tokenizer, labelled exactly from the engine's edits:
    a token of a negative is 0 when it overlaps an edited character. perturber: default
    Perturber(seed=seed), which is balanced (see Perturber); pass
    Perturber(seed=seed, balance=False) for every drawn edit (the paper's mix)."""
    captions = list(captions)
    if perturber is None:
        perturber = Perturber(seed=seed)
    negs, src, cat, esplit, edits = perturber.perturb_batch(captions, per_caption, num_threads)
    texts = captions + list(negs)
    ids, offs, splits = encode_negatives(tokenizer, captions, negs, src, esplit, edits, num_threads)
    npos = len(captions)
    labels = np.ones(len(ids), np.int8)
    p0 = splits[npos]
    labels[p0:] = _core.edit_labels(offs[p0:], splits[npos:] - p0, esplit, edits)
    # rows: each caption, then its negatives
    order = np.concatenate([np.arange(npos), npos + np.arange(len(negs))])
    row_src = np.concatenate([np.arange(npos), np.asarray(src, np.int64)])
    key = np.lexsort((order, row_src))
    lens = np.diff(splits)
    new_splits = np.zeros(len(texts) + 1, np.int64)
    new_splits[1:] = np.cumsum(lens[key])
    # token index of every output position: row start in the old layout + position in row
    gather = np.repeat(splits[:-1][key] - new_splits[:-1], lens[key]) + np.arange(new_splits[-1])
    category = np.concatenate([np.full(npos, -1, np.int8), np.asarray(cat, np.int8)])[key]
    is_neg = np.concatenate([np.zeros(npos, bool), np.ones(len(negs), bool)])[key]
    return NegativeDataset(ids[gather], labels[gather], offs[gather].reshape(-1, 2), new_splits, category,
                           row_src[key], is_neg, [texts[k] for k in key])
