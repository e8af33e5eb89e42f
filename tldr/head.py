"""The TLDR reward head: one linear layer R^D -> R^K and a sigmoid per token.

``TokenHead`` is the paper's head (K = 1): every response token gets a probability of
being good, and the loss is binary cross-entropy on every masked-in token.
``NaiveRewardHead`` is the paper's baseline: the same parameters, with the loss taken
only at the last masked token of each response (one label per response).

The math runs in the C kernels of ``tldr._core`` (``csrc/head.c``): one fused pass over
the hidden states computes logits, loss and every gradient; H may be float32, float16 or
bfloat16 (``ml_dtypes.bfloat16`` or its uint16 bits) and is widened in registers, never
copied; any row stride works, so an ``np.memmap`` of many GB streams from disk.
"""

from __future__ import annotations

import json
import math
import os

import numpy as np

from . import _core
from ._core import FileFormatError, InvalidInputError
from ._progress import Progress

__all__ = ["TokenHead", "NaiveRewardHead", "as_hidden", "lr_schedule"]

_FORMAT = "tldr-head"
_FORMAT_VERSION = 1


def as_hidden(H) -> np.ndarray:
    """Return H in a dtype the kernels read without copying.

    float32 and float16 pass through; ``ml_dtypes.bfloat16`` is viewed as its uint16 bit
    pattern (no copy); uint16 is taken to hold bfloat16 bits already. Other dtypes raise
    ``tldr.DTypeError`` in the kernel (we never silently copy a large array).
    """
    if isinstance(H, np.ndarray):
        if H.dtype.name == "bfloat16":
            return H.view(np.uint16)
        return H
    arr = np.asarray(H)
    if arr.dtype.name == "bfloat16":
        return arr.view(np.uint16)
    return arr


def lr_schedule(step: int, total_steps: int, lr: float, warmup_steps: int = 0, schedule: str = "cosine") -> float:
    """Learning rate at ``step`` (0-based): linear warm-up over ``warmup_steps``, then
    ``"cosine"`` decay to 0 at ``total_steps`` (as in the paper), ``"linear"`` decay to 0,
    or ``"constant"``."""
    if warmup_steps > 0 and step < warmup_steps:
        return lr * (step + 1) / warmup_steps
    if schedule == "constant":
        return lr
    span = max(total_steps - warmup_steps, 1)
    progress = min(max(step - warmup_steps, 0) / span, 1.0)
    if schedule == "cosine":
        return lr * 0.5 * (1.0 + math.cos(math.pi * progress))
    if schedule == "linear":
        return lr * (1.0 - progress)
    raise InvalidInputError(f"schedule must be 'cosine', 'linear' or 'constant', got {schedule!r}")


def _sigmoid(z):
    # 0.5 (1 + tanh(z/2)) never overflows, unlike 1 / (1 + exp(-z)) in float32.
    return (0.5 * (1.0 + np.tanh(0.5 * z))).astype(np.float32, copy=False)


class TokenHead:
    """A token-level reward head ``p = sigmoid(H W + b)`` over hidden states H (N, D).

    Parameters
    ----------
    dim : int
        Hidden size D of the backbone (2048 for PaliGemma-3B, 4096 for Llama-3.2-11B).
    outputs : int
        Number of outputs K (1 is the paper's head).
    seed : int
        Seed of the initialisation (uniform in +-1/sqrt(D), as ``torch.nn.Linear``).

    Attributes
    ----------
    weight : float32 array (D,) when K = 1, else (D, K)
    bias : float32 array (K,)

    Examples
    --------
    >>> import numpy as np, tldr
    >>> head = tldr.TokenHead(4, seed=0)
    >>> H = np.eye(4, dtype=np.float32)
    >>> head.forward(H).shape
    (4,)
    >>> loss, grads = head.loss_and_grad(H, labels=[1, 1, 0, 1])
    >>> sorted(grads)
    ['bias', 'weight']
    """

    def __init__(self, dim: int, outputs: int = 1, seed: int = 0):
        dim, outputs = int(dim), int(outputs)
        if dim < 1 or outputs < 1:
            raise InvalidInputError(f"dim and outputs must be >= 1, got dim={dim}, outputs={outputs}")
        self.dim = dim
        self.outputs = outputs
        rng = np.random.default_rng(seed)
        bound = 1.0 / math.sqrt(dim)
        shape = (dim,) if outputs == 1 else (dim, outputs)
        self._weight = rng.uniform(-bound, bound, size=shape).astype(np.float32)
        self._bias = rng.uniform(-bound, bound, size=(outputs,)).astype(np.float32)
        self._opt_state = None  # AdamW moments and step, created by fit()

    # -- parameters -----------------------------------------------------------------
    @property
    def weight(self) -> np.ndarray:
        return self._weight

    @weight.setter
    def weight(self, value):
        w = np.array(value, dtype=np.float32, order="C", copy=True)
        shape = (self.dim,) if self.outputs == 1 else (self.dim, self.outputs)
        if w.shape != shape:
            raise InvalidInputError(f"expected weight of shape {shape}, got {w.shape}")
        if not np.isfinite(w).all():
            raise tldr_nonfinite("weight")
        self._weight = w
        self._opt_state = None

    @property
    def bias(self) -> np.ndarray:
        return self._bias

    @bias.setter
    def bias(self, value):
        b = np.array(value, dtype=np.float32, order="C", copy=True).reshape(-1)
        if b.shape != (self.outputs,):
            raise InvalidInputError(f"expected bias of shape ({self.outputs},), got {b.shape}")
        if not np.isfinite(b).all():
            raise tldr_nonfinite("bias")
        self._bias = b
        self._opt_state = None

    def __repr__(self):
        return f"{type(self).__name__}(dim={self.dim}, outputs={self.outputs})"

    # -- inference -----------------------------------------------------------------
    def _squeeze(self, z):
        return z[:, 0] if self.outputs == 1 else z

    def forward(self, H, num_threads=None) -> np.ndarray:
        """Logits ``H W + b``: shape (N,) when K = 1, else (N, K), float32.

        NaN or Inf in a row of H propagates to that row's logit (no error here;
        ``loss_and_grad`` raises instead)."""
        z = _core.head_forward(as_hidden(H), self._weight, self._bias, num_threads=num_threads)
        return self._squeeze(z)

    __call__ = forward

    def predict_proba(self, H, num_threads=None) -> np.ndarray:
        """P(good token) = sigmoid(logits), same shape as ``forward``."""
        return _sigmoid(self.forward(H, num_threads=num_threads))

    # -- training --------------------------------------------------------------------
    def loss_and_grad(self, H, labels, mask=None, pos_weight=None, need_input_grad=False, num_threads=None):
        """Masked mean BCE-with-logits and its exact gradients, in one read of H.

        ``loss = sum_i m_i sum_k [pw_k y_ik softplus(-z_ik) + (1-y_ik) softplus(z_ik)] / (K sum_i m_i)``

        labels: 0/1 (1 = good token), shape (N,) for K = 1 or (N, K); mask: 0/1 of shape
        (N,) selecting response tokens (default: all); pos_weight: weight of the
        positive (good) class per output, as ``torch.nn.BCEWithLogitsLoss``.
        Returns ``(loss, grads)`` with ``grads["weight"]``, ``grads["bias"]`` and, when
        ``need_input_grad``, ``grads["input"]`` (N, D) in H's dtype. With no masked-in
        token the loss and gradients are 0. A masked-in row whose logit is NaN/Inf raises
        ``tldr.NonFiniteError`` naming the row.
        """
        Hh = as_hidden(H)
        loss, _, dW, db, dH, _ = _core.head_loss_grad(
            Hh, self._weight, self._bias, labels, mask, pos_weight,
            need_input_grad=need_input_grad, num_threads=num_threads,
        )
        grads = {"weight": dW, "bias": db}
        if need_input_grad:
            grads["input"] = _like_input(dH, H)
        return loss, grads

    def _batch_loss_grad(self, Hh, rows, labels, pos_weight, num_threads):
        loss, _, dW, db, _, _ = _core.head_loss_grad(
            Hh, self._weight, self._bias, labels, None, pos_weight, rows=rows, num_threads=num_threads,
        )
        return loss, dW, db

    def _fit_units(self, H, labels, mask, **kw):
        """(row index of each training unit, its labels) for fit(): masked-in tokens."""
        Hh = as_hidden(H)
        n = _nrows(Hh)
        y = _check_binary(labels, "labels", n, self.outputs)
        idx = np.arange(n, dtype=np.int64)
        if mask is not None:
            m = _check_binary(mask, "mask", n, None)
            idx = np.flatnonzero(m).astype(np.int64)
        return Hh, idx, y[idx]

    def fit(
        self,
        H,
        labels,
        mask=None,
        *,
        epochs: int = 1,
        lr: float = 1e-3,
        weight_decay: float = 0.0,
        batch_size: int = 4096,
        warmup_steps: int = 0,
        schedule: str = "cosine",
        seed: int = 0,
        pos_weight=None,
        betas=(0.9, 0.999),
        eps: float = 1e-8,
        progress: bool = True,
        num_threads=None,
        **units,
    ):
        """Train the head with AdamW on shuffled mini-batches.

        Mini-batches are drawn from the masked-in tokens (for ``NaiveRewardHead``: from
        the responses) in a fresh order each epoch (``seed``); the rows are read from H
        through an index, so H is never copied (a memmap stays on disk). The learning
        rate follows ``lr_schedule`` (linear warm-up, then cosine decay to 0 by default,
        as in the paper). Weight decay is decoupled (AdamW) and applies to the weight,
        not the bias. Returns a dict with the per-step ``loss`` and ``lr``.

        If a batch meets a non-finite logit, ``tldr.NonFiniteError`` is raised and the
        parameters and optimizer state are restored to what they were before the call.
        """
        epochs, batch_size = int(epochs), int(batch_size)
        if epochs < 0 or batch_size < 1:
            raise InvalidInputError(f"epochs must be >= 0 and batch_size >= 1, got {epochs}, {batch_size}")
        if not (lr >= 0 and math.isfinite(lr)) or not (weight_decay >= 0):
            raise InvalidInputError(f"lr and weight_decay must be finite and >= 0, got {lr}, {weight_decay}")
        lr_schedule(0, 1, lr, 0, schedule)  # validates the schedule name
        Hh, idx, y = self._fit_units(H, labels, mask, **units)
        if pos_weight is not None:
            pos_weight = np.asarray(pos_weight, np.float32).reshape(-1)
        steps_per_epoch = (len(idx) + batch_size - 1) // batch_size
        total = steps_per_epoch * epochs
        saved = (self._weight.copy(), self._bias.copy(), _copy_state(self._opt_state))
        if self._opt_state is None:
            self._opt_state = {
                "m_w": np.zeros_like(self._weight), "v_w": np.zeros_like(self._weight),
                "m_b": np.zeros_like(self._bias), "v_b": np.zeros_like(self._bias), "step": 0,
            }
        stt = self._opt_state
        rng = np.random.default_rng(seed)
        history = {"loss": [], "lr": []}
        b1, b2 = betas
        try:
            with Progress(total, desc=type(self).__name__ + ".fit", enabled=progress) as bar:
                step = 0
                for _ in range(epochs):
                    order = rng.permutation(len(idx))
                    for s in range(0, len(idx), batch_size):
                        sel = order[s:s + batch_size]
                        loss, dW, db = self._batch_loss_grad(Hh, idx[sel], y[sel], pos_weight, num_threads)
                        lr_t = lr_schedule(step, total, lr, warmup_steps, schedule)
                        stt["step"] += 1
                        _core.adamw_step(self._weight, stt["m_w"], stt["v_w"], dW, lr_t, stt["step"],
                                         b1, b2, eps, weight_decay)
                        _core.adamw_step(self._bias, stt["m_b"], stt["v_b"], db, lr_t, stt["step"],
                                         b1, b2, eps, 0.0)
                        history["loss"].append(loss)
                        history["lr"].append(lr_t)
                        step += 1
                        bar.update(1, postfix=f"loss {loss:.4f}")
        except BaseException:
            self._weight, self._bias, self._opt_state = saved
            raise
        return history

    # -- persistence -------------------------------------------------------------------
    def save(self, path) -> None:
        """Write the parameters to a portable ``.npz`` file (no pickle) that
        ``TokenHead.load`` reads back bit-exactly."""
        meta = {
            "format": _FORMAT, "version": _FORMAT_VERSION, "class": type(self).__name__,
            "dim": self.dim, "outputs": self.outputs,
        }
        with open(os.fspath(path), "wb") as f:
            np.savez(f, weight=self._weight, bias=self._bias,
                     meta=np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8))

    @classmethod
    def load(cls, path):
        """Read a head written by ``save``; raises ``tldr.FileFormatError`` (a ValueError)
        naming the file when it is not one."""
        path = os.fspath(path)
        try:
            with np.load(path, allow_pickle=False) as z:
                meta = json.loads(bytes(z["meta"]).decode())
                weight, bias = z["weight"], z["bias"]
        except FileNotFoundError:
            raise
        except Exception as exc:
            raise FileFormatError(f"{path}: not a tldr head file ({type(exc).__name__}: {exc})") from None
        if not isinstance(meta, dict) or meta.get("format") != _FORMAT:
            raise FileFormatError(f"{path}: not a tldr head file (format {meta!r})")
        if meta.get("version", 0) > _FORMAT_VERSION:
            raise FileFormatError(f"{path}: written by a newer tldr (format version {meta.get('version')})")
        klass = {c.__name__: c for c in (TokenHead, NaiveRewardHead)}.get(meta.get("class"), cls)
        if cls is not TokenHead and klass is not cls:
            klass = cls
        try:
            head = klass(int(meta["dim"]), int(meta["outputs"]))
            head.weight = weight
            head.bias = bias
        except (KeyError, ValueError, TypeError) as exc:
            raise FileFormatError(f"{path}: inconsistent head file: {exc}") from None
        if head.weight.dtype != weight.dtype or head.bias.dtype != bias.dtype:
            raise FileFormatError(f"{path}: parameters must be float32")
        return head


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
        if (row_splits is None) == (lengths is None):
            raise InvalidInputError("give exactly one of row_splits or lengths")
        if lengths is not None:
            lens = np.asarray(lengths)
            if lens.ndim != 1 or not np.issubdtype(lens.dtype, np.integer) or (lens < 0).any():
                raise InvalidInputError("lengths must be a 1-D array of non-negative integers")
            splits = np.concatenate([[0], np.cumsum(lens, dtype=np.int64)])
        else:
            splits = _check_splits(row_splits, n)
        if splits[-1] != n:
            raise InvalidInputError(f"responses cover {splits[-1]} rows but H has {n}")
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
            return _check_binary(lab, "labels", R, self.outputs)
        y = _check_binary(lab, "labels", n, self.outputs)
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
        m = None if mask is None else _check_binary(mask, "mask", _nrows(Hh), None)
        _, last = self._last_rows(_nrows(Hh), m, row_splits, lengths)
        z = _core.head_forward(Hh, self._weight, self._bias, rows=last, num_threads=num_threads)
        return self._squeeze(z)

    __call__ = forward

    def predict_proba(self, H, row_splits=None, lengths=None, mask=None, num_threads=None):
        return _sigmoid(self.forward(H, row_splits, lengths, mask, num_threads))

    def loss_and_grad(self, H, labels, mask=None, pos_weight=None, need_input_grad=False,
                      num_threads=None, *, row_splits=None, lengths=None):
        """Mean BCE over responses at their last masked-in token, and its gradients;
        ``grads["input"]`` (N, D) is zero except at those rows."""
        Hh = as_hidden(H)
        n = _nrows(Hh)
        m = None if mask is None else _check_binary(mask, "mask", n, None)
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
            grads["input"] = _like_input(full, H)
        return loss, grads

    def _fit_units(self, H, labels, mask, row_splits=None, lengths=None):
        Hh = as_hidden(H)
        n = _nrows(Hh)
        m = None if mask is None else _check_binary(mask, "mask", n, None)
        splits, last = self._last_rows(n, m, row_splits, lengths)
        y = self._response_labels(labels, n, splits, last, m)
        return Hh, last, y


# -- helpers -----------------------------------------------------------------------------

def tldr_nonfinite(what):
    return _core.NonFiniteError(f"the {what} contains NaN or Inf")


def _nrows(Hh):
    if not hasattr(Hh, "ndim") or Hh.ndim != 2:
        raise InvalidInputError(
            f"expected hidden states of shape (N, D), got {getattr(Hh, 'shape', type(Hh).__name__)}")
    return Hh.shape[0]


def _like_input(dH, H):
    """Give dH the input's bfloat16 dtype back when H was ml_dtypes.bfloat16."""
    if getattr(getattr(H, "dtype", None), "name", "") == "bfloat16":
        return dH.view(H.dtype)
    return dH


def _check_binary(values, what, n, k):
    """values as uint8 0/1 of shape (n,) / (n, k); clear errors otherwise."""
    a = np.asarray(values)
    if a.dtype.kind not in "biuf":
        raise _core.DTypeError(f"expected {what} as bool, integer or float 0/1 values, got dtype {a.dtype}")
    expect = (n,) if k in (None, 1) else (n, k)
    if a.shape != expect and not (k == 1 and a.shape == (n, 1)):
        raise InvalidInputError(f"expected {what} of shape {expect} (one per row of H), got {a.shape}")
    ok = (a == 0) | (a == 1)
    if not ok.all():
        bad = np.flatnonzero(~ok.reshape(-1))[0]
        raise InvalidInputError(f"{what} must be 0 or 1, got {a.reshape(-1)[bad]!r} at flat index {bad}")
    return a.astype(np.uint8).reshape(expect)


def _check_splits(row_splits, n):
    s = np.asarray(row_splits)
    if s.ndim != 1 or len(s) < 1 or not np.issubdtype(s.dtype, np.integer):
        raise InvalidInputError("row_splits must be a 1-D integer array of length R+1")
    s = s.astype(np.int64)
    if s[0] != 0 or (np.diff(s) < 0).any():
        raise InvalidInputError("row_splits must start at 0 and never decrease")
    if s[-1] != n:
        raise InvalidInputError(f"row_splits must end at N={n}, got {s[-1]}")
    return s


def _copy_state(state):
    if state is None:
        return None
    return {k: (v.copy() if isinstance(v, np.ndarray) else v) for k, v in state.items()}
