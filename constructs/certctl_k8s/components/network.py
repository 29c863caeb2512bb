"""NetworkPolicies: deny everything in the namespace, then allow only the flows certctl needs.

Policies are additive (a pod may talk to a peer when any policy selecting it allows it), so each
flow is one small policy named after its purpose. Ports are the pods' container ports: policies
are evaluated after a Service's DNAT, so a podSelector peer on the target port also covers traffic
sent to the Service."""

from __future__ import annotations

from typing import Any

import cdk8s_plus_28.k8s as k8s

from constructs import Construct

from ..manifest import emit
from .backup import COMPONENT as BACKUP
from .context import Context
from .migration import COMPONENT as MIGRATION

NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name"  # set by Kubernetes on every Namespace (1.21+)
ALL_PODS: dict[str, Any] = {}  # an empty podSelector selects every pod of the namespace


def _tcp(*ports: int) -> list[dict[str, Any]]:
    return [{"protocol": "TCP", "port": port} for port in dict.fromkeys(ports)]


def _namespace(name: str) -> dict[str, Any]:
    return {"namespaceSelector": {"matchLabels": {NAMESPACE_NAME_LABEL: name}}}


class NetworkPolicies(Construct):
    """Default deny plus one allow policy per certctl flow (the chart adds it when
    `networkPolicy.enabled`)."""

    def __init__(self, scope: Construct, *, ctx: Context) -> None:
        super().__init__(scope, "network-policies")
        self.ctx = ctx
        v = ctx.values
        self._default_deny()
        self._dns()
        self._server_ingress()
        self._server_egress()
        if v.postgresql.enabled:
            self._postgres_ingress()
        if v.agent.enabled:
            self._api_client_egress("agent")
        self._api_client_egress("configure")
        if v.backup.enabled:
            self._backup_egress()
        if v.migrations.via_hook:
            self._database_client_egress(MIGRATION)

    def _policy(
        self,
        purpose: str,
        component: str | None,
        pod_selector: dict[str, Any],
        ingress: list[dict[str, Any]] | None = None,
        egress: list[dict[str, Any]] | None = None,
    ) -> None:
        """One policy `<fullname>-<purpose>`; its policyTypes are the directions it has rules for."""
        types = [name for name, rules in (("Ingress", ingress), ("Egress", egress)) if rules is not None]
        spec = {"podSelector": pod_selector, "policyTypes": types, "ingress": ingress or None, "egress": egress or None}
        emit(self, k8s.KubeNetworkPolicy, self.ctx.metadata(self.ctx.naming.component(purpose), component), spec=spec)

    def _selects(self, component: str) -> dict[str, Any]:
        return {"matchLabels": self.ctx.naming.selector(component)}

    def _default_deny(self) -> None:
        """Every pod of the namespace (ours and any other) starts with no ingress and no egress,
        so a flow not allowed below is refused rather than silently open."""
        self._policy("default-deny", None, ALL_PODS, ingress=[], egress=[])

    def _dns(self) -> None:
        """Every pod resolves names (Service names, the database, ACME and notifier hosts)
        through kube-dns, over UDP and TCP (TCP for truncated answers)."""
        np = self.ctx.values.network_policy
        peer = {**_namespace(np.dns_namespace), "podSelector": {"matchLabels": {"k8s-app": "kube-dns"}}}
        ports = [{"protocol": "UDP", "port": 53}, {"protocol": "TCP", "port": 53}]
        self._policy("allow-dns", None, ALL_PODS, egress=[{"to": [peer], "ports": ports}])

    def _server_ingress(self) -> None:
        """The HTTPS API: from anywhere, or only from the ingress controller's namespace when
        `ingressNamespace` / `ingressNamespaceSelector` is set (both set: a namespace must match
        both); always from the agents and the configure Job and, when set, from the monitoring
        namespace (metrics)."""
        v = self.ctx.values
        np, ports = v.network_policy, _tcp(v.server.port)
        namespace_labels = {
            **np.ingress_namespace_selector,
            **({NAMESPACE_NAME_LABEL: np.ingress_namespace} if np.ingress_namespace else {}),
        }
        clients: dict[str, Any] = {"ports": ports}
        if namespace_labels:
            clients["from"] = [{"namespaceSelector": {"matchLabels": namespace_labels}}]
        rules = [clients]
        clients_in_namespace = ["configure"] + (["agent"] if v.agent.enabled else [])
        rules += [{"from": [{"podSelector": self._selects(c)}], "ports": ports} for c in clients_in_namespace]
        if np.monitoring_namespace:
            rules.append({"from": [_namespace(np.monitoring_namespace)], "ports": ports})
        rules += [dict(rule) for rule in np.extra_ingress]  # the operator's own (Helm: extraIngress)
        self._policy("server-ingress", "server", self._selects("server"), ingress=rules)

    def _database(self) -> list[dict[str, Any]]:
        """The egress rule to certctl's database: the in-cluster pods, or `egressCidrs` on the
        external port (none without CIDRs: an empty `to` would mean every destination)."""
        v = self.ctx.values
        pg, cidrs = v.postgresql, [{"ipBlock": {"cidr": cidr}} for cidr in v.network_policy.egress_cidrs]
        if pg.enabled:
            return [{"to": [{"podSelector": self._selects("postgres")}], "ports": _tcp(pg.service.port)}]
        return [{"to": cidrs, "ports": _tcp(pg.external.port)}] if cidrs else []

    def _server_egress(self) -> None:
        """The server's database, and `egressCidrs` on `egressPorts` (443: ACME, issuers,
        notifier webhooks) plus the SMTP port when mail is on, plus the operator's own rules
        (Helm: extraEgress). Other destinations (network-scan targets, a Kubernetes API on 6443)
        need their port in `egressPorts`."""
        v = self.ctx.values
        np, server = v.network_policy, v.server
        # An empty `to` would mean every destination: without CIDRs the rule is left out.
        cidrs = [{"ipBlock": {"cidr": cidr}} for cidr in np.egress_cidrs]
        rules = self._database()
        outbound = sorted({*np.egress_ports, *server.outbound_ports()})
        if outbound and cidrs:
            rules.append({"to": cidrs, "ports": _tcp(*outbound)})
        rules += [dict(rule) for rule in np.extra_egress]
        self._policy("server-egress", "server", self._selects("server"), egress=rules)

    def _postgres_ingress(self) -> None:
        """The database accepts connections from the server pods and, when they are on, from the
        backup pods and the migration Job."""
        v = self.ctx.values
        clients = ["server"] + ([BACKUP] if v.backup.enabled else []) + ([MIGRATION] if v.migrations.via_hook else [])
        self._policy(
            "postgres-ingress",
            "postgres",
            self._selects("postgres"),
            ingress=[
                {"from": [{"podSelector": self._selects(c)} for c in clients], "ports": _tcp(v.postgresql.service.port)}
            ],
        )

    def _backup_egress(self) -> None:
        """The backup pods reach the database and, for the s3 sink, `egressCidrs` on 443."""
        v = self.ctx.values
        cidrs = [{"ipBlock": {"cidr": cidr}} for cidr in v.network_policy.egress_cidrs]
        rules = self._database()
        if v.backup.sink == "s3" and cidrs:
            rules.append({"to": cidrs, "ports": _tcp(443)})
        self._policy(f"{BACKUP}-egress", BACKUP, self._selects(BACKUP), egress=rules)

    def _database_client_egress(self, component: str) -> None:
        """A pod that only talks to the database (the migration Job): the database, and DNS
        through `allow-dns`; nothing else."""
        self._policy(f"{component}-egress", component, self._selects(component), egress=self._database())

    def _api_client_egress(self, component: str) -> None:
        """A client of the server's API (the agents and their registering init container, the
        configure Job) calls it through its Service or, for the Job, each pod directly: either way
        the server pods on the container port. Agents also reach the deploy targets the values
        open (agent.deployTargets; closed by default)."""
        v = self.ctx.values
        rules = [{"to": [{"podSelector": self._selects("server")}], "ports": _tcp(v.server.port)}]
        if component == "agent":
            rules += [
                {"to": [{"ipBlock": {"cidr": cidr}} for cidr in target.cidrs], "ports": _tcp(*target.ports)}
                for target in v.agent.deploy_targets
            ]
        self._policy(f"{component}-egress", component, self._selects(component), egress=rules)
