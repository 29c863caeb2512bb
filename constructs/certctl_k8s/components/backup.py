"""The backup CronJob `<fullname>-postgres-backup`: `pg_dump --format=custom` of certctl's
database (the bundled one or the external one), checked with `pg_restore --list` before it is
kept (scripts/backup-postgres.sh). Runs never overlap, and each has a deadline.

- `pvc` sink: one container writes the dump to the claim at /backups and keeps the newest
  `backup.pvc.keep` dumps. The claim is the operator's, as in the Helm chart, unless
  `backup.pvc.create` asks the synth to emit it.
- `s3` sink: the dump container (the postgres image, the database password only) runs as an
  init container and writes into an emptyDir; the upload container then copies it with the
  AWS CLI (its own image, the AWS keys only). No official image holds both pg_dump and an S3
  client, and two containers keep each secret away from the program that does not need it."""

from __future__ import annotations

from typing import Any

from constructs import Construct

from ..manifest import CRON_JOB, PERSISTENT_VOLUME_CLAIM, emit
from . import checkov, gitops, pod, scripts
from .context import Context
from .database import PASSWORD_FILE, Connection

COMPONENT = "postgres-backup"
SCRIPT = f"{scripts.MOUNT}/backup-postgres.sh"
BACKUPS_DIR = "/backups"  # the pvc sink's claim
STAGING_DIR = "/dump"  # the s3 sink's emptyDir, from the dump container to the upload one
AWS_DIR = "/run/secrets/aws"
# libpq's PGCONNECT_TIMEOUT for the dump: a run connects once, so it outwaits a database restart,
# where the clients that retry in a loop (components/database.py) give up sooner.
CONNECT_TIMEOUT_SECONDS = 30


class Backup(Construct):
    def __init__(self, scope: Construct, *, ctx: Context) -> None:
        super().__init__(scope, "backup")
        self.ctx = ctx
        b, n = ctx.values.backup, ctx.naming
        if b.sink == "pvc" and b.pvc.create:
            self._claim()
        pod_spec = self._pod_spec()
        template = {"metadata": ctx.pod_metadata(COMPONENT, scripts.scripts_checksum()), "spec": pod_spec}
        emit(
            self,
            CRON_JOB,
            ctx.metadata(n.backup, COMPONENT, checkov.skip_annotations(self._checkov_skips(pod_spec))),
            spec={
                "schedule": b.schedule,
                # A run still going when the next is due makes the next one skip, never overlap.
                "concurrencyPolicy": "Forbid",
                "startingDeadlineSeconds": b.starting_deadline_seconds,
                "successfulJobsHistoryLimit": b.successful_jobs_history_limit,
                "failedJobsHistoryLimit": b.failed_jobs_history_limit,
                "jobTemplate": {
                    "metadata": {"labels": n.labels(COMPONENT)},
                    "spec": {
                        "backoffLimit": b.backoff_limit,
                        "activeDeadlineSeconds": b.active_deadline_seconds,
                        "template": template,
                    },
                },
            },
        )

    def _claim(self) -> None:
        ctx, pvc = self.ctx, self.ctx.values.backup.pvc
        spec: dict[str, Any] = {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": pvc.size}}}
        if pvc.storage_class:
            spec["storageClassName"] = pvc.storage_class
        emit(self, PERSISTENT_VOLUME_CLAIM, ctx.metadata(pvc.claim_name, COMPONENT, gitops.KEEP_DATA), spec=spec)

    def _connection(self) -> list[dict[str, Any]]:
        """libpq's variables for the database the server uses; the password is a file."""
        return [
            *self.ctx.database.libpq_env(),
            pod.env("PGCONNECT_TIMEOUT", CONNECT_TIMEOUT_SECONDS),
            pod.env("BACKUP_PASSWORD_FILE", PASSWORD_FILE),
        ]

    def _container(self, name: str, image: str, step: str, env: list[dict[str, Any]]) -> dict[str, Any]:
        b = self.ctx.values.backup
        return {
            "name": name,
            "image": image,
            "imagePullPolicy": b.image_pull_policy,
            "command": ["sh", SCRIPT, step],
            "env": env,
            "resources": pod.resources(b.resources),
            "securityContext": self.ctx.container_security_context(b.security_context),
            "volumeMounts": [
                {"name": "scripts", "mountPath": scripts.MOUNT, "readOnly": True},
                {"name": "tmp", "mountPath": "/tmp"},
            ],
        }

    def _dump(self, folder: str, volume: str) -> dict[str, Any]:
        b = self.ctx.values.backup
        env = [*self._connection(), pod.env("BACKUP_DIR", folder)]
        if b.sink == "pvc":
            # An unfinished dump older than a run may last belongs to no live run.
            env += [
                pod.env("BACKUP_KEEP", b.pvc.keep),
                pod.env("BACKUP_STALE_MINUTES", b.active_deadline_seconds // 60 + 1),
            ]
        container = self._container("backup", b.image, "dump", env)
        _, ca_mounts = self.ctx.database.ca_volume()
        container["volumeMounts"] += [
            {"name": volume, "mountPath": folder},
            Connection.password_mount(),
            *ca_mounts,
        ]
        return container

    def _upload(self) -> dict[str, Any]:
        s3 = self.ctx.values.backup.s3
        env = [
            pod.env("BACKUP_DIR", STAGING_DIR),
            pod.env("BACKUP_S3_BUCKET", s3.bucket),
            pod.env("BACKUP_S3_PREFIX", s3.prefix),
            pod.env("BACKUP_AWS_ACCESS_KEY_ID_FILE", f"{AWS_DIR}/access-key-id"),
            pod.env("BACKUP_AWS_SECRET_ACCESS_KEY_FILE", f"{AWS_DIR}/secret-access-key"),
            pod.env("HOME", "/tmp"),  # the AWS CLI keeps its caches under ~/.aws
        ]
        if s3.region:
            env.append(pod.env("AWS_DEFAULT_REGION", s3.region))
        container = self._container("upload", s3.image, "upload", env)
        container["volumeMounts"] += [
            {"name": "dump", "mountPath": STAGING_DIR, "readOnly": True},
            {"name": "aws", "mountPath": AWS_DIR, "readOnly": True},
        ]
        return container

    def _pod_spec(self) -> dict[str, Any]:
        ctx, b = self.ctx, self.ctx.values.backup
        ca_volumes, _ = ctx.database.ca_volume()
        volumes = [ctx.scripts_volume(), pod.empty_dir("tmp", "16Mi"), ctx.database.password_volume(), *ca_volumes]
        spec: dict[str, Any] = {
            "serviceAccountName": ctx.naming.service_account(COMPONENT),
            "automountServiceAccountToken": False,
            "restartPolicy": "Never",
            "securityContext": self.ctx.pod_security_context(b.security_context),
        }
        if b.sink == "pvc":
            spec["containers"] = [self._dump(BACKUPS_DIR, "backups")]
            volumes.append({"name": "backups", "persistentVolumeClaim": {"claimName": b.pvc.claim_name}})
        else:
            spec["initContainers"] = [self._dump(STAGING_DIR, "dump")]
            spec["containers"] = [self._upload()]
            aws = b.s3.credentials_secret
            items = {aws.access_key_id_key: "access-key-id", aws.secret_access_key_key: "secret-access-key"}
            volumes += [pod.empty_dir("dump", b.s3.staging_size_limit), pod.secret_volume("aws", aws.name, items)]
        return {**spec, "volumes": volumes, **ctx.pod_fields(COMPONENT)}

    def _checkov_skips(self, pod_spec: dict[str, Any]) -> list[tuple[str, str]]:
        b = self.ctx.values.backup
        images = {"backup.image": b.image, **({"backup.s3.image": b.s3.image} if b.sink == "s3" else {})}
        tagged = " and ".join(key for key, image in images.items() if "@" not in image)
        # (checkov checks no probes on CronJobs: a run-to-completion pod has nothing to probe.)
        return checkov.pod_skips(
            pod_spec,
            unpinned=f"pinned by tag: {tagged} without an @sha256 digest (add one to pin by digest)",
            pull_policy="tag-pinned images pulled per backup.imagePullPolicy (IfNotPresent by default), so a run "
            "does not depend on the registry; pin by digest (or set Always)",
            low_uid=self.ctx.low_uid_reason(b.security_context, "backup.securityContext.runAsUser"),
        )
