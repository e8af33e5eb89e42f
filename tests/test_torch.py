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
