"""The PyTorch bridge: C kernels on tensor memory agree with torch autograd, gradients
reach the hidden states, and the module trains."""

import numpy as np
import pytest

torch = pytest.importorskip("torch")
import tldr  # noqa: E402
import tldr.torch as tt  # noqa: E402


def data(seed, n=64, d=16, k=1, dtype=torch.float32):
    g = torch.Generator().manual_seed(seed)
    H = torch.randn(n, d, generator=g).to(dtype)
    W = (torch.randn(d, k, generator=g) / d**0.5)
    W = W[:, 0].contiguous() if k == 1 else W
    b = torch.randn(k, generator=g)
    y = torch.randint(0, 2, (n, k) if k > 1 else (n,), generator=g)
    m = torch.randint(0, 2, (n,), generator=g)
    return H, W, b, y, m


@pytest.mark.parametrize("k", [1, 3, 8])
@pytest.mark.parametrize("dtype", [torch.float32, torch.float16, torch.bfloat16])
def test_c_loss_matches_torch_ops(k, dtype):
    H, W, b, y, m = data(k, k=k, dtype=dtype)
    pw = torch.linspace(0.5, 2, k)
    grads = []
    for backend in ("c", "torch"):
        Hc = H.clone().requires_grad_(True)
        Wc = W.clone().requires_grad_(True)
        bc = b.clone().requires_grad_(True)
        loss = tt.token_head_loss(Hc, Wc, bc, y, m, pw, backend=backend)
        (2.5 * loss).backward()
        grads.append((loss.item(), Wc.grad, bc.grad, Hc.grad))
    (l1, w1, b1, h1), (l2, w2, b2, h2) = grads
    assert l1 == pytest.approx(l2, rel=1e-5)
    torch.testing.assert_close(w1, w2, rtol=1e-4, atol=1e-6)
    torch.testing.assert_close(b1, b2, rtol=1e-4, atol=1e-6)
    assert h1.dtype == dtype and h1.shape == H.shape
    tol = {torch.float32: 1e-5, torch.float16: 2e-3, torch.bfloat16: 1e-2}[dtype]
    torch.testing.assert_close(h1.float(), h2.float(), rtol=tol, atol=tol)


@pytest.mark.parametrize("k", [1, 4])
def test_c_logits_backward_matches_torch(k):
    H, W, b, _, _ = data(10 + k, n=50, d=12, k=k)
    out = []
    for backend in ("c", "torch"):
        Hc, Wc, bc = (t.clone().requires_grad_(True) for t in (H, W, b))
        z = tt.token_head_logits(Hc.reshape(5, 10, 12), Wc, bc, backend=backend)
        assert z.shape == ((5, 10) if k == 1 else (5, 10, k))
        (z.sin().sum()).backward()
        out.append((z.detach(), Wc.grad, bc.grad, Hc.grad))
    for a, c in zip(*out):
        torch.testing.assert_close(a, c, rtol=1e-4, atol=1e-5)


@pytest.mark.filterwarnings("ignore:Input #. requires gradient and is not a double")
def test_gradcheck_c_path_float32():
    """torch.autograd.gradcheck on the C path (float32, so with float32 tolerances)."""
    H, W, b, y, m = data(3, n=12, d=5, k=2)
    H, W, b = (t.clone().requires_grad_(True) for t in (H, W, b))
    f = lambda H_, W_, b_: tt.token_head_loss(H_, W_, b_, y, m, backend="c")  # noqa: E731
    assert torch.autograd.gradcheck(f, (H, W, b), eps=1e-2, atol=2e-3, rtol=2e-2, nondet_tol=0)
    g = lambda H_, W_, b_: tt.token_head_logits(H_, W_, b_, backend="c")  # noqa: E731
    assert torch.autograd.gradcheck(g, (H, W, b), eps=1e-2, atol=2e-3, rtol=2e-2)


def test_gradcheck_torch_path_float64():
    H, W, b, y, m = data(4, n=10, d=4, k=3)
    H, W, b = (t.double().requires_grad_(True) for t in (H, W, b))
    f = lambda H_, W_, b_: tt.token_head_loss(H_, W_, b_, y, m, torch.tensor([1.0, 2.0, 0.5]))  # noqa: E731
    assert torch.autograd.gradcheck(f, (H, W, b))


def test_zero_copy_views():
    H = torch.randn(8, 4)
    assert np.shares_memory(tt._np_view(H), H.numpy())
    Hb = torch.randn(8, 4).bfloat16()
    v = tt._np_view(Hb)
    assert v.dtype == np.uint16 and v.ctypes.data == Hb.data_ptr()


def test_module_trains_backbone_and_head():
    torch.manual_seed(0)
    n, d = 4000, 16
    X = torch.randn(n, 8)
    w_true = torch.randn(8)
    y = (X @ w_true > 0).long()
    backbone = torch.nn.Linear(8, d)
    head = tt.TokenHeadModule(d)
    opt = torch.optim.AdamW(list(backbone.parameters()) + list(head.parameters()), lr=2e-2)
    for _ in range(150):
        opt.zero_grad()
        loss = head.loss(backbone(X), y)
        loss.backward()
        assert backbone.weight.grad is not None and torch.isfinite(backbone.weight.grad).all()
        opt.step()
    with torch.no_grad():
        acc = ((head(backbone(X)) > 0).long() == y).float().mean().item()
    assert acc > 0.97
    h = head.to_head()
    assert isinstance(h, tldr.TokenHead)
    np.testing.assert_array_equal(h.weight, head.weight.detach().numpy())
    back = tt.TokenHeadModule.from_head(h)
    torch.testing.assert_close(back.weight, head.weight)


def test_bridge_errors():
    head = tt.TokenHeadModule(4)
    with pytest.raises(tldr.InvalidInputError, match=r"\(\.\.\., 4\)"):
        head(torch.randn(3, 5))
    with pytest.raises(tldr.InvalidInputError, match="0 or 1"):
        head.loss(torch.randn(3, 4), torch.tensor([0, 1, 2]))
    with pytest.raises(tldr.InvalidInputError, match="one per token"):
        head.loss(torch.randn(3, 4), torch.tensor([0, 1]))
    with pytest.raises(tldr.InvalidInputError, match="C backend"):
        tt.token_head_loss(torch.randn(3, 4).double(), head.weight, head.bias, torch.ones(3), backend="c")
    H = torch.randn(3, 4)
    H[1, 1] = float("nan")
    with pytest.raises(tldr.NonFiniteError):
        head.loss(H, torch.ones(3))


# ---------------------------------------------------------------- ignore index -100
def test_ignore_index_equals_mask_on_both_paths():
    """-100 labels leave their tokens out exactly as mask=0 does; the C path reads only the
    labelled rows and still gives a gradient for every row of H (zero where ignored)."""
    H, W, b, y, m = data(21, n=40, d=8)
    y100 = torch.where(m.bool(), y, torch.full_like(y, -100))
    out = []
    for backend in ("c", "torch"):
        for lab, mask in ((y100, None), (y, m), (y100.reshape(5, 8), m)):
            Hc, Wc, bc = (t.clone().requires_grad_(True) for t in (H, W, b))
            loss = tt.token_head_loss(Hc.reshape(5, 8, 8), Wc, bc, lab, mask, backend=backend)
            loss.backward()
            assert Hc.grad.shape == H.shape
            assert torch.all(Hc.grad[~m.bool()] == 0)
            out.append((loss.detach(), Wc.grad, bc.grad, Hc.grad))
    for o in out[1:]:
        for a, c in zip(out[0], o):
            torch.testing.assert_close(a, c, rtol=1e-5, atol=1e-6)


def test_ignore_index_all_ignored_gives_zero():
    H, W, b, _, _ = data(22, n=6, d=4)
    for backend in ("c", "torch"):
        Hc, Wc = H.clone().requires_grad_(True), W.clone().requires_grad_(True)
        loss = tt.token_head_loss(Hc, Wc, b, torch.full((6,), -100), backend=backend)
        loss.backward()
        assert loss.item() == 0.0
        assert torch.all(Wc.grad == 0) and torch.all(Hc.grad == 0)


def test_module_loss_accepts_minus_100_bfloat16_rows():
    head = tt.TokenHeadModule(16, seed=3)
    H = torch.randn(2, 7, 16).bfloat16().requires_grad_(True)
    lab = torch.tensor([[-100, -100, 1, 1, 0, -100, -100], [-100, 1, 1, 1, 1, 1, -100]])
    loss = head.loss(H, lab)
    loss.backward()
    assert H.grad.dtype == torch.bfloat16 and torch.all(H.grad[lab == -100] == 0)
    ref = tt.token_head_loss(H.detach().float(), head.weight.detach(), head.bias.detach(), lab, backend="torch")
    assert loss.item() == pytest.approx(ref.item(), rel=1e-5)


def test_ignore_index_errors():
    head = tt.TokenHeadModule(4)
    with pytest.raises(tldr.InvalidInputError, match=r"0 or 1 \(or -100 = no label\), got -1"):
        head.loss(torch.randn(3, 4), torch.tensor([0, -1, 1]))
    with pytest.raises(tldr.InvalidInputError, match="NaN"):
        head.loss(torch.randn(3, 4), torch.tensor([0.0, float("nan"), 1.0]))
    k3 = tt.TokenHeadModule(4, outputs=2)
    with pytest.raises(tldr.InvalidInputError, match="some outputs but not all"):
        k3.loss(torch.randn(2, 4), torch.tensor([[0, -100], [1, 1]]))
    # the ignore index can be switched off: then -100 is an error like any other value
    with pytest.raises(tldr.InvalidInputError, match="must be 0 or 1, got -100"):
        tt.token_head_loss(torch.randn(3, 4), head.weight, head.bias, torch.tensor([0, -100, 1]), ignore_index=None)


# ---------------------------------------------------------------- naive head
def naive_data(seed, B=4, T=9, d=6):
    g = torch.Generator().manual_seed(seed)
    H = torch.randn(B, T, d, generator=g)
    lab = torch.full((B, T), -100)
    starts = [2, 0, 4, 1]
    ends = [7, 9, 6, 5]
    for i in range(B):
        lab[i, starts[i]:ends[i]] = 1
    lab[0, 4] = 0  # response 0 is bad, response 2 has a bad last token
    lab[2, 5] = 0
    return H, lab, starts, ends


def test_naive_loss_matches_numpy_head_and_torch():
    H, lab, starts, ends = naive_data(0)
    m = tt.NaiveHeadModule(6, seed=1)
    res = []
    for backend in ("c", "torch"):
        m.backend = backend
        m.zero_grad()
        Hc = H.clone().requires_grad_(True)
        loss = m.loss(Hc, lab)
        loss.backward()
        res.append((loss.detach(), m.weight.grad.clone(), m.bias.grad.clone(), Hc.grad))
        # the gradient reaches H only at each response's last labelled token
        nz = torch.nonzero(Hc.grad.abs().sum(-1))
        assert nz.tolist() == [[i, ends[i] - 1] for i in range(4)]
    for a, c in zip(*res):
        torch.testing.assert_close(a, c, rtol=1e-5, atol=1e-6)
    # the NumPy baseline head: flat rows, one response per batch row, mask = labelled
    head = m.to_head()
    assert isinstance(head, tldr.NaiveRewardHead)
    flat_mask = (lab != -100).reshape(-1).numpy()
    loss_np, grads = head.loss_and_grad(H.reshape(-1, 6).numpy(), np.where(flat_mask, lab.reshape(-1).numpy(), 1),
                                        mask=flat_mask, lengths=[9] * 4)
    assert res[0][0].item() == pytest.approx(loss_np, rel=1e-5)
    np.testing.assert_allclose(res[0][1].numpy(), grads["weight"], rtol=1e-4, atol=1e-6)
    # response labels: 0, 1, 0, 1 -> logits at the last tokens
    z = m.response_logits(H, lab)
    torch.testing.assert_close(z, m(H)[torch.arange(4), torch.tensor(ends) - 1])


def test_naive_flat_row_splits_and_errors():
    H, lab, _, _ = naive_data(1)
    m = tt.NaiveHeadModule(6)
    a = m.loss(H, lab)
    b = m.loss(H.reshape(-1, 6), lab.reshape(-1), row_splits=[0, 9, 18, 27, 36])
    c = m.loss(H.reshape(-1, 6), lab.reshape(-1), lengths=[9, 9, 9, 9])
    assert a.item() == pytest.approx(b.item()) == pytest.approx(c.item())
    lab2 = lab.clone()
    lab2[3] = -100
    with pytest.raises(tldr.InvalidInputError, match="response 3 has no labelled token"):
        m.loss(H, lab2)
    with pytest.raises(tldr.InvalidInputError, match="row_splits or lengths"):
        m.loss(H.reshape(-1, 6), lab.reshape(-1))
    with pytest.raises(tldr.InvalidInputError, match="cover 30 tokens"):
        m.loss(H.reshape(-1, 6), lab.reshape(-1), lengths=[10, 10, 10])


def test_naive_module_trains():
    """The naive head learns a response label that depends on one token's features."""
    torch.manual_seed(0)
    B, T, d = 256, 6, 8
    X = torch.randn(B, T, d)
    bad = X[:, 2, 0] > 0.5  # a response is bad when token 2 carries the signal
    lab = torch.ones(B, T, dtype=torch.long)
    lab[bad, 2] = 0
    lab[:, 0] = -100
    lin = torch.nn.Linear(d, 16)

    def enc(x):  # a causal encoder: token t sees the sum of tokens <= t
        return (torch.cumsum(torch.relu(lin(x)), dim=1),)

    head = tt.NaiveHeadModule(16)
    opt = torch.optim.Adam(list(lin.parameters()) + list(head.parameters()), lr=3e-2)
    first = None
    for _ in range(150):
        opt.zero_grad()
        loss = head.loss(enc(X)[0], lab)
        first = first if first is not None else loss.item()
        loss.backward()
        opt.step()
    with torch.no_grad():
        acc = ((head.response_logits(enc(X)[0], lab) > 0) == ~bad).float().mean().item()
    # chance (always "good") is 0.69 here
    assert loss.item() < 0.5 * first and acc > 0.9
