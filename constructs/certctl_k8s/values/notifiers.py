"""Where certctl sends notifications: email (SMTP, and the periodic digest over it) and chat or
paging services. Webhook URLs, keys and passwords are credentials: `{secretKeyRef: {name, key}}`."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from .base import Section, problem
from .common import Credential
from .settings import EnvSection
from .types import Duration, Port


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


class Slack(EnvSection):
    ENV = {"webhook_url": "CERTCTL_SLACK_WEBHOOK_URL", "channel": "CERTCTL_SLACK_CHANNEL",
           "username": "CERTCTL_SLACK_USERNAME"}
    enabled: bool = False
    webhook_url: Credential = ""
    channel: str = ""
    username: str = ""
    icon_emoji: str = ""

    REQUIRED = ("webhook_url",)
    UNREAD = {"icon_emoji": "certctl has no setting for the Slack icon; remove it"}


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
