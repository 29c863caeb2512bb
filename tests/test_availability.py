"""High availability and monitoring, on the synthesized prod-ha environment and variants."""

from __future__ import annotations

from conftest import find, render_values, rendered_env


def test_prod_ha_keeps_capacity_through_drains_and_rollouts():
    prod = rendered_env("prod-ha")
    deployment = find(prod, "Deployment", "certctl-server")["spec"]
    assert deployment["replicas"] == 3
    assert deployment["strategy"]["rollingUpdate"] == {"maxUnavailable": 0, "maxSurge": 1}
    pdb = find(prod, "PodDisruptionBudget")["spec"]
    assert pdb == {"minAvailable": 2, "selector": deployment["selector"]}
    spread = deployment["template"]["spec"]["topologySpreadConstraints"]
    assert {c["topologyKey"] for c in spread} == {"kubernetes.io/hostname", "topology.kubernetes.io/zone"}
    assert all(c["labelSelector"] == deployment["selector"] for c in spread)


def test_single_replica_has_no_spread_and_pdb_bound_follows_values(tmp_path):
    single = find(render_values(tmp_path, {}), "Deployment", "certctl-server")["spec"]["template"]["spec"]
    assert "topologySpreadConstraints" not in single
    rendered = render_values(
        tmp_path, {"server": {"replicas": 2}, "podDisruptionBudget": {"enabled": True, "maxUnavailable": 1}}, name="b"
    )
    assert find(rendered, "PodDisruptionBudget")["spec"]["maxUnavailable"] == 1


def test_service_monitor_scrapes_metrics_over_https_with_ca_and_api_key():
    monitor = find(rendered_env("prod-ha"), "ServiceMonitor")
    assert monitor["metadata"]["labels"]["release"] == "prometheus"
    [endpoint] = monitor["spec"]["endpoints"]
    assert endpoint["path"] == "/api/v1/metrics/prometheus"
    assert endpoint["scheme"] == "https" and endpoint["port"] == "https"
    assert endpoint["tlsConfig"]["ca"]["secret"] == {"name": "certctl-tls", "key": "ca.crt"}
    assert endpoint["tlsConfig"]["serverName"] == "certctl-server.certctl.svc"
    # The metrics key: r-viewer (metrics.read) and nothing the agents or operators hold.
    assert endpoint["bearerTokenSecret"] == {"name": "certctl-metrics-key", "key": "api-key"}
    assert monitor["spec"]["selector"]["matchLabels"]["app.kubernetes.io/component"] == "server"


def test_images_can_be_pinned_by_digest(tmp_path):
    digest = "sha256:" + "a" * 64
    rendered = render_values(tmp_path, {"server": {"image": {"digest": digest}}})
    container = find(rendered, "Deployment", "certctl-server")["spec"]["template"]["spec"]["containers"][0]
    assert container["image"] == f"ghcr.io/certctl-io/certctl-server:v2.1.7@{digest}"
