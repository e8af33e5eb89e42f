"""The head against hostile files and careless arguments (issue 14, items 3, 4, 5 and 8):
each test reproduces a defect that was found, and checks it stays fixed."""

import io
import json
import os
import subprocess
import sys
import textwrap
import zipfile

import numpy as np
import pytest

import tldr
from tldr import _core
from tldr.head import _reference as R
from tldr.head import io as head_io


# ---- load: sizes in the file are checked before anything is allocated -------------------

def _npy(arr):
    buf = io.BytesIO()
    np.save(buf, arr)
    return buf.getvalue()


def _npy_header(shape, dtype="<f4"):
    """The header of a .npy file of this shape, without its data."""
    buf = io.BytesIO()
    np.lib.format.write_array_header_1_0(buf, {"descr": dtype, "fortran_order": False, "shape": tuple(shape)})
    return buf.getvalue()


def _head_zip(path, meta, weight=None, bias=None, compress=zipfile.ZIP_STORED):
    meta_bytes = meta if isinstance(meta, bytes) else json.dumps(meta).encode()
    with zipfile.ZipFile(path, "w", compression=compress) as z:
        z.writestr("meta.npy", _npy(np.frombuffer(meta_bytes, np.uint8)))
        z.writestr("weight.npy", weight if isinstance(weight, bytes) else _npy(weight))
        z.writestr("bias.npy", bias if isinstance(bias, bytes) else _npy(bias))
    return path


META = {"format": "tldr-head", "version": 1, "class": "TokenHead", "dim": 4, "outputs": 1}


def _peak_rss_of_load(path):
    """Peak RSS growth (bytes) of TokenHead.load(path) in a fresh process, and the error."""
    # VmHWM (the peak RSS of this process's memory) starts afresh at exec, unlike
    # ru_maxrss, which a child inherits from a parent that once grew large
    code = textwrap.dedent(f"""
        import tldr
        def peak():
            with open("/proc/self/status") as f:
                return next(int(line.split()[1]) * 1024 for line in f if line.startswith("VmHWM:"))
        before = peak()
        try:
            tldr.TokenHead.load({str(path)!r})
            err = "none"
        except Exception as exc:
            err = type(exc).__name__ + ": " + str(exc)
        print(peak() - before)
        print(err)
    """)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    grew, err = r.stdout.strip().split("\n", 1)
    return int(grew), err


@pytest.mark.parametrize("claim", [{"dim": 2**29}, {"outputs": 2**28}, {"dim": 2**20, "outputs": 2**10}])
def test_load_refuses_huge_declared_sizes_in_a_tiny_file(tmp_path, claim):
    """An 873-byte file claiming dim=2**29 used to reach 6.2 GB of RSS."""
    path = _head_zip(tmp_path / "claim.npz", {**META, **claim}, np.zeros(4, np.float32), np.zeros(1, np.float32))
    assert path.stat().st_size < 2048
    with pytest.raises(tldr.FileFormatError, match="claim.npz"):
        tldr.TokenHead.load(path)
    grew, err = _peak_rss_of_load(path)
    assert err.startswith("FileFormatError"), err
    assert grew < 64 * 2**20, f"loading grew RSS by {grew / 2**20:.0f} MiB"


def test_load_refuses_array_headers_that_disagree_with_the_metadata(tmp_path):
    # a weight.npy header claiming 2**30 floats (4 GiB) under meta dim=4: refused on the header
    bomb = _npy_header((2**30,))
    path = _head_zip(tmp_path / "hdr.npz", META, bomb, np.zeros(1, np.float32))
    with pytest.raises(tldr.FileFormatError, match="inconsistent"):
        tldr.TokenHead.load(path)
    grew, err = _peak_rss_of_load(path)
    assert err.startswith("FileFormatError") and grew < 64 * 2**20, (err, grew)
    # meta and header agree on a huge size: the metadata limit refuses it first
    path = _head_zip(tmp_path / "both.npz", {**META, "dim": 2**30}, bomb, np.zeros(1, np.float32))
    with pytest.raises(tldr.FileFormatError, match="2\\*\\*26"):
        tldr.TokenHead.load(path)


def test_load_refuses_a_zip_bomb_member(tmp_path):
    """A compressed weight.npy whose data inflates far beyond what its header declares."""
    payload = _npy_header((4,)) + bytes(64 * 2**20)  # 64 MiB of zeros behind a (4,) header
    path = _head_zip(tmp_path / "bomb.npz", META, payload, np.zeros(1, np.float32), compress=zipfile.ZIP_DEFLATED)
    del payload
    assert path.stat().st_size < 2**20
    with pytest.raises(tldr.FileFormatError, match="declares"):
        tldr.TokenHead.load(path)
    grew, err = _peak_rss_of_load(path)
    assert err.startswith("FileFormatError") and grew < 32 * 2**20, (err, grew)


@pytest.mark.parametrize("meta,match", [
    ({**META, "version": "2"}, "version"),
    ({**META, "version": 2}, "newer"),
    ({**META, "version": True}, "version"),
    ({**META, "dim": "4"}, "inconsistent"),
    ({**META, "dim": 4.0}, "inconsistent"),
    ({**META, "dim": 0}, "inconsistent"),
    ({**META, "outputs": None}, "inconsistent"),
    ({**META, "class": 3}, "class"),
    ({**META, "format": "other"}, "not a tldr head"),
    (b"\xff\xfe not json", "JSON"),
    (b"[" * 100000 + b"]" * 100000, "metadata"),
    (json.dumps([1, 2]).encode(), "not a tldr head"),
])
def test_load_refuses_bad_metadata_with_file_format_error(tmp_path, meta, match):
    path = _head_zip(tmp_path / "m.npz", meta, np.zeros(4, np.float32), np.zeros(1, np.float32))
    with pytest.raises(tldr.FileFormatError, match=match):
        tldr.TokenHead.load(path)


def test_load_refuses_bad_arrays(tmp_path):
    cases = {
        "f64": (np.zeros(4, np.float64), np.zeros(1, np.float32), "float"),
        "shape": (np.zeros((4, 1), np.float32), np.zeros(1, np.float32), "inconsistent"),
        "bias": (np.zeros(4, np.float32), np.zeros(2, np.float32), "inconsistent"),
        "nan": (np.array([0, np.nan, 0, 0], np.float32), np.zeros(1, np.float32), "NaN"),
        "object": (np.array([None] * 4, dtype=object), np.zeros(1, np.float32), "inconsistent"),
        "truncated": (_npy(np.zeros(4, np.float32))[:-3], np.zeros(1, np.float32), "declares|truncated"),
    }
    for name, (w, b, match) in cases.items():
        path = tmp_path / f"{name}.npz"
        if isinstance(w, np.ndarray) and w.dtype == object:
            w = _npy_header((4,), "|O")
        _head_zip(path, META, w, b)
        with pytest.raises(tldr.FileFormatError, match=match):
            tldr.TokenHead.load(path)


def test_load_accepts_big_endian_and_old_files(tmp_path):
    w = np.arange(4, dtype=">f4")
    path = _head_zip(tmp_path / "be.npz", META, w, np.ones(1, ">f4"))
    head = tldr.TokenHead.load(path)
    np.testing.assert_array_equal(head.weight, np.arange(4, dtype=np.float32))
    assert head.weight.dtype == np.float32 and head.weight.dtype.isnative and head.weight.flags.writeable
    # a file without a version (written before versions existed) still loads
    path = _head_zip(tmp_path / "old.npz", {k: v for k, v in META.items() if k != "version"},
                     np.zeros(4, np.float32), np.zeros(1, np.float32))
    assert tldr.TokenHead.load(path).dim == 4


def test_limits_are_documented_values():
    assert head_io.MAX_PARAMS == 2**26 and head_io.MAX_META_BYTES == 2**16


# ---- fit and AdamW: float32 range, and parameters restored after a non-finite step -------

def _data(n=400, d=8, seed=0):
    rng = np.random.default_rng(seed)
    H = rng.standard_normal((n, d)).astype(np.float32)
    y = (H[:, 0] > 0).astype(np.int8)
    return H, y


@pytest.mark.parametrize("kw,match", [
    (dict(lr=1e39), "lr"),
    (dict(lr=float("inf")), "lr"),
    (dict(lr=-1e-3), "lr"),
    (dict(weight_decay=1e300), "weight_decay"),
    (dict(eps=1e-50), "eps"),
    (dict(eps=0.0), "eps"),
    (dict(betas=(1.0, 0.999)), "beta1"),
    (dict(betas=(0.9, float("nan"))), "beta2"),
    (dict(lr="0.1"), "lr"),
])
def test_fit_refuses_hyper_parameters_outside_float32(kw, match):
    """lr=1e39 or weight_decay=1e300 used to overflow in C and leave Inf/NaN weights."""
    H, y = _data()
    head = tldr.TokenHead(8, seed=1)
    w0, b0 = head.weight.copy(), head.bias.copy()
    with pytest.raises(tldr.InvalidInputError, match=match):
        head.fit(H, y, epochs=1, batch_size=100, progress=False, **kw)
    np.testing.assert_array_equal(head.weight, w0)
    np.testing.assert_array_equal(head.bias, b0)


def test_fit_restores_parameters_when_a_step_overflows():
    """Finite float32 hyper-parameters whose step overflows (lr * weight_decay = Inf):
    NonFiniteError, and the parameters and optimizer state are what they were."""
    H, y = _data()
    head = tldr.TokenHead(8, seed=1)
    head.fit(H, y, epochs=1, batch_size=100, progress=False)  # creates optimizer state
    w0, b0 = head.weight.copy(), head.bias.copy()
    state0 = {k: (v.copy() if isinstance(v, np.ndarray) else v) for k, v in head._opt_state.items()}
    with pytest.raises(tldr.NonFiniteError, match="AdamW"):
        head.fit(H, y, epochs=2, batch_size=100, lr=3e38, weight_decay=3e38, progress=False)
    np.testing.assert_array_equal(head.weight, w0)
    np.testing.assert_array_equal(head.bias, b0)
    for k, v in state0.items():
        np.testing.assert_array_equal(head._opt_state[k], v)
    assert np.isfinite(head.weight).all()


def test_adamw_step_checks_float32_range_and_changes_nothing_on_overflow():
    p = np.ones(4, np.float32)
    m = np.zeros(4, np.float32)
    v = np.zeros(4, np.float32)
    g = np.ones(4, np.float32)
    for kw in (dict(lr=1e39), dict(lr=0.1, weight_decay=1e300), dict(lr=0.1, eps=1e-50)):
        with pytest.raises(tldr.InvalidInputError, match="float32"):
            _core.adamw_step(p, m, v, g, step=1, **{"weight_decay": 0.0, **kw})
    with pytest.raises(tldr.NonFiniteError, match="not updated"):
        _core.adamw_step(p, m, v, g, 3e38, 1, weight_decay=3e38)
    big = np.full(4, 1e30, np.float32)  # g^2 overflows float32 in the second moment
    with pytest.raises(tldr.NonFiniteError, match="not updated"):
        _core.adamw_step(p, m, v, big, 1e-3, 1)
    assert (p == 1).all() and not m.any() and not v.any()
    _core.adamw_step(p, m, v, g, 1e-3, 1)
    assert np.isfinite(p).all() and (p < 1).all()


# ---- aliasing: no output may share memory with an input ----------------------------------

def _small(k=2, n=50, d=6):
    rng = np.random.default_rng(3)
    H = rng.standard_normal((n, d)).astype(np.float32)
    W = rng.standard_normal((d, k)).astype(np.float32)
    b = rng.standard_normal(k).astype(np.float32)
    y = rng.integers(0, 2, (n, k))
    return H, W, b, y


def test_loss_grad_refuses_outputs_that_alias_inputs():
    """grad_weight=W, grad_bias=b used to return wrong dW/db silently."""
    H, W, b, y = _small()
    W0, b0 = W.copy(), b.copy()
    with pytest.raises(tldr.InvalidInputError, match="grad_weight overlaps the weight"):
        _core.head_loss_grad(H, W, b, y, grad_weight=W, grad_bias=b)
    with pytest.raises(tldr.InvalidInputError, match="grad_bias overlaps the bias"):
        _core.head_loss_grad(H, W, b, y, grad_weight=np.zeros_like(W), grad_bias=b)
    pw = np.ones(2, np.float32)
    with pytest.raises(tldr.InvalidInputError, match="grad_bias overlaps pos_weight"):
        _core.head_loss_grad(H, W, b, y, pos_weight=pw, grad_weight=np.zeros_like(W), grad_bias=pw)
    yf = y.astype(np.float32)
    with pytest.raises(tldr.InvalidInputError, match="grad_weight overlaps the labels"):
        _core.head_loss_grad(H, W, b, yf, grad_weight=yf[:6], grad_bias=np.zeros(2, np.float32))
    mask = np.ones(50, np.float32)
    with pytest.raises(tldr.InvalidInputError, match="grad_bias overlaps the mask"):
        _core.head_loss_grad(H, W, b, y, mask, grad_weight=np.zeros_like(W), grad_bias=mask[:2])
    buf = np.zeros(14, np.float32)
    with pytest.raises(tldr.InvalidInputError, match="must not overlap"):
        _core.head_loss_grad(H, W, b, y, grad_weight=buf[:12].reshape(6, 2), grad_bias=buf[11:13])
    np.testing.assert_array_equal(W, W0)
    np.testing.assert_array_equal(b, b0)
    # disjoint parts of one buffer are fine, and give the reference gradients
    _core.head_loss_grad(H, W, b, y, grad_weight=buf[:12].reshape(6, 2), grad_bias=buf[12:])
    _, dW_r, db_r, _ = R.head_loss_grad(H, W, b, y)
    np.testing.assert_allclose(buf[:12].reshape(6, 2), dW_r, rtol=1e-5, atol=1e-7)
    np.testing.assert_allclose(buf[12:], db_r, rtol=1e-5, atol=1e-7)


def test_backward_refuses_outputs_that_alias_inputs():
    H, W, b, y = _small()
    dz = np.random.default_rng(0).standard_normal((50, 2)).astype(np.float32)
    with pytest.raises(tldr.InvalidInputError, match="grad_weight overlaps the weight"):
        _core.head_backward(H, W, dz, grad_weight=W)
    with pytest.raises(tldr.InvalidInputError, match="grad_bias overlaps dz"):
        _core.head_backward(H, W, dz, grad_bias=dz[0])
    with pytest.raises(tldr.InvalidInputError, match="grad_weight overlaps the hidden states"):
        _core.head_backward(H, W, dz, grad_weight=H.reshape(-1)[:12].reshape(6, 2))
    # the rows a strided view of H skips still lie within its extent: refused too
    Hs = np.zeros((100, 6), np.float32)
    with pytest.raises(tldr.InvalidInputError, match="hidden states"):
        _core.head_backward(Hs[::2], W, dz, grad_weight=Hs.reshape(-1)[6:18].reshape(6, 2))


def test_adamw_refuses_aliased_buffers():
    p = np.zeros(8, np.float32)
    m = np.zeros(8, np.float32)
    v = np.zeros(8, np.float32)
    with pytest.raises(tldr.InvalidInputError, match="overlap"):
        _core.adamw_step(p, m, v, p, 0.1, 1)
    with pytest.raises(tldr.InvalidInputError, match="overlap"):
        _core.adamw_step(p[:4], p[2:6], v[:4], np.ones(4), 0.1, 1)
    _core.adamw_step(p[:4], p[4:], v[:4], np.ones(4), 0.1, 1)  # disjoint halves of one buffer: fine


# ---- labels, masks and row indices: byte order and integer checks ------------------------

def test_big_endian_labels_and_masks_are_read_correctly():
    """Big-endian labels used to be refused with "labels must be 0 or 1, got np.int32(1)"."""
    H, W, b, y = _small(k=1)
    y = y[:, 0]
    m = (np.arange(50) % 3 != 0).astype(np.int32)
    ref = _core.head_loss_grad(H, W[:, 0], b[:1], y, m)
    for yd, md in [(">i4", ">i4"), (">f8", ">f4"), (">i2", ">u8"), ("<i4", ">i8")]:
        out = _core.head_loss_grad(H, W[:, 0], b[:1], y.astype(yd), m.astype(md))
        assert out[0] == ref[0]
        np.testing.assert_array_equal(out[2], ref[2])
    bad = y.astype(">i4")
    bad[7] = 2
    with pytest.raises(tldr.InvalidInputError, match=r"labels must be 0 or 1, got (np\.int32\()?2\)? at flat index 7"):
        _core.head_loss_grad(H, W[:, 0], b[:1], bad)


def test_rows_must_be_integers():
    """rows=[0.5, 1.9] used to be truncated to [0, 1] silently."""
    H, W, b, y = _small(k=1)
    with pytest.raises(tldr.DTypeError, match="rows must be integer"):
        _core.head_forward(H, W, b[:1], rows=[0.5, 1.9])
    with pytest.raises(tldr.DTypeError, match="rows must be integer"):
        _core.head_loss_grad(H, W, b[:1], y[:2], rows=np.array([0.0, 1.0]))
    with pytest.raises(tldr.DTypeError, match="rows must be integer"):
        _core.head_forward(H, W, b[:1], rows=np.array([True, False]))
    with pytest.raises(tldr.InvalidInputError, match="out of range"):
        _core.head_forward(H, W, b[:1], rows=np.array([2**63], np.uint64))
    with pytest.raises(tldr.InvalidInputError, match="out of range"):
        _core.head_forward(H, W, b[:1], rows=[-1])
    z = _core.head_forward(H, W, b[:1])
    for dt in (np.int8, np.uint16, np.int32, np.uint64, ">i8"):
        np.testing.assert_array_equal(_core.head_forward(H, W, b[:1], rows=np.array([3, 1], dt)), z[[3, 1]])
    assert _core.head_forward(H, W, b[:1], rows=[]).shape == (0, 1)
