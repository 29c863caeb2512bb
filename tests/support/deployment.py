"""A synthesized environment as a cluster would hold it once `main.py secrets` has run (or, with
externalSecrets, once the External Secrets Operator has made them from the store): the objects of
dist/ plus the generated Secrets, and each container's resolved environment."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from certctl_k8s.credentials import Credentials
from certctl_k8s.naming import Naming
from certctl_k8s.secrets_cli import material, secret_manifest
from certctl_k8s.synth import Rendered
from certctl_k8s.values import Values

from .certctl_mock import _build_cert
from .external_secrets import made_secret
from .openshift import service_ca_objects
from .pods import object_data, resolve_env

POD_FIELDS = {"metadata.name": "certctl-agent-x7k2p", "spec.nodeName": "node-a", "metadata.namespace": "certctl"}


WORKLOAD_KINDS = ("Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob")


def workload(rendered: Rendered, component: str) -> dict[str, Any]:
    """The one workload (Deployment, DaemonSet, StatefulSet, Job, CronJob) of a component."""
    found = [
        m for m in rendered.manifests
        if m["kind"] in WORKLOAD_KINDS and m["metadata"]["labels"].get("app.kubernetes.io/component") == component
    ]  # fmt: skip
    assert len(found) == 1, f"expected one {component} workload, found {len(found)}"
    return found[0]


def pod_template(rendered: Rendered, component: str) -> dict[str, Any]:
    """That workload's pod template (a CronJob's through its job template)."""
    target = workload(rendered, component)
    [template] = [t for m, t in rendered.pod_templates() if m is target]
    return template


@dataclass
class Deployment:
    values: Values
    rendered: Rendered
    secrets: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def of(cls, values: Values, rendered: Rendered) -> Deployment:
        """The environment with every Secret `main.py secrets` would generate for it (with
        externalSecrets, as the operator makes them from the entries `--external` writes), and
        what OpenShift's service CA writes when it issues the server certificate."""
        naming = Naming(values)
        generated = Credentials(naming).generated
        external = [m for m in rendered.manifests if m["kind"] == "ExternalSecret"]
        if external:
            store = {naming.remote_key(s.name): material(s, naming) for s in generated}
            made = [made_secret(es, store) for es in external]
        else:
            made = [secret_manifest(s, naming) for s in generated]
        if values.server.tls.source == "openshift-service-ca":
            made += service_ca_objects(values)
        return cls(values, rendered, made)

    def with_operator_objects(self) -> Deployment:
        """This deployment plus stand-ins for what the operator creates: every Secret and ConfigMap
        a pod reads that neither dist/ nor `main.py secrets` holds (a database password, a trust
        bundle, DNS hook scripts), so each pod can be laid out and started."""
        present = {(m["kind"], m["metadata"]["name"]) for m in self.rendered.manifests + self.secrets}
        wanted: dict[tuple[str, str], set[str]] = {}
        for _, template in self.rendered.pod_templates():
            _references(template["spec"], wanted)
        extra = [
            {"apiVersion": "v1", "kind": kind, "metadata": {"name": name},
             **({"stringData": _stand_in(keys)} if kind == "Secret" else {"data": _stand_in(keys)})}
            for (kind, name), keys in sorted(wanted.items())
            if (kind, name) not in present
        ]  # fmt: skip
        return Deployment(self.values, self.rendered, [*self.secrets, *extra])

    def workload(self, component: str) -> dict[str, Any]:
        return workload(self.rendered, component)

    def secret_data(self, name: str) -> dict[str, str]:
        """The keys of the Secret `name`, as generated or stood in for."""
        data: dict[str, str] = next(s["stringData"] for s in self.secrets if s["metadata"]["name"] == name)
        return data

    def server_trust(self) -> str:
        """The CA certificate the server's clients trust: the one file of their `server-ca`
        volume, from the Secret or ConfigMap it projects."""
        volume = next(v for v in self.pod_spec("configure")["volumes"] if v["name"] == "server-ca")
        kind, source = ("Secret", volume["secret"]) if "secret" in volume else ("ConfigMap", volume["configMap"])
        name = source.get("secretName") or source["name"]
        found = [
            m for m in self.rendered.manifests + self.secrets if (m["kind"], m["metadata"]["name"]) == (kind, name)
        ]
        return object_data(found[-1])[source["items"][0]["key"]]

    def pod_spec(self, component: str) -> dict[str, Any]:
        return pod_template(self.rendered, component)["spec"]

    def container(self, component: str, name: str) -> dict[str, Any]:
        spec = self.pod_spec(component)
        return next(c for c in spec.get("initContainers", []) + spec["containers"] if c["name"] == name)

    def env(self, component: str, container: str, **overrides: str) -> dict[str, str]:
        """The container's environment, with `overrides` (e.g. the mock's URL) on top."""
        resolved = resolve_env(self.container(component, container), self.rendered.manifests + self.secrets, POD_FIELDS)
        return {**resolved, **overrides}


def _references(spec: dict[str, Any], wanted: dict[tuple[str, str], set[str]]) -> None:
    """(kind, name) -> keys for every Secret and ConfigMap a pod spec reads."""

    def add(kind: str, name: str, keys: list[str]) -> None:
        wanted.setdefault((kind, name), set()).update(keys or ["placeholder"])

    for volume in spec.get("volumes", []):
        sources = volume.get("projected", {}).get("sources", [volume])
        for source in sources:
            for kind, volume_key in (("Secret", "secret"), ("ConfigMap", "configMap")):
                if volume_key in source:
                    ref = source[volume_key]
                    add(kind, ref.get("secretName") or ref["name"], [item["key"] for item in ref.get("items", [])])
    for container in spec.get("initContainers", []) + spec["containers"]:
        for entry in container.get("env", []):
            for kind, ref_key in (("Secret", "secretKeyRef"), ("ConfigMap", "configMapKeyRef")):
                ref = entry.get("valueFrom", {}).get(ref_key)
                if ref:
                    add(kind, ref["name"], [ref["key"]])


@functools.cache
def _stand_in_pair() -> tuple[str, str]:
    """A self-signed certificate and its key in PEM: certctl loads a TLS pair and checks that the
    key is the certificate's (tls.LoadX509KeyPair), so a stand-in pair must be a real one."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "stand-in")])
    cert = _build_cert("stand-in", key.public_key(), name, key, ca=True)
    pem_key = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return cert.public_bytes(serialization.Encoding.PEM).decode(), pem_key.decode()


def _stand_in(keys: set[str]) -> dict[str, str]:
    """Plausible contents per key: a certificate or its key in PEM, a script, else a token."""
    pem_cert, pem_key = _stand_in_pair()
    data = {}
    for key in sorted(keys):
        if key.endswith((".crt", ".pem")) or key == "ca":
            data[key] = pem_cert
        elif key.endswith(".key"):
            data[key] = pem_key
        elif key.endswith(".sh"):
            data[key] = "#!/bin/sh\nexit 0\n"
        else:
            data[key] = f"stand-in-{key}"
    return data
