"""Pre-tokenizer regexes, written for the engines of the reference tokenizers, made to
mean the same under PCRE2.

tiktoken (fancy-regex over Rust's regex), ``tokenizers`` (Oniguruma) and CLIP (Python's
``regex``) read ``\\s`` as Unicode's White_Space property. PCRE2 with UCP reads it as
``\\p{Xsp}``, which still counts U+180E MONGOLIAN VOWEL SEPARATOR as a space (it was Zs
before Unicode 6.3): ``"\\u180e's"`` split differently and cl100k gave other ids than
tiktoken. PCRE2 knows the White_Space property itself, so ``\\s`` becomes
``\\p{White_Space}`` and ``\\S`` becomes ``\\P{White_Space}`` (both valid inside and
outside a character class); nothing else of the patterns the formats use differs
(tests/test_tokenizer_unicode.py compares every assigned code point).

>>> to_pcre2(r"\\s+(?!\\S)|[^\\s\\p{L}]+|\\\\s")
'\\\\p{White_Space}+(?!\\\\P{White_Space})|[^\\\\p{White_Space}\\\\p{L}]+|\\\\\\\\s'
"""

from __future__ import annotations

__all__ = ["to_pcre2"]

_SAME_MEANING = {"s": r"\p{White_Space}", "S": r"\P{White_Space}"}


def to_pcre2(pattern: str) -> str:
    """The pattern with ``\\s`` and ``\\S`` spelled as PCRE2's White_Space property; an
    escaped backslash (``\\\\s``, a backslash then "s") is left alone."""
    if "\\" not in pattern:
        return pattern
    out = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            nxt = pattern[i + 1]
            out.append(_SAME_MEANING.get(nxt, c + nxt))
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)
