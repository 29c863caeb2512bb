"""certctl's schema migrations in a Job of their own (`migrations.viaHook`; docs/operations.md, Migrations).

The Job `<fullname>-migrate-<digest>` runs `/app/server --migrate-only` in a container built like
the server's (`runtime.ServerRuntime`): the same settings, files and init containers, because
certctl loads and validates its whole configuration before it migrates (TLS pair,
CERTCTL_AUTH_SECRET, cmd/server/main.go:59-66, internal/config/config.go:704). It serves no API,
so it holds none of the API keys: the bootstrap token's check is switched off for it instead.
It first waits until the database accepts connections, since certctl pings it once and exits
(cmd/server/main.go:157-161). Its name carries a digest of what it runs, like the configure Job's,
so a new image makes a new Job.

The server, told to skip migrations (CERTCTL_MIGRATIONS_VIA_HOOK), must not start on an older
schema; each server pod therefore waits, in two init containers, until certctl's ledger
`schema_migrations` lists every migration its image ships. That wait orders the rollout under
`kubectl apply -k`, Argo CD and Flux alike, and needs no access to the Kubernetes API."""

from __future__ import annotations

import posixpath
from typing import Any

from constructs import Construct

from . import checkov, gitops, jobs, pod, scripts
from .context import Context
from .runtime import SERVER_BINARY, ServerRuntime

COMPONENT = "migration"
SCRIPT = f"{scripts.MOUNT}/schema-wait.sh"
SCHEMA_DIR = "/run/certctl/schema"  # the list of the image's migrations, from one init container to the next
EXPECTED = f"{SCHEMA_DIR}/expected"
# Where the server image keeps its migrations: certctl reads ./migrations (CERTCTL_DATABASE_MIGRATIONS_PATH,
# internal/config/config.go:345) below its working folder /app.
IMAGE_WORKDIR = "/app"
INTERVAL_SECONDS = 5


def _migrations_dir(ctx: Context) -> str:
    for entry in ctx.values.server.env:
        if entry.name == "CERTCTL_DATABASE_MIGRATIONS_PATH" and entry.value:
            return posixpath.normpath(posixpath.join(IMAGE_WORKDIR, entry.value))
    return f"{IMAGE_WORKDIR}/migrations"


def _wait_container(ctx: Context, runtime: ServerRuntime, name: str, *step: str) -> dict[str, Any]:
    """A container of postgresql.image (psql, pg_isready) that runs a wait of schema-wait.sh
    against the server's database, with the server's URL, password and CA."""
    v = ctx.values
    pg, migrations = v.postgresql, v.migrations
    _, ca_mounts = ctx.database.ca_volume()
    return {
        "name": name,
        **pod.image(pg.image, pg.image.tag),
        "command": ["sh", SCRIPT, *step],
        "env": [
            *runtime.database_client_env(),
            pod.env("WAIT_SECONDS", migrations.active_deadline_seconds),
            pod.env("WAIT_INTERVAL_SECONDS", INTERVAL_SECONDS),
        ],
        "resources": pod.resources(migrations.wait_resources),
        "securityContext": ctx.container_security_context(v.server.security_context),
        "volumeMounts": [{"name": "scripts", "mountPath": scripts.MOUNT, "readOnly": True}, *ca_mounts],
    }


def database_wait(ctx: Context, runtime: ServerRuntime) -> dict[str, Any]:
    """The init container that holds a pod until the database accepts connections: certctl pings
    it once at start and exits when it cannot (cmd/server/main.go:157-161), which on a first
    install, while the database bootstraps, is a crash loop with a growing back-off."""
    return _wait_container(ctx, runtime, "wait-for-database", "database")


def schema_wait(ctx: Context, runtime: ServerRuntime) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(init containers, volumes) that hold a server pod until the schema is current: the first,
    of the server's image, lists the migrations the image ships; the second waits until
    schema_migrations lists them all. The pod also needs the scripts volume."""
    v = ctx.values
    listing = {
        "name": "list-migrations",
        **pod.image(v.server.image, v.app_version),
        "command": ["sh", SCRIPT, "list", _migrations_dir(ctx), EXPECTED],
        "resources": pod.resources(v.migrations.wait_resources),
        "securityContext": ctx.container_security_context(v.server.security_context),
        "volumeMounts": [
            {"name": "scripts", "mountPath": scripts.MOUNT, "readOnly": True},
            {"name": "schema", "mountPath": SCHEMA_DIR},
        ],
    }
    wait = _wait_container(ctx, runtime, "wait-for-schema", "migrations", EXPECTED)
    wait["volumeMounts"].append({"name": "schema", "mountPath": SCHEMA_DIR, "readOnly": True})
    return [listing, wait], [pod.empty_dir("schema", "1Mi")]


class Migration(Construct):
    """The Job `<fullname>-migrate-<digest>`, with its own ServiceAccount (made by `Access`)."""

    def __init__(self, scope: Construct, *, ctx: Context) -> None:
        super().__init__(scope, "migration")
        v, n = ctx.values, ctx.naming
        runtime = ServerRuntime(ctx)
        migrations = v.migrations
        migrate = {
            **runtime.container("migrate", serves=False),
            "command": [SERVER_BINARY, "--migrate-only"],
            "resources": pod.resources(migrations.resources or v.server.resources),
        }
        pod_spec = {
            "serviceAccountName": n.service_account(COMPONENT),
            "automountServiceAccountToken": False,
            "restartPolicy": "Never",
            "securityContext": ctx.pod_security_context(v.server.security_context),
            "initContainers": [
                database_wait(ctx, runtime),
                *runtime.init_containers(),
            ],
            "containers": [migrate],
            "volumes": [*runtime.volumes, ctx.scripts_volume()],
            **ctx.pod_fields(COMPONENT),
        }
        # The inputs the name's digest must follow: the server's settings and scripts too.
        inputs = {
            "checksum/config": pod.checksum(runtime.config),
            **ctx.inline_checksum_annotation(),
            **scripts.scripts_checksum(),
        }
        spec = {
            "backoffLimit": migrations.backoff_limit,
            "activeDeadlineSeconds": migrations.active_deadline_seconds,
            "template": {"metadata": ctx.pod_metadata(COMPONENT, inputs), "spec": pod_spec},
        }
        skips = checkov.pod_skips(
            pod_spec,
            secrets_in_env="certctl reads its credentials only from environment variables, and --migrate-only "
            "checks them all before it migrates (cmd/server/main.go:59-66)",
            low_uid=ctx.low_uid_reason(v.server.security_context, "server.securityContext.runAsUser"),
        )
        annotations = {**gitops.FLUX_FORCE, **checkov.skip_annotations(skips)}
        jobs.digest_named_job(self, ctx, n.migrate_job, COMPONENT, spec, annotations)
