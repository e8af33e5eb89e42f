"""The evaluation and reporting layers keep the layout's rules (issue 9): no module
imports another module's private name, and production code never imports a reference
twin (tldr/evaluate/_reference.py is for tests only)."""

import ast
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent / "tldr"
FILES = sorted([*(ROOT / "evaluate").glob("*.py"), *(ROOT / "report").glob("*.py"), ROOT / "cli.py",
                ROOT / "__main__.py", ROOT / "_checks.py", ROOT / "_progress.py"])
FILES = [f for f in FILES if f.name != "_reference.py"]


def imports(path):
    """(module, name) of every ``from module import name`` in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                yield "." * node.level + (node.module or ""), alias.name
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, None


@pytest.mark.parametrize("path", FILES, ids=[str(f.relative_to(ROOT)) for f in FILES])
def test_no_private_names_and_no_twins(path):
    for module, name in imports(path):
        assert "_reference" not in module and name != "_reference", f"{path.name} imports a reference twin"
        if name is None:
            continue
        # Private *modules* of the package (_core, _checks, _progress) are shared by
        # design; a private *name* inside another module is not.
        is_module = (ROOT / f"{name}.py").exists() or name == "_core"
        assert not name.startswith("_") or is_module, f"{path.name} imports {module}.{name}"
