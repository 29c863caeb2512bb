"""How the certctl server runs: logging, HTTP limits, rate limits, CORS, key generation, the
scheduler's intervals, deployment verification and backups, and endpoint health checks.

Keys left unset (null) set no variable, so certctl's own default applies."""

from __future__ import annotations

from typing import Literal

from pydantic import field_validator

from .settings import EnvSection, var
from .types import Cidr, Duration, duration_seconds


class Logging(EnvSection):
    level: Literal["debug", "info", "warn", "error"] = var("CERTCTL_LOG_LEVEL", "info")
    format: Literal["json", "text"] = var("CERTCTL_LOG_FORMAT", "json")


class Http(EnvSection):
    """Request limits of the API server."""

    max_body_size: int | None = var(
        "CERTCTL_MAX_BODY_SIZE", default=None, ge=1, description="largest request body in bytes"
    )
    audit_flush_timeout_seconds: int | None = var(
        "CERTCTL_AUDIT_FLUSH_TIMEOUT_SECONDS",
        default=None,
        ge=1,
        description="how long shutdown waits for audit records to be written",
    )
    trusted_proxies: list[Cidr] = var(
        "CERTCTL_TRUSTED_PROXIES", [], description="CIDRs whose X-Forwarded-For certctl believes (an ingress)"
    )


class Database(EnvSection):
    """certctl's connection pool."""

    max_conns: int | None = var(
        "CERTCTL_DATABASE_MAX_CONNS", None, ge=1, description="connections each server replica may open"
    )


class RateLimiting(EnvSection):
    """Per-key token buckets on the API, plus the OCSP and certificate-export caps."""

    GATED = False  # certctl enforces rate limits unless told otherwise
    enabled: bool | None = var("CERTCTL_RATE_LIMIT_ENABLED", None)
    rps: int = var("CERTCTL_RATE_LIMIT_RPS", default=100, ge=1)
    burst: int = var("CERTCTL_RATE_LIMIT_BURST", default=200, ge=1)
    per_user_rps: int | None = var("CERTCTL_RATE_LIMIT_PER_USER_RPS", default=None, ge=0, alias="perUserRPS")
    per_user_burst: int | None = var("CERTCTL_RATE_LIMIT_PER_USER_BURST", default=None, ge=0)
    ocsp_per_ip_per_minute: int | None = var(
        "CERTCTL_OCSP_RATE_LIMIT_PER_IP_MIN", default=None, ge=1, alias="ocspPerIPPerMinute"
    )
    cert_export_per_actor_per_hour: int | None = var("CERTCTL_CERT_EXPORT_RATE_LIMIT_PER_ACTOR_HR", default=None, ge=1)
    backend: Literal["memory", "postgres"] | None = var(
        "CERTCTL_RATE_LIMIT_BACKEND",
        None,
        description="where the sliding-window limiters count: postgres shares them between replicas",
    )
    janitor_interval: Duration | None = var(
        "CERTCTL_RATE_LIMIT_JANITOR_INTERVAL", None, description="how often the postgres backend sweeps old rows"
    )

    @field_validator("janitor_interval")
    @classmethod
    def _janitor(cls, value: str | None) -> str | None:
        if value is not None and duration_seconds(value) < 60:
            raise ValueError(f"{value!r} is under certctl's minimum of 1m")
        return value


class Cors(EnvSection):
    origins: str = var(
        "CERTCTL_CORS_ORIGINS", default="", description="comma-separated; empty denies every cross-origin request"
    )


class Keygen(EnvSection):
    mode: Literal["agent", "server"] = var(
        "CERTCTL_KEYGEN_MODE",
        default="agent",
        description="agent: keys never leave the agents; server is for demos only",
    )


class Scheduler(EnvSection):
    """How often the scheduler's loops run, and how long jobs may wait."""

    renewal_check_interval: Duration | None = var("CERTCTL_SCHEDULER_RENEWAL_CHECK_INTERVAL", None)
    job_processor_interval: Duration | None = var("CERTCTL_SCHEDULER_JOB_PROCESSOR_INTERVAL", None)
    renewal_concurrency: int | None = var("CERTCTL_RENEWAL_CONCURRENCY", default=None, ge=1)
    agent_health_check_interval: Duration | None = var("CERTCTL_SCHEDULER_AGENT_HEALTH_CHECK_INTERVAL", None)
    notification_process_interval: Duration | None = var("CERTCTL_SCHEDULER_NOTIFICATION_PROCESS_INTERVAL", None)
    notification_retry_interval: Duration | None = var("CERTCTL_NOTIFICATION_RETRY_INTERVAL", None)
    retry_interval: Duration | None = var("CERTCTL_SCHEDULER_RETRY_INTERVAL", None)
    job_timeout_interval: Duration | None = var("CERTCTL_JOB_TIMEOUT_INTERVAL", None)
    awaiting_csr_timeout: Duration | None = var(
        "CERTCTL_JOB_AWAITING_CSR_TIMEOUT", default=None, alias="awaitingCSRTimeout"
    )
    awaiting_approval_timeout: Duration | None = var("CERTCTL_JOB_AWAITING_APPROVAL_TIMEOUT", None)
    short_lived_expiry_check_interval: Duration | None = var("CERTCTL_SHORT_LIVED_EXPIRY_CHECK_INTERVAL", None)
    crl_generation_interval: Duration | None = var(
        "CERTCTL_CRL_GENERATION_INTERVAL", default=None, alias="crlGenerationInterval"
    )
    async_poll_max_wait_seconds: int | None = var(
        "CERTCTL_ASYNC_POLL_MAX_WAIT_SECONDS",
        None,
        ge=1,
        description="how long an order at an asynchronous CA is polled (issuers' own settings win)",
    )


class Deployments(EnvSection):
    """What happens around a certificate deployment: verification and backups."""

    verify: bool | None = var(
        "CERTCTL_VERIFY_DEPLOYMENT", default=None, description="check the deployed endpoint serves the new certificate"
    )
    verify_timeout: Duration | None = var("CERTCTL_VERIFY_TIMEOUT", None)
    verify_delay: Duration | None = var("CERTCTL_VERIFY_DELAY", None)
    backup_retention: int | None = var(
        "CERTCTL_DEPLOY_BACKUP_RETENTION", default=None, ge=0, description="backups kept per target"
    )
    kubelet_sync_timeout: Duration | None = var(
        "CERTCTL_K8S_DEPLOY_KUBELET_SYNC_TIMEOUT",
        default=None,
        description="how long the Kubernetes-Secret target waits for pods to see the new Secret",
    )


class HealthChecks(EnvSection):
    """TLS endpoint health checks."""

    enabled: bool = var("CERTCTL_HEALTH_CHECK_ENABLED", False)
    interval: Duration | None = var(
        "CERTCTL_HEALTH_CHECK_INTERVAL", default=None, description="the loop that polls due checks"
    )
    default_interval_seconds: int | None = var(
        "CERTCTL_HEALTH_CHECK_DEFAULT_INTERVAL", default=None, ge=1, description="per-endpoint probe interval"
    )
    default_timeout_ms: int | None = var(
        "CERTCTL_HEALTH_CHECK_DEFAULT_TIMEOUT", default=None, ge=1, description="TLS connection timeout"
    )
    max_concurrent: int | None = var("CERTCTL_HEALTH_CHECK_MAX_CONCURRENT", default=None, ge=1)
    history_retention: Duration | None = var("CERTCTL_HEALTH_CHECK_HISTORY_RETENTION", None)
    auto_create: bool | None = var(
        "CERTCTL_HEALTH_CHECK_AUTO_CREATE", default=None, description="create checks for verified deployments"
    )
