"""`postgresql.*`: the in-cluster PostgreSQL (a StatefulSet, or a CloudNativePG Cluster with
`cloudNativePG.enabled`), or the external database it stands for; and the Helm chart's
`externalDatabase.url`, which names that external database in one URL."""

from __future__ import annotations

import re
from typing import Any, Literal, NamedTuple
from urllib.parse import parse_qsl, unquote, urlsplit

from pydantic import Field, model_validator

from .base import Section, defaults, problem
from .cloudnativepg import CloudNativePG
from .common import Image, Resources, SecurityContext, resources
from .kube import Probe
from .types import Host, Port, Quantity

# A role the postgres image creates from POSTGRES_USER; an external database's role may hold more
# (Azure's `user@server`), up to PostgreSQL's 63 bytes.
_ROLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")
_EXTERNAL_ROLE = re.compile(r"^[^\s\x00-\x1f\x7f]+$")
SSL_MODES = ("disable", "require", "verify-ca", "verify-full")  # what lib/pq, certctl's driver, takes
DRIVER_SSL_MODE = "require"  # lib/pq's sslmode when a URL names none


class PostgresAuth(Section):
    database: str = Field(default="certctl", pattern=r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")
    username: str = Field(
        default="certctl",
        min_length=1,
        max_length=63,
        description="an identifier for the bundled database; an external one's role may hold other "
        "characters (user@server)",
    )
    password: str = ""
    existing_secret: str = ""
    password_key: str = Field(default="password", pattern=r"^[-._a-zA-Z0-9]+$")

    @model_validator(mode="after")
    def _one_source(self) -> PostgresAuth:
        if self.password and self.existing_secret:
            raise problem("password", "set either postgresql.auth.password or postgresql.auth.existingSecret, not both")
        if not _EXTERNAL_ROLE.match(self.username):
            raise problem("username", f"{self.username!r} holds whitespace or control characters")
        return self


class PostgresTls(Section):
    mode: Literal["disable", "require", "verify-ca", "verify-full"] = "disable"
    ca_secret_ref: str = ""
    ca_key: str = "ca.crt"

    @model_validator(mode="after")
    def _ca(self) -> PostgresTls:
        if self.mode in ("verify-ca", "verify-full") and not self.ca_secret_ref:
            raise problem(
                "caSecretRef",
                f"is required for mode {self.mode} (a Secret holding the database server's CA certificate)",
            )
        if self.mode in ("disable", "require") and self.ca_secret_ref:
            raise problem("caSecretRef", f"is only used by verify-ca and verify-full, not {self.mode}")
        return self


class Storage(Section):
    size: Quantity = "10Gi"
    storage_class: str = ""
    access_modes: list[Literal["ReadWriteOnce", "ReadWriteOncePod", "ReadWriteMany"]] = ["ReadWriteOnce"]
    retain_on_delete: bool = True
    delete_on_termination: bool = False

    @model_validator(mode="after")
    def _retention(self) -> Storage:
        if self.delete_on_termination and self.retain_on_delete:
            raise problem(
                "deleteOnTermination",
                "conflicts with retainOnDelete (the default); set "
                "retainOnDelete: false to let Kubernetes delete the claim with the StatefulSet",
            )
        return self


class PostgresService(Section):
    type: Literal["ClusterIP"] = "ClusterIP"
    port: Port = 5432


class External(Section):
    """The database certctl uses when `postgresql.enabled` is false."""

    host: Host | None = None
    port: Port = 5432


class Postgresql(Section):
    enabled: bool = True
    image: Image = defaults(Image, {"repository": "postgres", "tag": "16-alpine"})
    auth: PostgresAuth = defaults(PostgresAuth)
    tls: PostgresTls = defaults(PostgresTls)
    external: External = defaults(External)
    storage: Storage = defaults(Storage)
    resources: Resources = resources("100m", "256Mi", "500m", "512Mi")
    security_context: SecurityContext = defaults(
        SecurityContext, {"run_as_user": 999, "run_as_group": 999, "fs_group": 999}
    )
    liveness_probe: Probe | None = None
    readiness_probe: Probe | None = None
    startup_probe: Probe | None = Field(
        default=None,
        description="unset: pg_isready for up to 15 minutes, so initdb or crash recovery is not cut short by liveness",
    )
    termination_grace_period_seconds: int = Field(
        default=60,
        ge=10,
        description="a preStop hook stops PostgreSQL in fast mode (Kubernetes' SIGTERM alone asks for a smart "
        "shutdown, which waits for every client to leave)",
    )
    service: PostgresService = defaults(PostgresService)
    shm_size_limit: Quantity = Field(
        default="128Mi",
        description="of the memory-backed /dev/shm (PostgreSQL's dynamic shared memory, e.g. for parallel "
        "queries; a container's own is 64 MiB); counts against the memory limit",
    )
    postgresql_config: dict[str, str | int | float | bool] = {}
    cloud_native_pg: CloudNativePG = defaults(CloudNativePG, alias="cloudNativePG")

    @property
    def cluster(self) -> bool:
        """The database is a CloudNativePG Cluster."""
        return self.enabled and self.cloud_native_pg.enabled

    @property
    def own_password(self) -> bool:
        """postgresql.auth's password is read: by the StatefulSet and its clients, an external
        database's clients, or a Cluster's import. A Cluster makes its own (`<fullname>-db-app`)."""
        return not self.cluster or self.statefulset

    @property
    def statefulset(self) -> bool:
        """The StatefulSet runs: the database itself, or the source of a Cluster's import."""
        return self.enabled and (not self.cloud_native_pg.enabled or self.cloud_native_pg.import_.enabled)

    @model_validator(mode="after")
    def _bundled_role(self) -> Postgresql:
        if self.enabled and not _ROLE.match(self.auth.username):
            raise problem(
                "auth.username",
                f"{self.auth.username!r} is not a role name the bundled database can create (letters, digits "
                "and '_', not starting with a digit, at most 63 characters)",
            )
        return self


class DatabaseUrl(NamedTuple):
    """What a libpq URL names, decoded."""

    host: str
    port: int
    username: str
    password: str | None
    database: str
    mode: str

    def keys(self) -> dict[str, Any]:
        """The typed keys the URL stands for: key path -> value (the password only if it has one)."""
        found: dict[str, Any] = {
            "postgresql.external.host": self.host,
            "postgresql.external.port": self.port,
            "postgresql.auth.username": self.username,
            "postgresql.auth.database": self.database,
            "postgresql.tls.mode": self.mode,
        }
        if self.password is not None:
            found["postgresql.auth.password"] = self.password
        return found


_URL_FORM = "postgres://user:password@host:port/database?sslmode=verify-full"


def parse_database_url(url: str) -> DatabaseUrl:
    """Read a libpq URL as lib/pq does (user, password and database percent-decoded; port 5432
    and sslmode `require` when it names none); raise ValueError saying what is allowed."""
    try:
        parts = urlsplit(url)
        port = parts.port or 5432
    except ValueError as error:
        raise ValueError(f"is not a URL of the form {_URL_FORM} ({error})") from None
    if parts.scheme not in ("postgres", "postgresql"):
        raise ValueError(f"must start with postgres:// or postgresql:// ({_URL_FORM})")
    if not parts.hostname:
        raise ValueError(f"names no host ({_URL_FORM}); a Unix socket is not reachable from a pod")
    if not parts.username:
        raise ValueError(f"names no user ({_URL_FORM})")
    if parts.fragment:
        raise ValueError("must not hold a #fragment")
    path = unquote(parts.path.removeprefix("/"))
    if "/" in path:
        raise ValueError(f"names the database {path!r}; a database name holds no '/'")
    mode = DRIVER_SSL_MODE
    for name, value in parse_qsl(parts.query, keep_blank_values=True):
        if name != "sslmode":
            raise ValueError(
                f"query parameter {name!r} is not supported: only sslmode may follow the URL; the database's CA "
                "comes from postgresql.tls.caSecretRef, which every pod that connects mounts"
            )
        if value not in SSL_MODES:
            raise ValueError(f"sslmode {value!r} is not one lib/pq (certctl's driver) takes: {', '.join(SSL_MODES)}")
        mode = value
    username = unquote(parts.username)
    password = unquote(parts.password) if parts.password is not None else None
    # lib/pq, like libpq, connects to the database named after the user when the URL names none.
    return DatabaseUrl(parts.hostname, port, username, password, path or username, mode)


class ExternalDatabase(Section):
    """The Helm chart's way to name an external database. Its parts stand for the typed keys
    (postgresql.external.*, postgresql.auth.*, postgresql.tls.mode); a password in it goes into
    the `<fullname>-inline` Secret, never into a plain variable."""

    url: str = Field(
        default="",
        description="Helm: postgres://user:password@host:port/database?sslmode=...; with postgresql.enabled false, "
        "read into postgresql.external.host/port, postgresql.auth.username/database/password and "
        "postgresql.tls.mode (sslmode require when it names none, as certctl's driver does)",
    )

    @property
    def parsed(self) -> DatabaseUrl | None:
        return parse_database_url(self.url) if self.url else None
