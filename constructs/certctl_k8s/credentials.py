"""Where every secret value comes from. By default each is a key of a Secret that the operator
creates or `main.py secrets` generates, so nothing secret is written into dist/; a value written
inline in the values file (Helm compatibility) goes into one `<fullname>-inline` Secret instead."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any, Literal

from .naming import Naming
from .values.common import FromSecret
from .values.settings import SecretFile, Setting

API_KEYS = "api-keys"
AGENT_API_KEY = "agent-api-key"
POSTGRES_PASSWORD = "password"
ENCRYPTION_KEY = "config-encryption-key"

Generated = Literal["api-keys", "postgres-password", "encryption-key", "server-tls", "issuer-ca"]


def secret_env(name: str, secret: str, key: str) -> dict[str, Any]:
    return {"name": name, "valueFrom": {"secretKeyRef": {"name": secret, "key": key}}}


def credential_env(name: str, credential: FromSecret | str, inline_secret: str, inline_key: str) -> dict[str, Any]:
    """An env entry for a credential: from the operator's Secret, or from the Secret that holds
    values written inline (key `inline_key`)."""
    if isinstance(credential, FromSecret):
        return secret_env(name, credential.secret_key_ref.name, credential.secret_key_ref.key)
    return secret_env(name, inline_secret, inline_key)


@dataclass(frozen=True)
class ExpectedSecret:
    """A Secret the workloads read but dist/ does not contain."""

    name: str
    keys: tuple[str, ...]
    purpose: str
    generated: Generated | None  # what `main.py secrets` writes for it, None when the operator must


@dataclass(frozen=True)
class Credentials:
    naming: Naming

    @property
    def _values(self) -> Any:
        return self.naming.values

    # Env entries the workloads use.
    def server_api_keys(self) -> dict[str, Any]:
        return secret_env("CERTCTL_AUTH_SECRET", self.api_key_secret, API_KEYS)

    def agent_api_key(self) -> dict[str, Any]:
        return secret_env("CERTCTL_API_KEY", self.api_key_secret, AGENT_API_KEY)

    def postgres_password_ref(self) -> tuple[str, str]:
        """(Secret, key) of the PostgreSQL password, which the database and the server share."""
        auth = self._values.postgresql.auth
        if auth.password:
            return self.naming.inline_secret, "postgres-password"
        return self.naming.postgres_secret, auth.password_key

    def postgres_password(self, name: str) -> dict[str, Any]:
        return secret_env(name, *self.postgres_password_ref())

    def encryption_key(self) -> dict[str, Any]:
        key = self._values.server.encryption.key
        if key == "":
            return secret_env("CERTCTL_CONFIG_ENCRYPTION_KEY", self.naming.encryption_secret, ENCRYPTION_KEY)
        return credential_env("CERTCTL_CONFIG_ENCRYPTION_KEY", key, self.naming.inline_secret, "encryption-key")

    def setting(self, name: str, credential: FromSecret | str) -> dict[str, Any]:
        """A credential among the certctl settings (SMTP password, webhook URLs, ...)."""
        return credential_env(name, credential, self.naming.inline_secret, _inline_key(name))

    @property
    def api_key_secret(self) -> str:
        """The Secret holding the API keys (the inline one when the key is written in values)."""
        return self.naming.inline_secret if self._values.server.auth.api_key else self.naming.api_key_secret

    # What dist/ holds, and what it expects to exist.
    def inline_data(self, settings: list[Setting]) -> dict[str, str]:
        """The `<fullname>-inline` Secret's data: every value written inline in the values file.
        `settings` are the (variable, value) pairs of the certctl settings sections."""
        v = self._values
        data: dict[str, str] = {}
        if v.server.auth.api_key:
            data[API_KEYS] = v.server.auth.api_key
            data[AGENT_API_KEY] = v.server.auth.api_keys[0]
        if v.postgresql.auth.password:
            data["postgres-password"] = v.postgresql.auth.password
        if isinstance(v.server.encryption.key, str) and v.server.encryption.key:
            data["encryption-key"] = v.server.encryption.key
        for setting in settings:
            if setting.kind == "secret" and isinstance(setting.value, str):
                data[_inline_key(setting.variable)] = setting.value
        return data

    @cached_property
    def expected(self) -> list[ExpectedSecret]:
        v, n = self._values, self.naming
        found: list[ExpectedSecret] = []
        if v.server.auth.type == "api-key" and not v.server.auth.api_key:
            found.append(
                ExpectedSecret(
                    n.api_key_secret,
                    (API_KEYS, AGENT_API_KEY),
                    "API keys: the server's comma-separated list and the agents' one key",
                    None if v.server.auth.existing_secret else "api-keys",
                )
            )
        if not v.postgresql.auth.password and not v.database_url_in_env:
            found.append(
                ExpectedSecret(
                    n.postgres_secret,
                    (v.postgresql.auth.password_key,),
                    "PostgreSQL password (bound once, at initdb)",
                    None if v.postgresql.auth.existing_secret else "postgres-password",
                )
            )
        if v.server.encryption.key == "":
            found.append(
                ExpectedSecret(
                    n.encryption_secret,
                    (ENCRYPTION_KEY,),
                    "config encryption key for issuer credentials in the database",
                    "encryption-key",
                )
            )
        tls = v.server.tls
        if tls.source != "cert-manager":
            keys = tuple(dict.fromkeys(("tls.crt", "tls.key", tls.trust_key)))
            found.append(
                ExpectedSecret(
                    n.tls_secret,
                    keys,
                    "server TLS certificate, key and CA",
                    "server-tls" if tls.source == "self-signed" else None,
                )
            )
        pg_tls = v.postgresql.tls
        if pg_tls.ca_secret_ref:
            found.append(
                ExpectedSecret(
                    pg_tls.ca_secret_ref,
                    (pg_tls.ca_key,),
                    "CA certificate of the database server (sslmode verify-*)",
                    None,
                )
            )
        local = v.server.issuer.local
        if local.enabled and not local.ephemeral and not local.ca_cert_path:
            found.append(
                ExpectedSecret(
                    n.issuer_ca_secret,
                    ("ca.crt", "ca.key"),
                    "local issuer CA key pair (persists issued chains)",
                    None if local.ca_secret else "issuer-ca",
                )
            )
        return found + _referenced(v.server.settings)


def _referenced(settings: list[Setting]) -> list[ExpectedSecret]:
    """The operator's Secrets that settings name by secretKeyRef, one entry per Secret."""
    keys: dict[str, dict[str, None]] = {}
    users: dict[str, list[str]] = {}
    for setting in settings:
        if isinstance(setting.value, (FromSecret, SecretFile)):
            ref = setting.value.secret_key_ref
            keys.setdefault(ref.name, {})[ref.key] = None
            users.setdefault(ref.name, []).append(setting.key)
    return [
        ExpectedSecret(name, tuple(keys[name]), f"certctl settings: {', '.join(users[name])}", None)
        for name in sorted(keys)
    ]


def _inline_key(variable: str) -> str:
    """`CERTCTL_SMTP_PASSWORD` -> `smtp-password`: the inline Secret key for a setting."""
    return variable.removeprefix("CERTCTL_").lower().replace("_", "-")
