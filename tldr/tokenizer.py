"""Tokenizers with exact offsets: ``tldr.Tokenizer``.

The file formats are parsed here (Python); encoding runs in C (``tldr._core.BPE``):
PCRE2 pre-tokenization (compiled once, JIT), merges by rank, byte-level and byte-fallback
mappings, added/special tokens, with the GIL released and batches run in parallel.

Offsets are Python ``str`` (code point) offsets into the ORIGINAL text:

* a token covers ``text[start:end]``, the characters it stands for; the leading space of
  a byte-level token (``"Ġthe"``) or the space a SentencePiece ``"▁"`` replaces is part of
  its span;
* a token that covers only part of a multi-byte character (byte-level BPE, byte
  fallback) gets the whole character's span, so neighbouring tokens may share that one
  character: offsets never go backwards, ``start <= end``, and consecutive tokens either
  touch or overlap on exactly one character that was split across them;
* the ``"▁"`` that SentencePiece-style tokenizers prepend stands for no character: alone
  it gets the empty span ``(0, 0)`` (at the start of its segment), merged into a token
  it adds nothing, so it never overlaps the first character (the CJK offset bug);
* tokens added by ``add_special_tokens=True`` get empty spans at the start or the end;
* with a normalizer that changes the text (NFC, BERT's lower-casing and accent
  stripping, CLIP's cleanup), offsets still index the original text: each normalized
  character maps back to the original characters it came from.

See docs/tokenizers.md for the full rules, formats and examples.
"""

from __future__ import annotations

import base64
import gzip
import html
import json
import os
import pathlib
import re
import unicodedata
from functools import lru_cache
from typing import Iterable, Sequence

import numpy as np

from ._core import BPE as _BPE
from ._core import FileFormatError, InvalidInputError, UnsupportedError

__all__ = ["Tokenizer", "Encoding", "BatchEncoding"]

_DATA = pathlib.Path(__file__).resolve().parent / "data"

# Engine kinds (csrc/bpe.h).
_BYTES, _CHARS, _WORDPIECE = 0, 1, 2
# Added-token modes for one call.
_MATCH, _FORBID, _TEXT = 0, 1, 2

# ---- pre-tokenizer regexes ---------------------------------------------------------------

GPT2_PATTERN = r"""'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+"""
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
# CLIP (openai/CLIP simple_tokenizer.py), case-insensitive; whitespace is dropped.
CLIP_PATTERN = (
    r"""(?i)<\|startoftext\|>|<\|endoftext\|>|'s|'t|'re|'ve|'m|'ll|'d|[\p{L}]+|[\p{N}]|[^\s\p{L}\p{N}]+"""
)
# BERT's pre-tokenizer: runs of non-space non-punctuation, or one punctuation character
# (ASCII symbols count as punctuation, as in BERT's _is_punctuation); whitespace dropped.
_BERT_PUNCT = r"""!-/:-@\[-`{-~\p{P}"""
BERT_PATTERN = rf"""[^\s{_BERT_PUNCT}]+|[{_BERT_PUNCT}]"""

_ENDOFTEXT = "<|endoftext|>"
_TIKTOKEN = {
    "r50k_base": (R50K_PATTERN, {_ENDOFTEXT: 50256}),
    "gpt2": (R50K_PATTERN, {_ENDOFTEXT: 50256}),
    "p50k_base": (R50K_PATTERN, {_ENDOFTEXT: 50256}),
    "p50k_edit": (
        R50K_PATTERN,
        {_ENDOFTEXT: 50256, "<|fim_prefix|>": 50281, "<|fim_middle|>": 50282, "<|fim_suffix|>": 50283},
    ),
    "cl100k_base": (
        CL100K_PATTERN,
        {
            _ENDOFTEXT: 100257,
            "<|fim_prefix|>": 100258,
            "<|fim_middle|>": 100259,
            "<|fim_suffix|>": 100260,
            "<|endofprompt|>": 100276,
        },
    ),
    "o200k_base": (O200K_PATTERN, {_ENDOFTEXT: 199999, "<|endofprompt|>": 200018}),
}


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
def _unicode_to_byte_table() -> dict[int, int | str]:
    """str.translate table: byte-level alphabet -> latin-1 char of the byte; any other
    character -> U+FFFF (so that .encode('latin-1') fails on it)."""
    b2u = bytes_to_unicode()
    table: dict[int, int | str] = {c: "\uffff" for c in range(256)}
    for b, u in b2u.items():
        table[ord(u)] = chr(b)
    return table


def _bytelevel_to_bytes(s: str) -> bytes | None:
    try:
        return s.translate(_unicode_to_byte_table()).encode("latin-1")
    except UnicodeEncodeError:
        return None


def _bytes_to_bytelevel(b: bytes) -> str:
    b2u = bytes_to_unicode()
    return "".join(b2u[x] for x in b)


def _fmt_err(path, what) -> FileFormatError:
    return FileFormatError(f"{path}: {what}")


_SURROGATES = re.compile("[\ud800-\udfff]")


def _clean_surrogates(text: str) -> str:
    """Lone surrogates cannot be UTF-8: each becomes U+FFFD (one code point for one, so
    offsets into the original string stay valid)."""
    return _SURROGATES.sub("\ufffd", text)


# ---- results --------------------------------------------------------------------------------


class Encoding:
    """Tokens of one text: ``ids`` int32 (n,), ``offsets`` int64 (n, 2) str offsets."""

    __slots__ = ("ids", "offsets", "_tok")

    def __init__(self, ids: np.ndarray, offsets: np.ndarray, tokenizer: "Tokenizer | None" = None):
        self.ids = ids
        self.offsets = offsets
        self._tok = tokenizer

    def __len__(self) -> int:
        return int(self.ids.shape[0])

    @property
    def tokens(self) -> list[str]:
        """Token strings (as id_to_token gives them)."""
        if self._tok is None:
            raise InvalidInputError("this Encoding has no tokenizer attached")
        return [self._tok.id_to_token(int(i)) for i in self.ids]

    def __repr__(self) -> str:
        return f"Encoding(n={len(self)}, ids={self.ids[:8].tolist()}{'...' if len(self) > 8 else ''})"


class BatchEncoding:
    """Tokens of a batch: flat ``ids`` (N,), ``offsets`` (N, 2) and ``row_splits`` (B + 1,);
    item b is ``ids[row_splits[b]:row_splits[b + 1]]``. ``batch[b]`` is an Encoding."""

    __slots__ = ("ids", "offsets", "row_splits", "_tok")

    def __init__(self, ids, offsets, row_splits, tokenizer=None):
        self.ids = ids
        self.offsets = offsets
        self.row_splits = row_splits
        self._tok = tokenizer

    def __len__(self) -> int:
        return int(self.row_splits.shape[0] - 1)

    def __getitem__(self, b: int) -> Encoding:
        n = len(self)
        if b < 0:
            b += n
        if not 0 <= b < n:
            raise IndexError(f"batch index {b} out of range for {n} items")
        s, e = int(self.row_splits[b]), int(self.row_splits[b + 1])
        return Encoding(self.ids[s:e], self.offsets[s:e], self._tok)

    def __iter__(self):
        for b in range(len(self)):
            yield self[b]

    def __repr__(self) -> str:
        return f"BatchEncoding(items={len(self)}, tokens={self.ids.shape[0]})"


# ---- normalizers with alignment (Python; used only when they change the text) -----------------


def _aligned(text: str, pieces: Iterable[tuple[int, int, str]]):
    """Build normalized text from (orig_start, orig_end, replacement) pieces that cover
    the text in order. Returns (normalized, st, en), int64 arrays of length N + 1 for N
    normalized characters: normalized char k came from original chars [st[k], en[k+1]);
    st[N] = len(text), en[0] = 0. A normalized span [s, e) maps to [st[s], en[e])."""
    out = []
    starts = []
    ends = []
    for s, e, rep in pieces:
        out.append(rep)
        for _ in rep:
            starts.append(s)
            ends.append(e)
    norm = "".join(out)
    n = len(text)
    st = np.empty(len(norm) + 1, dtype=np.int64)
    en = np.empty(len(norm) + 1, dtype=np.int64)
    st[:-1] = starts
    st[-1] = n
    en[0] = 0
    en[1:] = ends
    return norm, st, en


def _map_offsets(offsets: np.ndarray, st: np.ndarray, en: np.ndarray) -> np.ndarray:
    """Normalized (n, 2) char offsets -> original offsets; an empty span stays empty."""
    if offsets.shape[0] == 0:
        return offsets
    s = st[offsets[:, 0]]
    e = np.where(offsets[:, 1] > offsets[:, 0], en[offsets[:, 1]], s)
    e = np.maximum(e, s)
    return np.stack([s, e], axis=1)


def _nfc_pieces(text: str):
    """NFC per group of a starter and the non-starters after it."""
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        yield i, j, unicodedata.normalize("NFC", text[i:j])
        i = j


def _nfc(text: str):
    """NFC with alignment: (normalized, None) when already NFC (the common case)."""
    if unicodedata.is_normalized("NFC", text):
        return text, None
    norm, st, en = _aligned(text, _nfc_pieces(text))
    return norm, (st, en)


def _is_cjk(cp: int) -> bool:
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0x20000 <= cp <= 0x2A6DF
        or 0x2A700 <= cp <= 0x2B73F
        or 0x2B740 <= cp <= 0x2B81F
        or 0x2B820 <= cp <= 0x2CEAF
        or 0xF900 <= cp <= 0xFAFF
        or 0x2F800 <= cp <= 0x2FA1F
    )


def _bert_char(c: str, lowercase: bool, strip_accents: bool, chinese: bool) -> str:
    cp = ord(c)
    if cp == 0 or cp == 0xFFFD:
        return ""
    cat = unicodedata.category(c)
    if c in "\t\n\r" or cat == "Zs":
        return " "
    if cat in ("Cc", "Cf"):
        return ""
    if chinese and _is_cjk(cp):
        return " " + c + " "
    if lowercase:
        c = c.lower()
    if strip_accents:
        c = "".join(x for x in unicodedata.normalize("NFD", c) if unicodedata.category(x) != "Mn")
    return c


_ASCII_CTRL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class _BertNormalizer:
    def __init__(self, lowercase=True, strip_accents=None, chinese=True):
        self.lowercase = lowercase
        self.strip_accents = lowercase if strip_accents is None else strip_accents
        self.chinese = chinese

    def __call__(self, text: str):
        if text.isascii() and not _ASCII_CTRL.search(text):
            # same length: offsets unchanged
            return (text.lower() if self.lowercase else text), None
        norm, st, en = _aligned(
            text,
            ((i, i + 1, _bert_char(c, self.lowercase, self.strip_accents, self.chinese)) for i, c in enumerate(text)),
        )
        return norm, (st, en)


_WS_RUN = re.compile(r"\s+")


class _ClipNormalizer:
    """CLIP's cleanup (html.unescape twice, whitespace collapse, strip) and lower-casing.
    ftfy.fix_text is not applied (it is an optional dependency of CLIP)."""

    def __call__(self, text: str):
        if "&" not in text:
            low = text.lower()
            if len(low) == len(text):
                return low, None  # whitespace is dropped by the regex anyway
        pieces = []
        for i, c in enumerate(text):
            pieces.append((i, i + 1, c.lower()))
        # html entities: unescape each "&...;" run, mapped to its span
        if "&" in text:
            pieces = []
            pos = 0
            for m in re.finditer(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)", text):
                for i in range(pos, m.start()):
                    pieces.append((i, i + 1, text[i].lower()))
                rep = html.unescape(html.unescape(m.group(0)))
                pieces.append((m.start(), m.end(), rep.lower()))
                pos = m.end()
            for i in range(pos, len(text)):
                pieces.append((i, i + 1, text[i].lower()))
        norm, st, en = _aligned(text, pieces)
        return norm, (st, en)


# ---- the tokenizer -------------------------------------------------------------------------------


class Tokenizer:
    """A tokenizer with exact offsets; build it with :meth:`from_file`, :meth:`gpt2`,
    :meth:`clip` or :meth:`paligemma`.

    >>> tok = Tokenizer.gpt2()
    >>> enc = tok.encode("a cat")
    >>> enc.ids.tolist(), enc.offsets.tolist()
    ([64, 3797], [[0, 1], [1, 5]])
    >>> tok.decode(enc.ids)
    'a cat'
    """

    def __init__(
        self,
        *,
        name: str,
        kind: int,
        tokens: list[bytes],
        ids: Sequence[int],
        token_strs: dict[int, str],
        merges=None,
        merge_text=None,
        pattern: str | None = None,
        added: Sequence[tuple[str, int, bool]] = (),
        dec_tokens: list[bytes] | None = None,
        ignore_merges: bool = False,
        byte_fallback: bool = False,
        byte_ids=None,
        prepend_space: int = 0,
        split_spaces: bool = False,
        replace_space: bool = False,
        keep_gaps: bool = True,
        unk_id: int = -1,
        fuse_unk: bool = False,
        suffix: bytes | None = None,
        prefix: bytes | None = None,
        max_word_chars: int = 100,
        normalizer=None,
        template: tuple[list[int], list[int]] = ([], []),
        strip_first: bool = False,
        wordpiece_decode: bool = False,
        lossless: bool = True,
    ):
        self.name = name
        self._kind = kind
        self._pattern = pattern
        self._normalizer = normalizer
        self._template = template
        self._strip_first = strip_first
        self._wordpiece_decode = wordpiece_decode
        self._prefix = prefix.decode() if prefix else ""
        self._suffix = suffix.decode() if suffix else ""
        self.lossless = lossless
        self._added = [(c, int(i), bool(sp)) for c, i, sp in added]
        ids = np.asarray(ids, dtype=np.int32)
        if isinstance(tokens, tuple):  # (blob, byte lengths)
            blob, lens = tokens
            offs = np.zeros(len(lens) + 1, dtype=np.int64)
            np.cumsum(lens, out=offs[1:])
        else:
            blob = b"".join(tokens)
            offs = np.zeros(len(tokens) + 1, dtype=np.int64)
            if tokens:
                np.cumsum(np.fromiter(map(len, tokens), dtype=np.int64, count=len(tokens)), out=offs[1:])
        kw = {}
        if merge_text is not None:
            kw["merge_text"], kw["merge_offsets"], kw["merge_seps"] = merge_text
        if dec_tokens is not None:
            doffs = np.zeros(len(dec_tokens) + 1, dtype=np.int64)
            if dec_tokens:
                np.cumsum(np.fromiter(map(len, dec_tokens), dtype=np.int64, count=len(dec_tokens)), out=doffs[1:])
            kw["dec_tokens"] = b"".join(dec_tokens)
            kw["dec_offsets"] = doffs
        if merges is not None:
            kw["merges"] = np.asarray(merges, dtype=np.int32).reshape(-1, 2)
        if self._added:
            ab = [c.encode("utf-8") for c, _, _ in self._added]
            aoffs = np.zeros(len(ab) + 1, dtype=np.int64)
            np.cumsum([len(x) for x in ab], out=aoffs[1:])
            kw["added"] = b"".join(ab)
            kw["added_offsets"] = aoffs
            kw["added_ids"] = np.array([i for _, i, _ in self._added], dtype=np.int32)
            kw["added_texts"] = tuple(c for c, _, _ in self._added)
        if byte_ids is not None:
            kw["byte_ids"] = np.asarray(byte_ids, dtype=np.int32)
        self._core = _BPE(
            kind,
            blob,
            offs,
            ids,
            pattern=pattern,
            ignore_merges=ignore_merges,
            byte_fallback=byte_fallback,
            prepend_space=int(prepend_space),
            split_spaces=split_spaces,
            replace_space=replace_space,
            keep_gaps=keep_gaps,
            unk_id=unk_id,
            fuse_unk=fuse_unk,
            suffix=suffix,
            prefix=prefix,
            max_word_chars=max_word_chars,
            name=name,
            **kw,
        )
        self._token_strs = token_strs
        for c, i, _ in self._added:
            self._token_strs.setdefault(i, c)
        self._str_to_id: dict[str, int] | None = None
        self._special_ids = {i for _, i, sp in self._added if sp}
        self._modes_cache: dict = {}
        self._added_re: dict = {}

    # ---- construction ------------------------------------------------------------------------

    @classmethod
    def from_file(
        cls,
        path,
        *,
        encoding: str | None = None,
        added_tokens: Sequence[str | tuple[str, bool]] = (),
        merges_path=None,
    ) -> "Tokenizer":
        """Load a tokenizer file; the format is chosen from the name and contents.

        * ``*.tiktoken``: tiktoken rank file; ``encoding`` (``cl100k_base``, ``o200k_base``,
          ``p50k_base``, ``r50k_base``) picks the regex and special tokens, by default
          from the file name;
        * ``tokenizer.json`` (any ``.json`` with a ``"model"``): Hugging Face tokenizers;
        * ``vocab.json`` (+ ``merges.txt`` beside it or ``merges_path``): GPT-2 BPE;
        * ``*.txt.gz`` (``bpe_simple_vocab_16e6.txt.gz``): CLIP;
        * ``vocab.txt``: BERT WordPiece (uncased; use tokenizer.json for other settings).

        ``added_tokens``: extra tokens (str, or (str, special)) given new ids after the
        largest id, matched in the text before anything else (PaliGemma's ``<loc0000>``).
        """
        p = pathlib.Path(path)
        try:
            size = p.stat().st_size
        except OSError as exc:
            raise FileNotFoundError(f"{path}: cannot read the tokenizer file ({exc.strerror})") from None
        if size == 0:
            raise _fmt_err(path, "the file is empty")
        name = p.name
        if name.endswith(".tiktoken") or encoding is not None:
            tok = cls._from_tiktoken(p, encoding)
        elif name.endswith(".gz"):
            tok = cls._from_clip(p)
        elif name.endswith(".txt"):
            tok = cls._from_bert_vocab(p)
        elif name.endswith(".json"):
            data = _read_json(p)
            if isinstance(data, dict) and isinstance(data.get("model"), dict):
                tok = cls._from_hf(p, data)
            elif isinstance(data, dict):
                mp = pathlib.Path(merges_path) if merges_path else p.with_name("merges.txt")
                tok = cls._from_gpt2(p, data, mp)
            else:
                raise _fmt_err(path, "expected a JSON object (tokenizer.json or vocab.json)")
        else:
            raise UnsupportedError(f"{path}: unknown tokenizer file type (expected .tiktoken, tokenizer.json, vocab.json, .txt.gz or vocab.txt)")
        if added_tokens:
            tok = tok.with_added_tokens(added_tokens)
        return tok

    @classmethod
    def gpt2(cls) -> "Tokenizer":
        """The GPT-2 tokenizer bundled with tldr (MIT, byte-identical to OpenAI's files)."""
        return _bundled("gpt2")

    @classmethod
    def clip(cls) -> "Tokenizer":
        """The CLIP tokenizer bundled with tldr (MIT, openai/CLIP bpe_simple_vocab_16e6)."""
        return _bundled("clip")

    @classmethod
    def paligemma(cls, gemma_tokenizer_json) -> "Tokenizer":
        """PaliGemma: the Gemma tokenizer plus 1,024 ``<locNNNN>`` and 128 ``<segNNN>``
        tokens (ids 256000..257151)."""
        extra = [f"<loc{i:04d}>" for i in range(1024)] + [f"<seg{i:03d}>" for i in range(128)]
        tok = cls.from_file(gemma_tokenizer_json, added_tokens=extra)
        tok.name = "paligemma"
        return tok

    def with_added_tokens(self, tokens: Sequence[str | tuple[str, bool]]) -> "Tokenizer":
        """A copy with extra added tokens (new ids after the largest one; existing ones
        keep their id). A token is ``str`` (not special: always matched) or
        ``(str, special)``."""
        added = list(self._added)
        have = {c for c, _, _ in added}
        nxt = self.vocab_size
        for t in tokens:
            c, sp = (t, False) if isinstance(t, str) else (str(t[0]), bool(t[1]))
            if not c:
                raise InvalidInputError("an added token cannot be empty")
            if c in have:
                continue
            existing = self.token_to_id(c)
            if existing is None:
                existing = nxt
                nxt += 1
            added.append((c, existing, sp))
            have.add(c)
        args = dict(self._build_args, added=added, token_strs=dict(self._token_strs))
        return Tokenizer._make(**args)

    # ---- encoding -------------------------------------------------------------------------------

    def _modes(self, allowed_special, disallowed_special) -> bytes | None:
        if not self._added:
            return None
        key = (
            allowed_special if isinstance(allowed_special, str) else frozenset(allowed_special),
            disallowed_special if isinstance(disallowed_special, str) else frozenset(disallowed_special),
        )
        m = self._modes_cache.get(key)
        if m is not None:
            return m
        if isinstance(allowed_special, str) and allowed_special != "all":
            raise InvalidInputError(f'allowed_special must be "all" or a collection of str, got {allowed_special!r}')
        if isinstance(disallowed_special, str) and disallowed_special != "all":
            raise InvalidInputError(f'disallowed_special must be "all" or a collection of str, got {disallowed_special!r}')
        known = {c for c, _, _ in self._added}
        if not isinstance(allowed_special, str):
            bad = [s for s in key[0] if s not in known]
            if bad:
                raise InvalidInputError(f"allowed_special: not special tokens of {self.name}: {bad[:5]}")
        out = bytearray()
        for c, _, sp in self._added:
            if not sp:
                out.append(_MATCH)
            elif allowed_special == "all" or c in key[0]:
                out.append(_MATCH)
            elif disallowed_special == "all" or c in key[1]:
                out.append(_FORBID)
            else:
                out.append(_TEXT)
        m = bytes(out)
        if len(self._modes_cache) < 64:
            self._modes_cache[key] = m
        return m

    def _normalize(self, text: str, modes: bytes | None = None):
        """Normalized text and its alignment (None when offsets are unchanged). Added
        tokens are matched in the ORIGINAL text (as HF does for normalized=false), so
        the ones matched in this call (modes) are kept verbatim and only the text
        between them is normalized."""
        if self._normalizer is None:
            return text, None
        are = self._added_re.get(modes)
        if are is None:
            keep = {c for k, (c, _, _) in enumerate(self._added) if modes is None or modes[k] != _TEXT}
            are = self._added_re[modes] = (
                re.compile("|".join(re.escape(c) for c in sorted(keep, key=len, reverse=True))) if keep else False
            )
        if not are or not are.search(text):
            return self._normalizer(text)
        parts = []
        pos = 0
        for m in are.finditer(text):
            if m.start() > pos:
                parts.append((pos, text[pos : m.start()], True))
            parts.append((m.start(), m.group(), False))
            pos = m.end()
        if pos < len(text):
            parts.append((pos, text[pos:], True))
        norm_parts, sts, ens = [], [], []
        for start, part, normalize in parts:
            norm, align = self._normalizer(part) if normalize else (part, None)
            if align is None:
                st = np.arange(len(part) + 1, dtype=np.int64)
                en = st
            else:
                st, en = align
            norm_parts.append(norm)
            sts.append(st[:-1] + start)
            ens.append(en[1:] + start)
        st_all = np.concatenate(sts + [np.array([len(text)], dtype=np.int64)])
        en_all = np.concatenate([np.array([0], dtype=np.int64)] + ens)
        return "".join(norm_parts), (st_all, en_all)

    def encode(
        self,
        text: str,
        add_special_tokens: bool = False,
        allowed_special: Iterable[str] | str = (),
        disallowed_special: Iterable[str] | str = "all",
    ) -> Encoding:
        """Encode one text into an :class:`Encoding` (ids and str offsets).

        Special tokens (added tokens marked special) found in the text raise ValueError
        unless listed in ``allowed_special`` (or ``"all"``): then they are encoded as
        themselves; ``disallowed_special=()`` encodes them as ordinary text instead
        (tiktoken's rule). Non-special added tokens are always matched.
        ``add_special_tokens``: add the file's template tokens (e.g. ``<bos>``) with empty
        spans. Lone surrogates are encoded as U+FFFD.
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be str, got {type(text).__name__}")
        modes = self._modes(allowed_special, disallowed_special)
        norm, align = self._normalize(text, modes)
        try:
            ids, offs = self._core.encode(norm, modes)
        except UnicodeEncodeError:
            ids, offs = self._core.encode(_clean_surrogates(norm), modes)
        if align is not None:
            offs = _map_offsets(offs, *align)
        if add_special_tokens:
            ids, offs = self._add_template(ids, offs, len(text))
        return Encoding(ids, offs, self)

    def _add_template(self, ids, offs, n):
        pre, post = self._template
        if not pre and not post:
            return ids, offs
        ids = np.concatenate([np.array(pre, dtype=np.int32), ids, np.array(post, dtype=np.int32)])
        offs = np.concatenate(
            [np.zeros((len(pre), 2), dtype=np.int64), offs, np.full((len(post), 2), n, dtype=np.int64)]
        )
        return ids, offs

    def encode_batch(
        self,
        texts: Sequence[str],
        num_threads: int | None = None,
        add_special_tokens: bool = False,
        allowed_special: Iterable[str] | str = (),
        disallowed_special: Iterable[str] | str = "all",
    ) -> BatchEncoding:
        """Encode many texts in parallel (GIL released; ``num_threads`` None = all CPUs,
        or TLDR_NUM_THREADS). Returns flat ``ids``, ``offsets`` and ``row_splits``."""
        if isinstance(texts, str):
            raise TypeError("encode_batch expects a sequence of str, got a str")
        texts = list(texts)
        modes = self._modes(allowed_special, disallowed_special)
        aligns = None
        if self._normalizer is not None:
            normed = [self._normalize(t, modes) for t in texts]
            texts_n = [t for t, _ in normed]
            aligns = [a for _, a in normed]
        else:
            texts_n = texts
        try:
            ids, offs, rs = self._core.encode_batch(texts_n, modes, num_threads)
        except UnicodeEncodeError:
            texts_n = [_clean_surrogates(t) for t in texts_n]
            ids, offs, rs = self._core.encode_batch(texts_n, modes, num_threads)
        if aligns is not None and any(a is not None for a in aligns):
            for b, a in enumerate(aligns):
                if a is not None:
                    s, e = rs[b], rs[b + 1]
                    offs[s:e] = _map_offsets(offs[s:e], *a)
        if add_special_tokens and (self._template[0] or self._template[1]):
            parts_i, parts_o, new_rs = [], [], [0]
            for b in range(len(texts)):
                i2, o2 = self._add_template(ids[rs[b] : rs[b + 1]], offs[rs[b] : rs[b + 1]], len(texts[b]))
                parts_i.append(i2)
                parts_o.append(o2)
                new_rs.append(new_rs[-1] + len(i2))
            ids = np.concatenate(parts_i) if parts_i else ids
            offs = np.concatenate(parts_o) if parts_o else offs
            rs = np.array(new_rs, dtype=np.int64)
        return BatchEncoding(ids, offs, rs, self)

    def pre_tokenize(self, text: str) -> np.ndarray:
        """str spans (int64 (n, 2)) of the pre-tokens: the regex pieces (byte-level BPE,
        CLIP, BERT), or the words of SentencePiece-style tokenizers (a word starts at a
        run of spaces that follows another character; the prepended "▁" is not a
        character). Added tokens are pieces of their own. Tokens never cross a piece
        boundary, so an edit inside one piece only needs that piece re-tokenized."""
        modes = self._modes((), ())  # special tokens as text: pieces only
        norm, align = self._normalize(text, modes)
        try:
            _, offs = self._core.encode(norm, modes, True)
        except UnicodeEncodeError:
            _, offs = self._core.encode(_clean_surrogates(norm), modes, True)
        if align is not None:
            offs = _map_offsets(offs, *align)
        return offs

    # ---- decoding --------------------------------------------------------------------------------

    def _decode_bytes(self, ids, skip_special_tokens=False):
        ids = np.asarray(ids, dtype=np.int64).reshape(-1)
        if skip_special_tokens and self._special_ids:
            ids = ids[~np.isin(ids, list(self._special_ids))]
        return ids, self._core.decode(ids, self._strip_first)

    def decode(self, ids, skip_special_tokens: bool = False) -> str:
        """Text of the ids (invalid UTF-8 from partial byte tokens becomes U+FFFD)."""
        if self._wordpiece_decode:
            return self._decode_wordpiece(ids, skip_special_tokens)
        _, (data, _) = self._decode_bytes(ids, skip_special_tokens)
        return data.decode("utf-8", errors="replace")

    def decode_with_offsets(self, ids) -> tuple[str, np.ndarray]:
        """Decode ids (e.g. generated ones) and give each token its (start, end) str span in
        the decoded text, with the same whole-character rule as encode."""
        ids = np.asarray(ids, dtype=np.int64).reshape(-1)
        if self._wordpiece_decode:
            return self._decode_wordpiece_offsets(ids)
        data, spans = self._core.decode(ids, self._strip_first)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return _decode_offsets_lossy(data, spans)
        return text, _byte_spans_to_chars(data, spans)

    def _decode_wordpiece(self, ids, skip_special_tokens=False):
        return self._decode_wordpiece_offsets(np.asarray(ids, dtype=np.int64).reshape(-1), skip_special_tokens)[0]

    def _decode_wordpiece_offsets(self, ids, skip_special_tokens=False):
        parts: list[str] = []
        spans = []
        pos = 0
        pre = self._prefix
        for i in ids.tolist():
            if skip_special_tokens and i in self._special_ids:
                continue
            t = self.id_to_token(i)
            if t is None:
                raise InvalidInputError(f"{i} is not a token id")
            if pre and t.startswith(pre):
                t = t[len(pre) :]
            elif parts:
                parts.append(" ")
                pos += 1
            spans.append((pos, pos + len(t)))
            parts.append(t)
            pos += len(t)
        return "".join(parts), np.array(spans, dtype=np.int64).reshape(-1, 2)

    # ---- vocabulary --------------------------------------------------------------------------------

    @property
    def vocab_size(self) -> int:
        """Number of ids (largest id + 1), added tokens included."""
        return self._core.vocab_size

    def id_to_token(self, i: int) -> str | None:
        """The token's string as the file spells it ("Ġthe" for byte-level files, the
        byte-level form for tiktoken ranks), or None for an unused id."""
        return self._token_strs.get(int(i))

    def token_to_id(self, token: str) -> int | None:
        """Id of a token string as id_to_token spells it (or an added token), else None."""
        if self._str_to_id is None:
            self._str_to_id = {s: i for i, s in self._token_strs.items()}
        return self._str_to_id.get(token)

    def token_bytes(self, i: int) -> bytes | None:
        """The bytes of text that token i stands for (None for an unused id)."""
        return self._core.token_bytes(int(i))

    @property
    def special_tokens(self) -> dict[str, int]:
        return {c: i for c, i, sp in self._added if sp}

    @property
    def added_tokens(self) -> dict[str, int]:
        return {c: i for c, i, _ in self._added}

    def __repr__(self) -> str:
        return f"Tokenizer({self.name!r}, vocab_size={self.vocab_size})"

    # ---- loaders ---------------------------------------------------------------------------------

    @classmethod
    def _make(cls, **kw) -> "Tokenizer":
        tok = cls(**kw)
        tok._build_args = kw
        return tok

    @classmethod
    def _from_tiktoken(cls, path: pathlib.Path, encoding: str | None):
        enc = encoding or path.name.split(".")[0]
        if enc not in _TIKTOKEN:
            raise UnsupportedError(
                f"{path}: unknown tiktoken encoding {enc!r}; pass encoding= one of {sorted(_TIKTOKEN)}"
            )
        pattern, specials = _TIKTOKEN[enc]
        tokens, ranks = [], []
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise FileNotFoundError(f"{path}: {exc.strerror}") from None
        for ln, line in enumerate(raw.splitlines(), 1):
            if not line:
                continue
            parts = line.split()
            if len(parts) != 2:
                raise _fmt_err(path, f"line {ln}: expected '<base64 token> <rank>', got {line[:60]!r}")
            try:
                tokens.append(base64.b64decode(parts[0], validate=True))
                ranks.append(int(parts[1]))
            except ValueError:
                raise _fmt_err(path, f"line {ln}: bad base64 token or rank: {line[:60]!r}") from None
        if not tokens:
            raise _fmt_err(path, "no tokens")
        b2u = bytes_to_unicode()
        strs = {r: "".join(b2u[x] for x in t) for t, r in zip(tokens, ranks)}
        return cls._make(
            name=enc,
            kind=_BYTES,
            tokens=tokens,
            ids=ranks,
            token_strs=strs,
            merges=None,
            pattern=pattern,
            added=[(c, i, True) for c, i in specials.items()],
            ignore_merges=True,
        )

    @classmethod
    def _from_gpt2(cls, path: pathlib.Path, vocab: dict, merges_path: pathlib.Path):
        if not merges_path.exists():
            raise FileNotFoundError(f"{path}: GPT-2 vocab.json needs merges.txt beside it (looked for {merges_path})")
        try:
            lines = merges_path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise _fmt_err(merges_path, f"cannot read: {exc}") from None
        merges = [ln for ln in lines if ln and not ln.startswith("#version")]
        added = []
        if _ENDOFTEXT in vocab:
            added.append((_ENDOFTEXT, vocab[_ENDOFTEXT], True))
        return cls._from_bytelevel_bpe(
            path, vocab, merges, merges_path=merges_path, pattern=GPT2_PATTERN, added=added, name="gpt2"
        )

    @classmethod
    def _from_bytelevel_bpe(
        cls, path, vocab, merges, *, pattern, added, name, ignore_merges=False, merges_path=None, normalizer=None,
        template=([], []),
    ):
        if not all(isinstance(v, int) for v in vocab.values()):
            raise _fmt_err(path, "vocab values must be integer ids")
        keys = list(vocab)
        strs = dict(zip(vocab.values(), keys))
        try:  # the whole vocab in one translate (1 char -> 1 byte, so lengths carry over)
            blob = "".join(keys).translate(_unicode_to_byte_table()).encode("latin-1")
            tokens = (blob, np.fromiter(map(len, keys), dtype=np.int64, count=len(keys)))
            ids = list(vocab.values())
        except UnicodeEncodeError:
            tokens, ids = [], []
            for k, v in vocab.items():
                b = _bytelevel_to_bytes(k)
                if b is not None:  # else not in the byte alphabet: unreachable by byte-level text
                    tokens.append(b)
                    ids.append(v)
        mtext = _merge_text(merges_path or path, merges, bytelevel=True)
        return cls._make(
            name=name,
            kind=_BYTES,
            tokens=tokens,
            ids=ids,
            token_strs=strs,
            merge_text=mtext,
            pattern=pattern,
            added=added,
            ignore_merges=ignore_merges,
            normalizer=normalizer,
            template=template,
        )

    @classmethod
    def _from_clip(cls, path: pathlib.Path):
        try:
            with gzip.open(path, "rt", encoding="utf-8") as f:
                lines = f.read().split("\n")
        except (OSError, EOFError, UnicodeDecodeError) as exc:
            raise _fmt_err(path, f"not a readable gzip'ed UTF-8 merges file ({exc})") from None
        merges = lines[1 : 49152 - 256 - 2 + 1]
        if len(merges) != 48894:
            raise _fmt_err(path, f"expected at least 48,894 merges after the header, found {len(merges)}")
        pairs = []
        for ln, m in enumerate(merges, 2):
            p = m.split(" ")
            if len(p) != 2:
                raise _fmt_err(path, f"line {ln}: expected two symbols, got {m[:60]!r}")
            pairs.append(p)
        b2u = bytes_to_unicode()
        vocab = list(b2u.values())
        vocab = vocab + [v + "</w>" for v in vocab]
        vocab += ["".join(p) for p in pairs]
        vocab += ["<|startoftext|>", "<|endoftext|>"]
        v2i = {}
        for i, v in enumerate(vocab):
            v2i.setdefault(v, i)
        tokens, ids, strs = [], [], {}
        for i, v in enumerate(vocab[:-2]):
            strs[i] = v
            core = v[:-4] if v.endswith("</w>") else v
            b = _bytelevel_to_bytes(core)
            if b is None:
                raise _fmt_err(path, f"token {v!r} is not in the byte-level alphabet")
            tokens.append(b + (b"</w>" if v.endswith("</w>") else b""))
            ids.append(i)
        mids = [(v2i[a], v2i[b]) for a, b in pairs]
        dec = [t.replace(b"</w>", b" ") for t in tokens]
        n = len(vocab)
        return cls._make(
            name="clip",
            kind=_BYTES,
            tokens=tokens,
            ids=ids,
            token_strs=strs,
            merges=mids,
            pattern=CLIP_PATTERN,
            added=[("<|startoftext|>", n - 2, True), ("<|endoftext|>", n - 1, True)],
            dec_tokens=dec,
            suffix=b"</w>",
            keep_gaps=False,
            normalizer=_ClipNormalizer(),
            template=([n - 2], [n - 1]),
            lossless=False,
        )

    @classmethod
    def _from_bert_vocab(cls, path: pathlib.Path, lowercase=True):
        try:
            lines = path.read_text(encoding="utf-8").split("\n")
        except (OSError, UnicodeDecodeError) as exc:
            raise _fmt_err(path, f"cannot read a UTF-8 vocab.txt ({exc})") from None
        if lines and lines[-1] == "":
            lines.pop()
        vocab = {}
        for i, t in enumerate(lines):
            vocab.setdefault(t.rstrip("\r"), i)
        return cls._wordpiece(path, vocab, unk="[UNK]", prefix="##", max_chars=100,
                              normalizer=_BertNormalizer(lowercase=lowercase), added=None, template=None)

    @classmethod
    def _wordpiece(cls, path, vocab, *, unk, prefix, max_chars, normalizer, added, template):
        if unk not in vocab:
            raise _fmt_err(path, f"the WordPiece unk token {unk!r} is not in the vocab")
        if added is None:
            added = [(t, vocab[t], True) for t in ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]") if t in vocab]
        if template is None:
            template = (
                [vocab["[CLS]"]] if "[CLS]" in vocab else [],
                [vocab["[SEP]"]] if "[SEP]" in vocab else [],
            )
        keys = list(vocab)
        return cls._make(
            name=str(pathlib.Path(path).name),
            kind=_WORDPIECE,
            tokens=[k.encode("utf-8") for k in keys],
            ids=[vocab[k] for k in keys],
            token_strs={v: k for k, v in vocab.items()},
            pattern=BERT_PATTERN,
            added=added,
            keep_gaps=False,
            unk_id=vocab[unk],
            prefix=prefix.encode(),
            max_word_chars=max_chars,
            normalizer=normalizer,
            template=template,
            wordpiece_decode=True,
            lossless=False,
        )

    @classmethod
    def _from_hf(cls, path: pathlib.Path, data: dict):
        return _load_hf(cls, path, data)


# ---- helpers ---------------------------------------------------------------------------------------


def _read_json(p: pathlib.Path):
    try:
        with open(p, "rb") as f:
            return json.load(f)
    except json.JSONDecodeError as exc:
        raise _fmt_err(p, f"not valid JSON (truncated?): {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    except UnicodeDecodeError as exc:
        raise _fmt_err(p, f"not UTF-8: {exc}") from None


@lru_cache(maxsize=1)
def _merge_translate_table():
    t = dict(_unicode_to_byte_table())
    t[ord(" ")] = " "  # the separator survives; positions carry over (1 char -> 1 byte)
    return t


def _merge_text(path, merges, bytelevel: bool):
    """Merges ("a b" strings or [a, b] lists) -> (blob, offsets, separator positions) in
    the vocab's byte form, resolved to ids in C. Malformed entries raise FileFormatError."""
    from itertools import repeat

    if merges and not isinstance(merges[0], str):
        for i, m in enumerate(merges):
            if not (isinstance(m, (list, tuple)) and len(m) == 2 and all(isinstance(x, str) for x in m)):
                raise _fmt_err(path, f"merge #{i}: expected 'a b' or [a, b], got {str(m)[:60]!r}")
        lefts = [m[0] for m in merges]
        merges = list(map(" ".join, merges))
    else:
        for i, m in enumerate(merges):
            if not isinstance(m, str):
                raise _fmt_err(path, f"merge #{i}: expected 'a b' or [a, b], got {str(m)[:60]!r}")
        counts = np.fromiter(map(str.count, merges, repeat(" ")), dtype=np.int64, count=len(merges))
        bad = np.flatnonzero(counts != 1)
        if bad.size:
            i = int(bad[0])
            raise _fmt_err(path, f"merge #{i} {merges[i][:60]!r}: expected two symbols separated by one space")
        lefts = None
    n = len(merges)
    if bytelevel:
        try:
            blob = "".join(merges).translate(_merge_translate_table()).encode("latin-1")
        except UnicodeEncodeError:
            bad = next(i for i, m in enumerate(merges) if _bytelevel_to_bytes(m.replace(" ", "!")) is None)
            raise _fmt_err(path, f"merge #{bad} {merges[bad][:60]!r} uses a token that is not in the vocab") from None
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


def _byte_spans_to_chars(data: bytes, spans: np.ndarray) -> np.ndarray:
    """Byte spans into valid UTF-8 -> char spans (whole-character rule)."""
    if data.isascii() or spans.shape[0] == 0:
        return spans
    b = np.frombuffer(data, dtype=np.uint8)
    lead = (b & 0xC0) != 0x80
    cum = np.concatenate([[0], np.cumsum(lead)])  # cum[k] = chars starting in [0, k)
    s, e = spans[:, 0], spans[:, 1]
    n = len(data)
    start = np.where(s < n, cum[np.minimum(s + 1, n)] - 1, cum[n])
    end = np.where(e > s, cum[e], start)
    return np.stack([start, end], axis=1).astype(np.int64)


def _decode_offsets_lossy(data: bytes, spans: np.ndarray):
    """Decode with U+FFFD replacement, feeding token by token: a token's span is the
    characters completed while its bytes were fed, widened to a character still pending."""
    import codecs

    dec = codecs.getincrementaldecoder("utf-8")("replace")
    parts, out = [], []
    pos = 0
    pending_from = None
    for s, e in spans.tolist():
        chunk = dec.decode(data[s:e])
        start = pending_from if pending_from is not None else pos
        pos += len(chunk)
        parts.append(chunk)
        if dec.getstate()[0]:
            pending_from = start if pending_from is not None else pos
            out.append((min(start, pos), pos + 1))
        else:
            pending_from = None
            out.append((start, pos))
    tail = dec.decode(b"", final=True)
    parts.append(tail)
    text = "".join(parts)
    arr = np.array(out, dtype=np.int64).reshape(-1, 2)
    np.minimum(arr, len(text), out=arr)
    return text, arr


_BUNDLED: dict[str, Tokenizer] = {}


def _bundled(which: str) -> Tokenizer:
    tok = _BUNDLED.get(which)
    if tok is None:
        if which == "gpt2":
            tok = Tokenizer.from_file(_DATA / "gpt2" / "vocab.json")
        else:
            tok = Tokenizer.from_file(_DATA / "clip" / "bpe_simple_vocab_16e6.txt.gz")
        _BUNDLED[which] = tok
    return tok


# ---- Hugging Face tokenizer.json -----------------------------------------------------------------


def _unsupported(path, what):
    return UnsupportedError(f"{path}: unsupported tokenizer.json piece: {what}")


def _split_pattern(path, pt):
    pat = pt.get("pattern") or {}
    if pt.get("behavior") != "Isolated" or pt.get("invert"):
        raise _unsupported(path, f"Split pre-tokenizer with behavior={pt.get('behavior')!r} invert={pt.get('invert')!r}")
    if "Regex" in pat:
        return pat["Regex"]
    if "String" in pat:
        return re.escape(pat["String"])
    raise _unsupported(path, f"Split pattern {pat!r}")


def _template(path, pp, vocab_of):
    """(prefix ids, suffix ids) of a post_processor for one sequence."""
    if pp is None:
        return [], []
    t = pp.get("type")
    if t == "Sequence":
        pre, post = [], []
        for p in pp.get("processors", []):
            a, b = _template(path, p, vocab_of)
            pre += a
            post += b
        return pre, post
    if t == "ByteLevel":
        return [], []
    if t == "TemplateProcessing":
        pre, post, seen = [], [], False
        specials = pp.get("special_tokens", {})
        for item in pp.get("single", []):
            if "Sequence" in item:
                seen = True
            elif "SpecialToken" in item:
                key = item["SpecialToken"]["id"]
                ids = specials.get(key, {}).get("ids")
                if ids is None:
                    i = vocab_of(key)
                    if i is None:
                        raise _fmt_err(path, f"post_processor special token {key!r} has no id")
                    ids = [i]
                (post if seen else pre).extend(int(x) for x in ids)
        return pre, post
    if t == "BertProcessing":
        return [int(pp["cls"][1])], [int(pp["sep"][1])]
    if t == "RobertaProcessing":
        return [int(pp["cls"][1])], [int(pp["sep"][1])]
    raise _unsupported(path, f"post_processor {t!r}")


def _load_hf(cls, path, data):
    model = data.get("model")
    if not isinstance(model, dict):
        raise _fmt_err(path, '"model" must be an object')
    mtype = model.get("type") or ("BPE" if "merges" in model else None)
    vocab = model.get("vocab")
    if not isinstance(vocab, dict):
        raise _unsupported(path, f"model type {mtype!r}") if mtype not in ("BPE", "WordPiece") else _fmt_err(
            path, '"model.vocab" must be an object of token -> id'
        )
    for k in ("truncation", "padding"):
        pass  # runtime settings of HF; not applied by encode (documented)
    added_raw = data.get("added_tokens") or []
    added = []
    for a in added_raw:
        try:
            c, i, sp = a["content"], int(a["id"]), bool(a.get("special", False))
        except (KeyError, TypeError, ValueError):
            raise _fmt_err(path, f"added token {str(a)[:80]}: needs content and id") from None
        for flag in ("lstrip", "rstrip", "single_word"):
            if a.get(flag):
                raise _unsupported(path, f"added token {c!r} with {flag}=true")
        added.append((c, i, sp))
    normalizer = data.get("normalizer")
    pre = data.get("pre_tokenizer")
    decoder = data.get("decoder")
    vocab_of = lambda s: vocab.get(s, next((i for c, i, _ in added if c == s), None))  # noqa: E731
    template = _template(path, data.get("post_processor"), vocab_of)

    if mtype == "WordPiece":
        norm = None
        if normalizer is not None:
            if normalizer.get("type") != "BertNormalizer":
                raise _unsupported(path, f"normalizer {normalizer.get('type')!r} with WordPiece")
            norm = _BertNormalizer(
                lowercase=normalizer.get("lowercase", True),
                strip_accents=normalizer.get("strip_accents"),
                chinese=normalizer.get("handle_chinese_chars", True),
            )
        if pre is not None and pre.get("type") != "BertPreTokenizer":
            raise _unsupported(path, f"pre_tokenizer {pre.get('type')!r} with WordPiece")
        return cls._wordpiece(
            path,
            vocab,
            unk=model.get("unk_token", "[UNK]"),
            prefix=model.get("continuing_subword_prefix", "##"),
            max_chars=int(model.get("max_input_chars_per_word", 100)),
            normalizer=norm,
            added=added,
            template=template,
        )
    if mtype != "BPE":
        raise _unsupported(path, f"model type {mtype!r} (supported: BPE, WordPiece)")
    if model.get("dropout") not in (None, 0, 0.0):
        raise _unsupported(path, "BPE dropout")
    if model.get("continuing_subword_prefix"):
        raise _unsupported(path, "BPE continuing_subword_prefix")
    if model.get("end_of_word_suffix"):
        raise _unsupported(path, "BPE end_of_word_suffix")
    merges = model.get("merges")
    if not isinstance(merges, list):
        raise _fmt_err(path, '"model.merges" must be a list')

    # normalizer
    nfc = False
    prepend = replace = False
    norms = []
    if normalizer is not None:
        norms = normalizer.get("normalizers", []) if normalizer.get("type") == "Sequence" else [normalizer]
    for n in norms:
        t = n.get("type")
        if t == "NFC":
            nfc = True
        elif t == "Prepend" and n.get("prepend") == "\u2581":
            prepend = True
        elif t == "Replace" and n.get("pattern") == {"String": " "} and n.get("content") == "\u2581":
            replace = True
        else:
            raise _unsupported(path, f"normalizer {t!r} {json.dumps(n)[:80]}")
    sp_style = prepend or replace or model.get("byte_fallback", False)

    # pre-tokenizer
    pattern = None
    bytelevel = False
    metaspace = None
    pres = []
    if pre is not None:
        pres = pre.get("pretokenizers", []) if pre.get("type") == "Sequence" else [pre]
    for p in pres:
        t = p.get("type")
        if t == "Split" and pattern is None:
            pattern = _split_pattern(path, p)
        elif t == "ByteLevel":
            if p.get("add_prefix_space"):
                raise _unsupported(path, "ByteLevel pre-tokenizer with add_prefix_space=true")
            bytelevel = True
            if p.get("use_regex", True):
                if pattern is not None:
                    raise _unsupported(path, "Split followed by ByteLevel(use_regex=true)")
                pattern = GPT2_PATTERN
        elif t == "Metaspace" and metaspace is None and pattern is None:
            if p.get("replacement", "\u2581") != "\u2581":
                raise _unsupported(path, f"Metaspace replacement {p.get('replacement')!r}")
            scheme = p.get("prepend_scheme")
            if scheme is None:
                scheme = "always" if p.get("add_prefix_space", True) else "never"
            if scheme not in ("always", "first", "never"):
                raise _unsupported(path, f"Metaspace prepend_scheme {scheme!r}")
            metaspace = (scheme, bool(p.get("split", True)))
        else:
            raise _unsupported(path, f"pre_tokenizer {t!r}")

    strip_first = False
    if decoder is not None:
        decs = decoder.get("decoders", []) if decoder.get("type") == "Sequence" else [decoder]
        for d in decs:
            if d.get("type") == "Strip" and d.get("content") == " " and int(d.get("start", 0)) == 1:
                strip_first = True
            elif d.get("type") == "Metaspace":
                scheme = d.get("prepend_scheme") or ("always" if d.get("add_prefix_space", True) else "never")
                strip_first = scheme != "never"

    split_spaces = False
    if metaspace is not None:
        if prepend or replace:
            raise _unsupported(path, "Metaspace together with a Prepend/Replace normalizer")
        replace = True
        prepend = {"always": 2, "first": 3, "never": 0}[metaspace[0]]
        split_spaces = metaspace[1]
        sp_style = True
    if bytelevel:
        if sp_style:
            raise _unsupported(path, "ByteLevel together with a SentencePiece-style normalizer or byte_fallback")
        return cls._from_bytelevel_bpe(
            path,
            vocab,
            merges,
            pattern=pattern,
            added=added,
            name=str(path.parent.name or path.name),
            ignore_merges=bool(model.get("ignore_merges", False)),
            normalizer=_nfc if nfc else None,
            template=template,
        )
    if pattern is not None:
        raise _unsupported(path, "a Split pre-tokenizer without ByteLevel")
    # SentencePiece-style BPE on characters
    if nfc:
        raise _unsupported(path, "NFC normalizer with SentencePiece-style BPE")
    keys = list(vocab)
    tokens = [k.encode("utf-8") for k in keys]
    ids = [vocab[k] for k in keys]
    byte_ids = np.full(256, -1, dtype=np.int32)
    if model.get("byte_fallback"):
        for b in range(256):
            i = vocab.get(f"<0x{b:02X}>")
            if i is not None:
                byte_ids[b] = i
    dec = []
    for k in keys:
        m = _BYTE_TOKEN.fullmatch(k) if model.get("byte_fallback") else None
        dec.append(bytes([int(m.group(1), 16)]) if m else k.replace("\u2581", " ").encode("utf-8"))
    unk = model.get("unk_token")
    unk_id = vocab.get(unk, -1) if unk is not None else -1
    return cls._make(
        name=str(path.parent.name or path.name),
        kind=_CHARS,
        tokens=tokens,
        ids=ids,
        token_strs={v: k for k, v in vocab.items()},
        merge_text=_merge_text(path, merges, bytelevel=False),
        added=added,
        dec_tokens=dec,
        byte_fallback=bool(model.get("byte_fallback")),
        byte_ids=byte_ids,
        prepend_space=int(prepend),
        split_spaces=split_spaces,
        replace_space=replace,
        unk_id=unk_id,
        fuse_unk=bool(model.get("fuse_unk")),
        template=template,
        strip_first=strip_first,
    )


_BYTE_TOKEN = re.compile(r"<0x([0-9A-Fa-f]{2})>")
