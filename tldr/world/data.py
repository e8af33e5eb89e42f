"""Training and evaluation examples in the world, in the ``tldr.vlm`` example format.

Each example is ``{"image", "prompt", "response", "bad_spans", "category", "seed",
"verdict", "true_spans"}``: ``bad_spans`` are what the perturbation engine says it
changed (its labels, what TLDR trains on), ``verdict`` / ``true_spans`` what
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

__all__ = ["examples", "blank_image", "world_perturber", "write_world_weights", "CAPTIONER_SEEDS", "TLDR_SEEDS",
           "HELD_OUT"]


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
            out.append(dict(base, response=neg.text, bad_spans=[(e.new_start, e.new_end) for e in neg.edits],
                            category=neg.category, verdict=verdict, true_spans=spans))
    return out


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
