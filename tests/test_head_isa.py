"""The head's instruction-set paths and blocking: every path the CPU can run passes every
head test, the path is reported, and results do not depend on the block size or the
thread count."""

import os
import pathlib
import subprocess
import sys

import numpy as np
import pytest

import tldr
from tldr import _core
from tldr.head import as_hidden

ml_dtypes = pytest.importorskip("ml_dtypes")

HERE = pathlib.Path(__file__).resolve().parent
PATHS = ("generic", "avx2", "avx512")
# What each path needs from the CPU (tldr_head_cpu_features names).
NEEDS = {"generic": set(), "avx2": {"avx2", "fma", "f16c"}, "avx512": {"avx2", "fma", "f16c", "avx512f", "avx512bw",
                                                                        "avx512vl"}}
# The head test files, run again under each forced path.
HEAD_TESTS = ["test_head.py", "test_head_hardening.py"]


def runnable_paths():
    have = set(tldr.build_info()["head_cpu_features"].split())
    return [p for p in PATHS if NEEDS[p] <= have]


def test_path_is_reported_and_is_the_widest_by_default():
    info = tldr.build_info()
    assert info["head_isa"] == _core.head_isa()
    assert info["head_isa"] in PATHS
    assert info["head_l1d_bytes"] >= 4096 and info["head_l2_bytes"] >= info["head_l1d_bytes"]
    forced = os.environ.get("TLDR_ISA")
    if forced in runnable_paths():
        assert _core.head_isa() == forced
    elif not forced:
        assert _core.head_isa() == runnable_paths()[-1]


@pytest.mark.parametrize("isa", PATHS)
def test_every_path_passes_every_head_test(isa):
    """TLDR_ISA forces a path; the whole head test suite must pass on it (the math of all
    paths equals the float64 reference within the tests' tolerances)."""
    if isa not in runnable_paths():
        pytest.skip(f"this CPU cannot run the {isa} path ({tldr.build_info()['head_cpu_features']})")
    if os.environ.get("TLDR_ISA"):
        pytest.skip("already inside a forced-path run")
    env = dict(os.environ, TLDR_ISA=isa)
    files = [str(HERE / f) for f in HEAD_TESTS]
    r = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *files],
                       env=env, capture_output=True, text=True, timeout=1800, cwd=HERE.parent)
    assert r.returncode == 0, f"TLDR_ISA={isa}:\n{r.stdout[-3000:]}\n{r.stderr[-2000:]}"
    assert " passed" in r.stdout


def test_unknown_or_unrunnable_path_falls_back_to_the_widest():
    code = "import tldr; print(tldr._core.head_isa())"
    best = runnable_paths()[-1]
    for value in ("avx9", "AVX2", ""):
        env = dict(os.environ, TLDR_ISA=value)
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stderr
        assert out.stdout.strip() == best, value


def _problem(seed, n, d, k, dtype, masked=True):
    rng = np.random.default_rng(seed)
    H = rng.standard_normal((n, d)).astype(np.float32)
    if dtype == "float16":
        H = H.astype(np.float16)
    elif dtype == "bfloat16":
        H = as_hidden(H.astype(ml_dtypes.bfloat16))
    W = (rng.standard_normal((d, k)) / np.sqrt(d)).astype(np.float32)
    b = rng.standard_normal(k).astype(np.float32)
    y = rng.integers(0, 2, (n, k))
    m = rng.integers(0, 2, n) if masked else None
    return H, W, b, y, m


@pytest.mark.parametrize("dtype", ["float32", "float16", "bfloat16"])
@pytest.mark.parametrize("k,d", [(1, 200), (1, 37), (3, 64), (9, 45), (1, 4500)])
def test_block_size_and_threads_do_not_change_a_bit(dtype, k, d):
    """Block size (chosen from the cache at run time) and thread count: bitwise equal.
    (D = 4500: rows long enough that the forward pass streams two rows at a time.)"""
    H, W, b, y, m = _problem(d * 10 + k, 3001, d, k, dtype)
    rows = np.random.default_rng(1).permutation(3001)[:2500]
    outs = []
    for block in (None, 1, 2, 3, 4, 5, 8, 13, 64):
        for threads in (1, 2, 3):
            if block not in (None, 4) and threads != 1:
                continue
            kw = dict(num_threads=threads, block_rows=block)
            loss = _core.head_loss_grad(H, W, b, y, m, need_input_grad=True, return_logits=True, **kw)
            sub = _core.head_loss_grad(H, W, b, y[rows], None, rows=rows, need_input_grad=True, **kw)
            z = _core.head_forward(H, W, b, **kw)
            back = _core.head_backward(H, W, z * 0.01, need_input_grad=True, **kw)
            outs.append((block, threads, [loss[0], sub[0], *loss[2:], *sub[2:5], z, *back]))
    ref = outs[0][2]
    for block, threads, o in outs[1:]:
        for a, r in zip(o, ref):
            np.testing.assert_array_equal(a, r, err_msg=f"block_rows={block}, threads={threads}")


_FUSE_CODE = """
import sys, numpy as np
sys.path[:0] = [{tests!r}]
from test_head_isa import _problem
from tldr import _core
out = []
for dtype in ("float32", "float16", "bfloat16"):
    for d in (37, 200, 1000, 4500):
        H, W, b, y, m = _problem(d, 1001, d, 1, dtype)
        rows = np.random.default_rng(2).permutation(1001)[:800]
        for block in (None, 1, 3, 4, 8):
            r = _core.head_loss_grad(H, W, b, y, m, need_input_grad=True, return_logits=True, block_rows=block)
            s = _core.head_loss_grad(H, W, b, y[rows], None, rows=rows, block_rows=block)
            out += [a for a in (np.float64(r[0]), *r[2:], np.float64(s[0]), *s[2:]) if a is not None]
import hashlib
print(len(out), hashlib.sha256(b"".join(np.ascontiguousarray(a).tobytes() for a in out)).hexdigest())
"""


def test_fused_loss_pass_gives_the_same_bits():
    """TLDR_HEAD_FUSE=1 (each block's dots in one pass with the previous block's gradient,
    head.c block_rows_fused) and TLDR_HEAD_FUSE=0 (a separate gradient pass per block):
    loss, dW, db, dH and logits bitwise equal, with masks, row subsets, every dtype and
    block sizes, on the widest path (the others have no fused pass)."""
    code = _FUSE_CODE.format(tests=str(pathlib.Path(__file__).parent))
    digests = []
    for fuse in ("0", "1"):
        env = dict(os.environ, TLDR_HEAD_FUSE=fuse, TLDR_NUM_THREADS="1")
        r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=600)
        assert r.returncode == 0, r.stderr[-3000:]
        digests.append(r.stdout.split())
    assert digests[0][0] == str(3 * 4 * 5 * 8)  # loss, dW, db, dH, logits; loss, dW, db of the rows
    assert digests[0] == digests[1]


def test_block_rows_is_checked():
    H, W, b, y, m = _problem(0, 10, 8, 1, "float32")
    for bad in (0, 65, -1):
        with pytest.raises(tldr.InvalidInputError, match="block_rows"):
            _core.head_forward(H, W, b, block_rows=bad)


def test_kernels_from_c(tmp_path):
    """tests/c/test_head.c: every path's inner loops against float64 loops, their
    block-size independence, every bfloat16 rounding, the entry points' statuses."""
    import shutil

    cc = shutil.which("gcc") or shutil.which("cc")
    if cc is None or shutil.which("pkg-config") is None:
        pytest.skip("needs a C compiler and pkg-config")
    root = HERE.parent
    try:
        blas = subprocess.run(["pkg-config", "--cflags", "--libs", "openblas"], check=True, capture_output=True,
                              text=True).stdout.split()
    except subprocess.CalledProcessError:
        pytest.skip("OpenBLAS not found by pkg-config")
    exe = tmp_path / "test_head"
    srcs = [str(root / "tests" / "c" / "test_head.c"), *map(str, sorted((root / "csrc" / "core" / "head").glob("*.c"))),
            str(root / "csrc" / "core" / "util" / "common.c")]
    cmd = [cc, "-std=c11", "-O2", "-Wall", "-Wextra", "-Wno-unused-parameter", "-Werror", "-pthread",
           f"-I{root / 'csrc' / 'core'}", *srcs, "-o", str(exe), *blas, "-lm"]
    r = subprocess.run(cmd, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([str(exe)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "0 failure(s)" in r.stdout
