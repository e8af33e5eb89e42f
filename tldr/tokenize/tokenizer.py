"""Tokenizers with exact offsets: ``tldr.Tokenizer``, the policy layer.

The file formats are parsed in ``formats/`` (Python); encoding runs in C
(``tldr._core.BPE``, csrc/core/tokenize/): PCRE2 pre-tokenization (compiled once, JIT),
merges by rank, byte-level and byte-fallback mappings, added/special tokens, with the GIL
released and batches run in parallel. This module decides what the engine is asked:
which special tokens may match (tiktoken's rule), normalization with alignment
(``normalizers.py``), the template tokens, decoding rules, batching and pickling.

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

import codecs
import numbers
import os
import pathlib
import re
from typing import Iterable, Sequence

import numpy as np

from .._core import BPE as _BPE
from .._checks import as_token_ids
from .._core import DTypeError, FileFormatError, InvalidInputError, TextEncodingError
from . import formats
from .encoding import BatchEncoding, Encoding
from .normalizers import map_offsets, replace_surrogates
from .pattern import to_pcre2

__all__ = ["Tokenizer", "Encoding", "BatchEncoding"]

_DATA = pathlib.Path(__file__).resolve().parent.parent / "data"

# Ids stop below 2^24 (TLDR_BPE_MAX_ID, csrc/core/tokenize/bpe.h).
_MAX_ID = 1 << 24

# Added-token modes for one call (tldr_bpe_added_mode in csrc/core/tokenize/bpe.h).
_MATCH, _FORBID, _TEXT = 0, 1, 2


def _offsets(lengths) -> np.ndarray:
    """String lengths -> int64 offsets (n + 1) into their concatenation."""
    lengths = np.asarray(lengths, dtype=np.int64)
    offs = np.zeros(lengths.shape[0] + 1, dtype=np.int64)
    np.cumsum(lengths, out=offs[1:])
    return offs


def _table(strings) -> tuple[bytes, np.ndarray]:
    """A list of bytes, or (blob, lengths), -> (blob, offsets) for the engine."""
    if isinstance(strings, tuple):
        blob, lens = strings
        return blob, _offsets(lens)
    return b"".join(strings), _offsets(np.fromiter(map(len, strings), dtype=np.int64, count=len(strings)))


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
        kind: str,
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
        prepend_space: str = "never",
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
        """Build from a spec (the keyword arguments a loader in ``formats/`` returns);
        use :meth:`from_file` and the presets instead of calling this."""
        self.name = name
        self._kind = kind
        self._pattern = pattern
        self._normalizer = normalizer
        self._template = template
        self._strip_first = strip_first
        self._wordpiece_decode = wordpiece_decode
        self._prefix = prefix.decode() if prefix else ""
        self.lossless = lossless
        self._added = [(c, int(i), bool(sp)) for c, i, sp in added]
        blob, offs = _table(tokens)
        kw = {}
        if merge_text is not None:
            kw["merge_text"], kw["merge_offsets"], kw["merge_seps"] = merge_text
        if dec_tokens is not None:
            kw["dec_tokens"], kw["dec_offsets"] = _table(dec_tokens)
        if merges is not None:
            kw["merges"] = np.asarray(merges, dtype=np.int32).reshape(-1, 2)
        if self._added:
            kw["added"], kw["added_offsets"] = _table([c.encode("utf-8") for c, _, _ in self._added])
            kw["added_ids"] = np.array([i for _, i, _ in self._added], dtype=np.int32)
            kw["added_texts"] = tuple(c for c, _, _ in self._added)
        if byte_ids is not None:
            kw["byte_ids"] = np.asarray(byte_ids, dtype=np.int32)
        self._core = _BPE(
            kind=kind,
            tokens=blob,
            offsets=offs,
            ids=np.asarray(ids, dtype=np.int32),
            pattern=to_pcre2(pattern) if pattern else pattern,
            ignore_merges=ignore_merges,
            byte_fallback=byte_fallback,
            prepend_space=prepend_space,
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

        A Hugging Face settings file (``tokenizer_config.json``, ``config.json``, ...)
        holds no vocabulary: given one, the ``tokenizer.json`` (else ``vocab.json``) of
        the same directory is loaded, and when there is none the error says what to pass.
        A ``transformers`` tokenizer object converts with :meth:`from_transformers`.
        """
        path = _tokenizer_beside(path)
        tok = cls._make(**formats.load(path, encoding=encoding, merges_path=merges_path))
        if added_tokens:
            tok = tok.with_added_tokens(added_tokens)
        return tok

    @classmethod
    def from_transformers(cls, tokenizer) -> "Tokenizer":
        """The tokenizer equal to a ``transformers`` tokenizer object (its tokenizer.json,
        with its added tokens at their ids; see ``tldr/tokenize/transformers_bridge.py``).
        Raises ``tldr.UnsupportedError`` saying why when tldr cannot load it."""
        from .transformers_bridge import from_transformers

        return from_transformers(tokenizer)

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
        tokens (ids 256000..257151) and the special ``<image>`` (id 257152), as in
        PaliGemma's tokenizer files: the processor puts ``<image>`` before the prompt, so
        encode a processor's text with ``allowed_special={"<image>"}`` (or ``"all"``)."""
        extra = [f"<loc{i:04d}>" for i in range(1024)] + [f"<seg{i:03d}>" for i in range(128)]
        tok = cls.from_file(gemma_tokenizer_json, added_tokens=[*extra, ("<image>", True)])
        tok.name = "paligemma"
        return tok

    def with_added_tokens(self, tokens: Sequence[str | tuple[str, bool]]) -> "Tokenizer":
        """A copy with extra added tokens (new ids after the largest one; existing ones
        keep their id). A token is ``str`` (not special: always matched) or
        ``(str, special)``."""
        added = list(self._added)
        have = {c for c, _, _ in added}
        nxt = self.vocab_size
        if isinstance(tokens, (str, bytes)):
            raise DTypeError(f"tokens: expected a sequence of str or (str, special) pairs, got {type(tokens).__name__}")
        for k, t in enumerate(tokens):
            if isinstance(t, str):
                c, sp = t, False
            elif (isinstance(t, (tuple, list)) and len(t) == 2 and isinstance(t[0], str)
                  and isinstance(t[1], (bool, np.bool_))):
                c, sp = t[0], bool(t[1])
            else:
                raise DTypeError(f"tokens[{k}]: expected a str or a (str, bool) pair, got {type(t).__name__} "
                                 f"{str(t)[:40]}")
            if not c:
                raise InvalidInputError(f"tokens[{k}]: expected a non-empty string, got ''")
            if c in have:
                continue
            existing = self.token_to_id(c)
            if existing is None:
                if nxt >= _MAX_ID:
                    raise InvalidInputError(f"tokens[{k}]: no id left, ids stop below 2^24")
                existing = nxt
                nxt += 1
            added.append((c, existing, sp))
            have.add(c)
        args = dict(self._build_args, added=added, token_strs=dict(self._token_strs))
        return Tokenizer._make(**args)

    @classmethod
    def _make(cls, **kw) -> "Tokenizer":
        tok = cls(**kw)
        tok._build_args = kw
        return tok

    # ---- encoding -------------------------------------------------------------------------------

    def _modes(self, allowed_special, disallowed_special) -> bytes | None:
        """One mode byte per added token for this call: non-special tokens always match;
        a special one matches when allowed, is an error when disallowed, else is text."""
        if not self._added:
            return None
        if allowed_special == () and disallowed_special == "all":  # the default, per call
            m = self._modes_cache.get(None)
            if m is not None:
                return m
        key = (
            allowed_special if isinstance(allowed_special, str) else frozenset(allowed_special),
            disallowed_special if isinstance(disallowed_special, str) else frozenset(disallowed_special),
        )
        m = self._modes_cache.get(key)
        if m is not None:
            return m
        if isinstance(allowed_special, str) and allowed_special != "all":
            raise InvalidInputError(f'allowed_special: expected "all" or a collection of str, got {allowed_special!r}')
        if isinstance(disallowed_special, str) and disallowed_special != "all":
            raise InvalidInputError(
                f'disallowed_special: expected "all" or a collection of str, got {disallowed_special!r}'
            )
        known = {c for c, _, _ in self._added}
        if not isinstance(allowed_special, str):
            bad = [s for s in key[0] if s not in known]
            if bad:
                raise InvalidInputError(f"allowed_special: expected special tokens of {self.name}, got {bad[:5]}")
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
        if len(self._modes_cache) < 64:  # a few policies per tokenizer in practice
            self._modes_cache[key] = m
            if allowed_special == () and disallowed_special == "all":
                self._modes_cache[None] = m
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

    def _encode_one(self, fn, text: str, modes):
        """fn (the engine's encode or pretokenize) on the normalized text, offsets mapped
        back to the original text. Lone surrogates are encoded as U+FFFD."""
        norm, align = (text, None) if self._normalizer is None else self._normalize(text, modes)
        try:
            ids, offs = fn(norm, modes)
        except TextEncodingError:
            ids, offs = fn(replace_surrogates(norm), modes)
        if align is not None:
            offs = map_offsets(offs, *align)
        return ids, offs

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
            raise DTypeError(f"text: expected str, got {type(text).__name__}")
        modes = self._modes(allowed_special, disallowed_special)
        if self._normalizer is None:
            # the common case without the _encode_one call (a Python call is ~7% of a
            # caption's encode): same steps, nothing to normalize or map back
            try:
                ids, offs = self._core.encode(text, modes)
            except TextEncodingError:
                ids, offs = self._core.encode(replace_surrogates(text), modes)
        else:
            ids, offs = self._encode_one(self._core.encode, text, modes)
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
            raise DTypeError("texts: expected a sequence of str, got a str")
        try:
            texts = list(texts)
        except TypeError:
            raise DTypeError(f"texts: expected a sequence of str, got {type(texts).__name__}") from None
        modes = self._modes(allowed_special, disallowed_special)
        aligns = None
        if self._normalizer is not None:
            # (without a normalizer the engine checks the items itself)
            bad = next((i for i, t in enumerate(texts) if not isinstance(t, str)), None)
            if bad is not None:
                raise DTypeError(f"texts[{bad}]: expected str, got {type(texts[bad]).__name__}")
            normed = [self._normalize(t, modes) for t in texts]
            texts_n = [t for t, _ in normed]
            aligns = [a for _, a in normed]
        else:
            texts_n = texts
        try:
            ids, offs, rs = self._core.encode_batch(texts_n, modes, num_threads)
        except TextEncodingError:
            texts_n = [replace_surrogates(t) if isinstance(t, str) else t for t in texts_n]
            ids, offs, rs = self._core.encode_batch(texts_n, modes, num_threads)
        if aligns is not None and any(a is not None for a in aligns):
            for b, a in enumerate(aligns):
                if a is not None:
                    s, e = rs[b], rs[b + 1]
                    offs[s:e] = map_offsets(offs[s:e], *a)
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
        if not isinstance(text, str):
            raise DTypeError(f"text: expected str, got {type(text).__name__}")
        modes = self._modes((), ())  # special tokens as text: pieces only
        return self._encode_one(self._core.pretokenize, text, modes)[1]

    # ---- decoding --------------------------------------------------------------------------------

    def _ids(self, ids, skip_special_tokens=False) -> np.ndarray:
        ids = as_token_ids(ids, self.vocab_size)
        if skip_special_tokens and self._special_ids:
            ids = ids[~np.isin(ids, list(self._special_ids))]
        return ids

    def decode(self, ids, skip_special_tokens: bool = False) -> str:
        """Text of the ids (invalid UTF-8 from partial byte tokens becomes U+FFFD)."""
        ids = self._ids(ids, skip_special_tokens)
        if self._wordpiece_decode:
            return self._decode_wordpiece(ids)[0]
        return self._core.decode(ids, strip_first=self._strip_first).decode("utf-8", errors="replace")

    def decode_with_offsets(self, ids) -> tuple[str, np.ndarray]:
        """Decode ids (e.g. generated ones) and give each token its (start, end) str span in
        the decoded text, with the same whole-character rule as encode."""
        ids = self._ids(ids)
        if self._wordpiece_decode:
            return self._decode_wordpiece(ids)
        text, offs = self._core.decode(ids, strip_first=self._strip_first, offsets=True)
        if isinstance(text, bytes):  # not valid UTF-8: decode with replacement, token by token
            return _decode_offsets_lossy(text, offs)
        return text, offs

    def _decode_wordpiece(self, ids):
        """WordPiece text: "##" continuations join the previous token, others get a space."""
        parts: list[str] = []
        spans = []
        pos = 0
        pre = self._prefix
        for i in ids.tolist():
            t = self.id_to_token(i)
            if t is None:
                raise InvalidInputError(f"ids: expected token ids of {self.name}, got {i}, an id no token has")
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
        return self._token_strs.get(_one_id(i))

    def token_to_id(self, token: str) -> int | None:
        """Id of a token string as id_to_token spells it (or an added token), else None."""
        if self._str_to_id is None:
            self._str_to_id = {s: i for i, s in self._token_strs.items()}
        return self._str_to_id.get(token)

    def token_bytes(self, i: int) -> bytes | None:
        """The bytes of text that token i stands for (None for an unused id)."""
        i = _one_id(i)
        return self._core.token_bytes(i) if 0 <= i < self.vocab_size else None

    @property
    def special_tokens(self) -> dict[str, int]:
        return {c: i for c, i, sp in self._added if sp}

    @property
    def added_tokens(self) -> dict[str, int]:
        return {c: i for c, i, _ in self._added}

    def __repr__(self) -> str:
        return f"Tokenizer({self.name!r}, vocab_size={self.vocab_size})"

    def __reduce__(self):
        # picklable (DataLoader workers started with spawn): rebuilt from the parsed inputs
        return (_rebuild, (self._build_args, self.name))


def _one_id(i) -> int:
    """One id as an int: an integer (not a float, not a bool)."""
    if isinstance(i, (bool, np.bool_)) or not isinstance(i, numbers.Integral):
        raise DTypeError(f"id: expected an integer, got {type(i).__name__} {str(i)[:40]}")
    return int(i)


def _decode_offsets_lossy(data: bytes, spans: np.ndarray):
    """Decode with U+FFFD replacement, feeding token by token: a token's span is the
    characters completed while its bytes were fed, widened to a character still pending."""
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


# Hugging Face files that sit beside a tokenizer and hold its settings, not its vocabulary.
_SETTINGS_FILES = ("tokenizer_config.json", "special_tokens_map.json", "added_tokens.json", "config.json",
                   "processor_config.json", "preprocessor_config.json", "generation_config.json")


def _tokenizer_beside(path):
    """path, or for a settings file the tokenizer file of its directory (tokenizer.json,
    else vocab.json); a settings file without one is an error that says what to pass."""
    if not isinstance(path, (str, os.PathLike)):
        return path  # formats.load names the wrong type
    p = pathlib.Path(path)
    if p.name not in _SETTINGS_FILES:
        return path
    for name in ("tokenizer.json", "vocab.json"):
        if (p.parent / name).is_file():
            return p.parent / name
    raise FileFormatError(f"{path}: {p.name} holds a tokenizer's settings, not its vocabulary: pass the "
                          f"tokenizer.json (or vocab.json with merges.txt) of the model; {p.parent} has neither")


def _rebuild(args, name):
    tok = Tokenizer._make(**args)
    tok.name = name
    return tok


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
