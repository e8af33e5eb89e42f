"""Label noise of the perturbation engine in the world (docs/reproduction.md).

For n scenes (seeds 0..n-1), each described COCO-like and dense, one engine negative per
category (``Perturber.perturb(caption, category=c, n=1)``), balanced (the default) and with
``balance=False`` and balanced by world caption counts (tldr/data/world/weights.lex);
``tldr.world.check`` judges each negative in its scene. Prints the
markdown table of docs/reproduction.md and, with --json, writes the numbers.

    python scripts/world_label_noise.py --scenes 2000 [--json noise.json] [--examples 3]
    python scripts/world_label_noise.py --write-weights   # regenerate tldr/data/world/weights.lex
"""

import argparse
import json
import time

import tldr
from tldr.world.data import WEIGHTS_PATH, world_perturber, write_world_weights
from tldr.world.noise import engine_label_noise, noise_table


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--scenes", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", default=None)
    ap.add_argument("--examples", type=int, default=0, help="print this many non-false negatives per category")
    ap.add_argument("--write-weights", action="store_true", help=f"regenerate {WEIGHTS_PATH} and exit")
    args = ap.parse_args(argv)
    if args.write_weights:
        print(write_world_weights())
        return
    t0 = time.perf_counter()
    rows = {}
    for name, balance in (("balanced", True), ("balance=False", False)):
        rows[name] = engine_label_noise(args.scenes, balance=balance, seed=args.seed, examples=args.examples)
    rows["world-balanced"] = engine_label_noise(args.scenes, seed=args.seed, examples=args.examples,
                                                perturber=world_perturber(args.seed))
    print(noise_table(rows))
    print(f"\n{args.scenes} scenes x 2 styles, seed {args.seed}, {time.perf_counter() - t0:.1f} s")
    if args.examples:
        for name, r in rows.items():
            print(f"\n## {name}: negatives the checker does not find false")
            for c in tldr.CATEGORIES:
                for verdict, cap, neg in r[c]["examples"]:
                    print(f"- [{c}, {verdict}] {cap!r} -> {neg!r}")
    if args.json:
        for r in rows.values():
            for c in r.values():
                c.pop("examples", None)
        with open(args.json, "w") as f:
            json.dump({"scenes": args.scenes, "seed": args.seed, "rows": rows}, f, indent=1)


if __name__ == "__main__":
    main()
