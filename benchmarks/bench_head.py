"""Benchmark: one fused training step of the TLDR token head (loss, dW, db).

Compared in the same run, on the same hidden states H (N x D), with
  floor  the single-read floor: one float32 ``H @ w`` matrix-vector product (NumPy BLAS)
  numpy  a two-pass NumPy step (H @ w, then H.T @ g)
  torch  PyTorch CPU ``nn.Linear`` + ``BCEWithLogitsLoss`` forward + backward
  tldr   ``TokenHead.loss_and_grad`` (one read of H)
for float32 and bfloat16 H, with 1 and 2 threads, plus the per-call time at N = 64.

Each thread count runs in its own subprocess with OPENBLAS_NUM_THREADS, OMP_NUM_THREADS
and TLDR_NUM_THREADS set before NumPy or torch load, so every library gets the same
number of threads. Medians of --repeat runs.

    python benchmarks/bench_head.py              # full table (needs ~3 GB of RAM)
    python benchmarks/bench_head.py --quick      # smaller shapes, for a smoke test
    python benchmarks/bench_head.py --markdown docs/bench_head.md
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time


def _median_time(fn, repeat, warmup=1):
    for _ in range(warmup):
        fn()
    ts = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        ts.append(time.perf_counter() - t0)
    ts.sort()
    return ts[len(ts) // 2]


def worker(threads: int, shapes, repeat: int, small_repeat: int):
    import numpy as np

    import tldr

    try:
        import torch

        torch.set_num_threads(threads)
        have_torch = True
    except ImportError:
        have_torch = False
    try:
        import ml_dtypes

        bf16 = ml_dtypes.bfloat16
    except ImportError:
        bf16 = None

    rows = []
    rng = np.random.default_rng(0)
    for (N, D) in shapes:
        H32 = rng.standard_normal((N, D), dtype=np.float32)
        y = rng.integers(0, 2, N).astype(np.uint8)
        m = np.ones(N, np.uint8)
        head = tldr.TokenHead(D, seed=0)
        w = head.weight
        b = head.bias

        def floor32():
            H32 @ w

        def numpy_step():
            z = H32 @ w + b[0]
            p = 0.5 * (1 + np.tanh(0.5 * z))
            g = (p - y) / N
            (H32.T @ g, g.sum(), np.logaddexp(0, z).sum())

        res = {"N": N, "D": D, "threads": threads}
        res["floor_f32"] = _median_time(floor32, repeat)
        res["numpy_f32"] = _median_time(numpy_step, repeat)
        res["tldr_f32"] = _median_time(lambda: head.loss_and_grad(H32, y, m), repeat)
        if have_torch:
            Ht = torch.from_numpy(H32)
            yt = torch.from_numpy(y.astype(np.float32))
            lin = torch.nn.Linear(D, 1)
            lossf = torch.nn.BCEWithLogitsLoss()

            def torch_step(Hx, lin=lin, yt=yt):
                lin.zero_grad(set_to_none=True)
                out = lin(Hx)[:, 0]
                lossf(out.float(), yt).backward()

            res["torch_f32"] = _median_time(lambda: torch_step(Ht), repeat)
        if bf16 is not None:
            Hb = H32.astype(bf16)
            res["tldr_bf16"] = _median_time(lambda: head.loss_and_grad(Hb, y, m), repeat)
            if have_torch:
                Htb = torch.from_numpy(Hb.view(np.int16)).view(torch.bfloat16)
                linb = torch.nn.Linear(D, 1).to(torch.bfloat16)
                res["torch_bf16"] = _median_time(lambda: torch_step(Htb, linb), repeat)
            del Hb
        rows.append(res)
        del H32

    # per-call overhead at N = 64
    D = shapes[0][1]
    H = rng.standard_normal((64, D), dtype=np.float32)
    y = rng.integers(0, 2, 64)
    head = tldr.TokenHead(D)
    small = {"N": 64, "D": D, "threads": threads}
    small["tldr_f32"] = _median_time(lambda: head.loss_and_grad(H, y), small_repeat, warmup=50)
    if have_torch:
        Ht = torch.from_numpy(H)
        yt = torch.from_numpy(y.astype(np.float32))
        lin = torch.nn.Linear(D, 1)
        lossf = torch.nn.BCEWithLogitsLoss()

        def torch_small():
            lin.zero_grad(set_to_none=True)
            lossf(lin(Ht)[:, 0], yt).backward()

        small["torch_f32"] = _median_time(torch_small, small_repeat, warmup=50)
    return {"rows": rows, "small": small, "isa": tldr._core.head_isa(), "info": tldr.build_info()}


def machine():
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.machine()}, Python {platform.python_version()}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="small shapes (smoke test)")
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--threads", default="1,2")
    ap.add_argument("--markdown", help="also write the table to this file")
    ap.add_argument("--_worker", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--_shapes", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args._worker:
        shapes = json.loads(args._shapes)
        out = worker(args._worker, shapes, args.repeat, 2000 if not args.quick else 200)
        print(json.dumps(out))
        return 0

    shapes = [[4096, 512], [2048, 1024]] if args.quick else [[65536, 2048], [32768, 4096]]
    results = []
    for t in [int(x) for x in args.threads.split(",")]:
        env = dict(os.environ, OPENBLAS_NUM_THREADS=str(t), OMP_NUM_THREADS=str(t), MKL_NUM_THREADS=str(t),
                   TLDR_NUM_THREADS=str(t))
        cmd = [sys.executable, __file__, "--_worker", str(t), "--_shapes", json.dumps(shapes),
               "--repeat", str(args.repeat)] + (["--quick"] if args.quick else [])
        r = subprocess.run(cmd, env=env, capture_output=True, text=True)
        if r.returncode != 0:
            sys.stderr.write(r.stderr)
            return r.returncode
        results.append(json.loads(r.stdout.strip().splitlines()[-1]))

    lines = []
    lines.append(f"machine: {machine()}; tldr kernel: {results[0]['isa']}; "
                 f"{results[0]['info']['openblas_config']}; date: {time.strftime('%Y-%m-%d')}")
    lines.append("")
    lines.append("| N x D | threads | floor f32 (ms) | tldr f32 (ms) | tldr/floor | numpy 2-pass (ms) | torch f32 (ms) "
                 "| torch/tldr | tldr bf16 (ms) | bf16/floor f32 | torch bf16 (ms) | torch bf16/tldr bf16 |")
    lines.append("|---|---|---|---|---|---|---|---|---|---|---|---|")
    ms = lambda s: f"{1e3 * s:.1f}" if s is not None else "-"  # noqa: E731
    ratio = lambda a, b: f"{a / b:.2f}x" if a and b else "-"  # noqa: E731
    for res in results:
        for r in res["rows"]:
            lines.append(
                f"| {r['N']}x{r['D']} | {r['threads']} | {ms(r['floor_f32'])} | {ms(r['tldr_f32'])} | "
                f"{ratio(r['tldr_f32'], r['floor_f32'])} | {ms(r['numpy_f32'])} | {ms(r.get('torch_f32'))} | "
                f"{ratio(r.get('torch_f32'), r['tldr_f32'])} | {ms(r.get('tldr_bf16'))} | "
                f"{ratio(r.get('tldr_bf16'), r['floor_f32'])} | {ms(r.get('torch_bf16'))} | "
                f"{ratio(r.get('torch_bf16'), r.get('tldr_bf16'))} |"
            )
    lines.append("")
    lines.append("| per call, N=64 | threads | tldr (us) | torch (us) |")
    lines.append("|---|---|---|---|")
    for res in results:
        s = res["small"]
        t = f"{1e6 * s['torch_f32']:.1f}" if "torch_f32" in s else "-"
        lines.append(f"| 64x{s['D']} | {s['threads']} | {1e6 * s['tldr_f32']:.1f} | {t} |")
    text = "\n".join(lines)
    print(text)
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
