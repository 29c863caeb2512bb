"""A PodDisruptionBudget for the server, so node drains never take every replica at once."""

from __future__ import annotations

import cdk8s_plus_28.k8s as k8s

from constructs import Construct

from ..manifest import emit
from .context import Context


class ServerDisruptionBudget(Construct):
    def __init__(self, scope: Construct, *, ctx: Context) -> None:
        super().__init__(scope, "disruption-budget")
        pdb, n = ctx.values.pod_disruption_budget, ctx.naming
        emit(
            self,
            k8s.KubePodDisruptionBudget,
            ctx.metadata(n.server, "server"),
            spec={
                **pdb.bounds,
                "selector": {"matchLabels": n.selector("server")},
            },
        )
