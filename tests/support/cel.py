"""The CEL rules of a CRD (`x-kubernetes-validations`), evaluated with cel-python as the API server
evaluates them: at every node of the object that has rules, with `self` the node after the
schema's defaults are filled in. A transition rule (one that reads `oldSelf`) runs only on an
update; `violations(schema, new, old)` evaluates them against the object it replaces, so an
unchanged re-apply of dist/ is checked too."""

from __future__ import annotations

import copy
from functools import cache
from typing import Any

import celpy

_MISSING = object()


@cache
def _program(rule: str) -> Any:
    environment = celpy.Environment()
    return environment.program(environment.compile(rule))


def _defaulted(schema: dict[str, Any], value: Any) -> Any:
    """`value` with the defaults of the properties it leaves out (structural defaulting)."""
    if not isinstance(value, dict) or "properties" not in schema:
        return value
    filled = dict(value)
    for name, sub in schema["properties"].items():
        if name not in filled and "default" in sub:
            filled[name] = copy.deepcopy(sub["default"])
    return filled


def _holds(rule: str, value: Any, old: Any) -> bool:
    activation = {"self": celpy.json_to_cel(value)}
    if old is not _MISSING:
        activation["oldSelf"] = celpy.json_to_cel(old)
    try:
        result = _program(rule).evaluate(activation)
    except celpy.CELEvalError:
        return False
    return isinstance(result, celpy.celtypes.BoolType) and bool(result)


def violations(schema: dict[str, Any], value: Any, old: Any = _MISSING, path: str = "") -> list[str]:
    """`<path>: <message> (<rule>)` for every rule `value` breaks; `old`, when given, is the
    object it updates (its transition rules are skipped otherwise, as on a create)."""
    value = _defaulted(schema, value)
    if old is not _MISSING:
        old = _defaulted(schema, old)
    found = []
    for check in schema.get("x-kubernetes-validations", []):
        rule = check["rule"]
        if "oldSelf" in rule and old is _MISSING:
            continue
        if not _holds(rule, value, old):
            found.append(f"{path or '.'}: {check.get('message', 'failed')} ({rule})")
    if isinstance(value, dict):
        typed = schema.get("additionalProperties")
        for name, item in value.items():
            sub = schema.get("properties", {}).get(name, typed if isinstance(typed, dict) else None)
            if sub is not None:
                before = old.get(name, _MISSING) if isinstance(old, dict) else _MISSING
                found += violations(sub, item, before, f"{path}.{name}")
    elif isinstance(value, list) and isinstance(schema.get("items"), dict):
        for index, item in enumerate(value):
            # Lists are compared item by item here; none of the rules read an item's oldSelf.
            before = old[index] if isinstance(old, list) and index < len(old) else _MISSING
            found += violations(schema["items"], item, before, f"{path}[{index}]")
    return found
