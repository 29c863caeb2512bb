"""ServiceAccounts and RBAC: one account per component, no API token where the pod does not call
the Kubernetes API, and only namespaced Roles for the Kubernetes-Secrets target."""

from __future__ import annotations

import cdk8s_plus_28.k8s as k8s

from constructs import Construct

from ..manifest import emit
from .context import Context

SECRET_VERBS = ["get", "list", "watch", "create", "update", "patch"]


class Access(Construct):
    def __init__(self, scope: Construct, *, ctx: Context, components: list[str]) -> None:
        super().__init__(scope, "access")
        self.ctx = ctx
        v, n = ctx.values, ctx.naming
        if v.service_account.create:
            for component in components:
                annotations = v.service_account.annotations if component == "server" else None
                emit(
                    self,
                    k8s.KubeServiceAccount,
                    ctx.metadata(n.service_account(component), component, annotations),
                    automount_service_account_token=component == "server" and ctx.server_uses_kube_api,
                )
        if v.rbac.create and v.kubernetes_secrets.enabled:
            self._secret_roles()

    def _secret_roles(self) -> None:
        ctx, v, n = self.ctx, self.ctx.values, self.ctx.naming
        ks = v.kubernetes_secrets
        names = list(ks.secret_names)
        # `create` cannot be limited by resourceNames (the name is not known before the object exists).
        rules = [
            {"apiGroups": [""], "resources": ["secrets"], "verbs": ["create"]},
            {
                "apiGroups": [""],
                "resources": ["secrets"],
                "verbs": [verb for verb in SECRET_VERBS if verb != "create"],
                **({"resourceNames": names} if names else {}),
            },
        ]
        subject = {"kind": "ServiceAccount", "name": n.service_account("server"), "namespace": n.namespace}
        for namespace in ks.namespaces or [n.namespace]:
            name = n.component("secrets-target")
            meta = {**ctx.metadata(name, "server"), "namespace": namespace}
            emit(self, k8s.KubeRole, meta, rules=rules)
            emit(
                self,
                k8s.KubeRoleBinding,
                meta,
                subjects=[subject],
                role_ref={"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": name},
            )
