"""The CEL rules of a CRD (`x-kubernetes-validations`), evaluated with cel-python as the API server
evaluates them: at every node of the object that has rules, with `self` the node after the
schema's defaults are filled in. A transition rule (one that reads `oldSelf`) runs only on an
update; `violations(schema, new, old)` evaluates them against the object it replaces, so an
unchanged re-apply of dist/ is checked too."""

from __future__ import annotations

import copy
import ipaddress
from functools import cache
from typing import Any

import celpy

_MISSING = object()


def _is_ip(text: Any) -> celpy.celtypes.BoolType:
    """Kubernetes' CEL `isIP` (apiserver/pkg/cel/library/ip.go), which cel-python lacks."""
    try:
        ipaddress.ip_address(str(text))
    except ValueError:
        return celpy.celtypes.BoolType(False)
    return celpy.celtypes.BoolType(True)


@cache
def _program(rule: str) -> Any:
    environment = celpy.Environment()
    return environment.program(environment.compile(rule), functions={"isIP": _is_ip})


def _defaulted(schema: dict[str, Any], value: Any) -> Any:
    """`value` with every default its schema declares filled in, at every depth: the API server
    defaults the whole object before it runs any rule, so a rule may read a defaulted field of a
    child (HTTPRoute's `rules[].matches`)."""
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        return [_defaulted(schema["items"], item) for item in value]
    if not isinstance(value, dict):
        return value
    properties = schema.get("properties", {})
    filled = {}
    for name, item in value.items():
        sub = properties.get(name, schema.get("additionalProperties"))
        filled[name] = _defaulted(sub, item) if isinstance(sub, dict) else item
    for name, sub in properties.items():
        if name not in filled and "default" in sub:
            filled[name] = _defaulted(sub, copy.deepcopy(sub["default"]))
    return filled


# Kubernetes' CEL names a property that is a CEL keyword `__<word>__` (`p.__namespace__`), and
# spells `__`, `.`, `-` and `/` in other names as words (apiserver/pkg/cel/escaping.go).
_RESERVED = frozenset(
    [
        "true",
        "false",
        "null",
        "in",
        "as",
        "break",
        "const",
        "continue",
        "else",
        "for",
        "function",
        "if",
        "import",
        "let",
        "loop",
        "package",
        "namespace",
        "return",
        "var",
        "void",
        "while",
    ]
)
_SPELLED = (("__", "__underscores__"), (".", "__dot__"), ("-", "__dash__"), ("/", "__slash__"))


def _escaped_name(name: str) -> str:
    if name in _RESERVED:
        return f"__{name}__"
    for text, word in _SPELLED:
        name = name.replace(text, word)
    return name


def _cel_view(schema: dict[str, Any], value: Any) -> Any:
    """`value` as a rule sees it: its schema's property names escaped, map keys left as they are."""
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        return [_cel_view(schema["items"], item) for item in value]
    if not isinstance(value, dict):
        return value
    properties = schema.get("properties", {})
    view = {}
    for name, item in value.items():
        if name in properties:
            view[_escaped_name(name)] = _cel_view(properties[name], item)
        else:
            typed = schema.get("additionalProperties")
            view[name] = _cel_view(typed, item) if isinstance(typed, dict) else item
    return view


def _holds(rule: str, schema: dict[str, Any], value: Any, old: Any) -> bool:
    activation = {"self": celpy.json_to_cel(_cel_view(schema, value))}
    if old is not _MISSING:
        activation["oldSelf"] = celpy.json_to_cel(_cel_view(schema, old))
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
        if not _holds(rule, schema, value, old):
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
