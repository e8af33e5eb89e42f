"""PyTorch bridge: the TLDR token head as autograd Functions and ``nn.Module`` s.

Importable only when PyTorch is installed (``import tldr`` itself never needs it).

On CPU, for float32, float16 and bfloat16 hidden states, the C kernels of ``tldr._core``
run directly on the tensors' memory (NumPy views, no copy): the fused loss computes the
loss and every gradient in one read of H. On other devices (CUDA) or dtypes (float64),
the same math runs with torch ops. Either way gradients flow into H, so a backbone can be
tuned through the head::

    head = tldr.torch.TokenHeadModule(dim=2048)
    hidden = backbone(**batch).last_hidden_state        # (B, T, 2048), requires grad
    loss = head.loss(hidden, labels)                     # labels (B, T): 1 good, 0 bad, -100 ignored
    loss.backward()                                      # into head and backbone

Labels follow the ecosystem's convention (``transformers`` token classification, TRL):
-100 marks a position without a label (image, prompt, padding, special tokens); it is
the same as a 0 in ``mask``. Only the labelled rows of H are read: they are gathered
(``index_select``, whose backward scatters their gradient into a zero gradient of H)
before the loss, on both paths, so a sequence of 1,000 image tokens and 100 response
tokens costs the head 100 rows, not 1,100.

``NaiveHeadModule`` is the paper's baseline ("naive" reward model): the same head, whose
loss is taken only at the last labelled token of each response, against the response's
label (1 when every labelled token is good).
"""

from __future__ import annotations

import numpy as np
import torch
from torch import nn

from . import _core
from .head import NaiveRewardHead, TokenHead

__all__ = ["TokenHeadModule", "NaiveHeadModule", "TokenHeadLossFunction", "TokenHeadLogitsFunction",
           "token_head_loss", "token_head_logits", "naive_head_loss", "IGNORE_INDEX"]

# The label of a position that takes no part in the loss (transformers' CrossEntropyLoss
# default, used by every Hugging Face collator and by TRL).
IGNORE_INDEX = -100

_C_DTYPES = (torch.float32, torch.float16, torch.bfloat16)


def _np_view(t: torch.Tensor) -> np.ndarray:
    """A NumPy view of a CPU tensor's memory (bfloat16 as its uint16 bits)."""
    t = t.detach()
    if t.dtype == torch.bfloat16:
        return t.view(torch.int16).numpy().view(np.uint16)
    return t.numpy()


def _from_np(a: np.ndarray, like: torch.Tensor) -> torch.Tensor:
    """Wrap a kernel output as a tensor of ``like``'s dtype (no copy)."""
    if like.dtype == torch.bfloat16:
        return torch.from_numpy(a.view(np.int16)).view(torch.bfloat16)
    return torch.from_numpy(a)


def _use_c(H: torch.Tensor, backend: str) -> bool:
    ok = H.device.type == "cpu" and H.dtype in _C_DTYPES
    if backend == "c":
        if not ok:
            raise _core.InvalidInputError(
                f"the C backend needs a CPU tensor of float32/float16/bfloat16, got {H.dtype} on {H.device}")
        return True
    if backend == "torch":
        return False
    if backend != "auto":
        raise _core.InvalidInputError(f"backend must be 'auto', 'c' or 'torch', got {backend!r}")
    return ok


def _flat(H: torch.Tensor, dim: int) -> torch.Tensor:
    if H.dim() < 2 or H.shape[-1] != dim:
        raise _core.InvalidInputError(f"expected hidden states of shape (..., {dim}), got {tuple(H.shape)}")
    return H.reshape(-1, dim)


class TokenHeadLogitsFunction(torch.autograd.Function):
    """logits = H W + b on the C kernels; backward dW = H^T dz, db = sum dz, dH = dz W^T
    in one read of H."""

    @staticmethod
    def forward(ctx, H, weight, bias):
        Hn = _np_view(H)
        z = _core.head_forward(Hn, _np_view(weight), _np_view(bias))
        ctx.save_for_backward(H, weight)
        out = torch.from_numpy(z)
        return out[:, 0] if weight.dim() == 1 else out

    @staticmethod
    def backward(ctx, dz):
        H, weight = ctx.saved_tensors
        dz = dz.detach().to(torch.float32).contiguous()
        need_h = ctx.needs_input_grad[0]
        dW, db, dH = _core.head_backward(_np_view(H), _np_view(weight), _np_view(dz).reshape(H.shape[0], -1),
                                         need_input_grad=need_h)
        gH = _from_np(dH, H) if need_h else None
        return gH, torch.from_numpy(dW), torch.from_numpy(db)


class TokenHeadLossFunction(torch.autograd.Function):
    """The fused masked BCE loss of the TLDR head (see ``tldr.TokenHead.loss_and_grad``).

    The forward pass already computes every gradient (one read of H); backward scales
    them by the incoming gradient."""

    @staticmethod
    def forward(ctx, H, weight, bias, labels, mask, pos_weight):
        need_h = ctx.needs_input_grad[0]
        loss, _, dW, db, dH, _ = _core.head_loss_grad(
            _np_view(H), _np_view(weight), _np_view(bias), _np_view(labels),
            None if mask is None else _np_view(mask),
            None if pos_weight is None else _np_view(pos_weight),
            need_input_grad=need_h,
        )
        ctx.save_for_backward(_from_np(dH, H) if need_h else None, torch.from_numpy(dW), torch.from_numpy(db))
        return torch.tensor(loss, dtype=torch.float32)

    @staticmethod
    def backward(ctx, g):
        dH, dW, db = ctx.saved_tensors
        g = g.to(torch.float32)
        gH = (dH * g.to(dH.dtype)) if (dH is not None and ctx.needs_input_grad[0]) else None
        return gH, dW * g, db * g, None, None, None


def _torch_logits(H, weight, bias):
    W2 = weight.reshape(weight.shape[0], -1)
    z = H.to(W2.dtype) @ W2 + bias
    return z[:, 0] if weight.dim() == 1 else z


def _torch_loss(H, weight, bias, labels, mask, pos_weight):
    W2 = weight.reshape(weight.shape[0], -1)
    K = W2.shape[1]
    z = H.to(W2.dtype) @ W2 + bias
    y = labels.reshape(z.shape).to(z.dtype)
    m = torch.ones(z.shape[0], dtype=z.dtype, device=z.device) if mask is None else mask.reshape(-1).to(z.dtype)
    pw = None if pos_weight is None else pos_weight.reshape(K).to(z.dtype)
    per = nn.functional.binary_cross_entropy_with_logits(z, y, reduction="none", pos_weight=pw)
    msum = m.sum()
    return torch.where(msum > 0, (per * m[:, None]).sum() / (K * msum.clamp_min(1)), per.sum() * 0)


def _labels_and_valid(labels, what, n, k, ignore_index):
    """(labels as a tensor, bool tensor (n,) of labelled rows or None when every row is
    labelled). Values must be 0 or 1, or ignore_index (then the row takes no part)."""
    if labels.numel() != n * k:
        raise _core.InvalidInputError(f"expected {what} with {n * k} values (one per token), got {tuple(labels.shape)}")
    if labels.dtype.is_floating_point and not bool(torch.isfinite(labels).all()):
        raise _core.InvalidInputError(f"{what} must be 0 or 1 (or {ignore_index} = no label), got NaN or Inf")
    lab = labels.reshape(n, k)
    ign = lab == ignore_index if ignore_index is not None else torch.zeros_like(lab, dtype=torch.bool)
    bad = ~ign & (lab != 0) & (lab != 1)
    if bool(bad.any()):
        v = lab[bad][0].item()
        allowed = "0 or 1" + ("" if ignore_index is None else f" (or {ignore_index} = no label)")
        raise _core.InvalidInputError(f"{what} must be {allowed}, got {v!r}")
    lab = lab.to(torch.int64)
    if not bool(ign.any()):
        return lab, None
    if k > 1 and bool((ign.any(1) != ign.all(1)).any()):
        raise _core.InvalidInputError(f"{what}: a token is ignored ({ignore_index}) in some outputs but not all")
    return torch.where(ign, torch.zeros_like(lab), lab), ~ign[:, 0]


def _check_mask(mask, n):
    if mask.numel() != n:
        raise _core.InvalidInputError(f"expected mask with {n} values (one per token), got {tuple(mask.shape)}")
    if bool(((mask != 0) & (mask != 1)).any()):
        raise _core.InvalidInputError("mask must be 0 or 1")
    return mask.reshape(n) != 0


def token_head_logits(H, weight, bias, backend="auto"):
    """Logits of the head over hidden states of shape (..., D): (...,) for K = 1, else (..., K)."""
    D = weight.shape[0]
    lead = H.shape[:-1]
    Hf = _flat(H, D)
    if _use_c(Hf, backend):
        z = TokenHeadLogitsFunction.apply(Hf, weight, bias)
    else:
        z = _torch_logits(Hf, weight, bias)
    return z.reshape(*lead, *z.shape[1:])


def token_head_loss(H, weight, bias, labels, mask=None, pos_weight=None, backend="auto",
                    ignore_index=IGNORE_INDEX):
    """Masked mean BCE-with-logits of the TLDR head (labels 1 = good token), as a scalar
    tensor with gradients for H, weight and bias. H has shape (..., D); labels and mask
    one value per token (K values per token when K > 1). A label equal to
    ``ignore_index`` (default -100) leaves its token out, as a 0 in ``mask`` does; with no
    token left the loss is 0 (and so are the gradients)."""
    D = weight.shape[0]
    K = 1 if weight.dim() == 1 else weight.shape[1]
    Hf = _flat(H, D)
    n = Hf.shape[0]
    labels = torch.as_tensor(labels, device=Hf.device)
    lab, valid = _labels_and_valid(labels, "labels", n, K, ignore_index)
    if mask is not None:
        m = _check_mask(torch.as_tensor(mask, device=Hf.device), n)
        valid = m if valid is None else (valid & m)
    if pos_weight is not None:
        pos_weight = torch.as_tensor(pos_weight, dtype=torch.float32, device=Hf.device).reshape(-1)
    if valid is not None:
        # only the labelled rows take part: gather them (a 2-D copy of those rows; the
        # backward scatters their gradient into a zero gradient of H)
        rows = torch.nonzero(valid, as_tuple=True)[0]
        Hf, lab = Hf.index_select(0, rows), lab.index_select(0, rows)
    if _use_c(Hf, backend):
        lab8 = lab.to(torch.uint8).contiguous()
        return TokenHeadLossFunction.apply(Hf.contiguous(), weight, bias, lab8[:, 0] if K == 1 else lab8, None,
                                           pos_weight)
    return _torch_loss(Hf, weight, bias, lab, None, pos_weight)


def _responses(n, T, row_splits, lengths, device):
    """Row splits (R+1,) int64 of the responses over the n flat rows."""
    if row_splits is not None and lengths is not None:
        raise _core.InvalidInputError("give at most one of row_splits or lengths")
    if row_splits is None and lengths is None:
        if T is None:
            raise _core.InvalidInputError("flat hidden states (N, D) need row_splits or lengths to say where responses end")
        return torch.arange(0, n + 1, T, device=device, dtype=torch.int64)
    if lengths is not None:
        ln = torch.as_tensor(lengths, device=device)
        if ln.dim() != 1 or ln.dtype.is_floating_point or bool((ln < 0).any()):
            raise _core.InvalidInputError("lengths must be a 1-D tensor of non-negative integers")
        s = torch.zeros(ln.numel() + 1, dtype=torch.int64, device=device)
        s[1:] = torch.cumsum(ln.to(torch.int64), 0)
    else:
        s = torch.as_tensor(row_splits, device=device)
        if s.dim() != 1 or s.numel() < 1 or s.dtype.is_floating_point:
            raise _core.InvalidInputError("row_splits must be a 1-D integer tensor of length R+1")
        s = s.to(torch.int64)
        if int(s[0]) != 0 or bool((s[1:] < s[:-1]).any()):
            raise _core.InvalidInputError("row_splits must start at 0 and never decrease")
    if int(s[-1]) != n:
        raise _core.InvalidInputError(f"responses cover {int(s[-1])} tokens but H has {n}")
    return s


def _naive_rows(lab, valid, splits):
    """(index of the last labelled token of each response (R,), response labels (R, K)):
    a response is good (1) only when all its labelled tokens are (the product of labels)."""
    n = lab.shape[0]
    R = splits.numel() - 1
    seg = torch.repeat_interleave(torch.arange(R, device=lab.device), splits[1:] - splits[:-1], output_size=n)
    v = torch.ones(n, dtype=torch.bool, device=lab.device) if valid is None else valid
    idx = torch.arange(n, device=lab.device)
    last = torch.full((R,), -1, dtype=torch.int64, device=lab.device)
    last.scatter_reduce_(0, seg[v], idx[v], reduce="amax")
    empty = last < 0
    if bool(empty.any()):
        r = int(torch.nonzero(empty)[0, 0])
        raise _core.InvalidInputError(f"response {r} has no labelled token (every label is ignored or masked out)")
    y = torch.ones((R, lab.shape[1]), dtype=lab.dtype, device=lab.device)
    y.scatter_reduce_(0, seg[v][:, None].expand(-1, lab.shape[1]), lab[v], reduce="amin")
    return last, y


def naive_head_loss(H, weight, bias, labels, mask=None, pos_weight=None, row_splits=None, lengths=None,
                    backend="auto", ignore_index=IGNORE_INDEX):
    """The paper's naive reward model loss: mean BCE over responses, each taken at its last
    labelled token against the response label (1 = every labelled token is good).

    H (B, T, D) with labels (B, T): each batch row is one response; or H (N, D) with
    ``row_splits`` (R+1,) or ``lengths`` (R,). Labels are 0/1 per token, or ``ignore_index``
    for tokens outside the response; ``mask`` (optional) as in :func:`token_head_loss`."""
    D = weight.shape[0]
    K = 1 if weight.dim() == 1 else weight.shape[1]
    T = H.shape[-2] if H.dim() == 3 else None
    Hf = _flat(H, D)
    n = Hf.shape[0]
    labels = torch.as_tensor(labels, device=Hf.device)
    lab, valid = _labels_and_valid(labels, "labels", n, K, ignore_index)
    if mask is not None:
        m = _check_mask(torch.as_tensor(mask, device=Hf.device), n)
        valid = m if valid is None else (valid & m)
    splits = _responses(n, T, row_splits, lengths, Hf.device)
    last, y = _naive_rows(lab, valid, splits)
    if pos_weight is not None:
        pos_weight = torch.as_tensor(pos_weight, dtype=torch.float32, device=Hf.device).reshape(-1)
    Hl = Hf.index_select(0, last)
    if _use_c(Hl, backend):
        y8 = y.to(torch.uint8).contiguous()
        return TokenHeadLossFunction.apply(Hl, weight, bias, y8[:, 0] if K == 1 else y8, None, pos_weight)
    return _torch_loss(Hl, weight, bias, y, None, pos_weight)


class TokenHeadModule(nn.Module):
    """``nn.Module`` form of ``tldr.TokenHead``: ``module(H)`` gives logits, and
    ``module.loss(H, labels, mask)`` the fused loss (labels 1 good, 0 bad, -100 ignored).
    Parameters are float32.

    backend: ``"auto"`` (C kernels for CPU float32/float16/bfloat16 tensors, torch ops
    otherwise), ``"c"`` or ``"torch"``.
    """

    _numpy_class = TokenHead

    def __init__(self, dim: int, outputs: int = 1, seed: int = 0, backend: str = "auto"):
        super().__init__()
        h = TokenHead(dim, outputs, seed)
        self.weight = nn.Parameter(torch.from_numpy(h.weight.copy()))
        self.bias = nn.Parameter(torch.from_numpy(h.bias.copy()))
        self.dim, self.outputs, self.backend = dim, outputs, backend

    @classmethod
    def from_head(cls, head: TokenHead, backend: str = "auto") -> "TokenHeadModule":
        m = cls(head.dim, head.outputs, backend=backend)
        with torch.no_grad():
            m.weight.copy_(torch.from_numpy(head.weight))
            m.bias.copy_(torch.from_numpy(head.bias))
        return m

    def to_head(self) -> TokenHead:
        h = self._numpy_class(self.dim, self.outputs)
        h.weight = self.weight.detach().cpu().numpy()
        h.bias = self.bias.detach().cpu().numpy()
        return h

    def forward(self, H):
        return token_head_logits(H, self.weight, self.bias, self.backend)

    def loss(self, H, labels, mask=None, pos_weight=None):
        return token_head_loss(H, self.weight, self.bias, labels, mask, pos_weight, self.backend)

    def extra_repr(self):
        return f"dim={self.dim}, outputs={self.outputs}, backend={self.backend!r}"


class NaiveHeadModule(TokenHeadModule):
    """The paper's naive reward model as an ``nn.Module`` (``tldr.NaiveRewardHead`` in
    torch): ``module(H)`` gives per-token logits like :class:`TokenHeadModule`, and
    ``module.loss(H, labels)`` the BCE at the last labelled token of each response against
    the response label (see :func:`naive_head_loss`); ``response_logits`` reads the score
    there."""

    _numpy_class = NaiveRewardHead

    def loss(self, H, labels, mask=None, pos_weight=None, row_splits=None, lengths=None):
        return naive_head_loss(H, self.weight, self.bias, labels, mask, pos_weight, row_splits, lengths, self.backend)

    def response_logits(self, H, labels=None, mask=None, row_splits=None, lengths=None):
        """Logit of each response at its last labelled (or masked-in) token: (R,) or (R, K)."""
        T = H.shape[-2] if H.dim() == 3 else None
        Hf = _flat(H, self.dim)
        n = Hf.shape[0]
        if labels is None and mask is None:
            raise _core.InvalidInputError("response_logits needs labels or mask to find each response's last token")
        valid = None
        lab = torch.ones((n, self.outputs), dtype=torch.int64, device=Hf.device)
        if labels is not None:
            lab, valid = _labels_and_valid(torch.as_tensor(labels, device=Hf.device), "labels", n, self.outputs,
                                           IGNORE_INDEX)
        if mask is not None:
            m = _check_mask(torch.as_tensor(mask, device=Hf.device), n)
            valid = m if valid is None else (valid & m)
        last, _ = _naive_rows(lab, valid, _responses(n, T, row_splits, lengths, Hf.device))
        return token_head_logits(Hf[last], self.weight, self.bias, self.backend)
