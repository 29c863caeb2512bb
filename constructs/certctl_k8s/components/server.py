"""The certctl server: its settings ConfigMap, Deployment (with the certificate-reload sidecar)
and Service. What the server process needs comes from `runtime.ServerRuntime`, which the
migration Job shares."""

from __future__ import annotations

from typing import Any

from constructs import Construct

from ..manifest import CONFIG_MAP, DEPLOYMENT, SERVICE, emit
from ..values.budgets import DRAIN_SECONDS
from . import checkov, migration, openshift, pod, scripts
from .context import Context
from .runtime import SERVER_BINARY, TLS_DIR, ServerRuntime

COMPONENT = "server"


class Server(Construct):
    """Deployment `<fullname>-server`, Service and settings ConfigMap."""

    def __init__(self, scope: Construct, *, ctx: Context) -> None:
        super().__init__(scope, "server")
        self.ctx = ctx
        self.runtime = ServerRuntime(ctx)
        emit(self, CONFIG_MAP, ctx.metadata(ctx.naming.server, COMPONENT), data=self.runtime.config)
        self._deployment()
        self._service()

    def _reloader(self) -> dict[str, Any]:
        s = self.ctx.values.server
        return {
            "name": "tls-reloader",
            **pod.image(s.image, self.ctx.values.app_version),
            "command": ["sh", f"{scripts.MOUNT}/reload-on-change.sh"],
            "env": [
                pod.env("WATCH_FILES", f"{TLS_DIR}/tls.crt {TLS_DIR}/tls.key"),
                pod.env("RELOAD_PROCESS", SERVER_BINARY),
                pod.env("RELOAD_INTERVAL_SECONDS", s.tls.reload_interval_seconds),
            ],
            "resources": pod.resources(s.reloader.resources),
            "securityContext": self.ctx.container_security_context(s.security_context),
            "volumeMounts": [
                {"name": "tls", "mountPath": TLS_DIR, "readOnly": True},
                {"name": "scripts", "mountPath": scripts.MOUNT, "readOnly": True},
            ],
        }

    def _deployment(self) -> None:
        ctx, v, n, runtime = self.ctx, self.ctx.values, self.ctx.naming, self.runtime
        s = v.server
        server = {
            **runtime.container("server"),
            "ports": [{"name": "https", "containerPort": s.port, "protocol": "TCP"}],
            "livenessProbe": s.liveness_probe,
            "readinessProbe": s.readiness_probe,
            "startupProbe": s.startup_probe,
            # certctl closes its listener at once on SIGTERM; the pause lets Services and ingress
            # controllers stop sending it requests first.
            "lifecycle": {"preStop": {"exec": {"command": ["sleep", str(DRAIN_SECONDS)]}}},
            "resources": pod.resources(s.resources),
        }
        containers = [server] + ([self._reloader()] if s.reloader.enabled else [])
        # With the migration Job, a new server pod first waits until the database holds every
        # migration its image ships: the server then skips migrating, and must not serve an
        # older schema (docs/operations.md, Migrations). Without it, the pod waits until the database
        # accepts connections, which certctl tries only once.
        if v.migrations.via_hook:
            waits, wait_volumes = migration.schema_wait(ctx, runtime)
        else:
            waits, wait_volumes = [migration.database_wait(ctx, runtime)], []
        uses_scripts = s.reloader.enabled or bool(waits)
        spec: dict[str, Any] = {
            "serviceAccountName": n.service_account(COMPONENT),
            "automountServiceAccountToken": False,
            "securityContext": self.ctx.pod_security_context(s.security_context),
            "initContainers": waits + runtime.init_containers() or None,
            "containers": containers,
            "volumes": runtime.volumes + ([ctx.scripts_volume()] if uses_scripts else []) + wait_volumes,
            "shareProcessNamespace": True if s.reloader.enabled else None,
            "terminationGracePeriodSeconds": s.grace_seconds,
            **ctx.pod_fields(COMPONENT),
        }
        template_annotations = {
            "checksum/config": pod.checksum(runtime.config),
            **ctx.inline_checksum_annotation(),
            **(scripts.scripts_checksum() if uses_scripts else {}),
        }
        emit(
            self,
            DEPLOYMENT,
            ctx.metadata(n.server, COMPONENT, self._checkov_skips(spec)),
            spec={
                "replicas": s.replicas,
                "revisionHistoryLimit": 10,
                "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 0, "maxSurge": 1}},
                "selector": {"matchLabels": n.selector(COMPONENT)},
                "template": {"metadata": ctx.pod_metadata(COMPONENT, template_annotations), "spec": spec},
            },
        )

    def _checkov_skips(self, spec: dict[str, Any]) -> dict[str, str]:
        """Why the Deployment is exempt from the checkov checks it cannot pass."""
        s = self.ctx.values.server
        server_probed = bool(s.liveness_probe) and bool(s.readiness_probe)
        # Only the sidecar may lack probes: with the server's own probes gone checkov must fail.
        sidecar = (
            (
                "the tls-reloader sidecar is a polling shell loop that serves nothing to probe (if the loop "
                "ends the container exits and the kubelet restarts it)"
            )
            if s.reloader.enabled and server_probed
            else None
        )
        return checkov.skip_annotations(
            checkov.pod_skips(
                spec,
                secrets_in_env="certctl reads its credentials (API keys, database password, encryption key, "
                "notifier secrets) only from environment variables",
                low_uid=self.ctx.low_uid_reason(s.security_context, "server.securityContext.runAsUser"),
                no_liveness=sidecar,
                no_readiness=sidecar,
            )
        )

    def _service(self) -> None:
        ctx, svc = self.ctx, self.ctx.values.server.service
        port: dict[str, Any] = {"name": "https", "port": svc.port, "targetPort": "https", "protocol": "TCP"}
        if svc.node_port and svc.type != "ClusterIP":
            port["nodePort"] = svc.node_port
        annotations = dict(svc.annotations)
        if ctx.values.server.tls.source == "openshift-service-ca":
            # OpenShift's service CA writes a certificate for `<service>.<namespace>.svc` into it.
            annotations[openshift.SERVING_CERT_ANNOTATION] = ctx.naming.tls_secret
        emit(
            self,
            SERVICE,
            ctx.metadata(ctx.naming.server, COMPONENT, annotations),
            spec={
                "type": svc.type,
                "ports": [port],
                "selector": ctx.naming.selector(COMPONENT),
            },
        )
        # Headless: its DNS name lists every ready server pod, so the configure Job can send an
        # update to each replica (a replica rebuilds its issuers only from an update it serves).
        emit(
            self,
            SERVICE,
            ctx.metadata(ctx.naming.server_pods, COMPONENT),
            spec={
                "clusterIP": "None",
                "ports": [{"name": "https", "port": ctx.values.server.port, "targetPort": "https", "protocol": "TCP"}],
                "selector": ctx.naming.selector(COMPONENT),
            },
        )
