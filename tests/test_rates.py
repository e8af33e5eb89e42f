"""Hallucination rates and their correlation with benchmark scores."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tldr
from tldr.rates import t_two_sided_p

# PAPER.md, Table 3: token rate (%) and MMMU for 10 models.
PAPER_ROWS = [
    ("GPT-4o", 0.016, 0.23, 1.62, 69.1),
    ("Llama-3.2-90B-Vision", 0.017, 0.19, 1.23, 60.3),
    ("GPT-4o-mini", 0.030, 0.38, 2.12, 59.4),
    ("GPT-4-Turbo-Vision", 0.033, 0.62, 3.12, 56.8),
    ("Qwen2-VL-7B", 0.061, 0.48, 1.96, 54.1),
    ("Qwen2-VL-2B", 0.066, 0.72, 1.70, 41.1),
    ("MiniCPM-Llama-3-V2.5", 0.067, 0.81, 3.62, 45.8),
    ("Llama-3.2-11B-Vision", 0.073, 0.85, 1.88, 50.7),
    ("Phi-Vision-3.5-Instruct", 0.261, 2.65, 9.25, 43.0),
    ("PaliGemma-3B-Mix-448", 4.444, 5.96, 17.50, 27.3),
]


def test_rate_vs_benchmark_reproduces_paper():
    rates = np.array([r[1] for r in PAPER_ROWS])
    mmmu = np.array([r[4] for r in PAPER_ROWS])
    fit = tldr.rate_vs_benchmark(rates, mmmu, percent=True)
    assert fit.r == pytest.approx(0.904, abs=6e-4)
    assert fit.slope == pytest.approx(6.55, abs=0.01)
    assert fit.intercept == pytest.approx(3.71, abs=0.01)
    # p-value of the same order as the paper's 3.46e-4 (r = 0.902 from unrounded rates)
    assert 2e-4 < fit.p_value < 5e-4
    # fractions give the same fit
    fit2 = tldr.rate_vs_benchmark(rates / 100, mmmu)
    assert fit2.r == fit.r and fit2.slope == pytest.approx(fit.slope)
    assert fit.predict(rates[0] / 100) == pytest.approx(fit.slope * -math.log(rates[0] / 100) + fit.intercept)


def test_rate_vs_benchmark_matches_scipy():
    scipy_stats = pytest.importorskip("scipy.stats")
    rates = np.array([r[1] for r in PAPER_ROWS]) / 100
    mmmu = np.array([r[4] for r in PAPER_ROWS])
    fit = tldr.rate_vs_benchmark(rates, mmmu)
    ref = scipy_stats.pearsonr(-np.log(rates), mmmu)
    assert fit.r == pytest.approx(ref.statistic, rel=1e-12)
    assert fit.p_value == pytest.approx(ref.pvalue, rel=1e-9)
    lr = scipy_stats.linregress(-np.log(rates), mmmu)
    assert fit.slope == pytest.approx(lr.slope, rel=1e-12)
    assert fit.intercept == pytest.approx(lr.intercept, rel=1e-12)


@settings(max_examples=60, deadline=None)
@given(st.floats(-50, 50, allow_nan=False), st.integers(1, 200))
def test_t_tail_matches_scipy(t, df):
    scipy_stats = pytest.importorskip("scipy.stats")
    # abs: near p = 1 (|t| < 1e-8) SciPy itself is only good to ~1e-8 (see the closed forms)
    assert t_two_sided_p(t, df) == pytest.approx(2 * scipy_stats.t.sf(abs(t), df), rel=1e-9, abs=1e-8)


@settings(max_examples=200, deadline=None)
@given(st.floats(-1e6, 1e6, allow_nan=False))
def test_t_tail_closed_forms(t):
    # df = 1 (Cauchy) and df = 2 have closed forms
    assert t_two_sided_p(t, 1) == pytest.approx(1 - 2 / math.pi * math.atan(abs(t)), rel=1e-11, abs=1e-15)
    assert t_two_sided_p(t, 2) == pytest.approx(1 - abs(t) / math.sqrt(2 + t * t), rel=1e-10, abs=1e-15)


def test_rate_vs_benchmark_errors():
    with pytest.raises(tldr.InvalidInputError, match="at least 3"):
        tldr.rate_vs_benchmark([0.1, 0.2], [1, 2])
    # a model without a flagged token (rate 0) no longer fails: test_rate_vs_benchmark_zero_rate
    with pytest.raises(tldr.InvalidInputError, match=r"lie in \[0, 1\]"):
        tldr.rate_vs_benchmark([0.1, -0.1, 0.2], [1, 2, 3])
    with pytest.raises(tldr.InvalidInputError, match="every rate is 0"):
        tldr.rate_vs_benchmark([0.0, 0.0, 0.0], [1, 2, 3])
    with pytest.raises(tldr.InvalidInputError, match="one per model"):
        tldr.rate_vs_benchmark([0.1, 0.0, 0.2], [1, 2, 3], n_tokens=[10, 20])
    with pytest.raises(tldr.InvalidInputError, match="after dividing by 100"):
        tldr.rate_vs_benchmark([10, 20, 200], [1, 2, 3], percent=True)
    with pytest.raises(tldr.InvalidInputError, match="4 entries"):
        tldr.rate_vs_benchmark([0.1, 0.2, 0.3, 0.4], [1, 2, 3])
    with pytest.raises(tldr.InvalidInputError, match="all equal"):
        tldr.rate_vs_benchmark([0.1, 0.1, 0.1], [1, 2, 3])
    with pytest.raises(tldr.NonFiniteError):
        tldr.rate_vs_benchmark([0.1, 0.2, 0.3], [1, np.nan, 3])


def test_rate_vs_benchmark_zero_rate():
    """A model without a flagged token (an ordinary case for a strong model on a few
    captions) is floored at half a token, or without counts at half the smallest rate."""
    rates, mmmu = [0.02, 0.0, 0.05, 0.1], [50.0, 60.0, 40.0, 30.0]
    fit = tldr.rate_vs_benchmark(rates, mmmu, n_tokens=1000)
    assert fit.floored == (1,) and fit.x[1] == pytest.approx(-math.log(0.5 / 1000))
    want = tldr.rate_vs_benchmark([0.02, 0.0005, 0.05, 0.1], mmmu)
    assert fit.r == want.r and fit.slope == want.slope and want.floored == ()
    fit = tldr.rate_vs_benchmark(rates, mmmu, n_tokens=[100, 400, 100, 100])
    assert fit.x[1] == pytest.approx(-math.log(0.5 / 400))
    fit = tldr.rate_vs_benchmark(rates, mmmu)  # no counts: half the smallest nonzero rate
    assert fit.x[1] == pytest.approx(-math.log(0.01)) and fit.x[1] > fit.x.max() - 1e-12
    assert tldr.rate_vs_benchmark([2.0, 0.0, 5.0, 10.0], mmmu, percent=True, n_tokens=1000).x[1] == \
        pytest.approx(-math.log(0.5 / 1000))
    # the rates of hallucination_rates bring their own token counts
    p = [np.array([0.9, 0.2, 0.9, 0.9]), np.ones(8) * 0.9, np.array([0.1, 0.2, 0.9]), np.array([0.1, 0.1])]
    hr = [tldr.hallucination_rates(x, [0, len(x)]) for x in p]
    fit = tldr.rate_vs_benchmark(hr, mmmu)
    assert hr[1].token == 0 and fit.floored == (1,) and fit.x[1] == pytest.approx(-math.log(0.5 / 8))
    assert fit.x[0] == pytest.approx(-math.log(0.25))
    with pytest.raises(tldr.InvalidInputError, match="do not pass it too"):
        tldr.rate_vs_benchmark(hr, mmmu, n_tokens=8)


def test_hallucination_rates_by_hand():
    p = np.array([0.9, 0.2, 0.9, 0.9,   0.9, 0.9,   0.1, 0.1, 0.9, 0.9])
    rs = np.array([0, 4, 6, 10])
    sid = np.array([0, 0, 1, 1,  0, 0,  0, 1, 1, 2])
    r = tldr.hallucination_rates(p, rs, sid)
    assert r.token == pytest.approx(np.mean([1 / 4, 0, 2 / 4]))
    # sentences: (0.9 0.2) bad, (0.9 0.9) ok, (0.9 0.9) ok, (0.1) bad, (0.1 0.9) bad, (0.9) ok
    assert r.n_sentences == 6 and r.sentence == pytest.approx(3 / 6)
    assert r.response == pytest.approx(2 / 3)
    assert r.n_responses == 3 and r.n_tokens == 10
    r2 = tldr.hallucination_rates(p, rs)
    assert math.isnan(r2.sentence) and r2.token == r.token
    # higher threshold, more flags
    assert tldr.hallucination_rates(p, rs, sid, threshold=0.95).response == 1.0


def test_hallucination_rates_empty_and_errors():
    p = np.array([0.9, 0.2])
    with pytest.raises(tldr.InvalidInputError, match="has no tokens"):
        tldr.hallucination_rates(p, [0, 0, 2])
    r = tldr.hallucination_rates(p, [0, 0, 2], [0, 0], empty="skip")
    assert r.n_responses == 1 and r.token == 0.5 and r.sentence == 1.0
    with pytest.raises(tldr.InvalidInputError, match=r"shape \(N,\)"):
        tldr.hallucination_rates(p, [0, 2], [0])
    with pytest.raises(tldr.NonFiniteError):
        tldr.hallucination_rates([np.nan], [0, 1])
    with pytest.raises(tldr.InvalidInputError, match=r"in \[0, 1\]"):
        tldr.hallucination_rates(p, [0, 2], threshold=-0.1)


@pytest.mark.parametrize("t", [0.0, 5.960464477539063e-08, 1e-12, 1e-3, 0.5, 3.0, 12.0, 40.0])
@pytest.mark.parametrize("df", [1, 2, 5, 8, 30, 1000])
def test_t_tail_edges_match_scipy(t, df):
    scipy_stats = pytest.importorskip("scipy.stats")
    assert t_two_sided_p(t, df) == pytest.approx(2 * scipy_stats.t.sf(abs(t), df), rel=1e-9, abs=1e-300)
    assert t_two_sided_p(-t, df) == t_two_sided_p(t, df)
