"""Read values files (several merge left to right, as `helm -f a -f b`), validate them, and turn
every problem into one line naming the file, the key path and what is allowed."""

from __future__ import annotations

import copy
import difflib
from functools import cache
from pathlib import Path
from typing import Any, get_args

import yaml
from pydantic import BaseModel, ValidationError

from .paths import WRITTEN
from .root import Values


class ValuesError(Exception):
    """Invalid values: `problems` holds one `file: key.path: message` line per problem."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


class _UniqueKeyLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """A YAML loader that refuses duplicate keys, which PyYAML would otherwise silently merge.
    It parses with libyaml where PyYAML was built with it (several times faster than PyYAML's
    pure-Python parser); either parser gives every node and every error its line."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, str | int | float | bool | None):
                raise yaml.constructor.ConstructorError(
                    None, None, f"a key must be a plain value, not a {type(key).__name__}", key_node.start_mark
                )
            if key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
            seen.add(key)
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        return mapping


def read_values_file(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ValuesError([f"{path}: cannot be read: {error.strerror}"]) from None
    except UnicodeDecodeError as error:
        raise ValuesError(
            [
                f"{path}: is not UTF-8 text (byte {error.start} is {error.object[error.start]:#04x}); "
                "a values file is UTF-8 YAML"
            ]
        ) from None
    try:
        documents = [doc for doc in yaml.load_all(text, Loader=_UniqueKeyLoader) if doc is not None]
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark else ""
        reason = (getattr(error, "problem", None) or str(error)).splitlines()[0]
        raise ValuesError([f"{path}: {where}invalid YAML: {reason}"]) from None
    if len(documents) > 1:
        raise ValuesError([f"{path}: holds {len(documents)} YAML documents; a values file is one mapping"])
    data = documents[0] if documents else {}
    if not isinstance(data, dict):
        raise ValuesError([f"{path}: must be a mapping of keys, not {type(data).__name__}"])
    return data


def _merge(
    base: dict[str, Any],
    top: dict[str, Any],
    origin: dict[tuple[str, ...], Path],
    source: Path,
    prefix: tuple[str, ...] = (),
    *,
    final: bool = False,
) -> dict[str, Any]:
    """Merge `top` over `base` key by key. As in Helm, a null removes the key, defaults included:
    between user files the null is kept so it reaches the `final` merge over the defaults."""
    merged = dict(base)
    for key, value in top.items():
        path = (*prefix, str(key))
        origin[path] = source
        if value is None and final:
            merged.pop(key, None)
        elif isinstance(value, dict):  # recursed even into nothing, so every key path gets its origin
            below = merged.get(key)
            merged[key] = _merge(below if isinstance(below, dict) else {}, value, origin, source, path, final=final)
        else:
            merged[key] = value
    return merged


@cache
def _defaults_document() -> dict[str, Any]:
    return Values().model_dump(by_alias=True)


def _defaults() -> dict[str, Any]:
    """The defaults as a values document. User files merge over it key by key, as Helm merges
    over values.yaml, so `image: {tag: x}` keeps the default repository."""
    return copy.deepcopy(_defaults_document())


def load_values(*paths: str | Path) -> Values:
    """Load and validate one environment from one or more values files; raise ValuesError."""
    files = [Path(p) for p in paths]
    origin: dict[tuple[str, ...], Path] = {}
    data: dict[str, Any] = {}
    for path in files:
        data = _merge(data, read_values_file(path), origin, path)
    try:
        # What the files wrote goes along: a Helm value that stands for typed keys (an env entry,
        # externalDatabase.url) may set a key the operator left at its default, never one they wrote.
        values = Values.model_validate(_merge(_defaults(), data, {}, files[-1], final=True), context={WRITTEN: data})
    except ValidationError as error:
        raise ValuesError([_line(e, files[-1], origin) for e in error.errors()]) from None
    problems = values.problems()
    if problems:
        raise ValuesError(
            [f"{_origin_of(tuple(key.split('.')), origin) or files[-1]}: {key}: {message}" for key, message in problems]
        )
    return values


def _line(error: Any, fallback: Path, origin: dict[tuple[str, ...], Path]) -> str:
    loc = [str(part) for part in error["loc"] if not _is_union_tag(part)]
    ctx = error.get("ctx") or {}
    if ctx.get("key"):
        loc.extend(ctx["key"].split("."))
    where = ".".join(loc) or "(top level)"
    source = _origin_of(tuple(loc), origin) or fallback
    return f"{source}: {where}: {_message(error, loc)}"


def _is_union_tag(part: Any) -> bool:
    # pydantic names the union member it tried ("str", "FromSecret", "function-after[...]").
    return isinstance(part, str) and (part in ("str", "int", "FromSecret", "SecretFile") or "[" in part)


def _origin_of(loc: tuple[str, ...], origin: dict[tuple[str, ...], Path]) -> Path | None:
    for end in range(len(loc), 0, -1):
        if loc[:end] in origin:
            return origin[loc[:end]]
    return None


def _message(error: Any, loc: list[str]) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        allowed = _allowed_keys(loc[:-1])
        by_case = {key.lower(): key for key in allowed}  # `enablePdb` means `enablePDB`
        close = difflib.get_close_matches(loc[-1].lower(), list(by_case), n=1, cutoff=0.6)
        hint = f"; did you mean {by_case[close[0]]!r}?" if close else ""
        return f"unknown key{hint} (allowed: {', '.join(sorted(allowed))})"
    if kind == "literal_error":
        return f"{error['input']!r} is not allowed; expected {error['ctx']['expected']}"
    message = str(error["msg"])
    for prefix in ("Value error, ", "Assertion failed, "):
        message = message.removeprefix(prefix)
    return message


def _allowed_keys(loc: list[str]) -> list[str]:
    """The keys the model accepts at `loc` (a path of aliases and list indexes)."""
    model: Any = Values
    for part in loc:
        model = _field_model(model, part)
        if model is None:
            return []
    return [field.alias or name for name, field in model.model_fields.items()]


def _field_model(model: type[BaseModel], part: str) -> type[BaseModel] | None:
    if part.isdigit():
        return model
    for name, field in model.model_fields.items():
        if part in (field.alias, name):
            return _first_model(field.annotation)
    return None


def _first_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = _first_model(arg)
        if found is not None:
            return found
    return None
