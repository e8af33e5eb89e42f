"""tldr.tokenize: tokenizers with exact offsets (``tldr.Tokenizer``).

    tokenizer.py    Tokenizer: the policy layer over the C engine (special tokens,
                    normalization with alignment, templates, batches, decoding)
    encoding.py     Encoding and BatchEncoding, the results
    normalizers.py  NFC, BERT's and CLIP's cleanup, with offsets kept on the original text
    formats/        one loader per file format (tiktoken, tokenizer.json, GPT-2, CLIP,
                    vocab.txt), each returning the tables the engine is built from
    transformers_bridge.py  a ``transformers`` tokenizer object as the Tokenizer of its
                    file (``Tokenizer.from_transformers``): the one conversion
    errors.py       the tokenizer's exceptions that tldr's hierarchy lacks
    _reference.py   the readable Python twin of the C engine (tests only)

The engine itself is C: csrc/core/tokenize/ (bound in csrc/py/tokenizer.c).
"""

from .encoding import BatchEncoding, Encoding
from .tokenizer import Tokenizer

__all__ = ["Tokenizer", "Encoding", "BatchEncoding"]
