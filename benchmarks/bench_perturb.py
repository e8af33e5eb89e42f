"""Captions per second for "tokenize + 8 negatives + token labels".

tldr: Perturber.perturb_batch (C, GIL released) + Tokenizer.encode_batch + C labels, i.e.
tldr.make_negatives, with 1 and 2 threads, for Perturber(balance=False) (every drawn edit:
up to 8 negatives per caption) and the default balanced perturber (fewer negatives).
Python peer (same run, same rules): the pure-Python twin engine tldr.perturb._reference
(the same rules written with `re`), HF `tokenizers` (the same tokenizer file) for ids and
offsets, labels from the offsets in Python. Both produce the same negatives (the twin is
tested equal to C). Also: count_weights (the corpus counts of balanced sampling) in C
against the twin.

make_negatives runs as one C call (draw, tokenize, label and lay out the rows per chunk of
captions on threads, csrc/core/perturb/negatives.c) for a tldr.Tokenizer; the rows marked
"in steps" time the path it replaced, which other tokenizers still take (draw_batch, then
encode_batch over captions + negatives, labels and the row layout in NumPy), in the same
run, so the ratio "c / steps" is measured under the same load.

Issue 12's speed goals: the tokenizer is Llama-3.1's (``--tokenizer``, default the shared
``tokenizers/hf/llama3_1/tokenizer.json``; ``gpt2`` for the bundled GPT-2); ``--big N``
(default 200,000: COCO captions repeated) gives 2 threads against 1 on a large batch;
``--million N`` (default 1,000,000) times make_negatives(per_caption=8) on 2 threads in a
child process and reports its peak RSS (ru_maxrss); ``--million-path c,steps`` runs the
path in steps too (one child each).

    python benchmarks/bench_perturb.py [--coco N] [--iiw N] [--python-coco N] [--python-iiw N] [--reps N]
        [--tokenizer gpt2|PATH] [--big N] [--million N] [--million-balance true|true,false]
        [--million-path c|c,steps] [--only small,big,million,weights]

Needs ../shared/data (COCO val2017 captions, IIW/DOCCI descriptions) and `tokenizers`.
"""

import argparse
import json
import os
import pathlib
import resource
import subprocess
import sys
import time


import tldr
from tldr.perturb import _reference as ref
from tldr.perturb import dataset, lexicon

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
LLAMA = SHARED / "tokenizers" / "hf" / "llama3_1" / "tokenizer.json"


def load(n_coco, n_iiw):
    coco = [a["caption"].strip() for a in json.load(open(SHARED / "captions/coco/captions_val2017.json"))["annotations"]]
    iiw = []
    for f in sorted((SHARED / "captions/iiw").glob("*.jsonl")):
        for line in f.read_text().splitlines():
            d = json.loads(line)
            for k in ("IIW", "DOCCI"):
                if isinstance(d.get(k), str) and d[k].strip():
                    iiw.append(d[k].strip())
    return coco[:n_coco], iiw[:n_iiw]


def best_of(fn, reps):
    best = float("inf")
    for _ in range(reps):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def python_pipeline(caps, engine, hf, balance):
    out = 0
    for c in caps:
        negs = engine.perturb(c, ref.CATEGORIES, 8, 0, balance)
        encs = hf.encode_batch([c] + [t for t, _, _ in negs])
        for (t, _, edits), enc in zip(negs, encs[1:]):
            spans = [(e[2], e[3]) for e in edits]
            labels = [0 if any(s < ne and ns < e for ns, ne in spans) else 1 for s, e in enc.offsets]
            out += len(labels)
    return out


def tokenizers_for(name):
    """(tldr tokenizer, HF tokenizers peer, label) of --tokenizer"""
    from tokenizers import Tokenizer as HFTokenizer
    if name == "gpt2":
        from tokenizers.models import BPE
        from tokenizers.pre_tokenizers import ByteLevel
        from tokenizers.decoders import ByteLevel as ByteLevelDecoder
        gpt2 = pathlib.Path(tldr.__file__).parent / "data" / "gpt2"
        hf = HFTokenizer(BPE.from_file(str(gpt2 / "vocab.json"), str(gpt2 / "merges.txt")))
        hf.pre_tokenizer = ByteLevel(add_prefix_space=False)
        hf.decoder = ByteLevelDecoder()
        return tldr.Tokenizer.gpt2(), hf, "GPT-2"
    return tldr.Tokenizer.from_file(name), HFTokenizer.from_file(str(name)), str(name)


def in_steps(caps, tok, p, num_threads):
    """make_negatives by the path in steps (the one before the single C call)"""
    return dataset._negatives_in_steps(caps, tok, p, 8, num_threads)


def repeated(caps, n):
    """n captions: caps repeated (the engine keeps nothing between captions)"""
    return (caps * (n // max(len(caps), 1) + 1))[:n]


def small(a, tok, hf, coco, iiw):
    for bal in (False, True):
        p = tldr.Perturber(seed=0, balance=bal)
        engine = ref.Engine(p.files)
        print(f"\nPerturber(balance={bal})")
        print(f"{'corpus':<6} {'pipeline':<34} {'captions':>9} {'captions/s':>11} {'x python':>9} {'neg/caption':>11}")
        for name, caps, npy in (("COCO", coco, a.python_coco), ("IIW", iiw, a.python_iiw)):
            t_py = best_of(lambda: python_pipeline(caps[:npy], engine, hf, p.balance), 1)
            py_rate = npy / t_py
            print(f"{name:<6} {'python (re twin + HF tokenizers)':<34} {npy:>9} {py_rate:>11,.0f} {1.0:>9.1f}")
            nneg = len(p.perturb_batch(caps, 8, 1)[0]) / max(len(caps), 1)
            for th in (1, 2):
                # alternated, so that a change of load hits both paths alike
                t, t_steps = float("inf"), float("inf")
                for _ in range(a.reps):
                    t = min(t, best_of(lambda: tldr.make_negatives(caps, tok, p, per_caption=8, num_threads=th), 1))
                    t_steps = min(t_steps, best_of(lambda: in_steps(caps, tok, p, th), 1))
                for what, tt in (("tldr make_negatives", t), ("  in steps (before)", t_steps)):
                    rate = len(caps) / tt
                    print(f"{name:<6} {f'{what}, {th} thread(s)':<34} {len(caps):>9} {rate:>11,.0f} "
                          f"{rate / py_rate:>9.1f} {nneg:>11.2f}")
                print(f"{name:<6} {'  make_negatives / in steps':<34} {'':>9} {t_steps / t:>10.2f}x")
            t = best_of(lambda: p.perturb_batch(caps, 8, 1), a.reps)
            print(f"{name:<6} {'  of which perturb only, 1 thread':<34} {len(caps):>9} {len(caps) / t:>11,.0f}")
            t = best_of(lambda: tok.encode_batch(caps, num_threads=1), a.reps)
            print(f"{name:<6} {'  of which tokenize positives only':<34} {len(caps):>9} {len(caps) / t:>11,.0f}")


def big(a, tok, coco):
    caps = repeated(coco, a.big)
    print(f"\nmake_negatives(per_caption=8) on {len(caps):,} COCO captions (repeated), best of {a.reps}")
    print(f"{'perturber, path':<30} {'1 thread: captions/s':>21} {'2 threads: captions/s':>22} {'2 / 1':>6}")
    for bal in (False, True):
        p = tldr.Perturber(seed=0, balance=bal)
        paths = (("make_negatives", lambda th: tldr.make_negatives(caps, tok, p, per_caption=8, num_threads=th)),
                 ("in steps (before)", lambda th: in_steps(caps, tok, p, th)))
        best = {}
        for _ in range(a.reps):  # alternated: a change of load hits every cell alike
            for name, f in paths:
                for th in (1, 2):
                    best[name, th] = min(best.get((name, th), float("inf")), best_of(lambda: f(th), 1))
        for name, _ in paths:
            r = [len(caps) / best[name, th] for th in (1, 2)]
            print(f"{f'balance={bal}, {name}':<30} {r[0]:>21,.0f} {r[1]:>22,.0f} {r[1] / r[0]:>6.2f}")


def million(a, tok, coco):
    """one run in this (child) process: its wall time and peak RSS"""
    caps = repeated(coco, a.million)
    p = tldr.Perturber(seed=0, balance=a.balance == "true")
    t = time.perf_counter()
    if a.million_path == "steps":
        ds = in_steps(caps, tok, p, 2)
    else:
        ds = tldr.make_negatives(caps, tok, p, per_caption=8, num_threads=2)
    t = time.perf_counter() - t
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20
    print(f"{'balance=' + a.balance + ', ' + a.million_path:<22} {len(caps):>10,} {t:>8.1f} "
          f"{len(ds.texts) - len(caps):>12,} {rss:>13.2f}")


def weights(a, coco):
    print("\ncount_weights (the counts of weights.lex) over COCO")
    print(f"{'pipeline':<34} {'captions':>9} {'captions/s':>11} {'x python':>9}")
    lex = ref.Lexicon([f for f in lexicon.load_files() if f[1] != "weights"])
    npy = a.python_coco
    t_py = best_of(lambda: ref.count_weights(lex, coco[:npy]), 1)
    print(f"{'python twin':<34} {npy:>9} {npy / t_py:>11,.0f} {1.0:>9.1f}")
    for th in (1, 2):
        t = best_of(lambda: tldr.perturb.count_weights(coco, num_threads=th), a.reps)
        print(f"{f'tldr count_weights, {th} thread(s)':<34} {len(coco):>9} {len(coco) / t:>11,.0f} "
              f"{len(coco) / t / (npy / t_py):>9.1f}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--coco", type=int, default=25014)
    ap.add_argument("--iiw", type=int, default=712)
    ap.add_argument("--python-coco", type=int, default=1000)
    ap.add_argument("--python-iiw", type=int, default=60)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--tokenizer", default=str(LLAMA) if LLAMA.is_file() else "gpt2")
    ap.add_argument("--big", type=int, default=200_000)
    ap.add_argument("--million", type=int, default=1_000_000)
    ap.add_argument("--only", default="small,big,million,weights")
    # balance=False writes 6.8 negatives per COCO caption against 4.3: on 1,000,000 captions
    # its dataset passes 6 GiB (the balanced run peaked at 4.3 GiB), so it runs on request only
    ap.add_argument("--million-balance", default="true", help="perturbers of --million: true, or true,false")
    ap.add_argument("--million-path", default="c", help="paths of --million: c (make_negatives), or c,steps")
    ap.add_argument("--balance", default="true", help=argparse.SUPPRESS)  # the child of --only million
    a = ap.parse_args()
    tok, hf, tname = tokenizers_for(a.tokenizer)
    coco, iiw = load(a.coco, a.iiw)
    only = a.only.split(",")
    if a.only == "million-child":
        return million(a, tok, coco)
    print(f"tldr {tldr.__version__}; {tldr.build_info()}; tokenizer {tname}; load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if "small" in only:
        small(a, tok, hf, coco, iiw)
    if "big" in only and a.big:
        big(a, tok, coco)
    if "million" in only and a.million:
        print(f"\nmake_negatives(per_caption=8), 2 threads, one child process each")
        print(f"{'perturber':<22} {'captions':>10} {'seconds':>8} {'negatives':>12} {'peak RSS GiB':>13}")
        for bal in a.million_balance.split(","):
            for path in a.million_path.split(","):
                sys.stdout.flush()
                subprocess.run([sys.executable, __file__, "--only", "million-child", "--balance", bal, "--coco",
                                str(a.coco), "--million", str(a.million), "--tokenizer", a.tokenizer,
                                "--million-path", path], check=True)
    if "weights" in only:
        weights(a, coco)


if __name__ == "__main__":
    main()
