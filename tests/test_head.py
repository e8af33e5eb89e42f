"""The token head: C kernels against float64 twins, finite differences, PyTorch, threads,
memmaps, training, persistence and bad input."""

import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tldr
from tldr import _core
from tldr.head import _reference as R

ml_dtypes = pytest.importorskip("ml_dtypes")

DTYPES = ["float32", "float16", "bfloat16", "bf16bits"]


def make_H(rng, n, d, dtype, scale=1.0):
    H = (rng.standard_normal((n, d)) * scale).astype(np.float32)
    if dtype == "float16":
        return H.astype(np.float16)
    if dtype == "bfloat16":
        return H.astype(ml_dtypes.bfloat16)
    if dtype == "bf16bits":
        return H.astype(ml_dtypes.bfloat16).view(np.uint16)
    return H


def problem(seed, n, d, k, dtype="float32", masked=True, scale=1.0):
    rng = np.random.default_rng(seed)
    H = make_H(rng, n, d, dtype, scale)
    W = (rng.standard_normal((d, k) if k > 1 else (d,)) / np.sqrt(d)).astype(np.float32)
    b = rng.standard_normal(k).astype(np.float32)
    y = rng.integers(0, 2, (n, k) if k > 1 else (n,))
    m = rng.integers(0, 2, n) if masked else None
    return H, W, b, y, m


def head_with(W, b):
    d = W.shape[0]
    k = 1 if W.ndim == 1 else W.shape[1]
    h = tldr.TokenHead(d, k)
    h.weight, h.bias = W, b
    return h


def tol(dtype):
    return 2e-5 if dtype == "float32" else 2e-5  # inputs are widened exactly; only float32 math differs


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("k", [1, 3, 8, 17])
@pytest.mark.parametrize("n,d", [(0, 5), (1, 1), (7, 1), (300, 37), (700, 64)])
def test_forward_loss_grads_match_float64_twin(dtype, k, n, d):
    H, W, b, y, m = problem(n * 1000 + d * 10 + k, n, d, k, dtype)
    head = head_with(W, b)
    z = head.forward(H)
    z_ref = R.head_forward(H, W, b)
    np.testing.assert_allclose(z.reshape(n, k), z_ref, rtol=1e-5, atol=1e-5)

    loss, g = head.loss_and_grad(H, y, mask=m, need_input_grad=True)
    loss_r, dW_r, db_r, dH_r = R.head_loss_grad(H, W, b, y, m)
    assert abs(loss - loss_r) <= 1e-6 * max(1, abs(loss_r))
    assert g["weight"].shape == W.shape and g["weight"].dtype == np.float32
    assert g["bias"].shape == (k,)
    np.testing.assert_allclose(g["weight"], dW_r, rtol=1e-4, atol=1e-6)
    np.testing.assert_allclose(g["bias"], db_r, rtol=1e-4, atol=1e-6)
    assert g["input"].dtype == H.dtype and g["input"].shape == H.shape
    # dH is rounded to H's own dtype: compare with the rounding's tolerance
    rel = {"float32": 1e-5, "float16": 1e-3, "bfloat16": 8e-3, "bf16bits": 8e-3}[dtype]
    np.testing.assert_allclose(R.widen(g["input"]), dH_r, rtol=rel, atol=rel * (np.abs(dH_r).max() if n else 1))


@pytest.mark.parametrize("k", [1, 4, 9])
def test_c_naive_kernel_matches_numpy_twin(k):
    H, W, b, y, m = problem(3, 120, 13, k)
    pw = np.linspace(0.5, 3, k).astype(np.float32)
    loss, msum, dW, db, dH = _core.head_loss_grad_naive(H, W, b, y, m, pw)
    loss_r, dW_r, db_r, dH_r = R.head_loss_grad(H, W, b, y, m, pw)
    assert msum == m.sum()
    np.testing.assert_allclose(loss, loss_r, rtol=1e-12)
    np.testing.assert_allclose(dW.reshape(dW_r.shape), dW_r, rtol=1e-10, atol=1e-14)
    np.testing.assert_allclose(db, db_r, rtol=1e-10, atol=1e-14)
    np.testing.assert_allclose(dH, dH_r, rtol=1e-10, atol=1e-14)


@pytest.mark.parametrize("k", [1, 2, 8])
def test_pos_weight_and_extreme_logits(k):
    H, W, b, y, m = problem(5, 200, 16, k, scale=1.0)
    W = W * 400  # logits of order +-100 and beyond
    pw = np.linspace(0.25, 4.0, k).astype(np.float32)
    head = head_with(W, b)
    z = head.forward(H)
    assert np.abs(z).max() > 100
    loss, g = head.loss_and_grad(H, y, mask=m, pos_weight=pw)
    loss_r, dW_r, db_r, _ = R.head_loss_grad(H, W, b, y, m, pw)
    assert np.isfinite(loss) and abs(loss - loss_r) <= 1e-5 * abs(loss_r)
    np.testing.assert_allclose(g["weight"], dW_r, rtol=1e-4, atol=1e-6)
    np.testing.assert_allclose(g["bias"], db_r, rtol=1e-4, atol=1e-6)
    p = head.predict_proba(H)
    assert np.all((p >= 0) & (p <= 1)) and p.dtype == np.float32


def test_finite_differences():
    """Central differences of the C loss agree with the C gradients (W, b and H)."""
    H, W, b, y, m = problem(11, 40, 6, 2)
    H = H.astype(np.float32)
    pw = np.array([2.0, 0.5], np.float32)

    def loss_at(W_, b_, H_):
        return _core.head_loss_grad(H_, W_, b_, y, m, pw)[0]

    loss, _, dW, db, dH, _ = _core.head_loss_grad(H, W, b, y, m, pw, need_input_grad=True)
    eps = 1e-2
    for idx in [(0, 0), (3, 1), (5, 0)]:
        Wp, Wm = W.copy(), W.copy()
        Wp[idx] += eps
        Wm[idx] -= eps
        fd = (loss_at(Wp, b, H) - loss_at(Wm, b, H)) / (2 * eps)
        assert fd == pytest.approx(dW[idx], rel=2e-3, abs=2e-5)
    for k in range(2):
        bp, bm = b.copy(), b.copy()
        bp[k] += eps
        bm[k] -= eps
        fd = (loss_at(W, bp, H) - loss_at(W, bm, H)) / (2 * eps)
        assert fd == pytest.approx(db[k], rel=2e-3, abs=2e-5)
    for idx in [(0, 0), (7, 5), (39, 2)]:
        Hp, Hm = H.copy(), H.copy()
        Hp[idx] += eps
        Hm[idx] -= eps
        fd = (loss_at(W, b, Hp) - loss_at(W, b, Hm)) / (2 * eps)
        assert fd == pytest.approx(dH[idx], rel=2e-3, abs=2e-5)


def test_against_torch_bce_with_logits():
    torch = pytest.importorskip("torch")
    for k in (1, 5):
        H, W, b, y, m = problem(21 + k, 333, 24, k)
        pw = np.linspace(0.5, 2.0, k).astype(np.float32)
        head = head_with(W, b)
        loss, g = head.loss_and_grad(H, y, mask=m, pos_weight=pw, need_input_grad=True)

        Ht = torch.tensor(H, dtype=torch.float64, requires_grad=True)
        Wt = torch.tensor(W.reshape(24, k), dtype=torch.float64, requires_grad=True)
        bt = torch.tensor(b, dtype=torch.float64, requires_grad=True)
        z = Ht @ Wt + bt
        yt = torch.tensor(np.asarray(y).reshape(-1, k), dtype=torch.float64)
        per = torch.nn.BCEWithLogitsLoss(reduction="none", pos_weight=torch.tensor(pw, dtype=torch.float64))(z, yt)
        mt = torch.tensor(m, dtype=torch.float64)
        lt = (per * mt[:, None]).sum() / (k * mt.sum())
        lt.backward()
        assert loss == pytest.approx(lt.item(), rel=1e-6)
        np.testing.assert_allclose(g["weight"].reshape(24, k), Wt.grad.numpy(), rtol=1e-4, atol=1e-7)
        np.testing.assert_allclose(g["bias"], bt.grad.numpy(), rtol=1e-4, atol=1e-7)
        np.testing.assert_allclose(g["input"], Ht.grad.numpy(), rtol=1e-4, atol=1e-7)


@pytest.mark.parametrize("k", [1, 8])
@pytest.mark.parametrize("dtype", ["float32", "bfloat16"])
def test_thread_count_does_not_change_result(k, dtype):
    H, W, b, y, m = problem(7, 30000, 48, k, dtype)
    outs = []
    for t in (1, 2, 3):
        outs.append(_core.head_loss_grad(tldr.head.as_hidden(H), W, b, y, m, need_input_grad=True,
                                         return_logits=True, num_threads=t))
    for o in outs[1:]:
        assert o[0] == outs[0][0]
        for a, c in zip(o[2:], outs[0][2:]):
            np.testing.assert_array_equal(a, c)
    z1 = _core.head_forward(tldr.head.as_hidden(H), W, b, num_threads=1)
    z2 = _core.head_forward(tldr.head.as_hidden(H), W, b, num_threads=2)
    np.testing.assert_array_equal(z1, z2)


def test_generic_kernel_matches_reference():
    """The portable kernel (TLDR_ISA=generic) gives the same answers as the twin."""
    code = textwrap.dedent(
        """
        import numpy as np, ml_dtypes, tldr
        from tldr import _core
        from tldr.head import _reference as R
        assert _core.head_isa() == "generic", _core.head_isa()
        rng = np.random.default_rng(0)
        for dt in (np.float32, np.float16, ml_dtypes.bfloat16):
            for k in (1, 3, 9):
                H = rng.standard_normal((500, 45)).astype(dt)
                W = rng.standard_normal((45, k)).astype(np.float32) / 7
                b = rng.standard_normal(k).astype(np.float32)
                y = rng.integers(0, 2, (500, k)); m = rng.integers(0, 2, 500)
                Hh = tldr.head.as_hidden(H)
                loss, _, dW, db, dH, z = _core.head_loss_grad(Hh, W, b, y, m, need_input_grad=True,
                                                              return_logits=True)
                lr, dWr, dbr, dHr = R.head_loss_grad(Hh, W, b, y, m)
                assert abs(loss - lr) < 1e-6, (loss, lr)
                np.testing.assert_allclose(dW, dWr, rtol=1e-4, atol=1e-6)
                np.testing.assert_allclose(db, dbr, rtol=1e-4, atol=1e-6)
                np.testing.assert_allclose(R.widen(dH), dHr, rtol=1e-2, atol=1e-2 * abs(dHr).max())
                np.testing.assert_allclose(z, R.head_forward(Hh, W, b), rtol=1e-5, atol=1e-5)
        print("ok")
        """
    )
    env = dict(os.environ, TLDR_ISA="generic")
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "ok"


def test_memmap_and_strided_inputs(tmp_path):
    H, W, b, y, m = problem(9, 4000, 40, 1)
    path = tmp_path / "h.f32"
    H.tofile(path)
    mm = np.memmap(path, dtype=np.float32, mode="r", shape=H.shape)
    head = head_with(W, b)
    l1, g1 = head.loss_and_grad(H, y, mask=m)
    l2, g2 = head.loss_and_grad(mm, y, mask=m)
    assert l1 == l2
    np.testing.assert_array_equal(g1["weight"], g2["weight"])
    # every other row, reversed rows, a column slice (copied), byte-swapped, unaligned
    for view, sel in [(H[::2], slice(None, None, 2)), (H[::-1], slice(None, None, -1))]:
        l, g = head.loss_and_grad(view, y[sel], mask=m[sel])
        lr_, dWr, _, _ = R.head_loss_grad(view, W, b, y[sel], m[sel])
        assert l == pytest.approx(lr_, rel=1e-6)
        np.testing.assert_allclose(g["weight"], dWr, rtol=1e-4, atol=1e-6)
    wide = np.zeros((4000, 80), np.float32)
    wide[:, ::2] = H
    head2 = head_with(np.repeat(W, 2)[::2].copy(), b)
    np.testing.assert_allclose(head2.forward(wide[:, ::2]), head.forward(H), rtol=1e-6)
    swapped = H.astype(">f4")
    np.testing.assert_allclose(head.forward(swapped), head.forward(H), rtol=1e-6)
    buf = np.zeros(H.nbytes + 1, np.uint8)
    unaligned = np.frombuffer(buf.data, dtype=np.float32, count=H.size, offset=1).reshape(H.shape)
    assert not unaligned.flags.aligned
    np.testing.assert_allclose(head.forward(unaligned), head.forward(np.zeros_like(H)), rtol=1e-6)


def test_inputs_are_not_modified():
    H, W, b, y, m = problem(13, 500, 20, 3)
    copies = [a.copy() for a in (H, W, b, y, m)]
    head = head_with(W, b)
    head.loss_and_grad(H, y, mask=m, need_input_grad=True)
    head.forward(H)
    for a, c in zip((H, W, b, y, m), copies):
        np.testing.assert_array_equal(a, c)


def test_empty_and_all_masked():
    head = tldr.TokenHead(8)
    H = np.zeros((0, 8), np.float32)
    loss, g = head.loss_and_grad(H, np.zeros(0), need_input_grad=True)
    assert loss == 0.0 and not g["weight"].any() and g["input"].shape == (0, 8)
    assert head.forward(H).shape == (0,)
    H = np.ones((5, 8), np.float32)
    loss, g = head.loss_and_grad(H, np.ones(5), mask=np.zeros(5))
    assert loss == 0.0 and not g["weight"].any() and not g["bias"].any()


def test_masked_rows_may_hold_nan():
    """Padding rows outside the mask are never used, whatever they hold."""
    H, W, b, y, m = problem(17, 50, 10, 1)
    m[:5] = 0
    H[:5] = np.nan
    head = head_with(W, b)
    loss, g = head.loss_and_grad(H, y, mask=m, need_input_grad=True)
    assert np.isfinite(loss) and np.isfinite(g["weight"]).all()
    assert (g["input"][:5] == 0).all()


def test_large_n_accumulation_is_accurate():
    rng = np.random.default_rng(1)
    n = int(400_000 * min(1.0, float(os.environ.get("TLDR_TEST_SCALE", "1"))))
    H = (rng.standard_normal((n, 8)) + 3).astype(np.float32)
    W = rng.standard_normal(8).astype(np.float32) * 0.1
    b = np.array([0.2], np.float32)
    y = rng.integers(0, 2, n)
    loss, _, dW, db, _, _ = _core.head_loss_grad(H, W, b, y)
    loss_r, dW_r, db_r, _ = R.head_loss_grad(H, W, b, y)
    assert abs(loss - loss_r) <= 1e-7 * abs(loss_r)
    np.testing.assert_allclose(dW, dW_r, rtol=2e-6)
    np.testing.assert_allclose(db, db_r, rtol=2e-6)


def test_gradient_accumulation_into_buffers():
    H, W, b, y, m = problem(19, 100, 12, 2)
    gW = np.zeros_like(W)
    gb = np.zeros(2, np.float32)
    for _ in range(3):
        _core.head_loss_grad(H, W, b, y, m, grad_weight=gW, grad_bias=gb)
    _, dW_r, db_r, _ = R.head_loss_grad(H, W, b, y, m)
    np.testing.assert_allclose(gW, 3 * dW_r, rtol=1e-4, atol=1e-6)
    np.testing.assert_allclose(gb, 3 * db_r, rtol=1e-4, atol=1e-6)
    # a failing call leaves the buffers as they were
    H2 = H.copy()
    H2[3] = np.inf
    m2 = m.copy()
    m2[3] = 1
    before = gW.copy()
    with pytest.raises(tldr.NonFiniteError, match="row 3"):
        _core.head_loss_grad(H2, W, b, y, m2, grad_weight=gW, grad_bias=gb)
    np.testing.assert_array_equal(gW, before)
    with pytest.raises(tldr.InvalidInputError, match="overlaps"):
        _core.head_loss_grad(H, W, b, y, m, grad_weight=H[:, :2].copy().reshape(-1)[:24].reshape(12, 2) if False
                             else H.reshape(-1)[:24].reshape(12, 2), grad_bias=gb)


def test_adamw_matches_torch_and_twin():
    torch = pytest.importorskip("torch")
    rng = np.random.default_rng(2)
    p = rng.standard_normal(50).astype(np.float32)
    m = np.zeros_like(p)
    v = np.zeros_like(p)
    pt = torch.tensor(p.copy(), requires_grad=True)
    opt = torch.optim.AdamW([pt], lr=1e-2, betas=(0.9, 0.99), eps=1e-8, weight_decay=0.1)
    pr, mr, vr = p.astype(np.float64), np.zeros(50), np.zeros(50)
    for step in range(1, 21):
        g = rng.standard_normal(50).astype(np.float32)
        _core.adamw_step(p, m, v, g, 1e-2, step, 0.9, 0.99, 1e-8, 0.1)
        pt.grad = torch.tensor(g)
        opt.step()
        pr, mr, vr = R.adamw_step(pr, mr, vr, g.astype(np.float64), 1e-2, step, 0.9, 0.99, 1e-8, 0.1)
    np.testing.assert_allclose(p, pt.detach().numpy(), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(p, pr, rtol=1e-4, atol=1e-5)


def test_adamw_rejects_bad_buffers():
    p = np.zeros(4, np.float32)
    m = np.zeros(4, np.float32)
    v = np.zeros(4, np.float32)
    g = np.ones(4, np.float32)
    ro = p.copy()
    ro.flags.writeable = False
    with pytest.raises(tldr.InvalidInputError, match="read-only"):
        _core.adamw_step(ro, m, v, g, 0.1, 1)
    buf = np.zeros(17, np.uint8)
    mis = np.frombuffer(buf.data, np.float32, count=4, offset=1)
    with pytest.raises(tldr.DTypeError, match="aligned"):
        _core.adamw_step(p, mis, v, g, 0.1, 1)
    with pytest.raises(tldr.DTypeError):
        _core.adamw_step(p.astype(np.float64), m, v, g, 0.1, 1)
    with pytest.raises(tldr.InvalidInputError, match="overlap"):
        _core.adamw_step(p, p, v, g, 0.1, 1)
    with pytest.raises(tldr.InvalidInputError, match="step"):
        _core.adamw_step(p, m, v, g, 0.1, 0)
    g[1] = np.nan
    with pytest.raises(tldr.NonFiniteError):
        _core.adamw_step(p, m, v, g, 0.1, 1)
    assert not p.any() and not m.any() and not v.any()


def test_fit_separable_problem():
    rng = np.random.default_rng(4)
    n, d = 20000, 32
    H = rng.standard_normal((n, d)).astype(np.float32)
    w = rng.standard_normal(d)
    s = H @ w
    keep = np.abs(s) > 0.3 * np.abs(s).std()  # a margin: the problem is separable
    H, s = H[keep], s[keep]
    y = (s > 0).astype(np.int8)
    mask = np.ones(len(y), np.int8)
    mask[::10] = 0
    head = tldr.TokenHead(d, seed=1)
    hist = head.fit(H, y, mask, epochs=8, lr=3e-2, batch_size=512, warmup_steps=20, seed=3, progress=False)
    acc = ((head.predict_proba(H) >= 0.5) == y).mean()
    assert acc > 0.99, acc
    assert hist["loss"][-1] < hist["loss"][0]
    assert hist["lr"][0] == pytest.approx(3e-2 / 20) and hist["lr"][-1] < 1e-3
    # determinism: same seed, same parameters
    head2 = tldr.TokenHead(d, seed=1)
    head2.fit(H, y, mask, epochs=8, lr=3e-2, batch_size=512, warmup_steps=20, seed=3, progress=False)
    np.testing.assert_array_equal(head.weight, head2.weight)


def test_fit_on_bfloat16_memmap(tmp_path):
    rng = np.random.default_rng(5)
    H = rng.standard_normal((3000, 16)).astype(ml_dtypes.bfloat16)
    y = (H.astype(np.float32)[:, 0] > 0).astype(int)
    path = tmp_path / "h.bf16"
    H.view(np.uint16).tofile(path)
    mm = np.memmap(path, dtype=np.uint16, mode="r", shape=H.shape)
    head = tldr.TokenHead(16)
    head.fit(mm, y, epochs=5, lr=5e-2, batch_size=128, progress=False)
    assert ((head.predict_proba(mm) >= 0.5) == y).mean() > 0.97


def test_fit_restores_state_on_nan():
    H, W, b, y, _ = problem(23, 1000, 8, 1)
    H[777] = np.nan
    head = head_with(W, b)
    w0, b0 = head.weight.copy(), head.bias.copy()
    with pytest.raises(tldr.NonFiniteError, match="row"):
        head.fit(H, y, epochs=1, batch_size=100, progress=False)
    np.testing.assert_array_equal(head.weight, w0)
    np.testing.assert_array_equal(head.bias, b0)


def test_progress_bar_goes_to_stderr(capsys):
    H, W, b, y, _ = problem(29, 200, 4, 1)
    tldr.TokenHead(4).fit(H, y, epochs=2, batch_size=50, progress=True)
    err = capsys.readouterr().err
    assert "TokenHead.fit" in err and "8/8" in err


def test_save_load_round_trip(tmp_path):
    for k in (1, 3):
        head = tldr.TokenHead(10, k, seed=k)
        head.bias = np.arange(k, dtype=np.float32) + 0.1
        head.save(tmp_path / f"h{k}.npz")
        back = tldr.TokenHead.load(tmp_path / f"h{k}.npz")
        assert type(back) is tldr.TokenHead and back.outputs == k
        np.testing.assert_array_equal(back.weight, head.weight)
        np.testing.assert_array_equal(back.bias, head.bias)
    naive = tldr.NaiveRewardHead(6)
    naive.save(tmp_path / "n.npz")
    assert type(tldr.TokenHead.load(tmp_path / "n.npz")) is tldr.NaiveRewardHead


def test_load_rejects_malformed_files(tmp_path):
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a zip file at all")
    with pytest.raises(tldr.FileFormatError, match="bad.npz"):
        tldr.TokenHead.load(bad)
    other = tmp_path / "other.npz"
    np.savez(other, weight=np.zeros(3, np.float32))
    with pytest.raises(tldr.FileFormatError, match="other.npz"):
        tldr.TokenHead.load(other)
    wrong = tmp_path / "wrong.npz"
    head = tldr.TokenHead(4)
    head.save(wrong)
    with np.load(wrong) as z:
        d = dict(z)
    d["weight"] = np.zeros(5, np.float32)
    np.savez(wrong, **d)
    with pytest.raises(tldr.FileFormatError, match="inconsistent"):
        tldr.TokenHead.load(wrong)
    with pytest.raises(FileNotFoundError):
        tldr.TokenHead.load(tmp_path / "missing.npz")


def test_bad_input_gets_clear_errors_and_changes_nothing():
    head = tldr.TokenHead(6, seed=0)
    w0, b0 = head.weight.copy(), head.bias.copy()
    H = np.ones((4, 6), np.float32)
    y = np.array([1, 0, 1, 1])
    with pytest.raises(tldr.DTypeError, match="float32"):
        head.forward(H.astype(np.float64))
    with pytest.raises(tldr.DTypeError):
        head.loss_and_grad(H.astype(np.int32), y)
    with pytest.raises(tldr.DTypeError):
        head.forward([[1.0] * 6])  # a list is not an array of a supported dtype
    with pytest.raises(tldr.InvalidInputError, match=r"shape \(N, D\)"):
        head.forward(np.ones(6, np.float32))
    with pytest.raises(tldr.InvalidInputError, match=r"\(N, 6\)"):
        head.forward(np.ones((4, 5), np.float32))
    with pytest.raises(tldr.InvalidInputError, match="labels of shape"):
        head.loss_and_grad(H, y[:3])
    with pytest.raises(tldr.InvalidInputError, match="mask of shape"):
        head.loss_and_grad(H, y, mask=np.ones(5))
    with pytest.raises(tldr.InvalidInputError, match="0 or 1"):
        head.loss_and_grad(H, np.array([1, 2, 0, 1]))
    with pytest.raises(tldr.InvalidInputError, match="0 or 1"):
        head.loss_and_grad(H, np.array([1, 0.5, 0, 1]))
    with pytest.raises(tldr.InvalidInputError, match="0 or 1"):
        head.loss_and_grad(H, np.array([1, np.nan, 0, 1]))
    with pytest.raises(tldr.InvalidInputError, match="0 or 1"):
        head.loss_and_grad(H, y, mask=np.array([1, -1, 0, 1]))
    with pytest.raises(tldr.DTypeError):
        head.loss_and_grad(H, np.array(["a", "b", "c", "d"]))
    with pytest.raises(tldr.InvalidInputError, match="pos_weight"):
        head.loss_and_grad(H, y, pos_weight=[-1.0])
    Hn = H.copy()
    Hn[2, 3] = np.nan
    with pytest.raises(tldr.NonFiniteError, match="row 2"):
        head.loss_and_grad(Hn, y)
    Hn[2, 3] = np.inf
    with pytest.raises(tldr.NonFiniteError, match="row 2"):
        head.loss_and_grad(Hn, y)
    assert np.isnan(head.forward(np.where(np.isinf(Hn), np.nan, Hn))[2])  # documented propagation
    with pytest.raises(tldr.InvalidInputError):
        head.weight = np.zeros(5)
    with pytest.raises(tldr.NonFiniteError):
        head.weight = np.full(6, np.nan)
    with pytest.raises(tldr.InvalidInputError):
        tldr.TokenHead(0)
    with pytest.raises(tldr.InvalidInputError, match="schedule"):
        head.fit(H, y, schedule="exponential", progress=False)
    with pytest.raises(tldr.InvalidInputError, match="batch_size"):
        head.fit(H, y, batch_size=0, progress=False)
    with pytest.raises(tldr.InvalidInputError, match="num_threads"):
        head.forward(H, num_threads=-1)
    np.testing.assert_array_equal(head.weight, w0)
    np.testing.assert_array_equal(head.bias, b0)


def test_naive_head_uses_last_masked_token():
    rng = np.random.default_rng(31)
    H = rng.standard_normal((10, 5)).astype(np.float32)
    mask = np.array([0, 1, 1, 1, 0, 0, 1, 1, 1, 0])
    splits = np.array([0, 5, 10])
    y_tok = np.array([1, 1, 0, 1, 1, 1, 1, 1, 1, 0])  # response 0 has a bad token; row 9 is masked out
    naive = tldr.NaiveRewardHead(5, seed=2)
    token = tldr.TokenHead(5, seed=2)
    z = naive.forward(H, row_splits=splits, mask=mask)
    np.testing.assert_allclose(z, token.forward(H)[[3, 8]], rtol=1e-6)
    loss, g = naive.loss_and_grad(H, y_tok, mask=mask, row_splits=splits, need_input_grad=True)
    loss_r, dW_r, db_r, dH_r = R.head_loss_grad(H[[3, 8]], naive.weight, naive.bias, [0, 1])
    assert loss == pytest.approx(loss_r, rel=1e-6)
    np.testing.assert_allclose(g["weight"], dW_r, rtol=1e-5, atol=1e-7)
    assert g["input"].shape == (10, 5) and not g["input"][[0, 1, 2, 4, 5, 6, 7, 9]].any()
    # lengths and per-response labels give the same
    loss2, _ = naive.loss_and_grad(H, [0, 1], mask=mask, lengths=[5, 5])
    assert loss2 == loss
    assert naive.predict_proba(H, lengths=[5, 5], mask=mask).shape == (2,)
    with pytest.raises(tldr.InvalidInputError, match="no masked-in token"):
        naive.loss_and_grad(H, y_tok, mask=np.zeros(10), lengths=[5, 5])
    with pytest.raises(tldr.InvalidInputError, match="exactly one"):
        naive.loss_and_grad(H, y_tok)
    with pytest.raises(tldr.InvalidInputError, match="end at N"):
        naive.loss_and_grad(H, y_tok, row_splits=[0, 5, 9])
    hist = naive.fit(H, y_tok, mask, row_splits=splits, epochs=3, batch_size=1, progress=False)
    assert len(hist["loss"]) == 6


@settings(max_examples=40, deadline=None)
@given(
    n=st.integers(0, 40), d=st.integers(1, 40), k=st.integers(1, 10),
    dtype=st.sampled_from(DTYPES), seed=st.integers(0, 2**31),
)
def test_hypothesis_shapes(n, d, k, dtype, seed):
    H, W, b, y, m = problem(seed, n, d, k, dtype)
    head = head_with(W, b)
    loss, g = head.loss_and_grad(H, y, mask=m)
    loss_r, dW_r, db_r, _ = R.head_loss_grad(H, W, b, y, m)
    assert abs(loss - loss_r) <= 1e-5 * max(1.0, abs(loss_r))
    np.testing.assert_allclose(g["weight"], dW_r, rtol=1e-3, atol=1e-5)


@pytest.mark.skipif("libasan" in os.environ.get("LD_PRELOAD", ""),
                    reason="AddressSanitizer's quarantine holds freed memory")
def test_no_memory_growth_on_error_and_success_paths():
    """Repeated calls (failing and succeeding) do not leak: RSS stays flat."""
    code = textwrap.dedent(
        """
        import numpy as np, tldr
        from tldr import _core
        def rss():
            with open('/proc/self/statm') as f:
                return int(f.read().split()[1]) * 4096
        H = np.ones((64, 32), np.float32); Hn = H.copy(); Hn[5, 5] = np.nan
        W = np.ones(32, np.float32) * 0.1; b = np.zeros(1, np.float32); y = np.ones(64)
        def once():
            for bad in (dict(labels=np.full(64, 2.0)), dict(labels=y[:3]), dict(H=Hn), dict(H=H.astype(np.float64))):
                kw = dict(H=H, labels=y); kw.update(bad)
                try:
                    _core.head_loss_grad(kw['H'], W, b, kw['labels'], need_input_grad=True)
                except (ValueError, TypeError):
                    pass
            _core.head_loss_grad(H, W, b, y, np.ones(64), need_input_grad=True, return_logits=True)
            _core.head_forward(H, W, b); _core.head_backward(H, W, np.ones(64, np.float32), need_input_grad=True)
        for _ in range(2000): once()
        r0 = rss()
        for _ in range(20000): once()
        print(rss() - r0)
        """
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    assert int(r.stdout.strip()) < 4 * 2**20, f"RSS grew by {int(r.stdout)} bytes"
