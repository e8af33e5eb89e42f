"""``TokenHead``: the paper's token-level reward head, ``p = sigmoid(H W + b)`` per token.

The math runs in the C kernels of ``tldr._core`` (``csrc/core/head/``): one fused pass
over the hidden states computes logits, loss and every gradient; H may be float32,
float16 or bfloat16 (``ml_dtypes.bfloat16`` or its uint16 bits) and is widened in
registers, never copied; any row stride works, so an ``np.memmap`` of many GB streams
from disk.
"""

from __future__ import annotations

import math

import numpy as np

from .. import _core
from .._checks import as_binary, as_hidden, check_float32, hidden_rows
from .._core import InvalidInputError, NonFiniteError
from .._progress import Progress
from .io import read_head_file, write_head_file
from .schedule import SCHEDULES, lr_schedule

__all__ = ["TokenHead"]


def sigmoid32(z):
    """sigmoid as float32; 0.5 (1 + tanh(z/2)) never overflows, unlike 1 / (1 + exp(-z))."""
    return (0.5 * (1.0 + np.tanh(0.5 * z))).astype(np.float32, copy=False)


def like_input(dH, H):
    """Give dH the input's bfloat16 dtype back when H was ml_dtypes.bfloat16."""
    if getattr(getattr(H, "dtype", None), "name", "") == "bfloat16":
        return dH.view(H.dtype)
    return dH


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
        rng = np.random.default_rng(seed)
        bound = 1.0 / math.sqrt(dim)
        shape = (dim,) if outputs == 1 else (dim, outputs)
        self._set_params(dim, outputs, rng.uniform(-bound, bound, size=shape).astype(np.float32),
                         rng.uniform(-bound, bound, size=(outputs,)).astype(np.float32))

    def _set_params(self, dim, outputs, weight, bias):
        self.dim = dim
        self.outputs = outputs
        self._weight = weight
        self._bias = bias
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
            raise NonFiniteError("the weight contains NaN or Inf")
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
            raise NonFiniteError("the bias contains NaN or Inf")
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
        return sigmoid32(self.forward(H, num_threads=num_threads))

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
        loss, _, dW, db, dH, _ = _core.head_loss_grad(
            as_hidden(H), self._weight, self._bias, labels, mask, pos_weight,
            need_input_grad=need_input_grad, num_threads=num_threads,
        )
        grads = {"weight": dW, "bias": db}
        if need_input_grad:
            grads["input"] = like_input(dH, H)
        return loss, grads

    def _batch_loss_grad(self, Hh, rows, labels, pos_weight, num_threads):
        loss, _, dW, db, _, _ = _core.head_loss_grad(
            Hh, self._weight, self._bias, labels, None, pos_weight, rows=rows, num_threads=num_threads,
        )
        return loss, dW, db

    def _fit_units(self, H, labels, mask, **kw):
        """(H as the kernels read it, row index of each training unit, its labels) for
        fit(): the masked-in tokens."""
        Hh = as_hidden(H)
        n = hidden_rows(Hh)
        y = as_binary(labels, "labels", n, self.outputs)
        idx = np.arange(n, dtype=np.int64)
        if mask is not None:
            m = as_binary(mask, "mask", n, None)
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

        Hyper-parameters are used in float32: ``lr``, ``weight_decay`` and ``eps`` must
        be finite there (at most 3.4e38; ``eps`` above 0 in float32), betas in [0, 1).
        If a batch meets a non-finite logit, or a step would make a parameter NaN or Inf,
        ``tldr.NonFiniteError`` is raised and the parameters and optimizer state are
        restored to what they were before the call.
        """
        epochs, batch_size = int(epochs), int(batch_size)
        if epochs < 0 or batch_size < 1:
            raise InvalidInputError(f"epochs must be >= 0 and batch_size >= 1, got {epochs}, {batch_size}")
        lr = check_float32(lr, "lr")
        weight_decay = check_float32(weight_decay, "weight_decay")
        eps = check_float32(eps, "eps", low_open=True)
        if len(betas) != 2:
            raise InvalidInputError(f"betas must be a pair (beta1, beta2), got {betas!r}")
        b1, b2 = (check_float32(b, name, high=1.0, high_open=True) for b, name in zip(betas, ("beta1", "beta2")))
        if schedule not in SCHEDULES:
            lr_schedule(0, 1, lr, 0, schedule)  # raises, naming the schedules
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
        """Write the parameters to a portable ``.npz`` file (no pickle, format in
        ``tldr.head.io``) that ``TokenHead.load`` reads back bit-exactly."""
        write_head_file(path, type(self).__name__, self._weight, self._bias)

    @classmethod
    def load(cls, path):
        """Read a head written by ``save``; raises ``tldr.FileFormatError`` (a ValueError)
        naming the file when it is not one. Sizes in the file are checked before anything
        is allocated (see ``tldr.head.io``)."""
        meta, weight, bias = read_head_file(path)
        klass = cls
        if cls is TokenHead:  # TokenHead.load gives back the class that was saved
            klass = {c.__name__: c for c in _head_classes()}.get(meta["class"], cls)
        head = klass.__new__(klass)
        head._set_params(meta["dim"], meta["outputs"], weight, bias)
        return head


def _head_classes():
    from .naive import NaiveRewardHead

    return (TokenHead, NaiveRewardHead)


def _copy_state(state):
    if state is None:
        return None
    return {k: (v.copy() if isinstance(v, np.ndarray) else v) for k, v in state.items()}
