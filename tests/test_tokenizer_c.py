"""Build and run tests/c/test_bpe.c: the tokenizer core tested from C, without Python."""

import pathlib
import shlex
import shutil
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent


def test_bpe_core_from_c(tmp_path):
    cc = shutil.which("gcc") or shutil.which("cc")
    if cc is None or shutil.which("pkg-config") is None:
        pytest.skip("needs a C compiler and pkg-config")
    try:
        cflags = subprocess.run(["pkg-config", "--cflags", "--libs", "libpcre2-8"], check=True, capture_output=True,
                                text=True).stdout
    except subprocess.CalledProcessError:
        pytest.skip("pkg-config cannot find libpcre2-8")
    exe = tmp_path / "test_bpe"
    cmd = [cc, "-std=c11", "-O1", "-g", "-Wall", "-Wextra", "-Wno-unused-parameter", "-Wno-missing-field-initializers",
           "-fsanitize=address,undefined", "-fno-sanitize-recover=undefined", "-I", str(ROOT / "csrc" / "core"),
           str(ROOT / "tests" / "c" / "test_bpe.c"), str(ROOT / "csrc" / "core" / "tokenize" / "bpe.c"), str(ROOT / "csrc" / "core" / "regex.c"),
           str(ROOT / "csrc" / "core" / "util" / "common.c"), str(ROOT / "csrc" / "core" / "util" / "utf8.c"), "-o", str(exe), "-pthread", *shlex.split(cflags)]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0 and "sanitize" in r.stderr:
        cmd = [c for c in cmd if "sanitize" not in c]
        r = subprocess.run(cmd, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([str(exe)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stdout + r.stderr
