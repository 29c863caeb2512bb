"""How values become certctl's `CERTCTL_*` variables. A settings section names, next to its
fields, the exact variable each field sets (`ENV`), so the mapping lives in one place; walking
the model yields every variable the typed keys set, with the key path that sets it."""

from __future__ import annotations

from typing import Any, ClassVar, Iterator, Literal, NamedTuple, Union, get_args

from pydantic import BaseModel, model_validator

from .base import Section, problem
from .common import Credential, SecretKeyRef

NAME = "<NAME>"  # the profile-name placeholder in templated variables, as certctl's docs write it


class SecretFile(Section):
    """A file from a Secret: the key is mounted read-only and the variable points at it."""

    secret_key_ref: SecretKeyRef


# A file certctl reads by path: a path inside the container (mounted through server.volumes)
# or {secretKeyRef: {name, key}}, which mounts that key of that Secret and sets the path.
FileRef = Union[SecretFile, str]

Kind = Literal["plain", "secret", "file"]


class Setting(NamedTuple):
    variable: str
    value: Any
    kind: Kind  # secret: reaches the pod through a Secret; file: a mounted Secret key
    key: str  # the values key path that sets it


class EnvSection(Section):
    """A section whose fields map one-to-one onto certctl variables (`ENV`: field -> variable;
    `{NAME}` in a variable is a profile's upper-cased name). Fields left unset (None, "" or [])
    set nothing, so certctl applies its own default. A section with an `enabled` switch sets
    nothing while it is off, unless `GATED` is False (certctl's switch defaults to true)."""

    ENV: ClassVar[dict[str, str]] = {}
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

    def env_items(self, key: str, name: str = "") -> list[Setting]:
        """The settings this section sets; `key` is its key path, `name` the profile name."""
        if not self.active:
            return []
        items = []
        fields = type(self).model_fields
        for field, variable in self.ENV.items():
            value = getattr(self, field)
            if value is None or value == "" or value == []:
                continue
            alias = fields[field].alias or field
            items.append(Setting(variable.replace("{NAME}", name.upper()), value, _kind(fields[field].annotation),
                                 f"{key}.{alias}"))
        return items + [item for child_key, child, child_name in self._children(key, name)
                        for item in settings(child, child_key, child_name)]

    def _children(self, key: str, name: str) -> Iterator[tuple[str, Section, str]]:
        """Nested sections and named profiles, each with its key path and profile name."""
        for field, info in type(self).model_fields.items():
            value, path = getattr(self, field), f"{key}.{info.alias or field}"
            if isinstance(value, Section):
                yield path, value, name
            elif isinstance(value, dict):
                for profile, section in value.items():
                    if isinstance(section, Section):
                        yield f"{path}.{profile}", section, profile


def _kind(annotation: Any) -> Kind:
    if annotation == Credential:
        return "secret"
    if annotation == FileRef:
        return "file"
    return "plain"


def settings(section: Section, key: str, name: str = "") -> list[Setting]:
    """Every certctl variable set below `section` (a settings section or a group of them)."""
    if isinstance(section, EnvSection):
        return section.env_items(key, name)
    found = []
    for field, info in type(section).model_fields.items():
        value = getattr(section, field)
        if isinstance(value, Section):
            found += settings(value, f"{key}.{info.alias or field}")
    return found


def typed_variables(model: type[BaseModel], key: str) -> Iterator[tuple[str, str, bool]]:
    """(variable, key path, first boot only) for every variable a typed key below `model` can
    set, whatever the values; profile variables keep the `<NAME>` placeholder."""
    env = model.ENV if issubclass(model, EnvSection) else {}
    first_boot = issubclass(model, EnvSection) and model.FIRST_BOOT
    for field, info in model.model_fields.items():
        path = f"{key}.{info.alias or field}"
        if field in env:
            yield env[field].replace("{NAME}", NAME), path, first_boot
        for inner in _models(info.annotation):
            inner_path = f"{path}.{NAME.lower()}" if _is_mapping(info.annotation) else path
            yield from typed_variables(inner, inner_path)


def _models(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, Section) and annotation is not SecretFile:
        return [annotation]
    return [model for arg in get_args(annotation) for model in _models(arg)]


def _is_mapping(annotation: Any) -> bool:
    return getattr(annotation, "__origin__", None) is dict


def required(section: EnvSection, *fields: str, when: str) -> None:
    """Raise for the first of `fields` left empty, saying under which condition it is needed."""
    for field in fields:
        if getattr(section, field) in ("", None):
            alias = type(section).model_fields[field].alias or field
            raise problem(alias, f"is required {when} ({section.ENV[field].replace('{NAME}', NAME)})")
