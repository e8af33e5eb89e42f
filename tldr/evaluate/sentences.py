"""Where sentences end: the one sentence-end rule, for texts and for tokens.

The rule (PAPER.md, "Metrics": sentences split at period tokens): a sentence ends after a
*terminator* character (default the period) that is followed by whitespace or the end of
the text. So "3.5", "e.g.x" and "U.S.A" do not split; "end. Next" and "end." do.

:func:`_end_chars` states it once, on an array of code points. Everything else maps its
input to code points and asks it:

* :func:`sentence_spans` (a text -> character spans of its sentences, used to group
  flagged words by sentence);
* :func:`sentence_ids` (tokens -> sentence number of every token, the input of sentence
  accuracy and the sentence hallucination rate). A token ends a sentence when its last
  visible character ends one. The characters come from the texts and the token offsets,
  or, without texts, from the token surfaces a tokenizer gives, laid end to end.

Whitespace is what ``str.isspace`` says it is.
"""

import numpy as np

from .._checks import (
    as_array,
    as_offsets,
    as_row_splits,
    check_terminators,
    check_text,
    check_texts,
    row_index,
)
from .._core import InvalidInputError

__all__ = ["sentence_ids", "sentence_spans"]

# Markers byte-level / SentencePiece vocabularies put in front of a word ("▁", "Ġ"), the
# byte-level newline "Ċ", and plain leading whitespace: a piece starting with one of
# these has a space (or newline) before its first visible character.
_SPACE_MARKERS = ("\u2581", "\u0120", "\u010a", " ", "\t", "\n")

_SPACE_CODEPOINTS = None


def _space_codepoints():
    """Sorted code points c with ``chr(c).isspace()``; the largest is U+3000 (ideographic
    space), so scanning below 0x3001 finds them all."""
    global _SPACE_CODEPOINTS
    if _SPACE_CODEPOINTS is None:
        _SPACE_CODEPOINTS = np.array([c for c in range(0x3001) if chr(c).isspace()], dtype=np.uint32)
    return _SPACE_CODEPOINTS


def _codepoints(text):
    """(len(text),) uint32 code points (a lone surrogate keeps its own value)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _is_space(cp):
    return np.isin(cp, _space_codepoints())


def _end_chars(cp, terms):
    """THE sentence-end rule on code points ``cp`` (n,): True at a terminator that is
    followed by whitespace or is the last character."""
    is_term = np.isin(cp, np.array([ord(c) for c in terms], dtype=np.uint32))
    followed = np.ones(cp.shape[0], dtype=bool)
    followed[:-1] = _is_space(cp[1:])
    return is_term & followed


def sentence_spans(text, terminators="."):
    """Character spans (start, end) of the sentences of ``text``, whitespace trimmed.

    A sentence ends after a terminator followed by whitespace or the end of the text;
    pieces holding only whitespace are left out.

    >>> t = "One two. Three 3.5 four.  Five"
    >>> [t[a:b] for a, b in sentence_spans(t)]
    ['One two.', 'Three 3.5 four.', 'Five']
    """
    check_text(text)
    terms = check_terminators(terminators)
    cp = _codepoints(text)
    cuts = np.flatnonzero(_end_chars(cp, terms)) + 1
    starts = np.concatenate([[0], cuts])
    ends = np.concatenate([cuts, [cp.shape[0]]])
    visible = np.flatnonzero(~_is_space(cp))
    first = np.searchsorted(visible, starts, "left")      # first visible character >= start
    last = np.searchsorted(visible, ends, "left") - 1     # last visible character < end
    keep = first <= last
    return list(zip(visible[first[keep]].tolist(), (visible[last[keep]] + 1).tolist()))


def _token_ends(cp, starts, ends, terms):
    """Which tokens end a sentence, over one character stream.

    ``cp`` holds the characters of every response, each response followed by one
    whitespace character (so "end of the text" is "followed by whitespace"); token k
    covers ``cp[starts[k]:ends[k]]``. Returns (ends_sentence, blank), both (N,) bool:
    a token ends a sentence when its last visible character ends one by the rule; it is
    blank when it has no visible character.
    """
    n = starts.shape[0]
    if n == 0:
        return np.zeros(0, dtype=bool), np.zeros(0, dtype=bool)
    is_space = _is_space(cp)
    end_char = _end_chars(cp, terms)
    # last_visible[i]: index of the last non-space character at or before i (-1: none)
    last_visible = np.maximum.accumulate(np.where(is_space, -1, np.arange(cp.shape[0], dtype=np.int64)))
    j = last_visible[np.maximum(ends - 1, 0)]
    visible = (ends > starts) & (j >= starts)
    return visible & end_char[np.maximum(j, 0)], ~visible


def _stream_from_texts(texts, offsets, rs):
    """Characters of the texts joined by "\\n", and each token's span in them."""
    r = rs.shape[0] - 1
    texts = check_texts(texts)
    if len(texts) != r:
        raise InvalidInputError(f"texts has {len(texts)} entries but there are {r} responses")
    lens = np.fromiter((len(s) for s in texts), dtype=np.int64, count=r)
    off = as_offsets(offsets, int(rs[-1]), lens, rs)
    base = np.zeros(r, dtype=np.int64)
    np.cumsum(lens[:-1] + 1, out=base[1:])
    g = off + np.repeat(base, np.diff(rs))[:, None]
    return _codepoints("\n".join(texts) + "\n"), g[:, 0], g[:, 1]


def _surface(tokenizer, tid, has_decode, has_piece):
    """The characters one token stands for: ``decode([id])``, or the piece with its word
    markers as spaces; a space in front when the piece says one comes before it (a
    SentencePiece ``decode`` drops it)."""
    piece = tokenizer.id_to_token(tid) if has_piece else None
    piece = piece if isinstance(piece, str) else ""
    if has_decode:
        surf = tokenizer.decode([tid])
        if not isinstance(surf, str):
            raise InvalidInputError(f"tokenizer.decode([{tid}]) returned {type(surf).__name__}, expected str")
    else:
        surf = piece
        for marker in _SPACE_MARKERS[:3]:
            surf = surf.replace(marker, " ")
    if piece.startswith(_SPACE_MARKERS) and not surf[:1].isspace():
        surf = " " + surf
    return surf


def _stream_from_tokenizer(ids, rs, tokenizer):
    """Token surfaces laid end to end, each response followed by "\\n", and each token's
    span in them. Surfaces are looked up once per distinct id (a loop over at most the
    vocabulary, never over tokens)."""
    has_decode = hasattr(tokenizer, "decode")
    has_piece = hasattr(tokenizer, "id_to_token")
    if not (has_decode or has_piece):
        raise InvalidInputError("tokenizer must have decode(ids) or id_to_token(id)")
    uniq, inv = np.unique(ids, return_inverse=True)
    surfaces = [_surface(tokenizer, tid, has_decode, has_piece) for tid in uniq.tolist()]
    len_u = np.fromiter((len(s) for s in surfaces), dtype=np.int64, count=len(surfaces))
    start_u = np.cumsum(len_u) - len_u
    cp_u = _codepoints("".join(surfaces))
    length = len_u[inv]                                     # (N,) characters per token
    before = np.cumsum(length) - length                     # characters of earlier tokens
    starts = before + row_index(rs)                         # + one separator per earlier response
    stream = np.full(int(length.sum()) + rs.shape[0] - 1, ord("\n"), dtype=np.uint32)
    within = np.arange(int(length.sum()), dtype=np.int64) - np.repeat(before, length)
    stream[np.repeat(starts, length) + within] = cp_u[np.repeat(start_u[inv], length) + within]
    return stream, starts, starts + length


def sentence_ids(encoding_or_batch, tokenizer=None, *, texts=None, terminators=(".",),
                 row_splits=None):
    """Sentence number of every token, counted from 0 inside each response: (N,) int64.

    ``encoding_or_batch`` is an Encoding (``.ids``, ``.offsets``), a batch (``.ids``,
    ``.offsets``, ``.row_splits``) or a plain array of ids (then ``row_splits`` gives the
    responses; default: one response). The token that ends a sentence belongs to it, and
    so do whitespace-only tokens after it (a new sentence starts at the next token with a
    visible character).

    A token ends a sentence when its last visible character is a terminator followed by
    whitespace or the end of its response (the rule of this module). The characters are
    read either

    * from ``texts`` (the response strings) through the token offsets, or
    * from the token surfaces a ``tokenizer`` gives (``decode([id])`` and/or
      ``id_to_token(id)``), laid end to end; the two agree whenever the surfaces
      spell the text (tokenizers whose pieces carry their leading space).

    ``terminators`` is a string of characters or a sequence of single characters
    (default: the period, as in the paper; pass ``".!?"`` for all sentence ends).
    """
    terms = check_terminators(terminators)
    obj = encoding_or_batch
    offsets = None
    if hasattr(obj, "ids"):
        ids = as_array(obj.ids, "ids")
        offsets = getattr(obj, "offsets", None)
        rs_obj = getattr(obj, "row_splits", None)
        if rs_obj is not None:
            row_splits = rs_obj
    else:
        ids = as_array(obj, "ids")
    if ids.ndim != 1:
        raise InvalidInputError(f"ids must be 1-D, got shape {ids.shape}")
    if ids.size and not np.issubdtype(ids.dtype, np.integer):
        raise InvalidInputError(f"ids must be integers, got dtype {ids.dtype}")
    ids = ids.astype(np.int64, copy=False)
    n = ids.shape[0]
    rs = as_row_splits([0, n] if row_splits is None else row_splits, n=n)
    if texts is not None and offsets is not None:
        stream, starts, ends = _stream_from_texts(texts, offsets, rs)
    elif tokenizer is not None:
        stream, starts, ends = _stream_from_tokenizer(ids, rs, tokenizer)
    else:
        raise InvalidInputError("sentence_ids needs texts= (with offsets) or a tokenizer")
    ends_sentence, blank = _token_ends(stream, starts, ends, terms)
    # A token starts a new sentence when it has a visible character and the previous
    # visible token of its response ended one: whitespace-only tokens after a period
    # stay with the sentence it ends (no blank trailing "sentences").
    ar = np.arange(n, dtype=np.int64)
    prev_vis = np.full(n, -1, dtype=np.int64)
    if n:
        acc = np.maximum.accumulate(np.where(blank, -1, ar))
        prev_vis[1:] = acc[:-1]
    row_start = np.repeat(rs[:-1], np.diff(rs))
    if n:
        starts_sentence = ~blank & (prev_vis >= row_start) & ends_sentence[np.maximum(prev_vis, 0)]
    else:
        starts_sentence = np.zeros(0, dtype=bool)
    ex = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(starts_sentence, out=ex[1:])
    return ex[1:] - ex[row_start]
