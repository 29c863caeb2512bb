"""`postgresql.cloudNativePG.*`: a CloudNativePG Cluster in place of the PostgreSQL StatefulSet,
with WAL archiving and scheduled backups through the Barman Cloud plugin, a PodMonitor, and the
import that moves the StatefulSet's database into it (docs/cloudnativepg.md)."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import AfterValidator, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from .backup import _BUCKET, _checked, _schema
from .base import Section, defaults, problem
from .common import Resources, resources
from .cron import BackupSchedule
from .types import Annotations, DnsLabel, ImageReference, Labels, ObjectName, PromDuration, Quantity

_SECRET_KEY = r"^[-._a-zA-Z0-9]+$"
# The ports of an instance pod (CloudNativePG 1.30, pkg/specs/pods.go): PostgreSQL, the instance
# manager's status endpoint (which the operator and the other instances call), and the metrics.
POSTGRES_PORT = 5432
STATUS_PORT = 8000
METRICS_PORT = 9187
# PostgreSQL's own default, which the Cluster keeps unless `parameters` sets it.
# Parameters the operator sets itself and refuses in a Cluster (CloudNativePG 1.30,
# pkg/postgres/configuration.go): its TLS, archiving, replication, logging and paths.
OPERATOR_PARAMETERS = frozenset(
    {
        "allow_system_table_mods", "archive_cleanup_command", "archive_command", "archive_mode", "bonjour",
        "bonjour_name", "cluster_name", "config_file", "data_directory", "data_sync_retry", "event_source",
        "external_pid_file", "hba_file", "hot_standby", "ident_file", "jit_provider", "listen_addresses",
        "log_destination", "log_directory", "log_file_mode", "log_filename", "log_rotation_age",
        "log_rotation_size", "log_truncate_on_rotation", "logging_collector", "pg_failover_slots.primary_dsn",
        "pg_failover_slots.standby_slot_names", "port", "primary_conninfo", "primary_slot_name",
        "promote_trigger_file", "recovery_end_command", "recovery_min_apply_delay", "recovery_target",
        "recovery_target_action", "recovery_target_inclusive", "recovery_target_lsn", "recovery_target_name",
        "recovery_target_time", "recovery_target_timeline", "recovery_target_xid", "restart_after_crash",
        "restore_command", "shared_preload_libraries", "ssl", "ssl_ca_file", "ssl_cert_file", "ssl_crl_file",
        "ssl_dh_params_file", "ssl_ecdh_curve", "ssl_key_file", "ssl_passphrase_command",
        "ssl_passphrase_command_supports_reload", "ssl_prefer_server_ciphers", "stats_temp_directory",
        "synchronized_standby_slots", "synchronous_standby_names", "syslog_facility", "syslog_ident",
        "syslog_sequence_numbers", "syslog_split_messages", "temp_tablespaces", "unix_socket_directories",
        "unix_socket_group", "unix_socket_permissions",
    }
)  # fmt: skip
_DESTINATION = re.compile(r"^s3://(?P<bucket>[^/]+)(/.*)?$")
_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
_RETENTION = re.compile(r"^[1-9][0-9]*[dwm]$")
Retention = Annotated[str, _checked(_RETENTION, "<n>d, <n>w or <n>m (days, weeks or months)"), _schema(_RETENTION)]


class ClusterStorage(Section):
    size: Quantity = "10Gi"
    storage_class: str = Field(default="", description="empty: the cluster's default StorageClass")


class WalStorage(Section):
    """A volume of its own for the write-ahead log, so a burst of WAL cannot fill the data volume."""

    enabled: bool = False
    size: Quantity = "5Gi"
    storage_class: str = ""


class ClusterAffinity(Section):
    """Where the operator places the instances: never two on one `topologyKey` (`required`), or
    spread as far as the nodes allow (`preferred`)."""

    enable_pod_anti_affinity: bool = True
    pod_anti_affinity_type: Literal["preferred", "required"] = "preferred"
    topology_key: str = Field(default="kubernetes.io/hostname", min_length=1)


class S3Credentials(Section):
    """The bucket's keys, from a Secret you create; or the instances' ServiceAccount's cloud role."""

    secret_name: ObjectName | Literal[""] = ""
    access_key_id_key: str = Field(default="ACCESS_KEY_ID", pattern=_SECRET_KEY)
    secret_access_key_key: str = Field(default="ACCESS_SECRET_KEY", pattern=_SECRET_KEY)
    inherit_from_iam_role: bool = Field(
        default=False,
        alias="inheritFromIAMRole",
        description="take the role of the instances' ServiceAccount (IRSA, workload identity) instead of keys",
    )

    @model_validator(mode="after")
    def _one_source(self) -> S3Credentials:
        if self.secret_name and self.inherit_from_iam_role:
            raise problem("inheritFromIAMRole", "set either secretName or inheritFromIAMRole, not both")
        return self


def _destination(value: str) -> str:
    """`value` if it is `s3://<bucket>[/<folder>]` (or empty), else ValueError saying what is allowed."""
    match = _DESTINATION.match(value)
    if value and not match:
        raise ValueError(
            f"{value!r} is not s3://<bucket>/<folder> (only S3 and S3-compatible stores are supported here)"
        )
    if match and not _BUCKET.match(match["bucket"]):
        raise ValueError(f"{match['bucket']!r} is not an S3 bucket name (3-63 lowercase letters, digits, '.', '-')")
    return value


Destination = Annotated[str, AfterValidator(_destination)]


def _credentials_problem(destination: str, credentials: S3Credentials) -> PydanticCustomError | None:
    if destination and not credentials.secret_name and not credentials.inherit_from_iam_role:
        return problem(
            "s3Credentials.secretName",
            "is required for an object store (the Secret holding the bucket's keys), "
            "unless s3Credentials.inheritFromIAMRole is true",
        )
    return None


class ObjectStore(Section):
    """The S3 (or S3-compatible) bucket the Barman Cloud plugin archives WAL and base backups to.
    Setting `destinationPath` turns WAL archiving and scheduled backups on."""

    destination_path: Destination = Field(
        default="", description="`s3://<bucket>/<folder>`; the plugin adds a folder named after the Cluster"
    )
    endpoint_url: str = Field(
        default="", alias="endpointURL", description="for S3-compatible stores (MinIO, Ceph); empty: AWS S3"
    )
    s3_credentials: S3Credentials = defaults(S3Credentials)
    compression: Literal["gzip", "bzip2", "snappy"] = Field(default="gzip", description="of WAL files and backups")
    sidecar_resources: Resources = resources(
        "100m", "128Mi", "500m", "512Mi", description="of the plugin's container in each instance pod"
    )

    @field_validator("endpoint_url")
    @classmethod
    def _endpoint(cls, value: str) -> str:
        if not value:
            return value
        try:
            parts = urlsplit(value)
            parts.port  # noqa: B018 (raises ValueError for a port out of range)
        except ValueError as error:
            raise ValueError(f"{value!r} is not a URL: {error}") from None
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"{value!r} is not an http:// or https:// URL")
        return value

    @model_validator(mode="after")
    def _credentials(self) -> ObjectStore:
        missing = _credentials_problem(self.destination_path, self.s3_credentials)
        if missing:
            raise missing
        return self

    @property
    def enabled(self) -> bool:
        return bool(self.destination_path)

    @property
    def port(self) -> int:
        """The TCP port the instances reach the store on."""
        if not self.endpoint_url:
            return 443
        parts = urlsplit(self.endpoint_url)
        return parts.port or (443 if parts.scheme == "https" else 80)


class ClusterBackup(Section):
    """WAL archiving and base backups through the Barman Cloud plugin, for point-in-time recovery."""

    object_store: ObjectStore = defaults(ObjectStore)
    schedule: BackupSchedule = Field(
        default="0 0 2 * * *",
        description="base backups: six fields, seconds first (CloudNativePG's format), or @daily and the like",
    )
    retention_policy: Retention = Field(
        default="30d",
        description="how long backups and WAL stay in the store: `<n>d`, `<n>w` or `<n>m`",
    )
    target: Literal["prefer-standby", "primary"] = Field(
        default="prefer-standby", description="which instance takes the base backups"
    )


class PodMonitor(Section):
    """A prometheus-operator PodMonitor `<fullname>-db` for the instances' metrics (port 9187)."""

    enabled: bool = False
    interval: PromDuration = "30s"
    labels: Labels = Field(default={}, description="extra labels, for Prometheus' podMonitorSelector")


class ClusterMonitoring(Section):
    pod_monitor: PodMonitor = defaults(PodMonitor)


class Operator(Section):
    """Where the CloudNativePG operator runs: its pods must reach the instances (5432, 8000)."""

    namespace: DnsLabel = "cnpg-system"
    pod_labels: Labels = Field(
        default={"app.kubernetes.io/name": "cloudnative-pg"},
        description="labels the operator's pods carry (merged over the default; a null drops one)",
    )


class Import(Section):
    """The move from the StatefulSet: the new Cluster starts from a copy of its database (docs/cloudnativepg.md,
    Moving from the StatefulSet). On for the move only; the StatefulSet stays until it is off."""

    enabled: bool = False


def _rfc3339(value: str) -> str:
    if value and not (_RFC3339.match(value) and _parses(value)):
        raise ValueError(f"{value!r} is not an RFC 3339 time with its offset, like 2026-12-01T09:30:00Z")
    return value


def _parses(value: str) -> bool:
    try:
        datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError:
        return False
    return True


class Recovery(Section):
    """Point-in-time recovery: the Cluster starts from the base backup and WAL that a Cluster of
    the same name archived to `destinationPath`, read through a second, read-only ObjectStore
    `<fullname>-db-origin`, then archives to `backup.objectStore` (a new folder) and takes a base
    backup there (docs/cloudnativepg.md, Point-in-time recovery). Read when the Cluster is created only."""

    enabled: bool = False
    destination_path: Destination = Field(
        default="", description="where the old Cluster archived: its `backup.objectStore.destinationPath`"
    )
    s3_credentials: S3Credentials = defaults(
        S3Credentials, description="the keys that read it (the endpoint is `backup.objectStore`'s)"
    )
    target_time: Annotated[str, AfterValidator(_rfc3339)] = Field(
        default="", description="RFC 3339, e.g. 2026-12-01T09:30:00Z; empty: replay every archived WAL"
    )

    @model_validator(mode="after")
    def _source(self) -> Recovery:
        if self.enabled and not self.destination_path:
            raise problem(
                "destinationPath", "is required with recovery.enabled: the folder the old Cluster archived to"
            )
        missing = _credentials_problem(self.destination_path, self.s3_credentials)
        if self.enabled and missing:
            raise missing
        return self


def folder(destination: str) -> str:
    """A destination as the plugin's folder: trailing slashes do not make another one."""
    return destination.rstrip("/")


class CloudNativePG(Section):
    """A CloudNativePG Cluster `<fullname>-db` in place of the StatefulSet: the server connects to
    `<fullname>-db-rw` with sslmode verify-full and the password of `<fullname>-db-app`."""

    enabled: bool = False
    instances: int = Field(default=3, ge=1, le=99, description="one primary and instances - 1 standbys")
    image_name: ImageReference | Literal[""] = Field(
        default="", description="the PostgreSQL image; empty: the operator's default"
    )
    storage: ClusterStorage = defaults(ClusterStorage)
    wal_storage: WalStorage = defaults(WalStorage)
    resources: Resources = resources("250m", "512Mi", "1", "1Gi")
    parameters: dict[str, str | int | float | bool] = Field(
        default={}, description="PostgreSQL settings (the Cluster's postgresql.parameters)"
    )
    enable_pdb: bool = Field(
        default=True,
        alias="enablePDB",
        description="the operator's disruption budgets: a drain never takes the primary and a standby at once",
    )
    affinity: ClusterAffinity = defaults(ClusterAffinity)
    service_account_annotations: Annotations = Field(
        default={},
        description="on the instances' ServiceAccount, e.g. the cloud role for s3Credentials.inheritFromIAMRole",
    )
    backup: ClusterBackup = defaults(ClusterBackup)
    monitoring: ClusterMonitoring = defaults(ClusterMonitoring)
    operator: Operator = defaults(Operator)
    import_: Import = defaults(Import, alias="import")
    recovery: Recovery = defaults(Recovery)

    @model_validator(mode="after")
    def _recovery(self) -> CloudNativePG:
        recovery, store = self.recovery, self.backup.object_store
        if not recovery.enabled:
            return self
        if self.import_.enabled:
            raise problem("recovery.enabled", "and import.enabled both start the Cluster's database; keep one")
        if not store.enabled:
            raise problem(
                "backup.objectStore.destinationPath",
                "is required with recovery.enabled: a new folder the recovered Cluster archives to",
            )
        if folder(store.destination_path) == folder(recovery.destination_path):
            raise problem(
                "backup.objectStore.destinationPath",
                f"{store.destination_path!r} is the folder recovery reads from: the Barman Cloud plugin refuses "
                "to archive into a folder that holds another Cluster's WAL of the same name; give a new one",
            )
        return self

    @model_validator(mode="after")
    def _rules(self) -> CloudNativePG:
        if self.enabled and self.instances == 1 and self.enable_pdb:
            raise problem(
                "instances",
                "1 with enablePDB: true would block every node drain (the budget keeps the only "
                "instance, the primary, up); use 2 or more instances, or set enablePDB: false",
            )
        for name in self.parameters:
            if name in OPERATOR_PARAMETERS:
                raise problem(f"parameters.{name}", "is set by the CloudNativePG operator, which refuses it here")
        return self
