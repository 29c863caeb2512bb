"""Prometheus-operator objects: a ServiceMonitor for the server's metrics (the endpoint needs the
API key and speaks HTTPS only, so the scrape presents a key from its Secret and verifies the CA),
and a PrometheusRule with certctl's alerts (their PromQL is in alerts.py)."""

from __future__ import annotations

from constructs import Construct

from ..manifest import object_meta, to_struct
from . import alerts
from .context import SERVICE_CA_KEY, Context

METRICS_PATH = "/api/v1/metrics/prometheus"


class ServerMonitor(Construct):
    def __init__(self, scope: Construct, *, ctx: Context) -> None:
        super().__init__(scope, "monitoring")
        # Imported here: loading a CRD binding costs a jsii round trip that most environments skip.
        from imports.com.coreos import monitoring

        v, n = ctx.values, ctx.naming
        sm = v.monitoring.service_monitor
        metrics_secret, metrics_key = ctx.credentials.key_ref("metrics")
        meta = ctx.metadata(n.server, "server")
        meta["labels"] = {**meta["labels"], **sm.labels}
        endpoint = monitoring.ServiceMonitorSpecEndpoints(
            port="https",
            scheme=monitoring.ServiceMonitorSpecEndpointsScheme.HTTPS,
            path=METRICS_PATH,
            interval=sm.interval,
            scrape_timeout=sm.scrape_timeout,
            tls_config=to_struct(monitoring.ServiceMonitorSpecEndpointsTlsConfig, sm.tls_config)
            if sm.tls_config
            else monitoring.ServiceMonitorSpecEndpointsTlsConfig(
                server_name=n.server_host,
                ca=monitoring.ServiceMonitorSpecEndpointsTlsConfigCa(
                    config_map=monitoring.ServiceMonitorSpecEndpointsTlsConfigCaConfigMap(
                        name=n.service_ca_config_map, key=SERVICE_CA_KEY
                    )
                )
                if v.server.tls.source == "openshift-service-ca"
                else monitoring.ServiceMonitorSpecEndpointsTlsConfigCa(
                    secret=monitoring.ServiceMonitorSpecEndpointsTlsConfigCaSecret(
                        name=n.tls_secret, key=v.server.tls.trust_key
                    )
                ),
            ),
            bearer_token_secret=monitoring.ServiceMonitorSpecEndpointsBearerTokenSecret(
                name=metrics_secret, key=metrics_key
            ),
            # The headless `<fullname>-server-pods` carries the same labels and port: without this,
            # every pod would be scraped twice (each scrape lists whole tables), under two jobs.
            relabelings=[
                monitoring.ServiceMonitorSpecEndpointsRelabelings(
                    source_labels=["__meta_kubernetes_service_name"],
                    regex=n.server,
                    action=monitoring.ServiceMonitorSpecEndpointsRelabelingsAction.KEEP,
                ),
                *(to_struct(monitoring.ServiceMonitorSpecEndpointsRelabelings, rule) for rule in sm.relabelings),
            ],
        )
        monitoring.ServiceMonitor(
            self,
            "service-monitor",
            metadata=object_meta(meta),
            spec=monitoring.ServiceMonitorSpec(
                endpoints=[endpoint],
                namespace_selector=monitoring.ServiceMonitorSpecNamespaceSelector(match_names=[n.namespace]),
                selector=monitoring.ServiceMonitorSpecSelector(match_labels=n.selector("server")),
            ),
        )


class AlertRules(Construct):
    """The PrometheusRule `<fullname>-rules`, from the bindings of its CRD."""

    def __init__(self, scope: Construct, *, ctx: Context) -> None:
        super().__init__(scope, "alerts")
        from imports.com.coreos import monitoring as rules

        v, n = ctx.values, ctx.naming
        meta = ctx.metadata(n.rules, "monitoring")
        meta["labels"] = {**meta["labels"], **v.monitoring.prometheus_rules.labels}
        groups = [
            rules.PrometheusRuleSpecGroups(
                name=group["name"],
                interval=group["interval"],
                rules=[
                    rules.PrometheusRuleSpecGroupsRules(
                        alert=rule["alert"],
                        expr=rules.PrometheusRuleSpecGroupsRulesExpr.from_string(rule["expr"]),
                        for_=rule["for"],
                        labels=rule["labels"],
                        annotations=rule["annotations"],
                    )
                    for rule in group["rules"]
                ],
            )
            for group in alerts.rule_groups(v, n)
        ]
        rules.PrometheusRule(
            self, "prometheus-rule", metadata=object_meta(meta), spec=rules.PrometheusRuleSpec(groups=groups)
        )
