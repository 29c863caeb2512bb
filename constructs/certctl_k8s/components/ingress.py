"""The optional Ingress. certctl serves HTTPS only, so the Ingress tells the controller to speak
HTTPS to the backend (reference defect 12)."""

from __future__ import annotations

from constructs import Construct

from ..manifest import INGRESS, emit
from .context import Context

BACKEND_HTTPS = {"nginx.ingress.kubernetes.io/backend-protocol": "HTTPS"}


class Ingress(Construct):
    def __init__(self, scope: Construct, *, ctx: Context) -> None:
        super().__init__(scope, "ingress")
        v, n = ctx.values, ctx.naming
        ing = v.ingress
        annotations = {**BACKEND_HTTPS, **ing.annotations}
        if ing.cert_manager.enabled:
            ref = ing.cert_manager.issuer_ref
            key = "cert-manager.io/cluster-issuer" if ref.kind == "ClusterIssuer" else "cert-manager.io/issuer"
            annotations[key] = ref.name
        backend = {"service": {"name": n.server, "port": {"name": "https"}}}
        spec = {
            "ingressClassName": ing.class_name or None,
            "tls": [{"secretName": t.secret_name, "hosts": list(t.hosts)} for t in ing.tls] or None,
            "rules": [
                {
                    "host": h.host,
                    "http": {"paths": [{"path": p.path, "pathType": p.path_type, "backend": backend} for p in h.paths]},
                }
                for h in ing.hosts
            ],
        }
        emit(
            self,
            INGRESS,
            ctx.metadata(n.ingress, "server", annotations),
            spec={key: value for key, value in spec.items() if value is not None},
        )
