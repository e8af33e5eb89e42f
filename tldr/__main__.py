"""Command line: ``python -m tldr <command>`` (also installed as ``tldr``).

Commands:
  demo      the main job on the embedded default data (see README)
  info      versions of the linked libraries and build flags
  annotate  correct flagged captions in a local web page (see tldr/annotate.py)
  perturb   token-labelled hard negatives of captions (JSONL in, JSONL out)
  weights   balance statistics of a caption corpus (weights.lex)
  train     train a TLDR reward model on a VLM backbone (the [vlm] extra; tldr/vlm/cli.py)
  score     score responses token by token with a trained model (the [vlm] extra)
"""

import argparse
import sys


def _cmd_info(args):
    import tldr

    print(f"tldr {tldr.__version__}")
    for k, v in tldr.build_info().items():
        print(f"  {k}: {v}")
    return 0


def _cmd_demo(args):
    from . import demo

    return demo.main(args)


def build_parser():
    p = argparse.ArgumentParser(prog="tldr", description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="command", required=True)
    d = sub.add_parser("demo", help="run the main job on the embedded default data")
    d.add_argument("--seed", type=int, default=0)
    d.set_defaults(func=_cmd_demo)
    i = sub.add_parser("info", help="show build information")
    i.set_defaults(func=_cmd_info)
    return p


# Other modules register their subcommands here (name -> function(subparsers)).
SUBCOMMANDS = []

from .annotate import register_cli as _register_annotate  # noqa: E402

SUBCOMMANDS.append(_register_annotate)


def _register_perturb(sub):
    from .negatives import register_cli

    register_cli(sub)


SUBCOMMANDS.append(_register_perturb)


def _register_vlm(sub):
    try:
        from .vlm.cli import register
    except ImportError as exc:  # the [vlm] extra is missing: the commands say so when run
        for name in ("train", "score"):
            # no option prefix: every argument lands in `rest`, and the command explains
            p = sub.add_parser(name, help="(needs the [vlm] extra: pip install 'tldr[vlm]')", prefix_chars="\0",
                               add_help=False)
            p.add_argument("rest", nargs="*")
            p.set_defaults(func=lambda args, e=exc: sys.exit(f"tldr {args.command}: {e}"))
        return
    register(sub)


SUBCOMMANDS.append(_register_vlm)


def main(argv=None):
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for register in SUBCOMMANDS:
        register(sub)
    args = parser.parse_args(argv)
    return args.func(args) or 0


if __name__ == "__main__":
    sys.exit(main())
