"""The CloudNativePG Cluster `<fullname>-db` in place of the StatefulSet (postgresql.cloudNativePG),
from the bindings of its CRDs: the Cluster itself; with an object store, the Barman Cloud
plugin's ObjectStore and a ScheduledBackup; with a recovery, the read-only ObjectStore
`<fullname>-db-origin` it reads and a Backup of the recovered Cluster; with monitoring, a PodMonitor.

The operator makes the rest from the Cluster: the instance pods and their claims, the Services
`<cluster>-rw` (the primary), `-ro` and `-r`, the application user's Secret `<cluster>-app`, the
CA `<cluster>-ca` and the instances' certificates, and its own disruption budgets. It runs the
instances non-root, with seccomp RuntimeDefault, no privilege escalation, every capability dropped
and a read-only root filesystem (docs/cloudnativepg.md), so they pass the namespace's restricted
Pod Security Standard."""

from __future__ import annotations

from typing import Any

from constructs import Construct

from ..manifest import BACKUP, CLUSTER, OBJECT_STORE, POD_MONITOR, SCHEDULED_BACKUP, emit
from ..values.cloudnativepg import S3Credentials
from . import pod
from .context import Context
from .database import Connection
from .gitops import AFTER_DATABASE, BEFORE_DATABASE, KEEP_DATA

COMPONENT = "database"
BARMAN_CLOUD = "barman-cloud.cloudnative-pg.io"  # the plugin's name, as the Cluster refers to it


class DatabaseCluster(Construct):
    def __init__(self, scope: Construct, *, ctx: Context) -> None:
        super().__init__(scope, "database")
        self.ctx = ctx
        cnpg = ctx.values.postgresql.cloud_native_pg
        self._cluster()
        store = cnpg.backup.object_store
        if store.enabled:
            self._object_store(
                "object-store", ctx.naming.database_cluster, store.destination_path, store.s3_credentials
            )
            self._scheduled_backup()
        if cnpg.recovery.enabled:
            recovery = cnpg.recovery
            self._object_store("origin", ctx.naming.database_origin, recovery.destination_path, recovery.s3_credentials)
            self._recovered_backup()
        if cnpg.monitoring.pod_monitor.enabled:
            self._pod_monitor()

    def _cluster(self) -> None:
        ctx, n = self.ctx, self.ctx.naming
        v = ctx.values
        c = v.postgresql.cloud_native_pg
        source = Connection.statefulset(ctx.credentials) if c.import_.enabled else None
        inherited = {**v.common_labels, **v.custom_labels}
        external: list[dict[str, Any]] | None = None
        if source:
            external = [
                {
                    "name": n.postgres,
                    "connectionParameters": {
                        "host": source.host,
                        "port": str(source.port),
                        "user": source.user,
                        "dbname": source.database,
                        "sslmode": source.sslmode,
                    },
                    "password": {"name": source.password[0], "key": source.password[1]},
                }
            ]
        elif c.recovery.enabled:
            # The old Cluster's folder, read through the plugin: the base backup and WAL of a
            # Cluster of this same name (serverName), through the read-only ObjectStore.
            plugin = {
                "name": BARMAN_CLOUD,
                "parameters": {"barmanObjectName": n.database_origin, "serverName": n.database_cluster},
            }
            external = [{"name": n.database_origin, "plugin": plugin}]
        spec = {
            "instances": c.instances,
            "imageName": c.image_name or None,
            # Labels and annotations for what the operator makes (pods, claims, Services); its own
            # app.kubernetes.io labels stay its own.
            "inheritedMetadata": {"labels": inherited or None, "annotations": dict(v.custom_annotations) or None}
            if inherited or v.custom_annotations
            else None,
            "serviceAccountTemplate": {"metadata": {"annotations": dict(c.service_account_annotations)}}
            if c.service_account_annotations
            else None,
            "enableSuperuserAccess": False,
            "enablePDB": c.enable_pdb,
            "affinity": {
                "enablePodAntiAffinity": c.affinity.enable_pod_anti_affinity,
                "podAntiAffinityType": c.affinity.pod_anti_affinity_type,
                "topologyKey": c.affinity.topology_key,
            },
            "storage": {"size": c.storage.size, "storageClass": c.storage.storage_class or None},
            "walStorage": {"size": c.wal_storage.size, "storageClass": c.wal_storage.storage_class or None}
            if c.wal_storage.enabled
            else None,
            "resources": {"requests": c.resources.requests.as_map(), "limits": c.resources.limits.as_map()},
            "postgresql": {"parameters": self._parameters()} if self._parameters() else None,
            "bootstrap": self._bootstrap(),
            "externalClusters": external,
            "plugins": [
                {"name": BARMAN_CLOUD, "isWALArchiver": True, "parameters": {"barmanObjectName": n.database_cluster}}
            ]
            if c.backup.object_store.enabled
            else None,
        }
        # The operator deletes the instances' claims with the Cluster: Argo CD and Flux must not
        # prune it when it leaves dist/ (the database would go with it).
        emit(self, CLUSTER, ctx.metadata(n.database_cluster, COMPONENT, KEEP_DATA), spec=spec)

    def _bootstrap(self) -> dict[str, Any]:
        """initdb, with the StatefulSet's database imported during a move; or, for a recovery, the
        old Cluster's backups up to `targetTime`. Either way the database and its owner are
        certctl's (`postgresql.auth`), whose password the operator keeps in `<fullname>-db-app`.
        The operator reads this once, when it creates the Cluster."""
        ctx, n = self.ctx, self.ctx.naming
        c, auth = ctx.values.postgresql.cloud_native_pg, ctx.values.postgresql.auth
        if c.recovery.enabled:
            target = c.recovery.target_time
            recovery = {
                "source": n.database_origin,
                "database": auth.database,
                "owner": auth.username,
                "recoveryTarget": {"targetTime": target} if target else None,
            }
            return {"recovery": recovery}
        # With an import, the StatefulSet's database, copied with pg_dump and pg_restore into the
        # one initdb makes, owned by the same user.
        imported = {"type": "microservice", "databases": [auth.database], "source": {"externalCluster": n.postgres}}
        return {
            "initdb": {
                "database": auth.database,
                "owner": auth.username,
                "import": imported if c.import_.enabled else None,
            }
        }

    def _parameters(self) -> dict[str, str]:
        """PostgreSQL's parameters as the values set them, plus max_connections raised to the
        servers' connection budget when the values set none and it is over the default."""
        c, derived = self.ctx.values.postgresql.cloud_native_pg, self.ctx.values.derived_max_connections
        extra = {"max_connections": derived} if derived is not None else {}
        return {name: pod.env_value(value) for name, value in {**c.parameters, **extra}.items()}

    def _object_store(self, node: str, name: str, destination: str, keys: S3Credentials) -> None:
        """The ObjectStore `name` on `destination`, at the archive's endpoint. The archive's own
        (named after the Cluster) carries compression, retention and the sidecar's resources; a
        recovery's origin only reads. Both are applied before the Cluster (sync wave), which the
        operator would otherwise start without a store to archive to or recover from."""
        ctx, n = self.ctx, self.ctx.naming
        backup = ctx.values.postgresql.cloud_native_pg.backup
        store = backup.object_store
        archive = name == n.database_cluster
        credentials: dict[str, Any] = (
            {"inheritFromIAMRole": True}
            if keys.inherit_from_iam_role
            else {
                "accessKeyId": {"name": keys.secret_name, "key": keys.access_key_id_key},
                "secretAccessKey": {"name": keys.secret_name, "key": keys.secret_access_key_key},
            }
        )
        sidecar = {
            "requests": store.sidecar_resources.requests.as_map(),
            "limits": store.sidecar_resources.limits.as_map(),
        }
        configuration = {
            "destinationPath": destination,
            "endpointURL": store.endpoint_url or None,
            "s3Credentials": credentials,
            "wal": {"compression": store.compression} if archive else None,
            "data": {"compression": store.compression} if archive else None,
        }
        spec = {
            "configuration": configuration,
            "retentionPolicy": backup.retention_policy if archive else None,
            "instanceSidecarConfiguration": {"resources": sidecar} if archive else None,
        }
        emit(self, OBJECT_STORE, ctx.metadata(name, COMPONENT, BEFORE_DATABASE), spec=spec)

    def _scheduled_backup(self) -> None:
        ctx, n = self.ctx, self.ctx.naming
        backup = ctx.values.postgresql.cloud_native_pg.backup
        spec = {
            "cluster": {"name": n.database_cluster},
            "schedule": backup.schedule,
            "method": "plugin",
            "pluginConfiguration": {"name": BARMAN_CLOUD},
            # A first base backup right away: point-in-time recovery starts from one.
            "immediate": True,
            "target": backup.target,
            # The Backup objects go with the ScheduledBackup (the backups in the store stay).
            "backupOwnerReference": "self",
        }
        emit(self, SCHEDULED_BACKUP, ctx.metadata(n.database_cluster, COMPONENT), spec=spec)

    def _recovered_backup(self) -> None:
        """A base backup into the new folder once the recovered Cluster is up: the
        ScheduledBackup's `immediate` backup ran when it was first created (CloudNativePG 1.30,
        internal/controller/scheduledbackup_controller.go:198-230), not again for a re-created
        Cluster, so the new folder would wait for the schedule. A Backup applied before its Cluster
        is ready waits for it, retrying every 30 seconds (backup_controller.go:464-473, 322-330).
        Its spec is immutable (the CRD's rule), so it is named after a digest of the recovery."""
        ctx, n = self.ctx, self.ctx.naming
        c = ctx.values.postgresql.cloud_native_pg
        digest = pod.checksum({"recovery": c.recovery.model_dump(), "archive": c.backup.object_store.destination_path})
        spec = {
            "cluster": {"name": n.database_cluster},
            "method": "plugin",
            "pluginConfiguration": {"name": BARMAN_CLOUD},
            "target": c.backup.target,
        }
        emit(self, BACKUP, ctx.metadata(n.database_recovery_backup(digest), COMPONENT, AFTER_DATABASE), spec=spec)

    def _pod_monitor(self) -> None:
        ctx, n = self.ctx, self.ctx.naming
        pm = ctx.values.postgresql.cloud_native_pg.monitoring.pod_monitor
        meta = ctx.metadata(n.database_cluster, COMPONENT)
        meta["labels"] = {**meta["labels"], **pm.labels}
        spec = {
            "selector": {"matchLabels": n.database_pods(pod_role="instance")},
            "namespaceSelector": {"matchNames": [n.namespace]},
            "podMetricsEndpoints": [{"port": "metrics", "interval": pm.interval}],
        }
        emit(self, POD_MONITOR, meta, spec=spec)
