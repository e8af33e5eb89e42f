"""Sphinx configuration of the documentation site: ./run.sh docs builds it into site/.

Why Sphinx (autodoc + napoleon + MyST): the docstrings of tldr are written in Sphinx's
own dialect (NumPy "Parameters"/"Examples" sections, :class:/:meth:/:func: roles, ``::``
literal blocks, doctest blocks), so Sphinx renders them as written and checks every
cross-reference; autodoc imports the real package, so the C extension's functions and
exceptions get their real signatures and docstrings; the guides stay Markdown (MyST) and
the notebooks are rendered by myst-nb without being executed.

Strict mode is the command line (`sphinx-build -W --keep-going -n`): every warning fails
the build, and nitpicky mode (-n) makes every reference that does not resolve a warning.
References into other packages (NumPy, PyTorch, ...) cannot be resolved offline (their
inventories live on their sites), so those, and only those, are ignored below.
"""

import importlib.util
import os
import pathlib
import re
import shutil
import sys
import warnings

DOCS = pathlib.Path(__file__).resolve().parent
ROOT = DOCS.parent
sys.path.insert(0, str(DOCS / "_ext"))

import tldr  # noqa: E402  (the installed package: ./run.sh docs installs it with [docs])

project = "tldr"
author = "The tldr contributors"
copyright = "2026, The tldr contributors"
version = release = tldr.__version__

extensions = [
    "myst_nb",  # Markdown pages (MyST) and notebooks
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "tldr_api",  # docs/_ext/tldr_api.py: the reference of every name in tldr.__all__
]
source_suffix = {".md": "myst-nb", ".ipynb": "myst-nb", ".rst": "restructuredtext"}
root_doc = "index"
exclude_patterns = ["_build", "_ext", "**/.ipynb_checkpoints"]

# ---- Markdown and notebooks -------------------------------------------------------------
myst_heading_anchors = 4  # the guides link to each other's sections as page.md#title
myst_enable_extensions = ["colon_fence", "deflist", "dollarmath"]
nb_execution_mode = "off"  # render the notebooks as stored (the test suite runs them)
# The stored notebooks have no cell ids (nbformat < 4.5); nbformat warns on every read.
warnings.filterwarnings("ignore", message="Cell is missing an id field")

# The notebooks live in notebooks/ (the tests run them there); Sphinx reads sources only
# under docs/, so they are mirrored into docs/notebooks/ (ignored by git, left out of the
# sdist) at every build: copied when changed, removed when gone.
_nb_src, _nb_dst = ROOT / "notebooks", DOCS / "notebooks"
_nb_dst.mkdir(exist_ok=True)
_wanted = {p.name: p for p in _nb_src.glob("*.ipynb")}
for _old in _nb_dst.glob("*.ipynb"):
    if _old.name not in _wanted:
        _old.unlink()
for _name, _p in _wanted.items():
    _dst = _nb_dst / _name
    if not _dst.exists() or _dst.read_bytes() != _p.read_bytes():
        shutil.copyfile(_p, _dst)

# ---- API reference ---------------------------------------------------------------------
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
# Members are listed by the tldr-public-api directive (docs/_ext/tldr_api.py).
autodoc_default_options = {"show-inheritance": True}
# Only our own docstrings: a method overriding torch.autograd.Function.forward would
# otherwise show (and cross-reference) PyTorch's text.
autodoc_inherit_docstrings = False
# tldr.torch is documented from the real PyTorch where it is installed (the .venv that
# ./run.sh test made), else with autodoc's stand-in modules: the [docs] extra does not
# pull PyTorch (from an index a plain torch requirement is a multi-GB CUDA build).
# TLDR_DOCS_MOCK_TORCH=1 takes the stand-ins even where PyTorch is installed.
autodoc_mock_imports = [] if importlib.util.find_spec("torch") and not os.environ.get("TLDR_DOCS_MOCK_TORCH") else ["torch"]
napoleon_numpy_docstring = True
napoleon_google_docstring = False
napoleon_use_rtype = False
# Types in "Parameters" sections are prose ("float32 array (D,) when K = 1"), not names to
# link: render them as text (as napoleon's directives' :type: fields they would become
# cross-references that cannot resolve).
napoleon_use_param = False
napoleon_custom_sections = [("Attributes", "params_style")]  # the same for attributes

nitpicky = True
nitpick_ignore_regex = [
    # other packages' objects: their inventories cannot be fetched here
    (r"py:.*", r"(np|numpy|torch|nn|matplotlib|plt|ml_dtypes|collections\.abc|typing|os|pathlib|transformers|peft|PIL|datasets|ray)\..*"),
    (r"py:.*", r"(ndarray|Tensor|ArrayLike|Figure|Axes|PathLike|Path|Iterable|Iterator|Sequence|Mapping|Callable)"),
]
# Known gaps in the docstrings (their components own them; each line goes when fixed):
# public functions name helper types and tables that are not public names, and the C
# docstring of build_info uses a pseudo-signature "build_info() -> dict: summary".
nitpick_ignore = [
    ("py:class", "FlaggedSentence"),  # tldr.flag_spans returns these
    ("py:class", "Span"),
    ("py:data", "DEFAULT_WORD_CLASSES"),  # tldr.LexiconCorrector's default table
    ("py:class", "dict: versions of the linked PCRE2 and OpenBLAS and build flags."),
]

# ---- HTML ------------------------------------------------------------------------------
html_theme = "furo"
html_title = f"tldr {release}"
html_short_title = "tldr"
html_static_path = []
html_show_sourcelink = False
html_copy_source = False


# ---- docstrings ------------------------------------------------------------------------
# The docstrings write |x| for an absolute value, which reStructuredText would read as a
# substitution (they use none): escape bars outside ``literal`` spans.
_BARS = re.compile(r"(?<![\\|])\|(?=[^|\s])([^|`]*?[^|\s])\|(?!\|)")


def _escape_bars(app, what, name, obj, options, lines):
    for i, line in enumerate(lines):
        parts = line.split("``")
        parts[::2] = [_BARS.sub(r"\\|\1\\|", p) for p in parts[::2]]
        lines[i] = "``".join(parts)


def setup(app):
    app.connect("autodoc-process-docstring", _escape_bars)
