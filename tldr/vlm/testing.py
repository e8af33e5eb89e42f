"""Tiny randomly initialised backbones of every supported family, built from configs.

For tests, the notebook and the benchmark: no weights are downloaded (each model is a few
MB, most of it the embedding of the real vocabulary), the tokenizer is a real one read
from disk, images are 28x28 (patch 14, so a handful of image tokens), and the chat
templates reproduce each family's published prompt layout (the checkpoints ship their
own; tldr.vlm uses whatever ``processor.chat_template`` holds):

==========  ==========================================================================
paligemma   ``<image>``*n ``<bos>`` prompt ``\\n`` | suffix: response ``<eos>``
llava       ``USER: <image>\\n`` prompt `` ASSISTANT: `` response EOS (``</s>``: LLaVA-1.5)
qwen2_vl    ``<|im_start|>user\\n<|vision_start|><|image_pad|><|vision_end|>`` prompt
            ``<|im_end|>\\n<|im_start|>assistant\\n`` response ``<|im_end|>\\n``
mllama      ``<|begin_of_text|><|start_header_id|>user<|end_header_id|>\\n\\n<|image|>``
            prompt ``<|eot_id|><|start_header_id|>assistant<|end_header_id|>\\n\\n``
            response ``<|eot_id|>`` (Llama-3.2-Vision)
idefics3    ``<|begin_of_text|>User:<image>`` prompt ``<end_of_utterance>\\nAssistant: ``
            response ``<end_of_utterance>\\n``
==========  ==========================================================================

``tiny_backbone(family, tokenizer_dir)`` returns ``(model, processor)``. Tokenizers:
PaliGemma needs the Gemma tokenizer directory (``tokenizer.json``), Mllama and Idefics3 a
Llama-3 one; LLaVA takes a Llama-2 one; LLaVA and Qwen2-VL default to the GPT-2 files
bundled with tldr (``tldr/data/gpt2``; Qwen2's own tokenizer is byte-level BPE too), so
they run without any data outside the package.
"""

from __future__ import annotations

import os

import torch

from .._core import InvalidInputError

__all__ = ["TEMPLATES", "tiny_backbone", "tiny_image", "GPT2_DIR"]

GPT2_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "gpt2")

_TEXT = "{% for c in m['content'] %}{% if c['type'] == 'text' %}{{ c['text'] }}{% endif %}{% endfor %}"
_IMAGES = "{% for c in m['content'] %}{% if c['type'] == 'image' %}IMG{% endif %}{% endfor %}"

TEMPLATES = {
    "llava": ("{% for m in messages %}{% if m['role'] == 'user' %}USER: " + _IMAGES.replace("IMG", "<image>\n")
              + _TEXT + " {% else %}ASSISTANT: " + _TEXT + "{{ eos_token }}{% endif %}{% endfor %}"
              "{% if add_generation_prompt %}ASSISTANT:{% endif %}"),
    "qwen2_vl": ("{% for m in messages %}<|im_start|>{{ m['role'] }}\n"
                 + _IMAGES.replace("IMG", "<|vision_start|><|image_pad|><|vision_end|>") + _TEXT
                 + "<|im_end|>\n{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"),
    "mllama": ("{{ bos_token }}{% for m in messages %}<|start_header_id|>{{ m['role'] }}<|end_header_id|>\n\n"
               + _IMAGES.replace("IMG", "<|image|>") + _TEXT + "<|eot_id|>{% endfor %}"
               "{% if add_generation_prompt %}<|start_header_id|>assistant<|end_header_id|>\n\n{% endif %}"),
    "idefics3": ("<|begin_of_text|>{% for m in messages %}{{ m['role'] | capitalize }}:"
                 "{% if m['role'] == 'assistant' %} {% endif %}" + _IMAGES.replace("IMG", "<image>") + _TEXT
                 + "<end_of_utterance>\n{% endfor %}{% if add_generation_prompt %}Assistant:{% endif %}"),
}

# Sizes: a 2-layer decoder of width 32; vision towers of width 16 on 28x28 images.
_D, _V = 32, 16


def tiny_image(seed=0, size=(36, 44)):
    """A random RGB PIL image (the processors resize it to 28x28)."""
    import numpy as np
    from PIL import Image

    rng = np.random.default_rng(seed)
    return Image.fromarray(rng.integers(0, 256, (*size, 3), dtype=np.uint8))


def _tok(path):
    import transformers as tf

    if path is None or os.path.abspath(path) == os.path.abspath(GPT2_DIR):
        return tf.GPT2Tokenizer.from_pretrained(GPT2_DIR)
    return tf.AutoTokenizer.from_pretrained(path)


def _text(vocab, **kw):
    return dict(hidden_size=_D, intermediate_size=2 * _D, num_hidden_layers=2, num_attention_heads=4,
                num_key_value_heads=2, vocab_size=vocab, **kw)


def _paligemma(tokenizer_dir):
    import transformers as tf

    if tokenizer_dir is None:
        raise InvalidInputError("the tiny PaliGemma needs the Gemma tokenizer directory (tokenizer.json)")
    tok = _tok(tokenizer_dir)
    ip = tf.SiglipImageProcessorPil(size={"height": 28, "width": 28})
    ip.image_seq_length = 4  # (28 / 14)^2 patches
    proc = tf.PaliGemmaProcessor(image_processor=ip, tokenizer=tok)
    cfg = tf.PaliGemmaConfig(
        vision_config=dict(model_type="siglip_vision_model", hidden_size=_V, intermediate_size=2 * _V,
                           num_hidden_layers=1, num_attention_heads=2, image_size=28, patch_size=14,
                           projection_dim=_D),
        text_config=dict(model_type="gemma", head_dim=8, **_text(len(tok))),
        image_token_id=proc.image_token_id, projection_dim=_D)
    return tf.PaliGemmaForConditionalGeneration(cfg), proc


def _llava(tokenizer_dir):
    import transformers as tf

    tok = _tok(tokenizer_dir)
    tok.add_tokens(["<image>"], special_tokens=True)
    if tok.pad_token is None:
        tok.pad_token = tok.unk_token if tok.unk_token is not None else tok.eos_token
    ip = tf.CLIPImageProcessorPil(size={"shortest_edge": 28}, crop_size={"height": 28, "width": 28})
    proc = tf.LlavaProcessor(image_processor=ip, tokenizer=tok, patch_size=14, vision_feature_select_strategy="default",
                             chat_template=TEMPLATES["llava"], num_additional_image_tokens=1)
    cfg = tf.LlavaConfig(
        vision_config=dict(model_type="clip_vision_model", hidden_size=_V, intermediate_size=2 * _V,
                           num_hidden_layers=2, num_attention_heads=2, image_size=28, patch_size=14,
                           projection_dim=_V),
        text_config=dict(model_type="llama", **_text(len(tok)), pad_token_id=tok.pad_token_id,
                         bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id),
        image_token_id=proc.image_token_id, vision_feature_layer=-1)
    return tf.LlavaForConditionalGeneration(cfg), proc


def _qwen2_vl(tokenizer_dir):
    import transformers as tf

    tok = _tok(tokenizer_dir)
    tok.add_tokens(["<|im_start|>", "<|im_end|>", "<|vision_start|>", "<|vision_end|>", "<|image_pad|>",
                    "<|video_pad|>"], special_tokens=True)
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token

    class Qwen2VLProcessorNoVideo(tf.Qwen2VLProcessor):
        # Qwen2-VL's video processor needs torchvision, which the [vlm] extra does not
        # pull in; images alone need no video processor.
        @classmethod
        def get_attributes(cls):
            return [a for a in super().get_attributes() if a != "video_processor"]

    ip = tf.Qwen2VLImageProcessorPil(min_pixels=28 * 28, max_pixels=28 * 28, patch_size=14, merge_size=2,
                                     temporal_patch_size=2)
    proc = Qwen2VLProcessorNoVideo(image_processor=ip, tokenizer=tok, chat_template=TEMPLATES["qwen2_vl"])
    ids = tok.convert_tokens_to_ids
    cfg = tf.Qwen2VLConfig(
        vision_config=dict(depth=1, embed_dim=_V, hidden_size=_D, num_heads=2, mlp_ratio=2, patch_size=14,
                           spatial_merge_size=2, temporal_patch_size=2, in_channels=3),
        text_config=dict(**_text(len(tok)), bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id,
                         pad_token_id=tok.pad_token_id,
                         rope_parameters={"rope_type": "default", "mrope_section": [1, 1, 2], "rope_theta": 1e4}),
        image_token_id=proc.image_token_id, video_token_id=proc.video_token_id,
        vision_start_token_id=ids("<|vision_start|>"), vision_end_token_id=ids("<|vision_end|>"))
    return tf.Qwen2VLForConditionalGeneration(cfg), proc


def _llama3_tok(tokenizer_dir, extra):
    if tokenizer_dir is None:
        raise InvalidInputError("this tiny backbone needs a Llama-3 tokenizer directory (tokenizer.json)")
    tok = _tok(tokenizer_dir)
    tok.add_tokens(extra, special_tokens=True)
    if tok.pad_token is None:
        # Llama-3.1's <|finetune_right_pad_id|> (id 128004), named reserved_special_token_2 in older files
        pad = tok.convert_ids_to_tokens(128004)
        tok.pad_token = pad if pad is not None else tok.eos_token
    return tok


def _mllama(tokenizer_dir):
    import transformers as tf

    tok = _llama3_tok(tokenizer_dir, ["<|image|>"])
    ip = tf.MllamaImageProcessorPil(size={"height": 28, "width": 28}, max_image_tiles=1)
    proc = tf.MllamaProcessor(image_processor=ip, tokenizer=tok, chat_template=TEMPLATES["mllama"])
    cfg = tf.MllamaConfig(
        vision_config=dict(hidden_size=_V, num_hidden_layers=2, num_global_layers=1, attention_heads=2,
                           intermediate_size=2 * _V, vision_output_dim=2 * _V, image_size=28, patch_size=14,
                           max_num_tiles=1, intermediate_layers_indices=[0], supported_aspect_ratios=[[1, 1]]),
        text_config=dict(vocab_size=len(tok), hidden_size=_D, num_hidden_layers=2, num_attention_heads=4,
                         num_key_value_heads=2, intermediate_size=2 * _D, cross_attention_layers=[1],
                         pad_token_id=tok.pad_token_id, bos_token_id=tok.bos_token_id,
                         eos_token_id=tok.eos_token_id),
        image_token_index=proc.image_token_id)
    model = tf.MllamaForConditionalGeneration(cfg)
    with torch.no_grad():
        # the gates of the cross-attention layers start at 0 (tanh 0 = 0: image features
        # ignored, and no gradient into cross-attention); a trained checkpoint has them open
        for n, p in model.named_parameters():
            if n.endswith(("cross_attn_attn_gate", "cross_attn_mlp_gate")):
                p.fill_(0.5)
    return model, proc


def _idefics3(tokenizer_dir):
    import transformers as tf

    tok = _llama3_tok(tokenizer_dir, ["<fake_token_around_image>", "<image>", "<end_of_utterance>",
                                      "<global-img>"])
    ip = tf.Idefics3ImageProcessorPil(size={"longest_edge": 28}, max_image_size={"longest_edge": 28},
                                      do_image_splitting=False)
    # (28 / 14)^2 = 4 patches, merged 2x2 by the connector (scale_factor 2): 1 image token
    proc = tf.Idefics3Processor(image_processor=ip, tokenizer=tok, image_seq_len=1,
                                chat_template=TEMPLATES["idefics3"])
    cfg = tf.Idefics3Config(
        vision_config=dict(hidden_size=_V, intermediate_size=2 * _V, num_hidden_layers=1, num_attention_heads=2,
                           image_size=28, patch_size=14),
        text_config=dict(model_type="llama", **_text(len(tok)), pad_token_id=tok.pad_token_id,
                         bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id),
        image_token_id=proc.image_token_id, scale_factor=2)
    return tf.Idefics3ForConditionalGeneration(cfg), proc


_BUILDERS = {"paligemma": _paligemma, "llava": _llava, "qwen2_vl": _qwen2_vl, "mllama": _mllama,
             "idefics3": _idefics3}


def tiny_backbone(family, tokenizer_dir=None, seed=0):
    """(model, processor) of a tiny random backbone of ``family`` (module docstring)."""
    if family not in _BUILDERS:
        raise InvalidInputError(f"no tiny backbone for {family!r}; families: {', '.join(_BUILDERS)}")
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        model, proc = _BUILDERS[family](tokenizer_dir)
    model.eval()
    return model, proc
