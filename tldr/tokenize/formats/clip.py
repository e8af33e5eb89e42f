"""CLIP's ``bpe_simple_vocab_16e6.txt.gz``: gzip'ed UTF-8, a header line, then merges
"a b" in rank order in the byte-level alphabet; CLIP uses the first 48,894 of them.

The vocab is not in the file: it is built as CLIP's ``simple_tokenizer.py`` does (the 256
byte symbols, the same with ``</w>`` (end of word), one token per merge, then
``<|startoftext|>`` and ``<|endoftext|>``: 49,408 ids). Text is cleaned and lower-cased
(``ClipNormalizer``) and whitespace between pre-tokens is dropped.
"""

from __future__ import annotations

import gzip
import pathlib
import zlib

from ..normalizers import ClipNormalizer
from .common import BYTES, check_lines, check_size, file_error
from .gpt2 import bytelevel_to_bytes, bytes_to_unicode

__all__ = ["CLIP_PATTERN", "N_MERGES", "read_merges", "load"]

# CLIP (openai/CLIP simple_tokenizer.py), case-insensitive; whitespace is dropped. CLIP
# runs it on Python's `regex` with IGNORECASE, where U+0345 COMBINING GREEK YPOGEGRAMMENI
# (a mark whose case fold is the letter iota) matches no alternative and is dropped; PCRE2
# would count it a symbol, so the symbol class leaves it out (the character itself: PCRE2
# spells its escape \x{345}, `regex` \u0345, neither knows the other's).
CLIP_PATTERN = (
    r"""(?i)<\|startoftext\|>|<\|endoftext\|>|'s|'t|'re|'ve|'m|'ll|'d|[\p{L}]+|[\p{N}]|[^\s\p{L}\p{N}"""
    "\u0345]+"
)
# simple_tokenizer.py reads lines [1, 49152 - 256 - 2 + 1): a vocab of 49,152 - 2 merged
# and byte tokens plus the two specials.
N_MERGES = 49152 - 256 - 2
STARTOFTEXT, ENDOFTEXT = "<|startoftext|>", "<|endoftext|>"
# Decompressed bytes read, at most: the header and the 48,894 merges CLIP uses are 525 KB
# of the 3.2 MB the file expands to, so 8 MiB holds them many times over, and a small
# file that expands to gigabytes costs 8 MiB and a few milliseconds before it is refused.
MAX_DECOMPRESSED = 8 << 20


def read_merges(path: pathlib.Path) -> list[tuple[str, str]]:
    """The 48,894 merges CLIP uses, as (left, right) pairs in rank order."""
    check_size(path)
    try:
        with gzip.open(path, "rb") as f:
            data = f.read(MAX_DECOMPRESSED)  # decompresses only this much
    except (OSError, EOFError, zlib.error) as exc:
        raise file_error(path, f"expected a readable gzip'ed UTF-8 merges file ({exc})") from None
    # only the lines CLIP uses (the rest of the read may end inside a line)
    lines = data.split(b"\n", N_MERGES + 1)[: N_MERGES + 1]
    used = b"\n".join(lines)
    check_lines(path, used, "merges")
    try:
        lines = used.decode("utf-8").split("\n")
    except UnicodeDecodeError as exc:
        raise file_error(path, f"expected a readable gzip'ed UTF-8 merges file (invalid UTF-8 at byte {exc.start})") \
            from None
    if len(lines) < N_MERGES + 1 and len(data) == MAX_DECOMPRESSED:
        raise file_error(path, f"expected 48,894 merges in the first {MAX_DECOMPRESSED:,} decompressed bytes, found "
                               f"{max(0, len(lines) - 1)}")
    merges = lines[1 : N_MERGES + 1]
    if len(merges) != N_MERGES:
        raise file_error(path, f"expected at least 48,894 merges after the header, found {len(merges)}")
    pairs = []
    for ln, m in enumerate(merges, 2):
        p = m.split(" ")
        if len(p) != 2:
            raise file_error(path, f"line {ln}: expected two symbols, got {m[:60]!r}")
        pairs.append((p[0], p[1]))
    return pairs


def load(path: pathlib.Path) -> dict:
    pairs = read_merges(path)
    b2u = bytes_to_unicode()
    vocab = list(b2u.values())
    vocab = vocab + [v + "</w>" for v in vocab]
    vocab += ["".join(p) for p in pairs]
    vocab += [STARTOFTEXT, ENDOFTEXT]
    v2i = {}
    for i, v in enumerate(vocab):
        v2i.setdefault(v, i)
    tokens, ids, strs = [], [], {}
    for i, v in enumerate(vocab[:-2]):
        strs[i] = v
        core = v[:-4] if v.endswith("</w>") else v
        b = bytelevel_to_bytes(core)
        if b is None:
            raise file_error(path, f"token {v!r}: expected the byte-level alphabet")
        tokens.append(b + (b"</w>" if v.endswith("</w>") else b""))
        ids.append(i)
    mids = [(v2i[a], v2i[b]) for a, b in pairs]
    dec = [t.replace(b"</w>", b" ") for t in tokens]
    n = len(vocab)
    return dict(
        name="clip",
        kind=BYTES,
        tokens=tokens,
        ids=ids,
        token_strs=strs,
        merges=mids,
        pattern=CLIP_PATTERN,
        added=[(STARTOFTEXT, n - 2, True), (ENDOFTEXT, n - 1, True)],
        dec_tokens=dec,
        suffix=b"</w>",
        keep_gaps=False,
        normalizer=ClipNormalizer(),
        template=([n - 2], [n - 1]),
        lossless=False,
    )
