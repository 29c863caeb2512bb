"""Certificate discovery the server runs on a schedule: TLS network scans and cloud secret
managers. (Agents discover files on their node: `agent.discoveryDirs`.)"""

from __future__ import annotations

from pydantic import Field, model_validator

from .common import Credential
from .base import problem
from .settings import EnvSection, FileRef
from .types import Duration


class NetworkScan(EnvSection):
    ENV = {"enabled": "CERTCTL_NETWORK_SCAN_ENABLED", "interval": "CERTCTL_NETWORK_SCAN_INTERVAL"}
    enabled: bool = False
    interval: Duration = "6h"


class AwsSecretsManager(EnvSection):
    """Credentials come from the AWS SDK chain (e.g. IRSA: serviceAccount.annotations)."""

    ENV = {"enabled": "CERTCTL_AWS_SM_DISCOVERY_ENABLED", "region": "CERTCTL_AWS_SM_REGION",
           "tag_filter": "CERTCTL_AWS_SM_TAG_FILTER", "name_prefix": "CERTCTL_AWS_SM_NAME_PREFIX"}
    REQUIRED = ("region",)
    enabled: bool = False
    region: str = ""
    tag_filter: str = Field(default="", description="key=value tag that marks certificate secrets")
    name_prefix: str = ""


class AzureKeyVault(EnvSection):
    ENV = {"enabled": "CERTCTL_AZURE_KV_DISCOVERY_ENABLED", "vault_url": "CERTCTL_AZURE_KV_VAULT_URL",
           "tenant_id": "CERTCTL_AZURE_KV_TENANT_ID", "client_id": "CERTCTL_AZURE_KV_CLIENT_ID",
           "client_secret": "CERTCTL_AZURE_KV_CLIENT_SECRET"}
    REQUIRED = ("vault_url", "tenant_id", "client_id", "client_secret")
    enabled: bool = False
    vault_url: str = Field(default="", alias="vaultURL")
    tenant_id: str = Field(default="", alias="tenantID")
    client_id: str = Field(default="", alias="clientID")
    client_secret: Credential = ""


class GcpSecretManager(EnvSection):
    ENV = {"enabled": "CERTCTL_GCP_SM_DISCOVERY_ENABLED", "project": "CERTCTL_GCP_SM_PROJECT",
           "credentials": "CERTCTL_GCP_SM_CREDENTIALS"}
    REQUIRED = ("project",)
    enabled: bool = False
    project: str = ""
    credentials: FileRef = Field(default="", description="service-account JSON (empty: workload identity)")


class CloudDiscovery(EnvSection):
    ENV = {"enabled": "CERTCTL_CLOUD_DISCOVERY_ENABLED", "interval": "CERTCTL_CLOUD_DISCOVERY_INTERVAL"}
    enabled: bool = False
    interval: Duration | None = None
    aws_secrets_manager: AwsSecretsManager = AwsSecretsManager()
    azure_key_vault: AzureKeyVault = AzureKeyVault()
    gcp_secret_manager: GcpSecretManager = GcpSecretManager()

    @model_validator(mode="after")
    def _sources_need_schedule(self) -> CloudDiscovery:
        for field in ("aws_secrets_manager", "azure_key_vault", "gcp_secret_manager"):
            if getattr(self, field).enabled and not self.enabled:
                key = type(self).model_fields[field].alias
                raise problem("enabled", f"must be true for {key}.enabled to take effect (it runs the schedule)")
        return self
