"""``python -m tldr <command>``: the command line (every command is in tldr/cli.py)."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
