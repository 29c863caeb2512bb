"""The base every values section derives from: camelCase keys as in the Helm chart, unknown keys
rejected, frozen after load so constructs cannot change what the operator wrote."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict
from pydantic.alias_generators import to_camel
from pydantic_core import PydanticCustomError


class Section(BaseModel):
    model_config = ConfigDict(
        alias_generator=to_camel,
        populate_by_name=True,
        extra="forbid",
        frozen=True,
        validate_default=True,
    )


def problem(key: str, message: str) -> PydanticCustomError:
    """A cross-field rule's error, attached to `key` below the section that checks it."""
    return PydanticCustomError("rule", "{message}", {"message": message, "key": key})
