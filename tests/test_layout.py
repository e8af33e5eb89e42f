"""The layout's rules (issue 9), package-wide:

* no module imports another module's private name (a name starting with ``_`` from
  another tldr module), except from the package's shared private modules ``tldr._core``,
  ``tldr._checks``, ``tldr._progress``, ``tldr._version`` and ``tldr._loader``;
* production code never imports a reference twin (``_reference.py``: tests only);
* no C file over 800 lines and no C function over 120 lines, unless a comment at its top
  says why (a comment with the words "long because");
* ``import tldr`` stays light: NumPy only, never http.server, torch or matplotlib.
"""

import ast
import pathlib
import re
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
PKG = ROOT / "tldr"
SHARED_PRIVATE = {"tldr._core", "tldr._checks", "tldr._progress", "tldr._version", "tldr._loader"}
MODULES = sorted(p for p in PKG.rglob("*.py") if p.name != "_reference.py")
C_FILES = sorted((ROOT / "csrc").rglob("*.[ch]"))
MAX_C_FILE_LINES = 800  # a file longer than this holds more than one concern
MAX_C_FUNCTION_LINES = 120  # about two screens: longer is read in pieces, so cut it in pieces
REASON = re.compile(r"long\s+because", re.I)


def module_name(path):
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path):
    """(absolute module, imported name or None) of every import in the file."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")
                up = up[:len(up) - node.level + 1]
                base = ".".join(up + ([base] if base else []))
            for alias in node.names:
                yield base, alias.name
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, None


def is_module(dotted):
    p = ROOT.joinpath(*dotted.split("."))
    return p.with_suffix(".py").exists() or (p / "__init__.py").exists() or dotted == "tldr._core"


def private_imports(path):
    """The imports of path that take another tldr module's private name."""
    bad = []
    for module, name in imports(path):
        if not module.startswith("tldr"):
            continue
        # the module path itself: a private module is private unless it is a shared one
        parts = module.split(".")
        for k in range(1, len(parts)):
            prefix = ".".join(parts[:k + 1])
            if parts[k].startswith("_") and not parts[k].startswith("__") and prefix not in SHARED_PRIVATE:
                bad.append(module)
                break
        if name is None or name == "*" or not name.startswith("_") or name.startswith("__"):
            continue
        full = f"{module}.{name}"
        if module in SHARED_PRIVATE or full in SHARED_PRIVATE:
            continue
        bad.append(full)
    return bad


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(PKG)) for p in MODULES])
def test_no_private_names_and_no_twins(path):
    own = module_name(path)
    for module, name in imports(path):
        assert "_reference" not in module and name != "_reference", f"{own} imports a reference twin"
    assert private_imports(path) == [], f"{own} imports private names of other modules"


def test_the_import_check_can_fail(tmp_path, monkeypatch):
    fake = PKG / "evaluate" / "_layout_probe.py"  # never written: parsed from a string
    src = ("from .correct import _items\nfrom .. import _checks\nfrom .._core import _metrics_segment_counts\n"
           "from ..tokenize.tokenizer import _bundled as b\nfrom ..perturb import _reference\n"
           "import tldr.perturb._reference\nfrom .calibration import LOG_EPS\n")
    monkeypatch.setattr(pathlib.Path, "read_text", lambda self, encoding=None: src)
    assert private_imports(fake) == ["tldr.evaluate.correct._items", "tldr.tokenize.tokenizer._bundled",
                                      "tldr.perturb._reference", "tldr.perturb._reference"]


# ---- C sizes ------------------------------------------------------------------------------


def strip_c(src):
    """C source with comments, string and char literals and preprocessor lines blanked
    (newlines kept, so line numbers stay)."""
    blank = lambda m: re.sub(r"[^\n]", " ", m.group())  # noqa: E731
    src = re.sub(r'/\*.*?\*/|//[^\n]*|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', blank, src, flags=re.S)
    return re.sub(r"^[ \t]*#.*(?:\\\n.*)*", blank, src, flags=re.M)


def c_functions(src):
    """[(name, first line, last line)] of the function bodies of a C file: a brace at
    depth 0 after a parenthesised head that is not an initializer or a type."""
    s = strip_c(src)
    out, depth, last, head = [], 0, 0, None
    for i, ch in enumerate(s):
        if ch == "{":
            if depth == 0:
                text = s[last:i]
                is_fn = "(" in text and "=" not in text.split("(")[0] and not re.search(
                    r"\b(struct|enum|union)\b[^()]*$", text)
                names = re.findall(r"(\w+)\s*\(", text)
                first = s.count("\n", 0, last + len(text) - len(text.lstrip())) + 1
                head = (names[0], first) if is_fn and names else None
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                if head:
                    out.append((head[0], head[1], s.count("\n", 0, i) + 1))
                last, head = i + 1, None
        elif ch == ";" and depth == 0:
            last = i + 1
    return out


def says_why(comment_text):
    return bool(REASON.search(comment_text))


def leading_comment(src, line):
    """The comment lines right above line (1-based): a function's top."""
    block = []
    for ln in reversed(src.splitlines()[: line - 1]):
        t = ln.strip()
        if not (t.startswith(("/*", "*", "//")) or t.endswith("*/")):
            break
        block.append(t)
    return "\n".join(reversed(block))


@pytest.mark.parametrize("path", C_FILES, ids=[str(p.relative_to(ROOT / "csrc")) for p in C_FILES])
def test_c_sizes(path):
    src = path.read_text(encoding="utf-8")
    n = src.count("\n")
    top = re.match(r"\s*/\*.*?\*/", src, re.S)
    top = top.group() if top else ""
    assert n <= MAX_C_FILE_LINES or says_why(top), f"{path.name}: {n} lines and no reason at its top"
    for name, a, b in c_functions(src):
        if b - a + 1 > MAX_C_FUNCTION_LINES:
            assert says_why(leading_comment(src, a)), f"{path.name}: {name} has {b - a + 1} lines and no reason"


def test_the_c_counter_counts():
    body = "\n".join(f"    x += {i};" for i in range(130))
    src = (f"/* a file */\n#define M(x) {{ x }}\nstatic const int t[2] = {{1, 2}};\nstruct s {{ int a; }};\n"
           f"static int small(int x)\n{{\n    if (x) {{ return '{{'; }}\n    return 0;\n}}\n"
           f"/* big: long because the test says so */\nint big(int x)\n{{\n{body}\n    return x; /* }} */\n}}\n")
    fns = c_functions(src)
    assert [(n, b - a + 1) for n, a, b in fns] == [("small", 5), ("big", 134)]
    assert says_why(leading_comment(src, fns[1][1])) and not says_why(leading_comment(src, fns[0][1]))


# ---- import tldr stays light --------------------------------------------------------------


def test_import_tldr_is_light():
    r = subprocess.run([sys.executable, "-X", "importtime", "-c", "import tldr"], capture_output=True, text=True,
                       timeout=120, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    loaded = {line.split("|")[-1].strip() for line in r.stderr.splitlines() if line.startswith("import time:")}
    assert "tldr" in loaded and "numpy" in loaded  # the check reads what it should
    heavy = sorted(m for m in loaded if m.split(".")[0] in ("torch", "matplotlib", "transformers", "PIL", "scipy")
                   or m in ("http.server", "socketserver", "tldr.report.annotate"))
    assert heavy == []


def test_old_module_paths_still_work():
    code = ("import sys, tldr\n"
            "assert 'tldr.report.annotate' not in sys.modules\n"
            "import tldr.annotate\n"
            "assert tldr.annotate is tldr.report.annotate and tldr.annotate.__spec__.name == 'tldr.report.annotate'\n"
            "from tldr.annotate import AnnotationServer\n"
            "import tldr.heatmap, tldr.negatives, tldr.tokenizer, tldr.rates\n"
            "assert callable(tldr.heatmap) and tldr.negatives.make_negatives is tldr.make_negatives\n"
            "import importlib; importlib.reload(tldr.report.annotate)\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([sys.executable, "-c", "import tldr; print(tldr.annotate.load_records.__module__)"],
                       capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert r.returncode == 0 and r.stdout.strip() == "tldr.report.annotate", r.stderr
