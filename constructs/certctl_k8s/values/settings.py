"""How values become certctl's `CERTCTL_*` variables. Each settings field declares the exact
variable it sets on itself (`var("CERTCTL_...", default, ...)`), so the mapping lives in one
place; one walk over the model (`declared`) serves both the values of an environment and the
list of every variable a typed key can set."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any, ClassVar, Literal, NamedTuple, get_args

from pydantic import BaseModel, Field, model_validator
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from .base import Section, problem
from .common import Credential, SecretKeyRef

NAME = "<NAME>"  # the profile-name placeholder in templated variables, as certctl's docs write it
VARIABLE = "x-certctl-variable"  # the JSON Schema keyword that carries a field's variable
OWNER_ONLY = "x-certctl-owner-only"  # a file certctl refuses when group or others may read it


def var(variable: str, default: Any = PydanticUndefined, *, owner_only: bool = False, **field: Any) -> Any:
    """A settings field that sets certctl variable `variable` (`<NAME>` in it stands for the
    profile's upper-cased name); the other arguments are pydantic's `Field`'s. The variable also
    shows in values.schema.json, so an editor names it next to the key. `owner_only` marks a
    private-key file certctl refuses when its mode lets group or others read it."""
    extra: dict[str, Any] = {VARIABLE: variable, **({OWNER_ONLY: True} if owner_only else {})}
    return Field(default, json_schema_extra=extra, **field)


def variable_of(info: FieldInfo) -> str | None:
    extra = info.json_schema_extra
    return extra.get(VARIABLE) if isinstance(extra, dict) else None  # type: ignore[return-value]


def _owner_only(info: FieldInfo) -> bool:
    extra = info.json_schema_extra
    return isinstance(extra, dict) and extra.get(OWNER_ONLY) is True


class SecretFile(Section):
    """A file from a Secret: the key is mounted read-only and the variable points at it."""

    secret_key_ref: SecretKeyRef


# A file certctl reads by path: a path inside the container (mounted through server.volumes)
# or {secretKeyRef: {name, key}}, which mounts that key of that Secret and sets the path.
FileRef = SecretFile | str

Kind = Literal["plain", "secret", "file", "key-file"]


class Setting(NamedTuple):
    variable: str
    value: Any
    kind: Kind  # secret: through a Secret; file: a mounted Secret key; key-file: a file certctl wants 0600
    key: str  # the values key path that sets it


class Declared(NamedTuple):
    """One typed settings key: its field, its key path, the variable and the section it is in."""

    field: str
    key: str
    variable: str
    kind: Kind
    first_boot: bool


class EnvSection(Section):
    """A section of certctl settings: fields declared with `var` set their variable. Fields left
    unset (None, "" or []) set nothing, so certctl applies its own default. A section with an
    `enabled` switch sets nothing while it is off, unless `GATED` is False (certctl's switch
    defaults to true)."""

    REQUIRED: ClassVar[tuple[str, ...]] = ()  # fields that must be set while enabled
    UNREAD: ClassVar[dict[str, str]] = {}  # Helm chart keys certctl has no variable for -> why
    GATED: ClassVar[bool] = True
    FIRST_BOOT: ClassVar[bool] = False  # certctl reads it only to seed an empty database

    @model_validator(mode="after")
    def _unread(self) -> EnvSection:
        for field, message in self.UNREAD.items():
            if getattr(self, field) not in ("", None):
                raise problem(type(self).model_fields[field].alias or field, message)
        return self

    @model_validator(mode="after")
    def _required(self) -> EnvSection:
        if self.active:
            required(self, *self.REQUIRED, when="when enabled is true")
        return self

    @property
    def active(self) -> bool:
        return not (self.GATED and getattr(self, "enabled", True) is False)


def _kind(info: FieldInfo) -> Kind:
    if info.annotation == Credential:
        return "secret"
    if info.annotation == FileRef:
        return "key-file" if _owner_only(info) else "file"
    return "plain"


@cache
def _own(model: type[BaseModel]) -> tuple[tuple[str, str, str, Kind], ...]:
    """(field, key, variable, kind) for each field of `model` itself that sets a variable."""
    return tuple(
        (field, info.alias or field, variable, _kind(info))
        for field, info in model.model_fields.items()
        if (variable := variable_of(info))
    )


def settings(section: Section, key: str, name: str = "") -> list[Setting]:
    """Every certctl variable the values set below `section`, whose key path is `key` (`name`:
    the profile it belongs to, which replaces `<NAME>`)."""
    if isinstance(section, EnvSection) and not section.active:
        return []
    found = []
    for field, alias, variable, kind in _own(type(section)):
        value = getattr(section, field)
        if value is not None and value != "" and value != []:
            found.append(Setting(variable.replace(NAME, name.upper()), value, kind, f"{key}.{alias}"))
    for field, info in type(section).model_fields.items():
        value, path = getattr(section, field), f"{key}.{info.alias or field}"
        if isinstance(value, Section):
            found += settings(value, path, name)
        elif isinstance(value, dict):
            for profile, inner in value.items():
                if isinstance(inner, Section):
                    found += settings(inner, f"{path}.{profile}", profile)
    return found


def declared(model: type[BaseModel], key: str) -> Iterator[Declared]:
    """Every variable a typed key below `model` (key path `key`) can set, whatever the values;
    profile variables keep the `<NAME>` placeholder and their keys the `<name>` one."""
    first_boot = issubclass(model, EnvSection) and model.FIRST_BOOT
    for field, alias, variable, kind in _own(model):
        yield Declared(field, f"{key}.{alias}", variable, kind, first_boot)
    for field, info in model.model_fields.items():
        path = f"{key}.{info.alias or field}"
        for inner in section_models(info.annotation):
            yield from declared(inner, f"{path}.{NAME.lower()}" if is_mapping(info.annotation) else path)


def section_models(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, Section) and annotation is not SecretFile:
        return [annotation]
    return [model for arg in get_args(annotation) for model in section_models(arg)]


def is_mapping(annotation: Any) -> bool:
    return getattr(annotation, "__origin__", None) is dict


def required(section: EnvSection, *fields: str, when: str) -> None:
    """Raise for the first of `fields` left empty, saying under which condition it is needed."""
    for field in fields:
        if getattr(section, field) in ("", None):
            info = type(section).model_fields[field]
            raise problem(info.alias or field, f"is required {when} ({variable_of(info)})")
