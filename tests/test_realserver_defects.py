"""The review's defects, checked against certctl v2.1.7's own binaries: the synthesized pods'
containers run in the pod harness (tests/support/harness.py) with the real server and agent in
place of the stand-ins, on a throwaway PostgreSQL.

The binaries and the migrations folder of their source come from the shared `certctl_binaries`
fixture (tests/support/certctl_build.py): built from the pinned commit, or named by
CERTCTL_SERVER_BIN, CERTCTL_AGENT_BIN and CERTCTL_MIGRATIONS_DIR."""

from __future__ import annotations

import json
import os
import ssl
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import busybox, postgres
from tests.support.certctl_build import Binaries
from tests.support.certctl_mock import Certctl, ConfigError, Replicas, pki_of, reserve_port
from tests.support.deployment import Deployment
from tests.support.harness import Pod, needs_root
from tests.test_pods import deployment_of, pod_of

pytestmark = [pytest.mark.realserver, needs_root, busybox.needs_busybox]
PASSWORD = "realserver-database-password"


@pytest.fixture(scope="module")
def binaries(certctl_binaries: Binaries) -> Binaries:
    """certctl's own binaries and migrations (the shared fixture: tests/conftest.py)."""
    return certctl_binaries


@pytest.fixture(scope="module")
def database_server() -> Iterator[postgres.Server]:
    reason = postgres.unavailable()
    if reason:
        pytest.fail(reason, pytrace=False)
    server = postgres.Server().start()
    server.psql(f"CREATE ROLE certctl LOGIN PASSWORD '{PASSWORD}'")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def database(database_server, request) -> str:
    """A fresh database of its own for each test; its URL."""
    name = "t_" + request.node.name.lower().translate({ord(c): "_" for c in "[]-."})[:50]
    database_server.psql(f"CREATE DATABASE {name} OWNER certctl")
    return f"postgres://certctl@{postgres.HOST}:{database_server.port}/{name}?sslmode=disable"


@pytest.fixture
def default() -> Deployment:
    """The default environment with its Secrets, generated once: every pod of a test shares them."""
    return deployment_of("default")


def real_pod(pods: list[Pod], binaries: Binaries, deployment: Deployment, component: str) -> Pod:
    """A pod of `deployment` whose images hold certctl's real binaries."""
    pod = pod_of(pods, deployment, component)
    pod.binaries["/app/server"] = str(binaries.server)
    pod.binaries["/app/agent"] = str(binaries.agent)
    return pod


class RunningServer:
    def __init__(self, pod: Pod, process: subprocess.Popen[str], port: int) -> None:
        self.pod, self.process, self.port = pod, process, port
        self.url = f"https://localhost:{port}"  # a name the server certificate covers
        self.context = ssl.create_default_context(cadata=pod.deployment.secret_data("certctl-tls")["ca.crt"])

    def call(self, method: str, path: str, key: str | None = None, body: dict | None = None) -> tuple[int, bytes]:
        context = self.context
        headers = {"Content-Type": "application/json", **({"Authorization": f"Bearer {key}"} if key else {})}
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.url + path, method=method, data=data, headers=headers)
        try:
            with urllib.request.urlopen(request, context=context, timeout=10) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()


def start_server(pod: Pod, binaries: Binaries, database: str) -> Iterator[RunningServer]:
    port = reserve_port()
    process = pod.start(
        "server",
        CERTCTL_DATABASE_URL=database,
        PGPASSWORD=PASSWORD,
        CERTCTL_DATABASE_MIGRATIONS_PATH=str(binaries.migrations),
        CERTCTL_SERVER_PORT=str(port),
    )
    server = RunningServer(pod, process, port)
    deadline = time.monotonic() + 60
    while True:
        assert process.poll() is None, f"certctl exited: {process.communicate()}"
        try:
            if server.call("GET", "/ready")[0] == 200:
                break
        except (urllib.error.URLError, ConnectionError, ssl.SSLError):
            pass
        assert time.monotonic() < deadline, "certctl was not ready within 60 s"
        time.sleep(0.2)
    try:
        yield server
    finally:
        if process.poll() is None:
            process.terminate()
            process.communicate(timeout=60)


@pytest.fixture
def default_server(pods, binaries, database, default) -> Iterator[RunningServer]:
    yield from start_server(real_pod(pods, binaries, default, "server"), binaries, database)


def test_the_migration_job_migrates_without_any_api_key(pods, binaries, database, database_server):
    """The Job's container as synthesized, minus the four API keys and the bootstrap token,
    passes certctl's configuration check and migrates a fresh database (defect 4)."""
    job = real_pod(pods, binaries, deployment_of("external-db"), "migration")
    env = job.deployment.env("migration", "migrate")
    assert not [name for name in env if name.startswith("API_KEY_")]
    assert "CERTCTL_AGENT_BOOTSTRAP_TOKEN" not in env and "CERTCTL_API_KEYS_NAMED" not in env
    result = job.run(
        "migrate",
        timeout=120,
        CERTCTL_DATABASE_URL=database,
        PGPASSWORD=PASSWORD,
        CERTCTL_DATABASE_MIGRATIONS_PATH=str(binaries.migrations),
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr
    assert "--migrate-only: migrations + seed complete" in result.stdout
    name = database.rsplit("/", 1)[1].split("?")[0]
    applied = database_server.psql("SELECT count(*) FROM schema_migrations", name, "certctl", PASSWORD)
    assert int(applied) == len(list(Path(binaries.migrations).glob("*.up.sql")))


def test_the_ocsp_responder_key_folder_is_the_writable_one(default_server):
    """Unset, CERTCTL_OCSP_RESPONDER_KEY_DIR is the image's read-only /app; the chart points it at
    an emptyDir the server's user may write (defect 5), and certctl wires it into the local issuer.

    What the real server showed besides: certctl v2.1.7 cannot make a responder key at all. Its
    FileDriver refuses to generate without a DirHardener (internal/crypto/signer/file_driver.go:
    219-221), which cmd/server/main.go:750 never sets, so every OCSP request to the local issuer
    fails (500) and no key is written. Pinned here, so a fixed certctl shows up."""
    folder = default_server.pod.path("server", "/var/lib/certctl/ocsp")
    status, _ = default_server.call("GET", "/.well-known/pki/ocsp/iss-local/0123456789abcdef")
    default_server.process.terminate()
    out, _ = default_server.process.communicate(timeout=60)
    [wired] = [json.loads(line) for line in out.splitlines() if "dedicated OCSP responder deps" in line]
    assert wired["key_dir"] == str(folder)
    assert os.stat(folder).st_mode & 0o777 == 0o777  # an emptyDir: the server's user writes there
    assert (status, list(folder.iterdir())) == (500, [])


@pytest.mark.parametrize("value", ["true", "1", "yes", "TRUE", "on"])
def test_the_mock_reads_deny_empty_as_the_real_server(pods, binaries, value):
    """certctl refuses DENY_EMPTY with no token exactly when the mock does (item 3)."""
    pod = real_pod(pods, binaries, deployment_of("default"), "server")
    nowhere = f"postgres://certctl@{postgres.HOST}:{reserve_port()}/certctl?sslmode=disable"
    overrides = {"CERTCTL_AGENT_BOOTSTRAP_TOKEN_DENY_EMPTY": value, "CERTCTL_AGENT_BOOTSTRAP_TOKEN": ""}
    result = pod.run("server", CERTCTL_DATABASE_URL=nowhere, **overrides)
    env = {**pod.deployment.env("server", "server"), **overrides}
    try:
        Certctl(env)
        mock_refuses = False
    except ConfigError:
        mock_refuses = True
    real_refuses = "CERTCTL_AGENT_BOOTSTRAP_TOKEN_DENY_EMPTY" in result.stderr
    assert result.returncode == 1  # refused, or (when accepted) no database to reach
    assert real_refuses == mock_refuses, result.stderr + result.stdout[-1000:]


def configure(server: RunningServer, binaries: Binaries, pods: list[Pod]) -> None:
    job = real_pod(pods, binaries, server.pod.deployment, "configure")
    result = job.run(
        "configure",
        timeout=120,
        CERTCTL_SERVER_URL=server.url,
        CONFIGURE_REPLICAS_HOST="",
        CONFIGURE_RETRY_SECONDS="0.2",
    )
    assert result.returncode == 0, result.stderr


def test_an_agent_the_server_no_longer_knows_registers_again(default_server, binaries, pods):
    """After a restore the server answers the agent's heartbeat 404, which certctl's agent only
    logs; the agent container's wrapper registers it again and restarts it (defect 3)."""
    configure(default_server, binaries, pods)
    pod = real_pod(pods, binaries, default_server.pod.deployment, "agent")
    id_file = pod.path("agent", "/var/run/certctl-agent/agent-id")
    id_file.write_text("agent-lost-in-the-restore\n")
    id_file.chmod(0o666)
    result = pod.run("agent", timeout=60, CERTCTL_SERVER_URL=default_server.url)
    assert result.returncode == 0, result.stderr
    # certctl v2.1.7 answers an unknown agent's heartbeat with 500, not 404 (its repository
    # compares a wrapped error with sql.ErrNoRows, internal/repository/postgres/agent.go:77-82).
    assert '"msg":"heartbeat rejected","status":500' in result.stdout
    assert "no longer lists agent agent-lost-in-the-restore" in result.stderr
    new_id = id_file.read_text().strip()
    assert new_id.startswith("agent-") and new_id != "agent-lost-in-the-restore"
    admin = pod.deployment.secret_data("certctl-admin-key")["api-key"]
    status, body = default_server.call("GET", "/api/v1/agents", admin)
    assert status == 200
    assert [a["id"] for a in json.loads(body)["data"] if a["name"] == "certctl-node-a"] == [new_id]

    # Started again by the kubelet, the agent runs under its new id: heartbeats pass.
    def last_heartbeat() -> str | None:
        return json.loads(default_server.call("GET", f"/api/v1/agents/{new_id}", admin)[1]).get("last_heartbeat_at")

    registered_at = last_heartbeat()
    again = pod.start("agent", CERTCTL_SERVER_URL=default_server.url)
    deadline = time.monotonic() + 30
    while last_heartbeat() == registered_at:
        assert again.poll() is None and time.monotonic() < deadline, again.communicate()
        time.sleep(0.5)
    again.terminate()
    out, err = again.communicate(timeout=30)
    assert again.returncode == 0, (out[-2000:], err[-2000:])


def test_a_refused_agent_key_fails_the_agents_liveness_probe(default_server, binaries, pods):
    """A key the server refuses (403) leaves the agent retrying forever in a Running pod; the
    wrapper's state file fails the container's liveness probe (defect 3)."""
    configure(default_server, binaries, pods)
    pod = real_pod(pods, binaries, default_server.pod.deployment, "agent")
    registered = pod.run("register", timeout=120, CERTCTL_SERVER_URL=default_server.url)
    assert registered.returncode == 0, registered.stderr
    metrics_key = pod.deployment.secret_data("certctl-metrics-key")["api-key"]
    agent = pod.start("agent", CERTCTL_SERVER_URL=default_server.url, CERTCTL_API_KEY=metrics_key)
    state = pod.path("agent", "/var/run/certctl-agent/refused")
    deadline = time.monotonic() + 30
    while not state.exists():
        assert agent.poll() is None and time.monotonic() < deadline, agent.communicate()
        time.sleep(0.2)
    assert "HTTP 403 on its heartbeat" in state.read_text()
    probe = pod.container("agent")["livenessProbe"]["exec"]["command"]
    shell_check = probe[2].replace("/var/run/certctl-agent/refused", str(state))
    assert subprocess.run([busybox.BUSYBOX, probe[0], probe[1], shell_check], check=False).returncode == 1
    agent.terminate()
    agent.communicate(timeout=30)


def test_the_mock_answers_the_agents_calls_as_the_real_server(default_server, binaries, pods, tmp_path):
    """The answers the mock was lenient about (item 3), asked of both with the agent key: a CSR
    without a PEM header, a garbage CSR for a certificate the server does not hold, a status for
    an unknown job, a heartbeat for an unknown agent, and one for the registered agent."""
    configure(default_server, binaries, pods)
    pod = real_pod(pods, binaries, default_server.pod.deployment, "agent")
    registered = pod.run("register", timeout=120, CERTCTL_SERVER_URL=default_server.url)
    assert registered.returncode == 0, registered.stderr
    agent_id = pod.path("agent", "/var/run/certctl-agent/agent-id").read_text().strip()
    key = pod.deployment.env("agent", "agent")["CERTCTL_API_KEY"]
    garbage = "-----BEGIN CERTIFICATE REQUEST-----\nMII\n-----END CERTIFICATE REQUEST-----\n"
    calls = [
        ("POST", f"/api/v1/agents/{agent_id}/csr", {"csr_pem": "MII"}),
        ("POST", f"/api/v1/agents/{agent_id}/csr", {"csr_pem": garbage, "certificate_id": "mc-unknown"}),
        ("POST", f"/api/v1/agents/{agent_id}/jobs/job-unknown/status", {"status": "Completed"}),
        ("POST", "/api/v1/agents/agent-unknown/heartbeat", {}),
        ("POST", f"/api/v1/agents/{agent_id}/heartbeat", {}),
    ]
    real = [default_server.call(method, path, key, body)[0] for method, path, body in calls]

    certctl = Certctl(default_server.pod.deployment.env("server", "server"))
    with Replicas(pki_of(default_server.pod.deployment.secret_data("certctl-tls"), tmp_path), certctl) as mock:
        mock_pod = real_pod(pods, binaries, default_server.pod.deployment, "configure")
        done = mock_pod.run("configure", CERTCTL_SERVER_URL=mock.url, CONFIGURE_REPLICAS_HOST="")
        assert done.returncode == 0, done.stderr
        certctl.agents.append({"id": agent_id, "name": "certctl-node-a", "hostname": "node-a", "status": "online"})
        context = ssl.create_default_context(cadata=default_server.pod.deployment.secret_data("certctl-tls")["ca.crt"])
        answers = []
        for method, path, body in calls:
            request = urllib.request.Request(
                mock.url + path,
                method=method,
                data=json.dumps(body).encode(),
                headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"},
            )
            try:
                with urllib.request.urlopen(request, context=context, timeout=10) as response:
                    answers.append(response.status)
            except urllib.error.HTTPError as error:
                answers.append(error.code)
    assert real == [400, 500, 500, 500, 200]
    assert answers == real
