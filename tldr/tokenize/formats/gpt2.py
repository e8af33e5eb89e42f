"""GPT-2's byte-level BPE: ``vocab.json`` + ``merges.txt``, the byte <-> printable
character alphabet ("Ġ" for a space) in which those files (and tokenizer.json's ByteLevel
models, and CLIP's file) spell byte strings, and the spec of a byte-level BPE model.
"""

from __future__ import annotations

import pathlib
from functools import lru_cache

import numpy as np

from .common import BYTES, check_vocab, merge_text, read_text
from ..errors import FileMissingError

# GPT-2's pre-tokenizer (also tokenizer.json's ByteLevel(use_regex=true)).
GPT2_PATTERN = r"""'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+"""
ENDOFTEXT = "<|endoftext|>"


@lru_cache(maxsize=1)
def bytes_to_unicode() -> dict[int, str]:
    """GPT-2's reversible byte -> printable character map (the "Ġ" alphabet).

    >>> bytes_to_unicode()[ord(" ")]
    'Ġ'
    """
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return {b: chr(c) for b, c in zip(bs, cs)}


@lru_cache(maxsize=1)
def unicode_to_bytes_table() -> dict[int, int | str]:
    """str.translate table: byte-level alphabet -> the latin-1 character of its byte; any
    other character below U+0100 -> U+FFFF (characters above are left alone), so that
    ``.encode("latin-1")`` of the result fails on anything outside the alphabet."""
    table: dict[int, int | str] = {c: "\uffff" for c in range(256)}
    for b, u in bytes_to_unicode().items():
        table[ord(u)] = chr(b)
    return table


def bytelevel_to_bytes(s: str) -> bytes | None:
    """The bytes a byte-level string spells ("Ġcat" -> b" cat"), None if it is not one."""
    try:
        return s.translate(unicode_to_bytes_table()).encode("latin-1")
    except UnicodeEncodeError:
        return None


def bytelevel_bpe(path, vocab: dict, merges: list, *, pattern, added, name, ignore_merges=False, merges_path=None,
                  normalizer=None, template=([], [])) -> dict:
    """The spec of a byte-level BPE model: vocab (byte-level string -> id), merges ("a b"
    or [a, b]); vocab entries outside the byte alphabet are unreachable and left out."""
    check_vocab(path, vocab)
    keys = list(vocab)
    strs = dict(zip(vocab.values(), keys))
    try:  # the whole vocab in one translate (1 char -> 1 byte, so lengths carry over)
        blob = "".join(keys).translate(unicode_to_bytes_table()).encode("latin-1")
        tokens = (blob, np.fromiter(map(len, keys), dtype=np.int64, count=len(keys)))
        ids = list(vocab.values())
    except UnicodeEncodeError:
        tokens, ids = [], []
        for k, v in vocab.items():
            b = bytelevel_to_bytes(k)
            if b is not None:
                tokens.append(b)
                ids.append(v)
    return dict(
        name=name,
        kind=BYTES,
        tokens=tokens,
        ids=ids,
        token_strs=strs,
        merge_text=merge_text(merges_path or path, merges, unicode_to_bytes_table()),
        pattern=pattern,
        added=added,
        ignore_merges=ignore_merges,
        normalizer=normalizer,
        template=template,
    )


def load(path: pathlib.Path, vocab: dict, merges_path: pathlib.Path) -> dict:
    """GPT-2's vocab.json (already parsed: ``vocab``) and the merges.txt at merges_path."""
    if not merges_path.exists():
        raise FileMissingError(f"{path}: GPT-2 vocab.json needs merges.txt beside it (looked for {merges_path})")
    check_vocab(path, vocab)
    lines = read_text(merges_path, "merges.txt", lines=True).splitlines()
    merges = [ln for ln in lines if ln and not ln.startswith("#version")]
    added = [(ENDOFTEXT, vocab[ENDOFTEXT], True)] if ENDOFTEXT in vocab else []
    return bytelevel_bpe(path, vocab, merges, merges_path=merges_path, pattern=GPT2_PATTERN, added=added, name="gpt2")
