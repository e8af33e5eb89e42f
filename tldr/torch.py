"""PyTorch bridge: the TLDR token head as autograd Functions and an ``nn.Module``.

Importable only when PyTorch is installed (``import tldr`` itself never needs it).

On CPU, for float32, float16 and bfloat16 hidden states, the C kernels of ``tldr._core``
run directly on the tensors' memory (NumPy views, no copy): the fused loss computes the
loss and every gradient in one read of H. On other devices (CUDA) or dtypes (float64),
the same math runs with torch ops. Either way gradients flow into H, so a backbone can be
tuned through the head::

    head = tldr.torch.TokenHeadModule(dim=2048)
    hidden = backbone(**batch).last_hidden_state        # (B, T, 2048), requires grad
    loss = head.loss(hidden, labels, mask=response_mask) # fused C kernel on CPU
    loss.backward()                                      # into head and backbone
"""

from __future__ import annotations

import numpy as np
import torch
from torch import nn

from . import _core
from .head import TokenHead

__all__ = ["TokenHeadModule", "TokenHeadLossFunction", "TokenHeadLogitsFunction", "token_head_loss",
           "token_head_logits"]

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


def _check_binary(t, what, n, k):
    if t.numel() != n * k:
        raise _core.InvalidInputError(f"expected {what} with {n * k} values (one per token), got {tuple(t.shape)}")
    bad = (t != 0) & (t != 1)
    if bool(bad.any()):
        raise _core.InvalidInputError(f"{what} must be 0 or 1")


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


def token_head_loss(H, weight, bias, labels, mask=None, pos_weight=None, backend="auto"):
    """Masked mean BCE-with-logits of the TLDR head (labels 1 = good token), as a scalar
    tensor with gradients for H, weight and bias. H has shape (..., D); labels and mask
    one value per token (K values per token when K > 1)."""
    D = weight.shape[0]
    K = 1 if weight.dim() == 1 else weight.shape[1]
    Hf = _flat(H, D)
    n = Hf.shape[0]
    labels = torch.as_tensor(labels, device=Hf.device)
    _check_binary(labels, "labels", n, K)
    if mask is not None:
        mask = torch.as_tensor(mask, device=Hf.device)
        _check_binary(mask, "mask", n, 1)
    if pos_weight is not None:
        pos_weight = torch.as_tensor(pos_weight, dtype=torch.float32, device=Hf.device).reshape(-1)
    if _use_c(Hf, backend):
        lab = labels.reshape(n, K).to(torch.uint8).contiguous()
        msk = None if mask is None else mask.reshape(n).to(torch.uint8).contiguous()
        return TokenHeadLossFunction.apply(Hf, weight, bias, lab[:, 0] if K == 1 else lab, msk, pos_weight)
    return _torch_loss(Hf, weight, bias, labels, mask, pos_weight)


class TokenHeadModule(nn.Module):
    """``nn.Module`` form of ``tldr.TokenHead``: ``module(H)`` gives logits, and
    ``module.loss(H, labels, mask)`` the fused loss. Parameters are float32.

    backend: ``"auto"`` (C kernels for CPU float32/float16/bfloat16 tensors, torch ops
    otherwise), ``"c"`` or ``"torch"``.
    """

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
        h = TokenHead(self.dim, self.outputs)
        h.weight = self.weight.detach().cpu().numpy()
        h.bias = self.bias.detach().cpu().numpy()
        return h

    def forward(self, H):
        return token_head_logits(H, self.weight, self.bias, self.backend)

    def loss(self, H, labels, mask=None, pos_weight=None):
        return token_head_loss(H, self.weight, self.bias, labels, mask, pos_weight, self.backend)

    def extra_repr(self):
        return f"dim={self.dim}, outputs={self.outputs}, backend={self.backend!r}"

