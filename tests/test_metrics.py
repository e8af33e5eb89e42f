"""tldr.metrics: vectorised metrics equal plain per-response loops and scikit-learn."""

import math
import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tldr
from tldr import metrics as M


# ----------------------------------------------------------------- slow references
def ref_rows(rs):
    return [(int(rs[i]), int(rs[i + 1])) for i in range(len(rs) - 1)]


def ref_token_acc(p, y, rs, t, skip=False):
    accs = []
    for a, b in ref_rows(rs):
        if a == b:
            assert skip
            continue
        accs.append(np.mean([(p[i] >= t) == bool(y[i]) for i in range(a, b)]))
    return float(np.mean(accs))


def ref_sentence_acc(p, y, rs, sid, t):
    accs = []
    for a, b in ref_rows(rs):
        groups = {}
        for i in range(a, b):
            groups.setdefault(int(sid[i]), []).append(i)
        right = [any(not y[i] for i in g) == any(p[i] < t for i in g) for g in groups.values()]
        accs.append(np.mean(right))
    return float(np.mean(accs))


def ref_response_acc(p, y, rs, t, agg="veto", k=1, rt=None):
    rt = t if rt is None else rt
    right = []
    for a, b in ref_rows(rs):
        pp, yy = p[a:b], y[a:b]
        truth_good = all(yy)
        nbad = sum(1 for v in pp if v < t)
        if agg == "veto":
            pred = nbad == 0
        elif agg == "count":
            pred = nbad < k
        elif agg == "min":
            pred = min(pp) >= rt
        else:
            pred = math.exp(sum(math.log(max(v, 1e-12)) for v in pp) / len(pp)) >= rt
        right.append(pred == truth_good)
    return float(np.mean(right))


@st.composite
def ragged(draw, min_rows=1, max_rows=8, max_len=12, allow_empty=False):
    lens = draw(st.lists(st.integers(0 if allow_empty else 1, max_len), min_size=min_rows,
                         max_size=max_rows))
    rs = np.concatenate([[0], np.cumsum(lens)]).astype(np.int64)
    n = int(rs[-1])
    # Probabilities on a coarse grid so ties and exact-threshold values happen.
    p = np.array(draw(st.lists(st.sampled_from([0.0, 0.1, 0.3, 0.5, 0.7, 0.9, 1.0]),
                               min_size=n, max_size=n)))
    y = np.array(draw(st.lists(st.integers(0, 1), min_size=n, max_size=n)), dtype=np.int8)
    sid = np.array(draw(st.lists(st.integers(0, 1), min_size=n, max_size=n)), dtype=np.int64)
    # make sentence ids non-decreasing per row
    for a, b in ref_rows(rs):
        sid[a:b] = np.cumsum(sid[a:b])
    return p, y, rs, sid


# ----------------------------------------------------------------- accuracy
def test_token_accuracy_small():
    assert M.token_accuracy([0.9, 0.2, 0.8, 0.7], [1, 0, 1, 0], [0, 2, 4]) == 0.75
    # mean over responses, not over tokens
    assert M.token_accuracy([0.9, 0.9, 0.9, 0.9], [1, 0, 0, 0], [0, 1, 4]) == pytest.approx(0.5)
    per = M.token_accuracy([0.9, 0.9, 0.9, 0.9], [1, 0, 0, 0], [0, 1, 4], per_response=True)
    np.testing.assert_allclose(per, [1.0, 0.0])


def test_threshold_is_inclusive_for_good():
    # prob == threshold counts as good
    assert M.token_accuracy([0.5], [1], [0, 1]) == 1.0
    assert M.token_accuracy([0.5], [0], [0, 1]) == 0.0
    assert M.token_accuracy([0.5], [0], [0, 1], threshold=0.6) == 1.0


@settings(max_examples=150, deadline=None)
@given(ragged(), st.sampled_from([0.0, 0.3, 0.5, 0.55, 1.0]))
def test_accuracies_equal_reference(data, t):
    p, y, rs, sid = data
    assert M.token_accuracy(p, y, rs, t) == pytest.approx(ref_token_acc(p, y, rs, t), abs=1e-12)
    assert M.sentence_accuracy(p, y, rs, sid, t) == pytest.approx(ref_sentence_acc(p, y, rs, sid, t), abs=1e-12)
    for agg in M.AGGREGATES:
        for k in (1, 2):
            assert M.response_accuracy(p, y, rs, t, agg, k=k) == pytest.approx(
                ref_response_acc(p, y, rs, t, agg, k), abs=1e-12), (agg, k)


@settings(max_examples=80, deadline=None)
@given(ragged(allow_empty=True))
def test_empty_skip_equals_dropping_rows(data):
    p, y, rs, sid = data
    lens = np.diff(rs)
    if not np.any(lens > 0):
        with pytest.raises(tldr.InvalidInputError):
            M.token_accuracy(p, y, rs, empty="skip")
        return
    keep_rs = np.concatenate([[0], np.cumsum(lens[lens > 0])])
    assert M.token_accuracy(p, y, rs, empty="skip") == M.token_accuracy(p, y, keep_rs)
    assert M.sentence_accuracy(p, y, rs, sid, empty="skip") == M.sentence_accuracy(p, y, keep_rs, sid)
    assert M.response_accuracy(p, y, rs, empty="skip") == M.response_accuracy(p, y, keep_rs)
    if np.any(lens == 0):
        with pytest.raises(tldr.InvalidInputError, match="has no tokens"):
            M.token_accuracy(p, y, rs)


def test_min_aggregate_equals_veto_at_same_threshold():
    rng = np.random.default_rng(1)
    p = rng.random(500)
    y = rng.random(500) < 0.9
    rs = np.array([0, 3, 50, 120, 300, 301, 500])
    for t in (0.1, 0.5, 0.9):
        assert M.response_accuracy(p, y, rs, t, "min") == M.response_accuracy(p, y, rs, t, "veto")
        assert M.response_accuracy(p, y, rs, t, "count", k=1) == M.response_accuracy(p, y, rs, t, "veto")


def test_response_scores_values():
    p = np.array([0.9, 0.4, 0.8, 1.0, 0.2, 0.3])
    rs = [0, 3, 6]
    np.testing.assert_array_equal(M.response_scores(p, rs, "veto"), [0.0, 0.0])
    np.testing.assert_array_equal(M.response_scores(p, rs, "count", k=2), [1.0, 0.0])
    np.testing.assert_allclose(M.response_scores(p, rs, "min"), [0.4, 0.2])
    np.testing.assert_allclose(M.response_scores(p, rs, "mean_log"),
                               [(0.9 * 0.4 * 0.8) ** (1 / 3), (1.0 * 0.2 * 0.3) ** (1 / 3)])
    # a zero probability does not give -inf / NaN
    assert np.isfinite(M.response_scores([0.0, 1.0], [0, 2], "mean_log")).all()


def test_response_threshold_changes_min_decision():
    p = [0.9, 0.4, 0.95, 0.97]
    y = [1, 1, 1, 1]
    rs = [0, 2, 4]
    assert M.response_accuracy(p, y, rs, 0.5, "min") == 0.5
    assert M.response_accuracy(p, y, rs, 0.5, "min", response_threshold=0.3) == 1.0


# ----------------------------------------------------------------- sentence ids
class WordTok:
    """Stand-in tokenizer honouring the tldr.Tokenizer contract: GPT-2-like pieces where a
    word carries its leading space, punctuation is its own token."""

    PAT = re.compile(r" ?\w+| ?[^\w\s]|\s+")

    def __init__(self):
        self.vocab = {}
        self.inv = []

    def _id(self, piece):
        if piece not in self.vocab:
            self.vocab[piece] = len(self.inv)
            self.inv.append(piece)
        return self.vocab[piece]

    def encode(self, text):
        ms = list(self.PAT.finditer(text))
        ids = np.array([self._id(m.group()) for m in ms], dtype=np.int32)
        offs = np.array([m.span() for m in ms], dtype=np.int64).reshape(-1, 2)
        return type("Encoding", (), {"ids": ids, "offsets": offs})()

    def encode_batch(self, texts):
        encs = [self.encode(t) for t in texts]
        rs = np.concatenate([[0], np.cumsum([len(e.ids) for e in encs])]).astype(np.int64)
        ids = np.concatenate([e.ids for e in encs]) if encs else np.zeros(0, np.int32)
        offs = np.concatenate([e.offsets for e in encs]) if encs else np.zeros((0, 2), np.int64)
        return type("Batch", (), {"ids": ids, "offsets": offs, "row_splits": rs})()

    def id_to_token(self, i):
        return self.inv[i]

    def decode(self, ids):
        return "".join(self.inv[i] for i in ids)


def test_sentence_ids_single_text_and_tokenizer_agree():
    tok = WordTok()
    text = "A dog runs. It has 3.5 legs. The end."
    enc = tok.encode(text)
    a = M.sentence_ids(enc, tok)
    b = M.sentence_ids(enc, texts=text)
    np.testing.assert_array_equal(a, b)
    pieces = [tok.id_to_token(i) for i in enc.ids]
    # the period belongs to its sentence; "3.5" does not split
    got = {}
    for piece, s in zip(pieces, a.tolist()):
        got.setdefault(s, []).append(piece)
    assert ["".join(v) for _, v in sorted(got.items())] == ["A dog runs.", " It has 3.5 legs.", " The end."]


def test_sentence_ids_batch_restart_per_response_and_terminators():
    tok = WordTok()
    texts = ["One. Two! Three?", "", "No end here", "Done."]
    b = tok.encode_batch(texts)
    sid = M.sentence_ids(b, tok)
    rs = b.row_splits
    assert sid[rs[0]] == 0 and sid[rs[2]] == 0 and sid[rs[3]] == 0
    assert sid[rs[0]:rs[1]].max() == 1  # only "." splits by default
    sid3 = M.sentence_ids(b, tok, terminators=".!?")
    assert sid3[rs[0]:rs[1]].max() == 2
    np.testing.assert_array_equal(sid3, M.sentence_ids(b, texts=texts, terminators=".!?"))
    assert np.all(sid[rs[2]:rs[3]] == 0)


def test_sentence_ids_only_id_to_token():
    class PieceOnly:
        def __init__(self, inner):
            self.inner = inner

        def id_to_token(self, i):
            return self.inner.id_to_token(i).replace(" ", "\u0120")

    tok = WordTok()
    enc = tok.encode("Red car. Blue sky.")
    np.testing.assert_array_equal(M.sentence_ids(enc, PieceOnly(tok)), M.sentence_ids(enc, tok))


def test_sentence_ids_plain_ids_and_errors():
    tok = WordTok()
    enc = tok.encode("a. b")
    np.testing.assert_array_equal(M.sentence_ids(enc.ids, tok), [0, 0, 1])
    with pytest.raises(tldr.InvalidInputError, match="texts= .*or a tokenizer"):
        M.sentence_ids(enc)
    with pytest.raises(tldr.InvalidInputError, match="single characters"):
        M.sentence_ids(enc, tok, terminators=("..",))
    with pytest.raises(tldr.InvalidInputError, match="offsets must satisfy"):
        M.sentence_ids(enc, texts="a.")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="ab .!?\n3", max_size=30), min_size=1, max_size=5))
def test_sentence_ids_text_vs_tokenizer_random(texts):
    tok = WordTok()
    b = tok.encode_batch(texts)
    np.testing.assert_array_equal(M.sentence_ids(b, tok, terminators=".!?"),
                                  M.sentence_ids(b, texts=texts, terminators=".!?"))


# ----------------------------------------------------------------- ranking metrics
@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([0.0, 0.2, 0.5, 0.50000001, 0.8, 1.0]),
                          st.integers(0, 1)), min_size=1, max_size=60))
def test_average_precision_equals_sklearn_with_ties(pairs):
    from sklearn.metrics import average_precision_score

    p = np.array([a for a, _ in pairs])
    y = np.array([b for _, b in pairs])
    if (y == 0).any():
        assert M.average_precision(p, y, "bad") == pytest.approx(
            average_precision_score(1 - y, -p), rel=1e-12, abs=1e-15)
    if (y == 1).any():
        assert M.average_precision(p, y, "good") == pytest.approx(
            average_precision_score(y, p), rel=1e-12, abs=1e-15)


def test_average_precision_large_random_and_flip():
    from sklearn.metrics import average_precision_score

    rng = np.random.default_rng(7)
    n = 200_000
    y = rng.random(n) < 0.95
    p = np.clip(np.where(y, rng.beta(5, 1, n), rng.beta(1, 3, n)), 0, 1).astype(np.float32)
    assert M.average_precision(p, y) == pytest.approx(average_precision_score(~y, 1 - p.astype(np.float64)), rel=1e-10)
    assert M.average_precision(p, y, "good") == pytest.approx(average_precision_score(y, p), rel=1e-10)


def test_average_precision_errors():
    with pytest.raises(tldr.InvalidInputError, match="no bad token"):
        M.average_precision([0.1, 0.2], [1, 1])
    with pytest.raises(tldr.InvalidInputError, match="positive"):
        M.average_precision([0.1], [0], positive="neg")
    with pytest.raises(tldr.NonFiniteError):
        M.average_precision([0.1, np.nan], [0, 1])


def test_precision_recall_f1_matches_sklearn():
    from sklearn.metrics import precision_recall_fscore_support

    rng = np.random.default_rng(3)
    p = rng.random(1000)
    y = rng.random(1000) < 0.7
    r = M.precision_recall_f1(p, y, 0.4)
    pr, rc, f1, _ = precision_recall_fscore_support(~y, p < 0.4, average="binary", zero_division=0)
    assert (r.precision, r.recall, r.f1) == pytest.approx((pr, rc, f1), abs=1e-12)
    assert r.tp + r.fn == np.count_nonzero(~y)
    z = M.precision_recall_f1([0.9, 0.9], [1, 1])
    assert (z.precision, z.recall, z.f1) == (0.0, 0.0, 0.0)


# ----------------------------------------------------------------- tables
def test_paper_row_and_summary_and_categories():
    rng = np.random.default_rng(5)
    lens = rng.integers(5, 40, 60)
    rs = np.concatenate([[0], np.cumsum(lens)])
    n = rs[-1]
    y = rng.random(n) < 0.93
    p = np.clip(np.where(y, 0.8, 0.3) + rng.normal(0, 0.25, n), 0, 1)
    sid = np.concatenate([np.arange(k) // 7 for k in lens])
    row = M.paper_row(p, y, rs, sid)
    assert row.A_T == pytest.approx(ref_token_acc(p, y, rs, 0.5))
    assert row.A_S == pytest.approx(ref_sentence_acc(p, y, rs, sid, 0.5))
    assert row.A_R == pytest.approx(ref_response_acc(p, y, rs, 0.5))
    assert row.mAP_neg == M.average_precision(p, y, "bad")
    assert row.n_responses == 60 and row.n_tokens == n
    s = str(row)
    assert s.startswith("A_T ") and "mAP(neg|pos)" in s and f"{100 * row.A_R:.1f}" in s
    assert math.isnan(M.paper_row(p, y, rs).A_S)

    cats = np.array(["spatial", "counting", "ocr"])[rng.integers(0, 3, 60)]
    bc = M.by_category(p, y, rs, cats, sid)
    assert set(bc) == {"spatial", "counting", "ocr", "all"}
    for c in ("spatial", "counting", "ocr"):
        keep = cats == c
        tok = np.repeat(keep, lens)
        rs_c = np.concatenate([[0], np.cumsum(lens[keep])])
        assert bc[c]["A_R"] == pytest.approx(ref_response_acc(p[tok], y[tok], rs_c, 0.5))
        assert bc[c]["n_responses"] == keep.sum()
    assert bc["all"]["A_T"] == row.A_T
    with pytest.raises(tldr.InvalidInputError, match="categories"):
        M.by_category(p, y, rs, cats[:-1])


def test_by_category_nan_ap_when_no_bad_token():
    p = [0.9, 0.8, 0.1, 0.9]
    y = [1, 1, 0, 1]
    bc = M.by_category(p, y, [0, 2, 4], ["a", "b"])
    assert math.isnan(bc["a"]["mAP_neg"]) and bc["b"]["mAP_neg"] == 1.0


# ----------------------------------------------------------------- calibration
def test_temperature_recovers_known_scale():
    rng = np.random.default_rng(11)
    z = rng.normal(0, 3, 200_000)
    y = rng.random(z.shape[0]) < 1 / (1 + np.exp(-z))
    # the model is over-confident by a factor 2.5 in logit space
    p = 1 / (1 + np.exp(-2.5 * z))
    T = M.fit_temperature(p, y)
    assert T == pytest.approx(2.5, rel=0.03)
    ece_before = M.expected_calibration_error(p, y)
    ece_after = M.expected_calibration_error(M.apply_temperature(p, T), y)
    assert ece_after < ece_before / 3
    assert M.fit_temperature(2.5 * z, y, from_logits=True) == pytest.approx(T, rel=1e-6)


def test_temperature_matches_scalar_search():
    rng = np.random.default_rng(2)
    z = rng.normal(0, 2, 3000)
    y = rng.random(3000) < 1 / (1 + np.exp(-0.7 * z))
    T = M.fit_temperature(z, y, from_logits=True)

    def nll(t):
        zz = z / t
        return np.mean(np.maximum(zz, 0) - zz * y + np.log1p(np.exp(-np.abs(zz))))

    grid = np.exp(np.linspace(np.log(0.05), np.log(20), 4001))
    best = grid[np.argmin([nll(t) for t in grid])]
    assert T == pytest.approx(best, rel=3e-3)
    assert nll(T) <= nll(best) + 1e-12


def test_temperature_bounds_when_uninformative():
    # all tokens good and all logits positive: sharper is always better -> low bound
    assert M.fit_temperature([0.6, 0.7, 0.9], [1, 1, 1]) == 0.01
    with pytest.raises(tldr.InvalidInputError, match="bounds"):
        M.fit_temperature([0.6], [1], bounds=(2, 1))


def test_reliability_and_ece_by_hand():
    p = np.array([0.05, 0.15, 0.15, 0.95, 1.0])
    y = np.array([0, 1, 0, 1, 1])
    d = M.reliability_data(p, y, n_bins=10)
    assert d.counts.tolist() == [1, 2, 0, 0, 0, 0, 0, 0, 0, 2]
    assert d.accuracy[1] == 0.5 and d.confidence[1] == pytest.approx(0.15)
    assert math.isnan(d.accuracy[5])
    ece = (abs(0 - 0.05) + 2 * abs(0.5 - 0.15) + 2 * abs(1 - 0.975)) / 5
    assert d.ece == pytest.approx(ece)
    assert M.expected_calibration_error(p, y, 10) == pytest.approx(ece)


def test_threshold_for_targets():
    rng = np.random.default_rng(4)
    y = rng.random(5000) < 0.8
    p = np.clip(np.where(y, 0.75, 0.35) + rng.normal(0, 0.2, 5000), 0, 1)
    c = M.threshold_for(p, y, recall=0.8)
    prf = M.precision_recall_f1(p, y, c.threshold)
    assert prf.recall >= 0.8 and prf.recall == pytest.approx(c.recall)
    assert prf.precision == pytest.approx(c.precision)
    # one step lower misses the target
    lower = np.max(p[p < c.threshold]) if np.any(p < c.threshold) else 0.0
    assert M.precision_recall_f1(p, y, lower).recall < 0.8
    c2 = M.threshold_for(p, y, precision=0.9)
    prf2 = M.precision_recall_f1(p, y, c2.threshold)
    assert prf2.precision >= 0.9 and prf2.recall == pytest.approx(c2.recall)
    # no threshold with better recall keeps precision >= 0.9
    for th in np.unique(p)[np.unique(p) < 1]:
        q = M.precision_recall_f1(p, y, np.nextafter(th, 1))
        assert not (q.precision >= 0.9 and q.recall > c2.recall)
    with pytest.raises(tldr.InvalidInputError, match="exactly one"):
        M.threshold_for(p, y)
    with pytest.raises(tldr.InvalidInputError, match="precision >= 1.0"):
        M.threshold_for([0.1, 0.1], [0, 1], precision=1.0)


# ----------------------------------------------------------------- bad input
@pytest.mark.parametrize("fn", ["token", "sentence", "response"])
def test_bad_input_messages(fn):
    def call(p, y, rs, t=0.5, sid=None):
        if fn == "token":
            return M.token_accuracy(p, y, rs, t)
        if fn == "sentence":
            return M.sentence_accuracy(p, y, rs, np.zeros(len(p), np.int64) if sid is None else sid, t)
        return M.response_accuracy(p, y, rs, t)

    with pytest.raises(tldr.InvalidInputError, match="labels has 2 entries but probs has 3"):
        call([0.1, 0.2, 0.3], [1, 0], [0, 3])
    with pytest.raises(tldr.InvalidInputError, match="end at the number of tokens N = 3"):
        call([0.1, 0.2, 0.3], [1, 0, 1], [0, 2])
    with pytest.raises(tldr.InvalidInputError, match="non-decreasing"):
        call([0.1, 0.2, 0.3], [1, 0, 1], [0, 2, 1, 3])
    with pytest.raises(tldr.InvalidInputError, match="start at 0"):
        call([0.1, 0.2, 0.3], [1, 0, 1], [1, 3])
    with pytest.raises(tldr.NonFiniteError, match="finite"):
        call([0.1, np.nan, 0.3], [1, 0, 1], [0, 3])
    with pytest.raises(tldr.InvalidInputError, match=r"in \[0, 1\]"):
        call([0.1, 0.2, 0.3], [1, 0, 1], [0, 3], 1.5)
    with pytest.raises(tldr.InvalidInputError, match=r"in \[0, 1\]"):
        call([0.1, 0.2, 0.3], [1, 0, 1], [0, 3], float("nan"))
    with pytest.raises(tldr.InvalidInputError, match=r"lie in \[0, 1\]"):
        call([0.1, 1.2, 0.3], [1, 0, 1], [0, 3])
    with pytest.raises(tldr.InvalidInputError, match="0 \\(bad\\) or 1"):
        call([0.1, 0.2, 0.3], [1, 2, 1], [0, 3])
    with pytest.raises(tldr.InvalidInputError, match="has no tokens"):
        call([0.1, 0.2, 0.3], [1, 0, 1], [0, 0, 3])
    with pytest.raises(tldr.InvalidInputError, match="R = 0"):
        call([], [], [0])
    with pytest.raises(tldr.DTypeError):
        call([0.1, 0.2, 0.3], [1, 0, 1], [0.0, 3.0])
    with pytest.raises(ValueError):  # InvalidInputError is a ValueError
        call([0.1, 0.2, 0.3], [1, 0, 1], [0, 4])


def test_bad_sentence_ids_and_aggregate():
    with pytest.raises(tldr.InvalidInputError, match="non-decreasing inside each response"):
        M.sentence_accuracy([0.1, 0.2, 0.3], [1, 0, 1], [0, 3], [0, 1, 0])
    # a decrease at a response boundary is fine
    M.sentence_accuracy([0.1, 0.2, 0.3], [1, 0, 1], [0, 2, 3], [0, 1, 0])
    with pytest.raises(tldr.InvalidInputError, match=r"shape \(N,\)"):
        M.sentence_accuracy([0.1, 0.2, 0.3], [1, 0, 1], [0, 3], [0, 1])
    with pytest.raises(tldr.InvalidInputError, match="aggregate must be one of"):
        M.response_accuracy([0.1], [1], [0, 1], aggregate="mean")
    with pytest.raises(tldr.InvalidInputError, match="k must be"):
        M.response_accuracy([0.1], [1], [0, 1], aggregate="count", k=0)
    with pytest.raises(tldr.InvalidInputError, match="empty must be one of"):
        M.token_accuracy([0.1], [1], [0, 1], empty="ignore")


def test_inputs_not_modified():
    rng = np.random.default_rng(0)
    p = rng.random(100).astype(np.float32)
    y = (rng.random(100) < 0.8).astype(np.int64)
    rs = np.array([0, 40, 100])
    copies = p.copy(), y.copy(), rs.copy()
    M.paper_row(p, y, rs, np.zeros(100, np.int64))
    M.fit_temperature(p, y)
    M.threshold_for(p, y, recall=0.5)
    for a, b in zip((p, y, rs), copies):
        np.testing.assert_array_equal(a, b)


def test_sentence_ids_whitespace_tokens_stay_with_their_sentence():
    tok = WordTok()
    texts = ["A cat. ", "One.\n\nTwo. ", "  Lead. x"]
    b = tok.encode_batch(texts)
    for sid in (M.sentence_ids(b, tok), M.sentence_ids(b, texts=texts)):
        rs = b.row_splits
        assert sid[rs[0]:rs[1]].tolist() == [0, 0, 0, 0]       # "A", " cat", ".", " "
        assert sid[rs[1]:rs[2]].tolist() == [0, 0, 0, 1, 1, 1]  # "One", ".", "\n\n", "Two", ".", " "
        assert sid[rs[2]:rs[3]].tolist() == [0, 0, 0, 1]        # "  ", "Lead", ".", " x"


@settings(max_examples=80, deadline=None)
@given(st.lists(st.text(alphabet="ab .\n", max_size=25), min_size=1, max_size=6))
def test_sentence_ids_shape_properties(texts):
    tok = WordTok()
    b = tok.encode_batch(texts)
    sid = M.sentence_ids(b, texts=texts)
    rs = b.row_splits
    for i, t in enumerate(texts):
        s = sid[rs[i]:rs[i + 1]]
        if s.size:
            assert s[0] == 0 and np.all(np.diff(s) >= 0) and np.all(np.diff(s) <= 1)
            # as many sentences as visible sentence spans of the text
            from tldr.correct import sentence_spans
            assert s[-1] + 1 == max(1, len(sentence_spans(t)))


def test_paper_row_float32_equals_float64():
    rng = np.random.default_rng(9)
    p = rng.random(5000).astype(np.float32)
    p[::7] = 0.5
    y = rng.random(5000) < 0.9
    rs = np.array([0, 1000, 2500, 5000])
    a = M.paper_row(p, y, rs)
    b = M.paper_row(p.astype(np.float64), y, rs)
    assert a.mAP_neg == pytest.approx(b.mAP_neg, rel=1e-13) and a.mAP_pos == pytest.approx(b.mAP_pos, rel=1e-13)
    assert (a.A_T, a.A_R) == (b.A_T, b.A_R)


def test_sentence_ids_with_the_real_tokenizer_when_merged():
    """Runs once tldr.Tokenizer (issue 3) is merged: both ways of splitting agree on GPT-2."""
    Tok = getattr(tldr, "Tokenizer", None)
    if Tok is None or not hasattr(Tok, "gpt2"):
        pytest.skip("tldr.Tokenizer (issue 3) not merged in this tree")
    tok = Tok.gpt2()
    texts = ["Two ducks swim. The pond is 3.5 m deep.", "A cat. ", "No end", "Hello world.\nNext line. Ok"]
    b = tok.encode_batch(texts)
    a = M.sentence_ids(b, tok)
    np.testing.assert_array_equal(a, M.sentence_ids(b, texts=texts))
    rs = np.asarray(b.row_splits)
    assert [int(a[rs[i + 1] - 1]) for i in range(4)] == [1, 0, 0, 2]
    e = tok.encode(texts[0])
    np.testing.assert_array_equal(M.sentence_ids(e, tok), a[rs[0]:rs[1]])


def test_reliability_quantile_bins():
    rng = np.random.default_rng(8)
    p = rng.beta(5, 1, 10_000)
    y = rng.random(10_000) < p
    d = M.reliability_data(p, y, 10, strategy="quantile")
    assert d.edges[0] == 0.0 and d.edges[-1] == 1.0 and np.all(np.diff(d.edges) >= 0)
    assert d.counts.sum() == 10_000 and d.counts.min() >= 990 and d.counts.max() <= 1010
    # ECE by hand from the bins
    idx = np.minimum(np.searchsorted(d.edges[1:-1], p, side="right"), 9)
    ece = sum(abs(y[idx == b].mean() - p[idx == b].mean()) * np.mean(idx == b) for b in range(10))
    assert d.ece == pytest.approx(ece, rel=1e-12)
    assert M.expected_calibration_error(p, y, 10, strategy="quantile") == d.ece
    # repeated probabilities: empty bins are NaN, counts still add up
    q = np.repeat([0.2, 0.9], 50)
    dq = M.reliability_data(q, np.ones(100, bool), 4, strategy="quantile")
    assert dq.counts.sum() == 100 and np.isnan(dq.accuracy[dq.counts == 0]).all()
    with pytest.raises(tldr.InvalidInputError, match="strategy"):
        M.reliability_data(p, y, strategy="kmeans")
    with pytest.raises(tldr.InvalidInputError, match="n_bins"):
        M.reliability_data(p, y, 0)


# ----------------------------------------------------------------- the one sentence-end rule
def regex_sentence_spans(text, terminators):
    """The rule written as a regular expression (a terminator followed by whitespace or
    the end), trimmed: an independent statement of what sentence_spans returns."""
    cuts = [m.end() for m in re.finditer("[" + re.escape(terminators) + r"](?=\s|\Z)", text)]
    out, a = [], 0
    for b in cuts + [len(text)]:
        piece = text[a:b]
        s = a + len(piece) - len(piece.lstrip())
        e = a + len(piece.rstrip())
        if e > s:
            out.append((s, e))
        a = b
    return out


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="ab .!?\n\t\u3000\u00a03", max_size=40), st.sampled_from([".", ".!?", "!"]))
def test_sentence_spans_equal_the_rule_as_a_regex(text, terms):
    from tldr.evaluate.sentences import sentence_spans

    assert sentence_spans(text, terms) == regex_sentence_spans(text, terms)


class TrailingSpaceTok(WordTok):
    """Pieces carry their trailing space ("end. " is one token), as word-level vocabularies do."""

    PAT = re.compile(r"\w+\s*|[^\w\s]+\s*|\s+")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="ab .!?\n3", max_size=30), min_size=1, max_size=5))
def test_sentence_ids_trailing_space_pieces_follow_the_rule(texts):
    tok = TrailingSpaceTok()
    b = tok.encode_batch(texts)
    by_text = M.sentence_ids(b, texts=texts, terminators=".!?")
    np.testing.assert_array_equal(M.sentence_ids(b, tok, terminators=".!?"), by_text)
    from tldr.evaluate.sentences import sentence_spans

    rs = b.row_splits
    for i, t in enumerate(texts):
        s = by_text[rs[i]:rs[i + 1]]
        if s.size:
            assert s[-1] + 1 == max(1, len(sentence_spans(t, ".!?")))


def test_sentence_ids_period_token_with_trailing_space():
    tok = TrailingSpaceTok()
    texts = ["A dog. It runs.", "3.5 m. Ok"]
    b = tok.encode_batch(texts)
    for sid in (M.sentence_ids(b, tok), M.sentence_ids(b, texts=texts)):
        assert sid.tolist() == [0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 1]  # "A ", "dog", ". ", "It ", ...


def test_ragged_and_mixed_inputs_are_tldr_errors():
    with pytest.raises(tldr.InvalidInputError, match="probs must be an array"):
        M.token_accuracy([[0.1], [0.2, 0.3]], [1, 1, 1], [0, 3])
    with pytest.raises(tldr.InvalidInputError, match="row_splits must be an array"):
        M.token_accuracy([0.1, 0.2], [1, 1], [[0], [1, 2]])
    with pytest.raises(tldr.InvalidInputError, match="comparable"):
        M.by_category([0.9, 0.8], [1, 1], [0, 1, 2], np.array(["a", 1], dtype=object))
    with pytest.raises(tldr.InvalidInputError, match="bounds"):
        M.fit_temperature([0.2, 0.8], [0, 1], bounds=3)
    with pytest.raises(tldr.InvalidInputError, match="texts\\[0\\] is int"):
        M.sentence_ids(WordTok().encode("a."), texts=[3])


def test_old_module_paths_still_import():
    import importlib

    import tldr.correct
    import tldr.rates

    assert tldr.rates.t_two_sided_p(0.0, 3) == pytest.approx(1.0)
    assert tldr.correct.flag_spans is tldr.flag_spans and callable(tldr.correct.parse_lex)
    assert tldr.metrics.sentence_ids is importlib.import_module("tldr.evaluate.sentences").sentence_ids
    assert tldr.metrics.fit_temperature is importlib.import_module("tldr.evaluate.calibration").fit_temperature
    from tldr.annotate import AnnotationServer, load_records  # noqa: F401
    from tldr.heatmap import HEATMAP_CSS, HeatMap  # noqa: F401
    from tldr.metrics import PaperRow, paper_row  # noqa: F401
    from tldr.prompts import TEMPLATES, format_prompt  # noqa: F401

    assert callable(tldr.heatmap)  # the function keeps the name; the module is tldr.report.heatmap
    assert importlib.import_module("tldr.heatmap") is importlib.import_module("tldr.report.heatmap")
    assert tldr.plots is importlib.import_module("tldr.report.plots")
    assert tldr.prompts is importlib.import_module("tldr.evaluate.prompts")
