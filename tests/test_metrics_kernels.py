"""The C evaluation kernels (csrc/core/metrics/) equal their NumPy twins
(tldr/evaluate/_reference.py) on random and adversarial input, and refuse bad input."""

import os
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tldr
from tldr import _core
from tldr.evaluate import _reference

SCALE = float(os.environ.get("TLDR_TEST_SCALE", "1"))

ADVERSARIAL = [0.0, -0.0, 1.0, -1.0, 5e-324, -5e-324, 1e-300, 1.5, 1e308, -1e308,
               np.nextafter(0.5, 1), 0.5, np.nextafter(0.5, 0), 2.0 ** -149, 3.4028235e38]


def c_ap(scores, target, descending):
    return _core._metrics_average_precision(scores, target, descending)


def as_float32_or_refused(s, kernel):
    """``s`` as float32; None when a value overflows to inf, after checking that ``kernel``
    refuses the float32 scores with NonFiniteError."""
    with np.errstate(over="ignore"):
        s32 = s.astype(np.float32)
    if np.all(np.isfinite(s32)):
        return s32
    with pytest.raises(tldr.NonFiniteError):
        kernel(s32)
    return None


def twin_ap(scores, target, descending):
    s = np.asarray(scores, dtype=np.float64)
    return _reference.average_precision(np.asarray(target, bool), s if descending else -s)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(ADVERSARIAL), st.booleans()), min_size=1, max_size=80),
       st.booleans(), st.booleans())
def test_ap_kernel_equals_twin_adversarial(pairs, descending, f32):
    s = np.array([a for a, _ in pairs], dtype=np.float64)
    t = np.array([b for _, b in pairs])
    if f32:
        s = as_float32_or_refused(s, lambda s32: c_ap(s32, t, descending))
        if s is None:
            return
    if not t.any():
        with pytest.raises(tldr.InvalidInputError, match="one positive"):
            c_ap(s, t, descending)
        return
    assert c_ap(s, t, descending) == pytest.approx(twin_ap(s, t, descending), rel=1e-13, abs=1e-300)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(ADVERSARIAL), st.booleans()), min_size=1, max_size=80), st.booleans())
def test_ap_pair_kernel_equals_twin(pairs, f32):
    s = np.array([a for a, _ in pairs], dtype=np.float64)
    good = np.array([b for _, b in pairs])
    if f32:
        s = as_float32_or_refused(s, lambda s32: _core._metrics_average_precision_pair(s32, good))
        if s is None:
            return
    bad_ap, good_ap = _core._metrics_average_precision_pair(s, good)
    if (~good).any():
        assert bad_ap == pytest.approx(twin_ap(s, ~good, False), rel=1e-13, abs=1e-300)
    else:
        assert np.isnan(bad_ap)
    if good.any():
        assert good_ap == pytest.approx(twin_ap(s, good, True), rel=1e-13, abs=1e-300)
    else:
        assert np.isnan(good_ap)


def test_ap_pair_kernel_errors():
    with pytest.raises(tldr.InvalidInputError, match="at least one token"):
        _core._metrics_average_precision_pair(np.zeros(0), np.zeros(0, bool))
    with pytest.raises(tldr.NonFiniteError):
        _core._metrics_average_precision_pair(np.array([np.nan]), np.array([True]))
    with pytest.raises(tldr.InvalidInputError, match="shape"):
        _core._metrics_average_precision_pair(np.array([0.1, 0.2]), np.array([True]))


def test_ap_kernel_random_large_float32_and_float64():
    rng = np.random.default_rng(0)
    n = int(300_000 * SCALE)
    t = rng.random(n) < 0.05
    s32 = np.where(t, rng.beta(1, 3, n), rng.beta(4, 1, n)).astype(np.float32)
    s32[rng.integers(0, n, n // 10)] = 0.5  # many ties
    for desc in (False, True):
        ref = twin_ap(s32, t if not desc else ~t, desc)
        assert c_ap(s32, t if not desc else ~t, desc) == pytest.approx(ref, rel=1e-12)
        assert c_ap(s32.astype(np.float64), t if not desc else ~t, desc) == pytest.approx(ref, rel=1e-12)
    pb, pg = _core._metrics_average_precision_pair(s32, ~t)
    assert pb == pytest.approx(twin_ap(s32, t, False), rel=1e-12)
    assert pg == pytest.approx(twin_ap(s32, ~t, True), rel=1e-12)
    from sklearn.metrics import average_precision_score

    assert tldr.metrics.average_precision(s32, ~t) == pytest.approx(
        average_precision_score(t, -s32.astype(np.float64)), rel=1e-12)


def test_ap_kernel_bad_input():
    with pytest.raises(tldr.NonFiniteError):
        c_ap(np.array([0.1, np.nan]), np.array([True, False]), True)
    with pytest.raises(tldr.NonFiniteError):
        c_ap(np.array([0.1, np.inf], np.float32), np.array([True, False]), True)
    with pytest.raises(tldr.InvalidInputError, match="shape"):
        c_ap(np.array([0.1, 0.2]), np.array([True]), True)
    with pytest.raises(tldr.InvalidInputError):
        c_ap(np.zeros(0), np.zeros(0, bool), True)
    with pytest.raises(tldr.DTypeError):
        c_ap(np.array(["a"]), np.array([True]), True)
    with pytest.raises(tldr.DTypeError):
        c_ap(np.array([0.1]), np.array([1.0]), True)
    with pytest.raises(tldr.InvalidInputError, match="1-D"):
        c_ap(np.zeros((2, 2)), np.ones(2, bool), True)
    # non-contiguous and integer inputs are converted, not misread
    s = np.arange(20, dtype=np.float64)[::2]
    t = np.arange(10) % 3 == 0
    assert c_ap(s, t, True) == pytest.approx(twin_ap(s, t, True))
    assert c_ap(np.arange(10), t, True) == pytest.approx(twin_ap(np.arange(10), t, True))


@st.composite
def rows(draw):
    lens = draw(st.lists(st.integers(0, 9), min_size=0, max_size=8))
    rs = np.concatenate([[0], np.cumsum(lens)]).astype(np.int64)
    n = int(rs[-1])
    p = np.array(draw(st.lists(st.sampled_from([0.0, 0.25, 0.5, np.nextafter(0.5, 0), 0.75, 1.0]),
                               min_size=n, max_size=n)), dtype=np.float64)
    y = np.array(draw(st.lists(st.booleans(), min_size=n, max_size=n)), dtype=bool)
    return p, y, rs


@settings(max_examples=200, deadline=None)
@given(rows(), st.sampled_from([0.0, 0.5, 0.75, 1.0, 0.3]), st.booleans(), st.booleans())
def test_segment_counts_equal_twin(data, t, f32, with_labels):
    p, y, rs = data
    yy = y if with_labels else None
    pp = p.astype(np.float32) if f32 else p
    got = _core._metrics_segment_counts(pp, yy, rs, t)
    want = _reference.segment_counts(pp.astype(np.float64), yy, rs, t)
    for g, w in zip(got, want):
        np.testing.assert_array_equal(g, w)
        assert g.dtype == np.int64


def test_segment_counts_float32_threshold_is_compared_in_float64():
    # 0.1 is not a float32: the float32 nearest to 0.1 lies above it
    p = np.array([np.float32(0.1)], np.float32)
    assert float(p[0]) > 0.1
    assert _core._metrics_segment_counts(p, None, np.array([0, 1]), 0.1)[0][0] == 0
    assert tldr.metrics.token_accuracy(p, [1], [0, 1], 0.1) == 1.0


def test_segment_counts_bad_input():
    p = np.array([0.1, 0.9])
    with pytest.raises(tldr.InvalidInputError, match="end at N = 2"):
        _core._metrics_segment_counts(p, None, np.array([0, 1]), 0.5)
    with pytest.raises(tldr.InvalidInputError):
        _core._metrics_segment_counts(p, None, np.array([0, 2, 1, 2]), 0.5)
    with pytest.raises(tldr.InvalidInputError):
        _core._metrics_segment_counts(p, None, np.array([1, 2]), 0.5)
    with pytest.raises(tldr.InvalidInputError, match="threshold"):
        _core._metrics_segment_counts(p, None, np.array([0, 2]), float("nan"))
    with pytest.raises(tldr.InvalidInputError, match="at least one entry"):
        _core._metrics_segment_counts(p, None, np.zeros(0, np.int64), 0.5)
    with pytest.raises(tldr.NonFiniteError):
        _core._metrics_segment_counts(np.array([np.nan, 0.1]), None, np.array([0, 2]), 0.5)
    with pytest.raises(tldr.InvalidInputError, match="shape"):
        _core._metrics_segment_counts(p, np.array([True]), np.array([0, 2]), 0.5)
    with pytest.raises(tldr.DTypeError, match="row_splits"):
        _core._metrics_segment_counts(p, None, np.array([0.0, 2.0]), 0.5)
    assert [a.tolist() for a in _core._metrics_segment_counts(np.zeros(0), None, np.array([0]), 0.5)] == [[], [], []]


def test_kernels_are_thread_safe():
    code = r"""
import threading, numpy as np, tldr
from tldr import _core
rng = np.random.default_rng(1)
s = rng.random(400_000).astype(np.float32); t = rng.random(400_000) < 0.1
ref = _core._metrics_average_precision(s, t, False)
rs = np.arange(0, 400_001, 100)
cref = _core._metrics_segment_counts(s, t, rs, 0.5)
bad = []
def work():
    for _ in range(5):
        if _core._metrics_average_precision(s, t, False) != ref: bad.append(1)
        c = _core._metrics_segment_counts(s, t, rs, 0.5)
        if any((a != b).any() for a, b in zip(c, cref)): bad.append(2)
ts = [threading.Thread(target=work) for _ in range(4)]
[x.start() for x in ts]; [x.join() for x in ts]
print("bad", len(bad))
"""
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "bad 0"


def test_inputs_not_modified_by_kernels():
    rng = np.random.default_rng(2)
    s = rng.random(1000).astype(np.float32)
    t = rng.random(1000) < 0.3
    rs = np.array([0, 500, 1000])
    cs, ct, crs = s.copy(), t.copy(), rs.copy()
    c_ap(s, t, True)
    _core._metrics_segment_counts(s, t, rs, 0.5)
    np.testing.assert_array_equal(s, cs)
    np.testing.assert_array_equal(t, ct)
    np.testing.assert_array_equal(rs, crs)


def test_c_core_under_sanitizers(tmp_path):
    """The core kernels alone (no Python), checked against a quadratic reference in C
    under AddressSanitizer + UBSan (plain build if the sanitizers are unavailable)."""
    import pathlib
    import shutil

    cc = shutil.which("gcc") or shutil.which("cc")
    if cc is None:
        pytest.skip("no C compiler")
    root = pathlib.Path(__file__).resolve().parent.parent
    src = [str(root / "tests" / "c" / "metrics_check.c"),
           *(str(root / "csrc" / "core" / "metrics" / f) for f in ("ap.c", "segments.c"))]
    if not all(pathlib.Path(x).exists() for x in src):
        pytest.skip("C sources not next to the tests")
    exe = tmp_path / "metrics_check"
    base = [cc, "-std=c11", "-O1", "-g", f"-I{root / 'csrc' / 'core'}", *src, "-lm", "-o", str(exe)]
    san = ["-fsanitize=address,undefined", "-fno-sanitize-recover=undefined"]
    r = subprocess.run(base[:1] + san + base[1:], capture_output=True, text=True, timeout=120)
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=1")
    if r.returncode != 0:
        r = subprocess.run(base, capture_output=True, text=True, timeout=120)
        assert r.returncode == 0, r.stderr
    out = subprocess.run([str(exe)], capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.strip().endswith("OK (0 failures)")
