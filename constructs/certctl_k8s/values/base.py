"""The base every values section derives from: camelCase keys as in the Helm chart, unknown keys
rejected, frozen after load so constructs cannot change what the operator wrote."""

from __future__ import annotations

import copy
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter
from pydantic.alias_generators import to_camel
from pydantic_core import PydanticCustomError


class Section(BaseModel):
    # defer_build: a model is built on first use, not at import (importing ~120 models would
    # otherwise build each one; a load needs only the root's validator).
    model_config = ConfigDict(
        alias_generator=to_camel,
        populate_by_name=True,
        extra="forbid",
        frozen=True,
        validate_default=True,
        defer_build=True,
    )


class SectionDefault:
    """The default_factory of a field that holds a section (or a list of them): it gives the
    default as a values document, which the parent's validator turns into the section
    (validate_default). A section instance as the default would build its model at import, and a
    factory that calls the model would build that model's own validator besides the root's."""

    def __init__(self, kind: Any, document: Any) -> None:
        self.kind = kind
        self.document = document

    def __call__(self) -> Any:
        return copy.deepcopy(self.document)  # a copy, so no validator can change the default

    def value(self) -> Any:
        """The default as the field holds it (the JSON Schema shows it)."""
        return TypeAdapter(self.kind).validate_python(self.document)


def defaults(kind: Any, document: Any = None, **field: Any) -> Any:
    """A field of type `kind` (a section, or a list of them) whose default is the values document
    `document` (keys by field name; none: the section's own defaults); `field` holds pydantic's
    `Field`'s other arguments."""
    return Field(default_factory=SectionDefault(kind, {} if document is None else document), **field)


def problem(key: str, message: str) -> PydanticCustomError:
    """A cross-field rule's error, attached to `key` below the section that checks it."""
    return PydanticCustomError("rule", "{message}", {"message": message, "key": key})
