#!/usr/bin/env bash
# scripts/fuzz.sh TARGET SECONDS [libFuzzer options...]: build one coverage-guided fuzz
# target and run it for SECONDS; `scripts/fuzz.sh list` names the targets, `all SECONDS`
# runs each in turn. docs/reliability.md says what each target checks.
#
# C targets (fuzz/*.c) are libFuzzer programs built with clang
# -fsanitize=fuzzer,address,undefined against the core sources they test (no Python).
# Python targets (fuzz/py/*.py) run under atheris (pip, in TLDR_FUZZ_VENV, default
# .venv-fuzz, made here) against a copy of tldr/ whose C extension is built by clang with
# -fsanitize=address,undefined,fuzzer-no-link (build/fuzz/ext), so its C code is
# coverage-guided and sanitized too (atheris' ASan runtime is preloaded into Python).
#
# Every run starts from the seeds in fuzz/corpus/TARGET (kept small, in git) and grows a
# working corpus in build/fuzz/corpus/TARGET (not in git: delete it to start over).
# Crashes land in build/fuzz/crashes/ (the summary counts this run's). Limits: RSS
# 2048 MB (-rss_limit_mb; a run above it is a failure), one input 10 s (-timeout). The
# last line printed is a summary:
#   fuzz TARGET: SECONDS s, N executions, cov C, ft F, corpus K, peak RSS M MB, crashes X
# Exit status: 0 when the run found nothing, 1 otherwise.
#
# System packages (clang, libclang-rt-N-dev, pkg-config, libpcre2-dev, libopenblas-dev)
# are installed with apt-get when missing and running as root; otherwise the exact
# command is printed and the run fails.
# Environment: CC (default clang), TLDR_FUZZ_JOBS (default 1: libFuzzer -fork=N),
# PYTHON (interpreter for .venv-fuzz, default python3), TLDR_VENV (where
# fuzz/dump_tables.py is run, default .venv), TLDR_FUZZ_MALLOC_CONTEXT (ASan's
# malloc_context_size for the atheris targets, default 0: see below).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

C_TARGETS=(token_diff tokenizer_tables tokenizer_encode lexicon)
PY_TARGETS=(tokenizer_files perturb_labels head_intake)

usage() { echo "usage: scripts/fuzz.sh TARGET|all|list SECONDS [libFuzzer options]" >&2; exit 2; }
[ $# -ge 1 ] || usage
target=$1
[ "$target" = list ] && { printf '%s\n' "${C_TARGETS[@]}" "${PY_TARGETS[@]}"; exit 0; }
[ $# -ge 2 ] || usage
secs=$2
shift 2
if [ "$target" = all ]; then
  rc=0
  for t in "${C_TARGETS[@]}" "${PY_TARGETS[@]}"; do "$0" "$t" "$secs" "$@" || rc=1; done
  exit $rc
fi

CC=${CC:-clang}
OUT=$ROOT/build/fuzz
mkdir -p "$OUT/corpus/$target" "$OUT/crashes"
LOG=$OUT/$target.log

# what the fuzzers need from the system: clang with its libFuzzer and sanitizer runtimes
# (Debian: clang, and libclang-rt-N-dev where N is clang's major version), and what the
# core and the extension build against (pkg-config, PCRE2, OpenBLAS). Missing pieces are
# installed with apt-get when running as root; otherwise the exact command is printed and
# the run fails. A probe program built with -fsanitize=fuzzer,address,undefined is the
# test: clang alone (without libclang-rt) compiles but does not link fuzzers.
install_or_fail() {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "==> apt-get install $* (the fuzz targets need them)" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q --no-install-recommends "$@" >/tmp/tldr-fuzz-apt.log 2>&1 || {
      apt-get update -q >>/tmp/tldr-fuzz-apt.log 2>&1 || true
      apt-get install -y -q --no-install-recommends "$@" >>/tmp/tldr-fuzz-apt.log 2>&1 || {
        echo "error: apt-get install $* failed; see /tmp/tldr-fuzz-apt.log" >&2; exit 1; }; }
  else
    echo "error: the fuzz targets need these system packages. Run this once, then again:" >&2
    echo "  sudo apt-get install -y --no-install-recommends $*" >&2
    exit 1
  fi
}
need_clang() {
  local missing=()
  command -v "$CC" >/dev/null 2>&1 || missing+=(clang)
  command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
  { command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libpcre2-8; } || missing+=(libpcre2-dev)
  { command -v pkg-config >/dev/null 2>&1 && pkg-config --exists openblas; } || missing+=(libopenblas-dev)
  [ ${#missing[@]} -eq 0 ] || install_or_fail "${missing[@]}"
  local probe=$OUT/probe
  printf '#include <stddef.h>\n#include <stdint.h>\nint LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { return 0; }\n' >"$probe.c"
  if ! "$CC" -fsanitize=fuzzer,address,undefined "$probe.c" -o "$probe" >"$probe.log" 2>&1; then
    local major
    major=$("$CC" -dumpversion | cut -d. -f1)
    install_or_fail "libclang-rt-$major-dev"
    "$CC" -fsanitize=fuzzer,address,undefined "$probe.c" -o "$probe" >"$probe.log" 2>&1 || {
      echo "error: $CC cannot build a libFuzzer program (see $probe.log)" >&2; exit 1; }
  fi
}

# the core sources each C target links (the core has no Python.h, so each is plain C)
sources_of() {
  local util=(csrc/core/util/common.c csrc/core/util/utf8.c)
  case "$1" in
    token_diff) echo csrc/core/align/diff.c csrc/core/util/common.c ;;
    tokenizer_tables|tokenizer_encode) echo csrc/core/tokenize/*.c csrc/core/regex.c "${util[@]}" ;;
    # the engine without negatives.c (the make_negatives pipeline: it links the tokenizer
    # and the labels, which this target does not test)
    lexicon) ls csrc/core/perturb/*.c | grep -v '/negatives\.c$'; echo csrc/core/regex.c "${util[@]}" ;;
  esac
}

# libFuzzer's dictionary-free defaults, the limits, and where things go
common_args=(-rss_limit_mb=2048 -timeout=10 -print_final_stats=1 -max_total_time="$secs"
             -artifact_prefix="$OUT/crashes/$target-")
[ "${TLDR_FUZZ_JOBS:-1}" -gt 1 ] && common_args+=(-fork="${TLDR_FUZZ_JOBS}" -ignore_crashes=0)

t0=$SECONDS
# crashes of this run only (older ones stay in build/fuzz/crashes until deleted)
start_mark=$OUT/crashes/.start-$target
touch "$start_mark"
if [[ " ${C_TARGETS[*]} " == *" $target "* ]]; then
  need_clang
  exe=$OUT/$target
  # token_diff: no comparison tracing. Its inputs are tokens 0..7 (no magic values for
  # the tracing to solve), and tracing the O(D^2) diagonal loop took 85% of the time
  # (30 inputs a second instead of about 200)
  covflags=()
  [ "$target" = token_diff ] && covflags=(-fno-sanitize-coverage=trace-cmp)
  # shellcheck disable=SC2046
  $CC -std=c11 -g -O2 -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined "${covflags[@]}" \
      -fno-sanitize-recover=undefined -Wall -Wno-unused-parameter -Wno-missing-field-initializers \
      -I csrc/core -I fuzz $(pkg-config --cflags libpcre2-8) -DTLDR_FUZZ_DATA="\"$ROOT/tldr/data\"" \
      "fuzz/$target.c" $(sources_of "$target") -o "$exe" $(pkg-config --libs libpcre2-8) -pthread -lm
  extra=()
  if [ "$target" = tokenizer_encode ]; then
    [ -x "${TLDR_VENV:-.venv}/bin/python" ] || {
      echo "error: tokenizer_encode takes its tables from the package in ${TLDR_VENV:-.venv}: run ./run.sh test once first" >&2
      exit 1; }
    "${TLDR_VENV:-.venv}/bin/python" fuzz/dump_tables.py "$OUT/tables" >/dev/null
    export TLDR_FUZZ_TABLES=$OUT/tables
    extra=(-max_len=4096)
  fi
  [ "$target" = token_diff ] && extra=(-max_len=512)
  [ "$target" = lexicon ] && extra=(-max_len=8192)
  set +e
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 "$exe" "${common_args[@]}" "${extra[@]}" "$@" \
      "$OUT/corpus/$target" "fuzz/corpus/$target" >"$LOG" 2>&1
  rc=$?
  set -e
elif [[ " ${PY_TARGETS[*]} " == *" $target "* ]]; then
  need_clang
  VENV=${TLDR_FUZZ_VENV:-.venv-fuzz}
  VPY=$VENV/bin/python
  [ -x "$VPY" ] || "${PYTHON:-python3}" -m venv "$VENV"
  "$VPY" -c "import atheris" 2>/dev/null ||
    "$VPY" -m pip install -q --disable-pip-version-check atheris numpy "setuptools>=77" wheel
  # the extension built by clang, sanitized and coverage-instrumented, in its own build
  # folders (nothing shared with .venv's in-place build), beside a copy of tldr/
  EXT=$OUT/ext
  stamp_src=$(find setup.py pyproject.toml csrc -type f \( -name "*.c" -o -name "*.h" -o -name "*.py" -o -name "*.toml" \) \
              -print0 | sort -z | xargs -0 cat | sha256sum | cut -c1-16)
  if [ ! -f "$EXT/.stamp" ] || [ "$(cat "$EXT/.stamp")" != "$stamp_src" ]; then
    echo "==> building the extension with clang, ASan, UBSan and coverage for atheris" >&2
    rm -rf "$EXT"
    mkdir -p "$EXT"
    CC=$CC CFLAGS="-fsanitize=address,undefined,fuzzer-no-link -fno-sanitize-recover=undefined -fno-omit-frame-pointer" \
      LDFLAGS="-fsanitize=address,undefined" "$VPY" setup.py -q build_ext -f --build-lib "$EXT/lib" \
      --build-temp "$EXT/temp" >"$OUT/build-ext.log" 2>&1 \
      || { echo "error: the build failed, see $OUT/build-ext.log" >&2; exit 1; }
    echo "$stamp_src" >"$EXT/.stamp"
  fi
  rm -rf "$OUT/site"
  mkdir -p "$OUT/site"
  cp -r tldr "$OUT/site/tldr"
  rm -f "$OUT"/site/tldr/_core*.so
  cp "$EXT"/lib/tldr/_core*.so "$OUT/site/tldr/"
  # atheris' ASan runtime with its libFuzzer inside: the extension's coverage counters
  # and the Python ones reach the same fuzzer (a plain ASan runtime would swallow them).
  # malloc_context_size=0: ASan records no stack per allocation. Every heap error is still
  # caught (the report keeps the faulting access's stack, not the allocation's); with
  # Python's allocations going through ASan, storing their stacks took 48% of the time
  # (perf) and replaying the perturb_labels corpus ran 1.8x faster without them.
  # TLDR_FUZZ_MALLOC_CONTEXT=30 (ASan's default) brings back the allocation and free
  # stacks, e.g. to study a finding.
  asan=$("$VPY" -c "import atheris, os; print(os.path.join(atheris.path(), 'asan_with_fuzzer.so'))")
  # -fork=N (TLDR_FUZZ_JOBS) starts each worker as the parent's argv[0], which a .py file
  # is not: a wrapper that runs this interpreter on the target takes its place
  case "$VPY" in /*) vpy_abs=$VPY ;; *) vpy_abs=$ROOT/$VPY ;; esac
  wrapper=$OUT/run-$target
  printf '#!/bin/sh\nexec "%s" "%s" "$@"\n' "$vpy_abs" "$ROOT/fuzz/py/$target.py" >"$wrapper"
  chmod +x "$wrapper"
  set +e
  TLDR_FUZZ_ARGV0=$wrapper PYTHONPATH=$OUT/site LD_PRELOAD=$asan ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1:malloc_context_size="${TLDR_FUZZ_MALLOC_CONTEXT:-0}" \
    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    "$VPY" "fuzz/py/$target.py" "${common_args[@]}" "$@" "$OUT/corpus/$target" "fuzz/corpus/$target" >"$LOG" 2>&1
  rc=$?
  set -e
else
  echo "unknown target '$target'; targets: ${C_TARGETS[*]} ${PY_TARGETS[*]}" >&2
  exit 2
fi

# the summary, from libFuzzer's final statistics and its last status line
execs=$(grep -o 'stat::number_of_executed_units:[[:space:]]*[0-9]*' "$LOG" | tail -1 | grep -o '[0-9]*$' || true)
rss=$(grep -o 'stat::peak_rss_mb:[[:space:]]*[0-9]*' "$LOG" | tail -1 | grep -o '[0-9]*$' || true)
last=$(grep -E '^#[0-9]+' "$LOG" | tail -1 || true)
# -fork=N (TLDR_FUZZ_JOBS > 1): the parent prints no final statistics (an interrupted
# child may print its own); its last status line counts every child's executions
if [ "${TLDR_FUZZ_JOBS:-1}" -gt 1 ]; then
  execs=$(echo "$last" | grep -o '^#[0-9]*' | tr -d '#' || true)
fi
cov=$(echo "$last" | grep -o 'cov: [0-9]*' | grep -o '[0-9]*' || true)
ft=$(echo "$last" | grep -o 'ft: [0-9]*' | grep -o '[0-9]*' || true)
corp=$(echo "$last" | grep -o 'corp: [0-9]*' | grep -o '[0-9]*' || true)
crashes=$(find "$OUT/crashes" -name "$target-*" -newer "$start_mark" 2>/dev/null | wc -l)
echo "fuzz $target: $(( SECONDS - t0 )) s, ${execs:-?} executions, cov ${cov:-?}, ft ${ft:-?}, corpus ${corp:-?}, peak RSS ${rss:-?} MB, crashes $crashes (exit $rc; log $LOG)"
if [ "$rc" -ne 0 ] || [ "$crashes" -ne 0 ]; then
  grep -E 'ERROR|property failed|runtime error|Traceback|Error:' "$LOG" | head -20 >&2 || true
  exit 1
fi
