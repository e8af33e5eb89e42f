"""Train the world captioners shipped in tldr/data/world/captioners/ (deterministic for a seed
on one machine; the numbers of docs/reproduction.md come from this script).

Two stages, as a LLaVA is made:

1. the vision tower (a SigLIP ``SiglipVisionModel``, 64x64 images in 8x8 patches) is
   pretrained alone on the patch task of ``captioner.pretrain_vision`` (kind, colour and
   size of the object on every patch) for --vision-steps steps of 64 fresh scenes;
2. for each size, a captioner (projector and Llama decoder) trains on top of the frozen
   tower; the weights at each budget (--budgets, in steps) are saved as a captioner of
   their own ("<size>-<steps>"), so the shipped captioners differ in size and training
   budget, and their true error rates (by tldr.world.check on held-out scenes) differ.

    python scripts/train_world_captioner.py --out tldr/data/world/captioners \\
        --sizes tiny,base --steps 3000 --budgets 150,600,3000 [--vision-steps 6000]

--vision-cache FILE keeps the pretrained tower (safetensors) to rerun stage 2 without
stage 1 (the file is not shipped: every captioner holds its own copy of the tower).

The shipped captioners (base-200, base-2000, tiny-1000, tiny-3000; base-600 of the first
run is left out: 7% of its captions are repetitions the checker cannot read) were made
with two stages on one tower (docs/reproduction.md has their measured error rates and times):

    python scripts/train_world_captioner.py --sizes base --steps 2000 --budgets 200,600 \
        --vision-steps 6000 --vision-cache vision-128x2-6000.safetensors
    python scripts/train_world_captioner.py --sizes tiny --steps 3000 --budgets 1000 \
        --vision-steps 6000 --vision-cache vision-128x2-6000.safetensors

(the first command pretrains the tower, about 25 min of one core, and keeps it in the
cache file; the second reads it from there).

--vision-steps 0 skips stage 1: each size's own smaller tower trains with the captioner,
grounded by the auxiliary patch loss (aux_weight 1), as the first shipped captioners were
made (a linear probe then reads the kind of 31% of the objects against 92% on the
pretrained tower).
"""

import argparse
import dataclasses
import json
import os
import time

from tldr.world import captioner as C

# Decoder sizes; every size reads the same pretrained tower (--vision-hidden, --vision-layers).
SIZES = {
    "tiny": dict(text_hidden=64, text_layers=1),
    "base": dict(text_hidden=96, text_layers=2),
    "large": dict(text_hidden=128, text_layers=3),
}


# The towers of --vision-steps 0 (trained with the captioner, aux loss).
JOINT_VISION = {
    "tiny": dict(vision_hidden=32, vision_layers=1),
    "base": dict(vision_hidden=64, vision_layers=2),
    "large": dict(vision_hidden=96, vision_layers=2),
}


def vision_tower(args):
    """The pretrained tower's state dict (from the cache when it matches, else trained)."""
    from safetensors.torch import load_file, save_file

    cfg = C.CaptionerConfig(vision_hidden=args.vision_hidden, vision_layers=args.vision_layers, seed=args.seed,
                            threads=args.threads)
    meta = {"vision_hidden": str(args.vision_hidden), "vision_layers": str(args.vision_layers),
            "steps": str(args.vision_steps), "seed": str(args.seed)}
    if args.vision_cache and os.path.isfile(args.vision_cache):
        from safetensors import safe_open

        with safe_open(args.vision_cache, "pt") as f:
            have = f.metadata() or {}
        if {k: have.get(k) for k in meta} == meta:
            print(f"vision tower from {args.vision_cache}", flush=True)
            return load_file(args.vision_cache), json.loads(have.get("log", "null"))
    sd, log = C.pretrain_vision(cfg, args.vision_steps, verbose=True)
    if args.vision_cache:
        save_file({k: v.contiguous() for k, v in sd.items()}, args.vision_cache,
                  metadata=dict(meta, log=json.dumps(log)))
    return sd, log


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=C.CAPTIONER_DIR)
    ap.add_argument("--sizes", default="base", help="comma-separated: " + ", ".join(SIZES))
    ap.add_argument("--steps", type=int, default=3000)
    ap.add_argument("--budgets", default="", help="comma-separated steps to save (default: the last)")
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--style", default="coco")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--vision-hidden", type=int, default=128)
    ap.add_argument("--vision-layers", type=int, default=2)
    ap.add_argument("--vision-steps", type=int, default=6000,
                    help="stage 1 steps; 0: no stage 1, the tower trains with the captioner")
    ap.add_argument("--vision-cache", default="", help="safetensors file to keep / reuse the pretrained tower")
    ap.add_argument("--eval", type=int, default=300, help="held-out scenes to measure each saved captioner on")
    ap.add_argument("--log-every", type=int, default=50)
    args = ap.parse_args(argv)
    budgets = sorted({int(b) for b in args.budgets.split(",") if b} | {args.steps})
    if any(b % args.log_every for b in budgets):
        ap.error(f"every budget must be a multiple of --log-every ({args.log_every})")
    vision, vlog = vision_tower(args) if args.vision_steps > 0 else (None, None)
    summary = []
    for size in args.sizes.split(","):
        if vision is not None:
            tower = dict(vision_hidden=args.vision_hidden, vision_layers=args.vision_layers, freeze_vision=True,
                         aux_weight=0.0)
        else:
            tower = dict(JOINT_VISION[size], freeze_vision=False, aux_weight=1.0)
        cfg = C.CaptionerConfig(name=size, style=args.style, steps=args.steps, lr=args.lr,
                                batch_size=args.batch_size, seed=args.seed, threads=args.threads,
                                **tower, **SIZES[size])
        t0 = time.perf_counter()
        proc = C.build_processor(cfg)

        def save_budget(step, model, size=size, cfg=cfg, proc=proc, t0=t0):
            if step not in budgets:
                return
            seconds = time.perf_counter() - t0
            ev = C.evaluate(model, proc, args.eval, style=args.style) if args.eval else {}
            name = f"{size}-{step}"
            row = {"name": name, "steps": step, "train_seconds": round(seconds, 1),
                   "params": sum(p.numel() for p in model.parameters()),
                   "response_error_rate": ev.get("response_error_rate"),
                   "token_error_rate": ev.get("token_error_rate"), "unknown_rate": ev.get("unknown_rate"),
                   "eval_scenes": args.eval, "examples": ev.get("captions", [])[:5]}
            vision_meta = {"steps": args.vision_steps, "probe": vlog["probe"][-1] if vlog else None,
                           "seconds": round(vlog["seconds"], 1) if vlog else None}
            C.save(model, proc, os.path.join(args.out, name), dataclasses.replace(cfg, steps=step),
                   extra={"trained": row, "schedule_steps": args.steps, "vision_pretraining": vision_meta})
            summary.append(row)
            print(json.dumps({k: v for k, v in row.items() if k != "examples"}), flush=True)

        C.train(cfg, vision=vision, log_every=args.log_every, callback=lambda s, m: save_budget(s, m), verbose=True)
    print("\n| captioner | params | steps | train s | response error | token error | unknown |")
    print("|---|---|---|---|---|---|---|")
    for r in summary:
        print(f"| {r['name']} | {r['params']:,} | {r['steps']} | {r['train_seconds']:.0f} | "
              f"{r['response_error_rate']} | {r['token_error_rate']} | {r['unknown_rate']} |")


if __name__ == "__main__":
    main()
