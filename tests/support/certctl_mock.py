"""Local HTTPS mock of the certctl agents API, for testing the pod scripts.

Serves ``POST /api/v1/agents`` and ``GET /api/v1/agents?page=&per_page=`` on
127.0.0.1 over TLS 1.3 only, with an ECDSA P-256 server certificate signed by
a throwaway CA (``ca.crt`` in the PKI directory, for ``curl --cacert``).
Every request is recorded so tests can assert headers and bodies.
"""

from __future__ import annotations

import datetime
import ipaddress
import json
import socket
import ssl
import threading
import uuid
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

AGENTS_PATH = "/api/v1/agents"


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


def make_pki(directory: Path) -> Pki:
    """Create ca.crt plus a localhost/127.0.0.1 server.crt/server.key signed by it."""
    directory.mkdir(parents=True, exist_ok=True)
    ca_cert, ca_key = write_ca(directory / "ca.crt")
    key = ec.generate_private_key(ec.SECP256R1())
    sans = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    cert = _build_cert("localhost", key.public_key(), ca_cert.subject, ca_key, ca=False, sans=sans)
    pki = Pki(directory / "ca.crt", directory / "server.crt", directory / "server.key")
    pki.server_cert.write_bytes(_pem(cert))
    pki.server_key.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
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

    def json(self):
        return json.loads(self.body)


class CertctlMock:
    """The certctl agents API, enough for register-agent.sh.

    api_keys: the bearer tokens accepted; anything else gets 401. None: auth type none.
    agents: pre-registered agent objects (dicts with at least ``id``/``name``).
    hidden_names: names that answer 409 but are not listed (a broken server).
    per_page_cap: the most agents one listing page returns, whatever was asked.
    fail_first: answer the first N requests with ``fail_status`` (e.g. 503).
    pretty: indent JSON answers instead of sending them compact.
    port: listen on this port (see reserve_port) instead of a random one.
    """

    def __init__(
        self,
        pki: Pki,
        *,
        api_keys=("test-api-key",),
        agents=(),
        hidden_names=(),
        per_page_cap=500,
        fail_first=0,
        fail_status=503,
        pretty=False,
        port=0,
    ):
        self.pki = pki
        self.api_keys = None if api_keys is None else set(api_keys)
        self.agents = [dict(agent) for agent in agents]
        self.hidden_names = set(hidden_names)
        self.per_page_cap = per_page_cap
        self.fail_remaining = fail_first
        self.fail_status = fail_status
        self.pretty = pretty
        self.port = port
        self.requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._server = None
        self._thread = None

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def start(self) -> CertctlMock:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.minimum_version = ssl.TLSVersion.TLSv1_3
        context.load_cert_chain(self.pki.server_cert, self.pki.server_key)
        self._server = _TlsServer(("127.0.0.1", self.port), _make_handler(self), context)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._thread.join(timeout=5)
            self._server = None

    def __enter__(self) -> CertctlMock:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def _answer(self, method, path, headers, body):
        """Return (status, JSON-able payload) for one request."""
        with self._lock:
            self.requests.append(RecordedRequest(method, path, headers, body))
            if self.fail_remaining > 0:
                self.fail_remaining -= 1
                return self.fail_status, {"error": f"injected failure {self.fail_status}"}
            url = urlsplit(path)
            if url.path != AGENTS_PATH:
                return 404, {"error": "not found"}
            auth = headers.get("Authorization", "")
            if self.api_keys is not None and not (
                auth.startswith("Bearer ") and auth[len("Bearer ") :] in self.api_keys
            ):
                return 401, {"error": "invalid API key"}
            if method == "POST":
                return self._register(body)
            return self._list(parse_qs(url.query))

    def _register(self, body):
        try:
            request = json.loads(body)
            name, hostname = request["name"], request["hostname"]
        except (ValueError, KeyError, TypeError):
            return 400, {"error": "invalid request body"}
        if name in self.hidden_names or any(agent["name"] == name for agent in self.agents):
            return 409, {"error": f"agent {name} already exists"}
        # A nested "id" ahead of the real one, as a trap for naive parsers.
        agent = {
            "issuer": {"id": "iss-nested-decoy", "name": "nested"},
            "name": name,
            "hostname": hostname,
            "status": "pending",
            "id": f"agent-{uuid.uuid4().hex}",
        }
        self.agents.append(agent)
        return 201, agent

    def _list(self, query):
        page = int(query.get("page", ["1"])[0])
        per_page = min(int(query.get("per_page", ["50"])[0]), self.per_page_cap)
        start = (page - 1) * per_page
        return 200, {
            "data": self.agents[start : start + per_page],
            "total": len(self.agents),
            "page": page,
            "per_page": per_page,
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
            status, payload = mock._answer(self.command, self.path, dict(self.headers), body)
            data = json.dumps(payload, indent=2 if mock.pretty else None).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = _serve

        def log_message(self, format, *args):
            pass

    return Handler
