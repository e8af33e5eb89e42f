"""tldr.world: a grounded world where the truth of every sentence is known."""

from .scene import Obj, Scene
from .describe import describe
from .check import check, explain
