"""Captions of a scene, true by construction: COCO-like (one sentence) or dense (several).

A noun phrase names a set of objects (kind, and optionally colour and size); its count
word is the size of exactly that set ("a red ball" = exactly one red ball; there may be
blue balls). Relations and places are stated only where they hold by a clear margin
(the CLEAR numbers below are stricter than the checker's thresholds in scene.py), so
a caption stays true when a number moves a little. The phenomena of the paper's 8
categories all occur: relations and places (spatial), colours and sizes (attribute),
two coloured noun phrases in one sentence (binding), kinds (object), counts 1-5
(counting), small objects cued by small/tiny/little (small object), sign words in
quotes (OCR) and "there is no cat" (counterfactual).

    >>> describe(Scene.sample(0), style="dense", seed=0)  # doctest: +SKIP
    'There are two small red balls on the left. A blue cup is next to a house. ...'
"""

import numpy as np

from . import scene as S
from . import vocab

STYLES = ("coco", "dense")
# Margins of clear relations: axis ratio, minimal gap along the axis, near/far gaps,
# place bounds (centre), middle radius.
CLEAR_RATIO = 1.5
CLEAR_GAP = 0.04
CLEAR_NEAR = 0.06
CLEAR_FAR = 0.42
CLEAR_PLACE = 0.33
CLEAR_MIDDLE = 0.07

REL_WORDS = {
    "left": ("to the left of",), "right": ("to the right of",), "above": ("above",),
    "under": ("below", "under"), "on": ("on", "on top of"), "near": ("next to", "near", "beside"),
    "far": ("far from",),
}
PLACE_WORDS = {"left": "on the left", "right": "on the right", "top": "at the top",
               "bottom": "at the bottom", "middle": "in the middle"}
SMALL_WORDS = ("small", "tiny", "little")
LARGE_WORDS = ("large", "big")


def _clear_pair(rel, a, b):
    if a is b:
        return False
    dx, dy = b.cx - a.cx, b.cy - a.cy
    if rel in ("left", "right"):
        if abs(dx) < CLEAR_RATIO * abs(dy):
            return False
        g = b.box[0] - a.box[2] if rel == "left" else a.box[0] - b.box[2]
        return g >= CLEAR_GAP and S.relation(rel, a, b)
    if rel in ("above", "under"):
        if S.on(a, b) or S.on(b, a):
            return False
        if abs(dy) < CLEAR_RATIO * abs(dx):
            return False
        g = b.box[1] - a.box[3] if rel == "above" else a.box[1] - b.box[3]
        return g >= CLEAR_GAP and S.relation(rel, a, b)
    if rel == "on":
        return S.on(a, b)
    if rel == "near":
        return S.gap(a, b) <= CLEAR_NEAR and S.relation("near", a, b)
    if rel == "far":
        return S.gap(a, b) >= CLEAR_FAR
    raise ValueError(rel)


def clear_relation(rel, subj, obj):
    """rel holds clearly between the sets subj and obj (every pair for directions, every
    subject with some object for near/on), and the sets share no object."""
    if not subj or not obj or any(a is b for a in subj for b in obj):
        return False
    if rel in ("near", "on"):
        return all(any(_clear_pair(rel, a, b) for b in obj) for a in subj)
    return all(_clear_pair(rel, a, b) for a in subj for b in obj)


def clear_place(where, objs):
    def ok(o):
        if where == "left":
            return o.cx < CLEAR_PLACE
        if where == "right":
            return o.cx > 1 - CLEAR_PLACE
        if where == "top":
            return o.cy < CLEAR_PLACE
        if where == "bottom":
            return o.cy > 1 - CLEAR_PLACE
        return abs(o.cx - 0.5) < CLEAR_MIDDLE and abs(o.cy - 0.5) < CLEAR_MIDDLE
    return bool(objs) and all(ok(o) for o in objs)


class _NP:
    """A noun phrase: its words and the objects it names."""

    def __init__(self, scene, kind, color, size, rng, size_word=None):
        self.kind, self.color, self.size = kind, color, size
        self.objs = [o for o in scene.objects if o.kind == kind and (color is None or o.color == color)
                     and (size is None or o.size == size)]
        self.n = len(self.objs)
        if size == "small":
            self.size_word = size_word or SMALL_WORDS[int(rng.integers(3))]
        elif size == "large":
            self.size_word = size_word or LARGE_WORDS[int(rng.integers(2))]
        else:
            self.size_word = None

    def words(self, det=True):
        mods = [w for w in (self.size_word, self.color) if w]
        noun = self.kind if self.n == 1 else vocab.plural(self.kind)
        body = " ".join(mods + [noun])
        if not det:
            return body
        if self.n == 1:
            return f"{vocab.article(body)} {body}"
        return f"{vocab.NUMBER_WORDS[self.n - 1]} {body}"

    @property
    def be(self):
        return "is" if self.n == 1 else "are"


def _noun_phrases(scene, rng, p_color, p_size):
    """One noun phrase per (kind, colour, size) group of the scene, shuffled; each says its
    colour with probability p_color and its size (if not medium) with p_size. Signs apart."""
    groups = []
    seen = set()
    for o in scene.objects:
        if o.kind == vocab.SIGN:
            continue
        key = (o.kind, o.color, o.size)
        if key in seen:
            continue
        seen.add(key)
        groups.append(key)
    order = rng.permutation(len(groups)) if groups else []
    out = []
    for i in order:
        kind, color, size = groups[int(i)]
        c = color if rng.random() < p_color else None
        s = size if size != "medium" and rng.random() < p_size else None
        np_ = _NP(scene, kind, c, s, rng)
        # Phrases that name overlapping sets ("three cats" and "two large cats") are not
        # both used: a list of them reads as more objects than the scene holds.
        if any(o is p for q in out for o in q.objs for p in np_.objs):
            continue
        out.append(np_)
    return out


def _relations(nps, rng):
    """(subject, relation, object) triples that hold clearly, shuffled."""
    out = []
    for a in nps:
        for b in nps:
            if a is b:
                continue
            for rel in ("on", "near", "left", "right", "above", "under", "far"):
                if clear_relation(rel, a.objs, b.objs):
                    out.append((a, rel, b))
                    break
    return [out[int(i)] for i in rng.permutation(len(out))] if out else []


def _place(objs, rng):
    places = [w for w in ("left", "right", "top", "bottom", "middle") if clear_place(w, objs)]
    return places[int(rng.integers(len(places)))] if places else None


def _rel_text(rel, rng):
    forms = REL_WORDS[rel]
    return forms[int(rng.integers(len(forms)))]


def _sign_phrase(sign, rng, det="a"):
    verb = ("that says", "that reads", "with the word")[int(rng.integers(3))]
    color = f"{sign.color} " if rng.random() < 0.7 else ""
    art = vocab.article(color or "sign") if det == "a" else det
    return f'{art} {color}sign {verb} "{sign.text}"'


def _absent(scene, rng):
    """A kind (sometimes kind and colour) that the scene does not hold, preferring kinds
    whose lexicon group is in the scene (the plausible confusions)."""
    present = set(scene.kinds())
    if present and rng.random() < 0.4:
        kind = sorted(present - {vocab.SIGN})[int(rng.integers(len(present - {vocab.SIGN})))] \
            if present - {vocab.SIGN} else None
        if kind is not None:
            colors = [c for c in vocab.COLORS if scene.count(kind, c) == 0]
            c = colors[int(rng.integers(len(colors)))]
            return f"{c} {kind}"
    absent = [k for k in vocab.KINDS if k not in present]
    return absent[int(rng.integers(len(absent)))]


def _negation(scene, rng):
    what = _absent(scene, rng)
    if rng.random() < 0.5:
        return f"there is no {what}"
    words = what.split()
    words[-1] = vocab.plural(words[-1])
    return f"there are no {' '.join(words)}"


def _cap(s):
    return s[:1].upper() + s[1:]


def _coco(scene, rng):
    nps = _noun_phrases(scene, rng, p_color=0.75, p_size=0.7)
    signs = [o for o in scene.objects if o.kind == vocab.SIGN]
    rels = _relations(nps, rng)
    choices = []
    if rels:
        choices += ["rel"] * 4
    if len(nps) >= 2:
        choices += ["list"] * 2
    if nps:
        choices += ["there"] * 2
    if signs:
        choices += ["sign"] * 2
    choices += ["neg"]
    pick = choices[int(rng.integers(len(choices)))]
    if pick == "rel":
        a, rel, b = rels[0]
        be = f" {a.be}" if rng.random() < 0.5 else ""
        return f"{_cap(a.words())}{be} {_rel_text(rel, rng)} {b.words()}."
    if pick == "list":
        k = min(len(nps), 2 + int(rng.integers(2)))
        parts = [q.words() for q in nps[:k]]
        body = parts[0] if k == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
        return _cap(body) + "."
    if pick == "there":
        a = nps[0]
        where = _place(a.objs, rng)
        tail = f" {PLACE_WORDS[where]}" if where else ""
        return f"There {a.be} {a.words()}{tail}."
    if pick == "sign":
        sign = signs[0]
        others = [q for q in nps if clear_relation("near", [sign], q.objs) or clear_relation("above", [sign], q.objs)]
        phrase = _cap(_sign_phrase(sign, rng))
        if others:
            q = others[0]
            rel = "near" if clear_relation("near", [sign], q.objs) else "above"
            return f"{phrase} is {_rel_text(rel, rng)} {q.words()}."
        return phrase + "."
    return _cap(_negation(scene, rng)) + "."


def _dense(scene, rng):
    nps = _noun_phrases(scene, rng, p_color=1.0, p_size=0.9)
    signs = [o for o in scene.objects if o.kind == vocab.SIGN]
    out = []
    for a in nps[:4]:
        where = _place(a.objs, rng)
        r = rng.random()
        if where and r < 0.5:
            out.append(f"There {a.be} {a.words()} {PLACE_WORDS[where]}.")
        elif where:
            out.append(f"{_cap(a.words())} {a.be} {PLACE_WORDS[where]}.")
        elif r < 0.5:
            out.append(f"There {a.be} {a.words()}.")
        else:
            # The predicate form: "The ball is red." needs every object of the kind to
            # have that colour.
            kind_objs = [o for o in scene.objects if o.kind == a.kind]
            if a.color and all(o.color == a.color for o in kind_objs):
                noun = a.kind if len(kind_objs) == 1 else vocab.plural(a.kind)
                be = "is" if len(kind_objs) == 1 else "are"
                out.append(f"The {noun} {be} {a.color}.")
            else:
                out.append(f"There {a.be} {a.words()}.")
    rels = _relations(nps, rng)
    used = set()
    for a, rel, b in rels:
        if len(used) >= 2 or (id(a), id(b)) in used or (id(b), id(a)) in used:
            continue
        used.add((id(a), id(b)))
        out.append(f"{_cap(a.words())} {a.be} {_rel_text(rel, rng)} {b.words()}.")
    if signs:
        sign = signs[0]
        where = _place([sign], rng)
        tail = f" {PLACE_WORDS[where]}" if where else ""
        out.append(f"There is {_sign_phrase(sign, rng)}{tail}.")
    out.append(_cap(_negation(scene, rng)) + ".")
    return " ".join(out)


def describe(scene, style="coco", seed=0):
    """A true caption of the scene; the same for the same (scene, style, seed)."""
    if style not in STYLES:
        raise ValueError(f"style must be one of {', '.join(STYLES)}, got {style!r}")
    rng = np.random.default_rng([int(seed), int(scene.seed) & 0xFFFFFFFF, STYLES.index(style)])
    return _coco(scene, rng) if style == "coco" else _dense(scene, rng)
