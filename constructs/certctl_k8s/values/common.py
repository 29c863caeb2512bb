"""Pieces several components share: images, resources, security contexts, Secret references and
the `env` key (a map or a list, as operators write both in Helm values)."""

from __future__ import annotations

from typing import Annotated, Any, Literal, Union

from pydantic import BeforeValidator, Field, field_validator, model_validator

from .base import Section, problem
from .kube import EnvVarSource as KubeEnvVarSource
from .types import EnvName, ImageDigest, Quantity

_SECRET_KEY_PATTERN = r"^[-._a-zA-Z0-9]+$"


class Image(Section):
    repository: str = Field(min_length=1)
    tag: str = ""
    digest: ImageDigest = ""
    pull_policy: Literal["Always", "IfNotPresent", "Never"] = "IfNotPresent"

    def reference(self, default_tag: str) -> str:
        """`repo@digest` when pinned (the tag is then only informative), else `repo:tag`."""
        if self.digest:
            return f"{self.repository}@{self.digest}"
        return f"{self.repository}:{self.tag or default_tag}"


class ResourceList(Section):
    cpu: Quantity | None = None
    memory: Quantity | None = None
    ephemeral_storage: Quantity | None = Field(default=None, alias="ephemeral-storage")

    def as_map(self) -> dict[str, str]:
        return {k: v for k, v in self.model_dump(by_alias=True).items() if v is not None}


class Resources(Section):
    requests: ResourceList = ResourceList()
    limits: ResourceList = ResourceList()

    @model_validator(mode="after")
    def _complete(self) -> Resources:
        # Every container gets both requests and limits: a pod without them is unschedulable
        # under a LimitRange-free quota and fails the security review (checkov CKV_K8S_10-13).
        for part in ("requests", "limits"):
            for resource in ("cpu", "memory"):
                if getattr(getattr(self, part), resource) is None:
                    raise problem(f"{part}.{resource}", "is required (every container sets requests and limits)")
        return self


def resources(cpu_request: str, memory_request: str, cpu_limit: str, memory_limit: str) -> Resources:
    return Resources(
        requests=ResourceList(cpu=cpu_request, memory=memory_request),
        limits=ResourceList(cpu=cpu_limit, memory=memory_limit),
    )


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
    capabilities: Capabilities = Capabilities()


class SecretKeyRef(Section):
    name: str = Field(min_length=1)
    key: str = Field(min_length=1, pattern=_SECRET_KEY_PATTERN)


class FromSecret(Section):
    secret_key_ref: SecretKeyRef


# A credential is either a reference to a key of an existing Secret (the default way, nothing
# secret reaches dist/) or an inline string kept for Helm-values compatibility (warned about).
Credential = Union[FromSecret, str]


def _env_list(value: Any) -> Any:
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


EnvList = Annotated[list[EnvEntry], BeforeValidator(_env_list)]
