"""Readable pure-Python twin of the C tokenizer engine (minbpe style), used by the tests
only (production code never imports it).

It takes the same parsed inputs as ``tldr._core.BPE`` (``Tokenizer._build_args``, the spec
a loader in ``formats/`` returns) and
encodes with the textbook algorithms, so the tests can assert that the fast path equals
it token for token and offset for offset:

* byte-level BPE (tiktoken, GPT-2, Llama-3, CLIP): split the text with the
  pre-tokenizer regex, then in each piece repeatedly merge the adjacent pair with the
  lowest rank (leftmost on ties) until no pair merges;

  >>> merge([b"a", b"b", b"c"], {(b"a", b"b"): 0, (b"ab", b"c"): 1})
  [b'abc']

* SentencePiece-style BPE (Llama-2, Gemma): symbols are characters, " " stands for
  "▁", a "▁" may be prepended, a character missing from the vocab becomes its bytes'
  ``<0xXX>`` tokens;
* WordPiece (BERT): greedy longest match first, continuations spelled "##...".

Every symbol carries the byte span it covers; spans become str offsets at the end
(a span covering part of a multi-byte character widens to the whole character).
Needs the ``regex`` package (a dependency of tiktoken) for ``\\p{L}`` classes.
"""

from __future__ import annotations

import regex

INF = float("inf")


def merge(parts: list[bytes], ranks: dict[tuple[bytes, bytes], int]) -> list[bytes]:
    """Merge byte strings by rank: the textbook loop (leftmost lowest rank first)."""
    parts = list(parts)
    while len(parts) > 1:
        best = min(range(len(parts) - 1), key=lambda i: (ranks.get((parts[i], parts[i + 1]), INF), i))
        if (parts[best], parts[best + 1]) not in ranks:
            break
        parts[best : best + 2] = [parts[best] + parts[best + 1]]
    return parts


class ReferenceTokenizer:
    """Twin of one tldr.Tokenizer: ``ReferenceTokenizer(tok).encode(text)``."""

    def __init__(self, tok):
        a = tok._build_args
        self.kind = a["kind"]
        tokens = a["tokens"]
        if isinstance(tokens, tuple):  # (blob, lengths)
            blob, lens = tokens
            tokens, pos = [], 0
            for n in lens.tolist():
                tokens.append(blob[pos : pos + n])
                pos += n
        self.vocab = {}
        for t, i in zip(tokens, a["ids"]):  # first id wins for a duplicate string
            self.vocab.setdefault(t, i)
        self.bytes_of = {i: t for t, i in zip(tokens, a["ids"])}
        if a.get("merge_text") is not None:  # (blob, offsets, separator positions)
            blob, offs, seps = a["merge_text"]
            self.pair_rank = {}
            for r, (s, e, p) in enumerate(zip(offs[:-1].tolist(), offs[1:].tolist(), seps.tolist())):
                self.pair_rank[(blob[s : s + p], blob[s + p + 1 : e])] = r  # a later duplicate wins (HF)
        elif a.get("merges") is None:  # tiktoken: the rank of a merge is the merged token's rank
            self.pair_rank = None
        else:
            self.pair_rank = {}
            for r, (x, y) in enumerate(a["merges"]):
                self.pair_rank[(self.bytes_of[x], self.bytes_of[y])] = r
        self.pattern = regex.compile(a["pattern"]) if a.get("pattern") else None
        self.added = sorted(((c.encode(), i, sp) for c, i, sp in a.get("added", ())), key=lambda x: -len(x[0]))
        self.ignore_merges = a.get("ignore_merges", False)
        self.byte_fallback = a.get("byte_fallback", False)
        self.byte_ids = list(a["byte_ids"]) if a.get("byte_ids") is not None else None
        self.prepend = a.get("prepend_space", "never")  # never, always, unless_space, first
        self.split_spaces = a.get("split_spaces", False)
        self.replace = a.get("replace_space", False)
        self.keep_gaps = a.get("keep_gaps", True)
        self.unk = a.get("unk_id", -1)
        self.fuse_unk = a.get("fuse_unk", False)
        self.suffix = a.get("suffix") or b""
        self.prefix = a.get("prefix") or b""
        self.max_chars = a.get("max_word_chars", 100)

    def _ranks(self, x: bytes, y: bytes):
        if self.pair_rank is None:
            r = self.vocab.get(x + y)
            return INF if r is None else r
        return self.pair_rank.get((x, y), INF)

    # ---- pieces -------------------------------------------------------------------------------

    def _bpe(self, syms):
        """syms: list of (bytes, start, end); merge by rank, leftmost on ties."""
        while len(syms) > 1:
            rs = [(self._ranks(syms[i][0], syms[i + 1][0]), i) for i in range(len(syms) - 1)]
            r, i = min(rs)
            if r == INF:
                break
            syms[i : i + 2] = [(syms[i][0] + syms[i + 1][0], syms[i][1], syms[i + 1][2])]
        return syms

    def _bytes_piece(self, b: bytes, start: int, out):
        if not self.suffix and self.ignore_merges and b in self.vocab:
            out.append((self.vocab[b], start, start + len(b)))
            return
        syms = [(b[k : k + 1], start + k, start + k + 1) for k in range(len(b))]
        if self.suffix:
            t, s, e = syms[-1]
            syms[-1] = (t + self.suffix, s, e)
        for t, s, e in self._bpe(syms):
            out.append((self.vocab[t], s, e))

    def _wordpiece(self, b: bytes, start: int, out):
        text = b.decode()
        if len(text) > self.max_chars:
            out.append((self.unk, start, start + len(b)))
            return
        res, i = [], 0
        while i < len(text):
            for j in range(len(text), i, -1):
                piece = text[i:j].encode()
                key = (self.prefix if i else b"") + piece
                if key in self.vocab:
                    bs = len(text[:i].encode())
                    res.append((self.vocab[key], start + bs, start + bs + len(piece)))
                    i = j
                    break
            else:
                out.append((self.unk, start, start + len(b)))
                return
        out.extend(res)

    def _chars_segment(self, seg: bytes, start: int, out):
        """SentencePiece-style: whole segment as one word (HF semantics, no chunking)."""
        syms = []
        starts_space = seg.startswith(b" " if self.replace else "\u2581".encode()) or seg.startswith("\u2581".encode())
        if seg and (
            self.prepend == "always"
            or (self.prepend == "unless_space" and not starts_space)
            or (self.prepend == "first" and not starts_space and start == 0)
        ):
            syms.append(("\u2581".encode(), start, start))
        pos = 0
        for ch in seg.decode():
            cb = ch.encode()
            s, e = start + pos, start + pos + len(cb)
            key = "\u2581".encode() if (self.replace and ch == " ") else cb
            if key in self.vocab:
                syms.append((key, s, e))
            elif self.byte_fallback and self.byte_ids and all(self.byte_ids[x] >= 0 for x in cb):
                for k, x in enumerate(cb):
                    syms.append((("<byte>", self.byte_ids[x]), s + k, s + k + 1))
            elif self.fuse_unk and syms and syms[-1][0] == ("<unk>",):
                syms[-1] = (("<unk>",), syms[-1][1], e)
            else:
                syms.append((("<unk>",), s, e))
            pos += len(cb)
        # byte and unk symbols never merge: BPE on runs of ordinary symbols; with
        # Metaspace split=true every "▁" starts a new word
        run = []
        for sym in syms + [None]:
            if sym is not None and isinstance(sym[0], bytes):
                if not (self.split_spaces and sym[0] == "\u2581".encode() and run):
                    run.append(sym)
                    continue
                for t, s, e in self._bpe(run):
                    out.append((self.vocab[t], s, e))
                run = [sym]
                continue
            for t, s, e in self._bpe(run):
                out.append((self.vocab[t], s, e))
            run = []
            if sym is not None:
                t = sym[0]
                out.append((t[1] if t[0] == "<byte>" else self.unk, sym[1], sym[2]))

    def _segment(self, seg: bytes, start: int, out):
        if not seg:
            return
        if self.kind == "chars":
            self._chars_segment(seg, start, out)
            return
        piece = self._wordpiece if self.kind == "wordpiece" else self._bytes_piece
        if self.pattern is None:
            piece(seg, start, out)
            return
        text = seg.decode()
        pos = 0
        for m in self.pattern.finditer(text):
            s = len(text[: m.start()].encode())
            e = s + len(m.group().encode())
            if s > pos and self.keep_gaps:
                piece(seg[pos:s], start + pos, out)
            if e > s:
                piece(seg[s:e], start + s, out)
            pos = e
        if pos < len(seg) and self.keep_gaps:
            piece(seg[pos:], start + pos, out)

    # ---- public ---------------------------------------------------------------------------------

    def encode(self, text: str, allowed_special=()):
        """(ids, offsets) lists; special tokens are matched only when allowed (or "all");
        other added tokens always; a disallowed special raises ValueError."""
        data = text.encode("utf-8")
        out: list[tuple[int, int, int]] = []
        seg_start, i = 0, 0
        while i < len(data):
            for c, tid, sp in self.added:
                if data.startswith(c, i):
                    if sp and allowed_special != "all" and c.decode() not in allowed_special:
                        raise ValueError(f"disallowed special token {c!r}")
                    self._segment(data[seg_start:i], seg_start, out)
                    out.append((tid, i, i + len(c)))
                    i += len(c)
                    seg_start = i
                    break
            else:
                i += 1
        self._segment(data[seg_start:], seg_start, out)
        # byte offsets -> str offsets (whole-character rule)
        char_of = []
        for ci, ch in enumerate(text):
            char_of.extend([ci] * len(ch.encode()))
        n = len(text)
        ids, offs = [], []
        for tid, s, e in out:
            cs = char_of[s] if s < len(data) else n
            ce = (char_of[e - 1] + 1) if e > s else cs
            ids.append(tid)
            offs.append((cs, ce))
        return ids, offs


class ClipReference:
    """openai/CLIP simple_tokenizer.py, transcribed (without ftfy), for parity tests."""

    def __init__(self, bpe_path):
        import html

        from .formats.clip import read_merges  # the file is parsed once, there
        from .formats.gpt2 import bytes_to_unicode

        self._html = html
        self.byte_encoder = bytes_to_unicode()
        merges = read_merges(bpe_path)
        vocab = list(self.byte_encoder.values())
        vocab = vocab + [v + "</w>" for v in vocab]
        vocab.extend("".join(m) for m in merges)
        vocab.extend(["<|startoftext|>", "<|endoftext|>"])
        self.encoder = dict(zip(vocab, range(len(vocab))))
        self.bpe_ranks = dict(zip(merges, range(len(merges))))
        self.pat = regex.compile(
            r"""<\|startoftext\|>|<\|endoftext\|>|'s|'t|'re|'ve|'m|'ll|'d|[\p{L}]+|[\p{N}]|[^\s\p{L}\p{N}]+""",
            regex.IGNORECASE,
        )

    def bpe(self, token):
        if token in ("<|startoftext|>", "<|endoftext|>"):  # CLIP's initial cache
            return token
        word = tuple(token[:-1]) + (token[-1] + "</w>",)
        pairs = {(word[i], word[i + 1]) for i in range(len(word) - 1)}
        if not pairs:
            return token + "</w>"
        while True:
            bigram = min(pairs, key=lambda pair: self.bpe_ranks.get(pair, float("inf")))
            if bigram not in self.bpe_ranks:
                break
            first, second = bigram
            new_word, i = [], 0
            while i < len(word):
                try:
                    j = word.index(first, i)
                    new_word.extend(word[i:j])
                    i = j
                except ValueError:
                    new_word.extend(word[i:])
                    break
                if word[i] == first and i < len(word) - 1 and word[i + 1] == second:
                    new_word.append(first + second)
                    i += 2
                else:
                    new_word.append(word[i])
                    i += 1
            word = tuple(new_word)
            if len(word) == 1:
                break
            pairs = {(word[i], word[i + 1]) for i in range(len(word) - 1)}
        return " ".join(word)

    def encode(self, text):
        text = self._html.unescape(self._html.unescape(text)).strip()
        text = regex.sub(r"\s+", " ", text).strip().lower()
        ids = []
        for token in regex.findall(self.pat, text):
            token = "".join(self.byte_encoder[b] for b in token.encode("utf-8"))
            ids.extend(self.encoder[t] for t in self.bpe(token).split(" "))
        return ids
