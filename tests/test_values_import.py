"""Importing the values package builds no pydantic model and imports no JSON Schema library:
every synth pays for the import, and a load builds the root model's validator only. A field
that holds a section takes its default through `values.base.defaults` (an instance would build
its model at import)."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT

_PROBE = """
import json, sys
sys.path[:0] = [sys.argv[1] + "/constructs", sys.argv[1]]
import certctl_k8s.values
from certctl_k8s.values.base import Section

def models(cls):
    yield cls
    for sub in cls.__subclasses__():
        yield from models(sub)

everything = set(models(Section))
built = sorted(cls.__qualname__ for cls in everything if cls.__pydantic_complete__)
heavy = sorted(name for name in ("jsonschema", "referencing") if name in sys.modules)
print(json.dumps({"models": len(everything), "built": built, "heavy": heavy}))
"""


def test_importing_the_values_builds_no_model_and_imports_no_schema_library():
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(ROOT)], capture_output=True, text=True, timeout=120, check=True
    )
    found = json.loads(done.stdout)
    assert found["models"] > 100
    assert found["built"] == []
    assert found["heavy"] == []
