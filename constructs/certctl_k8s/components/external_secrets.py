"""With externalSecrets, one ExternalSecret per Secret that `main.py secrets` would otherwise write
(the API keys, the auth secret, the PostgreSQL password, the encryption key, the self-signed
server TLS pair, the local issuer's CA): each is named like its Secret and has the External
Secrets Operator make that Secret from the store's entry `<remoteKeyPrefix>/<secret name>`, one
property per key. The workloads still read the Secrets by the same names and keys, and wait for
them as they wait for `main.py secrets`' files; dist/ holds only where the values live.

The operator owns each Secret it makes (creationPolicy Owner): it adopts a Secret of that name
that no other ExternalSecret owns, such as one applied from `secrets/<env>/`, and replaces its
data with the store's (ESO v2.9.0, pkg/controllers/externalsecret/externalsecret_controller.go
applyOwnership; ..._template.go ApplyTemplate). deletionPolicy Retain keeps the Secret, and so
the running pods, when the store's entry disappears."""

from __future__ import annotations

from constructs import Construct

from ..credentials import ExpectedSecret
from ..manifest import EXTERNAL_SECRET, emit
from .context import Context


class ExternalSecrets(Construct):
    def __init__(self, scope: Construct, *, ctx: Context) -> None:
        super().__init__(scope, "external-secrets")
        self.ctx = ctx
        for secret in ctx.credentials.generated:
            self._external_secret(secret)

    def _external_secret(self, secret: ExpectedSecret) -> None:
        ctx, n = self.ctx, self.ctx.naming
        config = ctx.values.external_secrets
        remote_key = n.remote_key(secret.name)
        emit(
            self,
            EXTERNAL_SECRET,
            ctx.metadata(secret.name),
            spec={
                "secretStoreRef": {"name": config.secret_store_ref.name, "kind": config.secret_store_ref.kind},
                "refreshInterval": config.refresh_interval,
                "target": {
                    "name": secret.name,
                    "creationPolicy": "Owner",
                    "deletionPolicy": "Retain",
                    # The Secret as `main.py secrets` writes it: its type (kubernetes.io/tls for the
                    # server's pair) and the release's labels. With no template data, the fetched
                    # keys are the Secret's data as they are.
                    "template": {"type": secret.type, "metadata": {"labels": n.labels()}},
                },
                "data": [{"secretKey": key, "remoteRef": {"key": remote_key, "property": key}} for key in secret.keys],
            },
        )
