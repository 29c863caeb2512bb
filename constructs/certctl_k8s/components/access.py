"""ServiceAccounts: one per component, and no API token in any pod. No certctl pod calls the
Kubernetes API: the Kubernetes-Secrets deployment target, the one feature that would, is a stub
in certctl v2.1.7 (and runs in the agent), so `kubernetesSecrets` grants nothing."""

from __future__ import annotations

from constructs import Construct

from ..manifest import SERVICE_ACCOUNT, emit
from .context import Context


class Access(Construct):
    def __init__(self, scope: Construct, *, ctx: Context, components: list[str]) -> None:
        super().__init__(scope, "access")
        v, n = ctx.values, ctx.naming
        if not v.service_account.create:
            return
        for component in components:
            annotations = v.service_account.annotations if component == "server" else None
            emit(
                self,
                SERVICE_ACCOUNT,
                ctx.metadata(n.service_account(component), component, annotations),
                automountServiceAccountToken=False,
            )
