"""Hostile and malformed tokenizer files, and wrong arguments of the tokenizer API
(issue 14, items 2 and 8, and the resource limits of every reader).

Every reader's limit (tldr/tokenize/formats/common.py, clip.py; docs/reliability.md) is
checked before what it bounds is allocated: the file size before the file is read, the
decompressed size while CLIP's file is inflated, the line length before a file is split,
the number of entries before the tables are built, the JSON nesting while it is parsed.
"""

import copy
import gzip
import json
import pathlib
import random
import subprocess
import sys
import zlib

import numpy as np
import pytest

import tldr
from tldr.tokenize.formats import clip as clip_format
from tldr.tokenize.formats import common

DATA = pathlib.Path(tldr.__file__).parent / "data"

def _bytelevel_vocab():
    """A small byte-level vocab: every byte, and "ab" (one merge)."""
    from tldr.tokenize.formats.gpt2 import bytes_to_unicode

    vocab = {c: b for b, c in bytes_to_unicode().items()}
    vocab["ab"] = 256
    return vocab


def _tiny_json(**extra):
    d = {
        "model": {"type": "BPE", "vocab": _bytelevel_vocab(), "merges": ["a b"]},
        "pre_tokenizer": {"type": "ByteLevel", "add_prefix_space": False},
        "decoder": {"type": "ByteLevel"},
    }
    d.update(extra)
    return d


def _write_json(tmp_path, d, name="tokenizer.json"):
    p = tmp_path / name
    p.write_text(json.dumps(d))
    return p


def _refused(path, match, exc=tldr.FileFormatError, **kw):
    with pytest.raises(exc, match=match):
        tldr.Tokenizer.from_file(path, **kw)


def test_tiny_json_loads(tmp_path):
    tok = tldr.Tokenizer.from_file(_write_json(tmp_path, _tiny_json()))
    v = _bytelevel_vocab()
    assert tok.encode("ab a").ids.tolist() == [256, v["\u0120"], v["a"]]


# ---- item 2: CLIP's .gz ----------------------------------------------------------------------


def _gzip_bomb(path, total_mib):
    """A multi-member gzip file: one 16 MiB member of "a" (16 KB compressed) repeated, so
    the file is tiny and its text huge, without compressing gigabytes here."""
    member = gzip.compress(b"a" * (16 << 20), compresslevel=9)
    with open(path, "wb") as f:
        f.write(gzip.compress(b"#version: 0.2\n"))
        for _ in range(total_mib // 16):
            f.write(member)
    return path


_BOMB = """
import resource, sys
import tldr
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    tldr.Tokenizer.from_file(sys.argv[1])
except tldr.FileFormatError as e:
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before, e)
"""


def test_clip_gzip_bomb_is_refused_after_a_bounded_read(tmp_path):
    """1 GiB of text in a 1 MB file: refused after inflating at most 8 MiB (it used to
    inflate everything: 4.1 GB of RSS for 2 GiB)."""
    path = _gzip_bomb(tmp_path / "bomb.txt.gz", 1024)
    assert path.stat().st_size < 2 << 20
    out = subprocess.run([sys.executable, "-c", _BOMB, str(path)], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0 and out.stdout, out.stderr
    grew_kb, msg = out.stdout.split(" ", 1)
    assert int(grew_kb) < 100 * 1024, msg
    assert "line 2 has" in msg and "65,536" in msg  # the one long "aaa..." line


def test_clip_reads_only_the_lines_it_uses(tmp_path):
    """The merges CLIP uses followed by anything (here: a huge line, then garbage) load,
    and give the bundled tokenizer's ids."""
    raw = gzip.open(DATA / "clip" / "bpe_simple_vocab_16e6.txt.gz").read()
    lines = raw.split(b"\n")[: clip_format.N_MERGES + 1]
    p = tmp_path / "tail.txt.gz"
    p.write_bytes(gzip.compress(b"\n".join(lines) + b"\n" + b"x" * (1 << 20) + b"\n\xff\xfe garbage"))
    tok = tldr.Tokenizer.from_file(p)
    s = "A photo of two cats, 3 dogs & a bird."
    assert tok.encode(s).ids.tolist() == tldr.Tokenizer.clip().encode(s).ids.tolist()


def test_clip_truncated_and_corrupt(tmp_path):
    raw = gzip.open(DATA / "clip" / "bpe_simple_vocab_16e6.txt.gz").read()
    p = tmp_path / "short.txt.gz"
    p.write_bytes(gzip.compress(raw[:100_000]))
    _refused(p, "expected at least 48,894 merges")
    data = (DATA / "clip" / "bpe_simple_vocab_16e6.txt.gz").read_bytes()
    p.write_bytes(data[: len(data) // 2])
    _refused(p, "readable gzip")
    p.write_bytes(data[:20] + bytes(100) + data[120:])
    _refused(p, "readable gzip")
    p.write_bytes(gzip.compress(b"#v\n" + "é".encode("latin-1") * 10))
    _refused(p, "UTF-8")
    # a long line among the used ones
    p.write_bytes(gzip.compress(b"#v\n" + b"a " + b"b" * 70_000 + b"\n"))
    _refused(p, "line 2 has 70,002 bytes")


def test_clip_many_lines_within_the_cap(tmp_path):
    """More than 8 MiB before the last needed line: refused with the cap named."""
    p = tmp_path / "wide.txt.gz"
    p.write_bytes(gzip.compress(b"#v\n" + (b"a " + b"b" * 300 + b"\n") * 30_000))
    _refused(p, "in the first 8,388,608 decompressed bytes")


# ---- file size, line length, entries, nesting ------------------------------------------------


@pytest.mark.parametrize("name", ["tokenizer.json", "x.tiktoken", "vocab.txt", "bpe.txt.gz", "vocab.json"])
def test_file_size_cap_before_reading(tmp_path, name):
    """A file larger than 256 MiB is refused from its size alone (a sparse file: nothing
    is read or written)."""
    p = tmp_path / name
    with open(p, "wb") as f:
        f.truncate(common.MAX_FILE_BYTES + 1)
    _refused(p, "268,435,457 bytes, more than the 268,435,456 a tokenizer file", encoding="cl100k_base" if name.endswith("tiktoken") else None)


def test_merges_txt_size_cap(tmp_path):
    (tmp_path / "vocab.json").write_text(json.dumps(_bytelevel_vocab()))
    with open(tmp_path / "merges.txt", "wb") as f:
        f.truncate(common.MAX_FILE_BYTES + 1)
    _refused(tmp_path / "vocab.json", "merges.txt: the file has 268,435,457 bytes")


def test_line_length_caps(tmp_path):
    long_line = b"a" * (common.MAX_LINE_BYTES + 1)
    p = tmp_path / "cl100k_base.tiktoken"
    p.write_bytes(b"YQ== 0\n" + long_line + b" 1\n")
    _refused(p, "rank file line 2 has 65,539 bytes")
    p = tmp_path / "vocab.txt"
    p.write_bytes(b"[UNK]\r" + long_line + b"\n")
    _refused(p, "vocab.txt line 2 has 65,537 bytes")
    (tmp_path / "vocab.json").write_text(json.dumps(_bytelevel_vocab()))
    (tmp_path / "merges.txt").write_bytes(b"#version: 0.2\n" + long_line + b"\n")
    _refused(tmp_path / "vocab.json", "merges.txt line 2 has 65,537 bytes")


def test_entry_caps(tmp_path, monkeypatch):
    """At most 2^24 vocab entries, merges and lines (tested with the cap lowered: a real
    file of 2^24 entries would take gigabytes to build here)."""
    monkeypatch.setattr(common, "MAX_ENTRIES", 100)
    _refused(_write_json(tmp_path, _tiny_json()), "257 vocab entries, more than the 100")
    d = _tiny_json()
    d["model"]["vocab"] = {"a": 0, "b": 1, "ab": 2}
    d["model"]["merges"] = ["a b"] * 101
    d["pre_tokenizer"] = {"type": "Metaspace"}
    _refused(_write_json(tmp_path, d), "101 merges, more than the 100")
    p = tmp_path / "cl100k_base.tiktoken"
    p.write_bytes(b"YQ== 0\n" * 101)
    _refused(p, "101 lines")
    p = tmp_path / "vocab.txt"
    p.write_text("[UNK]\n" + "x\n" * 100)
    _refused(p, "101 lines")


def test_deeply_nested_json(tmp_path):
    """It raised RecursionError."""
    p = tmp_path / "tokenizer.json"
    p.write_text("[" * 100_000 + "]" * 100_000)
    _refused(p, "nested deeper")
    p.write_text('{"model": ' * 50_000 + "1" + "}" * 50_000)
    _refused(p, "nested deeper")


# ---- item 8: ids and added tokens --------------------------------------------------------------


def test_huge_and_negative_ids_in_files(tmp_path):
    """ids >= 2^63 (OverflowError), 2^31 + 5 in an added token (OverflowError), negative
    ids reported as negative."""
    for bad, shown in [(2**63, "9223372036854775808"), (2**64 + 1, "18446744073709551617"), (-5, "-5"),
                       (2**31 + 5, "2147483653"), (1 << 24, "16777216")]:
        d = _tiny_json()
        d["model"]["vocab"]["c"] = bad
        _refused(_write_json(tmp_path, d), f"token 'c' has id {shown}, outside")
        d = _tiny_json(added_tokens=[{"content": "<x>", "id": bad, "special": True}])
        _refused(_write_json(tmp_path, d), f"added token #0 '<x>' has id {shown}, outside")
        (tmp_path / "vocab.json").write_text(json.dumps({**_bytelevel_vocab(), "c": bad}))
        (tmp_path / "merges.txt").write_text("#version: 0.2\na b\n")
        _refused(tmp_path / "vocab.json", f"has id {shown}")
    for v in ["1.5", "true", '"3"', "null", "[1]"]:
        p = tmp_path / "tokenizer.json"
        d = json.dumps(_tiny_json()).replace('"ab": 256', f'"ab": {v}')
        p.write_text(d)
        _refused(p, "token 'ab': expected an integer id")
    p = tmp_path / "cl100k_base.tiktoken"
    for rank in [b"99999999999999999999", b"-1", b"+1", b"1_0", b"\xb2", b"1e3"]:
        p.write_bytes(b"YQ== 0\nYg== " + rank + b"\n")
        _refused(p, "line 2" if rank != b"99999999999999999999" else "has id 99999999999999999999")


def test_added_token_content(tmp_path):
    """Non-string content raised AttributeError."""
    for c in [5, None, ["x"], {"a": 1}, True, ""]:
        _refused(_write_json(tmp_path, _tiny_json(added_tokens=[{"content": c, "id": 300}])),
                 "expected a non-empty string as content")
    for a in [[1], ["x"], [{"id": 3}], [{"content": "x"}], {"x": 1}, "x"]:
        _refused(_write_json(tmp_path, _tiny_json(added_tokens=a)), "added")


def test_added_token_reusing_an_id(tmp_path):
    """An added token with the id of another vocab token made decode(encode("zz a")) ==
    "a a"; now refused. Reusing the id of the same token is fine (Llama-2's <s>)."""
    v = _bytelevel_vocab()
    _refused(_write_json(tmp_path, _tiny_json(added_tokens=[{"content": "zz", "id": v["a"]}])),
             "added token 'zz' has id 97, which the vocab gives to 'a'")
    _refused(_write_json(tmp_path, _tiny_json(added_tokens=[{"content": "<x>", "id": 300},
                                                            {"content": "<y>", "id": 300}])),
             "added tokens '<x>' and '<y>' share id 300")
    tok = tldr.Tokenizer.from_file(_write_json(tmp_path, _tiny_json(
        added_tokens=[{"content": "ab", "id": 256}, {"content": "<x>", "id": 300, "special": True}])))
    s = "zz ab<x>"
    assert tok.decode(tok.encode(s, allowed_special="all").ids) == s


# The structure fuzz: every node of a valid tokenizer.json replaced by values of the
# wrong JSON type must give a tldr error, never KeyError, AttributeError, TypeError...
_WRONG = [None, True, 0, -1, 2**70, 1.5, "x", "", [], [1], ["a", "b"], {}, {"type": "Sequence"}, {"a": 1}]


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            if k != "vocab":  # the vocab's own values are tested above
                yield from _paths(v, prefix + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node[:3]):
            yield from _paths(v, prefix + (i,))


def _set(d, path, value):
    for k in path[:-1]:
        d = d[k]
    d[path[-1]] = value


_RICH = dict(
    normalizer={"type": "Sequence", "normalizers": [{"type": "NFC"}]},
    pre_tokenizer={"type": "Sequence", "pretokenizers": [
        {"type": "Split", "pattern": {"Regex": "\\s+|\\w+"}, "behavior": "Isolated", "invert": False},
        {"type": "ByteLevel", "add_prefix_space": False, "use_regex": False}]},
    post_processor={"type": "Sequence", "processors": [
        {"type": "TemplateProcessing", "single": [{"SpecialToken": {"id": "<s>", "type_id": 0}},
                                                  {"Sequence": {"id": "A", "type_id": 0}}],
         "special_tokens": {"<s>": {"id": "<s>", "ids": [300], "tokens": ["<s>"]}}},
        {"type": "ByteLevel"}]},
    added_tokens=[{"id": 300, "content": "<s>", "special": True, "lstrip": False, "rstrip": False}],
    decoder={"type": "Sequence", "decoders": [{"type": "ByteLevel"}, {"type": "Strip", "content": " ", "start": 1}]},
)

_SP = {
    "model": {"type": "BPE", "vocab": {"<unk>": 0, "<s>": 1, "\u2581": 2, "a": 3, "b": 4, "\u2581a": 5, "<0x41>": 6},
              "merges": [["\u2581", "a"]], "byte_fallback": True, "unk_token": "<unk>", "fuse_unk": True},
    "normalizer": {"type": "Sequence", "normalizers": [{"type": "Prepend", "prepend": "\u2581"},
                                                       {"type": "Replace", "pattern": {"String": " "},
                                                        "content": "\u2581"}]},
    "post_processor": {"type": "BertProcessing", "cls": ["<s>", 1], "sep": ["<s>", 1]},
    "decoder": {"type": "Sequence", "decoders": [{"type": "Metaspace", "prepend_scheme": "always"}]},
    "added_tokens": [{"id": 1, "content": "<s>", "special": True}],
}

_WP = {
    "model": {"type": "WordPiece", "vocab": {"[UNK]": 0, "[CLS]": 1, "[SEP]": 2, "a": 3, "##b": 4},
              "unk_token": "[UNK]", "continuing_subword_prefix": "##", "max_input_chars_per_word": 100},
    "normalizer": {"type": "BertNormalizer", "lowercase": True, "strip_accents": None,
                   "handle_chinese_chars": True},
    "pre_tokenizer": {"type": "BertPreTokenizer"},
    "post_processor": {"type": "RobertaProcessing", "cls": ["[CLS]", 1], "sep": ["[SEP]", 2]},
}


@pytest.mark.parametrize("base", ["rich", "sentencepiece", "wordpiece"])
def test_malformed_structure_gives_tldr_errors(tmp_path, base):
    """It raised KeyError ('cls', 'id'), AttributeError ('list' has no 'get'), ValueError
    and TypeError for nodes of the wrong type."""
    good = {"rich": _tiny_json(**_RICH), "sentencepiece": _SP, "wordpiece": _WP}[base]
    tldr.Tokenizer.from_file(_write_json(tmp_path, good))  # the base itself is valid
    rng = random.Random(base)
    n = 0
    for path in _paths(good):
        if not path:
            continue
        for value in rng.sample(_WRONG, 6):
            d = copy.deepcopy(good)
            _set(d, path, value)
            try:
                tldr.Tokenizer.from_file(_write_json(tmp_path, d))
            except tldr.TldrError:
                pass
            n += 1
    assert n > 50


# ---- item 8: API arguments -----------------------------------------------------------------------


def test_decode_refuses_non_integers_and_reports_values():
    tok = tldr.Tokenizer.gpt2()
    for ids in ([1.7, 2.2], np.array([1.0]), [True], np.array([1], np.float32), ["1"]):
        with pytest.raises(tldr.DTypeError, match="integer"):
            tok.decode(ids)
        with pytest.raises(tldr.DTypeError, match="integer"):
            tok.decode_with_offsets(ids)
    for ids, shown in [([2**63], "9223372036854775808"), ([2**64], "18446744073709551616"), ([-1], "-1"),
                       (np.array([2**64 - 1], np.uint64), "18446744073709551615"),
                       (np.array([-1], np.int32), "-1"), ([5, 2**100], str(2**100))]:
        with pytest.raises(tldr.InvalidInputError, match=f"got {shown}$"):
            tok.decode(ids)
    assert tok.decode([]) == "" and tok.decode(np.zeros(0)) == ""
    assert tok.decode(np.array([64, 3797], np.uint16)) == "a cat"
    # the engine itself (tldr._core.BPE) refuses floats too
    with pytest.raises(tldr.DTypeError):
        tok._core.decode(np.array([1.5]))
    with pytest.raises(tldr.InvalidInputError, match="18446744073709551615"):
        tok._core.decode(np.array([2**64 - 1], np.uint64))


def test_single_id_lookups():
    tok = tldr.Tokenizer.gpt2()
    assert tok.id_to_token(2**64) is None and tok.token_bytes(2**64) is None and tok.token_bytes(-1) is None
    assert tok.token_bytes(np.int64(64)) == b"a"
    for bad in (1.5, "1", True, None):
        with pytest.raises(tldr.DTypeError):
            tok.id_to_token(bad)
        with pytest.raises(tldr.DTypeError):
            tok.token_bytes(bad)


def test_with_added_tokens_checks_each_token():
    tok = tldr.Tokenizer.gpt2()
    for bad in ([5], [(5, True)], [b"x"], [("x",)], [("x", "yes")], [("x", True, 1)], [None]):
        with pytest.raises(tldr.DTypeError, match=r"tokens\[0\]"):
            tok.with_added_tokens(bad)
    with pytest.raises(tldr.DTypeError):
        tok.with_added_tokens("<x>")
    with pytest.raises(tldr.InvalidInputError, match=r"tokens\[1\]: expected a non-empty"):
        tok.with_added_tokens(["<x>", ""])
    t2 = tok.with_added_tokens(["<x>", ("<y>", True), ["<z>", False]])
    assert t2.added_tokens["<z>"] == 50259


def test_calibration_bins_capped():
    """n_bins=10**12 tried to allocate 7 TiB."""
    from tldr.evaluate.calibration import MAX_BINS, expected_calibration_error, reliability_data

    p, y = np.array([0.2, 0.9]), np.array([0, 1])
    with pytest.raises(tldr.InvalidInputError, match="n_bins"):
        expected_calibration_error(p, y, n_bins=10**12)
    assert reliability_data(p, y, n_bins=MAX_BINS).counts.shape == (MAX_BINS,)


def test_patterns_match_limit_is_named(tmp_path):
    """A catastrophically backtracking quote/protect pattern was reported as 'candidates
    exceed 256 MiB of text'."""
    (tmp_path / "patterns.txt").write_text("quote: (?:a|a)*s\n")
    p = tldr.Perturber(lexicon=str(tmp_path / "patterns.txt"))
    with pytest.raises(tldr.InvalidInputError, match="match limits") as e:
        p.perturb("a" * 40 + " two dogs")
    assert "256 MiB" not in str(e.value)
    with pytest.raises(tldr.InvalidInputError, match="regular expression"):
        p.perturb_batch(["a" * 40 + " two dogs"])


def test_pretokenizer_match_limit_is_named(tmp_path):
    d = _tiny_json()
    d["pre_tokenizer"] = {"type": "Sequence", "pretokenizers": [
        {"type": "Split", "pattern": {"Regex": "(?:a|a)*s|."}, "behavior": "Isolated", "invert": False},
        {"type": "ByteLevel", "add_prefix_space": False, "use_regex": False}]}
    tok = tldr.Tokenizer.from_file(_write_json(tmp_path, d))
    with pytest.raises(tldr.InvalidInputError, match="match limits"):
        tok.encode("a" * 40 + " x")
