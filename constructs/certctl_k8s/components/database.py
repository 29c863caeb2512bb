"""How certctl's database clients connect, decided once: the server and every Job or CronJob that
reaches the database take the host, port, user, database, sslmode, password and CA from here, so
they all follow when the database moves (the StatefulSet, a CloudNativePG Cluster, an external
server)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from ..credentials import CLUSTER_CA_KEY, Credentials, secret_env
from ..values.cloudnativepg import POSTGRES_PORT
from . import pod

POSTGRES_CA_DIR = "/etc/certctl/postgres-ca"  # where a client mounts the database server's CA
POSTGRES_PASSWORD_FILE = "password"  # the file name a password volume gives the password
PASSWORD_DIR = "/run/secrets/postgres"  # where a pod that reads the password from a file mounts it
CONNECT_TIMEOUT_SECONDS = 10  # libpq's PGCONNECT_TIMEOUT for the clients that are not certctl
PASSWORD_FILE = f"{PASSWORD_DIR}/{POSTGRES_PASSWORD_FILE}"


def password_volume(ref: tuple[str, str]) -> dict[str, Any]:
    """The volume `password` holding the key `ref` names (Secret, key) as the file `password`."""
    secret, key = ref
    return pod.secret_volume("password", secret, {key: POSTGRES_PASSWORD_FILE})


@dataclass(frozen=True)
class Connection:
    host: str
    port: int
    user: str
    database: str
    sslmode: str
    password: tuple[str, str]  # (Secret, key)
    ca: tuple[str, str] | None  # (Secret, key) of the CA certificate that signs the server's

    @classmethod
    def of(cls, credentials: Credentials) -> Connection:
        n = credentials.naming
        pg = n.values.postgresql
        if pg.cluster:
            # The primary's Service, named in the instances' server certificate, which the CA in
            # `<cluster>-ca` signs. That Secret also holds the CA's key: clients mount ca.crt alone.
            return cls(
                n.database_rw_host(), POSTGRES_PORT, pg.auth.username, pg.auth.database, "verify-full",
                credentials.database_password_ref(), (n.database_ca_secret, CLUSTER_CA_KEY),
            )  # fmt: skip
        if pg.enabled:
            return cls.statefulset(credentials)
        return cls._configured(credentials, pg.external.host or "", pg.external.port)

    @classmethod
    def statefulset(cls, credentials: Credentials) -> Connection:
        """The StatefulSet `<fullname>-postgres` through its Service: the database itself, or the
        source a Cluster imports from."""
        n = credentials.naming
        return cls._configured(credentials, n.postgres, n.values.postgresql.service.port)

    @classmethod
    def _configured(cls, credentials: Credentials, host: str, port: int) -> Connection:
        """A server reached as postgresql.auth and postgresql.tls describe."""
        pg = credentials.naming.values.postgresql
        tls_ca = (pg.tls.ca_secret_ref, pg.tls.ca_key) if pg.tls.ca_secret_ref else None
        return cls(
            host, port, pg.auth.username, pg.auth.database, pg.tls.mode, credentials.postgres_password_ref(), tls_ca
        )

    @property
    def url(self) -> str:
        """`CERTCTL_DATABASE_URL`: no password in it, libpq takes PGPASSWORD. User and database
        are percent-encoded (an external role may read `certctl@server`), an IPv6 host bracketed."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        user, database = quote(self.user, safe=""), quote(self.database, safe="")
        return f"postgres://{user}@{host}:{self.port}/{database}?sslmode={self.sslmode}"

    @property
    def ca_file(self) -> str | None:
        """PGSSLROOTCERT: the CA as ca_volume() mounts it."""
        return f"{POSTGRES_CA_DIR}/{self.ca[1]}" if self.ca else None

    def password_env(self, name: str = "PGPASSWORD") -> dict[str, Any]:
        return secret_env(name, *self.password)

    def password_volume(self) -> dict[str, Any]:
        """The password as the file `password`, for clients that read it from a file."""
        return password_volume(self.password)

    @staticmethod
    def password_mount() -> dict[str, Any]:
        """Where password_volume() is mounted; the file is PASSWORD_FILE."""
        return {"name": "password", "mountPath": PASSWORD_DIR, "readOnly": True}

    def ca_volume(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """(volumes, mounts) of the CA certificate alone, if the connection verifies one."""
        if not self.ca:
            return [], []
        secret, key = self.ca
        volume = pod.secret_volume("postgres-ca", secret, {key: key})
        return [volume], [{"name": "postgres-ca", "mountPath": POSTGRES_CA_DIR, "readOnly": True}]

    def libpq_env(self) -> list[dict[str, Any]]:
        """libpq's variables for clients that take no URL (pg_dump and the like)."""
        entries = [
            pod.env("PGHOST", self.host),
            pod.env("PGPORT", self.port),
            pod.env("PGUSER", self.user),
            pod.env("PGDATABASE", self.database),
            pod.env("PGSSLMODE", self.sslmode),
        ]
        if self.ca_file:
            entries.append(pod.env("PGSSLROOTCERT", self.ca_file))
        return entries
