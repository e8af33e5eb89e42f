"""Check that the sdist and the wheel carry every file they should.

    python scripts/check_dist.py --sdist dist/tldr-X.tar.gz [--wheel dist/tldr-X-....whl]

* sdist: every file git tracks is in it (except the hosting CI's files, which only the
  repository needs), and no build product (.so, .o, .pyc) is. A file left out of
  MANIFEST.in would make a wheel built from the sdist, or its tests, differ from a checkout.
* wheel: every file of the sdist under tldr/ (modules of every subpackage, and data) is in
  the wheel, beside the extension tldr/_core*.so, the libraries auditwheel grafted into
  tldr.libs/ (OpenBLAS at least) and the license files.

Standard library only; exit status 1 with the list of what is missing.
"""

import argparse
import fnmatch
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Tracked files that only the repository needs (the hosting CI reads them from the clone).
NOT_IN_SDIST = [".gitignore", ".gitattributes", ".github/*"]
BUILD_PRODUCTS = ["*.so", "*.so.*", "*.o", "*.a", "*.pyc", "*.pyo", "*.whl"]


def tracked_files():
    """Files git tracks in this checkout, or None when this is no git checkout (an sdist)."""
    try:
        r = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return {p for p in r.stdout.decode().split("\0") if p}


def sdist_files(path):
    with tarfile.open(path) as tar:
        names = [m.name for m in tar.getmembers() if m.isfile()]
    # every member sits under one top folder, tldr-VERSION/
    return {n.split("/", 1)[1] for n in names if "/" in n}


def check_sdist(path):
    problems = []
    files = sdist_files(path)
    tracked = tracked_files()
    if tracked is None:
        print(f"    {path}: not a git checkout, tracked files not compared")
    else:
        # deleted-but-not-committed files are not expected
        tracked = {p for p in tracked if (ROOT / p).exists()}
        missing = sorted(p for p in tracked
                         if p not in files and not any(fnmatch.fnmatch(p, pat) for pat in NOT_IN_SDIST))
        problems += [f"sdist lacks tracked file {p}" for p in missing]
    junk = sorted(p for p in files if any(fnmatch.fnmatch(Path(p).name, pat) for pat in BUILD_PRODUCTS))
    problems += [f"sdist carries build product {p}" for p in junk]
    for need in ("setup.py", "pyproject.toml", "MANIFEST.in", "LICENSE", "README.md", "PKG-INFO"):
        if need not in files:
            problems.append(f"sdist lacks {need}")
    if not any(p.startswith("csrc/core/") and p.endswith(".c") for p in files):
        problems.append("sdist lacks the C core sources csrc/core/**")
    print(f"    sdist: {len(files)} files" + (f", all {len(tracked)} tracked files present"
                                                if tracked is not None and not problems else ""))
    return files, problems


def check_wheel(path, sdist):
    problems = []
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
    if sdist is not None:
        want = sorted(p for p in sdist if p.startswith("tldr/") and not p.endswith((".c", ".h")))
        problems += [f"wheel lacks {p} (in the sdist)" for p in want if p not in names]
    if not any(fnmatch.fnmatch(n, "tldr/_core.*.so") for n in names):
        problems.append("wheel lacks the extension tldr/_core*.so")
    grafted = sorted(n for n in names if n.startswith("tldr.libs/") and not n.endswith("/"))
    if not any("openblas" in n for n in grafted):
        problems.append("wheel carries no OpenBLAS in tldr.libs/ (was it repaired with auditwheel?)")
    if not any(n.endswith("/licenses/LICENSE") for n in names):
        problems.append("wheel lacks .dist-info/licenses/LICENSE")
    packages = sorted({n.rsplit("/", 1)[0].replace("/", ".") for n in names
                       if n.startswith("tldr/") and n.endswith("/__init__.py")})
    print(f"    wheel: {len(names)} files; packages {', '.join(packages)}; "
          f"tldr.libs/: {', '.join(Path(n).name for n in grafted)}")
    return problems


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sdist", required=True)
    ap.add_argument("--wheel")
    args = ap.parse_args(argv)
    sdist, problems = check_sdist(args.sdist)
    if args.wheel:
        problems += check_wheel(args.wheel, sdist)
    for p in problems:
        print(f"error: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
