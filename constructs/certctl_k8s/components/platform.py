"""Objects around the workloads: the Namespace (enforcing the restricted Pod Security Standard),
the scripts ConfigMap, the Secret for inline values, and the server certificate from cert-manager."""

from __future__ import annotations

from constructs import Construct

from ..manifest import CERTIFICATE, CONFIG_MAP, NAMESPACE, SECRET, emit
from .context import Context
from .gitops import KEEP_DATA
from .scripts import SCRIPTS, script_text

POD_SECURITY = {f"pod-security.kubernetes.io/{mode}": "restricted" for mode in ("enforce", "audit", "warn")}
POD_SECURITY_VERSION = {f"pod-security.kubernetes.io/{mode}-version": "v1.28" for mode in ("enforce", "audit", "warn")}


class Namespace(Construct):
    def __init__(self, scope: Construct, *, ctx: Context) -> None:
        super().__init__(scope, "namespace")
        labels = {**ctx.naming.labels(), **POD_SECURITY, **POD_SECURITY_VERSION}
        emit(
            self,
            NAMESPACE,
            # Deleting the Namespace deletes every claim in it, the database's and the backups'
            # alike: Argo CD and Flux must never prune it.
            {
                "name": ctx.naming.namespace,
                "labels": labels,
                "annotations": {**(ctx.naming.annotations() or {}), **KEEP_DATA},
            },
        )


class Scripts(Construct):
    """The shell scripts the pods run (scripts.SCRIPTS): agent registration and start, the reload
    sidecar, the configure and migration Jobs, the schema waits and the backup."""

    def __init__(self, scope: Construct, *, ctx: Context) -> None:
        super().__init__(scope, "scripts")
        emit(
            self,
            CONFIG_MAP,
            ctx.metadata(ctx.naming.scripts),
            data={name: script_text(name) for name in SCRIPTS},
        )


class InlineSecret(Construct):
    """Values written inline in the values file, for Helm compatibility (the loader warns)."""

    def __init__(self, scope: Construct, *, ctx: Context) -> None:
        super().__init__(scope, "inline-secret")
        emit(
            self,
            SECRET,
            ctx.metadata(ctx.naming.inline_secret),
            type="Opaque",
            stringData=dict(sorted(ctx.inline_data.items())),
        )


class ServerCertificate(Construct):
    """A cert-manager Certificate whose SANs are the server Service's names for this release and
    namespace (plus localhost and any extra names), so hostname verification passes."""

    def __init__(self, scope: Construct, *, ctx: Context) -> None:
        super().__init__(scope, "certificate")
        cm, n = ctx.values.server.tls.cert_manager, ctx.naming
        dns_names = list(dict.fromkeys([*n.certificate_hosts(), *cm.dns_names]))
        emit(
            self,
            CERTIFICATE,
            ctx.metadata(n.tls_secret, "server"),
            spec={
                "secretName": n.tls_secret,
                "commonName": cm.common_name or n.server,
                "dnsNames": dns_names,
                "duration": cm.duration,
                "renewBefore": cm.renew_before,
                "usages": ["server auth", "digital signature"],
                "privateKey": {"algorithm": "ECDSA", "size": 256, "rotationPolicy": "Always"},
                "issuerRef": {"name": cm.issuer_ref.name, "kind": cm.issuer_ref.kind, "group": cm.issuer_ref.group},
            },
        )
