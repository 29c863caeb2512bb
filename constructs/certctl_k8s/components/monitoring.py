"""A Prometheus-operator ServiceMonitor for the server's metrics. The endpoint needs the API key
and speaks HTTPS only, so the scrape presents a key from its Secret and verifies the CA."""

from __future__ import annotations

from constructs import Construct

from ..manifest import object_meta
from .context import Context

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
            tls_config=monitoring.ServiceMonitorSpecEndpointsTlsConfig(
                server_name=f"{n.server}.{n.namespace}.svc",
                ca=monitoring.ServiceMonitorSpecEndpointsTlsConfigCa(
                    secret=monitoring.ServiceMonitorSpecEndpointsTlsConfigCaSecret(
                        name=n.tls_secret, key=v.server.tls.trust_key
                    )
                ),
            ),
            bearer_token_secret=monitoring.ServiceMonitorSpecEndpointsBearerTokenSecret(
                name=metrics_secret, key=metrics_key
            ),
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
