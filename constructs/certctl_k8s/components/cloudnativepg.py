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

from ..manifest import object_meta
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
        from imports.io.cnpg import postgresql as cnpg

        ctx, n = self.ctx, self.ctx.naming
        v = ctx.values
        c = v.postgresql.cloud_native_pg
        source = Connection.statefulset(ctx.credentials) if c.import_.enabled else None
        inherited = {**v.common_labels, **v.custom_labels}
        spec = cnpg.ClusterSpec(
            instances=c.instances,
            image_name=c.image_name or None,
            # Labels and annotations for what the operator makes (pods, claims, Services); its own
            # app.kubernetes.io labels stay its own.
            inherited_metadata=cnpg.ClusterSpecInheritedMetadata(
                labels=inherited or None, annotations=dict(v.custom_annotations) or None
            )
            if inherited or v.custom_annotations
            else None,
            service_account_template=cnpg.ClusterSpecServiceAccountTemplate(
                metadata=cnpg.ClusterSpecServiceAccountTemplateMetadata(annotations=dict(c.service_account_annotations))
            )
            if c.service_account_annotations
            else None,
            enable_superuser_access=False,
            enable_pdb=c.enable_pdb,
            affinity=cnpg.ClusterSpecAffinity(
                enable_pod_anti_affinity=c.affinity.enable_pod_anti_affinity,
                pod_anti_affinity_type=c.affinity.pod_anti_affinity_type,
                topology_key=c.affinity.topology_key,
            ),
            storage=cnpg.ClusterSpecStorage(size=c.storage.size, storage_class=c.storage.storage_class or None),
            wal_storage=cnpg.ClusterSpecWalStorage(
                size=c.wal_storage.size, storage_class=c.wal_storage.storage_class or None
            )
            if c.wal_storage.enabled
            else None,
            resources=cnpg.ClusterSpecResources(
                requests=_quantities(cnpg.ClusterSpecResourcesRequests, c.resources.requests.as_map()),
                limits=_quantities(cnpg.ClusterSpecResourcesLimits, c.resources.limits.as_map()),
            ),
            postgresql=cnpg.ClusterSpecPostgresql(parameters=self._parameters()) if self._parameters() else None,
            bootstrap=self._bootstrap(),
            external_clusters=[
                cnpg.ClusterSpecExternalClusters(
                    name=n.postgres,
                    connection_parameters={
                        "host": source.host,
                        "port": str(source.port),
                        "user": source.user,
                        "dbname": source.database,
                        "sslmode": source.sslmode,
                    },
                    password=cnpg.ClusterSpecExternalClustersPassword(name=source.password[0], key=source.password[1]),
                )
            ]
            if source
            else [
                # The old Cluster's folder, read through the plugin: the base backup and WAL of a
                # Cluster of this same name (serverName), through the read-only ObjectStore.
                cnpg.ClusterSpecExternalClusters(
                    name=n.database_origin,
                    plugin=cnpg.ClusterSpecExternalClustersPlugin(
                        name=BARMAN_CLOUD,
                        parameters={"barmanObjectName": n.database_origin, "serverName": n.database_cluster},
                    ),
                )
            ]
            if c.recovery.enabled
            else None,
            plugins=[
                cnpg.ClusterSpecPlugins(
                    name=BARMAN_CLOUD, is_wal_archiver=True, parameters={"barmanObjectName": n.database_cluster}
                )
            ]
            if c.backup.object_store.enabled
            else None,
        )
        # The operator deletes the instances' claims with the Cluster: Argo CD and Flux must not
        # prune it when it leaves dist/ (the database would go with it).
        meta = ctx.metadata(n.database_cluster, COMPONENT, KEEP_DATA)
        cnpg.Cluster(self, "cluster", metadata=object_meta(meta), spec=spec)

    def _bootstrap(self) -> Any:
        """initdb, with the StatefulSet's database imported during a move; or, for a recovery, the
        old Cluster's backups up to `targetTime`. Either way the database and its owner are
        certctl's (`postgresql.auth`), whose password the operator keeps in `<fullname>-db-app`.
        The operator reads this once, when it creates the Cluster."""
        from imports.io.cnpg import postgresql as cnpg

        ctx, n = self.ctx, self.ctx.naming
        c, auth = ctx.values.postgresql.cloud_native_pg, ctx.values.postgresql.auth
        if c.recovery.enabled:
            target = c.recovery.target_time
            return cnpg.ClusterSpecBootstrap(
                recovery=cnpg.ClusterSpecBootstrapRecovery(
                    source=n.database_origin,
                    database=auth.database,
                    owner=auth.username,
                    recovery_target=cnpg.ClusterSpecBootstrapRecoveryRecoveryTarget(target_time=target)
                    if target
                    else None,
                )
            )
        return cnpg.ClusterSpecBootstrap(
            initdb=cnpg.ClusterSpecBootstrapInitdb(
                database=auth.database,
                owner=auth.username,
                # The StatefulSet's database, copied with pg_dump and pg_restore into the one
                # initdb makes, owned by the same user.
                import_=cnpg.ClusterSpecBootstrapInitdbImport(
                    type=cnpg.ClusterSpecBootstrapInitdbImportType.MICROSERVICE,
                    databases=[auth.database],
                    source=cnpg.ClusterSpecBootstrapInitdbImportSource(external_cluster=n.postgres),
                )
                if c.import_.enabled
                else None,
            )
        )

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
        from imports.io.cnpg import barmancloud

        ctx, n = self.ctx, self.ctx.naming
        backup = ctx.values.postgresql.cloud_native_pg.backup
        store = backup.object_store
        archive = name == n.database_cluster
        if keys.inherit_from_iam_role:
            credentials = barmancloud.ObjectStoreSpecConfigurationS3Credentials(inherit_from_iam_role=True)
        else:
            credentials = barmancloud.ObjectStoreSpecConfigurationS3Credentials(
                access_key_id=barmancloud.ObjectStoreSpecConfigurationS3CredentialsAccessKeyId(
                    name=keys.secret_name, key=keys.access_key_id_key
                ),
                secret_access_key=barmancloud.ObjectStoreSpecConfigurationS3CredentialsSecretAccessKey(
                    name=keys.secret_name, key=keys.secret_access_key_key
                ),
            )
        sidecar = barmancloud.ObjectStoreSpecInstanceSidecarConfigurationResources(
            requests=_quantities(
                barmancloud.ObjectStoreSpecInstanceSidecarConfigurationResourcesRequests,
                store.sidecar_resources.requests.as_map(),
            ),
            limits=_quantities(
                barmancloud.ObjectStoreSpecInstanceSidecarConfigurationResourcesLimits,
                store.sidecar_resources.limits.as_map(),
            ),
        )
        compression = store.compression.upper()
        barmancloud.ObjectStore(
            self,
            node,
            metadata=object_meta(ctx.metadata(name, COMPONENT, BEFORE_DATABASE)),
            spec=barmancloud.ObjectStoreSpec(
                configuration=barmancloud.ObjectStoreSpecConfiguration(
                    destination_path=destination,
                    endpoint_url=store.endpoint_url or None,
                    s3_credentials=credentials,
                    wal=barmancloud.ObjectStoreSpecConfigurationWal(
                        compression=barmancloud.ObjectStoreSpecConfigurationWalCompression[compression]
                    )
                    if archive
                    else None,
                    data=barmancloud.ObjectStoreSpecConfigurationData(
                        compression=barmancloud.ObjectStoreSpecConfigurationDataCompression[compression]
                    )
                    if archive
                    else None,
                ),
                retention_policy=backup.retention_policy if archive else None,
                instance_sidecar_configuration=barmancloud.ObjectStoreSpecInstanceSidecarConfiguration(
                    resources=sidecar
                )
                if archive
                else None,
            ),
        )

    def _scheduled_backup(self) -> None:
        from imports.io.cnpg import postgresql as scheduled

        ctx, n = self.ctx, self.ctx.naming
        backup = ctx.values.postgresql.cloud_native_pg.backup
        scheduled.ScheduledBackup(
            self,
            "scheduled-backup",
            metadata=object_meta(ctx.metadata(n.database_cluster, COMPONENT)),
            spec=scheduled.ScheduledBackupSpec(
                cluster=scheduled.ScheduledBackupSpecCluster(name=n.database_cluster),
                schedule=backup.schedule,
                method=scheduled.ScheduledBackupSpecMethod.PLUGIN,
                plugin_configuration=scheduled.ScheduledBackupSpecPluginConfiguration(name=BARMAN_CLOUD),
                # A first base backup right away: point-in-time recovery starts from one.
                immediate=True,
                target=scheduled.ScheduledBackupSpecTarget.PRIMARY
                if backup.target == "primary"
                else scheduled.ScheduledBackupSpecTarget.PREFER_HYPHEN_STANDBY,
                # The Backup objects go with the ScheduledBackup (the backups in the store stay).
                backup_owner_reference=scheduled.ScheduledBackupSpecBackupOwnerReference.SELF,
            ),
        )

    def _recovered_backup(self) -> None:
        """A base backup into the new folder once the recovered Cluster is up: the
        ScheduledBackup's `immediate` backup ran when it was first created (CloudNativePG 1.30,
        internal/controller/scheduledbackup_controller.go:198-230), not again for a re-created
        Cluster, so the new folder would wait for the schedule. A Backup applied before its Cluster
        is ready waits for it, retrying every 30 seconds (backup_controller.go:464-473, 322-330).
        Its spec is immutable (the CRD's rule), so it is named after a digest of the recovery."""
        from imports.io.cnpg import postgresql as backups

        ctx, n = self.ctx, self.ctx.naming
        c = ctx.values.postgresql.cloud_native_pg
        digest = pod.checksum({"recovery": c.recovery.model_dump(), "archive": c.backup.object_store.destination_path})
        backups.Backup(
            self,
            "recovered-backup",
            metadata=object_meta(ctx.metadata(n.database_recovery_backup(digest), COMPONENT, AFTER_DATABASE)),
            spec=backups.BackupSpec(
                cluster=backups.BackupSpecCluster(name=n.database_cluster),
                method=backups.BackupSpecMethod.PLUGIN,
                plugin_configuration=backups.BackupSpecPluginConfiguration(name=BARMAN_CLOUD),
                target=backups.BackupSpecTarget.PRIMARY
                if c.backup.target == "primary"
                else backups.BackupSpecTarget.PREFER_HYPHEN_STANDBY,
            ),
        )

    def _pod_monitor(self) -> None:
        from imports.com.coreos import monitoring

        ctx, n = self.ctx, self.ctx.naming
        pm = ctx.values.postgresql.cloud_native_pg.monitoring.pod_monitor
        meta = ctx.metadata(n.database_cluster, COMPONENT)
        meta["labels"] = {**meta["labels"], **pm.labels}
        monitoring.PodMonitor(
            self,
            "pod-monitor",
            metadata=object_meta(meta),
            spec=monitoring.PodMonitorSpec(
                selector=monitoring.PodMonitorSpecSelector(match_labels=n.database_pods(pod_role="instance")),
                namespace_selector=monitoring.PodMonitorSpecNamespaceSelector(match_names=[n.namespace]),
                pod_metrics_endpoints=[
                    monitoring.PodMonitorSpecPodMetricsEndpoints(port="metrics", interval=pm.interval)
                ],
            ),
        )


def _quantities(kind: Any, amounts: dict[str, str]) -> dict[str, Any]:
    """A resource map in a binding's own quantity type."""
    return {resource: kind.from_string(amount) for resource, amount in amounts.items()}
