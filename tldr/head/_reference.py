"""Readable float64 NumPy twins of the token head's C kernels (csrc/core/head/): tests compare
the fast path to these; production code never imports this module.

Nothing here is fast; everything here is meant to be obviously right.
"""

from __future__ import annotations

import numpy as np


def widen(H) -> np.ndarray:
    """Hidden states of any supported dtype as float64.

    bfloat16 arrives either as ``ml_dtypes.bfloat16`` or as its uint16 bit pattern: a
    bfloat16 is the upper half of a float32, so shifting the bits left by 16 gives it.
    """
    H = np.asarray(H)
    if H.dtype.name == "bfloat16":
        H = H.view(np.uint16)
    if H.dtype == np.uint16:
        return (H.astype(np.uint32) << 16).view(np.float32).astype(np.float64)
    return H.astype(np.float64)


def softplus(z):
    """log(1 + exp(z)) without overflow: max(z, 0) + log1p(exp(-|z|))."""
    return np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z)))


def sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def head_forward(H, W, b):
    """z = H W + b with W of shape (D,) or (D, K); returns (N, K) float64."""
    W = np.asarray(W, np.float64)
    W2 = W.reshape(W.shape[0], -1)
    return widen(H) @ W2 + np.asarray(b, np.float64).reshape(1, -1)


def head_loss_grad(H, W, b, labels, mask=None, pos_weight=None):
    """Masked BCE-with-logits over K outputs and its exact gradients, in float64.

    loss = sum_i m_i sum_k [pw_k y_ik softplus(-z_ik) + (1 - y_ik) softplus(z_ik)] / (K sum_i m_i)

    Returns (loss, dW with W's shape, db (K,), dH (N, D)). When sum_i m_i = 0 the loss
    and every gradient are 0.
    """
    H64 = widen(H)
    W = np.asarray(W, np.float64)
    N, D = H64.shape
    W2 = W.reshape(D, -1)
    K = W2.shape[1]
    z = H64 @ W2 + np.asarray(b, np.float64).reshape(1, K)
    y = np.asarray(labels, np.float64).reshape(N, K)
    m = np.ones(N) if mask is None else np.asarray(mask, np.float64).reshape(N)
    pw = np.ones(K) if pos_weight is None else np.asarray(pos_weight, np.float64).reshape(K)
    msum = m.sum()
    scale = 1.0 / (K * msum) if msum > 0 else 0.0
    per = pw * y * softplus(-z) + (1 - y) * softplus(z)
    loss = float((m[:, None] * per).sum() * scale)
    g = m[:, None] * ((1 - y) * sigmoid(z) - pw * y * sigmoid(-z)) * scale
    dW = (H64.T @ g).reshape(W.shape)
    db = g.sum(axis=0)
    dH = g @ W2.T
    return loss, dW, db, dH


def adamw_step(p, m, v, g, lr, step, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.0):
    """One AdamW step (decoupled weight decay, torch.optim.AdamW); returns new (p, m, v)."""
    p = p * (1 - lr * weight_decay)
    m = beta1 * m + (1 - beta1) * g
    v = beta2 * v + (1 - beta2) * g * g
    mhat = m / (1 - beta1**step)
    vhat = v / (1 - beta2**step)
    return p - lr * mhat / (np.sqrt(vhat) + eps), m, v
