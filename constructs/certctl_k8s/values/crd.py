"""Values that are fragments of a CRD object (a ServiceMonitor's TLS settings, its relabelings),
checked at load against that CRD's OpenAPI schema as committed in imports/crds/, so a typo fails
before synth as it would at `kubectl apply`."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import yaml
from pydantic import AfterValidator, WithJsonSchema

if TYPE_CHECKING:  # jsonschema is imported on first check (see kube.py)
    import jsonschema

CRDS = Path(__file__).resolve().parents[3] / "imports" / "crds"


def _strict(schema: Any) -> Any:
    """The schema with unknown properties refused wherever it lists the known ones, as the API
    server's structural pruning would drop them silently."""
    if isinstance(schema, dict):
        out = {key: _strict(value) for key, value in schema.items()}
        if "properties" in out and "additionalProperties" not in out:
            out["additionalProperties"] = False
        return out
    if isinstance(schema, list):
        return [_strict(item) for item in schema]
    return schema


@cache
def _validator(crd: str, path: tuple[str, ...]) -> jsonschema.Draft7Validator:
    import jsonschema

    document = yaml.safe_load((CRDS / crd).read_text())
    schema = document["spec"]["versions"][0]["schema"]["openAPIV3Schema"]
    for step in path:
        schema = schema["items"] if step == "[]" else schema["properties"][step]
    return jsonschema.Draft7Validator(_strict(schema))


def _check(crd: str, path: tuple[str, ...], title: str, value: Any) -> Any:
    errors = sorted(_validator(crd, path).iter_errors(value), key=lambda e: list(e.absolute_path))
    if errors:
        error = errors[0]
        where = ".".join(str(part) for part in error.absolute_path)
        raise ValueError(f"{where + ': ' if where else ''}{error.message} (not a valid {title})")
    return value


def fragment(crd: str, path: str, title: str) -> Any:
    """A mapping checked against the schema at `path` (dotted, `[]` for list items) of `crd`."""
    steps = tuple(path.split("."))
    return Annotated[
        dict[str, Any],
        AfterValidator(lambda value: _check(crd, steps, title, value)),
        WithJsonSchema({"type": "object", "title": title}),
    ]


_ENDPOINT = "spec.endpoints.[]"
SERVICE_MONITORS = "monitoring.coreos.com_servicemonitors.yaml"
ScrapeTlsConfig = fragment(SERVICE_MONITORS, f"{_ENDPOINT}.tlsConfig", "ServiceMonitor tlsConfig")
RelabelConfig = fragment(SERVICE_MONITORS, f"{_ENDPOINT}.relabelings.[]", "ServiceMonitor relabeling")
