"""The package imports cleanly, links what it should, and starts no threads at import."""

import os
import subprocess
import sys
import textwrap

import pytest

import tldr


def test_version_and_build_info():
    assert isinstance(tldr.__version__, str) and tldr.__version__.count(".") >= 2
    info = tldr.build_info()
    assert info["pcre2_version"].startswith("10.")
    assert "OpenBLAS" in info["openblas_config"]
    assert info["openblas_num_threads"] == 1


def test_exception_hierarchy():
    assert issubclass(tldr.InvalidInputError, tldr.TldrError)
    assert issubclass(tldr.InvalidInputError, ValueError)
    assert issubclass(tldr.DTypeError, TypeError)
    assert issubclass(tldr.NonFiniteError, tldr.InvalidInputError)
    assert issubclass(tldr.FileFormatError, ValueError)
    assert issubclass(tldr.UnsupportedError, NotImplementedError)


def _run(code):
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True, text=True, timeout=120,
    )


def test_import_without_torch_and_no_threads():
    r = _run(
        """
        import sys, os
        sys.modules['torch'] = None  # any import of torch now fails
        import numpy  # NumPy's own BLAS may start its pool; that is not ours
        before = len(os.listdir('/proc/self/task'))
        import tldr
        after = len(os.listdir('/proc/self/task'))
        print(before, after)
        """
    )
    assert r.returncode == 0, r.stderr
    before, after = map(int, r.stdout.split())
    assert after == before, f"import tldr started {after - before} thread(s)"


def test_openblas_env_restored():
    r = _run(
        """
        import os
        os.environ['OPENBLAS_NUM_THREADS'] = '7'
        import tldr
        print(os.environ['OPENBLAS_NUM_THREADS'])
        """
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "7"


def test_pcre2_not_dynamically_bound():
    """PCRE2 is linked statically with hidden symbols: the extension neither imports nor
    exports any pcre2 symbol, so another PCRE2 in the process cannot interpose it."""
    so = tldr._core.__file__
    r = subprocess.run(["nm", "-D", so], capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip("nm not available")
    assert "pcre2" not in r.stdout
    ldd = subprocess.run(["ldd", so], capture_output=True, text=True).stdout
    assert "libpcre2" not in ldd


def test_pcre2_interposition_has_no_effect(tmp_path):
    """Load a fake libpcre2 exporting pcre2_compile_8 (returning NULL) into the global
    symbol scope before importing tldr: our regexes still compile and match."""
    src = tmp_path / "fake.c"
    src.write_text(
        "void *pcre2_compile_8(const void *p, unsigned long l, unsigned o, int *e,"
        " unsigned long *off, void *c) { *e = 101; *off = 0; return 0; }\n"
        "int pcre2_match_8(void) { return -1; }\n"
    )
    lib = tmp_path / "libfakepcre2.so"
    r = subprocess.run(["gcc", "-shared", "-fPIC", str(src), "-o", str(lib)], capture_output=True)
    if r.returncode != 0:
        pytest.skip("no C compiler")
    r = _run(
        f"""
        import ctypes, os
        ctypes.CDLL({str(lib)!r}, mode=os.RTLD_GLOBAL | os.RTLD_NOW)
        import tldr._core as c
        print(c.Regex(r'\\w+').find_spans('ab cd').tolist())
        """
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[[0, 2], [3, 5]]"


def test_regex_offsets_are_str_offsets():
    spans = tldr._core.Regex(r"\w+").find_spans("héllo wörld 日本 😀x")
    assert spans.tolist() == [[0, 5], [6, 11], [12, 14], [16, 17]]


def test_regex_errors():
    with pytest.raises(tldr.InvalidInputError, match="cannot compile"):
        tldr._core.Regex("(unclosed")
    with pytest.raises(TypeError):
        tldr._core.Regex(b"bytes")
    with pytest.raises(UnicodeError):
        tldr._core.Regex(r"\w+").find_spans("lone \ud800 surrogate")


# ----------------------------------------------------------------- packaging (issue 15)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _tracked(prefix=""):
    r = subprocess.run(["git", "ls-files", "-z", "--", prefix or "."], cwd=ROOT, capture_output=True)
    if r.returncode != 0:
        pytest.skip("not a git checkout (an unpacked sdist): nothing to compare with")
    return sorted(p for p in r.stdout.decode().split("\0") if p and os.path.exists(os.path.join(ROOT, p)))


@pytest.fixture(scope="module")
def packaged(tmp_path_factory):
    """The sdist and the files a wheel would get, as setuptools makes them from this tree
    (no compiling: build_py only copies the packages' modules and data)."""
    out = tmp_path_factory.mktemp("packaged")
    r = subprocess.run(
        [sys.executable, "setup.py", "-q", "egg_info", "--egg-base", str(out), "sdist", "--dist-dir",
         str(out / "dist"), "build_py", "--build-lib", str(out / "lib")],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    (sdist,) = (out / "dist").glob("tldr-*.tar.gz")
    return sdist, out / "lib"


def test_sdist_carries_every_tracked_file(packaged):
    """MANIFEST.in leaves nothing out (scripts/check_dist.py: every tracked file but the
    hosting CI's, no build product), so a wheel built from the sdist equals one from git."""
    _tracked()
    r = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "check_dist.py"), "--sdist", str(packaged[0])],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stdout + r.stderr


def test_wheel_gets_every_package_and_data_file(packaged):
    """Every subpackage of tldr (found by [tool.setuptools.packages.find]) and every data
    file under tldr/ is copied into the build: what the wheel installs."""
    lib = packaged[1]
    want = [p for p in _tracked("tldr") if not p.endswith((".c", ".h"))]
    assert want and [p for p in want if not (lib / p).is_file()] == []
    assert not list(lib.rglob("*.so")), "a build product in the package files"


def test_metadata_names_license_and_extras():
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+

    with open(os.path.join(ROOT, "pyproject.toml"), "rb") as f:
        meta = tomllib.load(f)["project"]
    assert meta["license"] == "MIT" and "LICENSE" in meta["license-files"]
    assert os.path.isfile(os.path.join(ROOT, "LICENSE"))
    assert {"torch", "test", "docs"} <= set(meta["optional-dependencies"])
    assert meta["requires-python"].startswith(">=3.")
    assert {"Source", "Documentation"} <= set(meta["urls"])
