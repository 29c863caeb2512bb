"""The issuers certctl seeds into its database: the local CA, ACME, step-ca, OpenSSL scripts
and the commercial and cloud CAs. certctl reads these variables only while its issuers table is
empty (the first boot), so a later change here alters the pods but not the issuers; change an
existing issuer through the certctl API or UI. Passwords, tokens and keys are credentials
(`{secretKeyRef: {name, key}}`); certificate and key files are `FileRef`s (a path, or a
`secretKeyRef` that mounts the Secret key and sets the path)."""

from __future__ import annotations

import math
from typing import Any, Literal

from pydantic import Field, model_validator

from .base import Section, defaults, problem
from .common import Credential
from .settings import EnvSection, FileRef, required, var
from .types import Duration, duration_seconds


class IssuerSection(EnvSection):
    FIRST_BOOT = True


class LocalIssuer(IssuerSection):
    """The built-in CA. Its key pair comes from a Secret (`caSecret`, by default the one the
    secrets command makes) so issued chains survive restarts and agree across replicas;
    `ephemeral` keeps certctl's per-process throwaway CA (one replica only)."""

    enabled: bool = True
    ca_secret: str = ""
    ephemeral: bool = False
    ca_cert_path: str = ""
    ca_key_path: str = ""

    @model_validator(mode="after")
    def _one_source(self) -> LocalIssuer:
        if bool(self.ca_cert_path) != bool(self.ca_key_path):
            raise problem(
                "caKeyPath" if self.ca_cert_path else "caCertPath",
                "caCertPath and caKeyPath go together (files mounted through server.volumes)",
            )
        if self.ca_cert_path and (self.ca_secret or self.ephemeral):
            raise problem("caCertPath", "set one CA source: caCertPath/caKeyPath, caSecret or ephemeral")
        if self.ca_secret and self.ephemeral:
            raise problem("ephemeral", "set one CA source: caSecret or ephemeral")
        return self

    @property
    def ca_from_secret(self) -> bool:
        """The CA pair is mounted from a Secret (caSecret, or the one the secrets command makes)."""
        return self.enabled and not self.ephemeral and not self.ca_cert_path


class Acme(IssuerSection):
    enabled: bool = False
    directory_url: str = var("CERTCTL_ACME_DIRECTORY_URL", default="", alias="directoryURL")
    email: str = var("CERTCTL_ACME_EMAIL", "")
    challenge_type: Literal["http-01", "dns-01", "dns-persist-01"] = var("CERTCTL_ACME_CHALLENGE_TYPE", "http-01")
    dns_present_script: str = var("CERTCTL_ACME_DNS_PRESENT_SCRIPT", "")
    dns_cleanup_script: str = var("CERTCTL_ACME_DNS_CLEANUP_SCRIPT", "")
    dns_propagation_wait: Duration | None = None
    dns_persist_issuer_domain: str = var("CERTCTL_ACME_DNS_PERSIST_ISSUER_DOMAIN", "")
    profile: str = var("CERTCTL_ACME_PROFILE", "")
    ari_enabled: bool | None = var("CERTCTL_ACME_ARI_ENABLED", default=None, alias="ariEnabled")
    eab_url: str = var("CERTCTL_ZEROSSL_EAB_URL", default="", alias="eabURL")
    insecure: bool | None = var(
        "CERTCTL_ACME_INSECURE", default=None, description="skip TLS verification of the directory (test CAs only)"
    )

    @model_validator(mode="before")
    @classmethod
    def _unread_keys(cls, data: Any) -> Any:
        if isinstance(data, dict):
            for key in ("eabKid", "eabHmac"):
                if data.get(key):
                    raise problem(
                        key,
                        "certctl does not read CERTCTL_ACME_EAB_KID/HMAC; for ZeroSSL set "
                        "eabURL (CERTCTL_ZEROSSL_EAB_URL), for other CAs register the EAB "
                        "account through the certctl API",
                    )
            data = {k: v for k, v in data.items() if k not in ("eabKid", "eabHmac")}
        return data

    REQUIRED = ("directory_url",)

    @property
    def dns_propagation_wait_seconds(self) -> int | None:
        """certctl's issuer setting takes whole seconds; the configure Job applies it."""
        return math.ceil(duration_seconds(self.dns_propagation_wait)) if self.dns_propagation_wait else None

    @model_validator(mode="after")
    def _complete(self) -> Acme:
        if not self.enabled:
            return self
        if self.challenge_type == "dns-persist-01" and not self.dns_persist_issuer_domain:
            raise problem("dnsPersistIssuerDomain", "is required for challengeType dns-persist-01")
        return self


class StepCa(IssuerSection):
    enabled: bool = False
    url: str = var("CERTCTL_STEPCA_URL", "")
    root_ca_path: FileRef = var("CERTCTL_STEPCA_ROOT_CERT", default="", alias="rootCAPath")
    intermediate_ca_path: str = Field(default="", alias="intermediateCAPath")
    provisioner_name: str = var("CERTCTL_STEPCA_PROVISIONER", "")
    provisioner_key_path: FileRef = var("CERTCTL_STEPCA_KEY_PATH", "")
    provisioner_password: Credential = var("CERTCTL_STEPCA_PASSWORD", "")

    REQUIRED = ("url",)
    UNREAD = {
        "intermediate_ca_path": "certctl does not read an intermediate CA path for step-ca; put the chain in rootCAPath"
    }


class OpenSsl(IssuerSection):
    enabled: bool = False
    sign_script: str = var("CERTCTL_OPENSSL_SIGN_SCRIPT", "")
    revoke_script: str = var("CERTCTL_OPENSSL_REVOKE_SCRIPT", "")
    crl_script: str = var("CERTCTL_OPENSSL_CRL_SCRIPT", "")
    timeout_seconds: int | None = None

    REQUIRED = ("sign_script",)
    UNREAD = {"timeout_seconds": "certctl has no setting for the OpenSSL script timeout; remove it"}


class Vault(IssuerSection):
    """HashiCorp Vault's PKI secrets engine."""

    REQUIRED = ("addr", "token", "role")
    enabled: bool = False
    addr: str = var("CERTCTL_VAULT_ADDR", default="", description="e.g. https://vault.example.com:8200")
    token: Credential = var("CERTCTL_VAULT_TOKEN", "")
    mount: str = var("CERTCTL_VAULT_MOUNT", default="", description="PKI secrets engine mount path")
    role: str = var("CERTCTL_VAULT_ROLE", "")
    ttl: Duration | None = var("CERTCTL_VAULT_TTL", None)


class DigiCert(IssuerSection):
    """DigiCert CertCentral."""

    REQUIRED = ("api_key", "org_id")
    enabled: bool = False
    api_key: Credential = var("CERTCTL_DIGICERT_API_KEY", "")
    org_id: str = var("CERTCTL_DIGICERT_ORG_ID", default="", alias="orgID")
    product_type: str = var("CERTCTL_DIGICERT_PRODUCT_TYPE", "")
    base_url: str = var("CERTCTL_DIGICERT_BASE_URL", default="", alias="baseURL")
    poll_max_wait_seconds: int | None = var("CERTCTL_DIGICERT_POLL_MAX_WAIT_SECONDS", default=None, ge=0)


class Sectigo(IssuerSection):
    """Sectigo Certificate Manager."""

    REQUIRED = ("customer_uri", "login", "password", "org_id", "cert_type")
    enabled: bool = False
    customer_uri: str = var("CERTCTL_SECTIGO_CUSTOMER_URI", default="", alias="customerURI")
    login: str = var("CERTCTL_SECTIGO_LOGIN", "")
    password: Credential = var("CERTCTL_SECTIGO_PASSWORD", "")
    org_id: int | None = var("CERTCTL_SECTIGO_ORG_ID", default=None, ge=1, alias="orgID")
    cert_type: int | None = var(
        "CERTCTL_SECTIGO_CERT_TYPE", default=None, ge=1, description="type ID from GET /ssl/v1/types"
    )
    term_days: int | None = var("CERTCTL_SECTIGO_TERM", default=None, ge=1)
    base_url: str = var("CERTCTL_SECTIGO_BASE_URL", default="", alias="baseURL")
    poll_max_wait_seconds: int | None = var("CERTCTL_SECTIGO_POLL_MAX_WAIT_SECONDS", default=None, ge=0)


class GoogleCas(IssuerSection):
    """Google Cloud Certificate Authority Service."""

    REQUIRED = ("project", "location", "ca_pool", "credentials")
    enabled: bool = False
    project: str = var("CERTCTL_GOOGLE_CAS_PROJECT", "")
    location: str = var("CERTCTL_GOOGLE_CAS_LOCATION", "")
    ca_pool: str = var("CERTCTL_GOOGLE_CAS_CA_POOL", default="", alias="caPool")
    credentials: FileRef = var(
        "CERTCTL_GOOGLE_CAS_CREDENTIALS", default="", description="service-account JSON key file"
    )
    ttl: Duration | None = var("CERTCTL_GOOGLE_CAS_TTL", None)


class AwsPca(IssuerSection):
    """AWS Private CA. AWS credentials come from the SDK chain (e.g. IRSA: serviceAccount.annotations)."""

    REQUIRED = ("region", "ca_arn")
    enabled: bool = False
    region: str = var("CERTCTL_AWS_PCA_REGION", "")
    ca_arn: str = var("CERTCTL_AWS_PCA_CA_ARN", default="", alias="caARN", pattern=r"^(arn:[^:]+:acm-pca:.*)?$")
    signing_algorithm: (
        Literal[
            "SHA256WITHRSA", "SHA384WITHRSA", "SHA512WITHRSA", "SHA256WITHECDSA", "SHA384WITHECDSA", "SHA512WITHECDSA"
        ]
        | None
    ) = var("CERTCTL_AWS_PCA_SIGNING_ALGORITHM", None)
    validity_days: int | None = var("CERTCTL_AWS_PCA_VALIDITY_DAYS", default=None, ge=1)
    template_arn: str = var("CERTCTL_AWS_PCA_TEMPLATE_ARN", default="", alias="templateARN")


class Entrust(IssuerSection):
    """Entrust Certificate Services (mTLS client certificate)."""

    REQUIRED = ("api_url", "client_cert_path", "client_key_path", "ca_id")
    enabled: bool = False
    api_url: str = var("CERTCTL_ENTRUST_API_URL", default="", alias="apiURL")
    client_cert_path: FileRef = var("CERTCTL_ENTRUST_CLIENT_CERT_PATH", "")
    client_key_path: FileRef = var("CERTCTL_ENTRUST_CLIENT_KEY_PATH", "")
    ca_id: str = var("CERTCTL_ENTRUST_CA_ID", default="", alias="caID")
    profile_id: str = var("CERTCTL_ENTRUST_PROFILE_ID", default="", alias="profileID")
    poll_max_wait_seconds: int | None = var("CERTCTL_ENTRUST_POLL_MAX_WAIT_SECONDS", default=None, ge=0)


class GlobalSign(IssuerSection):
    """GlobalSign Atlas HVCA (mTLS client certificate plus API key and secret)."""

    REQUIRED = ("api_url", "api_key", "api_secret", "client_cert_path", "client_key_path")
    enabled: bool = False
    api_url: str = var("CERTCTL_GLOBALSIGN_API_URL", default="", alias="apiURL")
    api_key: Credential = var("CERTCTL_GLOBALSIGN_API_KEY", "")
    api_secret: Credential = var("CERTCTL_GLOBALSIGN_API_SECRET", "")
    client_cert_path: FileRef = var("CERTCTL_GLOBALSIGN_CLIENT_CERT_PATH", "")
    client_key_path: FileRef = var("CERTCTL_GLOBALSIGN_CLIENT_KEY_PATH", "")
    server_ca_path: FileRef = var(
        "CERTCTL_GLOBALSIGN_SERVER_CA_PATH",
        default="",
        alias="serverCAPath",
        description="CA of a private Atlas endpoint (empty: system roots)",
    )
    poll_max_wait_seconds: int | None = var("CERTCTL_GLOBALSIGN_POLL_MAX_WAIT_SECONDS", default=None, ge=0)


class Ejbca(IssuerSection):
    """Keyfactor EJBCA, with an mTLS client certificate or an OAuth2 bearer token."""

    REQUIRED = ("api_url", "ca_name")
    enabled: bool = False
    api_url: str = var("CERTCTL_EJBCA_API_URL", default="", alias="apiURL")
    auth_mode: Literal["mtls", "oauth2"] = var("CERTCTL_EJBCA_AUTH_MODE", "mtls")
    client_cert_path: FileRef = var("CERTCTL_EJBCA_CLIENT_CERT_PATH", "")
    client_key_path: FileRef = var("CERTCTL_EJBCA_CLIENT_KEY_PATH", "")
    token: Credential = var("CERTCTL_EJBCA_TOKEN", "")
    ca_name: str = var("CERTCTL_EJBCA_CA_NAME", "")
    cert_profile: str = var("CERTCTL_EJBCA_CERT_PROFILE", "")
    ee_profile: str = var("CERTCTL_EJBCA_EE_PROFILE", default="", alias="eeProfile")

    @model_validator(mode="after")
    def _credentials(self) -> Ejbca:
        if not self.enabled:
            return self
        if self.auth_mode == "mtls":
            required(self, "client_cert_path", "client_key_path", when="when authMode is mtls")
        else:
            required(self, "token", when="when authMode is oauth2")
        return self


class Issuers(Section):
    local: LocalIssuer = defaults(LocalIssuer)
    acme: Acme = defaults(Acme)
    stepca: StepCa = defaults(StepCa)
    openssl: OpenSsl = defaults(OpenSsl)
    vault: Vault = defaults(Vault)
    digicert: DigiCert = defaults(DigiCert)
    sectigo: Sectigo = defaults(Sectigo)
    google_cas: GoogleCas = defaults(GoogleCas)
    aws_pca: AwsPca = defaults(AwsPca)
    entrust: Entrust = defaults(Entrust)
    globalsign: GlobalSign = defaults(GlobalSign)
    ejbca: Ejbca = defaults(Ejbca)
