"""CertctlChart: one environment's whole deployment, composed from the component constructs."""

from __future__ import annotations

from typing import Any

import cdk8s

from constructs import Construct

from .components.access import Access
from .components.agent import Agent
from .components.availability import ServerDisruptionBudget
from .components.backup import COMPONENT as BACKUP
from .components.backup import Backup
from .components.cloudnativepg import DatabaseCluster
from .components.configure import Configure
from .components.context import Context
from .components.external_secrets import ExternalSecrets
from .components.gateway import GatewayRoutes
from .components.ingress import Ingress
from .components.migration import COMPONENT as MIGRATION
from .components.migration import Migration
from .components.monitoring import AlertRules, ServerMonitor
from .components.network import NetworkPolicies
from .components.openshift import OpenShiftRoute, ServiceCaBundle
from .components.platform import InlineSecret, Namespace, Scripts, ServerCertificate
from .components.postgres import Postgres
from .components.server import Server
from .manifest import documents
from .values import Values


class CertctlChart(cdk8s.Chart):
    """Synthesizes certctl for `values`. Objects are added in apply order (Namespace first), so
    one `kubectl apply -k` works on an empty cluster."""

    def __init__(self, scope: Construct, id: str, values: Values) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        self.values = values
        ctx = Context(values)
        if values.create_namespace:
            Namespace(self, ctx=ctx)
        if values.network_policy.enabled:
            NetworkPolicies(self, ctx=ctx)
        components = (
            ["server", "configure"]
            + (["postgres"] if values.postgresql.statefulset else [])
            + (["agent"] if values.agent.enabled else [])
            + ([BACKUP] if values.backup.enabled else [])
            + ([MIGRATION] if values.migrations.via_hook else [])
        )
        Access(self, ctx=ctx, components=components)
        if ctx.inline_data:
            InlineSecret(self, ctx=ctx)
        if values.external_secrets.enabled:
            ExternalSecrets(self, ctx=ctx)
        Scripts(self, ctx=ctx)  # the configure and migration Jobs and the backup CronJob run them
        if values.server.tls.source == "cert-manager":
            ServerCertificate(self, ctx=ctx)
        if values.server.tls.source == "openshift-service-ca":
            ServiceCaBundle(self, ctx=ctx)
        if values.postgresql.statefulset:
            Postgres(self, ctx=ctx)
        if values.postgresql.cluster:
            DatabaseCluster(self, ctx=ctx)
        Server(self, ctx=ctx)
        if values.agent.enabled:
            Agent(self, ctx=ctx)
        Configure(self, ctx=ctx)
        if values.migrations.via_hook:
            Migration(self, ctx=ctx)
        if values.backup.enabled:
            Backup(self, ctx=ctx)
        if values.pod_disruption_budget.enabled:
            ServerDisruptionBudget(self, ctx=ctx)
        if values.ingress.enabled:
            Ingress(self, ctx=ctx)
        if values.gateway.enabled:
            GatewayRoutes(self, ctx=ctx)
        if values.openshift.route.enabled:
            OpenShiftRoute(self, ctx=ctx)
        if values.monitoring.enabled and values.monitoring.service_monitor.enabled:
            ServerMonitor(self, ctx=ctx)
        if values.monitoring.enabled and values.monitoring.prometheus_rules.enabled:
            AlertRules(self, ctx=ctx)

    def to_json(self) -> list[Any]:
        """The chart's objects (`manifest.documents`). cdk8s calls this too, through jsii, when an
        app that holds this chart synthesizes: the objects are `Manifest`s, not `ApiObject`s, so
        cdk8s's own `Chart.toJson` would find none."""
        return documents(self)
