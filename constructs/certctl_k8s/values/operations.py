"""How the certctl server runs: logging, HTTP limits, rate limits, CORS, key generation, the
scheduler's intervals, deployment verification and backups, and endpoint health checks.

Keys left unset (null) set no variable, so certctl's own default applies."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .settings import EnvSection
from .types import Duration


class Logging(EnvSection):
    ENV = {"level": "CERTCTL_LOG_LEVEL", "format": "CERTCTL_LOG_FORMAT"}
    level: Literal["debug", "info", "warn", "error"] = "info"
    format: Literal["json", "text"] = "json"


class Http(EnvSection):
    """Request limits of the API server."""

    ENV = {"max_body_size": "CERTCTL_MAX_BODY_SIZE",
           "audit_flush_timeout_seconds": "CERTCTL_AUDIT_FLUSH_TIMEOUT_SECONDS"}
    max_body_size: int | None = Field(default=None, ge=1, description="largest request body in bytes")
    audit_flush_timeout_seconds: int | None = Field(
        default=None, ge=1, description="how long shutdown waits for audit records to be written")


class RateLimiting(EnvSection):
    """Per-key token buckets on the API, plus the OCSP and certificate-export caps."""

    GATED = False  # certctl enforces rate limits unless told otherwise
    ENV = {"enabled": "CERTCTL_RATE_LIMIT_ENABLED", "rps": "CERTCTL_RATE_LIMIT_RPS",
           "burst": "CERTCTL_RATE_LIMIT_BURST", "per_user_rps": "CERTCTL_RATE_LIMIT_PER_USER_RPS",
           "per_user_burst": "CERTCTL_RATE_LIMIT_PER_USER_BURST",
           "ocsp_per_ip_per_minute": "CERTCTL_OCSP_RATE_LIMIT_PER_IP_MIN",
           "cert_export_per_actor_per_hour": "CERTCTL_CERT_EXPORT_RATE_LIMIT_PER_ACTOR_HR"}
    enabled: bool | None = None
    rps: int = Field(default=100, ge=1)
    burst: int = Field(default=200, ge=1)
    per_user_rps: int | None = Field(default=None, ge=0, alias="perUserRPS")
    per_user_burst: int | None = Field(default=None, ge=0)
    ocsp_per_ip_per_minute: int | None = Field(default=None, ge=1, alias="ocspPerIPPerMinute")
    cert_export_per_actor_per_hour: int | None = Field(default=None, ge=1)


class Cors(EnvSection):
    ENV = {"origins": "CERTCTL_CORS_ORIGINS"}
    origins: str = Field(default="", description="comma-separated; empty denies every cross-origin request")


class Keygen(EnvSection):
    ENV = {"mode": "CERTCTL_KEYGEN_MODE"}
    mode: Literal["agent", "server"] = Field(
        default="agent", description="agent: keys never leave the agents; server is for demos only")


class Scheduler(EnvSection):
    """How often the scheduler's loops run, and how long jobs may wait."""

    ENV = {"renewal_check_interval": "CERTCTL_SCHEDULER_RENEWAL_CHECK_INTERVAL",
           "job_processor_interval": "CERTCTL_SCHEDULER_JOB_PROCESSOR_INTERVAL",
           "renewal_concurrency": "CERTCTL_RENEWAL_CONCURRENCY",
           "agent_health_check_interval": "CERTCTL_SCHEDULER_AGENT_HEALTH_CHECK_INTERVAL",
           "notification_process_interval": "CERTCTL_SCHEDULER_NOTIFICATION_PROCESS_INTERVAL",
           "notification_retry_interval": "CERTCTL_NOTIFICATION_RETRY_INTERVAL",
           "retry_interval": "CERTCTL_SCHEDULER_RETRY_INTERVAL",
           "job_timeout_interval": "CERTCTL_JOB_TIMEOUT_INTERVAL",
           "awaiting_csr_timeout": "CERTCTL_JOB_AWAITING_CSR_TIMEOUT",
           "awaiting_approval_timeout": "CERTCTL_JOB_AWAITING_APPROVAL_TIMEOUT",
           "short_lived_expiry_check_interval": "CERTCTL_SHORT_LIVED_EXPIRY_CHECK_INTERVAL",
           "crl_generation_interval": "CERTCTL_CRL_GENERATION_INTERVAL"}
    renewal_check_interval: Duration | None = None
    job_processor_interval: Duration | None = None
    renewal_concurrency: int | None = Field(default=None, ge=1)
    agent_health_check_interval: Duration | None = None
    notification_process_interval: Duration | None = None
    notification_retry_interval: Duration | None = None
    retry_interval: Duration | None = None
    job_timeout_interval: Duration | None = None
    awaiting_csr_timeout: Duration | None = Field(default=None, alias="awaitingCSRTimeout")
    awaiting_approval_timeout: Duration | None = None
    short_lived_expiry_check_interval: Duration | None = None
    crl_generation_interval: Duration | None = Field(default=None, alias="crlGenerationInterval")


class Deployments(EnvSection):
    """What happens around a certificate deployment: verification and backups."""

    ENV = {"verify": "CERTCTL_VERIFY_DEPLOYMENT", "verify_timeout": "CERTCTL_VERIFY_TIMEOUT",
           "verify_delay": "CERTCTL_VERIFY_DELAY", "backup_retention": "CERTCTL_DEPLOY_BACKUP_RETENTION",
           "kubelet_sync_timeout": "CERTCTL_K8S_DEPLOY_KUBELET_SYNC_TIMEOUT"}
    verify: bool | None = Field(default=None, description="check the deployed endpoint serves the new certificate")
    verify_timeout: Duration | None = None
    verify_delay: Duration | None = None
    backup_retention: int | None = Field(default=None, ge=0, description="backups kept per target")
    kubelet_sync_timeout: Duration | None = Field(
        default=None, description="how long the Kubernetes-Secret target waits for pods to see the new Secret")


class HealthChecks(EnvSection):
    """TLS endpoint health checks."""

    ENV = {"enabled": "CERTCTL_HEALTH_CHECK_ENABLED", "interval": "CERTCTL_HEALTH_CHECK_INTERVAL",
           "default_interval_seconds": "CERTCTL_HEALTH_CHECK_DEFAULT_INTERVAL",
           "default_timeout_ms": "CERTCTL_HEALTH_CHECK_DEFAULT_TIMEOUT",
           "max_concurrent": "CERTCTL_HEALTH_CHECK_MAX_CONCURRENT",
           "history_retention": "CERTCTL_HEALTH_CHECK_HISTORY_RETENTION",
           "auto_create": "CERTCTL_HEALTH_CHECK_AUTO_CREATE"}
    enabled: bool = False
    interval: Duration | None = Field(default=None, description="the loop that polls due checks")
    default_interval_seconds: int | None = Field(default=None, ge=1, description="per-endpoint probe interval")
    default_timeout_ms: int | None = Field(default=None, ge=1, description="TLS connection timeout")
    max_concurrent: int | None = Field(default=None, ge=1)
    history_retention: Duration | None = None
    auto_create: bool | None = Field(default=None, description="create checks for verified deployments")
