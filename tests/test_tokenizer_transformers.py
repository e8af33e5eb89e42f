"""tldr.Tokenizer beside transformers (issue 10's frictions): PaliGemma's ``<image>``, the
Gemma tokenizer.json that transformers 5 writes, a transformers tokenizer object
converted once (``Tokenizer.from_transformers``), and ``from_file`` given a settings file."""

import json
import pathlib
import sys

import numpy as np
import pytest

import tldr

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from tokenizer_corpus import ADVERSARIAL, captions  # noqa: E402


@pytest.fixture(scope="module")
def hf_dir(shared_data):
    return shared_data / "tokenizers" / "hf"


@pytest.fixture(scope="module")
def corpus(shared_data):
    return captions(shared_data)[:400] + ADVERSARIAL


def test_paligemma_has_the_image_token(hf_dir):
    tok = tldr.Tokenizer.paligemma(hf_dir / "gemma" / "tokenizer.json")
    assert tok.token_to_id("<image>") == 257152 and tok.vocab_size == 257153
    assert tok.special_tokens["<image>"] == 257152  # special: text never turns into it by accident
    with pytest.raises(ValueError, match="<image>"):
        tok.encode("<image>a cat")
    assert tok.encode("<image><image>a cat", allowed_special={"<image>"}).ids.tolist()[:2] == [257152, 257152]


def test_paligemma_equals_the_processor(hf_dir):
    tf = pytest.importorskip("transformers")
    hf = tf.AutoTokenizer.from_pretrained(hf_dir / "gemma")
    # PaliGemma's files hold <locNNNN>, <segNNN> and then <image>, as Tokenizer.paligemma
    hf.add_tokens([f"<loc{i:04d}>" for i in range(1024)] + [f"<seg{i:03d}>" for i in range(128)])
    proc = tf.PaliGemmaProcessor(image_processor=tf.SiglipImageProcessorPil(size={"height": 28, "width": 28}),
                                 tokenizer=hf)
    tok = tldr.Tokenizer.paligemma(hf_dir / "gemma" / "tokenizer.json")
    assert proc.image_token_id == tok.token_to_id("<image>") == 257152
    s = "<image><image><bos>caption en<loc0012><seg003> two dogs\n"
    assert tok.encode(s, allowed_special="all").ids.tolist() == hf(s, add_special_tokens=False)["input_ids"]


def test_settings_file_loads_the_tokenizer_beside_it(hf_dir, tmp_path):
    got = tldr.Tokenizer.from_file(hf_dir / "gemma" / "tokenizer_config.json")
    want = tldr.Tokenizer.from_file(hf_dir / "gemma" / "tokenizer.json")
    assert got.encode("A dog on a mat.").ids.tolist() == want.encode("A dog on a mat.").ids.tolist()
    (tmp_path / "tokenizer_config.json").write_text((hf_dir / "gemma" / "tokenizer_config.json").read_text())
    with pytest.raises(tldr.FileFormatError, match="holds a tokenizer's settings.*pass the tokenizer.json"):
        tldr.Tokenizer.from_file(tmp_path / "tokenizer_config.json")


@pytest.fixture(scope="module")
def gemma_tf5(hf_dir, tmp_path_factory):
    """The Gemma tokenizer.json as transformers 5 writes it."""
    tf = pytest.importorskip("transformers")
    d = tmp_path_factory.mktemp("gemma_tf5")
    tf.AutoTokenizer.from_pretrained(hf_dir / "gemma").save_pretrained(d)
    return d / "tokenizer.json"


def test_transformers5_gemma_file(gemma_tf5, corpus):
    tokenizers = pytest.importorskip("tokenizers")
    data = json.loads(gemma_tf5.read_text())
    assert data["pre_tokenizer"] == {"type": "Split", "pattern": {"String": " "}, "behavior": "MergedWithPrevious",
                                     "invert": False}  # the piece this test is about
    ht = tokenizers.Tokenizer.from_file(str(gemma_tf5))
    tok = tldr.Tokenizer.from_file(gemma_tf5)
    got = tok.encode_batch(corpus, allowed_special="all")  # HF matches every added token
    bad = [t for b, (t, e) in enumerate(zip(corpus, ht.encode_batch(corpus, add_special_tokens=False)))
           if got[b].ids.tolist() != e.ids]
    assert not bad, bad[:3]
    # the split matters where spaces reach the pre-tokenizer: there it stays unsupported
    del data["normalizer"]
    (gemma_tf5.parent / "no_norm.json").write_text(json.dumps(data))
    with pytest.raises(tldr.UnsupportedError, match="MergedWithPrevious"):
        tldr.Tokenizer.from_file(gemma_tf5.parent / "no_norm.json")


@pytest.mark.parametrize("name", ["gemma", "llama2", "llama3_1"])
def test_from_transformers(hf_dir, corpus, name, tmp_path):
    tf = pytest.importorskip("transformers")
    hf = tf.AutoTokenizer.from_pretrained(hf_dir / name)
    hf.add_tokens(["<image>"], special_tokens=True)  # as a processor does
    tok = tldr.Tokenizer.from_transformers(hf)
    assert tok.token_to_id("<image>") == hf.convert_tokens_to_ids("<image>")
    texts = corpus[:200] + ["<image>" + corpus[0]]
    want = hf(texts, add_special_tokens=False)["input_ids"]
    assert [e.ids.tolist() for e in tok.encode_batch(texts, allowed_special="all")] == want
    # saved by transformers and loaded again (its own tokenizer.json, not the original)
    hf.save_pretrained(tmp_path)
    again = tldr.Tokenizer.from_transformers(tf.AutoTokenizer.from_pretrained(tmp_path))
    assert [e.ids.tolist() for e in again.encode_batch(texts, allowed_special="all")] == want


def test_as_tokenizer_converts_once(hf_dir):
    tf = pytest.importorskip("transformers")
    from tldr.tokenize import transformers_bridge

    hf = tf.AutoTokenizer.from_pretrained(hf_dir / "llama2")
    a = transformers_bridge.as_tokenizer(hf)
    assert transformers_bridge.as_tokenizer(hf) is a  # remembered
    hf.add_tokens(["<extra_x>"])
    b = transformers_bridge.as_tokenizer(hf)  # the vocabulary changed: converted again
    assert b is not a and b.token_to_id("<extra_x>") == 32000
    gpt2 = tldr.Tokenizer.gpt2()
    assert transformers_bridge.as_tokenizer(gpt2) is gpt2


def test_unconvertible_tokenizer_says_why(hf_dir, monkeypatch):
    tf = pytest.importorskip("transformers")
    from tldr.tokenize import transformers_bridge

    hf = tf.AutoTokenizer.from_pretrained(hf_dir / "llama2")
    # a tokenizer that tldr's file gives other ids than: refused, never silently used
    monkeypatch.setattr(transformers_bridge, "PROBE", "a b")
    real = type(hf).__call__
    monkeypatch.setattr(type(hf), "__call__", lambda self, *a, **k: {**real(self, *a, **k), "input_ids": [1, 2, 3]})
    with pytest.raises(tldr.UnsupportedError, match="other ids than LlamaTokenizer"):
        tldr.Tokenizer.from_transformers(hf)
    with pytest.raises(tldr.InvalidInputError, match="expected a transformers tokenizer"):
        tldr.Tokenizer.from_transformers(np.zeros(3))
