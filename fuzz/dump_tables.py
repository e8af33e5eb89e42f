"""Write the C engine's tables of real tokenizers for fuzz/tokenizer_encode.c.

    python fuzz/dump_tables.py OUTDIR

Each tokenizer is built the way ``tldr.Tokenizer`` builds it (its file parsed by
``tldr/tokenize/formats``), and the keyword arguments it hands to ``tldr._core.BPE`` are
written to OUTDIR/NAME.tab in a flat format the harness reads (all little-endian):

    "TLDRTAB1", then u32 fields: kind, ignore_merges, byte_fallback, prepend (index),
    split_spaces, replace_space, keep_gaps, fuse_unk, lossless; i32 unk_id; u64
    max_word_chars; then blobs, each a u64 byte count and the bytes: pattern (UTF-8, as
    PCRE2 gets it), suffix, prefix, tokens, offsets (i64), ids (i32), dec_tokens,
    dec_offsets (i64), merges (i32 pairs), merge_text, merge_offsets (i64), merge_seps
    (i64), added, added_offsets (i64), added_ids (i32), byte_ids (i32, 256 or none).

Tokenizers: the bundled GPT-2 and CLIP, a small WordPiece vocab made here, and from
../shared/data when present cl100k_base, o200k_base, Llama-3.1, Llama-2 and Gemma.
"""

import os
import pathlib
import struct
import sys

import numpy as np

import tldr
from tldr.tokenize import tokenizer as tokmod

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = pathlib.Path(os.environ.get("TLDR_SHARED_DATA", ROOT.parent / "shared" / "data"))
KINDS = ("bytes", "chars", "wordpiece")
PREPENDS = ("never", "always", "unless_space", "first")


def captured(make):
    """The keyword arguments of the tldr._core.BPE built by make()."""
    seen = {}
    real = tokmod._BPE

    def spy(**kw):
        seen.update(kw)
        return real(**kw)

    tokmod._BPE = spy
    try:
        tok = make()
    finally:
        tokmod._BPE = real
    return tok, seen


def blob(x, dtype=None):
    if x is None:
        data = b""
    elif isinstance(x, str):
        data = x.encode("utf-8")
    elif isinstance(x, (bytes, bytearray)):
        data = bytes(x)
    else:
        data = np.ascontiguousarray(np.asarray(x, dtype=dtype)).tobytes()
    return struct.pack("<Q", len(data)) + data


def dump(path, tok, kw):
    head = struct.pack("<8s9Iiq", b"TLDRTAB1", KINDS.index(kw["kind"]), kw.get("ignore_merges", False),
                       kw.get("byte_fallback", False), PREPENDS.index(kw.get("prepend_space", "never")),
                       kw.get("split_spaces", False), kw.get("replace_space", False), kw.get("keep_gaps", True),
                       kw.get("fuse_unk", False), bool(tok.lossless) and kw["kind"] == "bytes", kw.get("unk_id", -1),
                       kw.get("max_word_chars", 100))
    parts = [head, blob(kw.get("pattern")), blob(kw.get("suffix")), blob(kw.get("prefix")),
             blob(kw["tokens"]), blob(kw["offsets"], np.int64), blob(kw["ids"], np.int32),
             blob(kw.get("dec_tokens")), blob(kw.get("dec_offsets"), np.int64), blob(kw.get("merges"), np.int32),
             blob(kw.get("merge_text")), blob(kw.get("merge_offsets"), np.int64), blob(kw.get("merge_seps"), np.int64),
             blob(kw.get("added")), blob(kw.get("added_offsets"), np.int64), blob(kw.get("added_ids"), np.int32),
             blob(kw.get("byte_ids"), np.int32)]
    path.write_bytes(b"".join(parts))


def wordpiece(tmp):
    words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + list("abcdefghijklmnopqrstuvwxyz0123456789.,!?'")
    words += ["##" + c for c in "abcdefghijklmnopqrstuvwxyz"] + ["the", "a", "cat", "dog", "##s", "##ing", "un",
                                                                 "##believ", "##able", "中", "é"]
    p = tmp / "vocab.txt"
    p.write_text("\n".join(words) + "\n", encoding="utf-8")
    return tldr.Tokenizer.from_file(p)


def main(out):
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    makers = {"gpt2": tldr.Tokenizer.gpt2, "clip": tldr.Tokenizer.clip, "wordpiece": lambda: wordpiece(out)}
    shared = {"cl100k": SHARED / "tokenizers" / "tiktoken" / "cl100k_base.tiktoken",
              "o200k": SHARED / "tokenizers" / "tiktoken" / "o200k_base.tiktoken",
              "llama3": SHARED / "tokenizers" / "hf" / "llama3_1" / "tokenizer.json",
              "llama2": SHARED / "tokenizers" / "hf" / "llama2" / "tokenizer.json",
              "gemma": SHARED / "tokenizers" / "hf" / "gemma" / "tokenizer.json"}
    for name, path in shared.items():
        if path.exists():
            makers[name] = lambda path=path: tldr.Tokenizer.from_file(path)
    for name, make in makers.items():
        tok, kw = captured(make)
        dump(out / f"{name}.tab", tok, kw)
        print(name)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "build/fuzz/tables")
