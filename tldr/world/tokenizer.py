"""The world tokenizer: a small byte-level BPE trained on world captions and their negatives.

``tldr/data/world/tokenizer.json`` (made by ``scripts/train_world_tokenizer.py``) is a
Hugging Face ``tokenizers`` file with the GPT-2 byte-level pre-tokenizer and 1,024 ids
(whole world words are single tokens; an unseen word falls back to bytes, so every text
encodes). ``tldr.Tokenizer.from_file`` loads it with the same ids as ``tokenizers``
(tested). Special tokens: ``<pad>`` 0, ``<bos>`` 1, ``<eos>`` 2, ``<image>`` 3.
"""

import os

DATA_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "world")
TOKENIZER_PATH = os.path.join(DATA_DIR, "tokenizer.json")
SPECIAL_TOKENS = ("<pad>", "<bos>", "<eos>", "<image>")
VOCAB_SIZE = 1024


def corpus(n_scenes=4000, seed=0):
    """Training text: both caption styles of n_scenes scenes, one engine negative per
    category of each (balanced and not, so the words edits write get merges too), and
    every lexicon noun."""
    import tldr

    from . import vocab
    from .describe import describe
    from .scene import Scene

    texts = []
    perturbers = [tldr.Perturber(seed=seed, balance=True), tldr.Perturber(seed=seed, balance=False)]
    for k in range(n_scenes):
        scene = Scene.sample(seed + k)
        for style in ("coco", "dense"):
            cap = describe(scene, style, seed=seed + k)
            texts.append(cap)
            p = perturbers[k % 2]
            texts += [n.text for n in p.perturb(cap, n=8)]
    texts += [f"There is no {noun}." for noun in sorted(vocab.lexicon_nouns())]
    return texts


def train(texts, vocab_size=VOCAB_SIZE):
    """A byte-level BPE ``tokenizers.Tokenizer`` trained on texts (deterministic for the
    same texts in the same order)."""
    try:
        from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    except ImportError as e:  # pragma: no cover
        raise ImportError("training the world tokenizer needs the 'tokenizers' package "
                          "(pip install tldr[world])") from e
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=list(SPECIAL_TOKENS),
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False)
    tok.train_from_iterator(texts, trainer=trainer)
    return tok


def load():
    """The bundled world tokenizer as a ``tldr.Tokenizer``."""
    import tldr

    return tldr.Tokenizer.from_file(TOKENIZER_PATH)
