"""`postgresql.*`: the in-cluster PostgreSQL (a StatefulSet, or a CloudNativePG Cluster with
`cloudNativePG.enabled`), or the external database it stands for."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from .base import Section, problem
from .cloudnativepg import CloudNativePG
from .common import Image, Resources, SecurityContext, resources
from .kube import Probe
from .types import Host, Port, Quantity


class PostgresAuth(Section):
    database: str = Field(default="certctl", pattern=r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")
    username: str = Field(default="certctl", pattern=r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")
    password: str = ""
    existing_secret: str = ""
    password_key: str = Field(default="password", pattern=r"^[-._a-zA-Z0-9]+$")

    @model_validator(mode="after")
    def _one_source(self) -> PostgresAuth:
        if self.password and self.existing_secret:
            raise problem("password", "set either postgresql.auth.password or postgresql.auth.existingSecret, not both")
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
    image: Image = Image(repository="postgres", tag="16-alpine")
    auth: PostgresAuth = PostgresAuth()
    tls: PostgresTls = PostgresTls()
    external: External = External()
    storage: Storage = Storage()
    resources: Resources = resources("100m", "256Mi", "500m", "512Mi")
    security_context: SecurityContext = SecurityContext(run_as_user=999, run_as_group=999, fs_group=999)
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
    service: PostgresService = PostgresService()
    postgresql_config: dict[str, str | int | float | bool] = {}
    cloud_native_pg: CloudNativePG = Field(default=CloudNativePG(), alias="cloudNativePG")

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
