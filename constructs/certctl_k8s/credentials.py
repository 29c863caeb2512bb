"""Where every secret value comes from. By default each is a key of a Secret that the operator
creates or `main.py secrets` generates, so nothing secret is written into dist/; a value written
inline in the values file (Helm compatibility) goes into one `<fullname>-inline` Secret instead."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any, Literal

from .naming import Naming
from .values.auth import KEY_NAMES, LEGACY_KEY_PREFIX, Auth
from .values.common import FromSecret
from .values.settings import SecretFile, Setting

API_KEY = "api-key"  # the key of each generated key Secret
AUTH_SECRET = "auth-secret"
V20_AGENT_KEY = "agent-api-key"  # the agents' key in a v2.0-era server.auth.existingSecret
POSTGRES_PASSWORD = "password"
CLUSTER_CA_KEY = "ca.crt"  # the CA certificate in a CloudNativePG Cluster's `<cluster>-ca` Secret
CNPG_OPERATOR = "the CloudNativePG operator"
SERVICE_CA_OPERATOR = "OpenShift's service CA operator (the server Service's serving-cert annotation)"
ENCRYPTION_KEY = "config-encryption-key"

Generated = Literal["api-key", "auth-secret", "postgres-password", "encryption-key", "server-tls", "issuer-ca"]
SECRET_TYPES: dict[Generated, str] = {"server-tls": "kubernetes.io/tls"}  # every other generated one is Opaque
# What each provisioned key may do beyond the role certctl grants every env key at start (r-viewer,
# or r-admin for admin): the configure Job creates these roles and grants them, by role name. The
# built-in `agent` role (r-agent) lacks verification.run (migration 000039), which the agent uses
# to report a deployment's verification.
CUSTOM_ROLES = {"agent-verification": ("verification.run",), "agent-registration": ("agent.edit",)}
KEY_GRANTS = {"agent": ("agent", "agent-verification"), "registrar": ("agent-registration",)}
KEY_PURPOSE = {
    "admin": "the operators' admin API key (server and configure Job only)",
    "agent": "the agents' runtime API key",
    "registrar": "the registrar API key, also the agent bootstrap token (registration only)",
    "metrics": "the API key Prometheus presents",
}


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
    generated: Generated | None  # what `main.py secrets` writes for it, None when someone else must
    made_by: str = ""  # who makes it when it is neither generated nor the operator's to create

    @property
    def type(self) -> str:
        """The type of the Secret that `main.py secrets` or an ExternalSecret makes."""
        return SECRET_TYPES.get(self.generated, "Opaque") if self.generated else "Opaque"


@dataclass(frozen=True)
class Credentials:
    naming: Naming

    @property
    def _values(self) -> Any:
        return self.naming.values

    # Env entries the workloads use.
    def key_ref(self, name: str) -> tuple[str, str]:
        """(Secret, key) holding named API key `name` (admin, agent, registrar or metrics)."""
        auth = self._values.server.auth
        given = getattr(auth.keys, name)
        if given is not None:
            return given.secret_key_ref.name, given.secret_key_ref.key
        if name == "agent" and auth.existing_secret:
            return auth.existing_secret, V20_AGENT_KEY
        return self.naming.key_secret(name), API_KEY

    def key_env(self, name: str, variable: str = "CERTCTL_API_KEY") -> dict[str, Any]:
        """The env entry through which a client presents named key `name`."""
        return secret_env(variable, *self.key_ref(name))

    def server_keys(self) -> list[dict[str, Any]]:
        """The server's keys: each read from its Secret into its own variable, then composed into
        `CERTCTL_API_KEYS_NAMED` by Kubernetes' `$(VAR)` expansion (each key stays in its Secret;
        nothing secret is written into dist/). The registrar key is also the bootstrap token."""
        auth = self._values.server.auth
        entries: list[dict[str, Any]] = []
        named: list[str] = []

        def add(name: str, variable: str, ref: tuple[str, str], admin: bool) -> None:
            entries.append(secret_env(variable, *ref))
            named.append(f"{name}:$({variable})" + (":admin" if admin else ""))

        for name in KEY_NAMES:
            add(name, _key_variable(name), self.key_ref(name), name == "admin")
        for name in ("admin", "agent", "metrics"):
            previous = getattr(auth.keys.previous, name)
            if previous is not None:
                ref = previous.secret_key_ref
                add(name, _key_variable(name) + "_PREVIOUS", (ref.name, ref.key), name == "admin")
        for index, extra in enumerate(auth.keys.extra):
            ref = extra.secret_key_ref
            add(extra.name, f"API_KEY_EXTRA_{index}", (ref.name, ref.key), extra.admin)
        for index, _ in enumerate(auth.legacy_keys):
            add(
                f"{LEGACY_KEY_PREFIX}{index}",
                f"API_KEY_LEGACY_{index}",
                (self.naming.inline_secret, _legacy_inline_key(index)),
                False,
            )
        return [
            *entries,
            {"name": "CERTCTL_API_KEYS_NAMED", "value": ",".join(named)},
            {"name": "CERTCTL_AGENT_BOOTSTRAP_TOKEN", "value": f"$({_key_variable('registrar')})"},
            self.auth_secret_env(),
        ]

    def auth_secret_env(self) -> dict[str, Any]:
        """CERTCTL_AUTH_SECRET, which certctl requires with api-key auth even beside named keys."""
        return secret_env("CERTCTL_AUTH_SECRET", *self.auth_secret_ref())

    def auth_secret_ref(self) -> tuple[str, str]:
        given = self._values.server.auth.auth_secret
        if given is not None:
            return given.secret_key_ref.name, given.secret_key_ref.key
        return self.naming.auth_secret, AUTH_SECRET

    def postgres_password_ref(self) -> tuple[str, str]:
        """(Secret, key) of the PostgreSQL password, which the database and the server share."""
        auth = self._values.postgresql.auth
        if auth.password:
            return self.naming.inline_secret, "postgres-password"
        return self.naming.postgres_secret, auth.password_key

    def database_password_ref(self) -> tuple[str, str]:
        """(Secret, key) of the password the database's clients present: the application user's
        in the Cluster's `<cluster>-app` Secret, else the one postgresql.auth names."""
        if self._values.postgresql.cluster:
            return self.naming.database_app_secret, POSTGRES_PASSWORD
        return self.postgres_password_ref()

    def encryption_key(self) -> dict[str, Any]:
        key = self._values.server.encryption.key
        if key == "":
            return secret_env("CERTCTL_CONFIG_ENCRYPTION_KEY", self.naming.encryption_secret, ENCRYPTION_KEY)
        return credential_env("CERTCTL_CONFIG_ENCRYPTION_KEY", key, self.naming.inline_secret, "encryption-key")

    def setting(self, name: str, credential: FromSecret | str) -> dict[str, Any]:
        """A credential among the certctl settings (SMTP password, webhook URLs, ...)."""
        return credential_env(name, credential, self.naming.inline_secret, _inline_key(name))

    # What dist/ holds, and what it expects to exist.
    def inline_data(self, settings: list[Setting]) -> dict[str, str]:
        """The `<fullname>-inline` Secret's data: every value written inline in the values file.
        `settings` are the (variable, value) pairs of the certctl settings sections."""
        v = self._values
        data: dict[str, str] = {}
        for index, key in enumerate(v.server.auth.legacy_keys):
            data[_legacy_inline_key(index)] = key
        if v.postgresql.auth.password and v.postgresql.own_password:
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
        for name in KEY_NAMES:
            secret, key = self.key_ref(name)
            generated = (secret, key) == (n.key_secret(name), API_KEY)
            found.append(ExpectedSecret(secret, (key,), KEY_PURPOSE[name], "api-key" if generated else None))
        secret, key = self.auth_secret_ref()
        found.append(
            ExpectedSecret(
                secret,
                (key,),
                "CERTCTL_AUTH_SECRET (required by certctl, replaced by the named keys)",
                "auth-secret" if secret == n.auth_secret else None,
            )
        )
        pg = v.postgresql
        if pg.own_password and not pg.auth.password and not v.database_url_in_env:
            found.append(
                ExpectedSecret(
                    n.postgres_secret,
                    (pg.auth.password_key,),
                    "PostgreSQL password (bound once, at initdb)"
                    + (f"; the import into {n.database_cluster} reads it" if pg.cluster else ""),
                    None if pg.auth.existing_secret else "postgres-password",
                )
            )
        if pg.cluster:
            found += self._cluster_secrets()
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
        if tls.source == "openshift-service-ca":
            found.append(
                ExpectedSecret(
                    n.tls_secret, ("tls.crt", "tls.key"), "server TLS certificate and key", None, SERVICE_CA_OPERATOR
                )
            )
        elif tls.source != "cert-manager":
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
        backup = v.backup
        if backup.enabled and backup.sink == "s3":
            aws = backup.s3.credentials_secret
            found.append(
                ExpectedSecret(
                    aws.name,
                    (aws.access_key_id_key, aws.secret_access_key_key),
                    f"AWS keys the backup CronJob uploads with (s3:PutObject on {backup.s3.bucket})",
                    None,
                )
            )
        local = v.server.issuer.local
        if local.ca_from_secret:
            found.append(
                ExpectedSecret(
                    n.issuer_ca_secret,
                    ("ca.crt", "ca.key"),
                    "local issuer CA key pair (persists issued chains)",
                    None if local.ca_secret else "issuer-ca",
                )
            )
        return _merged(found + _referenced(v.server.settings, v.server.auth))

    @property
    def generated(self) -> list[ExpectedSecret]:
        """The Secrets no one else supplies: `main.py secrets` writes them, or, with
        externalSecrets, an ExternalSecret each fetches them from the store."""
        return [secret for secret in self.expected if secret.generated]

    def backend_ca(self) -> tuple[str, bool] | None:
        """(ConfigMap, whether `main.py secrets` writes it) holding the CA a re-encrypting
        gateway verifies the server with (`ca.crt`); None when no gateway needs one. Written for
        the self-signed certificate only: another source's CA is the operator's to publish."""
        v, n = self._values, self.naming
        gateway = v.gateway
        if not gateway.enabled or gateway.mode != "reencrypt" or gateway.backend_tls.well_known_ca_certificates:
            return None
        generated = not gateway.backend_tls.ca_config_map and v.server.tls.source == "self-signed"
        return n.backend_ca_config_map, generated

    def _cluster_secrets(self) -> list[ExpectedSecret]:
        """What a CloudNativePG Cluster's clients read: the operator's application-user and CA
        Secrets, and the bucket keys the operator's backups need."""
        n, cnpg = self.naming, self._values.postgresql.cloud_native_pg
        found = [
            ExpectedSecret(
                n.database_app_secret,
                (POSTGRES_PASSWORD,),
                f"the password of {self._values.postgresql.auth.username} in Cluster {n.database_cluster}",
                None,
                CNPG_OPERATOR,
            ),
            ExpectedSecret(
                n.database_ca_secret,
                (CLUSTER_CA_KEY,),
                f"the CA of Cluster {n.database_cluster}'s certificates (sslmode verify-full)",
                None,
                CNPG_OPERATOR,
            ),
        ]
        store, recovery = cnpg.backup.object_store, cnpg.recovery
        stores = [(store.enabled, store.s3_credentials, f"{store.destination_path} (WAL archive and base backups)")]
        stores.append(
            (recovery.enabled, recovery.s3_credentials, f"{recovery.destination_path} (the recovery reads it)")
        )
        for used, keys, what in stores:
            if used and keys.secret_name:
                found.append(
                    ExpectedSecret(
                        keys.secret_name,
                        (keys.access_key_id_key, keys.secret_access_key_key),
                        f"S3 keys for {what}",
                        None,
                    )
                )
        return found


def _referenced(settings: list[Setting], auth: Auth) -> list[ExpectedSecret]:
    """The operator's Secrets that settings and extra keys name by secretKeyRef."""
    refs = [(s.value.secret_key_ref, s.key) for s in settings if isinstance(s.value, FromSecret | SecretFile)]
    refs += [
        (previous.secret_key_ref, f"server.auth.keys.previous.{name}")
        for name in ("admin", "agent", "metrics")
        if (previous := getattr(auth.keys.previous, name)) is not None
    ]
    refs += [(extra.secret_key_ref, f"server.auth.keys.extra.{index}") for index, extra in enumerate(auth.keys.extra)]
    return [ExpectedSecret(ref.name, (ref.key,), f"set by {key}", None) for ref, key in refs]


def _merged(secrets: list[ExpectedSecret]) -> list[ExpectedSecret]:
    """One entry per Secret: the keys and purposes of every entry that names it, in order."""
    merged: dict[str, ExpectedSecret] = {}
    for secret in secrets:
        seen = merged.get(secret.name)
        if seen is None:
            merged[secret.name] = secret
            continue
        keys = tuple(dict.fromkeys(seen.keys + secret.keys))
        purpose = seen.purpose if secret.purpose in seen.purpose else f"{seen.purpose}; {secret.purpose}"
        merged[secret.name] = ExpectedSecret(
            secret.name, keys, purpose, seen.generated or secret.generated, seen.made_by or secret.made_by
        )
    return list(merged.values())


def _key_variable(name: str) -> str:
    """`API_KEY_ADMIN`: the server variable that holds one named key before composition."""
    return f"API_KEY_{name.upper()}"


def _legacy_inline_key(index: int) -> str:
    return f"legacy-api-key-{index}"


def _inline_key(variable: str) -> str:
    """`CERTCTL_SMTP_PASSWORD` -> `smtp-password`: the inline Secret key for a setting."""
    return variable.removeprefix("CERTCTL_").lower().replace("_", "-")
