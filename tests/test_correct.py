"""Self-correction: flag_spans, correction_prompt, self_correct, LexiconCorrector."""

import pathlib
import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tldr
from tldr.correct import DEFAULT_WORD_CLASSES, lexicon_from_classes, sentence_spans

PAT = re.compile(r" ?\w+| ?[^\w\s]|\s+")


def tokenize(text):
    ms = list(PAT.finditer(text))
    return np.array([m.span() for m in ms], dtype=np.int64).reshape(-1, 2), [m.group() for m in ms]


def truth_scorer(truth):
    """A fake TLDR model that knows the image: a word token not in ``truth`` is bad."""
    good = {w.lower() for w in re.findall(r"\w+", truth)}

    def score(texts):
        out = []
        for t in texts:
            off, pieces = tokenize(t)
            p = np.array([0.05 if (pc.strip().isalnum() and pc.strip().lower() not in good) else 0.97
                          for pc in pieces])
            out.append((off, p))
        return out

    return score


def test_flag_spans_merges_widens_and_groups():
    text = "Four blue ducks swim. The pond is calm."
    off, pieces = tokenize(text)
    p = np.full(len(pieces), 0.9)
    p[[0, 1]] = 0.2          # "Four", " blue" -> one phrase
    # a flagged sub-word piece: pretend " ca" + "lm" are two tokens, only "lm" bad
    off = np.vstack([off[:-2], [[32, 35], [35, 37]], off[-1:]])
    p = np.concatenate([p[:-2], [0.9, 0.3], p[-1:]])
    fl = tldr.flag_spans(text, off, p)
    assert [f.index for f in fl] == [0, 1]
    assert fl[0].text == "Four blue ducks swim." and fl[1].text == "The pond is calm."
    assert [(s.text, s.start, s.end) for s in fl[0].spans] == [("Four blue", 0, 9)]
    assert fl[0].spans[0].min_prob == 0.2
    assert [s.text for s in fl[1].spans] == ["calm"]  # widened to the whole word
    for f in fl:
        assert text[f.start:f.end] == f.text
        for s in f.spans:
            assert text[s.start:s.end] == s.text and f.start <= s.start < s.end <= f.end


def test_flag_spans_nothing_and_whitespace_only():
    text = "a b"
    off, pieces = tokenize(text)
    assert tldr.flag_spans(text, off, np.full(len(pieces), 0.9)) == []
    # only a whitespace token flagged -> nothing to show
    assert tldr.flag_spans("a  b", np.array([[0, 1], [1, 3], [3, 4]]), [0.9, 0.1, 0.9]) == []


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="ab c.d\n", max_size=40), st.data())
def test_flag_spans_invariants(text, data):
    off, pieces = tokenize(text)
    p = np.array(data.draw(st.lists(st.sampled_from([0.1, 0.9]), min_size=len(pieces), max_size=len(pieces))))
    fl = tldr.flag_spans(text, off, p)
    spans = [s for f in fl for s in f.spans]
    # sorted, disjoint, non-empty, not starting/ending with space
    for a, b in zip(spans, spans[1:]):
        assert a.end < b.start or (a.end <= b.start)
    for s in spans:
        assert s.text and not s.text[0].isspace() and not s.text[-1].isspace()
        assert s.start == 0 or not (text[s.start - 1].isalnum() and text[s.start].isalnum())
    # every flagged non-space token character is covered by a span
    covered = np.zeros(len(text), bool)
    for s in spans:
        covered[s.start:s.end] = True
    for (a, b), pr in zip(off, p):
        if pr < 0.5:
            for i in range(a, b):
                assert covered[i] or text[i].isspace()


def test_flag_spans_errors():
    with pytest.raises(tldr.InvalidInputError, match="shape"):
        tldr.flag_spans("ab", [[0, 1]], [0.1, 0.2])
    with pytest.raises(tldr.InvalidInputError, match="len\\(text\\)"):
        tldr.flag_spans("ab", [[0, 3]], [0.1])
    with pytest.raises(tldr.InvalidInputError, match="start <= end"):
        tldr.flag_spans("ab", [[2, 1]], [0.1])
    with pytest.raises(tldr.NonFiniteError):
        tldr.flag_spans("ab", [[0, 1]], [np.nan])
    with pytest.raises(tldr.InvalidInputError, match=r"\[0, 1\]"):
        tldr.flag_spans("ab", [[0, 1]], [0.1], threshold=2)


def test_sentence_spans():
    t = " One two. Three 3.5 four.  Five"
    assert [t[a:b] for a, b in sentence_spans(t)] == ["One two.", "Three 3.5 four.", "Five"]
    u = "Hi! Yo. x"
    assert [u[a:b] for a, b in sentence_spans(u, "!.")] == ["Hi!", "Yo.", "x"]


def test_correction_prompt_contents():
    text = "Four ducks swim. The sky is blue."
    off, _ = tokenize(text)
    p = np.full(len(off), 0.9)
    p[0] = 0.1
    fl = tldr.flag_spans(text, off, p)
    pr = tldr.correction_prompt(text, fl)
    assert text in pr and '"Four"' in pr and 'Sentence 1: "Four ducks swim."' in pr
    assert "Sentence 2" not in pr
    assert "delete" in pr and "can be wrong" in pr
    base = tldr.correction_prompt(text, fl, guidance="response")
    assert text in base and '"Four"' not in base
    # nothing flagged (an ordinary clean text): nothing to ask; this raised before issue 10
    assert tldr.correction_prompt(text, []) is None
    assert tldr.correction_prompt(text, tldr.flag_spans(text, off, np.full(len(off), 0.9))) is None
    assert "checker believes" in tldr.correction_prompt(text, [], guidance="response")
    with pytest.raises(tldr.InvalidInputError, match="guidance"):
        tldr.correction_prompt(text, fl, guidance="words")


def test_lexicon_corrector_fixes_with_fake_model():
    truth = "Two red ducks swim on the pond near a wooden bench."
    score = truth_scorer(truth)
    cor = tldr.LexiconCorrector(score)
    bad = "Four blue ducks swim under the pond near a metal bench."
    fixed, changes = cor.correct(bad)
    assert fixed == "Two red ducks swim on the pond near a wooden bench."
    assert ("Four", "Two") in changes and ("blue", "red") in changes
    # nothing flagged -> unchanged, no extra scoring needed
    assert cor(truth) == truth


def test_lexicon_corrector_custom_lexicon_and_delete():
    truth = "A cat sits."
    score = truth_scorer(truth)
    # the default lexicon does not know "kitten"; a custom mapping does
    assert tldr.LexiconCorrector(score)("A kitten sits.") == "A kitten sits."
    assert tldr.LexiconCorrector(score, {"kitten": ["puppy", "cat"]})("A kitten sits.") == "A cat sits."
    # word classes as a list of lists
    assert tldr.LexiconCorrector(score, [["kitten", "cat"]])("A Kitten sits.") == "A Cat sits."
    # an invented object with no alternative: deletion
    score2 = truth_scorer("A cat sits.")
    assert tldr.LexiconCorrector(score2, allow_delete=True)("A cat sits happily.") == "A cat sits."
    assert tldr.LexiconCorrector(score2, allow_delete=True)("Happily a cat sits.") == "a cat sits."
    with pytest.raises(tldr.InvalidInputError, match="map a word"):
        tldr.LexiconCorrector(score, {"cat": "dog"})


def test_lexicon_from_classes_union():
    lex = lexicon_from_classes({"a": ["on", "under"], "b": ["over", "under"]})
    assert set(lex["under"]) == {"on", "over"}
    default = lexicon_from_classes(DEFAULT_WORD_CLASSES)
    assert "two" in default["four"] and "left" in default["right"]


def test_self_correct_with_judge_counts():
    truth = "Two red ducks swim on the pond."
    score = truth_scorer(truth)
    texts = [
        "Two red ducks swim on the pond.",   # clean: untouched
        "Four red ducks swim on the pond.",  # fixable
        "Two red ducks swim on the lake.",   # not fixable from the lexicon
    ]
    seen = []

    def corrector(text, prompt):
        seen.append(prompt)
        return tldr.LexiconCorrector(score)(text)

    def judge(orig, new):
        def nbad(t):
            return int(np.sum(score([t])[0][1] < 0.5))
        d = nbad(orig) - nbad(new)
        return 1 if d > 0 else (0 if d == 0 else -1)

    res = tldr.self_correct(texts, score, corrector, judge)
    assert res.texts == [truth, truth, texts[2]]
    assert res.flagged == [False, True, True]
    assert res.prompts[0] is None and '"Four"' in res.prompts[1] and '"lake"' in res.prompts[2]
    assert len(seen) == 2
    assert res.outcomes == [None, "win", "tie"]
    assert res.counts == {"win": 1, "tie": 1, "loss": 0}
    res2 = tldr.self_correct(texts, score, lambda t, p: t, guidance="response")
    assert res2.counts is None and "checker believes" in res2.prompts[1]


def test_self_correct_errors():
    score = truth_scorer("a")
    with pytest.raises(tldr.InvalidInputError, match="list of strings"):
        tldr.self_correct("abc", score, lambda t, p: t)
    with pytest.raises(tldr.InvalidInputError, match="returned 0 results"):
        tldr.self_correct(["b"], lambda ts: [], lambda t, p: t)
    with pytest.raises(tldr.InvalidInputError, match="must return a str"):
        tldr.self_correct(["b"], score, lambda t, p: None)
    with pytest.raises(tldr.InvalidInputError, match="judge must return"):
        tldr.self_correct(["b"], score, lambda t, p: t, judge=lambda a, b: "better")
    assert tldr.self_correct([], score, lambda t, p: t).texts == []


def image_scorer(truths):
    """A fake VLM: scores an example with the truth of its image (calls are recorded)."""
    calls = []

    def score(items):
        calls.append(list(items))
        out = []
        for x in items:
            assert isinstance(x, dict) and set(x) == {"image", "prompt", "response"}, x
            out += truth_scorer(truths[x["image"]])([x["response"]])
        return out

    return score, calls


def test_self_correct_with_examples():
    truths = {"img0": "Two red ducks swim on the pond.", "img1": "A cat sits on a mat."}
    score, calls = image_scorer(truths)
    examples = [{"image": "img0", "prompt": "Describe.", "response": "Four red ducks swim on the pond."},
                {"image": "img1", "prompt": "Describe.", "response": "A cat sits on a mat."},
                {"image": "img1", "prompt": "Describe.", "response": "A dog sits on a mat."}]
    got = []

    def corrector(ex, prompt):  # a VLM corrector sees the image beside the prompt
        got.append((ex["image"], prompt))
        return tldr.LexiconCorrector(score)(ex)

    def judge(ex, new):
        return 1 if new == truths[ex["image"]] else 0

    res = tldr.self_correct(examples, score, corrector, judge)
    assert res.texts == [truths["img0"], truths["img1"], truths["img1"]]
    assert res.flagged == [True, False, True] and res.counts == {"win": 2, "tie": 0, "loss": 0}
    assert [g[0] for g in got] == ["img0", "img1"] and '"Four"' in got[0][1] and '"dog"' in got[1][1]
    assert calls[0] == examples  # the first call scores every example as given
    # the corrector scored its candidates as copies of the example with another response
    assert any(len(c) > 1 and {x["image"] for x in c} == {"img0"} for c in calls[1:])
    assert examples[0]["response"].startswith("Four")  # the inputs are not modified
    fixed, changes = tldr.LexiconCorrector(score).correct(examples[2])
    assert fixed == truths["img1"] and changes == [("dog", "cat")]
    with pytest.raises(tldr.InvalidInputError, match="texts\\[1\\]: expected examples"):
        tldr.self_correct([examples[0], "a text"], score, corrector)
    with pytest.raises(tldr.InvalidInputError, match="'response'"):
        tldr.self_correct([{"image": "img0", "text": "A cat."}], score, corrector)


LEX_SAMPLE = """
# a comment line
color: red, blue, gray = grey, gold = golden
seat: chair, bench/benches, couch/couches = sofa, stool
vertical: above = over, below = beneath
surface: on>det = onto>det, under>det, next to>det
horizontal: the left = left side, the right = right side
"""


def test_parse_lex_format():
    from tldr.correct import merge_lexicons, parse_lex

    lex = parse_lex(LEX_SAMPLE, plurals=True)
    assert set(lex["red"]) == {"blue", "gray", "gold"}
    assert "grey" not in lex["gray"] and set(lex["grey"]) == {"red", "blue", "gold"}
    assert set(lex["golden"]) == {"red", "blue", "gray"}
    assert set(lex["bench"]) == {"chair", "couch", "stool"}
    assert set(lex["benches"]) == {"chairs", "couches", "stools"}
    assert "sofa" not in lex["couch"] and "couch" not in lex["sofa"] and "chairs" in lex["sofas"]
    assert set(lex["over"]) == {"below"} and set(lex["beneath"]) == {"above"}
    assert set(lex["on"]) == {"under"}  # "next to" has two words: skipped
    assert "left" not in lex and "the left" not in lex
    only = parse_lex(LEX_SAMPLE, only={"vertical"})
    assert set(only) == {"above", "over", "below", "beneath"}
    # without plurals=True only explicit sing/plural forms have plurals
    assert "reds" not in parse_lex(LEX_SAMPLE) and parse_lex(LEX_SAMPLE)["benches"] == ("couches",)
    with pytest.raises(tldr.InvalidInputError, match="line 2"):
        parse_lex("a: b, c\nnonsense line\n")
    merged = merge_lexicons(lex, {"red": ["pink"]}, [["dog", "cat"]])
    assert "pink" in merged["red"] and "blue" in merged["red"] and merged["dog"] == ("cat",)
    # a corrector from the .lex format fixes a material/colour edit
    score = truth_scorer("A red bench stands below the tree.")
    cor = tldr.LexiconCorrector(score, lex)
    assert cor("A blue couch stands above the tree.") == "A red bench stands below the tree."


def test_lex_uses_the_lexicon_parser(tmp_path):
    """parse_lex/load_lex read .lex files with tldr.perturb.lexicon, the format's one
    Python parser: its regular plurals (the old parser wrote "foxs") and its kinds (only
    nouns have plurals: the old parser made "blues" of attributes.lex)."""
    from tldr.correct import load_lex, parse_lex
    from tldr.perturb import lexicon

    lex = parse_lex("animal: fox, berry/berries, dog", plurals=True)
    assert set(lex["foxes"]) == {"berries", "dogs"} and set(lex["dogs"]) == {"foxes", "berries"}
    with pytest.raises(tldr.InvalidInputError, match="line 1: only nouns"):
        parse_lex("colour: red/reds, blue", kind="attributes")
    d = pathlib.Path(lexicon.DATA_DIR)
    assert "blues" not in load_lex(d / "attributes.lex", plurals=True)
    assert set(load_lex(d / "words.lex", only={"number"})["two"]) >= {"three", "four"}
    for f in sorted(d.glob("*.lex")):  # every word is a form the parser read
        records = list(lexicon.parse(str(f), lexicon.kind_of(f.name), f.read_bytes()))
        forms = {getattr(r, "text", getattr(r, "phrase", None)) for r in records} | {getattr(r, "plural", None)
                                                                                     for r in records}
        lex = load_lex(f, plurals=True)
        assert set(lex) <= forms and {a for alts in lex.values() for a in alts} <= forms, f.name
    (tmp_path / "bad.lex").write_text("a: b\nnonsense\n")
    with pytest.raises(tldr.FileFormatError, match="bad.lex:2"):
        load_lex(tmp_path / "bad.lex")


def test_user_visible_errors_are_tldr_errors():
    score = truth_scorer("a")
    with pytest.raises(tldr.InvalidInputError, match="list of \\(offsets, probs\\) pairs"):
        tldr.self_correct(["b"], lambda ts: None, lambda t, p: t)
    with pytest.raises(tldr.InvalidInputError, match="word class"):
        tldr.LexiconCorrector(score, [["red", 3]])
    with pytest.raises(tldr.InvalidInputError, match="word classes"):
        tldr.LexiconCorrector(score, 5)
    with pytest.raises(tldr.InvalidInputError, match="map a word"):
        tldr.LexiconCorrector(score, {"red": [None]})
    with pytest.raises(tldr.InvalidInputError, match="text must be a str"):
        tldr.flag_spans(b"ab", [[0, 1]], [0.1])
    with pytest.raises(tldr.InvalidInputError, match="offsets must be integers"):
        tldr.flag_spans("ab", [[0.0, 1.0]], [0.1])
    with pytest.raises(tldr.InvalidInputError, match="terminators"):
        sentence_spans("a. b", "")
    # a corrector whose candidates get NaN scores is told so, not silently ranked
    cor = tldr.LexiconCorrector(lambda ts: [([[0, len(t)]], [0.1 if t == "red" else np.nan]) for t in ts])
    with pytest.raises(tldr.NonFiniteError):
        cor("red")


def test_prompt_category_is_checked():
    with pytest.raises(tldr.InvalidInputError, match="category must be one of 'spatial'"):
        tldr.prompts.format_prompt("colour", "A dog.")
    with pytest.raises(ValueError):  # InvalidInputError is a ValueError, as before
        tldr.prompts.format_check("nope", "a", "b")
    assert "A dog." in tldr.prompts.format_prompt("counting", "A dog.")


def test_t_tail_refuses_bad_arguments():
    from tldr.rates import t_two_sided_p

    for t, df in ((1.0, 0), (1.0, "3"), (float("nan"), 3), (None, 3)):
        with pytest.raises(tldr.InvalidInputError):
            t_two_sided_p(t, df)
