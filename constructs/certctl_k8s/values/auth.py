"""`server.auth.*`: how certctl v2.1 authenticates. Every caller presents a named API key
(`CERTCTL_API_KEYS_NAMED`), and what a key may do is the roles granted to its name:

- `admin`: the operators' key (role `r-admin`); only the server and the configure Job see it;
- `agent`: the agents' runtime key (`r-viewer`, plus `r-agent` and `verification.run`, which the
  configure Job grants);
- `registrar`: the key the agents' init container registers with (`r-viewer` plus `agent.edit`);
  its value is also the agent bootstrap token, which certctl compares with the same header;
- `metrics`: what Prometheus presents (`r-viewer` includes `metrics.read`);
- any `extraKeys` the operator adds.

Each key is a Secret key: by default the `<fullname>-<name>-key` Secrets that `main.py secrets`
generates. A name may appear twice during a rotation (`previous`), as certctl allows."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, field_validator, model_validator

from .base import Section, defaults, problem
from .common import FromSecret, SecretKeyRef
from .settings import EnvSection, var
from .types import Duration

# The roles of the keys this tool provisions, in the order they appear in CERTCTL_API_KEYS_NAMED.
KEY_NAMES = ("admin", "agent", "registrar", "metrics")
KeyName = Literal["admin", "agent", "registrar", "metrics"]
LEGACY_KEY_PREFIX = "legacy-key-"  # the names certctl gives the keys of CERTCTL_AUTH_SECRET
_KEY_NAME = re.compile(r"^[A-Za-z0-9_-]+$")  # certctl's rule for a key name (internal/config/auth.go)
_KEY_VALUE = re.compile(r"^[^\s,:]+$")  # certctl splits entries on ',' and fields on ':'

REFUSED_TYPES = {
    "none": (
        "certctl v2.1 serves `none` as an anonymous admin and, on any address but loopback, starts only "
        "with CERTCTL_DEMO_MODE_ACK and an acknowledgement timestamp less than 24 hours old "
        "(internal/config/config.go), which cannot live in git; keep api-key and put an authenticating "
        "gateway in front for single sign-on (see docs/authentication.md)"
    ),
    "oidc": (
        "certctl v2.1.7 exits at start with it ('the OIDC auth chain is not yet wired in this build', "
        "cmd/server/main.go); keep api-key: OIDC providers are configured in certctl's database through "
        "its API (see docs/authentication.md)"
    ),
    "jwt": (
        "certctl has no JWT authentication; keep api-key and put an authenticating gateway "
        "(oauth2-proxy, Envoy ext_authz, Traefik ForwardAuth or Pomerium) in front (see docs/authentication.md)"
    ),
}


class ExtraKey(Section):
    """A named key the operator adds (a CI job, a second team, a CLI): it gets `r-viewer` at every
    start, or `r-admin` with `admin: true`; grant it more through certctl's API."""

    name: str = Field(pattern=_KEY_NAME.pattern)
    secret_key_ref: SecretKeyRef
    admin: bool = False


class Previous(Section):
    """The old value of a key during a rotation: certctl accepts both while this is set."""

    admin: FromSecret | None = None
    agent: FromSecret | None = None
    metrics: FromSecret | None = None


class Keys(Section):
    """Where each named key comes from; unset means the Secret `main.py secrets` generates."""

    admin: FromSecret | None = None
    agent: FromSecret | None = None
    registrar: FromSecret | None = None
    metrics: FromSecret | None = None
    previous: Previous = defaults(Previous)
    extra: list[ExtraKey] = []

    @model_validator(mode="after")
    def _unique_names(self) -> Keys:
        seen: set[str] = set()
        for index, key in enumerate(self.extra):
            if key.name in KEY_NAMES or key.name.startswith(LEGACY_KEY_PREFIX):
                raise problem(
                    f"extra.{index}.name",
                    f"{key.name!r} is reserved (admin, agent, registrar, metrics "
                    f"and {LEGACY_KEY_PREFIX}N are provisioned here)",
                )
            if key.name in seen:
                raise problem(f"extra.{index}.name", f"{key.name!r} is listed twice")
            seen.add(key.name)
        return self


class Sessions(EnvSection):
    """Browser sessions (OIDC and break-glass sign-ins), kept in PostgreSQL."""

    idle_timeout: Duration | None = var("CERTCTL_SESSION_IDLE_TIMEOUT", None)
    absolute_timeout: Duration | None = var("CERTCTL_SESSION_ABSOLUTE_TIMEOUT", None)
    signing_key_retention: Duration | None = var("CERTCTL_SESSION_SIGNING_KEY_RETENTION", None)
    gc_interval: Duration | None = var("CERTCTL_SESSION_GC_INTERVAL", None, alias="gcInterval")
    same_site: Literal["Lax", "Strict"] | None = var("CERTCTL_SESSION_SAMESITE", None)
    bind_ip: bool | None = var("CERTCTL_SESSION_BIND_IP", None, alias="bindIP")
    bind_user_agent: bool | None = var("CERTCTL_SESSION_BIND_USER_AGENT", None)


class Oidc(EnvSection):
    """Sign-in through an OIDC provider configured in certctl's database (alongside api-key)."""

    back_channel_logout_max_age_seconds: int | None = var("CERTCTL_OIDC_BCL_MAX_AGE_SECONDS", None, ge=1)
    pre_login_require_ip: bool | None = var("CERTCTL_OIDC_PRELOGIN_REQUIRE_IP", None, alias="preLoginRequireIP")
    pre_login_require_user_agent: bool | None = var("CERTCTL_OIDC_PRELOGIN_REQUIRE_UA", None)
    bootstrap_admin_groups: list[str] = var(
        "CERTCTL_BOOTSTRAP_ADMIN_GROUPS",
        [],
        description="the first OIDC user in one of these groups becomes admin, while no other admin exists",
    )
    bootstrap_provider_id: str = var("CERTCTL_BOOTSTRAP_OIDC_PROVIDER_ID", "", alias="bootstrapProviderID")


class BreakGlass(EnvSection):
    """Password sign-in for chosen actors when the identity provider is down."""

    enabled: bool = var("CERTCTL_BREAKGLASS_ENABLED", False)
    lockout_threshold: int | None = var("CERTCTL_BREAKGLASS_LOCKOUT_THRESHOLD", None, ge=1)
    lockout_duration: Duration | None = var("CERTCTL_BREAKGLASS_LOCKOUT_DURATION", None)
    lockout_reset_interval: Duration | None = var("CERTCTL_BREAKGLASS_LOCKOUT_RESET_INTERVAL", None)


class Demo(EnvSection):
    """The grant certctl's migrations give the anonymous demo actor; the configure Job removes it."""

    residual_strict: bool | None = var(
        "CERTCTL_DEMO_MODE_RESIDUAL_STRICT",
        None,
        description="refuse to start while the demo actor still holds a role (set it once the configure Job ran)",
    )


class Auth(Section):
    type: Literal["api-key"] = "api-key"
    api_key: str = Field(
        default="",
        description="Helm: keys written inline; each becomes a read-only named key "
        "legacy-key-N, the name certctl v2.1 gives it",
    )
    existing_secret: str = Field(default="", description="a v2.0-era Secret: its agent-api-key becomes the agent key")
    auth_secret: FromSecret | None = Field(
        default=None, description="CERTCTL_AUTH_SECRET, which certctl requires although named keys replace it"
    )
    keys: Keys = defaults(Keys)
    sessions: Sessions = defaults(Sessions)
    oidc: Oidc = defaults(Oidc)
    break_glass: BreakGlass = defaults(BreakGlass)
    demo: Demo = defaults(Demo)

    @field_validator("type", mode="before")
    @classmethod
    def _type(cls, value: object) -> object:
        if isinstance(value, str) and value in REFUSED_TYPES:
            raise ValueError(f"{value!r} is refused: {REFUSED_TYPES[value]}")
        if value != "api-key":
            raise ValueError(f"{value!r} is not an auth type certctl v2.1 can run here; use api-key")
        return value

    @field_validator("api_key")
    @classmethod
    def _keys(cls, value: str) -> str:
        if value and not all(key for key in value.split(",")):
            raise ValueError("is a comma-separated list of keys and must not contain an empty key")
        if value and not all(_KEY_VALUE.match(key) for key in value.split(",")):
            raise ValueError("keys must not contain whitespace or ':' (certctl reads name:key entries)")
        return value

    @model_validator(mode="after")
    def _one_agent_key(self) -> Auth:
        if self.existing_secret and self.keys.agent:
            raise problem("existingSecret", "names the agents' key, and so does server.auth.keys.agent; keep one")
        if self.api_key and self.existing_secret:
            raise problem("apiKey", "set either server.auth.apiKey or server.auth.existingSecret, not both")
        return self

    @property
    def legacy_keys(self) -> list[str]:
        """The Helm chart's inline keys, in order: certctl names them legacy-key-0, 1, ..."""
        return self.api_key.split(",") if self.api_key else []
