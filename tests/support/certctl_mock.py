"""An HTTPS stand-in for the certctl v2.1.7 server, for running the pod scripts against.

It models what the scripts depend on, as certctl v2.1.7 does it (tag v2.1.7, commit 67dbd18;
sources in the comments below):

- authentication by named API keys (`CERTCTL_API_KEYS_NAMED`, internal/config/auth.go:459-588):
  an unknown bearer answers 401; at every start each env key gets `r-admin` (admin keys) or
  `r-viewer` (all others), one more row each time (cmd/server/auth_backfill.go:84-108,
  internal/repository/postgres/auth.go:401-405 with a plain UNIQUE over a NULL scope);
- the permission every route the scripts and the agent call needs, and the built-in roles'
  permissions (internal/api/router/router.go, migrations 000029-000046); a missing permission
  answers 403 `{"error":"Insufficient permissions"}` (internal/auth/require_permission.go:91-93);
- the agent bootstrap token on `POST /api/v1/agents`: the same `Authorization` header must be a key
  with `agent.edit` and equal the token (internal/api/handler/agent_bootstrap.go:66-104);
- the role and grant endpoints (internal/api/handler/auth.go), with certctl's quirks: a global
  grant given twice is stored twice, a permission added twice is stored once;
- agents: names unique among all rows, retired ones included (409); listing leaves retired agents
  out; a retired agent's heartbeat answers 410 (internal/api/handler/agents.go);
- issuers: GET returns the row, PUT replaces it whole (omitted fields become zero; `"********"`
  keeps the stored value) and needs the config encryption key; a replica rebuilds its issuer
  registry only at start and after an update it served itself (internal/service/issuer.go:705-749).

- agent calls as the handlers answer them: a CSR must start as a PEM certificate request (400),
  is parsed only for a known certificate (500 when it does not parse), and an unknown agent or
  job answers 500 (internal/api/handler/agents.go, internal/service/agent.go,
  internal/service/verification.go:46-50). The heartbeat's 404 for an unknown agent
  (agents.go:238-241) does not happen: the repository compares an error that scanAgent already
  wrapped with sql.ErrNoRows (internal/repository/postgres/agent.go:77-82, 484), so the real
  server answers 500, as the mock does.

One `Certctl` holds what certctl keeps in PostgreSQL and reads from its environment; each
`CertctlMock` is one replica serving it over TLS 1.3 on its own address.

Where the real server can give the answer, tests ask the real server (certctl v2.1.7 binaries).
This model stays for what the real server cannot be made to produce on demand, each a knob:
`fail_first`/`fail_status` (a server that answers 5xx, or 401/403 before the configure Job
ran, a given number of times and then recovers), `ready` (a replica whose /ready answers 503
while its database is away), `hidden_names` (a 409 on a name that no listing shows, the race
of a concurrent registration), `per_page_cap` (a server that caps paging below what the client
asks), `pretty` (the same JSON laid out over several lines), and the per-replica issuer
registry (what a replica serves after an update another replica handled, which certctl keeps
in memory and no API shows).
"""

from __future__ import annotations

import copy
import datetime
import hashlib
import ipaddress
import json
import re
import socket
import ssl
import threading
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

# --- roles and permissions (migrations 000029, 000030, 000037-000039, 000045) -----------------
READS = [
    "cert.read", "profile.read", "issuer.read", "target.read", "agent.read", "audit.read", "job.read",
    "approval.read", "policy.read", "team.read", "owner.read", "notification.read", "discovery.read",
    "network_scan.read", "healthcheck.read", "digest.read", "verification.read", "stats.read", "metrics.read",
]  # fmt: skip
AGENT = ["cert.read", "agent.heartbeat", "agent.job.poll", "agent.job.complete", "agent.job.report", "discovery.run"]
OPERATOR = READS + [
    "cert.issue", "cert.revoke", "cert.delete", "cert.edit", "profile.edit", "issuer.edit", "target.edit",
    "target.delete", "agent.edit", "auth.user.read", "job.cancel", "approval.approve", "approval.reject",
    "policy.edit", "policy.delete", "team.edit", "team.delete", "owner.edit", "owner.delete", "notification.edit",
    "discovery.run", "discovery.claim", "network_scan.edit", "healthcheck.edit", "healthcheck.delete",
    "digest.send", "verification.run",
]  # fmt: skip
ADMIN_ONLY = [
    "agent.retire", "issuer.delete", "auth.key.list", "auth.key.create", "auth.key.rotate", "auth.role.list",
    "auth.role.create", "auth.role.edit", "auth.role.delete", "auth.role.assign", "auth.role.revoke",
    "audit.export", "cert.bulk_revoke", "crl.admin", "scep.admin", "est.admin", "ca.hierarchy.manage",
]  # fmt: skip
CATALOGUE = sorted(set(OPERATOR + AGENT + ADMIN_ONLY))
BUILT_IN_ROLES = {
    "r-admin": ("admin", set(CATALOGUE)),
    "r-operator": ("operator", set(OPERATOR)),
    "r-viewer": ("viewer", set(READS)),
    "r-agent": ("agent", set(AGENT)),
    "r-auditor": ("auditor", {"audit.read", "audit.export", "auth.user.read"}),
}
DEMO_ACTOR = "actor-demo-anon"  # migration 000029 grants it r-admin

# --- the permission each route needs (internal/api/router/router.go at v2.1.7) -----------------
_ID = r"[^/]+"
ROUTES: list[tuple[str, re.Pattern[str], str]] = [
    (method, re.compile(f"^{path}$"), permission)
    for method, path, permission in [
        ("POST", "/api/v1/agents", "agent.edit"),  # :660
        ("GET", "/api/v1/agents", "agent.read"),  # :659
        ("GET", "/api/v1/agents/retired", "agent.read"),  # :661
        ("POST", f"/api/v1/agents/{_ID}/heartbeat", "agent.heartbeat"),  # :664
        ("POST", f"/api/v1/agents/{_ID}/csr", "agent.job.poll"),  # :665
        ("GET", f"/api/v1/agents/{_ID}/certificates/{_ID}", "cert.read"),  # :666
        ("GET", f"/api/v1/agents/{_ID}/work", "agent.job.poll"),  # :667
        ("POST", f"/api/v1/agents/{_ID}/jobs/{_ID}/status", "agent.job.complete"),  # :668
        ("DELETE", f"/api/v1/agents/{_ID}", "agent.retire"),  # :663
        ("POST", f"/api/v1/agents/{_ID}/discoveries", "discovery.run"),  # :804
        ("POST", f"/api/v1/jobs/{_ID}/verify", "verification.run"),  # :825
        ("GET", "/api/v1/metrics/prometheus", "metrics.read"),  # :801
        ("GET", "/api/v1/auth/keys", "auth.key.list"),  # :447 (the service also checks auth.role.list)
        ("POST", f"/api/v1/auth/keys/{_ID}/roles", "auth.role.assign"),  # :448
        ("DELETE", f"/api/v1/auth/keys/{_ID}/roles/{_ID}", "auth.role.revoke"),  # :449
        ("GET", "/api/v1/auth/roles", "auth.role.list"),  # :440
        ("POST", "/api/v1/auth/roles", "auth.role.create"),  # :441
        ("GET", f"/api/v1/auth/roles/{_ID}", "auth.role.list"),  # :442
        ("POST", f"/api/v1/auth/roles/{_ID}/permissions", "auth.role.edit"),  # :445
        ("POST", "/api/v1/auth/demo-residual/cleanup", "auth.role.assign"),
        ("GET", f"/api/v1/issuers/{_ID}", "issuer.read"),  # :635
        ("PUT", f"/api/v1/issuers/{_ID}", "issuer.edit"),  # :636
    ]
]
UNAUTHENTICATED = {"/health", "/ready", "/api/v1/auth/info", "/api/v1/version"}  # cmd/server/wire.go:516
REDACTED = "********"
_SECRET_FIELD = re.compile(r"password|secret|token|key|hmac|private|credentials", re.IGNORECASE)
_KEY_NAME = re.compile(r"^[A-Za-z0-9_-]+$")


class ConfigError(ValueError):
    """What certctl would print before exiting at start."""


def switch_on(env: dict[str, str], name: str) -> bool:
    """certctl's getEnvBool: exactly `true`, `1` or `yes`, case and all (internal/config/config.go:1300-1305)."""
    return env.get(name, "") in ("true", "1", "yes")


def permission_id(name: str) -> str:
    """The id certctl's migrations give a permission: `p-` and its name with dots and underscores as
    dashes (`cert.bulk_revoke` is `p-cert-bulk-revoke`, migrations/000029_rbac.up.sql)."""
    return "p-" + re.sub(r"[._]", "-", name)


def parse_named_keys(text: str) -> list[tuple[str, str, bool]]:
    """`CERTCTL_API_KEYS_NAMED` as certctl v2.1.7 reads it: `name:key[:admin]`, comma-separated; a
    name twice only with the same admin flag, never the same (name, key) twice."""
    keys: list[tuple[str, str, bool]] = []
    for entry in text.split(","):
        parts = entry.strip().split(":")
        if len(parts) not in (2, 3) or not parts[0] or not parts[1]:
            raise ConfigError(f"CERTCTL_API_KEYS_NAMED: malformed entry {entry!r}")
        if not _KEY_NAME.match(parts[0]):
            raise ConfigError(f"CERTCTL_API_KEYS_NAMED: bad key name {parts[0]!r}")
        if len(parts) == 3 and parts[2] != "admin":
            raise ConfigError(f"CERTCTL_API_KEYS_NAMED: third field must be 'admin', got {parts[2]!r}")
        name, key, admin = parts[0], parts[1], len(parts) == 3
        for other_name, other_key, other_admin in keys:
            if other_name == name and other_admin != admin:
                raise ConfigError(f"CERTCTL_API_KEYS_NAMED: {name} listed with and without admin")
            if (other_name, other_key) == (name, key):
                raise ConfigError(f"CERTCTL_API_KEYS_NAMED: {name} lists the same key twice")
        keys.append((name, key, admin))
    return keys


@dataclass
class Grant:
    actor: str
    role: str
    scope_id: str | None = None
    id: str = field(default_factory=lambda: f"ar-{uuid.uuid4().hex[:12]}")


class Certctl:
    """What the replicas share: certctl's configuration (from its environment) and its database.

    `env` holds the server's environment as a pod would see it; start a replica with `boot()`
    (the mock replicas do it themselves)."""

    def __init__(self, env: dict[str, str], *, agents: list[dict[str, Any]] = ()) -> None:
        self.env = dict(env)
        self.lock = threading.RLock()
        if env.get("CERTCTL_AUTH_TYPE", "api-key") != "api-key":
            raise ConfigError("this mock models api-key auth only")
        if not env.get("CERTCTL_AUTH_SECRET"):
            raise ConfigError("api-key auth requires CERTCTL_AUTH_SECRET")  # internal/config/config.go:861
        named = env.get("CERTCTL_API_KEYS_NAMED", "")
        if named:
            self.keys = parse_named_keys(named)
        else:  # cmd/server/auth_backfill.go:40-53
            self.keys = [(f"legacy-key-{i}", k, False) for i, k in enumerate(env["CERTCTL_AUTH_SECRET"].split(","))]
        self.bootstrap_token = env.get("CERTCTL_AGENT_BOOTSTRAP_TOKEN", "")
        if switch_on(env, "CERTCTL_AGENT_BOOTSTRAP_TOKEN_DENY_EMPTY") and not self.bootstrap_token:
            raise ConfigError("CERTCTL_AGENT_BOOTSTRAP_TOKEN_DENY_EMPTY with an empty token")  # config.go:873
        self.encryption_key = env.get("CERTCTL_CONFIG_ENCRYPTION_KEY", "")
        self.roles: dict[str, dict[str, Any]] = {
            role_id: {"id": role_id, "name": name, "permissions": set(permissions)}
            for role_id, (name, permissions) in BUILT_IN_ROLES.items()
        }
        self.grants: list[Grant] = [Grant(DEMO_ACTOR, "r-admin")]
        self.agents: list[dict[str, Any]] = [dict(agent) for agent in agents]
        self.issuers: dict[str, dict[str, Any]] = {}
        self.certificates: set[str] = set()  # ids of certificates the agents may submit CSRs for
        self.jobs: dict[str, str] = {}  # job id -> status
        self.boots = 0
        self.heartbeats: list[str] = []
        self.discoveries: list[str] = []

    def boot(self) -> None:
        """A server start: every env key gets its default role again, one more row each time."""
        with self.lock:
            self.boots += 1
            for name, _, admin in self.keys:
                self.grants.append(Grant(name, "r-admin" if admin else "r-viewer"))

    def seed_from_env(self) -> None:
        """SeedFromEnvVars on an empty issuers table (internal/service/issuer.go:317-420): the local
        CA and both ACME issuers, always; the ACME config carries only these keys, so the DNS-01
        variables certctl reads never reach an issuer."""
        env = self.env
        acme = {
            "directory_url": env.get("CERTCTL_ACME_DIRECTORY_URL", ""),
            "email": env.get("CERTCTL_ACME_EMAIL", ""),
            "challenge_type": env.get("CERTCTL_ACME_CHALLENGE_TYPE", ""),
            "profile": env.get("CERTCTL_ACME_PROFILE", ""),
            "insecure": switch_on(env, "CERTCTL_ACME_INSECURE"),
            "ari_enabled": switch_on(env, "CERTCTL_ACME_ARI_ENABLED"),
        }
        rows = {
            "iss-local": (
                "Local CA",
                "local",
                {
                    "ca_cert_path": env.get("CERTCTL_CA_CERT_PATH", ""),
                    "ca_key_path": env.get("CERTCTL_CA_KEY_PATH", ""),
                },
            ),
            "iss-acme-staging": ("ACME Staging", "acme", acme),
            "iss-acme-prod": ("ACME Production", "acme", dict(acme)),
        }
        if not self.issuers:
            self.issuers = {
                issuer_id: {
                    "id": issuer_id,
                    "name": name,
                    "type": kind,
                    "config": config,
                    "enabled": True,
                    "test_status": "untested",
                    "source": "env",
                }
                for issuer_id, (name, kind, config) in rows.items()
            }

    def add_role(self, name: str, permissions: list[str], grant_to: list[str] = ()) -> str:
        """What the configure Job does through the API: a custom role, granted to keys."""
        with self.lock:
            role_id = f"r-{uuid.uuid4()}"
            self.roles[role_id] = {"id": role_id, "name": name, "permissions": set(permissions)}
            self.grants += [Grant(actor, role_id) for actor in grant_to]
            return role_id

    def actor(self, authorization: str) -> str | None:
        """The key name behind an `Authorization: Bearer` header (by value, as certctl hashes it)."""
        if not authorization.startswith("Bearer "):
            return None
        presented = hashlib.sha256(authorization[len("Bearer ") :].encode()).digest()
        for name, key, _ in self.keys:
            if hashlib.sha256(key.encode()).digest() == presented:
                return name
        return None

    def permissions(self, actor: str) -> set[str]:
        with self.lock:
            found: set[str] = set()
            for grant in self.grants:
                if grant.actor == actor and grant.scope_id is None:
                    found |= self.roles[grant.role]["permissions"]
            return found

    def role_ids(self, actor: str) -> list[str]:
        return [grant.role for grant in self.grants if grant.actor == actor]


@dataclass(frozen=True)
class Pki:
    ca_cert: Path
    server_cert: Path
    server_key: Path


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def _build_cert(subject_cn, public_key, issuer_name, issuer_key, *, ca, sans=()):
    now = datetime.datetime.now(datetime.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject_cn)]))
        .issuer_name(issuer_name)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if ca:
        builder = builder.add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
    else:
        builder = builder.add_extension(x509.SubjectAlternativeName(list(sans)), critical=False)
        builder = builder.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


def write_ca(path: Path) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    """Write a fresh self-signed CA certificate to ``path``; return it and its key."""
    key = ec.generate_private_key(ec.SECP256R1())
    common_name = f"certctl-mock-ca-{uuid.uuid4().hex[:8]}"
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    cert = _build_cert(common_name, key.public_key(), name, key, ca=True)
    path.write_bytes(_pem(cert))
    return cert, key


def make_pki(directory: Path, hosts: tuple[str, ...] = ()) -> Pki:
    """Create ca.crt plus a server.crt/server.key for localhost, 127.0.0.1 and `hosts`."""
    directory.mkdir(parents=True, exist_ok=True)
    ca_cert, ca_key = write_ca(directory / "ca.crt")
    key = ec.generate_private_key(ec.SECP256R1())
    sans = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    sans += [x509.DNSName(host) for host in hosts]
    cert = _build_cert("localhost", key.public_key(), ca_cert.subject, ca_key, ca=False, sans=sans)
    pki = Pki(directory / "ca.crt", directory / "server.crt", directory / "server.key")
    pki.server_cert.write_bytes(_pem(cert))
    pki.server_key.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return pki


def reserve_port() -> int:
    """A port that was free a moment ago, for starting the mock after its client."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    actor: str | None

    def json(self):
        return json.loads(self.body)


def _error(status: int, error: str, message: str = "") -> tuple[int, dict[str, Any]]:
    return status, {"error": error, **({"message": message} if message else {})}


class CertctlMock:
    """One certctl replica: serves `certctl` over TLS 1.3 on `host`:`port`.

    Test knobs: `fail_first` answers the first N requests with `fail_status`; `hidden_names`
    answer 409 but are never listed (a broken server); `per_page_cap` caps a listing page;
    `pretty` indents the JSON answers."""

    def __init__(
        self,
        pki: Pki,
        certctl: Certctl,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        fail_first: int = 0,
        fail_status: int = 503,
        hidden_names=(),
        per_page_cap: int = 500,
        pretty: bool = False,
    ) -> None:
        self.pki, self.certctl, self.host, self.port = pki, certctl, host, port
        self.fail_remaining, self.fail_status = fail_first, fail_status
        self.hidden_names, self.per_page_cap, self.pretty = set(hidden_names), per_page_cap, pretty
        self.requests: list[RecordedRequest] = []
        self.registry: dict[str, dict[str, Any]] = {}  # this replica's issuer connectors
        self.ready = True
        self._server: _TlsServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"https://{self.host}:{self.port}"

    @property
    def agents(self) -> list[dict[str, Any]]:
        return self.certctl.agents

    def start(self) -> CertctlMock:
        self.certctl.boot()
        self.certctl.seed_from_env()
        self.registry = copy.deepcopy(self.certctl.issuers)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.minimum_version = ssl.TLSVersion.TLSv1_3
        context.load_cert_chain(self.pki.server_cert, self.pki.server_key)
        self._server = _TlsServer((self.host, self.port), _make_handler(self), context)
        self.port = self._server.server_address[1]
        # serve_forever looks for shutdown() between polls: a short poll ends a test sooner.
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.01,), daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            assert self._thread is not None
            self._thread.join(timeout=5)
            self._server = None

    def __enter__(self) -> CertctlMock:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

    # --- request handling -----------------------------------------------------------------------
    def answer(self, method: str, target: str, headers: dict[str, str], body: bytes) -> tuple[int, Any]:
        url = urlsplit(target)
        certctl = self.certctl
        with certctl.lock:
            actor = certctl.actor(headers.get("Authorization", ""))
            self.requests.append(RecordedRequest(method, target, headers, body, actor))
            if self.fail_remaining > 0:
                self.fail_remaining -= 1
                return _error(self.fail_status, f"injected failure {self.fail_status}")
            if url.path in UNAUTHENTICATED:
                if url.path == "/ready" and not self.ready:
                    return 503, {"status": "db_unavailable", "error": "connection refused"}
                return 200, {"status": "ready" if url.path == "/ready" else "healthy"}
            route = next(((m, p, perm) for m, p, perm in ROUTES if m == method and p.match(url.path)), None)
            if route is None:
                return _error(404, "Not Found")
            if actor is None:  # internal/auth/middleware.go:82-87
                return _error(401, "Invalid API key")
            if route[2] not in certctl.permissions(actor):
                return _error(403, "Insufficient permissions")
            return self._route(method, url.path.split("/")[3:], parse_qs(url.query), headers, body, actor)

    def _route(self, method, parts, query, headers, body, actor) -> tuple[int, Any]:
        try:
            data = json.loads(body) if body else {}
        except ValueError:
            return _error(400, "Bad Request", "invalid JSON")
        head = parts[0]
        if head == "agents":
            return self._agents(method, parts[1:], query, headers, data)
        if head == "jobs":  # internal/api/handler/verification.go:36-106
            if not all(data.get(k) for k in ("target_id", "expected_fingerprint", "actual_fingerprint")):
                return _error(400, "Bad Request", "target_id and fingerprints are required")
            if parts[1] not in self.certctl.jobs:  # internal/service/verification.go:46-50
                return _error(500, "Internal Server Error", "Failed to record verification result")
            return 200, {"job_id": parts[1], "verified": bool(data.get("verified"))}
        if head == "metrics":
            return 200, "certctl_agent_total 0\n"
        if head == "auth":
            return self._auth(method, parts[1:], data, actor)
        if head == "issuers":
            return self._issuers(method, parts[1], data)
        return _error(404, "Not Found")

    def _agents(self, method, parts, query, headers, data) -> tuple[int, Any]:
        certctl = self.certctl
        if not parts and method == "POST":
            token = certctl.bootstrap_token  # internal/api/handler/agent_bootstrap.go:66-104
            if token and headers.get("Authorization", "") != f"Bearer {token}":
                return _error(401, "Unauthorized", "invalid_or_missing_bootstrap_token")
            if not isinstance(data, dict) or not data.get("name") or not data.get("hostname"):
                return _error(400, "Bad Request", "name and hostname are required")
            if data["name"] in self.hidden_names or any(a["name"] == data["name"] for a in certctl.agents):
                return _error(409, "Conflict", "Agent with this name already exists")
            # A nested "id" ahead of the real one, as a trap for naive parsers.
            agent = {
                "issuer": {"id": "iss-nested-decoy"},
                "name": data["name"],
                "hostname": data["hostname"],
                "status": "online",
                "id": f"agent-{uuid.uuid4().hex}",
            }
            certctl.agents.append(agent)
            return 201, agent
        if not parts or parts[0] == "retired":
            retired = bool(parts)
            listed = [a for a in certctl.agents if bool(a.get("retired_at")) == retired]
            page = int(query.get("page", ["1"])[0])
            per_page = min(int(query.get("per_page", ["50"])[0]), self.per_page_cap)
            start = (page - 1) * per_page
            return 200, {
                "data": listed[start : start + per_page],
                "total": len(listed),
                "page": page,
                "per_page": per_page,
            }
        agent = next((a for a in certctl.agents if a["id"] == parts[0]), None)
        action = parts[1] if len(parts) > 1 else ""
        if action == "jobs":  # :403-424; the service looks the job up, not the agent (agent.go:314-319)
            if not data.get("status"):
                return _error(400, "Bad Request", "Status is required")
            if parts[2] not in certctl.jobs:
                return _error(500, "Internal Server Error", "Failed to update job status")
            certctl.jobs[parts[2]] = data["status"]
            return 200, {"status": "updated"}
        if action == "csr":
            return self._csr(agent, data)
        if agent is None:
            return _error(500, "Internal Server Error")
        if method == "DELETE":
            agent["retired_at"] = "2026-01-01T00:00:00Z"
            return 200, {"retired_at": agent["retired_at"], "already_retired": False}
        if action == "heartbeat":  # internal/api/handler/agents.go:206-253
            if agent.get("retired_at"):
                return _error(410, "Gone", "agent is retired")
            certctl.heartbeats.append(agent["id"])
            return 200, {"status": "heartbeat_recorded"}
        if action == "work":  # :366-381
            return 200, {"jobs": [], "count": 0}
        if action == "discoveries":  # internal/api/handler/discovery.go:66-72
            if not data.get("certificates") and not data.get("errors"):
                return _error(500, "Internal Server Error", "empty discovery report")
            certctl.discoveries.append(agent["id"])
            return 202, {"agent_id": agent["id"]}
        return 200, {"id": agent["id"], "name": agent["name"]}

    def _csr(self, agent, data) -> tuple[int, Any]:
        """POST /api/v1/agents/{id}/csr (internal/api/handler/agents.go:276-311): the handler checks
        the PEM header only (validation.go:59-67); the service looks the agent up, and parses the
        CSR only when it names a certificate (internal/service/agent.go:139-198). A failure in the
        service is a 500."""
        csr = str(data.get("csr_pem") or "")
        if not csr:
            return _error(400, "Bad Request", "csr_pem is required")
        if not csr.strip().startswith("-----BEGIN CERTIFICATE REQUEST-----"):
            return _error(400, "Bad Request", "csr_pem must be a valid PEM-encoded certificate request")
        certificate = data.get("certificate_id") or ""
        if agent is None or (certificate and certificate not in self.certctl.certificates):
            return _error(500, "Internal Server Error", "Failed to submit CSR")
        if not certificate:
            return 202, {"status": "csr_accepted"}
        try:
            x509.load_pem_x509_csr(csr.encode())
        except ValueError:
            return _error(500, "Internal Server Error", "Failed to submit CSR")
        return 202, {"status": "csr_signed"}

    def _auth(self, method, parts, data, actor) -> tuple[int, Any]:
        certctl = self.certctl
        if parts == ["demo-residual", "cleanup"]:
            removed = [g for g in certctl.grants if g.actor == DEMO_ACTOR]
            certctl.grants = [g for g in certctl.grants if g.actor != DEMO_ACTOR]
            return 200, {"removed": len(removed)}
        if parts[0] == "keys":
            if len(parts) == 1:
                if "auth.role.list" not in certctl.permissions(actor):
                    return _error(403, "Insufficient permissions")
                actors = list(dict.fromkeys(g.actor for g in certctl.grants))
                return 200, {
                    "keys": [
                        {
                            "actor_id": a,
                            "actor_type": "Anonymous" if a == DEMO_ACTOR else "APIKey",
                            "tenant_id": "t-default",
                            "role_ids": certctl.role_ids(a),
                        }
                        for a in actors
                    ]
                }
            name = parts[1]
            if method == "POST":
                role = data.get("role_id", "")
                if not role:
                    return _error(400, "Bad Request", "role_id is required")
                if role not in certctl.roles:
                    return _error(500, "Internal error")  # a foreign-key violation, unmapped
                certctl.grants.append(Grant(name, role))  # a global grant twice is stored twice
                return 204, None
            role = parts[3]
            certctl.grants = [g for g in certctl.grants if not (g.actor == name and g.role == role)]
            return 204, None
        if parts == ["roles"]:
            if method == "GET":
                roles = sorted(certctl.roles.values(), key=lambda r: r["name"])
                return 200, {"roles": [{"id": r["id"], "name": r["name"]} for r in roles]}
            if not data.get("name"):
                return _error(400, "Bad Request", "name is required")
            if any(r["name"] == data["name"] for r in certctl.roles.values()):
                return _error(409, "Conflict", "auth: duplicate name")
            role_id = f"r-{uuid.uuid4()}"
            certctl.roles[role_id] = {"id": role_id, "name": data["name"], "permissions": set()}
            return 201, {"id": role_id, "name": data["name"], "description": data.get("description", "")}
        role = certctl.roles.get(parts[1])
        if role is None:
            return _error(404, "Not Found")
        if method == "GET":
            return 200, {
                "role": {"id": role["id"], "name": role["name"]},
                "permissions": [
                    {"role_id": role["id"], "permission_id": permission_id(p)} for p in sorted(role["permissions"])
                ],
            }
        permission = data.get("permission", "")
        if permission not in CATALOGUE:
            return _error(400, "Bad Request", "invalid permission")
        role["permissions"].add(permission)  # ON CONFLICT DO NOTHING
        return 204, None

    def _issuers(self, method, issuer_id, data) -> tuple[int, Any]:
        certctl = self.certctl
        stored = certctl.issuers.get(issuer_id)
        if stored is None:
            return _error(404, "Not Found", "Issuer not found")
        if method == "GET":
            return 200, copy.deepcopy(stored)
        config = data.get("config")
        if not config or not certctl.encryption_key:  # a nil config fails in lib/pq; so does no key
            return _error(500, "Internal Server Error", "Failed to update issuer")
        merged = {k: stored["config"].get(k) if v == REDACTED else v for k, v in (config or {}).items()}
        certctl.issuers[issuer_id] = {  # a whole-row replace: what the body leaves out becomes zero
            "id": issuer_id,
            "name": data.get("name", ""),
            "type": data.get("type", ""),
            "config": merged,
            "enabled": bool(data.get("enabled", False)),
            "test_status": data.get("test_status", ""),
            "source": stored["source"],
        }
        self.registry = copy.deepcopy(certctl.issuers)  # only the replica that served it rebuilds
        return 200, {
            **certctl.issuers[issuer_id],
            "config": {k: REDACTED if _SECRET_FIELD.search(k) else v for k, v in merged.items()},
        }


class _TlsServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address, handler, context):
        self.context = context
        super().__init__(address, handler)

    def finish_request(self, request, client_address):
        # Handshake here, in the connection's thread, so a stalled or failing
        # client cannot block the accept loop.
        with self.context.wrap_socket(request, server_side=True) as tls:
            super().finish_request(tls, client_address)

    def handle_error(self, request, client_address):
        """Failed handshakes (e.g. a client distrusting our CA) are expected in tests."""


def _make_handler(mock: CertctlMock):
    class Handler(BaseHTTPRequestHandler):
        def _serve(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length)
            status, payload = mock.answer(self.command, self.path, dict(self.headers), body)
            if payload is None:
                data = b""
            elif isinstance(payload, str):
                data = payload.encode()
            else:
                data = json.dumps(payload, indent=2 if mock.pretty else None).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_PUT = do_DELETE = _serve

        def log_message(self, format, *args):
            pass

    return Handler


class Replicas:
    """The server Deployment's pods: one replica per loopback address (127.0.0.1, .2, ...) on one
    port, all serving the same certctl, as pods behind a Service share one database."""

    def __init__(self, pki: Pki, certctl: Certctl, count: int = 1) -> None:
        port = reserve_port()
        self.mocks = [CertctlMock(pki, certctl, host=f"127.0.0.{i + 1}", port=port) for i in range(count)]

    def __enter__(self) -> Replicas:
        for mock in self.mocks:
            mock.start()
        return self

    def __exit__(self, *exc_info) -> None:
        for mock in self.mocks:
            mock.stop()

    @property
    def url(self) -> str:
        """The Service, as clients here reach it: a name the server certificate covers."""
        return f"https://localhost:{self.mocks[0].port}"

    @property
    def addresses(self) -> list[str]:
        return [mock.host for mock in self.mocks]


def pki_of(tls: dict[str, str], folder: Path) -> Pki:
    """A Pki from a server TLS Secret's data (tls.crt, tls.key, ca.crt), so the mock serves the
    certificate a deployment's pods trust."""
    folder.mkdir(parents=True, exist_ok=True)
    pki = Pki(folder / "ca.crt", folder / "server.crt", folder / "server.key")
    pki.ca_cert.write_text(tls["ca.crt"])
    pki.server_cert.write_text(tls["tls.crt"])
    pki.server_key.write_text(tls["tls.key"])
    return pki
