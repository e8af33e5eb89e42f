"""TLDRCollator: examples -> the backbone's inputs plus per-token labels.

Labels are (B, T) int64: -100 on every position that is not a response token (image
tokens, prompt, chat template, EOS, padding), 1 on a good response token, 0 on a bad one.

How a response token is found (the same for every family, see families.py for where
the response goes):

1. the processor builds the row (image tokens expanded, prompt, response, end of turn);
2. the response's ``segment`` (the suffix plus EOS for PaliGemma, the whole chat for chat
   models; image placeholders are single added tokens there) is tokenized with offsets by
   ``tldr.Tokenizer`` where it can load the backbone's tokenizer (else by the processor's
   tokenizer); the response tokens are those overlapping the response's characters;
3. the processor's row must end with exactly those tokens (and what follows them): so
   tldr's ids for the response are the processor's ids, checked on every example. When
   they are not, the processor's tokenizer tokenizes the segment to tell which went
   wrong: different ids from the two tokenizers raise an error naming both (never a
   silent wrong label), a row that does not end with the segment raises too;
4. labels come from the tokens' offsets (docs/tokenizers.md) through
   ``tldr.perturb.span_labels``, the rule of ``tldr.label_tokens``.

``max_length`` (optional) cuts rows from the right: response tokens past the limit are
dropped with their labels (``RowInfo.truncated`` counts them; the kept tokens keep their
labels, since a causal model reads a token from the tokens before it only). A limit that
leaves no response token raises.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import torch

from .._core import InvalidInputError, TldrError, UnsupportedError
from ..perturb import span_labels_rows
from .examples import DEFAULT_PROMPT, check_example, load_image
from .families import chat_parts, family_of, render

__all__ = ["TLDRCollator", "RowInfo", "IGNORE_INDEX"]

IGNORE_INDEX = -100

# Keys of the processor output that hold one value per token (cut with max_length).
_PER_TOKEN = ("input_ids", "attention_mask", "token_type_ids", "mm_token_type_ids", "cross_attention_mask",
              "position_ids")


@dataclasses.dataclass
class RowInfo:
    """Where one example's response lies in its row.

    positions (n,) int64 token positions in the row; ids (n,) int32; offsets (n, 2) int64
    str offsets into ``response``; labels (n,) int8 (1 good, 0 bad); truncated: number of
    response tokens cut by ``max_length``."""

    response: str
    positions: np.ndarray
    ids: np.ndarray
    offsets: np.ndarray
    labels: np.ndarray
    truncated: int = 0


def _hf_name(tok):
    return f"{type(tok).__name__} ({getattr(tok, 'name_or_path', '') or 'in memory'})"


def load_tldr_tokenizer(tok):
    """(tldr.Tokenizer equal to the transformers tokenizer ``tok``, None) or (None, why
    not): ``tldr.Tokenizer.from_transformers`` (its tokenizer.json with the processor's
    added tokens, ``<image>``, ``<locNNNN>``, chat markers, at their ids)."""
    from ..tokenize import Tokenizer

    try:
        return Tokenizer.from_transformers(tok), None
    except TldrError as e:
        return None, str(e)


def _overlapping(offsets, start, end):
    """Indices of the tokens whose non-empty span overlaps [start, end), checked contiguous."""
    off = np.asarray(offsets, np.int64).reshape(-1, 2)
    hit = (off[:, 0] < end) & (off[:, 1] > start) & (off[:, 1] > off[:, 0])
    idx = np.flatnonzero(hit)
    if len(idx) and idx[-1] - idx[0] + 1 != len(idx):
        return None
    return idx


def _place_all(ids, lens, tl, rendered, responses):
    """What ``TLDRCollator._row`` finds with tldr.Tokenizer's tokens, for all rows of a
    batch at once with array operations: per row (positions, ids int32, offsets into the
    response clipped to it), or None where the row needs the careful path (no response
    token, tokens not contiguous, or the row not ending with the segment's tokens from the
    first response token on), which then finds the same or raises its error.

    ids (B, T) the processor's ids, lens (B,) the rows' lengths; tl the BatchEncoding of
    the rows' segments."""
    B = len(rendered)
    rs = np.asarray(tl.row_splits, np.int64)
    t_ids, t_off = tl.ids, np.asarray(tl.offsets, np.int64).reshape(-1, 2)
    r0 = np.fromiter((r.start for r in rendered), np.int64, B)
    r1 = r0 + np.fromiter((len(x) for x in responses), np.int64, B)
    rowof = np.repeat(np.arange(B), np.diff(rs))
    hit = (t_off[:, 0] < r1[rowof]) & (t_off[:, 1] > r0[rowof]) & (t_off[:, 1] > t_off[:, 0])
    hits = np.flatnonzero(hit)
    hrow = rowof[hits]
    count = np.bincount(hrow, minlength=B)
    first = np.zeros(B, np.int64)
    last = np.zeros(B, np.int64)
    first[hrow[::-1]] = hits[::-1]  # the last write wins: reversed, the first hit of a row
    last[hrow] = hits
    L = np.asarray(lens, np.int64)
    m = rs[1:] - first  # the segment's tokens from the first response token on
    ok = (count > 0) & (last - first + 1 == count) & (m <= L)
    # the row must end with those m tokens: compare them all in one gather
    mm = np.where(ok, m, 0)
    rowrep = np.repeat(np.arange(B), mm)
    k = np.arange(int(mm.sum())) - np.repeat(np.cumsum(mm) - mm, mm)
    same = ids[rowrep, (L - mm)[rowrep] + k] == t_ids[first[rowrep] + k]
    ok &= np.bincount(rowrep[~same], minlength=B) == 0
    out = []
    for i in range(B):
        if not ok[i]:
            out.append(None)
            continue
        a, b, start = int(first[i]), int(last[i]) + 1, int(L[i] - m[i])
        off = np.minimum(np.maximum(t_off[a:b] - r0[i], 0), r1[i] - r0[i])
        out.append((np.arange(start, start + b - a, dtype=np.int64), t_ids[a:b].astype(np.int32), off))
    return out


def _to_torch(v):
    """A numeric NumPy output of the processor as a tensor (dtype kept, as return_tensors="pt" does)."""
    if isinstance(v, np.ndarray) and v.dtype.kind in "biuf":
        return torch.from_numpy(np.ascontiguousarray(v))
    return v


class TLDRCollator:
    """Examples (see ``tldr.vlm.examples``) -> a batch for ``TLDRModel``.

    processor: the backbone's ``transformers`` processor (its family decides the prompt
    format, see ``tldr.vlm.families``). max_length: cut rows longer than this (module
    docstring). tldr_tokenizer: ``"auto"`` (load ``tldr.Tokenizer`` from the processor's
    tokenizer when possible, else label from the processor's own offsets), a
    ``tldr.Tokenizer``, or ``False`` (always the processor's offsets).
    ``offsets_from`` says which one is in use ("tldr" or "transformers") and
    ``tldr_tokenizer_error`` why tldr's could not be loaded.

    ``collator(examples)`` returns a dict of tensors (the processor's outputs with
    ``labels`` (B, T) int64); ``collator.encode(examples)`` returns it with one
    ``RowInfo`` per example (what ``TLDRModel.score`` and the evaluation read).
    """

    def __init__(self, processor, max_length=None, *, tldr_tokenizer="auto", default_prompt=DEFAULT_PROMPT):
        self.processor = processor
        self.family = family_of(processor)
        self.tokenizer = getattr(processor, "tokenizer", None)
        if self.tokenizer is None:
            raise UnsupportedError(f"{type(processor).__name__} has no tokenizer")
        if max_length is not None and (isinstance(max_length, bool) or int(max_length) != max_length
                                       or max_length < 1):
            raise InvalidInputError(f"max_length must be a positive int or None, got {max_length!r}")
        self.max_length = None if max_length is None else int(max_length)
        self.default_prompt = default_prompt
        self.tldr_tokenizer_error = None
        if tldr_tokenizer == "auto":
            self.tldr_tokenizer, self.tldr_tokenizer_error = load_tldr_tokenizer(self.tokenizer)
        elif tldr_tokenizer is False or tldr_tokenizer is None:
            self.tldr_tokenizer = None
            self.tldr_tokenizer_error = "disabled (tldr_tokenizer=False)"
        else:
            if not hasattr(tldr_tokenizer, "encode_batch"):
                raise InvalidInputError(f"tldr_tokenizer must be 'auto', False or a tldr.Tokenizer, "
                                        f"got {type(tldr_tokenizer).__name__}")
            self.tldr_tokenizer = tldr_tokenizer
        self.offsets_from = "tldr" if self.tldr_tokenizer is not None else "transformers"
        self._parts = {}  # prompt -> the chat template around the response (rendered once)
        # the pad side is fixed: response positions are then [L - m, L) of the real tokens
        # (NumPy out, torch made here: PaliGemma's processor turns torch outputs back into
        # arrays with np.array, which NumPy 2 deprecates for tensors)
        self._pad_kw = {"padding": "longest", "padding_side": "right", "return_tensors": "np"}

    def __repr__(self):
        return (f"TLDRCollator({type(self.processor).__name__}, family={self.family.name!r}, "
                f"max_length={self.max_length}, offsets_from={self.offsets_from!r})")

    def __call__(self, examples):
        return self.encode(examples)[0]

    # ------------------------------------------------------------------ steps
    # distinct prompts remembered (a corpus has a few; a bound keeps a pathological one small)
    _MAX_PROMPTS = 4096

    def _chat_parts(self, prompt):
        if self.family.prompt != "chat":
            return None
        parts = self._parts.get(prompt)
        if parts is None:
            if len(self._parts) >= self._MAX_PROMPTS:
                self._parts.clear()
            parts = self._parts[prompt] = chat_parts(self.processor, prompt)
        return parts

    def _call(self, images, rendered):
        fam = self.family
        kw = dict(self._pad_kw)
        kw["text"] = [r.text for r in rendered]
        kw["images"] = [[im] for im in images] if fam.nested_images else list(images)
        if fam.prompt == "suffix":
            kw["suffix"] = [r.suffix for r in rendered]
        if not rendered[0].add_special_tokens:
            kw["add_special_tokens"] = False
        return self.processor(**kw)

    def _process(self, images, rendered):
        try:
            return self._call(images, rendered)
        except Exception as e:  # noqa: BLE001 - whatever the processor raises, name the example
            first = e
        bad = None
        for j in range(len(rendered) if len(rendered) > 1 else 0):
            try:
                self._call([images[j]], [rendered[j]])
            except Exception:  # noqa: BLE001
                bad = j
                break
        who = "the batch" if bad is None and len(rendered) > 1 else f"example {bad or 0}"
        raise InvalidInputError(f"{who}: the processor ({type(self.processor).__name__}) rejected it: "
                                f"{type(first).__name__}: {first}") from first

    def _hf_segment(self, r):
        """The transformers tokenizer's (ids, offsets) of one segment."""
        enc = self.tokenizer(r.segment, add_special_tokens=r.add_special_tokens, return_offsets_mapping=True)
        return np.asarray(enc["input_ids"], np.int64), np.asarray(enc["offset_mapping"], np.int64).reshape(-1, 2)

    def encode(self, examples, with_labels=True):
        """(batch dict, [RowInfo]) of a list of examples (module docstring)."""
        examples = list(examples)
        if not examples:
            raise InvalidInputError("cannot collate an empty list of examples")
        images, rendered, spans = [], [], []
        for i, ex in enumerate(examples):
            image, prompt, response, sp = check_example(ex, i, self.default_prompt)
            images.append(load_image(image, f"example {i}"))
            rendered.append(render(self.family, self.processor, prompt, response, self._chat_parts(prompt)))
            spans.append(sp if with_labels else [])
        batch = {k: _to_torch(v) for k, v in self._process(images, rendered).items()}
        batch.pop("labels", None)  # PaliGemma's processor makes LM labels; ours replace them
        tl = None
        if self.tldr_tokenizer is not None:
            tl = self.tldr_tokenizer.encode_batch([r.segment for r in rendered], num_threads=1,
                                                  add_special_tokens=rendered[0].add_special_tokens,
                                                  allowed_special="all")
        ids = batch["input_ids"].numpy()
        am = batch["attention_mask"].numpy() != 0
        B, T = ids.shape
        lens = am.sum(1)
        if not np.array_equal(am, np.arange(T)[None, :] < lens[:, None]):
            raise UnsupportedError(f"{type(self.processor).__name__} did not pad on the right; "
                                   "tldr.vlm needs right padding to place the labels")
        labels = np.full((B, T), IGNORE_INDEX, dtype=np.int64)
        fast = [None] * B if tl is None else _place_all(ids, lens, tl, rendered, [ex["response"] for ex in examples])
        found = [f if f is not None else
                 self._row(i, ex["response"], r, ids[i, :lens[i]], None if tl is None else tl[i])
                 for i, (f, ex, r) in enumerate(zip(fast, examples, rendered))]
        # the labels of all rows in one call of the C rule (span_labels per row costs more
        # in NumPy calls than the rule itself)
        lab = span_labels_rows([f[2] for f in found], spans)
        rows = []
        for i, ((pos, rid, off), y) in enumerate(zip(found, lab)):
            rows.append(RowInfo(examples[i]["response"], pos, rid, off, y))
            labels[i, pos] = y
        batch["labels"] = torch.from_numpy(labels)
        if self.max_length is not None and T > self.max_length:
            batch = self._cut(batch, rows, examples)
        return batch, rows

    @staticmethod
    def _place(row, seg_ids, idx):
        """Positions of the response tokens idx of a segment in the row, when the row ends
        with the segment's tokens from the first response token on; else None."""
        m = len(seg_ids) - int(idx[0])  # response tokens + what follows them
        L = len(row)
        if m > L or not np.array_equal(row[L - m:], seg_ids[len(seg_ids) - m:]):
            return None
        return (L - m + np.arange(len(idx))).astype(np.int64)

    def _row(self, i, response, r, row, tl_enc):
        """(positions, ids, offsets into the response) of one example's response tokens, one
        row at a time (``_place_all`` does the rows it can at once). With tldr.Tokenizer:
        its tokens of the segment must be the processor's ids at the end of the row (the
        check, and the positions); the transformers tokenizer is asked only to tell a
        tokenizer mismatch from a processor that changed the text. Without it: the
        transformers tokenizer's offsets."""
        where = f"example {i}"
        r0, r1 = r.start, r.start + len(response)
        if tl_enc is not None:
            t_ids = np.asarray(tl_enc.ids, np.int64)
            t_off = np.asarray(tl_enc.offsets, np.int64)
            t_idx = _overlapping(t_off, r0, r1)
            pos = None if t_idx is None or len(t_idx) == 0 else self._place(row, t_ids, t_idx)
            if pos is not None:
                return self._finish(response, pos, t_ids[t_idx], t_off[t_idx] - r0)
        h_ids, h_off = self._hf_segment(r)
        idx = _overlapping(h_off, r0, r1)
        if idx is None:
            raise InvalidInputError(f"{where}: the response's tokens are not contiguous in the processor's text")
        if len(idx) == 0:
            raise InvalidInputError(f"{where}: the response {response[:40]!r} tokenizes to nothing")
        pos = self._place(row, h_ids, idx)
        if pos is None:
            m = len(h_ids) - int(idx[0])
            raise InvalidInputError(
                f"{where}: the processor's ids do not end with the response's tokens "
                f"({self.tokenizer.convert_ids_to_tokens(h_ids[-m:].tolist())[:8]}...); "
                f"{type(self.processor).__name__} changed the text after the image")
        resp_ids = h_ids[idx]
        off = h_off[idx]
        if tl_enc is not None:
            t_ids = None if t_idx is None else t_ids[t_idx]
            if t_ids is None or not np.array_equal(t_ids, resp_ids):
                raise InvalidInputError(
                    f"{where}: tldr.Tokenizer ({self.tldr_tokenizer.name}) and the processor's tokenizer "
                    f"{_hf_name(self.tokenizer)} give different ids for the response {response[:40]!r}: "
                    f"{None if t_ids is None else t_ids[:12].tolist()} vs {resp_ids[:12].tolist()}; the labels "
                    "would be wrong (pass tldr_tokenizer=False to label from the processor's offsets)")
            off = t_off[t_idx]  # same ids, the text after them differs: tldr's offsets
        return self._finish(response, pos, resp_ids, off - r0)

    @staticmethod
    def _finish(response, positions, ids, off):
        # offsets clipped to the response (a token may run past its end); ufuncs, not
        # np.clip, whose Python layer costs more than the clipping of a row
        off = np.minimum(np.maximum(off, 0), len(response))
        return positions, ids.astype(np.int32), off

    def _cut(self, batch, rows, examples):
        n = self.max_length
        for i, row in enumerate(rows):
            keep = row.positions < n
            if not keep.any():
                raise InvalidInputError(
                    f"example {i}: max_length={n} cuts the whole response (the image and prompt take "
                    f"{int(row.positions[0])} tokens); raise max_length or shorten the prompt")
            row.truncated = int((~keep).sum())
            row.positions, row.ids, row.offsets, row.labels = (a[keep] for a in
                                                               (row.positions, row.ids, row.offsets, row.labels))
        for k in (*_PER_TOKEN, "labels"):
            v = batch.get(k)
            if isinstance(v, torch.Tensor) and v.dim() >= 2:
                batch[k] = v[:, :n].contiguous()
        return batch
