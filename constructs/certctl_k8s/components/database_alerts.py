"""The CloudNativePG Cluster's alerts, from the series its instances export (scraped through the
PodMonitor) and the kubelet's volume statistics. Every metric name and label below was read in
its source:

- CloudNativePG v1.30.0: the instance manager's collector, `cnpg_collector_up` ("1 if PostgreSQL
  is up", label `cluster`), `cnpg_collector_last_collection_error` and
  `cnpg_collector_pg_wal_archive_status{value="ready"|"done"}`
  (pkg/management/postgres/webserver/metricserver/pg_collector.go:45, 110-167; wal.go:42-43);
  the default monitoring queries, exported as `cnpg_<query>_<column>`
  (pkg/management/postgres/metrics/collector.go:402, mappings.go:100,
  internal/management/controller/instance_controller.go:1001): `cnpg_pg_replication_lag`,
  `_in_recovery`, `_streaming_replicas`, and `cnpg_pg_stat_archiver_last_archived_time`,
  `_last_failed_time` (epoch seconds, -1 for never), `_seconds_since_last_archival`, these on
  the primary only (config/manager/default-monitoring.yaml:110-133, 164-206);
- the Barman Cloud plugin v0.14.0, exported by each instance: `barman_cloud_cloudnative_pg_io_`
  `last_available_backup_timestamp` and `_last_failed_backup_timestamp`, 0 before the first
  (internal/cnpgi/instance/metrics.go:37-53, 110-175);
- the kubelet: `kubelet_volume_stats_available_bytes` and `_capacity_bytes`, labelled
  `namespace` and `persistentvolumeclaim` (kubernetes pkg/kubelet/metrics/collectors/
  volume_stats.go:29-40). The Cluster's claims are named after the instances, `<cluster>-<n>`,
  and `<cluster>-<n>-wal` for the WAL (CloudNativePG pkg/specs/pods.go:602-603,
  api/v1/cluster_types.go:82).

Each expression selects this Cluster's instance pods, `<cluster>-<n>` in the namespace (the
operator's Jobs have longer names). The sidecar that archives is `plugin-barman-cloud`
(plugin-barman-cloud internal/cnpgi/operator/lifecycle.go:417)."""

from __future__ import annotations

from dataclasses import dataclass

from ..naming import Naming
from ..values import Values
from ..values.cron import backup_longest_interval
from ..values.types import prom_duration, prom_duration_seconds
from .promql import Alert, number, quote

BARMAN = "barman_cloud_cloudnative_pg_io"


@dataclass(frozen=True)
class _Instances:
    """This Cluster's series: `pods("metric", value="ready")` selects its instance pods' series,
    `claims("metric")` the kubelet's of their volumes."""

    namespace: str
    cluster: str

    def _select(self, metric: str, label: str, regex: str, **equal: str) -> str:
        pairs = [f"namespace={quote(self.namespace)}", f"{label}=~{quote(regex)}"]
        pairs += [f"{name}={quote(value)}" for name, value in equal.items()]
        return metric + "{" + ", ".join(pairs) + "}"

    def pods(self, metric: str, **equal: str) -> str:
        return self._select(metric, "pod", f"{self.cluster}-[0-9]+", **equal)

    def by_pod(self, metric: str, **equal: str) -> str:
        return f"max by (namespace, pod) ({self.pods(metric, **equal)})"

    def claims(self, metric: str) -> str:
        return self._select(metric, "persistentvolumeclaim", f"{self.cluster}-[0-9]+(-wal)?")


def database_alerts(values: Values, naming: Naming) -> list[Alert]:
    """The Cluster's alerts when it runs with the PodMonitor, whose series they read; the base
    backup alerts when it archives to an object store."""
    cnpg = values.postgresql.cloud_native_pg
    if not (values.postgresql.cluster and cnpg.monitoring.pod_monitor.enabled):
        return []
    series = _Instances(naming.namespace, naming.database_cluster)
    found = [
        _metrics_absent(series),
        _collector_down(series),
        _archiving_failing(series),
        _archiving_stale(series, values),
        _replica_lagging(series, values),
        _volume_full(series, values),
    ]
    if cnpg.instances > 1:
        found.append(_replica_missing(series, cnpg.instances))
    if cnpg.backup.object_store.enabled:
        found += _base_backups(series, values)
    return found


def _metrics_absent(series: _Instances) -> Alert:
    cluster, namespace = series.cluster, series.namespace
    return Alert(
        "CertctlDatabaseMetricsAbsent",
        f"absent({series.pods('cnpg_collector_up')})",
        "15m",
        "warning",
        f"Prometheus has no metrics of the database Cluster {cluster}",
        "No instance of the Cluster is scraped: the instances are down, or the PodMonitor's scrape fails "
        "(its labels, Prometheus' podMonitorSelector, networkPolicy.monitoringNamespace). Until fixed, no "
        "other database alert can fire.",
        f"kubectl -n {namespace} get pods -l cnpg.io/cluster={cluster},cnpg.io/podRole=instance; "
        f"kubectl -n {namespace} get podmonitor {cluster}; Prometheus' Targets page.",
    )


def _collector_down(series: _Instances) -> Alert:
    cluster, namespace = series.cluster, series.namespace
    return Alert(
        "CertctlDatabaseCollectorDown",
        f"{series.by_pod('cnpg_collector_up')} == 0\nor\n{series.by_pod('cnpg_collector_last_collection_error')} == 1",
        "5m",
        "critical",
        "PostgreSQL on {{ $labels.pod }} does not answer its instance manager",
        "The instance manager of {{ $labels.pod }} cannot connect to PostgreSQL, or its last metrics "
        "collection failed: the instance is down or failing.",
        f"kubectl -n {namespace} logs {{{{ $labels.pod }}}} -c postgres; kubectl -n {namespace} get cluster "
        f"{cluster} (its phase and conditions).",
    )


def _archiving_failing(series: _Instances) -> Alert:
    """The newest archiving attempt failed: its time is after the last success (both -1 for
    never, so a primary that never failed is quiet and one that never succeeded fires)."""
    cluster, namespace = series.cluster, series.namespace
    return Alert(
        "CertctlDatabaseWALArchivingFailing",
        f"{series.by_pod('cnpg_pg_stat_archiver_last_failed_time')}\n"
        f"> {series.by_pod('cnpg_pg_stat_archiver_last_archived_time')}",
        "5m",
        "critical",
        "WAL archiving of the database fails on {{ $labels.pod }}",
        "The primary's last attempt to archive a WAL segment to the object store failed. Segments pile up "
        "on the WAL volume until it fills and PostgreSQL stops; point-in-time recovery loses what is not "
        "archived.",
        f"kubectl -n {namespace} logs {{{{ $labels.pod }}}} -c plugin-barman-cloud; check the bucket, its "
        f"keys (the object store's s3Credentials Secret) and egress; kubectl -n {namespace} get cluster "
        f"{cluster} -o jsonpath='{{.status.conditions}}' (ContinuousArchiving).",
    )


def _archiving_stale(series: _Instances, values: Values) -> Alert:
    """Segments wait (`ready`) and none was archived for `walArchiveDelay`: archiving stalled
    without failing. An idle primary has no segment waiting, so it stays quiet."""
    delay = values.monitoring.prometheus_rules.thresholds.wal_archive_delay
    ready = series.by_pod("cnpg_collector_pg_wal_archive_status", value="ready")
    since = series.by_pod("cnpg_pg_stat_archiver_seconds_since_last_archival")
    return Alert(
        "CertctlDatabaseWALArchivingStale",
        f"{ready} > 0\nand on (namespace, pod)\n{since} > {int(prom_duration_seconds(delay))}",
        "5m",
        "warning",
        f"WAL segments of {{{{ $labels.pod }}}} wait, and none was archived for {delay}",
        f"The primary has WAL segments ready for the archive, but archived none for {delay}: archiving is "
        "stuck without reporting a failure.",
        f"kubectl -n {series.namespace} logs {{{{ $labels.pod }}}} -c plugin-barman-cloud; the Barman Cloud "
        "plugin's deployment in the operator's namespace.",
    )


def _replica_lagging(series: _Instances, values: Values) -> Alert:
    cluster, namespace = series.cluster, series.namespace
    lag = values.monitoring.prometheus_rules.thresholds.replication_lag
    return Alert(
        "CertctlDatabaseReplicaLagging",
        f"{series.by_pod('cnpg_pg_replication_lag')} > {int(prom_duration_seconds(lag))}",
        "5m",
        "warning",
        f"The standby {{{{ $labels.pod }}}} replays WAL more than {lag} behind the primary",
        "A failover to this standby would lose, or wait for, what it has not replayed.",
        f"kubectl -n {namespace} get cluster {cluster}; the standby's log (kubectl -n {namespace} logs "
        "{{ $labels.pod }} -c postgres), its node's load and disk.",
    )


def _replica_missing(series: _Instances, instances: int) -> Alert:
    """The primary (the instance not in recovery) streams to fewer standbys than the Cluster has."""
    cluster, namespace = series.cluster, series.namespace
    streaming = series.pods("cnpg_pg_replication_streaming_replicas")
    primary = series.pods("cnpg_pg_replication_in_recovery")
    standbys = instances - 1
    return Alert(
        "CertctlDatabaseReplicaMissing",
        f"max by (namespace) (\n  {streaming}\n  and on (namespace, pod)\n  ({primary} == 0)\n) < {standbys}",
        "10m",
        "warning",
        f"The database's primary streams to {{{{ $value }}}} of its {standbys} standbys",
        f"Cluster {cluster} runs {instances} instances; a standby that does not stream cannot take over.",
        f"kubectl -n {namespace} get pods -l cnpg.io/cluster={cluster}; kubectl -n {namespace} get cluster "
        f"{cluster} (ready instances, phase).",
    )


def _volume_full(series: _Instances, values: Values) -> Alert:
    cluster, namespace = series.cluster, series.namespace
    usage = values.monitoring.prometheus_rules.thresholds.volume_usage
    available = series.claims("kubelet_volume_stats_available_bytes")
    capacity = series.claims("kubelet_volume_stats_capacity_bytes")
    return Alert(
        "CertctlDatabaseVolumeFull",
        f"max by (namespace, persistentvolumeclaim) (\n  1 - {available}\n  / {capacity}\n) > {number(usage)}",
        "15m",
        "warning",
        "The database volume {{ $labels.persistentvolumeclaim }} is {{ $value | humanizePercentage }} full",
        "PostgreSQL stops when its data or WAL volume is full. A WAL volume that fills usually means the "
        "archive is failing (see the WAL archiving alerts).",
        "Grow postgresql.cloudNativePG.storage.size or walStorage.size (the StorageClass must allow "
        f"expansion), synthesize and apply; kubectl -n {namespace} get pvc ({cluster}-<n>, {cluster}-<n>-wal).",
    )


def _base_backups(series: _Instances, values: Values) -> list[Alert]:
    """The newest base backup in the object store, as every instance reports it: older than the
    schedule's longest wait plus `backupGrace` (0, no backup yet, counts as oldest), or a failed
    one newer than it."""
    cluster, namespace = series.cluster, series.namespace
    backup, grace = values.postgresql.cloud_native_pg.backup, values.monitoring.prometheus_rules.thresholds.backup_grace
    longest = backup_longest_interval(backup.schedule)
    max_age = longest + int(prom_duration_seconds(grace))
    last = f"max by (namespace) ({series.pods(f'{BARMAN}_last_available_backup_timestamp')})"
    failed = f"max by (namespace) ({series.pods(f'{BARMAN}_last_failed_backup_timestamp')})"
    runbook = (
        f"kubectl -n {namespace} get backups; kubectl -n {namespace} describe "
        f"scheduledbackup {cluster}; the log of the plugin's sidecar (-c plugin-barman-cloud) on the instance "
        "that took the backup."
    )
    return [
        Alert(
            "CertctlDatabaseBackupMissing",
            f"time() - {last} > {max_age}",
            "15m",
            "critical",
            f"The database's newest base backup is more than {prom_duration(max_age)} old",
            f"ScheduledBackup {cluster} runs on {backup.schedule!r}, at most {prom_duration(longest)} apart, and "
            f"a backup may be {grace} late. A recovery replays every WAL segment since the last base backup.",
            runbook,
        ),
        Alert(
            "CertctlDatabaseBackupFailed",
            f"{failed}\n> {last}",
            "5m",
            "warning",
            "The database's last base backup failed",
            "The newest base backup attempt failed, and none succeeded since.",
            runbook,
        ),
    ]
