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
from .common import CHARS, check_id, check_vocab, file_error, is_int, merge_text
from .gpt2 import GPT2_PATTERN, bytelevel_bpe
from .vocab_txt import wordpiece

__all__ = ["load"]

_BYTE_TOKEN = re.compile(r"<0x([0-9A-Fa-f]{2})>")
# Metaspace prepend_scheme -> the engine's prepend rule
_METASPACE_PREPEND = {"always": "unless_space", "first": "first", "never": "never"}


def _unsupported(path, what):
    return UnsupportedError(f"{path}: unsupported tokenizer.json piece: {what}")


def _kind(v) -> str:
    """The JSON type of a parsed value, for messages."""
    return {dict: "an object", list: "an array", str: "a string", bool: "true/false", type(None): "null"}.get(
        type(v), "a number")


def _obj(path, node, what: str, optional: bool = True):
    """node as an object (None allowed when optional), else FileFormatError."""
    if node is None and optional:
        return None
    if not isinstance(node, dict):
        raise file_error(path, f"{what}: expected an object, got {_kind(node)}")
    return node


def _list(path, node, what: str) -> list:
    if not isinstance(node, list):
        raise file_error(path, f"{what}: expected an array, got {_kind(node)}")
    return node


def _str(path, v, what: str, optional: bool = False):
    if v is None and optional:
        return None
    if not isinstance(v, str):
        raise file_error(path, f"{what}: expected a string, got {_kind(v)}")
    return v


def _items(path, node, key: str, what: str) -> list:
    """The members of a Sequence node (normalizers, pretokenizers, ...) or [node], each
    an object."""
    node = _obj(path, node, what)
    if node is None:
        return []
    if node.get("type") != "Sequence":
        return [node]
    return [_obj(path, n, f"{what} #{i}", optional=False) for i, n in enumerate(_list(path, node.get(key, []), what))]


def _split_pattern(path, pt):
    pat = _obj(path, pt.get("pattern"), "Split pattern") or {}
    if pt.get("behavior") != "Isolated" or pt.get("invert"):
        raise _unsupported(path, f"Split pre-tokenizer with behavior={pt.get('behavior')!r} invert={pt.get('invert')!r}")
    if "Regex" in pat:
        return _str(path, pat["Regex"], "Split pattern Regex")
    if "String" in pat:
        return re.escape(_str(path, pat["String"], "Split pattern String"))
    raise _unsupported(path, f"Split pattern {pat!r}")


def _template(path, pp, vocab_of):
    """(prefix ids, suffix ids) of a post_processor for one sequence."""
    pp = _obj(path, pp, "post_processor")
    if pp is None:
        return [], []
    t = pp.get("type")
    if t == "Sequence":
        pre, post = [], []
        for p in _list(path, pp.get("processors", []), "post_processor processors"):
            a, b = _template(path, _obj(path, p, "post_processor", optional=False), vocab_of)
            pre += a
            post += b
        return pre, post
    if t == "ByteLevel":
        return [], []
    if t == "TemplateProcessing":
        pre, post, seen = [], [], False
        specials = _obj(path, pp.get("special_tokens", {}), "post_processor special_tokens") or {}
        for item in _list(path, pp.get("single", []), "post_processor single"):
            item = _obj(path, item, "post_processor single item", optional=False)
            if "Sequence" in item:
                seen = True
            elif "SpecialToken" in item:
                sp = _obj(path, item["SpecialToken"], "post_processor SpecialToken", optional=False)
                key = _str(path, sp.get("id"), "post_processor SpecialToken id")
                entry = _obj(path, specials.get(key), f"post_processor special token {key!r}") or {}
                ids = entry.get("ids")
                if ids is None:
                    i = vocab_of(key)
                    if i is None:
                        raise file_error(path, f"post_processor special token {key!r}: expected an id, found none")
                    ids = [i]
                ids = [check_id(path, x, f"post_processor special token {key!r}")
                       for x in _list(path, ids, f"post_processor special token {key!r} ids")]
                (post if seen else pre).extend(ids)
        return pre, post
    if t in ("BertProcessing", "RobertaProcessing"):
        ids = []
        for key in ("cls", "sep"):
            v = pp.get(key)
            if not (isinstance(v, list) and len(v) == 2 and isinstance(v[0], str)):
                raise file_error(path, f"post_processor {key}: expected [token, id], got {_kind(v)}")
            ids.append(check_id(path, v[1], f"post_processor {key} {v[0]!r}"))
        return [ids[0]], [ids[1]]
    raise _unsupported(path, f"post_processor {t!r}")


def _added_tokens(path, data) -> list[tuple[str, int, bool]]:
    added = []
    for k, a in enumerate(_list(path, data.get("added_tokens") or [], "added_tokens")):
        if not isinstance(a, dict) or "content" not in a or "id" not in a:
            raise file_error(path, f"added token #{k} {str(a)[:80]}: expected an object with content and id")
        c = a["content"]
        if not isinstance(c, str) or not c:
            raise file_error(path, f"added token #{k}: expected a non-empty string as content, got {_kind(c)} "
                                   f"{str(c)[:40]!r}")
        i = check_id(path, a["id"], f"added token #{k} {c[:40]!r}")
        for flag in ("lstrip", "rstrip", "single_word"):
            if a.get(flag):
                raise _unsupported(path, f"added token {c!r} with {flag}=true")
        added.append((c, i, bool(a.get("special", False))))
    return added


def _flag(path, node, key, default):
    v = node.get(key, default)
    if v is not None and not isinstance(v, bool):
        raise file_error(path, f"{key}: expected true, false or null, got {_kind(v)}")
    return v


def _wordpiece(path, model, normalizer, pre, added, template):
    norm = None
    if normalizer is not None:
        if normalizer.get("type") != "BertNormalizer":
            raise _unsupported(path, f"normalizer {normalizer.get('type')!r} with WordPiece")
        norm = BertNormalizer(
            lowercase=bool(_flag(path, normalizer, "lowercase", True)),
            strip_accents=_flag(path, normalizer, "strip_accents", None),
            chinese=bool(_flag(path, normalizer, "handle_chinese_chars", True)),
        )
    if pre is not None and pre.get("type") != "BertPreTokenizer":
        raise _unsupported(path, f"pre_tokenizer {pre.get('type')!r} with WordPiece")
    max_chars = model.get("max_input_chars_per_word", 100)
    if not is_int(max_chars) or max_chars < 1:
        raise file_error(path, f"max_input_chars_per_word: expected an integer >= 1, got {str(max_chars)[:40]}")
    max_chars = min(max_chars, 1 << 30)  # larger means "no limit": no word is that long
    return wordpiece(
        path,
        model["vocab"],
        unk=_str(path, model.get("unk_token", "[UNK]"), "unk_token"),
        prefix=_str(path, model.get("continuing_subword_prefix", "##"), "continuing_subword_prefix"),
        max_chars=max_chars,
        normalizer=norm,
        added=added,
        template=template,
    )


def _bpe_normalizers(path, normalizer):
    """(nfc, prepend, replace) from a BPE model's normalizer."""
    nfc_on = prepend = replace = False
    for n in _items(path, normalizer, "normalizers", "normalizer"):
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
    for p in _items(path, pre, "pretokenizers", "pre_tokenizer"):
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
            if not isinstance(scheme, str) or scheme not in _METASPACE_PREPEND:
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
        return (spaces_replaced and isinstance(p, dict) and p.get("type") == "Split"
                and p.get("pattern") == {"String": " "} and not p.get("invert"))

    # nodes of the wrong type are left for _bpe_pre_tokenizers to refuse with its message
    if pre is None or noop(pre):
        return None
    if isinstance(pre, dict) and pre.get("type") == "Sequence" and isinstance(pre.get("pretokenizers"), list):
        rest = [p for p in pre["pretokenizers"] if not noop(p)]
        return dict(pre, pretokenizers=rest) if rest else None
    return pre


def _strips_first_space(path, decoder) -> bool:
    """Does the decoder drop the one leading space of the text (Llama-2's Strip, Metaspace)?"""
    strip = False
    for d in _items(path, decoder, "decoders", "decoder"):
        if d.get("type") == "Strip" and d.get("content") == " " and d.get("start", 0) == 1:
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
    unk = _str(path, model.get("unk_token"), "unk_token", optional=True)
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
    check_vocab(path, vocab)
    added = _added_tokens(path, data)
    normalizer = _obj(path, data.get("normalizer"), "normalizer")
    pre = _obj(path, data.get("pre_tokenizer"), "pre_tokenizer")

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
                              replace=replace, template=template, strip_first=_strips_first_space(path, data.get("decoder")))
