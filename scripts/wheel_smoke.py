"""Smoke test of an installed tldr wheel: it works and uses only what it carries.

    python scripts/wheel_smoke.py [--allow LIB ...]

Run it with the interpreter of a fresh virtual environment where only the wheel (and
NumPy) was installed, from a folder outside the checkout (else `import tldr` would find
the source tree). .ci/wheel runs it in a mount namespace where the system's OpenBLAS and
the other libraries the wheel carries are hidden, so a wheel that still needed them could
not even import. It checks:

1. `import tldr` comes from site-packages; `tldr.build_info()` names PCRE2 and OpenBLAS;
2. a head step: `TokenHead.fit` for one epoch changes the weights and predicts
   probabilities in [0, 1];
3. an encode: the GPT-2 tokenizer bundled in the wheel gives the known ids;
4. `ldd` of the installed extension: every library resolves, either inside the wheel
   (tldr.libs/) or by a name in the manylinux allow-list (--allow, from auditwheel's
   policy); OpenBLAS resolves inside the wheel and no PCRE2 is linked at all;
5. the process's own memory map: the OpenBLAS it runs is the wheel's copy.

Prints one line per check; exit status 1 on the first failure.
"""

import argparse
import os
import pathlib
import re
import subprocess
import sys

import numpy as np


def fail(msg):
    print(f"FAIL: {msg}", file=sys.stderr)
    sys.exit(1)


def check(cond, msg):
    if not cond:
        fail(msg)


def ldd(path):
    """[(name, resolved path or None)] of `ldd path`."""
    out = subprocess.run(["ldd", path], capture_output=True, text=True, check=True).stdout
    libs = []
    for line in out.splitlines():
        line = line.strip()
        m = re.match(r"(\S+) => (not found|(\S+) \(0x[0-9a-f]+\))", line)
        if m:
            libs.append((m.group(1), m.group(3)))
        elif line.startswith("/"):  # the dynamic loader itself
            libs.append((os.path.basename(line.split()[0]), line.split()[0]))
        # linux-vdso.so.1 (0x...) lives in the kernel: nothing to resolve
    return libs


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--allow", nargs="*", default=None,
                    help="library names the manylinux policy allows from the system")
    args = ap.parse_args(argv)

    import tldr

    pkg = pathlib.Path(tldr.__file__).resolve().parent
    check("site-packages" in pkg.parts, f"tldr imported from {pkg}, not from an installed wheel")
    info = tldr.build_info()
    check(info["pcre2_version"].startswith("10.") and "OpenBLAS" in info["openblas_config"],
          f"build_info() lacks PCRE2 or OpenBLAS: {info}")
    print(f"ok  import tldr {tldr.__version__} from {pkg}; PCRE2 {info['pcre2_version']}; "
          f"{info['openblas_config'].split()[0]} {info['openblas_config'].split()[1]}")

    # 2. a head step: BCE training on a separable toy problem lowers the loss
    rng = np.random.default_rng(0)
    H = rng.standard_normal((512, 32)).astype(np.float32)
    labels = (H[:, 0] > 0).astype(np.float32)
    head = tldr.TokenHead(dim=32, seed=0)
    w0 = head.weight.copy()
    hist = head.fit(H, labels, epochs=10, lr=0.1, batch_size=64, progress=False)
    p = head.predict_proba(H)
    check(not np.array_equal(w0, head.weight), "TokenHead.fit did not change the weights")
    check(p.shape == (512,) and np.all((p >= 0) & (p <= 1)), f"bad probabilities {p[:4]}")
    check(hist["loss"][-1] < hist["loss"][0], f"loss did not fall: {hist['loss'][0]} -> {hist['loss'][-1]}")
    acc = float(((p >= 0.5) == (labels == 1)).mean())
    check(acc > 0.9, f"accuracy {acc:.2f} on a separable problem")
    print(f"ok  head step: loss {hist['loss'][0]:.3f} -> {hist['loss'][-1]:.3f}, accuracy {acc:.2f}")

    # 3. an encode with the tokenizer files the wheel carries
    enc = tldr.Tokenizer.gpt2().encode("Hello world, two dogs on a red bench.")
    ids = enc.ids.tolist()
    check(ids[:3] == [15496, 995, 11], f"GPT-2 ids {ids}")
    check(enc.offsets.tolist()[:2] == [[0, 5], [5, 11]], f"offsets {enc.offsets.tolist()[:2]}")
    print(f"ok  encode: {len(ids)} GPT-2 tokens {ids[:4]}... with str offsets")

    # 4. what the extension links, as the dynamic loader resolves it here
    ext = pathlib.Path(tldr._core.__file__).resolve()
    libs_dir = (pkg.parent / "tldr.libs").resolve()
    check(libs_dir.is_dir(), f"no {libs_dir}: the wheel was not repaired with auditwheel")
    problems, inside = [], []
    for name, path in ldd(str(ext)):
        if path is None:
            problems.append(f"{name} not found")
        elif pathlib.Path(path).resolve().parent == libs_dir:
            inside.append(name)
        elif args.allow is not None and name not in args.allow and not name.startswith("ld-linux"):
            problems.append(f"{name} => {path} is outside the wheel and not in the manylinux allow-list")
        if "pcre2" in name:
            problems.append(f"{name}: PCRE2 must be linked statically (docs/build.md)")
    check(not problems, "; ".join(problems))
    check(any("openblas" in n for n in inside), f"OpenBLAS does not resolve inside the wheel ({inside})")
    print(f"ok  ldd {ext.name}: from the wheel {inside}; the rest is in the manylinux allow-list"
          if args.allow is not None else f"ok  ldd {ext.name}: from the wheel {inside}")

    # 5. the BLAS actually mapped into this process
    maps = {line.split()[-1] for line in open("/proc/self/maps") if "/" in line}
    blas = sorted(m for m in maps if re.search(r"libopenblas|libgfortran|libquadmath|libpcre2", m))
    outside = [m for m in blas if pathlib.Path(m).parent != libs_dir and "numpy" not in m]
    check(not outside, f"system libraries mapped into the process: {outside}")
    print(f"ok  mapped: {[pathlib.Path(m).name for m in blas if pathlib.Path(m).parent == libs_dir]} from tldr.libs/")
    print("wheel smoke test: 5 checks passed")


if __name__ == "__main__":
    main()
