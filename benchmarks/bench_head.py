"""Benchmark: one fused training step of the TLDR token head (loss, dW, db), against the
single-read floor and PyTorch, on the CPU this runs on.

Measured in the same run, on the same hidden states H (N x D, K = 1, the paper's head):
  floor      the single-read floor: one float32 ``H @ w`` matrix-vector product (NumPy BLAS)
  forward    ``_core.head_forward`` (logits only: one read of H)
  step       ``_core.head_loss_grad`` (loss, dW, db in one read of H), float32 and bfloat16 H
  numpy      a two-pass NumPy step (H @ w, then H.T @ g)
  torch      PyTorch CPU ``nn.Linear`` + ``BCEWithLogitsLoss`` forward + backward, f32 and bf16
plus the per-call time at N = 64.

Reliable on a shared machine: every measurement of a shape runs once per round, in the
same order, for ``--repeat`` rounds (>= 9), so a burst of load from elsewhere hits all of
them alike; each ratio is the median over rounds of (time / that round's floor), with
the ratio of median times in the JSON the workers print. With one thread the clock is
the calling thread's CPU time (``--clock auto``): the time other processes hold the CPU
is left out, so a busy machine gives the same ratios as a quiet one, up to the memory
bandwidth they share; ``--clock wall`` measures elapsed time. Each thread count runs in
its own process with OPENBLAS_NUM_THREADS, OMP_NUM_THREADS, MKL_NUM_THREADS,
TLDR_NUM_THREADS and ``torch.set_num_threads`` set alike; ``--cpus`` pins that process
(like ``taskset``). The header names the CPU, the head's instruction-set path, its cache
sizes, the clock and the load average.

    python benchmarks/bench_head.py                    # 1 thread, pinned to CPU 1 if it exists
    python benchmarks/bench_head.py --clock wall       # elapsed time (on a quiet machine)
    python benchmarks/bench_head.py --threads 1,2 --cpus all
    python benchmarks/bench_head.py --quick            # small shapes, a smoke test
    python benchmarks/bench_head.py --markdown out.md  # also write the tables as Markdown
    TLDR_ISA=avx2 python benchmarks/bench_head.py      # another instruction-set path
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time

# The goals of issue 13, on one thread: (name, measure key, shape, comparison, bound).
GOALS = [
    ("fused f32 step / floor", "step_f32", (32768, 2048), "<=", 1.15),
    ("forward only / floor", "forward_f32", (32768, 2048), "<=", 1.0),
    ("bf16 step / f32 floor", "step_bf16", (32768, 2048), "<=", 0.60),
    ("D = 4096 f32 step / floor", "step_f32", (32768, 4096), "<=", 1.15),
    ("PyTorch step / tldr step (f32)", "torch_over_tldr", (32768, 2048), ">=", 1.8),
]


def rounds(fns, repeat, clock, warmup=1, evict=None):
    """Time every fn once per round, in order, for `repeat` rounds: {name: [seconds]}.
    evict, when given, runs (untimed) before every timed call."""
    for _ in range(warmup):
        for f in fns.values():
            f()
    ts = {k: [] for k in fns}
    for _ in range(repeat):
        for k, f in fns.items():
            if evict is not None:
                evict()
            t0 = clock()
            f()
            ts[k].append(clock() - t0)
    return ts


def last_level_cache_bytes():
    """The largest CPU cache Linux reports (sysfs), or None."""
    best = None
    base = "/sys/devices/system/cpu/cpu0/cache"
    try:
        for d in os.listdir(base):
            try:
                with open(os.path.join(base, d, "size")) as f:
                    v = f.read().strip()
            except OSError:
                continue
            mult = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}.get(v[-1:], 1)
            n = int(v[:-1] if v[-1:] in "KMG" else v) * mult
            best = n if best is None or n > best else best
    except (OSError, ValueError):
        return None
    return best


def eviction_bytes():
    """What --cache cold reads before each timed call: twice the last-level cache, at
    least 512 MiB and at most 2 GiB."""
    llc = last_level_cache_bytes() or (256 << 20)
    return min(max(2 * llc, 512 << 20), 2 << 30)


def median(xs):
    xs = sorted(xs)
    n = len(xs)
    return xs[n // 2] if n % 2 else 0.5 * (xs[n // 2 - 1] + xs[n // 2])


def worker(threads, shapes, repeat, small_repeat, torch_on, clock_name, cache):
    import numpy as np

    clock = time.thread_time if clock_name == "cpu" else time.perf_counter

    import tldr
    from tldr import _core

    torch = None
    if torch_on:
        try:
            import torch

            torch.set_num_threads(threads)
        except ImportError:
            torch = None
    try:
        import ml_dtypes

        bf16 = ml_dtypes.bfloat16
    except ImportError:
        bf16 = None

    evict = None
    if cache == "cold":
        junk = np.ones(eviction_bytes() // 8, np.float64)

        def evict():
            junk.sum()

    out = []
    rng = np.random.default_rng(0)
    for (N, D) in shapes:
        H32 = rng.standard_normal((N, D), dtype=np.float32)
        y = rng.integers(0, 2, N).astype(np.uint8)
        head = tldr.TokenHead(D, seed=0)
        w, b = head.weight, head.bias
        fns = {
            "floor": lambda: H32 @ w,
            "forward_f32": lambda: _core.head_forward(H32, w, b),
            "step_f32": lambda: _core.head_loss_grad(H32, w, b, y),
        }

        def numpy_step():
            z = H32 @ w + b[0]
            p = 0.5 * (1 + np.tanh(0.5 * z))
            g = (p - y) / N
            return H32.T @ g, g.sum(), np.logaddexp(0, z).sum()

        fns["numpy_f32"] = numpy_step
        if bf16 is not None:
            Hb = H32.astype(bf16).view(np.uint16)
            fns["step_bf16"] = lambda: _core.head_loss_grad(Hb, w, b, y)
        if torch is not None:
            lossf = torch.nn.BCEWithLogitsLoss()
            yt = torch.from_numpy(y.astype(np.float32))

            def torch_step(Hx, lin):
                lin.zero_grad(set_to_none=True)
                lossf(lin(Hx)[:, 0].float(), yt).backward()

            Ht, lin = torch.from_numpy(H32), torch.nn.Linear(D, 1)
            fns["torch_f32"] = lambda: torch_step(Ht, lin)
            if bf16 is not None:
                Htb, linb = torch.from_numpy(Hb.view(np.int16)).view(torch.bfloat16), torch.nn.Linear(D, 1).to(
                    torch.bfloat16)
                fns["torch_bf16"] = lambda: torch_step(Htb, linb)
        ts = rounds(fns, repeat, clock, evict=evict)
        fl = ts["floor"]
        res = {"N": N, "D": D, "threads": threads, "ms": {k: 1e3 * median(v) for k, v in ts.items()},
               "ratio": {k: median([a / f for a, f in zip(v, fl)]) for k, v in ts.items()},
               "ratio_of_medians": {k: median(v) / median(fl) for k, v in ts.items()}}
        if "torch_f32" in ts:
            res["ratio"]["torch_over_tldr"] = median([t / s for t, s in zip(ts["torch_f32"], ts["step_f32"])])
        if "torch_bf16" in ts and "step_bf16" in ts:
            res["ratio"]["torch_bf16_over_tldr_bf16"] = median(
                [t / s for t, s in zip(ts["torch_bf16"], ts["step_bf16"])])
        out.append(res)
        del H32, fns, ts

    # per-call time at N = 64
    D = shapes[0][1]
    H = rng.standard_normal((64, D), dtype=np.float32)
    y = rng.integers(0, 2, 64)
    head = tldr.TokenHead(D)
    small = {"tldr": lambda: head.loss_and_grad(H, y)}
    if torch is not None:
        Ht, yt, lin = torch.from_numpy(H), torch.from_numpy(y.astype(np.float32)), torch.nn.Linear(D, 1)
        lossf = torch.nn.BCEWithLogitsLoss()

        def torch_small():
            lin.zero_grad(set_to_none=True)
            lossf(lin(Ht)[:, 0], yt).backward()

        small["torch"] = torch_small
    ts = rounds(small, small_repeat, clock, warmup=50)
    info = tldr.build_info()
    return {"rows": out, "small": {"D": D, "threads": threads, **{k: 1e6 * median(v) for k, v in ts.items()}},
            "info": info, "block_rows": {str(d): _core_block_rows(info, d) for (_, d) in shapes},
            "affinity": sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None}


def _core_block_rows(info, D):
    """The row kernel's block for float32 rows of D elements (dispatch.c's rule)."""
    g = (info["head_l1d_bytes"] // 2) // (4 * D)
    return min(max(g - g % 4, 4), 64)


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def load_average():
    try:
        return "%.2f %.2f %.2f" % os.getloadavg()
    except OSError:
        return "unknown"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="small shapes (smoke test)")
    ap.add_argument("--repeat", type=int, default=11, help="rounds (>= 9 for the medians the docs quote)")
    ap.add_argument("--threads", default="1")
    ap.add_argument("--cpus", default="1",
                    help="CPUs to pin each worker to, e.g. '1' or '0,1' ('all' = no pinning; a CPU that "
                         "does not exist is dropped)")
    ap.add_argument("--no-torch", action="store_true", help="leave PyTorch out")
    ap.add_argument("--clock", choices=["auto", "wall", "cpu"], default="auto",
                    help="wall: elapsed time; cpu: CPU time of the calling thread, which leaves out the "
                         "time other processes hold the CPU (one thread only); auto: cpu for 1 thread, "
                         "else wall")
    ap.add_argument("--cache", choices=["cold", "as-is"], default="as-is",
                    help="cold: before every timed call of the big shapes, read a buffer of "
                         "twice the last-level cache, so every measurement reads H from memory; as-is: "
                         "whatever the previous calls left in the caches")
    ap.add_argument("--markdown", help="also write the tables to this file")
    ap.add_argument("--_worker", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--_shapes", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args._worker:
        out = worker(args._worker, json.loads(args._shapes), args.repeat, 200 if args.quick else 2000,
                     not args.no_torch, args.clock, args.cache)
        print(json.dumps(out))
        return 0

    shapes = [[4096, 512], [2048, 1024]] if args.quick else [[32768, 2048], [32768, 4096]]
    load_before = load_average()
    results = []
    for t in [int(x) for x in args.threads.split(",")]:
        clock = args.clock if args.clock != "auto" else ("cpu" if t == 1 else "wall")
        if clock == "cpu" and t != 1:
            ap.error("--clock cpu measures one thread; use --threads 1")
        env = dict(os.environ, OPENBLAS_NUM_THREADS=str(t), OMP_NUM_THREADS=str(t), MKL_NUM_THREADS=str(t),
                   TLDR_NUM_THREADS=str(t))
        cmd = [sys.executable, __file__, "--_worker", str(t), "--_shapes", json.dumps(shapes),
               "--repeat", str(args.repeat), "--clock", clock, "--cache", args.cache] + \
              (["--quick"] if args.quick else []) + \
              (["--no-torch"] if args.no_torch else [])
        preexec = None
        if args.cpus != "all" and hasattr(os, "sched_setaffinity"):
            have = os.sched_getaffinity(0)
            want = {int(c) for c in args.cpus.split(",")} & have
            if want:
                preexec = lambda w=want: os.sched_setaffinity(0, w)  # noqa: E731
        r = subprocess.run(cmd, env=env, capture_output=True, text=True, preexec_fn=preexec)
        if r.returncode != 0:
            sys.stderr.write(r.stderr)
            return r.returncode
        results.append({**json.loads(r.stdout.strip().splitlines()[-1]), "clock": clock})

    info = results[0]["info"]
    lines = [
        f"CPU: {cpu_model()} ({os.cpu_count()} CPUs), {platform.system()} {platform.machine()}, "
        f"Python {platform.python_version()}",
        f"head path: {info['head_isa']} (CPU features: {info['head_cpu_features']}); "
        f"L1d {info['head_l1d_bytes'] // 1024} KiB, L2 {info['head_l2_bytes'] // 1024} KiB; "
        f"block rows (f32) {results[0]['block_rows']}; {'debug' if info['debug'] else 'release'} build",
        f"{info['openblas_config']}; date {time.strftime('%Y-%m-%d %H:%M %Z')}; "
        f"load average before {load_before}, after {load_average()}; "
        f"pinned to CPUs {results[0]['affinity']}; {args.repeat} rounds; clock: "
        + ", ".join(f"{r['rows'][0]['threads']} thread(s) {'thread CPU time' if r['clock'] == 'cpu' else 'wall time'}"
                    for r in results),
        "cache: " + (f"cold (each timed call of the big shapes follows a read of {eviction_bytes() >> 20} MiB, twice "
                     f"the last-level cache of {(last_level_cache_bytes() or 0) >> 20} MiB)" if args.cache == "cold"
                     else "as-is (what the previous calls left)"),
        "",
        "Times are medians over rounds; ratios are medians over rounds of (time / the same round's floor).",
        "",
        "| N x D | threads | floor (ms) | forward f32 (ms) | fwd/floor | step f32 (ms) | step/floor "
        "| step bf16 (ms) | bf16/floor | numpy 2-pass (ms) | torch f32 (ms) | torch/tldr | torch bf16 (ms) "
        "| torch bf16/tldr bf16 |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    ms = lambda d, k: f"{d[k]:.1f}" if k in d else "-"  # noqa: E731
    rt = lambda d, k: f"{d[k]:.2f}x" if k in d else "-"  # noqa: E731
    for res in results:
        for r in res["rows"]:
            m, q = r["ms"], r["ratio"]
            lines.append(
                f"| {r['N']}x{r['D']} | {r['threads']} | {ms(m, 'floor')} | {ms(m, 'forward_f32')} | "
                f"{rt(q, 'forward_f32')} | {ms(m, 'step_f32')} | {rt(q, 'step_f32')} | {ms(m, 'step_bf16')} | "
                f"{rt(q, 'step_bf16')} | {ms(m, 'numpy_f32')} | {ms(m, 'torch_f32')} | {rt(q, 'torch_over_tldr')} | "
                f"{ms(m, 'torch_bf16')} | {rt(q, 'torch_bf16_over_tldr_bf16')} |")
    lines += ["", "| per call, N=64 | threads | tldr (us) | torch (us) |", "|---|---|---|---|"]
    for res in results:
        s = res["small"]
        lines.append(f"| 64x{s['D']} | {s['threads']} | {s['tldr']:.1f} | "
                     f"{s['torch']:.1f} |" if "torch" in s else f"| 64x{s['D']} | {s['threads']} | "
                     f"{s['tldr']:.1f} | - |")
    one = next((res for res in results if res["rows"][0]["threads"] == 1), None)
    if one is not None and not args.quick:
        lines += ["", "| goal of issue 13 (1 thread) | measured | goal | |", "|---|---|---|---|"]
        for name, key, shape, op, bound in GOALS:
            row = next(r for r in one["rows"] if [r["N"], r["D"]] == list(shape))
            v = row["ratio"].get(key)
            if v is None:
                lines.append(f"| {name} | - | {op} {bound} | not measured |")
                continue
            ok = v <= bound if op == "<=" else v >= bound
            lines.append(f"| {name} | {v:.2f}x | {op} {bound} | {'met' if ok else 'MISSED'} |")
    text = "\n".join(lines)
    print(text)
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
