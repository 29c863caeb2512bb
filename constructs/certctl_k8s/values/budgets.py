"""What certctl's servers need from the database and from Kubernetes when they stop, as numbers
the rules and the components share.

Connections: each server process opens at most CERTCTL_DATABASE_MAX_CONNS connections, 50 unless
set (internal/config/config.go:344, internal/repository/postgres/db.go:60-70). A rollout runs one
pod more than `server.replicas` (maxSurge 1), so the budget counts that pod too, plus room for
PostgreSQL's reserved superuser slots, a backup and one admin session.

Stopping: on SIGTERM certctl waits up to 30 s for its scheduler (a fixed wait), then shuts HTTP
down and flushes the audit log within CERTCTL_AUDIT_FLUSH_TIMEOUT_SECONDS (30 by default), both
counted from the signal (cmd/server/main.go:2245-2273): about max(30, flush) seconds in all."""

from __future__ import annotations

CERTCTL_POOL = 50  # certctl's default CERTCTL_DATABASE_MAX_CONNS
ROLLOUT_SURGE = 1  # the server Deployment's maxSurge
RESERVED_CONNECTIONS = 5  # superuser_reserved_connections (3), a backup, an admin session
POSTGRES_MAX_CONNECTIONS = 100  # PostgreSQL's own default max_connections

SCHEDULER_WAIT_SECONDS = 30  # sched.WaitForCompletion(30 * time.Second)
AUDIT_FLUSH_SECONDS = 30  # CERTCTL_AUDIT_FLUSH_TIMEOUT_SECONDS' default
DRAIN_SECONDS = 5  # the preStop pause: endpoints and ingresses stop routing to the pod first
SHUTDOWN_MARGIN_SECONDS = 10  # closing the database and exiting


def connections_needed(replicas: int, max_conns: int | None) -> int:
    """The most connections the servers may hold at once, during a rollout, plus the reserve."""
    return (replicas + ROLLOUT_SURGE) * (max_conns or CERTCTL_POOL) + RESERVED_CONNECTIONS


def shutdown_seconds(audit_flush_seconds: int | None) -> int:
    """How long a server pod may take from the preStop pause to its exit."""
    flush = audit_flush_seconds or AUDIT_FLUSH_SECONDS
    return DRAIN_SECONDS + max(SCHEDULER_WAIT_SECONDS, flush) + SHUTDOWN_MARGIN_SECONDS


def whole_number(value: object) -> int | None:
    """A positive integer written as a number or a string, else None."""
    if isinstance(value, bool):
        return None
    text = str(value)
    return int(text) if text.isdigit() and int(text) > 0 else None
