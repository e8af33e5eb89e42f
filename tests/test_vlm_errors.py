"""Bad input to tldr.vlm gets a clear tldr exception naming what is wrong, never a wrong
label. Runs on the tiny backbones with the bundled GPT-2 tokenizer (no ../shared needed)."""

import os
import subprocess
import sys

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
torch = pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("peft")

import tldr  # noqa: E402
from tldr.vlm import TLDRCollator, TLDRModel  # noqa: E402
from tldr.vlm.testing import tiny_backbone, tiny_image  # noqa: E402

torch.set_num_threads(1)


@pytest.fixture(scope="module")
def qwen():
    model, proc = tiny_backbone("qwen2_vl")
    return model, proc, TLDRCollator(proc)


def ex(**kw):
    d = {"image": tiny_image(0), "prompt": "Describe.", "response": "Two dogs sit on a red sofa.", "bad_spans": []}
    d.update(kw)
    return d


def test_example_without_image(qwen):
    col = qwen[2]
    with pytest.raises(tldr.InvalidInputError, match=r"example 1 has no image \(keys: prompt, response"):
        col([ex(), {"prompt": "p", "response": "r"}])
    with pytest.raises(tldr.InvalidInputError, match="example 0 has no image"):
        col([ex(image=None)])
    with pytest.raises(FileNotFoundError, match="example 0: no image file at"):
        col([ex(image="/nonexistent/cat.jpg")])
    with pytest.raises(tldr.InvalidInputError, match=r"uint8 array, got float64 \(4, 4, 3\)"):
        col([ex(image=np.zeros((4, 4, 3)))])


def test_image_the_processor_rejects(qwen):
    from PIL import Image

    col = qwen[2]
    # Qwen2-VL's processor refuses aspect ratios above 200; the collator names the example
    with pytest.raises(tldr.InvalidInputError, match="example 1: the processor .* rejected it: .*aspect ratio"):
        col([ex(), ex(image=Image.new("RGB", (1, 400)))])


def test_response_that_tokenizes_to_nothing(qwen):
    col = qwen[2]
    with pytest.raises(tldr.InvalidInputError, match="example 0: the response is empty"):
        col([ex(response="")])
    with pytest.raises(tldr.InvalidInputError, match="'response' must be a str, got NoneType"):
        col([ex(response=None)])


def test_span_outside_the_response(qwen):
    col = qwen[2]
    n = len(ex()["response"])
    with pytest.raises(tldr.InvalidInputError, match=rf"bad span \(5, 500\) lies outside the response of length {n}"):
        col([ex(bad_spans=[(0, 3), (5, 500)])])
    with pytest.raises(tldr.InvalidInputError, match=r"bad span \(-1, 2\)"):
        col([ex(bad_spans=[(-1, 2)])])
    with pytest.raises(tldr.InvalidInputError, match=r"bad span \(4, 2\)"):
        col([ex(bad_spans=[(4, 2)])])
    with pytest.raises(tldr.InvalidInputError, match="integer pairs"):
        col([ex(bad_spans=[(1, 2, 3)])])
    with pytest.raises(tldr.InvalidInputError, match="integer pairs"):
        col([ex(bad_spans=["ab"])])
    with pytest.raises(tldr.InvalidInputError, match=r"bad span \(1.5, 2\)"):
        col([ex(bad_spans=[(1.5, 2)])])


def test_max_length_cutting_into_the_response(qwen):
    """Response tokens past max_length are dropped with their labels (counted in
    RowInfo.truncated); the kept ones keep theirs. A limit before the response raises."""
    _, proc, full = qwen
    e = ex(bad_spans=[(20, 23)])  # "red"
    batch, rows = full.encode([e])
    first = int(rows[0].positions[0])
    n_resp = len(rows[0].positions)
    cut = TLDRCollator(proc, max_length=first + 3)
    b2, r2 = cut.encode([e, ex(response="A cat.")])
    assert b2["input_ids"].shape[1] == first + 3 and b2["labels"].shape == b2["input_ids"].shape
    assert r2[0].truncated == n_resp - 3 and len(r2[0].positions) == 3
    np.testing.assert_array_equal(r2[0].labels, rows[0].labels[:3])
    np.testing.assert_array_equal(b2["input_ids"][0].numpy(), batch["input_ids"][0, :first + 3].numpy())
    assert (b2["labels"][0] != -100).sum() == 3
    # the "red" token (label 0) was cut away: the kept prefix is all good, which it is
    assert rows[0].labels.min() == 0 and r2[0].labels.min() == 1
    with pytest.raises(tldr.InvalidInputError, match=rf"max_length={first} cuts the whole response .* take {first}"):
        TLDRCollator(proc, max_length=first)([e])
    with pytest.raises(tldr.InvalidInputError, match="max_length must be a positive int"):
        TLDRCollator(proc, max_length=0)


def test_unsupported_backbone_and_processor(qwen):
    import transformers as tf

    gpt2 = tf.GPT2LMHeadModel(tf.GPT2Config(n_layer=1, n_embd=8, n_head=2, vocab_size=64, n_positions=32))
    with pytest.raises(tldr.UnsupportedError, match=r"GPT2LMHeadModel \(model_type 'gpt2'\) is not a supported "
                                                    r"backbone; supported: paligemma .*llava.*qwen2_vl.*mllama.*idefics3"):
        TLDRModel.from_backbone(gpt2, lora_rank=2)
    with pytest.raises(tldr.UnsupportedError, match="GPT2Tokenizer is not a supported backbone or processor"):
        TLDRCollator(qwen[1].tokenizer)


def test_tokenizer_mismatch_is_an_error_not_a_wrong_label(qwen):
    """A tldr.Tokenizer that disagrees with the processor's ids stops the collator."""
    col = TLDRCollator(qwen[1], tldr_tokenizer=tldr.Tokenizer.clip())
    with pytest.raises(tldr.InvalidInputError, match=r"tldr.Tokenizer \(clip\) and the processor's tokenizer "
                                                     r"GPT2Tokenizer .* give different ids for the response"):
        col([ex()])
    off = TLDRCollator(qwen[1], tldr_tokenizer=False)
    assert off.offsets_from == "transformers"
    b1, r1 = off.encode([ex(bad_spans=[(20, 23)])])
    b2, r2 = qwen[2].encode([ex(bad_spans=[(20, 23)])])
    assert torch.equal(b1["labels"], b2["labels"])
    with pytest.raises(tldr.InvalidInputError, match="tldr_tokenizer must be"):
        TLDRCollator(qwen[1], tldr_tokenizer="gpt2")


def test_model_argument_errors(qwen, tmp_path):
    import copy

    model = TLDRModel.from_backbone(copy.deepcopy(qwen[0]), lora_rank=2, processor=qwen[1])
    with pytest.raises(tldr.InvalidInputError, match="head must be 'token' or 'naive'"):
        TLDRModel.from_backbone(copy.deepcopy(qwen[0]), head="linear")
    with pytest.raises(tldr.InvalidInputError, match="lora_rank must be a positive number"):
        TLDRModel.from_backbone(copy.deepcopy(qwen[0]), lora_rank=0)
    with pytest.raises(tldr.InvalidInputError, match="already carries a peft adapter"):
        model.save_pretrained(tmp_path)
        TLDRModel.from_pretrained(tmp_path, backbone=model.base_model)
    with pytest.raises(tldr.InvalidInputError, match="got 1 images for 2 responses"):
        model.score([tiny_image(0)], ["a", "b"])
    with pytest.raises(tldr.InvalidInputError, match="a list of str, not one str"):
        model.score([tiny_image(0)], "a dog")
    with pytest.raises(tldr.InvalidInputError, match="tau must be a finite number"):
        model.merge(float("nan"))
    with pytest.raises(FileNotFoundError, match="no tldr_config.json"):
        TLDRModel.from_pretrained(tmp_path / "nothing", backbone=qwen[0])
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "tldr_config.json").write_text("{not json")
    with pytest.raises(tldr.FileFormatError, match="not JSON"):
        TLDRModel.from_pretrained(tmp_path / "bad", backbone=qwen[0])
    with pytest.raises(FileNotFoundError, match="never downloads"):
        TLDRModel.from_backbone("google/paligemma-3b-pt-448")
    batch = qwen[2]([ex()])
    batch["labels"][0, -3] = 2
    with pytest.raises(tldr.InvalidInputError, match=r"labels must be 0 or 1 \(or -100 = no label\), got 2"):
        model(**batch)
    merged = model.merge(0.5, inplace=True)
    assert merged is not None
    with pytest.raises(tldr.InvalidInputError, match="merged into its backbone"):
        model(**qwen[2]([ex()]))


def test_import_without_the_extra_names_it():
    """Without peft (any of the [vlm] packages) `import tldr` works, `import tldr.vlm`
    raises an ImportError naming the extra, and `tldr train` says what to install."""
    code = ("import sys; sys.modules['peft'] = None\n"
            "import tldr\n"
            "try:\n    import tldr.vlm\nexcept ImportError as e:\n    print('ERR', e)\n"
            "from tldr.__main__ import main\n"
            "print('EXIT', main(['train', '--backbone', 'x']))\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "ERR tldr.vlm needs the [vlm] extra (missing: peft)" in r.stdout
    assert "pip install 'tldr[vlm]'" in r.stdout
    assert "EXIT 1" in r.stdout
    assert "tldr train: error: tldr.vlm needs the [vlm] extra" in r.stderr
