"""Objects around the workloads: the Namespace (enforcing the restricted Pod Security Standard),
the scripts ConfigMap, the Secret for inline values, and the server certificate from cert-manager."""

from __future__ import annotations

import cdk8s_plus_28.k8s as k8s

from constructs import Construct

from ..manifest import emit, object_meta
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
            k8s.KubeNamespace,
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
            k8s.KubeConfigMap,
            ctx.metadata(ctx.naming.scripts),
            data={name: script_text(name) for name in SCRIPTS},
        )


class InlineSecret(Construct):
    """Values written inline in the values file, for Helm compatibility (the loader warns)."""

    def __init__(self, scope: Construct, *, ctx: Context) -> None:
        super().__init__(scope, "inline-secret")
        emit(
            self,
            k8s.KubeSecret,
            ctx.metadata(ctx.naming.inline_secret),
            type="Opaque",
            string_data=dict(sorted(ctx.inline_data.items())),
        )


class ServerCertificate(Construct):
    """A cert-manager Certificate whose SANs are the server Service's names for this release and
    namespace (plus localhost and any extra names), so hostname verification passes."""

    def __init__(self, scope: Construct, *, ctx: Context) -> None:
        super().__init__(scope, "certificate")
        from imports.io import cert_manager  # loaded only when used, like the ServiceMonitor binding

        cm, n = ctx.values.server.tls.cert_manager, ctx.naming
        dns_names = list(dict.fromkeys([*n.certificate_hosts(), *cm.dns_names]))
        meta = ctx.metadata(n.tls_secret, "server")
        cert_manager.Certificate(
            self,
            "certificate",
            metadata=object_meta(meta),
            spec=cert_manager.CertificateSpec(
                secret_name=n.tls_secret,
                common_name=cm.common_name or n.server,
                dns_names=dns_names,
                duration=cm.duration,
                renew_before=cm.renew_before,
                usages=[
                    cert_manager.CertificateSpecUsages.SERVER_AUTH,
                    cert_manager.CertificateSpecUsages.DIGITAL_SIGNATURE,
                ],
                private_key=cert_manager.CertificateSpecPrivateKey(
                    algorithm=cert_manager.CertificateSpecPrivateKeyAlgorithm.ECDSA,
                    size=256,
                    rotation_policy=cert_manager.CertificateSpecPrivateKeyRotationPolicy.ALWAYS,
                ),
                issuer_ref=cert_manager.CertificateSpecIssuerRef(
                    name=cm.issuer_ref.name, kind=cm.issuer_ref.kind, group=cm.issuer_ref.group
                ),
            ),
        )
