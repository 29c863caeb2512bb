"""A synthesized environment as a cluster would hold it once `main.py secrets` has run: the objects
of dist/ plus the generated Secrets, and each container's resolved environment."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from certctl_k8s.credentials import Credentials
from certctl_k8s.naming import Naming
from certctl_k8s.secrets_cli import secret_manifest
from certctl_k8s.synth import Rendered
from certctl_k8s.values import Values

from .pods import resolve_env

POD_FIELDS = {"metadata.name": "certctl-agent-x7k2p", "spec.nodeName": "node-a", "metadata.namespace": "certctl"}


@dataclass
class Deployment:
    values: Values
    rendered: Rendered
    secrets: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def of(cls, values: Values, rendered: Rendered) -> Deployment:
        """The environment with every Secret `main.py secrets` would generate for it."""
        naming = Naming(values)
        generated = [secret_manifest(s, naming) for s in Credentials(naming).expected if s.generated]
        return cls(values, rendered, generated)

    def workload(self, component: str) -> dict[str, Any]:
        """The one workload (Deployment, DaemonSet, StatefulSet, Job, CronJob) of a component."""
        found = [
            m for m in self.rendered.manifests
            if m["kind"] in ("Deployment", "DaemonSet", "StatefulSet", "Job", "CronJob")
            and m["metadata"]["labels"].get("app.kubernetes.io/component") == component
        ]  # fmt: skip
        assert len(found) == 1, f"expected one {component} workload, found {len(found)}"
        return found[0]

    def pod_spec(self, component: str) -> dict[str, Any]:
        spec = self.workload(component)["spec"]
        template = spec["jobTemplate"]["spec"]["template"] if "jobTemplate" in spec else spec["template"]
        return template["spec"]

    def container(self, component: str, name: str) -> dict[str, Any]:
        spec = self.pod_spec(component)
        return next(c for c in spec.get("initContainers", []) + spec["containers"] if c["name"] == name)

    def env(self, component: str, container: str, **overrides: str) -> dict[str, str]:
        """The container's environment, with `overrides` (e.g. the mock's URL) on top."""
        resolved = resolve_env(self.container(component, container), self.rendered.manifests + self.secrets, POD_FIELDS)
        return {**resolved, **overrides}
