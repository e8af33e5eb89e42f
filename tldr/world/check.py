"""The world's semantic checker: parse the claims a caption makes, decide each in the scene.

``check(scene, text) -> (verdict, bad_spans)``: verdict is "true" (every claim holds),
"false" (some claim fails; bad_spans are the character spans of the words that make it
fail) or "unknown" (a sentence the world's language cannot read, and nothing false
elsewhere). The checker never guesses: a word it does not know, a vague quantifier
("several"), an attribute the world does not draw ("wooden"), "in the background" make
their sentence unknown.

The language (case-insensitive; sentences end at . ! ? ;):

    sentence   := "there" BE ["no"] np-list pred* | np-list pred*
    pred       := [BE] relation np-list | [BE] place | BE adjective ["and" adjective]
                | ("says" | "reads") QUOTE
    np-list    := np ("," np)* [","] ["and" np]
    np         := [det] adjective* noun [text] [place]
    det        := a | an | one..twenty | digits | the | both | some | a pair of | a couple of
    text       := ("that" | "which") ("says" | "reads" | "say" | "read") QUOTE
                | ("saying" | "reading") QUOTE | "with the" ("word" | "text") QUOTE
    place      := ("on" | "at" | "in" | "to") ["the"] (left | right | top | bottom | middle
                | center) ["side" | "hand"]            (not followed by "of")
    relation   := vocab.RELATIONS | ("to" | "on" | "at") ["the"] (left | right) ["side" |
                  "hand"] "of" | left-hand / right-hand forms

Meaning (exact counts, like a careful caption writer): a noun phrase names the objects
of its kind with its colour and size; its count word must equal their number ("a red
ball": exactly one red ball; the: at least one; some: at least one); "there is no X"
says none exists (none at that place or in that relation, when one is given). A place
holds for every object of the phrase; a relation for every pair (left, right, above,
under, far, behind, in front of, inside, outside) or for every subject with some object
(near, on); an object is never related to itself. Truth of places and relations:
``tldr.world.scene.relation`` / ``place``.

Blame (which words are false), per noun phrase: a kind the scene lacks -> the noun; else
a colour (size) that no object of the kind has -> that word (both, when each exists but
not together); else a wrong count -> the count word; in "there is/are NP", a phrase that
matches nothing also blames its determiner (the claim of existence). A failing place or relation -> its
key word ("left" of "to the left of", the whole phrase of "next to"); a failing "there is
no" -> "no"; a failing predicate adjective -> the adjective; a wrong sign word -> the
quoted word. Claims about objects that do not exist are not judged further.
"""

import dataclasses
import functools
import os
import re

from . import scene as S
from . import vocab

VERDICTS = ("true", "false", "unknown")

_TOKEN = re.compile(
    r'"[^"\n]*"|“[^”\n]*”|(?<![A-Za-z0-9])\'[^\'\n]{1,60}\'(?![A-Za-z0-9])'
    r"|[A-Za-z0-9]+(?:[-'’][A-Za-z0-9]+)*|[.!?;]|,|\S")
_BE = {"is", "are", "was", "were"}
_SENT_END = {".", "!", "?", ";"}
_TEXT_VERBS = {"says", "reads", "say", "read", "said"}
_DIRECTIONAL = {"left", "right", "above", "under", "far", "behind", "front", "inside", "outside"}


class _Unknown(Exception):
    """The sentence leaves the world's language (the message says where)."""


@dataclasses.dataclass
class Claim:
    """One decided claim: what it says, whether it holds, the words blamed if not."""

    what: str
    holds: bool
    blame: tuple = ()


@dataclasses.dataclass
class Sentence:
    """One sentence: its span, whether it was read, its claims (or why it was not read)."""

    span: tuple
    parsed: bool
    claims: list
    reason: str = ""


@dataclasses.dataclass
class _Tok:
    text: str      # lower case (quotes: the inside, case kept)
    start: int
    end: int
    quote: bool = False


@dataclasses.dataclass
class _NP:
    kind: object           # world kind, None for a lexicon noun the world never holds
    noun: _Tok
    det: str               # "count", "the", "some", "none" (bare), "no"
    count: int = 0
    det_span: tuple = ()
    color: object = None   # world colour, "" for a colour no object has, None if unsaid
    color_span: tuple = ()
    size: object = None
    size_span: tuple = ()
    texts: list = dataclasses.field(default_factory=list)    # quote tokens
    places: list = dataclasses.field(default_factory=list)   # (place, span)


@functools.lru_cache(maxsize=1)
def _other_attributes():
    """Attribute words of attributes.lex that the world does not draw (material, shape,
    pattern, state, ...) and small cues it does not model (distant, faraway)."""
    words = set()
    path = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "perturb", "attributes.lex")
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#") or ":" not in line:
                continue
            name, rest = line.split(":", 1)
            for value in rest.split(","):
                for form in value.split("="):
                    words.add(form.strip().lower())
    words |= {"distant", "faraway", "far-away", "far-off"}
    return frozenset(w for w in words if w not in vocab.COLOR_WORDS and w not in vocab.SIZE_WORDS)


def _tokens(text):
    out = []
    for m in _TOKEN.finditer(text):
        t = m.group(0)
        if t[0] in "\"'“" and len(t) >= 2:
            out.append(_Tok(t[1:-1], m.start() + 1, m.end() - 1, quote=True))
        else:
            out.append(_Tok(t.lower(), m.start(), m.end()))
    return out


def _sentences(toks):
    cur = []
    for t in toks:
        if not t.quote and t.text in _SENT_END:
            if cur:
                yield cur
            cur = []
        else:
            cur.append(t)
    if cur:
        yield cur


class _Parser:
    def __init__(self, toks):
        self.t = toks
        self.i = 0

    # ---- helpers -----------------------------------------------------------------------------
    def word(self, k=0):
        j = self.i + k
        if j < len(self.t) and not self.t[j].quote:
            return self.t[j].text
        return None

    def at_end(self):
        return self.i >= len(self.t)

    def fail(self, what):
        if self.at_end():
            raise _Unknown(f"{what} expected at the end of the sentence")
        tok = self.t[self.i]
        raise _Unknown(f"{what} expected at {tok.text!r}")

    def span(self, a, b):
        return (self.t[a].start, self.t[b - 1].end)

    # ---- phrases -----------------------------------------------------------------------------
    def _lr(self, k0):
        """A left/right form at i+k0: returns (side, key span, words used, has 'of')."""
        k = k0
        if self.word(k) == "the":
            k += 1
        w = self.word(k)
        if w in ("left-hand", "right-hand"):
            side, key = w.split("-")[0], k
            k += 1
        elif w in ("left", "right"):
            side, key = w, k
            k += 1
            if self.word(k) in ("side", "hand"):
                k += 1
        else:
            return None
        has_of = self.word(k) == "of"
        return side, key, k + (1 if has_of else 0) - k0, has_of

    def relation(self):
        """A relation phrase at i: (relation, key span) and advance, or None."""
        w = self.word()
        if w in ("to", "on", "at", "the", "left", "right", "left-hand", "right-hand"):
            k0 = 1 if w in ("to", "on", "at") else 0
            lr = self._lr(k0)
            if lr and lr[3]:
                side, key, n, _ = lr
                key_tok = self.t[self.i + key]
                self.i += k0 + n
                return side, (key_tok.start, key_tok.end)
        if w in ("on", "at", "in") and self.word(1) == "the" and self.word(2) in ("top", "bottom") \
                and self.word(3) == "of":
            raise _Unknown(f"'{w} the {self.word(2)} of' is not in the world's language")
        best = None
        for phrase, rel in vocab.RELATIONS.items():
            n = len(phrase)
            if all(self.word(k) == phrase[k] for k in range(n)) and (best is None or n > best[0]):
                best = (n, rel)
        if best is None:
            return None
        n, rel = best
        # "on" / "in" / "at" followed by a place is a place, not a relation.
        if rel in ("on", "inside") and self._place_at(self.i) is not None:
            return None
        sp = self.span(self.i, self.i + n)
        self.i += n
        return rel, sp

    def _place_at(self, i):
        """A place phrase at token i: (place, key span, tokens used), or None."""
        def word(j):
            return self.t[j].text if j < len(self.t) and not self.t[j].quote else None

        if word(i) not in ("on", "at", "in", "to"):
            return None
        k = i + 1
        if word(k) == "the":
            k += 1
        p = word(k)
        key = k
        if p in ("left-hand", "right-hand"):
            p = p.split("-")[0]
        elif p in vocab.PLACES:
            if p in ("left", "right") and word(k + 1) in ("side", "hand"):
                k += 1
        else:
            return None
        if word(k + 1) == "of":
            return None
        nxt = word(k + 1)  # "on top a cup": the relation "on top" (spatial.lex), not a place
        if k == i + 1 and (nxt in vocab.COUNT_WORDS or nxt in ("the", "some", "both") or (nxt or "").isdigit()):
            return None
        return vocab.PLACES[p], (self.t[key].start, self.t[key].end), k + 1 - i

    def place(self):
        hit = self._place_at(self.i)
        if hit is None:
            return None
        where, sp, n = hit
        if where == "middle" and self.word(0) != "in":
            raise _Unknown("'middle' / 'center' only as 'in the middle'")
        self.i += n
        return where, sp

    def text_clause(self):
        """A sign's word: returns the quote token and advances, or None."""
        w, w1 = self.word(), self.word(1)
        n = None
        if w in ("that", "which") and w1 in _TEXT_VERBS:
            n = 2
        elif w in ("saying", "reading"):
            n = 1
        elif w == "with" and w1 == "the" and self.word(2) in ("word", "text", "words"):
            n = 3
        if n is None:
            return None
        j = self.i + n
        if j >= len(self.t) or not self.t[j].quote:
            self.fail("a quoted word")
        self.i = j + 1
        return self.t[j]

    def noun_at(self, i):
        """The longest lexicon noun phrase at token i: (tokens, phrase), or None."""
        if i >= len(self.t) or self.t[i].quote:
            return None
        for phrase in vocab.noun_index().get(self.t[i].text, ()):
            n = len(phrase)
            if i + n <= len(self.t) and all(not self.t[i + k].quote and self.t[i + k].text == phrase[k]
                                            for k in range(1, n)):
                return n, " ".join(phrase)
        return None

    def np(self, negated=False):
        start = self.i
        det, count, det_span = "none", 0, ()
        w = self.word()
        if w is None:
            self.fail("a noun phrase")
        if negated:
            det, det_span = "no", self.span(self.i - 1, self.i)
        elif w == "a" and self.word(1) in ("pair", "couple") and self.word(2) == "of":
            det, count, det_span = "count", 2, self.span(self.i, self.i + 3)
            self.i += 3
        elif w in vocab.COUNT_WORDS and not (w in ("a", "an") and self.word(1) in ("few", "lot", "lots")):
            det, count, det_span = "count", vocab.COUNT_WORDS[w], self.span(self.i, self.i + 1)
            self.i += 1
        elif w.isdigit():
            det, count, det_span = "count", int(w), self.span(self.i, self.i + 1)
            self.i += 1
        elif w == "both":
            det, count, det_span = "count", 2, self.span(self.i, self.i + 1)
            self.i += 1
        elif w in ("the", "some"):
            det, det_span = w, self.span(self.i, self.i + 1)
            self.i += 1
        elif w in vocab.VAGUE_WORDS or w == "a":
            raise _Unknown(f"vague quantity {w!r}")
        np_ = _NP(None, None, det, count, det_span)
        # Adjectives, then the noun (an adjective that is also a noun, "orange", may be the noun).
        while True:
            w = self.word()
            hit = self.noun_at(self.i)
            if w in vocab.COLOR_WORDS or w in vocab.SIZE_WORDS:
                nxt = self.word(1)
                if hit and not (nxt in vocab.COLOR_WORDS or nxt in vocab.SIZE_WORDS or self.noun_at(self.i + 1)):
                    break
                tok = self.t[self.i]
                if w in vocab.COLOR_WORDS:
                    if np_.color is not None:
                        raise _Unknown("two colours for one noun")
                    np_.color = vocab.COLOR_WORDS[w] or ""
                    np_.color_span = (tok.start, tok.end)
                else:
                    if np_.size is not None:
                        raise _Unknown("two sizes for one noun")
                    np_.size = vocab.SIZE_WORDS[w]
                    np_.size_span = (tok.start, tok.end)
                self.i += 1
                continue
            if w in _other_attributes():
                # "glass" is a material and a noun: the noun when nothing nounlike follows, or
                # when the noun phrase starting here is longer ("hot dog": not "hot" + "dog").
                nxt = self.word(1)
                if hit and (hit[0] > 1 or not (nxt in vocab.COLOR_WORDS or nxt in vocab.SIZE_WORDS
                                               or nxt in _other_attributes() or self.noun_at(self.i + 1))):
                    break
                raise _Unknown(f"attribute {w!r} is not drawn in the world")
            break
        hit = self.noun_at(self.i)
        if hit is None:
            if self.i == start:
                self.fail("a noun phrase")
            self.fail("a noun")
        n, name = hit
        np_.noun = _Tok(name, self.t[self.i].start, self.t[self.i + n - 1].end)
        np_.kind = vocab.lexicon_nouns()[name]
        self.i += n
        # Trailing text and places.
        while True:
            q = self.text_clause()
            if q is not None:
                np_.texts.append(q)
                continue
            p = self.place()
            if p is not None:
                np_.places.append(p)
                continue
            break
        return np_

    def np_list(self, negated=False):
        nps = [self.np(negated)]
        while True:
            w = self.word()
            if w == "," and self.word(1) == "and":
                self.i += 2
            elif w in (",", "and"):
                self.i += 1
            else:
                break
            nps.append(self.np())
        return nps


def _parse(toks):
    """Parse one sentence into (subjects, predicates, negated existential)."""
    p = _Parser(toks)
    negated = existential = False
    if p.word() == "there" and p.word(1) in _BE:
        p.i += 2
        existential = True
        if p.word() == "no":
            p.i += 1
            negated = True
    subjects = p.np_list(negated)
    preds = []
    while not p.at_end():
        if p.word() in _BE:
            p.i += 1
            be = True
        else:
            be = False
        if p.word() in ("not", "no"):
            raise _Unknown("negated predicates are not in the world's language")
        rel = p.relation()
        if rel is not None:
            preds.append(("rel", rel, p.np_list()))
            continue
        pl = p.place()
        if pl is not None:
            preds.append(("place", pl))
            continue
        w = p.word()
        if be and (w in vocab.COLOR_WORDS or w in vocab.SIZE_WORDS):
            while True:
                tok = p.t[p.i]
                preds.append(("adj", w, (tok.start, tok.end)))
                p.i += 1
                if p.word() == "and" and (p.word(1) in vocab.COLOR_WORDS or p.word(1) in vocab.SIZE_WORDS):
                    p.i += 1
                    w = p.word()
                    continue
                break
            continue
        if w in ("says", "reads", "say", "read") and p.i + 1 < len(p.t) and p.t[p.i + 1].quote:
            preds.append(("text", p.t[p.i + 1]))
            p.i += 2
            continue
        p.fail("a relation, a place or an adjective")
    return subjects, preds, negated, existential


# ---- semantics ------------------------------------------------------------------------------

def _members(scene, np_, blame):
    """The objects np_ names, after blaming its words; None when they do not exist."""
    if np_.kind is None:
        blame.append(("noun", (np_.noun.start, np_.noun.end)))
        return None
    objs = [o for o in scene.objects if o.kind == np_.kind]
    if not objs:
        blame.append(("noun", (np_.noun.start, np_.noun.end)))
        return None
    by_color = objs if np_.color is None else [o for o in objs if o.color == np_.color]
    by_size = objs if np_.size is None else [o for o in objs if o.size == np_.size]
    both = [o for o in by_color if o in by_size]
    if both:
        return both
    if not by_color:
        blame.append(("color", np_.color_span))
    if not by_size:
        blame.append(("size", np_.size_span))
    if by_color and by_size:
        blame.append(("color", np_.color_span))
        blame.append(("size", np_.size_span))
    return None


def _holds(rel, subj, obj, order):
    if rel in _DIRECTIONAL:
        return all(S.relation(rel, a, b, order) for a in subj for b in obj)
    return all(any(S.relation(rel, a, b, order) for b in obj) for a in subj)


def _eval_np(scene, np_, claims, existential=False):
    """Claims of one (affirmative) noun phrase; returns its objects or None. In "there
    is/are NP" the determiner carries the claim of existence: when nothing matches, it is
    blamed with the words that match nothing ("there is a cat" could be "there is no cat")."""
    blame = []
    objs = _members(scene, np_, blame)
    label = np_.noun.text
    if objs is None:
        if existential and np_.det_span:
            blame.append(("det", np_.det_span))
        claims.append(Claim(f"{label}: exists", False, tuple(sp for _, sp in blame)))
        return None
    if np_.det == "count":
        ok = len(objs) == np_.count
        claims.append(Claim(f"{label}: {np_.count} (scene: {len(objs)})", ok, () if ok else (np_.det_span,)))
    for q in np_.texts:
        ok = all(o.kind == vocab.SIGN and o.text.lower() == q.text.strip().lower() for o in objs)
        claims.append(Claim(f"{label}: says {q.text!r}", ok, () if ok else ((q.start, q.end),)))
    for where, sp in np_.places:
        ok = all(S.place(where, o) for o in objs)
        claims.append(Claim(f"{label}: {where}", ok, () if ok else (sp,)))
    return objs


def _eval_sentence(scene, toks, order):
    subjects, preds, negated, existential = _parse(toks)
    claims = []
    if negated:
        # "there is no NP [place] [relation NP]": nothing matches all of it.
        np_ = subjects[0]
        if len(subjects) > 1:
            raise _Unknown("'there is no' with a list")
        objs = [] if np_.kind is None else [
            o for o in scene.objects if o.kind == np_.kind and (np_.color is None or o.color == np_.color)
            and (np_.size is None or o.size == np_.size)]
        objs = [o for o in objs if all(S.place(w, o) for w, _ in np_.places)]
        objs = [o for o in objs if all(o.text.lower() == q.text.strip().lower() for q in np_.texts)]
        for pred in preds:
            if pred[0] == "place":
                objs = [o for o in objs if S.place(pred[1][0], o)]
            elif pred[0] == "rel":
                (rel, _), others = pred[1], pred[2]
                for onp in others:
                    oo = _eval_np(scene, onp, claims)
                    if oo is None:
                        objs = []
                    else:
                        objs = [o for o in objs if _holds(rel, [o], oo, order)]
            else:
                raise _Unknown("'there is no' with a predicate")
        ok = not objs
        claims.append(Claim(f"no {np_.noun.text} (scene: {len(objs)})", ok, () if ok else (np_.det_span,)))
        return claims
    sets = [_eval_np(scene, np_, claims, existential) for np_ in subjects]
    for pred in preds:
        if pred[0] == "rel":
            (rel, sp), others = pred[1], pred[2]
            osets = [_eval_np(scene, onp, claims) for onp in others]
            for a in sets:
                for b in osets:
                    if a is None or b is None:
                        continue
                    ok = bool(a) and bool(b) and not any(x is y for x in a for y in b) and _holds(rel, a, b, order)
                    claims.append(Claim(f"relation {rel}", ok, () if ok else (sp,)))
        elif pred[0] == "place":
            where, sp = pred[1]
            for a in sets:
                if a is not None:
                    ok = all(S.place(where, o) for o in a)
                    claims.append(Claim(f"place {where}", ok, () if ok else (sp,)))
        elif pred[0] == "adj":
            w, sp = pred[1], pred[2]
            for a in sets:
                if a is None:
                    continue
                if w in vocab.COLOR_WORDS:
                    c = vocab.COLOR_WORDS[w]
                    ok = all(o.color == c for o in a)
                else:
                    ok = all(o.size == vocab.SIZE_WORDS[w] for o in a)
                claims.append(Claim(f"is {w}", ok, () if ok else (sp,)))
        elif pred[0] == "text":
            q = pred[1]
            for a in sets:
                if a is not None:
                    ok = all(o.kind == vocab.SIGN and o.text.lower() == q.text.strip().lower() for o in a)
                    claims.append(Claim(f"says {q.text!r}", ok, () if ok else ((q.start, q.end),)))
    return claims


def explain(scene, text):
    """Every sentence of text with its claims (or why it could not be read)."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, got {type(text).__name__}")
    order = {id(o): k for k, o in enumerate(scene.objects)}
    out = []
    for toks in _sentences(_tokens(text)):
        span = (toks[0].start, toks[-1].end)
        try:
            out.append(Sentence(span, True, _eval_sentence(scene, toks, order)))
        except _Unknown as e:
            out.append(Sentence(span, False, [], str(e)))
    return out


def check(scene, text):
    """(verdict, bad_spans): "true", "false" or "unknown", and the sorted character spans
    of the false words (empty unless the verdict is "false")."""
    sents = explain(scene, text)
    spans = sorted({sp for s in sents for c in s.claims if not c.holds for sp in c.blame if sp})
    if any(not c.holds for s in sents for c in s.claims):
        return "false", spans
    if not sents or any(not s.parsed for s in sents):
        return "unknown", []
    return "true", []
