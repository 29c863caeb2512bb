"""Where certctl sends notifications: email (SMTP, and the periodic digest over it) and chat or
paging services. Webhook URLs, keys and passwords are credentials: `{secretKeyRef: {name, key}}`."""

from __future__ import annotations

from typing import Literal

from pydantic import model_validator

from .base import Section, defaults, problem
from .common import Credential
from .settings import EnvSection, var
from .types import Duration, Port


class Smtp(EnvSection):
    enabled: bool = False
    host: str = var("CERTCTL_SMTP_HOST", "")
    port: Port = var("CERTCTL_SMTP_PORT", 587)
    username: str = var("CERTCTL_SMTP_USERNAME", "")
    password: Credential = var("CERTCTL_SMTP_PASSWORD", "")
    from_address: str = var("CERTCTL_SMTP_FROM_ADDRESS", "")
    use_tls: bool = var("CERTCTL_SMTP_USE_TLS", default=True, alias="useTLS")

    REQUIRED = ("host", "from_address")

    @model_validator(mode="after")
    def _complete(self) -> Smtp:
        if self.enabled and self.username and self.password == "":
            raise problem(
                "password",
                "is required when smtp.username is set: give {secretKeyRef: {name, key}} (or an inline value)",
            )
        return self


class Digest(EnvSection):
    enabled: bool = var("CERTCTL_DIGEST_ENABLED", False)
    interval: Duration = var("CERTCTL_DIGEST_INTERVAL", "24h")
    recipients: list[str] = var("CERTCTL_DIGEST_RECIPIENTS", [])


class Slack(EnvSection):
    enabled: bool = False
    webhook_url: Credential = var("CERTCTL_SLACK_WEBHOOK_URL", "")
    channel: str = var("CERTCTL_SLACK_CHANNEL", "")
    username: str = var("CERTCTL_SLACK_USERNAME", "")
    icon_emoji: str = ""

    REQUIRED = ("webhook_url",)
    UNREAD = {"icon_emoji": "certctl has no setting for the Slack icon; remove it"}


class Teams(EnvSection):
    enabled: bool = False
    webhook_url: Credential = var("CERTCTL_TEAMS_WEBHOOK_URL", "")

    REQUIRED = ("webhook_url",)


class PagerDuty(EnvSection):
    enabled: bool = False
    routing_key: Credential = var("CERTCTL_PAGERDUTY_ROUTING_KEY", "")
    severity: Literal["critical", "error", "warning", "info"] = var("CERTCTL_PAGERDUTY_SEVERITY", "warning")

    REQUIRED = ("routing_key",)


class Opsgenie(EnvSection):
    enabled: bool = False
    api_key: Credential = var("CERTCTL_OPSGENIE_API_KEY", "")
    priority: Literal["P1", "P2", "P3", "P4", "P5"] = var("CERTCTL_OPSGENIE_PRIORITY", "P3")

    REQUIRED = ("api_key",)


class Notifiers(Section):
    slack: Slack = defaults(Slack)
    teams: Teams = defaults(Teams)
    pagerduty: PagerDuty = defaults(PagerDuty)
    opsgenie: Opsgenie = defaults(Opsgenie)
