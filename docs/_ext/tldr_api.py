"""The `tldr-public-api` directive: the reference of every public name of a module.

    .. tldr-public-api::               every name in tldr.__all__, grouped by purpose
    .. tldr-public-api:: tldr.metrics  the module's docstring, then every name in its __all__

The names are read from the package at build time, so a name added to ``__all__`` is
documented without editing the docs, and every object is documented under its public
path (``tldr.NAME``: autodoc imports it from there), so the pages do not change when a
module moves inside the package. Top-level names are grouped by the subpackage that
defines them (``obj.__module__``). Public modules in ``tldr.__all__`` get their own pages
(api/NAME.rst) and are linked from the index, or documented in place when no page exists.
A module without ``__all__`` gets autodoc's own member list (functions and classes).
"""

import importlib
import inspect

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.ext.autodoc.mock import mock
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import nested_parse_with_titles

# Subpackage (second part of obj.__module__) -> section title; the order is the pipeline's.
GROUPS = [
    ("Tokenizers", ("tokenize", "tokenizer")),
    ("Hard negatives and labels", ("perturb", "negatives")),
    ("The token head", ("head",)),
    ("Evaluation", ("evaluate", "metrics", "rates", "correct")),
    ("Reports and plots", ("report", "heatmap", "plots", "annotate")),
    ("Vision-language models", ("vlm",)),
    ("Generated worlds", ("world",)),
    ("Errors and build information", ("_core", "_version", "_checks", "_loader")),
]


def _group_of(obj):
    mod = getattr(obj, "__module__", None) or "tldr"
    parts = mod.split(".")
    sub = parts[1] if len(parts) > 1 and parts[0] == "tldr" else "_core"
    for title, subs in GROUPS:
        if sub in subs:
            return title
    return sub.strip("_").replace("_", " ").capitalize() or "Package"


class _Annotation(str):
    """A string annotation (``from __future__ import annotations``) shown without quotes."""

    def __repr__(self):
        return str(self)


def _directive(target, obj):
    """The autodoc directive (RST lines) for the public object at path `target`."""
    if inspect.isclass(obj) and issubclass(obj, BaseException):
        return [f".. autoexception:: {target}", ""]
    if inspect.isclass(obj):
        sig = ""
        if any(getattr(base, "__sphinx_mock__", False) for base in obj.__mro__[1:]):
            # A class deriving from a mocked one (nn.Module without PyTorch) inherits the
            # mock's __new__(*args, **kwargs), which autodoc would show: give __init__'s.
            init = inspect.signature(obj.__init__)
            params = [p.replace(annotation=_Annotation(p.annotation)) if isinstance(p.annotation, str) else p
                      for p in list(init.parameters.values())[1:]]
            sig = str(init.replace(parameters=params, return_annotation=inspect.Signature.empty))
        return [f".. autoclass:: {target}{sig}", "   :members:", "   :undoc-members:", ""]
    if inspect.ismodule(obj):
        # a public submodule (tldr.world.captioner): its docstring and its __all__
        return [f".. automodule:: {target}", "   :members:", ""]
    if callable(obj):
        return [f".. autofunction:: {target}", ""]
    if getattr(obj, "__doc__", None) == getattr(type(obj), "__doc__", None):
        # a constant (a dict, a tuple) has no docstring of its own: autodata would show its
        # type's ("dict() -> new empty dictionary ..."); name it and its type instead
        module, _, name = target.rpartition(".")
        return [f".. py:data:: {name}", f"   :module: {module}", f"   :type: {type(obj).__name__}", ""]
    return [f".. autodata:: {target}", ""]


def _heading(title):
    return [title, "-" * len(title), ""]


class PublicApi(SphinxDirective):
    optional_arguments = 1
    has_content = False

    def _import(self, name):
        # tldr.torch imports PyTorch, which the docs do not install: autodoc's mocks stand in
        with mock(self.config.autodoc_mock_imports):
            return importlib.import_module(name)

    def _package(self):
        import tldr

        groups, modules = {}, []
        for name in tldr.__all__:
            obj = getattr(tldr, name)
            if inspect.ismodule(obj):
                modules.append(name)
            else:
                groups.setdefault(_group_of(obj), []).append(name)
        order = [t for t, _ in GROUPS]
        rst = []
        for title in sorted(groups, key=lambda t: (order.index(t) if t in order else len(order), t)):
            rst += _heading(title)
            for name in groups[title]:
                rst += _directive(f"tldr.{name}", getattr(tldr, name))
        if modules:
            rst += _heading("Public modules")
            for name in modules:
                if f"api/{name}" in self.env.found_docs:
                    rst += [f"* :doc:`tldr.{name} </api/{name}>`"]
            rst += [""]
            for name in modules:
                if f"api/{name}" not in self.env.found_docs:
                    rst += _heading(f"tldr.{name}") + self._module(f"tldr.{name}")
        return rst

    def _module(self, modname):
        mod = self._import(modname)
        names = getattr(mod, "__all__", None)
        if names is None:
            return [f".. automodule:: {modname}", "   :members:", ""]
        rst = [f".. automodule:: {modname}", ""]
        for name in names:
            rst += _directive(f"{modname}.{name}", getattr(mod, name))
        return rst

    def run(self):
        target = self.arguments[0] if self.arguments else "tldr"
        self.env.note_dependency(__file__)
        rst = self._package() if target == "tldr" else self._module(target)
        node = nodes.section()
        node.document = self.state.document
        nested_parse_with_titles(self.state, StringList(rst, source=f"{target}.__all__"), node)
        return node.children


def setup(app):
    app.add_directive("tldr-public-api", PublicApi)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1"}
