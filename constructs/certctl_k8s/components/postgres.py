"""The in-cluster PostgreSQL: headless Service and StatefulSet. Names, serviceName, selector and
the claim template equal the Helm chart's, because Kubernetes refuses to change them later and
the claim template decides which PVC (and so which data) the pod gets."""

from __future__ import annotations

from typing import Any

from constructs import Construct

from ..manifest import SERVICE, STATEFUL_SET, emit
from ..naming import CLAIM_TEMPLATE
from . import checkov, pod, scripts
from .context import Context
from .database import PASSWORD_FILE, Connection

COMPONENT = "postgres"
START_SCRIPT = "start-postgres.sh"
SOCKET_DIR = "/var/run/postgresql"  # the image's (its Dockerfile sets DEFAULT_PGSOCKET_DIR)
DATA_DIR = "/var/lib/postgresql/data"
# The data lives in a subdirectory of the volume (a fresh filesystem's lost+found would make initdb
# refuse), the same `postgres` subdirectory the Helm chart's subPath mount used, so a PVC from a
# Helm release is picked up as it is.
PGDATA = f"{DATA_DIR}/postgres"


class Postgres(Construct):
    def __init__(self, scope: Construct, *, ctx: Context) -> None:
        super().__init__(scope, "postgres")
        self.ctx = ctx
        n = ctx.naming
        emit(
            self,
            SERVICE,
            ctx.metadata(n.postgres, COMPONENT),
            spec={
                "clusterIP": "None",
                "ports": [
                    {
                        "name": "postgres",
                        "port": ctx.values.postgresql.service.port,
                        "targetPort": "postgres",
                        "protocol": "TCP",
                    }
                ],
                "selector": n.selector(COMPONENT),
            },
        )
        self._statefulset()

    def _probe(self, given: dict[str, Any] | None, timing: dict[str, int]) -> dict[str, Any]:
        if given is not None:
            return given
        auth = self.ctx.values.postgresql.auth
        port = str(self.ctx.values.postgresql.service.port)
        command = [
            "pg_isready",
            "--host",
            "127.0.0.1",
            "--port",
            port,
            "--username",
            auth.username,
            "--dbname",
            auth.database,
        ]
        return {"exec": {"command": command}, **timing}

    def stop_command(self) -> list[str]:
        """pg_ctl's fast shutdown, waiting until a little before the grace period ends."""
        wait = self.ctx.values.postgresql.termination_grace_period_seconds - 5
        return ["pg_ctl", "stop", "--pgdata", PGDATA, "--mode", "fast", "--wait", f"--timeout={wait}"]

    def _statefulset(self) -> None:
        ctx, n, pg = self.ctx, self.ctx.naming, self.ctx.values.postgresql
        config = dict(pg.postgresql_config)
        max_connections = ctx.values.derived_max_connections
        if max_connections is not None:
            config["max_connections"] = max_connections  # what the servers may open, when over the default
        args = [item for key, value in config.items() for item in ("-c", f"{key}={pod.env_value(value)}")]
        container = {
            "name": "postgres",
            **pod.image(pg.image, pg.image.tag),
            # Sets the role's password from the Secret on every start, then runs the image's
            # entrypoint with the image's command (scripts/start-postgres.sh).
            "command": ["sh", f"{scripts.MOUNT}/{START_SCRIPT}"],
            "args": ["postgres", *args],
            "ports": [{"name": "postgres", "containerPort": pg.service.port, "protocol": "TCP"}],
            "env": [
                pod.env("POSTGRES_USER", pg.auth.username),
                pod.env("POSTGRES_DB", pg.auth.database),
                # The password reaches the image's entrypoint as a file, not as a variable.
                pod.env("POSTGRES_PASSWORD_FILE", PASSWORD_FILE),
                pod.env("PGDATA", PGDATA),
                pod.env("PGPORT", pg.service.port),
                pod.env("POSTGRES_INITDB_ARGS", "--encoding=UTF8"),
                pod.env("PGHOST", SOCKET_DIR),
            ],
            "livenessProbe": self._probe(
                pg.liveness_probe,
                {"initialDelaySeconds": 10, "periodSeconds": 10, "timeoutSeconds": 5, "failureThreshold": 3},
            ),
            "readinessProbe": self._probe(
                pg.readiness_probe,
                {"initialDelaySeconds": 5, "periodSeconds": 5, "timeoutSeconds": 3, "failureThreshold": 2},
            ),
            "startupProbe": self._probe(
                pg.startup_probe, {"periodSeconds": 10, "timeoutSeconds": 5, "failureThreshold": 90}
            ),
            # SIGTERM asks PostgreSQL for a smart shutdown, which waits for every client (certctl's
            # pools never leave); a fast one ends their sessions and checkpoints.
            "lifecycle": {"preStop": {"exec": {"command": self.stop_command()}}},
            "resources": pod.resources(pg.resources),
            "securityContext": self.ctx.container_security_context(pg.security_context),
            "volumeMounts": [
                {"name": CLAIM_TEMPLATE, "mountPath": DATA_DIR},
                {"name": "run", "mountPath": SOCKET_DIR},
                {"name": "tmp", "mountPath": "/tmp"},
                {"name": "shm", "mountPath": "/dev/shm"},
                Connection.password_mount(),
                {"name": "scripts", "mountPath": scripts.MOUNT, "readOnly": True},
            ],
        }
        pod_spec = {
            "serviceAccountName": n.service_account(COMPONENT),
            "automountServiceAccountToken": False,
            "securityContext": self.ctx.pod_security_context(pg.security_context),
            "containers": [container],
            "volumes": [
                pod.empty_dir("run", "16Mi"),
                pod.empty_dir("tmp", "256Mi"),
                # PostgreSQL's dynamic shared memory (parallel queries) lives in /dev/shm, which a
                # container gets as 64 MiB unless a memory-backed volume replaces it.
                pod.empty_dir("shm", pg.shm_size_limit, medium="Memory"),
                ctx.postgres_password_volume(),
                ctx.scripts_volume(),
            ],
            "terminationGracePeriodSeconds": pg.termination_grace_period_seconds,
            **ctx.pod_fields(COMPONENT),
        }
        skips = checkov.skip_annotations(
            checkov.pod_skips(
                pod_spec,
                low_uid=self.ctx.low_uid_reason(
                    pg.security_context,
                    "postgresql.securityContext.runAsUser",
                    "PostgreSQL refuses a data directory another UID owns, so existing volumes keep theirs",
                ),
            )
        )
        claim: dict[str, Any] = {
            "accessModes": list(pg.storage.access_modes),
            "resources": {"requests": {"storage": pg.storage.size}},
        }
        if pg.storage.storage_class:
            claim["storageClassName"] = pg.storage.storage_class
        retention = "Retain" if pg.storage.retain_on_delete else "Delete"
        emit(
            self,
            STATEFUL_SET,
            ctx.metadata(n.postgres, COMPONENT, skips),
            spec={
                "serviceName": n.postgres,
                # Immutable, like serviceName: spelled out as the Helm chart does (it is also the default).
                "podManagementPolicy": "OrderedReady",
                "replicas": 1,
                "selector": {"matchLabels": n.selector(COMPONENT)},
                "persistentVolumeClaimRetentionPolicy": {"whenDeleted": retention, "whenScaled": "Retain"},
                "template": {
                    "metadata": ctx.pod_metadata(COMPONENT, scripts.scripts_checksum((START_SCRIPT,))),
                    "spec": pod_spec,
                },
                # Only the name, as in the Helm chart: the template is immutable once created.
                "volumeClaimTemplates": [{"metadata": {"name": CLAIM_TEMPLATE}, "spec": claim}],
            },
        )
