"""The learning-rate schedule of ``TokenHead.fit``: linear warm-up, then cosine decay to 0
(the paper's), linear decay or a constant rate."""

from __future__ import annotations

import math

from .._core import InvalidInputError

__all__ = ["lr_schedule", "SCHEDULES"]

SCHEDULES = ("cosine", "linear", "constant")


def lr_schedule(step: int, total_steps: int, lr: float, warmup_steps: int = 0, schedule: str = "cosine") -> float:
    """Learning rate at ``step`` (0-based): linear warm-up over ``warmup_steps``, then
    ``"cosine"`` decay to 0 at ``total_steps`` (as in the paper), ``"linear"`` decay to 0,
    or ``"constant"``.

    >>> lr_schedule(0, 100, 1.0, warmup_steps=10)
    0.1
    >>> lr_schedule(55, 100, 1.0, warmup_steps=10)
    0.5
    """
    if schedule not in SCHEDULES:
        raise InvalidInputError(f"schedule must be 'cosine', 'linear' or 'constant', got {schedule!r}")
    if warmup_steps > 0 and step < warmup_steps:
        return lr * (step + 1) / warmup_steps
    if schedule == "constant":
        return lr
    span = max(total_steps - warmup_steps, 1)
    progress = min(max(step - warmup_steps, 0) / span, 1.0)
    if schedule == "cosine":
        return lr * 0.5 * (1.0 + math.cos(math.pi * progress))
    return lr * (1.0 - progress)
