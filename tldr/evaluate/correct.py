"""Self-correction guided by token scores (PAPER.md, "Uses", item 2).

* :func:`tldr.flag_spans` (in :mod:`tldr.evaluate.flags`) turns token probabilities into
  flagged words/phrases per sentence.
* :func:`correction_prompt` writes the guidance prompt for a corrector model.
* :func:`self_correct` runs score -> flag -> prompt -> correct (-> judge) over many texts
  with any callables, so an LLM, a rule system or a person can be the corrector.
* :class:`LexiconCorrector` is an offline corrector: it tries replacements for each
  flagged word from word classes (colours, counts, spatial words, objects, ...) and keeps
  the one the scoring function prefers. No LLM needed.
"""

import dataclasses
import os
import re
from collections.abc import Iterable, Mapping

import numpy as np

from .._checks import as_list, as_probs, check_choice, check_texts, check_threshold
from .._core import FileFormatError, InvalidInputError
from ..perturb import lexicon
from .calibration import LOG_EPS
from .flags import FlaggedSentence, Span, flag_spans
from .sentences import sentence_spans

__all__ = [
    "correction_prompt",
    "SelfCorrection",
    "self_correct",
    "DEFAULT_WORD_CLASSES",
    "lexicon_from_classes",
    "parse_lex",
    "load_lex",
    "merge_lexicons",
    "LexiconCorrector",
    # defined in flags.py and sentences.py, offered here as tldr.correct always did
    "Span",
    "FlaggedSentence",
    "flag_spans",
    "sentence_spans",
]


def correction_prompt(text, flagged, *, guidance="tokens"):
    """The prompt asking a model to fix ``text``, or None when there is nothing to fix.

    ``guidance="tokens"`` (the TLDR way) lists each flagged sentence with the words to look
    at and asks for minimal edits to those words only; when nothing is flagged
    (``flagged`` empty, as :func:`tldr.flag_spans` gives for a text the model finds
    clean) there is nothing to ask and the result is None: keep the text.
    ``guidance="response"`` (the paper's baseline) only says that the text may contain
    errors; it does not look at ``flagged`` (the response was judged bad as a whole).
    """
    check_choice(guidance, ("tokens", "response"), "guidance")
    head = (
        "Below is a description of an image that you wrote earlier.\n\n"
        f"Description:\n\"\"\"\n{text}\n\"\"\"\n\n"
    )
    if guidance == "response":
        return head + (
            "A checker believes this description contains mistakes about the image. "
            "Look at the image again and correct the description with as few changes as "
            "possible. Reply with the corrected description only."
        )
    flagged = list(flagged)
    if not flagged:
        return None
    lines = []
    for fs in flagged:
        words = ", ".join(f'"{sp.text}"' for sp in fs.spans)
        lines.append(f'- Sentence {fs.index + 1}: "{fs.text}"\n  words to check: {words}')
    return head + (
        "A checker highlighted the words below as possibly not matching the image.\n\n"
        + "\n".join(lines) + "\n\n"
        "Revise the description with these rules:\n"
        "1. Edit only the highlighted words, and as little as you can; if a highlighted "
        "word or phrase names something that is not in the image, delete it.\n"
        "2. Copy every sentence that is not listed above exactly as it is.\n"
        "3. The checker can be wrong: keep a highlighted word if it is in fact correct.\n"
        "4. Reply with the whole revised description and nothing else."
    )


@dataclasses.dataclass
class SelfCorrection:
    """Result of :func:`self_correct`: the output texts (unflagged texts unchanged), which
    inputs were flagged, the prompts sent (None where none), and, with a judge, the
    outcome per flagged text and the win/tie/loss counts over flagged texts."""

    texts: list
    flagged: list
    prompts: list
    outcomes: list = None
    counts: dict = None


_OUTCOMES = {1: "win", 0: "tie", -1: "loss", "win": "win", "tie": "tie", "loss": "loss"}


def _items(texts):
    """(the items as given, their texts): a list of str, or of examples (mappings with
    a str ``"response"``, e.g. ``{"image", "prompt", "response"}``), not a mix."""
    if isinstance(texts, str) or not isinstance(texts, Iterable):
        check_texts(texts, allow_str=False)  # the message for one str or a non-list
    items = list(texts)
    if not any(isinstance(x, Mapping) for x in items):
        return items, check_texts(items, allow_str=False)
    for i, x in enumerate(items):
        if not (isinstance(x, Mapping) and isinstance(x.get("response"), str)):
            raise InvalidInputError(f"texts[{i}]: expected examples (mappings with a str 'response', e.g. "
                                    f"{{'image', 'prompt', 'response'}}) in every item, got {type(x).__name__}"
                                    + (f" with keys {sorted(map(str, x))}" if isinstance(x, Mapping) else ""))
    return items, [x["response"] for x in items]


def _with_text(item, text):
    """item with its text replaced: a str, or a copy of the example with ``response``."""
    return text if isinstance(item, str) else {**item, "response": text}


def _score_batch(score_fn, items):
    """score_fn(items) as a list of (offsets, probs) pairs, one per item (checked)."""
    res = as_list(score_fn(list(items)), "the result of score_fn", "a list of (offsets, probs) pairs")
    if len(res) != len(items):
        raise InvalidInputError(f"score_fn returned {len(res)} results for {len(items)} texts")
    out = []
    for i, r in enumerate(res):
        try:
            off, pr = r
        except (TypeError, ValueError):
            raise InvalidInputError(f"score_fn must return (offsets, probs) pairs; item {i} is {type(r).__name__}") from None
        out.append((off, pr))
    return out


def self_correct(texts, score_fn, corrector, judge=None, *, threshold=0.5, guidance="tokens",
                 terminators="."):
    """Score, flag, prompt and correct every text; optionally judge the result.

    ``texts``: a list of str, or a list of examples: mappings with the text under
    ``"response"`` and whatever the model needs beside it (``{"image", "prompt",
    "response"}``, the ``tldr.vlm`` format), so a VLM scores and corrects with the
    image. The callables get each item as it was given:

    * ``score_fn(items) -> [(offsets (n,2), probs (n,)), ...]``: the TLDR model
      (``tldr.vlm.TLDRModel.score_fn()`` for a trained VLM). Called once with all the
      items; :class:`LexiconCorrector` calls it with candidate texts, as str or as copies
      of the example with another ``"response"``.
    * ``corrector(item, prompt) -> str``: any model or function; the corrected text.
    * ``judge(item, corrected) -> "win" | "tie" | "loss"`` (or 1 / 0 / -1), from the
      correction's point of view; counted over the flagged texts only.

    With str items these are the calls of before (``score_fn(texts)``,
    ``corrector(text, prompt)``, ``judge(original, corrected)``). Texts without a
    flagged token are returned unchanged and not sent to the corrector.
    """
    items, texts = _items(texts)
    check_threshold(threshold)
    scored = _score_batch(score_fn, items) if items else []
    out, flagged, prompts = [], [], []
    for item, s, (off, pr) in zip(items, texts, scored):
        fl = flag_spans(s, off, pr, threshold, terminators=terminators)
        if not fl:
            out.append(s)
            flagged.append(False)
            prompts.append(None)
            continue
        prompt = correction_prompt(s, fl, guidance=guidance)
        new = corrector(item, prompt)
        if not isinstance(new, str):
            raise InvalidInputError(f"corrector must return a str, got {type(new).__name__}")
        out.append(new)
        flagged.append(True)
        prompts.append(prompt)
    res = SelfCorrection(out, flagged, prompts)
    if judge is not None:
        outcomes = []
        counts = {"win": 0, "tie": 0, "loss": 0}
        for item, new, f in zip(items, out, flagged):
            if not f:
                outcomes.append(None)
                continue
            o = judge(item, new)
            if o not in _OUTCOMES:
                raise InvalidInputError(f"judge must return 'win'/'tie'/'loss' or 1/0/-1, got {o!r}")
            o = _OUTCOMES[o]
            counts[o] += 1
            outcomes.append(o)
        res.outcomes, res.counts = outcomes, counts
    return res


# --------------------------------------------------------------------------- offline corrector
# Small built-in word classes: each word may be replaced by the others of its class.
DEFAULT_WORD_CLASSES = {
    "colour": ["red", "orange", "yellow", "green", "blue", "purple", "pink", "brown", "black",
               "white", "gray", "silver", "gold"],
    "count": ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
    "left_right": ["left", "right"],
    "above_below": ["above", "below"],
    "on_under": ["on", "under"],
    "over_under": ["over", "under"],
    "top_bottom": ["top", "bottom"],
    "inside_outside": ["inside", "outside"],
    "front_back": ["front", "back"],
    "near_far": ["near", "far"],
    "up_down": ["up", "down"],
    "size": ["small", "large", "big", "tiny", "huge"],
    "material": ["wooden", "metal", "plastic", "glass", "stone", "marble", "brick"],
    "animal": ["dog", "cat", "horse", "cow", "sheep", "bird", "duck", "bear", "elephant", "zebra",
               "giraffe"],
    "animals": ["dogs", "cats", "horses", "cows", "sheep", "birds", "ducks", "bears",
                "elephants", "zebras", "giraffes"],
    "person": ["man", "woman", "boy", "girl", "person", "child"],
    "people": ["men", "women", "boys", "girls", "people", "children"],
    "vehicle": ["car", "truck", "bus", "bicycle", "motorcycle", "train", "boat", "airplane"],
    "furniture": ["chair", "table", "bench", "sofa", "bed", "desk"],
    "food": ["apple", "banana", "orange", "pizza", "sandwich", "cake", "donut"],
}


def lexicon_from_classes(classes):
    """Word -> alternatives from word classes (a mapping name -> words, or an iterable of
    word lists). A word in several classes gets the union of their other members."""
    groups = classes.values() if isinstance(classes, Mapping) else classes
    if isinstance(groups, str) or not isinstance(groups, Iterable):
        raise InvalidInputError(f"word classes must be a mapping or a list of word lists, got {type(classes).__name__}")
    lex = {}
    for g in groups:
        words = list(g) if isinstance(g, Iterable) and not isinstance(g, str) else None
        if words is None or not all(isinstance(w, str) for w in words):
            raise InvalidInputError(f"each word class must be a list of words, got {g!r}")
        words = [w.lower() for w in words]
        for w in words:
            alts = lex.setdefault(w, [])
            for o in words:
                if o != w and o not in alts:
                    alts.append(o)
    return {w: tuple(a) for w, a in lex.items()}


def _lex_classes(records, plurals, only):
    """[[value, ...] per class] of lexicon records, a value being its forms [(singular,
    plural or "")]: a class line's Form/Value records, or a words class's phrases."""
    classes, forms, words = [], [], {}
    cur = None
    for r in records:
        if isinstance(r, lexicon.Class):
            cur = [] if only is None or r.name in only else None
            if cur is not None:
                classes.append(cur)
        elif isinstance(r, lexicon.Form):
            forms.append((r.text, r.plural if r.plural and (plurals or r.plural_written) else ""))
        elif isinstance(r, lexicon.Value):
            if cur is not None:
                cur.append(forms)
            forms = []
        elif isinstance(r, lexicon.Words) and (only is None or r.name in only):
            words.setdefault((r.line, r.name), []).append([(r.phrase, "")])
    return classes + list(words.values())


def _alternatives(classes):
    """Word -> the written (first) forms of the other values of its class, singular to
    singular and plural to plural; single words only."""
    lex = {}
    for values in classes:
        for i, vi in enumerate(values):
            for j, vj in enumerate(values):
                if i == j:
                    continue
                sing_alt, plu_alt = vj[0]
                for sing, plu in vi:
                    for src, alt in ((sing, sing_alt), (plu, plu_alt)):
                        if src and alt and " " not in src and " " not in alt and src != alt:
                            alts = lex.setdefault(src, [])
                            if alt not in alts:
                                alts.append(alt)
    return {w: tuple(a) for w, a in lex.items()}


def parse_lex(text, *, plurals=False, only=None, kind="objects"):
    """Word -> alternatives from the perturbation lexicon format (``tldr/data/perturb/*.lex``,
    parsed by its one Python parser, ``tldr.perturb.lexicon``): one class per line,
    ``name: value, value = synonym, sing/plural, ...``; lines starting with ``#`` are
    comments. A word's alternatives are the written (first) forms of the *other* values
    of its class; synonyms never replace each other. ``sing/plural`` also maps plurals to
    plurals (with ``plurals=True`` a value without ``/`` gets its regular plural:
    "fox" -> "foxes", "berry" -> "berries"). Forms of several words and ``>CLASS`` context
    marks are skipped (single-word replacements only). ``only``: class names to keep
    (default all). ``kind``: the lexicon kind whose rules apply (``objects``: ``/plural``
    allowed; ``words``: each phrase a value; see ``tldr.perturb.lexicon.KINDS``)."""
    try:
        records = list(lexicon.parse("lexicon", kind, text.encode("utf-8")))
    except FileFormatError as e:  # "lexicon:N: message" -> "lexicon line N: message"
        raise InvalidInputError("lexicon line " + str(e)[len("lexicon:"):]) from None
    return _alternatives(_lex_classes(records, plurals, None if only is None else set(only)))


def load_lex(path, *, plurals=False, only=None):
    """:func:`parse_lex` of a file, with the rules of the kind its name says
    (``attributes.lex``, ``objects_more.lex``, ``words.lex``; another name reads as
    ``objects``); errors are ``tldr.FileFormatError`` naming the file and line."""
    base = os.path.basename(os.fspath(path))
    kind = lexicon.kind_of(base) or "objects"
    with open(path, "rb") as f:
        records = list(lexicon.parse(os.fspath(path), kind, f.read()))
    return _alternatives(_lex_classes(records, plurals, None if only is None else set(only)))


def merge_lexicons(*lexicons):
    """Union of several word -> alternatives mappings."""
    out = {}
    for lex in lexicons:
        for w, alts in _normalize_lexicon(lex).items():
            cur = out.setdefault(w, [])
            cur.extend(a for a in alts if a not in cur)
    return {w: tuple(a) for w, a in out.items()}


def _normalize_lexicon(lexicon):
    if lexicon is None:
        return lexicon_from_classes(DEFAULT_WORD_CLASSES)
    if not isinstance(lexicon, Mapping):
        return lexicon_from_classes(lexicon)
    out = {}
    for w, alts in lexicon.items():
        alts = list(alts) if isinstance(alts, Iterable) and not isinstance(alts, str) else None
        if not isinstance(w, str) or alts is None or not all(isinstance(a, str) for a in alts):
            raise InvalidInputError("lexicon must map a word to a list of alternative words")
        out[w.lower()] = tuple(a.lower() for a in alts if a.lower() != w.lower())
    return out


def _match_case(word, alt):
    if word.isupper() and len(word) > 1:
        return alt.upper()
    if word[:1].isupper():
        return alt[:1].upper() + alt[1:]
    return alt


def _preference(probs, threshold):
    """Higher is better: fewer flagged tokens first, then higher mean log-probability."""
    p = as_probs(probs)
    if p.size == 0:
        return (0, 0.0)
    return (-int(np.count_nonzero(p < threshold)), float(np.mean(np.log(np.maximum(p, LOG_EPS)))))


class LexiconCorrector:
    """Offline corrector: replace flagged words by lexicon alternatives the scorer prefers.

    ``score_fn`` has the :func:`self_correct` signature: it gets a list of str, or of
    examples when the corrector is given an example (a mapping with ``"response"``:
    each candidate is a copy of it with another response). ``lexicon`` is a mapping word ->
    alternatives, or word classes as a list of word lists (a mapping is always read as
    word -> alternatives: give classes named in a mapping, such as
    :data:`DEFAULT_WORD_CLASSES`, as ``lexicon_from_classes(classes)`` or
    ``list(classes.values())``); default :data:`DEFAULT_WORD_CLASSES`. For each flagged span
    (last first) and each of its words found in the lexicon, every alternative is scored in
    one ``score_fn`` call and the best text is kept if the scorer prefers it to the current
    one (fewer flagged tokens, then higher mean log-probability). ``allow_delete`` also tries deleting the
    whole flagged phrase. Usable as ``corrector`` in :func:`self_correct` (the prompt is
    ignored).
    """

    def __init__(self, score_fn, lexicon=None, *, threshold=0.5, allow_delete=False,
                 terminators="."):
        self.score_fn = score_fn
        self.lexicon = _normalize_lexicon(lexicon)
        self.threshold = check_threshold(threshold)
        self.allow_delete = bool(allow_delete)
        self.terminators = terminators

    def correct(self, text):
        """Return (corrected text, list of (original, replacement) changes) of a str or
        of an example (a mapping with a str ``"response"``, scored with the rest of it)."""
        item = text
        text = _items([item])[1][0]
        (off, pr), = _score_batch(self.score_fn, [item])
        flagged = flag_spans(text, off, pr, self.threshold, terminators=self.terminators)
        spans = [sp for fs in flagged for sp in fs.spans]
        cur, cur_pref = text, _preference(pr, self.threshold)
        changes = []
        # Last span first, so the character positions of earlier spans stay valid.
        for sp in reversed(spans):
            words = [m for m in re.finditer(r"\w+", cur[sp.start:sp.end])]
            for m in reversed(words):
                a, b = sp.start + m.start(), sp.start + m.end()
                word = cur[a:b]
                cands = [(cur[:a] + _match_case(word, alt) + cur[b:], word, _match_case(word, alt))
                         for alt in self.lexicon.get(word.lower(), ())]
                del_idx = -1
                if self.allow_delete and m is words[-1]:
                    # Delete the whole phrase (the span is still unchanged on this first word visited)
                    # and the space before it, or after it at the start of the text.
                    s0, e0 = sp.start, sp.end
                    if s0 > 0 and cur[s0 - 1] == " ":
                        s0 -= 1
                    elif cur[e0:e0 + 1] == " ":
                        e0 += 1
                    cands.append((cur[:s0] + cur[e0:], cur[sp.start:sp.end], ""))
                    del_idx = len(cands) - 1
                if not cands:
                    continue
                scored = _score_batch(self.score_fn, [_with_text(item, c[0]) for c in cands])
                prefs = [_preference(r[1], self.threshold) for r in scored]
                j = max(range(len(cands)), key=prefs.__getitem__)
                if prefs[j] > cur_pref:
                    changes.append((cands[j][1], cands[j][2]))
                    cur, cur_pref = cands[j][0], prefs[j]
                    if j == del_idx:
                        break  # the phrase is gone
            # Earlier words of the span keep their positions: changes are to their right.
        return cur, changes

    def __call__(self, text, prompt=None):
        """The corrected text of a str or an example (``corrector`` of :func:`self_correct`)."""
        return self.correct(text)[0]
