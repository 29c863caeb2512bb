"""certctl's alerts: the PrometheusRule `<fullname>-rules` loads the Helm chart's keys, passes
`promtool check rules`, and promtool's unit tests fire each alert and keep it quiet in the cases
the chart's rules get wrong (sentinel agents, several replicas, a failure ratio that was a rate,
renewals under way, job counts that fall on retry, backups that did succeed)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from certctl_k8s.components import alerts
from certctl_k8s.values import ValuesError, load_values
from certctl_k8s.values.cron import longest_interval
from conftest import HELM_CHART, environments_where, find, render_values, rendered_env
from tests.support.validation import validate

PROMTOOL = shutil.which("promtool")
needs_promtool = pytest.mark.requires(
    None if PROMTOOL else "promtool is not installed (Debian package prometheus; tools/system-packages.sh)"
)

ON = {"monitoring": {"enabled": True, "serviceMonitor": {"enabled": True}, "prometheusRules": {"enabled": True}}}
SENTINELS = {
    "server": {
        "replicas": 2,
        "networkScan": {"enabled": True},
        "cloudDiscovery": {"enabled": True, "awsSecretsManager": {"enabled": True, "region": "eu-west-1"}},
    }
}
CERTCTL = {"job": "certctl-server", "namespace": "certctl"}  # the ServiceMonitor's labels
CRONJOB = "certctl-postgres-backup"
BACKUP = {"namespace": "certctl", "cronjob": CRONJOB}
KSM = {"job": "kube-state-metrics", "instance": "10.0.9.9:8080", "namespace": "certctl"}


def _write(path: Path, data: Any) -> Path:
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


def _rule(rendered) -> dict[str, Any]:
    return find(rendered, "PrometheusRule", "certctl-rules")


def _alerts(groups: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {rule["alert"]: rule for group in groups for rule in group["rules"]}


@pytest.fixture(scope="module")
def sentinels(tmp_path_factory):
    """Rules for two replicas, the network scan and AWS discovery on (two sentinel agents)."""
    return _rule(render_values(tmp_path_factory.mktemp("alerts"), {**ON, **SENTINELS}))


@pytest.fixture(scope="module")
def plain(tmp_path_factory):
    return _rule(render_values(tmp_path_factory.mktemp("alerts"), ON))


@pytest.fixture(scope="module")
def backup_on(tmp_path_factory):
    """Rules for the sentinels' values with backups on."""
    data = {**ON, **SENTINELS, "backup": {"enabled": True}}
    return _rule(render_values(tmp_path_factory.mktemp("alerts"), data))


# --- values -----------------------------------------------------------------------------------


def _chart_rules(source: str) -> dict[str, Any]:
    if source == "values.yaml":
        return yaml.safe_load((HELM_CHART / "values.yaml").read_text())["monitoring"]["prometheusRules"]
    return json.loads((HELM_CHART / "rendered-max.values.json").read_text())["monitoring"]["prometheusRules"]


@pytest.mark.parametrize("source", ["values.yaml", "rendered-max.values.json"])
def test_the_charts_keys_load_unchanged(tmp_path, source):
    chart = _chart_rules(source)
    path = _write(tmp_path / "v.yaml", {"monitoring": {"enabled": True, "prometheusRules": {**chart, "enabled": True}}})
    rules = load_values(path).monitoring.prometheus_rules
    assert rules.interval == chart["interval"]
    assert rules.labels == chart.get("labels", {})
    assert rules.thresholds.model_dump(by_alias=True).items() >= chart["thresholds"].items()
    # The chart's 5m for the expiring-soon alert loads, with a warning saying why it is short.
    assert "monitoring.prometheusRules.thresholds.expiringCertificateFor" in dict(load_values(path).warnings())


def test_the_charts_thresholds_reach_the_rules(tmp_path):
    chart = _chart_rules("rendered-max.values.json")
    rule = _rule(render_values(tmp_path, {**ON, "monitoring": {**ON["monitoring"], "prometheusRules": chart}}))
    assert rule["metadata"]["labels"]["release"] == "kube-prometheus-stack"
    [group] = rule["spec"]["groups"]
    assert (group["name"], group["interval"]) == ("certctl.alerts", "60s")
    found = _alerts(rule["spec"]["groups"])
    assert found["CertctlCertificateExpiringSoon"]["for"] == "5m"
    assert found["CertctlJobFailureRateHigh"]["expr"].endswith(") > 0.05")
    assert found["CertctlAgentOffline"]["for"] == "1h"


def test_prometheus_rules_need_monitoring_enabled(tmp_path):
    path = _write(tmp_path / "v.yaml", {"monitoring": {"prometheusRules": {"enabled": True}}})
    with pytest.raises(ValuesError) as caught:
        load_values(path)
    assert caught.value.problems == [
        f"{path}: monitoring.enabled: must be true for monitoring.prometheusRules.enabled to take effect"
    ]


@pytest.mark.parametrize(
    "thresholds, key, fragment",
    [
        ({"offlineAgentFor": "1.5h"}, "offlineAgentFor", "is not a Prometheus duration"),
        ({"jobFailureRate": 5}, "jobFailureRate", "less than 1"),
        ({"jobFailureRateWindow": "2m"}, "jobFailureRateWindow", "must be at least 5m"),
        ({"expiringCertificateCount": -1}, "expiringCertificateCount", "greater than or equal to 0"),
    ],
)
def test_bad_thresholds_are_values_errors(tmp_path, thresholds, key, fragment):
    data = {"monitoring": {"enabled": True, "prometheusRules": {"thresholds": thresholds}}}
    with pytest.raises(ValuesError) as caught:
        load_values(_write(tmp_path / "v.yaml", data))
    [line] = caught.value.problems
    assert f": monitoring.prometheusRules.thresholds.{key}: " in line and fragment in line


def test_rules_without_the_service_monitor_warn_until_series_labels_are_set(tmp_path):
    data = {"monitoring": {"enabled": True, "prometheusRules": {"enabled": True}}}
    assert "monitoring.prometheusRules.seriesLabels" in dict(load_values(_write(tmp_path / "a.yaml", data)).warnings())
    data["monitoring"]["prometheusRules"]["seriesLabels"] = {"job": "certctl", "cluster": "eu-1"}
    path = _write(tmp_path / "b.yaml", data)
    assert load_values(path).warnings() == []
    expr = _alerts(_rule(render_values(tmp_path, data))["spec"]["groups"])["CertctlCertificateExpiringSoon"]["expr"]
    assert expr.startswith('max by (cluster, job) (certctl_certificate_expiring_soon{cluster="eu-1", job="certctl"})')


# --- the synthesized object ------------------------------------------------------------------


@pytest.mark.parametrize("name", environments_where(lambda v: v.monitoring.prometheus_rules.enabled))
def test_rules_select_the_series_the_service_monitor_scrapes(name):
    """prometheus-operator scrapes the Services the ServiceMonitor selects (labels, port), keeps
    the targets its relabelings keep, and labels their series `job` = the Service's name and
    `namespace`. The headless server-pods Service matches the labels too: the relabeling keeps
    one job, so each pod is scraped once."""
    rendered = rendered_env(name)
    monitor = find(rendered, "ServiceMonitor")
    [endpoint] = monitor["spec"]["endpoints"]
    selected = [
        m
        for m in rendered.manifests
        if m["kind"] == "Service"
        and m["metadata"]["labels"].items() >= monitor["spec"]["selector"]["matchLabels"].items()
        and any(p["name"] == endpoint["port"] for p in m["spec"]["ports"])
    ]
    [keep] = endpoint["relabelings"]
    assert (keep["action"], keep["sourceLabels"]) == ("keep", ["__meta_kubernetes_service_name"])
    [service] = [m for m in selected if re.fullmatch(keep["regex"], m["metadata"]["name"])]
    assert len(selected) == 2 and service["metadata"]["name"] == "certctl-server"
    labels = f'{{job="{service["metadata"]["name"]}", namespace="{service["metadata"]["namespace"]}"}}'
    assert monitor["spec"]["namespaceSelector"]["matchNames"] == [service["metadata"]["namespace"]]
    for alert, rule in _alerts(_rule(rendered)["spec"]["groups"]).items():
        if not alert.startswith("CertctlDatabase"):  # those select the Cluster's series (below)
            assert labels in rule["expr"], alert
    assert _rule(rendered)["metadata"]["labels"]["release"] == "prometheus"  # prod-ha's ruleSelector


def test_backup_alerts_follow_the_backup_section(tmp_path):
    assert "CertctlBackupMissing" not in _alerts(_rule(render_values(tmp_path, ON))["spec"]["groups"])
    weekly = {**ON, "backup": {"enabled": True, "schedule": "0 3 * * 0"}}
    rule = _rule(render_values(tmp_path, weekly, name="weekly"))
    validate(rule)
    missing = _alerts(rule["spec"]["groups"])["CertctlBackupMissing"]
    assert f"> {7 * 86400 + 2 * 3600}\n" in missing["expr"]  # a week between runs, plus backupGrace
    assert "for more than 7d2h" in missing["annotations"]["summary"]


@pytest.mark.parametrize(
    "schedule, hours",
    [
        ("30 2 * * *", 24),
        ("@hourly", 1),
        ("*/15 * * * *", 0.25),
        ("0 3 * * MON-FRI", 72),  # Friday to Monday
        ("0 0 1,15 * 1", 168),  # both day fields set: either matches
        ("0 0 1 * *", 31 * 24),
        ("@every 90m", 1.5),
    ],
)
def test_the_longest_wait_of_a_schedule(schedule, hours):
    assert longest_interval(schedule) == hours * 3600


@pytest.mark.parametrize("schedule", ["61 * * * *", "* * *", "0 0 30 2 *", "0 0 * * 7", "*/0 * * * *"])
def test_schedules_kubernetes_refuses_or_that_never_repeat(schedule):
    with pytest.raises(ValueError):
        longest_interval(schedule)


DATABASE_ALERTS = {
    "CertctlDatabaseMetricsAbsent",
    "CertctlDatabaseCollectorDown",
    "CertctlDatabaseWALArchivingFailing",
    "CertctlDatabaseWALArchivingStale",
    "CertctlDatabaseReplicaLagging",
    "CertctlDatabaseReplicaMissing",
    "CertctlDatabaseVolumeFull",
    "CertctlDatabaseBackupMissing",
    "CertctlDatabaseBackupFailed",
}


def test_prod_ha_carries_the_clusters_alerts():
    """Every database alert reads only this Cluster's instance pods, or the kubelet's series of
    its claims (`certctl-db-<n>`, `-wal`), in its namespace."""
    found = _alerts(_rule(rendered_env("prod-ha"))["spec"]["groups"])
    assert set(found) >= DATABASE_ALERTS
    for name in DATABASE_ALERTS:
        selectors = re.findall(r"\{([^}]*)\}", found[name]["expr"])
        assert selectors, name
        for selector in selectors:
            assert selector.startswith('namespace="certctl", '), (name, selector)
            assert (
                'pod=~"certctl-db-[0-9]+"' in selector
                or 'persistentvolumeclaim=~"certctl-db-[0-9]+(-wal)?"' in selector
            )


@pytest.mark.parametrize(
    "cnpg, present",
    [
        ({"enabled": True}, set()),  # no PodMonitor: nothing scrapes the series
        (
            {"enabled": True, "monitoring": {"podMonitor": {"enabled": True}}},
            DATABASE_ALERTS - {"CertctlDatabaseBackupMissing", "CertctlDatabaseBackupFailed"},
        ),
        (
            {"enabled": True, "instances": 1, "enablePDB": False, "monitoring": {"podMonitor": {"enabled": True}}},
            DATABASE_ALERTS
            - {"CertctlDatabaseBackupMissing", "CertctlDatabaseBackupFailed", "CertctlDatabaseReplicaMissing"},
        ),
    ],
)
def test_the_database_alerts_follow_the_cluster(tmp_path, cnpg, present):
    data = {**ON, "postgresql": {"cloudNativePG": cnpg}, "networkPolicy": {"monitoringNamespace": "monitoring"}}
    found = {name for name in _alerts(_rule(render_values(tmp_path, data))["spec"]["groups"]) if "Database" in name}
    assert found == present


def test_the_base_backup_may_be_as_old_as_the_schedule_allows(tmp_path):
    data = {
        **ON,
        "postgresql": {
            "cloudNativePG": {
                "enabled": True,
                "monitoring": {"podMonitor": {"enabled": True}},
                "backup": {
                    "schedule": "0 30 2 * * SUN",
                    "objectStore": {"destinationPath": "s3://certctl-wal/p", "s3Credentials": {"secretName": "k"}},
                },
            }
        },
        "networkPolicy": {"monitoringNamespace": "monitoring"},
    }
    missing = _alerts(_rule(render_values(tmp_path, data))["spec"]["groups"])["CertctlDatabaseBackupMissing"]
    assert missing["expr"].endswith(f"> {7 * 86400 + 2 * 3600}")  # weekly, plus backupGrace
    assert "more than 7d2h old" in missing["annotations"]["summary"]


def test_every_variant_validates_against_the_crd(sentinels, plain, backup_on):
    for rule in (sentinels, plain, backup_on):
        validate(rule)


def test_alert_rules_snapshot(sentinels, backup_on, snapshot_yaml):
    shown = {
        "two sentinel agents": sentinels["spec"]["groups"],
        "backups on": [{**group, "rules": group["rules"][-2:]} for group in backup_on["spec"]["groups"]],
    }
    assert {
        case: {
            rule["alert"]: {"expr": rule["expr"].splitlines(), "for": rule["for"], **rule["labels"]}
            for rule in _alerts(groups).values()
        }
        for case, groups in shown.items()
    } == snapshot_yaml


# --- promtool ---------------------------------------------------------------------------------


def _promtool(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    assert PROMTOOL is not None
    return subprocess.run([PROMTOOL, *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def _backup_groups() -> list[dict[str, Any]]:
    rules = alerts.backup_alerts(namespace="certctl", cronjob=CRONJOB, schedule="30 2 * * *", grace="2h")
    return [{"name": "backup", "interval": "60s", "rules": [alert.rule() for alert in rules]}]


@needs_promtool
def test_promtool_checks_the_synthesized_rules(sentinels, plain, backup_on, tmp_path):
    synthesized = {"prod-ha": _rule(rendered_env("prod-ha")), "sentinels": sentinels, "plain": plain}
    for name, rule in {**synthesized, "backup": backup_on}.items():
        result = _promtool("check", "rules", str(_write(tmp_path / f"{name}.yaml", rule["spec"])), cwd=tmp_path)
        assert result.returncode == 0, f"{name}: {result.stdout}{result.stderr}"
        assert f"SUCCESS: {len(_alerts(rule['spec']['groups']))} rules found" in result.stdout


def _series(metric: str, values: str, **labels: str) -> dict[str, str]:
    return {"series": metric + "{" + ", ".join(f'{k}="{v}"' for k, v in labels.items()) + "}", "values": values}


def _replicas(metric: str, values: str, count: int = 2, **labels: str) -> list[dict[str, str]]:
    """One series per server pod, all reporting the same database value."""
    return [
        _series(metric, values, **CERTCTL, pod=f"certctl-server-{i}", instance=f"10.0.0.{i}:8443", **labels)
        for i in range(count)
    ]


def _agents(total: str, online: str) -> list[dict[str, str]]:
    return _replicas("certctl_agent_total", total) + _replicas("certctl_agent_online", online)


def _jobs(completed: str, failed: str) -> list[dict[str, str]]:
    return _replicas("certctl_job_completed_total", completed) + _replicas("certctl_job_failed_total", failed)


def _fires(alertname: str, at: str, severity: str = "warning", **labels: str) -> dict[str, Any]:
    return {"eval_time": at, "alertname": alertname, "exp_alerts": [{"exp_labels": {"severity": severity, **labels}}]}


def _quiet(alertname: str, at: str) -> dict[str, Any]:
    return {"eval_time": at, "alertname": alertname, "exp_alerts": []}


# Each case: (rules, name, input series at a 5m scrape interval, expectations). "sentinels" rules
# come from values with the network scan and AWS discovery on, "plain" from values with neither.
CASES: list[tuple[str, str, list[dict[str, str]], list[dict[str, Any]]]] = [
    (
        "sentinels",
        "expiring: a renewal under way is quiet; one stuck for 24h fires once for three replicas",
        _replicas("certctl_certificate_expiring_soon", "3x300", count=3),
        [_quiet("CertctlCertificateExpiringSoon", "23h"), _fires("CertctlCertificateExpiringSoon", "24h5m", **CERTCTL)],
    ),
    (
        "sentinels",
        "agents: the two sentinels the values enable are not offline agents",
        _agents("5x40", "3x40"),
        [_quiet("CertctlAgentOffline", "3h")],
    ),
    (
        "sentinels",
        "agents: one real agent offline for an hour fires one alert for two replicas",
        _agents("6x40", "3x40"),
        [_quiet("CertctlAgentOffline", "55m"), _fires("CertctlAgentOffline", "1h5m", **CERTCTL)],
    ),
    (
        "plain",
        "agents: without sentinels in the values, every agent counts",
        _agents("5x40", "3x40"),
        [_fires("CertctlAgentOffline", "1h5m", **CERTCTL)],
    ),
    (
        "sentinels",
        "jobs: 2% failed is below the 5% threshold",
        _jobs("0+50x40", "0+1x40"),
        [_quiet("CertctlJobFailureRateHigh", "2h"), _quiet("CertctlJobFailureRateHigh", "3h")],
    ),
    (
        # The chart's rule divides by clamp_min(rate, 1): 12 failures an hour would never reach it.
        "sentinels",
        "jobs: a third failing at a few jobs an hour fires, once for two replicas",
        _jobs("0+2x40", "0+1x40"),
        [_quiet("CertctlJobFailureRateHigh", "50m"), _fires("CertctlJobFailureRateHigh", "1h30m", **CERTCTL)],
    ),
    (
        # The retry loop moves 10 failed jobs back to pending: increase() would read a reset.
        "sentinels",
        "jobs: failed jobs going back to pending are not failures",
        _jobs("100+5x40", "30x12 20x28"),
        [_quiet("CertctlJobFailureRateHigh", "1h30m"), _quiet("CertctlJobFailureRateHigh", "3h")],
    ),
    (
        "sentinels",
        "jobs: no job finished (0/0) is quiet",
        _jobs("7x40", "3x40"),
        [_quiet("CertctlJobFailureRateHigh", "2h")],
    ),
    (
        "sentinels",
        "issuance: failures counted on two replicas give one alert per issuer type",
        _replicas("certctl_issuance_failures_total", "0+1x40", count=1, issuer_type="acme", error_class="timeout")
        + [
            _series(
                "certctl_issuance_failures_total",
                "0+1x40",
                **CERTCTL,
                pod="certctl-server-1",
                instance="10.0.0.1:8443",
                issuer_type="acme",
                error_class="rate_limited",
            )
        ]
        + _replicas("certctl_issuance_failures_total", "4x40", issuer_type="local", error_class="timeout"),
        [_fires("CertctlIssuanceFailures", "1h", **CERTCTL, issuer_type="acme")],
    ),
    (
        "sentinels",
        "issuance: counters that stopped rising are quiet",
        _replicas("certctl_issuance_failures_total", "5x40", issuer_type="acme", error_class="timeout"),
        [_quiet("CertctlIssuanceFailures", "2h")],
    ),
    (
        "sentinels",
        "absent: another release's metrics do not count for this one",
        [_series("certctl_uptime_seconds", "0+300x40", job="certctl-server", namespace="other")],
        [_quiet("CertctlMetricsAbsent", "10m"), _fires("CertctlMetricsAbsent", "20m", **CERTCTL)],
    ),
    (
        "sentinels",
        "absent: scraped metrics are quiet",
        _replicas("certctl_uptime_seconds", "0+300x40"),
        [_quiet("CertctlMetricsAbsent", "2h")],
    ),
    (
        "backup",
        "backup: succeeded after an older failed run",
        [
            _series("kube_cronjob_created", "0x400", **KSM, cronjob=CRONJOB),
            _series("kube_cronjob_status_last_successful_time", "97200x400", **KSM, cronjob=CRONJOB),
            _series("kube_job_created", "91800x400", **KSM, job_name=f"{CRONJOB}-1530"),
            _series("kube_job_failed", "1x400", **KSM, job_name=f"{CRONJOB}-1530", condition="true"),
        ],
        [_quiet("CertctlBackupFailed", "28h"), _quiet("CertctlBackupMissing", "28h")],
    ),
    (
        "backup",
        "backup: the newest run failed; a day and 2h without success is missing",
        [
            _series("kube_cronjob_created", "0x400", **KSM, cronjob=CRONJOB),
            _series("kube_cronjob_status_last_successful_time", "10800x400", **KSM, cronjob=CRONJOB),
            _series("kube_job_created", "99000x400", **KSM, job_name=f"{CRONJOB}-1650"),
            _series("kube_job_failed", "1x400", **KSM, job_name=f"{CRONJOB}-1650", condition="true"),
            _series("kube_job_created", "99000x400", **KSM, job_name=f"{CRONJOB}-restore"),
            _series("kube_job_failed", "1x400", **KSM, job_name=f"{CRONJOB}-restore", condition="true"),
        ],
        [
            _fires("CertctlBackupFailed", "28h", namespace="certctl", job_name=f"{CRONJOB}-1650"),
            _quiet("CertctlBackupMissing", "28h"),
            _fires("CertctlBackupMissing", "29h30m", "critical", **BACKUP),
        ],
    ),
    (
        "backup",
        "backup: never succeeded since the CronJob was created",
        [_series("kube_cronjob_created", "0x400", **KSM, cronjob=CRONJOB)],
        [_quiet("CertctlBackupMissing", "25h"), _fires("CertctlBackupMissing", "26h30m", "critical", **BACKUP)],
    ),
    (
        "backup",
        "backup: kube-state-metrics reports no such CronJob",
        [_series("kube_cronjob_created", "0x400", **KSM, cronjob="another")],
        [_quiet("CertctlBackupMissing", "10m"), _fires("CertctlBackupMissing", "20m", "critical", **BACKUP)],
    ),
]


# The instances' series as the PodMonitor's scrape labels them, and the kubelet's.
INSTANCE = {"job": "certctl/certctl-db", "namespace": "certctl", "container": "postgres", "endpoint": "metrics"}
KUBELET = {"job": "kubelet", "namespace": "certctl", "instance": "node-1", "metrics_path": "/metrics"}


def _instance(metric: str, values: str, serial: int = 1, **labels: str) -> dict[str, str]:
    return _series(metric, values, **INSTANCE, pod=f"certctl-db-{serial}", instance=f"10.0.1.{serial}:9187", **labels)


def _volume(claim: str, available: str, capacity: str = "100x400") -> list[dict[str, str]]:
    return [
        _series("kubelet_volume_stats_available_bytes", available, **KUBELET, persistentvolumeclaim=claim),
        _series("kubelet_volume_stats_capacity_bytes", capacity, **KUBELET, persistentvolumeclaim=claim),
    ]


def _full(claim: str) -> dict[str, str]:
    """The labels of CertctlDatabaseVolumeFull for `claim`."""
    return {"severity": "warning", "namespace": "certctl", "persistentvolumeclaim": claim}


def _pod(serial: int) -> dict[str, str]:
    return {"namespace": "certctl", "pod": f"certctl-db-{serial}"}


def _streaming(primary: str, standby_in_recovery: str = "1x40") -> list[dict[str, str]]:
    return [
        _instance("cnpg_pg_replication_streaming_replicas", primary, 1),
        _instance("cnpg_pg_replication_in_recovery", "0x40", 1),
        *(_instance("cnpg_pg_replication_streaming_replicas", "0x40", n) for n in (2, 3)),
        *(_instance("cnpg_pg_replication_in_recovery", standby_in_recovery, n) for n in (2, 3)),
    ]


def _backups(last: str, failed: str) -> list[dict[str, str]]:
    """The plugin's series, the same on each of prod-ha's three instances."""
    return [
        series
        for n in (1, 2, 3)
        for series in (
            _instance("barman_cloud_cloudnative_pg_io_last_available_backup_timestamp", last, n),
            _instance("barman_cloud_cloudnative_pg_io_last_failed_backup_timestamp", failed, n),
        )
    ]


# prod-ha's rules: three instances, a daily base backup (26h allowed with backupGrace).
DATABASE_CASES: list[tuple[str, str, list[dict[str, str]], list[dict[str, Any]]]] = [
    (
        "database",
        "database absent: only another release's Cluster is scraped",
        [_series("cnpg_collector_up", "1x40", **{**INSTANCE, "namespace": "other"}, pod="certctl-db-1")],
        [
            _quiet("CertctlDatabaseMetricsAbsent", "10m"),
            _fires("CertctlDatabaseMetricsAbsent", "20m", namespace="certctl"),
        ],
    ),
    (
        "database",
        "database up: three instances reporting are quiet",
        [_instance("cnpg_collector_up", "1x40", n, cluster="certctl-db") for n in (1, 2, 3)]
        + [_instance("cnpg_collector_last_collection_error", "0x40", n) for n in (1, 2, 3)],
        [_quiet("CertctlDatabaseMetricsAbsent", "2h"), _quiet("CertctlDatabaseCollectorDown", "2h")],
    ),
    (
        "database",
        "database collector: PostgreSQL down on one instance, a failing collection on another",
        [
            _instance("cnpg_collector_up", "1x40", 1, cluster="certctl-db"),
            _instance("cnpg_collector_up", "1 1 0x38", 2, cluster="certctl-db"),
            _instance("cnpg_collector_last_collection_error", "0x40", 1),
            _instance("cnpg_collector_last_collection_error", "0 0 1x38", 3),
        ],
        [
            _quiet("CertctlDatabaseCollectorDown", "5m"),
            {
                "eval_time": "1h",
                "alertname": "CertctlDatabaseCollectorDown",
                "exp_alerts": [
                    {"exp_labels": {"severity": "critical", **_pod(2)}},
                    {"exp_labels": {"severity": "critical", **_pod(3)}},
                ],
            },
        ],
    ),
    (
        "database",
        "wal archiving: a failure after the last success fires; a success after it is quiet again",
        [
            _instance("cnpg_pg_stat_archiver_last_archived_time", "600x10 6000x30", 1),
            _instance("cnpg_pg_stat_archiver_last_failed_time", "-1x2 1200x38", 1),
        ],
        [
            _quiet("CertctlDatabaseWALArchivingFailing", "5m"),
            _fires("CertctlDatabaseWALArchivingFailing", "30m", "critical", **_pod(1)),
            _quiet("CertctlDatabaseWALArchivingFailing", "1h30m"),
        ],
    ),
    (
        "database",
        "wal archiving: never failed, or never archived and failing",
        [
            _instance("cnpg_pg_stat_archiver_last_archived_time", "600x40", 1),
            _instance("cnpg_pg_stat_archiver_last_failed_time", "-1x40", 1),
            _instance("cnpg_pg_stat_archiver_last_archived_time", "-1x40", 2),
            _instance("cnpg_pg_stat_archiver_last_failed_time", "300x40", 2),
        ],
        [_fires("CertctlDatabaseWALArchivingFailing", "1h", "critical", **_pod(2))],
    ),
    (
        "database",
        "wal archiving: segments waiting and nothing archived for 30m is stale; an idle primary is not",
        [
            _instance("cnpg_collector_pg_wal_archive_status", "0x3 4x37", 1, value="ready"),
            _instance("cnpg_collector_pg_wal_archive_status", "12x40", 1, value="done"),
            _instance("cnpg_pg_stat_archiver_seconds_since_last_archival", "0+300x40", 1),
            _instance("cnpg_collector_pg_wal_archive_status", "0x40", 2, value="ready"),
            _instance("cnpg_pg_stat_archiver_seconds_since_last_archival", "0+300x40", 2),
        ],
        [
            _quiet("CertctlDatabaseWALArchivingStale", "25m"),
            _fires("CertctlDatabaseWALArchivingStale", "45m", **_pod(1)),
        ],
    ),
    (
        "database",
        "replication: a standby 10 minutes behind fires, one a few seconds behind does not",
        [
            _instance("cnpg_pg_replication_lag", "0x40", 1),
            _instance("cnpg_pg_replication_lag", "3x40", 2),
            _instance("cnpg_pg_replication_lag", "600x40", 3),
        ],
        [_fires("CertctlDatabaseReplicaLagging", "1h", **_pod(3))],
    ),
    (
        "database",
        "replication: the primary streams to both standbys",
        _streaming("2x40"),
        [_quiet("CertctlDatabaseReplicaMissing", "2h")],
    ),
    (
        "database",
        "replication: a standby gone; a standby's own zero does not count",
        _streaming("2x3 1x37"),
        [
            _quiet("CertctlDatabaseReplicaMissing", "10m"),
            {
                "eval_time": "1h",
                "alertname": "CertctlDatabaseReplicaMissing",
                "exp_alerts": [{"exp_labels": {"severity": "warning", "namespace": "certctl"}}],
            },
        ],
    ),
    (
        "database",
        "volumes: a WAL volume 90% full fires; the data volume at half and other claims do not",
        _volume("certctl-db-1", "50x400")
        + _volume("certctl-db-1-wal", "10x400")
        + _volume("postgres-data-certctl-postgres-0", "1x400")
        + _volume("certctl-db-1-import", "1x400"),
        [
            {
                "eval_time": "1h",
                "alertname": "CertctlDatabaseVolumeFull",
                "exp_alerts": [{"exp_labels": _full("certctl-db-1-wal")}],
            }
        ],
    ),
    (
        "database",
        "base backup: a day-old backup is quiet until the schedule's 26h pass",
        _backups("3600x400", "0x400"),
        [
            _quiet("CertctlDatabaseBackupMissing", "26h"),
            _fires("CertctlDatabaseBackupMissing", "27h30m", "critical", namespace="certctl"),
            _quiet("CertctlDatabaseBackupFailed", "27h30m"),
        ],
    ),
    (
        "database",
        "base backup: none yet counts as oldest; a failure after the last success fires",
        _backups("0x400", "0x100 20000x300"),
        [
            _quiet("CertctlDatabaseBackupMissing", "25h"),
            _fires("CertctlDatabaseBackupMissing", "26h30m", "critical", namespace="certctl"),
            _quiet("CertctlDatabaseBackupFailed", "8h"),
            _fires("CertctlDatabaseBackupFailed", "10h", namespace="certctl"),
        ],
    ),
]
CASES += DATABASE_CASES


def _for_cases(groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The cases compare labels (annotations are checked once, below), and their series change
    every 5m: evaluating every 5m instead of every minute spares most of the work."""
    return [
        {**g, "interval": "5m", "rules": [{k: v for k, v in r.items() if k != "annotations"} for r in g["rules"]]}
        for g in groups
    ]


@needs_promtool
@pytest.mark.parametrize("rules, name, series, expect", CASES, ids=[case[1] for case in CASES])
def test_promtool_unit_tests(sentinels, plain, tmp_path, rules, name, series, expect):
    groups = {
        "sentinels": sentinels["spec"]["groups"],
        "plain": plain["spec"]["groups"],
        "backup": _backup_groups(),
        "database": _rule(rendered_env("prod-ha"))["spec"]["groups"],
    }
    _write(tmp_path / "rules.yaml", {"groups": _for_cases(groups[rules])})
    test = {
        "rule_files": ["rules.yaml"],
        "evaluation_interval": "5m",
        "tests": [{"name": name, "interval": "5m", "input_series": series, "alert_rule_test": expect}],
    }
    result = _promtool("test", "rules", str(_write(tmp_path / "test.yaml", test)), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


@needs_promtool
def test_annotations_render_as_operators_read_them(sentinels, tmp_path):
    found = _alerts(sentinels["spec"]["groups"])
    _write(tmp_path / "rules.yaml", {"groups": sentinels["spec"]["groups"]})

    def rendered(alert: str, value: str) -> dict[str, str]:
        annotations = found[alert]["annotations"]
        return {key: text.replace(value.split("=")[0], value.split("=")[1]) for key, text in annotations.items()}

    offline = rendered("CertctlAgentOffline", "{{ $value }}=1")
    assert offline["summary"] == "1 certctl agent(s) sent no heartbeat for over 1h"
    assert "(server-scanner, cloud-aws-sm) are not counted" in offline["description"]
    ratio = rendered("CertctlJobFailureRateHigh", "{{ $value | humanizePercentage }}=33.33%")
    assert ratio["summary"] == "33.33% of certctl's jobs finished in the last 1h failed"
    test = {
        "rule_files": ["rules.yaml"],
        "evaluation_interval": "1m",
        "tests": [
            {
                "interval": "5m",
                "input_series": _agents("6x40", "3x40") + _jobs("0+2x40", "0+1x40"),
                "alert_rule_test": [
                    {
                        "eval_time": "1h30m",
                        "alertname": alert,
                        "exp_alerts": [{"exp_labels": {"severity": "warning", **CERTCTL}, "exp_annotations": text}],
                    }
                    for alert, text in (("CertctlAgentOffline", offline), ("CertctlJobFailureRateHigh", ratio))
                ],
            }
        ],
    }
    result = _promtool("test", "rules", str(_write(tmp_path / "test.yaml", test)), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


@needs_promtool
def test_a_database_alerts_annotations_render(tmp_path):
    rule = _rule(rendered_env("prod-ha"))
    _write(tmp_path / "rules.yaml", {"groups": rule["spec"]["groups"]})
    annotations = dict(_alerts(rule["spec"]["groups"])["CertctlDatabaseVolumeFull"]["annotations"])
    annotations["summary"] = "The database volume certctl-db-2-wal is 90% full"
    test = {
        "rule_files": ["rules.yaml"],
        "evaluation_interval": "1m",
        "tests": [
            {
                "interval": "5m",
                "input_series": _volume("certctl-db-2-wal", "10x40"),
                "alert_rule_test": [
                    {
                        "eval_time": "1h",
                        "alertname": "CertctlDatabaseVolumeFull",
                        "exp_alerts": [
                            {
                                "exp_labels": _full("certctl-db-2-wal"),
                                "exp_annotations": annotations,
                            }
                        ],
                    }
                ],
            }
        ],
    }
    result = _promtool("test", "rules", str(_write(tmp_path / "test.yaml", test)), cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
