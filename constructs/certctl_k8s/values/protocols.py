"""The enrollment protocols certctl serves besides its REST API: EST, SCEP, an ACME server and
the OCSP responder. EST and SCEP take either the single legacy endpoint (the flat keys) or named
`profiles`, each served under its own path; a profile's name becomes the `<NAME>` in its
variables, upper-cased."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, model_validator

from .base import defaults, problem
from .common import Credential
from .settings import EnvSection, FileRef, required, var
from .types import Duration

_PROFILE_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def _profile_name(value: str) -> str:
    if not _PROFILE_NAME.match(value):
        raise ValueError(
            f"profile name {value!r} must be lowercase letters and digits, "
            "optionally joined by single '-' (it becomes the URL path)"
        )
    return value


ProfileName = Annotated[str, AfterValidator(_profile_name)]


class EstProfile(EnvSection):
    REQUIRED = ("issuer_id",)
    issuer_id: str = var("CERTCTL_EST_PROFILE_<NAME>_ISSUER_ID", default="", alias="issuerID")
    profile_id: str = var("CERTCTL_EST_PROFILE_<NAME>_PROFILE_ID", default="", alias="profileID")
    enrollment_password: Credential = var("CERTCTL_EST_PROFILE_<NAME>_ENROLLMENT_PASSWORD", "")
    mtls_enabled: bool | None = var("CERTCTL_EST_PROFILE_<NAME>_MTLS_ENABLED", default=None, alias="mtlsEnabled")
    mtls_client_ca_trust_bundle_path: FileRef = var(
        "CERTCTL_EST_PROFILE_<NAME>_MTLS_CLIENT_CA_TRUST_BUNDLE_PATH", default="", alias="mtlsClientCATrustBundlePath"
    )
    channel_binding_required: bool | None = var("CERTCTL_EST_PROFILE_<NAME>_CHANNEL_BINDING_REQUIRED", None)
    allowed_auth_modes: list[str] = var("CERTCTL_EST_PROFILE_<NAME>_ALLOWED_AUTH_MODES", [])
    rate_limit_per_principal_24h: int | None = var(
        "CERTCTL_EST_PROFILE_<NAME>_RATE_LIMIT_PER_PRINCIPAL_24H", default=None, ge=0, alias="rateLimitPerPrincipal24h"
    )
    server_keygen_enabled: bool | None = var("CERTCTL_EST_PROFILE_<NAME>_SERVERKEYGEN_ENABLED", None)

    @model_validator(mode="after")
    def _mtls(self) -> EstProfile:
        if self.mtls_enabled:
            required(self, "mtls_client_ca_trust_bundle_path", when="when mtlsEnabled is true")
        return self


class Est(EnvSection):
    enabled: bool = var("CERTCTL_EST_ENABLED", False)
    issuer_id: str = var("CERTCTL_EST_ISSUER_ID", default="iss-local", alias="issuerID")
    profile_id: str = var("CERTCTL_EST_PROFILE_ID", default="", alias="profileID")
    profiles: dict[ProfileName, EstProfile] = var("CERTCTL_EST_PROFILES", {})

    @model_validator(mode="after")
    def _reserved(self) -> Est:
        if "est" in self.profiles:
            raise problem("profiles.est", "the name est is reserved (the legacy /.well-known/est/ root)")
        return self


class ScepMtls(EnvSection):
    REQUIRED = ("client_ca_trust_bundle_path",)
    enabled: bool = var("CERTCTL_SCEP_PROFILE_<NAME>_MTLS_ENABLED", False)
    client_ca_trust_bundle_path: FileRef = var(
        "CERTCTL_SCEP_PROFILE_<NAME>_MTLS_CLIENT_CA_TRUST_BUNDLE_PATH", default="", alias="clientCATrustBundlePath"
    )


class ScepIntune(EnvSection):
    """Microsoft Intune's dynamic SCEP challenges."""

    REQUIRED = ("connector_cert_path", "audience")
    enabled: bool = var("CERTCTL_SCEP_PROFILE_<NAME>_INTUNE_ENABLED", False)
    connector_cert_path: FileRef = var("CERTCTL_SCEP_PROFILE_<NAME>_INTUNE_CONNECTOR_CERT_PATH", "")
    audience: str = var("CERTCTL_SCEP_PROFILE_<NAME>_INTUNE_AUDIENCE", "")
    challenge_validity: Duration | None = var("CERTCTL_SCEP_PROFILE_<NAME>_INTUNE_CHALLENGE_VALIDITY", None)
    per_device_rate_limit_24h: int | None = var(
        "CERTCTL_SCEP_PROFILE_<NAME>_INTUNE_PER_DEVICE_RATE_LIMIT_24H",
        default=None,
        ge=0,
        alias="perDeviceRateLimit24h",
    )
    clock_skew_tolerance: Duration | None = var("CERTCTL_SCEP_PROFILE_<NAME>_INTUNE_CLOCK_SKEW_TOLERANCE", None)


class ScepProfile(EnvSection):
    REQUIRED = ("issuer_id", "challenge_password", "ra_cert_path", "ra_key_path")
    issuer_id: str = var("CERTCTL_SCEP_PROFILE_<NAME>_ISSUER_ID", default="", alias="issuerID")
    profile_id: str = var("CERTCTL_SCEP_PROFILE_<NAME>_PROFILE_ID", default="", alias="profileID")
    challenge_password: Credential = var("CERTCTL_SCEP_PROFILE_<NAME>_CHALLENGE_PASSWORD", "")
    ra_cert_path: FileRef = var("CERTCTL_SCEP_PROFILE_<NAME>_RA_CERT_PATH", default="", alias="raCertPath")
    ra_key_path: FileRef = var(
        "CERTCTL_SCEP_PROFILE_<NAME>_RA_KEY_PATH", default="", alias="raKeyPath", owner_only=True
    )
    mtls: ScepMtls = defaults(ScepMtls)
    intune: ScepIntune = defaults(ScepIntune)


class Scep(EnvSection):
    """SCEP (RFC 8894). certctl refuses to start a SCEP endpoint without a challenge password
    and an RA certificate and key."""

    enabled: bool = var("CERTCTL_SCEP_ENABLED", False)
    issuer_id: str = var("CERTCTL_SCEP_ISSUER_ID", default="", alias="issuerID")
    profile_id: str = var("CERTCTL_SCEP_PROFILE_ID", default="", alias="profileID")
    challenge_password: Credential = var("CERTCTL_SCEP_CHALLENGE_PASSWORD", "")
    ra_cert_path: FileRef = var("CERTCTL_SCEP_RA_CERT_PATH", default="", alias="raCertPath")
    ra_key_path: FileRef = var("CERTCTL_SCEP_RA_KEY_PATH", default="", alias="raKeyPath", owner_only=True)
    profiles: dict[ProfileName, ScepProfile] = var("CERTCTL_SCEP_PROFILES", {})

    @model_validator(mode="after")
    def _legacy_endpoint(self) -> Scep:
        if self.profiles:
            for field in ("issuer_id", "profile_id", "challenge_password", "ra_cert_path", "ra_key_path"):
                if getattr(self, field):
                    raise problem(
                        type(self).model_fields[field].alias or field,
                        "is ignored by certctl once profiles are set; move it into a profile",
                    )
        elif self.enabled:
            required(
                self,
                "challenge_password",
                "ra_cert_path",
                "ra_key_path",
                when="when enabled is true and no profiles are set",
            )
        return self


class AcmeServer(EnvSection):
    """certctl's own ACME server (RFC 8555, with ARI), for ACME clients such as cert-manager."""

    enabled: bool = var("CERTCTL_ACME_SERVER_ENABLED", False)
    default_auth_mode: str = var(
        "CERTCTL_ACME_SERVER_DEFAULT_AUTH_MODE", default="", description="acme_auth_mode of newly created profiles"
    )
    default_profile_id: str = var(
        "CERTCTL_ACME_SERVER_DEFAULT_PROFILE_ID",
        default="",
        alias="defaultProfileID",
        description="serves /acme/* as a shorthand for this profile",
    )
    nonce_ttl: Duration | None = var("CERTCTL_ACME_SERVER_NONCE_TTL", default=None, alias="nonceTTL")
    order_ttl: Duration | None = var("CERTCTL_ACME_SERVER_ORDER_TTL", default=None, alias="orderTTL")
    authz_ttl: Duration | None = var("CERTCTL_ACME_SERVER_AUTHZ_TTL", default=None, alias="authzTTL")
    http01_concurrency: int | None = var("CERTCTL_ACME_SERVER_HTTP01_CONCURRENCY", default=None, ge=1)
    dns01_resolver: str = var(
        "CERTCTL_ACME_SERVER_DNS01_RESOLVER", default="", description="host:port of the resolver DNS-01 validation uses"
    )
    dns01_concurrency: int | None = var("CERTCTL_ACME_SERVER_DNS01_CONCURRENCY", default=None, ge=1)
    tlsalpn01_concurrency: int | None = var(
        "CERTCTL_ACME_SERVER_TLSALPN01_CONCURRENCY", default=None, ge=1, alias="tlsalpn01Concurrency"
    )
    ari_enabled: bool | None = var("CERTCTL_ACME_SERVER_ARI_ENABLED", default=None, alias="ariEnabled")
    ari_poll_interval: Duration | None = var(
        "CERTCTL_ACME_SERVER_ARI_POLL_INTERVAL", default=None, alias="ariPollInterval"
    )
    orders_per_hour: int | None = var("CERTCTL_ACME_SERVER_RATE_LIMIT_ORDERS_PER_HOUR", default=None, ge=1)
    concurrent_orders: int | None = var("CERTCTL_ACME_SERVER_RATE_LIMIT_CONCURRENT_ORDERS", default=None, ge=1)
    key_changes_per_hour: int | None = var("CERTCTL_ACME_SERVER_RATE_LIMIT_KEY_CHANGE_PER_HOUR", default=None, ge=1)
    challenge_responds_per_hour: int | None = var(
        "CERTCTL_ACME_SERVER_RATE_LIMIT_CHALLENGE_RESPONDS_PER_HOUR", default=None, ge=1
    )
    gc_interval: Duration | None = var("CERTCTL_ACME_SERVER_GC_INTERVAL", default=None, alias="gcInterval")
    terms_of_service_url: str = var("CERTCTL_ACME_SERVER_TOS_URL", default="", alias="termsOfServiceURL")
    website: str = var("CERTCTL_ACME_SERVER_WEBSITE", "")
    caa_identities: list[str] = var("CERTCTL_ACME_SERVER_CAA_IDENTITIES", default=[], alias="caaIdentities")
    eab_required: bool | None = var("CERTCTL_ACME_SERVER_EAB_REQUIRED", default=None, alias="eabRequired")


class OcspResponder(EnvSection):
    """The dedicated OCSP responder certificate per issuer. `keyDir` unset: an emptyDir of the pod at
    /var/lib/certctl/ocsp (lost with the pod, so the responder re-bootstraps). Set, it must be writable:
    under a server.volumeMounts path, shared by every replica when there are several."""

    key_dir: str = var("CERTCTL_OCSP_RESPONDER_KEY_DIR", "")
    rotation_grace: Duration | None = var("CERTCTL_OCSP_RESPONDER_ROTATION_GRACE", None)
    validity: Duration | None = var("CERTCTL_OCSP_RESPONDER_VALIDITY", None)
