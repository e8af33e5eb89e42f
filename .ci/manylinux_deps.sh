#!/usr/bin/env bash
# cibuildwheel's before-all on Linux (pyproject.toml [tool.cibuildwheel.linux]): inside the
# manylinux_2_28 image (AlmaLinux 8, x86_64 or aarch64), install what setup.py builds
# against. Runs once per image, as root.
#
# * pkg-config and OpenBLAS from the distribution (openblas-devel lives in the
#   powertools repository, with openblas.pc). Linked dynamically: auditwheel repair then
#   copies libopenblas (and libgfortran) into the wheel's tldr.libs/.
# * PCRE2 from its release tarball (checksum pinned), built as a static archive with -fPIC
#   and JIT, and installed into /usr/local with its libpcre2-8.pc: setup.py links the
#   archive and hides its symbols (docs/build.md). The distribution's pcre2-devel is not
#   used because it may ship only the shared library.
set -euxo pipefail

PCRE2_VERSION=10.47
PCRE2_SHA256=47fe8c99461250d42f89e6e8fdaeba9da057855d06eb7fc08d9ca03fd08d7bc7

if ! command -v dnf >/dev/null 2>&1; then
  echo "error: .ci/manylinux_deps.sh expects a manylinux_2_28 (dnf) image" >&2
  exit 1
fi
dnf install -y dnf-plugins-core
dnf config-manager --set-enabled powertools || dnf config-manager --set-enabled crb
dnf install -y openblas-devel pkgconf-pkg-config bzip2 curl
mkdir -p /usr/local/lib/pkgconfig
if ! pkg-config --exists openblas; then
  # an openblas-devel without openblas.pc: describe the library it installs
  inc=$(dirname "$(find /usr/include -name cblas.h -path '*openblas*' | head -1)")
  printf 'Name: openblas\nDescription: OpenBLAS (from openblas-devel)\nVersion: 0\nCflags: -I%s\nLibs: -lopenblas\n' \
    "$inc" > /usr/local/lib/pkgconfig/openblas.pc
fi
PKG_CONFIG_PATH=/usr/local/lib/pkgconfig pkg-config --cflags --libs openblas

work=$(mktemp -d)
cd "$work"
curl -fsSL -o pcre2.tar.bz2 \
  "https://github.com/PCRE2Project/pcre2/releases/download/pcre2-${PCRE2_VERSION}/pcre2-${PCRE2_VERSION}.tar.bz2"
echo "${PCRE2_SHA256}  pcre2.tar.bz2" | sha256sum -c -
tar xjf pcre2.tar.bz2
cd "pcre2-${PCRE2_VERSION}"
./configure --prefix=/usr/local --disable-shared --enable-static --with-pic --enable-jit \
  --disable-pcre2grep-libz --disable-pcre2grep-libbz2 --disable-pcre2test-libedit \
  --disable-pcre2test-libreadline
make -j"$(nproc)"
make install
cd /
rm -rf "$work"
PKG_CONFIG_PATH=/usr/local/lib/pkgconfig pkg-config --modversion libpcre2-8
test -f "$(PKG_CONFIG_PATH=/usr/local/lib/pkgconfig pkg-config --variable=libdir libpcre2-8)/libpcre2-8.a"
