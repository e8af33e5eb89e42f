"""World examples in the tldr.vlm format: engine labels beside the checker's truth."""

import numpy as np
import pytest

pytest.importorskip("PIL")

from tldr.world import Scene, blank_image, check, examples  # noqa: E402
from tldr.world.data import HELD_OUT, TLDR_SEEDS  # noqa: E402


def test_examples():
    ex = examples(12, seed=TLDR_SEEDS, per_caption=3)
    pos = [e for e in ex if e["category"] is None]
    neg = [e for e in ex if e["category"] is not None]
    assert len(pos) == 12 and len(neg) >= 12
    for e in ex:
        assert set(e) >= {"image", "prompt", "response", "bad_spans", "category", "verdict", "true_spans", "seed"}
        assert e["image"].size == (64, 64) and e["prompt"] == "caption"
        assert (e["verdict"], e["true_spans"]) == check(Scene.sample(e["seed"]), e["response"])
        for a, b in e["bad_spans"]:
            assert 0 <= a <= b <= len(e["response"])
    assert all(e["verdict"] == "true" and e["bad_spans"] == [] for e in pos)
    assert all(e["bad_spans"] for e in neg)
    assert examples(12, seed=TLDR_SEEDS, per_caption=3)[5]["response"] == ex[5]["response"]
    assert TLDR_SEEDS + 10**6 < HELD_OUT


def test_blind_examples_have_no_scene():
    ex = examples(3, blind=True, per_caption=1)
    blank = np.asarray(blank_image())
    assert all((np.asarray(e["image"]) == blank).all() for e in ex)
    assert (blank == blank[0, 0]).all()
