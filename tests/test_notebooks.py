"""Every notebook runs top to bottom: its code cells are executed in order in a fresh
interpreter (no Jupyter needed), so the notebooks stay true to the code."""

import json
import os
import pathlib
import subprocess
import sys

import pytest

HERE = pathlib.Path(__file__).resolve().parent
# Notebooks with a dedicated test (tests/test_notebook_<name>.py, which also checks their
# output) are run there, not twice.
NOTEBOOKS = sorted(p for p in (HERE.parent / "notebooks").glob("*.ipynb")
                   if not (HERE / f"test_notebook_{p.stem}.py").exists())


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_runs(path, tmp_path):
    nb = json.loads(path.read_text())
    assert nb.get("nbformat") == 4
    cells = ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]
    # IPython magics and shell escapes are not plain Python
    assert not any(line.lstrip().startswith(("%", "!")) for c in cells for line in c.splitlines())
    script = tmp_path / (path.stem + ".py")
    script.write_text("\n\n".join(f"# cell {i}\n{c}" for i, c in enumerate(cells)))
    # the notebook must import the same tldr as the tests (the one in this tree)
    env = {**os.environ, "MPLBACKEND": "Agg",
           "PYTHONPATH": os.pathsep.join([str(HERE.parent), os.environ.get("PYTHONPATH", "")])}
    r = subprocess.run([sys.executable, str(script)], cwd=path.parent, capture_output=True, text=True,
                       timeout=600, env=env)
    assert r.returncode == 0, f"{path.name} failed:\n{r.stdout[-2000:]}\n{r.stderr[-4000:]}"
