"""OpenShift: the Route `<fullname>` to the server (instead of the Ingress) and, when OpenShift's
service CA issues the server certificate, the ConfigMap its CA bundle is injected into, which
the server's clients trust."""

from __future__ import annotations

from typing import Any

from constructs import Construct

from ..manifest import CONFIG_MAP, ROUTE, emit
from .context import Context

# What OpenShift's service CA operator reads: on a Service, the Secret to write its serving
# certificate into; on a ConfigMap, whether to inject the CA bundle (as `service-ca.crt`).
SERVING_CERT_ANNOTATION = "service.beta.openshift.io/serving-cert-secret-name"
INJECT_CA_ANNOTATION = "service.beta.openshift.io/inject-cabundle"


class OpenShiftRoute(Construct):
    """A `reencrypt` Route verifies the server against destinationCACertificate or, left empty,
    OpenShift's service CA; a `passthrough` one hands the client's TLS to the server."""

    def __init__(self, scope: Construct, *, ctx: Context) -> None:
        super().__init__(scope, "route")
        n, route = ctx.naming, ctx.values.openshift.route
        tls: dict[str, Any] = {"termination": route.termination}
        if route.termination == "reencrypt" and route.destination_ca_certificate:
            tls["destinationCACertificate"] = route.destination_ca_certificate
        emit(
            self,
            ROUTE,
            ctx.metadata(n.route, "server"),
            spec={
                "host": route.host,
                "to": {"kind": "Service", "name": n.server, "weight": 100},
                "port": {"targetPort": "https"},
                "tls": tls,
            },
        )


class ServiceCaBundle(Construct):
    def __init__(self, scope: Construct, *, ctx: Context) -> None:
        super().__init__(scope, "service-ca")
        n = ctx.naming
        emit(self, CONFIG_MAP, ctx.metadata(n.service_ca_config_map, "server", {INJECT_CA_ANNOTATION: "true"}))
