"""The backbone families tldr.vlm supports, and how each one is prompted.

Where the response goes decides what the head can score token by token:

* **PaliGemma** attends bidirectionally over its prefix (image + prompt) and causally
  over its suffix. A response in the prefix would let every token see the tokens after
  it, so the response goes in the **suffix** (``processor(text=prompt, suffix=response)``),
  whose hidden state at token t depends on the image, the prompt and tokens <= t only.
* **Chat models** (LLaVA, Qwen2-VL, Llama-3.2-Vision/Mllama, Idefics3/SmolVLM) are causal
  throughout; the response is the **assistant turn** of the processor's chat template
  (user turn = image + prompt), exactly as the model reads its own answers.

Everything else per family is where the language model and the vision-to-text projector
live inside ``*ForConditionalGeneration`` (LoRA goes on those two, as in the paper; the
vision tower stays frozen) and how the processor wants its images.
"""

from __future__ import annotations

from dataclasses import dataclass

from .._core import UnsupportedError


@dataclass(frozen=True)
class Family:
    """One backbone family.

    name: short name; model_types: ``config.model_type`` values; processors: processor
    class names; prompt: ``"suffix"`` (PaliGemma) or ``"chat"``; language_model: dotted
    path of the decoder inside the ``*ForConditionalGeneration`` model; projector: dotted
    paths of the modules that map image features into the decoder; nested_images: the
    processor takes ``[[image], [image], ...]`` (one list per text) rather than a flat list.
    """

    name: str
    model_types: tuple
    processors: tuple
    prompt: str
    language_model: str
    projector: tuple
    nested_images: bool


FAMILIES = {
    f.name: f
    for f in (
        Family("paligemma", ("paligemma",), ("PaliGemmaProcessor",), "suffix", "model.language_model",
               ("model.multi_modal_projector",), False),
        Family("llava", ("llava",), ("LlavaProcessor",), "chat", "model.language_model",
               ("model.multi_modal_projector",), False),
        Family("qwen2_vl", ("qwen2_vl", "qwen2_5_vl"), ("Qwen2VLProcessor", "Qwen2_5_VLProcessor"), "chat",
               "model.language_model", ("model.visual.merger",), False),
        Family("mllama", ("mllama",), ("MllamaProcessor",), "chat", "model.language_model",
               ("model.multi_modal_projector",), True),
        Family("idefics3", ("idefics3", "smolvlm"), ("Idefics3Processor", "SmolVLMProcessor"), "chat",
               "model.text_model", ("model.connector",), True),
    )
}


def _supported():
    return ", ".join(f"{f.name} ({'/'.join(f.model_types)})" for f in FAMILIES.values())


def family_of(obj) -> Family:
    """The family of a model (by ``config.model_type``), a config, a processor (by class,
    subclasses included) or a family name; ``tldr.UnsupportedError`` naming the supported
    families otherwise."""
    if isinstance(obj, Family):
        return obj
    if isinstance(obj, str):
        for f in FAMILIES.values():
            if obj == f.name or obj in f.model_types:
                return f
        raise UnsupportedError(f"unknown backbone family {obj!r}; supported: {_supported()}")
    cfg = getattr(obj, "config", obj)
    mt = getattr(cfg, "model_type", None)
    if isinstance(mt, str) and hasattr(cfg, "to_dict"):
        for f in FAMILIES.values():
            if mt in f.model_types:
                return f
        raise UnsupportedError(
            f"{type(obj).__name__} (model_type {mt!r}) is not a supported backbone; supported: {_supported()}")
    names = [k.__name__ for k in type(obj).__mro__]
    for f in FAMILIES.values():
        if any(n in f.processors for n in names):
            return f
    raise UnsupportedError(f"{type(obj).__name__} is not a supported backbone or processor; supported: {_supported()}")


def resolve(root, dotted: str):
    """The submodule at a dotted path (None when absent)."""
    m = root
    for part in dotted.split("."):
        m = getattr(m, part, None)
        if m is None:
            return None
    return m


# A marker the response is rendered as, then replaced by the response verbatim: the chat
# template can then neither trim nor escape it, and its place in the text is exact.
_SENTINEL = "\u2063TLDR-RESPONSE\u2063"


@dataclass(frozen=True)
class Rendered:
    """One example as the processor receives it.

    text: the processor's ``text`` (with the image placeholder); suffix: PaliGemma's suffix
    (None for chat models); segment: the text whose tokens end the processor's
    ``input_ids`` row (the suffix plus EOS for PaliGemma, the whole chat for chat models);
    start: where the response begins in ``segment``; add_special_tokens: the tokenizer
    flag both tokenizations use."""

    text: str
    suffix: str | None
    segment: str
    start: int
    add_special_tokens: bool


def chat_parts(processor, prompt: str):
    """(text before the response, text after it, add_special_tokens) of a chat family's
    template for one prompt: the template is rendered once with a marker in the
    assistant turn (so it can neither trim nor escape the response), then split there."""
    tok = processor.tokenizer
    template = getattr(processor, "chat_template", None)
    if not template:
        raise UnsupportedError(
            f"{type(processor).__name__} has no chat template: the response must go in the assistant turn "
            "(set processor.chat_template to the checkpoint's template)")
    messages = [
        {"role": "user", "content": [{"type": "image"}, {"type": "text", "text": prompt}]},
        {"role": "assistant", "content": [{"type": "text", "text": _SENTINEL}]},
    ]
    chat = processor.apply_chat_template(messages, tokenize=False)
    if isinstance(chat, list):
        chat = chat[0]
    k = chat.find(_SENTINEL)
    if k < 0 or chat.find(_SENTINEL, k + 1) >= 0:
        raise UnsupportedError(
            f"{type(processor).__name__}'s chat template does not write the assistant message exactly once, "
            "verbatim; tldr.vlm cannot place the response")
    bos = tok.bos_token
    add_special = not (bos and chat.startswith(bos))  # the template already wrote BOS
    return chat[:k], chat[k + len(_SENTINEL):], add_special


def render(family: Family, processor, prompt: str, response: str, parts=None) -> Rendered:
    """The processor input of one (prompt, response) pair for a family (module docstring).
    ``parts``: ``chat_parts(processor, prompt)`` when already known (a cache)."""
    if family.prompt == "suffix":
        image_token = getattr(processor, "image_token", "<image>")
        eos = processor.tokenizer.eos_token or ""
        return Rendered(image_token + prompt, response, response + eos, 0, False)
    before, after, add_special = parts if parts is not None else chat_parts(processor, prompt)
    text = before + response + after
    return Rendered(text, None, text, len(before), add_special)
