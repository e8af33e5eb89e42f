"""World scenes: sampling covers what the captions talk about; pixels show the scene graph."""

import collections

import numpy as np
import pytest

pytest.importorskip("PIL")

from tldr.world import Obj, Scene  # noqa: E402
from tldr.world import scene as S  # noqa: E402
from tldr.world import vocab  # noqa: E402
from tldr.world.render import BACKGROUND  # noqa: E402


def test_sampling_covers_the_world():
    kinds, colors, sizes, counts = collections.Counter(), set(), set(), set()
    signs = supports = 0
    for seed in range(400):
        s = Scene.sample(seed)
        assert 1 <= len(s.objects) <= 10
        groups = collections.Counter((o.kind, o.color, o.size) for o in s.objects if o.kind != vocab.SIGN)
        counts |= set(groups.values())
        for o in s.objects:
            kinds[o.kind] += 1
            colors.add(o.color)
            sizes.add(o.size)
            assert 0 <= o.box[0] < o.box[2] <= 1 and 0 <= o.box[1] < o.box[3] <= 1
            if o.support >= 0:
                supports += 1
                assert S.on(o, s.objects[o.support])
        signs += any(o.kind == vocab.SIGN for o in s.objects)
        # No two objects overlap, and nothing rests on anything by accident.
        for i, a in enumerate(s.objects):
            for b in s.objects[i + 1:]:
                assert not S._overlap(a, b)
                if S.on(a, b):
                    assert s.objects[a.support] is b
    assert len(kinds) >= 13 and set(vocab.KINDS) <= set(kinds)
    assert colors >= set(vocab.COLORS) and sizes == set(vocab.SIZES) and counts == {1, 2, 3, 4, 5}
    assert 60 <= signs <= 180 and supports >= 20


def test_every_kind_name_is_a_lexicon_noun():
    nouns = vocab.lexicon_nouns()
    for k in vocab.KINDS:
        assert nouns[k] == k and nouns[vocab.plural(k)] == k


@pytest.mark.parametrize("size", [64, 96])
def test_render_shows_the_objects(size):
    for color in vocab.COLORS:
        s = Scene((Obj("ball", color, "large", (0.3, 0.3, 0.7, 0.7)),))
        img = s.render(size, as_array=True)
        assert img.shape == (size, size, 3) and img.dtype == np.uint8
        assert tuple(img[size // 2, size // 2]) == vocab.COLORS[color]
        assert tuple(img[2, 2]) == BACKGROUND


def test_every_kind_draws_something_distinct():
    seen = {}
    for kind in list(vocab.KINDS) + [vocab.SIGN]:
        img = Scene((Obj(kind, "red", "large", (0.2, 0.2, 0.8, 0.8), text="GO" if kind == "sign" else ""),)).render(
            64, as_array=True)
        mask = (np.abs(img.astype(int) - np.array(BACKGROUND)).sum(-1) > 30)
        assert mask.sum() > 100, kind
        key = img.tobytes()
        assert key not in seen, (kind, seen.get(key))
        seen[key] = kind


def test_small_objects_are_small_and_sign_words_are_drawn():
    s = Scene((Obj("ball", "red", "small", (0.45, 0.45, 0.55, 0.55)),))
    img = s.render(64, as_array=True)
    ink = (np.abs(img.astype(int) - np.array(BACKGROUND)).sum(-1) > 30).sum()
    assert 20 <= ink <= 60   # about a 6x6 disc at 64 px
    a = Scene((Obj("sign", "white", "medium", (0.3, 0.3, 0.7, 0.6), text="STOP"),)).render(64, as_array=True)
    b = Scene((Obj("sign", "white", "medium", (0.3, 0.3, 0.7, 0.6), text="EXIT"),)).render(64, as_array=True)
    assert (a != b).any(axis=-1).sum() >= 10


def test_render_bad_size():
    with pytest.raises(ValueError, match="size"):
        Scene.sample(0).render(8)
    with pytest.raises(ValueError, match="size"):
        Scene.sample(0).render(64.0)
