#!/usr/bin/env bash
# scripts/sanitize.sh [pytest args]: the test suite against the C extension built with
# AddressSanitizer and UndefinedBehaviorSanitizer (TLDR_SANITIZE=1, see docs/build.md),
# so any out-of-bounds access, use after free or undefined behaviour in C fails the run.
#
# The sanitized extension is built (gcc, -O0 -g3, -fsanitize=address,undefined,
# -fno-sanitize-recover=undefined) in build/sanitize, apart from the in-place build of
# .venv, which is left alone, and put beside a copy of tldr/ in build/sanitize/site; the suite runs with .venv's Python (the test
# extras come from there: run ./run.sh test once first) with that folder first on the
# path, the current folder off it (python -P), and the ASan runtime preloaded. Leak
# checking is off (CPython keeps its own allocations to exit).
#
# Without arguments every test runs except those that cannot run under a preloaded ASan
# runtime or take hours there: TLDR_SANITIZE_SKIP (a pytest -k expression, default
# "not browser and not notebook") leaves them out; tests/test_vlm*.py and
# tests/test_world_captioner.py (PyTorch's own libraries under ASan: slow, and its JIT
# and allocator trip the sanitizer's interceptors) are left out unless named. That run uses
# every core, up to 4 (pytest-xdist).
# Environment: TLDR_VENV (default .venv).
set -euo pipefail
cd "$(dirname "$0")/.."
VPY=${TLDR_VENV:-.venv}/bin/python
[ -x "$VPY" ] || { echo "error: run ./run.sh test once first (it makes $VPY with the test extras)" >&2; exit 1; }
OUT=$PWD/build/sanitize
SITE=$OUT/site
stamp_src=$(find setup.py pyproject.toml csrc -type f \( -name "*.c" -o -name "*.h" -o -name "*.py" -o -name "*.toml" \) \
            -print0 | sort -z | xargs -0 cat | sha256sum | cut -c1-16)
if [ ! -f "$OUT/.stamp" ] || [ "$(cat "$OUT/.stamp")" != "$stamp_src" ] || ! ls "$OUT"/_core*.so >/dev/null 2>&1; then
  echo "==> building the extension with ASan and UBSan (build/sanitize)" >&2
  rm -rf "$OUT"
  mkdir -p "$OUT"
  # its own build folders (-f: every file compiled with these flags, nothing reused)
  TLDR_SANITIZE=1 "$VPY" setup.py -q build_ext -f --build-lib "$OUT/lib" --build-temp "$OUT/temp" \
    >"$OUT/build.log" 2>&1 || { echo "error: the build failed, see build/sanitize/build.log" >&2; exit 1; }
  cp "$OUT"/lib/tldr/_core*.so "$OUT/"
  echo "$stamp_src" >"$OUT/.stamp"
fi
# the working tree's Python sources with the sanitized extension beside them
rm -rf "$SITE"
mkdir -p "$SITE"
cp -r tldr "$SITE/tldr"
rm -f "$SITE"/tldr/_core*.so
cp "$OUT"/_core*.so "$SITE/tldr/"
asan=$(gcc -print-file-name=libasan.so)
ubsan=$(gcc -print-file-name=libubsan.so)
args=("$@")
if [ ${#args[@]} -eq 0 ]; then
  args=(tests -q -p no:cacheprovider -k "${TLDR_SANITIZE_SKIP:-not browser and not notebook}"
        --ignore-glob="tests/test_vlm*.py" --ignore=tests/test_world_captioner.py)
  # on every core, up to 4, one test file per worker (pytest-xdist, as ./run.sh test)
  ncpu=$(nproc 2>/dev/null || echo 1)
  [ "$ncpu" -gt 4 ] && ncpu=4
  if [ "$ncpu" -ge 2 ] && "$VPY" -c "import xdist" >/dev/null 2>&1; then
    args+=(-n "$ncpu" --dist loadfile)
  fi
fi
export PYTHONPATH=$SITE${PYTHONPATH:+:$PYTHONPATH}
export ASAN_OPTIONS=detect_leaks=0:verify_asan_link_order=0:allocator_may_return_null=1:${ASAN_OPTIONS:-}
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
# the extension must be the sanitized one, or the run proves nothing
LD_PRELOAD="$asan $ubsan" "$VPY" -P -c "import tldr; assert tldr.build_info()['debug'], tldr.__file__; print('sanitized build:', tldr.__file__)"
LD_PRELOAD="$asan $ubsan" "$VPY" -P -m pytest "${args[@]}"
