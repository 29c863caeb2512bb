"""Prometheus-operator objects: a ServiceMonitor for the server's metrics (the endpoint needs the
API key and speaks HTTPS only, so the scrape presents a key from its Secret and verifies the CA),
and a PrometheusRule with certctl's alerts (their PromQL is in alerts.py)."""

from __future__ import annotations

from typing import Any

from constructs import Construct

from ..manifest import PROMETHEUS_RULE, SERVICE_MONITOR, emit
from . import alerts
from .context import SERVICE_CA_KEY, Context

METRICS_PATH = "/api/v1/metrics/prometheus"


class ServerMonitor(Construct):
    def __init__(self, scope: Construct, *, ctx: Context) -> None:
        super().__init__(scope, "monitoring")
        v, n = ctx.values, ctx.naming
        sm = v.monitoring.service_monitor
        metrics_secret, metrics_key = ctx.credentials.key_ref("metrics")
        meta = ctx.metadata(n.server, "server")
        meta["labels"] = {**meta["labels"], **sm.labels}
        ca: dict[str, Any] = (
            {"configMap": {"name": n.service_ca_config_map, "key": SERVICE_CA_KEY}}
            if v.server.tls.source == "openshift-service-ca"
            else {"secret": {"name": n.tls_secret, "key": v.server.tls.trust_key}}
        )
        endpoint = {
            "port": "https",
            "scheme": "https",
            "path": METRICS_PATH,
            "interval": sm.interval,
            "scrapeTimeout": sm.scrape_timeout,
            "tlsConfig": sm.tls_config or {"serverName": n.server_host, "ca": ca},
            "bearerTokenSecret": {"name": metrics_secret, "key": metrics_key},
            # The headless `<fullname>-server-pods` carries the same labels and port: without this,
            # every pod would be scraped twice (each scrape lists whole tables), under two jobs.
            "relabelings": [
                {"sourceLabels": ["__meta_kubernetes_service_name"], "regex": n.server, "action": "keep"},
                *sm.relabelings,
            ],
        }
        spec = {
            "endpoints": [endpoint],
            "namespaceSelector": {"matchNames": [n.namespace]},
            "selector": {"matchLabels": n.selector("server")},
        }
        emit(self, SERVICE_MONITOR, meta, spec=spec)


class AlertRules(Construct):
    """The PrometheusRule `<fullname>-rules`."""

    def __init__(self, scope: Construct, *, ctx: Context) -> None:
        super().__init__(scope, "alerts")
        v, n = ctx.values, ctx.naming
        meta = ctx.metadata(n.rules, "monitoring")
        meta["labels"] = {**meta["labels"], **v.monitoring.prometheus_rules.labels}
        emit(self, PROMETHEUS_RULE, meta, spec={"groups": alerts.rule_groups(v, n)})
