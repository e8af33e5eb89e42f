"""tiktoken rank files (``*.tiktoken``): one ``<base64 token> <rank>`` per line. The
regex and special tokens are not in the file: they come from the encoding's name.

There is no merge list: the rank of a merge is the rank (id) of the merged token, which
the C engine derives from the vocab.
"""

from __future__ import annotations

import base64
import pathlib

from ..._core import UnsupportedError
from .common import BYTES, MAX_ID, check_count, check_id, check_lines, file_error, read_bytes
from .gpt2 import ENDOFTEXT, bytes_to_unicode

__all__ = ["ENCODINGS", "R50K_PATTERN", "CL100K_PATTERN", "O200K_PATTERN", "load"]

R50K_PATTERN = r"""'(?:[sdmt]|ll|ve|re)| ?\p{L}++| ?\p{N}++| ?[^\s\p{L}\p{N}]++|\s++$|\s+(?!\S)|\s"""
CL100K_PATTERN = (
    r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+"""
    r"""|\s++$|\s*[\r\n]|\s+(?!\S)|\s"""
)
O200K_PATTERN = "|".join(
    [
        r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
        r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
        r"""\p{N}{1,3}""",
        r""" ?[^\s\p{L}\p{N}]+[\r\n/]*""",
        r"""\s*[\r\n]+""",
        r"""\s+(?!\S)""",
        r"""\s+""",
    ]
)

# encoding name -> (pre-tokenizer regex, special tokens), as in tiktoken_ext.openai_public
ENCODINGS = {
    "r50k_base": (R50K_PATTERN, {ENDOFTEXT: 50256}),
    "gpt2": (R50K_PATTERN, {ENDOFTEXT: 50256}),
    "p50k_base": (R50K_PATTERN, {ENDOFTEXT: 50256}),
    "p50k_edit": (
        R50K_PATTERN,
        {ENDOFTEXT: 50256, "<|fim_prefix|>": 50281, "<|fim_middle|>": 50282, "<|fim_suffix|>": 50283},
    ),
    "cl100k_base": (
        CL100K_PATTERN,
        {
            ENDOFTEXT: 100257,
            "<|fim_prefix|>": 100258,
            "<|fim_middle|>": 100259,
            "<|fim_suffix|>": 100260,
            "<|endofprompt|>": 100276,
        },
    ),
    "o200k_base": (O200K_PATTERN, {ENDOFTEXT: 199999, "<|endofprompt|>": 200018}),
}


def load(path: pathlib.Path, encoding: str | None) -> dict:
    """A rank file; ``encoding`` (default: the file name before the first dot) picks the
    regex and special tokens."""
    enc = encoding or path.name.split(".")[0]
    if enc not in ENCODINGS:
        raise UnsupportedError(f"{path}: unknown tiktoken encoding {enc!r}; pass encoding= one of {sorted(ENCODINGS)}")
    pattern, specials = ENCODINGS[enc]
    data = read_bytes(path)
    check_lines(path, data, "rank file")
    lines = data.splitlines()
    check_count(path, len(lines), "lines")
    tokens, ranks = [], []
    for ln, line in enumerate(lines, 1):
        if not line:
            continue
        parts = line.split()
        if len(parts) != 2:
            raise file_error(path, f"line {ln}: expected '<base64 token> <rank>', got {line[:60]!r}")
        try:
            tokens.append(base64.b64decode(parts[0], validate=True))
            rank = int(parts[1]) if parts[1].isdigit() else None
        except ValueError:
            rank = None
        if rank is None:
            raise file_error(path, f"line {ln}: expected '<base64 token> <rank>', got a bad base64 token or rank: "
                                   f"{line[:60]!r}")
        ranks.append(rank)
    if not tokens:
        raise file_error(path, "expected '<base64 token> <rank>' lines, found no tokens")
    if max(ranks) >= MAX_ID:
        k = next(k for k, r in enumerate(ranks) if r >= MAX_ID)
        check_id(path, ranks[k], f"token #{k} (base64 {base64.b64encode(tokens[k])[:40].decode()})")
    b2u = bytes_to_unicode()
    strs = {r: "".join(b2u[x] for x in t) for t, r in zip(tokens, ranks)}
    return dict(
        name=enc,
        kind=BYTES,
        tokens=tokens,
        ids=ranks,
        token_strs=strs,
        merges=None,
        pattern=pattern,
        added=[(c, i, True) for c, i in specials.items()],
        ignore_merges=True,
    )
