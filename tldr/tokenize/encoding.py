"""The results of encoding: :class:`Encoding` (one text) and :class:`BatchEncoding` (a
batch, as flat arrays with row splits)."""

from __future__ import annotations

import numpy as np

from .._core import InvalidInputError
from .errors import BatchIndexError

__all__ = ["Encoding", "BatchEncoding"]


class Encoding:
    """Tokens of one text: ``ids`` int32 (n,), ``offsets`` int64 (n, 2) str offsets."""

    __slots__ = ("ids", "offsets", "_tok")

    def __init__(self, ids: np.ndarray, offsets: np.ndarray, tokenizer=None):
        self.ids = ids
        self.offsets = offsets
        self._tok = tokenizer

    def __len__(self) -> int:
        return int(self.ids.shape[0])

    @property
    def tokens(self) -> list[str]:
        """Token strings (as id_to_token gives them)."""
        if self._tok is None:
            raise InvalidInputError("Encoding.tokens: expected an Encoding made by a Tokenizer, this one has none attached")
        return [self._tok.id_to_token(int(i)) for i in self.ids]

    def __repr__(self) -> str:
        return f"Encoding(n={len(self)}, ids={self.ids[:8].tolist()}{'...' if len(self) > 8 else ''})"


class BatchEncoding:
    """Tokens of a batch: flat ``ids`` (N,), ``offsets`` (N, 2) and ``row_splits`` (B + 1,);
    item b is ``ids[row_splits[b]:row_splits[b + 1]]``. ``batch[b]`` is an Encoding."""

    __slots__ = ("ids", "offsets", "row_splits", "_tok")

    def __init__(self, ids, offsets, row_splits, tokenizer=None):
        self.ids = ids
        self.offsets = offsets
        self.row_splits = row_splits
        self._tok = tokenizer

    def __len__(self) -> int:
        return int(self.row_splits.shape[0] - 1)

    def __getitem__(self, b: int) -> Encoding:
        n = len(self)
        i = b + n if b < 0 else b
        if not 0 <= i < n:
            raise BatchIndexError(f"batch index: expected an integer in [-{n}, {n}), got {b}")
        s, e = int(self.row_splits[i]), int(self.row_splits[i + 1])
        return Encoding(self.ids[s:e], self.offsets[s:e], self._tok)

    def __iter__(self):
        for b in range(len(self)):
            yield self[b]

    def __repr__(self) -> str:
        return f"BatchEncoding(items={len(self)}, tokens={self.ids.shape[0]})"
