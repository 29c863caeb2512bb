"""The package's modules import one way only: values -> naming -> credentials -> components ->
chart -> synth -> cli. A module may import its own layer and the layers before it, never one
after it, so a reader can understand each layer without the ones built on it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE = ROOT / "constructs" / "certctl_k8s"
LAYERS = ["values", "naming", "credentials", "components", "chart", "synth", "cli"]
# Modules outside the named layers: where each sits. `manifest` turns dicts into cdk8s objects
# for the components; the command-line modules (secrets, reference, summary, inputs, review) sit with the
# cli; `_node` points jsii at Node.js before anything else and `yaml_text` writes YAML; neither
# imports anything of ours.
PLACED = {
    "_node": "values",
    "yaml_text": "values",
    "inputs": "cli",
    "manifest": "components",
    "summary": "cli",
    "secrets_cli": "cli",
    "reference": "cli",
    "review": "cli",
    "__init__": "cli",
}


def _module(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE).with_suffix("").parts)


def _layer(module: str) -> str:
    head = module.split(".")[0]
    return PLACED.get(module, PLACED.get(head, head))


def _imports(path: Path, source: str | None = None) -> list[tuple[int, str]]:
    """(line, module inside the package) for every import of the package by `path`, lazy
    imports inside functions included."""
    package = _module(path).split(".")[:-1]
    found = []
    for node in ast.walk(ast.parse(source if source is not None else path.read_text())):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)] if node.level > 1 else package
                target = [*base, *(node.module.split(".") if node.module else [])]
                names = [target] if node.module else [[*target, alias.name] for alias in node.names]
            elif node.module and node.module.startswith("certctl_k8s"):
                names = [node.module.split(".")[1:]]
            else:
                continue
            found += [(node.lineno, ".".join(name)) for name in names if name]
        elif isinstance(node, ast.Import):
            found += [
                (node.lineno, alias.name.split(".", 1)[1])
                for alias in node.names
                if alias.name.startswith("certctl_k8s.")
            ]
    return found


MODULES = sorted(PACKAGE.rglob("*.py"))


def test_every_module_has_a_layer():
    assert {_layer(_module(path)) for path in MODULES} <= set(LAYERS)


@pytest.mark.parametrize("path", MODULES, ids=lambda path: _module(path))
def test_imports_go_to_the_same_or_an_earlier_layer(path):
    own = LAYERS.index(_layer(_module(path)))
    upward = [
        f"{path.relative_to(ROOT)}:{line} imports {target} ({_layer(target)})"
        for line, target in _imports(path)
        if LAYERS.index(_layer(target)) > own
    ]
    assert upward == []


def test_the_check_sees_an_upward_import():
    """The credentials module once imported components.pod; that import is what this guards."""
    source = "from .components.pod import env\nfrom .naming import Naming\nfrom . import values\n"
    found = [target for _, target in _imports(PACKAGE / "credentials.py", source)]
    assert found == ["components.pod", "naming", "values"]
    assert LAYERS.index(_layer("components.pod")) > LAYERS.index(_layer("credentials"))
    nested = [target for _, target in _imports(PACKAGE / "components" / "agent.py", "from ..chart import X\n")]
    assert nested == ["chart"]
