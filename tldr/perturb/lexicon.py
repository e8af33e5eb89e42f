"""The lexicon files of the perturbation engine: the one Python parser of their format, and
how a ``lexicon`` argument resolves into files.

Format (docs/perturbation.md, "Lexicon files"; the C parser is csrc/core/perturb/lexicon.c
and tests assert both agree on every bundled file and on fuzzed lines): UTF-8 lines; blank
lines and lines starting with ``#`` are skipped; every other line is ``name: body``:

* words      ``name: phrase, phrase, ...``             (a named class of function words)
* weights    ``phrase: count``                         (count: 1 to 9 digits)
* patterns   ``quote|protect: REGEX``
* the rest   ``[*]name: value, value, ...``            (a class; ``*``: needs no context)
             ``value = form [= form ...]``             (synonyms; the first is written)
             ``form = phrase[/plural][>CLASS]``        (``/plural``: nouns and verbs only)

A phrase is at most ``MAXW`` words (:func:`split_words`) separated by whitespace, kept in
ASCII lower case joined by one space. :func:`parse` yields the records of a file in order
and raises :class:`tldr.FileFormatError` ("file:line: message") at the first bad line.

>>> [r for r in parse("objects_x.lex", "objects", b"seat: chair, couch/couches = sofa")][:3]
[Class(line=1, name='seat', free=False), Form(line=1, text='chair', plural='chairs', context=None, plural_written=False), Value(line=1)]
"""

import collections
import os
import re

from .._core import FileFormatError
from ..tokenize.errors import FileMissingError

# Lexicon file kinds, in the order of the C engine's TLDR_LEX_* kinds.
KINDS = ("spatial", "attributes", "objects", "nouns", "verbs", "words", "patterns", "weights")
MAXW = 6  # words of a phrase at most (the C engine's PHRASE_MAX_WORDS)
DATA_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "perturb")
# Bytes of one lexicon file, and of all the files of an engine, checked from their sizes
# before any is read: the bundled files hold 660 KB (the largest, weights.lex, 580 KB),
# and the C engine keeps a few times a file's size in tables, so 64 MiB per file and
# 256 MiB in all leave room for corpus-sized weights without letting a stray file (a
# dataset, a disk image) take gigabytes.
MAX_FILE_BYTES = 64 << 20
MAX_TOTAL_BYTES = 256 << 20
WS = " \t\n\r\f\v"
JOINERS = ("'", "-", "\u2019")
QUOTE_MAX = 40  # UTF-8 bytes of an offending entry quoted in a message (as the C parser)

# Records of a file, in order. A class line gives Class, then per value its forms and Value.
Words = collections.namedtuple("Words", "line name phrase")  # one phrase of a words class
Class = collections.namedtuple("Class", "line name free")
# plural: nouns and verbs only (written "/plural" or the regular one), else None;
# plural_written: the line wrote it ("couch/couches")
Form = collections.namedtuple("Form", "line text plural context plural_written")
Value = collections.namedtuple("Value", "line")  # the forms since the last Value are one value
Weight = collections.namedtuple("Weight", "line phrase count")
Pattern = collections.namedtuple("Pattern", "line name regex")


def is_word_char(c):
    """ASCII letters and digits, and every non-ASCII code point that is not punctuation or a
    space (Latin-1 punctuation, General Punctuation, CJK and full-width punctuation)."""
    o = ord(c)
    if o < 128:
        return c.isascii() and c.isalnum()
    if o in (0x85, 0xA0, 0xAB, 0xBB, 0xD7, 0xF7) or 0x2000 <= o <= 0x206F or 0x3000 <= o <= 0x303F:
        return False
    if 0xFE30 <= o <= 0xFE4F or 0xFF01 <= o <= 0xFF0F:
        return False
    return True


def split_words(text):
    """[(start, end)] str spans of the words of text: runs of word characters, with ``'``,
    ``-`` or U+2019 allowed between two of them ("dog's", "t-shirt")."""
    out = []
    i, n = 0, len(text)
    while i < n:
        if not is_word_char(text[i]):
            i += 1
            continue
        j = i + 1
        while j < n:
            if is_word_char(text[j]):
                j += 1
            elif text[j] in JOINERS and j + 1 < n and is_word_char(text[j + 1]):
                j += 2
            else:
                break
        out.append((i, j))
        i = j
    return out


def lower(s):
    """ASCII lower case (other characters unchanged)."""
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in s)


def regular_plural(w):
    """The English plural: -s, -x, -z, -ch, -sh take -es; a consonant + y becomes -ies."""
    if w.endswith(("s", "x", "z", "ch", "sh")):
        return w + "es"
    if len(w) >= 2 and w.endswith("y") and w[-2] not in "aeiou":
        return w[:-1] + "ies"
    return w + "s"


def format_error(name, line, msg, quoted=None):
    """The FileFormatError of a bad lexicon line: "name:line: msg 'quoted'", the quoted
    entry cut to QUOTE_MAX bytes at a character start (the C parser's message)."""
    tail = ""
    if quoted is not None:
        b = quoted.encode("utf-8")
        q = min(len(b), QUOTE_MAX)
        while 0 < q < len(b) and (b[q] & 0xC0) == 0x80:
            q -= 1
        tail = f" '{b[:q].decode('utf-8')}'"
    return FileFormatError(f"{name}:{line}: {msg}{tail}")


class _File:
    """Where the parser is, for messages."""

    def __init__(self, name):
        self.name = name
        self.line = 0

    def error(self, msg, quoted=None):
        return format_error(self.name, self.line, msg, quoted)

    def phrase(self, e):
        """The phrase of an entry: its words in lower case joined by one space."""
        e = e.strip(WS)
        if not e:
            raise self.error("empty entry")
        words = split_words(e)
        ph = " ".join(lower(e[s:t]) for s, t in words)
        # words separated by whitespace only: as long as the entry with its runs of
        # whitespace counted as one byte
        if not words or len(ph.encode("utf-8")) != len(re.sub(f"[{WS}]+", " ", e).encode("utf-8")):
            raise self.error("is not a sequence of words:", e)
        if len(words) > MAXW:
            raise self.error(f"has more than {MAXW} words:", e)
        return ph


def _forms(f, kind, value, context_ok):
    """Form records of one value "form [= form ...]" then its Value record."""
    for raw in value.split("="):
        raw = raw.strip(WS)
        context = None
        if ">" in raw:
            raw, context = raw.split(">", 1)
            context = context.strip(WS)
            if context_ok is not None and not context_ok(context):
                raise f.error("unknown context class", context)
        if raw.count("/") > 1:
            raise f.error("has more than one '/':", raw)
        noun = kind in ("objects", "nouns", "verbs")
        if "/" in raw and not noun:
            raise f.error("only nouns have a '/plural'")
        sing, _, plur = raw.partition("/")
        text = f.phrase(sing)
        plural = None
        if noun:
            plural = f.phrase(plur) if plur.strip(WS) else regular_plural(text)
        yield Form(f.line, text, plural, context, bool(plur.strip(WS)))
    yield Value(f.line)


def _line(f, kind, line, context_ok):
    colon = line.find(":")
    if colon <= 0:
        raise f.error("expected 'class: entries', got", line)
    name = line[:colon].strip(WS)
    body = line[colon + 1:].strip(WS)
    if kind == "weights":
        ph = f.phrase(name)
        if not re.fullmatch(r"[0-9]{1,9}", body):  # 9 digits: counts add up within 64 bits
            raise f.error("expected 'phrase: count', got", line)
        yield Weight(f.line, ph, int(body))
        return
    if not re.fullmatch(r"\*?[A-Za-z0-9_]+", name):
        raise f.error("bad class name", name)
    if kind == "patterns":
        if name not in ("quote", "protect"):
            raise f.error("unknown pattern name (expected quote or protect):", name)
        yield Pattern(f.line, name, body)
        return
    if not body:
        raise f.error("class has no entries:", name)
    if kind == "words":
        for e in body.split(","):
            yield Words(f.line, name, f.phrase(e))
        return
    yield Class(f.line, name.lstrip("*"), name.startswith("*"))
    for value in body.split(","):
        yield from _forms(f, kind, value, context_ok)


def parse(name, kind, data, context_ok=None):
    """Yield the records of one lexicon file (name for messages, kind one of KINDS, data
    bytes) in file order, lazily: a caller that checks each record as it comes (a form
    twice in one class) reports errors in file order, as the C parser does.
    context_ok(name): whether a ``>CLASS`` context names a words class (None: any)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise FileFormatError(f"{name}: not valid UTF-8 at byte {e.start}") from None
    f = _File(name)
    for lineno, line in enumerate(text.split("\n"), 1):
        f.line = lineno
        line = line.strip(WS)
        if line and not line.startswith("#"):
            yield from _line(f, kind, line, context_ok)


def kind_of(base):
    """The kind of a lexicon file from its base name (``objects_more.lex``), or None."""
    for k in KINDS:
        if base.startswith(k):
            return k
    return None


def load_files(paths_or_dirs=None, default_dir=DATA_DIR):
    """[(path, kind, bytes)]: every default file, where a user file with the same base name
    replaces the default and any other user file whose base name starts with a kind
    (``objects_more.lex``) extends that kind; words files first (others name their
    classes), then the rest in name order."""
    chosen = {}
    order = []
    for base in sorted(os.listdir(default_dir)):
        if kind_of(base) and (base.endswith(".lex") or base.endswith(".txt")):
            chosen[base] = os.path.join(default_dir, base)
            order.append(base)
    for p in paths_or_dirs or ():
        p = os.fspath(p)
        items = [os.path.join(p, b) for b in sorted(os.listdir(p))] if os.path.isdir(p) else [p]
        for f in items:
            base = os.path.basename(f)
            if kind_of(base) is None:
                if os.path.isdir(p):
                    continue
                raise FileFormatError(f"{f}: file name must start with one of {', '.join(KINDS)}")
            if base not in chosen:
                order.append(base)
            chosen[base] = f
    order.sort(key=lambda b: (kind_of(b) != "words", b))
    out = []
    total = 0
    for base in order:
        data = _read_capped(chosen[base], MAX_TOTAL_BYTES - total)
        total += len(data)
        out.append((chosen[base], kind_of(base), data))
    return out


def _read_capped(path, room):
    """A lexicon file's bytes, refused from its size before reading when it is larger than
    MAX_FILE_BYTES or than the ``room`` left under MAX_TOTAL_BYTES."""
    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            limit = min(MAX_FILE_BYTES, room)
            if size > limit:
                raise FileFormatError(_too_big(path, size, room))
            data = fh.read(limit + 1)  # a file that grew since fstat is cut at limit + 1
    except OSError as exc:
        raise FileMissingError(f"{path}: cannot read the lexicon file ({exc.strerror})") from None
    if len(data) > limit:
        raise FileFormatError(_too_big(path, len(data), room))
    return data


def _too_big(path, size, room):
    if size > MAX_FILE_BYTES:
        return f"{path}: the file has {size:,} bytes, more than the {MAX_FILE_BYTES:,} a lexicon file may have"
    return (f"{path}: the file has {size:,} bytes; with the other lexicon files that is more than the "
            f"{MAX_TOTAL_BYTES:,} bytes an engine's lexicon may have in all")


def lexicon_files(lexicon=None):
    """The files of a ``lexicon`` argument (None, a path, or a list of paths of files or
    directories) over the defaults, as load_files."""
    if lexicon is None:
        extra = ()
    elif isinstance(lexicon, (str, os.PathLike)):
        extra = (lexicon,)
    else:
        extra = tuple(lexicon)
    return load_files(extra, DATA_DIR)
