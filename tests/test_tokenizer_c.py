"""Build and run tests/c/test_bpe.c: the tokenizer core tested from C, without Python,
under AddressSanitizer and UndefinedBehaviorSanitizer (when the compiler has them)."""

import pathlib
import shlex
import shutil
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORE = ROOT / "csrc" / "core"


def test_bpe_core_from_c(tmp_path):
    cc = shutil.which("gcc") or shutil.which("cc")
    if cc is None or shutil.which("pkg-config") is None:
        pytest.skip("needs a C compiler and pkg-config")
    try:
        cflags = subprocess.run(["pkg-config", "--cflags", "--libs", "libpcre2-8"], check=True, capture_output=True,
                                text=True).stdout
    except subprocess.CalledProcessError:
        pytest.skip("pkg-config cannot find libpcre2-8")
    # the tokenizer's files and what they use: the regex wrapper and the util files
    sources = sorted(map(str, (CORE / "tokenize").glob("*.c"))) + [
        str(CORE / "regex.c"), str(CORE / "util" / "common.c"), str(CORE / "util" / "utf8.c")]
    exe = tmp_path / "test_bpe"
    cmd = [cc, "-std=c11", "-O1", "-g", "-Wall", "-Wextra", "-Werror", "-Wno-unused-parameter",
           "-Wno-missing-field-initializers", "-fsanitize=address,undefined", "-fno-sanitize-recover=undefined",
           "-I", str(CORE), str(ROOT / "tests" / "c" / "test_bpe.c"), *sources, "-o", str(exe), "-pthread",
           *shlex.split(cflags)]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0 and "sanitize" in r.stderr:
        cmd = [c for c in cmd if "sanitize" not in c]
        r = subprocess.run(cmd, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([str(exe)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stdout + r.stderr
