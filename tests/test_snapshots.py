"""Snapshots, per environment, of what a reviewer must see change: probes, security contexts,
and the exact messages for rejected auth configurations. Stored as YAML (see conftest)."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from certctl_k8s.values import ValuesError, load_values
from conftest import ENVIRONMENTS, containers, pod_specs, rendered_env


def _grouped(per_environment: dict[str, Any]) -> dict[str, Any]:
    """One entry per distinct content, keyed by the environments that share it, so a snapshot
    shows what differs between environments once instead of repeating what they share."""
    groups: dict[str, list[str]] = {}
    for name, data in per_environment.items():
        groups.setdefault(yaml.safe_dump(data, sort_keys=True), []).append(name)
    return {", ".join(names): per_environment[names[0]] for names in groups.values()}


def _probes(rendered) -> dict[str, Any]:
    return {
        f"{workload}/{c['name']}": {
            kind: c[kind] for kind in ("livenessProbe", "readinessProbe", "startupProbe") if kind in c
        }
        for workload, spec in pod_specs(rendered).items()
        for c in containers(spec)
    }


def _security_contexts(rendered) -> dict[str, Any]:
    return {
        workload: {
            "pod": spec["securityContext"],
            "containers": {c["name"]: c["securityContext"] for c in containers(spec)},
        }
        for workload, spec in pod_specs(rendered).items()
    }


def test_probes(snapshot_yaml):
    assert _grouped({name: _probes(rendered_env(name)) for name in ENVIRONMENTS}) == snapshot_yaml


def test_security_contexts(snapshot_yaml):
    assert _grouped({name: _security_contexts(rendered_env(name)) for name in ENVIRONMENTS}) == snapshot_yaml


AUTH_CASES = {
    "jwt": {"server": {"auth": {"type": "jwt"}}},
    "oidc": {"server": {"auth": {"type": "oidc"}}},
    "empty-type": {"server": {"auth": {"type": ""}}},
    "empty-key-in-list": {"server": {"auth": {"apiKey": "new,,old"}}},
    "key-with-space": {"server": {"auth": {"apiKey": "new, old"}}},
    "inline-and-existing": {"server": {"auth": {"apiKey": "k", "existingSecret": "s"}}},
    "none-with-key": {"server": {"auth": {"type": "none", "apiKey": "k"}}},
}


def test_auth_validation_messages(tmp_path, snapshot_yaml):
    messages = {}
    for name, data in AUTH_CASES.items():
        path = tmp_path / f"{name}.yaml"
        path.write_text(yaml.safe_dump(data))
        with pytest.raises(ValuesError) as caught:
            load_values(path)
        messages[name] = [line.replace(str(tmp_path), "<dir>") for line in caught.value.problems]
    assert messages == snapshot_yaml
