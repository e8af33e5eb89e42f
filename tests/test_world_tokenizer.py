"""The world tokenizer: tldr.Tokenizer gives the ids and offsets of Hugging Face tokenizers."""

import pytest

tokenizers = pytest.importorskip("tokenizers")
pytest.importorskip("PIL")
from hypothesis import given, settings, strategies as st  # noqa: E402

import tldr  # noqa: E402
from tldr.world import Scene, describe  # noqa: E402
from tldr.world import tokenizer as wt  # noqa: E402


@pytest.fixture(scope="module")
def toks():
    return tldr.Tokenizer.from_file(wt.TOKENIZER_PATH), tokenizers.Tokenizer.from_file(wt.TOKENIZER_PATH)


def _same(toks, text):
    ours, hf = toks
    # Hugging Face matches the special tokens written in a text; tldr refuses them unless
    # allowed (tiktoken's rule), so they are allowed here
    a, b = ours.encode(text, allowed_special="all"), hf.encode(text)
    assert a.ids.tolist() == b.ids, text
    assert [tuple(o) for o in a.offsets.tolist()] == [tuple(o) for o in b.offsets], text
    assert ours.decode(a.ids) == text


def test_special_tokens_and_size(toks):
    ours, hf = toks
    assert hf.get_vocab_size() == wt.VOCAB_SIZE == ours.vocab_size
    for i, s in enumerate(wt.SPECIAL_TOKENS):
        assert hf.token_to_id(s) == i == ours.token_to_id(s)


def test_world_captions_and_negatives(toks):
    p = tldr.Perturber(seed=1, balance=False)
    n_tokens = n_texts = 0
    for seed in range(10_000, 10_150):
        s = Scene.sample(seed)
        for style in ("coco", "dense"):
            cap = describe(s, style, seed=seed)
            _same(toks, cap)
            n_tokens += len(toks[1].encode(cap).ids)
            n_texts += 1
            for neg in p.perturb(cap, n=8):
                _same(toks, neg.text)
    # World words are whole tokens: a caption takes about one token per word.
    assert n_tokens / n_texts < 40


def test_words_the_world_never_saw(toks):
    for text in ["", " ", "Ünïcödé ☃ ok", "A zebra-striped narwhal!!", "\n\nThere is\tno cat.  ", "12:30 AM",
                 "<pad>", "a <pad>b<eos><image>x"]:
        _same(toks, text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_any_text(toks, text):
    _same(toks, text)


def test_regeneration_is_deterministic(tmp_path):
    texts = wt.corpus(60, seed=5)
    a, b = wt.train(texts, 400), wt.train(texts, 400)
    assert a.to_str() == b.to_str()
