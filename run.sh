#!/usr/bin/env bash
# run.sh: the commands of the README.
#
#   ./run.sh demo   set everything up, then run the main job on the embedded default data
#   ./run.sh test   set everything up (with the test extras), then run the test suite
#   ./run.sh docs   set everything up (with the docs extras), then build the documentation
#                   site into site/ (open site/index.html) in strict mode: any warning, broken
#                   link or unresolved reference fails the build (docs/conf.py)
#
# "Everything" is: the Debian packages the C core builds against (installed with apt-get
# when missing and running as root; otherwise the exact command is printed), a virtual
# environment in .venv, and `pip install` of this package into it. Extra arguments after
# `test` go to pytest (without any, the suite runs on up to 4 cores). Environment: PYTHON
# (interpreter to build the venv from, default python3), TLDR_VENV (venv folder, default
# .venv).
set -euo pipefail
cd "$(dirname "$0")"

what=${1:-demo}
[ $# -gt 0 ] && shift
case "$what" in
  demo|test|docs) ;;
  *) echo "usage: ./run.sh demo | ./run.sh test [pytest args] | ./run.sh docs" >&2; exit 2 ;;
esac

PY=${PYTHON:-python3}
VENV=${TLDR_VENV:-.venv}

# ---- 1. system packages ---------------------------------------------------------------
sys_pkgs=(pkg-config libopenblas-dev libpcre2-dev)
if [ "$what" = test ]; then
  # WordNet for the perturbation lexicons' tests; Chromium for the annotation UI test.
  sys_pkgs+=(wordnet-base chromium chromium-driver)
fi
missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${sys_pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
else
  # Not Debian: check what the build needs through pkg-config.
  if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists openblas libpcre2-8; then
    echo "error: the build needs pkg-config, OpenBLAS (openblas.pc) and PCRE2 (libpcre2-8.pc)." >&2
    exit 1
  fi
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "==> apt-get install ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get install -y -q --no-install-recommends "${missing[@]}" >/tmp/tldr-apt.log 2>&1; then
      apt-get update -q >>/tmp/tldr-apt.log 2>&1 || true
      apt-get install -y -q --no-install-recommends "${missing[@]}" >>/tmp/tldr-apt.log 2>&1 || {
        echo "error: apt-get install failed; see /tmp/tldr-apt.log" >&2; exit 1; }
    fi
  else
    echo "error: missing system packages. Run this once, then run ./run.sh $what again:" >&2
    echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
fi

# ---- 2. virtual environment and pip install -------------------------------------------
if [ ! -x "$VENV/bin/python" ]; then
  echo "==> creating virtual environment $VENV"
  "$PY" -m venv "$VENV"
fi
VPY="$VENV/bin/python"
# Rebuild only when the sources changed since the last install.
stamp_src=$(find setup.py pyproject.toml csrc -type f \( -name "*.c" -o -name "*.h" -o -name "*.py" -o -name "*.toml" \) -print0 | sort -z | xargs -0 cat | sha256sum | cut -c1-16)
stamp_file="$VENV/.tldr-$what-stamp"
if [ ! -f "$stamp_file" ] || [ "$(cat "$stamp_file")" != "$stamp_src" ] || ! "$VPY" -c "import tldr" >/dev/null 2>&1; then
  echo "==> pip install (this builds the C extension)"
  if [ "$what" = test ]; then
    # The CPU build of torch lies on disk; name it exactly so no CUDA build is pulled.
    "$VPY" -m pip install -q --disable-pip-version-check "torch==2.13.0"
    "$VPY" -m pip install -q --disable-pip-version-check -e ".[test]"
  elif [ "$what" = docs ]; then
    "$VPY" -m pip install -q --disable-pip-version-check -e ".[docs]"
  else
    "$VPY" -m pip install -q --disable-pip-version-check -e .
  fi
  echo "$stamp_src" > "$stamp_file"
fi

# ---- 3. the job -----------------------------------------------------------------------
if [ "$what" = demo ]; then
  exec "$VPY" -m tldr demo "$@"
fi
if [ "$what" = docs ]; then
  # A full rebuild each time (-E, fresh site/): the API pages follow the package's code,
  # which Sphinx's incremental build would not notice.
  rm -rf site build/doctrees
  "$VPY" -m sphinx -W --keep-going -n -E -q -b html -d build/doctrees docs site "$@"
  echo "==> documentation site built: site/index.html"
  exit 0
fi
# The whole suite (no arguments) runs on every core, up to 4, one test file per worker
# (pytest-xdist, from the test extras; module fixtures are built once per file). With
# arguments, pytest runs as given (add -n N yourself to parallelise a selection).
par=()
if [ $# -eq 0 ] && "$VPY" -c "import xdist" >/dev/null 2>&1; then
  ncpu=$(nproc 2>/dev/null || echo 1)
  [ "$ncpu" -gt 4 ] && ncpu=4
  [ "$ncpu" -ge 2 ] && par=(-n "$ncpu" --dist loadfile)
fi
set +e
"$VPY" -m pytest -q "${par[@]}" "$@"
rc=$?
set -e
if [ $rc -eq 5 ]; then
  echo "pytest collected no tests (exit 5); treating as success" >&2
  rc=0
fi
exit $rc
