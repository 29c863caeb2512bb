"""The `CERTCTL_*` variables certctl reads (data/certctl-variables.json, taken from its source),
which of our keys sets each one, and the check that keeps `server.env` / `agent.env` to the
variables nothing else sets: a typo or a variable a typed key owns is an error."""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Literal

from .settings import NAME, declared

Binary = Literal["server", "agent"]
DATABASE_URL = "CERTCTL_DATABASE_URL"  # set from postgresql.*, or by hand for the Helm chart's recipe

# Variables the constructs set from other keys (or by themselves): variable -> where it comes from.
DERIVED: dict[Binary, dict[str, str]] = {
    "server": {
        "CERTCTL_SERVER_HOST": "the chart (0.0.0.0, so the Service reaches the pod)",
        "CERTCTL_SERVER_PORT": "server.port",
        "CERTCTL_SERVER_TLS_CERT_PATH": "server.tls (the mounted certificate)",
        "CERTCTL_SERVER_TLS_KEY_PATH": "server.tls (the mounted certificate)",
        "CERTCTL_AUTH_TYPE": "server.auth.type",
        "CERTCTL_AUTH_SECRET": "server.auth.authSecret (certctl requires it; named keys replace it)",
        "CERTCTL_API_KEYS_NAMED": "server.auth.keys (admin, agent, registrar, metrics, extra), server.auth.apiKey",
        "CERTCTL_AGENT_BOOTSTRAP_TOKEN": "server.auth.keys.registrar (the registrar key is the token)",
        "CERTCTL_AGENT_BOOTSTRAP_TOKEN_DENY_EMPTY": "the chart (true: a registration needs the token)",
        "CERTCTL_ACME_INSECURE_ACK": "server.issuer.acme.insecure (which acknowledges it)",
        "CERTCTL_CONFIG_ENCRYPTION_KEY": "server.encryption.key",
        "CERTCTL_CA_CERT_PATH": "server.issuer.local (caSecret or caCertPath)",
        "CERTCTL_CA_KEY_PATH": "server.issuer.local (caSecret or caKeyPath)",
        DATABASE_URL: "postgresql.* (host, port, database, username, tls.mode and the password Secret)",
    },
    "agent": {
        "CERTCTL_SERVER_URL": "the server's Service (server.service.port)",
        "CERTCTL_API_KEY": "server.auth.keys.agent (the agents' runtime key)",
        "CERTCTL_AGENT_NAME": "agent.name",
        "CERTCTL_AGENT_ID": "the registration init container (agent.registration)",
        "CERTCTL_KEY_DIR": "agent.keyDir",
        "CERTCTL_DISCOVERY_DIRS": "agent.discoveryDirs",
        "CERTCTL_SERVER_CA_BUNDLE_PATH": "server.tls (agents trust the server's CA)",
        "CERTCTL_LOG_LEVEL": "agent.logLevel",
    },
}

# Variables certctl reads that no typed key sets, on purpose; `env` is the way to set them.
ENV_ONLY: dict[Binary, dict[str, str]] = {
    "server": {
        "CERTCTL_APPROVAL_BYPASS": "auto-approves every issuance; for development and CI only",
        "CERTCTL_DATABASE_MIGRATIONS_PATH": "the image's layout; override only with a custom image",
        "CERTCTL_DEMO_SEED": "loads demo data; for demonstrations only",
        "CERTCTL_BOOTSTRAP_TOKEN": "mints a first admin key once; the admin key here makes it answer 410",
        "CERTCTL_DEMO_MODE_ACK": "acknowledges auth type none, which is refused here",
        "CERTCTL_DEMO_MODE_ACK_TS": "acknowledges auth type none, which is refused here",
        "CERTCTL_MIGRATIONS_VIA_HOOK": "skips migrations at start; only for a migration Job run beforehand",
    },
    "agent": {
        "CERTCTL_SERVER_TLS_INSECURE_SKIP_VERIFY": "agents already trust the server's CA",
    },
}

# Env-only variables worth a warning when an operator sets them.
RISKY = {
    "CERTCTL_APPROVAL_BYPASS": "auto-approves every issuance; never in production",
    "CERTCTL_DEMO_SEED": "loads demo data into the database",
    "CERTCTL_SERVER_TLS_INSECURE_SKIP_VERIFY": "turns off verification of the server's certificate; "
    "agents already trust the server's CA",
    "CERTCTL_BOOTSTRAP_TOKEN": "the bootstrap endpoint answers 410 once an admin key exists, and this "
    "deployment always has one (server.auth.keys.admin)",
    "CERTCTL_DEMO_MODE_ACK": "has no effect: auth type none is refused here",
    "CERTCTL_DEMO_MODE_ACK_TS": "has no effect: auth type none is refused here",
    "CERTCTL_MIGRATIONS_VIA_HOOK": "the server then skips migrations at start; something else must run "
    "/app/server --migrate-only first",
}


@cache
def catalog() -> dict[str, dict[str, str]]:
    """binary -> variable -> certctl's default (Go source text)."""
    text = resources.files("certctl_k8s").joinpath("data/certctl-variables.json").read_text()
    return {binary: names for binary, names in json.loads(text).items() if isinstance(names, dict)}


@cache
def typed(binary: Binary) -> dict[str, str]:
    """variable -> the key path that sets it, for every typed settings key of `binary`."""
    if binary == "agent":
        return {}
    from .server import Server

    return {d.variable: d.key for d in declared(Server, "server")}


@cache
def first_boot_variables() -> frozenset[str]:
    from .server import Server

    return frozenset(d.variable for d in declared(Server, "server") if d.first_boot)


@cache
def _templates(binary: Binary) -> list[tuple[re.Pattern[str], str]]:
    return [
        (re.compile("^" + re.escape(variable).replace(re.escape(NAME), "(?P<name>[A-Z0-9-]+)") + "$"), key)
        for variable, key in typed(binary).items()
        if NAME in variable
    ]


def owner(binary: Binary, variable: str) -> str | None:
    """The typed key that sets `variable`, if any."""
    if variable in typed(binary):
        return typed(binary)[variable]
    for pattern, key in _templates(binary):
        match = pattern.match(variable)
        if match:
            return key.replace(NAME.lower(), match["name"].lower())
    return None


def env_problems(binary: Binary, names: Iterable[str]) -> list[tuple[str, str]]:
    """(key path, message) for each `<binary>.env` entry that certctl does not read or that
    another key already sets."""
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    other: Binary = "agent" if binary == "server" else "server"
    for name in names:
        key = f"{binary}.env.{name}"
        if name in seen:
            found.append((key, "is set twice"))
            continue
        seen.add(name)
        if not name.startswith("CERTCTL_") or (binary == "server" and name == DATABASE_URL):
            continue
        typed_key = owner(binary, name)
        if typed_key:
            found.append((key, f"is set by {typed_key}; set that key instead"))
        elif name in DERIVED[binary]:
            found.append((key, f"is set from {DERIVED[binary][name]}; remove it from {binary}.env"))
        elif name in catalog()[binary]:
            continue
        elif name in catalog()[other]:
            where = owner(other, name) or DERIVED[other].get(name)
            found.append(
                (key, f"the {binary} does not read it (the {other} does" + (f", set by {where})" if where else ")"))
            )
        else:
            known = list(catalog()[binary]) + list(typed(binary))
            close = difflib.get_close_matches(name, known, n=1, cutoff=0.8)
            hint = f"; did you mean {close[0]}?" if close else ""
            found.append((key, f"certctl's {binary} reads no such variable{hint}"))
    return found
