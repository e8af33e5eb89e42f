"""Hugging Face ``tokenizer.json``: a model (BPE or WordPiece) with its normalizer,
pre-tokenizer, post-processor (the template) and decoder.

Three shapes are supported, each mapped to one engine kind:

* BPE + ByteLevel pre-tokenizer (+ a Split regex, + NFC): byte-level BPE (GPT-2,
  Llama-3.x, Qwen2);
* BPE with byte_fallback and "▁" (normalizer Prepend("▁") + Replace(" ", "▁"), or the
  Metaspace pre-tokenizer): SentencePiece-style BPE on characters (Llama-2, Gemma);
* WordPiece with BertNormalizer and BertPreTokenizer (BERT).

Anything else raises ``UnsupportedError`` naming the piece. ``truncation`` and
``padding`` are runtime settings of HF and are not applied (``encode`` never truncates
or pads).
"""

from __future__ import annotations

import json
import pathlib
import re

import numpy as np

from ..._core import UnsupportedError
from ..normalizers import BertNormalizer, nfc
from .common import CHARS, file_error, merge_text
from .gpt2 import GPT2_PATTERN, bytelevel_bpe
from .vocab_txt import wordpiece

__all__ = ["load"]

_BYTE_TOKEN = re.compile(r"<0x([0-9A-Fa-f]{2})>")
# Metaspace prepend_scheme -> the engine's prepend rule
_METASPACE_PREPEND = {"always": "unless_space", "first": "first", "never": "never"}


def _unsupported(path, what):
    return UnsupportedError(f"{path}: unsupported tokenizer.json piece: {what}")


def _items(node, key: str) -> list:
    """The members of a Sequence node (normalizers, pretokenizers, ...) or [node]."""
    if node is None:
        return []
    return node.get(key, []) if node.get("type") == "Sequence" else [node]


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
                        raise file_error(path, f"post_processor special token {key!r}: expected an id, found none")
                    ids = [i]
                (post if seen else pre).extend(int(x) for x in ids)
        return pre, post
    if t in ("BertProcessing", "RobertaProcessing"):
        return [int(pp["cls"][1])], [int(pp["sep"][1])]
    raise _unsupported(path, f"post_processor {t!r}")


def _added_tokens(path, data) -> list[tuple[str, int, bool]]:
    added = []
    for a in data.get("added_tokens") or []:
        try:
            c, i, sp = a["content"], int(a["id"]), bool(a.get("special", False))
        except (KeyError, TypeError, ValueError):
            raise file_error(path, f"added token {str(a)[:80]}: expected content and id") from None
        for flag in ("lstrip", "rstrip", "single_word"):
            if a.get(flag):
                raise _unsupported(path, f"added token {c!r} with {flag}=true")
        added.append((c, i, sp))
    return added


def _wordpiece(path, model, normalizer, pre, added, template):
    norm = None
    if normalizer is not None:
        if normalizer.get("type") != "BertNormalizer":
            raise _unsupported(path, f"normalizer {normalizer.get('type')!r} with WordPiece")
        norm = BertNormalizer(
            lowercase=normalizer.get("lowercase", True),
            strip_accents=normalizer.get("strip_accents"),
            chinese=normalizer.get("handle_chinese_chars", True),
        )
    if pre is not None and pre.get("type") != "BertPreTokenizer":
        raise _unsupported(path, f"pre_tokenizer {pre.get('type')!r} with WordPiece")
    return wordpiece(
        path,
        model["vocab"],
        unk=model.get("unk_token", "[UNK]"),
        prefix=model.get("continuing_subword_prefix", "##"),
        max_chars=int(model.get("max_input_chars_per_word", 100)),
        normalizer=norm,
        added=added,
        template=template,
    )


def _bpe_normalizers(path, normalizer):
    """(nfc, prepend, replace) from a BPE model's normalizer."""
    nfc_on = prepend = replace = False
    for n in _items(normalizer, "normalizers"):
        t = n.get("type")
        if t == "NFC":
            nfc_on = True
        elif t == "Prepend" and n.get("prepend") == "\u2581":
            prepend = True
        elif t == "Replace" and n.get("pattern") == {"String": " "} and n.get("content") == "\u2581":
            replace = True
        else:
            raise _unsupported(path, f"normalizer {t!r} {json.dumps(n)[:80]}")
    return nfc_on, prepend, replace


def _bpe_pre_tokenizers(path, pre):
    """(regex or None, bytelevel, metaspace (scheme, split) or None)."""
    pattern, bytelevel, metaspace = None, False, None
    for p in _items(pre, "pretokenizers"):
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
            if scheme not in _METASPACE_PREPEND:
                raise _unsupported(path, f"Metaspace prepend_scheme {scheme!r}")
            metaspace = (scheme, bool(p.get("split", True)))
        else:
            raise _unsupported(path, f"pre_tokenizer {t!r}")
    return pattern, bytelevel, metaspace


def _without_space_split(pre, spaces_replaced: bool):
    """pre without a ``Split`` on the string " " when the normalizer has replaced every
    space by "▁": the pre-tokenizer sees the normalized text, where that split never
    matches, whatever its behavior (transformers 5 writes Gemma's tokenizer.json with
    ``Split(" ", MergedWithPrevious)`` beside ``Replace(" ", "▁")``)."""
    def noop(p):
        return (spaces_replaced and p.get("type") == "Split" and p.get("pattern") == {"String": " "}
                and not p.get("invert"))

    if pre is None or noop(pre):
        return None
    if pre.get("type") == "Sequence":
        rest = [p for p in pre.get("pretokenizers", []) if not noop(p)]
        return dict(pre, pretokenizers=rest) if rest else None
    return pre


def _strips_first_space(decoder) -> bool:
    """Does the decoder drop the one leading space of the text (Llama-2's Strip, Metaspace)?"""
    strip = False
    for d in _items(decoder, "decoders"):
        if d.get("type") == "Strip" and d.get("content") == " " and int(d.get("start", 0)) == 1:
            strip = True
        elif d.get("type") == "Metaspace":
            scheme = d.get("prepend_scheme") or ("always" if d.get("add_prefix_space", True) else "never")
            strip = scheme != "never"
    return strip


def _sentencepiece_bpe(path, model, merges, added, *, prepend, split_spaces, replace, template, strip_first):
    """The spec of SentencePiece-style BPE: the vocab is UTF-8 text with "▁" for space;
    <0xXX> tokens are the byte fallback and decode to their byte."""
    vocab = model["vocab"]
    fallback = bool(model.get("byte_fallback"))
    keys = list(vocab)
    byte_ids = np.full(256, -1, dtype=np.int32)
    if fallback:
        for b in range(256):
            i = vocab.get(f"<0x{b:02X}>")
            if i is not None:
                byte_ids[b] = i
    dec = []
    for k in keys:
        m = _BYTE_TOKEN.fullmatch(k) if fallback else None
        dec.append(bytes([int(m.group(1), 16)]) if m else k.replace("\u2581", " ").encode("utf-8"))
    unk = model.get("unk_token")
    return dict(
        name=str(path.parent.name or path.name),
        kind=CHARS,
        tokens=[k.encode("utf-8") for k in keys],
        ids=[vocab[k] for k in keys],
        token_strs={v: k for k, v in vocab.items()},
        merge_text=merge_text(path, merges),
        added=added,
        dec_tokens=dec,
        byte_fallback=fallback,
        byte_ids=byte_ids,
        prepend_space=prepend,
        split_spaces=split_spaces,
        replace_space=replace,
        unk_id=vocab.get(unk, -1) if unk is not None else -1,
        fuse_unk=bool(model.get("fuse_unk")),
        template=template,
        strip_first=strip_first,
    )


def load(path: pathlib.Path, data: dict) -> dict:
    """A parsed tokenizer.json (``data``, a dict with a "model" object) -> spec."""
    model = data.get("model")
    if not isinstance(model, dict):
        raise file_error(path, 'expected "model" to be an object')
    mtype = model.get("type") or ("BPE" if "merges" in model else None)
    vocab = model.get("vocab")
    if not isinstance(vocab, dict):
        if mtype not in ("BPE", "WordPiece"):
            raise _unsupported(path, f"model type {mtype!r}")
        raise file_error(path, '"model.vocab": expected an object of token -> id')
    added = _added_tokens(path, data)
    normalizer, pre = data.get("normalizer"), data.get("pre_tokenizer")

    def vocab_of(s):
        return vocab.get(s, next((i for c, i, _ in added if c == s), None))

    template = _template(path, data.get("post_processor"), vocab_of)
    if mtype == "WordPiece":
        return _wordpiece(path, model, normalizer, pre, added, template)
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
        raise file_error(path, '"model.merges": expected a list')
    nfc_on, prepend, replace = _bpe_normalizers(path, normalizer)
    pattern, bytelevel, metaspace = _bpe_pre_tokenizers(path, _without_space_split(pre, replace))
    sp_style = prepend or replace or model.get("byte_fallback", False)
    prepend_rule = "always" if prepend else "never"
    split_spaces = False
    if metaspace is not None:
        if prepend or replace:
            raise _unsupported(path, "Metaspace together with a Prepend/Replace normalizer")
        replace, sp_style, split_spaces = True, True, metaspace[1]
        prepend_rule = _METASPACE_PREPEND[metaspace[0]]
    if bytelevel:
        if sp_style:
            raise _unsupported(path, "ByteLevel together with a SentencePiece-style normalizer or byte_fallback")
        return bytelevel_bpe(
            path,
            vocab,
            merges,
            pattern=pattern,
            added=added,
            name=str(path.parent.name or path.name),
            ignore_merges=bool(model.get("ignore_merges", False)),
            normalizer=nfc if nfc_on else None,
            template=template,
        )
    if pattern is not None:
        raise _unsupported(path, "a Split pre-tokenizer without ByteLevel")
    if nfc_on:
        raise _unsupported(path, "NFC normalizer with SentencePiece-style BPE")
    return _sentencepiece_bpe(path, model, merges, added, prepend=prepend_rule, split_spaces=split_spaces,
                              replace=replace, template=template, strip_first=_strips_first_space(data.get("decoder")))
