"""Scenes: a scene graph first (objects with kind, colour, size, box; a sign's word), pixels second.

Coordinates are shares of the image side, x to the right and y down, so a scene renders
at any size. Every spatial word of the world's language is a predicate on two boxes
(``relation``) or on one box and the image (``place``); the describer and the checker
both decide truth with these functions and nothing else.

    >>> s = Scene.sample(3)
    >>> s == Scene.sample(3)
    True
"""

import dataclasses
import math

import numpy as np

from . import vocab

# Thresholds of the spatial predicates, as shares of the image side. A margin lies
# between "near" and "far" (neither holds there), and the describer only states
# relations that hold by a wider margin (describe.CLEAR) so that its captions stay
# true under small changes of the numbers.
NEAR_GAP = 0.10       # boxes at most this far apart are "next to" each other
FAR_GAP = 0.30        # boxes at least this far apart are "far from" each other
CONTACT = 0.02        # a box resting on another: bottom within this of the other's top
PLACE_LOW, PLACE_HIGH = 0.40, 0.60   # centre x < 0.40: on the left; > 0.60: on the right
MIN_GAP = 0.03        # objects never touch unless one rests on the other
MARGIN = 0.02         # objects stay this far inside the image


@dataclasses.dataclass(frozen=True)
class Obj:
    """One object. box = (x0, y0, x1, y1) in shares of the image side (y down)."""

    kind: str
    color: str
    size: str
    box: tuple
    text: str = ""          # the word on a sign, "" for everything else
    support: int = -1       # index of the object it rests on, -1 if none

    @property
    def cx(self):
        return (self.box[0] + self.box[2]) / 2

    @property
    def cy(self):
        return (self.box[1] + self.box[3]) / 2


def gap(a, b):
    """Euclidean distance between two boxes (0 when they touch or overlap)."""
    dx = max(0.0, max(a.box[0], b.box[0]) - min(a.box[2], b.box[2]))
    dy = max(0.0, max(a.box[1], b.box[1]) - min(a.box[3], b.box[3]))
    return math.hypot(dx, dy)


def on(a, b):
    """a rests on b: a's bottom at b's top and a's centre above b's extent."""
    return abs(a.box[3] - b.box[1]) <= CONTACT and b.box[0] <= a.cx <= b.box[2]


def _overlap(a, b):
    return (min(a.box[2], b.box[2]) > max(a.box[0], b.box[0])
            and min(a.box[3], b.box[3]) > max(a.box[1], b.box[1]))


def _axis(a, b):
    """'h' or 'v': the axis along which a lies from b (the larger centre offset)."""
    return "h" if abs(a.cx - b.cx) >= abs(a.cy - b.cy) else "v"


def relation(rel, a, b, order=None):
    """Whether ``a REL b`` holds; rel is a value of vocab.RELATIONS.

    left/right/above/under: b lies mostly along that axis (the larger centre offset) and
    the boxes do not overlap on it; "above" excludes contact (a cup on a table is on it,
    not above it), "under" (= below in the lexicon) includes it. near: the boxes are at
    most NEAR_GAP apart and neither rests on the other. far: at least FAR_GAP apart.
    behind / in front of: the boxes overlap and the one drawn later hides the other
    (``order`` maps id(object) to its drawing order); world scenes never overlap objects,
    so these are false in them. inside: a's box within b's; outside: not inside.
    """
    if a is b:
        return False
    if rel == "left":
        return _axis(a, b) == "h" and a.box[2] <= b.box[0]
    if rel == "right":
        return _axis(a, b) == "h" and a.box[0] >= b.box[2]
    if rel == "above":
        return _axis(a, b) == "v" and a.box[3] <= b.box[1] and not on(a, b)
    if rel == "under":
        return on(b, a) or (_axis(a, b) == "v" and a.box[1] >= b.box[3])
    if rel == "on":
        return on(a, b)
    if rel == "near":
        return gap(a, b) <= NEAR_GAP and not on(a, b) and not on(b, a)
    if rel == "far":
        return gap(a, b) >= FAR_GAP
    if rel in ("behind", "front"):
        if not _overlap(a, b) or order is None:
            return False
        return (order[id(a)] < order[id(b)]) == (rel == "behind")
    if rel == "inside":
        return (a.box[0] >= b.box[0] and a.box[1] >= b.box[1]
                and a.box[2] <= b.box[2] and a.box[3] <= b.box[3])
    if rel == "outside":
        return not relation("inside", a, b)
    raise ValueError(f"unknown relation {rel!r}")


def place(where, a):
    """Whether a is at that place in the image (left/right/top/bottom/middle, by centre)."""
    if where == "left":
        return a.cx < PLACE_LOW
    if where == "right":
        return a.cx > PLACE_HIGH
    if where == "top":
        return a.cy < PLACE_LOW
    if where == "bottom":
        return a.cy > PLACE_HIGH
    if where == "middle":
        return PLACE_LOW <= a.cx <= PLACE_HIGH and PLACE_LOW <= a.cy <= PLACE_HIGH
    raise ValueError(f"unknown place {where!r}")


def _box(cx, cy, w, h):
    return (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)


def _fits(box):
    return box[0] >= MARGIN and box[1] >= MARGIN and box[2] <= 1 - MARGIN and box[3] <= 1 - MARGIN


def _clear(box, objs, min_gap=MIN_GAP):
    probe = Obj("", "", "", box)
    return all(gap(probe, o) >= min_gap for o in objs)


@dataclasses.dataclass(frozen=True)
class Scene:
    """A scene: a tuple of objects (drawing order = tuple order)."""

    objects: tuple
    seed: int = -1

    # ---- sampling ---------------------------------------------------------------------------

    @classmethod
    def sample(cls, seed, *, max_groups=4, max_objects=9, p_sign=0.3, p_support=0.35):
        """A random scene, the same for the same seed (numpy's PCG64).

        1 to max_groups groups, each of one kind, colour and size with 1-5 members (fewer
        for large things, at most max_objects in all); two groups may share a kind (in
        different colours) or a colour. With probability p_support the small and medium
        things try to rest on a table/box/book/chair/car of the scene (it takes a support
        and room on it: 4% of scenes have a resting object). With probability p_sign a
        sign with a word stands somewhere. Boxes never overlap and keep MIN_GAP apart
        unless one rests on the other.
        """
        rng = np.random.default_rng(int(seed))
        for _ in range(100):
            objs = _try_sample(rng, max_groups, max_objects, p_sign, p_support)
            if objs:
                return cls(tuple(objs), int(seed))
        return cls((Obj("ball", "red", "medium", _box(0.5, 0.5, 0.17, 0.17)),), int(seed))

    # ---- queries ------------------------------------------------------------------------------

    def count(self, kind, color=None, size=None):
        return sum(1 for o in self.objects if o.kind == kind and (color is None or o.color == color)
                   and (size is None or o.size == size))

    def kinds(self):
        return sorted({o.kind for o in self.objects})

    def render(self, size=64, *, as_array=False):
        """The scene as an RGB PIL image (or a uint8 array (size, size, 3))."""
        from .render import render

        img = render(self, size)
        return np.asarray(img) if as_array else img

    def to_dict(self):
        return {"seed": self.seed, "objects": [dataclasses.asdict(o) for o in self.objects]}

    @classmethod
    def from_dict(cls, d):
        objs = tuple(Obj(o["kind"], o["color"], o["size"], tuple(o["box"]), o.get("text", ""),
                         o.get("support", -1)) for o in d["objects"])
        return cls(objs, d.get("seed", -1))


def _dims(kind, size, rng):
    aspect = vocab.SIGN_ASPECT if kind == vocab.SIGN else vocab.KINDS[kind][0]
    s = vocab.SIZE_SCALE[size] * float(rng.uniform(0.9, 1.1))
    return s * math.sqrt(aspect), s / math.sqrt(aspect)


def _try_sample(rng, max_groups, max_objects, p_sign, p_support):
    kinds = list(vocab.KINDS)
    colors = list(vocab.COLORS)
    n_groups = int(rng.integers(1, max_groups + 1))
    groups = []
    total = 0
    for g in range(n_groups):
        if groups and rng.random() < 0.25:
            kind = groups[int(rng.integers(len(groups)))][0]        # same kind, another colour
        else:
            kind = kinds[int(rng.integers(len(kinds)))]
        if groups and rng.random() < 0.25:
            color = groups[int(rng.integers(len(groups)))][1]       # same colour, another kind
        else:
            color = colors[int(rng.integers(len(colors)))]
        if any(k == kind and c == color for k, c, _, _ in groups):
            continue
        size = vocab.SIZES[int(rng.choice(3, p=[0.3, 0.45, 0.25]))]
        cap = {"small": 5, "medium": 4, "large": 2}[size]
        n = int(rng.choice(5, p=[0.5, 0.25, 0.12, 0.08, 0.05])) + 1
        n = min(n, cap, max_objects - total)
        if n <= 0:
            break
        groups.append((kind, color, size, n))
        total += n
    objs = []
    # A sign first (it is large and must fit).
    if rng.random() < p_sign:
        w, h = _dims(vocab.SIGN, "medium", rng)
        w, h = w * 1.55, h * 1.55
        for _ in range(50):
            box = _box(float(rng.uniform(w / 2 + MARGIN, 1 - w / 2 - MARGIN)),
                       float(rng.uniform(h / 2 + MARGIN, 1 - h / 2 - MARGIN)), w, h)
            if _clear(box, objs):
                objs.append(Obj(vocab.SIGN, vocab.SIGN_COLORS[int(rng.integers(len(vocab.SIGN_COLORS)))],
                                "medium", box, vocab.SIGN_WORDS[int(rng.integers(len(vocab.SIGN_WORDS)))]))
                break
    # Supports before the things that may rest on them.
    order = sorted(range(len(groups)), key=lambda i: not vocab.KINDS[groups[i][0]][1])
    on_support = rng.random() < p_support
    for i in order:
        kind, color, size, n = groups[i]
        for _ in range(n):
            w, h = _dims(kind, size, rng)
            placed = False
            supports = [j for j, o in enumerate(objs) if o.kind in vocab.KINDS and vocab.KINDS[o.kind][1]
                        and o.size != "small"]
            if (on_support and supports and kind in vocab.SMALL_KINDS and size != "large"
                    and not vocab.KINDS[kind][1]):
                j = supports[int(rng.integers(len(supports)))]
                s = objs[j]
                if s.box[2] - s.box[0] > w * 1.1:
                    for _ in range(20):
                        cx = float(rng.uniform(s.box[0] + w / 2, s.box[2] - w / 2))
                        box = (cx - w / 2, s.box[1] - h, cx + w / 2, s.box[1])
                        others = [o for k, o in enumerate(objs) if k != j]
                        if _fits(box) and _clear(box, others):
                            objs.append(Obj(kind, color, size, box, support=j))
                            placed = True
                            break
            for _ in range(60):
                if placed:
                    break
                box = _box(float(rng.uniform(w / 2 + MARGIN, 1 - w / 2 - MARGIN)),
                           float(rng.uniform(h / 2 + MARGIN, 1 - h / 2 - MARGIN)), w, h)
                # Keep free space above supports so things can rest on them.
                if _fits(box) and _clear(box, objs):
                    objs.append(Obj(kind, color, size, box))
                    placed = True
            if not placed:
                return None
    # A resting object must not also touch another support by accident; objects not
    # resting must not rest by accident (the placement gap guarantees it).
    for o in objs:
        for p in objs:
            if o is not p and on(o, p) and (o.support < 0 or objs[o.support] is not p):
                return None
    return objs
