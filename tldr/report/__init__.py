"""Showing token scores to people: HTML heat maps, matplotlib figures and the annotation
web app. The files, one concern each:

  heatmap.py   static HTML heat maps of token probabilities       (tldr.heatmap)
  plots.py     reliability diagram, category bars, rate scatter  (tldr.plots)
  annotate.py  the local web page for correcting flagged captions (tldr annotate)
  markup.py    HTML escaping shared by the two HTML writers

Nothing here has a C kernel, so there is no reference twin.
"""
