"""tldr.vlm: the TLDR reward model on Hugging Face vision-language backbones.

A backbone (PaliGemma, LLaVA, Qwen2-VL, Llama-3.2-Vision/Mllama, Idefics3/SmolVLM) is
tuned with LoRA (``peft``) and read by the token head of ``tldr.torch`` on its last hidden
states, with per-token BCE on the response tokens only (PAPER.md, "Model", "Training"):

    >>> from tldr.vlm import TLDRModel, TLDRCollator, TLDRTrainer      # doctest: +SKIP
    >>> model = TLDRModel.from_backbone("path/to/paligemma-3b", lora_rank=512, lora_alpha=128)
    >>> trainer = TLDRTrainer(model, args, train_dataset=examples)      # a transformers.Trainer
    >>> trainer.train()
    >>> model.score([image], ["Two dogs on a red sofa."])[0].probs      # P(good) per token

Needs the ``[vlm]`` extra (torch, transformers, peft, accelerate, Pillow); ``import tldr``
never does. The names below are imported on first use, so ``import tldr.vlm`` stays
cheap (the command line registers ``tldr train`` and ``tldr score`` through it).
See docs/vlm.md.
"""

import importlib
import importlib.util

# module name -> the distribution that provides it (what pip installs)
_NEEDS = {"torch": "torch", "transformers": "transformers", "peft": "peft", "accelerate": "accelerate",
          "PIL": "Pillow"}


def _have(mod):
    try:
        return importlib.util.find_spec(mod) is not None
    except (ImportError, ValueError):  # a broken or blocked install counts as missing
        return False


_missing = [dist for mod, dist in _NEEDS.items() if not _have(mod)]
if _missing:
    raise ImportError(
        f"tldr.vlm needs the [vlm] extra (missing: {', '.join(_missing)}); install it with "
        f"pip install 'tldr[vlm]' (torch==2.13.0, transformers, peft, accelerate, Pillow)",
        name=__name__,
    )
del _missing

_LAZY = {
    "TLDRCollator": "collator",
    "TLDRModel": "model",
    "TLDROutput": "model",
    "TokenScores": "model",
    "ScoredBatch": "model",
    "stack_scores": "model",
    "TLDRTrainer": "trainer",
    "paper_training_arguments": "trainer",
    "PAPER_HYPERPARAMETERS": "trainer",
    "examples_from_captions": "examples",
    "check_example": "examples",
    "load_image": "examples",
    "DEFAULT_PROMPT": "examples",
    "FAMILIES": "families",
    "Family": "families",
    "family_of": "families",
    "ExamplesMap": "data",
    "NegativesMap": "data",
    "read_rows": "data",
}

__all__ = sorted(_LAZY)


def __getattr__(name):
    mod = _LAZY.get(name)
    if mod is None:
        raise AttributeError(f"module 'tldr.vlm' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{mod}"), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(_LAZY))
