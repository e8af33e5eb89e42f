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


def available(path=DEFAULT_DIR):
    return os.path.exists(os.path.join(path, "data.noun"))


class WordNet:
    """Noun synsets with their hypernyms, lemma -> senses, noun.exc plurals, and the
    adjective antonym pairs."""

    def __init__(self, path=DEFAULT_DIR):
        self.path = path
        self.senses = {}  # lemma -> [synset offset] in WordNet's sense order
        self.hyper = {}  # synset offset -> [hypernym offsets]
        self.lexname = {}  # synset offset -> lexicographer file number (26: noun.person, ...)
        self._closure = {}
        with open(os.path.join(path, "index.noun"), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                p = line.split()
                n_synsets, n_ptr = int(p[2]), int(p[3])
                offs = p[4 + n_ptr + 2:4 + n_ptr + 2 + n_synsets]
                self.senses[p[0].replace("_", " ").lower()] = [int(o) for o in offs]
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

    def is_person_or_animal(self, word):
        """The first sense of the noun is a person (noun.person) or an animal (noun.animal)."""
        la = self.lemma(word)
        return la is not None and self.lexname[self.senses[la][0]] in (18, 5)
