"""notebooks/evaluation.ipynb is valid nbformat-4 JSON and runs top to bottom."""

import json
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
NB = ROOT / "notebooks" / "evaluation.ipynb"


def test_notebook_structure():
    nb = json.loads(NB.read_text(encoding="utf-8"))
    assert nb["nbformat"] == 4
    assert all(c["cell_type"] in ("markdown", "code") for c in nb["cells"])
    assert all(isinstance(c["source"], list) for c in nb["cells"])
    assert sum(c["cell_type"] == "code" for c in nb["cells"]) >= 8


def test_notebook_runs(tmp_path):
    nb = json.loads(NB.read_text(encoding="utf-8"))
    src = "\n\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    script = tmp_path / "nb.py"
    script.write_text(src, encoding="utf-8")
    env = dict(os.environ, MPLBACKEND="Agg")
    r = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120,
                       cwd=tmp_path, env=env)
    assert r.returncode == 0, r.stderr
    assert "r = 0.904" in r.stdout
    assert "corrected: Two ducks swim on a green pond." in r.stdout
    assert "A_T " in r.stdout and "mAP(neg|pos)" in r.stdout
