"""The certctl agents. Each pod registers itself before the agent starts (certctl issues the
agent ID only at registration) and trusts the server through the CA certificate alone: the
server's private key never reaches an agent pod.

What keeps an agent working, and why:
- its key folder is one the agent makes itself, inside a writable volume mounted at the folder
  above it: certctl tightens the folder to 0700 before every CSR (cmd/agent/keymem.go), which
  fails on a volume root the kubelet owns;
- a stable name: `<name>-<node>` on a DaemonSet, and one fixed name for a single-replica
  Deployment, replaced without overlap (Recreate), so a new pod takes over its registration;
- `start-agent.sh` tells a retired agent (which exits 0) from a stopped one, and restarts the
  agent when the server's CA changes, because certctl reads it only at start;
- the agent only logs a refused heartbeat and retries forever (cmd/agent/main.go:359-366), so
  `start-agent.sh` reads its log: on a 404 (its id unknown, as after a restore) it registers
  again, which is why the agent container holds the registrar key too (the agent process never
  gets it); on a 401 or 403 it writes a state file that fails the liveness probe."""

from __future__ import annotations

from typing import Any

from constructs import Construct

from ..manifest import DAEMON_SET, DEPLOYMENT, emit
from . import checkov, gitops, pod, scripts
from .context import SERVER_CA_DIR, SERVER_CA_FILE, Context

COMPONENT = "agent"
ID_DIR = "/var/run/certctl-agent"
STATE_FILE = f"{ID_DIR}/refused"  # written by start-agent.sh while the server refuses the agent key
# Fails while the state file exists, and shows why in the probe's event.
LIVENESS = {
    "exec": {"command": ["sh", "-c", f"! cat {STATE_FILE} 2>/dev/null"]},
    "periodSeconds": 30,
    "timeoutSeconds": 5,
    "failureThreshold": 2,
}
CA_BUNDLE = f"{SERVER_CA_DIR}/{SERVER_CA_FILE}"


class Agent(Construct):
    def __init__(self, scope: Construct, *, ctx: Context) -> None:
        super().__init__(scope, "agent")
        self.ctx = ctx
        a, n = ctx.values.agent, ctx.naming
        pod_spec = self._pod_spec()
        annotations = {**ctx.inline_checksum_annotation(), **scripts.scripts_checksum()}
        template = {"metadata": ctx.pod_metadata(COMPONENT, annotations), "spec": pod_spec}
        spec: dict[str, Any] = {"selector": {"matchLabels": n.selector(COMPONENT)}, "template": template}
        metadata = ctx.metadata(n.agent, COMPONENT, {**gitops.AGENT_WAVE, **self._checkov_skips(pod_spec)})
        if a.kind == "DaemonSet":
            spec["updateStrategy"] = {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 1}}
            emit(self, DAEMON_SET, metadata, spec=spec)
            return
        # One replica (the values refuse more) under one name, so never two pods at once: the old
        # one stops before the new one starts.
        spec["replicas"] = a.replicas
        spec["strategy"] = {"type": "Recreate"}
        emit(self, DEPLOYMENT, metadata, spec=spec)

    def _checkov_skips(self, pod_spec: dict[str, Any]) -> dict[str, str]:
        """Why the agent workload is exempt from the checkov checks it cannot pass."""
        a = self.ctx.values.agent
        unprobed = (
            "the certctl agent only calls out to the server and serves no endpoint, so it is never ready "
            "for anything; its liveness probe reads the state start-agent.sh keeps"
        )
        return checkov.skip_annotations(
            checkov.pod_skips(
                pod_spec,
                secrets_in_env="the certctl agent and its register init container read their API keys only from "
                "the environment (CERTCTL_API_KEY; REGISTRAR_API_KEY for registering again)",
                low_uid=self.ctx.low_uid_reason(a.security_context, "agent.securityContext.runAsUser"),
                no_readiness=unprobed,
            )
        )

    def _name(self) -> tuple[list[dict[str, Any]], str]:
        """(the env entries the name needs, the name): `<name>-<node>` on a DaemonSet, so a restarted
        pod reuses its node's registration; one fixed name for the one-replica Deployment (agent.name,
        else `<fullname>-agent`)."""
        v, n = self.ctx.values, self.ctx.naming
        node = [pod.field_env("NODE_NAME", "spec.nodeName")]
        if v.agent.kind == "DaemonSet":
            return node, f"{v.agent.name or v.release}-$(NODE_NAME)"
        return node, v.agent.name or n.agent

    def _identity_env(self) -> list[dict[str, Any]]:
        """Server URL, CA and name; each container adds the one key it presents."""
        fields, name = self._name()
        return [
            *fields,
            pod.env("CERTCTL_SERVER_URL", self.ctx.naming.server_url),
            pod.env("CERTCTL_AGENT_NAME", name),
            pod.env("CERTCTL_SERVER_CA_BUNDLE_PATH", CA_BUNDLE),
            pod.env("AGENT_ID_FILE", f"{ID_DIR}/agent-id"),
        ]

    def _state_volume(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """The writable folder above the key folder (unless that is /tmp, already writable)."""
        a = self.ctx.values.agent
        if a.key_parent == "/tmp":
            return [], []
        return [pod.empty_dir("state", a.key_dir_size_limit)], [{"name": "state", "mountPath": a.key_parent}]

    def _pod_spec(self) -> dict[str, Any]:
        v, ctx, a = self.ctx.values, self.ctx, self.ctx.values.agent
        identity = self._identity_env()
        state_volumes, state_mounts = self._state_volume()
        register = {
            "name": "register",
            **pod.image(v.server.image, v.app_version),
            "command": ["sh", f"{scripts.MOUNT}/register-agent.sh"],
            "env": identity + [ctx.credentials.key_env("registrar"), *self._registration_env()],
            "resources": pod.resources(a.registration.resources),
            "securityContext": self.ctx.container_security_context(a.security_context),
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
                pod.env("CA_CHECK_SECONDS", a.ca_check_seconds),
                pod.env("AGENT_STATE_FILE", STATE_FILE),
                # For start-agent.sh alone, to register again after a 404; the agent never gets it.
                ctx.credentials.key_env("registrar", "REGISTRAR_API_KEY"),
                *self._registration_env(),
                *[entry.as_kube() for entry in v.passthrough_env("agent")],
            ],
            "livenessProbe": LIVENESS,
            "resources": pod.resources(a.resources),
            "securityContext": self.ctx.container_security_context(a.security_context),
            "volumeMounts": [
                self._mount("scripts", scripts.MOUNT),
                self._mount("server-ca", SERVER_CA_DIR),
                {"name": "agent-id", "mountPath": ID_DIR},  # a new id after a 404, and the state file
                *state_mounts,
                {"name": "tmp", "mountPath": "/tmp"},
                *a.volume_mounts,
            ],
        }
        return {
            "serviceAccountName": ctx.naming.service_account(COMPONENT),
            "automountServiceAccountToken": False,
            "securityContext": self.ctx.pod_security_context(a.security_context),
            "initContainers": [register],
            "containers": [agent],
            "volumes": [
                ctx.scripts_volume(),
                ctx.server_ca_volume(),
                pod.empty_dir("agent-id", "1Mi"),
                *state_volumes,
                pod.empty_dir("tmp", "64Mi"),
                *a.volumes,
            ],
            **ctx.pod_fields(COMPONENT),
        }

    def _registration_env(self) -> list[dict[str, Any]]:
        """What register-agent.sh reads besides the identity and the key."""
        r = self.ctx.values.agent.registration
        return [
            pod.env("AGENT_HOSTNAME", "$(NODE_NAME)"),
            pod.env("REGISTER_MAX_ATTEMPTS", r.max_attempts),
            pod.env("REGISTER_RETRY_SECONDS", r.retry_seconds),
        ]

    @staticmethod
    def _mount(name: str, path: str) -> dict[str, Any]:
        return {"name": name, "mountPath": path, "readOnly": True}
