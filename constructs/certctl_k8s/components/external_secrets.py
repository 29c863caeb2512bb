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
from ..manifest import object_meta
from .context import Context


class ExternalSecrets(Construct):
    def __init__(self, scope: Construct, *, ctx: Context) -> None:
        super().__init__(scope, "external-secrets")
        self.ctx = ctx
        for secret in ctx.credentials.generated:
            self._external_secret(secret)

    def _external_secret(self, secret: ExpectedSecret) -> None:
        # Imported here: loading a CRD binding costs a jsii round trip that most environments skip.
        from imports.io import external_secrets as eso

        ctx, n = self.ctx, self.ctx.naming
        config = ctx.values.external_secrets
        store = config.secret_store_ref
        kind = eso.ExternalSecretSpecSecretStoreRefKind
        remote_key = n.remote_key(secret.name)
        eso.ExternalSecret(
            self,
            secret.name,
            metadata=object_meta(ctx.metadata(secret.name)),
            spec=eso.ExternalSecretSpec(
                secret_store_ref=eso.ExternalSecretSpecSecretStoreRef(
                    name=store.name,
                    kind=kind.CLUSTER_SECRET_STORE if store.kind == "ClusterSecretStore" else kind.SECRET_STORE,
                ),
                refresh_interval=config.refresh_interval,
                target=eso.ExternalSecretSpecTarget(
                    name=secret.name,
                    creation_policy=eso.ExternalSecretSpecTargetCreationPolicy.OWNER,
                    deletion_policy=eso.ExternalSecretSpecTargetDeletionPolicy.RETAIN,
                    # The Secret as `main.py secrets` writes it: its type (kubernetes.io/tls for the
                    # server's pair) and the release's labels. With no template data, the fetched
                    # keys are the Secret's data as they are.
                    template=eso.ExternalSecretSpecTargetTemplate(
                        type=secret.type,
                        metadata=eso.ExternalSecretSpecTargetTemplateMetadata(labels=n.labels()),
                    ),
                ),
                data=[
                    eso.ExternalSecretSpecData(
                        secret_key=key,
                        remote_ref=eso.ExternalSecretSpecDataRemoteRef(key=remote_key, property=key),
                    )
                    for key in secret.keys
                ],
            ),
        )
