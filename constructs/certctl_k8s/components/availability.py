"""A PodDisruptionBudget for the server, so node drains never take every replica at once."""

from __future__ import annotations

from constructs import Construct

from ..manifest import POD_DISRUPTION_BUDGET, emit
from .context import Context


class ServerDisruptionBudget(Construct):
    def __init__(self, scope: Construct, *, ctx: Context) -> None:
        super().__init__(scope, "disruption-budget")
        pdb, n = ctx.values.pod_disruption_budget, ctx.naming
        emit(
            self,
            POD_DISRUPTION_BUDGET,
            ctx.metadata(n.server, "server"),
            spec={
                **pdb.bounds,
                "selector": {"matchLabels": n.selector("server")},
            },
        )
