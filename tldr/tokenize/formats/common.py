"""What the file-format loaders share: the engine kinds, file reading with tldr errors
and resource limits, id checks, and merges turned into the byte blob the C engine
resolves.

A loader returns a *spec*: the keyword arguments of ``Tokenizer._make`` (the engine's
tables and options, plus the policy: normalizer, template, decoding rules). The spec is
what the tokenizer keeps to pickle itself and what the test twin (``_reference.py``)
encodes from.

Every reader checks its limits before it allocates what they bound (docs/reliability.md
lists them; tests/test_tokenizer_files.py tests each one).
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

# Bytes of a tokenizer file (compressed size for CLIP's .gz), checked before it is read:
# the largest public tokenizer files are about 35 MB (Gemma 3's tokenizer.json), and
# json.loads of 256 MiB already builds about 3 GB of Python objects.
MAX_FILE_BYTES = 256 << 20
# Bytes of one line of a line-based file (rank file, merges.txt, vocab.txt, CLIP's
# merges), checked before the file is split into lines: the longest real line is 350
# bytes (a 256-byte token in base64), so no file needs more.
MAX_LINE_BYTES = 64 << 10
# Entries of a vocab (and of a merge list): ids are below 2^24 (the C engine's limit,
# csrc/core/tokenize/vocab.c), so a file can name no more distinct tokens than that.
MAX_ID = 1 << 24
MAX_ENTRIES = MAX_ID
# JSON nesting: Python's json module recurses once per level and stops at the
# interpreter's recursion limit (1,000 levels by default) with RecursionError, which is
# reported as FileFormatError; tokenizer.json nests 5 levels deep.
def file_error(path, what: str) -> FileFormatError:
    """The error for a malformed file: names the file, then what is wrong."""
    return FileFormatError(f"{path}: {what}")


def check_size(path: pathlib.Path, limit: int = MAX_FILE_BYTES) -> int:
    """The file's size; a file larger than ``limit`` is refused from its size alone."""
    try:
        size = pathlib.Path(path).stat().st_size
    except OSError as exc:
        raise FileMissingError(f"{path}: cannot read the tokenizer file ({exc.strerror})") from None
    if size > limit:
        raise file_error(path, f"the file has {size:,} bytes, more than the {limit:,} a tokenizer file may have")
    return size


def read_bytes(path: pathlib.Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes, refused before reading when it is larger than ``limit``."""
    size = check_size(path, limit)
    try:
        with open(path, "rb") as f:
            # read(n) allocates n bytes first: ask for the size stat gave (+1 to see a file
            # that grew since), and only then, rarely, for the rest up to the limit
            data = f.read(size + 1)
            if len(data) > size:
                data += f.read(limit + 1 - len(data))
    except OSError as exc:
        raise FileMissingError(f"{path}: cannot read the tokenizer file ({exc.strerror})") from None
    if len(data) > limit:
        raise file_error(path, f"the file has more than the {limit:,} bytes a tokenizer file may have")
    return data


def check_lines(path, data: bytes, what: str) -> None:
    """Refuse a line-based file with a line longer than MAX_LINE_BYTES (before it is
    split: the check is one vectorized pass over the newline positions)."""
    arr = np.frombuffer(data, dtype=np.uint8)
    nl = np.flatnonzero((arr == 10) | (arr == 13))  # "\r\n" counts as two ends, harmlessly
    ends = np.concatenate([nl, [len(data)]])
    lens = np.diff(np.concatenate([[-1], ends])) - 1
    if lens.size and lens.max() > MAX_LINE_BYTES:
        k = int(np.argmax(lens > MAX_LINE_BYTES))
        raise file_error(path, f"{what} line {k + 1} has {int(lens[k]):,} bytes, more than the {MAX_LINE_BYTES:,} a "
                               "line may have")


def check_count(path, n: int, what: str) -> None:
    if n > MAX_ENTRIES:
        raise file_error(path, f"{n:,} {what}, more than the {MAX_ENTRIES:,} a tokenizer may have")


def read_text(path: pathlib.Path, what: str, lines: bool = False) -> str:
    """A UTF-8 text file (``what`` names it in the error); ``lines``: a line-based file,
    whose line length is checked too."""
    data = read_bytes(path)
    if lines:
        check_lines(path, data, what)
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
    except RecursionError:
        raise file_error(path, "JSON nested deeper than the interpreter's recursion limit (a tokenizer.json nests "
                               "5 levels)") from None


def is_int(v) -> bool:
    """A JSON integer (bool is an int in Python, not in JSON)."""
    return type(v) is int


def check_id(path, v, what: str) -> int:
    """An id read from a file: an int in [0, MAX_ID), else FileFormatError saying which."""
    if not is_int(v):
        raise file_error(path, f"{what}: expected an integer id, got {type(v).__name__} {str(v)[:40]!r}")
    if not 0 <= v < MAX_ID:
        raise file_error(path, f"{what} has id {v}, outside [0, 2^24)")
    return v


def check_vocab(path, vocab) -> None:
    """A vocab object (token -> id): every id an int in [0, MAX_ID), at most MAX_ENTRIES."""
    if not isinstance(vocab, dict):
        raise file_error(path, f"the vocab: expected an object of token -> id, got {type(vocab).__name__}")
    check_count(path, len(vocab), "vocab entries")
    vals = vocab.values()
    if not all(map(is_int, vals)) or (vocab and (min(vals) < 0 or max(vals) >= MAX_ID)):
        k, v = next((k, v) for k, v in vocab.items() if not (is_int(v) and 0 <= v < MAX_ID))
        check_id(path, v, f"token {k[:40]!r}")


def _bytes_by_id(spec: dict, wanted: set) -> dict:
    """The decoded bytes of the vocab tokens whose ids are in ``wanted``."""
    toks = spec.get("dec_tokens") or spec["tokens"]
    ids = spec["ids"]
    if isinstance(toks, tuple):  # (blob, lengths)
        blob, lens = toks
        offs = np.concatenate([[0], np.cumsum(lens)])
        return {i: blob[offs[k]: offs[k + 1]] for k, i in enumerate(ids) if i in wanted}
    return {i: toks[k] for k, i in enumerate(ids) if i in wanted}


def check_added(path, spec: dict) -> None:
    """Added tokens may reuse an id only for the same token. An id the vocab gives to
    another token decodes to that token, so a text holding the added token would not
    come back (an added "zz" with the id of "a": decode(encode("zz a")) == "a a"), and
    two added tokens cannot share one id either."""
    added = spec.get("added") or []
    by_id: dict = {}
    for c, i, _ in added:
        if by_id.setdefault(i, c) != c:
            raise file_error(path, f"added tokens {by_id[i]!r} and {c!r} share id {i}")
    strs = spec["token_strs"]
    clash = {i for i, c in by_id.items() if strs.get(i, c) != c}
    if clash:
        have = _bytes_by_id(spec, clash)
        for i in sorted(clash):
            if have.get(i) != by_id[i].encode("utf-8"):
                raise file_error(path, f"added token {by_id[i]!r} has id {i}, which the vocab gives to "
                                       f"{strs[i]!r}: decoding would not give the added token back")


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
    check_count(path, len(merges), "merges")
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
