"""Fuzz target: the tokenizer file readers (tldr/tokenize/formats/: tokenizer.json,
vocab.json + merges.txt, *.tiktoken, vocab.txt, CLIP's .txt.gz) through
``Tokenizer.from_file``, then an encode and a decode with what loads.

Input: byte 0 picks the format. tokenizer.json is built from one of four valid
templates (byte-level BPE with every pipeline piece, SentencePiece-style BPE, WordPiece,
Metaspace) with nodes replaced by values the input chooses (wrong JSON types, huge and
negative ids, unknown types, deep nesting), or is the raw input; the line formats are the
raw input (CLIP's gzip-compressed, or raw when the input starts with gzip's magic).
Property: only tldr errors (FileFormatError, UnsupportedError, ...) are raised.
"""

import copy
import gzip
import json
import os
import tempfile

import atheris
from _common import quietly, run

import tldr

_B2U = None


def _bytelevel_vocab():
    from tldr.tokenize.formats.gpt2 import bytes_to_unicode

    v = {c: b for b, c in bytes_to_unicode().items()}
    v.update({"ab": 256, "\u0120a": 257})
    return v


TEMPLATES = [
    {"model": {"type": "BPE", "vocab": _bytelevel_vocab(), "merges": ["a b", "\u0120 a"]},
     "normalizer": {"type": "Sequence", "normalizers": [{"type": "NFC"}]},
     "pre_tokenizer": {"type": "Sequence", "pretokenizers": [
         {"type": "Split", "pattern": {"Regex": "\\s+|\\w+|."}, "behavior": "Isolated", "invert": False},
         {"type": "ByteLevel", "add_prefix_space": False, "use_regex": False}]},
     "post_processor": {"type": "TemplateProcessing", "single": [{"SpecialToken": {"id": "<s>"}},
                                                                 {"Sequence": {"id": "A"}}],
                        "special_tokens": {"<s>": {"id": "<s>", "ids": [300]}}},
     "decoder": {"type": "ByteLevel"},
     "added_tokens": [{"id": 300, "content": "<s>", "special": True}, {"id": 301, "content": "zz"}]},
    {"model": {"type": "BPE", "vocab": {"<unk>": 0, "<s>": 1, "\u2581": 2, "a": 3, "b": 4, "\u2581a": 5, "<0x41>": 6},
               "merges": [["\u2581", "a"]], "byte_fallback": True, "unk_token": "<unk>", "fuse_unk": True},
     "normalizer": {"type": "Sequence", "normalizers": [{"type": "Prepend", "prepend": "\u2581"},
                                                        {"type": "Replace", "pattern": {"String": " "},
                                                         "content": "\u2581"}]},
     "post_processor": {"type": "BertProcessing", "cls": ["<s>", 1], "sep": ["<s>", 1]},
     "decoder": {"type": "Sequence", "decoders": [{"type": "Strip", "content": " ", "start": 1}]},
     "added_tokens": [{"id": 1, "content": "<s>", "special": True}]},
    {"model": {"type": "WordPiece", "vocab": {"[UNK]": 0, "[CLS]": 1, "[SEP]": 2, "a": 3, "##b": 4},
               "unk_token": "[UNK]", "continuing_subword_prefix": "##", "max_input_chars_per_word": 100},
     "normalizer": {"type": "BertNormalizer", "lowercase": True, "strip_accents": None},
     "pre_tokenizer": {"type": "BertPreTokenizer"},
     "post_processor": {"type": "RobertaProcessing", "cls": ["[CLS]", 1], "sep": ["[SEP]", 2]}},
    {"model": {"type": "BPE", "vocab": {"\u2581": 0, "a": 1, "\u2581a": 2, "<unk>": 3}, "merges": ["\u2581 a"],
               "unk_token": "<unk>"},
     "pre_tokenizer": {"type": "Metaspace", "replacement": "\u2581", "prepend_scheme": "first", "split": True},
     "decoder": {"type": "Metaspace", "prepend_scheme": "always"}},
]

TYPES = ["BPE", "WordPiece", "Unigram", "Sequence", "Split", "ByteLevel", "Metaspace", "NFC", "NFKC", "Prepend",
         "Replace", "TemplateProcessing", "BertProcessing", "RobertaProcessing", "Strip", "BertNormalizer",
         "BertPreTokenizer", "Isolated", "first", "always", "never"]


def _value(fdp):
    k = fdp.ConsumeIntInRange(0, 13)
    if k == 0:
        return None
    if k == 1:
        return fdp.ConsumeBool()
    if k == 2:
        return fdp.ConsumeInt(9)  # up to 2^71 either way
    if k == 3:
        return fdp.ConsumeRegularFloat()
    if k == 4:
        return fdp.ConsumeUnicodeNoSurrogates(12)
    if k == 5:
        return fdp.PickValueInList(TYPES)
    if k == 6:
        return [_value(fdp) for _ in range(fdp.ConsumeIntInRange(0, 3))] if fdp.remaining_bytes() else []
    if k == 7:
        return {fdp.PickValueInList(["type", "id", "content", "pattern", "vocab", "merges", "ids", "Regex", "String",
                                     "special", "cls", "sep", "single", "processors", "normalizers",
                                     "pretokenizers", "decoders"]): _value(fdp)} if fdp.remaining_bytes() else {}
    if k == 8:
        return {"type": fdp.PickValueInList(TYPES)}
    if k == 9:
        return fdp.ConsumeIntInRange(-2, 400)
    if k == 10:
        depth = fdp.ConsumeIntInRange(1, 3000)
        return json.loads("[" * depth + "]" * depth) if depth < 900 else "deep"
    if k == 11:
        return [fdp.ConsumeUnicodeNoSurrogates(6), fdp.ConsumeIntInRange(-1, 400)]
    if k == 12:
        return {"id": fdp.ConsumeIntInRange(-1, 2**31 + 10), "content": fdp.ConsumeUnicodeNoSurrogates(5),
                "special": fdp.ConsumeBool()}
    return fdp.ConsumeUnicodeNoSurrogates(3) + "\u0120"


def _paths(node, prefix=()):
    """The places a mutation may replace, at most 16 levels deep: a deep list (value kind
    10, up to 899 levels) put inside another one would pass Python's recursion limit in
    json.dumps here, before tldr sees the file (deeper files come as text: "deep")."""
    yield prefix
    if len(prefix) >= 16:
        return
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node[:4]):
            yield from _paths(v, prefix + (i,))


def _mutated_json(fdp):
    d = copy.deepcopy(TEMPLATES[fdp.ConsumeIntInRange(0, len(TEMPLATES) - 1)])
    for _ in range(fdp.ConsumeIntInRange(0, 4)):
        paths = [p for p in _paths(d) if p]
        path = paths[fdp.ConsumeIntInRange(0, len(paths) - 1)]
        node = d
        for k in path[:-1]:
            node = node[k]
        if fdp.ConsumeBool() and isinstance(node, dict):
            node[fdp.ConsumeUnicodeNoSurrogates(6)] = _value(fdp)  # a new key
        else:
            node[path[-1]] = _value(fdp)
    text = json.dumps(d)
    if text.endswith('"deep"}') or '"deep"' in text:
        text = text.replace('"deep"', "[" * 5000 + "]" * 5000, 1)
    return text.encode()


TMP = tempfile.mkdtemp(prefix="tldr-fuzz-")


def _write(name, data):
    p = os.path.join(TMP, name)
    with open(p, "wb") as f:
        f.write(data)
    return p


def _use(tok):
    enc = quietly(tok.encode, "a b ab <s> zz é 12", allowed_special="all")
    if enc is not None:
        quietly(tok.decode, enc.ids)
        quietly(tok.decode_with_offsets, enc.ids)


def test_one_input(data):
    fdp = atheris.FuzzedDataProvider(data)
    fmt = fdp.ConsumeIntInRange(0, 6)
    if fmt <= 1:
        raw = _mutated_json(fdp) if fmt == 0 else fdp.ConsumeBytes(fdp.remaining_bytes())
        path = _write("tokenizer.json", raw)
    elif fmt == 2:
        _write("merges.txt", fdp.ConsumeBytes(fdp.ConsumeIntInRange(0, 200)))
        raw = json.dumps(_bytelevel_vocab()).encode() if fdp.ConsumeBool() else fdp.ConsumeBytes(200)
        path = _write("vocab.json", raw)
    elif fmt == 3:
        path = _write("cl100k_base.tiktoken", fdp.ConsumeBytes(fdp.remaining_bytes()))
    elif fmt == 4:
        path = _write("vocab.txt", fdp.ConsumeBytes(fdp.remaining_bytes()))
    else:
        raw = fdp.ConsumeBytes(fdp.remaining_bytes())
        path = _write("bpe.txt.gz", raw if raw[:2] == b"\x1f\x8b" or fmt == 5 else gzip.compress(raw))
    tok = quietly(tldr.Tokenizer.from_file, path)
    if tok is not None:
        _use(tok)
        _use(quietly(tok.with_added_tokens, ["<new>", ("<sp>", True)]) or tok)


if __name__ == "__main__":
    run(test_one_input)
