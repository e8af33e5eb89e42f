"""Token labels of negatives (1 = good token, 0 = bad): exact ones from the engine's edits
(``label_tokens``), and by a token diff for negatives written elsewhere (``align_labels``).

Tokenizing a negative whole costs as much as tokenizing its caption; for long captions
``encode_spliced`` instead re-tokenizes only the pre-token window around each edit and
splices it into the caption's tokens, checked per negative. ``encode_negatives`` decides
when (at least SPLICE_MIN_ROWS negatives of captions of SPLICE_MIN_CHARS or more, a
tokenizer with ``pre_tokenize``); it is the one splice, used by ``label_tokens`` and
``make_negatives``. Labels come from the C kernel
``tldr._core.edit_labels`` (csrc/core/align/labels.c), the diff from
``tldr._core.token_diff`` (csrc/core/align/diff.c).
"""

import numpy as np

from .. import _core
from .._core import InvalidInputError
from ..tokenize.transformers_bridge import as_tokenizer


def encode_texts(tokenizer, texts, num_threads=None):
    """Flat (ids int32, offsets int64 (n, 2), row_splits int64) of texts, with
    ``encode_batch`` when the tokenizer has it, else ``encode`` per text."""
    if hasattr(tokenizer, "encode_batch"):
        try:
            b = tokenizer.encode_batch(texts, num_threads=num_threads)
        except TypeError:
            b = tokenizer.encode_batch(texts)
        if hasattr(b, "row_splits"):
            return (np.asarray(b.ids, np.int32), np.asarray(b.offsets, np.int64).reshape(-1, 2),
                    np.asarray(b.row_splits, np.int64))
        encs = list(b)
    else:
        encs = [tokenizer.encode(t) for t in texts]
    ids = [np.asarray(e.ids, np.int32) for e in encs]
    offs = [np.asarray(e.offsets, np.int64).reshape(-1, 2) for e in encs]
    splits = np.zeros(len(encs) + 1, np.int64)
    splits[1:] = np.cumsum([len(x) for x in ids])

    def flat(xs, dt, shape):
        return np.concatenate(xs).astype(dt) if xs else np.zeros(shape, dt)

    return flat(ids, np.int32, (0,)), flat(offs, np.int64, (0, 2)).reshape(-1, 2), splits


# Negatives of captions at least this long are tokenized by splicing: below it, tokenizing
# them whole costs less than finding the windows (measured with GPT-2 on COCO captions).
SPLICE_MIN_CHARS = 256
# ... when a call has at least this many of them: the vectorized splice costs about 200 us
# per call whatever its size and saves about 10 us per negative of a long caption (GPT-2,
# IIW/DOCCI descriptions), so fewer are tokenized whole (label_tokens: one negative).
SPLICE_MIN_ROWS = 32


def _seg_starts(keys):
    """Boolean mask: True where a new segment (run of equal keys) starts."""
    m = np.ones(len(keys), bool)
    m[1:] = keys[1:] != keys[:-1]
    return m


def encode_spliced(tok, captions, negs, src, esplit, edits, splice, num_threads=None):
    """Flat (ids, offsets, splits) of captions + negs, where the negatives of the captions
    with splice[i] True are tokenized by splicing: the pre-token window around each edit
    (widened by one pre-token on each side, windows that touch merged) is re-tokenized and
    put in place of the caption's tokens there. A negative whose windows do not start and
    end on the caption's token boundaries, or whose unchanged edge pre-tokens tokenize
    differently in the window, is tokenized whole (so is every negative of a caption
    without pre-tokens). src: caption index of each negative; esplit, edits: the engine's
    edits (int64 (e, 4): start, end, new_start, new_end str offsets, sorted by start within
    a negative). tok needs ``encode`` (or ``encode_batch``) and ``pre_tokenize``."""
    npos, nneg = len(captions), len(negs)
    src = np.asarray(src, np.int64)
    esplit = np.asarray(esplit, np.int64)
    edits = np.asarray(edits, np.int64).reshape(-1, 4)
    splice = np.asarray(splice, bool)
    pids, poffs, psplits = encode_texts(tok, captions, num_threads)
    clen = np.fromiter((len(c) for c in captions), np.int64, npos)
    base = np.zeros(npos + 1, np.int64)
    base[1:] = np.cumsum(clen + 1)  # global coordinates: caption i occupies [base[i], base[i] + len]
    long_idx = np.flatnonzero(splice)
    pre = [np.asarray(tok.pre_tokenize(captions[i]), np.int64).reshape(-1, 2) for i in long_idx]
    npre = np.zeros(npos, np.int64)
    npre[long_idx] = [len(x) for x in pre]
    pre_first = np.zeros(npos + 1, np.int64)
    pre_first[1:] = np.cumsum(npre)
    pre_g = (np.concatenate(pre) if pre else np.zeros((0, 2), np.int64)) + np.repeat(base[:-1], npre)[:, None]
    # rows (negatives) to splice and their edits
    rows = np.flatnonzero(splice[src] & (npre[src] > 0) & (np.diff(esplit) > 0)) if nneg else np.zeros(0, np.int64)
    if len(rows) == 0:
        return encode_texts(tok, list(captions) + list(negs), num_threads)
    ne_row = np.diff(esplit)[rows]
    eidx = np.repeat(esplit[rows], ne_row) + (np.arange(ne_row.sum()) - np.repeat(np.cumsum(ne_row) - ne_row, ne_row))
    erow = np.repeat(rows, ne_row)
    ecap = src[erow]
    es, ee, ens, ene = edits[eidx].T
    b0 = base[ecap]
    # pre-token window of each edit: from the pre-token before the first one ending after
    # the edit's start to the pre-token after the first one starting at or after its end
    a = np.searchsorted(pre_g[:, 1], b0 + es, "left")
    a = np.maximum(a - 1, pre_first[ecap])
    b = np.searchsorted(pre_g[:, 0], b0 + ee, "left")
    b = np.minimum(b + 1, pre_first[ecap + 1])
    ws = np.where(a < pre_first[ecap + 1], pre_g[np.minimum(a, len(pre_g) - 1), 0] - b0, clen[ecap])
    we = np.where(b > pre_first[ecap], pre_g[np.maximum(b - 1, 0), 1] - b0, 0)
    ws, we = np.minimum(ws, es), np.maximum(we, ee)
    # merge windows of one negative that touch (edits are sorted by start within a row)
    big = int(clen.max()) + 2
    kws, kwe = erow * big + ws, erow * big + we
    cm = np.maximum.accumulate(kwe)
    new = np.ones(len(erow), bool)
    new[1:] = (erow[1:] != erow[:-1]) | (kws[1:] > cm[:-1])
    g0 = np.flatnonzero(new)
    grow = erow[g0]
    gcap = src[grow]
    gws = ws[g0]
    gwe = np.maximum.reduceat(we, g0)
    gfs = es[g0]
    gle = np.maximum.reduceat(ee, g0)
    gdelta = np.add.reduceat((ene - ens) - (ee - es), g0)
    gfirst = _seg_starts(grow)
    csum = np.cumsum(gdelta)
    row_base = np.maximum.accumulate(np.where(gfirst, np.arange(len(g0)), 0))
    shift_before = csum - gdelta - (csum[row_base] - gdelta[row_base])
    nws = gws + shift_before
    nwe = gwe + shift_before + gdelta
    subs = [negs[r][x:y] for r, x, y in zip(grow.tolist(), nws.tolist(), nwe.tolist())]
    wids, woffs, wsplits = encode_texts(tok, subs, num_threads)
    # caption tokens covered by each window
    tcap = np.repeat(np.arange(npos), np.diff(psplits))
    tstart_g, tend_g = poffs[:, 0] + base[tcap], poffs[:, 1] + base[tcap]
    t0 = np.searchsorted(tstart_g, base[gcap] + gws, "left")
    t1 = np.searchsorted(tend_g, base[gcap] + gwe, "right")
    capend = psplits[gcap + 1]
    nt = len(pids)
    ok = t0 <= t1
    ok &= ~((t0 < t1) & (tstart_g[np.minimum(t0, nt - 1)] - base[gcap] != gws))
    ok &= ~((t1 < capend) & (tstart_g[np.minimum(t1, nt - 1)] - base[gcap] < gwe))
    x0, x1 = wsplits[:-1], wsplits[1:]
    nonempty = (x1 > x0) & (t0 < t1)
    nw = len(wids)
    first_ok = nonempty & (wids[np.minimum(x0, nw - 1)] == pids[np.minimum(t0, nt - 1)])
    last_ok = nonempty & (wids[np.maximum(x1 - 1, 0)] == pids[np.maximum(t1 - 1, 0)])
    ok &= (gws >= gfs) | first_ok  # the unchanged pre-token at the window's start tokenizes as before
    ok &= (gwe <= gle) | last_ok  # and the one at its end
    row_ok = np.ones(nneg, bool)
    row_ok[grow[~ok]] = False
    spliced = np.zeros(nneg, bool)
    spliced[rows] = True
    spliced &= row_ok
    # pieces of the spliced rows: [caption tokens before window g, window g] ..., caption tail
    keep = spliced[grow]
    gws_k, gwe_k, nwe_k = gws[keep], gwe[keep], nwe[keep]
    grow, gcap, t0, t1, nws, shift_before, x0, x1 = (v[keep] for v in (grow, gcap, t0, t1, nws, shift_before, x0, x1))
    gfirst = _seg_starts(grow)
    glast = np.ones(len(grow), bool)
    glast[:-1] = grow[1:] != grow[:-1]
    prev_t1 = np.where(gfirst, psplits[gcap], np.roll(t1, 1))
    n_g = len(grow)
    tails = np.flatnonzero(glast)
    total_delta = (np.add.reduceat((nwe_k - nws) - (gwe_k - gws_k), np.flatnonzero(gfirst))
                   if n_g else np.zeros(0, np.int64))
    # the rest: tokenized whole
    rest = np.flatnonzero(~spliced)
    rids, roffs, rsplits = encode_texts(tok, [negs[r] for r in rest], num_threads)
    # one piece table over a pool (captions, windows, whole rest) in text order:
    # text key * 4 + sub-order; a spliced row's pieces keep their group order (stable sort)
    nt, nw = len(pids), len(wids)
    key = np.concatenate([
        np.arange(npos) * 4,
        (npos + grow) * 4 + 1, (npos + grow) * 4 + 1, (npos + grow[tails]) * 4 + 2,
        (npos + rest) * 4,
    ])
    sub = np.concatenate([np.zeros(npos, np.int64), np.arange(n_g) * 2, np.arange(n_g) * 2 + 1,
                          np.full(len(tails), 2 * n_g + 1), np.zeros(len(rest), np.int64)])
    p_start = np.concatenate([psplits[:-1], prev_t1, nt + x0, t1[tails], nt + nw + rsplits[:-1]])
    p_len = np.concatenate([np.diff(psplits), t0 - prev_t1, x1 - x0, psplits[gcap[tails] + 1] - t1[tails],
                            np.diff(rsplits)])
    p_shift = np.concatenate([np.zeros(npos, np.int64), shift_before, nws, total_delta, np.zeros(len(rest), np.int64)])
    p_text = np.concatenate([np.arange(npos), npos + grow, npos + grow, npos + grow[tails], npos + rest])
    srt = np.lexsort((sub, key))
    p_start, p_len, p_shift, p_text = p_start[srt], p_len[srt], p_shift[srt], p_text[srt]
    pool_ids = np.concatenate([pids, wids, rids])
    pool_offs = np.concatenate([poffs, woffs.reshape(-1, 2), roffs.reshape(-1, 2)])
    p_out = np.cumsum(p_len) - p_len
    gather = np.repeat(p_start - p_out, p_len) + np.arange(int(p_len.sum()))
    ids = pool_ids[gather].astype(np.int32)
    offs = pool_offs[gather]
    offs += np.repeat(p_shift, p_len)[:, None]
    splits = np.zeros(npos + nneg + 1, np.int64)
    splits[1:] = np.cumsum(np.bincount(p_text, weights=p_len, minlength=npos + nneg).astype(np.int64))
    return ids, offs, splits


def encode_negatives(tok, captions, negs, src, esplit, edits, num_threads=None, need_captions=True):
    """Flat (ids, offsets, splits) of captions + negs (the engine's negatives: src,
    esplit, edits as in encode_spliced), the negatives of long captions spliced when there
    are enough of them to pay for it. need_captions=False: when nothing is spliced the
    captions are not tokenized (their rows are empty), so a caption the tokenizer refuses
    (a special token in it) does not make its negatives fail."""
    long_src = np.fromiter((len(c) >= SPLICE_MIN_CHARS for c in captions), bool, len(captions))
    n_long = int(long_src[np.asarray(src, np.int64)].sum()) if len(negs) else 0
    if n_long and n_long >= SPLICE_MIN_ROWS and hasattr(tok, "pre_tokenize"):
        return encode_spliced(tok, captions, negs, src, esplit, edits, long_src, num_threads)
    if need_captions:
        return encode_texts(tok, list(captions) + list(negs), num_threads)
    ids, offs, splits = encode_texts(tok, list(negs), num_threads)
    return ids, offs, np.concatenate([np.zeros(len(captions), np.int64), splits])


def _make_encoding(ids, offsets, tokenizer):
    """A tldr.Encoding of ids and offsets (bound to the tokenizer when it is tldr's)."""
    from .. import Encoding, Tokenizer

    return Encoding(ids, offsets, tokenizer if isinstance(tokenizer, Tokenizer) else None)


def span_labels(offsets, spans):
    """int8 labels of one row of tokens: 0 where a token (str offsets (n, 2) into a text)
    overlaps one of the character spans [(start, end), ...] of that text, else 1. An empty
    span (a pure deletion) marks the token that contains its position, else the first
    token after it. The rule of ``label_tokens``, for spans that come from elsewhere (a
    dataset's ``bad_spans``)."""
    offsets = np.ascontiguousarray(offsets, dtype=np.int64).reshape(-1, 2)
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    edits = np.zeros((len(spans), 4), np.int64)
    edits[:, 2:] = spans
    return _core.edit_labels(offsets, np.array([0, len(offsets)], np.int64), np.array([0, len(spans)], np.int64),
                             edits)


def span_labels_rows(offsets, spans):
    """``span_labels`` of many rows in one call of the C rule: offsets a sequence of
    (n_r, 2) str-offset arrays, spans a sequence of span lists (one per row, each into its
    own row's text); returns a list of int8 label arrays, one per row."""
    if len(offsets) != len(spans):
        raise InvalidInputError(f"span_labels_rows: {len(offsets)} rows of offsets but {len(spans)} rows of spans")
    if len(offsets) == 0:
        return []
    offs = [o if isinstance(o, np.ndarray) and o.ndim == 2 and o.shape[1] == 2
            else np.asarray(o, dtype=np.int64).reshape(-1, 2) for o in offsets]
    row_splits = np.zeros(len(offs) + 1, np.int64)
    np.cumsum([len(o) for o in offs], out=row_splits[1:])
    edit_splits = np.zeros(len(spans) + 1, np.int64)
    np.cumsum([len(sp) for sp in spans], out=edit_splits[1:])
    edits = np.zeros((int(edit_splits[-1]), 4), np.int64)
    if len(edits):
        try:
            edits[:, 2:] = np.asarray([tuple(x) for sp in spans for x in sp], dtype=np.int64).reshape(-1, 2)
        except (TypeError, ValueError):
            raise InvalidInputError("span_labels_rows: every span must be a (start, end) pair of integers") from None
    flat = np.ascontiguousarray(np.concatenate(offs), dtype=np.int64).reshape(-1, 2)
    labels = _core.edit_labels(flat, row_splits, edit_splits, edits)
    b = row_splits.tolist()
    return [labels[b[r]:b[r + 1]] for r in range(len(offs))]


def label_tokens(perturbation, tokenizer):
    """(Encoding-like with ids/offsets, int8 labels) of the negative, labels 1 = good and
    0 = bad (the token overlaps an edited character of the negative; for a pure deletion,
    the token at or after its position). tokenizer: a ``tldr.Tokenizer``, a
    ``transformers`` tokenizer (converted once, ``tldr.Tokenizer.from_transformers``) or
    any object whose ``encode`` returns ids and str offsets.

    The negative is tokenized as make_negatives tokenizes it (encode_negatives): a single
    negative is tokenized whole, which costs less than splicing one (set SPLICE_MIN_ROWS
    to 1 to splice it: only the pre-token windows around the edits are re-tokenized, and
    when the splice cannot be proven equal to tokenizing the whole negative, the whole
    negative is tokenized)."""
    p = perturbation
    tokenizer = as_tokenizer(tokenizer)
    edits = np.array(sorted((e.start, e.end, e.new_start, e.new_end) for e in p.edits), np.int64).reshape(-1, 4)
    ids, offs, splits = encode_negatives(tokenizer, [p.source], [p.text], [0], [0, len(edits)], edits, 1,
                                         need_captions=False)
    ids, offs = ids[splits[1]:], offs[splits[1]:]
    labels = _core.edit_labels(offs, np.array([0, len(ids)], np.int64), np.array([0, len(edits)], np.int64), edits)
    return _make_encoding(ids, offs, tokenizer), labels


def align_labels(original, negative, tokenizer):
    """(Encoding of negative, int8 labels) for a negative written elsewhere (an LLM, a
    person). Rule: both texts are tokenized; Myers' shortest edit script between the
    two id sequences is computed (csrc/core/align/diff.c); a token of the negative that
    the script keeps (matched to a token of the original) is 1, an inserted or replacing
    token is 0. Deletions leave no token of the negative to mark."""
    tokenizer = as_tokenizer(tokenizer)
    a = np.asarray(tokenizer.encode(original).ids, dtype=np.int32)
    enc = tokenizer.encode(negative)
    b = np.asarray(enc.ids, dtype=np.int32)
    keep = _core.token_diff(a, b)
    return enc, keep.astype(np.int8)
