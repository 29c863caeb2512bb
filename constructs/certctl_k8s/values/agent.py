"""`agent.*`: the certctl agents (a DaemonSet, one per node, or a Deployment)."""

from __future__ import annotations

import posixpath
from typing import Literal

from pydantic import Field, model_validator

from .base import Section, defaults, problem
from .common import EnvList, Image, Resources, SecurityContext, resources
from .kube import Affinity, Toleration, Volume, VolumeMount
from .types import Cidr, Port, Quantity

AGENT_IMAGE = "ghcr.io/certctl-io/certctl-agent"


class Registration(Section):
    """The init container that registers the agent and hands its ID to the agent container."""

    max_attempts: int = Field(default=60, ge=1, le=1000)
    retry_seconds: int = Field(default=5, ge=1, le=300)
    resources: Resources = resources("10m", "16Mi", "100m", "64Mi")


class DeployTarget(Section):
    """Where agents may connect to deploy certificates (certctl's network connectors: F5 iControl
    443, SSH 22, IIS over WinRM 5985/5986, AWS ACM and Azure Key Vault 443)."""

    cidrs: list[Cidr] = Field(min_length=1)
    ports: list[Port] = Field(min_length=1)


class Agent(Section):
    enabled: bool = True
    kind: Literal["DaemonSet", "Deployment"] = "DaemonSet"
    image: Image = defaults(Image, {"repository": AGENT_IMAGE})
    replicas: int = Field(default=1, ge=1)
    resources: Resources = resources("50m", "64Mi", "200m", "256Mi")
    security_context: SecurityContext = defaults(SecurityContext)
    name: str = Field(default="", pattern=r"^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$|^$")
    key_dir: str = "/var/lib/certctl/keys"
    key_dir_size_limit: Quantity = "1Gi"
    discovery_dirs: str = ""
    log_level: Literal["debug", "info", "warn", "error"] | None = None
    node_selector: dict[str, str] = {}
    tolerations: list[Toleration] = []
    affinity: Affinity = {}
    registration: Registration = defaults(Registration)
    ca_check_seconds: int = Field(
        default=30,
        ge=5,
        le=3600,
        description="how often the agent container looks for a changed server CA (the agent reads it only at start)",
    )
    deploy_targets: list[DeployTarget] = Field(
        default=[], description="egress the agents' NetworkPolicy opens for deploying certificates (closed by default)"
    )
    volumes: list[Volume] = []
    volume_mounts: list[VolumeMount] = []
    env: EnvList = []

    @property
    def key_parent(self) -> str:
        """The folder the agent's writable volume is mounted at: the agent makes keyDir itself
        inside it, owned by its own user, so it can keep it 0700 as certctl insists."""
        return posixpath.dirname(posixpath.normpath(self.key_dir))

    @property
    def discovery_paths(self) -> list[str]:
        return [path.strip() for path in self.discovery_dirs.split(",") if path.strip()]

    @model_validator(mode="after")
    def _rules(self) -> Agent:
        if self.enabled and self.kind == "Deployment" and self.replicas > 1:
            raise problem(
                "replicas",
                f"is {self.replicas}, but a Deployment agent keeps its registration only under one fixed name: "
                "pods of several replicas would be named after themselves, so every rollout would register new "
                "agents and strand the old ones with their targets; use 1, or agent.kind DaemonSet (one agent "
                "per node, named after it)",
            )
        if not posixpath.isabs(self.key_dir) or self.key_parent == "/":
            raise problem(
                "keyDir",
                f"{self.key_dir!r} must be an absolute path below a folder (not /), which holds "
                "the agent's writable volume",
            )
        names = {volume["name"] for volume in self.volumes}
        for index, mount in enumerate(self.volume_mounts):
            if mount["name"] not in names:
                raise problem(f"volumeMounts.{index}.name", f"{mount['name']!r} names no entry of agent.volumes")
        mounted = [mount["mountPath"].rstrip("/") for mount in self.volume_mounts]
        unmounted = [
            path
            for path in self.discovery_paths
            if not any(path == root or path.startswith(root + "/") for root in mounted)
        ]
        if unmounted:
            raise problem(
                "discoveryDirs",
                f"{', '.join(map(repr, unmounted))} refused: no volume is mounted there, so the agent would scan "
                "its own image's files (its CA store, for /etc/ssl/certs); mount what it should discover "
                "with agent.volumes and agent.volumeMounts",
            )
        return self
