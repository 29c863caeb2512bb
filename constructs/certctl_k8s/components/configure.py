"""The configure Job: applies through certctl's API, with the admin key, what its environment
cannot set (see scripts/configure-certctl.sh): the roles and grants of the named keys, removing
the demo actor's leftover admin grant, and the DNS-01 hooks of the ACME issuers.

Its name carries a digest of everything it runs with (`jobs.digest_named_job`), so a changed
input is a new Job that runs, and an unchanged one is left alone. How each tool orders and
cleans it:

- `kubectl apply -k`: it starts with the rest and waits for the server's /ready itself;
- Argo CD: a Sync hook in wave 1, after the server and before the agents (gitops.py says why
  not PostSync), deleted before the next sync and on success, so a finished Job is never
  re-created as drift (argoproj/argo-cd#8586);
- Flux: the Job is re-created when its spec changes (`kustomize.toolkit.fluxcd.io/force`), and a
  renamed Job's predecessor is pruned with the rest of the folder's old objects.

There is no TTL by default: a GitOps tool would re-create a Job that a TTL deleted."""

from __future__ import annotations

from typing import Any

from constructs import Construct

from ..credentials import CUSTOM_ROLES, KEY_GRANTS
from . import checkov, gitops, jobs, pod, scripts
from .context import SERVER_CA_DIR, SERVER_CA_FILE, Context

COMPONENT = "configure"
ACME_ISSUERS = ("iss-acme-staging", "iss-acme-prod")  # what certctl seeds from CERTCTL_ACME_* (issuer.go)


class Configure(Construct):
    def __init__(self, scope: Construct, *, ctx: Context) -> None:
        super().__init__(scope, "configure")
        self.ctx = ctx
        v, n = ctx.values, ctx.naming
        pod_spec = self._pod_spec()
        template = {"metadata": ctx.pod_metadata(COMPONENT, scripts.scripts_checksum()), "spec": pod_spec}
        spec: dict[str, Any] = {
            "backoffLimit": v.configure.backoff_limit,
            "activeDeadlineSeconds": v.configure.active_deadline_seconds,
            "ttlSecondsAfterFinished": v.configure.ttl_seconds_after_finished,
            "template": template,
        }
        annotations = {
            **gitops.CONFIGURE_HOOK,
            **gitops.FLUX_FORCE,
            **checkov.skip_annotations(self._checkov_skips(pod_spec)),
        }
        jobs.digest_named_job(self, ctx, n.configure_job, COMPONENT, spec, annotations)

    def _settings(self) -> list[dict[str, Any]]:
        """What the script applies, as its environment (see configure-certctl.sh)."""
        v, n = self.ctx.values, self.ctx.naming
        entries = [
            pod.env("CONFIGURE_ROLES", " ".join(f"{role}={','.join(perms)}" for role, perms in CUSTOM_ROLES.items())),
            pod.env("CONFIGURE_GRANTS", " ".join(f"{key}={','.join(roles)}" for key, roles in KEY_GRANTS.items())),
            pod.env("CONFIGURE_DEMO_CLEANUP", v.configure.remove_demo_grant),
            pod.env("CONFIGURE_REPLICAS_HOST", n.server_pods_host()),
            pod.env("CONFIGURE_SERVER_REPLICAS", v.server.replicas),
            pod.env("CONFIGURE_MAX_ATTEMPTS", v.configure.wait_attempts),
        ]
        acme = v.server.issuer.acme
        dns = {
            "CONFIGURE_DNS_PRESENT_SCRIPT": acme.dns_present_script,
            "CONFIGURE_DNS_CLEANUP_SCRIPT": acme.dns_cleanup_script,
            "CONFIGURE_DNS_PERSIST_ISSUER_DOMAIN": acme.dns_persist_issuer_domain,
            "CONFIGURE_DNS_PROPAGATION_WAIT": acme.dns_propagation_wait_seconds,
        }
        if acme.enabled and any(dns.values()):
            entries.append(pod.env("CONFIGURE_ACME_ISSUERS", " ".join(ACME_ISSUERS)))
            entries += [pod.env(name, value) for name, value in dns.items() if value]
        return entries

    def _pod_spec(self) -> dict[str, Any]:
        ctx, v = self.ctx, self.ctx.values
        container = {
            "name": "configure",
            **pod.image(v.server.image, v.app_version),
            "command": ["sh", f"{scripts.MOUNT}/configure-certctl.sh"],
            "env": [
                pod.env("CERTCTL_SERVER_URL", ctx.naming.server_url),
                pod.env("CERTCTL_SERVER_CA_BUNDLE_PATH", f"{SERVER_CA_DIR}/{SERVER_CA_FILE}"),
                ctx.credentials.key_env("admin"),
                *self._settings(),
            ],
            "resources": pod.resources(v.configure.resources),
            "securityContext": self.ctx.container_security_context(v.server.security_context),
            "volumeMounts": [
                {"name": "scripts", "mountPath": scripts.MOUNT, "readOnly": True},
                {"name": "server-ca", "mountPath": SERVER_CA_DIR, "readOnly": True},
                {"name": "tmp", "mountPath": "/tmp"},
            ],
        }
        return {
            "serviceAccountName": ctx.naming.service_account(COMPONENT),
            "automountServiceAccountToken": False,
            "restartPolicy": "Never",
            "securityContext": self.ctx.pod_security_context(v.server.security_context),
            "containers": [container],
            "volumes": [ctx.scripts_volume(), ctx.server_ca_volume(), pod.empty_dir("tmp", "16Mi")],
            **ctx.pod_fields(COMPONENT),
        }

    def _checkov_skips(self, pod_spec: dict[str, Any]) -> list[tuple[str, str]]:
        v = self.ctx.values
        # (checkov checks no probes on Jobs: a run-to-completion pod has nothing to probe.)
        return checkov.pod_skips(
            pod_spec,
            secrets_in_env="the script presents the admin key as a bearer token; curl reads it from the "
            "environment and never from argv",
            low_uid=self.ctx.low_uid_reason(v.server.security_context, "server.securityContext.runAsUser"),
        )
