"""`gateway` and `openshift`: what exposes the server instead of the Ingress (Gateway API routes,
an OpenShift Route), and OpenShift's way of running pods. certctl serves TLS 1.3 only, so every
way in either re-encrypts to it or passes the client's TLS through."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import Field, model_validator

from .base import Section, defaults, problem
from .types import DnsLabel, DnsName, Labels, Port

if TYPE_CHECKING:
    from .root import Values

Mode = Literal["reencrypt", "passthrough"]
# OpenShift labels the router's namespace with this (host-network routers included), and its
# documentation's "allow from the router" policy selects it.
ROUTER_NAMESPACE_LABELS = {"policy-group.network.openshift.io/ingress": ""}


class ParentRef(Section):
    """A Gateway (and optionally one listener of it) the route attaches to."""

    name: DnsName
    namespace: DnsLabel | None = Field(default=None, description="the Gateway's namespace; unset: the release's")
    section_name: DnsName | None = Field(default=None, description="the listener's name")
    port: Port | None = None


class BackendTls(Section):
    """How the gateway verifies the server (BackendTLSPolicy `validation`); `reencrypt` only."""

    ca_config_map: DnsName | None = Field(
        default=None,
        description="the ConfigMap holding the server's CA under `ca.crt`; unset: <fullname>-server-ca, which "
        "`main.py secrets` writes for the self-signed certificate",
    )
    well_known_ca_certificates: Literal["System"] | None = Field(
        default=None,
        alias="wellKnownCACertificates",
        description="System: trust the gateway's public CAs instead (a server certificate they sign)",
    )

    @model_validator(mode="after")
    def _one_source(self) -> BackendTls:
        if self.ca_config_map and self.well_known_ca_certificates:
            raise problem("wellKnownCACertificates", "set either caConfigMap or wellKnownCACertificates, not both")
        return self


class Gateway(Section):
    """Gateway API routes to the server: an HTTPRoute plus a BackendTLSPolicy (`reencrypt`), or a
    TLSRoute (`passthrough`)."""

    enabled: bool = False
    mode: Mode = Field(
        default="reencrypt",
        description="reencrypt: the gateway terminates TLS and opens TLS to the server; passthrough: the "
        "client's TLS reaches the server, picked by SNI",
    )
    parent_refs: list[ParentRef] = Field(default=[], description="the Gateways (listeners) the route attaches to")
    hostnames: list[DnsName] = Field(
        default=[], description="the public names; passthrough: required, and added to the server certificate"
    )
    namespace_selector: Labels = Field(
        default={},
        description="labels of the namespace the gateway's proxy pods run in, which the server's NetworkPolicy "
        "admits; empty: the parentRefs' namespaces",
    )
    backend_tls: BackendTls = defaults(BackendTls, alias="backendTLS")

    @model_validator(mode="after")
    def _routes(self) -> Gateway:
        if not self.enabled:
            return self
        if not self.parent_refs:
            raise problem(
                "parentRefs", "is required when gateway.enabled is true: the Gateway(s) the route attaches to"
            )
        if self.mode == "passthrough" and not self.hostnames:
            raise problem(
                "hostnames",
                "is required with gateway.mode passthrough: a TLSRoute matches connections by their SNI host name",
            )
        return self


class Route(Section):
    """The OpenShift Route `<fullname>` to the server Service."""

    enabled: bool = False
    host: DnsName | None = Field(default=None, description="the Route's public host name")
    termination: Mode = Field(
        default="reencrypt",
        description="reencrypt: the router opens TLS to the server; passthrough: the client's TLS reaches "
        "the server, whose certificate then also names the host",
    )
    destination_ca_certificate: str = Field(
        default="",
        alias="destinationCACertificate",
        description="reencrypt: the PEM CA the router verifies the server with; empty: OpenShift's service CA "
        "(server.tls.openshiftServiceCA)",
    )
    router_namespace_selector: Labels = Field(
        default=ROUTER_NAMESPACE_LABELS,
        description="labels of the router's namespace, which the server's NetworkPolicy admits",
    )

    @model_validator(mode="after")
    def _host(self) -> Route:
        if self.enabled and not self.host:
            raise problem("host", "is required when openshift.route.enabled is true: the Route's public host name")
        return self


class OpenShift(Section):
    """Pods run under the restricted-v2 SCC, which assigns the user and fsGroup from the
    namespace's range: no pod sets runAsUser, runAsGroup or fsGroup."""

    enabled: bool = False
    route: Route = defaults(Route)


def exposure_problem(values: Values) -> tuple[str, str] | None:
    """(key, message) for the first combination of Ingress, Gateway, Route, TLS source and
    network policy that cannot work; None when they fit."""
    ingress, gateway, openshift, tls = values.ingress, values.gateway, values.openshift, values.server.tls
    route, np = openshift.route, values.network_policy
    if gateway.enabled and ingress.enabled:
        return "gateway.enabled", "replaces the Ingress; set ingress.enabled: false"
    if route.enabled and not openshift.enabled:
        return "openshift.route.enabled", "needs openshift.enabled: true"
    if route.enabled and ingress.enabled:
        return "openshift.route.enabled", "replaces the Ingress; set ingress.enabled: false"
    if route.enabled and gateway.enabled:
        return "openshift.route.enabled", "set either openshift.route.enabled or gateway.enabled, not both"
    if tls.openshift_service_ca and not openshift.enabled:
        return "server.tls.openshiftServiceCA", "needs openshift.enabled: true (OpenShift's service CA signs it)"
    passthrough = (route.enabled and route.termination == "passthrough") or (
        gateway.enabled and gateway.mode == "passthrough"
    )
    if passthrough and tls.openshift_service_ca:
        return (
            "server.tls.openshiftServiceCA",
            "cannot name a public host, which passthrough needs in the server certificate; use "
            "server.tls.certManager, server.tls.existingSecret or the self-signed one",
        )
    reencrypt = route.enabled and route.termination == "reencrypt"
    if reencrypt and not tls.openshift_service_ca and not route.destination_ca_certificate:
        return (
            "openshift.route.destinationCACertificate",
            "is required for a reencrypt Route unless server.tls.openshiftServiceCA is true (the router "
            "then trusts OpenShift's service CA)",
        )
    if openshift.enabled and np.enabled and np.dns_provider != "openshift":
        return "networkPolicy.dnsProvider", "must be openshift with openshift.enabled (OpenShift's DNS pods)"
    if gateway.enabled and np.enabled and (np.ingress_namespace or np.ingress_namespace_selector):
        return (
            "networkPolicy.ingressNamespace",
            "names the Ingress controller's namespace; with gateway.enabled the gateway's is admitted "
            "(gateway.namespaceSelector, or the parentRefs' namespaces)",
        )
    if gateway.enabled and np.enabled and not gateway.namespace_selector:
        index = next((i for i, ref in enumerate(gateway.parent_refs) if not ref.namespace), None)
        if index is not None:
            return (
                f"gateway.parentRefs.{index}.namespace",
                "is required with the NetworkPolicy on (its namespace is the one admitted), unless "
                "gateway.namespaceSelector names where the gateway's pods run",
            )
    return None
