"""`migrations.*`: certctl's schema migrations in a Job of their own (docs/operations.md, Migrations).

By default every server pod migrates at start, which certctl v2.1 serialises with a PostgreSQL
advisory lock. With `viaHook` the Job `<fullname>-migrate-<digest>` runs `/app/server
--migrate-only` with the server's settings and files, the server is told to skip its own pass
(`CERTCTL_MIGRATIONS_VIA_HOOK`), and each server pod waits until the database holds every
migration its image ships."""

from __future__ import annotations

from pydantic import Field

from .base import Section
from .common import Resources
from .common import resources as budget


class Migrations(Section):
    via_hook: bool = Field(
        default=False,
        description="run the migrations in the Job <fullname>-migrate-<digest> instead of at every server start; "
        "server pods then wait until the schema holds every migration of their image",
    )
    backoff_limit: int = Field(default=1, ge=0, description="pod retries before the Job fails")
    active_deadline_seconds: int = Field(
        default=600,
        ge=60,
        description="the Job's deadline, its wait for the database included; a server pod waits this long for "
        "the schema before its wait container restarts",
    )
    resources: Resources | None = Field(
        default=None, description="the Job's migrate container; unset: server.resources"
    )
    wait_resources: Resources = budget(
        "10m",
        "16Mi",
        "100m",
        "64Mi",
        description="the containers that wait with psql: for the database in the Job, for the schema in server pods",
    )
