"""YAML reading for the tests through libyaml's parser (PyYAML's `CSafeLoader`, as the values
loader uses): the same documents as `yaml.safe_load`, about ten times faster on the large files
the tests read again and again (the CRDs, dist/, the Helm chart's reference renderings)."""

from __future__ import annotations

from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # PyYAML built without libyaml: the slow one


def load(text: str) -> Any:
    return yaml.load(text, Loader=_LOADER)


def load_all(text: str) -> list[Any]:
    return list(yaml.load_all(text, Loader=_LOADER))
