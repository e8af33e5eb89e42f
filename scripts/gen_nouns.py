"""Generate tldr/data/perturb/nouns.lex once, from WordNet 3.0 (Debian `wordnet-base`) and a
caption corpus used only as a frequency filter (COCO val2017 captions from ../shared/data).

verbs.lex (base/third person singular) is written beside it, and words_animate.lex: the words
class `animate`, every noun of nouns.lex and objects.lex (both numbers) whose first WordNet
sense is a person or an animal (noun.person, noun.animal), which binding's noun swaps keep
apart from things ("a pizza prepares a woman" is no caption).

A word is listed as a countable noun when WordNet knows it as a noun, its SemCor tag count
as a noun is at least its count as verb, adjective and adverb together, and it occurs at
least MIN_COUNT times in the corpus (singular or plural). Plurals come from WordNet's
noun.exc (irregular forms) or the regular English rules. The output is committed; nothing
at run time needs WordNet.

    python scripts/gen_nouns.py [--wordnet /usr/share/wordnet] [--captions PATH] [-o OUT]
"""

import argparse
import collections
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tldr.perturb.lexicon import regular_plural  # noqa: E402  (the lexicon format's default plural)

MIN_COUNT = 3
SKIP = {"while", "past", "who", "whom", "whose", "what", "which", "are", "can", "will", "may", "might", "must", "no", "yes", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "here", "there", "then", "now", "up", "down", "out", "in", "on", "off", "over", "under", "behind", "inside", "outside", "front", "back", "ahead", "near", "far", "left", "right", "top", "bottom", "side", "middle", "center", "people", "peoples", "folk", "data", "news", "sheep", "deer", "fish", "series", "species"}
# common caption nouns that WordNet's tag counts call verbs
EXTRA = {"sign", "display", "base", "selfie"}
DETS = {"a", "an", "the", "two", "three", "four", "several", "some", "many", "his", "her", "their", "its"}
# nouns in -ing (other -ing words are left out: mostly verb forms)
ING_NOUNS = {"building", "ceiling", "painting", "drawing", "railing", "awning", "wedding", "frosting", "icing",
             "topping", "pudding", "string", "ring", "wing", "king", "swing", "evening", "morning", "sibling",
             "landing", "opening", "spring", "thing", "stuffing", "dressing", "sling"}
# nouns of one or two letters that captions use as nouns (WordNet also lists letters and
# abbreviations: "a", "ha", "wa", whose plurals "as", "has", "was" are function words)
SHORT_NOUNS = {"ad", "tv", "ox", "pc"}
# words.lex classes of function words: no noun has a form in them ("it/its", "hi/his")
FUNCTION_CLASSES = {"det", "copula", "noun_left", "number", "quantifier_1", "quantifier_2", "quantifier_3",
                    "quantifier_12", "vague", "agree_singular", "agree_plural", "there", "with_det", "have",
                    "have_det", "be_aux", "det_singular", "det_plural", "landmark_pron", "symmetric"}
SPECIAL = {"person": "people", "child": "children", "foot": "feet", "tooth": "teeth", "mouse": "mice", "bus": "buses", "gas": "gases"}


def main():
    ap = argparse.ArgumentParser()
    root = pathlib.Path(__file__).resolve().parent.parent
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--captions", default=str(root.parent / "shared/data/captions/coco/captions_val2017.json"))
    ap.add_argument("-o", "--out", default=str(root / "tldr/data/perturb/nouns.lex"))
    a = ap.parse_args()
    wn = pathlib.Path(a.wordnet)

    pos_count = collections.defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    for line in open(wn / "cntlist.rev"):
        key, _, cnt = line.split()
        lemma, rest = key.split("%")
        pos_count[lemma][int(rest[0])] += int(cnt)
    nouns = set()
    for line in open(wn / "index.noun"):
        if line.startswith(" "):
            continue
        lemma = line.split()[0]
        if re.fullmatch(r"[a-z]+(-[a-z]+)?", lemma):
            nouns.add(lemma)
    others = set()
    for p in ("verb", "adj", "adv"):
        for line in open(wn / f"index.{p}"):
            if not line.startswith(" "):
                others.add(line.split()[0])
    irregular = {}
    for line in open(wn / "noun.exc"):
        pl, sg = line.split()[:2]
        irregular.setdefault(sg, pl)

    caps = json.load(open(a.captions))["annotations"]
    freq = collections.Counter(w for c in caps for w in re.findall(r"[a-z]+(?:-[a-z]+)?", c["caption"].lower()))
    det_count = collections.Counter()
    for c in caps:
        ws = re.findall(r"[a-z]+(?:-[a-z]+)?", c["caption"].lower())
        for x, y in zip(ws, ws[1:]):
            if x in DETS:
                det_count[y] += 1
    adjectives = set()
    for line in open(wn / "index.adj"):
        if not line.startswith(" "):
            adjectives.add(line.split()[0])
    function_words = set()
    for line in (pathlib.Path(a.out).parent / "words.lex").read_text().splitlines():
        name, _, body = line.partition(":")
        if not line.startswith("#") and name.strip() in FUNCTION_CLASSES:
            function_words |= {w.strip() for w in body.split(",")}
    rows = []
    plurals = {SPECIAL.get(w) or irregular.get(w) or regular_plural(w) for w in nouns}
    for w in sorted(nouns):
        if w in plurals:
            continue
        if w in SKIP or (w.endswith("ing") and w not in ING_NOUNS):
            continue
        pl = SPECIAL.get(w) or irregular.get(w) or regular_plural(w)
        if w.endswith("man") and w not in ("human", "german", "roman", "shaman"):
            pl = w[:-3] + "men"
        if freq[w] + freq[pl] < MIN_COUNT or pl == w:
            continue
        if (len(w) < 3 and w not in SHORT_NOUNS) or w in function_words or pl in function_words:
            continue
        c = pos_count.get(w, [0] * 6)
        # a noun by WordNet's tag counts, or by usage: often right after an article or a
        # number in the captions and never an adjective ("a sign", "two signs")
        by_use = (det_count[w] + det_count[pl] >= 5 and det_count[w] >= 0.4 * freq[w] and w not in adjectives) or w in EXTRA
        if w in others and c[1] < c[2] + c[3] + c[4] + c[5] and not by_use:
            continue
        if w in others and c[1] == 0 and not by_use:
            continue
        rows.append(f"noun: {w}/{pl}")
    header = [
        "# Countable nouns with their plurals (generated by scripts/gen_nouns.py from WordNet 3.0",
        "# and COCO caption word frequencies; do not edit by hand, extend with another nouns*.lex).",
    ]
    pathlib.Path(a.out).write_text("\n".join(header + rows) + "\n")
    print(f"{len(rows)} nouns -> {a.out}")
    nouns = {w for r in rows for w in r.split(": ", 1)[1].split("/")}
    gen_verbs(a.wordnet, a.captions, str(pathlib.Path(a.out).with_name("verbs.lex")), nouns)
    gen_animate(a.wordnet, pathlib.Path(a.out).parent)


# the groups of objects.lex that are persons or animals; every other group is things
ANIMATE_GROUPS = {"animal", "big_cat", "bear_kind", "bird_kind", "dog_breed", "person", "person_child",
                  "person_age", "person_role", "athlete"}

# nouns whose first WordNet sense is a person or a farm animal while captions mean a thing
# ("a game controller", "a bird feeder", "a speaker on a shelf", "the hood of a car")
NOT_ANIMATE = {"beef", "bleacher", "carrier", "controller", "feeder", "hood", "planter", "speaker", "wheeler"}


def gen_animate(wordnet, lexdir):
    """words_animate.lex: the nouns (singular and plural forms) of objects.lex in a group of
    persons or animals (the lexicon knows what its words mean here: "hot dog" and "mouse"
    are in food and device), and the other nouns of nouns.lex whose first WordNet sense is
    a person or an animal (WordNet.is_person_or_animal), but for NOT_ANIMATE."""
    from tldr.perturb import lexicon as L
    from tldr.perturb._wordnet import WordNet
    wn = WordNet(wordnet)
    groups = {}  # form -> objects.lex group
    group = None
    for r in L.parse("objects.lex", "objects", (lexdir / "objects.lex").read_bytes()):
        if isinstance(r, L.Class):
            group = r.name
        elif isinstance(r, L.Form):
            groups[r.text] = groups[r.plural] = group
    forms = []
    for r in L.parse("objects.lex", "objects", (lexdir / "objects.lex").read_bytes()):
        if isinstance(r, L.Form) and groups[r.text] in ANIMATE_GROUPS:
            forms += [r.text, r.plural]
    for r in L.parse("nouns.lex", "nouns", (lexdir / "nouns.lex").read_bytes()):
        if (isinstance(r, L.Form) and r.text not in groups and r.text not in NOT_ANIMATE
                and wn.is_person_or_animal(r.text)):
            forms += [r.text, r.plural]
    out = sorted(set(forms))
    header = [
        "# Persons and animals (generated by scripts/gen_nouns.py: the nouns of objects.lex's",
        "# groups of persons and animals, and the other nouns of nouns.lex whose first WordNet",
        "# 3.0 sense is a person or an animal, an organism, in a tagged sense order; do not edit).",
        "# Binding swaps two noun phrases only when both or neither are in this class.",
    ]
    (lexdir / "words_animate.lex").write_text("\n".join(header + ["animate: " + ", ".join(out)]) + "\n")
    print(f"{len(out)} animate nouns -> {lexdir / 'words_animate.lex'}")



def third_person(v):
    irregular = {"have": "has", "be": "is", "do": "does", "go": "goes"}
    if v in irregular:
        return irregular[v]
    if re.search(r"(s|x|z|ch|sh|o)$", v):
        return v + "es"
    if re.search(r"[^aeiou]y$", v):
        return v[:-1] + "ies"
    return v + "s"


def ing_form(v):
    """the -ing form of verb v by the English spelling rules (chase -> chasing, run ->
    running, lie -> lying, visit -> visiting)"""
    vowels = "aeiou"
    if v.endswith("ie"):
        return v[:-2] + "ying"
    if v.endswith("e") and not v.endswith(("ee", "ye", "oe")):
        return v[:-1] + "ing"
    one_syllable = len(re.findall(r"[aeiouy]+", v)) == 1
    if one_syllable and len(v) >= 3 and v[-1] not in vowels + "wxy" and v[-2] in vowels and v[-3] not in vowels:
        return v + v[-1] + "ing"
    return v + "ing"


def gen_verbs(wordnet, captions, out, nouns=()):
    """verbs.lex: present-tense verbs, base/3rd person, that the corpus uses as verbs: the
    -s form seen, or (for a verb that is no noun: "chase") the -ing form."""
    wn = pathlib.Path(wordnet)
    verbs = set()
    for line in open(wn / "index.verb"):
        if not line.startswith(" "):
            lemma = line.split()[0]
            if re.fullmatch(r"[a-z]+", lemma):
                verbs.add(lemma)
    wn_nouns = {line.split()[0] for line in open(wn / "index.noun") if not line.startswith(" ")}
    caps = json.load(open(captions))["annotations"]
    freq = collections.Counter(w for c in caps for w in re.findall(r"[a-z]+", c["caption"].lower()))
    rows = []
    for v in sorted(verbs):
        t = third_person(v)
        if v in ("be", "have", "do"):
            continue
        g = ing_form(v)
        # the -ing form is this verb's own (not a noun: "evening", nor another verb's:
        # "singe" -> "singing")
        own = g not in wn_nouns and not (v.endswith("e") and v[:-1] in verbs)
        as_verb = v not in nouns and t not in nouns and own and freq[g] >= MIN_COUNT
        if freq[t] < MIN_COUNT and not as_verb:
            continue
        rows.append(f"verb: {v}/{t}")
    header = [
        "# Present-tense verbs, base/third person singular (generated by scripts/gen_nouns.py",
        "# from WordNet 3.0 verbs seen in COCO captions in the -s form, or, when no noun, in the",
        "# -ing form; used for agreement).",
    ]
    pathlib.Path(out).write_text("\n".join(header + rows) + "\n")
    print(f"{len(rows)} verbs -> {out}")


if __name__ == "__main__":
    main()
