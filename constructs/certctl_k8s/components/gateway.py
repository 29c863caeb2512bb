"""Gateway API routes to the server, which replace the Ingress. certctl serves TLS 1.3 only, so
the gateway either re-encrypts (an HTTPRoute, and a BackendTLSPolicy telling it to speak TLS to
the Service and how to verify it) or passes the client's TLS through by SNI (a TLSRoute)."""

from __future__ import annotations

from typing import Any

from constructs import Construct

from ..manifest import emit
from .context import Context

CA_KEY = "ca.crt"  # the key a BackendTLSPolicy's CA ConfigMap holds (Gateway API: implementations must read it)


class GatewayRoutes(Construct):
    def __init__(self, scope: Construct, *, ctx: Context) -> None:
        super().__init__(scope, "gateway")
        # Imported here: loading a CRD binding costs a jsii round trip that most environments skip.
        from imports.io.k8s.networking import gateway as http
        from imports.io.k8s.networking import gateway as policies
        from imports.io.k8s.networking import gateway as tls

        v, n = ctx.values, ctx.naming
        gw = v.gateway
        parents = [
            {"name": ref.name, "namespace": ref.namespace, "sectionName": ref.section_name, "port": ref.port}
            for ref in gw.parent_refs
        ]
        rules = [{"backendRefs": [{"name": n.server, "port": v.server.service.port}]}]
        spec: dict[str, Any] = {"parentRefs": parents, "hostnames": list(gw.hostnames) or None, "rules": rules}
        meta = ctx.metadata(n.route, "server")
        if gw.mode == "passthrough":
            emit(self, tls.TlsRoute, meta, spec=spec)
            return
        emit(self, http.HttpRoute, meta, spec=spec)
        backend = gw.backend_tls
        trust: dict[str, Any] = (
            {"wellKnownCACertificates": backend.well_known_ca_certificates}
            if backend.well_known_ca_certificates
            else {"caCertificateRefs": [{"group": "", "kind": "ConfigMap", "name": n.backend_ca_config_map}]}
        )
        emit(
            self,
            policies.BackendTlsPolicy,
            ctx.metadata(n.backend_tls_policy, "server"),
            spec={
                "targetRefs": [{"group": "", "kind": "Service", "name": n.server}],
                # The name every server certificate covers (naming.server_hosts).
                "validation": {"hostname": n.server_host, **trust},
            },
        )
