"""The certctl server: its settings ConfigMap, Deployment (with the certificate-reload sidecar)
and Service."""

from __future__ import annotations

from typing import Any

import cdk8s_plus_28.k8s as k8s

from constructs import Construct

from ..manifest import emit
from ..values.budgets import DRAIN_SECONDS
from ..values.settings import SecretFile
from . import checkov, pod, scripts
from .context import Context

COMPONENT = "server"
TLS_DIR = "/etc/certctl/tls"
ISSUER_CA_DIR = "/etc/certctl/issuer-ca"
FILES_DIR = "/etc/certctl/files"
PRIVATE_DIR = "/run/certctl/private"  # owner-only copies of the key files certctl checks (below)
# Copies each source file to its target with umask 077, so the copy is the server user's own and
# readable by nobody else: certctl refuses a SCEP RA key that group or others may read
# (`mode & 077`, cmd/server/wire.go:374-383), which a Secret file under fsGroup always is.
COPY_KEYS = 'umask 077; while [ "$#" -gt 1 ]; do cp "$1" "$2"; shift 2; done'


def _files_dir(secret: str) -> str:
    """Where the keys of a Secret that settings name as files are mounted."""
    return f"{FILES_DIR}/{secret}"


def _source(value: SecretFile | str) -> str:
    """The path a file setting names: a mounted Secret key, or the operator's own path."""
    if isinstance(value, SecretFile):
        return f"{_files_dir(value.secret_key_ref.name)}/{value.secret_key_ref.key}"
    return value


class Server(Construct):
    """Deployment `<fullname>-server`, Service and settings ConfigMap."""

    def __init__(self, scope: Construct, *, ctx: Context) -> None:
        super().__init__(scope, "server")
        self.ctx = ctx
        n, s = ctx.naming, ctx.values.server
        plain, secret = self._split_settings()
        config = {
            "CERTCTL_SERVER_HOST": "0.0.0.0",
            "CERTCTL_SERVER_PORT": str(s.port),
            "CERTCTL_SERVER_TLS_CERT_PATH": f"{TLS_DIR}/tls.crt",
            "CERTCTL_SERVER_TLS_KEY_PATH": f"{TLS_DIR}/tls.key",
            "CERTCTL_AUTH_TYPE": s.auth.type,
            # Registration must present the bootstrap token (the registrar key), never nothing.
            "CERTCTL_AGENT_BOOTSTRAP_TOKEN_DENY_EMPTY": "true",
            **self._acme_insecure_ack(),
            **plain,
            **self._database_config(),
            **self._issuer_ca_config(),
        }
        emit(self, k8s.KubeConfigMap, ctx.metadata(n.server, COMPONENT), data=config)
        self._deployment(config, secret)
        self._service()

    def _split_settings(self) -> tuple[dict[str, str], list[dict[str, Any]]]:
        plain: dict[str, str] = {}
        secret: list[dict[str, Any]] = []
        copies = dict(self._key_copies())
        for setting in self.ctx.values.server.settings:
            if setting.kind == "secret":
                secret.append(self.ctx.credentials.setting(setting.variable, setting.value))
            elif setting.variable in copies:
                plain[setting.variable] = copies[setting.variable][1]
            elif isinstance(setting.value, SecretFile):
                plain[setting.variable] = _source(setting.value)
            else:
                plain[setting.variable] = pod.env_value(setting.value)
        return plain, secret

    def _key_copies(self) -> list[tuple[str, tuple[str, str]]]:
        """(variable, (source, copy)) for every key file certctl wants owner-only."""
        return [
            (s.variable, (_source(s.value), f"{PRIVATE_DIR}/{s.variable.removeprefix('CERTCTL_').lower()}.pem"))
            for s in self.ctx.values.server.settings
            if s.kind == "key-file"
        ]

    def _copy_keys(self, mounts: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The init container that makes those copies, with the server's user and mounts."""
        copies = self._key_copies()
        if not copies:
            return []
        s = self.ctx.values.server
        return [
            {
                "name": "private-keys",
                **pod.image(s.image, self.ctx.values.app_version),
                "command": ["sh", "-c", COPY_KEYS, "copy-keys", *(path for _, pair in copies for path in pair)],
                "resources": pod.resources(s.reloader.resources),
                "securityContext": pod.container_security_context(s.security_context),
                "volumeMounts": mounts,
            }
        ]

    def _file_volumes(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """One read-only volume per Secret whose keys settings name as files."""
        keys: dict[str, set[str]] = {}
        for setting in self.ctx.values.server.settings:
            if isinstance(setting.value, SecretFile):
                ref = setting.value.secret_key_ref
                keys.setdefault(ref.name, set()).add(ref.key)
        volumes, mounts = [], []
        for index, name in enumerate(sorted(keys)):
            volume = f"files-{index}"
            volumes.append(
                {
                    "name": volume,
                    "secret": {
                        "secretName": name,
                        "defaultMode": 0o440,
                        "items": [{"key": k, "path": k} for k in sorted(keys[name])],
                    },
                }
            )
            mounts.append({"name": volume, "mountPath": _files_dir(name), "readOnly": True})
        return volumes, mounts

    def _database_config(self) -> dict[str, str]:
        """The database's URL, without its password (PGPASSWORD), and its CA (components/database.py)."""
        if self.ctx.values.database_url_in_env:
            return {}
        database = self.ctx.database
        config = {"CERTCTL_DATABASE_URL": database.url}
        if database.ca_file:
            config["PGSSLROOTCERT"] = database.ca_file
        return config

    def _acme_insecure_ack(self) -> dict[str, str]:
        """certctl refuses CERTCTL_ACME_INSECURE without its acknowledgement; the key that asks
        for it (warned about at load) is the acknowledgement."""
        acme = self.ctx.values.server.issuer.acme
        return {"CERTCTL_ACME_INSECURE_ACK": "true"} if acme.enabled and acme.insecure else {}

    def _issuer_ca_config(self) -> dict[str, str]:
        local = self.ctx.values.server.issuer.local
        if not local.enabled or local.ephemeral:
            return {}
        if local.ca_cert_path:
            return {"CERTCTL_CA_CERT_PATH": local.ca_cert_path, "CERTCTL_CA_KEY_PATH": local.ca_key_path}
        return {"CERTCTL_CA_CERT_PATH": f"{ISSUER_CA_DIR}/ca.crt", "CERTCTL_CA_KEY_PATH": f"{ISSUER_CA_DIR}/ca.key"}

    def _secret_env(self, settings: list[dict[str, Any]]) -> list[dict[str, Any]]:
        v, credentials = self.ctx.values, self.ctx.credentials
        entries = credentials.server_keys()
        if not v.database_url_in_env:
            entries.append(self.ctx.database.password_env("PGPASSWORD"))
        entries.append(credentials.encryption_key())
        return entries + settings + [entry.as_kube() for entry in v.server.env]

    def _volumes(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        v, n = self.ctx.values, self.ctx.naming
        volumes = [
            {
                "name": "tls",
                "secret": {
                    "secretName": n.tls_secret,
                    "defaultMode": 0o440,
                    "items": [{"key": "tls.crt", "path": "tls.crt"}, {"key": "tls.key", "path": "tls.key"}],
                },
            },
            pod.empty_dir("tmp", "64Mi"),
        ]
        mounts: list[dict[str, Any]] = [
            {"name": "tls", "mountPath": TLS_DIR, "readOnly": True},
            {"name": "tmp", "mountPath": "/tmp"},
        ]
        local = v.server.issuer.local
        if local.enabled and not local.ephemeral and not local.ca_cert_path:
            volumes.append({"name": "issuer-ca", "secret": {"secretName": n.issuer_ca_secret, "defaultMode": 0o440}})
            mounts.append({"name": "issuer-ca", "mountPath": ISSUER_CA_DIR, "readOnly": True})
        ca_volumes, ca_mounts = self.ctx.postgres_ca()
        volumes += ca_volumes
        mounts += ca_mounts
        if v.server.reloader.enabled:
            volumes.append(self.ctx.scripts_volume())
        file_volumes, file_mounts = self._file_volumes()
        if self._key_copies():
            volumes.append(pod.empty_dir("private", "1Mi"))
            mounts.append({"name": "private", "mountPath": PRIVATE_DIR})
        return volumes + file_volumes + [*v.server.volumes], mounts + file_mounts + [*v.server.volume_mounts]

    def _reloader(self) -> dict[str, Any]:
        s = self.ctx.values.server
        return {
            "name": "tls-reloader",
            **pod.image(s.image, self.ctx.values.app_version),
            "command": ["sh", f"{scripts.MOUNT}/reload-on-change.sh"],
            "env": [
                pod.env("WATCH_FILES", f"{TLS_DIR}/tls.crt {TLS_DIR}/tls.key"),
                pod.env("RELOAD_PROCESS", "/app/server"),
                pod.env("RELOAD_INTERVAL_SECONDS", s.tls.reload_interval_seconds),
            ],
            "resources": pod.resources(s.reloader.resources),
            "securityContext": pod.container_security_context(s.security_context),
            "volumeMounts": [
                {"name": "tls", "mountPath": TLS_DIR, "readOnly": True},
                {"name": "scripts", "mountPath": scripts.MOUNT, "readOnly": True},
            ],
        }

    def _deployment(self, config: dict[str, str], secret_settings: list[dict[str, Any]]) -> None:
        ctx, v, n = self.ctx, self.ctx.values, self.ctx.naming
        s = v.server
        volumes, mounts = self._volumes()
        server = {
            "name": "server",
            **pod.image(s.image, v.app_version),
            "ports": [{"name": "https", "containerPort": s.port, "protocol": "TCP"}],
            "envFrom": [{"configMapRef": {"name": n.server}}],
            "env": self._secret_env(secret_settings),
            "livenessProbe": s.liveness_probe,
            "readinessProbe": s.readiness_probe,
            "startupProbe": s.startup_probe,
            # certctl closes its listener at once on SIGTERM; the pause lets Services and ingress
            # controllers stop sending it requests first.
            "lifecycle": {"preStop": {"exec": {"command": ["sleep", str(DRAIN_SECONDS)]}}},
            "resources": pod.resources(s.resources),
            "securityContext": pod.container_security_context(s.security_context),
            "volumeMounts": mounts,
        }
        containers = [server] + ([self._reloader()] if s.reloader.enabled else [])
        spec: dict[str, Any] = {
            "serviceAccountName": n.service_account(COMPONENT),
            "automountServiceAccountToken": False,
            "securityContext": pod.pod_security_context(s.security_context),
            "initContainers": self._copy_keys(mounts) or None,
            "containers": containers,
            "volumes": volumes,
            "shareProcessNamespace": True if s.reloader.enabled else None,
            "terminationGracePeriodSeconds": s.grace_seconds,
            **ctx.pod_fields(COMPONENT),
        }
        template_annotations = {
            "checksum/config": pod.checksum(config),
            **ctx.inline_checksum_annotation(),
            **(scripts.scripts_checksum() if s.reloader.enabled else {}),
        }
        emit(
            self,
            k8s.KubeDeployment,
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
                low_uid=f"runs as non-root UID {s.security_context.run_as_user} from server.securityContext.runAsUser "
                "(default 1000 as in the Helm chart) with all capabilities dropped; 10000 or more drops this skip",
                no_liveness=sidecar,
                no_readiness=sidecar,
            )
        )

    def _service(self) -> None:
        ctx, svc = self.ctx, self.ctx.values.server.service
        port: dict[str, Any] = {"name": "https", "port": svc.port, "targetPort": "https", "protocol": "TCP"}
        if svc.node_port and svc.type != "ClusterIP":
            port["nodePort"] = svc.node_port
        emit(
            self,
            k8s.KubeService,
            ctx.metadata(ctx.naming.server, COMPONENT, svc.annotations),
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
            k8s.KubeService,
            ctx.metadata(ctx.naming.server_pods, COMPONENT),
            spec={
                "clusterIP": "None",
                "ports": [{"name": "https", "port": ctx.values.server.port, "targetPort": "https", "protocol": "TCP"}],
                "selector": ctx.naming.selector(COMPONENT),
            },
        )
