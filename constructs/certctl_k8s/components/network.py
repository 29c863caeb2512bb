"""NetworkPolicies: deny everything to and from this release's pods, then allow only the flows
certctl needs. Every policy selects the release's own pods (its labels, or the labels the
CloudNativePG operator puts on its Cluster's pods), never the whole namespace, so other workloads
in a shared namespace are untouched.

Policies are additive (a pod may talk to a peer when any policy selecting it allows it), so each
flow is one small policy named after its purpose. Ports are the pods' container ports: policies
are evaluated after a Service's DNAT, so a podSelector peer on the target port also covers traffic
sent to the Service."""

from __future__ import annotations

from typing import Any

from constructs import Construct

from ..manifest import NETWORK_POLICY, emit
from ..naming import CLUSTER
from ..values.cloudnativepg import METRICS_PORT, POSTGRES_PORT, STATUS_PORT
from .backup import COMPONENT as BACKUP
from .cloudnativepg import COMPONENT as DATABASE
from .context import Context
from .migration import COMPONENT as MIGRATION

NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name"  # set by Kubernetes on every Namespace (1.21+)


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
        if v.postgresql.statefulset:
            self._postgres_ingress()
        if v.postgresql.cluster:
            self._cluster_ingress()
            self._cluster_egress()
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
        emit(self, NETWORK_POLICY, self.ctx.metadata(self.ctx.naming.component(purpose), component), spec=spec)

    def _selects(self, component: str) -> dict[str, Any]:
        return {"matchLabels": self.ctx.naming.selector(component)}

    def _release_pods(self) -> list[tuple[str, str | None, dict[str, Any]]]:
        """(name prefix, component, selector) of each group of this release's pods: ours, and the
        Cluster's pods, which carry the operator's labels rather than ours."""
        groups: list[tuple[str, str | None, dict[str, Any]]] = [
            ("", None, {"matchLabels": self.ctx.naming.release_pods()})
        ]
        if self.ctx.values.postgresql.cluster:
            groups.append((f"{CLUSTER}-", DATABASE, {"matchLabels": self.ctx.naming.database_pods()}))
        return groups

    def _default_deny(self) -> None:
        """Every pod of this release starts with no ingress and no egress, so a flow not allowed
        below is refused rather than silently open."""
        for prefix, component, pods in self._release_pods():
            self._policy(f"{prefix}default-deny", component, pods, ingress=[], egress=[])

    def _dns(self) -> None:
        """Every pod of the release resolves names (Service names, the database, ACME and notifier hosts), over
        UDP and TCP (TCP for truncated answers), through the DNS the cluster runs: kube-dns pods;
        NodeLocal DNSCache, a host-network daemon reached by address, with kube-dns behind it; or
        OpenShift's DNS pods, which listen on 5353 behind the Service's 53."""
        np = self.ctx.values.network_policy
        if np.dns_provider == "openshift":
            pods = {"dns.operator.openshift.io/daemonset-dns": "default"}
            rules = [self._dns_rule([self._pods_in(np.dns_pods_namespace, pods)], 5353)]
        else:
            kube_dns = self._pods_in(np.dns_pods_namespace, {"k8s-app": "kube-dns"})
            rules = [self._dns_rule([kube_dns], 53)]
            if np.dns_provider == "node-local-dns":
                rules.insert(0, self._dns_rule([{"ipBlock": {"cidr": cidr}} for cidr in np.dns_cache_cidrs], 53))
        for prefix, component, pods in self._release_pods():
            self._policy(f"{prefix}allow-dns", component, pods, egress=rules)

    @staticmethod
    def _pods_in(namespace: str, labels: dict[str, str]) -> dict[str, Any]:
        return {**_namespace(namespace), "podSelector": {"matchLabels": labels}}

    @staticmethod
    def _dns_rule(peers: list[dict[str, Any]], port: int) -> dict[str, Any]:
        return {"to": peers, "ports": [{"protocol": "UDP", "port": port}, {"protocol": "TCP", "port": port}]}

    def _entry_namespaces(self) -> list[dict[str, str]]:
        """Labels of the namespaces requests from outside come through (each one a peer): the
        gateway's (gateway.namespaceSelector, else each parentRef's namespace), the OpenShift
        router's, or the ingress controller's (`ingressNamespace` / `ingressNamespaceSelector`;
        both set: a namespace must match both). None listed: from anywhere."""
        v = self.ctx.values
        np, gateway, route = v.network_policy, v.gateway, v.openshift.route
        if gateway.enabled:
            if gateway.namespace_selector:
                return [dict(gateway.namespace_selector)]
            names = dict.fromkeys(ref.namespace or v.namespace for ref in gateway.parent_refs)
            return [{NAMESPACE_NAME_LABEL: name} for name in names]
        if route.enabled:
            return [dict(route.router_namespace_selector)]
        labels = {
            **np.ingress_namespace_selector,
            **({NAMESPACE_NAME_LABEL: np.ingress_namespace} if np.ingress_namespace else {}),
        }
        return [labels] if labels else []

    def _server_ingress(self) -> None:
        """The HTTPS API: from the namespaces requests come in through (`_entry_namespaces`, or
        anywhere); always from the agents and the configure Job and, when set, from the
        monitoring namespace (metrics)."""
        v = self.ctx.values
        np, ports = v.network_policy, _tcp(v.server.port)
        clients: dict[str, Any] = {"ports": ports}
        # On OpenShift a namespaceSelector matches a host-network router only beside an empty
        # podSelector (its documentation, "About network policy").
        every_pod: dict[str, Any] = {"podSelector": {}} if v.openshift.route.enabled else {}
        entry = self._entry_namespaces()
        if entry:
            clients["from"] = [{"namespaceSelector": {"matchLabels": labels}, **every_pod} for labels in entry]
        rules = [clients]
        clients_in_namespace = ["configure"] + (["agent"] if v.agent.enabled else [])
        rules += [{"from": [{"podSelector": self._selects(c)}], "ports": ports} for c in clients_in_namespace]
        if np.monitoring_namespace:
            rules.append({"from": [_namespace(np.monitoring_namespace)], "ports": ports})
        rules += [dict(rule) for rule in np.extra_ingress]  # the operator's own (Helm: extraIngress)
        self._policy("server-ingress", "server", self._selects("server"), ingress=rules)

    def _instances(self) -> dict[str, Any]:
        """The Cluster's instance pods (the operator's labels; not its Jobs)."""
        return {"matchLabels": self.ctx.naming.database_pods(pod_role="instance")}

    def _database_clients(self) -> list[str]:
        """The components that connect to certctl's database: the server, and the backup CronJob
        and the migration Job when they are on. Each connects as components/database.py says."""
        v = self.ctx.values
        return ["server"] + ([BACKUP] if v.backup.enabled else []) + ([MIGRATION] if v.migrations.via_hook else [])

    def _to_database(self) -> list[dict[str, Any]]:
        """A database client's egress rule: to the StatefulSet's pods, or the Cluster's instances
        (the primary behind `<cluster>-rw`), or `egressCidrs` on the external port."""
        pg, cidrs, port = self.ctx.values.postgresql, self._egress_cidrs(), _tcp(self.ctx.database.port)
        if pg.cluster:
            return [{"to": [{"podSelector": self._instances()}], "ports": port}]
        if pg.enabled:
            return [{"to": [{"podSelector": self._selects("postgres")}], "ports": port}]
        return [{"to": cidrs, "ports": port}] if cidrs else []

    def _egress_cidrs(self) -> list[dict[str, Any]]:
        """`egressCidrs` as peers. An empty `to` would mean every destination: rules without
        CIDRs are left out."""
        return [{"ipBlock": {"cidr": cidr}} for cidr in self.ctx.values.network_policy.egress_cidrs]

    def _server_egress(self) -> None:
        """The server's database, and `egressCidrs` on `egressPorts` (443: ACME, issuers,
        notifier webhooks) plus the SMTP port when mail is on. Other destinations (network-scan
        targets, a Kubernetes API on 6443) need their port in `egressPorts`."""
        v = self.ctx.values
        np, server, cidrs = v.network_policy, v.server, self._egress_cidrs()
        rules = self._to_database()
        outbound = sorted({*np.egress_ports, *server.outbound_ports()})
        if outbound and cidrs:
            rules.append({"to": cidrs, "ports": _tcp(*outbound)})
        rules += [dict(rule) for rule in np.extra_egress]
        self._policy("server-egress", "server", self._selects("server"), egress=rules)

    def _postgres_ingress(self) -> None:
        """The StatefulSet accepts connections from the database clients; while a Cluster imports
        it, from the import Job alone."""
        v, n = self.ctx.values, self.ctx.naming
        if v.postgresql.cluster:
            peers = [{"podSelector": {"matchLabels": n.database_pods(job_role="import")}}]
        else:
            peers = [{"podSelector": self._selects(c)} for c in self._database_clients()]
        self._policy(
            "postgres-ingress",
            "postgres",
            self._selects("postgres"),
            ingress=[{"from": peers, "ports": _tcp(v.postgresql.service.port)}],
        )

    def _cluster_ingress(self) -> None:
        """The Cluster's instances accept: the operator (status on 8000, PostgreSQL on 5432); the
        Cluster's own pods, other instances and the Jobs that join one (replication, status); the
        database clients on 5432; Prometheus' namespace on the metrics port when the PodMonitor
        is on."""
        v, n = self.ctx.values, self.ctx.naming
        cnpg, np = v.postgresql.cloud_native_pg, v.network_policy
        operator = {
            **_namespace(cnpg.operator.namespace),
            "podSelector": {"matchLabels": dict(cnpg.operator.pod_labels)},
        }
        rules = [
            {"from": [operator], "ports": _tcp(STATUS_PORT, POSTGRES_PORT)},
            {"from": [{"podSelector": {"matchLabels": n.database_pods()}}], "ports": _tcp(POSTGRES_PORT, STATUS_PORT)},
            {
                "from": [{"podSelector": self._selects(c)} for c in self._database_clients()],
                "ports": _tcp(POSTGRES_PORT),
            },
        ]
        if cnpg.monitoring.pod_monitor.enabled and np.monitoring_namespace:
            rules.append({"from": [_namespace(np.monitoring_namespace)], "ports": _tcp(METRICS_PORT)})
        self._policy(f"{CLUSTER}-ingress", DATABASE, self._instances(), ingress=rules)

    def _cluster_egress(self) -> None:
        """The Cluster's pods reach the instances (replication, status), and the Kubernetes API,
        which the instance manager and the Barman Cloud sidecar call. With an object store, the
        instances reach it too; during an import, its Job reaches the StatefulSet."""
        v, n = self.ctx.values, self.ctx.naming
        np, cnpg = v.network_policy, v.postgresql.cloud_native_pg
        api = [{"ipBlock": {"cidr": cidr}} for cidr in np.api_server_cidrs]
        rules = [{"to": [{"podSelector": self._instances()}], "ports": _tcp(POSTGRES_PORT, STATUS_PORT)}]
        if api:
            rules.append({"to": api, "ports": _tcp(*np.kubernetes_api_ports)})
        self._policy(f"{CLUSTER}-egress", DATABASE, {"matchLabels": n.database_pods()}, egress=rules)
        store, cidrs = cnpg.backup.object_store, self._egress_cidrs()
        if store.enabled and cidrs:
            # Every pod of the Cluster: the instances archive, and the recovery Job's plugin
            # sidecar reads the backups it restores.
            self._policy(
                f"{CLUSTER}-backup-egress",
                DATABASE,
                {"matchLabels": n.database_pods()},
                egress=[{"to": cidrs, "ports": _tcp(store.port)}],
            )
        if cnpg.import_.enabled:
            self._policy(
                f"{CLUSTER}-import-egress",
                DATABASE,
                {"matchLabels": n.database_pods(job_role="import")},
                egress=[{"to": [{"podSelector": self._selects("postgres")}], "ports": _tcp(v.postgresql.service.port)}],
            )

    def _backup_egress(self) -> None:
        """The backup pods reach the database and, for the s3 sink, `egressCidrs` on 443."""
        v = self.ctx.values
        cidrs = self._egress_cidrs()
        rules = self._to_database()
        if v.backup.sink == "s3" and cidrs:
            rules.append({"to": cidrs, "ports": _tcp(443)})
        self._policy(f"{BACKUP}-egress", BACKUP, self._selects(BACKUP), egress=rules)

    def _database_client_egress(self, component: str) -> None:
        """A pod that only talks to the database (the migration Job): the database, and DNS
        through `allow-dns`; nothing else."""
        self._policy(f"{component}-egress", component, self._selects(component), egress=self._to_database())

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
