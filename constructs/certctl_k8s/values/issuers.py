"""The issuers certctl seeds into its database: the local CA, ACME, step-ca, OpenSSL scripts
and the commercial and cloud CAs. certctl reads these variables only while its issuers table is
empty (the first boot), so a later change here alters the pods but not the issuers; change an
existing issuer through the certctl API or UI. Passwords, tokens and keys are credentials
(`{secretKeyRef: {name, key}}`); certificate and key files are `FileRef`s (a path, or a
`secretKeyRef` that mounts the Secret key and sets the path)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, model_validator

from .base import Section, problem
from .common import Credential
from .settings import EnvSection, FileRef, required
from .types import Duration


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
            raise problem("caKeyPath" if self.ca_cert_path else "caCertPath",
                          "caCertPath and caKeyPath go together (files mounted through server.volumes)")
        if self.ca_cert_path and (self.ca_secret or self.ephemeral):
            raise problem("caCertPath", "set one CA source: caCertPath/caKeyPath, caSecret or ephemeral")
        if self.ca_secret and self.ephemeral:
            raise problem("ephemeral", "set one CA source: caSecret or ephemeral")
        return self


class Acme(IssuerSection):
    ENV = {"directory_url": "CERTCTL_ACME_DIRECTORY_URL", "email": "CERTCTL_ACME_EMAIL",
           "challenge_type": "CERTCTL_ACME_CHALLENGE_TYPE", "dns_present_script": "CERTCTL_ACME_DNS_PRESENT_SCRIPT",
           "dns_cleanup_script": "CERTCTL_ACME_DNS_CLEANUP_SCRIPT",
           "dns_persist_issuer_domain": "CERTCTL_ACME_DNS_PERSIST_ISSUER_DOMAIN",
           "profile": "CERTCTL_ACME_PROFILE", "ari_enabled": "CERTCTL_ACME_ARI_ENABLED",
           "eab_url": "CERTCTL_ZEROSSL_EAB_URL",
           "insecure": "CERTCTL_ACME_INSECURE"}
    enabled: bool = False
    directory_url: str = Field(default="", alias="directoryURL")
    email: str = ""
    challenge_type: Literal["http-01", "dns-01", "dns-persist-01"] = "http-01"
    dns_present_script: str = ""
    dns_cleanup_script: str = ""
    dns_propagation_wait: Duration | None = None
    dns_persist_issuer_domain: str = ""
    profile: str = ""
    ari_enabled: bool | None = Field(default=None, alias="ariEnabled")
    eab_url: str = Field(default="", alias="eabURL")
    insecure: bool | None = Field(default=None, description="skip TLS verification of the directory (test CAs only)")

    @model_validator(mode="before")
    @classmethod
    def _unread_keys(cls, data: Any) -> Any:
        if isinstance(data, dict):
            for key in ("eabKid", "eabHmac"):
                if data.get(key):
                    raise problem(key, "certctl does not read CERTCTL_ACME_EAB_KID/HMAC; for ZeroSSL set "
                                  "eabURL (CERTCTL_ZEROSSL_EAB_URL), for other CAs register the EAB "
                                  "account through the certctl API")
            data = {k: v for k, v in data.items() if k not in ("eabKid", "eabHmac")}
        return data

    REQUIRED = ("directory_url",)

    @model_validator(mode="after")
    def _complete(self) -> Acme:
        if not self.enabled:
            return self
        if self.challenge_type == "dns-persist-01" and not self.dns_persist_issuer_domain:
            raise problem("dnsPersistIssuerDomain", "is required for challengeType dns-persist-01")
        return self


class StepCa(IssuerSection):
    ENV = {"url": "CERTCTL_STEPCA_URL", "root_ca_path": "CERTCTL_STEPCA_ROOT_CERT",
           "provisioner_name": "CERTCTL_STEPCA_PROVISIONER", "provisioner_key_path": "CERTCTL_STEPCA_KEY_PATH",
           "provisioner_password": "CERTCTL_STEPCA_PASSWORD"}
    enabled: bool = False
    url: str = ""
    root_ca_path: FileRef = Field(default="", alias="rootCAPath")
    intermediate_ca_path: str = Field(default="", alias="intermediateCAPath")
    provisioner_name: str = ""
    provisioner_key_path: FileRef = ""
    provisioner_password: Credential = ""

    REQUIRED = ("url",)
    UNREAD = {"intermediate_ca_path": "certctl does not read an intermediate CA path for step-ca; put the "
                                      "chain in rootCAPath"}


class OpenSsl(IssuerSection):
    ENV = {"sign_script": "CERTCTL_OPENSSL_SIGN_SCRIPT", "revoke_script": "CERTCTL_OPENSSL_REVOKE_SCRIPT",
           "crl_script": "CERTCTL_OPENSSL_CRL_SCRIPT"}
    enabled: bool = False
    sign_script: str = ""
    revoke_script: str = ""
    crl_script: str = ""
    timeout_seconds: int | None = None

    REQUIRED = ("sign_script",)
    UNREAD = {"timeout_seconds": "certctl has no setting for the OpenSSL script timeout; remove it"}


class Vault(IssuerSection):
    """HashiCorp Vault's PKI secrets engine."""

    ENV = {"addr": "CERTCTL_VAULT_ADDR", "token": "CERTCTL_VAULT_TOKEN", "mount": "CERTCTL_VAULT_MOUNT",
           "role": "CERTCTL_VAULT_ROLE", "ttl": "CERTCTL_VAULT_TTL"}
    REQUIRED = ("addr", "token", "role")
    enabled: bool = False
    addr: str = Field(default="", description="e.g. https://vault.example.com:8200")
    token: Credential = ""
    mount: str = Field(default="", description="PKI secrets engine mount path")
    role: str = ""
    ttl: Duration | None = None


class DigiCert(IssuerSection):
    """DigiCert CertCentral."""

    ENV = {"api_key": "CERTCTL_DIGICERT_API_KEY", "org_id": "CERTCTL_DIGICERT_ORG_ID",
           "product_type": "CERTCTL_DIGICERT_PRODUCT_TYPE", "base_url": "CERTCTL_DIGICERT_BASE_URL",
           "poll_max_wait_seconds": "CERTCTL_DIGICERT_POLL_MAX_WAIT_SECONDS"}
    REQUIRED = ("api_key", "org_id")
    enabled: bool = False
    api_key: Credential = ""
    org_id: str = Field(default="", alias="orgID")
    product_type: str = ""
    base_url: str = Field(default="", alias="baseURL")
    poll_max_wait_seconds: int | None = Field(default=None, ge=0)


class Sectigo(IssuerSection):
    """Sectigo Certificate Manager."""

    ENV = {"customer_uri": "CERTCTL_SECTIGO_CUSTOMER_URI", "login": "CERTCTL_SECTIGO_LOGIN",
           "password": "CERTCTL_SECTIGO_PASSWORD", "org_id": "CERTCTL_SECTIGO_ORG_ID",
           "cert_type": "CERTCTL_SECTIGO_CERT_TYPE", "term_days": "CERTCTL_SECTIGO_TERM",
           "base_url": "CERTCTL_SECTIGO_BASE_URL", "poll_max_wait_seconds": "CERTCTL_SECTIGO_POLL_MAX_WAIT_SECONDS"}
    REQUIRED = ("customer_uri", "login", "password", "org_id", "cert_type")
    enabled: bool = False
    customer_uri: str = Field(default="", alias="customerURI")
    login: str = ""
    password: Credential = ""
    org_id: int | None = Field(default=None, ge=1, alias="orgID")
    cert_type: int | None = Field(default=None, ge=1, description="type ID from GET /ssl/v1/types")
    term_days: int | None = Field(default=None, ge=1)
    base_url: str = Field(default="", alias="baseURL")
    poll_max_wait_seconds: int | None = Field(default=None, ge=0)


class GoogleCas(IssuerSection):
    """Google Cloud Certificate Authority Service."""

    ENV = {"project": "CERTCTL_GOOGLE_CAS_PROJECT", "location": "CERTCTL_GOOGLE_CAS_LOCATION",
           "ca_pool": "CERTCTL_GOOGLE_CAS_CA_POOL", "credentials": "CERTCTL_GOOGLE_CAS_CREDENTIALS",
           "ttl": "CERTCTL_GOOGLE_CAS_TTL"}
    REQUIRED = ("project", "location", "ca_pool", "credentials")
    enabled: bool = False
    project: str = ""
    location: str = ""
    ca_pool: str = Field(default="", alias="caPool")
    credentials: FileRef = Field(default="", description="service-account JSON key file")
    ttl: Duration | None = None


class AwsPca(IssuerSection):
    """AWS Private CA. AWS credentials come from the SDK chain (e.g. IRSA: serviceAccount.annotations)."""

    ENV = {"region": "CERTCTL_AWS_PCA_REGION", "ca_arn": "CERTCTL_AWS_PCA_CA_ARN",
           "signing_algorithm": "CERTCTL_AWS_PCA_SIGNING_ALGORITHM",
           "validity_days": "CERTCTL_AWS_PCA_VALIDITY_DAYS", "template_arn": "CERTCTL_AWS_PCA_TEMPLATE_ARN"}
    REQUIRED = ("region", "ca_arn")
    enabled: bool = False
    region: str = ""
    ca_arn: str = Field(default="", alias="caARN", pattern=r"^(arn:[^:]+:acm-pca:.*)?$")
    signing_algorithm: Literal["SHA256WITHRSA", "SHA384WITHRSA", "SHA512WITHRSA", "SHA256WITHECDSA",
                               "SHA384WITHECDSA", "SHA512WITHECDSA"] | None = None
    validity_days: int | None = Field(default=None, ge=1)
    template_arn: str = Field(default="", alias="templateARN")


class Entrust(IssuerSection):
    """Entrust Certificate Services (mTLS client certificate)."""

    ENV = {"api_url": "CERTCTL_ENTRUST_API_URL", "client_cert_path": "CERTCTL_ENTRUST_CLIENT_CERT_PATH",
           "client_key_path": "CERTCTL_ENTRUST_CLIENT_KEY_PATH", "ca_id": "CERTCTL_ENTRUST_CA_ID",
           "profile_id": "CERTCTL_ENTRUST_PROFILE_ID",
           "poll_max_wait_seconds": "CERTCTL_ENTRUST_POLL_MAX_WAIT_SECONDS"}
    REQUIRED = ("api_url", "client_cert_path", "client_key_path", "ca_id")
    enabled: bool = False
    api_url: str = Field(default="", alias="apiURL")
    client_cert_path: FileRef = ""
    client_key_path: FileRef = ""
    ca_id: str = Field(default="", alias="caID")
    profile_id: str = Field(default="", alias="profileID")
    poll_max_wait_seconds: int | None = Field(default=None, ge=0)


class GlobalSign(IssuerSection):
    """GlobalSign Atlas HVCA (mTLS client certificate plus API key and secret)."""

    ENV = {"api_url": "CERTCTL_GLOBALSIGN_API_URL", "api_key": "CERTCTL_GLOBALSIGN_API_KEY",
           "api_secret": "CERTCTL_GLOBALSIGN_API_SECRET", "client_cert_path": "CERTCTL_GLOBALSIGN_CLIENT_CERT_PATH",
           "client_key_path": "CERTCTL_GLOBALSIGN_CLIENT_KEY_PATH",
           "server_ca_path": "CERTCTL_GLOBALSIGN_SERVER_CA_PATH",
           "poll_max_wait_seconds": "CERTCTL_GLOBALSIGN_POLL_MAX_WAIT_SECONDS"}
    REQUIRED = ("api_url", "api_key", "api_secret", "client_cert_path", "client_key_path")
    enabled: bool = False
    api_url: str = Field(default="", alias="apiURL")
    api_key: Credential = ""
    api_secret: Credential = ""
    client_cert_path: FileRef = ""
    client_key_path: FileRef = ""
    server_ca_path: FileRef = Field(default="", alias="serverCAPath",
                                    description="CA of a private Atlas endpoint (empty: system roots)")
    poll_max_wait_seconds: int | None = Field(default=None, ge=0)


class Ejbca(IssuerSection):
    """Keyfactor EJBCA, with an mTLS client certificate or an OAuth2 bearer token."""

    ENV = {"api_url": "CERTCTL_EJBCA_API_URL", "auth_mode": "CERTCTL_EJBCA_AUTH_MODE",
           "client_cert_path": "CERTCTL_EJBCA_CLIENT_CERT_PATH", "client_key_path": "CERTCTL_EJBCA_CLIENT_KEY_PATH",
           "token": "CERTCTL_EJBCA_TOKEN", "ca_name": "CERTCTL_EJBCA_CA_NAME",
           "cert_profile": "CERTCTL_EJBCA_CERT_PROFILE", "ee_profile": "CERTCTL_EJBCA_EE_PROFILE"}
    REQUIRED = ("api_url", "ca_name")
    enabled: bool = False
    api_url: str = Field(default="", alias="apiURL")
    auth_mode: Literal["mtls", "oauth2"] = "mtls"
    client_cert_path: FileRef = ""
    client_key_path: FileRef = ""
    token: Credential = ""
    ca_name: str = ""
    cert_profile: str = ""
    ee_profile: str = Field(default="", alias="eeProfile")

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
    local: LocalIssuer = LocalIssuer()
    acme: Acme = Acme()
    stepca: StepCa = StepCa()
    openssl: OpenSsl = OpenSsl()
    vault: Vault = Vault()
    digicert: DigiCert = DigiCert()
    sectigo: Sectigo = Sectigo()
    google_cas: GoogleCas = GoogleCas()
    aws_pca: AwsPca = AwsPca()
    entrust: Entrust = Entrust()
    globalsign: GlobalSign = GlobalSign()
    ejbca: Ejbca = Ejbca()
