"""What the atheris targets of fuzz/py share: the setup (Python coverage for tldr's own
modules, libFuzzer's arguments from the command line) and the rule every target checks:
a call either returns or raises a ``tldr.TldrError``; any other exception (KeyError,
AttributeError, OverflowError, RecursionError, ...) is a finding, and so is a crash or a
sanitizer report from the C extension (built with ASan and UBSan by scripts/fuzz.sh).
"""

import os
import sys

import atheris
import numpy  # noqa: F401  (imported before the instrumented block: not ours to cover)

with atheris.instrument_imports(include=["tldr"]):
    import tldr  # noqa: F401


def run(test_one_input):
    # under -fork=N libFuzzer starts each worker as argv[0]: scripts/fuzz.sh names a
    # wrapper that runs this interpreter on the target
    argv = list(sys.argv)
    if os.environ.get("TLDR_FUZZ_ARGV0"):
        argv[0] = os.environ["TLDR_FUZZ_ARGV0"]
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()


def quietly(fn, *args, **kw):
    """fn(*args, **kw), or None when it raised a tldr error (the promised refusal)."""
    try:
        return fn(*args, **kw)
    except tldr.TldrError:
        return None
