"""Time captioner training steps and greedy captioning on this machine (docs/reproduction.md).

For each size of scripts/train_world_captioner.py: seconds per training step (batch 32,
COCO-style captions, scene generation included) with 1 and 2 torch threads, and captions
per second of greedy decoding. Print `uptime` beside the numbers: on a shared machine they
move with the load.

    python scripts/bench_world_captioner.py [--steps 30] [--sizes tiny,base,large]
"""

import argparse
import dataclasses
import os
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))

from train_world_captioner import SIZES  # noqa: E402

from tldr.world import Scene, captioner as C  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--steps", type=int, default=30)
    ap.add_argument("--sizes", default="tiny,base,large")
    args = ap.parse_args(argv)
    import torch

    print(f"load: {os.getloadavg()}")
    print("| size | params | threads | s / step | captions / s |")
    print("|---|---|---|---|---|")
    imgs = [Scene.sample(C.HELD_OUT + k).render(64) for k in range(64)]
    for size in args.sizes.split(","):
        for threads in (1, 2):
            cfg = dataclasses.replace(C.CaptionerConfig(**SIZES[size]), steps=args.steps + 5, threads=threads,
                                      name=size)
            marks = {}
            C.train(cfg, log_every=5, callback=lambda s, m: marks.setdefault(s, time.perf_counter()))
            model, proc, _ = C.train(dataclasses.replace(cfg, steps=1), log_every=1)
            per_step = (marks[cfg.steps] - marks[5]) / args.steps
            torch.set_num_threads(threads)
            t = time.perf_counter()
            C.caption(model, proc, imgs, max_new_tokens=20)
            cps = len(imgs) / (time.perf_counter() - t)
            n = sum(p.numel() for p in model.parameters())
            print(f"| {size} | {n:,} | {threads} | {per_step:.3f} | {cps:.0f} |", flush=True)


if __name__ == "__main__":
    main()
