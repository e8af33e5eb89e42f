"""BERT's ``vocab.txt`` (one WordPiece token per line, the line number is its id), and
the spec of a WordPiece model, which tokenizer.json's WordPiece models share.

A bare vocab.txt says nothing about normalization: it is read as uncased BERT (lower-case,
strip accents, space around CJK characters), ``[UNK]`` for unknown words, "##" for
continuations, ``[CLS] ... [SEP]`` as the template.
"""

from __future__ import annotations

import pathlib

from ..normalizers import BertNormalizer
from .common import WORDPIECE, check_count, check_vocab, file_error, read_text

__all__ = ["BERT_PATTERN", "wordpiece", "load"]

# BERT's pre-tokenizer: runs of non-space non-punctuation, or one punctuation character
# (ASCII symbols count as punctuation, as in BERT's _is_punctuation); whitespace dropped.
_BERT_PUNCT = r"""!-/:-@\[-`{-~\p{P}"""
BERT_PATTERN = rf"""[^\s{_BERT_PUNCT}]+|[{_BERT_PUNCT}]"""
_SPECIALS = ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]")


def wordpiece(path, vocab: dict, *, unk, prefix, max_chars, normalizer, added=None, template=None) -> dict:
    """The spec of a WordPiece model. added None: BERT's special tokens found in the
    vocab; template None: [CLS] ... [SEP] where the vocab has them."""
    check_vocab(path, vocab)
    if not isinstance(unk, str) or unk not in vocab:
        raise file_error(path, f"expected the WordPiece unk token {unk!r} in the vocab, it is not there")
    if added is None:
        added = [(t, vocab[t], True) for t in _SPECIALS if t in vocab]
    if template is None:
        template = (
            [vocab["[CLS]"]] if "[CLS]" in vocab else [],
            [vocab["[SEP]"]] if "[SEP]" in vocab else [],
        )
    keys = list(vocab)
    return dict(
        name=str(pathlib.Path(path).name),
        kind=WORDPIECE,
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


def load(path: pathlib.Path, lowercase: bool = True) -> dict:
    # universal newlines, as a text-mode read gives them
    lines = read_text(path, "vocab.txt", lines=True).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    check_count(path, len(lines), "lines")
    vocab = {}
    for i, t in enumerate(lines):
        vocab.setdefault(t.rstrip("\r"), i)
    return wordpiece(path, vocab, unk="[UNK]", prefix="##", max_chars=100,
                     normalizer=BertNormalizer(lowercase=lowercase))
