"""TLDRModel: a vision-language backbone tuned with LoRA, read by the TLDR token head.

    backbone (*ForConditionalGeneration) -> its inner model (vision tower, projector,
    decoder; no LM head) -> last hidden state H (B, T, D) -> head: logits (B, T)

LoRA (``peft``) goes on the decoder and on the vision-to-text projector (the paper's
choice; the vision tower stays frozen); the head is ``tldr.torch.TokenHeadModule`` (the
paper's TLDR head) or ``tldr.torch.NaiveHeadModule`` (its naive baseline: loss only at the
last response token, against "every token is good"). On CPU tensors the head's loss runs
the fused C kernel; on CUDA the same math runs in torch ops.

Files written by ``save_pretrained(dir)`` (safetensors, no pickle):
``adapter_model.safetensors`` + ``adapter_config.json`` (peft's LoRA adapter),
``tldr_head.safetensors`` (weight (D,), bias (1,)) and ``tldr_config.json``.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import math
import os
import warnings
from collections.abc import Mapping
from typing import Optional

import numpy as np
import torch
from torch import nn
from transformers.utils import ModelOutput

from .. import __version__
from .._core import FileFormatError, InvalidInputError
from .._progress import Progress
from ..torch import NaiveHeadModule, TokenHeadModule
from .examples import paired
from .families import family_of, resolve

__all__ = ["TLDRModel", "TLDROutput", "TokenScores", "ScoredBatch", "stack_scores", "default_target_modules"]

CONFIG_NAME = "tldr_config.json"
HEAD_NAME = "tldr_head.safetensors"
_FORMAT, _FORMAT_VERSION = "tldr-vlm", 1
HEADS = {"token": TokenHeadModule, "naive": NaiveHeadModule}


@dataclasses.dataclass
class TLDROutput(ModelOutput):
    """loss: scalar (when labels are given); logits: (B, T) float32, one per position
    (only response positions mean anything; P(good) = sigmoid(logits))."""

    loss: Optional[torch.Tensor] = None
    logits: Optional[torch.Tensor] = None


@dataclasses.dataclass
class TokenScores:
    """The scores of one response: ``ids`` (n,) int32, ``offsets`` (n, 2) int64 str
    offsets into ``text``, ``probs`` (n,) float32 P(good) per token, ready for
    ``tldr.metrics``, ``tldr.hallucination_rates``, ``tldr.flag_spans``, ``tldr.heatmap``
    and ``tldr.correction_prompt``. ``response_prob``: the response's P(good): the
    smallest token probability for the token head (any bad token vetoes the response),
    the last token's for the naive head. ``truncated``: response tokens cut by max_length
    (they have no score)."""

    text: str
    ids: np.ndarray
    offsets: np.ndarray
    probs: np.ndarray
    head: str = "token"
    truncated: int = 0

    @property
    def response_prob(self) -> float:
        if len(self.probs) == 0:
            return float("nan")
        return float(self.probs[-1] if self.head == "naive" else self.probs.min())

    def flag_spans(self, threshold=0.5, *, terminators="."):
        """``tldr.flag_spans`` of this response (flagged words grouped by sentence)."""
        from ..evaluate.flags import flag_spans

        return flag_spans(self.text, self.offsets, self.probs, threshold, terminators=terminators)


@dataclasses.dataclass
class ScoredBatch:
    """Many :class:`TokenScores` as the flat arrays ``tldr.metrics``, ``tldr.hallucination_rates``
    and ``tldr.heatmap`` take: ``probs`` (N,), ``ids`` (N,), ``offsets`` (N, 2) (relative to
    each text), ``row_splits`` (R+1,), ``sentence_ids`` (N,) and the ``texts``."""

    texts: list
    ids: np.ndarray
    offsets: np.ndarray
    probs: np.ndarray
    row_splits: np.ndarray
    sentence_ids: np.ndarray


def stack_scores(scores, terminators=".") -> ScoredBatch:
    """Flatten a list of :class:`TokenScores` (sentences end at ``terminators``, as in the
    paper: periods)::

        b = stack_scores(model.score(images, responses))
        tldr.hallucination_rates(b.probs, b.row_splits, b.sentence_ids)
    """
    from ..evaluate.sentences import sentence_ids

    scores = list(scores)
    rs = np.zeros(len(scores) + 1, np.int64)
    np.cumsum([len(s.probs) for s in scores], out=rs[1:])

    def cat(xs, dtype, shape):
        return np.concatenate(xs).astype(dtype) if xs else np.zeros(shape, dtype)

    b = ScoredBatch([s.text for s in scores], cat([s.ids for s in scores], np.int32, (0,)),
                    cat([s.offsets for s in scores], np.int64, (0, 2)).reshape(-1, 2),
                    cat([s.probs for s in scores], np.float32, (0,)), rs, np.zeros(0, np.int64))
    b.sentence_ids = sentence_ids(b, texts=b.texts, terminators=terminators)
    return b


def _as_dtype(dtype):
    if dtype is None or isinstance(dtype, torch.dtype):
        return dtype
    if isinstance(dtype, str) and isinstance(getattr(torch, dtype, None), torch.dtype):
        return getattr(torch, dtype)
    raise InvalidInputError(f"dtype must be a torch dtype or its name ('bfloat16', 'float32', ...), got {dtype!r}")


def _load_backbone(model_or_path, dtype, processor):
    """(model, processor or None, name) from a model or a checkpoint directory."""
    dtype = _as_dtype(dtype)
    if isinstance(model_or_path, (str, os.PathLike)):
        from transformers import AutoModelForImageTextToText, AutoProcessor

        path = os.fspath(model_or_path)
        if not os.path.exists(path):
            raise FileNotFoundError(f"no backbone checkpoint at {path!r} (tldr.vlm never downloads weights)")
        model = AutoModelForImageTextToText.from_pretrained(path, dtype=dtype if dtype is not None else "auto")
        if processor is None:
            try:
                processor = AutoProcessor.from_pretrained(path)
            except (OSError, ValueError, TypeError):
                processor = None
        return model, processor, path
    if not isinstance(model_or_path, nn.Module):
        raise InvalidInputError(f"expected a transformers model or a checkpoint path, got {type(model_or_path).__name__}")
    if dtype is not None:
        model_or_path.to(dtype)
    name = getattr(model_or_path, "name_or_path", "") or getattr(getattr(model_or_path, "config", None),
                                                                  "_name_or_path", "")
    return model_or_path, processor, name


def default_target_modules(model, family=None):
    """Names of the nn.Linear modules LoRA goes on: every one inside the decoder and the
    vision-to-text projector (not the vision tower, not the LM head)."""
    fam = family_of(model) if family is None else family
    prefixes = (fam.language_model, *fam.projector)
    names = [n for n, m in model.named_modules()
             if isinstance(m, nn.Linear) and any(n == p or n.startswith(p + ".") for p in prefixes)]
    if not names:
        raise InvalidInputError(f"found no linear layer under {', '.join(prefixes)} in {type(model).__name__}")
    return names


class TLDRModel(nn.Module):
    """A TLDR reward model on a ``transformers`` vision-language backbone (module docstring).

    Build it with :meth:`from_backbone` (new LoRA and head) or :meth:`from_pretrained`
    (a saved adapter and head). ``forward(**batch)`` takes a :class:`TLDRCollator` batch
    and returns :class:`TLDROutput` (``.loss`` when ``labels`` are given, ``.logits``
    (B, T)). Attributes: ``backbone`` (the ``peft.PeftModel``), ``head``, ``head_kind``
    ("token" or "naive"), ``family``, ``processor`` (when known; ``score`` needs one).
    """

    # The loss is a mean over this batch's labelled tokens: Trainer must not rescale it
    # with num_items_in_batch (and must not pass it to forward).
    accepts_loss_kwargs = False
    main_input_name = "input_ids"

    def __init__(self, backbone, head, *, family, head_kind, processor=None, backbone_name="", lora=None,
                 bad_token_weight=1.0):
        super().__init__()
        self.backbone = backbone
        self.head = head
        self.family = family
        self.head_kind = head_kind
        self.processor = processor
        self.backbone_name = backbone_name
        self.lora = dict(lora or {})
        self.bad_token_weight = _check_bad_token_weight(bad_token_weight)
        self._merged = False
        self._collators = {}

    # ------------------------------------------------------------------ construction
    @classmethod
    def from_backbone(cls, model_or_path, lora_rank=512, lora_alpha=128, lora_dropout=0.1, target_modules=None,
                      head="token", dtype=None, processor=None, seed=0, bad_token_weight=1.0):
        """Wrap a backbone (a ``*ForConditionalGeneration`` model or its directory) with
        new LoRA weights (rank ``lora_rank``, ``lora_alpha``, ``lora_dropout``; defaults
        are the paper's 512 / 128 / 0.1) on ``target_modules`` (default:
        ``tldr.vlm.model.default_target_modules``) and a new head (``"token"`` or ``"naive"``,
        initialised from ``seed``). ``dtype`` casts (or loads) the backbone in that
        dtype; the head stays float32. The same ``seed`` gives the same LoRA and head weights.
        ``processor``: the backbone's processor (loaded from
        the directory when a path is given)."""
        from peft import LoraConfig, get_peft_model

        if head not in HEADS:
            raise InvalidInputError(f"head must be 'token' or 'naive', got {head!r}")
        for what, v in (("lora_rank", lora_rank), ("lora_alpha", lora_alpha)):
            if isinstance(v, bool) or not isinstance(v, (int, float)) or v <= 0:
                raise InvalidInputError(f"{what} must be a positive number, got {v!r}")
        if not 0 <= float(lora_dropout) < 1:
            raise InvalidInputError(f"lora_dropout must be in [0, 1), got {lora_dropout!r}")
        bad_token_weight = _check_bad_token_weight(bad_token_weight)
        model, processor, name = _load_backbone(model_or_path, dtype, processor)
        fam = family_of(model)
        targets = list(target_modules) if target_modules is not None else default_target_modules(model, fam)
        lora = {"r": int(lora_rank), "lora_alpha": float(lora_alpha), "lora_dropout": float(lora_dropout)}
        # LoRA's initialisation draws from torch's RNG: seed it here (and leave the
        # caller's RNG state as it was) so that the same seed gives the same model
        cuda = sorted({p.device.index or 0 for p in model.parameters() if p.device.type == "cuda"})
        with warnings.catch_warnings(), torch.random.fork_rng(devices=cuda):
            torch.manual_seed(seed)
            # peft reads transformers' deprecated `is_gradient_checkpointing` alias (a
            # FutureWarning about the two libraries, not about this call)
            warnings.filterwarnings("ignore", message=".*is_gradient_checkpointing.* is deprecated",
                                    category=FutureWarning)
            peft_model = get_peft_model(model, LoraConfig(target_modules=targets, bias="none", **lora))
        dim = model.config.get_text_config().hidden_size
        head_mod = HEADS[head](dim, seed=seed).to(next(model.parameters()).device)
        return cls(peft_model, head_mod, family=fam, head_kind=head, processor=processor, backbone_name=name,
                   lora=lora, bad_token_weight=bad_token_weight)

    @classmethod
    def from_pretrained(cls, directory, backbone=None, dtype=None, processor=None, is_trainable=False):
        """Restore a model written by :meth:`save_pretrained` on ``backbone`` (a model or
        a checkpoint directory; default: the path recorded at save time). The backbone's
        weights must be the ones it was trained on (they are not saved).
        ``is_trainable``: keep LoRA and head trainable (to continue training)."""
        from peft import PeftModel
        from safetensors.torch import load_file

        cfg = read_config(directory)
        if backbone is None:
            backbone = cfg.get("backbone") or None
            if backbone is None:
                raise InvalidInputError(f"{directory}: no backbone recorded; pass backbone=")
        model, processor, name = _load_backbone(backbone, dtype, processor)
        fam = family_of(model)
        if fam.name != cfg["family"]:
            raise InvalidInputError(f"{directory} was trained on a {cfg['family']} backbone, got {fam.name}")
        dim = model.config.get_text_config().hidden_size
        if dim != cfg["dim"]:
            raise InvalidInputError(f"{directory} has a head of dimension {cfg['dim']}, the backbone's is {dim}")
        if hasattr(model, "peft_config"):
            raise InvalidInputError("the backbone already carries a peft adapter (it was wrapped by another "
                                    "TLDRModel); load a fresh backbone")
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=".*is_gradient_checkpointing.* is deprecated",
                                    category=FutureWarning)
            peft_model = PeftModel.from_pretrained(model, directory, is_trainable=is_trainable)
        head = HEADS[cfg["head"]](dim, cfg.get("outputs", 1))
        try:
            sd = load_file(os.path.join(directory, HEAD_NAME))
            head.load_state_dict(sd)
        except (OSError, RuntimeError, KeyError) as e:
            raise FileFormatError(f"{directory}/{HEAD_NAME}: not a tldr head ({e})") from None
        head.to(next(model.parameters()).device)
        head.requires_grad_(is_trainable)
        return cls(peft_model, head, family=fam, head_kind=cfg["head"], processor=processor, backbone_name=name,
                   lora=cfg.get("lora"), bad_token_weight=cfg.get("bad_token_weight", 1.0))

    def save_pretrained(self, save_directory, state_dict=None, is_main_process=True, **_):
        """Write the LoRA adapter, the head and ``tldr_config.json`` (safetensors; the
        backbone's own weights are not written, tied or not). ``state_dict``: a full
        state dict of this model to save from (what ``Trainer`` gathers under FSDP or
        DeepSpeed)."""
        from safetensors.torch import save_file

        if not is_main_process:
            return
        os.makedirs(save_directory, exist_ok=True)
        adapter_sd, head_sd = None, {k: v for k, v in self.head.state_dict().items()}
        if state_dict is not None:
            adapter_sd = {k[len("backbone."):]: v for k, v in state_dict.items() if k.startswith("backbone.")}
            head_sd = {k[len("head."):]: v for k, v in state_dict.items() if k.startswith("head.")} or head_sd
        self.backbone.save_pretrained(save_directory, state_dict=adapter_sd)
        save_file({k: v.detach().to("cpu", torch.float32).contiguous() for k, v in head_sd.items()},
                  os.path.join(save_directory, HEAD_NAME), metadata={"format": "pt"})
        cfg = {"format": _FORMAT, "version": _FORMAT_VERSION, "tldr_version": __version__, "head": self.head_kind,
               "dim": self.head.dim, "outputs": self.head.outputs, "family": self.family.name,
               "model_type": self.config.model_type, "backbone": self.backbone_name, "lora": self.lora,
               "bad_token_weight": self.bad_token_weight}
        with open(os.path.join(save_directory, CONFIG_NAME), "w", encoding="utf-8") as f:
            json.dump(cfg, f, indent=2)

    def load_trained(self, directory):
        """Load the adapter and head weights of a :meth:`save_pretrained` directory into
        this model in place (resuming a Trainer checkpoint)."""
        from peft import set_peft_model_state_dict
        from safetensors.torch import load_file

        read_config(directory)
        adapter = load_file(os.path.join(directory, "adapter_model.safetensors"))
        res = set_peft_model_state_dict(self.backbone, adapter)
        missing = [k for k in getattr(res, "unexpected_keys", [])]
        if missing:
            raise FileFormatError(f"{directory}: adapter weights that this model has no place for: {missing[:3]}")
        self.head.load_state_dict(load_file(os.path.join(directory, HEAD_NAME)))

    # ------------------------------------------------------------------ forward
    @property
    def base_model(self):
        """The backbone ``*ForConditionalGeneration`` model (LoRA layers inside)."""
        return self.backbone.get_base_model()

    @property
    def config(self):
        return self.base_model.config

    @property
    def device(self):
        return next(self.parameters()).device

    @property
    def dtype(self):
        return next(self.base_model.parameters()).dtype

    @property
    def _no_split_modules(self):
        return getattr(self.base_model, "_no_split_modules", None)

    def activation_checkpointing_enable(self, activation_checkpointing_kwargs=None, every_n_layers=1, offload=False):
        """Activation checkpointing in the backbone (``TrainingArguments(activation_checkpointing=True)``
        calls it); the inputs then require grads, so that checkpointed segments after the
        frozen embeddings still pass gradients to the LoRA weights."""
        base = self.base_model
        base.activation_checkpointing_enable(activation_checkpointing_kwargs, every_n_layers=every_n_layers,
                                             offload=offload)
        base.enable_input_require_grads()

    def activation_checkpointing_disable(self):
        self.base_model.activation_checkpointing_disable()

    @property
    def is_activation_checkpointing(self):
        return self.base_model.is_activation_checkpointing

    def hidden_states(self, **inputs):
        """Last hidden state (B, T, D) of the backbone's decoder."""
        if self._merged:
            raise InvalidInputError("this TLDRModel was merged into its backbone (merge(inplace=True)); "
                                    "load it again to use it")
        inner = resolve(self.base_model, "model")
        dt = self.dtype
        inputs = {k: (v.to(dt) if isinstance(v, torch.Tensor) and v.is_floating_point() else v)
                  for k, v in inputs.items() if v is not None}
        return inner(**inputs, use_cache=False).last_hidden_state

    def forward(self, labels=None, **inputs):
        """Logits (B, T) and, with ``labels`` (B, T) (1 good, 0 bad, -100 ignored), the
        loss: masked mean BCE over labelled tokens (token head) or mean BCE over
        responses at their last labelled token (naive head).

        With ``bad_token_weight`` w != 1 each bad token's (naive: bad response's) BCE
        counts w times a good one's: the loss is w * BCE with ``pos_weight`` 1 / w on the
        good label, so w = 1 is the paper's loss exactly. The paper leaves reweighting
        open (over 95% of its tokens are good); a detector trained on rare bad tokens
        learns to call everything good, and w > 1 moves its operating point."""
        H = self.hidden_states(**inputs)
        logits = self.head(H)
        loss = None
        if labels is not None:
            w = self.bad_token_weight
            if w == 1.0:
                loss = self.head.loss(H, labels.to(H.device))
            else:
                pw = torch.full((self.head.outputs,), 1.0 / w, dtype=torch.float32, device=H.device)
                loss = w * self.head.loss(H, labels.to(H.device), pos_weight=pw)
        return TLDROutput(loss=loss, logits=logits)

    # ------------------------------------------------------------------ uses
    def merge(self, tau=1.0, inplace=False):
        """The backbone (``*ForConditionalGeneration``, LM head included) with the LoRA
        update scaled by ``tau`` merged into its weights: the paper's backbone
        improvement (tau = 0.25 was its best). ``tau=0`` gives the original backbone,
        ``tau=1`` peft's ``merge_and_unload``. The head is dropped. Works on a copy unless
        ``inplace=True`` (saves memory; this model is unusable afterwards)."""
        from peft.tuners.lora import LoraLayer

        tau = float(tau)
        if not math.isfinite(tau):
            raise InvalidInputError(f"tau must be a finite number, got {tau}")
        if self._merged:
            raise InvalidInputError("this TLDRModel was already merged in place")
        src = self.backbone if inplace else copy.deepcopy(self.backbone)
        for mod in src.modules():
            if isinstance(mod, LoraLayer):
                for a in list(mod.scaling):
                    mod.scaling[a] = mod.scaling[a] * tau
        merged = src.merge_and_unload()
        if inplace:
            self._merged = True
        return merged

    def collator(self, processor=None, max_length=None):
        """The :class:`TLDRCollator` of this model's (or the given) processor (cached)."""
        from .collator import TLDRCollator

        proc = processor if processor is not None else self.processor
        if proc is None:
            raise InvalidInputError("no processor: pass processor= (the backbone's transformers processor)")
        key = (id(proc), max_length)
        c = self._collators.get(key)
        if c is None or c.processor is not proc:
            c = self._collators[key] = TLDRCollator(proc, max_length=max_length)
        return c

    @torch.no_grad()
    def score(self, images, responses, prompt=None, *, processor=None, batch_size=8, max_length=None,
              progress=None):
        """P(good) of every token of every response: a list of :class:`TokenScores`.

        images: one per response (PIL images, paths or uint8 arrays); prompt: one str for
        all (default ``tldr.vlm.DEFAULT_PROMPT``) or one per response. Batched, without
        gradients, in eval mode; a progress bar on stderr for more than 8 batches
        (``progress=True/False`` forces it)."""
        images, responses = paired(images, responses, "responses")
        if prompt is None or isinstance(prompt, str):
            prompts = [prompt] * len(responses)
        else:
            prompts = list(prompt)
            if len(prompts) != len(responses):
                raise InvalidInputError(f"got {len(prompts)} prompts for {len(responses)} responses")
        if int(batch_size) < 1:
            raise InvalidInputError(f"batch_size must be >= 1, got {batch_size}")
        bs = int(batch_size)
        col = self.collator(processor, max_length)
        examples = [{"image": im, "prompt": p, "response": r} for im, p, r in zip(images, prompts, responses)]
        was_training = self.training
        self.eval()
        out = []
        bar = Progress(len(examples), "tldr score", enabled=progress if progress is not None
                       else len(examples) > 8 * bs)
        try:
            for s in range(0, len(examples), bs):
                batch, rows = col.encode(examples[s:s + bs], with_labels=False)
                batch.pop("labels", None)
                dev = self.device
                batch = {k: (v.to(dev) if isinstance(v, torch.Tensor) else v) for k, v in batch.items()}
                logits = self(**batch).logits.float().cpu()
                for b, row in enumerate(rows):
                    p = torch.sigmoid(logits[b, torch.from_numpy(row.positions)]).numpy()
                    out.append(TokenScores(row.response, row.ids, row.offsets, p.astype(np.float32),
                                           self.head_kind, row.truncated))
                bar.update(len(rows))
        finally:
            bar.close()
            self.train(was_training)
        return out

    def score_fn(self, images=None, prompt=None, **kw):
        """A ``score_fn`` for ``tldr.self_correct`` and ``tldr.LexiconCorrector``:
        ``fn(items) -> [(offsets, probs)]``.

        Give ``self_correct`` examples (``{"image", "response"}``, optionally
        ``"prompt"``) and every call is scored with its own image and prompt (``prompt``
        here is the default for examples without one): ``model.score_fn()``. For a list
        of str, bind the images by position: ``model.score_fn(images)`` scores the i-th
        text with ``images[i]``. ``kw`` go to :meth:`score`."""
        bound = None if images is None else list(images)

        def fn(items):
            items = list(items)
            if items and all(isinstance(x, Mapping) for x in items):
                for i, x in enumerate(items):
                    if "image" not in x or not isinstance(x.get("response"), str):
                        raise InvalidInputError(f"item {i}: expected an example with 'image' and a str 'response', "
                                                f"got keys {sorted(map(str, x))}")
                prompts = [x.get("prompt") or prompt for x in items]
                scores = self.score([x["image"] for x in items], [x["response"] for x in items], prompts, **kw)
            else:
                if bound is None:
                    raise InvalidInputError("score_fn() got texts without images: pass examples "
                                            "({'image', 'response'}) to self_correct, or bind images with "
                                            "score_fn(images)")
                if len(items) != len(bound):
                    raise InvalidInputError(f"score_fn was built for {len(bound)} images, got {len(items)} texts")
                scores = self.score(bound, items, prompt, **kw)
            return [(s.offsets, s.probs) for s in scores]

        return fn


def _check_bad_token_weight(w):
    if isinstance(w, bool) or not isinstance(w, (int, float)) or not math.isfinite(w) or w <= 0:
        raise InvalidInputError(f"bad_token_weight must be a positive finite number, got {w!r}")
    return float(w)


def read_config(directory):
    path = os.path.join(os.fspath(directory), CONFIG_NAME)
    try:
        with open(path, encoding="utf-8") as f:
            cfg = json.load(f)
    except FileNotFoundError:
        raise FileNotFoundError(f"{directory}: no {CONFIG_NAME} (not a directory written by "
                                "TLDRModel.save_pretrained)") from None
    except json.JSONDecodeError as e:
        raise FileFormatError(f"{path}: not JSON ({e})") from None
    if not isinstance(cfg, dict) or cfg.get("format") != _FORMAT:
        raise FileFormatError(f"{path}: not a tldr.vlm model config")
    if cfg.get("version", 0) > _FORMAT_VERSION:
        raise FileFormatError(f"{path}: written by a newer tldr (format version {cfg.get('version')})")
    for k in ("head", "dim", "family"):
        if k not in cfg:
            raise FileFormatError(f"{path}: missing {k!r}")
    if cfg["head"] not in HEADS:
        raise FileFormatError(f"{path}: unknown head {cfg['head']!r}")
    return cfg
