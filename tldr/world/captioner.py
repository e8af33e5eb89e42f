"""Tiny world captioners: ordinary ``transformers`` LLaVA models trained from scratch on CPU.

The model is ``LlavaForConditionalGeneration`` built from a config: a SigLIP vision tower
(64x64 images, 8x8 patches -> 64 image tokens), a 2-layer GELU projector and a small
Llama decoder over the world tokenizer (1,024 ids). So everything downstream (``tldr.vlm``,
``AutoModelForImageTextToText``, peft) sees the same kind of model a GPU user has.

Sequence layout (``format_ids``; the processor's chat template writes the same)::

    <image> x 64 | prompt tokens ("caption\\n" or "describe\\n") | response tokens | <eos>

Labels are -100 on the image and prompt, the response ids (and <eos>) elsewhere. Pixels:
``SiglipImageProcessor`` with rescale 1/255, mean 0.5, std 0.5 (``pixels`` is the same
arithmetic on arrays, tested equal).

    cfg = CaptionerConfig(steps=600)
    model, processor, log = train(cfg)              # about a minute on 2 cores
    caps = caption(model, processor, [Scene.sample(10**6).render()])
    evaluate(model, processor, n_scenes=200)        # true error rates by tldr.world.check

torch and transformers are imported when a function needs them (``pip install
tldr[world]``); ``import tldr.world`` never needs them.
"""

import dataclasses
import json
import math
import os
import time

import numpy as np

from .tokenizer import SPECIAL_TOKENS, TOKENIZER_PATH

PAD, BOS, EOS, IMAGE = range(4)
PROMPTS = {"coco": "caption", "dense": "describe"}
# Seeds of training scenes start at 0; held-out scenes (evaluation, reproduction) at
# HELD_OUT, far beyond any training run here (4,000 steps x 32 = 128,000 scenes). The
# vision tower's pretraining draws its scenes from VISION_SEEDS (up to 10**6 of them).
HELD_OUT = 10**7
VISION_SEEDS = 2 * 10**6
CAPTIONER_DIR = os.path.join(os.path.dirname(TOKENIZER_PATH), "captioners")
CHAT_TEMPLATE = (
    "{% for m in messages %}{% if m['content'] is string %}{{ m['content'] }}"
    "{% if m['role'] == 'assistant' %}<eos>{% endif %}{% else %}{% for c in m['content'] %}"
    "{% if c['type'] == 'image' %}<image>{% else %}{{ c['text'] }}{% if m['role'] == 'user' %}{{ '\\n' }}{% else %}<eos>"
    "{% endif %}{% endif %}{% endfor %}{% endif %}{% endfor %}"
)


def _need_torch():
    try:
        import torch
        import transformers
    except ImportError as e:
        raise ImportError(f"the world captioner needs torch and transformers ({e.name} is missing): "
                          "pip install tldr[world]") from e
    return torch, transformers


@dataclasses.dataclass
class CaptionerConfig:
    """Size and training budget of a captioner (defaults: the 'base' captioner)."""

    name: str = "base"
    style: str = "coco"            # caption style it learns: coco, dense or both
    image_size: int = 64
    patch_size: int = 8
    vision_hidden: int = 64
    vision_layers: int = 2
    text_hidden: int = 96
    text_layers: int = 2
    heads: int = 4
    steps: int = 1000
    batch_size: int = 32
    lr: float = 3e-3
    warmup: int = 50
    max_response_tokens: int = 160  # a safety limit: no world caption is this long
    aux_weight: float = 1.0         # weight of the patch loss that grounds the vision tower (0: off)
    freeze_vision: bool = False     # keep the (pretrained) vision tower fixed, as LLaVA does
    seed: int = 0
    threads: int = 1               # 2 OpenMP threads burned 16x the CPU time on a shared, loaded machine

    def to_dict(self):
        return dataclasses.asdict(self)


# ---- building --------------------------------------------------------------------------------

def build_processor(cfg=None):
    """A ``LlavaProcessor`` made offline from the world tokenizer and a SigLIP image processor."""
    cfg = cfg or CaptionerConfig()
    _, transformers = _need_torch()
    try:
        from transformers import SiglipImageProcessorPil as ImageProcessor
    except ImportError:  # transformers < 5: the PIL processor has the plain name
        from transformers import SiglipImageProcessor as ImageProcessor
    tok = transformers.PreTrainedTokenizerFast(
        tokenizer_file=TOKENIZER_PATH, pad_token=SPECIAL_TOKENS[PAD], bos_token=SPECIAL_TOKENS[BOS],
        eos_token=SPECIAL_TOKENS[EOS], extra_special_tokens={"image_token": SPECIAL_TOKENS[IMAGE]})
    ip = ImageProcessor(do_resize=True, size={"height": cfg.image_size, "width": cfg.image_size},
                        do_rescale=True, rescale_factor=1 / 255, do_normalize=True,
                        image_mean=[0.5, 0.5, 0.5], image_std=[0.5, 0.5, 0.5])
    return transformers.LlavaProcessor(image_processor=ip, tokenizer=tok, patch_size=cfg.patch_size,
                                       vision_feature_select_strategy="full", chat_template=CHAT_TEMPLATE,
                                       image_token=SPECIAL_TOKENS[IMAGE], num_additional_image_tokens=0)


def _vision_config(cfg):
    _, transformers = _need_torch()
    return transformers.SiglipVisionConfig(
        hidden_size=cfg.vision_hidden, intermediate_size=2 * cfg.vision_hidden, num_hidden_layers=cfg.vision_layers,
        num_attention_heads=cfg.heads, image_size=cfg.image_size, patch_size=cfg.patch_size, num_channels=3,
        vision_use_head=False)   # LLaVA uses the patch features, not SigLIP's pooling head


def build_model(cfg=None):
    """A randomly initialised ``LlavaForConditionalGeneration`` of the config's size."""
    cfg = cfg or CaptionerConfig()
    torch, transformers = _need_torch()
    n_img = (cfg.image_size // cfg.patch_size) ** 2
    vision = _vision_config(cfg)
    text = transformers.LlamaConfig(
        vocab_size=1024, hidden_size=cfg.text_hidden, intermediate_size=2 * cfg.text_hidden,
        num_hidden_layers=cfg.text_layers, num_attention_heads=cfg.heads, num_key_value_heads=cfg.heads,
        max_position_embeddings=n_img + 256, tie_word_embeddings=True, bos_token_id=BOS, eos_token_id=EOS,
        pad_token_id=PAD)
    config = transformers.LlavaConfig(
        vision_config=vision, text_config=text, image_token_index=IMAGE, vision_feature_select_strategy="full",
        vision_feature_layer=-1, image_seq_length=n_img, projector_hidden_act="gelu", tie_word_embeddings=True)
    torch.manual_seed(cfg.seed)
    model = transformers.LlavaForConditionalGeneration(config)
    model.generation_config.pad_token_id = PAD
    model.generation_config.eos_token_id = EOS
    model.generation_config.bos_token_id = BOS
    return model


# ---- data ------------------------------------------------------------------------------------

def pixels(images, image_size=64):
    """float32 (B, 3, H, W) from RGB images (PIL or uint8 arrays), as the processor computes."""
    arrs = []
    for im in images:
        a = np.asarray(im, dtype=np.uint8)
        if a.shape != (image_size, image_size, 3):
            raise ValueError(f"expected {image_size}x{image_size} RGB images, got an array of shape {a.shape}")
        arrs.append(a)
    x = np.stack(arrs).astype(np.float32) * np.float32(1 / 255)
    x = (x - np.float32(0.5)) / np.float32(0.5)
    return np.ascontiguousarray(x.transpose(0, 3, 1, 2))


def _hf_tokenizer():
    from tokenizers import Tokenizer

    return Tokenizer.from_file(TOKENIZER_PATH)


def format_ids(prompt, responses, tok=None, n_image=64, max_response_tokens=None):
    """(input_ids, labels, attention_mask) int64 (B, T), right-padded: image tokens, the prompt
    and newline, each response and <eos>; labels -100 except on response tokens and <eos>."""
    tok = tok or _hf_tokenizer()
    head = [IMAGE] * n_image + tok.encode(prompt + "\n").ids
    rows = []
    for r in responses:
        ids = tok.encode(r).ids
        if max_response_tokens is not None:
            ids = ids[:max_response_tokens]
        rows.append(ids + [EOS])
    T = len(head) + max(len(r) for r in rows)
    B = len(rows)
    input_ids = np.full((B, T), PAD, dtype=np.int64)
    labels = np.full((B, T), -100, dtype=np.int64)
    mask = np.zeros((B, T), dtype=np.int64)
    for b, r in enumerate(rows):
        n = len(head) + len(r)
        input_ids[b, :n] = head + r
        labels[b, len(head):n] = r
        mask[b, :n] = 1
    return input_ids, labels, mask


def world_batch(seeds, style, image_size=64):
    """Scenes of the given seeds, their images and true captions (style coco, dense or both:
    even seeds coco, odd dense)."""
    from .describe import describe
    from .scene import Scene

    scenes = [Scene.sample(s) for s in seeds]
    styles = [style if style != "both" else ("coco", "dense")[s % 2] for s in seeds]
    caps = [describe(sc, st, seed=s) for sc, st, s in zip(scenes, styles, seeds)]
    imgs = [sc.render(image_size) for sc in scenes]
    return scenes, imgs, caps, styles


# ---- grounding the vision tower -------------------------------------------------------------
#
# Trained on captions alone, the tiny model learns the captions' language in a few hundred
# steps and then hardly uses the image (after 1,000 steps of 32 captions the loss with the
# right images was 1.430 against 1.442 with another scene's images, and every caption was
# false). Real VLMs start from a pretrained vision encoder. Here a linear probe on the
# tower's last hidden states (the features LLaVA passes to the projector) predicts, for
# every patch, the kind, colour and size of an object there (or "none"), in one of two ways:
#
# * pretrain_vision: the tower alone learns the probe task first (patch_targets(...,
#   cover=True): every patch a box overlaps), then captioners train on top of the frozen
#   tower (freeze_vision), as LLaVA trains on a frozen SigLIP. This is what the shipped
#   captioners do: the probe on the shipped tower (128 wide, 2 layers, 6,000 steps of 64
#   scenes) reads the kind of 92% of the objects' centre patches, the colour of 96%, where
#   the first captioners' towers (below, trained with the captioner) gave 31% for kinds
#   (docs/reproduction.md);
# * aux_weight > 0: the probe's loss is added to the captioning loss while both train
#   (patch targets at object centres only). The probe is never part of a saved model,
#   which stays a plain LlavaForConditionalGeneration.

def patch_targets(scenes, image_size=64, patch_size=8, cover=False):
    """int64 (B, G*G, 3): per patch (row-major, G = image_size // patch_size) the kind,
    colour and size index (1-based; 0 = none) of the object whose centre lies in it, or
    with ``cover=True`` of every object whose box overlaps it (where two boxes share a
    patch, the smaller object wins: the larger one has other patches). Centres are what
    the aux loss of the phase-A captioners used; pretrain_vision uses cover: a fresh tower
    learnt it much faster (colour of centre patches 77% against 47%, kind 13% against 6%,
    after 1,000 steps of 64 scenes)."""
    from . import vocab

    kinds = {k: i + 1 for i, k in enumerate(list(vocab.KINDS) + [vocab.SIGN])}
    colors = {c: i + 1 for i, c in enumerate(vocab.COLORS)}
    sizes = {z: i + 1 for i, z in enumerate(vocab.SIZES)}
    g = image_size // patch_size
    out = np.zeros((len(scenes), g * g, 3), dtype=np.int64)
    for b, sc in enumerate(scenes):
        if not cover:
            for o in sc.objects:
                col = min(g - 1, int(o.cx * g))
                row = min(g - 1, int(o.cy * g))
                out[b, row * g + col] = (kinds[o.kind], colors[o.color], sizes[o.size])
            continue
        area = lambda o: (o.box[2] - o.box[0]) * (o.box[3] - o.box[1])  # noqa: E731
        for o in sorted(sc.objects, key=area, reverse=True):
            x0, y0, x1, y1 = o.box
            rows = range(max(0, int(y0 * g)), min(g, math.ceil(y1 * g)))
            cols = range(max(0, int(x0 * g)), min(g, math.ceil(x1 * g)))
            for r in rows:
                out[b, r * g + cols.start:r * g + cols.stop] = (kinds[o.kind], colors[o.color], sizes[o.size])
    return out


def _probe_accuracy(head, feats, targets):
    """Share of the patches holding an object whose kind, colour, size the probe gets right."""
    torch, _ = _need_torch()
    from . import vocab

    with torch.no_grad():
        logits = head(feats)
    nk, nc = len(vocab.KINDS) + 2, len(vocab.COLORS) + 1
    parts = (logits[..., :nk], logits[..., nk:nk + nc], logits[..., nk + nc:])
    m = targets[..., 0] > 0
    return {what: round(float((p.argmax(-1)[m] == targets[..., i][m]).float().mean()), 4)
            for i, (what, p) in enumerate(zip(("kind", "color", "size"), parts))}


def pretrain_vision(cfg=None, steps=6000, *, lr=2e-3, batch_size=64, warmup=50, eval_scenes=500, log_every=500,
                    verbose=False):
    """Pretrain the config's vision tower (a ``SiglipVisionModel``) alone on the probe task
    (patch_targets with cover=True) on fresh scenes from VISION_SEEDS, one new scene per
    example. Returns (state_dict of the tower, log): log = {"step", "loss", "probe"
    (kind/colour/size accuracy of the probe at object centres of eval_scenes held-out
    scenes), "seconds"}. Deterministic for cfg.seed on one machine."""
    torch, transformers = _need_torch()
    from .scene import Scene

    cfg = cfg or CaptionerConfig()
    torch.set_num_threads(cfg.threads)
    torch.set_flush_denormal(True)
    torch.manual_seed(cfg.seed)
    tower = transformers.SiglipVisionModel(_vision_config(cfg))
    aux = _aux_head(cfg)
    params = list(tower.parameters()) + list(aux.parameters())
    opt = torch.optim.AdamW(params, lr=lr, betas=(0.9, 0.98), weight_decay=0.01)
    sched = dataclasses.replace(cfg, lr=lr, warmup=warmup, steps=steps)
    held = [Scene.sample(HELD_OUT + 5 * 10**6 + k) for k in range(eval_scenes)]
    held_px = torch.from_numpy(pixels([s.render(cfg.image_size) for s in held], cfg.image_size))
    held_t = torch.from_numpy(patch_targets(held, cfg.image_size, cfg.patch_size))
    log = {"step": [], "loss": [], "probe": []}
    t0 = time.perf_counter()
    base = VISION_SEEDS + cfg.seed * 10**6
    run = 0.0
    for step in range(steps):
        scenes = [Scene.sample(s) for s in range(base + step * batch_size, base + (step + 1) * batch_size)]
        px = torch.from_numpy(pixels([s.render(cfg.image_size) for s in scenes], cfg.image_size))
        tgt = torch.from_numpy(patch_targets(scenes, cfg.image_size, cfg.patch_size, cover=True))
        for g in opt.param_groups:
            g["lr"] = lr_at(step, sched)
        loss = _aux_loss(aux, tower(pixel_values=px).last_hidden_state, tgt)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        run += loss.item()
        if (step + 1) % log_every == 0 or step + 1 == steps:
            n = (step % log_every) + 1
            tower.eval()
            with torch.no_grad():
                acc = _probe_accuracy(aux, tower(pixel_values=held_px).last_hidden_state, held_t)
            tower.train()
            log["step"].append(step + 1)
            log["loss"].append(round(run / n, 4))
            log["probe"].append(acc)
            run = 0.0
            if verbose:
                print(f"[vision] step {step + 1}/{steps} loss {log['loss'][-1]:.3f} probe {acc} "
                      f"{time.perf_counter() - t0:.0f} s", flush=True)
    log["seconds"] = time.perf_counter() - t0
    return tower.state_dict(), log


def _aux_head(cfg):
    torch, _ = _need_torch()
    from . import vocab

    n = (len(vocab.KINDS) + 2) + (len(vocab.COLORS) + 1) + (len(vocab.SIZES) + 1)
    return torch.nn.Linear(cfg.vision_hidden, n)


def _aux_loss(head, feats, targets):
    """Mean of the three per-patch cross-entropies; feats (B, P, D), targets (B, P, 3)."""
    torch, _ = _need_torch()
    from . import vocab

    logits = head(feats)
    nk, nc = len(vocab.KINDS) + 2, len(vocab.COLORS) + 1
    parts = (logits[..., :nk], logits[..., nk:nk + nc], logits[..., nk + nc:])
    f = torch.nn.functional.cross_entropy
    return sum(f(p.reshape(-1, p.shape[-1]), targets[..., i].reshape(-1)) for i, p in enumerate(parts)) / 3


# ---- training --------------------------------------------------------------------------------

def lr_at(step, cfg):
    if step < cfg.warmup:
        return cfg.lr * (step + 1) / cfg.warmup
    t = (step - cfg.warmup) / max(1, cfg.steps - cfg.warmup)
    return cfg.lr * 0.5 * (1 + math.cos(math.pi * min(1.0, t)))


def train(cfg=None, *, model=None, vision=None, log_every=100, callback=None, verbose=False):
    """Train a captioner from scratch on fresh world scenes (seeds cfg.seed * 10**6 + k, one
    new scene per example, so it never sees a scene twice). ``vision``: a state dict of the
    vision tower (from pretrain_vision) loaded before training (with cfg.freeze_vision it
    stays fixed and no aux loss is added). Returns (model, processor, log) with log =
    {"loss": [mean over each log_every steps], "step": [...], "seconds": training time}.
    callback(step, model) runs every log_every steps (e.g. to save budgets of one run)."""
    torch, _ = _need_torch()
    cfg = cfg or CaptionerConfig()
    if cfg.style not in ("coco", "dense", "both"):
        raise ValueError(f"style must be coco, dense or both, got {cfg.style!r}")
    torch.set_num_threads(cfg.threads)
    torch.set_flush_denormal(True)   # tiny weights late in training must not hit slow denormal paths
    model = model or build_model(cfg)
    if vision is not None:
        model.model.vision_tower.load_state_dict(vision)
    processor = build_processor(cfg)
    tok = _hf_tokenizer()
    n_img = (cfg.image_size // cfg.patch_size) ** 2
    model.train()
    if cfg.freeze_vision:
        model.model.vision_tower.requires_grad_(False)
    params = [(n, p) for n, p in model.named_parameters() if p.requires_grad]
    aux, feats = None, {}
    if cfg.aux_weight > 0 and not cfg.freeze_vision:
        aux = _aux_head(cfg)
        params += [("aux." + n, p) for n, p in aux.named_parameters()]
        tower = model.model.vision_tower
        last = getattr(tower, "vision_model", tower).encoder.layers[-1]
        # The last encoder layer's output is hidden_states[-1], what LLaVA projects.
        hook = last.register_forward_hook(
            lambda mod, inp, out: feats.__setitem__("h", out[0] if isinstance(out, tuple) else out))
    decay = [p for n, p in params if p.ndim >= 2]
    rest = [p for n, p in params if p.ndim < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.01}, {"params": rest, "weight_decay": 0.0}],
                            lr=cfg.lr, betas=(0.9, 0.98))
    log = {"loss": [], "step": []}
    t0 = time.perf_counter()
    run, n_run = 0.0, 0     # mean loss over the steps since the last log line
    base = cfg.seed * 10**6
    for step in range(cfg.steps):
        seeds = range(base + step * cfg.batch_size, base + (step + 1) * cfg.batch_size)
        scenes, imgs, caps, styles = world_batch(seeds, cfg.style, cfg.image_size)
        px = torch.from_numpy(pixels(imgs, cfg.image_size))
        tgt = torch.from_numpy(patch_targets(scenes, cfg.image_size, cfg.patch_size)) if aux is not None else None
        loss_sum = 0.0
        groups = {}
        for i, st in enumerate(styles):
            groups.setdefault(st, []).append(i)
        opt.zero_grad(set_to_none=True)
        for st, idx in groups.items():
            ids, labels, mask = format_ids(PROMPTS[st], [caps[i] for i in idx], tok, n_img, cfg.max_response_tokens)
            out = model(input_ids=torch.from_numpy(ids), pixel_values=px[idx], attention_mask=torch.from_numpy(mask),
                        labels=torch.from_numpy(labels))
            w = len(idx) / len(styles)
            loss = out.loss
            if aux is not None:
                loss = loss + cfg.aux_weight * _aux_loss(aux, feats.pop("h"), tgt[idx])
            (loss * w).backward()
            loss_sum += out.loss.item() * w
        torch.nn.utils.clip_grad_norm_([p for _, p in params], 1.0)
        for g in opt.param_groups:
            g["lr"] = lr_at(step, cfg)
        opt.step()
        run += loss_sum
        n_run += 1
        if (step + 1) % log_every == 0 or step + 1 == cfg.steps:
            run /= n_run
            log["loss"].append(round(run, 4))
            log["step"].append(step + 1)
            if verbose:
                print(f"[{cfg.name}] step {step + 1}/{cfg.steps} loss {run:.3f} "
                      f"{time.perf_counter() - t0:.0f} s", flush=True)
            if callback is not None:
                callback(step + 1, model)
                model.train()
            run, n_run = 0.0, 0
    log["seconds"] = time.perf_counter() - t0
    if aux is not None:
        hook.remove()
    model.eval()
    return model, processor, log


# ---- decoding and evaluation -----------------------------------------------------------------

def caption(model, processor, images, style="coco", max_new_tokens=None, batch_size=64):
    """Greedy captions of images (PIL or uint8 arrays) with the style's prompt."""
    torch, _ = _need_torch()
    tok = _hf_tokenizer()
    cfg = model.config
    size = cfg.vision_config.image_size
    n_img = cfg.image_seq_length
    head = [IMAGE] * n_img + tok.encode(PROMPTS[style] + "\n").ids
    max_new_tokens = max_new_tokens or (40 if style == "coco" else 160)
    out = []
    model.eval()
    with torch.no_grad():
        for k in range(0, len(images), batch_size):
            chunk = images[k:k + batch_size]
            px = torch.from_numpy(pixels(chunk, size))
            ids = torch.tensor([head] * len(chunk), dtype=torch.long)
            gen = model.generate(input_ids=ids, pixel_values=px, attention_mask=torch.ones_like(ids),
                                 max_new_tokens=max_new_tokens, do_sample=False, eos_token_id=EOS, pad_token_id=PAD)
            for row in gen[:, ids.shape[1]:].tolist():
                if EOS in row:
                    row = row[:row.index(EOS)]
                out.append(tok.decode([i for i in row if i > IMAGE]))
    return out


def truth_labels(scene, text, tokenizer):
    """(verdict, token labels) of a caption: labels int8 over its tokens (1 good, 0 inside a
    span check() blames); tokenizer: a tldr.Tokenizer."""
    from tldr.perturb import span_labels

    from .check import check

    verdict, spans = check(scene, text)
    enc = tokenizer.encode(text)
    return verdict, span_labels(enc.offsets, spans)


def evaluate(model, processor, n_scenes=200, *, style="coco", seed=HELD_OUT, captions=None):
    """True error rates of a captioner on held-out scenes (seeds seed..seed+n-1) by check().

    Returns {"response_error_rate": false captions / all, "unknown_rate", "token_error_rate":
    mean over captions of blamed tokens / tokens, "captions": [...]} (unknown captions count
    as not false; their share is reported)."""
    from .scene import Scene
    from .tokenizer import load

    scenes = [Scene.sample(seed + k) for k in range(n_scenes)]
    if captions is None:
        size = model.config.vision_config.image_size
        captions = caption(model, processor, [s.render(size) for s in scenes], style=style)
    tok = load()
    verdicts, rates = [], []
    for s, c in zip(scenes, captions):
        v, lab = truth_labels(s, c, tok)
        verdicts.append(v)
        rates.append(float((lab == 0).mean()) if len(lab) else 0.0)
    return {
        "response_error_rate": verdicts.count("false") / n_scenes,
        "unknown_rate": verdicts.count("unknown") / n_scenes,
        "token_error_rate": float(np.mean(rates)),
        "captions": captions,
        "verdicts": verdicts,
    }


# ---- saving and loading ----------------------------------------------------------------------

def save(model, processor, path, cfg=None, extra=None, half=True):
    """model (as float16 safetensors when half: half the bytes, loaded back as float32),
    processor and captioner.json (config and anything in extra)."""
    torch, _ = _need_torch()
    os.makedirs(path, exist_ok=True)
    m = model
    if half:
        import copy

        m = copy.deepcopy(model).to(torch.float16)
    m.save_pretrained(path, safe_serialization=True)
    processor.save_pretrained(path)
    meta = {"config": cfg.to_dict() if cfg else None}
    meta.update(extra or {})
    with open(os.path.join(path, "captioner.json"), "w") as f:
        json.dump(meta, f, indent=1)


def available():
    """Names of the captioners shipped in tldr/data/world/captioners/."""
    if not os.path.isdir(CAPTIONER_DIR):
        return []
    return sorted(d for d in os.listdir(CAPTIONER_DIR) if os.path.isfile(os.path.join(CAPTIONER_DIR, d, "config.json")))


def load(name_or_path):
    """(model, processor, meta) of a shipped captioner (by name) or a saved directory;
    the model in float32, eval mode."""
    torch, transformers = _need_torch()
    path = name_or_path if os.path.isdir(name_or_path) else os.path.join(CAPTIONER_DIR, name_or_path)
    if not os.path.isfile(os.path.join(path, "config.json")):
        raise FileNotFoundError(f"no captioner at {path} (shipped: {', '.join(available()) or 'none'})")
    model = transformers.AutoModelForImageTextToText.from_pretrained(path, dtype=torch.float32)
    model.eval()
    processor = transformers.AutoProcessor.from_pretrained(path)
    meta = {}
    if os.path.isfile(os.path.join(path, "captioner.json")):
        with open(os.path.join(path, "captioner.json")) as f:
            meta = json.load(f)
    return model, processor, meta
