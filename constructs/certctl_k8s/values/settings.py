"""certctl settings that become `CERTCTL_*` variables: each section names, next to its fields,
the exact variable each field sets, so the mapping lives in one place."""

from __future__ import annotations

from typing import Any, ClassVar, Literal, NamedTuple

from pydantic import Field, model_validator

from .base import Section, problem
from .common import Credential
from .types import Duration, Port


class Setting(NamedTuple):
    variable: str
    value: Any
    secret: bool  # a credential: it reaches the pod through a Secret, never the ConfigMap


class EnvSection(Section):
    """A section whose fields map one-to-one onto certctl variables (`ENV`: field -> variable).

    A section with an `enabled` switch sets nothing while disabled."""

    ENV: ClassVar[dict[str, str]] = {}
    REQUIRED: ClassVar[tuple[str, ...]] = ()  # fields that must be set while enabled

    @model_validator(mode="after")
    def _required(self) -> EnvSection:
        if getattr(self, "enabled", True):
            for field in self.REQUIRED:
                if getattr(self, field) == "":
                    alias = type(self).model_fields[field].alias or field
                    raise problem(alias, f"is required when enabled is true ({self.ENV.get(field, field)})")
        return self

    def env_items(self) -> list[Setting]:
        if getattr(self, "enabled", True) is False:
            return []
        items = []
        for field, variable in self.ENV.items():
            value = getattr(self, field)
            if value is None or value == "" or value == []:
                continue
            secret = type(self).model_fields[field].annotation == Credential
            items.append(Setting(variable, value, secret))
        return items


class Logging(EnvSection):
    ENV = {"level": "CERTCTL_LOG_LEVEL", "format": "CERTCTL_LOG_FORMAT"}
    level: Literal["debug", "info", "warn", "error"] = "info"
    format: Literal["json", "text"] = "json"


class RateLimiting(EnvSection):
    ENV = {"rps": "CERTCTL_RATE_LIMIT_RPS", "burst": "CERTCTL_RATE_LIMIT_BURST"}
    rps: int = Field(default=100, ge=1)
    burst: int = Field(default=200, ge=1)


class NetworkScan(EnvSection):
    ENV = {"enabled": "CERTCTL_NETWORK_SCAN_ENABLED", "interval": "CERTCTL_NETWORK_SCAN_INTERVAL"}
    enabled: bool = False
    interval: Duration = "6h"


class Keygen(EnvSection):
    ENV = {"mode": "CERTCTL_KEYGEN_MODE"}
    mode: Literal["agent", "server"] = "agent"


class Cors(EnvSection):
    ENV = {"origins": "CERTCTL_CORS_ORIGINS"}
    origins: str = ""


class Est(EnvSection):
    ENV = {"enabled": "CERTCTL_EST_ENABLED", "issuer_id": "CERTCTL_EST_ISSUER_ID",
           "profile_id": "CERTCTL_EST_PROFILE_ID"}
    enabled: bool = False
    issuer_id: str = Field(default="iss-local", alias="issuerID")
    profile_id: str = Field(default="", alias="profileID")


class Smtp(EnvSection):
    ENV = {"host": "CERTCTL_SMTP_HOST", "port": "CERTCTL_SMTP_PORT", "username": "CERTCTL_SMTP_USERNAME",
           "password": "CERTCTL_SMTP_PASSWORD", "from_address": "CERTCTL_SMTP_FROM_ADDRESS",
           "use_tls": "CERTCTL_SMTP_USE_TLS"}
    enabled: bool = False
    host: str = ""
    port: Port = 587
    username: str = ""
    password: Credential = ""
    from_address: str = ""
    use_tls: bool = Field(default=True, alias="useTLS")

    REQUIRED = ("host", "from_address")

    @model_validator(mode="after")
    def _complete(self) -> Smtp:
        if self.enabled and self.username and self.password == "":
            raise problem("password", "is required when smtp.username is set: give "
                          "{secretKeyRef: {name, key}} (or an inline value)")
        return self


class Digest(EnvSection):
    ENV = {"enabled": "CERTCTL_DIGEST_ENABLED", "interval": "CERTCTL_DIGEST_INTERVAL",
           "recipients": "CERTCTL_DIGEST_RECIPIENTS"}
    enabled: bool = False
    interval: Duration = "24h"
    recipients: list[str] = []


class LocalIssuer(EnvSection):
    """The built-in CA. Its key pair comes from a Secret (`caSecret`, by default the one the
    secrets command makes) so issued chains survive restarts and agree across replicas;
    `ephemeral` keeps certctl's per-process throwaway CA (one replica only)."""

    enabled: bool = True
    ca_secret: str = ""
    ephemeral: bool = False
    ca_cert_path: str = ""
    ca_key_path: str = ""

    @model_validator(mode="after")
    def _one_source(self) -> LocalIssuer:
        if bool(self.ca_cert_path) != bool(self.ca_key_path):
            raise problem("caKeyPath" if self.ca_cert_path else "caCertPath",
                          "caCertPath and caKeyPath go together (files mounted through server.volumes)")
        if self.ca_cert_path and (self.ca_secret or self.ephemeral):
            raise problem("caCertPath", "set one CA source: caCertPath/caKeyPath, caSecret or ephemeral")
        if self.ca_secret and self.ephemeral:
            raise problem("ephemeral", "set one CA source: caSecret or ephemeral")
        return self


class Acme(EnvSection):
    ENV = {"directory_url": "CERTCTL_ACME_DIRECTORY_URL", "email": "CERTCTL_ACME_EMAIL",
           "challenge_type": "CERTCTL_ACME_CHALLENGE_TYPE", "dns_present_script": "CERTCTL_ACME_DNS_PRESENT_SCRIPT",
           "dns_cleanup_script": "CERTCTL_ACME_DNS_CLEANUP_SCRIPT",
           "dns_persist_issuer_domain": "CERTCTL_ACME_DNS_PERSIST_ISSUER_DOMAIN",
           "profile": "CERTCTL_ACME_PROFILE", "ari_enabled": "CERTCTL_ACME_ARI_ENABLED",
           "eab_url": "CERTCTL_ZEROSSL_EAB_URL"}
    enabled: bool = False
    directory_url: str = Field(default="", alias="directoryURL")
    email: str = ""
    challenge_type: Literal["http-01", "dns-01", "dns-persist-01"] = "http-01"
    dns_present_script: str = ""
    dns_cleanup_script: str = ""
    dns_propagation_wait: Duration | None = None
    dns_persist_issuer_domain: str = ""
    profile: str = ""
    ari_enabled: bool | None = Field(default=None, alias="ariEnabled")
    eab_url: str = Field(default="", alias="eabURL")

    @model_validator(mode="before")
    @classmethod
    def _unread_keys(cls, data: Any) -> Any:
        if isinstance(data, dict):
            for key in ("eabKid", "eabHmac"):
                if data.get(key):
                    raise problem(key, "certctl does not read CERTCTL_ACME_EAB_KID/HMAC; for ZeroSSL set "
                                  "eabURL (CERTCTL_ZEROSSL_EAB_URL), for other CAs register the EAB "
                                  "account through the certctl API")
            data = {k: v for k, v in data.items() if k not in ("eabKid", "eabHmac")}
        return data

    REQUIRED = ("directory_url",)

    @model_validator(mode="after")
    def _complete(self) -> Acme:
        if not self.enabled:
            return self
        if self.challenge_type == "dns-persist-01" and not self.dns_persist_issuer_domain:
            raise problem("dnsPersistIssuerDomain", "is required for challengeType dns-persist-01")
        return self


class StepCa(EnvSection):
    ENV = {"url": "CERTCTL_STEPCA_URL", "root_ca_path": "CERTCTL_STEPCA_ROOT_CERT",
           "provisioner_name": "CERTCTL_STEPCA_PROVISIONER", "provisioner_key_path": "CERTCTL_STEPCA_KEY_PATH",
           "provisioner_password": "CERTCTL_STEPCA_PASSWORD"}
    enabled: bool = False
    url: str = ""
    root_ca_path: str = Field(default="", alias="rootCAPath")
    intermediate_ca_path: str = Field(default="", alias="intermediateCAPath")
    provisioner_name: str = ""
    provisioner_key_path: str = ""
    provisioner_password: Credential = ""

    REQUIRED = ("url",)

    @model_validator(mode="after")
    def _complete(self) -> StepCa:
        if self.intermediate_ca_path:
            raise problem("intermediateCAPath", "certctl does not read an intermediate CA path for step-ca; "
                          "put the chain in rootCAPath")
        return self


class OpenSsl(EnvSection):
    ENV = {"sign_script": "CERTCTL_OPENSSL_SIGN_SCRIPT", "revoke_script": "CERTCTL_OPENSSL_REVOKE_SCRIPT",
           "crl_script": "CERTCTL_OPENSSL_CRL_SCRIPT"}
    enabled: bool = False
    sign_script: str = ""
    revoke_script: str = ""
    crl_script: str = ""
    timeout_seconds: int | None = None

    REQUIRED = ("sign_script",)

    @model_validator(mode="after")
    def _complete(self) -> OpenSsl:
        if self.timeout_seconds is not None:
            raise problem("timeoutSeconds", "certctl has no setting for the OpenSSL script timeout; remove it")
        return self


class Issuers(Section):
    local: LocalIssuer = LocalIssuer()
    acme: Acme = Acme()
    stepca: StepCa = StepCa()
    openssl: OpenSsl = OpenSsl()


class Slack(EnvSection):
    ENV = {"webhook_url": "CERTCTL_SLACK_WEBHOOK_URL", "channel": "CERTCTL_SLACK_CHANNEL",
           "username": "CERTCTL_SLACK_USERNAME"}
    enabled: bool = False
    webhook_url: Credential = ""
    channel: str = ""
    username: str = ""
    icon_emoji: str = ""

    REQUIRED = ("webhook_url",)

    @model_validator(mode="after")
    def _complete(self) -> Slack:
        if self.icon_emoji:
            raise problem("iconEmoji", "certctl has no setting for the Slack icon; remove it")
        return self


class Teams(EnvSection):
    ENV = {"webhook_url": "CERTCTL_TEAMS_WEBHOOK_URL"}
    enabled: bool = False
    webhook_url: Credential = ""

    REQUIRED = ("webhook_url",)


class PagerDuty(EnvSection):
    ENV = {"routing_key": "CERTCTL_PAGERDUTY_ROUTING_KEY", "severity": "CERTCTL_PAGERDUTY_SEVERITY"}
    enabled: bool = False
    routing_key: Credential = ""
    severity: Literal["critical", "error", "warning", "info"] = "warning"

    REQUIRED = ("routing_key",)


class Opsgenie(EnvSection):
    ENV = {"api_key": "CERTCTL_OPSGENIE_API_KEY", "priority": "CERTCTL_OPSGENIE_PRIORITY"}
    enabled: bool = False
    api_key: Credential = ""
    priority: Literal["P1", "P2", "P3", "P4", "P5"] = "P3"

    REQUIRED = ("api_key",)


class Notifiers(Section):
    slack: Slack = Slack()
    teams: Teams = Teams()
    pagerduty: PagerDuty = PagerDuty()
    opsgenie: Opsgenie = Opsgenie()
