"""Shared fixtures: every environment rendered once per session, a values-file writer, and a
syrupy extension that stores snapshots as readable YAML so PR diffs show what changed."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "constructs"), str(ROOT)]

from certctl_k8s.synth import Environment, Rendered, render  # noqa: E402
from certctl_k8s.values import load_values  # noqa: E402

ENVIRONMENTS = sorted(path.stem for path in (ROOT / "environments").glob("*.yaml"))


class YamlSnapshot(SingleFileSnapshotExtension):
    file_extension = "yaml"
    _write_mode = WriteMode.TEXT

    def serialize(self, data: Any, **_: Any) -> str:
        return yaml.safe_dump(data, sort_keys=False, default_flow_style=False, width=100)


@pytest.fixture
def snapshot_yaml(snapshot):
    return snapshot.use_extension(YamlSnapshot)


_rendered: dict[str, Rendered] = {}


def rendered_env(name: str) -> Rendered:
    if name not in _rendered:
        values = load_values(ROOT / "environments" / f"{name}.yaml")
        _rendered[name] = render(Environment(name, values))
    return _rendered[name]


@pytest.fixture(params=ENVIRONMENTS)
def env(request) -> Rendered:
    """Each environment of environments/, rendered."""
    return rendered_env(request.param)


def render_values(tmp_path: Path, data: dict[str, Any], name: str = "case") -> Rendered:
    """Render a one-off environment from a values dict."""
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data))
    return render(Environment(name, load_values(path)))


def find(rendered: Rendered, kind: str, name: str | None = None) -> dict[str, Any]:
    matches = [m for m in rendered.manifests if m["kind"] == kind and (name is None or m["metadata"]["name"] == name)]
    assert len(matches) == 1, f"expected one {kind} {name or ''}, found {len(matches)}"
    return matches[0]


def pod_specs(rendered: Rendered) -> dict[str, dict[str, Any]]:
    """`Kind/name` -> pod spec for every workload."""
    return {f"{m['kind']}/{m['metadata']['name']}": m["spec"]["template"]["spec"]
            for m in rendered.manifests if "template" in m.get("spec", {})}


def containers(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return spec.get("initContainers", []) + spec["containers"]
