"""certctl on Kubernetes as typed cdk8s constructs.

from certctl_k8s import CertctlChart, load_values
chart = CertctlChart(app, "prod", load_values("environments/prod.yaml"))
"""

from typing import Any

from ._node import use_packaged_node

use_packaged_node()  # jsii must know its Node before cdk8s loads

__all__ = ["CertctlChart", "Values", "ValuesError", "load_values"]


def __getattr__(name: str) -> Any:
    """Exports load on first use, so the command line can load cdk8s and the values model in
    parallel (see cli.main)."""
    if name == "CertctlChart":
        from .chart import CertctlChart

        return CertctlChart
    if name in ("Values", "ValuesError", "load_values"):
        from . import values

        return getattr(values, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
