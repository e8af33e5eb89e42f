"""The ``tldr perturb`` and ``tldr weights`` commands (the datasets they write live in
tldr/perturb/dataset.py; these commands move to tldr/cli.py)."""

import json
import os
import sys
import time

from . import _core
from .perturb import CATEGORIES, Perturber, count_weights, make_negatives, write_weights
# ``from tldr.negatives import NegativeDataset`` keeps working while this module holds the
# commands; when they move to tldr/cli.py, _MOVED in tldr/__init__.py maps "negatives" to
# "perturb.dataset" instead.
from .perturb import NegativeDataset  # noqa: F401


def _read_captions(path):
    caps = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                raise _core.FileFormatError(f"{path}:{lineno}: not JSON: {e}") from None
            if isinstance(d, str):
                caps.append(d)
            elif isinstance(d, dict) and isinstance(d.get("caption", d.get("text")), str):
                caps.append(d.get("caption", d.get("text")))
            else:
                raise _core.FileFormatError(f"{path}:{lineno}: expected a string or an object with 'caption'/'text'")
    return caps


def _cmd_perturb(args):
    try:
        return _run_perturb(args)
    except (OSError, _core.TldrError, UnicodeError) as e:
        print(f"tldr perturb: error: {e}", file=sys.stderr)
        return 1


def _load_tokenizer(spec):
    """A tokenizer from a CLI argument: 'gpt2', 'clip' or a tokenizer file path."""
    from .tokenizer import Tokenizer

    if spec == "gpt2":
        return Tokenizer.gpt2()
    if spec == "clip":
        return Tokenizer.clip()
    return Tokenizer.from_file(spec)


def _run_perturb(args):
    if args.per_caption < 0:
        raise _core.InvalidInputError(f"--per-caption must be >= 0, got {args.per_caption}")
    tok = _load_tokenizer(args.tokenizer)
    caps = _read_captions(args.input)
    perturber = Perturber(seed=args.seed, lexicon=args.lexicon, balance=not args.no_balance)
    chunk = 2048
    parts = []
    t0 = time.perf_counter()
    for i in range(0, len(caps), chunk):
        parts.append(make_negatives(caps[i:i + chunk], tok, perturber, args.per_caption, args.seed, args.threads))
        done = min(i + chunk, len(caps))
        if not args.quiet:
            w = 30
            f = done / max(len(caps), 1)
            sys.stderr.write(f"\r[{'#' * int(w * f):<{w}}] {done}/{len(caps)} captions "
                             f"{done / max(time.perf_counter() - t0, 1e-9):,.0f}/s")
            sys.stderr.flush()
    if not args.quiet:
        sys.stderr.write("\n")
    total = {c: 0 for c in CATEGORIES}
    with open(args.output, "w", encoding="utf-8") as out:
        for k, ds in enumerate(parts):
            for c, n in ds.yield_per_category().items():
                total[c] += n
            for r in range(len(ds)):
                d = ds.row(r)
                out.write(json.dumps({
                    "text": d["text"], "ids": d["ids"].tolist(), "labels": d["labels"].tolist(),
                    "offsets": d["offsets"].tolist(), "category": d["category"],
                    "source_index": d["source_index"] + k * chunk, "is_negative": d["is_negative"],
                }, ensure_ascii=False) + "\n")
    n = max(len(caps), 1)
    print(f"{len(caps)} captions -> {sum(total.values())} negatives in {args.output}")
    print(f"{'category':<16}{'negatives':>10}{'per caption':>13}")
    for c in CATEGORIES:
        print(f"{c:<16}{total[c]:>10}{total[c] / n:>13.2f}")
    return 0


def register_cli(sub):
    p = sub.add_parser("perturb", help="write token-labelled hard negatives of captions (JSONL)")
    p.add_argument("input", help="JSONL of captions (strings, or objects with 'caption' or 'text')")
    p.add_argument("--tokenizer", required=True, help="tokenizer file, or 'gpt2' / 'clip' for the bundled ones")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--per-caption", type=int, default=8)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--threads", type=int, default=None)
    p.add_argument("--lexicon", action="append", default=None, help="extra or replacement lexicon file/dir")
    p.add_argument("--no-balance", action="store_true",
                   help="keep every drawn edit (more negatives, the paper's mix; words give many away)")
    p.add_argument("-q", "--quiet", action="store_true")
    p.set_defaults(func=_cmd_perturb)
    w = sub.add_parser("weights", help="count the corpus statistics of balanced sampling (weights.lex)")
    w.add_argument("input", help="JSONL of captions (strings, or objects with 'caption' or 'text'), "
                                 "or a COCO captions .json")
    w.add_argument("-o", "--output", required=True, help="weights file to write (pass it as --lexicon)")
    w.add_argument("--lexicon", action="append", default=None, help="extra or replacement lexicon file/dir")
    w.set_defaults(func=_cmd_weights)


def _cmd_weights(args):
    try:
        caps = None
        if str(args.input).endswith(".json"):
            with open(args.input, encoding="utf-8") as f:
                try:
                    d = json.load(f)
                except json.JSONDecodeError as e:
                    raise _core.FileFormatError(f"{args.input}: not JSON: {e}") from None
            if not (isinstance(d, dict) and isinstance(d.get("annotations"), list)):
                raise _core.FileFormatError(f"{args.input}: expected COCO captions ('annotations' list)")
            caps = [a.get("caption") for a in d["annotations"] if isinstance(a, dict)]
            caps = [c for c in caps if isinstance(c, str)]
        else:
            caps = _read_captions(args.input)
        counts = count_weights(caps, lexicon=args.lexicon)
        write_weights(args.output, counts, f"{len(caps):,} captions of {os.path.basename(str(args.input))}")
    except (OSError, _core.TldrError, UnicodeError) as e:
        print(f"tldr weights: error: {e}", file=sys.stderr)
        return 1
    print(f"{len(counts)} counts from {len(caps)} captions -> {args.output}")
    return 0
