"""The certctl agents. Each pod registers itself before the agent starts (certctl issues the
agent ID only at registration) and trusts the server through the CA certificate alone: the
server's private key never reaches an agent pod."""

from __future__ import annotations

from typing import Any

import cdk8s_plus_28.k8s as k8s

from constructs import Construct

from ..manifest import emit
from . import checkov, pod, scripts
from .context import SERVER_CA_DIR, SERVER_CA_FILE, Context

COMPONENT = "agent"
ID_DIR = "/var/run/certctl-agent"


class Agent(Construct):
    def __init__(self, scope: Construct, *, ctx: Context) -> None:
        super().__init__(scope, "agent")
        self.ctx = ctx
        a, n = ctx.values.agent, ctx.naming
        pod_spec = self._pod_spec()
        annotations = {**ctx.inline_checksum_annotation(), **scripts.scripts_checksum()}
        template = {"metadata": ctx.pod_metadata(COMPONENT, annotations), "spec": pod_spec}
        spec: dict[str, Any] = {"selector": {"matchLabels": n.selector(COMPONENT)}, "template": template}
        metadata = ctx.metadata(n.agent, COMPONENT, self._checkov_skips(pod_spec))
        if a.kind == "DaemonSet":
            spec["updateStrategy"] = {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 1}}
            emit(self, k8s.KubeDaemonSet, metadata, spec=spec)
        else:
            spec["replicas"] = a.replicas
            spec["strategy"] = {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 0, "maxSurge": 1}}
            emit(self, k8s.KubeDeployment, metadata, spec=spec)

    def _checkov_skips(self, pod_spec: dict[str, Any]) -> dict[str, str]:
        """Why the agent workload is exempt from the checkov checks it cannot pass."""
        a = self.ctx.values.agent
        unprobed = (
            "the certctl agent only calls out to the server and serves no endpoint to probe (if it dies "
            "the container exits and the kubelet restarts it)"
        )
        return checkov.skip_annotations(
            checkov.pod_skips(
                pod_spec,
                secrets_in_env="the certctl agent and its register init container read the API key only from "
                "the CERTCTL_API_KEY environment variable",
                low_uid=f"runs as non-root UID {a.security_context.run_as_user} from agent.securityContext.runAsUser "
                "(default 1000 as in the Helm chart) with all capabilities dropped; 10000 or more drops this skip",
                no_liveness=unprobed,
                no_readiness=unprobed,
            )
        )

    def _identity_env(self) -> list[dict[str, Any]]:
        """Server URL, CA and a stable name: `<name>-<node>` on a DaemonSet, so a restarted pod
        reuses its node's registration; `<name>-<pod>` on a Deployment. Each container adds the
        one key it presents."""
        v, ctx = self.ctx.values, self.ctx
        base = v.agent.name or v.release
        per = "NODE_NAME" if v.agent.kind == "DaemonSet" else "POD_NAME"
        entries = [
            pod.field_env("NODE_NAME", "spec.nodeName"),
            *([pod.field_env("POD_NAME", "metadata.name")] if per == "POD_NAME" else []),
            pod.env("CERTCTL_SERVER_URL", ctx.naming.server_url),
            pod.env("CERTCTL_AGENT_NAME", f"{base}-$({per})"),
            pod.env("CERTCTL_SERVER_CA_BUNDLE_PATH", f"{SERVER_CA_DIR}/{SERVER_CA_FILE}"),
            pod.env("AGENT_ID_FILE", f"{ID_DIR}/agent-id"),
        ]
        return entries

    def _pod_spec(self) -> dict[str, Any]:
        v, ctx, a = self.ctx.values, self.ctx, self.ctx.values.agent
        identity = self._identity_env()
        register = {
            "name": "register",
            **pod.image(v.server.image, v.app_version),
            "command": ["sh", f"{scripts.MOUNT}/register-agent.sh"],
            "env": identity
            + [
                # Only this container holds the registrar key (the bootstrap token).
                ctx.credentials.key_env("registrar"),
                pod.env("AGENT_HOSTNAME", "$(NODE_NAME)"),
                pod.env("REGISTER_MAX_ATTEMPTS", a.registration.max_attempts),
                pod.env("REGISTER_RETRY_SECONDS", a.registration.retry_seconds),
            ],
            "resources": pod.resources(a.registration.resources),
            "securityContext": pod.container_security_context(a.security_context),
            "volumeMounts": [
                self._mount("scripts", scripts.MOUNT),
                self._mount("server-ca", SERVER_CA_DIR),
                {"name": "agent-id", "mountPath": ID_DIR},
            ],
        }
        agent = {
            "name": "agent",
            **pod.image(a.image, v.app_version),
            "command": ["sh", f"{scripts.MOUNT}/start-agent.sh", "/app/agent"],
            "env": identity
            + [
                ctx.credentials.key_env("agent"),
                pod.env("CERTCTL_KEY_DIR", a.key_dir),
                *([pod.env("CERTCTL_DISCOVERY_DIRS", a.discovery_dirs)] if a.discovery_dirs else []),
                *([pod.env("CERTCTL_LOG_LEVEL", a.log_level)] if a.log_level else []),
                *[entry.as_kube() for entry in a.env],
            ],
            "resources": pod.resources(a.resources),
            "securityContext": pod.container_security_context(a.security_context),
            "volumeMounts": [
                self._mount("scripts", scripts.MOUNT),
                self._mount("server-ca", SERVER_CA_DIR),
                self._mount("agent-id", ID_DIR),
                {"name": "keys", "mountPath": a.key_dir},
                {"name": "tmp", "mountPath": "/tmp"},
            ],
        }
        return {
            "serviceAccountName": ctx.naming.service_account(COMPONENT),
            "automountServiceAccountToken": False,
            "securityContext": pod.pod_security_context(a.security_context),
            "initContainers": [register],
            "containers": [agent],
            "volumes": [
                ctx.scripts_volume(),
                ctx.server_ca_volume(),
                pod.empty_dir("agent-id", "1Mi"),
                pod.empty_dir("keys", a.key_dir_size_limit),
                pod.empty_dir("tmp", "64Mi"),
            ],
            **ctx.scheduling(COMPONENT),
        }

    @staticmethod
    def _mount(name: str, path: str) -> dict[str, Any]:
        return {"name": name, "mountPath": path, "readOnly": True}
