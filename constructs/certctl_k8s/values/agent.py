"""`agent.*`: the certctl agents (a DaemonSet, one per node, or a Deployment)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .base import Section
from .common import EnvList, Image, Resources, SecurityContext, resources
from .kube import Affinity, Toleration
from .types import Quantity

AGENT_IMAGE = "ghcr.io/certctl-io/certctl-agent"


class Registration(Section):
    """The init container that registers the agent and hands its ID to the agent container."""

    max_attempts: int = Field(default=60, ge=1, le=1000)
    retry_seconds: int = Field(default=5, ge=1, le=300)
    resources: Resources = resources("10m", "16Mi", "100m", "64Mi")


class Agent(Section):
    enabled: bool = True
    kind: Literal["DaemonSet", "Deployment"] = "DaemonSet"
    image: Image = Image(repository=AGENT_IMAGE)
    replicas: int = Field(default=1, ge=1)
    resources: Resources = resources("50m", "64Mi", "200m", "256Mi")
    security_context: SecurityContext = SecurityContext()
    name: str = Field(default="", pattern=r"^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$|^$")
    key_dir: str = "/var/lib/certctl/keys"
    key_dir_size_limit: Quantity = "1Gi"
    discovery_dirs: str = ""
    log_level: Literal["debug", "info", "warn", "error"] | None = None
    node_selector: dict[str, str] = {}
    tolerations: list[Toleration] = []
    affinity: Affinity = {}
    registration: Registration = Registration()
    env: EnvList = []
