"""`to_yaml` builds YAML nodes itself instead of using PyYAML's representer (yaml_text.py says
why); its text must be what `yaml.dump` writes with the same settings, for any plain data: the
committed dist/ depends on it byte for byte."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from certctl_k8s.yaml_text import to_yaml


class _Reference(yaml.CSafeDumper):
    """PyYAML's own representer, before libyaml's emitter (as yaml_text.py used them), with the
    project's one rule: multi-line strings as literal blocks."""


_Reference.add_representer(
    str,
    lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None),
)


def _reference(data: Any) -> str:
    return yaml.dump(
        data, Dumper=_Reference, sort_keys=False, default_flow_style=False, width=1 << 16, allow_unicode=True
    )


# Strings that YAML reads as something else unless quoted, besides arbitrary text.
_TRICKY = st.sampled_from(
    ["true", "no", "null", "~", "1", "0x1F", "1e3", "", " a", "a: b", "- x", "#c", "'", "a\nb\n", "é"]
)
_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20), _TRICKY)
_DATA = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8) | _TRICKY, inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=120, deadline=None)
@given(st.dictionaries(st.text(max_size=8), _DATA, min_size=1, max_size=5))
def test_any_plain_data_is_written_as_pyyaml_writes_it(data):
    assert to_yaml(data) == _reference(data)


def test_a_value_that_is_not_plain_data_is_refused_as_pyyaml_refuses_it():
    with pytest.raises(yaml.representer.RepresenterError, match="cannot represent an object"):
        to_yaml({"when": object()})
