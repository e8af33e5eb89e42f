"""Ids identical to the reference tokenizers on every assigned code point (issue 14,
item 6: PCRE2 counted U+180E as white space, tiktoken and ``tokenizers`` do not).

Each code point c is encoded in two texts that put it where the pre-tokenizer regexes
decide things (before a contraction, between spaces and digits, doubled, after a
newline, between letters, before a tab); both tldr and the reference must give the same
ids. "Assigned" is Python's ``unicodedata`` (category other than Cn; surrogates are no
text and are left out), which must know the Unicode version PCRE2 was built with: code
points assigned later are letters or digits to the references and unknown to PCRE2 (the
Kaktovik numerals of Unicode 15; docs/tokenizers.md).

The default run takes every ``TLDR_UNICODE_STRIDE``-th code point (default 16) plus every
white-space, format and separator character; the full comparison is

    TLDR_UNICODE_STRIDE=1 ./run.sh test tests/test_tokenizer_unicode.py

(282,230 code points x 2 texts x 9 tokenizers: about 4 minutes on 2 cores).
"""

import os
import pathlib
import unicodedata

import pytest

import tldr

STRIDE = max(1, int(os.environ.get("TLDR_UNICODE_STRIDE", "16")))
DATA = pathlib.Path(tldr.__file__).parent / "data"


def _code_points():
    info = tldr.build_info()
    if info["pcre2_unicode_version"] != unicodedata.unidata_version:
        pytest.skip(f"Python knows Unicode {unicodedata.unidata_version}, PCRE2 {info['pcre2_unicode_version']}: "
                    "'assigned' would differ")
    cps = []
    for cp in range(0x110000):
        cat = unicodedata.category(chr(cp))
        if cat in ("Cn", "Cs"):
            continue
        # every space, separator, control and format character, the rest strided
        if cp % STRIDE == 0 or cat in ("Zs", "Zl", "Zp", "Cc", "Cf") or chr(cp).isspace() or cp == 0x180E:
            cps.append(cp)
    return cps


def _texts(cps):
    out = []
    for cp in cps:
        c = chr(cp)
        out.append(f"{c}'s x {c}1 a{c}b  {c}{c} 1{c}")
        out.append(f"\n{c}\n {c} A{c}'S{c}\t{c}?{c}")
    return out


@pytest.fixture(scope="module")
def texts():
    cps = _code_points()
    assert 0x180E in cps and 0x20 in cps and 0x3000 in cps
    return cps, _texts(cps)


def _compare(name, cps, texts, ours, theirs):
    bad = sorted({cps[k // 2] for k in range(len(texts)) if ours[k].ids.tolist() != list(theirs[k])})
    assert not bad, f"{name}: {len(bad)} code points differ, first {[hex(c) for c in bad[:12]]}"


def test_u180e_examples(shared_data):
    """The issue's cases."""
    tiktoken = pytest.importorskip("tiktoken")
    from tiktoken.load import load_tiktoken_bpe

    from tldr.tokenize.formats.tiktoken import ENCODINGS

    path = shared_data / "tokenizers" / "tiktoken" / "cl100k_base.tiktoken"
    pattern, specials = ENCODINGS["cl100k_base"]
    ref = tiktoken.Encoding("cl100k_base", pat_str=pattern, mergeable_ranks=load_tiktoken_bpe(str(path)),
                            special_tokens=specials)
    tok = tldr.Tokenizer.from_file(path)
    for s in ["\u180e's", "x \u180e1", "a\u180e b", "\u180e\u180e 1"]:
        assert tok.encode(s).ids.tolist() == ref.encode_ordinary(s), repr(s)
    assert tok.encode("\u180e's").ids.tolist() == [157, 254, 236, 6, 82]


@pytest.mark.parametrize("name", ["cl100k_base", "o200k_base", "p50k_base", "r50k_base"])
def test_tiktoken_every_code_point(shared_data, texts, name):
    tiktoken = pytest.importorskip("tiktoken")
    from tiktoken.load import load_tiktoken_bpe

    from tldr.tokenize.formats.tiktoken import ENCODINGS

    cps, tx = texts
    path = shared_data / "tokenizers" / "tiktoken" / f"{name}.tiktoken"
    pattern, specials = ENCODINGS[name]
    ref = tiktoken.Encoding(name, pat_str=pattern, mergeable_ranks=load_tiktoken_bpe(str(path)),
                            special_tokens=specials)
    tok = tldr.Tokenizer.from_file(path)
    _compare(name, cps, tx, tok.encode_batch(tx, disallowed_special=()), ref.encode_ordinary_batch(tx))


@pytest.mark.parametrize("name", ["llama3_1", "llama2", "gemma"])
def test_hf_every_code_point(shared_data, texts, name):
    tokenizers = pytest.importorskip("tokenizers")
    cps, tx = texts
    path = shared_data / "tokenizers" / "hf" / name / "tokenizer.json"
    ref = tokenizers.Tokenizer.from_file(str(path))
    tok = tldr.Tokenizer.from_file(path)
    theirs = [e.ids for e in ref.encode_batch(tx, add_special_tokens=False)]
    _compare(name, cps, tx, tok.encode_batch(tx, disallowed_special=()), theirs)


def test_bundled_gpt2_every_code_point(texts):
    tokenizers = pytest.importorskip("tokenizers")
    cps, tx = texts
    ref = tokenizers.Tokenizer(tokenizers.models.BPE.from_file(str(DATA / "gpt2" / "vocab.json"),
                                                               str(DATA / "gpt2" / "merges.txt")))
    ref.pre_tokenizer = tokenizers.pre_tokenizers.ByteLevel(add_prefix_space=False)
    theirs = [e.ids for e in ref.encode_batch(tx)]
    _compare("gpt2", cps, tx, tldr.Tokenizer.gpt2().encode_batch(tx, disallowed_special=()), theirs)


def test_bundled_clip_every_code_point(texts):
    """CLIP's reference is its own logic (simple_tokenizer.py on Python's ``regex``, whose
    \\s is White_Space too), transcribed in the twin; in the default run scaled down
    further (it is slow)."""
    pytest.importorskip("regex")
    from tldr.tokenize._reference import ClipReference

    cps, tx = texts
    if STRIDE > 1:
        cps, tx = cps[::4], [t for k, t in enumerate(tx) if (k // 2) % 4 == 0]
    ref = ClipReference(DATA / "clip" / "bpe_simple_vocab_16e6.txt.gz")
    _compare("clip", cps, tx, tldr.Tokenizer.clip().encode_batch(tx, allowed_special="all"),
             [ref.encode(t) for t in tx])
