"""Datasets of positives and token-labelled hard negatives (``tldr.make_negatives``); the
``tldr perturb`` and ``tldr weights`` commands are in tldr/cli.py."""

import json

import numpy as np

from . import _core
from .perturb import CATEGORIES, Perturber


class NegativeDataset:
    """Ragged rows of token ids and labels (one row per positive or negative caption).

    ids int32, labels int8 (1 good, 0 bad), offsets int64 (n, 2) str offsets into the
    row's text: flat over all rows, row r is [row_splits[r], row_splits[r+1]).
    Per row: text, category (index into CATEGORIES, -1 for positives), source_index
    (the caption the row comes from), is_negative (bool)."""

    def __init__(self, ids, labels, offsets, row_splits, category, source_index, is_negative, texts):
        self.ids = ids
        self.labels = labels
        self.offsets = offsets
        self.row_splits = row_splits
        self.category = category
        self.source_index = source_index
        self.is_negative = is_negative
        self.texts = texts

    def __len__(self):
        return len(self.row_splits) - 1

    def row(self, r):
        a, b = self.row_splits[r], self.row_splits[r + 1]
        return {
            "text": self.texts[r],
            "ids": self.ids[a:b],
            "labels": self.labels[a:b],
            "offsets": self.offsets[a:b],
            "category": CATEGORIES[self.category[r]] if self.category[r] >= 0 else None,
            "source_index": int(self.source_index[r]),
            "is_negative": bool(self.is_negative[r]),
        }

    def yield_per_category(self):
        """{category: number of negatives}."""
        cnt = np.bincount(self.category[self.is_negative], minlength=len(CATEGORIES))
        return {c: int(cnt[i]) for i, c in enumerate(CATEGORIES)}

    def to_jsonl(self, path):
        with open(path, "w", encoding="utf-8") as f:
            for r in range(len(self)):
                d = self.row(r)
                f.write(json.dumps({
                    "text": d["text"], "ids": d["ids"].tolist(), "labels": d["labels"].tolist(),
                    "offsets": d["offsets"].tolist(), "category": d["category"],
                    "source_index": d["source_index"], "is_negative": d["is_negative"],
                }, ensure_ascii=False) + "\n")

    @classmethod
    def from_jsonl(cls, path):
        rows = []
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise _core.FileFormatError(f"{path}:{lineno}: not JSON: {e}") from None
        return cls._from_rows(rows, path)

    @classmethod
    def _from_rows(cls, rows, where):
        ids, labels, offs, splits = [], [], [], [0]
        cat, src, neg, texts = [], [], [], []
        for i, d in enumerate(rows):
            try:
                n = len(d["ids"])
                if len(d["labels"]) != n or len(d["offsets"]) != n:
                    raise ValueError("ids, labels and offsets differ in length")
                ids += d["ids"]
                labels += d["labels"]
                offs += [tuple(o) for o in d["offsets"]]
                splits.append(splits[-1] + n)
                cat.append(CATEGORIES.index(d["category"]) if d["category"] is not None else -1)
                src.append(int(d["source_index"]))
                neg.append(bool(d["is_negative"]))
                texts.append(d["text"])
            except (KeyError, TypeError, ValueError) as e:
                raise _core.FileFormatError(f"{where}: row {i + 1}: {e}") from None
        return cls(np.array(ids, np.int32), np.array(labels, np.int8), np.array(offs, np.int64).reshape(-1, 2),
                   np.array(splits, np.int64), np.array(cat, np.int8), np.array(src, np.int64),
                   np.array(neg, bool), texts)

    def to_parquet(self, path):
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise _core.UnsupportedError("to_parquet needs pyarrow (pip install pyarrow)") from None
        rows = [self.row(r) for r in range(len(self))]
        table = pa.table({
            "text": [d["text"] for d in rows],
            "ids": [d["ids"].tolist() for d in rows],
            "labels": [d["labels"].tolist() for d in rows],
            "offsets": [d["offsets"].tolist() for d in rows],
            "category": [d["category"] for d in rows],
            "source_index": [d["source_index"] for d in rows],
            "is_negative": [d["is_negative"] for d in rows],
        })
        pq.write_table(table, path)


def _encode_many(tokenizer, texts, num_threads):
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
    cat = (lambda xs, dt, shp: np.concatenate(xs).astype(dt) if xs else np.zeros(shp, dt))
    return cat(ids, np.int32, (0,)), cat(offs, np.int64, (0, 2)).reshape(-1, 2), splits


# Negatives of captions at least this long are tokenized by splicing (see _encode_spliced).
SPLICE_MIN_CHARS = 256


def _seg_starts(keys):
    """Boolean mask: True where a new segment (run of equal keys) starts."""
    m = np.ones(len(keys), bool)
    m[1:] = keys[1:] != keys[:-1]
    return m


def _encode_spliced(tok, captions, negs, src, esplit, edits, long_src, num_threads):
    """Flat (ids, offsets, splits) of captions + negs, where the negatives of long captions
    are tokenized by splicing: the pre-token window around each edit (widened by one
    pre-token each side, merged when they touch) is re-tokenized and put in place of the
    original's tokens, exactly as label_tokens does but vectorized over the batch. A
    negative whose windows do not start/end on the original's token boundaries, or whose
    unchanged edge pre-tokens tokenize differently in the window, is tokenized whole."""
    npos, nneg = len(captions), len(negs)
    src = np.asarray(src, np.int64)
    esplit = np.asarray(esplit, np.int64)
    edits = np.asarray(edits, np.int64).reshape(-1, 4)
    pids, poffs, psplits = _encode_many(tok, captions, num_threads)
    clen = np.fromiter((len(c) for c in captions), np.int64, npos)
    base = np.zeros(npos + 1, np.int64)
    base[1:] = np.cumsum(clen + 1)  # global coordinates: caption i occupies [base[i], base[i] + len]
    long_idx = np.flatnonzero(long_src)
    pre = [np.asarray(tok.pre_tokenize(captions[i]), np.int64).reshape(-1, 2) for i in long_idx]
    npre = np.zeros(npos, np.int64)
    npre[long_idx] = [len(x) for x in pre]
    pre_first = np.zeros(npos + 1, np.int64)
    pre_first[1:] = np.cumsum(npre)
    pre_g = (np.concatenate(pre) if pre else np.zeros((0, 2), np.int64)) + np.repeat(base[:-1], npre)[:, None]
    # rows (negatives) to splice and their edits
    rows = np.flatnonzero(long_src[src] & (npre[src] > 0) & (np.diff(esplit) > 0))
    if len(rows) == 0:
        return _encode_many(tok, list(captions) + list(negs), num_threads)
    ne_row = np.diff(esplit)[rows]
    eidx = np.repeat(esplit[rows], ne_row) + (np.arange(ne_row.sum()) - np.repeat(np.cumsum(ne_row) - ne_row, ne_row))
    erow = np.repeat(rows, ne_row)
    ecap = src[erow]
    es, ee, ens, ene = edits[eidx].T
    b0 = base[ecap]
    # pre-token window of each edit (_window_tokens)
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
    wids, woffs, wsplits = _encode_many(tok, subs, num_threads)
    # original tokens covered by each window
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
    ok &= (gws >= gfs) | first_ok
    ok &= (gwe <= gle) | last_ok
    row_ok = np.ones(nneg, bool)
    row_ok[grow[~ok]] = False
    spliced = np.zeros(nneg, bool)
    spliced[rows] = True
    spliced &= row_ok
    # pieces of the spliced rows: [src tokens before window g, window g] ..., src tail
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
    rids, roffs, rsplits = _encode_many(tok, [negs[r] for r in rest], num_threads)
    # one piece table over a pool (positives, windows, whole rest) in text order:
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


def make_negatives(captions, tokenizer, perturber=None, per_caption=8, seed=0, num_threads=None):
    """Positives (all tokens 1) and up to per_caption negatives per caption (categories
    in rotation), tokenized with tokenizer, labelled exactly from the engine's edits:
    a token of a negative is 0 when it overlaps an edited character. perturber: default
    Perturber(seed=seed), which is balanced (see Perturber); pass
    Perturber(seed=seed, balance=False) for every drawn edit (the paper's mix)."""
    captions = list(captions)
    if perturber is None:
        perturber = Perturber(seed=seed)
    negs, src, cat, esplit, edits = perturber.perturb_batch(captions, per_caption, num_threads)
    texts = captions + list(negs)
    long_src = np.fromiter((len(c) >= SPLICE_MIN_CHARS for c in captions), bool, len(captions))
    if len(negs) and long_src.any() and hasattr(tokenizer, "pre_tokenize"):
        ids, offs, splits = _encode_spliced(tokenizer, captions, negs, src, esplit, edits, long_src, num_threads)
    else:
        ids, offs, splits = _encode_many(tokenizer, texts, num_threads)
    npos = len(captions)
    labels = np.ones(len(ids), np.int8)
    p0 = splits[npos]
    labels[p0:] = _core.edit_labels(offs[p0:], splits[npos:] - p0, esplit, edits)
    # rows: each caption, then its negatives
    order = np.concatenate([np.arange(npos), npos + np.arange(len(negs))])
    row_src = np.concatenate([np.arange(npos), np.asarray(src, np.int64)])
    key = np.lexsort((order, row_src))
    lens = np.diff(splits)
    new_splits = np.zeros(len(texts) + 1, np.int64)
    new_splits[1:] = np.cumsum(lens[key])
    # token index of every output position: row start in the old layout + position in row
    gather = np.repeat(splits[:-1][key] - new_splits[:-1], lens[key]) + np.arange(new_splits[-1])
    category = np.concatenate([np.full(npos, -1, np.int8), np.asarray(cat, np.int8)])[key]
    is_neg = np.concatenate([np.zeros(npos, bool), np.ones(len(negs), bool)])[key]
    return NegativeDataset(ids[gather], labels[gather], offs[gather].reshape(-1, 2), new_splits, category,
                           row_src[key], is_neg, [texts[k] for k in key])
