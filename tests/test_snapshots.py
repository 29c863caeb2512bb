"""Snapshots, per environment, of what a reviewer must see change: probes, security contexts,
and the exact messages for rejected auth configurations. Stored as YAML (see conftest)."""

from __future__ import annotations

import pytest

from certctl_k8s.values import ValuesError, load_values

from conftest import containers, pod_specs


def test_probes(env, snapshot_yaml):
    probes = {
        f"{workload}/{c['name']}": {kind: c[kind] for kind in ("livenessProbe", "readinessProbe", "startupProbe")
                                    if kind in c}
        for workload, spec in pod_specs(env).items() for c in containers(spec)
    }
    assert probes == snapshot_yaml


def test_security_contexts(env, snapshot_yaml):
    contexts = {
        workload: {"pod": spec["securityContext"],
                   "containers": {c["name"]: c["securityContext"] for c in containers(spec)}}
        for workload, spec in pod_specs(env).items()
    }
    assert contexts == snapshot_yaml


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
    import yaml

    messages = {}
    for name, data in AUTH_CASES.items():
        path = tmp_path / f"{name}.yaml"
        path.write_text(yaml.safe_dump(data))
        with pytest.raises(ValuesError) as caught:
            load_values(path)
        messages[name] = [line.replace(str(tmp_path), "<dir>") for line in caught.value.problems]
    assert messages == snapshot_yaml
