"""Fuzz target: the token head's array intake (tldr/head/, csrc/py/head.c): the arrays a
user hands to ``TokenHead`` (hidden states, labels, masks, weights) in every dtype, rank,
shape, byte order and stride, with NaN/Inf, plus ``TokenHead.load`` of a fuzzed file.

Input: a small program: dtype, shape, strides, values, which call.
Properties: each call returns arrays of the promised shape and dtype or raises a tldr
error (DTypeError, InvalidInputError, NonFiniteError, FileFormatError); never another
exception, a crash or a sanitizer report; the head's parameters stay finite.
"""

import io
import os
import tempfile

import atheris
import numpy as np
from _common import quietly, run

import tldr

DTYPES = [np.float32, np.float16, np.float64, np.int32, np.int64, np.uint8, np.bool_, ">f4", "<f2", np.complex64,
          np.uint16, object]
TMP = tempfile.mkdtemp(prefix="tldr-fuzz-head-")


def _array(fdp, dims=None):
    nd = fdp.ConsumeIntInRange(0, 3) if dims is None else dims
    shape = tuple(fdp.ConsumeIntInRange(0, 6) for _ in range(nd))
    dt = DTYPES[fdp.ConsumeIntInRange(0, len(DTYPES) - 1)]
    n = int(np.prod(shape)) if shape else 1
    vals = [fdp.ConsumeFloat() for _ in range(min(n, 64))] + [0.0] * max(0, n - 64)
    try:
        a = np.array(vals, dtype=np.float64).reshape(shape)
        with np.errstate(all="ignore"):
            a = a.astype(dt) if dt is not object else a.astype(object)
    except (ValueError, TypeError, OverflowError):
        a = np.zeros(shape, dtype=np.float32)
    if a.ndim and fdp.ConsumeBool():  # a strided view
        a = a[:: fdp.ConsumeIntInRange(1, 2)]
    if a.ndim == 2 and fdp.ConsumeBool():
        a = a.T
    return a


def test_one_input(data):
    fdp = atheris.FuzzedDataProvider(data)
    dim = fdp.ConsumeIntInRange(1, 6)
    outputs = fdp.ConsumeIntInRange(1, 3)
    head = tldr.TokenHead(dim, outputs=outputs, seed=0)
    what = fdp.ConsumeIntInRange(0, 4)
    H = _array(fdp, dims=fdp.ConsumeIntInRange(0, 3))
    if what == 0:
        z = quietly(head.forward, H)
        if z is not None:
            assert z.dtype == np.float32 and z.shape[0] == H.shape[0]
        quietly(head.predict_proba, H)
    elif what == 1:
        y, m = _array(fdp), (_array(fdp) if fdp.ConsumeBool() else None)
        pw = _array(fdp, dims=1) if fdp.ConsumeBool() else None
        r = quietly(head.loss_and_grad, H, y, mask=m, pos_weight=pw, need_input_grad=fdp.ConsumeBool())
        if r is not None:
            loss, g = r
            assert np.isfinite(loss) and g["weight"].shape == head.weight.shape
    elif what == 2:
        y = _array(fdp)
        quietly(head.fit, H, y, epochs=1, lr=fdp.ConsumeRegularFloat(), batch_size=fdp.ConsumeIntInRange(-1, 9),
                weight_decay=fdp.ConsumeRegularFloat(), progress=False)
        assert np.isfinite(head.weight).all() and np.isfinite(head.bias).all()
    elif what == 3:
        buf = io.BytesIO()
        try:
            np.savez(buf, **{fdp.PickValueInList(["weight", "bias", "meta", "x"]): _array(fdp) for _ in range(3)})
        except (ValueError, TypeError):
            return
        raw = buf.getvalue()
        if fdp.ConsumeBool():
            raw = raw[: fdp.ConsumeIntInRange(0, len(raw))] + fdp.ConsumeBytes(32)
        p = os.path.join(TMP, "head.npz")
        with open(p, "wb") as f:
            f.write(raw)
        quietly(tldr.TokenHead.load, p)
    else:
        p = os.path.join(TMP, "saved.npz")
        head.save(p)
        with open(p, "rb") as f:
            raw = bytearray(f.read())
        for _ in range(fdp.ConsumeIntInRange(1, 8)):  # flip bytes of a valid file
            if raw:
                raw[fdp.ConsumeIntInRange(0, len(raw) - 1)] = fdp.ConsumeIntInRange(0, 255)
        with open(p, "wb") as f:
            f.write(bytes(raw))
        quietly(tldr.TokenHead.load, p)


if __name__ == "__main__":
    run(test_one_input)
