"""Key paths such as `server.scheduler.renewalCheckInterval`, written with the keys' aliases as
in a values file, resolved three ways: on the model's classes (which field, which type), on a
validated model (its value), and on a raw values document (what a file wrote). A map of named
profiles takes the profile's name as one part: `server.scep.profiles.corp.issuerID`.

The loader needs them where one Helm value stands for typed keys (an `env` entry of a typed
variable, `externalDatabase.url`): the typed key's own type checks the value, and only what the
operator wrote, never a default, can disagree with it."""

from __future__ import annotations

from functools import cache
from typing import Annotated, Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from .settings import is_mapping, section_models

MISSING: Any = object()  # no value at a path
WRITTEN = "written"  # the validation context's key for what the values files wrote, before the defaults


def _field(model: type[BaseModel], part: str) -> str | None:
    for name, info in model.model_fields.items():
        if part in (info.alias, name):
            return name
    return None


def field_at(model: type[BaseModel], key: str) -> tuple[type[BaseModel], str] | None:
    """(the model class, the field name) that `key` ends at, below `model`; None when the path
    names no field."""
    parts = key.split(".")
    current: type[BaseModel] | None = model
    index = 0
    while current is not None and index < len(parts):
        name = _field(current, parts[index])
        if name is None:
            return None
        index += 1
        if index == len(parts):
            return current, name
        annotation = current.model_fields[name].annotation
        if is_mapping(annotation):
            index += 1  # the profile's name
        inner = section_models(annotation)
        current = inner[0] if inner else None
    return None


def annotation_of(model: type[BaseModel], field: str) -> Any:
    return model.model_fields[field].annotation


@cache
def adapter(model: type[BaseModel], field: str) -> TypeAdapter[Any]:
    """Validates one value as `model.field` does on its own (its type and constraints; not the
    rules its section checks across fields)."""
    info = model.model_fields[field]
    hint: Any = Annotated[info.annotation, *info.metadata] if info.metadata else info.annotation
    return TypeAdapter(hint)


def check(model: type[BaseModel], field: str, raw: Any) -> tuple[Any, str | None]:
    """(the value as the field holds it, None), or (None, why the field refuses `raw`)."""
    try:
        return adapter(model, field).validate_python(raw), None
    except ValidationError as error:
        first = error.errors()[0]
        message = str(first["msg"]).removeprefix("Value error, ")
        return None, message


def value_at(model: BaseModel, key: str) -> Any:
    """The value a validated model holds at `key`, or MISSING."""
    current: Any = model
    for part in key.split("."):
        if isinstance(current, BaseModel):
            name = _field(type(current), part)
            if name is None:
                return MISSING
            current = getattr(current, name)
        elif isinstance(current, dict) and part in current:
            current = current[part]
        else:
            return MISSING
    return current


def document_value(document: Any, key: str) -> Any:
    """What a raw values document holds at `key` (aliases only), or None."""
    current = document
    for part in key.split("."):
        if not isinstance(current, dict):
            return None
        current = current.get(part)
    return current


def set_document_value(document: dict[str, Any], key: str, value: Any) -> None:
    """Set `key` in a raw values document. The maps on the way are copied, never changed, as they
    may be another document's too (a caller's own); one that is not a map is replaced, as a merge
    would."""
    parts = key.split(".")
    current = document
    for part in parts[:-1]:
        below = current.get(part)
        below = current[part] = dict(below) if isinstance(below, dict) else {}
        current = below
    current[parts[-1]] = value
