"""externalSecrets: the Secrets `main.py secrets` would write, fetched by the External Secrets
Operator from a store (Vault, AWS Secrets Manager, ...) instead, one ExternalSecret each."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, WithJsonSchema, model_validator

from .base import Section, defaults, problem
from .types import Duration, OptionalObjectName

# Path segments of letters, digits, '.', '_' and '-', joined by single slashes; a leading slash is
# kept because a provider may need it (AWS Parameter Store's hierarchical names start with one).
_SEGMENT = r"[A-Za-z0-9._-]+"
_REMOTE_KEY_PREFIX = re.compile(rf"^/?{_SEGMENT}(/{_SEGMENT})*$")


def _remote_key_prefix(value: str) -> str:
    """Refused rather than tidied: in a store whose keys are opaque names (AWS Secrets Manager,
    Parameter Store), `a/` + `/name` is another key than `a/name`, so rewriting the prefix would
    make the ExternalSecrets read a key other than the one the values file spells."""
    if value == "":
        return value
    if value.endswith("/"):
        raise ValueError(
            f"{value!r} ends with '/': the remote keys are <prefix>/<secret name>, the slash is added; "
            f"write {value.rstrip('/')!r}"
        )
    segments = value.lstrip("/").split("/")
    if not _REMOTE_KEY_PREFIX.match(value) or {".", ".."} & set(segments):
        raise ValueError(
            f"{value!r} is not a key path (segments of letters, digits, '.', '_' and '-' joined by single "
            "'/', no '.' or '..' segment; e.g. certctl/prod)"
        )
    return value


RemoteKeyPrefix = Annotated[
    str,
    AfterValidator(_remote_key_prefix),
    WithJsonSchema({"type": "string", "pattern": f"^$|{_REMOTE_KEY_PREFIX.pattern}"}),
]


class SecretStoreRef(Section):
    name: OptionalObjectName = Field(
        default="", description="the SecretStore or ClusterSecretStore the ExternalSecrets read from"
    )
    kind: Literal["SecretStore", "ClusterSecretStore"] = Field(
        default="SecretStore", description="a SecretStore in the release's namespace, or a ClusterSecretStore"
    )


class ExternalSecrets(Section):
    """One ExternalSecret per Secret `main.py secrets` generates; see `main.py secrets --external`
    for the entries to put in the store."""

    enabled: bool = False
    secret_store_ref: SecretStoreRef = defaults(SecretStoreRef)
    refresh_interval: Duration = Field(
        default="1h",
        description="how often the operator reads the store again (a Go duration; 0s reads once)",
    )
    remote_key_prefix: RemoteKeyPrefix = Field(
        default="",
        description="each Secret's entry in the store is <remoteKeyPrefix>/<secret name>, one property per key",
    )

    @model_validator(mode="after")
    def _complete(self) -> ExternalSecrets:
        if not self.enabled:
            return self
        if not self.secret_store_ref.name:
            raise problem(
                "secretStoreRef.name",
                "is required when externalSecrets.enabled is true: the store the ExternalSecrets read from, "
                "a SecretStore in the release's namespace or, with secretStoreRef.kind ClusterSecretStore, a "
                "ClusterSecretStore",
            )
        if not self.remote_key_prefix:
            raise problem(
                "remoteKeyPrefix",
                "is required when externalSecrets.enabled is true (e.g. certctl/prod): the Secrets' names repeat "
                "across environments (certctl-admin-key, ...), so without a prefix of its own two environments "
                "sharing a store would read each other's keys",
            )
        return self
