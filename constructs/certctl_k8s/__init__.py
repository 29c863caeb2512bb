"""certctl on Kubernetes as typed cdk8s constructs.

    from certctl_k8s import CertctlChart, load_values
    chart = CertctlChart(app, "prod", load_values("environments/prod.yaml"))
"""

from ._node import use_packaged_node

use_packaged_node()

from .chart import CertctlChart  # noqa: E402  (jsii must know its Node first)
from .values import Values, ValuesError, load_values  # noqa: E402

__all__ = ["CertctlChart", "Values", "ValuesError", "load_values"]
