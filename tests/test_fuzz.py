"""Bad input never ends in a traceback: whatever a values file holds, `main.py` either synthesizes
it (exit 0) or names the problems (exit 2) and writes nothing. A corpus of broken files covers the
ways a file can fail to be a values file; hypothesis then puts arbitrary values at every key path
of a valid file."""

from __future__ import annotations

import contextlib
import copy
import io
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from certctl_k8s.cli import main
from certctl_k8s.values import Values

BROKEN_FILES: dict[str, bytes] = {
    "empty": b"",
    "only a comment": b"# nothing here\n",
    "binary": bytes(range(256)),
    "utf-16": "namespace: x\n".encode("utf-16"),
    "nul byte": b"namespace: a\x00b\n",
    "tab indentation": b"server:\n\treplicas: 2\n",
    "unhashable key": b"? [a, b]\n: c\n",
    "mapping as key": b"server:\n  ? {a: 1}\n  : 2\n",
    "integer keys": b"1: 2\nserver: {3: 4}\n",
    "boolean key": b"true: false\n",
    "date value": b"server:\n  image:\n    tag: 2024-01-01\n",
    "alias chain": b"a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nserver: *c\n",
    "unknown tag": b"server: !!python/object:os.system ls\n",
    "top-level list": b"- a\n- b\n",
    "top-level string": b"just words\n",
    "two documents": b"a: 1\n---\nb: 2\n",
    "huge number": b"server:\n  replicas: 1" + b"0" * 400 + b"\n",
    "negative port": b"server:\n  port: -1\n",
    "float replicas": b"server:\n  replicas: 1.5\n",
    "deep nesting": b"server:\n  env:\n" + b"    " + b"[" * 200 + b"]" * 200 + b"\n",
    "null sections": b"server: null\npostgresql: null\nagent: ~\n",
    "list where a map belongs": b"server: [1, 2]\n",
    "map where a list belongs": b"server:\n  volumes: {name: x}\n",
    "env entry without a name": b"server:\n  env:\n    - value: x\n",
    "secretKeyRef without a key": b"server:\n  encryption:\n    key: {secretKeyRef: {name: s}}\n",
    "very long string": b"release: " + b"a" * 100_000 + b"\n",
    "bom": "\ufeffnamespace: x\n".encode(),
    "unclosed quote": b'namespace: "x\n',
}


def run(*args: str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, err.getvalue()


@pytest.mark.parametrize("content", BROKEN_FILES.values(), ids=list(BROKEN_FILES))
def test_broken_files_are_one_line_problems(tmp_path, content):
    path = tmp_path / "values.yaml"
    path.write_bytes(content)
    code, stderr = run("--values", str(path), "--outdir", str(tmp_path / "out"), "--quiet")
    assert code in (0, 2), stderr
    if code == 2:
        problems = [line for line in stderr.splitlines() if not line.startswith(("error:", "warning:"))]
        assert problems and all(line.startswith(f"{path}: ") for line in problems), stderr
        assert not (tmp_path / "out").exists()


def _paths(document: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key path of a values document, containers included."""
    found = [prefix] if prefix else []
    if isinstance(document, dict):
        for key, value in document.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            found += _paths(value, (*prefix, index))
    return found


DEFAULTS = Values().model_dump(by_alias=True, mode="json")
PATHS = _paths(DEFAULTS)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=80),
    st.sampled_from(["", "-", "*", "0", "$(VAR)", "a,b", "https://x:99999", "1Gi", "sha256:zz", "ALL", "none"]),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(min_size=1, max_size=12), inner, max_size=3)
    ),
    max_leaves=6,
)


def _set(document: Any, path: tuple[Any, ...], value: Any) -> None:
    for part in path[:-1]:
        document = document[part]
    document[path[-1]] = value


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(changes=st.lists(st.tuples(st.sampled_from(PATHS), VALUES), min_size=1, max_size=3))
def test_any_value_at_any_key_is_synthesized_or_refused(tmp_path_factory, changes):
    folder: Path = tmp_path_factory.mktemp("fuzz")
    document = copy.deepcopy(DEFAULTS)
    for path, value in changes:
        with contextlib.suppress(KeyError, IndexError, TypeError):  # an earlier change replaced a parent
            _set(document, path, value)
    values = folder / "values.yaml"
    values.write_text(yaml.dump(document, Dumper=yaml.CSafeDumper))  # libyaml's emitter: as safe_dump, faster
    code, stderr = run("--values", str(values), "--outdir", str(folder / "out"), "--quiet")
    assert code in (0, 2), stderr
    if code == 2:
        assert not (folder / "out").exists()
