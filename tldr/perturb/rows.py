"""Caption and example files: the one reader of the rows that ``tldr perturb``,
``tldr weights``, ``tldr train`` / ``tldr score`` (``tldr.vlm.read_rows``) and
``make_negatives`` take.

A file holds rows (dicts); the format follows the name:

* ``*.parquet``: one row a record (needs pyarrow, the ``[data]`` extra);
* ``*.json``: a list of rows, or COCO captions (``captions_*.json``: an object with an
  ``annotations`` list, and an ``images`` list naming each image's file), one row a
  caption: ``{"image": file name, "caption", "image_id"}`` (``image`` only when the
  file has ``images``);
* anything else: JSON lines, one row a line.

A row that is a JSON string is the caption alone, ``{"caption": s}``. Relative
``image`` paths are joined to ``images_dir`` when given. What a row must hold is up to
the reader's caller (a caption: ``make_negatives``; an image and a response:
``tldr.vlm``).
"""

import json
import os

from .._core import FileFormatError, UnsupportedError

__all__ = ["read_rows"]

_COCO = "a JSON list of rows, or COCO captions (an object with an 'annotations' list)"


def _row(x, where):
    if isinstance(x, str):
        return {"caption": x}
    if isinstance(x, dict):
        return x
    raise FileFormatError(f"{where}: expected an object (a row) or a caption string, got {type(x).__name__}")


def _coco_rows(data, path):
    images = data.get("images")
    names = None
    if isinstance(images, list):
        names = {im.get("id"): im.get("file_name") for im in images if isinstance(im, dict)}
    rows = []
    for i, a in enumerate(data["annotations"]):
        if not (isinstance(a, dict) and isinstance(a.get("caption"), str)):
            raise FileFormatError(f"{path}: annotation {i}: expected an object with a 'caption' string")
        r = {} if names is None else {"image": names.get(a.get("image_id"))}
        r["caption"] = a["caption"]
        if "image_id" in a:
            r["image_id"] = a["image_id"]
        rows.append(r)
    return rows


def _read(path):
    if path.endswith(".parquet"):
        try:
            import pyarrow.parquet as pq
        except ImportError:
            raise UnsupportedError(f"{path}: reading Parquet needs pyarrow (the [data] extra: "
                                   "pip install 'tldr[data]')") from None
        return pq.read_table(path).to_pylist()
    with open(path, encoding="utf-8") as f:
        if not path.endswith(".json"):
            rows = []
            for lineno, line in enumerate(f, 1):
                if line.strip():
                    try:
                        rows.append(_row(json.loads(line), f"{path}:{lineno}"))
                    except json.JSONDecodeError as e:
                        raise FileFormatError(f"{path}:{lineno}: not JSON: {e}") from None
            return rows
        try:
            data = json.load(f)
        except json.JSONDecodeError as e:
            raise FileFormatError(f"{path}: not JSON: {e}") from None
    if isinstance(data, dict) and isinstance(data.get("annotations"), list):
        return _coco_rows(data, path)
    if isinstance(data, list):
        return [_row(x, f"{path}: item {i} ({_COCO})") for i, x in enumerate(data)]
    raise FileFormatError(f"{path}: expected {_COCO}, got {type(data).__name__}")


def read_rows(path, images_dir=None):
    """The rows (dicts) of a caption or example file (module docstring); relative
    ``image`` paths are joined to ``images_dir``."""
    path = os.fspath(path)
    rows = _read(path)
    for i, r in enumerate(rows):
        if not isinstance(r, dict):
            raise FileFormatError(f"{path}: row {i + 1} is not an object")
        im = r.get("image")
        if isinstance(im, str) and images_dir is not None and not os.path.isabs(im):
            r["image"] = os.path.join(images_dir, im)
    return rows

