"""Build script for the C extension ``tldr._core``.

Everything a build needs is found with pkg-config and parsed here; no include or
library path is written by hand.

* OpenBLAS (cblas) through ``pkg-config openblas`` (Debian ``libopenblas-dev``).
* PCRE2 through ``pkg-config libpcre2-8`` (Debian ``libpcre2-dev``). PCRE2 is linked
  *statically* from the ``libpcre2-8.a`` in pkg-config's libdir, with its symbols hidden
  (``-Wl,--exclude-libs``), so that no other PCRE2 copy loaded into the same process
  can ever interpose our calls (see docs/build.md for how this was checked). Set
  ``TLDR_PCRE2_DYNAMIC=1`` to link the shared library instead.

Build switches (environment variables):

* ``TLDR_DEBUG=1``    -O0 -g, C asserts on (NDEBUG undefined).
* ``TLDR_SANITIZE=1`` AddressSanitizer + UndefinedBehaviorSanitizer (implies debug);
  run Python with ``LD_PRELOAD=$(gcc -print-file-name=libasan.so)``.
* ``TLDR_NATIVE=1``   add -march=native (never the default: wheels must stay portable).
"""

import glob
import os
import shlex
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext


def _flag(name):
    return os.environ.get(name, "").strip().lower() in ("1", "true", "yes", "on")


def pkg_config(*args):
    try:
        out = subprocess.run(
            ["pkg-config", *args], check=True, capture_output=True, text=True
        ).stdout
    except FileNotFoundError:
        sys.exit("error: pkg-config not found; install it (Debian: apt-get install pkg-config)")
    except subprocess.CalledProcessError as exc:
        sys.exit(
            f"error: pkg-config {' '.join(args)} failed: {exc.stderr.strip()}\n"
            "install the development packages (Debian: apt-get install "
            "libopenblas-dev libpcre2-dev pkg-config), or run ./run.sh which does it"
        )
    return shlex.split(out)


class Flags:
    def __init__(self):
        self.include_dirs, self.library_dirs, self.libraries = [], [], []
        self.extra_compile_args, self.extra_link_args = [], []

    def add_cflags(self, tokens):
        for t in tokens:
            if t.startswith("-I"):
                self.include_dirs.append(t[2:])
            else:
                self.extra_compile_args.append(t)

    def add_libs(self, tokens):
        for t in tokens:
            if t.startswith("-L"):
                self.library_dirs.append(t[2:])
            elif t.startswith("-l"):
                self.libraries.append(t[2:])
            else:
                self.extra_link_args.append(t)


def build_flags():
    import numpy

    f = Flags()
    f.include_dirs += ["csrc/core", "csrc/py", numpy.get_include()]

    # OpenBLAS, dynamically linked.
    f.add_cflags(pkg_config("--cflags", "openblas"))
    f.add_libs(pkg_config("--libs", "openblas"))

    # PCRE2: static and hidden unless asked otherwise.
    f.add_cflags(pkg_config("--cflags", "libpcre2-8"))
    libdir = pkg_config("--variable=libdir", "libpcre2-8")
    static_lib = os.path.join(libdir[0], "libpcre2-8.a") if libdir else ""
    if not _flag("TLDR_PCRE2_DYNAMIC") and static_lib and os.path.exists(static_lib):
        libs = [t for t in pkg_config("--static", "--libs", "libpcre2-8") if t != "-lpcre2-8"]
        f.extra_link_args += [static_lib, "-Wl,--exclude-libs,libpcre2-8.a"]
        f.add_libs(libs)
    else:
        if not _flag("TLDR_PCRE2_DYNAMIC"):
            print(
                "warning: libpcre2-8.a not found; linking PCRE2 dynamically "
                "(another PCRE2 copy in the process could interpose it)",
                file=sys.stderr,
            )
        f.add_libs(pkg_config("--libs", "libpcre2-8"))

    f.libraries.append("m")
    f.extra_link_args += ["-pthread"]
    f.extra_compile_args += [
        "-std=c11",
        "-fvisibility=hidden",
        "-fopenmp-simd",
        "-pthread",
        "-Wall",
        "-Wextra",
        "-Wno-unused-parameter",
        "-Wno-missing-field-initializers",
        "-Wno-cast-function-type",
    ]
    macros = [("NPY_NO_DEPRECATED_API", "NPY_1_22_API_VERSION"), ("NPY_TARGET_VERSION", "NPY_1_22_API_VERSION")]
    debug = _flag("TLDR_DEBUG") or _flag("TLDR_SANITIZE")
    if debug:
        f.extra_compile_args += ["-O0", "-g3", "-UNDEBUG", "-fno-omit-frame-pointer"]
        macros.append(("TLDR_DEBUG", "1"))
    else:
        f.extra_compile_args += ["-O3", "-DNDEBUG"]
    if _flag("TLDR_SANITIZE"):
        san = ["-fsanitize=address,undefined", "-fno-sanitize-recover=undefined"]
        f.extra_compile_args += san
        f.extra_link_args += san
    if _flag("TLDR_NATIVE"):
        f.extra_compile_args.append("-march=native")
    return f, macros


class BuildExt(build_ext):
    """Finds the flags when the extension is compiled, not when setup.py is read: making
    an sdist or reading the metadata needs neither pkg-config, OpenBLAS, PCRE2 nor NumPy
    (cibuildwheel's sdist job and `python -m build --sdist` run without them)."""

    def build_extensions(self):
        f, macros = build_flags()
        for ext in self.extensions:
            ext.include_dirs += f.include_dirs
            ext.library_dirs += f.library_dirs
            ext.libraries += f.libraries
            ext.extra_compile_args += f.extra_compile_args
            ext.extra_link_args += f.extra_link_args
            ext.define_macros += macros
        super().build_extensions()


def extensions():
    sources = sorted(glob.glob("csrc/**/*.c", recursive=True))
    return [
        Extension(
            "tldr._core",
            sources=sources,
            depends=sorted(glob.glob("csrc/**/*.h", recursive=True)),
        )
    ]


setup(ext_modules=extensions(), cmdclass={"build_ext": BuildExt})
