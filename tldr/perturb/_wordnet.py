"""A minimal reader of WordNet 3.0's noun and adjective files (Debian ``wordnet-base``,
``/usr/share/wordnet``) for the lexicon scripts and tests, never for the engine: nothing at
run time needs WordNet.

It answers one question for the lexicons: are two nouns related so that replacing one by
the other can leave a caption true? They are when they share a synset (synonyms: "couch",
"sofa"), or when a sense of one lies above a sense of the other in the hypernym tree
(``@`` and instance ``@i`` pointers: "crow" -> "bird" generalises, "bird" -> "crow"
specialises). Multi-word lemmas use ``_`` in WordNet and a space here.

>>> wn = WordNet()                                       # doctest: +SKIP
>>> wn.relation("desk", "table"), wn.relation("cake", "doughnut")  # doctest: +SKIP
('hyponym', 'hypernym')
"""

import os

DEFAULT_DIR = "/usr/share/wordnet"


# Pairs of one lexicon class that WordNet relates only through a rare sense, which a
# reader of a caption never meant: replacing one by the other makes a false caption. The
# lexicon test (tests/test_perturb_lexicons.py) allows these and no other related pair;
# scripts/eval_perturb.py reports the shares with and without them.
RARE_SENSE = {
    frozenset(("car", "bus")): "bus, sense 3: 'a car that is old and unreliable' (jalopy)",
    frozenset(("automobile", "bus")): "bus, sense 3: 'a car that is old and unreliable' (jalopy)",
    frozenset(("fence", "wall")): "wall, sense 6: 'a masonry fence (as around an estate)'",
    frozenset(("bull", "pig")): "both slang for a policeman",
    frozenset(("milk", "water")): "milk and water as body fluids / liquids of the body",
    frozenset(("racket", "bat")): "bat, sense 'a club used for hitting a ball in various games'",
    frozenset(("scooter", "boat")): "scooter, sense 'a motorboat resembling a motor scooter'",
    frozenset(("jacket", "cap")): "both a dental crown ('jacket crown', 'cap')",
}


def available(path=DEFAULT_DIR):
    return os.path.exists(os.path.join(path, "data.noun"))


# organism.n.01 ("being"): every person and animal synset lies under it; the parts of an
# animal that WordNet files with the animals (noun.animal: "beak", "paw", "mane") do not
ORGANISM = 4475


def _read_index(path, tagged=None):
    """A WordNet index file (index.noun, index.adj): lemma -> [synset offset] in WordNet's
    sense order (lemmas lower-cased, "_" read as a space). tagged, a dict, gets lemma ->
    how many of its senses SemCor tagged (tagsense_cnt: 0 means the order says nothing)."""
    senses = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            p = line.split()
            n_synsets, n_ptr = int(p[2]), int(p[3])
            offs = p[4 + n_ptr + 2:4 + n_ptr + 2 + n_synsets]
            senses[p[0].replace("_", " ").lower()] = [int(o) for o in offs]
            if tagged is not None:
                tagged[p[0].replace("_", " ").lower()] = int(p[4 + n_ptr + 1])
    return senses


class WordNet:
    """Noun synsets with their hypernyms, lemma -> senses, noun.exc plurals, and the
    adjective antonym pairs."""

    def __init__(self, path=DEFAULT_DIR):
        self.path = path
        self.tagged = {}  # lemma -> senses tagged in SemCor
        self.senses = _read_index(os.path.join(path, "index.noun"), self.tagged)  # lemma -> [synset offset]
        self.hyper = {}  # synset offset -> [hypernym offsets]
        self.lexname = {}  # synset offset -> lexicographer file number (26: noun.person, ...)
        self._closure = {}
        with open(os.path.join(path, "data.noun"), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                p = line.split(" ")
                off = int(p[0])
                self.lexname[off] = int(p[1])
                nw = int(p[3], 16)
                k = 4 + 2 * nw
                nptr = int(p[k])
                hs = []
                for q in range(nptr):
                    sym, o = p[k + 1 + 4 * q], p[k + 2 + 4 * q]
                    if sym in ("@", "@i"):
                        hs.append(int(o))
                self.hyper[off] = hs

    def ancestors(self, off):
        """Every synset above off in the hypernym tree (not off itself)."""
        got = self._closure.get(off)
        if got is None:
            got, todo = set(), list(self.hyper.get(off, ()))
            while todo:
                h = todo.pop()
                if h not in got:
                    got.add(h)
                    todo.extend(self.hyper.get(h, ()))
            self._closure[off] = got
        return got

    def lemma(self, word):
        """The WordNet lemma of a noun form ("buses" -> "bus"): the word itself when it is
        one, else by noun.exc or the regular plural endings."""
        w = word.lower()
        if w in self.senses:
            return w
        if not hasattr(self, "_exc"):
            self._exc = {}
            with open(os.path.join(self.path, "noun.exc"), encoding="latin-1") as f:
                for line in f:
                    p = line.split()
                    self._exc.setdefault(p[0].replace("_", " "), p[1].replace("_", " "))
        if w in self._exc:
            return self._exc[w]
        for suf, rep in (("ies", "y"), ("es", ""), ("s", ""), ("men", "man")):
            if w.endswith(suf) and w[:-len(suf)] + rep in self.senses:
                return w[:-len(suf)] + rep
        return None

    def relation(self, a, b, max_senses=None):
        """How replacing noun a by noun b relates them: "synonym" (a shared synset),
        "hypernym" (b is more general: a sense of b lies above a sense of a),
        "hyponym" (b is more specific), or None. max_senses: only the first senses of
        each word (None: all)."""
        la, lb = self.lemma(a), self.lemma(b)
        if la is None or lb is None:
            return None
        sa = self.senses[la][:max_senses]
        sb = self.senses[lb][:max_senses]
        if set(sa) & set(sb):
            return "synonym"
        if any(y in self.ancestors(x) for x in sa for y in sb):
            return "hypernym"
        if any(x in self.ancestors(y) for x in sa for y in sb):
            return "hyponym"
        return None

    def _load_adjectives(self):
        """adjective lemma -> synsets, and synset -> synsets it is "similar to" (``&``)."""
        self.adj_similar = {}
        self.adj_senses = _read_index(os.path.join(self.path, "index.adj"))
        with open(os.path.join(self.path, "data.adj"), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                p = line.split(" ")
                nw = int(p[3], 16)
                k = 4 + 2 * nw
                nptr = int(p[k])
                self.adj_similar[int(p[0])] = {int(p[k + 2 + 4 * q]) for q in range(nptr) if p[k + 1 + 4 * q] == "&"}

    def adjective_relation(self, a, b):
        """"synonym" when adjectives a and b share a synset, "similar" when a synset of one
        is "similar to" one of the other (a head and its satellite: "large", "huge"), else
        None (antonyms and unrelated adjectives)."""
        if not hasattr(self, "adj_senses"):
            self._load_adjectives()
        sa, sb = self.adj_senses.get(a.lower(), []), self.adj_senses.get(b.lower(), [])
        if set(sa) & set(sb):
            return "synonym"
        if any(y in self.adj_similar.get(x, ()) or x in self.adj_similar.get(y, ()) for x in sa for y in sb):
            return "similar"
        return None

    def is_being(self, off):
        """Synset off is a person (noun.person, agents too: "driver") or an animal
        (noun.animal) that is an organism: not the part of an animal WordNet files with
        the animals ("beak")."""
        return self.lexname[off] == 18 or (self.lexname[off] == 5 and ORGANISM in self.ancestors(off))

    def is_person_or_animal(self, word):
        """The first sense of the noun is a person or an animal (is_being), and that order
        means something: SemCor tagged a sense of the word, or every sense is one
        ("surfer"). Never "calculator" or "diner" (first sense, untagged: a person who
        calculates, who dines), nor "beak" or "paw" (parts of an animal)."""
        la = self.lemma(word)
        if la is None or not self.is_being(self.senses[la][0]):
            return False
        return self.tagged.get(la, 0) > 0 or all(self.is_being(o) for o in self.senses[la])


def lexicon_classes(path, kind):
    """[(class name, [[form, ...] per value])] of one lexicon file (the one parser)."""
    from . import lexicon as L
    with open(path, "rb") as f:
        data = f.read()
    out, cur = [], []
    for r in L.parse(os.path.basename(path), kind, data):
        if isinstance(r, L.Class):
            out.append((r.name, []))
        elif isinstance(r, L.Form):
            cur.append(r.text)
        elif isinstance(r, L.Value):
            out[-1][1].append(cur)
            cur = []
    return out


def related_values(wn, classes, allowed=()):
    """[(class, form a, form b, relation)] for every two values of one class that WordNet
    relates (a synonym, hypernym or hyponym between any of their forms, any sense), except
    the pairs in allowed ({frozenset((a, b))})."""
    out = []
    for name, values in classes:
        for i, va in enumerate(values):
            for vb in values[i + 1:]:
                for a in va:
                    for b in vb:
                        r = wn.relation(a, b)
                        if r and frozenset((a, b)) not in allowed:
                            out.append((name, a, b, r))
    return out
