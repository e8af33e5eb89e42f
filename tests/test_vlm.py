"""tldr.vlm on tiny randomly initialised backbones of every supported family.

Each family is built from a config (a few MB, no weights downloaded) with a real
tokenizer: PaliGemma with Gemma's, LLaVA with Llama-2's and with GPT-2's (bundled), Qwen2-VL
with GPT-2's (bundled; Qwen2's own is byte-level BPE too), Mllama and Idefics3 with
Llama-3.1's. The families that need ../shared/data skip without it; the GPT-2 ones always
run. Labels are checked on real COCO captions and their negatives from the engine.
"""

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
from tldr.vlm import TLDRCollator, TLDRModel, examples_from_captions  # noqa: E402
from tldr.vlm.testing import tiny_backbone, tiny_image  # noqa: E402

# one thread: the tiny models gain nothing from more, and on a shared machine OpenMP threads
# waiting for each other made a step 20x slower
torch.set_num_threads(1)
ROOT = pathlib.Path(__file__).resolve().parent.parent

# family id -> (tiny_backbone family, tokenizer directory under ../shared/data/tokenizers/hf or None)
FAMILIES = {
    "paligemma-gemma": ("paligemma", "gemma"),
    "llava-llama2": ("llava", "llama2"),
    "llava-gpt2": ("llava", None),
    "qwen2_vl-gpt2": ("qwen2_vl", None),
    "mllama-llama3": ("mllama", "llama3_1"),
    "idefics3-llama3": ("idefics3", "llama3_1"),
}


def bundled_captions(n):
    lines = (ROOT / "tldr" / "data" / "captions_coco_sample.jsonl").read_text().splitlines()
    return [json.loads(x)["caption"] for x in lines[:n]]


class Fam:
    """One family's processor, a pristine tiny backbone to copy, captions and examples."""

    def __init__(self, fid, shared):
        self.id = fid
        self.family, tok = FAMILIES[fid]
        self.tok_dir = None if tok is None else str(shared / "tokenizers" / "hf" / tok)
        self.model, self.processor = tiny_backbone(self.family, self.tok_dir)
        self.collator = TLDRCollator(self.processor)
        if shared is not None:
            coco = json.loads((shared / "captions" / "coco" / "captions_val2017.json").read_text())
            caps = [a["caption"].strip() for a in coco["annotations"][:48]]
        else:
            caps = bundled_captions(48)
        self.captions = caps
        ex = examples_from_captions([tiny_image(i) for i in range(len(caps))], caps, per_caption=3, seed=1)
        self.examples = ex

    def fresh(self):
        return copy.deepcopy(self.model)

    def tldr_model(self, head="token", **kw):
        kw = {"lora_rank": 4, "lora_alpha": 8, "lora_dropout": 0.0, **kw}
        return TLDRModel.from_backbone(self.fresh(), head=head, processor=self.processor, **kw)


@pytest.fixture(scope="module", params=list(FAMILIES))
def fam(request):
    fid = request.param
    try:
        shared = request.getfixturevalue("shared_data")
    except pytest.skip.Exception:
        if FAMILIES[fid][1] is not None:  # this family's tokenizer lives in ../shared/data
            raise
        shared = None  # the bundled GPT-2 tokenizer and captions do
    return Fam(fid, shared)


def batches(examples, size=8):
    return [examples[i:i + size] for i in range(0, len(examples), size)]


# ---------------------------------------------------------------- labels
def test_labels_line_up_with_processor_ids(fam):
    """On real captions and their negatives: labels sit on the response tokens only (-100
    elsewhere), the labelled ids are the response's ids in the processor's row, every 0
    overlaps an edit, every edit has a 0, and tldr.Tokenizer checked the ids."""
    assert fam.collator.offsets_from == "tldr", fam.collator.tldr_tokenizer_error
    tok = fam.processor.tokenizer
    n_neg = 0
    for exs in batches(fam.examples, 16):
        batch, rows = fam.collator.encode(exs)
        labels, ids = batch["labels"], batch["input_ids"]
        assert labels.dtype == torch.int64 and labels.shape == ids.shape
        for b, (ex, row) in enumerate(zip(exs, rows)):
            where = torch.zeros(labels.shape[1], dtype=torch.bool)
            where[torch.from_numpy(row.positions)] = True
            assert torch.all(labels[b, ~where] == -100)
            assert torch.equal(labels[b, where], torch.from_numpy(row.labels.astype(np.int64)))
            assert torch.equal(ids[b, where], torch.from_numpy(row.ids.astype(np.int64)))
            # the response tokens are contiguous, end before the row's end-of-turn tokens
            assert np.all(np.diff(row.positions) == 1)
            assert batch["attention_mask"][b, row.positions].all()
            # they spell the response (decoding may add the template's leading space)
            text = tok.decode(row.ids.tolist())
            assert text.strip() == ex["response"].strip()
            # offsets cover the response in order
            off = row.offsets
            assert off[0, 0] == 0 and off[-1, 1] == len(ex["response"]) and np.all(np.diff(off[:, 0]) >= 0)
            spans = ex["bad_spans"]
            if not spans:
                assert np.all(row.labels == 1)
                continue
            n_neg += 1
            bad = off[row.labels == 0]
            for s, e in bad:
                assert any((s < se and ss < e) or (ss == se and s <= ss < e) or ss == se for ss, se in spans)
            for ss, se in spans:
                if se > ss:
                    assert np.any((off[:, 0] < se) & (ss < off[:, 1]) & (row.labels == 0))
    assert n_neg >= 10


def test_batch_placement_equals_row_by_row(fam, monkeypatch):
    """The collator places a batch's response tokens with array operations
    (collator._place_all); with that turned off every row takes the careful path: the
    batches, rows and labels must be the same."""
    from tldr.vlm import collator as col_mod

    # rows mixing lengths, negatives and positives, and a mix of batch sizes; on these
    # every row is placed by the array path (the careful one is not called)
    careful = []
    row = fam.collator._row
    monkeypatch.setattr(fam.collator, "_row", lambda *a: careful.append(a) or row(*a))
    got = [fam.collator.encode(exs) for exs in batches(fam.examples, 7)]
    assert careful == []
    monkeypatch.setattr(col_mod, "_place_all", lambda ids, lens, tl, rendered, responses: [None] * len(rendered))
    want = [fam.collator.encode(exs) for exs in batches(fam.examples, 7)]
    assert len(careful) == len(fam.examples)
    for (gb, gr), (wb, wr) in zip(got, want):
        assert torch.equal(gb["labels"], wb["labels"]) and torch.equal(gb["input_ids"], wb["input_ids"])
        for g, w in zip(gr, wr):
            for a in ("positions", "ids", "offsets", "labels"):
                x, y = getattr(g, a), getattr(w, a)
                assert x.dtype == y.dtype and np.array_equal(x, y), a


def test_label_ids_equal_processor_on_full_text(fam):
    """The processor's own tokenization of the prompt + response gives the labelled ids
    (the collator's row is the processor's, not a concatenation of its own)."""
    ex = fam.examples[1]
    _, rows = fam.collator.encode([ex])
    if fam.collator.family.prompt == "suffix":
        out = fam.processor(images=[tiny_image(0)], text=["<image>" + ex["prompt"]], suffix=[ex["response"]],
                            return_tensors="np")
    else:
        from tldr.vlm.families import render

        r = render(fam.collator.family, fam.processor, ex["prompt"], ex["response"])
        imgs = [[tiny_image(0)]] if fam.collator.family.nested_images else [tiny_image(0)]
        out = fam.processor(images=imgs, text=[r.text], add_special_tokens=r.add_special_tokens, return_tensors="np")
    row_ids = out["input_ids"][0]
    np.testing.assert_array_equal(row_ids[rows[0].positions], rows[0].ids)


# ---------------------------------------------------------------- training
def mean_loss(model, col, examples):
    model.eval()
    with torch.no_grad():
        ls = [model(**col(b)).loss.item() for b in batches(examples, 16)]
    model.train()
    return float(np.mean(ls))


def test_one_epoch_lowers_the_loss_and_only_lora_and_head_learn(fam):
    model = fam.tldr_model()
    col = fam.collator
    data = fam.examples[:64]
    before = mean_loss(model, col, data)
    frozen = {n: p.detach().clone() for n, p in model.named_parameters() if not p.requires_grad}
    trainable = {n for n, p in model.named_parameters() if p.requires_grad}
    assert trainable and all(("lora_" in n) or n.startswith("head.") for n in trainable)
    assert {"head.weight", "head.bias"} <= trainable
    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-2)
    model.train()
    for k, b in enumerate(batches(data, 8)):
        opt.zero_grad()
        model(**col(b)).loss.backward()
        if k == 0:
            for n, p in model.named_parameters():
                if n in trainable:
                    assert p.grad is not None, n
                    if "lora_B" in n or n.startswith("head."):  # lora_A's gradient is 0 while B = 0
                        assert p.grad.abs().sum() > 0, n
                else:
                    assert p.grad is None, n
        opt.step()
    after = mean_loss(model, col, data)
    assert after < 0.8 * before
    for n, p in model.named_parameters():
        if n in frozen:
            assert torch.equal(p, frozen[n]), n


def test_c_kernel_and_torch_ops_agree(fam):
    """The fused C loss and the torch-op loss (what CUDA runs) give the same loss and the
    same gradients for the head and every LoRA weight."""
    model = fam.tldr_model(seed=3)
    with torch.no_grad():  # non-zero B so that every LoRA weight has a gradient
        for n, p in model.named_parameters():
            if "lora_B" in n:
                p.normal_(0, 0.05)
    batch = fam.collator(fam.examples[:6])
    res = []
    for backend in ("c", "torch"):
        model.head.backend = backend
        model.zero_grad()
        out = model(**batch)
        out.loss.backward()
        res.append((out.loss.detach(), {n: p.grad.clone() for n, p in model.named_parameters() if p.requires_grad}))
    (l_c, g_c), (l_t, g_t) = res
    torch.testing.assert_close(l_c, l_t, rtol=1e-5, atol=1e-7)
    for n in g_c:
        torch.testing.assert_close(g_c[n], g_t[n], rtol=1e-5, atol=1e-7, msg=n)


@pytest.mark.parametrize("head", ["token", "naive"])
def test_bad_token_weight_weights_the_bad_labels(fam, head, tmp_path):
    """bad_token_weight w: each bad token's (naive: bad response's) BCE counts w times a
    good one's, computed here from the logits in float64; w = 1 is the paper's loss, and
    the weight is saved with the model."""
    model = fam.tldr_model(head=head, seed=2, bad_token_weight=4.0)
    assert model.bad_token_weight == 4.0
    batch = fam.collator(fam.examples[:6])
    labels = batch["labels"]
    assert (labels == 0).any() and (labels == 1).any()
    out = model(**batch)
    z = out.logits.detach().double()
    lab = labels.double()
    per = torch.nn.functional.binary_cross_entropy_with_logits(z, lab.clamp(0, 1), reduction="none")
    if head == "token":
        keep = labels != -100
    else:  # the last labelled token of each row, labelled 1 only when every labelled token is
        last = (labels != -100).long().cumsum(1).argmax(1)
        keep = torch.zeros_like(labels, dtype=torch.bool)
        keep[torch.arange(len(labels)), last] = True
        good = torch.stack([(r[r != -100] == 1).all() for r in labels]).double()
        lab = torch.zeros_like(lab)
        lab[keep] = good
        per = torch.nn.functional.binary_cross_entropy_with_logits(z, lab, reduction="none")
    w = torch.where(lab == 0, 4.0, 1.0)
    expected = (per * w)[keep].mean()
    torch.testing.assert_close(out.loss.double(), expected, rtol=1e-5, atol=1e-6)
    model.save_pretrained(tmp_path)
    back = TLDRModel.from_pretrained(tmp_path, backbone=fam.fresh(), processor=fam.processor)
    assert back.bad_token_weight == 4.0
    plain = fam.tldr_model(head=head, seed=2)
    assert plain.bad_token_weight == 1.0
    torch.testing.assert_close(plain(**batch).loss.double(), per[keep].mean(), rtol=1e-5, atol=1e-6)
    with pytest.raises(tldr.InvalidInputError):
        fam.tldr_model(bad_token_weight=0)
    with pytest.raises(tldr.InvalidInputError):
        fam.tldr_model(bad_token_weight=float("nan"))


def test_naive_head_trains(fam):
    """The naive (last-token) head fits the response labels of a small set (8 responses,
    most of them negatives; 30 steps, the learning rate decaying linearly to 0 so that
    Adam settles: measured 0.02-0.1 of the first loss on every family and data set)."""
    model = fam.tldr_model(head="naive")
    data = fam.examples[:8]
    assert 0 < sum(e["is_negative"] for e in data) < 8
    batch = fam.collator(data)
    before = mean_loss(model, fam.collator, data)
    steps = 30
    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-2)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda k: 1 - k / steps)
    for _ in range(steps):
        opt.zero_grad()
        model(**batch).loss.backward()
        opt.step()
        sched.step()
    assert mean_loss(model, fam.collator, data) < 0.3 * before


# ---------------------------------------------------------------- save, load, merge, score
def train_a_little(model, fam, steps=2):
    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=1e-2)
    for b in batches(fam.examples, 8)[:steps]:
        opt.zero_grad()
        model(**fam.collator(b)).loss.backward()
        opt.step()


def test_save_and_load_give_identical_scores(fam, tmp_path):
    model = fam.tldr_model()
    train_a_little(model, fam)
    imgs = [tiny_image(i) for i in range(3)]
    texts = fam.captions[:3]
    s1 = model.score(imgs, texts, batch_size=2)
    model.save_pretrained(tmp_path)
    assert {"adapter_model.safetensors", "adapter_config.json", "tldr_head.safetensors", "tldr_config.json"} <= set(
        os.listdir(tmp_path))
    assert not any(f.endswith((".bin", ".pt", ".pth", ".pkl")) for f in os.listdir(tmp_path))
    back = TLDRModel.from_pretrained(tmp_path, backbone=fam.fresh(), processor=fam.processor)
    s2 = back.score(imgs, texts, batch_size=3)
    for a, b in zip(s1, s2):
        np.testing.assert_array_equal(a.ids, b.ids)
        np.testing.assert_allclose(a.probs, b.probs, rtol=0, atol=1e-6)
    assert not any(p.requires_grad for p in back.parameters())


def lm_logits(model, batch):
    batch = {k: v for k, v in batch.items() if k != "labels"}
    model.eval()
    with torch.no_grad():
        return model(**batch, use_cache=False).logits


def test_merge_tau(fam):
    from peft.tuners.lora import LoraLayer

    original = fam.fresh()
    model = fam.tldr_model()
    train_a_little(model, fam)
    batch = fam.collator(fam.examples[:3])
    ref = lm_logits(original, batch)
    m0 = model.merge(0.0)
    assert not any(isinstance(m, LoraLayer) for m in m0.modules())
    torch.testing.assert_close(lm_logits(m0, batch), ref, rtol=1e-5, atol=1e-5)
    peft_merged = copy.deepcopy(model.backbone).merge_and_unload()
    m1 = model.merge(1.0)
    torch.testing.assert_close(lm_logits(m1, batch), lm_logits(peft_merged, batch), rtol=1e-5, atol=1e-5)
    assert not torch.allclose(lm_logits(m1, batch), ref, atol=1e-4)
    # tau scales the update linearly: W(0.25) = W0 + 0.25 (W1 - W0)
    m25 = model.merge(0.25)
    name = [n for n, _ in m1.named_parameters() if n.endswith("q_proj.weight")][0]
    w0, w1, w25 = (dict(m.named_parameters())[name] for m in (original, m1, m25))
    torch.testing.assert_close(w25, w0 + 0.25 * (w1 - w0), rtol=1e-5, atol=1e-6)
    # the model itself is untouched
    assert any(isinstance(m, LoraLayer) for m in model.backbone.modules())


def test_score_feeds_the_evaluation_tools(fam):
    model = fam.tldr_model()
    imgs = [tiny_image(i) for i in range(4)]
    texts = fam.captions[:4]
    scores = model.score(imgs, texts, prompt=["Describe the image."] * 4, batch_size=3, progress=False)
    assert len(scores) == 4
    for s, t in zip(scores, texts):
        assert s.text == t and s.probs.dtype == np.float32 and len(s.probs) == len(s.ids) == len(s.offsets)
        assert np.all((s.probs > 0) & (s.probs < 1))
        assert 0 < s.response_prob <= s.probs.max()
    from tldr.vlm import stack_scores

    flat = stack_scores(scores)
    rs, probs = flat.row_splits, flat.probs
    np.testing.assert_array_equal(rs, np.concatenate([[0], np.cumsum([len(s.probs) for s in scores])]))
    rates = tldr.hallucination_rates(probs, rs, flat.sentence_ids)
    assert 0 <= rates.token <= 1 and rates.n_sentences >= 4
    low = [s for s in scores if s.flag_spans(threshold=1.0)]
    assert low  # every token is below 1.0
    fl = tldr.flag_spans(low[0].text, low[0].offsets, low[0].probs, threshold=1.0)
    assert "Below is a description" in tldr.correction_prompt(low[0].text, fl)
    html = tldr.heatmap(flat.texts, flat.offsets, probs, rs)
    # self-correction with the VLM as the scorer (images bound by position)
    res = tldr.self_correct(texts, model.score_fn(imgs, prompt="Describe the image."),
                            corrector=lambda text, prompt: text.upper(), threshold=1.0)
    assert res.texts == [t.upper() for t in texts] and all(res.flagged)
    # ... and with examples: each text (and each candidate of the corrector) is scored with
    # its own image, the corrector sees the image
    examples = [{"image": im, "prompt": "Describe the image.", "response": t} for im, t in zip(imgs, texts)]
    seen = []

    def corrector(ex, prompt):
        seen.append(ex["image"])
        return tldr.LexiconCorrector(model.score_fn(), threshold=1.0)(ex)

    res = tldr.self_correct(examples, model.score_fn(), corrector, threshold=1.0)
    assert seen == imgs and all(res.flagged) and len(res.texts) == 4
    want = model.score(imgs, texts, prompt="Describe the image.", progress=False)
    for (off, pr), w in zip(model.score_fn()(examples), want):
        np.testing.assert_array_equal(off, w.offsets)
        np.testing.assert_allclose(pr, w.probs, rtol=1e-5, atol=1e-6)
    with pytest.raises(tldr.InvalidInputError, match="without images"):
        model.score_fn()(texts)
    assert texts[0].split()[-1].strip(".") in html.to_html()
