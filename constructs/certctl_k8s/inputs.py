"""The values files a command works on, shared by `main.py`, `main.py secrets` and `main.py
diff`: which files, one environment each (the file's name), loaded with their warnings, rendered,
and the exit for problems."""

from __future__ import annotations

import argparse
import importlib
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .synth import Environment, Rendered

EXIT_INVALID = 2


def add_values_option(parser: argparse.ArgumentParser, help: str) -> None:
    """`--values FILE`, repeatable, as every command takes it (values_files reads it)."""
    parser.add_argument("--values", action="append", type=Path, metavar="FILE", help=help)


def values_files(given: list[Path] | None) -> list[Path]:
    """The files given, else every environments/*.yaml."""
    return given or sorted(Path("environments").glob("*.yaml"))


def _same_environment(files: list[Path]) -> list[str]:
    """Each file is one environment, written to <folder>/<file name without .yaml>/: two files of
    one name would write the same folder."""
    seen: dict[str, Path] = {}
    problems = []
    for path in files:
        first = seen.setdefault(path.stem, path)
        if first is path:
            continue
        if first.resolve() == path.resolve():
            problems.append(f"{path}: given twice; each values file is one environment")
        else:
            problems.append(
                f"{path}: names environment {path.stem!r}, as {first} does (both would write {path.stem}/); "
                "give each environment its own file name"
            )
    return problems


def load(files: list[Path]) -> tuple[list[tuple[Path, Any]], list[str]]:
    """(file, values) per valid file, and the problem lines of the others (none is loaded when
    two files name one environment); warnings go to stderr."""
    from .values import ValuesError, load_values

    if not files:
        return [], ["no values files: environments/*.yaml is empty; give --values FILE"]
    clashes = _same_environment(files)
    if clashes:
        return [], clashes
    loaded, problems = [], []
    for path in files:
        try:
            values = load_values(path)
        except ValuesError as error:
            problems.extend(error.problems)
            continue
        for key, message in values.warnings():
            print(f"warning: {path}: {key}: {message}", file=sys.stderr)
        loaded.append((path, values))
    return loaded, problems


def render(files: list[Path]) -> tuple[list[tuple[Environment, Rendered]], list[str]]:
    """Load and synthesize every file: (environment, what it renders) for each, or the problem
    lines when any file is invalid."""
    # Loading cdk8s mostly waits on Node.js (its start and the jsii assemblies), so it runs in a
    # thread while this one imports the values model and validates the files.
    cdk8s_loader = threading.Thread(target=importlib.import_module, args=("certctl_k8s.synth",), daemon=True)
    cdk8s_loader.start()
    loaded, problems = load(files)
    cdk8s_loader.join()
    if problems:
        return [], problems

    from .synth import Environment
    from .synth import render as render_environment
    from .values import ValuesError

    rendered = []
    for path, values in loaded:
        environment = Environment(path.stem, values, path)
        try:
            rendered.append((environment, render_environment(environment)))
        except ValuesError as error:
            problems.extend(error.problems)
    return ([], problems) if problems else (rendered, [])


def invalid(problems: list[str]) -> int:
    """Print the problems, one line each, and return the exit code."""
    for line in problems:
        print(line, file=sys.stderr)
    print(f"error: {len(problems)} problem(s) in the values; nothing was written", file=sys.stderr)
    return EXIT_INVALID
