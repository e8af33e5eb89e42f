"""Evaluation of a token-level reward model and what its scores are used for.

Every function takes arrays of token probabilities (no model is needed); the public
names are exported from ``tldr`` (``tldr.metrics``, ``tldr.hallucination_rates``,
``tldr.flag_spans``, ...). The files, one concern each:

  metrics.py      A_T, A_S, A_R, average precision (mAP), precision/recall, the paper's
                  table row, per-category summaries            (tldr.metrics)
  sentences.py    the sentence-end rule: sentence_ids, sentence_spans
  calibration.py  temperature scaling, reliability data, ECE, threshold_for
  rates.py        hallucination rates and rate_vs_benchmark     (tldr.rates)
  stats.py        Student's t tail probability (no SciPy)
  flags.py        flag_spans: token probabilities -> flagged words by sentence
  correct.py      correction prompt, self_correct, LexiconCorrector (tldr.correct)
  prompts.py      LLM prompts for writing hard negatives         (tldr.prompts)
  _reference.py   NumPy twins of the C kernels (csrc/core/metrics/), for tests only
"""
