"""Benchmark: tldr.vlm's training step and data path, on a tiny backbone on this CPU.

Measured in one run (medians of --repeat, after warm-up), with --threads torch threads
(OMP_NUM_THREADS, TLDR_NUM_THREADS set before torch loads):

1. Training step of a tiny PaliGemma (Gemma tokenizer from ../shared/data; without it the
   tiny Qwen2-VL with the bundled GPT-2 tokenizer) at batch --batch: forward, loss,
   backward, AdamW step, with the head's loss on the fused C kernel (``backend="c"``) and
   on torch ops (``backend="torch"``, what CUDA runs), and the head's share of the step
   (the head's forward + loss + backward alone on the step's hidden states).
2. The head alone at PaliGemma-3B's shape (hidden size 2048, 1,024 image tokens + a
   prompt, 64-token responses, batch 8, bfloat16 hidden states, as the backbone hands
   them over): fused C kernel (reads only the 512 labelled rows) vs torch ops.
3. Data path: examples/s of ``TLDRCollator`` (image processing, tokenization, labels),
   split into the processor's own call and tldr's part (prompt layout, the second
   tokenization for offsets, the tldr.Tokenizer check, labels), against examples/s of the
   tiny model's forward pass (no gradients), both at batch --batch, on 480x640 images.
   Goal: the collator at least 20x faster than the forward pass.

    python benchmarks/bench_vlm.py                 # the table
    python benchmarks/bench_vlm.py --quick         # fewer repeats (smoke test)
    python benchmarks/bench_vlm.py --json out.json
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import platform
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = pathlib.Path(os.environ.get("TLDR_SHARED_DATA", ROOT.parent / "shared" / "data"))


def median_time(fn, repeat, warmup=2):
    for _ in range(warmup):
        fn()
    ts = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        ts.append(time.perf_counter() - t0)
    ts.sort()
    return ts[len(ts) // 2]


def captions(n):
    lines = (ROOT / "tldr/data/captions_coco_sample.jsonl").read_text().splitlines()
    return [json.loads(x)["caption"] for x in lines[:n]]


def build(batch):
    from tldr.vlm import TLDRCollator, TLDRModel, examples_from_captions
    from tldr.vlm.testing import tiny_backbone, tiny_image

    gemma = SHARED / "tokenizers/hf/gemma"
    if gemma.is_dir():
        name, (bb, proc) = "PaliGemma (Gemma tokenizer)", tiny_backbone("paligemma", str(gemma))
    else:
        name, (bb, proc) = "Qwen2-VL (GPT-2 tokenizer; ../shared absent)", tiny_backbone("qwen2_vl")
    caps = captions(64)
    # images of a realistic size (the processor resizes them to the model's 28x28)
    ex = examples_from_captions([tiny_image(i, size=(480, 640)) for i in range(len(caps))], caps, per_caption=3)
    ex = (ex * (1 + (4 * batch) // len(ex)))[:4 * batch]
    model = TLDRModel.from_backbone(bb, lora_rank=8, lora_alpha=16, lora_dropout=0.0, processor=proc)
    return name, model, TLDRCollator(proc), ex


def interleaved(model, fn, repeat, key, warmup=2):
    """Median times of fn with the head on the C kernel and on torch ops, the two
    measured turn about (so that a change of machine load hits both alike)."""
    ts = {"c": [], "torch": []}
    for r in range(warmup + repeat):
        for backend in ("c", "torch"):
            model.head.backend = backend
            t0 = time.perf_counter()
            fn()
            if r >= warmup:
                ts[backend].append(time.perf_counter() - t0)
    return {f"{key}_{b}": sorted(v)[len(v) // 2] for b, v in ts.items()}


def bench_step(model, col, ex, batch, repeat):
    import torch

    b = col(ex[:batch])
    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-4)
    model.train()

    def step():
        opt.zero_grad(set_to_none=True)
        model(**b).loss.backward()
        opt.step()

    out = interleaved(model, step, repeat, "step")
    # the head alone on this step's hidden states
    with torch.no_grad():
        H = model.hidden_states(**{k: v for k, v in b.items() if k != "labels"})
    H = H.detach().requires_grad_(True)
    def head():
        model.head.zero_grad(set_to_none=True)
        H.grad = None
        model.head(H)  # the logits the model returns, as in forward
        model.head.loss(H, b["labels"]).backward()

    out.update(interleaved(model, head, repeat, "head"))
    out["tiny_T"] = int(b["input_ids"].shape[1])
    out["tiny_D"] = int(H.shape[-1])
    model.head.backend = "auto"
    return out


def bench_head_3b(repeat):
    """The head alone at PaliGemma-3B-448's shape (bfloat16 H from the backbone)."""
    import torch

    from tldr.torch import TokenHeadModule

    B, T, D, resp = 8, 1024 + 32 + 64 + 1, 2048, 64
    g = torch.Generator().manual_seed(0)
    H = torch.randn(B, T, D, generator=g).bfloat16().requires_grad_(True)
    labels = torch.full((B, T), -100)
    labels[:, T - resp - 1:T - 1] = (torch.rand(B, resp, generator=g) > 0.05).long()
    head = TokenHeadModule(D)
    out = {"B": B, "T": T, "D": D, "labelled": B * resp}
    for backend in ("c", "torch"):
        head.backend = backend

        def f():
            head.zero_grad(set_to_none=True)
            H.grad = None
            head.loss(H, labels).backward()

        out[f"head3b_{backend}"] = median_time(f, max(3, repeat // 2))
    # the floor both share: the zero gradient of all of H (B*T*D bfloat16) that autograd
    # hands back to the backbone (only the labelled rows are non-zero)
    out["head3b_zeros"] = median_time(lambda: torch.zeros((B, T, D), dtype=torch.bfloat16), max(3, repeat // 2))
    return out


def bench_data(model, col, ex, batch, repeat):
    import torch

    chunks = [ex[i:i + batch] for i in range(0, len(ex), batch)]
    k = [0]

    def collate():
        col(chunks[k[0] % len(chunks)])
        k[0] += 1

    t_col = median_time(collate, repeat)
    # tldr's part: everything but the processor's own call (image processing and its
    # tokenization), timed with that call replaced by its result for the same batch
    out0 = col._process
    done = {}

    def cached(images, rendered):
        key = tuple(r.text for r in rendered)
        if key not in done:
            done[key] = out0(images, rendered)
        return done[key]

    col._process = cached
    try:
        t_own = median_time(lambda: col.encode(chunks[0]), repeat)
    finally:
        col._process = out0
    b = col(chunks[0])
    inputs = {kk: v for kk, v in b.items() if kk != "labels"}
    model.eval()

    def forward():
        with torch.no_grad():
            model(**inputs)

    t_fwd = median_time(forward, repeat)
    model.train()
    return {"collate": t_col, "tldr_part": t_own, "forward": t_fwd}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=21)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--json", default=None)
    a = ap.parse_args(argv)
    if a.quick:
        a.repeat = 5
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ["OMP_NUM_THREADS"] = os.environ["TLDR_NUM_THREADS"] = str(a.threads)
    import torch

    torch.set_num_threads(a.threads)
    import tldr

    name, model, col, ex = build(a.batch)
    res = {"backbone": name, "batch": a.batch, "threads": a.threads, "offsets_from": col.offsets_from}
    res.update(bench_step(model, col, ex, a.batch, a.repeat))
    res.update(bench_head_3b(a.repeat))
    res.update(bench_data(model, col, ex, a.batch, a.repeat))
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = float("nan")
    cpu = platform.processor() or platform.machine()
    try:
        cpu = next(x.split(":", 1)[1].strip() for x in open("/proc/cpuinfo") if x.startswith("model name"))
    except (OSError, StopIteration):
        pass
    res.update(cpu=cpu, load=load, torch=torch.__version__, tldr=tldr.__version__, head_isa=tldr._core.head_isa())
    ms = 1e3
    B = a.batch
    print(f"tldr.vlm benchmark: {name}, batch {B}, {a.threads} thread(s), T={res['tiny_T']}, D={res['tiny_D']}; "
          f"{cpu}; load {load:.2f}; torch {torch.__version__}; head kernel {res['head_isa']}")
    print()
    print("| training step (tiny backbone)              | fused C head | torch-op head | C / torch |")
    print("|--------------------------------------------|-------------:|--------------:|----------:|")
    print(f"| whole step (fwd + loss + bwd + AdamW), ms   | {res['step_c'] * ms:12.2f} | {res['step_torch'] * ms:13.2f} "
          f"| {res['step_c'] / res['step_torch']:9.2f} |")
    print(f"| head alone (logits + loss + bwd), ms        | {res['head_c'] * ms:12.3f} | {res['head_torch'] * ms:13.3f} "
          f"| {res['head_c'] / res['head_torch']:9.2f} |")
    print(f"| head's share of the step                    | {res['head_c'] / res['step_c']:11.1%} "
          f"| {res['head_torch'] / res['step_torch']:12.1%} |           |")
    print()
    print(f"| head at PaliGemma-3B shape (B={res['B']}, T={res['T']}, D={res['D']}, bf16, {res['labelled']} labelled) "
          f"| fused C | torch ops | torch / C |")
    print("|---|---:|---:|---:|")
    print(f"| loss + backward, ms | {res['head3b_c'] * ms:.2f} | {res['head3b_torch'] * ms:.2f} "
          f"| {res['head3b_torch'] / res['head3b_c']:.1f}x |")
    print(f"| of which the zero gradient of H (torch.zeros of B*T*D bf16), ms | {res['head3b_zeros'] * ms:.2f} "
          f"| {res['head3b_zeros'] * ms:.2f} | |")
    print()
    own = res["tldr_part"]
    fwd = res["forward"]
    print("| data path, batch of %d                               | examples/s | ms/batch | vs forward |" % B)
    print("|-----------------------------------------------------|-----------:|---------:|-----------:|")
    for label, t in (("TLDRCollator, all of it", res["collate"]),
                     ("  of which the processor's call (images, tokens)", max(res["collate"] - own, 1e-9)),
                     ("  of which tldr's part (layout, offsets, labels)", own),
                     ("tiny model forward (no grad)", fwd)):
        print(f"| {label:<51} | {B / t:10.0f} | {t * ms:8.2f} | {fwd / t:9.1f}x |")
    res["collator_over_forward"] = fwd / res["collate"]
    res["tldr_part_over_forward"] = fwd / own
    print(f"goal: collator >= 20x faster than the forward pass: whole collator {fwd / res['collate']:.1f}x, "
          f"tldr's part {fwd / own:.1f}x")
    if a.json:
        pathlib.Path(a.json).write_text(json.dumps(res, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
