"""Hard negatives of captions in the 8 TLDR categories, with exact token labels.

>>> p = Perturber(seed=0)
>>> neg = p.perturb("One duck is swimming near a blue mug.", category="counting")[0]
>>> enc, labels = label_tokens(neg, tldr.Tokenizer.gpt2())  # doctest: +SKIP

The package, along the path of the data (docs/perturbation.md):

* ``categories.py``  the 8 categories and the checks of category arguments
* ``lexicon.py``     the lexicon files: their one Python parser and file resolution
* ``engine.py``      ``Perturber``: the C rule engine (csrc/core/perturb/) -> ``Perturbation``
* ``labels.py``      ``label_tokens`` (the one edit-window splice), ``span_labels``, ``align_labels``
* ``rows.py``        caption files (JSONL, JSON list, COCO, Parquet) -> rows: the one reader
* ``dataset.py``     ``make_negatives`` -> ``NegativeDataset`` (rows keep their edits and the
                     input's other columns)
* ``weights.py``     ``count_weights``, ``write_weights``: the counts of balanced sampling
* ``_reference.py``  the readable pure-Python twin of the engine (imported by tests only)
"""

from .categories import CATEGORIES
from .dataset import NegativeDataset, make_negatives
from .engine import Edit, Perturbation, Perturber
from .labels import align_labels, label_tokens, span_labels
from .lexicon import DATA_DIR  # noqa: F401  (the bundled lexicons, as before the split)
from .weights import count_weights, write_weights

__all__ = ["Perturber", "Perturbation", "Edit", "CATEGORIES", "label_tokens", "align_labels", "span_labels", "make_negatives",
           "NegativeDataset", "count_weights", "write_weights"]
