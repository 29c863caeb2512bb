"""The shell scripts that run in pods, shipped in one ConfigMap. Pods mount them and carry a
checksum of their text, so a changed script rolls the pods (and renames the configure Job)."""

from __future__ import annotations

from functools import cache
from importlib import resources

from . import pod

SCRIPTS = (
    "certctl-api.sh",
    "register-agent.sh",
    "start-agent.sh",
    "reload-on-change.sh",
    "configure-certctl.sh",
    "backup-postgres.sh",
    "schema-wait.sh",
    "start-postgres.sh",
)
MOUNT = "/scripts"


@cache
def script_text(name: str) -> str:
    return resources.files("certctl_k8s").joinpath("scripts", name).read_text()


def scripts_checksum(names: tuple[str, ...] = SCRIPTS) -> dict[str, str]:
    """The pod-template annotation that changes with the text of the scripts `names`."""
    return {"checksum/scripts": pod.checksum({name: script_text(name) for name in names})}
