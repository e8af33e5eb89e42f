"""``tldr train`` and ``tldr score``: the VLM reward model from the command line.

    tldr train --backbone PATH --data FILE.jsonl|.json|.parquet --images DIR --out DIR [--naive] [options]
    tldr score --model DIR [--backbone PATH] --data FILE --images DIR --out FILE.jsonl

Training rows are examples (``image``, ``prompt``, ``response``, ``bad_spans``) or
captions (``image``, ``caption``; COCO's captions_*.json too), which get hard negatives
from the perturbation engine (``--per-caption``). Defaults are the paper's
hyper-parameters (docs/vlm.md). Scoring rows need ``image`` and ``response`` (or
``caption``/``text``); each output line is the input row plus ``ids``, ``offsets``,
``probs``, ``response_prob`` and ``flagged`` (the words ``tldr.flag_spans`` flags).

``register(subparsers)`` adds both commands; importing this module imports nothing heavy
(torch and transformers load when a command runs).
"""

from __future__ import annotations

import argparse
import json
import os

__all__ = ["register"]


def _add_train(sub):
    p = sub.add_parser("train", help="train a TLDR reward model on a VLM backbone (needs the [vlm] extra)",
                       description="Train TLDR (LoRA + token head) on a vision-language backbone with "
                                   "transformers.Trainer; defaults are the paper's hyper-parameters.")
    p.add_argument("--backbone", required=True, help="directory of a transformers *ForConditionalGeneration "
                   "checkpoint (PaliGemma, LLaVA, Qwen2-VL, Mllama, Idefics3) with its processor")
    p.add_argument("--data", required=True, help="training rows: .jsonl, .json (COCO captions too) or .parquet")
    p.add_argument("--images", default=None, help="directory that relative image paths are under")
    p.add_argument("--out", required=True, help="output directory (checkpoints and the final model)")
    p.add_argument("--naive", action="store_true", help="the paper's naive baseline (loss at the last token only)")
    p.add_argument("--eval-data", default=None, help="evaluation rows (same formats); reports the paper's row "
                   "after each epoch and at the end (written to OUT/eval_results.json)")
    p.add_argument("--prompt", default=None, help="prompt of rows without one (default: tldr.vlm.DEFAULT_PROMPT)")
    p.add_argument("--per-caption", type=int, default=6, help="negatives per caption for caption rows (6)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--lora-rank", type=int, default=512)
    p.add_argument("--lora-alpha", type=float, default=128)
    p.add_argument("--lora-dropout", type=float, default=0.1)
    p.add_argument("--dtype", default=None, help="backbone dtype (bfloat16, float16, float32; default: the checkpoint's)")
    p.add_argument("--epochs", type=float, default=1.0)
    p.add_argument("--max-steps", type=int, default=-1)
    p.add_argument("--lr", type=float, default=1e-3)
    p.add_argument("--batch-size", type=int, default=8, help="per device")
    p.add_argument("--grad-accum", type=int, default=8)
    p.add_argument("--warmup-steps", type=int, default=200)
    p.add_argument("--max-length", type=int, default=None, help="cut rows longer than this (see docs/vlm.md)")
    p.add_argument("--logging-steps", type=int, default=10)
    p.add_argument("--save-steps", type=int, default=500)
    p.add_argument("--bf16", action="store_true", help="bfloat16 mixed precision")
    p.add_argument("--activation-checkpointing", action="store_true", help="trade compute for memory")
    p.add_argument("--cpu", action="store_true", help="train on the CPU even when a GPU is there")
    p.add_argument("--resume", nargs="?", const=True, default=None,
                   help="resume from the last checkpoint in --out (or from the given one)")
    p.set_defaults(func=_train, error_status=1)  # tldr/cli.py main prints the error


def _add_score(sub):
    p = sub.add_parser("score", help="score responses token by token with a trained model (needs the [vlm] extra)",
                       description="Write P(good) of every token of every response (JSON lines).")
    p.add_argument("--model", required=True, help="directory written by tldr train / TLDRModel.save_pretrained")
    p.add_argument("--backbone", default=None, help="backbone checkpoint (default: the one recorded in --model)")
    p.add_argument("--data", required=True, help="rows with image and response (.jsonl, .json or .parquet)")
    p.add_argument("--images", default=None, help="directory that relative image paths are under")
    p.add_argument("--out", required=True, help="output .jsonl")
    p.add_argument("--prompt", default=None, help="prompt of rows without one")
    p.add_argument("--batch-size", type=int, default=8)
    p.add_argument("--max-length", type=int, default=None)
    p.add_argument("--threshold", type=float, default=0.5, help="tokens below it are flagged (0.5)")
    p.add_argument("--dtype", default=None)
    p.set_defaults(func=_score, error_status=1)


def register(subparsers):
    """Add ``train`` and ``score`` to an argparse subparsers object."""
    _add_train(subparsers)
    _add_score(subparsers)


def _examples(path, images, prompt, per_caption, seed):
    from .data import read_rows
    from .examples import DEFAULT_PROMPT, examples_from_captions

    rows = read_rows(path, images)
    prompt = DEFAULT_PROMPT if prompt is None else prompt
    if rows and all("response" in r for r in rows):
        for r in rows:
            r.setdefault("prompt", prompt)
        return rows
    if rows and all("caption" in r for r in rows):
        names = dict.fromkeys(k for r in rows for k in r)  # every input column rides along (image_id, ...)
        return examples_from_captions([r.get("image") for r in rows], [r["caption"] for r in rows],
                                      per_caption=per_caption, prompt=prompt, seed=seed,
                                      columns={k: [r.get(k) for r in rows] for k in names})
    from .._core import InvalidInputError

    raise InvalidInputError(f"{path}: every row needs 'response' (examples) or 'caption' (captions)")


def _train(args):
    from transformers.trainer_utils import get_last_checkpoint

    from .model import TLDRModel
    from .trainer import TLDRTrainer, paper_training_arguments

    train = _examples(args.data, args.images, args.prompt, args.per_caption, args.seed)
    evald = None if args.eval_data is None else _examples(args.eval_data, args.images, args.prompt,
                                                          args.per_caption, args.seed)
    model = TLDRModel.from_backbone(args.backbone, lora_rank=args.lora_rank, lora_alpha=args.lora_alpha,
                                    lora_dropout=args.lora_dropout, head="naive" if args.naive else "token",
                                    dtype=args.dtype, seed=args.seed)
    if model.processor is None:
        raise OSError(f"{args.backbone}: no processor found beside the weights")
    targs = paper_training_arguments(
        args.out, learning_rate=args.lr, warmup_steps=args.warmup_steps, per_device_train_batch_size=args.batch_size,
        per_device_eval_batch_size=args.batch_size, gradient_accumulation_steps=args.grad_accum,
        num_train_epochs=args.epochs, max_steps=args.max_steps, logging_steps=args.logging_steps,
        save_steps=args.save_steps, bf16=args.bf16, activation_checkpointing=args.activation_checkpointing,
        seed=args.seed, use_cpu=args.cpu, eval_strategy="no" if evald is None else "epoch")
    from .collator import TLDRCollator

    trainer = TLDRTrainer(model, targs, data_collator=TLDRCollator(model.processor, max_length=args.max_length),
                          train_dataset=train, eval_dataset=evald)
    resume = args.resume
    if resume is True:
        resume = get_last_checkpoint(args.out)
        if resume is None:
            raise OSError(f"--resume: no checkpoint in {args.out}")
    trainer.train(resume_from_checkpoint=resume)
    trainer.save_model(args.out)
    if evald is not None:
        m = trainer.evaluate()
        trainer.save_metrics("eval", m)  # out/eval_results.json
        print(json.dumps(m, indent=1))
    print(f"tldr train: wrote {args.out} ({len(train)} examples, head {model.head_kind})")
    return 0


def _jsonable(v):
    if isinstance(v, (str, int, float, bool)) or v is None:
        return v
    if isinstance(v, (list, tuple)):
        return [_jsonable(x) for x in v]
    if isinstance(v, dict):
        return {str(k): _jsonable(x) for k, x in v.items()}
    if hasattr(v, "tolist"):
        return v.tolist()
    return str(v)


def _score(args):
    from .data import read_rows
    from .model import TLDRModel

    rows = read_rows(args.data, args.images)
    responses = []
    for i, r in enumerate(rows):
        text = r.get("response", r.get("caption", r.get("text")))
        if not isinstance(text, str):
            raise OSError(f"{args.data}: row {i + 1} has no response (or caption / text)")
        responses.append(text)
    model = TLDRModel.from_pretrained(args.model, backbone=args.backbone, dtype=args.dtype)
    if model.processor is None:
        raise OSError("no processor found beside the backbone's weights")
    prompts = [r.get("prompt", args.prompt) for r in rows]
    scores = model.score([r.get("image") for r in rows], responses, prompts, batch_size=args.batch_size,
                         max_length=args.max_length)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        for r, s in zip(rows, scores):
            flagged = [[sp.start, sp.end, sp.text] for fs in s.flag_spans(args.threshold) for sp in fs.spans]
            out = {k: _jsonable(v) for k, v in r.items()}
            out.update(ids=s.ids.tolist(), offsets=s.offsets.tolist(), probs=[round(float(p), 6) for p in s.probs],
                       response_prob=s.response_prob, flagged=flagged)
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print(f"tldr score: wrote {len(scores)} rows to {args.out}")
    return 0


def main(argv=None):  # pragma: no cover - `python -m tldr.vlm.cli` for a quick look
    p = argparse.ArgumentParser(prog="tldr")
    register(p.add_subparsers(dest="command", required=True))
    a = p.parse_args(argv)
    return a.func(a)
