"""``tldr train`` and ``tldr score`` on a tiny LLaVA checkpoint written to disk (GPT-2
tokenizer, bundled: no ../shared needed)."""

import json
import os
import pathlib

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
torch = pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("peft")

from tldr.__main__ import main  # noqa: E402
from tldr.vlm.testing import tiny_backbone, tiny_image  # noqa: E402

torch.set_num_threads(1)
ROOT = pathlib.Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("cli")
    model, proc = tiny_backbone("llava")
    model.save_pretrained(d / "backbone")
    proc.save_pretrained(d / "backbone")
    (d / "images").mkdir()
    lines = (ROOT / "tldr/data/captions_coco_sample.jsonl").read_text().splitlines()[:12]
    rows = []
    for k, line in enumerate(lines):
        r = json.loads(line)
        tiny_image(k).save(d / "images" / f"{r['image_id']}.png")
        rows.append({"image": f"{r['image_id']}.png", "caption": r["caption"], "image_id": r["image_id"]})
    (d / "train.jsonl").write_text("\n".join(json.dumps(r) for r in rows[:8]))
    (d / "eval.jsonl").write_text("\n".join(json.dumps(r) for r in rows[8:]))
    score = [{"image": r["image"], "response": r["caption"], "image_id": r["image_id"]} for r in rows[8:]]
    (d / "score.jsonl").write_text("\n".join(json.dumps(r) for r in score))
    return d


def train(files, out, *extra):
    return main(["train", "--backbone", str(files / "backbone"), "--data", str(files / "train.jsonl"),
                 "--images", str(files / "images"), "--out", str(out), "--max-steps", "2", "--batch-size", "4",
                 "--grad-accum", "1", "--warmup-steps", "0", "--lora-rank", "4", "--lora-dropout", "0",
                 "--cpu", "--logging-steps", "1", "--per-caption", "2", *extra])


def test_train_then_score(files, tmp_path, capsys):
    out = tmp_path / "model"
    assert train(files, out, "--eval-data", str(files / "eval.jsonl")) == 0
    metrics = json.loads((out / "eval_results.json").read_text())
    assert f"wrote {out}" in capsys.readouterr().out
    assert {"eval_A_T", "eval_A_S", "eval_A_R", "eval_mAP_neg", "eval_loss"} <= metrics.keys()
    assert {"tldr_config.json", "adapter_model.safetensors", "tldr_head.safetensors"} <= set(os.listdir(out))
    assert json.loads((out / "tldr_config.json").read_text())["backbone"] == str(files / "backbone")
    scored = tmp_path / "scores.jsonl"
    assert main(["score", "--model", str(out), "--data", str(files / "score.jsonl"), "--images",
                 str(files / "images"), "--out", str(scored), "--batch-size", "3"]) == 0
    rows = [json.loads(x) for x in scored.read_text().splitlines()]
    src = [json.loads(x) for x in (files / "score.jsonl").read_text().splitlines()]
    assert len(rows) == len(src)
    for r, s in zip(rows, src):
        assert r["image_id"] == s["image_id"] and r["response"] == s["response"]
        assert len(r["ids"]) == len(r["offsets"]) == len(r["probs"]) > 0
        assert all(0 < p < 1 for p in r["probs"]) and r["response_prob"] == pytest.approx(min(r["probs"]), abs=1e-6)
        assert isinstance(r["flagged"], list)


def test_train_naive_and_errors(files, tmp_path, capsys):
    assert train(files, tmp_path / "naive", "--naive") == 0
    assert json.loads((tmp_path / "naive" / "tldr_config.json").read_text())["head"] == "naive"
    assert main(["train", "--backbone", str(tmp_path / "none"), "--data", str(files / "train.jsonl"),
                 "--out", str(tmp_path / "x")]) == 1
    assert "no backbone checkpoint" in capsys.readouterr().err
    assert main(["score", "--model", str(tmp_path / "none"), "--data", str(files / "score.jsonl"),
                 "--out", str(tmp_path / "s.jsonl")]) == 1
    assert "no tldr_config.json" in capsys.readouterr().err
