"""Exceptions of the tokenizer that tldr's hierarchy (``tldr.TldrError`` and its
subclasses, made in ``tldr._core``) has no class for: each is a ``TldrError`` and also the
builtin a caller would catch, so ``except FileNotFoundError`` and ``except IndexError``
keep working."""

from .._core import InvalidInputError, TldrError

__all__ = ["FileMissingError", "BatchIndexError"]


class FileMissingError(TldrError, FileNotFoundError):
    """A tokenizer file (or the merges.txt beside a vocab.json) does not exist or cannot
    be read (also a FileNotFoundError)."""


class BatchIndexError(InvalidInputError, IndexError):
    """An item index outside a BatchEncoding (also an IndexError)."""
