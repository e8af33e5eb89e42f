"""A ``transformers`` tokenizer object as a ``tldr.Tokenizer``: the one conversion.

``tldr`` labels tokens from its own offsets (docs/tokenizers.md), so a tokenizer that a
user holds as a ``transformers`` object (``AutoTokenizer.from_pretrained(...)``, a
processor's ``.tokenizer``) is converted once into the ``tldr.Tokenizer`` of the same
file, and checked to give the same ids:

1. the ``tokenizer.json`` of the directory it was loaded from, else the file its
   ``tokenizers`` backend writes (``backend_tokenizer.to_str()``: what is in memory);
2. its added tokens (a processor's ``<image>``, PaliGemma's ``<locNNNN>``, chat
   markers) at their ids;
3. a probe text must get the same ids from both, else the conversion is refused.

``as_tokenizer`` is what ``make_negatives``, ``label_tokens`` and ``align_labels`` call on
the tokenizer they are given: a ``transformers`` tokenizer is converted (once per object
and vocabulary size, remembered weakly), anything else is used as it is. ``transformers``
itself is never imported here.
"""

from __future__ import annotations

import os
import weakref

from .._core import InvalidInputError, TldrError, UnsupportedError

__all__ = ["from_transformers", "as_tokenizer", "is_transformers_tokenizer"]

# Ids of this text must agree between the two tokenizers (spaces, digits, punctuation,
# accents, CJK: the parts where tokenizer files differ most).
PROBE = "A photo of 2 dogs, one on the left:  a naïve café's sign says \"OPEN 24/7\" 日本語!\n"

_CONVERTED = weakref.WeakKeyDictionary()  # transformers tokenizer -> (its len, Tokenizer)


def is_transformers_tokenizer(obj) -> bool:
    """Is obj a ``transformers`` tokenizer (``PreTrainedTokenizerBase`` and kin)?"""
    return type(obj).__module__.startswith("transformers.") and hasattr(obj, "convert_tokens_to_ids")


def _describe(tok) -> str:
    return f"{type(tok).__name__} ({getattr(tok, 'name_or_path', '') or 'in memory'})"


def _with_added(t, tok):
    """t plus the added tokens of the transformers tokenizer tok at the same ids."""
    dec = getattr(tok, "added_tokens_decoder", {}) or {}
    missing = []
    for i, at in sorted(dec.items()):
        content = getattr(at, "content", str(at))
        have = t.token_to_id(content)
        if have is None:
            missing.append((i, content, bool(getattr(at, "special", True))))
        elif have != i:
            raise InvalidInputError(f"token {content!r} has id {have} in the tokenizer file but {i} in "
                                    f"{_describe(tok)}")
    if missing:
        t = t.with_added_tokens([(c, sp) for _, c, sp in missing])
        for i, c, _ in missing:
            if t.token_to_id(c) != i:
                raise InvalidInputError(f"added token {c!r} would get id {t.token_to_id(c)}, {_describe(tok)} "
                                        f"has {i}")
    return t


def _check_probe(t, tok, where):
    want = list(tok(PROBE, add_special_tokens=False)["input_ids"])
    got = t.encode(PROBE, allowed_special="all").ids.tolist()
    if got != want:
        raise UnsupportedError(f"{where} gives other ids than {_describe(tok)} for {PROBE!r}: {got[:12]} vs "
                               f"{want[:12]}")


def _candidates(tok):
    """(where, path or text of a tokenizer.json) to try, in order."""
    src = getattr(tok, "name_or_path", None)
    if src and os.path.isfile(os.path.join(src, "tokenizer.json")):
        yield os.path.join(src, "tokenizer.json"), None
    backend = getattr(tok, "backend_tokenizer", None)
    if backend is not None:
        yield "its tokenizers backend", backend.to_str()


def from_transformers(tok):
    """The ``tldr.Tokenizer`` equal to the ``transformers`` tokenizer ``tok`` (module
    docstring); ``tldr.UnsupportedError`` naming every reason when there is none."""
    import tempfile

    from .tokenizer import Tokenizer

    if not is_transformers_tokenizer(tok):
        raise InvalidInputError(f"expected a transformers tokenizer, got {type(tok).__name__}")
    errors = []
    for where, text in _candidates(tok):
        try:
            if text is None:
                t = Tokenizer.from_file(where)
            else:
                with tempfile.TemporaryDirectory() as d:
                    p = os.path.join(d, "tokenizer.json")
                    with open(p, "w", encoding="utf-8") as f:
                        f.write(text)
                    t = Tokenizer.from_file(p)  # read whole: the file may go
            t = _with_added(t, tok)
            _check_probe(t, tok, where)
            if text is not None:  # named for the model, not the temporary directory
                t.name = os.path.basename(str(getattr(tok, "name_or_path", "") or "").rstrip("/")) or "transformers"
            return t
        except (TldrError, OSError) as e:
            errors.append(f"{where}: {e}")
    if not errors:
        errors.append("it has neither a tokenizer.json beside it nor a tokenizers backend")
    raise UnsupportedError(f"cannot use {_describe(tok)} as a tldr.Tokenizer: " + "; ".join(errors))


def as_tokenizer(tokenizer):
    """tokenizer, or for a ``transformers`` tokenizer its converted ``tldr.Tokenizer``
    (converted once per object while its vocabulary size stays the same)."""
    if not is_transformers_tokenizer(tokenizer):
        return tokenizer
    n = len(tokenizer)
    try:
        hit = _CONVERTED.get(tokenizer)
    except TypeError:  # not weakly referable or not hashable: convert every time
        return from_transformers(tokenizer)
    if hit is not None and hit[0] == n:
        return hit[1]
    t = from_transformers(tokenizer)
    _CONVERTED[tokenizer] = (n, t)
    return t
