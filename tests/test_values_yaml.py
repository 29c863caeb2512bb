"""Values files are parsed by libyaml's C parser when PyYAML has it: a file's problem still names
its line, and a key written twice is still refused (PyYAML alone would keep the last one)."""

from __future__ import annotations

import pytest
import yaml

from certctl_k8s.values import ValuesError
from certctl_k8s.values.loader import read_values_file


def test_the_c_parser_is_used():
    assert yaml.__with_libyaml__, "PyYAML without libyaml: reinstall PyYAML from its wheel (make .venv/.installed)"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("server:\n  replicas: 1\nserver:\n  replicas: 2\n", "line 3: invalid YAML: duplicate key 'server'"),
        ("server:\n  tls:\n    a: 1\n    a: 2\n", "line 4: invalid YAML: duplicate key 'a'"),
        ("a: 1\n? [1]\n: 2\n", "line 2: invalid YAML: a key must be a plain value, not a list"),
        ("a: 1\nb: {x: 1\nc: 2\n", "line 3: invalid YAML: "),
        ("a:\n  - b\n c: 1\n", "line 3: invalid YAML: "),
    ],
)
def test_problems_name_the_file_and_line(tmp_path, text, expected):
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    with pytest.raises(ValuesError) as raised:
        read_values_file(path)
    (line,) = raised.value.problems
    assert line.startswith(f"{path}: {expected}"), line


def test_a_good_file_reads_as_pyyaml_reads_it(tmp_path):
    text = "server:\n  replicas: 2\n  env:\n    - {name: A, value: '1'}\nlabels: {team: x}\nempty:\n"
    path = tmp_path / "good.yaml"
    path.write_text(text)
    assert read_values_file(path) == yaml.safe_load(text)
