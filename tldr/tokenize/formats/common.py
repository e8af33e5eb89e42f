"""What the file-format loaders share: the engine kinds, file reading with tldr errors,
and merges turned into the byte blob the C engine resolves.

A loader returns a *spec*: the keyword arguments of ``Tokenizer._make`` (the engine's
tables and options, plus the policy: normalizer, template, decoding rules). The spec is
what the tokenizer keeps to pickle itself and what the test twin (``_reference.py``)
encodes from.
"""

from __future__ import annotations

import json
import pathlib
from itertools import repeat

import numpy as np

from ..._core import FileFormatError
from ..errors import FileMissingError

# Engine kinds (tldr_bpe_kind in csrc/core/tokenize/bpe.h).
BYTES = "bytes"  # byte-level BPE
CHARS = "chars"  # SentencePiece-style BPE on characters
WORDPIECE = "wordpiece"


def file_error(path, what: str) -> FileFormatError:
    """The error for a malformed file: names the file, then what is wrong."""
    return FileFormatError(f"{path}: {what}")


def read_bytes(path: pathlib.Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise FileMissingError(f"{path}: cannot read the tokenizer file ({exc.strerror})") from None


def read_text(path: pathlib.Path, what: str) -> str:
    """A UTF-8 text file (``what`` names it in the error)."""
    data = read_bytes(path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise file_error(path, f"expected a UTF-8 {what}, got invalid UTF-8 at byte {exc.start}") from None


def read_json(path: pathlib.Path):
    data = read_bytes(path)
    try:
        return json.loads(data)
    except json.JSONDecodeError as exc:
        raise file_error(path, f"not valid JSON (truncated?): {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    except UnicodeDecodeError as exc:
        raise file_error(path, f"not UTF-8: {exc}") from None


def _is_latin1(s: str) -> bool:
    try:
        s.encode("latin-1")
        return True
    except UnicodeEncodeError:
        return False


def merge_text(path, merges, to_bytes=None):
    """Merges ("a b" strings or [a, b] lists) -> (blob, offsets, separator positions), the
    form the C engine resolves to ids. ``to_bytes``: a str.translate table from the
    file's alphabet to latin-1 characters of bytes (byte-level files, one character per
    byte, so positions carry over); None: the merges are UTF-8 text. Malformed entries
    raise FileFormatError."""
    if merges and not isinstance(merges[0], str):
        for i, m in enumerate(merges):
            if not (isinstance(m, (list, tuple)) and len(m) == 2 and all(isinstance(x, str) for x in m)):
                raise file_error(path, f"merge #{i}: expected 'a b' or [a, b], got {str(m)[:60]!r}")
        lefts = [m[0] for m in merges]
        merges = list(map(" ".join, merges))
    else:
        for i, m in enumerate(merges):
            if not isinstance(m, str):
                raise file_error(path, f"merge #{i}: expected 'a b' or [a, b], got {str(m)[:60]!r}")
        counts = np.fromiter(map(str.count, merges, repeat(" ")), dtype=np.int64, count=len(merges))
        bad = np.flatnonzero(counts != 1)
        if bad.size:
            i = int(bad[0])
            raise file_error(path, f"merge #{i} {merges[i][:60]!r}: expected two symbols separated by one space")
        lefts = None
    n = len(merges)
    if to_bytes is not None:
        table = dict(to_bytes)
        table[ord(" ")] = " "  # the separator survives
        try:
            blob = "".join(merges).translate(table).encode("latin-1")
        except UnicodeEncodeError:
            bad = next(i for i, m in enumerate(merges) if not _is_latin1(m.translate(table)))
            raise file_error(path, f"merge #{bad} {merges[bad][:60]!r} uses a token that is not in the vocab") from None
        lens = np.fromiter(map(len, merges), dtype=np.int64, count=n)
        seps = (
            np.fromiter(map(len, lefts), dtype=np.int64, count=n)
            if lefts is not None
            else np.fromiter(map(str.find, merges, repeat(" ")), dtype=np.int64, count=n)
        )
    else:
        enc = list(map(str.encode, merges))
        blob = b"".join(enc)
        lens = np.fromiter(map(len, enc), dtype=np.int64, count=n)
        seps = (
            np.fromiter(map(len, map(str.encode, lefts)), dtype=np.int64, count=n)
            if lefts is not None
            else np.fromiter(map(bytes.find, enc, repeat(b" ")), dtype=np.int64, count=n)
        )
    offs = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(lens, out=offs[1:])
    return blob, offs, seps
