"""The command line: ``tldr <command>`` (also ``python -m tldr <command>``).

Every subcommand is defined here, with argparse:

  demo      the main job on the embedded default data (see README)
  info      versions of the linked libraries and build flags
  annotate  correct flagged captions in a local web page (tldr/report/annotate.py)
  perturb   token-labelled hard negatives of captions (caption file in, JSONL out)
  weights   balance statistics of a caption corpus (weights.lex)
  train     train a TLDR reward model on a VLM backbone (the [vlm] extra; tldr/vlm/cli.py)
  score     score responses token by token with a trained model (the [vlm] extra)

A command that fails prints one line, ``tldr <command>: error: <what went wrong>``, on
stderr and exits with status 1 (``annotate``: 2, as it always has); argparse's usage
errors exit 2 with its own message. The work itself is done by the library (``tldr.*``);
this module only reads arguments and files and prints.
"""

import argparse
import os
import sys

import tldr

from ._checks import check_int
from ._progress import Progress

# Captions per make_negatives call in `tldr perturb`: enough that the per-call cost
# (threads, tokenizer batch) is small, few enough that the progress bar moves on a
# corpus of thousands.
PERTURB_CHUNK = 2048


# --------------------------------------------------------------------------- shared input
def _read_captions(path):
    """(captions, the rows' columns, the captions' column) of a caption file: JSONL, a
    JSON list, COCO captions or Parquet (the one reader, tldr/perturb/rows.py)."""
    from .perturb.dataset import caption_rows
    from .perturb.rows import read_rows

    try:
        return caption_rows(read_rows(path))
    except tldr.InvalidInputError as e:
        raise tldr.InvalidInputError(f"{path}: {e}") from None


def _load_tokenizer(spec):
    """A tokenizer from a command-line argument: 'gpt2', 'clip' or a tokenizer file path."""
    if spec == "gpt2":
        return tldr.Tokenizer.gpt2()
    if spec == "clip":
        return tldr.Tokenizer.clip()
    return tldr.Tokenizer.from_file(spec)


# --------------------------------------------------------------------------- demo, info
def _cmd_demo(args):
    from . import demo

    return demo.main(args)


def _cmd_info(args):
    print(f"tldr {tldr.__version__}")
    for k, v in tldr.build_info().items():
        print(f"  {k}: {v}")
    return 0


# --------------------------------------------------------------------------- perturb
def _cmd_perturb(args):
    per_caption = check_int(args.per_caption, "--per-caption", 0)
    tok = _load_tokenizer(args.tokenizer)
    caps, columns, key = _read_captions(args.input)
    perturber = tldr.Perturber(seed=args.seed, lexicon=args.lexicon, balance=not args.no_balance)
    parts, starts = [], []
    with Progress(len(caps), desc="captions", enabled=not args.quiet) as bar:
        for i in range(0, max(len(caps), 1), PERTURB_CHUNK):
            # every input column rides along beside the rows of its caption
            chunk = {k: v[i:i + PERTURB_CHUNK] for k, v in columns.items()}
            chunk[key or "caption"] = caps[i:i + PERTURB_CHUNK]
            parts.append(tldr.make_negatives(chunk, tok, perturber, per_caption, args.seed, args.threads,
                                             caption_column=key or "caption"))
            starts.append(i)
            bar.update(len(caps[i:i + PERTURB_CHUNK]))
    ds = tldr.NegativeDataset.concat(parts, starts)
    ds.to_jsonl(args.output)
    total = ds.yield_per_category()
    n = max(len(caps), 1)
    print(f"{len(caps)} captions -> {sum(total.values())} negatives in {args.output}")
    print(f"{'category':<16}{'negatives':>10}{'per caption':>13}")
    for c in tldr.CATEGORIES:
        print(f"{c:<16}{total[c]:>10}{total[c] / n:>13.2f}")
    return 0


def _cmd_weights(args):
    caps = _read_captions(args.input)[0]
    counts = tldr.perturb.count_weights(caps, lexicon=args.lexicon)
    tldr.perturb.write_weights(args.output, counts,
                               f"{len(caps):,} captions of {os.path.basename(str(args.input))}")
    print(f"{len(counts)} counts from {len(caps)} captions -> {args.output}")
    return 0


# --------------------------------------------------------------------------- annotate
def _cmd_annotate(args):
    from .report.annotate import AnnotationServer, load_records

    records = load_records(args.input, args.threshold)
    if not records:
        raise tldr.InvalidInputError(f"{args.input} holds no captions")
    check_int(args.port, "--port", 0, 65535)
    try:
        srv = AnnotationServer(records, args.output, port=args.port, stop_when_done=args.exit_when_done)
    except OSError as e:
        raise tldr.ResourceError(f"cannot listen on 127.0.0.1:{args.port}: {e.strerror or e}") from None
    srv.start()
    print(f"tldr annotate: {len(records)} captions; open {srv.url} (Ctrl-C to stop)", flush=True)
    if args.open:
        import webbrowser

        webbrowser.open(srv.url)
    try:
        while not srv.wait(0.5):  # short waits keep Ctrl-C responsive
            pass
    except KeyboardInterrupt:
        pass
    finally:
        srv.shutdown()
    n = sum(r is not None for r in srv.results)
    print(f"tldr annotate: {n} of {len(records)} captions written to {args.output}", flush=True)
    return 0


# --------------------------------------------------------------------------- parser
def _add_perturb(sub):
    p = sub.add_parser("perturb", help="write token-labelled hard negatives of captions (JSONL)")
    p.add_argument("input", help="captions: JSONL (strings, or objects with 'caption' or 'text'; every field is "
                                 "kept beside each row), a JSON list, COCO captions .json or .parquet")
    p.add_argument("--tokenizer", required=True, help="tokenizer file, or 'gpt2' / 'clip' for the bundled ones")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--per-caption", type=int, default=8)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--threads", type=int, default=None)
    p.add_argument("--lexicon", action="append", default=None, help="extra or replacement lexicon file/dir")
    p.add_argument("--no-balance", action="store_true",
                   help="keep every drawn edit (more negatives, the paper's mix; words give many away)")
    p.add_argument("-q", "--quiet", action="store_true")
    p.set_defaults(func=_cmd_perturb, error_status=1)


def _add_weights(sub):
    w = sub.add_parser("weights", help="count the corpus statistics of balanced sampling (weights.lex)")
    w.add_argument("input", help="captions: JSONL (strings, or objects with 'caption' or 'text'), a JSON list, "
                                 "COCO captions .json or .parquet")
    w.add_argument("-o", "--output", required=True, help="weights file to write (pass it as --lexicon)")
    w.add_argument("--lexicon", action="append", default=None, help="extra or replacement lexicon file/dir")
    w.set_defaults(func=_cmd_weights, error_status=1)


def _add_annotate(sub):
    from .report import annotate

    p = sub.add_parser("annotate", help="correct flagged captions in a local web page",
                       description=annotate.__doc__.split("\n\n")[1])
    p.add_argument("input", help="input JSONL (text + offsets/probs or spans per line)")
    p.add_argument("-o", "--output", required=True, help="output JSONL of corrected captions with timings")
    p.add_argument("--threshold", type=float, default=0.5, help="flag tokens with P(good) below this (default 0.5)")
    p.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    p.add_argument("--open", action="store_true", help="open the page in the default browser")
    p.add_argument("--exit-when-done", action="store_true", help="stop once every caption is accepted")
    p.set_defaults(func=_cmd_annotate, error_status=2)


def _add_vlm(sub):
    # The commands live with the VLM code (tldr/vlm/cli.py); importing it loads nothing
    # heavy. Without the [vlm] extra the commands still exist and say what to install.
    try:
        from .vlm.cli import register
    except ImportError as exc:
        for name in ("train", "score"):
            # no option prefix: every argument lands in `rest`, and the command says what
            # to install instead of complaining about the options
            p = sub.add_parser(name, help="(needs the [vlm] extra: pip install 'tldr[vlm]')", prefix_chars="\0",
                               add_help=False)
            p.add_argument("rest", nargs="*")
            p.set_defaults(func=lambda args, e=exc: _missing_extra(args, e), error_status=1)
        return
    register(sub)


def _missing_extra(args, exc):
    raise tldr.UnsupportedError(str(exc))


def build_parser():
    """The argparse parser of every command."""
    p = argparse.ArgumentParser(prog="tldr", description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="command", required=True)
    d = sub.add_parser("demo", help="run the main job on the embedded default data")
    d.add_argument("--seed", type=int, default=0)
    d.set_defaults(func=_cmd_demo, error_status=1)
    i = sub.add_parser("info", help="show build information")
    i.set_defaults(func=_cmd_info, error_status=1)
    _add_annotate(sub)
    _add_perturb(sub)
    _add_weights(sub)
    _add_vlm(sub)
    return p


def main(argv=None):
    """Run one command; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return args.func(args) or 0
    except BrokenPipeError:
        # the reader of our output went away (`tldr info | head -1`): nothing to report;
        # stdout goes to /dev/null so the interpreter's final flush cannot fail again
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except (tldr.TldrError, OSError, UnicodeError) as e:
        # tldr errors say what was expected and what arrived; OSError and UnicodeError
        # come from reading and writing the user's files.
        msg = " ".join(str(e).split("\n"))
        print(f"tldr {args.command}: error: {msg}", file=sys.stderr)
        return getattr(args, "error_status", 1)
    except KeyboardInterrupt:
        print(f"tldr {args.command}: interrupted", file=sys.stderr)
        return 130
