"""The bundled lexicons against WordNet 3.0 (Debian ``wordnet-base``, which ``./run.sh test``
installs; skipped without it): no object is replaced by a synonym, hypernym or hyponym, and
``words_animate.lex`` is what ``scripts/gen_nouns.py`` writes."""

import importlib.util
import pathlib
import shutil

import pytest

from tldr.perturb import _wordnet as W

ROOT = pathlib.Path(__file__).resolve().parent.parent
LEX = ROOT / "tldr" / "data" / "perturb"

pytestmark = pytest.mark.skipif(not W.available(), reason="no WordNet 3.0 in /usr/share/wordnet (apt-get install wordnet-base)")


@pytest.fixture(scope="module")
def wn():
    return W.WordNet()


def test_no_object_replaced_by_a_related_noun(wn):
    # objects.lex's promise: two values of a group are never synonyms, nor is one a kind of
    # the other, in any sense, but for the pairs RARE_SENSE lists
    classes = W.lexicon_classes(LEX / "objects.lex", "objects")
    assert len(classes) > 30
    assert W.related_values(wn, classes, set(W.RARE_SENSE)) == []
    # the check can fail: a crow is a bird
    assert W.related_values(wn, [("x", [["crow"], ["bird"]])]) == [("x", "crow", "bird", "hypernym")]


@pytest.mark.parametrize("word, animate", [
    ("dog", True), ("woman", True), ("driver", True),  # noun.person covers agents
    ("surfer", True),  # no sense tagged, but every sense is a person
    ("beak", False), ("paw", False), ("wing", False),  # noun.animal, but parts of an animal
    ("calculator", False), ("diner", False),  # first sense a person, order untagged
    ("table", False),
])
def test_person_or_animal(wn, word, animate):
    assert wn.is_person_or_animal(word) is animate


def test_words_animate_is_generated(wn, tmp_path):
    spec = importlib.util.spec_from_file_location("gen_nouns", ROOT / "scripts" / "gen_nouns.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    for name in ("nouns.lex", "objects.lex"):
        shutil.copy(LEX / name, tmp_path / name)
    gen.gen_animate(W.DEFAULT_DIR, tmp_path)
    assert (tmp_path / "words_animate.lex").read_text() == (LEX / "words_animate.lex").read_text()
    animate = set((LEX / "words_animate.lex").read_text().splitlines()[-1].split(": ", 1)[1].split(", "))
    # objects.lex's groups decide for their words: food and devices are things
    assert {"hot dog", "hotdog", "burger", "mouse", "monitor", "pitcher", "bat", "taco"}.isdisjoint(animate)
    assert {"chicken", "donkey", "turtle", "kitty", "man", "dogs"} <= animate
    assert not gen.NOT_ANIMATE & animate
