"""The TLDR reward head: one linear layer R^D -> R^K and a sigmoid per token.

``TokenHead`` is the paper's head (K = 1): every response token gets a probability of
being good, and the loss is binary cross-entropy on every masked-in token.
``NaiveRewardHead`` is the paper's baseline: the same parameters, with the loss taken
only at the last masked token of each response (one label per response).

Modules: ``token_head`` (TokenHead: inference, loss, AdamW training), ``naive``
(NaiveRewardHead), ``schedule`` (lr_schedule), ``io`` (the .npz file format). The C
kernels are in ``csrc/core/head/``; ``_reference`` is their float64 NumPy twin, for tests.
"""

from .._checks import as_hidden
from .naive import NaiveRewardHead
from .schedule import lr_schedule
from .token_head import TokenHead

__all__ = ["TokenHead", "NaiveRewardHead", "as_hidden", "lr_schedule"]
