"""``NaiveRewardHead``: the paper's baseline, a reward model read at the last token.

The same parameters as ``TokenHead``, trained and read only at the last masked-in token of
each response: one label and one score per response. The rows are gathered inside the
fused C kernel through a row index, so nothing is copied.
"""

from __future__ import annotations

import numpy as np

from .. import _core
from .._checks import as_binary, as_hidden, hidden_rows, response_splits
from .._core import InvalidInputError
from .token_head import TokenHead, like_input, sigmoid32

__all__ = ["NaiveRewardHead"]


class NaiveRewardHead(TokenHead):
    """The paper's baseline reward model: the same head, trained and read only at the
    last masked-in token of each response (one label, one score per response).

    Responses are given by ``row_splits`` (length R+1, from 0 to N) or ``lengths``
    (R counts summing to N). A response's label is 1 (good) only when all its masked-in
    token labels are 1 (the product of token labels, as in the paper); a label array of
    length R (and R != N) is taken as per-response labels directly.
    """

    @staticmethod
    def _last_rows(n, mask, row_splits, lengths):
        """(splits (R+1,), the last masked-in row of each response (R,) int64)."""
        splits = response_splits(n, row_splits, lengths)
        keep = np.flatnonzero(mask) if mask is not None else np.arange(n)
        # last masked-in row before each response's end
        pos = np.searchsorted(keep, splits[1:], side="left") - 1
        last = np.where(pos >= 0, keep[np.maximum(pos, 0)] if len(keep) else -1, -1)
        empty = last < splits[:-1]
        if empty.any():
            r = int(np.flatnonzero(empty)[0])
            raise InvalidInputError(f"response {r} has no masked-in token")
        return splits, last.astype(np.int64)

    def _response_labels(self, labels, n, splits, last, mask):
        R = len(splits) - 1
        lab = np.asarray(labels)
        if lab.shape[0] == R and R != n:
            return as_binary(lab, "labels", R, self.outputs)
        y = as_binary(lab, "labels", n, self.outputs)
        y2 = y.reshape(n, -1)
        if mask is not None:
            y2 = np.where(np.asarray(mask, bool).reshape(n, 1), y2, 1)
        # product over each response = min over its rows; reduceat needs non-empty segments
        out = np.ones((R, y2.shape[1]), np.uint8)
        nonempty = splits[:-1] < splits[1:]
        if nonempty.any():
            out[nonempty] = np.minimum.reduceat(y2, splits[:-1][nonempty], axis=0)
        return out[:, 0] if self.outputs == 1 else out

    def forward(self, H, row_splits=None, lengths=None, mask=None, num_threads=None):
        """Per-response logits at the last masked-in token (R,) or (R, K); with neither
        ``row_splits`` nor ``lengths``, per-token logits like ``TokenHead.forward``."""
        Hh = as_hidden(H)
        if row_splits is None and lengths is None:
            return super().forward(Hh, num_threads=num_threads)
        n = hidden_rows(Hh)
        m = None if mask is None else as_binary(mask, "mask", n, None)
        _, last = self._last_rows(n, m, row_splits, lengths)
        z = _core.head_forward(Hh, self._weight, self._bias, rows=last, num_threads=num_threads)
        return self._squeeze(z)

    __call__ = forward

    def predict_proba(self, H, row_splits=None, lengths=None, mask=None, num_threads=None):
        return sigmoid32(self.forward(H, row_splits, lengths, mask, num_threads))

    def loss_and_grad(self, H, labels, mask=None, pos_weight=None, need_input_grad=False,
                      num_threads=None, *, row_splits=None, lengths=None):
        """Mean BCE over responses at their last masked-in token, and its gradients;
        ``grads["input"]`` (N, D) is zero except at those rows."""
        Hh = as_hidden(H)
        n = hidden_rows(Hh)
        m = None if mask is None else as_binary(mask, "mask", n, None)
        splits, last = self._last_rows(n, m, row_splits, lengths)
        y = self._response_labels(labels, n, splits, last, m)
        loss, _, dW, db, dH, _ = _core.head_loss_grad(
            Hh, self._weight, self._bias, y, None, pos_weight, rows=last,
            need_input_grad=need_input_grad, num_threads=num_threads,
        )
        grads = {"weight": dW, "bias": db}
        if need_input_grad:
            full = np.zeros((n, self.dim), dtype=dH.dtype)
            full[last] = dH
            grads["input"] = like_input(full, H)
        return loss, grads

    def _fit_units(self, H, labels, mask, row_splits=None, lengths=None):
        Hh = as_hidden(H)
        n = hidden_rows(Hh)
        m = None if mask is None else as_binary(mask, "mask", n, None)
        splits, last = self._last_rows(n, m, row_splits, lengths)
        y = self._response_labels(labels, n, splits, last, m)
        return Hh, last, y
