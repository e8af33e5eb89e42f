"""Readable pure-Python twin of the C perturbation engine (csrc/core/perturb/), for tests.

It implements the same rules as the C engine on the same lexicon (parsed by
tldr/perturb/lexicon.py, the format's one Python parser): the same site finding for the 8
categories, the same counter-based random choices, the same balance test, the same edit
application and the same corpus counts (``count_weights``), so tests can assert that the
C engine and this file produce identical negatives. It also holds the twins of the
alignment kernels (``overlap_labels``, ``myers_keep``). It is slow and never imported by
production code; use ``tldr.Perturber``.

Vocabulary (shared with the C engine):

* word: a maximal run of word characters (ASCII letters and digits, and every non-ASCII
  code point that is not punctuation or a space, see ``lexicon.is_word_char``), with
  ``'``, ``-`` or U+2019 allowed between two word characters. Words are compared in ASCII
  lower case.
* phrase: one or more consecutive words separated only by whitespace, looked up as the
  lower-case words joined by one space.
* site: a place where a category can edit, with a number of alternatives; a candidate
  negative is a (site, alternative) pair, materialized into character edits.
"""

import bisect
import collections
import re

import numpy as np

from .._core import FileFormatError, InvalidInputError
from . import lexicon as lexfile
from .categories import CATEGORIES
from .lexicon import MAXW, WS, lower, split_words

MAX_TRIES = 8  # draws per category turn before it counts as exhausted (DRAW_TRIES in C)
BIND_NEXT = 6  # binding pairs an attribute with at most the next 6 of its sentence
MAX_EDITS = 16  # a candidate needing more edits is refused (a rule of the engine)
MAX_EDIT_BYTES = 2048  # ... or more UTF-8 bytes of new text
HE_SHE = {"he": "she", "him": "her", "his": "her", "himself": "herself"}
SHE_HE = {"she": "he", "herself": "himself"}
PRONOUNS = ("he", "him", "his", "himself", "she", "her", "hers", "herself")
ROTATE_CAT = 255
ACCEPT_SALT = 0x62616C616E636531  # salt of the balance draw
# counterfactual constructs by site kind (C: CF_*): kind k and k + 3 edit into each other
CF_KIND = {"not": 0, "without": 1, "no": 2, "drop_not": 3, "with": 4, "restore": 5}
# context counts in weights.lex: "<context> <value> <word>" (small_object uses object's)
CONTEXT_CATS = ("spatial", "spatial-before", "spatial-det", "attribute", "attribute-before", "object",
                "counting", "counting-after", "noun", "noun-after")
NOUN_KEY = "noun-count"  # weights.lex "noun-count <noun>": noun phrases of each noun (noun swaps)
FORM_SALT = 0x666F726D73616C74  # salt of the written-form draw
FORM_KEY = "form-count"  # weights.lex "form-count <form>": how often a synonym form is written
CF_KEYS = ("counterfactual be ing", "counterfactual with", "counterfactual have a",
           "counterfactual be not ing", "counterfactual without", "counterfactual have no")
M64 = (1 << 64) - 1

REQUIRED_WORDS = (
    "det", "copula", "noun_left", "number", "quantifier_1", "quantifier_2", "quantifier_3",
    "quantifier_12", "vague", "count_stop", "agree_singular", "agree_plural", "there", "small_cue",
    "small_after", "ocr_cue", "ocr_skip", "ocr_words", "ing_nouns", "with_det", "have", "have_det",
    "an_words", "a_words", "be_aux", "spatial_stop", "male", "female", "count_prep_stop",
    "ocr_surface", "plural_only", "attr_stop", "spatial_alone", "landmark_pron", "agent", "symmetric",
    "det_singular", "det_plural", "not_small", "animate", "person", "skin", "alone_only", "pp_start", "movable",
    "owned_after", "count_swap_stop", "kind_bound",
    "vague_swap_stop", "count_refs", "modifier_stop", "particle", "subject_animate", "spatial_read_only",
    "fixture_place", "place_fixture", "never_moved", "spatial_loose_place", "spatial_loose_values",
    "count_container",
)


# ---------------------------------------------------------------- hashing and RNG --------
def mix64(x):
    """splitmix64 finalizer over a 64-bit state increment."""
    x = (x + 0x9E3779B97F4A7C15) & M64
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & M64
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & M64
    return x ^ (x >> 31)


def fnv1a64(data):
    h = 0xCBF29CE484222325
    for b in data:
        h = ((h ^ b) * 0x100000001B3) & M64
    return h


def draw(seed, text_hash, cat, d):
    """The d-th random 64-bit word for category cat of the caption with this hash."""
    return mix64(mix64(mix64(seed & M64) ^ text_hash) ^ ((cat << 32) | d))


# ---------------------------------------------------------------- text helpers -----------
def upper(s):
    return "".join(chr(ord(c) - 32) if "a" <= c <= "z" else c for c in s)


def nbytes(word):
    """Length of a word in UTF-8 bytes (the C engine's word length)."""
    return len(word.encode("utf-8", "surrogatepass"))


def doc_case(doc, new, ref):
    """case_like, except that in an ALL CAPS caption everything written is upper case."""
    return upper(new) if doc.all_caps else case_like(new, ref)


def case_like(new, ref):
    """new in the case style of ref: ALL CAPS, Capitalized or as is."""
    letters = [c for c in ref if "A" <= c <= "Z" or "a" <= c <= "z"]
    if len(letters) > 1 and all("A" <= c <= "Z" for c in letters):
        return upper(new)
    if ref and "A" <= ref[0] <= "Z" and new and "a" <= new[0] <= "z":
        return chr(ord(new[0]) - 32) + new[1:]
    return new


# ---------------------------------------------------------------- lexicon ----------------
class Form:
    __slots__ = ("text", "plural", "ctx", "value", "mass")


class Lexicon:
    """Lexicon files (name, kind, bytes) as tables: classes of values of forms, a phrase
    table, words classes, patterns (compiled with ``re``) and weights."""

    def __init__(self, files):
        """files: list of (name, kind, bytes) in load order."""
        self.classes = []  # (kind, name, free, [value ids])
        self.values = []  # (class id, [form ids])
        self.forms = []
        self.phrases = {}  # phrase -> [(form id, is_plural)]
        self.words = {}  # words class name -> {phrase: index}
        self.words_list = {}  # words class name -> [phrase]
        self.patterns = {"quote": [], "protect": []}
        self.weights = {}  # phrase -> corpus count (weights.lex; the last count wins)
        self.maxw = 1
        class_index = {}
        for name, kind, data in files:
            cid, fids = None, []
            for rec in lexfile.parse(name, kind, data, context_ok=self.words.__contains__):
                if isinstance(rec, lexfile.Words):
                    lst = self.words_list.setdefault(rec.name, [])
                    d = self.words.setdefault(rec.name, {})
                    if rec.phrase not in d:
                        d[rec.phrase] = len(lst)
                        lst.append(rec.phrase)
                    self._saw(rec.phrase)
                elif isinstance(rec, lexfile.Class):
                    key = (kind, rec.name)
                    if key not in class_index:
                        class_index[key] = len(self.classes)
                        self.classes.append((kind, rec.name, rec.free, []))
                    cid = class_index[key]
                elif isinstance(rec, lexfile.Form):
                    fids.append(self._add_form(name, rec, kind, cid))
                elif isinstance(rec, lexfile.Value):
                    self.classes[cid][3].append(len(self.values))
                    self.values.append((cid, fids))
                    fids = []
                elif isinstance(rec, lexfile.Weight):
                    self.weights[rec.phrase] = rec.count
                    self._saw(rec.phrase)
                else:
                    try:
                        self.patterns[rec.name].append(re.compile(rec.regex))
                    except re.error as e:
                        raise FileFormatError(f"{name}:{rec.line}: bad pattern: {e}") from None
        for w in REQUIRED_WORDS:
            if w not in self.words:
                raise FileFormatError(f"words lexicon: required class {w!r} is missing")
        self.ocr_words = self.words_list["ocr_words"]
        self.cf_weight = [1 + self.weights.get(k, 0) for k in CF_KEYS]
        # context counts: weights keys "<category> <value> <context word>" (CONTEXT_CATS);
        # per category the total of each context word and of all pairs
        self.ctx_marg = {}
        self.ctx_vmarg = {}  # per category the total of each value (C: vmarg)
        self.ctx_total = {}
        # the fluency check's corpus n-grams ("unigram W", "bigram A B"): absent in weights
        # counted by an older version, then only agreement is checked
        self.has_unigrams = any(k.startswith("unigram ") for k in self.weights)
        self.has_bigrams = any(k.startswith("bigram ") for k in self.weights)
        for ph, cnt in self.weights.items():
            first, _, rest = ph.partition(" ")
            if first in CONTEXT_CATS and " " in rest:
                val, ctx = rest.rsplit(" ", 1)
                self.ctx_marg[(first, ctx)] = self.ctx_marg.get((first, ctx), 0) + cnt
                self.ctx_vmarg[(first, val)] = self.ctx_vmarg.get((first, val), 0) + cnt
                self.ctx_total[first] = self.ctx_total.get(first, 0) + cnt

    def _saw(self, phrase):
        self.maxw = max(self.maxw, phrase.count(" ") + 1)

    def _add_form(self, name, rec, kind, cid):
        f = Form()
        f.text, f.plural, f.ctx = rec.text, rec.plural, rec.context
        f.mass = f.plural == f.text
        f.value = len(self.values)  # the value being read
        self._saw(f.text)
        if f.plural is not None:
            self._saw(f.plural)
        # a form may not stand in two values of one class (that would make a synonym a
        # negative of itself); nouns and verbs are lists, not classes of alternatives
        for pf, _ in (self.phrases.get(f.text, ()) if kind not in ("nouns", "verbs") else ()):
            other = self.forms[pf]
            if other.value == f.value or self.values[other.value][0] == cid:
                raise lexfile.format_error(name, rec.line, "appears twice in one class:", f.text)
        fid = len(self.forms)
        self.forms.append(f)
        self.phrases.setdefault(f.text, []).append((fid, False))
        if f.plural is not None and f.plural != f.text:
            self.phrases.setdefault(f.plural, []).append((fid, True))
        return fid

    def value_weight(self, v):
        """1 + corpus count of the value's written form (its plural for plural use is not
        distinguished: the singular's count is used)."""
        return 1 + self.weights.get(self.forms[self.values[v][1][0]].text, 0)

    def number_weight(self, k):
        return 1 + self.weights.get(self.words_list["number"][k - 1], 0) if 1 <= k <= len(self.words_list["number"]) else 1

    def kind_of_form(self, fid):
        return self.classes[self.values[self.forms[fid].value][0]][0]


class Doc:
    """One caption: its words, their lower-case forms, protection and sentence ids."""

    def __init__(self, lex, text):
        self.lex = lex
        self.text = text
        self.spans = split_words(text)
        self.low = [lower(text[s:e]) for s, e in self.spans]
        n = len(self.spans)
        self.quotes = []
        for rx in lex.patterns["quote"]:
            self.quotes += [m.span() for m in rx.finditer(text) if m.end() > m.start()]
        prot = []
        for rx in lex.patterns["protect"]:
            prot += [m.span() for m in rx.finditer(text) if m.end() > m.start()]
        allp = prot + self.quotes
        self.protected = [any(s < pe and ps < e for ps, pe in allp) for s, e in self.spans]
        letters = [c for c in text if "A" <= c <= "Z" or "a" <= c <= "z"]
        self.all_caps = len(letters) > 1 and all("A" <= c <= "Z" for c in letters)
        self.sent = []
        sid = 0
        for i in range(n):
            if i > 0 and any(c in ".!?\n" for c in self.gap(i)):
                sid += 1
            self.sent.append(sid)

    def proper(self, k):
        """Word k looks like a proper name: capitalized inside a sentence of a caption that
        is not ALL CAPS ("a West 32nd sign")."""
        w = self.text[self.spans[k][0]]
        return ("A" <= w <= "Z" and not self.all_caps and k > 0 and self.sent[k] == self.sent[k - 1])

    def gap(self, i):
        """Text between word i-1 and word i."""
        return self.text[self.spans[i - 1][1]:self.spans[i][0]]

    def joined(self, i):
        """Word i-1 and word i are separated by whitespace only."""
        g = self.gap(i)
        return len(g) > 0 and all(c in WS for c in g)

    def n(self):
        return len(self.spans)

    def phrase_at(self, i, length):
        if i + length > len(self.spans):
            return None
        for k in range(i + 1, i + length):
            if not self.joined(k):
                return None
        return " ".join(self.low[i:i + length])

    def match(self, kinds, i):
        """Longest lexicon match starting at word i among forms of the given kinds whose
        context holds: (length, [(form id, is_plural)]) or (0, [])."""
        lex = self.lex
        for length in range(min(lex.maxw, len(self.spans) - i), 0, -1):
            ph = self.phrase_at(i, length)
            if ph is None or ph not in lex.phrases:
                continue
            hits = []
            for fid, pl in lex.phrases[ph]:
                if lex.kind_of_form(fid) not in kinds:
                    continue
                ctx = lex.forms[fid].ctx
                if ctx is not None and not self.ctx_holds(ctx, i + length, lex.kind_of_form(fid) == "attributes"):
                    continue
                hits.append((fid, pl))
            if hits:
                return length, hits
        return 0, []

    def ctx_holds(self, ctx, j, head):
        """The context class ctx of a form (`>CLASS`) holds at word j, the word after the
        form: j is a word of the class, joined to the form; for an attribute (head) whose
        context word is a noun, also the head of its phrase, with no noun joined after it
        ("a green field" is grassy, "a green street sign" is a sign of a colour)."""
        if not (j < len(self.spans) and self.joined(j) and self.low[j] in self.lex.words[ctx]):
            return False
        nouns = ("objects", "nouns")
        return not head or not (j + 1 < len(self.spans) and self.joined(j + 1)
                                and self.match(nouns, j + 1)[0] > 0 and self.match(nouns, j)[0] > 0)

    def words_match(self, cls, i):
        """Length of the longest phrase of words class cls starting at word i (0: none)."""
        d = self.lex.words[cls]
        for length in range(min(self.lex.maxw, len(self.spans) - i), 0, -1):
            ph = self.phrase_at(i, length)
            if ph is not None and ph in d:
                return length
        return 0

    def in_words(self, cls, i):
        return 0 <= i < len(self.spans) and self.low[i] in self.lex.words[cls]

    def is_noun(self, i):
        return i < len(self.spans) and self.match(("objects", "nouns"), i)[0] > 0

    def is_attr1(self, i, bound=False):
        """Word i alone is an attribute word (bound: of a class that describes things, not
        a pose or action "*name" class)."""
        if i < 0 or i >= len(self.spans):
            return False
        lex = self.lex
        for fid, _ in lex.phrases.get(self.low[i], ()):
            if lex.kind_of_form(fid) == "attributes" and lex.forms[fid].ctx is None:
                if not bound or not lex.classes[lex.values[lex.forms[fid].value][0]][2]:
                    return True
        return False

    def free(self, i, j):
        return not any(self.protected[i:j])


# ---------------------------------------------------------------- sites ------------------
class Site:
    __slots__ = ("cat", "i", "j", "fid", "plural", "nalt", "alts", "extra", "count", "vague", "plain", "kind",
                 "fid2", "alone")

    def __init__(self, cat, i, j, nalt, fid=-1, plural=False, alts=None, extra=None):
        self.cat, self.i, self.j, self.nalt = cat, i, j, nalt
        self.fid, self.plural, self.alts, self.extra = fid, plural, alts, extra
        self.count, self.vague = 0, False  # counting: the count read, and whether it is vague
        self.plain = False  # counting: the count is written as the engine writes counts (digits, a/an, one..)
        self.kind = "attr"  # binding: "attr" (two attributes), "noun" (two noun phrases), "count" (two counts)
        self.fid2 = -1  # binding: the second form swapped (fid is the first)
        self.alone = False  # spatial: no landmark follows ("the cat is outside.")


def other_values(lex, fid, need_mass=None):
    f = lex.forms[fid]
    cid = lex.values[f.value][0]
    out = []
    for v in lex.classes[cid][3]:
        if v == f.value:
            continue
        if need_mass is not None and lex.forms[lex.values[v][1][0]].mass != need_mass:
            continue
        out.append(v)
    return out


def plain_word(doc, j):
    """Word j is no function word, noun, verb or attribute (e.g. "grassy", "frosted")."""
    return (not any(doc.low[j] in doc.lex.words[c] for c in REQUIRED_WORDS) and not doc.is_noun(j)
            and not doc.match(("verbs",), j)[0] and not doc.match(("attributes",), j)[0])


# ---------------------------------------------------------------- nouns ------------------
# words classes of function words: a word in one of them is no noun (C: nouns.c)
FUNCTION_WORDS = ("det", "copula", "noun_left", "number", "quantifier_1", "quantifier_2", "quantifier_3",
                  "quantifier_12", "vague", "agree_singular", "agree_plural", "there", "with_det", "have",
                  "have_det", "be_aux", "landmark_pron", "det_singular", "det_plural", "agent", "symmetric",
                  "ocr_cue")


def function_word(doc, k):
    return k < doc.n() and any(doc.low[k] in doc.lex.words[c] for c in FUNCTION_WORDS)


def verb_or_relation(doc, k):
    w = doc.low[k]
    return (doc.match(("verbs",), k)[0] > 0 or doc.match(("spatial",), k)[0] > 0
            or (w.endswith("ing") and w not in doc.lex.words["ing_nouns"]))


def bare_word(doc, j):
    """Word j is no function word, relation or attribute, letters only and not in
    -ing/-ed/-ly: a word no lexicon but nouns.lex or verbs.lex may know (C: bare_word)."""
    w = doc.text[doc.spans[j][0]:doc.spans[j][1]]
    low = doc.low[j]
    return not (function_word(doc, j) or not all("a" <= c <= "z" or "A" <= c <= "Z" or c in "'-" for c in w)
                or (low.endswith("ing") and low not in doc.lex.words["ing_nouns"]) or low.endswith(("ed", "ly"))
                or doc.match(("spatial",), j)[0] or doc.match(("attributes",), j)[0])


def noun_like(doc, j):
    """Word j is a noun of the lexicons, or a word no lexicon but verbs.lex and no
    function-word class knows (letters only, not in -ing/-ed/-ly) followed by the end of the text,
    punctuation, a function word, a verb or a relation: it stands where a noun does ("near
    a blue phonebooth.", "a golden obelisk stands")."""
    if j >= doc.n():
        return False
    if doc.is_noun(j):
        return True
    if not bare_word(doc, j):
        return False
    k = j + 1
    return k >= doc.n() or not doc.joined(k) or function_word(doc, k) or verb_or_relation(doc, k)


def agree_pos(doc, k):
    """The word a verb agreeing with a noun that ends before word k would be: k, past
    "that/which/who", or past a phrase that starts with a pp_start word ("a woman with a
    red umbrella is", "two men in orange vests are": a modifier noun may come before its
    noun) when a verb or an agree word follows it (C: nouns.c)."""
    if k + 1 < doc.n() and doc.joined(k) and doc.low[k] in ("that", "which", "who") and doc.joined(k + 1):
        k += 1
    if k >= doc.n() or not doc.joined(k) or not doc.in_words("pp_start", k):
        return k
    p = k + 1
    for _ in range(2):
        if not (p < doc.n() and doc.joined(p) and doc.in_words("det", p)):
            break
        p += 1
    for _ in range(3):
        if not (p < doc.n() and doc.joined(p) and doc.is_attr1(p) and not doc.is_noun(p)):
            break
        p += 1
    if p >= doc.n() or not doc.joined(p):
        return k
    length, _ = doc.match(("objects", "nouns"), p)
    if not length:  # a noun no lexicon knows, then a verb that is no noun: "a man on a quad follows"
        if not noun_like(doc, p) or (p + 1 < doc.n() and doc.is_noun(p + 1)):
            return k
        length = 1
    p += length

    def verb_at(p):
        return p < doc.n() and doc.joined(p) and (doc.in_words("agree_singular", p) or doc.in_words("agree_plural", p)
                                                  or doc.match(("verbs",), p)[0])
    # past a modifier noun when a verb follows the noun after it: "in orange vests are"
    # ("vests" is a verb too), "in suits stand" ("stand" is a noun too)
    l2 = doc.match(("objects", "nouns"), p)[0] if p < doc.n() and doc.joined(p) else 0
    if l2 and verb_at(p + l2):
        p += l2
    return p if verb_at(p) else k


def ngram(lex, *words):
    """Corpus count of "unigram W" / "bigram A B" (weights.lex)."""
    return lex.weights.get(("unigram " if len(words) == 1 else "bigram ") + " ".join(words), 0)


def compound(doc, k):
    """Words k and k + 1 are two nouns the corpus has side by side ("commuter train")."""
    return (doc.lex.has_bigrams and k + 1 < doc.n() and doc.joined(k + 1) and doc.is_noun(k)
            and doc.is_noun(k + 1) and ngram(doc.lex, doc.low[k], doc.low[k + 1]) > 0)


def noun_after(doc, j):
    """A noun (or a word standing where one does) at word j that is no attr_stop word."""
    return j < doc.n() and doc.joined(j) and not doc.in_words("attr_stop", j) and noun_like(doc, j)


def attr_context(doc, i, length, strict):
    """An attribute at words [i, i+length) stands before a noun (possibly after one plain
    word: "large grassy area"), or, unless strict, before another attribute (not a
    participle before "with"/"by": "a city square decorated with a tree"), after a copula
    or after "in" (never a participle before "with"/"by" there: "is decorated with flags",
    "is crowded with people" say what is done to it)."""
    j = i + length

    def participle_before(j):  # "-ed" and longer than "red", then "with"/"by"
        return (nbytes(doc.low[j - 1]) > 4 and doc.low[j - 1].endswith("ed") and j < doc.n()
                and doc.low[j] in ("with", "by"))
    if noun_after(doc, j):
        return True
    if j < doc.n() and doc.joined(j):
        l2, hits = doc.match(("attributes",), j)
        if not strict and l2:
            return not participle_before(j + l2)  # not "a city square decorated with a tree"
        # strict: before an attribute of a thing that stands before its noun ("gray painted walls")
        lex = doc.lex
        if (l2 and not lex.classes[lex.values[lex.forms[hits[0][0]].value][0]][2] and noun_after(doc, j + l2)
                and doc.is_noun(j + l2)):
            return True
        if plain_word(doc, j) and noun_after(doc, j + 1) and doc.is_noun(j + 1):
            return True
    if not strict and i > 0 and doc.joined(i) and (doc.in_words("copula", i - 1) or doc.low[i - 1] == "in"):
        # "the car is red", "a goalkeeper in orange"; not "is decorated with flags"
        return not participle_before(j)
    return False


def said_nearby(doc, v, kind, i, length, xi, xj):
    """Value v is said by a single word of lexicon kind within three words of [i,
    i+length), outside it and outside [xi, xj)."""
    lex = doc.lex
    for k in range(max(i - 3, 0), min(i + length + 3, doc.n())):
        if i <= k < i + length or xi <= k < xj:
            continue
        for f2, _ in lex.phrases.get(doc.low[k], ()):
            if lex.kind_of_form(f2) == kind and lex.forms[f2].value == v:
                return True
    return False


def animate_subject(doc, i):
    """A pose (a words.lex subject_animate class) at word i is said of a person or an
    animal: its subject, the nearest noun before it (at most eight words back, same
    sentence) that no preposition brings in (after "of" only when a count_stop noun comes
    before it), is one, or there is none (C: sites_attribute.c)."""
    k = i - 1
    while k >= 0 and i - k <= 8 and doc.sent[k] == doc.sent[i]:
        if not doc.is_noun(k):
            k -= 1
            continue
        p = k
        while p > 0 and k - p < 3 and (doc.in_words("det", p - 1) or doc.in_words("number", p - 1)
                                       or doc.is_attr1(p - 1)):
            p -= 1
        animate = doc.in_words("animate", k) or doc.in_words("person", k)
        if p == 0 or doc.sent[p - 1] != doc.sent[i] or not doc.in_words("pp_start", p - 1):
            return animate
        if doc.low[p - 1] == "of" and p >= 2 and doc.in_words("count_stop", p - 2):
            return animate
        k = p - 2  # a noun a preposition brings in: the subject is before it
    return True


SAME_REACH = 16  # words each side that said_before_same looks (C: sites_values.c)


def attribute_sites(doc, strict):
    lex = doc.lex
    out = []
    i = 0
    while i < doc.n():
        length, hits = doc.match(("attributes",), i)
        # never the start of a longer noun ("hot dog"), nor a person's skin ("a white man")
        skin = (length == 1 and doc.in_words("skin", i) and i + 1 < doc.n() and doc.joined(i + 1)
                and doc.in_words("person", i + 1))
        if (length and doc.free(i, i + length) and not doc.proper(i) and not skin
                and not doc.match(("objects", "nouns"), i)[0] > length):
            fid = hits[0][0]
            cid = lex.values[lex.forms[fid].value][0]
            free_cls = lex.classes[cid][2]
            # a pose or action before "down"/"up" is a phrasal verb: no "standing down"
            k = i + length  # ... unless a determiner or noun follows: "walking down the street"
            phrasal = (free_cls and k < doc.n() and doc.joined(k) and doc.in_words("particle", k)
                       and not (k + 1 < doc.n() and doc.joined(k + 1) and (doc.in_words("det", k + 1) or doc.is_noun(k + 1))))
            if lex.classes[cid][1].replace("_", " ") in lex.words["subject_animate"] and not animate_subject(doc, i):
                phrasal = True  # a pose of a thing: "a cup of coffee sitting" is "laying" too
            if not phrasal and ((free_cls and not strict) or attr_context(doc, i, length, strict)):
                # never a value already said nearby ("red and white" -> "red and red")
                near = set()
                for k in range(max(i - 3, 0), min(i + length + 3, doc.n())):
                    if i <= k < i + length:
                        continue
                    for f2, _ in lex.phrases.get(doc.low[k], ()):
                        if lex.kind_of_form(f2) == "attributes":
                            near.add(lex.forms[f2].value)
                # ... nor one said right before the same word elsewhere in the sentence,
                # within SAME_REACH words ("a large carrot, a medium carrot and a small
                # carrot": no "a big carrot")
                j = i + length
                for q in range(max(i - SAME_REACH, 0), min(j + SAME_REACH + 1, doc.n() - 1) if j < doc.n() else 0):
                    if not i <= q < j and doc.sent[q] == doc.sent[i] and doc.low[q + 1] == doc.low[j]:
                        for f2, _ in lex.phrases.get(doc.low[q], ()):
                            if lex.kind_of_form(f2) == "attributes":
                                near.add(lex.forms[f2].value)
                alts = [v for v in other_values(lex, fid) if v not in near]
                if alts:
                    out.append(Site("attribute", i, i + length, len(alts), fid, alts=alts))
            i += length
        else:
            i += 1
    return out


def object_ok(doc, i, length, fid):
    """Context of an object noun at words [i, i+length)."""
    lex = doc.lex
    if i > 0:
        p = doc.low[i - 1]
        ok = (p in lex.words["det"] or p in lex.words["noun_left"] or p in lex.words["number"]
              or doc.is_attr1(i - 1) or p.endswith("'s") or p.endswith("\u2019s") or not doc.joined(i))
        if not ok:
            return False
        if p == "to" and doc.match(("verbs",), i)[0]:
            return False  # "not to park under this tree": a verb
    j = i + length
    # "orange juice", "glass vase": the word is an attribute here
    if j < doc.n() and doc.joined(j) and doc.is_noun(j):
        if doc.match(("attributes",), i)[0] == length:
            return False
    return True


def object_sites(doc):
    lex = doc.lex
    out = []
    i = 0
    while i < doc.n():
        length, hits = doc.match(("objects",), i)
        if length and doc.free(i, i + length) and not doc.proper(i) and object_ok(doc, i, length, hits[0][0]):
            fid, pl = hits[0]
            f = lex.forms[fid]
            # never an object said nearby ("men and women" never gives "men and men")
            near = set()
            for k in range(max(i - 3, 0), min(i + length + 3, doc.n())):
                if i <= k < i + length:
                    continue
                for f2, _ in lex.phrases.get(doc.low[k], ()):
                    if lex.kind_of_form(f2) == "objects":
                        near.add(lex.forms[f2].value)
            alts = [v for v in other_values(lex, fid, need_mass=f.mass) if v not in near]
            # never a fixture of a room named within SAME_REACH words in the sentence ("a small
            # refrigerator in a small kitchen" -> "a small sink" may be true; C: room_fixture)
            rooms = [doc.low[k] for k in range(max(i - SAME_REACH, 0), min(i + SAME_REACH + 1, doc.n()))
                     if doc.sent[k] == doc.sent[i] and doc.in_words("fixture_place", k)]
            alts = [v for v in alts if not any(f"{r} {value_name(lex, v)[0]}" in lex.words["place_fixture"]
                                               for r in rooms)]
            if alts:
                out.append(Site("object", i, i + length, len(alts), fid, plural=pl, alts=alts))
            i += length
        else:
            i += 1
    return out


def small_cued(doc, i, j):
    """Object at words [i, j) is cued as small or far away; never a place (not_small)."""
    if doc.phrase_at(i, j - i) in doc.lex.words["not_small"]:
        return False
    p = i - 1
    for _ in range(3):
        if p < 0 or not doc.joined(p + 1):
            break
        if doc.in_words("small_cue", p) or (p > 0 and doc.joined(p) and doc.phrase_at(p - 1, 2) in doc.lex.words["small_cue"]):
            return True
        if doc.is_attr1(p):
            p -= 1
            continue
        break
    if j < doc.n() and doc.joined(j) and doc.words_match("small_after", j):
        return True
    return False


def count_at(doc, i):
    """(length, count, style, vague) of a count expression at word i, or None."""
    lex = doc.lex
    w = doc.low[i]
    if w.isascii() and w.isdigit() and len(w) <= 3:
        v = int(w)
        if 1 <= v <= 100:
            return 1, v, "digit", False
        return None
    best = None
    for cls, v in (("number", None), ("quantifier_1", 1), ("quantifier_2", 2), ("quantifier_3", 3),
                   ("quantifier_12", 12), ("vague", 3)):
        length = doc.words_match(cls, i)
        if length and (best is None or length > best[0]):
            val = lex.words["number"][doc.phrase_at(i, length)] + 1 if v is None else v
            best = (length, val, "word", cls == "vague")
    return best


def count_alternatives(n, vague):
    if vague:
        return [1]  # "several", "a few": two may be what they say
    s = {1, 2, 3, 4, n - 1, n + 1, 2 * n}
    return sorted(k for k in s if 1 <= k <= 20 and k != n)


NUMBER_WORDS = None


def counting_sites(doc, after_prep=False):
    """Counting sites; after_prep: also counts right after a preposition (binding's count
    swaps: "a motorcycle behind two vans" -> "two motorcycles behind a van")."""
    lex = doc.lex
    out = []
    i = 0
    while i < doc.n():
        c = count_at(doc, i) if not doc.protected[i] else None
        if c is not None and i > 0 and doc.in_words("count_prep_stop", i - 1) and not after_prep:
            c = None  # "on a table" -> "on two tables" reads oddly; count subjects and objects
        if c is None:
            i += 1
            continue
        length, n, style, vague = c
        j = i + length
        skipped = 0
        while skipped < 2 and j < doc.n() and doc.joined(j) and doc.is_attr1(j) and not doc.is_noun(j):
            j += 1
            skipped += 1
        site = None
        if j < doc.n() and doc.joined(j):
            nl, hits = doc.match(("objects", "nouns"), j)
            for _ in range(2):  # up to two modifier nouns: "two video game controllers"
                if not nl or doc.proper(j) or not modifier_noun(doc, j, nl, hits, n == 1):
                    break
                j += nl
                nl, hits = doc.match(("objects", "nouns"), j)
            if nl and doc.free(i, j + nl) and not doc.proper(j):
                want_plural = n != 1
                ph = doc.phrase_at(j, nl)
                last = doc.low[j + nl - 1]
                stop = ph in lex.words["count_stop"] or last in lex.words["count_stop"]
                hit = None
                for fid, pl in hits:
                    if not lex.forms[fid].mass and pl == want_plural:
                        hit = fid
                        break
                k = j + nl
                if k + 1 < doc.n() and doc.joined(k) and doc.low[k] in ("that", "which", "who") and doc.joined(k + 1):
                    k += 1
                agree = agree_pos(doc, j + nl)  # the word that agrees with the noun
                verb = None
                if hit is not None and k < doc.n() and doc.joined(k) and not doc.protected[k]:
                    verb_k = doc.match(("verbs",), k)[0] > 0
                    if ((doc.is_noun(k) and not verb_k) or doc.is_attr1(k, bound=True)
                            or (doc.is_attr1(j) and plain_word(doc, k))
                            or (k == j + nl and compound(doc, k - 1))):
                        hit = None  # "ball chain", "light red", "metal railing", "commuter train": a modifier
                    else:
                        vl, vh = doc.match(("verbs",), k)
                        if agree != k:
                            vl, vh = doc.match(("verbs",), agree) if agree < doc.n() and not doc.protected[agree] else (0, [])
                        if vl == 1:
                            verb = vh[0]
                if hit is not None and not stop:
                    alts = count_alternatives(n, vague)
                    if i > 0 and doc.joined(i) and doc.in_words("det", i - 1):
                        alts = [a for a in alts if a != 1]  # "the two dogs" never gives "the a dog"
                    if alts:
                        site = Site("counting", i, j + nl, len(alts), hit, plural=want_plural, alts=alts,
                                    extra=(length, j, nl, style, verb, agree))
                        site.count, site.vague = n, vague
                        ph = doc.phrase_at(i, length)
                        site.plain = style == "digit" or ph in lex.words["number"] or ph in ("a", "an")
        if site is not None:
            out.append(site)
            i = site.j
        else:
            i += length
    return out


def modifier_noun(doc, j, nl, hits, one):
    """The noun at words [j, j+nl) modifies the next one, which the counted noun follows
    ("two video game controllers", "a traffic light"): one of its forms is singular, and
    its last word and the next are nouns side by side in the corpus (not protected; after
    a count of one (one), no verb that agrees with it, "a dog plays", unless a noun of the
    corpus follows that too: "a video game controller")."""
    k = j + nl
    if k >= doc.n() or not doc.joined(k) or doc.protected[k] or not compound(doc, k - 1):
        return False
    if one and any(sing for _, sing in doc.match(("verbs",), k)[1]) and not compound(doc, k):
        return False
    return any(not pl for _, pl in hits)


def number_word(lex, k):
    return lex.words_list["number"][k - 1]


def ocr_sites(doc):
    lex = doc.lex
    cand = []  # word indices in order of appearance
    inq = [False] * doc.n()
    starts = [s for s, _ in doc.spans]
    for qs, qe in doc.quotes:
        k = bisect.bisect_left(starts, qs + 1)
        inside = []
        while k < doc.n() and doc.spans[k][0] < qe - 1:
            if doc.spans[k][1] <= qe - 1:
                inq[k] = True
                inside.append(k)
            k += 1
        # one lower-case word in scare quotes ('A cat "reading" the text') is no written
        # text, unless an ocr_cue word comes before it or an ocr_surface word after it
        if len(inside) == 1:
            k = inside[0]
            w = doc.text[doc.spans[k][0]:doc.spans[k][1]]
            if (all("a" <= c <= "z" or c in "'-" for c in w)
                    and not (k > 0 and doc.in_words("ocr_cue", k - 1))
                    and not (k + 1 < doc.n() and doc.in_words("ocr_surface", k + 1))):
                inq[k] = False
    for k in range(doc.n()):
        if inq[k]:
            cand.append(k)
        elif k > 0 and doc.joined(k) and doc.in_words("ocr_cue", k - 1) and not doc.in_words("ocr_skip", k) \
                and not inq[k - 1]:
            cand.append(k)
    out = []
    for k in cand:
        w = doc.text[doc.spans[k][0]:doc.spans[k][1]]
        if any("0" <= c <= "9" for c in w):
            out.append(Site("ocr", k, k + 1, 3, extra="digit"))
        elif all(("a" <= c <= "z") or ("A" <= c <= "Z") or c in "'-" for c in w):
            lw = lower(w)
            # never the word itself nor the word next to it ("spring in the city" -> "city city")
            near = {doc.low[q] for q in (k - 1, k + 1) if 0 <= q < doc.n()}
            alts = [x for x, ph in enumerate(lex.ocr_words)
                    if ph != lw and ph not in near and abs(len(ph) - len(w)) <= 2]
            if alts:
                out.append(Site("ocr", k, k + 1, len(alts), alts=alts, extra="word"))
    # text where none is written: 'a sign' -> 'a sign that says "EXIT"'
    for k in range(doc.n()):
        if not doc.in_words("ocr_surface", k) or doc.protected[k] or inq[k]:
            continue
        if any(k + d < doc.n() and (inq[k + d] or doc.in_words("ocr_cue", k + d)) for d in (1, 2)):
            continue
        out.append(Site("ocr", k, k + 1, len(lex.ocr_words), extra="insert"))
    return out


def restore_det(doc, k):
    """What "no" becomes when a negation is lifted, k being the word after it: "a"/"an"
    before a singular count noun (up to two attribute words between), "some" before a
    plural or mass noun; None when no known noun follows."""
    j = k
    skipped = 0
    while skipped < 2 and j < doc.n() and doc.joined(j) and doc.is_attr1(j) and not doc.is_noun(j):
        j += 1
        skipped += 1
    if j >= doc.n() or not doc.joined(j) or doc.protected[j]:
        return None
    nl, hits = doc.match(("objects", "nouns"), j)
    if not nl or not doc.free(k, j + nl):
        return None
    fid, plural = hits[0]
    if plural or doc.lex.forms[fid].mass:
        return "some"
    return "an" if needs_an(doc.lex, doc.low[k]) else "a"


def thing_after(doc, k):
    """A countable, concrete noun follows word k (up to two attribute words between): no
    count_stop noun ("has a lot of", "there is a picture of")."""
    j = k
    skipped = 0
    while skipped < 2 and j < doc.n() and doc.joined(j) and doc.is_attr1(j) and not doc.is_noun(j):
        j += 1
        skipped += 1
    if j >= doc.n() or not doc.joined(j) or not doc.free(k, j + 1):
        return False
    nl, _ = doc.match(("objects", "nouns"), j)
    if not nl:
        return False
    return doc.phrase_at(j, nl) not in doc.lex.words["count_stop"] and not doc.in_words("count_stop", j + nl - 1)


def counterfactual_sites(doc):
    """Assertions that can be negated (kinds "not", "without", "no") and negations that can
    be lifted ("drop_not": is not V-ing -> is V-ing, "with": without -> with, "restore":
    has no / there is no -> a, an or some)."""
    out = []
    n = doc.n()
    for i in range(n):
        if doc.protected[i]:
            continue
        nxt = i + 1 < n and doc.joined(i + 1) and not doc.protected[i + 1]

        def ing(k):
            w = doc.low[k]
            return len(w) >= 5 and w.endswith("ing") and w not in doc.lex.words["ing_nouns"]

        if nxt and doc.in_words("be_aux", i):
            if ing(i + 1):
                out.append(Site("counterfactual", i, i + 1, 1, extra="not"))
            if doc.low[i + 1] == "not" and i + 2 < n and doc.joined(i + 2) and not doc.protected[i + 2] and ing(i + 2):
                out.append(Site("counterfactual", i + 1, i + 3, 1, extra="drop_not"))
        if nxt and doc.low[i] == "with" and doc.in_words("with_det", i + 1) and thing_after(doc, i + 2):
            out.append(Site("counterfactual", i, i + 1, 1, extra="without"))
        if nxt and doc.low[i] == "without" and doc.in_words("with_det", i + 1):
            out.append(Site("counterfactual", i, i + 1, 1, extra="with"))
        k = None  # the determiner after "has" or "there is"
        if nxt and doc.in_words("have", i):
            k = i + 1
        if (nxt and doc.in_words("there", i) and doc.low[i + 1] in ("is", "was") and i + 2 < n
                and doc.joined(i + 2) and not doc.protected[i + 2]):
            k = i + 2
        if k is not None:
            if (doc.in_words("have_det", k) and not (k + 1 < n and doc.low[k + 1] == "of")  # "has one of"
                    and thing_after(doc, k + 1)):
                out.append(Site("counterfactual", k, k + 1, 1, extra="no"))
            elif doc.low[k] == "no" and k + 1 < n and thing_after(doc, k + 1) and restore_det(doc, k + 1):
                out.append(Site("counterfactual", k, k + 1, 1, extra="restore"))
    return out


def binding_sites(doc):
    """Two attributes of two nouns, then two noun phrases, then two counts of one sentence
    that trade places (C: sites_binding.c, sites_swap_nouns.c, sites_swap_counts.c)."""
    return attribute_swaps(doc) + noun_swaps(doc) + count_swaps(doc)


MOVE_REACH = 12  # an attribute moves to a noun at most this many words away (C: MOVE_REACH)


def attribute_moves(doc, attrs):
    """The only attribute of a noun (not at the caption's start), of a movable class
    (words.lex: colours, materials, patterns, shapes), moves to a noun phrase of its
    sentence that has none and a determiner ("a black cat is sitting in a bathroom sink" ->
    "a cat is sitting in a black bathroom sink"): never to the same noun word, never next to
    the same value, never where it is typical ("a green field"), the target within
    MOVE_REACH words, never onto a person ("a blue man"), nor a phrase with a word an
    attribute may be before its noun ("a orange cat", "a glass table")."""
    lex = doc.lex
    out = []
    for sa in attrs:
        cls = lex.values[lex.forms[sa.fid].value][0]
        if sa.i == 0 or lex.classes[cls][1] not in lex.words["movable"] or not lonely_attr(doc, sa):
            continue
        if not doc.joined(sa.i):
            continue  # the move deletes the space before it: "carrots, green pod beans" keeps its comma
        q = sa.i - 1  # past one plain word or attribute ("a leafy green bush")
        if q > 0 and doc.joined(q) and (plain_word(doc, q) or doc.is_attr1(q)):
            q -= 1
        p = doc.low[q]
        if not (doc.in_words("det", q) or doc.in_words("number", q) or p.endswith(("'s", "\u2019s"))):
            nl, hits = doc.match(("objects", "nouns"), attr_noun(doc, sa))
            if nl and not any(pl or lex.forms[f].mass for f, pl in hits):
                continue  # "a man in white shirt" would leave "in shirt" (a bare plural or mass noun may)
        v = lex.forms[sa.fid].value
        vt = value_name(lex, v)[0]
        if vt in lex.words["never_moved"]:
            continue  # "a brown bird", "a brown fence" are often true (C: never_moved)
        t, hi = max(sa.i - MOVE_REACH, 0), sa.j + MOVE_REACH
        while t < hi and t < doc.n():
            length, hits = doc.match(("objects", "nouns"), t)
            np_ = noun_phrase(doc, t, length, hits[0]) if length and doc.sent[t] == doc.sent[sa.i] else None
            if np_ is None:
                t += length or 1
                continue
            t += length
            # "a blue man": no attribute moves onto a person, nor a place ("a brown kitchen")
            person = (doc.in_words("person", np_["h"]) or doc.in_words("person", np_["e"] - 1)  # "a tennis player"
                      or doc.in_words("not_small", np_["e"] - 1))
            typical = typical_pair(lex, "attribute", vt, doc.low[np_["s"]])  # "a green field" may still be true
            if (np_["nattr"] or np_["intro"] == np_["s"] or np_["s"] <= sa.j < np_["e"]
                    or doc.low[sa.i] in doc.low[np_["s"]:np_["e"]]  # "a metal tray": no "metal metal tray"
                    # a word an attribute may be, read as a noun: no "a green orange cat"
                    or any(doc.match(("attributes",), k)[0] for k in range(np_["s"], np_["h"]))
                    or doc.low[np_["h"]] == doc.low[sa.j] or person or typical
                    or said_nearby(doc, v, "attributes", np_["s"], np_["e"] - np_["s"], sa.i, sa.j)):
                continue
            out.append(swap_site("move", (sa.i, sa.j), (np_["s"], np_["e"]), sa.fid, -1))
    return out


def swap_site(kind, a, b, fid, fid2):
    """A binding site swapping words a = (i, j) and b = (i, j)."""
    site = Site("binding", a[0], b[1], 1, fid=fid, extra=(a[0], a[1], b[0], b[1]))
    site.fid2, site.kind = fid2, kind
    return site


def attr_noun(doc, site):
    """The noun a strict attribute site describes: right after it, or past one plain word."""
    j = site.j
    return j if noun_after(doc, j) else j + 1


PLAUSIBLE_MIN = 20  # a context word in fewer pairs says too little (C: PLAUSIBLE_MIN)
PLAUSIBLE_EXPECT = 0.1  # nor a pair expected fewer times were value and word independent (C)


TYPICAL_SHARE = 0.1  # an attribute of at least this share of a noun's pairs is typical of it (C)


def typical_pair(lex, cc, v, w):
    """Value text v is typical of context word w of context cc ("green field")."""
    marg = lex.ctx_marg.get((cc, w), 0)
    return marg > 0 and lex.weights.get(f"{cc} {v} {w}", 0) >= TYPICAL_SHARE * marg


def plausible_pair(lex, cc, v, w):
    """Value text v with context word w of context cc is plausible: the corpus has the pair,
    or w is too rare in that context to say, or v is (the pair would be expected fewer than
    PLAUSIBLE_EXPECT times were they independent), or the corpus has no pairs of cc."""
    total = lex.ctx_total.get(cc)
    if not total:
        return True
    marg = lex.ctx_marg.get((cc, w), 0)
    if marg < PLAUSIBLE_MIN:
        return True
    if lex.weights.get(f"{cc} {v} {w}", 0) > 0:
        return True
    return marg * lex.ctx_vmarg.get((cc, v), 0) < PLAUSIBLE_EXPECT * total



def same_noun_at(doc, na, nb):
    """The nouns after two attributes, at words na and nb, are the same: the same word, or,
    when both start a noun of the lexicons, the same noun ("a blue tennis court" and "a
    black tennis racket" are two) (C: same_noun_at)."""
    if na >= doc.n() or nb >= doc.n() or doc.low[na] != doc.low[nb]:
        return False
    la, lb = doc.match(("objects", "nouns"), na)[0], doc.match(("objects", "nouns"), nb)[0]
    if not la or not lb:
        return True
    return la == lb and doc.low[na:na + la] == doc.low[nb:nb + lb]


def particle_after(doc, j):
    """A particle (words.lex) right after an attribute ending before word j ("lit up") (C)."""
    return j < doc.n() and doc.joined(j) and doc.in_words("particle", j)


def attribute_swaps(doc):
    """Two attributes of one class (or of two classes, each the only attribute of its noun:
    "a brick building with a blue sign"), each before its noun, in one sentence; never of
    the same noun word ("a small vase and a large vase"), never next to the value it brings
    ("a black & white vase" never gets "black & black")."""
    attrs = attribute_sites(doc, strict=True)
    lex = doc.lex
    out = []
    for a in range(len(attrs)):
        # the next BIND_NEXT attributes of the same sentence (bounded: a long caption must
        # not give a quadratic number of pairs)
        for b in range(a + 1, min(a + 1 + BIND_NEXT, len(attrs))):
            sa, sb = attrs[a], attrs[b]
            if doc.sent[sa.i] != doc.sent[sb.i]:
                break
            va, vb = lex.forms[sa.fid].value, lex.forms[sb.fid].value
            ca, cb = lex.values[va][0], lex.values[vb][0]
            same = va != vb and ca == cb
            # two classes: neither said only of some kinds of things (words.lex kind_bound:
            # never "two paved skateboarders on a male slope")
            bound = lex.words["kind_bound"]
            cross = (ca != cb and not lex.classes[ca][2] and not lex.classes[cb][2]
                     and lex.classes[ca][1].replace("_", " ") not in bound  # "hair_color": "hair color"
                     and lex.classes[cb][1].replace("_", " ") not in bound
                     and lonely_attr(doc, sa, True) and lonely_attr(doc, sb, True))
            if not (same or cross):
                continue
            if particle_after(doc, sa.j) or particle_after(doc, sb.j):
                continue  # "lit up", "cut up": a swap would split it ("a tall up clock")
            if same_noun_at(doc, attr_noun(doc, sa), attr_noun(doc, sb)):
                continue
            if (said_nearby(doc, vb, "attributes", sa.i, sa.j - sa.i, sb.i, sb.j)
                    or said_nearby(doc, va, "attributes", sb.i, sb.j - sb.i, sa.i, sa.j)):
                continue
            out.append(swap_site("attr", (sa.i, sa.j), (sb.i, sb.j), sa.fid, sb.fid))
    return out + attribute_moves(doc, attrs)


def lonely_attr(doc, site, swap=False):
    """The attribute at site directly precedes its noun and follows no other attribute,
    nor "and"/"or" ("black and white cat", "black-and white"); for a swap, unless a noun stands before that
    ("a fried egg and colorful vegetables": a new phrase; never for a move, where "a bowl
    and silver canister" -> "a silver bowl and canister" may say the same)."""
    i, j = site.i, site.j
    if i > 0 and doc.joined(i) and doc.match(("attributes",), i - 1)[0]:
        return False
    if i > 0 and doc.low[i - 1].endswith(("-and", "-or", "-")):
        return False  # "black-and white"
    if i > 0 and doc.low[i - 1] in ("and", "or") and not (swap and i > 1 and doc.is_noun(i - 2)
                                                          and not doc.is_attr1(i - 2)):
        return False
    for k in range(max(i - 2, 0), i):  # a two-word attribute ending right before
        if doc.joined(k + 1) and doc.match(("attributes",), k)[0] == i - k:
            return False
    return j < doc.n() and doc.joined(j) and noun_like(doc, j)


NP_MAX_PRE = 3  # words before a noun that belong to its phrase (C: NP_MAX_PRE)


def unknown_modifier(doc, p):
    """Word p is a word no lexicon knows (letters and "-" only: no possessive; not in
    -ing/-ed/-ly; no modifier_stop word: "the same direction") right after a determiner or
    count: a modifier of the noun after it ("a smart car")."""
    if p == 0 or not doc.joined(p) or not plain_word(doc, p) or doc.in_words("modifier_stop", p):
        return False
    w, low = doc.text[doc.spans[p][0]:doc.spans[p][1]], doc.low[p]
    if (not all("a" <= c <= "z" or "A" <= c <= "Z" or c in "-" for c in w)
            or (low.endswith("ing") and low not in doc.lex.words["ing_nouns"]) or low.endswith(("ed", "ly"))):
        return False
    return doc.in_words("det", p - 1) or doc.in_words("number", p - 1) or doc.in_words("det_plural", p - 1)


def noun_phrase(doc, h, length, hit):
    """The noun phrase whose noun is words [h, h+length) (entry hit), as a dict, or None: no
    count_stop noun, not the modifier of a noun after it, not a proper name; up to three
    attributes, modifier nouns or adverbs of an attribute right before it ("bathroom sink",
    "an extremely small car"; a modifier noun that is no compound of the corpus needs a
    determiner); a determiner, number or possessive before them, or the start of the
    sentence."""
    lex = doc.lex
    if not doc.free(h, h + length) or doc.proper(h):
        return None
    if doc.phrase_at(h, length) in lex.words["count_stop"] or doc.in_words("count_stop", h + length - 1):
        return None
    if h + length < doc.n() and doc.joined(h + length) and doc.is_noun(h + length):
        return None  # a modifier: "coffee cup"
    k = h + length
    if k + 1 < doc.n() and doc.joined(k) and doc.joined(k + 1) and doc.low[k].endswith("ed") and doc.is_noun(k + 1):
        return None  # a modifier of a compound: "the graffiti decorated wall"
    s, nattr, loose = h, 0, False
    for _ in range(NP_MAX_PRE):
        if not (s > 0 and doc.joined(s) and doc.sent[s - 1] == doc.sent[s]):
            break
        p = s - 1
        la = next((n for n in range(2, min(lex.maxw, p + 1) + 1) if doc.match(("attributes",), p + 1 - n)[0] == n), 0)
        if la:  # "a polka dot scarf"
            nattr += 1
            s -= la
            continue
        if doc.is_attr1(p) and not doc.is_noun(p):
            nattr += 1
        elif (s == h and unknown_modifier(doc, p) and not doc.in_words("not_small", h + length - 1)
              and doc.phrase_at(h, length) not in lex.words["not_small"]):
            nattr += 1  # "a smart car"; no place: "a residential street"
        elif (doc.low[p] == "very" or doc.low[p].endswith("ly")) and nattr and not doc.is_noun(p):
            pass  # "an extremely small car"
        elif doc.in_words("det", p) or doc.proper(p) or not doc.is_noun(p):
            break
        elif not compound(doc, p):
            loose = True  # "an army prop plane": a determiner must come
        s -= 1
    if loose and (s == 0 or not doc.joined(s) or doc.sent[s - 1] != doc.sent[s]):
        return None
    intro = s
    if s > 0 and doc.joined(s) and doc.sent[s - 1] == doc.sent[s]:
        p = s - 1
        if not (doc.in_words("det", p) or doc.in_words("number", p) or doc.in_words("det_plural", p)
                or doc.low[p].endswith(("'s", "\u2019s"))):
            return None
        intro = p
    elif s > 0 and doc.sent[s - 1] == doc.sent[s]:
        return None  # after punctuation inside a sentence: a list item or an aside
    fid, plural = hit
    hits = doc.match(("objects", "nouns"), h)[1]
    mass = any(lex.forms[f].mass for f, _ in hits)  # a mass noun in any lexicon ("water": a drink) is one
    return {"s": s, "e": h + length, "h": h, "intro": intro, "nattr": nattr, "fid": fid, "plural": plural,
            "mass": mass, "animate": doc.phrase_at(h, length) in lex.words["animate"]
            or doc.phrase_at(h, length) in lex.words["person"]}  # "person", "people" too


def symmetric_before(doc, k):
    """(first word, length) of the symmetric relation ending right before word k, or None;
    "by" after an agent word ("served by a woman") is none."""
    for length in (3, 2, 1):
        if k < length:
            continue
        i = k - length
        if not all(doc.joined(q) for q in range(i + 1, k + 1)):
            continue
        if length == 1 and doc.low[i] == "by" and i > 0 and doc.joined(i) and doc.in_words("agent", i - 1):
            continue
        if doc.phrase_at(i, length) in doc.lex.words["symmetric"]:
            return i, length
    return None


def ing_after(doc, k):
    """Word k, right after a phrase, says something of it alone: a verb in -ing."""
    return (k < doc.n() and doc.joined(k) and nbytes(doc.low[k]) > 5 and doc.low[k].endswith("ing")
            and not doc.is_noun(k))


def owned_after(doc, b, fb):
    """Something is said of phrase b alone right after it (a verb in -ing, an owned_after
    phrase: "with a man looking on", "with a building in the background"), after a
    symmetric relation at word fb that is "with", "by" or spatial (never "and"/"or")."""
    if not (doc.low[fb] in ("with", "by") or doc.match(("spatial",), fb)[0]):
        return False
    k = b["e"]
    if k >= doc.n() or not doc.joined(k):
        return False
    return ing_after(doc, k) or doc.words_match("owned_after", k) > 0


def place_after(doc, a, b):
    """Phrase b follows phrase a after a preposition alone (count_prep_stop words and
    spatial relations, at most four words) and a is no subject (a verb, a word in -ing, a
    preposition or "to" right before it): "riding a surfboard on a wave" says the same
    swapped."""
    k = a["e"]
    if k >= b["intro"] or b["intro"] - k > 4 or a["intro"] == 0 or doc.sent[a["intro"] - 1] != doc.sent[a["h"]]:
        return False
    while k < b["intro"]:
        length = doc.match(("spatial",), k)[0]
        if length and k + length <= b["intro"]:
            k += length  # "on top of"
            continue
        if doc.in_words("count_prep_stop", k):
            k += 1
            continue
        return False
    p = a["intro"] - 1
    return (bool(doc.match(("verbs",), p)[0]) or doc.low[p].endswith("ing") or doc.in_words("count_prep_stop", p)
            or doc.low[p] == "to")


def each_own_verb(doc, a, b, fb):
    """Phrases a and b joined by "and" at word fb, each with its own verb in -ing right after
    it, two different verbs ("a baby goat standing and a mother goat sitting"): what is
    said of each moves."""
    return (doc.low[fb] == "and" and a["e"] < fb and ing_after(doc, a["e"]) and ing_after(doc, b["e"])
            and doc.low[a["e"]] != doc.low[b["e"]])


def only_list_between(doc, a, b):
    return all(doc.in_words("det", k) or doc.low[k] in ("and", "or") or doc.is_attr1(k) or doc.is_noun(k)
               for k in range(a, b))


def gender_blocks(doc, a, b):
    """One of two phrases is a gendered person and their sentence has a personal pronoun."""
    lex = doc.lex
    gendered = any(doc.phrase_at(x["h"], x["e"] - x["h"]) in lex.words[g] for x in (a, b) for g in ("male", "female"))
    return gendered and any(doc.sent[k] == doc.sent[a["h"]] and doc.low[k] in PRONOUNS for k in range(doc.n()))


def swappable(doc, a, b):
    """Noun phrases a (first) and b may swap: different words of the same number and
    mass-ness, both persons or animals or neither, more than a list between them, b not
    brought in by a symmetric relation (unless a is brought in by the same one and a noun
    stands between them), no gendered person moving where pronouns would not follow."""
    lex = doc.lex
    same_head = doc.low[a["h"]:a["e"]] == doc.low[b["h"]:b["e"]]
    if same_head and (a["s"] == a["h"] or b["s"] == b["h"] or doc.low[a["s"]:a["e"]] == doc.low[b["s"]:b["e"]]):
        return False  # "a dog chases a dog"; "a baby goat ... a mother goat" swap the words before
    if not same_head and lex.forms[a["fid"]].value == lex.forms[b["fid"]].value:
        return False  # synonyms
    la, lb = a["e"] - a["h"], b["e"] - b["h"]
    if not same_head and la != lb:
        lo, sh = (a, b) if la > lb else (b, a)
        n = sh["e"] - sh["h"]
        if doc.low[lo["e"] - n:lo["e"]] == doc.low[sh["h"]:sh["e"]]:
            return False  # "a tennis racket" and "his racket": the same thing
    if a["plural"] != b["plural"] or a["mass"] != b["mass"] or a["animate"] != b["animate"]:
        return False
    for x, y in ((a, b), (b, a)) if not same_head else ():  # each noun plausible in the other's place
        v = value_name(lex, lex.forms[x["fid"]].value)[0]
        if not all(plausible_pair(lex, cc, v, w) for cc, w in noun_context(doc, y["s"], y["e"])):
            return False
    if only_list_between(doc, a["e"], b["s"]) and not (b["intro"] > 0 and each_own_verb(doc, a, b, b["intro"] - 1)):
        return False  # "a cat and a dog", "a toilet, counter and shower"; not "a cat sitting and a dog lying"
    if place_after(doc, a, b):
        return False  # "riding a surfboard on a wave"
    rb = symmetric_before(doc, b["intro"])
    if rb is not None and same_head and not each_own_verb(doc, a, b, rb[0]):
        return False  # "a young zebra with an adult zebra standing" says the same swapped
    if rb is not None and not owned_after(doc, b, rb[0]) and not each_own_verb(doc, a, b, rb[0]):
        ra = symmetric_before(doc, a["intro"])
        if ra is None or ra[1] != rb[1] or doc.low[ra[0]:ra[0] + ra[1]] != doc.low[rb[0]:rb[0] + rb[1]]:
            return False
        if not any(doc.is_noun(k) for k in range(a["e"], rb[0])):
            return False
    return not gender_blocks(doc, a, b)


def unknown_word(doc, k):
    """Word k is a word no lexicon knows (letters only, not in -ing/-ed/-ly, no function
    word, noun, verb, relation or attribute) (C: pt_unknown_word)."""
    return not doc.is_noun(k) and bare_word(doc, k) and not doc.match(("verbs",), k)[0]


def whole_phrase(doc, b):
    """Noun phrase b is a whole phrase: no "of" after it ("a plate of food", "the corner of
    a kitchen" name their own kind of thing: "a table of food"), no noun of the lexicons
    and no unknown word that stands where a noun does or before one ("a self service
    parking lot", "a steel truss bridge": the swap would split a compound; a word of
    verbs.lex is none, so "a little boy french fries" still splits at "fries") (C:
    whole_phrase)."""
    e = b["e"]
    if e >= doc.n() or not doc.joined(e):
        return True
    if doc.low[e] == "of" or doc.match(("objects", "nouns"), e)[0]:
        return False
    return not (unknown_word(doc, e) and (noun_like(doc, e) or (e + 1 < doc.n() and doc.joined(e + 1)
                                                                and doc.match(("objects", "nouns"), e + 1)[0])))


def noun_swaps(doc):
    """Two noun phrases of one sentence trade places; each pairs with at most the
    BIND_NEXT phrases before it (sites ordered by the second phrase, then the first)."""
    out = []
    sent_nps = []
    i = 0
    while i < doc.n():
        length, hits = doc.match(("objects", "nouns"), i)
        b = noun_phrase(doc, i, length, hits[0]) if length else None
        if b is None or not whole_phrase(doc, b):
            i += length or 1
            continue
        if sent_nps and doc.sent[sent_nps[-1]["h"]] != doc.sent[b["h"]]:
            sent_nps = []
        for a in sent_nps[-BIND_NEXT:]:
            if swappable(doc, a, b):
                # the same noun: only the words before it trade places (the noun stays true)
                same = doc.low[a["h"]:a["e"]] == doc.low[b["h"]:b["e"]]
                ae, be = (a["h"], b["h"]) if same else (a["e"], b["e"])
                out.append(swap_site("noun", (a["s"], ae), (b["s"], be), a["fid"], b["fid"]))
        sent_nps.append(b)
        i += length
    return out


def count_swap_writable(doc, a, b):
    """Counting sites a and b may swap their counts as written: both written as the engine
    writes counts, or one is "a"/"an"/"one" and the other a count the engine does not write
    ("several", "a couple of"; never "both"), whose words then move as they are."""
    if a.plain and b.plain:
        return True
    o, v = (a, b) if a.plain else (b, a)
    return (not v.plain and o.plain and o.extra[3] != "digit" and o.count == 1 and v.count > 1
            and doc.low[v.i] != "both")


def after_prep(doc, s):
    """The count of counting site s stands right after a preposition."""
    return s.i > 0 and doc.in_words("count_prep_stop", s.i - 1)


def swap_place_ok(doc, s):
    """A count takes part in a swap never right after a count_swap_stop word or pair of
    words ("between two doors", "a herd of three horses"); right after another
    preposition only when its noun is no place ("in a city"), unless that is "of"."""
    i, j, nl = s.i, s.extra[1], s.extra[2]
    if i == 0 or not doc.joined(i):
        return True
    stop = doc.lex.words["count_swap_stop"]
    if doc.in_words("count_swap_stop", i - 1) or (i >= 2 and doc.phrase_at(i - 2, 2) in stop):
        return False
    if not after_prep(doc, s) or doc.low[i - 1] == "of":
        return True
    return doc.phrase_at(j, nl) not in doc.lex.words["not_small"] and not doc.in_words("not_small", j + nl - 1)


def listed_count(doc, sa, k, cs):
    """Word k is the count of a counting site of another noun than site sa's, listed right
    after sa by "and" ("two women and one man") or right after a preposition ("two signs
    on one pole"): it counts other things and refers back to nothing (unlike "two cows have
    horns and one cow does not", "three people sit in a boat and one woman ...")."""
    listed = k == sa.j + 1 and doc.low[sa.j] == "and" and doc.joined(sa.j) and doc.joined(k)
    after_prep = k > 0 and doc.joined(k) and doc.in_words("count_prep_stop", k - 1)
    return (listed or after_prep) and any(x.i == k and x.fid != sa.fid for x in cs)


def container_it(doc, s, k):
    """Word k is "it" right after a preposition right after the noun of counting site s, and
    before s, past a list of counted things (determiners, numbers, attributes, nouns,
    and/or, commas), stand a noun (no person or animal: "it" is none) and a count_container
    word or words ("a desk with two monitors and a laptop on it", "a plate with a donut on
    it", "the desk has two monitors and one laptop on it"): "it" is that noun, which a
    count of s leaves alone (C: pt_container_it)."""
    if (doc.low[k] != "it" or k != s.j + 1 or not doc.joined(k) or not doc.joined(s.j)
            or not doc.in_words("count_prep_stop", s.j)):
        return False
    q = s.i
    while q > 0 and doc.sent[q - 1] == doc.sent[s.i]:
        for length in (2, 1):
            p = q - length
            if (p >= 1 and doc.phrase_at(p, length) in doc.lex.words["count_container"] and doc.joined(q)
                    and doc.joined(p) and doc.sent[p - 1] == doc.sent[s.i] and doc.is_noun(p - 1)
                    and not doc.in_words("animate", p - 1) and not doc.in_words("person", p - 1)):
                return True
        w = q - 1
        if not (doc.in_words("det", w) or doc.in_words("number", w) or doc.low[w] in ("and", "or")
                or doc.is_attr1(w) or doc.is_noun(w)):
            return False
        q = w
    return False


def count_swaps(doc):
    """Two counts of one sentence (also right after a preposition), of different nouns,
    each among the other's alternatives, trade places ("two monitors and a laptop" -> "a
    monitor and two laptops", "several cows and a horse" -> "a cow and several horses");
    each side gets the count edits of a counting negative."""
    cs = counting_sites(doc, True)
    out = []
    for a in range(len(cs)):
        for b in range(a + 1, min(a + 1 + BIND_NEXT, len(cs))):
            sa, sb = cs[a], cs[b]
            if doc.sent[sa.i] != doc.sent[sb.i]:
                break
            if not count_swap_writable(doc, sa, sb) or sa.count == sb.count:
                continue
            if not swap_place_ok(doc, sa) or not swap_place_ok(doc, sb):
                continue
            if any(doc.in_words("count_refs", k) and not listed_count(doc, sa, k, cs)
                   and not container_it(doc, sb, k)
                   for k in range(sa.j, doc.n()) if doc.sent[k] == doc.sent[sa.i]):
                continue  # "two men near a table, one playing": the swap would leave it wrong
            if (not sa.plain or not sb.plain) and any(x.i > 0 and doc.in_words("vague_swap_stop", x.i - 1)
                                                      for x in (sa, sb)):
                continue  # "several"/"some" never on or in ("a pancake is stacked on some plates")
            if sb.count not in sa.alts or sa.count not in sb.alts:
                continue
            ja, nla, jb, nlb = sa.extra[1], sa.extra[2], sb.extra[1], sb.extra[2]
            if doc.low[ja:ja + nla] == doc.low[jb:jb + nlb]:
                continue
            site = swap_site("count", (sa.i, sa.j), (sb.i, sb.j), sa.fid, sb.fid)
            site.extra = (sa.i, sa.j, sb.i, sb.j, sa, sb)
            out.append(site)
    return out


def spatial_ok(doc, fid, j):
    """A spatial relation of form fid ending before word j: not followed by another
    relation, nor by a determiner and one ("on the left", "on the inside of"), and no
    `spatial_stop` word ("on a sunny day") nor a stop word of its own class
    (`spatial_stop_<class>`: "on the floor") among the next three words, adverbs in -ly
    not counted ("beneath a partially cloudy sky"), unless it modifies a noun right after
    it ("near a phone booth", "on a tv stand")."""
    if j < doc.n() and doc.match(("spatial",), j)[0]:
        return False
    if j + 1 < doc.n() and doc.in_words("det", j) and doc.joined(j + 1) and doc.match(("spatial",), j + 1)[0]:
        return False
    lex = doc.lex
    own = lex.words.get("spatial_stop_" + lex.classes[lex.values[lex.forms[fid].value][0]][1], {})
    k, words = j, 0
    while words < 3 and k < doc.n():
        if ((doc.in_words("spatial_stop", k) or doc.low[k] in own)
                and not (k + 1 < doc.n() and doc.joined(k + 1) and doc.is_noun(k + 1))):
            return False
        words += not doc.low[k].endswith("ly")
        k += 1
    return True


def landmark_at(doc, j):
    """A landmark starts at word j: a determiner, number, attribute, noun (or a word that
    stands where one does), possessive or object pronoun, a digit or a capital."""
    if j >= doc.n() or not doc.joined(j):
        return False
    if (doc.in_words("det", j) or doc.in_words("number", j) or doc.in_words("det_plural", j)
            or doc.in_words("vague", j) or doc.words_match("landmark_pron", j) or doc.is_attr1(j)
            or noun_like(doc, j) or doc.match(("attributes",), j)[0]):
        return True
    if doc.low[j].endswith(("'s", "\u2019s")):
        return True
    if doc.low[j] == "of" and j + 1 < doc.n() and landmark_at(doc, j + 1):
        return True  # "to the left of the cat"
    c = doc.text[doc.spans[j][0]]
    return "0" <= c <= "9" or "A" <= c <= "Z"


def spatial_site(doc, fid, i, length):
    """(is a site, no landmark follows) of the relation of form fid at [i, i+length): not
    after a determiner ("the opposite side") unless it starts with one ("the left"), no
    "by" after an agent word ("pulled by a horse"), a landmark after it unless it is a
    spatial_alone word ("the cat is outside.")."""
    lex = doc.lex
    if not doc.free(i, i + length) or not spatial_ok(doc, fid, i + length):
        return False, False
    if i > 0 and doc.joined(i) and doc.in_words("det", i - 1) and not doc.in_words("det", i):
        return False, False
    if lex.forms[fid].text == "by" and i > 0 and doc.joined(i) and doc.in_words("agent", i - 1):
        return False, False
    alone = not landmark_at(doc, i + length)
    return (not alone or doc.phrase_at(i, length) in lex.words["spatial_alone"]), alone


def coordinated_value(doc, v, i, length):
    """The relation at words [i, i+length) is joined by "and"/"or" to a relation of value v
    ("inside and outside of the water": "outside" never becomes "inside") (C)."""
    if i >= 2 and doc.joined(i) and doc.joined(i - 1) and doc.low[i - 1] in ("and", "or"):
        l2, hits = doc.match(("spatial",), i - 2)
        if l2 == 1 and doc.lex.forms[hits[0][0]].value == v:
            return True
    k = i + length
    if k + 1 < doc.n() and doc.joined(k) and doc.joined(k + 1) and doc.low[k] in ("and", "or"):
        l2, hits = doc.match(("spatial",), k + 1)
        if l2 and doc.lex.forms[hits[0][0]].value == v:
            return True
    return False


def loose_place_after(doc, j):
    """A large place (spatial_loose_place) among the three words after word j, adverbs in
    -ly not counted (C)."""
    k, words = j, 0
    while words < 3 and k < doc.n():
        if doc.in_words("spatial_loose_place", k):
            return True
        words += not doc.low[k].endswith("ly")
        k += 1
    return False


def loose_pair(lex, v, w):
    """Values v and w are both spatial_loose_values ("on", "next to"), which a large place
    does not tell apart (C)."""
    loose = lex.words["spatial_loose_values"]
    return value_name(lex, v)[0] in loose and value_name(lex, w)[0] in loose


def spatial_sites(doc):
    lex = doc.lex
    out = []
    i = 0
    while i < doc.n():
        length, hits = doc.match(("spatial",), i)
        ok, alone = spatial_site(doc, hits[0][0], i, length) if length else (False, False)
        if ok:
            loose, own = loose_place_after(doc, i + length), lex.forms[hits[0][0]].value
            alts = [v for v in other_values(lex, hits[0][0]) if not coordinated_value(doc, v, i, length)
                    and not (loose and loose_pair(lex, own, v))]
            if alts:
                site = Site("spatial", i, i + length, len(alts), hits[0][0], alts=alts)
                site.alone = alone
                out.append(site)
            i += length
        else:
            i += 1
    return out


def find_sites(doc, cat):
    if cat == "spatial":
        return spatial_sites(doc)
    if cat == "attribute":
        return attribute_sites(doc, strict=False)
    if cat == "binding":
        return binding_sites(doc)
    if cat == "object":
        return object_sites(doc)
    if cat == "counting":
        return counting_sites(doc)
    if cat == "small_object":
        return [Site("small_object", s.i, s.j, s.nalt, s.fid, s.plural, s.alts)
                for s in object_sites(doc) if small_cued(doc, s.i, s.j)]
    if cat == "ocr":
        return ocr_sites(doc)
    if cat == "counterfactual":
        return counterfactual_sites(doc)
    raise InvalidInputError(f"unknown category {cat!r}; expected one of {', '.join(CATEGORIES)}")


# ---------------------------------------------------------------- materialize ------------
def needs_an(lex, word):
    w = lower(word)
    for e in lex.words["an_words"]:
        if w == e or (len(e) >= 3 and w.startswith(e)):
            return True
    for e in lex.words["a_words"]:
        if w == e or (len(e) >= 3 and w.startswith(e)):
            return False
    if w[:1] == "8":
        return True
    return w[:1] in ("a", "e", "i", "o", "u")


def parallel_match(lex, fid, v):
    """The form of value v at form fid's position among v's synonyms when the two share a
    word ("right side" -> "left side", "the left" -> "the right"), else None."""
    f = lex.forms[fid]
    k = lex.values[f.value][1].index(fid)
    forms = lex.values[v][1]
    if k < len(forms) and set(f.text.split(" ")) & set(lex.forms[forms[k]].text.split(" ")):
        return forms[k]
    return None


def parallel_form(lex, fid, v):
    """The form of value v written in place of form fid: the parallel one when they share a
    word, else v's first form."""
    pm = parallel_match(lex, fid, v)
    return pm if pm is not None else lex.values[v][1][0]


def form_choices(lex, doc, site, v):
    """The forms value v may be written in at site: the parallel form alone when a synonym
    position shares a word ("the left" -> "the right", never "right side"), else v's forms
    whose context holds after the site (its first form when none does); for a spatial site
    without a landmark only forms that need none (spatial_alone; maybe none), else no form
    that takes none (alone_only: "on top"); never a form that is only read (spatial_read_only:
    "onto")."""
    alone = site.cat == "spatial" and site.alone

    def read_only(f):
        return lex.forms[f].text in lex.words["spatial_read_only"]

    def fits(f):
        if read_only(f):
            return False
        if alone:
            return lex.forms[f].text in lex.words["spatial_alone"]
        return lex.forms[f].text not in lex.words["alone_only"]

    pm = parallel_match(lex, site.fid, v)
    forms = lex.values[v][1]
    if pm is not None:
        return [pm] if fits(pm) else []
    ok = []
    for f in forms:
        ctx = lex.forms[f].ctx
        j = site.j
        if (ctx is None or doc.ctx_holds(ctx, j, site.cat != "spatial")) and fits(f):
            ok.append(f)
    return ok or ([] if alone or read_only(forms[0]) else [forms[0]])


def written_form(lex, doc, site, v, x):
    """The form of value v a balanced draw writes at site: a form choice drawn from x with
    probability proportional to 1 + how often the corpus writes it (weights.lex
    "form-count"); unbalanced draws write the first choice."""
    ch = form_choices(lex, doc, site, v)
    if not ch:
        return None  # no form of v fits the site: the draw writes nothing
    w = [1 + lex.weights.get(FORM_KEY + " " + lex.forms[f].text, 0) for f in ch]
    x %= sum(w)
    for f, wf in zip(ch, w):
        if x < wf:
            return f
        x -= wf
    raise AssertionError


def phrase_edit(doc, i, j, new):
    """Edit replacing words [i, j) by the phrase new, trimmed of equal leading/trailing
    words: [(start, end, new_text)] in the original (possibly an insertion)."""
    old_words = doc.low[i:j]
    new_words = new.split(" ")
    a = 0
    while a < len(old_words) and a < len(new_words) and old_words[a] == new_words[a]:
        a += 1
    b = 0
    while b < len(old_words) - a and b < len(new_words) - a and old_words[-1 - b] == new_words[-1 - b]:
        b += 1
    oi, oj = i + a, j - b
    nw = new_words[a:len(new_words) - b]
    if oi == oj:
        if not nw:
            return []
        # insertion: after word oi-1 (or before word oj at the start)
        if oi > 0:
            pos = doc.spans[oi - 1][1]
            return [(pos, pos, doc_case(doc, " " + " ".join(nw), ""))]
        pos = doc.spans[oi][0]
        return [(pos, pos, doc_case(doc, " ".join(nw) + " ", ""))]
    s, e = doc.spans[oi][0], doc.spans[oj - 1][1]
    if not nw:  # a deletion takes the space before it (or after it, at the start)
        if oi > 0:
            s = doc.spans[oi - 1][1]
        elif oj < doc.n():
            e = doc.spans[oj][0]
        return [(s, e, "")]
    return [(s, e, doc_case(doc, " ".join(nw), doc.text[s:e]))]


def pronoun_edits(doc, i, j, new):
    """When words [i, j) (one gendered noun) become new of the other gender and the
    sentence names no other gendered person, its pronouns follow."""
    lex = doc.lex
    old = " ".join(doc.low[i:j])
    male, female = lex.words["male"], lex.words["female"]
    if old in male and new in female:
        table = HE_SHE
    elif old in female and new in male:
        table = SHE_HE
    else:
        return []
    sid = doc.sent[i]
    ks = [k for k in range(doc.n()) if doc.sent[k] == sid and not i <= k < j]
    if any(doc.low[k] in male or doc.low[k] in female for k in ks):
        # another person: pronouns cannot be resolved; a sentence that has pronouns of
        # the old gender would read wrong ("a man and her son"), so no candidate
        old_pron = ("he", "him", "his", "himself") if table is HE_SHE else ("she", "her", "herself")
        return None if any(doc.low[k] in old_pron for k in ks) else []
    out = []
    for k in ks:
        w = doc.low[k]
        if w in table:
            out.append(word_edit(doc, k, table[w]))
        elif w == "her" and table is SHE_HE:
            nxt = k + 1 < doc.n() and doc.joined(k + 1) and (doc.is_noun(k + 1) or doc.is_attr1(k + 1))
            out.append(word_edit(doc, k, "his" if nxt else "him"))
    return out


def number_pronoun_edits(doc, j, jend, fid, want_plural):
    """When a counted person noun (words [j, jend)) changes number and the sentence names
    no other gendered person, the pronouns after it follow (his -> their, their -> his)."""
    lex = doc.lex
    sing = lex.forms[fid].text
    male, female = sing in lex.words["male"], sing in lex.words["female"]
    if not (male or female):
        return []
    sid = doc.sent[j]
    for k in range(doc.n()):
        if doc.sent[k] == sid and not j <= k < jend and (doc.in_words("male", k) or doc.in_words("female", k)):
            return []
    out = []
    for k in range(jend, doc.n()):
        if doc.sent[k] != sid:
            break
        w, new = doc.low[k], None
        if want_plural:
            if w in ("himself", "herself"):
                new = "themselves"
            elif w == "him" and male:
                new = "them"
            elif w == "his" and male:
                new = "their"
            elif w == "her" and female:
                nxt = k + 1 < doc.n() and doc.joined(k + 1) and (doc.is_noun(k + 1) or doc.is_attr1(k + 1))
                new = "their" if nxt else "them"
        else:
            # "them" is left alone: it often means things ("two men ride atvs and tilt them")
            if w == "their":
                new = "his" if male else "her"
            elif w == "themselves":
                new = "himself" if male else "herself"
        if new is not None:
            out.append(word_edit(doc, k, new))
    return out


def word_edit(doc, k, new):
    s, e = doc.spans[k]
    return (s, e, doc_case(doc, new, doc.text[s:e]))


def materialize(doc, site, alt, form=None):
    """Character edits [(start, end, new)] of one candidate, before article fixes (form: the
    form to write, for candidates and balanced draws; else the first form choice)."""
    lex = doc.lex
    cat = site.cat
    if cat in ("spatial", "attribute"):
        v = site.alts[alt]
        if form is None:
            ch = form_choices(lex, doc, site, v)
            if not ch:
                return None  # no form of v stands without a landmark
            form = ch[0]
        return phrase_edit(doc, site.i, site.j, lex.forms[form].text)
    if cat in ("object", "small_object"):
        f = lex.forms[parallel_form(lex, site.fid, site.alts[alt])]
        new = f.plural if site.plural else f.text
        pe = pronoun_edits(doc, site.i, site.j, new)
        return None if pe is None else phrase_edit(doc, site.i, site.j, new) + pe
    if cat == "binding" and site.kind == "move":  # the attribute out (with the space before it), then in
        ai, aj, bi, _ = site.extra
        pos = doc.spans[bi][0]
        return [(doc.spans[ai - 1][1], doc.spans[aj - 1][1], ""),
                (pos, pos, doc_case(doc, lower(doc.text[doc.spans[ai][0]:doc.spans[aj - 1][1]]) + " ", ""))]
    if cat == "binding" and site.kind == "count":  # each count site takes the other's count
        ca, cb = site.extra[4], site.extra[5]
        # a count the engine does not write ("several") moves in its own words
        ea = count_edits(doc, ca, cb.count, None if cb.plain else cb)
        eb = count_edits(doc, cb, ca.count, None if ca.plain else ca)
        return None if ea is None or eb is None else ea + eb
    if cat == "binding":
        ai, aj, bi, bj = site.extra
        sa, ea = doc.spans[ai][0], doc.spans[aj - 1][1]
        sb, eb = doc.spans[bi][0], doc.spans[bj - 1][1]
        ta, tb = doc.text[sa:ea], doc.text[sb:eb]
        return [(sa, ea, doc_case(doc, lower(tb), ta)), (sb, eb, doc_case(doc, lower(ta), tb))]
    if cat == "counting":
        return count_edits(doc, site, site.alts[alt])
    if cat == "ocr":
        k = site.i
        s, e = doc.spans[k]
        w = doc.text[s:e]
        if site.extra == "insert":
            if k > 0 and doc.low[k - 1] == lex.ocr_words[alt]:
                return None  # a stop sign that says "STOP" is no negative
            return [(e, e, doc_case(doc, ' that says "', "") + upper(lex.ocr_words[alt]) + '"')]
        if site.extra == "digit":
            p = max(x for x in range(len(w)) if "0" <= w[x] <= "9")
            d = (ord(w[p]) - 48 + (3, 5, 7)[alt]) % 10
            return [(s + p, s + p + 1, chr(48 + d))]
        new = lex.ocr_words[site.alts[alt]]
        letters = [c for c in w if "A" <= c <= "Z" or "a" <= c <= "z"]
        if len(letters) > 1 and all("A" <= c <= "Z" for c in letters):
            new = upper(new)
        elif "A" <= w[:1] <= "Z":
            new = " ".join(upper(x[:1]) + x[1:] for x in new.split(" "))
        return [(s, e, new)]
    if cat == "counterfactual":
        s, e = doc.spans[site.i]
        if site.extra == "not":
            return [(e, e, doc_case(doc, " not", doc.text[s:e]))]
        if site.extra == "drop_not":  # "not holding" -> "holding": the claim made false is bad
            vs, ve = doc.spans[site.i + 1]
            return [(s, ve, doc.text[vs:ve])]
        if site.extra == "restore":
            return [word_edit(doc, site.i, restore_det(doc, site.i + 1))]
        return [word_edit(doc, site.i, site.extra)]
    raise AssertionError(cat)


def count_edits(doc, site, m, words=None):
    """Edits of counting site site written with count m (as the original: digits stay
    digits; "two dogs" -> "a dog"; in the count words of counting site `words` when given:
    "several"), with agreement when the noun's number changes; None when a rule refuses
    ("next to each other" needs two)."""
    lex = doc.lex
    qlen, j, nl, style, verb, agree = site.extra
    i = site.i
    if m == 1 and any(doc.sent[k] == doc.sent[i] and doc.words_match("plural_only", k)
                      for k in range(i + qlen, doc.n())):
        return None  # "next to each other", "three different cats" need two
    new = str(m) if style == "digit" else number_word(lex, m)
    if m == 1 and style == "word" and doc.phrase_at(i, qlen) != "one":
        # "two dogs" -> "a dog": the article, as real captions say it
        nxt = lex.forms[site.fid].text.split(" ")[0] if j == i + qlen else doc.low[i + qlen]
        new = "an" if needs_an(lex, nxt) else "a"
    if words is not None:
        new = lower(doc.text[doc.spans[words.i][0]:doc.spans[words.i + words.extra[0] - 1][1]])
    edits = phrase_edit(doc, i, i + qlen, new)
    want_plural = m != 1
    if want_plural != site.plural:
        # a pronoun of the noun's number after it, the noun no person: "in its tusk"; a
        # person's "he"/"she" after it in the singular: "so she can serve"
        ph = doc.phrase_at(j, nl)
        old = ("they", "them", "their", "theirs", "themselves") if site.plural else ("it", "its", "itself")
        if any(ph in lex.words[c] for c in ("person", "male", "female")):
            old = () if site.plural else ("he", "she")
        if any(doc.sent[k] == doc.sent[i] and doc.low[k] in old and not container_it(doc, site, k)
               for k in range(site.j, doc.n())):
            return None
        f = lex.forms[site.fid]
        edits += phrase_edit(doc, j, j + nl, f.plural if want_plural else f.text)
        k = agree
        sing, plur = lex.words_list["agree_singular"], lex.words_list["agree_plural"]
        for idx in (k, i - 1):
            if idx < 0 or idx >= doc.n():
                continue
            if idx == k and not doc.joined(k):
                continue
            if idx == k and i > 0 and doc.low[i - 1] in ("and", "or"):
                continue  # "a pineapple and two oranges sit": the verb is the pair's
            if idx == i - 1 and not (i >= 2 and doc.joined(i) and doc.in_words("there", i - 2) and doc.joined(i - 1)):
                continue
            w = doc.low[idx]
            if idx == k and verb is not None and w not in lex.words["agree_singular"] \
                    and w not in lex.words["agree_plural"]:
                def verb_edit(k, fid):  # the verb in the number wanted
                    if want_plural and verb[1]:
                        edits.append(word_edit(doc, k, lex.forms[fid].text))
                    elif not want_plural and not verb[1]:
                        edits.append(word_edit(doc, k, lex.forms[fid].plural))
                verb_edit(idx, verb[0])
                # "two children sit and dine": a verb of the same number after "and" agrees too
                k2 = idx + 2
                if k2 < doc.n() and doc.low[idx + 1] == "and" and doc.joined(idx + 1) and doc.joined(k2):
                    l2, h2 = doc.match(("verbs",), k2)
                    if l2 == 1 and bool(h2[0][1]) == bool(verb[1]):
                        verb_edit(k2, h2[0][0])
                continue
            if want_plural and w in lex.words["agree_singular"]:
                pos = lex.words["agree_singular"][w]
                if pos < len(plur):
                    edits.append(word_edit(doc, idx, plur[pos]))
            elif not want_plural and w in lex.words["agree_plural"]:
                pos = lex.words["agree_plural"][w]
                if pos < len(sing):
                    edits.append(word_edit(doc, idx, sing[pos]))
        edits += number_pronoun_edits(doc, j, j + nl, site.fid, want_plural)
    return edits


def fix_articles(doc, edits):
    """Add edits turning "a"/"an" before an edit (whitespace between, or whitespace and an
    opening quote) into the article the word now after it needs: the first word of the
    edit's new text (past the space an insertion after the article starts with), or, for
    a deletion ("a black cat" -> "a cat"), the caption's word after it when no edit
    touches that word."""
    lex = doc.lex
    out = list(edits)
    for s, e, new in edits:
        rest = new.lstrip(WS)
        lead = len(new) - len(rest)
        if rest:
            first = rest.split(" ")[0]
        else:
            nx = next((k for k in range(doc.n()) if doc.spans[k][0] >= e), None)
            if nx is None or any(c not in WS for c in doc.text[e:doc.spans[nx][0]]):
                continue
            if any(es < doc.spans[nx][1] and doc.spans[nx][0] < ee for es, ee, _ in out):
                continue
            first = doc.low[nx]
        # the word right before the edit
        k = None
        for idx in range(doc.n() - 1, -1, -1):
            if doc.spans[idx][1] <= s:
                k = idx
                break
        if k is None:
            continue
        ks, ke = doc.spans[k]
        if ke == s and lead == 0 and new:
            continue  # a new word glued to it
        g = doc.text[ke:s]
        if g and g[-1] in "\"'\u201c\u2018":  # an opening quote: 'an "ATM" sign'
            g = g[:-1]
            if not g:
                continue
        if any(c not in WS for c in g):
            continue
        if doc.low[k] not in ("a", "an"):
            continue
        if any(es < ke and ks < ee for es, ee, _ in out):
            continue
        want = "an" if needs_an(lex, first) else "a"
        if want != doc.low[k]:
            out.append((ks, ke, doc_case(doc, want, doc.text[ks:ke])))
    return out


def apply_edits(text, edits):
    """(negative text, [(start, end, new_start, new_end, old, new)]) or None when edits
    overlap or change nothing."""
    edits = sorted(edits)
    for a, b in zip(edits, edits[1:]):
        if a[1] > b[0] or (a[0] == a[1] == b[0] == b[1]):
            return None
    parts, out = [], []
    pos, shift = 0, 0
    for s, e, new in edits:
        parts.append(text[pos:s])
        parts.append(new)
        ns = s + shift
        out.append((s, e, ns, ns + len(new), text[s:e], new))
        shift += len(new) - (e - s)
        pos = e
    parts.append(text[pos:])
    neg = "".join(parts)
    if lower(neg) == lower(text):
        return None
    return neg, out


def too_big(edits):
    return len(edits) > MAX_EDITS or sum(len(n.encode("utf-8")) for _, _, n in edits) > MAX_EDIT_BYTES


def candidate(doc, site, alt, form=None):
    edits = materialize(doc, site, alt, form)
    if not edits or too_big(edits):
        return None
    edits = fix_articles(doc, edits)
    if too_big(edits):
        return None
    r = apply_edits(doc.text, edits)
    counts = site.cat == "counting" or (site.cat == "binding" and site.kind == "count")
    nouns = counts or site.cat in ("object", "small_object") or (site.cat == "binding" and site.kind == "noun")
    if r is None or not fluent(doc.lex, r[0], r[1], nouns, counts):
        return None
    return r


# ---------------------------------------------------------------- fluency ----------------
def word_flags(lex, w):
    """What the lexicons say of word w (lower case): {"sing", "plur"} noun forms (a mass
    noun both), "attr" (an attribute without context), "content" (a form of any lexicon
    but words.lex), "dsing"/"dplur" (det_singular / det_plural)."""
    f = set()
    for fid, pl in lex.phrases.get(w, ()):
        kind = lex.kind_of_form(fid)
        fm = lex.forms[fid]
        f.add("content")
        if kind in ("objects", "nouns"):
            f |= {"sing", "plur"} if fm.mass else {"plur" if pl else "sing"}
        if kind == "attributes" and fm.ctx is None:
            f.add("attr")
    if w in lex.words["det_singular"]:
        f.add("dsing")
    if w in lex.words["det_plural"]:
        f.add("dplur")
    return f


def modifies_plural(lex, a, b):
    """Word a and the plural noun b make a compound of the corpus in the singular ("stop
    signs": "stop sign" is counted; "a bike rests": "bike rest" is not)."""
    return any(pl and lex.kind_of_form(fid) in ("objects", "nouns") and not lex.forms[fid].mass
               and ngram(lex, a, lex.forms[fid].text) > 0 for fid, pl in lex.phrases.get(b, ()))


def fluent(lex, neg, edits, nouns, counts):
    """The fluency check of a negative (C: fluency.c): around each edit, a determiner of one
    thing is not followed by a plural-only noun nor one of several by a singular-only noun
    (up to two attributes between, the determiner at most three words before the edit);
    when the edit writes nouns (nouns: object, small object, counting, noun and count
    swaps), two nouns side by side, one written by it, are a pair the corpus has
    ("bigram"); a noun a count edit writes in the other number (counts) occurs in the
    corpus ("unigram")."""
    spans = split_words(neg)
    low = [lower(neg[a:b]) for a, b in spans]
    nw = len(spans)
    fl = [None] * nw

    def flags(k):
        if fl[k] is None:
            fl[k] = word_flags(lex, low[k])
        return fl[k]

    def joined_at(k):
        g = neg[spans[k - 1][1]:spans[k][0]]
        return len(g) > 0 and all(c in WS for c in g)

    def agrees(k):
        fk = flags(k)
        if not fk & {"dsing", "dplur"}:
            return True
        m = k + 1
        # attributes between; one that is a noun too only before another noun ("two female horse riders")
        while (m < nw and m <= k + 2 and joined_at(m) and "attr" in flags(m)
               and (not flags(m) & {"sing", "plur"} or (m + 1 < nw and joined_at(m + 1) and flags(m + 1) & {"sing", "plur"}))):
            m += 1
        if m >= nw or not joined_at(m):
            return True
        fm = flags(m) & {"sing", "plur"}
        if (fm == {"sing"} and m < k + 3 and m + 1 < nw and joined_at(m + 1)
                and flags(m + 1) & {"sing", "plur"} == {"plur"}
                and ("attr" in flags(m) or modifies_plural(lex, low[m], low[m + 1]))):
            fm = {"plur"}  # a modifier of the plural noun after it: "two stop signs", "two glass clocks"
        return not (("dsing" in fk and fm == {"plur"}) or ("dplur" in fk and fm == {"sing"}))

    def written(k, ns, ne):
        return k < nw and spans[k][0] < ne and ns < spans[k][1]

    for _, _, ns, ne, _, _ in edits:
        lo = 0
        while lo < nw and spans[lo][1] < ns:
            lo += 1
        hi = lo
        while hi < nw and spans[hi][0] <= ne:
            hi += 1
        if not all(agrees(k) for k in range(max(lo - 3, 0), hi)):
            return False
        for k in range(max(lo - 1, 0), min(hi, nw)):
            w = written(k, ns, ne)
            if w and counts and lex.has_unigrams and "content" in flags(k) and ngram(lex, low[k]) == 0:
                return False
            if (nouns and (w or written(k + 1, ns, ne)) and lex.has_bigrams and k + 1 < nw and joined_at(k + 1)
                    and flags(k) & {"sing", "plur"} and flags(k + 1) & {"sing", "plur"}
                    and ngram(lex, low[k], low[k + 1]) == 0):
                return False
    return True


def alt_weight(lex, site, k):
    """Weight of alternative k of a site: 1 + corpus count of what it writes."""
    if site.cat in ("spatial", "attribute", "object", "small_object"):
        return lex.value_weight(site.alts[k])
    if site.cat == "counting":
        return lex.number_weight(site.alts[k])
    return 1


def pick(lex, site, x):
    """Alternative drawn from the 64-bit x with probability proportional to its weight."""
    w = [alt_weight(lex, site, k) for k in range(site.nalt)]
    x %= sum(w)
    for k, wk in enumerate(w):
        if x < wk:
            return k
        x -= wk
    raise AssertionError


def attribute_context(doc, i, j):
    out = []
    if j < doc.n() and doc.joined(j):
        out.append(("attribute", doc.low[j]))
    if i > 0 and doc.joined(i):
        out.append(("attribute-before", doc.low[i - 1]))
    return out


def word_before_dets(doc, i, cc):
    """[(cc, the word before word i past up to two determiners)], or []."""
    k = i - 1
    for _ in range(2):
        if k >= 0 and doc.joined(k + 1) and doc.in_words("det", k):
            k -= 1
    return [(cc, doc.low[k])] if k >= 0 and doc.joined(k + 1) else []


def object_context(doc, i):
    return word_before_dets(doc, i, "object")


def noun_context(doc, s, e):
    """A noun phrase at words [s, e): the word before it (past up to two determiners) and
    the word after it."""
    out = word_before_dets(doc, s, "noun")
    if e < doc.n() and doc.joined(e):
        out.append(("noun-after", doc.low[e]))
    return out


def context_words(doc, site):
    """The (context, word) pairs the balance test conditions on: for a spatial relation the
    landmark after it (past up to two determiners), the word before it and whether a
    determiner follows ("det" or "none": forms like "on>det" depend on it); for an
    attribute the words after and before it; the word before an object (past up to two
    determiners); the noun a count counts (its first form) and whether a verb follows it
    ("verb" or "none", so that number agreement cannot give a negative away)."""
    cat = site.cat
    if cat == "spatial":
        out = []
        k = site.j
        for _ in range(2):
            if k < doc.n() and doc.joined(k) and doc.in_words("det", k):
                k += 1
        if k < doc.n() and doc.joined(k):
            out.append(("spatial", doc.low[k]))
        if site.i > 0 and doc.joined(site.i):
            out.append(("spatial-before", doc.low[site.i - 1]))
        out.append(("spatial-det", "det" if k > site.j else "none"))
        return out
    if cat == "attribute":
        return attribute_context(doc, site.i, site.j)
    if cat in ("object", "small_object"):
        return object_context(doc, site.i)
    if cat == "counting":
        k = site.extra[5]
        verb = k < doc.n() and doc.joined(k) and (doc.in_words("agree_singular", k) or doc.in_words("agree_plural", k)
                                                  or site.extra[4] is not None)
        return [("counting", doc.lex.forms[site.fid].text), ("counting-after", "verb" if verb else "none")]
    return []


CTX_SHRINK = 0.5  # weight of the independence term of the balance target


def context_factor(lex, cat, value_text, weight, ctx):
    """pi(x | c) / f(x) of the balance test's target pi(x | c) ~ f(x, c) + b f(x) (f(c) + 1) / N
    (b = CTX_SHRINK): the corpus count of value x with context word c, shrunk toward
    independence (a context word never seen leaves the plain value balance)."""
    fxc = lex.weights.get(f"{cat} {value_text} {ctx}", 0)
    t = CTX_SHRINK * (lex.ctx_marg.get((cat, ctx), 0) + 1) / lex.ctx_total[cat]
    return fxc / weight + t


def owned(lex, fid, doc, site):
    """The phrase of form fid, written at site, reads back as fid's value (the first form of
    its lexicon kind on the phrase whose context holds after the site belongs to that
    value): an edit writing it can be undone by the reverse edit, which detailed balance
    needs."""
    f = lex.forms[fid]
    kind = lex.kind_of_form(fid)
    j = site.j
    for pf, _ in lex.phrases.get(f.text, ()):
        if lex.kind_of_form(pf) != kind:
            continue
        ctx = lex.forms[pf].ctx
        if ctx is not None and not doc.ctx_holds(ctx, j, kind == "attributes"):
            continue
        return lex.forms[pf].value == f.value
    return False


def value_name(lex, v):
    """(first form, weight) of value v: the key of its counts."""
    return lex.forms[lex.values[v][1][0]].text, lex.value_weight(v)


def accept_draw(r, a):
    """The balance draw of r accepts with probability min(1, a)."""
    return a >= 1.0 or (mix64(r ^ ACCEPT_SALT) >> 11) * 2.0 ** -53 < a


TARGETED = ("spatial", "attribute", "object", "small_object", "counting")  # proposed by target when balanced


def target_of(lex, site, ctxs, a):
    """The balance target g of value (or count) a at site with counted contexts ctxs:
    f(a) times the context factors (C: balance.c target)."""
    if site.cat == "counting":
        v, w = number_word_or_none(lex, a, False), lex.number_weight(a)
    else:
        v, w = value_name(lex, a)
    g = float(w)
    if v is not None:
        for cc, c in ctxs:
            g *= context_factor(lex, cc, v, w, c)
    return g


def counted_contexts(lex, doc, site):
    return [(cc, w) for cc, w in context_words(doc, site) if lex.ctx_total.get(cc)]


def pick_balanced(lex, doc, site, x):
    """(alternative, [g of each alternative], their sum): a balanced draw proposes in
    proportion to the balance target, so the alternatives that fit the context are
    proposed most."""
    ctxs = counted_contexts(lex, doc, site)
    g = [target_of(lex, site, ctxs, a) for a in site.alts]
    total = 0.0
    for v in g:
        total += v
    t = (x >> 11) * 2.0 ** -53 * total
    for k, gk in enumerate(g):
        if t < gk:
            return k, g, total
        t -= gk
    return site.nalt - 1, g, total


def place_alternatives(doc, site, n):
    """The count alternatives a counting site of count n has at site's place (no "a" after
    a determiner)."""
    after_det = site.i > 0 and doc.joined(site.i) and doc.in_words("det", site.i - 1)
    return [a for a in count_alternatives(n, False) if not (after_det and a == 1)]


def accepted_target(lex, doc, site, alt, r, g, total):
    """The test of a balanced proposal (pick_balanced) of alternative alt: min(1, G(u) /
    G(w)), G(x) the sum of g over the alternatives a site of x has at this place."""
    ctxs = counted_contexts(lex, doc, site)
    if site.cat == "counting":
        a = place_alternatives(doc, site, site.alts[alt])
        gw = 0.0
        for x in a:
            gw += target_of(lex, site, ctxs, x)
        if site.count not in a:
            return False  # no edit of the new count writes this one back
    else:
        gu = target_of(lex, site, ctxs, lex.forms[site.fid].value)
        gw = total + gu - g[alt]
    return gw <= 0 or accept_draw(r, total / gw)


def accepted(lex, site, alt, r, doc, wf=None, g=None, total=None):
    """The balance test of a drawn (site, alternative) (g, total: pick_balanced's, for value
    and count sites): a Metropolis-Hastings step whose stationary distribution is the
    corpus distribution of values in their context, so every edit u -> w is as frequent as
    w -> u and negatives use each value as often as captions do. Written text is never
    taken away by a caption edit, so OCR insertions are never accepted."""
    cat = site.cat
    if cat in ("spatial", "attribute", "object", "small_object"):
        if cat in ("object", "small_object"):
            wf = parallel_form(lex, site.fid, site.alts[alt])
        if not owned(lex, wf, doc, site):
            return False
        return accepted_target(lex, doc, site, alt, r, g, total)
    elif cat == "counting":
        if not site.plain:
            return False  # "several", "a couple of": no edit writes them back
        return accepted_target(lex, doc, site, alt, r, g, total)
    elif cat == "ocr":
        return site.extra != "insert"
    elif cat == "counterfactual":
        k = CF_KIND[site.extra]
        gu, gw = lex.cf_weight[(k + 3) % 6], lex.cf_weight[k]
    elif cat == "binding":
        # a swap is its own reverse: accept min(1, pi(swapped) / pi(original)) under the
        # contexts of the two positions (attribute, object or counting contexts; the
        # values' counts cancel)
        ai, aj, bi, bj = site.extra[:4]
        if site.kind == "move":  # pi(attribute at its new place) / pi(at its old one)
            vt, vw = value_name(lex, lex.forms[site.fid].value)
            f = [1.0, 1.0]
            for q, ctxs in enumerate((attribute_context(doc, bi, bi), attribute_context(doc, ai, aj))):
                for cc, w in ctxs:
                    if lex.ctx_total.get(cc):
                        f[q] *= context_factor(lex, cc, vt, vw, w)
            return accept_draw(r, f[0] / f[1])
        if site.kind == "count":
            subs = site.extra[4:]
            if any(number_word_or_none(lex, x.count, False) is None for x in subs):
                return True  # a count past the number words: no counts to weigh it by
            vals = [(number_word(lex, x.count), lex.number_weight(x.count)) for x in subs]
        else:
            vals = [value_name(lex, lex.forms[fid].value) for fid in (site.fid, site.fid2)]
            if site.kind == "noun":  # weighed by its noun phrases, as its contexts are
                vals = [(t, 1 + lex.weights.get(f"{NOUN_KEY} {t}", 0)) for t, _ in vals]
        num = den = 1.0
        for q, (pos, (cur, new)) in enumerate((((ai, aj), (vals[0], vals[1])), ((bi, bj), (vals[1], vals[0])))):
            ctxs = (context_words(doc, site.extra[4 + q]) if site.kind == "count"
                    else noun_context(doc, *pos) if site.kind == "noun" else attribute_context(doc, *pos))
            for cc, w in ctxs:
                if lex.ctx_total.get(cc):
                    num *= context_factor(lex, cc, new[0], new[1], w)
                    den *= context_factor(lex, cc, cur[0], cur[1], w)
        a = num / den
        return accept_draw(r, a)
    else:
        return True
    if gu >= gw or gw == 0:
        return True
    return mix64(r ^ ACCEPT_SALT) % gw < gu


def number_word_or_none(lex, k, vague):
    return None if vague or not 1 <= k <= len(lex.words_list["number"]) else number_word(lex, k)


class Engine:
    """The twin of tldr._core.PerturbEngine."""

    def __init__(self, files):
        self.lex = Lexicon(files)

    def sites(self, text, cat):
        return find_sites(Doc(self.lex, text), cat)

    def candidates(self, text, cat):
        doc = Doc(self.lex, text)
        seen = {text}
        out = []
        for site in find_sites(doc, cat):
            for alt in range(site.nalt):
                # every form the alternative may be written in
                forms = (form_choices(self.lex, doc, site, site.alts[alt]) if site.cat in ("spatial", "attribute")
                         else [None])
                for f in forms:
                    r = candidate(doc, site, alt, f)
                    if r is not None and r[0] not in seen:
                        seen.add(r[0])
                        out.append((r[0], cat, r[1]))
        return out

    def perturb(self, text, cats, n, seed, balance=CATEGORIES):
        """Up to n distinct negatives: categories in rotation from a seeded start, each
        draw a (site, alternative) pair from a counter-based RNG keyed by (seed, text,
        category, draw number). In a category of `balance`, a draw that fails the balance
        test (accepted) retires its site: the site proposes nothing more for this caption
        (each site gets one balanced proposal before its first negative). Each draw picks
        among the sites not retired, so a category is exhausted when every site is retired
        or a turn of MAX_TRIES draws gives no new negative."""
        doc = Doc(self.lex, text)
        h = fnv1a64(text.encode("utf-8", "surrogatepass"))
        sites = {c: find_sites(doc, c) for c in cats}
        avail = [c for c in cats if sites[c]]
        out = []
        if not avail or n <= 0:
            return out
        start = draw(seed, h, ROTATE_CAT, 0) % len(avail)
        seen = {text}
        dead = set()
        draws = {c: 0 for c in avail}
        exhausted = set()
        k = 0
        while len(out) < n and len(exhausted) < len(avail):
            c = avail[(start + k) % len(avail)]
            k += 1
            if c in exhausted:
                continue
            ci = CATEGORIES.index(c)
            ss = sites[c]
            got = False
            for _ in range(MAX_TRIES):
                live = [k for k in range(len(ss)) if (c, k) not in dead]
                if not live:
                    break
                r = draw(seed, h, ci, draws[c])
                draws[c] += 1
                si = live[r % len(live)]  # a retired site takes no draw
                site = ss[si]
                g = total = None
                if c in balance and site.cat in TARGETED:
                    alt, g, total = pick_balanced(self.lex, doc, site, mix64(r))
                else:
                    alt = pick(self.lex, site, mix64(r))
                wf = None  # balanced: the synonym form is drawn too
                if c in balance and site.cat in ("spatial", "attribute"):
                    wf = written_form(self.lex, doc, site, site.alts[alt], mix64(r ^ FORM_SALT))
                    if wf is None:
                        continue
                if c in balance and not accepted(self.lex, site, alt, r, doc, wf, g, total):
                    dead.add((c, si))
                    continue
                res = candidate(doc, site, alt, wf)
                if res is not None and res[0] not in seen:
                    seen.add(res[0])
                    out.append((res[0], c, res[1]))
                    got = True
                    break
            if not got:
                exhausted.add(c)
        return out


# ---------------------------------------------------------------- corpus counts ----------
def count_weights(lex, captions, min_pair=2):
    """The twin of tldr.perturb.count_weights (the C counts of csrc/core/perturb/counts.c)
    over a Lexicon built without weights files: {weights.lex key: count}."""
    count = collections.Counter()
    pairs = collections.Counter()
    numbers = lex.words_list["number"]
    for k, c in enumerate(captions):
        if not isinstance(c, str):
            raise TypeError(f"captions must be str, item {k} is {type(c).__name__}")
        doc = Doc(lex, c)
        for cat in ("spatial", "attribute", "object"):
            for site in find_sites(doc, cat):
                v = value_name(lex, lex.forms[site.fid].value)[0]
                count[v] += 1
                if cat != "object":
                    count[f"{FORM_KEY} {lex.forms[site.fid].text}"] += 1
                for cc, w in context_words(doc, site):
                    pairs[f"{cc} {v} {w}"] += 1
        for site in find_sites(doc, "counting"):
            if site.plain and 1 <= site.count <= len(numbers):
                v = numbers[site.count - 1]
                count[v] += 1
                for cc, w in context_words(doc, site):
                    pairs[f"{cc} {v} {w}"] += 1
        for site in find_sites(doc, "counterfactual"):
            count[CF_KEYS[CF_KIND[site.extra]]] += 1
        # noun phrases and their contexts (noun swaps)
        i = 0
        while i < doc.n():
            length, hits = doc.match(("objects", "nouns"), i)
            np_ = noun_phrase(doc, i, length, hits[0]) if length else None
            i += length or 1
            if np_ is None:
                continue
            v = value_name(lex, lex.forms[np_["fid"]].value)[0]
            count[f"{NOUN_KEY} {v}"] += 1
            for cc, w in noun_context(doc, np_["s"], np_["e"]):
                pairs[f"{cc} {v} {w}"] += 1
        # the fluency check's n-grams: lexicon words, and nouns side by side
        for k in range(doc.n()):
            if doc.low[k] in lex.phrases:
                count["unigram " + doc.low[k]] += 1
            if k + 1 < doc.n() and doc.joined(k + 1) and doc.is_noun(k) and doc.is_noun(k + 1):
                count[f"bigram {doc.low[k]} {doc.low[k + 1]}"] += 1
    count.update({k: n for k, n in pairs.items() if n >= min_pair and len(k.split()) <= MAXW})
    return dict(count)


# ---------------------------------------------------------------- alignment --------------
def overlap_labels(offsets, spans):
    """Twin of tldr._core.edit_labels for one row: int8 labels over tokens with str
    offsets (n, 2): 0 where a token overlaps one of the character spans [(start, end)] (an
    empty span marks the token that contains or follows its position), else 1."""
    offsets = np.asarray(offsets, dtype=np.int64).reshape(-1, 2)
    lab = np.ones(len(offsets), dtype=np.int8)
    for s, e in spans:
        if e > s:
            bad = (offsets[:, 0] < e) & (s < offsets[:, 1])
        else:
            bad = (offsets[:, 0] <= s) & (s < offsets[:, 1])
            if not bad.any():
                bad = offsets[:, 0] >= s
                idx = np.flatnonzero(bad)
                bad = np.zeros(len(offsets), bool)
                if len(idx):
                    bad[idx[0]] = True
        lab[bad] = 0
    return lab


def myers_keep(a, b):
    """Twin of tldr._core.token_diff: keep[j] = 1 when b[j] is matched in Myers' shortest
    edit script from a to b."""
    a, b = list(a), list(b)
    na, nb = len(a), len(b)
    mx = na + nb
    v = {1: 0}
    trace = []
    found = None
    for d in range(mx + 1):
        trace.append(dict(v))
        for k in range(-d, d + 1, 2):
            if k == -d or (k != d and v.get(k - 1, 0) < v.get(k + 1, 0)):
                x = v.get(k + 1, 0)
            else:
                x = v.get(k - 1, 0) + 1
            y = x - k
            while x < na and y < nb and a[x] == b[y]:
                x += 1
                y += 1
            v[k] = x
            if x >= na and y >= nb:
                found = d
                break
        if found is not None:
            break
    keep = np.zeros(nb, dtype=np.uint8)
    x, y = na, nb
    for d in range(found or 0, 0, -1):
        vv = trace[d]
        k = x - y
        if k == -d or (k != d and vv.get(k - 1, 0) < vv.get(k + 1, 0)):
            pk = k + 1
        else:
            pk = k - 1
        px = vv.get(pk, 0)
        py = px - pk
        while x > px and y > py:
            x -= 1
            y -= 1
            keep[y] = 1
        x, y = px, py
    while x > 0 and y > 0:
        x -= 1
        y -= 1
        keep[y] = 1
    return keep
