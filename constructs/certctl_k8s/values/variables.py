"""The `CERTCTL_*` variables certctl reads (data/certctl-variables.json, taken from its source),
which of our keys sets each one, and what becomes of a `server.env` / `agent.env` entry:

- a variable a typed key owns moves onto that key, so the key's own type checks it and the
  variable is set once; only a key the operator also wrote, to another value, makes it an error
  (a default never does);
- a variable the chart derives from other keys is refused;
- a typo, or a variable the other binary reads, is refused;
- any other variable certctl reads, and any name outside `CERTCTL_`, passes unchanged."""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel, TypeAdapter, ValidationError

from .base import Section
from .common import EnvEntry, FromSecret, env_list
from .paths import MISSING, annotation_of, check, document_value, field_at, set_document_value, value_at
from .settings import NAME, EnvSection, declared, is_mapping, section_models

Binary = Literal["server", "agent"]
DATABASE_URL = "CERTCTL_DATABASE_URL"  # set from postgresql.*, or by hand for the Helm chart's recipe

# Variables the constructs set from other keys (or by themselves): variable -> where it comes from.
DERIVED: dict[Binary, dict[str, str]] = {
    "server": {
        "CERTCTL_SERVER_HOST": "the chart (0.0.0.0, so the Service reaches the pod)",
        "CERTCTL_SERVER_TLS_CERT_PATH": "server.tls (the mounted certificate)",
        "CERTCTL_SERVER_TLS_KEY_PATH": "server.tls (the mounted certificate)",
        "CERTCTL_AUTH_TYPE": "server.auth.type",
        "CERTCTL_AUTH_SECRET": "server.auth.authSecret (certctl requires it; named keys replace it)",
        "CERTCTL_API_KEYS_NAMED": "server.auth.keys (admin, agent, registrar, metrics, extra), server.auth.apiKey",
        "CERTCTL_AGENT_BOOTSTRAP_TOKEN": "server.auth.keys.registrar (the registrar key is the token)",
        "CERTCTL_AGENT_BOOTSTRAP_TOKEN_DENY_EMPTY": "the chart (true: a registration needs the token)",
        "CERTCTL_ACME_INSECURE_ACK": "server.issuer.acme.insecure (which acknowledges it)",
        "CERTCTL_CA_CERT_PATH": "server.issuer.local (caSecret or caCertPath)",
        "CERTCTL_CA_KEY_PATH": "server.issuer.local (caSecret or caKeyPath)",
        DATABASE_URL: "postgresql.* (host, port, database, username, tls.mode and the password Secret)",
    },
    "agent": {
        "CERTCTL_SERVER_URL": "the server's Service (server.service.port)",
        "CERTCTL_API_KEY": "server.auth.keys.agent (the agents' runtime key)",
        "CERTCTL_AGENT_NAME": "agent.name",
        "CERTCTL_AGENT_ID": "the registration init container (agent.registration)",
        "CERTCTL_SERVER_CA_BUNDLE_PATH": "server.tls (agents trust the server's CA)",
    },
}

# Variables one key outside the settings sections sets to its own value: variable -> key path.
# Like the typed settings, an env entry of one of them moves onto its key.
KEYED: dict[Binary, dict[str, str]] = {
    "server": {
        "CERTCTL_SERVER_PORT": "server.port",
        "CERTCTL_CONFIG_ENCRYPTION_KEY": "server.encryption.key",
        "CERTCTL_MIGRATIONS_VIA_HOOK": "migrations.viaHook",
    },
    "agent": {
        "CERTCTL_LOG_LEVEL": "agent.logLevel",
        "CERTCTL_KEY_DIR": "agent.keyDir",
        "CERTCTL_DISCOVERY_DIRS": "agent.discoveryDirs",
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


def _owner(binary: Binary, variable: str) -> tuple[str, str | None] | None:
    """(the key that sets `variable`, the key path of its profile when it is a profile's)."""
    if variable in typed(binary):
        return typed(binary)[variable], None
    if variable in KEYED[binary]:
        return KEYED[binary][variable], None
    for pattern, key in _templates(binary):
        match = pattern.match(variable)
        if match:
            profile = key.split(f".{NAME.lower()}.")[0] + "." + match["name"].lower()
            return key.replace(NAME.lower(), match["name"].lower()), profile
    return None


def owner(binary: Binary, variable: str) -> str | None:
    """The key that sets `variable`, if any."""
    found = _owner(binary, variable)
    return found[0] if found else None


@cache
def _root() -> type[BaseModel]:
    from .root import Values

    return Values


def _is_list(annotation: Any) -> bool:
    return any(get_origin(arg) is list for arg in (annotation, *get_args(annotation)))


def _entry_value(entry: dict[str, Any], model: type[BaseModel], field: str) -> Any:
    """What an env entry (as Kubernetes writes it) gives `model.field`, shaped as the field takes
    it: a comma list for a list, profile names for a map of profiles, a Secret reference for a
    credential. MISSING when an entry of that form cannot stand for the field."""
    annotation = annotation_of(model, field)
    source = entry.get("valueFrom")
    if source is None:
        value = entry.get("value")
        value = "" if value is None else value
        if not isinstance(value, str):
            return MISSING
        names = [part.strip() for part in value.split(",") if part.strip()]
        if is_mapping(annotation):
            return {name: {} for name in names}
        return names if _is_list(annotation) else value
    ref = source.get("secretKeyRef") if isinstance(source, dict) and len(source) == 1 else None
    if isinstance(ref, dict) and set(ref) <= {"name", "key"} and FromSecret in section_models(annotation):
        return {"secretKeyRef": dict(ref)}
    return MISSING


def _checked(model: type[BaseModel], field: str, value: Any) -> tuple[Any, str | None]:
    """`paths.check` of what an entry gives the field, except that a switch takes only the two
    spellings every certctl switch reads alike, and a map of profiles is checked by its names
    only: an entry that lists profiles says nothing about their settings."""
    annotation = annotation_of(model, field)
    if bool in (annotation, *get_args(annotation)) and value not in ("true", "false"):
        # certctl reads most switches as true for "true", "1" or "yes" and false otherwise
        # (internal/config/config.go:1300-1305), CERTCTL_MIGRATIONS_VIA_HOOK as true for any case
        # of "true": only these two spellings mean the same to every switch.
        return None, f"{value!r} is not a switch value; write true or false"
    if not is_mapping(annotation):
        return check(model, field, value)
    name_type: Any = get_args(annotation)[0]
    names: TypeAdapter[list[str]] = TypeAdapter(list[name_type])
    try:
        names.validate_python(list(value))
    except ValidationError as error:
        return None, str(error.errors()[0]["msg"]).removeprefix("Value error, ")
    return value, None


def move_env_onto_keys(data: dict[str, Any], written: dict[str, Any]) -> None:
    """Set each typed key that an entry of `server.env` / `agent.env` in the raw document `data`
    stands for, unless the operator wrote that key (`written`: their own values, before the
    defaults). An entry that cannot move (another form, a value the key refuses, a profile that
    does not exist) stays as it is, for `env_problems` to name."""
    for binary in ("server", "agent"):
        section = data.get(binary)
        entries = env_list(section.get("env")) if isinstance(section, dict) else None
        if not isinstance(entries, list):
            continue
        moves: list[tuple[bool, str, str | None, Any]] = []
        for entry in entries:
            name = entry.get("name") if isinstance(entry, dict) else None
            found = _owner(binary, name) if isinstance(name, str) else None
            target = field_at(_root(), found[0]) if found else None
            if found is None or target is None or document_value(written, found[0]) is not None:
                continue
            value = _entry_value(entry, *target)
            if value is not MISSING and _checked(*target, value)[1] is None:
                moves.append((not is_mapping(annotation_of(*target)), found[0], found[1], value))
        # Lists of profiles first: they make the profiles that the profiles' own variables fill.
        for _, key, profile, value in sorted(moves, key=lambda move: move[0]):
            if profile is not None and not isinstance(document_value(data, profile), dict):
                continue
            if isinstance(value, dict) and "secretKeyRef" not in value:
                existing = document_value(data, key)
                value = {**value, **(existing if isinstance(existing, dict) else {})}
            set_document_value(data, key, value)


def _as_read(value: Any) -> str:
    """A typed key's value as certctl reads it from its variable."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return ",".join(str(item) for item in value)
    return "" if value is None else str(value)


def _inactive(values: BaseModel, key: str) -> str | None:
    """The switch of the nearest section around `key` that is off, if one is."""
    parts = key.split(".")
    for end in range(len(parts) - 1, 0, -1):
        section = value_at(values, ".".join(parts[:end]))
        if isinstance(section, EnvSection) and not section.active:
            return ".".join(parts[:end]) + ".enabled"
    return None


def _disagreement(entry: EnvEntry, key: str, profile: str | None, values: BaseModel) -> str | None:
    """Why an entry of a typed variable cannot stand as it is, or None when it agrees with its key."""
    target = field_at(_root(), key)
    if target is None:
        return f"is set by {key}; set that key instead"
    if profile is not None and value_at(values, profile) is MISSING:
        where, name = profile.rsplit(".", 1)
        return f"would set {key}, but {where} has no profile {name!r}; set the profile there"
    value = _entry_value(entry.as_kube(), *target)
    if value is MISSING:
        return f"is set by {key}; set that key instead (an entry of this form cannot move onto it)"
    typed_value, why = _checked(*target, value)
    if why is not None:
        return f"cannot move onto {key}: {why}"
    current = value_at(values, key)
    if is_mapping(annotation_of(*target)):
        if set(typed_value) == set(current):
            return None
    elif typed_value == current:
        return None
    if (
        isinstance(current, Section)
        or isinstance(typed_value, Section)
        or FromSecret in section_models(annotation_of(*target))
    ):
        return f"differs from {key}, which the values also set; keep one of them"
    return f"is {_as_read(typed_value)!r}, but {key} is {_as_read(current)!r}; keep one of them"


def env_problems(binary: Binary, entries: Iterable[EnvEntry], values: BaseModel) -> list[tuple[str, str]]:
    """(key path, message) for each `<binary>.env` entry that certctl does not read, that another
    key derives, or that disagrees with the typed key it stands for."""
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    other: Binary = "agent" if binary == "server" else "server"
    for entry in entries:
        name = entry.name
        key = f"{binary}.env.{name}"
        if name in seen:
            found.append((key, "is set twice"))
            continue
        seen.add(name)
        if not name.startswith("CERTCTL_") or (binary == "server" and name == DATABASE_URL):
            continue
        owned = _owner(binary, name)
        if owned:
            message = _disagreement(entry, *owned, values)
            if message:
                found.append((key, message))
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
            known = list(catalog()[binary]) + list(typed(binary)) + list(KEYED[binary])
            close = difflib.get_close_matches(name, known, n=1, cutoff=0.8)
            hint = f"; did you mean {close[0]}?" if close else ""
            found.append((key, f"certctl's {binary} reads no such variable{hint}"))
    return found


def moved_env(binary: Binary, entries: Iterable[EnvEntry]) -> list[tuple[EnvEntry, str]]:
    """(entry, the key it moved onto) for each entry a typed key stands for."""
    return [(entry, found[0]) for entry in entries if (found := _owner(binary, entry.name))]


def passthrough_env(binary: Binary, entries: Iterable[EnvEntry]) -> list[EnvEntry]:
    """The entries the container gets as written: every one no typed key stands for."""
    return [entry for entry in entries if _owner(binary, entry.name) is None]


def env_notes(binary: Binary, entries: Iterable[EnvEntry], values: BaseModel) -> list[tuple[str, str]]:
    """(key path, warning) for each entry that moved onto its typed key."""
    notes = []
    for entry, key in moved_env(binary, entries):
        switch = _inactive(values, key)
        note = f"; it has no effect while {switch} is false" if switch else ""
        notes.append((f"{binary}.env.{entry.name}", f"moved to {key}, which sets it; write that key instead{note}"))
    return notes
