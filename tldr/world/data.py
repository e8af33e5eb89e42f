"""Training and evaluation examples in the world, in the ``tldr.vlm`` example format.

Each example is ``{"image", "prompt", "response", "bad_spans", "category", "seed",
"verdict", "true_spans"}``: ``bad_spans`` are what the perturbation engine says it
changed (its labels, what TLDR trains on; edits that only agree in number with another
edit are not blamed, :func:`content_spans`), ``verdict`` / ``true_spans`` what
``tldr.world.check`` finds in the scene (the ground truth the engine's labels are
measured against). Positives have ``bad_spans == []`` and category None.

Scene seeds keep the uses apart: captioners train on seeds from 0 (CAPTIONER_SEEDS,
up to 10**6 per training seed), TLDR models on seeds from TLDR_SEEDS, and every number
reported is measured on seeds from HELD_OUT.
"""

import os

from .captioner import HELD_OUT, PROMPTS
from .check import check
from .describe import describe
from .render import BACKGROUND
from .scene import Scene

CAPTIONER_SEEDS = 0
TLDR_SEEDS = 5 * 10**6
WEIGHTS_SEEDS = 8 * 10**6
WEIGHTS_PATH = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "world", "weights.lex")

__all__ = ["examples", "content_spans", "blank_image", "world_perturber", "write_world_weights", "CAPTIONER_SEEDS",
           "TLDR_SEEDS", "HELD_OUT"]


def blank_image(size=64):
    """An image with no scene in it (the background only): the input of a 'blind' model."""
    from PIL import Image

    return Image.new("RGB", (size, size), BACKGROUND)


def examples(n_scenes, *, seed=TLDR_SEEDS, style="coco", perturber=None, per_caption=4, size=64,
             positives=True, blind=False):
    """Examples of n_scenes scenes (seeds seed..seed+n-1): each scene's true caption (a
    positive) and up to per_caption engine negatives of it (categories in the perturber's
    rotation). blind=True puts a blank image in place of the scene."""
    import tldr

    p = perturber if perturber is not None else tldr.Perturber(seed=0)
    out = []
    for k in range(n_scenes):
        s = seed + k
        scene = Scene.sample(s)
        image = blank_image(size) if blind else scene.render(size)
        cap = describe(scene, style, seed=s)
        base = {"image": image, "prompt": PROMPTS[style], "seed": s}
        if positives:
            out.append(dict(base, response=cap, bad_spans=[], category=None, verdict="true", true_spans=[]))
        for neg in p.perturb(cap, n=per_caption):
            verdict, spans = check(scene, neg.text)
            out.append(dict(base, response=neg.text, bad_spans=content_spans(neg.edits),
                            category=neg.category, verdict=verdict, true_spans=spans))
    return out


# Words that differ only in grammatical number: an engine edit between two of them is
# agreement with another edit ("There is a bird." -> "There are four birds.": "four" makes
# the claim false, "are" and "birds" follow it), not a claim of its own.
_AGREEMENT = {frozenset(p) for p in (("is", "are"), ("was", "were"), ("has", "have"), ("a", "an"),
                                     ("this", "these"), ("that", "those"))}


def _agrees(old, new):
    """True when new is old in the other grammatical number (or a/an): one word each."""
    o, n = old.lower(), new.lower()
    if not o.isalpha() or not n.isalpha():
        return False
    if frozenset((o, n)) in _AGREEMENT:
        return True
    from .vocab import plural

    return n in (plural(o), o + "s", o + "es") or o in (plural(n), n + "s", n + "es")


def content_spans(edits):
    """The bad spans of an engine negative: the new text of each edit (the paper's rule:
    tokens that come from the edit are bad) except the edits that only agree in number
    with another edit (is -> are, bird -> birds). Those words are not false in the scene
    (tldr.world.check blames the count), and labelled bad they teach the detector that
    "are" and plural nouns are suspect wherever a count could be wrong (on a two-stage
    captioner at the quick budget, TLDR trained on every edit's words called nearly every
    held-out response good, A_R 30.6, against 55.9 with the checker's spans; docs/reproduction.md).
    A negative whose edits all agree keeps them all (it must have a bad span)."""
    spans = [(e.new_start, e.new_end) for e in edits if not _agrees(e.old, e.new)]
    return spans or [(e.new_start, e.new_end) for e in edits]


def write_world_weights(path=WEIGHTS_PATH, n_scenes=3000, seed=WEIGHTS_SEEDS):
    """Count the perturbation engine's balance statistics on world captions (both styles of
    n_scenes scenes) and write them as a weights.lex (``tldr.perturb.count_weights``), so a
    balanced perturber writes each relation, colour, count and negation into negatives as
    often as world captions hold it (the default weights count COCO captions)."""
    from tldr.perturb import count_weights, write_weights

    caps = [describe(Scene.sample(s), st, seed=s) for s in range(seed, seed + n_scenes) for st in ("coco", "dense")]
    write_weights(path, count_weights(caps), f"{len(caps)} world captions (tldr.world.data.write_world_weights)")
    return path


def world_perturber(seed=0, balance=True):
    """A Perturber balanced by world caption statistics (tldr/data/world/weights.lex)."""
    import tldr

    return tldr.Perturber(seed=seed, balance=balance, lexicon=WEIGHTS_PATH)
