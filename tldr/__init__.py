"""tldr: token-level detective reward models for vision-language models.

Exact tokenizers, tokenization-aligned hard negatives, a fused C token head and the
evaluation tools of the TLDR method (Fu et al., ICLR 2025). ``import tldr`` never needs
PyTorch; ``tldr.torch`` is the optional bridge to a backbone.
"""

from ._version import __version__
from ._loader import load_core as _load_core

_core = _load_core()

from ._core import (  # noqa: E402
    DTypeError,
    FileFormatError,
    InvalidInputError,
    NonFiniteError,
    ResourceError,
    TextEncodingError,
    TldrError,
    UnsupportedError,
)

from .head import NaiveRewardHead, TokenHead, lr_schedule  # noqa: E402

build_info = _core.build_info

from .evaluate import metrics  # noqa: E402
from .evaluate.rates import hallucination_rates, rate_vs_benchmark  # noqa: E402
from .evaluate.flags import flag_spans  # noqa: E402
from .evaluate.correct import LexiconCorrector, correction_prompt, self_correct  # noqa: E402
from .report.heatmap import HeatMap, heatmap  # noqa: E402
from .report import plots  # noqa: E402  (matplotlib is imported only when a plot is drawn)

__all__ = [
    "__version__",
    "build_info",
    "TldrError",
    "InvalidInputError",
    "DTypeError",
    "NonFiniteError",
    "FileFormatError",
    "UnsupportedError",
    "TextEncodingError",
    "ResourceError",
    "TokenHead",
    "NaiveRewardHead",
    "lr_schedule",
    "metrics",
    "hallucination_rates",
    "rate_vs_benchmark",
    "flag_spans",
    "correction_prompt",
    "self_correct",
    "LexiconCorrector",
    "heatmap",
    "HeatMap",
    "plots",
]

from .tokenize import BatchEncoding, Encoding, Tokenizer  # noqa: E402

__all__ += ["Tokenizer", "Encoding", "BatchEncoding"]

from .perturb import (  # noqa: E402
    CATEGORIES,
    Edit,
    NegativeDataset,
    Perturbation,
    Perturber,
    align_labels,
    label_tokens,
    make_negatives,
)
from .evaluate import prompts  # noqa: E402

__all__ += [
    "CATEGORIES",
    "Edit",
    "Perturbation",
    "Perturber",
    "align_labels",
    "label_tokens",
    "NegativeDataset",
    "make_negatives",
    "prompts",
]


# Module paths from before the subpackages stay importable (``import tldr.tokenizer``,
# ``from tldr.negatives import make_negatives``): each old path names the module that now
# holds its contents. One table, no shim files.
_MOVED = {
    "tokenizer": "tokenize.tokenizer",
    "metrics": "evaluate.metrics",
    "rates": "evaluate.rates",
    "correct": "evaluate.correct",
    "prompts": "evaluate.prompts",
    "heatmap": "report.heatmap",
    "plots": "report.plots",
    "annotate": "report.annotate",
    "negatives": "perturb.dataset",
}


class _MovedLoader:
    """Loads an old path of _MOVED as the module at its new path (the same object)."""

    def __init__(self, new):
        self.new = new
        self.spec = None

    def create_module(self, spec):
        import importlib

        module = importlib.import_module(self.new)
        self.spec = module.__spec__
        return module

    def exec_module(self, module):
        # the import system has just set the module's __spec__ to the old path's spec:
        # the module keeps its own (reload, pickling by module, python -m read it)
        module.__spec__ = self.spec


class _MovedFinder:
    """Finds ``tldr.<old>`` of _MOVED on first import, so that ``import tldr`` does not
    import every moved module (``tldr.annotate`` starts http.server)."""

    @staticmethod
    def find_spec(fullname, path=None, target=None):
        pkg, _, old = fullname.rpartition(".")
        if pkg != __name__ or old not in _MOVED:
            return None
        from importlib.machinery import ModuleSpec

        return ModuleSpec(fullname, _MovedLoader(f"{__name__}.{_MOVED[old]}"))


def _alias_moved_modules():
    import sys

    for old, new in _MOVED.items():
        module = sys.modules.get(f"{__name__}.{new}")
        if module is not None:
            # imported already by ``import tldr``: aliased now, so that importing the old
            # path never sets the attribute over a public name (the function tldr.heatmap)
            sys.modules.setdefault(f"{__name__}.{old}", module)
            globals().setdefault(old, module)
    if not any(isinstance(f, _MovedFinder) for f in sys.meta_path):
        sys.meta_path.append(_MovedFinder())


def __getattr__(name):
    # ``import tldr; tldr.annotate.load_records(...)``: an old path not imported yet
    if name in _MOVED:
        import importlib

        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_alias_moved_modules()
