"""Pieces several components share: images, resources, security contexts, Secret references and
the `env` key (a map or a list, as operators write both in Helm values)."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, WithJsonSchema, field_validator, model_validator

from .base import Section, defaults, problem
from .kube import EnvVarSource as KubeEnvVarSource
from .release import APP_VERSION
from .types import EnvName, ImageDigest, ImageRepository, ImageTag, Quantity

_SECRET_KEY_PATTERN = r"^[-._a-zA-Z0-9]+$"


# The Helm chart's server image and tag style, which certctl's release workflow never published:
# it publishes <registry>/certctl-server and v-prefixed tags (v2.1.7).
CERTCTL_REGISTRY = "ghcr.io/certctl-io/"
_CHART_ONLY_REPOSITORY = {"ghcr.io/certctl-io/certctl": "ghcr.io/certctl-io/certctl-server"}
_BARE_VERSION = re.compile(r"^\d+\.\d+\.\d+$")


class Image(Section):
    repository: ImageRepository
    tag: ImageTag = ""
    digest: ImageDigest = ""
    pull_policy: Literal["Always", "IfNotPresent", "Never"] = "IfNotPresent"

    @property
    def published_repository(self) -> str:
        return _CHART_ONLY_REPOSITORY.get(self.repository, self.repository)

    @property
    def published_tag(self) -> str:
        certctl = self.published_repository.startswith(CERTCTL_REGISTRY)
        return f"v{self.tag}" if certctl and _BARE_VERSION.match(self.tag) else self.tag

    def corrections(self) -> list[tuple[str, str]]:
        """(key, message) for each Helm-chart image setting replaced by what certctl publishes."""
        found = []
        if self.published_repository != self.repository:
            found.append(
                (
                    "repository",
                    f"{self.repository} is the Helm chart's image, which certctl does not "
                    f"publish; using {self.published_repository}",
                )
            )
        if self.published_tag != self.tag:
            found.append(
                (
                    "tag",
                    f"{self.tag} is not a published tag (certctl tags are v-prefixed); using "
                    f"{self.published_tag}, which exists only if certctl released that version "
                    f"(this tool is tested with {APP_VERSION})",
                )
            )
        return found

    def effective_tag(self, default_tag: str) -> str:
        return self.published_tag or default_tag

    def reference(self, default_tag: str) -> str:
        """`repo:tag`, or `repo:tag@digest` when pinned: the runtime pulls by digest, and the tag
        beside it says which release that is (and is checked like any tag)."""
        pinned = f"@{self.digest}" if self.digest else ""
        return f"{self.published_repository}:{self.effective_tag(default_tag)}{pinned}"


class ResourceList(Section):
    cpu: Quantity | None = None
    memory: Quantity | None = None
    ephemeral_storage: Quantity | None = Field(default=None, alias="ephemeral-storage")

    def as_map(self) -> dict[str, str]:
        return {k: v for k, v in self.model_dump(by_alias=True).items() if v is not None}


class Resources(Section):
    requests: ResourceList = defaults(ResourceList)
    limits: ResourceList = defaults(ResourceList)

    @model_validator(mode="after")
    def _complete(self) -> Resources:
        # Every container gets both requests and limits: a pod without them is unschedulable
        # under a LimitRange-free quota and fails the security review (checkov CKV_K8S_10-13).
        for part in ("requests", "limits"):
            for resource in ("cpu", "memory"):
                if getattr(getattr(self, part), resource) is None:
                    raise problem(f"{part}.{resource}", "is required (every container sets requests and limits)")
        return self


def resources(cpu_request: str, memory_request: str, cpu_limit: str, memory_limit: str, **field: Any) -> Any:
    """A Resources field with these defaults (`defaults`; `field`: `Field`'s other arguments)."""
    document = {
        "requests": {"cpu": cpu_request, "memory": memory_request},
        "limits": {"cpu": cpu_limit, "memory": memory_limit},
    }
    return defaults(Resources, document, **field)


class Capabilities(Section):
    drop: list[str] = ["ALL"]
    add: list[Literal["NET_BIND_SERVICE"]] = []

    @field_validator("drop")
    @classmethod
    def _drop_all(cls, value: list[str]) -> list[str]:
        if "ALL" not in value:
            raise ValueError("must contain ALL (the namespace enforces the restricted Pod Security Standard)")
        return value


class SecurityContext(Section):
    """Accepts the Helm chart's single map; pod and container fields are split at synth, because
    Kubernetes ignores container-only fields on the pod (reference defect 5)."""

    run_as_non_root: Literal[True] = True
    run_as_user: int = Field(default=1000, ge=1)
    run_as_group: int = Field(default=1000, ge=1)
    fs_group: int = Field(default=1000, ge=1)
    read_only_root_filesystem: bool = True
    allow_privilege_escalation: Literal[False] = False
    capabilities: Capabilities = defaults(Capabilities)


class SecretKeyRef(Section):
    name: str = Field(min_length=1)
    key: str = Field(min_length=1, pattern=_SECRET_KEY_PATTERN)


class FromSecret(Section):
    secret_key_ref: SecretKeyRef


# A credential is either a reference to a key of an existing Secret (the default way, nothing
# secret reaches dist/) or an inline string kept for Helm-values compatibility (warned about).
Credential = FromSecret | str


def env_list(value: Any) -> Any:
    """`env` may be a map (NAME: value) or a Kubernetes EnvVar list (reference defect 6)."""
    if isinstance(value, dict):
        return [{"name": name, "value": env_string(item)} for name, item in value.items()]
    return value


def env_string(item: Any) -> Any:
    """How a YAML scalar is written as an environment value: booleans as true/false."""
    if isinstance(item, bool):
        return "true" if item else "false"
    if isinstance(item, (int, float)):
        return str(item)
    return item


class EnvEntry(Section):
    name: EnvName
    value: str | None = None
    value_from: KubeEnvVarSource | None = None

    def as_kube(self) -> dict[str, Any]:
        return self.model_dump(by_alias=True, exclude_none=True)


EnvList = Annotated[
    list[EnvEntry],
    BeforeValidator(env_list),
    WithJsonSchema(
        {
            "title": "environment (map or list)",
            "anyOf": [
                {"type": "object", "additionalProperties": {"type": ["string", "number", "boolean"]}},
                {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["name"],
                        "properties": {
                            "name": {"type": "string"},
                            "value": {"type": "string"},
                            "valueFrom": {"type": "object"},
                        },
                    },
                },
            ],
        }
    ),
]
