"""The words of the world: object kinds, colours, sizes, relations, counts, sign words.

Every kind name, colour and size word is a value of the perturbation lexicons
(``tldr/data/perturb/objects.lex``, ``attributes.lex``), so the engine's edits of world
captions stay in words the checker knows. The checker also knows every other noun of
``objects.lex`` (a "hamster" or a "frisbee" that an object edit writes): such things
never exist in the world, so a claim that one is there is false, never unknown.
"""

import functools
import os
import re

# kind -> (aspect w/h of its box, can other things rest on it). The names are
# objects.lex values; several share a lexicon group (dog/cat/rabbit, ball/kite/balloon,
# cup/bottle/bowl, car/truck/bus, apple/banana, tree/flower, chair, table, box, book,
# house, bird), so object edits often name another kind that may be in the scene.
KINDS = {
    "dog": (1.4, False),
    "cat": (1.2, False),
    "rabbit": (0.8, False),
    "bird": (1.3, False),
    "car": (1.8, True),
    "truck": (1.9, False),
    "bus": (2.2, False),
    "ball": (1.0, False),
    "kite": (0.8, False),
    "balloon": (0.7, False),
    "cup": (1.0, False),
    "bottle": (0.45, False),
    "bowl": (1.6, False),
    "apple": (1.0, False),
    "banana": (1.4, False),
    "tree": (0.75, False),
    "flower": (0.6, False),
    "chair": (0.7, True),
    "table": (1.6, True),
    "house": (1.0, False),
    "box": (1.1, True),
    "book": (1.3, True),
}
SIGN = "sign"
SIGN_ASPECT = 1.45  # board + post
# Things that may be put on a support (small enough to stand on a table).
SMALL_KINDS = ("dog", "cat", "rabbit", "bird", "ball", "cup", "bottle", "bowl", "apple", "banana",
               "flower", "book", "box")

PLURALS = {"bus": "buses", "box": "boxes", "sign": "signs"}


def plural(noun):
    return PLURALS.get(noun, noun + "s")


# Colour name -> RGB. All are attributes.lex colour values; the lexicon's other colours
# (silver, gold, beige, teal) exist as words but no object has them.
COLORS = {
    "red": (214, 39, 40),
    "blue": (31, 86, 214),
    "green": (44, 160, 44),
    "yellow": (245, 215, 35),
    "orange": (245, 130, 20),
    "purple": (128, 50, 180),
    "pink": (247, 142, 200),
    "brown": (120, 72, 36),
    "black": (20, 20, 20),
    "white": (252, 252, 252),
    "gray": (135, 135, 135),
}
# Every colour word of attributes.lex and the world colour it names (None: no object
# can have it). Synonyms of the lexicon (grey = gray, violet = purple) name the same.
COLOR_WORDS = {c: c for c in COLORS}
COLOR_WORDS.update({"grey": "gray", "violet": "purple", "silver": None, "gold": None, "golden": None,
                    "beige": None, "tan": None, "teal": None, "turquoise": None})

SIZES = ("small", "medium", "large")
# Side of an object's box (sqrt of its area) as a share of the image side.
SIZE_SCALE = {"small": 0.10, "medium": 0.17, "large": 0.25}
SIZE_WORDS = {"small": "small", "tiny": "small", "little": "small", "miniature": "small", "mini": "small",
              "large": "large", "big": "large", "huge": "large", "giant": "large", "enormous": "large",
              "massive": "large"}

# Count words the checker reads (exact counts). "a pair of", "a couple of" and "both" are
# two; vague quantifiers (several, a few, many) make a claim the world cannot decide.
NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                "fifteen sixteen seventeen eighteen nineteen twenty").split()
COUNT_WORDS = {w: i + 1 for i, w in enumerate(NUMBER_WORDS)}
COUNT_WORDS.update({"a": 1, "an": 1})
VAGUE_WORDS = ("several", "many", "few", "lots", "numerous", "multiple", "various", "couple", "dozen",
               "pair")
DESCRIBE_COUNTS = ("a", "two", "three", "four", "five")

# Words written on signs: ocr_words entries (words.lex) of 2-5 letters, so the OCR edit
# ("STOP" -> "EXIT") replaces one sign word by another the world may also draw.
SIGN_WORDS = ("STOP", "EXIT", "OPEN", "SALE", "PARK", "SLOW", "CAFE", "TAXI", "BANK", "SHOP", "HOME",
              "FIRE", "WAIT", "WALK", "BUS", "GO", "HOT", "ICE", "SUN", "STAR", "LANE", "FREE",
              "FOOD", "BEER", "LOVE", "MOON", "CITY", "MAIN", "WEST", "EAST", "BAR", "NEW")
SIGN_COLORS = ("red", "blue", "green", "yellow", "white", "black", "orange")

# Relation phrases the checker reads: tuple of lower-case words -> relation. Together
# they cover every form of spatial.lex's horizontal/position/front_back/containment classes
# (tests assert it); "left"/"right" with "of" is relative to another object, without
# "of" it is a place in the image (see ``tldr.world.check``).
RELATIONS = {
    ("on",): "on", ("onto",): "on", ("on", "top", "of"): "on", ("atop",): "on", ("upon",): "on",
    ("under",): "under", ("underneath",): "under", ("beneath",): "under", ("below",): "under",
    ("next", "to"): "near", ("beside",): "near", ("near",): "near", ("close", "to"): "near",
    ("by",): "near", ("alongside",): "near", ("near", "to"): "near", ("at", "the", "side", "of"): "near",
    ("adjacent", "to"): "near", ("on", "top"): "on",
    ("behind",): "behind", ("in", "back", "of"): "behind",
    ("in", "front", "of"): "front", ("ahead", "of"): "front",
    ("above",): "above", ("over",): "above",
    ("far", "from"): "far", ("far", "away", "from"): "far", ("away", "from"): "far",
    ("inside",): "inside", ("inside", "of"): "inside", ("within",): "inside", ("in",): "inside",
    ("outside",): "outside", ("outside", "of"): "outside", ("out", "of"): "outside",
}
# Places in the image: the head word after "on/at/in the" -> place.
PLACES = {"left": "left", "right": "right", "top": "top", "bottom": "bottom", "middle": "middle",
          "center": "middle", "centre": "middle"}

_LEX_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "perturb")
_WS = re.compile(r"\s+")


def _regular_plural(w):
    # The engine's rule for a noun without '/plural' (regular_plural in csrc/core/perturb/lexicon.c and tldr/perturb/lexicon.py).
    if w.endswith(("s", "x", "z", "ch", "sh")):
        return w + "es"
    if len(w) >= 2 and w.endswith("y") and w[-2] not in "aeiou":
        return w[:-1] + "ies"
    return w + "s"


@functools.lru_cache(maxsize=1)
def lexicon_nouns():
    """Every noun phrase of objects.lex (singular and plural, lower case) -> the world
    kind it names, or None for things the world never holds (a hamster, a frisbee).
    Synonyms of a world kind ("puppy" for dog, "mug" for cup) name that kind."""
    out = {}
    path = os.path.join(_LEX_DIR, "objects.lex")
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#") or ":" not in line:
                continue
            for value in line.split(":", 1)[1].split(","):
                forms = [_WS.sub(" ", s.strip().lower()) for s in value.split("=")]
                names = []
                for form in forms:
                    sing, _, plur = form.partition("/")
                    sing = sing.strip()
                    names.append((sing, plur.strip() or _regular_plural(sing)))
                kind = next((s for s, _ in names if s in KINDS), None)
                for sing, plur in names:
                    out.setdefault(sing, kind)
                    out.setdefault(plur, kind)
    for k in KINDS:
        out[k] = k
        out[plural(k)] = k
    out[SIGN] = SIGN
    out[plural(SIGN)] = SIGN
    return out


@functools.lru_cache(maxsize=1)
def noun_index():
    """First word -> the noun phrases of lexicon_nouns() starting with it, as word tuples,
    longest first (for greedy matching)."""
    out = {}
    for p in sorted((tuple(p.split()) for p in lexicon_nouns()), key=len, reverse=True):
        out.setdefault(p[0], []).append(p)
    return out


def article(word):
    """'a' or 'an' before word (the engine fixes the article the same way)."""
    return "an" if word[:1] in "aeiou" else "a"
