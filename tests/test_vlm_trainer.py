"""TLDRTrainer: checkpoints with tied weights, resumption, and the paper's evaluation row."""

import copy
import json
import os
import pathlib

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
torch = pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("peft")

import tldr  # noqa: E402
from tldr.vlm import TLDRCollator, TLDRModel, TLDRTrainer, examples_from_captions  # noqa: E402
from tldr.vlm import paper_training_arguments  # noqa: E402
from tldr.vlm.testing import tiny_backbone, tiny_image  # noqa: E402
from tldr.vlm.trainer import paper_metrics  # noqa: E402

torch.set_num_threads(1)
ROOT = pathlib.Path(__file__).resolve().parent.parent


def captions(n):
    lines = (ROOT / "tldr/data/captions_coco_sample.jsonl").read_text().splitlines()[:n]
    return [json.loads(x)["caption"] for x in lines]


@pytest.fixture(scope="module")
def examples():
    caps = captions(24)
    return examples_from_captions([tiny_image(i) for i in range(len(caps))], caps, per_caption=3, seed=2)


def backbone(name, shared=None):
    tok = None if name != "paligemma" else str(shared / "tokenizers/hf/gemma")
    return tiny_backbone(name, tok)


def args(out, **kw):
    base = dict(per_device_train_batch_size=4, per_device_eval_batch_size=8, gradient_accumulation_steps=1,
                warmup_steps=0, learning_rate=1e-2, max_steps=4, logging_steps=1, save_steps=2, use_cpu=True,
                seed=0, disable_tqdm=True)
    base.update(kw)
    return paper_training_arguments(out, **base)


def trained_state(model):
    return {n: p.detach().clone() for n, p in model.named_parameters() if p.requires_grad}


def run_checkpoint_and_resume(bb, proc, examples, tmp_path):
    m1 = TLDRModel.from_backbone(copy.deepcopy(bb), lora_rank=4, lora_dropout=0.0, processor=proc)
    t1 = TLDRTrainer(m1, args(tmp_path / "a"), train_dataset=examples)
    t1.train()
    ck = tmp_path / "a" / "checkpoint-2"
    files = set(os.listdir(ck))
    assert {"adapter_model.safetensors", "tldr_head.safetensors", "tldr_config.json", "optimizer.pt"} <= files
    assert not files & {"model.safetensors", "pytorch_model.bin"}  # the frozen backbone is not copied
    m2 = TLDRModel.from_backbone(copy.deepcopy(bb), lora_rank=4, lora_dropout=0.0, processor=proc, seed=5)
    t2 = TLDRTrainer(m2, args(tmp_path / "b"), train_dataset=examples)
    t2.train(resume_from_checkpoint=str(ck))
    s1, s2 = trained_state(m1), trained_state(m2)
    assert s1.keys() == s2.keys()
    for n in s1:
        torch.testing.assert_close(s1[n], s2[n], rtol=1e-5, atol=1e-6, msg=n)
    losses = [h["loss"] for h in t1.state.log_history if "loss" in h]
    assert len(losses) == 4


def test_checkpoint_and_resume(examples, tmp_path):
    bb, proc = backbone("qwen2_vl")
    run_checkpoint_and_resume(bb, proc, examples, tmp_path)


def test_checkpoint_with_tied_weights_paligemma(examples, tmp_path, shared_data):
    """PaliGemma ties embed_tokens and lm_head: a state dict holding both cannot be written
    with safetensors (the crash the Trainer hit); TLDRTrainer writes the adapter and head."""
    from safetensors.torch import save_file

    bb, proc = backbone("paligemma", shared_data)
    lm = bb.get_output_embeddings().weight
    assert lm.data_ptr() == bb.get_input_embeddings().weight.data_ptr()
    with pytest.raises(RuntimeError, match="share memory"):
        save_file(bb.state_dict(), str(tmp_path / "x.safetensors"))
    run_checkpoint_and_resume(bb, proc, examples, tmp_path)


def test_evaluate_reports_the_paper_row(examples, tmp_path):
    bb, proc = backbone("qwen2_vl")
    model = TLDRModel.from_backbone(bb, lora_rank=4, lora_dropout=0.0, processor=proc)
    tr = TLDRTrainer(model, args(tmp_path, max_steps=2), train_dataset=examples, eval_dataset=examples[:20])
    tr.train()
    m = tr.evaluate()
    cats = {"positive"} | {e["category"] for e in examples[:20] if e["category"]}
    assert {"eval_loss", "eval_A_T", "eval_A_S", "eval_A_R", "eval_mAP_neg", "eval_mAP_pos"} <= m.keys()
    assert {f"eval_A_R_{c}" for c in cats} <= m.keys()
    # the same numbers from score() and tldr.metrics directly, in the evaluation's batches
    # (another padding changes probabilities in the last bits, and near-ties of the
    # average precision by more than the tolerance)
    col = TLDRCollator(proc)
    _, rows = col.encode(examples[:20])
    sc = model.score([e["image"] for e in examples[:20]], [e["response"] for e in examples[:20]], batch_size=8)
    ref = paper_metrics([s.probs for s in sc], [r.labels for r in rows], [r.response for r in rows],
                        [r.offsets for r in rows], [e["category"] or "positive" for e in examples[:20]])
    for k, v in ref.items():
        assert m[f"eval_{k}"] == pytest.approx(v, abs=1e-6, nan_ok=True), k
    rs = np.concatenate([[0], np.cumsum([len(s.probs) for s in sc])])
    assert m["eval_A_T"] == pytest.approx(tldr.metrics.token_accuracy(
        np.concatenate([s.probs for s in sc]), np.concatenate([r.labels for r in rows]), rs))
    assert tr.evaluate({"val": examples[:8]})["eval_val_A_R"] >= 0


def test_naive_evaluate_reports_response_accuracy(examples, tmp_path):
    bb, proc = backbone("qwen2_vl")
    model = TLDRModel.from_backbone(bb, lora_rank=4, head="naive", processor=proc)
    tr = TLDRTrainer(model, args(tmp_path, max_steps=1), eval_dataset=examples[:12])
    m = tr.evaluate()
    assert "eval_A_R" in m and "eval_A_T" not in m and "eval_mAP_neg" not in m
    sc = model.score([e["image"] for e in examples[:12]], [e["response"] for e in examples[:12]])
    good = np.array([not e["bad_spans"] for e in examples[:12]])
    assert m["eval_A_R"] == pytest.approx(np.mean((np.array([s.response_prob for s in sc]) >= 0.5) == good))


def test_trainer_arguments(tmp_path):
    bb, proc = backbone("qwen2_vl")
    model = TLDRModel.from_backbone(bb, lora_rank=2, processor=proc)
    a = paper_training_arguments(tmp_path)
    assert (a.learning_rate, a.lr_scheduler_type.value, a.warmup_steps, a.per_device_train_batch_size,
            a.gradient_accumulation_steps) == (1e-3, "cosine", 200, 8, 8)
    from transformers import TrainingArguments

    b = TrainingArguments(str(tmp_path), use_cpu=True, report_to="none")
    assert b.remove_unused_columns
    TLDRTrainer(model, b)
    assert not b.remove_unused_columns  # examples keep their image and text columns
    with pytest.raises(tldr.InvalidInputError, match="trains a tldr.vlm.TLDRModel"):
        TLDRTrainer(bb, b)
