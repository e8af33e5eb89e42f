"""Tokenizer file formats, one module each, every format parsed once:

=============================  ===============  =======================================
file                           module           families
=============================  ===============  =======================================
``*.tiktoken``                 ``tiktoken``     cl100k_base, o200k_base, p50k, r50k
``tokenizer.json``             ``hf_json``      Llama-2/3, Gemma, Qwen2, GPT-2, BERT
``vocab.json`` + merges.txt    ``gpt2``         GPT-2
``*.txt.gz``                   ``clip``         CLIP
``vocab.txt``                  ``vocab_txt``    BERT WordPiece (uncased)
=============================  ===============  =======================================

:func:`load` picks the format from the file name and contents and returns the spec (see
``common.py``) that ``Tokenizer`` is built from.
"""

from __future__ import annotations

import pathlib

from ..._core import DTypeError, UnsupportedError
from ..errors import FileMissingError
from . import clip, gpt2, hf_json, tiktoken, vocab_txt
from .common import check_added, file_error, read_json

__all__ = ["load"]


def load(path, *, encoding: str | None = None, merges_path=None) -> dict:
    """The spec of the tokenizer file at path (see Tokenizer.from_file for the rules)."""
    spec = _load(path, encoding, merges_path)
    check_added(path, spec)
    return spec


def _load(path, encoding, merges_path) -> dict:
    try:
        p = pathlib.Path(path)
    except TypeError:
        raise DTypeError(f"path: expected a str or os.PathLike, got {type(path).__name__}") from None
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise FileMissingError(f"{path}: cannot read the tokenizer file ({exc.strerror})") from None
    if size == 0:
        raise file_error(path, "expected a tokenizer file, the file is empty")
    name = p.name
    if name.endswith(".tiktoken") or encoding is not None:
        return tiktoken.load(p, encoding)
    if name.endswith(".gz"):
        return clip.load(p)
    if name.endswith(".txt"):
        return vocab_txt.load(p)
    if name.endswith(".json"):
        data = read_json(p)
        if isinstance(data, dict) and isinstance(data.get("model"), dict):
            return hf_json.load(p, data)
        if isinstance(data, dict):
            return gpt2.load(p, data, pathlib.Path(merges_path) if merges_path else p.with_name("merges.txt"))
        raise file_error(path, f"expected a JSON object (tokenizer.json or vocab.json), got {type(data).__name__}")
    raise UnsupportedError(
        f"{path}: unknown tokenizer file type (expected .tiktoken, tokenizer.json, vocab.json, .txt.gz or vocab.txt)"
    )
