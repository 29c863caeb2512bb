"""`configure.*`: the Job that applies what certctl's environment cannot set, through its API
with the admin key: the roles and grants of the named keys, removing the demo actor's leftover
admin grant, and the DNS-01 scripts of the ACME issuers."""

from __future__ import annotations

from pydantic import Field

from .base import Section
from .common import Resources, resources


class Configure(Section):
    wait_attempts: int = Field(default=120, ge=1, description="tries while the server is not ready (5 s apart)")
    backoff_limit: int = Field(default=4, ge=0, description="pod retries before the Job fails")
    active_deadline_seconds: int = Field(default=1800, ge=60)
    ttl_seconds_after_finished: int | None = Field(
        default=None,
        ge=0,
        description="delete the finished Job after this long; leave unset under Argo CD or "
        "Flux, which would create it again",
    )
    remove_demo_grant: bool = Field(
        default=True, description="remove the admin grant certctl's migrations give the anonymous demo actor"
    )
    resources: Resources = resources("10m", "16Mi", "100m", "64Mi")
