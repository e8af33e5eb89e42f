"""TLDRTrainer across 2 CPU processes (torchrun, gloo) gives the loss curve of one process
with the same global batch.

Two processes with 2 examples each and one process with 2 examples x 2 accumulation steps
see the same 4 examples per optimizer step (in the same order: sequential sampling;
accelerate gives process r the batches r, r + 2, ...), average the same two per-batch
mean losses (DDP averages gradients, accumulation sums the halves), so the weights and
the logged losses agree up to float32 reduction order: rtol 1e-4 (measured: equal to the
printed digits). The evaluation, each process scoring its share, equals one process's.
"""

import json
import os
import subprocess
import sys
import textwrap

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("peft")
pytest.importorskip("accelerate")

SCRIPT = textwrap.dedent("""
    import json, os, pathlib, sys
    import torch
    torch.set_num_threads(1)
    from tldr.vlm import TLDRModel, TLDRTrainer, examples_from_captions, paper_training_arguments
    from tldr.vlm.testing import tiny_backbone, tiny_image

    out, world = sys.argv[1], int(os.environ.get("WORLD_SIZE", "1"))
    lines = (pathlib.Path(sys.argv[2]) / "tldr/data/captions_coco_sample.jsonl").read_text().splitlines()
    caps = [json.loads(x)["caption"] for x in lines[:16]]
    ex = examples_from_captions([tiny_image(i) for i in range(16)], caps, per_caption=2, seed=0)
    bb, proc = tiny_backbone("qwen2_vl")
    model = TLDRModel.from_backbone(bb, lora_rank=4, lora_dropout=0.0, processor=proc, seed=0)
    args = paper_training_arguments(
        out, per_device_train_batch_size=2, gradient_accumulation_steps=2 if world == 1 else 1,
        max_steps=5, logging_steps=1, learning_rate=1e-2, warmup_steps=0, use_cpu=True, ddp_backend="gloo" if world > 1 else None,
        train_sampling_strategy="sequential", save_strategy="no", disable_tqdm=True, seed=0)
    tr = TLDRTrainer(model, args, train_dataset=ex, eval_dataset=ex[:11])
    tr.train()
    metrics = tr.evaluate()  # each process scores its share; the results are gathered
    if int(os.environ.get("RANK", "0")) == 0:
        losses = [h["loss"] for h in tr.state.log_history if "loss" in h]
        head = model.head.weight.detach().tolist()
        pathlib.Path(out, "result.json").write_text(json.dumps({"losses": losses, "head": head, "world": world,
                                                                "metrics": metrics}))
""")


def run(tmp_path, nproc):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    script = tmp_path / "train.py"
    script.write_text(SCRIPT)
    out = tmp_path / f"out{nproc}"
    env = {**os.environ, "OMP_NUM_THREADS": "1", "HF_HUB_OFFLINE": "1", "PYTHONWARNINGS": "ignore",
           "PYTHONPATH": os.pathsep.join([root, os.environ.get("PYTHONPATH", "")])}
    cmd = [sys.executable, "-m", "torch.distributed.run", "--standalone", f"--nproc_per_node={nproc}",
           str(script), str(out), root]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=600, env=env)
    assert r.returncode == 0, f"torchrun --nproc_per_node {nproc} failed:\n{r.stdout[-3000:]}\n{r.stderr[-5000:]}"
    return json.loads((out / "result.json").read_text())


def run_here(tmp_path):
    """The single-process baseline, in this interpreter (saves a torchrun start-up)."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = tmp_path / "out1"
    argv = sys.argv
    threads = torch.get_num_threads()
    try:
        sys.argv = ["train.py", str(out), root]
        exec(compile(SCRIPT, "train.py", "exec"), {"__name__": "__main__"})
    finally:
        sys.argv = argv
        torch.set_num_threads(threads)
    return json.loads((out / "result.json").read_text())


def test_two_processes_match_one(tmp_path):
    two = run(tmp_path, 2)
    one = run_here(tmp_path)
    assert two["world"] == 2 and one["world"] == 1
    assert len(one["losses"]) == len(two["losses"]) == 5
    assert one["losses"][-1] < one["losses"][0]
    for a, b in zip(one["losses"], two["losses"]):
        assert a == pytest.approx(b, rel=1e-4)
    for a, b in zip(one["head"], two["head"]):
        assert a == pytest.approx(b, rel=1e-4, abs=1e-6)
    # the evaluation over the processes' shares (6 + 5 examples) equals the one-process one
    for k in ("eval_loss", "eval_A_T", "eval_A_S", "eval_A_R", "eval_mAP_neg", "eval_mAP_pos"):
        assert two["metrics"][k] == pytest.approx(one["metrics"][k], rel=1e-4, abs=1e-6, nan_ok=True), k
