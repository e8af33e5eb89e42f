"""Normalizers with alignment: text changes made before encoding (NFC, BERT's cleanup,
CLIP's cleanup) that keep track of where each normalized character came from, so that
token offsets still index the ORIGINAL text.

A normalizer is a callable ``text -> (normalized, alignment)``; ``alignment`` is None
when offsets are unchanged (the common, fast case), else ``(st, en)``: int64 arrays of
length N + 1 for N normalized characters, such that the normalized span [s, e) maps to
the original span [st[s], en[e]). These run in Python, and only on texts they change.
"""

from __future__ import annotations

import html
import re
import unicodedata
from typing import Iterable

import numpy as np

__all__ = ["nfc", "BertNormalizer", "ClipNormalizer", "map_offsets", "replace_surrogates"]


def aligned(text: str, pieces: Iterable[tuple[int, int, str]]):
    """Build normalized text from (orig_start, orig_end, replacement) pieces that cover
    the text in order. Returns (normalized, st, en): normalized char k came from original
    chars [st[k], en[k+1]); st[N] = len(text), en[0] = 0."""
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


def map_offsets(offsets: np.ndarray, st: np.ndarray, en: np.ndarray) -> np.ndarray:
    """Normalized (n, 2) char offsets -> original offsets; an empty span stays empty."""
    if offsets.shape[0] == 0:
        return offsets
    s = st[offsets[:, 0]]
    e = np.where(offsets[:, 1] > offsets[:, 0], en[offsets[:, 1]], s)
    e = np.maximum(e, s)
    return np.stack([s, e], axis=1)


_SURROGATES = re.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> str:
    """Lone surrogates cannot be UTF-8: each becomes U+FFFD (one code point for one, so
    offsets into the original string stay valid)."""
    return _SURROGATES.sub("\ufffd", text)


# ---- NFC ---------------------------------------------------------------------------------


def _nfc_pieces(text: str):
    """NFC per group of a starter and the non-starters after it."""
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        yield i, j, unicodedata.normalize("NFC", text[i:j])
        i = j


def nfc(text: str):
    """NFC with alignment: (normalized, None) when already NFC (the common case)."""
    if unicodedata.is_normalized("NFC", text):
        return text, None
    norm, st, en = aligned(text, _nfc_pieces(text))
    return norm, (st, en)


# ---- BERT ----------------------------------------------------------------------------------


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


class BertNormalizer:
    """BERT's BasicTokenizer cleanup: control characters dropped, whitespace to " ",
    space around CJK characters, lower-casing and accent stripping (HF BertNormalizer)."""

    def __init__(self, lowercase=True, strip_accents=None, chinese=True):
        self.lowercase = lowercase
        self.strip_accents = lowercase if strip_accents is None else strip_accents
        self.chinese = chinese

    def __call__(self, text: str):
        if text.isascii() and not _ASCII_CTRL.search(text):
            # same length: offsets unchanged
            return (text.lower() if self.lowercase else text), None
        norm, st, en = aligned(
            text,
            ((i, i + 1, _bert_char(c, self.lowercase, self.strip_accents, self.chinese)) for i, c in enumerate(text)),
        )
        return norm, (st, en)


# ---- CLIP ----------------------------------------------------------------------------------


class ClipNormalizer:
    """CLIP's cleanup (html.unescape twice, whitespace collapse, strip) and lower-casing.
    ftfy.fix_text is not applied (it is an optional dependency of CLIP)."""

    _ENTITY = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)")

    # CLIP strips the unescaped text with str.strip(), which also drops U+001C..U+001F
    # (str.isspace, not Unicode White_Space: the pre-tokenizer regex would keep them).
    _STRIPPED = "\x1c\x1d\x1e\x1f"

    def __call__(self, text: str):
        if "&" not in text and not (text and (text[0] in self._STRIPPED or text[-1] in self._STRIPPED)):
            low = text.lower()
            if len(low) == len(text):  # each character lower-cased to one: offsets unchanged
                return low, None  # (whitespace needs no collapsing: the regex drops it)
        # per character, and each HTML entity unescaped (twice) and mapped to its span
        pieces = []
        pos = 0
        for m in self._ENTITY.finditer(text):
            rep = html.unescape(html.unescape(m.group(0)))
            if rep == m.group(0):  # not an entity: keep per-character spans
                continue
            pieces.extend((i, i + 1, text[i].lower()) for i in range(pos, m.start()))
            pieces.append((m.start(), m.end(), rep.lower()))
            pos = m.end()
        pieces.extend((i, i + 1, text[i].lower()) for i in range(pos, len(text)))
        _strip_ends(pieces)
        norm, st, en = aligned(text, pieces)
        return norm, (st, en)


def _strip_ends(pieces: list) -> None:
    """str.strip() over the pieces' replacements, in place (a stripped piece keeps its
    span with an empty replacement)."""
    for order, strip in ((range(len(pieces)), str.lstrip), (range(len(pieces) - 1, -1, -1), str.rstrip)):
        for k in order:
            s, e, rep = pieces[k]
            kept = strip(rep)
            pieces[k] = (s, e, kept)
            if kept:
                break
