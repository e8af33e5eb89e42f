"""Train the world captioners shipped in tldr/data/world/captioners/ (deterministic for a seed
on one machine; the numbers of docs/reproduction.md come from this script).

One training run per size; the weights at each budget (--budgets, in steps) are saved as a
captioner of their own ("<name>-<steps>"), so the shipped captioners differ in training
budget and size and their true error rates (by tldr.world.check on held-out scenes) differ.

    python scripts/train_world_captioner.py --out tldr/data/world/captioners \
        [--sizes base] [--steps 3000] [--budgets 300,1000,3000] [--eval 300]
"""

import argparse
import dataclasses
import json
import os
import time

from tldr.world import captioner as C

SIZES = {
    "tiny": dict(vision_hidden=32, vision_layers=1, text_hidden=64, text_layers=1),
    "base": dict(vision_hidden=64, vision_layers=2, text_hidden=96, text_layers=2),
    "large": dict(vision_hidden=96, vision_layers=2, text_hidden=128, text_layers=3),
}


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
    ap.add_argument("--eval", type=int, default=300, help="held-out scenes to measure each saved captioner on")
    ap.add_argument("--log-every", type=int, default=100)
    args = ap.parse_args(argv)
    budgets = sorted({int(b) for b in args.budgets.split(",") if b} | {args.steps})
    summary = []
    for size in args.sizes.split(","):
        cfg = C.CaptionerConfig(name=size, style=args.style, steps=args.steps, lr=args.lr,
                                batch_size=args.batch_size, seed=args.seed, threads=args.threads, **SIZES[size])
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
            C.save(model, proc, os.path.join(args.out, name), dataclasses.replace(cfg, steps=step),
                   extra={"trained": row, "schedule_steps": args.steps})
            summary.append(row)
            print(json.dumps({k: v for k, v in row.items() if k != "examples"}), flush=True)

        C.train(cfg, log_every=args.log_every, callback=lambda s, m: save_budget(s, m), verbose=True)
    print("\n| captioner | params | steps | train s | response error | token error | unknown |")
    print("|---|---|---|---|---|---|---|")
    for r in summary:
        print(f"| {r['name']} | {r['params']:,} | {r['steps']} | {r['train_seconds']:.0f} | "
              f"{r['response_error_rate']} | {r['token_error_rate']} | {r['unknown_rate']} |")


if __name__ == "__main__":
    main()
