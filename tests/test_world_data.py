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


def test_content_spans_leave_out_number_agreement():
    from tldr.perturb import Edit
    from tldr.world.data import content_spans

    # "There is a bird." -> "There are four birds.": the count is the claim, "are" and
    # "birds" agree with it
    old, new = "There is a bird.", "There are four birds."
    edits = [Edit(6, 8, 6, 9, "is", "are"), Edit(9, 10, 10, 14, "a", "four"), Edit(11, 15, 15, 20, "bird", "birds")]
    assert [new[a:b] for a, b in content_spans(edits)] == ["four"]
    assert [old[e.start:e.end] for e in edits] == ["is", "a", "bird"]
    # a swap of counts keeps both counts; an/a and box/boxes are agreement too
    assert content_spans([Edit(0, 3, 0, 5, "Two", "Three"), Edit(9, 14, 11, 14, "three", "two")]) == [(0, 5), (11, 14)]
    assert content_spans([Edit(0, 1, 0, 2, "a", "an"), Edit(3, 6, 4, 10, "red", "orange")]) == [(4, 10)]
    assert content_spans([Edit(0, 3, 0, 5, "box", "boxes"), Edit(4, 5, 6, 9, "a", "two")]) == [(6, 9)]
    # never an empty label: a negative whose edits all agree keeps them
    assert content_spans([Edit(6, 8, 6, 9, "is", "are")]) == [(6, 9)]
    # in the examples, no counting negative blames a verb of number
    for e in examples(40, per_caption=4):
        if e["category"] == "counting":
            assert not {e["response"][a:b].lower() for a, b in e["bad_spans"]} & {"is", "are"}, e
