"""Training examples of the VLM reward model, and positives plus hard negatives built
from captions by the perturbation engine.

One example is a dict::

    {"image": PIL.Image | path | (H, W, 3) uint8 array,
     "prompt": str,                       # the user's request (default DEFAULT_PROMPT)
     "response": str,                     # the text whose tokens are scored
     "bad_spans": [(start, end), ...]}    # str offsets into response; [] = a positive

A token is bad (label 0) when it overlaps a bad span; a pure deletion is an empty span
(start == end) and marks the token that contains or follows its position, the
documented rule of ``tldr.label_tokens`` (``tldr.perturb.span_labels``). Other keys
(``category``, ``image_id``, ...) ride along untouched.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

import numpy as np

from .._core import InvalidInputError

__all__ = ["DEFAULT_PROMPT", "check_example", "load_image", "paired", "examples_from_captions"]

DEFAULT_PROMPT = "Describe this image in detail."


def load_image(image, where: str = "the image"):
    """A PIL RGB image from a PIL image, a file path or an (H, W[, 3|4]) uint8 array."""
    from PIL import Image, UnidentifiedImageError

    if isinstance(image, Image.Image):
        return image if image.mode == "RGB" else image.convert("RGB")
    if isinstance(image, (str, os.PathLike)):
        try:
            with Image.open(image) as im:
                return im.convert("RGB")
        except FileNotFoundError:
            raise FileNotFoundError(f"{where}: no image file at {os.fspath(image)!r}") from None
        except (UnidentifiedImageError, OSError) as e:
            raise InvalidInputError(f"{where}: cannot read {os.fspath(image)!r} as an image ({e})") from None
    if isinstance(image, np.ndarray):
        if image.dtype != np.uint8 or image.ndim not in (2, 3) or (image.ndim == 3 and image.shape[2] not in (1, 3, 4)):
            raise InvalidInputError(
                f"{where}: expected an (H, W), (H, W, 3) or (H, W, 4) uint8 array, got {image.dtype} {image.shape}")
        return Image.fromarray(image[..., 0] if image.ndim == 3 and image.shape[2] == 1 else image).convert("RGB")
    raise InvalidInputError(f"{where}: expected a PIL image, a path or a uint8 array, got {type(image).__name__}")


def paired(images, texts, what="responses"):
    """(images, texts) as lists of equal length, one image per text; ``what`` names the
    texts in the error."""
    if isinstance(texts, str):
        raise InvalidInputError(f"{what} must be a list of str, not one str")
    texts, images = list(texts), list(images)
    if len(images) != len(texts):
        raise InvalidInputError(f"got {len(images)} images for {len(texts)} {what} (one image per {what[:-1]})")
    return images, texts


def check_example(example, index: int = 0, default_prompt: str | None = DEFAULT_PROMPT):
    """(image, prompt, response, bad_spans) of one example, checked; a clear
    ``tldr.InvalidInputError`` naming the example otherwise (never a silent wrong label)."""
    where = f"example {index}"
    if not isinstance(example, Mapping):
        raise InvalidInputError(f"{where}: expected a dict with image, prompt, response, bad_spans; "
                                f"got {type(example).__name__}")
    image = example.get("image")
    if image is None:
        raise InvalidInputError(f"{where} has no image (keys: {', '.join(map(str, example)) or 'none'})")
    response = example.get("response")
    if not isinstance(response, str):
        raise InvalidInputError(f"{where}: 'response' must be a str, got {type(response).__name__}")
    if not response:
        raise InvalidInputError(f"{where}: the response is empty (nothing to score)")
    prompt = example.get("prompt", None)
    if prompt is None:
        prompt = default_prompt
    if not isinstance(prompt, str):
        raise InvalidInputError(f"{where}: 'prompt' must be a str, got {type(prompt).__name__}")
    spans = example.get("bad_spans", None)
    spans = [] if spans is None else spans
    out = []
    pairs_msg = f"{where}: bad_spans must be a list of (start, end) integer pairs, got {spans!r}"
    if isinstance(spans, (str, bytes)) or not hasattr(spans, "__iter__"):
        raise InvalidInputError(pairs_msg)
    for sp in spans:
        try:
            s, e = sp
            ints = all(float(v) == int(v) for v in (s, e)) and not isinstance(s, (str, bytes))
        except (TypeError, ValueError):
            raise InvalidInputError(pairs_msg) from None
        if not ints or not (0 <= int(s) <= int(e) <= len(response)):
            raise InvalidInputError(
                f"{where}: bad span {tuple(sp)} lies outside the response of length {len(response)} "
                "(spans are (start, end) integer str offsets with 0 <= start <= end <= len(response))")
        out.append((int(s), int(e)))
    return image, prompt, response, out


def examples_from_captions(images, captions, perturber=None, per_caption=6, prompt=DEFAULT_PROMPT, seed=0,
                           num_threads=1, *, columns=None):
    """Positives and token-labelled hard negatives of captions, as training examples.

    For every caption i (with ``images[i]``): the caption itself (a positive,
    ``bad_spans=[]``), then up to ``per_caption`` negatives written by the perturbation
    engine (categories in rotation; the paper has about 6 per positive). Each row is::

        {"image", "prompt", "response", "bad_spans", "category" (None for a positive),
         "is_negative", "source_index" (i), "edits" ([{start, end, new_start, new_end,
         old, new}]: the engine's edits, str offsets into the caption and the negative)}

    perturber: a ``tldr.Perturber`` (default ``Perturber(seed=seed)``, balanced; see
    docs/perturbation.md). The engine's output depends only on its seed, the caption and
    the category, so any split of the captions into batches gives the same rows
    (``tldr.vlm.ExamplesMap`` relies on it). ``columns``: the captions' other fields
    ({name: one value per caption}, e.g. ``image_id``), copied into each of the caption's
    examples (where a name is not one of the example's own keys), so that no example
    loses the link to its source.
    """
    from ..perturb import CATEGORIES, Perturber
    from ..perturb.dataset import draw_rows, edit_dicts

    images, captions = paired(images, captions, "captions")
    for i, c in enumerate(captions):
        if not isinstance(c, str):
            raise InvalidInputError(f"caption {i} must be a str, got {type(c).__name__}")
    if perturber is None:
        perturber = Perturber(seed=seed)
    if not captions:
        return []
    columns = {} if columns is None else dict(columns)
    for k, v in columns.items():
        if len(v) != len(captions):
            raise InvalidInputError(f"column {k!r} has {len(v)} values for {len(captions)} captions")
    d = draw_rows(perturber, captions, int(per_caption), num_threads)
    out = []
    rows = zip(d["texts"], d["source"].tolist(), d["category"].tolist(), d["is_negative"].tolist())
    for r, (text, i, cat, neg) in enumerate(rows):
        edits = edit_dicts(text, d["edit_splits"], d["edits"], d["edit_old"], r)
        ex = {"image": images[i], "prompt": prompt, "response": text,
              "bad_spans": [(e["new_start"], e["new_end"]) for e in edits],
              "category": CATEGORIES[cat] if neg else None, "is_negative": neg, "source_index": i, "edits": edits}
        for k, v in columns.items():
            ex.setdefault(k, v[i])
        out.append(ex)
    return out
