"""Certificate discovery the server runs on a schedule: TLS network scans and cloud secret
managers. (Agents discover files on their node: `agent.discoveryDirs`.)"""

from __future__ import annotations

from pydantic import model_validator

from .base import defaults, problem
from .common import Credential
from .settings import EnvSection, FileRef, var
from .types import Duration


class NetworkScan(EnvSection):
    enabled: bool = var("CERTCTL_NETWORK_SCAN_ENABLED", False)
    interval: Duration = var("CERTCTL_NETWORK_SCAN_INTERVAL", "6h")


class AwsSecretsManager(EnvSection):
    """Credentials come from the AWS SDK chain (e.g. IRSA: serviceAccount.annotations)."""

    REQUIRED = ("region",)
    enabled: bool = var("CERTCTL_AWS_SM_DISCOVERY_ENABLED", False)
    region: str = var("CERTCTL_AWS_SM_REGION", "")
    tag_filter: str = var(
        "CERTCTL_AWS_SM_TAG_FILTER", default="", description="key=value tag that marks certificate secrets"
    )
    name_prefix: str = var("CERTCTL_AWS_SM_NAME_PREFIX", "")


class AzureKeyVault(EnvSection):
    REQUIRED = ("vault_url", "tenant_id", "client_id", "client_secret")
    enabled: bool = var("CERTCTL_AZURE_KV_DISCOVERY_ENABLED", False)
    vault_url: str = var("CERTCTL_AZURE_KV_VAULT_URL", default="", alias="vaultURL")
    tenant_id: str = var("CERTCTL_AZURE_KV_TENANT_ID", default="", alias="tenantID")
    client_id: str = var("CERTCTL_AZURE_KV_CLIENT_ID", default="", alias="clientID")
    client_secret: Credential = var("CERTCTL_AZURE_KV_CLIENT_SECRET", "")


class GcpSecretManager(EnvSection):
    REQUIRED = ("project",)
    enabled: bool = var("CERTCTL_GCP_SM_DISCOVERY_ENABLED", False)
    project: str = var("CERTCTL_GCP_SM_PROJECT", "")
    credentials: FileRef = var(
        "CERTCTL_GCP_SM_CREDENTIALS", default="", description="service-account JSON (empty: workload identity)"
    )


class CloudDiscovery(EnvSection):
    enabled: bool = var("CERTCTL_CLOUD_DISCOVERY_ENABLED", False)
    interval: Duration | None = var("CERTCTL_CLOUD_DISCOVERY_INTERVAL", None)
    aws_secrets_manager: AwsSecretsManager = defaults(AwsSecretsManager)
    azure_key_vault: AzureKeyVault = defaults(AzureKeyVault)
    gcp_secret_manager: GcpSecretManager = defaults(GcpSecretManager)

    @model_validator(mode="after")
    def _sources_need_schedule(self) -> CloudDiscovery:
        for field in ("aws_secrets_manager", "azure_key_vault", "gcp_secret_manager"):
            if getattr(self, field).enabled and not self.enabled:
                key = type(self).model_fields[field].alias
                raise problem("enabled", f"must be true for {key}.enabled to take effect (it runs the schedule)")
        return self


def sentinel_agents(scan: NetworkScan, cloud: CloudDiscovery) -> list[str]:
    """The IDs of the agents certctl creates for its own scanners, one per source these settings
    turn on (cmd/server/main.go). They never heartbeat and cannot be retired, so they count as
    offline for ever. (A cloud source is on only with cloud discovery on: the rule above.)"""
    sources = {
        "server-scanner": scan.enabled,
        "cloud-aws-sm": cloud.aws_secrets_manager.enabled,
        "cloud-azure-kv": cloud.azure_key_vault.enabled,
        "cloud-gcp-sm": cloud.gcp_secret_manager.enabled,
    }
    return [agent for agent, on in sources.items() if on]
