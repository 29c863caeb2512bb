"""certctl's alerts as Prometheus rules, every PromQL expression built from the values. They use
only the metrics certctl v2.1.7 exports (and kube-state-metrics' for the backup), and mend what
the Helm chart 1.0.0's rules get wrong:

- Selection: each expression selects one release's series by the labels its scrape gives them,
  the ServiceMonitor's `job` (the server Service's name) and `namespace`, or
  `monitoring.prometheusRules.seriesLabels`. Two releases in one Prometheus never mix (their
  sentinel counts differ), and CertctlMetricsAbsent fires when the selection finds nothing, so a
  selector that matches no series cannot silence the other alerts unnoticed.
- Replicas: certctl's gauges are counts read from the database, the same on every replica, so
  the rules take their `max by` the selecting labels: N replicas give one alert. Its real
  counters (issuance failures) are per process, so those are summed.
- Sentinels, the job failure ratio and the expiring-soon window: see the functions below."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..naming import Naming
from ..values import Values
from ..values.cron import longest_interval
from ..values.discovery import sentinel_agents
from ..values.types import prom_duration, prom_duration_seconds
from .database_alerts import database_alerts
from .promql import Alert, matchers, number, quote

GROUP = "certctl.alerts"  # the Helm chart's group name


@dataclass(frozen=True)
class _Series:
    """One release's certctl series: `series("certctl_x")` selects them, `max(...)` folds the
    replicas' copies into one."""

    labels: dict[str, str]

    def __call__(self, metric: str) -> str:
        return metric + matchers(self.labels)

    def by(self, *extra: str) -> str:
        return f"by ({', '.join([*self.labels, *extra])})"

    def max(self, inner: str) -> str:
        return f"max {self.by()} ({inner})"


def certctl_alerts(values: Values, naming: Naming) -> list[Alert]:
    rules = values.monitoring.prometheus_rules
    series = _Series(dict(rules.series_labels) or {"job": naming.metrics_job, "namespace": naming.namespace})
    return [
        _expiring(series, values),
        _agents_offline(series, values, naming),
        _job_failures(series, values),
        _issuance_failures(series, values, naming),
        _metrics_absent(series, naming),
    ]


def _expiring(series: _Series, values: Values) -> Alert:
    """certctl counts a certificate as expiring soon from 30 days before it expires, and its
    default renewal policy starts renewing at that same moment: every renewal passes through the
    count. So a count above zero is normal; a certificate that stays in it for a long `for`
    (24h by default) is a renewal that is stuck. A large fleet renewing all the time keeps a few
    in the count at any moment: raise expiringCertificateCount above that level."""
    t = values.monitoring.prometheus_rules.thresholds
    return Alert(
        "CertctlCertificateExpiringSoon",
        f"{series.max(series('certctl_certificate_expiring_soon'))} > {number(t.expiring_certificate_count)}",
        t.expiring_certificate_for,
        "warning",
        f"{{{{ $value }}}} certificate(s) expire within 30 days and were not renewed in {t.expiring_certificate_for}",
        "certctl counts a certificate from 30 days before it expires, when its default renewal policy "
        f"starts the renewal. One still counted after {t.expiring_certificate_for} is a renewal that is "
        "stuck: waiting for an agent's CSR or an approval, or refused by the CA.",
        "List them: GET /api/v1/certificates?expires_before=<now + 30 days, RFC 3339>. Then find what "
        "their renewal jobs wait for: GET /api/v1/jobs?status=AwaitingCSR, ?status=AwaitingApproval, "
        "?status=Failed (last_error).",
    )


def _agents_offline(series: _Series, values: Values, naming: Naming) -> Alert:
    """certctl_agent_total counts the sentinel agents certctl creates for its own network scan and
    cloud discovery; they never heartbeat and cannot be retired. The values say which of them
    exist, so their number is subtracted (a comment in the expression names them)."""
    t = values.monitoring.prometheus_rules.thresholds
    sentinels = sentinel_agents(values.server.network_scan, values.server.cloud_discovery)
    offline = series.max(f"{series('certctl_agent_total')} - {series('certctl_agent_online')}")
    count = number(t.offline_agent_count)
    if sentinels:
        names = ", ".join(sentinels)
        expr = f"{offline}\n  - {len(sentinels)}  # sentinel agents, which never heartbeat: {names}\n> {count}"
        excluded = f" The sentinel agents of this release ({names}) are not counted."
    else:
        expr, excluded = f"{offline} > {count}", ""
    return Alert(
        "CertctlAgentOffline",
        expr,
        t.offline_agent_for,
        "warning",
        f"{{{{ $value }}}} certctl agent(s) sent no heartbeat for over {t.offline_agent_for}",
        f"certctl counts an agent as offline 5 minutes after its last heartbeat.{excluded}",
        "GET /api/v1/agents shows each agent's last_heartbeat_at. Check the agent pods: kubectl -n "
        f"{naming.namespace} get pods -l {naming.kubectl_selector('agent')}, and their logs. Retire an "
        "agent whose host is gone: DELETE /api/v1/agents/<id>.",
    )


def _job_failures(series: _Series, values: Values) -> Alert:
    """certctl_job_failed_total and _completed_total are typed as counters, but each scrape counts
    the jobs table anew: the failed count falls whenever the retry loop moves a failed job back to
    pending, and rate() or increase() would read every such fall as a counter reset, a burst of
    failures. So the ratio is taken over the plain change of the two counts across the window
    (now minus `offset`, each folded over the replicas first, so a replaced pod loses nothing),
    clamped at zero: a job that failed and then succeeded on retry nets out as a success, one that
    runs out of attempts stays a failure. No job finished: 0/0, no alert."""
    t = values.monitoring.prometheus_rules.thresholds
    window = t.job_failure_rate_window

    def change(metric: str) -> str:
        now, before = series.max(series(metric)), series.max(f"{series(metric)} offset {window}")
        return f"clamp_min({now} - {before}, 0)"

    failed, completed = change("certctl_job_failed_total"), change("certctl_job_completed_total")
    return Alert(
        "CertctlJobFailureRateHigh",
        f"(\n  {failed}\n/\n  (\n    {failed}\n  +\n    {completed}\n  )\n) > {number(t.job_failure_rate)}",
        t.job_failure_rate_for,
        "warning",
        f"{{{{ $value | humanizePercentage }}}} of certctl's jobs finished in the last {window} failed",
        f"Failed jobs over failed plus completed jobs, from the change of certctl's job counts in {window}. "
        "A job that failed and then succeeded on retry counts as completed.",
        "GET /api/v1/jobs?status=Failed lists the failed jobs with their last_error; one shared cause "
        "(an issuer, a target type) points at that CA or connector.",
    )


def _issuance_failures(series: _Series, values: Values, naming: Naming) -> Alert:
    """A real counter, kept by each replica for the issuances it ran: summed over replicas, one
    alert per issuer type."""
    t = values.monitoring.prometheus_rules.thresholds
    rate = f"rate({series('certctl_issuance_failures_total')}[15m])"
    return Alert(
        "CertctlIssuanceFailures",
        f"sum {series.by('issuer_type')} ({rate}) > {number(t.issuance_failure_rate)}",
        t.issuance_failure_for,
        "warning",
        "Issuances through certctl's {{ $labels.issuer_type }} issuer fail",
        "certctl counted failed issuances through {{ $labels.issuer_type }} issuers over the last 15 "
        "minutes: {{ $value | humanize }} per second.",
        "Read last_error of the failed jobs (GET /api/v1/jobs?status=Failed) and the server's log "
        f"(kubectl -n {naming.namespace} logs deployment/{naming.server}); check the CA's reachability, "
        "credentials and rate limits.",
    )


def _metrics_absent(series: _Series, naming: Naming) -> Alert:
    selector = matchers(series.labels)
    return Alert(
        "CertctlMetricsAbsent",
        f"absent({series('certctl_uptime_seconds')})",
        "15m",
        "warning",
        f"Prometheus has no certctl metrics {selector}",
        "Without certctl's series no other certctl alert can fire. The server may be down, the scrape may "
        f"fail (TLS, the metrics key), or certctl's series carry other labels than {selector}.",
        f"kubectl -n {naming.namespace} get pods,servicemonitors -l {naming.kubectl_selector()}; look at the "
        "target on Prometheus' Targets page. If your own scrape "
        "configuration scrapes certctl, set monitoring.prometheusRules.seriesLabels to the labels it gives.",
    )


def backup_alerts(*, namespace: str, cronjob: str, schedule: str, grace: str) -> list[Alert]:
    """Alerts on the backup CronJob `cronjob` running on `schedule`, from kube-state-metrics'
    CronJob and Job series (`namespace` is the object's namespace there).

    CertctlBackupFailed: the newest backup Job failed and none succeeded since. kube_job_failed
    says the Job itself failed; kube_job_status_failed would count a failed pod that a retry then
    made good. A failed Job stays as history after later successes, so only one created after the
    last success counts. The CronJob names its Jobs `<cronjob>-<minutes>`: the regex takes those.

    CertctlBackupMissing: no success for longer than the schedule's longest wait between two runs
    plus `grace`, counted from the CronJob's creation until a first success; or kube-state-metrics
    reports no such CronJob (without it the alerts would stay silent)."""
    cron = matchers({"namespace": namespace, "cronjob": cronjob})
    jobs = f"namespace={quote(namespace)}, job_name=~{quote(cronjob + '-[0-9]+')}"  # inside {...}

    def last_success(by: str, indent: str = "") -> str:
        return (
            f"max by ({by}) (\n{indent}  kube_cronjob_status_last_successful_time{cron}\n"
            f"{indent}  or kube_cronjob_created{cron}\n{indent})"
        )

    longest = longest_interval(schedule)
    max_age = longest + int(prom_duration_seconds(grace))
    return [
        Alert(
            "CertctlBackupFailed",
            f"(\n  max by (namespace, job_name) (kube_job_created{{{jobs}}})\n"
            f'  and on (namespace, job_name)\n  (kube_job_failed{{{jobs}, condition="true"}} == 1)\n)\n'
            f"> on (namespace) group_left ()\n{last_success('namespace')}",
            "5m",
            "warning",
            "The certctl database backup {{ $labels.job_name }} failed",
            f"The newest run of CronJob {cronjob} failed, and no backup has succeeded since.",
            f"kubectl -n {namespace} logs job/{{{{ $labels.job_name }}}}; once fixed, run one now: "
            f"kubectl -n {namespace} create job --from=cronjob/{cronjob} {cronjob}-manual",
        ),
        Alert(
            "CertctlBackupMissing",
            f"(\n  time() - {last_success('namespace, cronjob', '  ')}\n  > {max_age}\n)\n"
            f"or absent(kube_cronjob_created{cron})",
            "15m",
            "critical",
            f"No successful certctl database backup for more than {prom_duration(max_age)}",
            f"CronJob {cronjob} runs on {schedule!r}, at most {prom_duration(longest)} apart, and a backup may "
            f"be {grace} late. Also fires when kube-state-metrics reports no CronJob {cronjob} in {namespace}: "
            "the backup alerts need its CronJob and Job series.",
            f"kubectl -n {namespace} get cronjob {cronjob} (suspended? last schedule?) and get jobs; the "
            "last failed Job's log says why.",
        ),
    ]


def rule_groups(values: Values, naming: Naming) -> list[dict[str, Any]]:
    """The PrometheusRule's groups: certctl's alerts, plus the backup's when backups are on, and
    the CloudNativePG Cluster's (database_alerts.py)."""
    rules = values.monitoring.prometheus_rules
    alerts = certctl_alerts(values, naming) + database_alerts(values, naming)
    schedule = backup_schedule(values)
    if schedule is not None:
        alerts += backup_alerts(
            namespace=naming.namespace, cronjob=naming.backup, schedule=schedule, grace=rules.thresholds.backup_grace
        )
    return [{"name": GROUP, "interval": rules.interval, "rules": [alert.rule() for alert in alerts]}]


def backup_schedule(values: Values) -> str | None:
    """The backup CronJob's schedule when backups are on, else None."""
    return values.backup.schedule if values.backup.enabled else None
