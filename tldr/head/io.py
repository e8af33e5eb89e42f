"""The head file format: what ``TokenHead.save`` writes and ``TokenHead.load`` reads.

A head file is an ``.npz`` (a zip of ``.npy`` arrays, no pickle) with three members:

* ``meta.npy``   uint8 bytes of a JSON object: ``{"format": "tldr-head", "version": 1,
  "class": "TokenHead" | "NaiveRewardHead", "dim": D, "outputs": K}``
* ``weight.npy`` float32 (D,) when K = 1, else (D, K)
* ``bias.npy``   float32 (K,)

Reading trusts nothing in the file: the metadata is read first (at most
``MAX_META_BYTES``), its sizes are checked against ``MAX_PARAMS`` and against the
``.npy`` headers of the arrays, and each member's declared size against its header,
all before an array is allocated; an array is then read with exactly the bytes its
shape needs. So a small file claiming ``dim=2**29`` or a zip bomb is refused with
``tldr.FileFormatError`` at the cost of a few KiB.
"""

from __future__ import annotations

import json
import os
import zipfile

import numpy as np

from .._core import FileFormatError

__all__ = ["FORMAT", "FORMAT_VERSION", "MAX_META_BYTES", "MAX_PARAMS", "write_head_file", "read_head_file"]

FORMAT = "tldr-head"
FORMAT_VERSION = 1
#: The metadata is about 100 bytes of JSON; 64 KiB leaves room for additions and bounds
#: what a hostile file can make us read before any check.
MAX_META_BYTES = 1 << 16
#: Largest weight a file may hold: 2**26 float32 values (256 MiB), e.g. 4,096 outputs over
#: a 16,384-wide backbone (the widest open models today), far beyond the paper's K = 1.
MAX_PARAMS = 1 << 26
#: Largest .npy header read (NumPy's own default limit for untrusted headers).
_MAX_HEADER = 10_000


def write_head_file(path, kind: str, weight: np.ndarray, bias: np.ndarray) -> None:
    """Write ``weight`` and ``bias`` (float32) of a head of class name ``kind``."""
    outputs = 1 if weight.ndim == 1 else weight.shape[1]
    meta = {"format": FORMAT, "version": FORMAT_VERSION, "class": kind, "dim": int(weight.shape[0]),
            "outputs": int(outputs)}
    with open(os.fspath(path), "wb") as f:
        np.savez(f, weight=weight, bias=bias, meta=np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8))


def read_head_file(path):
    """(meta, weight, bias) of a head file, checked as described in the module docstring.

    ``meta`` is the validated metadata dict (``dim`` and ``outputs`` ints, ``class`` a
    str or None). Raises ``FileNotFoundError`` for a missing file and
    ``tldr.FileFormatError`` naming the file for anything else that is wrong.
    """
    path = os.fspath(path)
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise
    except Exception as exc:
        raise FileFormatError(f"{path}: not a tldr head file ({type(exc).__name__}: {exc})") from None
    with zf:
        try:
            names = set(zf.namelist())
            missing = [m for m in ("meta.npy", "weight.npy", "bias.npy") if m not in names]
            if missing:
                raise FileFormatError(f"{path}: not a tldr head file (no {', '.join(missing)})")
            raw = _read_npy(zf, "meta.npy", lambda shape: len(shape) == 1 and shape[0] <= MAX_META_BYTES,
                            np.uint8, f"a JSON text of at most {MAX_META_BYTES} bytes")
            meta = _check_meta(path, raw)
            dim, outputs = meta["dim"], meta["outputs"]
            wshape = (dim,) if outputs == 1 else (dim, outputs)
            weight = _read_npy(zf, "weight.npy", lambda shape: shape == wshape, np.float32,
                               f"shape {wshape} (dim={dim}, outputs={outputs})")
            bias = _read_npy(zf, "bias.npy", lambda shape: shape == (outputs,), np.float32,
                             f"shape ({outputs},) (outputs={outputs})")
        except FileFormatError as exc:
            if str(exc).startswith(path):
                raise
            raise FileFormatError(f"{path}: {exc}") from None
        except Exception as exc:  # zlib, truncated members, bad headers: the file is damaged
            raise FileFormatError(f"{path}: not a tldr head file ({type(exc).__name__}: {exc})") from None
    if not (np.isfinite(weight).all() and np.isfinite(bias).all()):
        raise FileFormatError(f"{path}: inconsistent head file: the parameters contain NaN or Inf")
    return meta, weight, bias


def _check_meta(path, raw):
    try:
        meta = json.loads(raw.tobytes().decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise FileFormatError(f"{path}: not a tldr head file (metadata is not JSON: {exc})") from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        shown = meta.get("format") if isinstance(meta, dict) else type(meta).__name__
        raise FileFormatError(f"{path}: not a tldr head file (format {shown!r})")
    version = meta.get("version", FORMAT_VERSION)
    if not _is_int(version) or version < 1:
        raise FileFormatError(f"{path}: format version must be an integer >= 1, got {version!r}")
    if version > FORMAT_VERSION:
        raise FileFormatError(f"{path}: written by a newer tldr (format version {version}; this one reads "
                              f"{FORMAT_VERSION})")
    dim, outputs = meta.get("dim"), meta.get("outputs")
    if not (_is_int(dim) and _is_int(outputs) and dim >= 1 and outputs >= 1):
        raise FileFormatError(f"{path}: inconsistent head file: dim and outputs must be integers >= 1, got "
                              f"dim={dim!r}, outputs={outputs!r}")
    if dim * outputs > MAX_PARAMS:
        raise FileFormatError(f"{path}: the file claims a weight of {dim} x {outputs} values, more than the "
                              f"{MAX_PARAMS} (2**26) a head file may hold")
    kind = meta.get("class")
    if kind is not None and not isinstance(kind, str):
        raise FileFormatError(f"{path}: inconsistent head file: class must be a string, got {kind!r}")
    return {**meta, "version": version, "dim": dim, "outputs": outputs, "class": kind}


def _is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def _read_npy(zf, name, shape_ok, dtype, expected):
    """One .npy member: its header is checked (dtype, shape_ok(shape), declared size)
    before exactly the bytes of its data are read."""
    info = zf.getinfo(name)
    with zf.open(info) as f:
        version = np.lib.format.read_magic(f)
        if version == (1, 0):
            shape, fortran, dt = np.lib.format.read_array_header_1_0(f, max_header_size=_MAX_HEADER)
        elif version in ((2, 0), (3, 0)):
            shape, fortran, dt = np.lib.format.read_array_header_2_0(f, max_header_size=_MAX_HEADER)
        else:
            raise FileFormatError(f"{name}: unsupported .npy version {version}")
        want = np.dtype(dtype)
        if dt.hasobject or dt.kind != want.kind or dt.itemsize != want.itemsize:
            raise FileFormatError(f"inconsistent head file: {name} holds {dt}, expected {want} with {expected}")
        if not shape_ok(tuple(shape)):
            raise FileFormatError(f"inconsistent head file: {name} holds shape {tuple(shape)}, expected {expected}")
        nbytes = int(np.prod(shape, dtype=np.int64)) * dt.itemsize
        header = f.tell()
        if info.file_size != header + nbytes:
            raise FileFormatError(f"inconsistent head file: {name} declares {info.file_size} bytes, its header "
                                  f"says {header + nbytes}")
        data = f.read(nbytes)
        if len(data) != nbytes:
            raise FileFormatError(f"{name} is truncated ({len(data)} of {nbytes} bytes)")
    arr = np.frombuffer(data, dtype=dt).reshape(shape, order="F" if fortran else "C")
    return np.array(arr, dtype=want.newbyteorder("="), order="C", copy=True)
