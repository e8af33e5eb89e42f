"""tldr.world: a grounded world where the truth of every sentence is known.

Scenes are scene graphs first (``Scene.sample(seed)``: objects of 22 kinds with colours,
sizes, positions, and sometimes a sign with a word) and pixels second
(``scene.render(64)``). ``describe`` writes true captions (COCO-like or dense);
``check(scene, text)`` decides every claim of a caption and returns the spans of the
false words; ``engine_label_noise`` measures how many perturbation-engine negatives are
really false. ``tldr.world.captioner`` trains tiny ``transformers`` LLaVA captioners on
world scenes (needs ``pip install tldr[world]``; importing this package never loads torch).

    >>> from tldr.world import Scene, describe, check
    >>> s = Scene.sample(0)
    >>> check(s, describe(s))
    ('true', [])
"""

from .scene import Obj, Scene
from .describe import describe
from .check import check, explain
from .noise import engine_label_noise
from .data import blank_image, examples
from . import captioner

__all__ = ["Scene", "Obj", "describe", "check", "explain", "engine_label_noise", "examples", "blank_image",
           "captioner"]
