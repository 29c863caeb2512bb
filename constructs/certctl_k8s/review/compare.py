"""One environment's two versions compared: objects added, removed and changed, with what the
change sets in motion (consequences.py) and what the cluster refuses (immutable.py)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from .consequences import Removal, Roll, removal, roll
from .immutable import Refusal, refusals
from .objects import MISSING, Change, ObjectKey, changes, parse

HIDDEN = "(hidden)"
SECRET_FIELDS = ("data", "stringData")


@dataclass(frozen=True)
class ObjectChange:
    key: ObjectKey
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class EnvironmentDiff:
    name: str
    added: tuple[ObjectKey, ...] = ()
    removed: tuple[Removal, ...] = ()
    changed: tuple[ObjectChange, ...] = ()
    rolls: tuple[Roll, ...] = ()
    refused: tuple[Refusal, ...] = ()
    namespaces: tuple[str, ...] = ()  # the objects' namespaces, before and after

    @property
    def unchanged(self) -> bool:
        return not (self.added or self.removed or self.changed)


def compare(name: str, old_files: dict[str, str], new_files: dict[str, str]) -> EnvironmentDiff:
    """`old_files` and `new_files`: file name -> YAML text of the environment's folder (empty for
    an environment that is new, or gone)."""
    old, new = parse(old_files), parse(new_files)
    changed, rolls, refused = [], [], []
    for key in sorted(old.keys() & new.keys()):
        found = changes(old[key], new[key])
        if not found:
            continue
        changed.append(ObjectChange(key, tuple(_without_secrets(key, found))))
        started = roll(key, new[key], found)
        if started:
            rolls.append(started)
        refused += refusals(key, old[key], new[key], found)
    namespaces = [_namespaces(objects) for objects in (old, new)]
    return EnvironmentDiff(
        name,
        added=tuple(sorted(new.keys() - old.keys())),
        removed=tuple(removal(key, old[key]) for key in sorted(old.keys() - new.keys())),
        changed=tuple(changed),
        rolls=tuple(rolls),
        refused=tuple(refused),
        namespaces=tuple(dict.fromkeys(ns for found in namespaces for ns in found)),
    )


def _namespaces(objects: dict[ObjectKey, Any]) -> list[str]:
    return sorted({key.namespace for key in objects if key.namespace})


def _without_secrets(key: ObjectKey, found: list[Change]) -> list[Change]:
    """A Secret's values never leave this module: its changed keys read `(hidden)`."""
    if key.kind != "Secret":
        return found
    return [
        replace(c, old=c.old if c.old is MISSING else HIDDEN, new=c.new if c.new is MISSING else HIDDEN)
        if c.path.split(".")[0].split("[")[0] in SECRET_FIELDS
        else c
        for c in found
    ]
