"""The comparison written for a terminal and as a pull request comment (Markdown). Values are
shown compactly: long ones cut, multi-line ones (scripts, configuration files) as line counts,
a Secret's never (compare.py hides them)."""

from __future__ import annotations

import difflib
import json
from typing import Any

from .compare import EnvironmentDiff, ObjectChange
from .consequences import Removal, Roll
from .immutable import Refusal
from .objects import MISSING, Change

WIDTH = 80  # the longest value shown whole
PER_OBJECT = 20  # field changes shown per object


def show(value: Any) -> str:
    if value is MISSING:
        return "(none)"
    if isinstance(value, str):
        text = f"({value.count(chr(10)) + 1} lines)" if "\n" in value.rstrip("\n") else value or '""'
    else:
        text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    return text if len(text) <= WIDTH else text[: WIDTH - 1] + "…"


def change_line(change: Change) -> str:
    old, new = change.old, change.new
    if isinstance(old, str) and isinstance(new, str) and ("\n" in old or "\n" in new):
        delta = list(difflib.ndiff(old.splitlines(), new.splitlines()))
        added, removed = sum(d.startswith("+ ") for d in delta), sum(d.startswith("- ") for d in delta)
        return f"{change.path}: changed (+{added} -{removed} lines)"
    return f"{change.path}: {show(old)} -> {show(new)}"


def object_lines(changed: ObjectChange) -> list[str]:
    lines = [change_line(c) for c in changed.changes[:PER_OBJECT]]
    if len(changed.changes) > PER_OBJECT:
        lines.append(f"... and {len(changed.changes) - PER_OBJECT} more")
    return lines


def counts(diff: EnvironmentDiff) -> str:
    if diff.unchanged:
        return "no change"
    return f"{len(diff.added)} added, {len(diff.removed)} removed, {len(diff.changed)} changed"


def roll_text(roll: Roll) -> str:
    when = "" if roll.automatic else " (updateStrategy OnDelete: only as its pods are deleted)"
    return f"{roll.kind}/{roll.name}{when}: {'; '.join(roll.reasons)}"


def refusal_text(refusal: Refusal) -> str:
    return f"{refusal.kind}/{refusal.name} {refusal.path}: {refusal.reason} ({refusal.by}); instead: {refusal.remedy}"


def removal_text(removal: Removal) -> str:
    parts = []
    if removal.pruned_by:
        parts.append(f"deleted by {' and '.join(removal.pruned_by)} pruning")
    if removal.kept_by:
        parts.append(f"kept by {' and '.join(removal.kept_by)} (prune disabled): delete it by hand when done with it")
    return f"{removal.kind}/{removal.name}: {'; '.join(parts)}"


def _header(diff: EnvironmentDiff) -> str:
    where = f" (namespace {', '.join(diff.namespaces)})" if diff.namespaces else ""
    return f"{diff.name}{where}: {counts(diff)}"


def text(diffs: list[EnvironmentDiff], against: str) -> str:
    lines = [f"A fresh synth compared with dist/ {against}.", ""]
    for diff in diffs:
        lines.append(_header(diff))
        lines += [f"  + {key}" for key in diff.added]
        lines += [f"  - {r.kind}/{r.name}" for r in diff.removed]
        for changed in diff.changed:
            lines.append(f"  ~ {changed.key}")
            lines += [f"      {line}" for line in object_lines(changed)]
        for title, items in (
            ("refused by the cluster (the apply fails)", [refusal_text(r) for r in diff.refused]),
            ("rolls", [roll_text(r) for r in diff.rolls]),
            ("pruning", [removal_text(r) for r in diff.removed]),
        ):
            if items:
                lines.append(f"  {title}:")
                lines += [f"    {item}" for item in items]
        lines.append("")
    return "\n".join(lines)


def _cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", " ")


def markdown(diffs: list[EnvironmentDiff], against: str) -> str:
    lines = ["## What this change does to the cluster", "", f"A fresh synth compared with `dist/` {against}.", ""]
    for diff in diffs:
        lines += [f"### `{diff.name}`: {counts(diff)}", ""]
        if diff.unchanged:
            continue
        if diff.refused:
            lines += [
                "**Refused by the cluster** (the apply fails until this is handled):",
                "",
                "| object | field | reason | instead |",
                "|---|---|---|---|",
            ]
            lines += [
                f"| `{r.kind}/{r.name}` | `{r.path}` | {_cell(r.reason)} ({r.by}) | {_cell(r.remedy)} |"
                for r in diff.refused
            ]
            lines.append("")
        for title, items in (
            ("Rolls", [roll_text(r) for r in diff.rolls]),
            ("GitOps pruning", [removal_text(r) for r in diff.removed]),
        ):
            if items:
                lines += [f"**{title}:**", ""] + [f"- {item}" for item in items] + [""]
        body = [f"+ {key}" for key in diff.added] + [f"- {r.kind}/{r.name}" for r in diff.removed]
        for changed in diff.changed:
            body += [f"! {changed.key}"] + [f"    {line}" for line in object_lines(changed)]
        lines += ["<details><summary>Objects</summary>", "", "```diff", *body, "```", "", "</details>", ""]
    return "\n".join(lines)
