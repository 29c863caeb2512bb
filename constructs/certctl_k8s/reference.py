"""Documents generated from the values model, so they cannot drift from it: the JSON Schema that
editors use to check a values file as it is typed, and the configuration reference in docs/.
`python main.py reference` rewrites both; a test fails when either is stale."""

from __future__ import annotations

import json
import types
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema

from .values import Values, common, cron, kube
from .values import types as scalar
from .values.base import SectionDefault
from .values.settings import NAME, FileRef, declared
from .values.variables import KEYED, catalog

SCHEMA_FILE = "values.schema.json"
CONFIGURATION_DOC = "docs/configuration.md"


class _MergedOverDefaults(GenerateJsonSchema):
    """No key is required: a values file is merged over the defaults, key by key."""

    def field_is_required(self, field: Any, total: bool) -> bool:
        return False

    def get_default_value(self, schema: Any) -> Any:
        """A section's default too, which pydantic leaves out as a default_factory's."""
        factory = schema.get("default_factory")
        return factory.value() if isinstance(factory, SectionDefault) else super().get_default_value(schema)


def json_schema() -> dict[str, Any]:
    schema = Values.model_json_schema(by_alias=True, schema_generator=_MergedOverDefaults)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_FILE,
        "title": "certctl-k8s values",
        **schema,
    }


def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, sort_keys=True) + "\n"


# Named types, by identity, for the reference's Type column.
_NAMED = {
    id(common.Credential): "credential",
    id(FileRef): "file",
    id(common.EnvList): "env (map or list)",
    id(scalar.Duration): "duration",
    id(scalar.PromDuration): "Prometheus duration",
    id(scalar.Quantity): "quantity",
    id(scalar.DnsLabel): "DNS label",
    id(scalar.DnsName): "DNS name",
    id(scalar.Port): "port",
    id(scalar.Labels): "labels",
    id(scalar.ImageDigest): "image digest",
    id(scalar.EnvName): "variable name",
    id(scalar.ImageReference): "image reference",
    id(cron.CronSchedule): "cron schedule",
    id(cron.BackupSchedule): "cron schedule with seconds",
    id(scalar.ObjectName): "object name",
    **{
        id(getattr(kube, name)): f"Kubernetes {name}"
        for name in (
            "Affinity",
            "NodeAffinity",
            "PodAffinity",
            "PodAntiAffinity",
            "Toleration",
            "TopologySpreadConstraint",
            "Volume",
            "VolumeMount",
            "Probe",
            "EnvVarSource",
            "LocalObjectReference",
            "NetworkPolicyIngressRule",
            "NetworkPolicyEgressRule",
        )
    },
}


def _type_name(hint: Any) -> str:
    if id(hint) in _NAMED:
        return _NAMED[id(hint)]
    origin, args = get_origin(hint), get_args(hint)
    if origin is Literal:
        return " \\| ".join(json.dumps(arg) for arg in args)
    if origin in (Union, types.UnionType):
        return " \\| ".join(_type_name(arg) for arg in args if arg is not type(None)) + (
            " \\| null" if type(None) in args else ""
        )
    if origin is list:
        return f"list of {_type_name(args[0])}"
    if origin is dict:
        return f"map of {_type_name(args[1])}"
    if origin is not None and args:  # Annotated[...] without a name of its own
        return _type_name(args[0])
    return _BUILTIN.get(hint, getattr(hint, "__name__", str(hint)))


_BUILTIN = {str: "string", int: "integer", bool: "boolean", float: "number", Any: "any"}
_GO_UNITS = {"time.Hour": ("h", 1), "time.Minute": ("m", 1), "time.Second": ("s", 1)}


def _go_default(text: str) -> str:
    """certctl's default as written in Go (`30*24*time.Hour`, `1024*1024`) in values syntax."""
    factors = text.split("*")
    unit = _GO_UNITS.get(factors[-1])
    numbers = factors[:-1] if unit else factors
    if not all(part.isdigit() for part in numbers):
        return text.strip('"')
    product = 1
    for part in numbers:
        product *= int(part)
    return f"{product}{unit[0]}" if unit else str(product)


def _section(hint: Any) -> tuple[type[BaseModel] | None, bool]:
    """(the section model under a field, whether it is a map of named profiles)."""
    if isinstance(hint, type) and issubclass(hint, BaseModel) and hint not in (common.FromSecret,):
        return hint, False
    if get_origin(hint) is dict and isinstance(get_args(hint)[1], type) and issubclass(get_args(hint)[1], BaseModel):
        return get_args(hint)[1], True
    return None, False


def _default(value: Any) -> str:
    if value is None:
        return ""
    text = json.dumps(value)
    return "" if text in ('""', "[]", "{}") else f"`{text}`" if len(text) <= 40 else "(see values.schema.json)"


def _profile_defaults(section: type[BaseModel]) -> dict[str, Any]:
    """A profile's defaults: it has required keys, so no instance, and its sections' defaults are
    documents its validator would build (values/base.py)."""
    sections = {
        field: info.default_factory.value()
        for field, info in section.model_fields.items()
        if isinstance(info.default_factory, SectionDefault)
    }
    return section.model_construct(**sections).model_dump(by_alias=True, mode="json")


def _rows(model: type[BaseModel], key: str, defaults: dict[str, Any], variables: dict[str, str]) -> list[str]:
    rows = []
    hints = get_type_hints(model, include_extras=True)
    for field, info in model.model_fields.items():
        alias = info.alias or field
        path = f"{key}.{alias}" if key else alias
        section, profiles = _section(hints[field])
        if profiles and path in variables:
            rows.append(f"| `{path}` | map of profiles |  | `{variables[path]}` | its keys, comma-separated |")
        if section is not None:
            doc = section.__dict__.get("__doc__")
            if doc:
                summary = " ".join(doc.split()).replace("|", "\\|")
                rows.append(f"| **`{path}`** | | | | {summary} |")
            inner = _profile_defaults(section) if profiles else defaults[alias]
            rows += _rows(section, f"{path}.{NAME.lower()}" if profiles else path, inner, variables)
            continue
        variable = variables.get(path, "")
        default = _default(defaults.get(alias))
        binary = "agent" if path.startswith("agent.") else "server"
        certctl_default = _go_default(catalog()[binary].get(variable, "")) if variable and not default else ""
        if certctl_default and certctl_default != "nil":
            default = f"certctl: `{certctl_default}`"
        description = (info.description or "").replace("|", "\\|")
        rows.append(
            f"| `{path}` | {_type_name(hints[field])} | {default} | "
            f"{f'`{variable}`' if variable else ''} | {description} |"
        )
    return rows


def markdown() -> str:
    """The configuration reference: one row per key, with its certctl variable."""
    from .values.server import Server

    variables = {d.key: d.variable for d in declared(Server, "server")}
    variables.update({key: variable for keyed in KEYED.values() for variable, key in keyed.items()})
    first_boot = sorted({d.key.rsplit(".", 1)[0] for d in declared(Server, "server") if d.first_boot})
    lines = [
        "# Configuration reference",
        "",
        "<!-- generated by `python main.py reference` from the values model; do not edit -->",
        "",
        "Every key of a values file; generated from the values model. Type `credential` is a string",
        "written inline (warned about) or `{secretKeyRef: {name, key}}`; type `file` is a path in the",
        "container or `{secretKeyRef: {name, key}}`, which mounts that Secret key and sets the path. A",
        "default of `certctl: ...` means the key is unset and certctl applies that default. `<name>` is",
        "a profile name you choose. Issuer settings are read on certctl's first boot only: "
        + ", ".join(f"`{key}`" for key in first_boot)
        + ".",
        "",
        "| Key | Type | Default | certctl variable | Notes |",
        "|---|---|---|---|---|",
        *_rows(Values, "", Values().model_dump(by_alias=True, mode="json"), variables),
    ]
    return "\n".join(lines) + "\n"


def write(root: Path) -> list[Path]:
    """Rewrite the generated files under `root`; return those that changed."""
    changed = []
    for path, text in ((root / SCHEMA_FILE, schema_text()), (root / CONFIGURATION_DOC, markdown())):
        if not path.exists() or path.read_text() != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
            changed.append(path)
    return changed
