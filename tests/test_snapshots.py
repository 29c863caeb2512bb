"""Snapshots, per environment, of what a reviewer must see change: probes, security contexts,
the ways in (Ingress, Gateway API, OpenShift Route), and the exact messages for rejected auth
configurations. Stored as YAML (see conftest)."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from certctl_k8s.values import ValuesError, load_values
from conftest import ENVIRONMENTS, containers, pod_specs, rendered_env


def _grouped(per_environment: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Entry by entry (a workload, a container), one value per distinct content, keyed by the
    environments that share it, so a snapshot shows what differs between environments once
    instead of repeating what they share, and an entry only some environments have (a
    component turned on in one) adds only itself."""
    entries = dict.fromkeys(entry for data in per_environment.values() for entry in data)
    grouped: dict[str, Any] = {}
    for entry in entries:
        groups: dict[str, list[str]] = {}
        for name, data in per_environment.items():
            if entry in data:
                groups.setdefault(yaml.safe_dump(data[entry], sort_keys=True), []).append(name)
        grouped[entry] = {", ".join(names): per_environment[names[0]][entry] for names in groups.values()}
    return grouped


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


KEY_VARIABLES = ("CERTCTL_API_KEYS_NAMED", "CERTCTL_AGENT_BOOTSTRAP_TOKEN", "CERTCTL_AUTH_SECRET", "CERTCTL_API_KEY")


def _key_wiring(rendered) -> dict[str, Any]:
    """Where every container's API keys come from, and what the configure Job is told to do."""
    wiring: dict[str, Any] = {}
    for workload, spec in pod_specs(rendered).items():
        for container in containers(spec):
            entries = [
                e
                for e in container.get("env", [])
                if e["name"].startswith("API_KEY_") or e["name"] in KEY_VARIABLES or e["name"].startswith("CONFIGURE_")
            ]
            if entries:
                wiring[f"{workload}/{container['name']}"] = entries
    job = next(
        m
        for m in rendered.manifests
        if m["kind"] == "Job" and m["metadata"]["labels"]["app.kubernetes.io/component"] == "configure"
    )
    wiring["configure Job annotations"] = {
        k: v for k, v in job["metadata"]["annotations"].items() if not k.startswith("checkov.io/")
    }
    return wiring


def test_api_key_wiring_and_the_configure_job(snapshot_yaml):
    assert _grouped({name: _key_wiring(rendered_env(name)) for name in ENVIRONMENTS}) == snapshot_yaml


DATABASE_KINDS = ("StatefulSet", "Cluster", "ObjectStore", "ScheduledBackup", "PodMonitor")


def _database(rendered) -> dict[str, Any]:
    """How the server reaches its database, and the database's own objects (their specs)."""
    found: dict[str, Any] = {}
    for m in rendered.manifests:
        if m["kind"] == "ConfigMap" and m["metadata"]["name"].endswith("-server"):
            found["server settings"] = {k: v for k, v in m["data"].items() if k.startswith(("CERTCTL_DATABASE", "PG"))}
        elif m["kind"] == "Deployment" and m["metadata"]["name"].endswith("-server"):
            spec = m["spec"]["template"]["spec"]
            [server] = [c for c in spec["containers"] if c["name"] == "server"]
            found["server env"] = [e for e in server["env"] if e["name"].startswith("PG")]
            found["server volumes"] = [v for v in spec["volumes"] if v["name"] == "postgres-ca"]
        elif m["kind"] in DATABASE_KINDS[1:]:
            found[f"{m['kind']}/{m['metadata']['name']}"] = m["spec"]
        elif m["kind"] == "StatefulSet":
            found[f"StatefulSet/{m['metadata']['name']}"] = "(present)"
    return found


def test_database_wiring(snapshot_yaml):
    assert _grouped({name: _database(rendered_env(name)) for name in ENVIRONMENTS}) == snapshot_yaml


EXPOSURE_KINDS = ("Ingress", "HTTPRoute", "BackendTLSPolicy", "TLSRoute", "Route")


def _exposure(rendered) -> dict[str, Any]:
    """How requests from outside reach the server: the Ingress, Gateway API routes or OpenShift
    Route (their specs), whom the server's ingress policy admits, and the server Service's
    annotations (OpenShift's serving certificate)."""
    found: dict[str, Any] = {}
    for m in rendered.manifests:
        name = m["metadata"]["name"]
        if m["kind"] in EXPOSURE_KINDS:
            found[f"{m['kind']}/{name}"] = m["spec"]
        elif m["kind"] == "NetworkPolicy" and name.endswith("-server-ingress"):
            found[f"NetworkPolicy/{name}"] = m["spec"]["ingress"]
        elif m["kind"] == "Service" and name.endswith("-server"):
            found[f"Service/{name} annotations"] = m["metadata"].get("annotations", {})
    return found


def test_exposure(snapshot_yaml):
    assert _grouped({name: _exposure(rendered_env(name)) for name in ENVIRONMENTS}) == snapshot_yaml


AUTH_CASES = {
    "jwt": {"server": {"auth": {"type": "jwt"}}},
    "oidc": {"server": {"auth": {"type": "oidc"}}},
    "empty-type": {"server": {"auth": {"type": ""}}},
    "empty-key-in-list": {"server": {"auth": {"apiKey": "new,,old"}}},
    "key-with-space": {"server": {"auth": {"apiKey": "new, old"}}},
    "inline-and-existing": {"server": {"auth": {"apiKey": "k", "existingSecret": "s"}}},
    "none": {"server": {"auth": {"type": "none"}}},
    "key-with-colon": {"server": {"auth": {"apiKey": "a:b"}}},
    "reserved-extra-key-name": {
        "server": {"auth": {"keys": {"extra": [{"name": "agent", "secretKeyRef": {"name": "s", "key": "k"}}]}}}
    },
    "extra-key-twice": {
        "server": {
            "auth": {
                "keys": {
                    "extra": [
                        {"name": "ci", "secretKeyRef": {"name": "s", "key": "k"}},
                        {"name": "ci", "secretKeyRef": {"name": "s", "key": "j"}},
                    ]
                }
            }
        }
    },
    "agent-key-twice": {
        "server": {"auth": {"existingSecret": "old", "keys": {"agent": {"secretKeyRef": {"name": "s", "key": "k"}}}}}
    },
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
