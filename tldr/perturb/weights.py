"""The corpus counts behind balanced sampling (``weights.lex``): counted by the rules
themselves over a caption corpus (``count_weights``, in C: csrc/core/perturb/counts.c) and
written as a lexicon file (``write_weights``). ``scripts/gen_weights.py`` makes the bundled
file from the COCO val2017 captions; ``tldr weights`` does the same for any corpus.
"""

import collections

from .engine import build_engine
from .lexicon import MAXW, lexicon_files


def count_weights(captions, lexicon=None, min_pair=2, num_threads=None):
    """The corpus counts behind balanced sampling, taken by the rules over captions:
    ``{weights.lex key: count}``. Keys: each spatial, attribute and object value (its first
    form), each count written as the engine writes counts (digits, a/an, number words; "a
    dog" counts for "one"), ``form-count FORM``, ``counterfactual CONSTRUCT`` and
    ``CONTEXT VALUE WORD`` (pairs seen at least min_pair times, of at most 6 words), and the
    n-grams of the fluency check, ``unigram WORD`` and ``bigram WORD WORD``. Runs in
    C with the GIL released, captions split over num_threads threads (None: all cores).
    Write them with write_weights and pass the file as ``Perturber(lexicon=...)``."""
    if isinstance(captions, str):
        raise TypeError("captions must be a sequence of str, not a str")
    files = [f for f in lexicon_files(lexicon) if f[1] != "weights"]
    sites, pairs = build_engine(files).count_batch(list(captions), num_threads=num_threads)
    count = collections.Counter(sites)
    count.update({k: n for k, n in pairs.items() if n >= min_pair and len(k.split()) <= MAXW})
    return dict(count)


def write_weights(path, counts, source="a caption corpus"):
    """Write count_weights' result as a weights.lex file (with a header saying what it is)."""
    header = [f"# Corpus counts of edit sites (tldr.perturb.count_weights over {source}), taken by the",
              "# rules themselves:",
              "# - `value: n`: sites of each spatial, attribute and object value (keyed by its first",
              "#   form) and of each count written the way the engine writes counts (a/an, number words,",
              "#   digits; 'a dog' counts for `one`);",
              "# - `form-count FORM: n`: sites written with that synonym form (spatial, attribute);",
              "# - `counterfactual CONSTRUCT: n`: sites of each negatable or negated construct;",
              "# - `CONTEXT VALUE WORD: n` (CONTEXT: spatial, spatial-before, spatial-det, attribute,",
              "#   attribute-before, object, counting, counting-after): sites of VALUE in that context",
              "#   (next to WORD); rare pairs are left out;",
              "# - `noun-count NOUN: n`: noun phrases of each noun, and its contexts `noun NOUN WORD`",
              "#   (the word before) and `noun-after NOUN WORD`: what noun swaps (binding) weigh;",
              "# - `unigram WORD: n`: occurrences of each word of the lexicons (not words.lex), and",
              "#   `bigram WORD WORD: n`: of each two nouns side by side, read by the fluency check",
              "#   (a negative writes no lexicon word the corpus lacks and no noun pair it never has);",
              "# A replacement is proposed with probability proportional to 1 + count; the balance test",
              "# (Perturber(balance=True), docs/perturbation.md) uses all of them. Phrases not listed count 0."]
    rows = [f"{k}: {n}" for k, n in sorted(counts.items())]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(header + rows) + "\n")
