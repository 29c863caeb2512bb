"""register-agent.sh run under sh with real curl against the HTTPS certctl mock."""

import os
import socket
import subprocess
import time
from pathlib import Path

import pytest

from tests.support.certctl_mock import Certctl, CertctlMock, make_pki, reserve_port, write_ca
from tests.support.polling import wait_for

SCRIPT = Path(__file__).resolve().parents[2] / "constructs/certctl_k8s/scripts/register-agent.sh"
API_KEY = "key-b-7f3e9a"  # the registrar key, which is also the bootstrap token
OTHER_KEY = "key-a-111111"  # a valid key that may not register
ADMIN_KEY = "key-admin-0c0c"


def certctl(registrar: str = API_KEY, *, granted: bool = True, token: str | None = None, agents=()) -> Certctl:
    """certctl v2.1 as this deployment runs it: named keys, the registrar key as the bootstrap
    token and, once the configure Job has run (`granted`), holding agent.edit."""
    state = Certctl(
        {
            "CERTCTL_AUTH_SECRET": "unused-placeholder",
            "CERTCTL_API_KEYS_NAMED": f"admin:{ADMIN_KEY}:admin,registrar:{registrar},other:{OTHER_KEY}",
            "CERTCTL_AGENT_BOOTSTRAP_TOKEN": registrar if token is None else token,
            "CERTCTL_AGENT_BOOTSTRAP_TOKEN_DENY_EMPTY": "true",
        },
        agents=list(agents),
    )
    if granted:
        state.add_role("agent-registration", ["agent.edit"], grant_to=["registrar"])
    return state


REQUIRED_VARS = [
    "CERTCTL_SERVER_URL",
    "CERTCTL_AGENT_NAME",
    "AGENT_HOSTNAME",
    "CERTCTL_SERVER_CA_BUNDLE_PATH",
    "AGENT_ID_FILE",
]


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture
def id_dir(tmp_path):
    path = tmp_path / "agent-id-volume"
    path.mkdir()
    return path


def script_env(url, pki, id_dir, **overrides):
    env = {
        "PATH": os.environ["PATH"],
        "CERTCTL_SERVER_URL": url,
        "CERTCTL_API_KEY": API_KEY,
        "CERTCTL_AGENT_NAME": "node-1",
        "AGENT_HOSTNAME": "worker-1.example.internal",
        "CERTCTL_SERVER_CA_BUNDLE_PATH": str(pki.ca_cert),
        "AGENT_ID_FILE": str(id_dir / "agent-id"),
        "REGISTER_MAX_ATTEMPTS": "5",
        "REGISTER_RETRY_SECONDS": "0.1",
        "REGISTER_TIMEOUT_SECONDS": "5",
    }
    env.update(overrides)
    return {key: value for key, value in env.items() if value is not None}


def run(env, timeout=30):
    result = subprocess.run(["sh", str(SCRIPT)], env=env, capture_output=True, text=True, timeout=timeout)
    assert API_KEY not in result.stdout + result.stderr
    return result


def retry_lines(output):
    return [line for line in output.splitlines() if " not ready (attempt " in line]


def filler_agents(count):
    return [
        {"id": f"agent-filler-{i}", "name": f"filler-{i}", "hostname": f"h{i}", "status": "online"}
        for i in range(count)
    ]


# Agents whose names contain, extend or nest "node-1"; none of them is node-1.
DECOYS = [
    {"id": "agent-decoy-10", "name": "node-10", "hostname": "h"},
    {"id": "agent-decoy-prefix", "name": "xnode-1", "hostname": "h"},
    {"id": "agent-decoy-suffix", "name": "node-1-old", "hostname": "h"},
    {"name": "node-1 ", "id": "agent-decoy-space", "hostname": "h"},
    {"id": "agent-decoy-nested", "name": "other", "labels": {"name": "node-1", "id": "agent-nested-id"}},
]
TARGET = {"hostname": "worker-1", "name": "node-1", "status": "online", "meta": {"id": "nested"}, "id": "agent-target"}


@pytest.mark.parametrize("pretty", [False, True], ids=["compact", "pretty"])
def test_new_name_registers_and_writes_id(pki, id_dir, pretty):
    with CertctlMock(pki, certctl(agents=DECOYS), pretty=pretty) as mock:
        result = run(script_env(mock.url, pki, id_dir))

    assert result.returncode == 0, result.stderr
    agent_id = mock.agents[-1]["id"]
    assert (id_dir / "agent-id").read_text() == agent_id + "\n"
    assert os.listdir(id_dir) == ["agent-id"]  # no temp file left behind
    assert f"registered agent node-1 as {agent_id}" in result.stderr
    [request] = mock.requests
    assert (request.method, request.path) == ("POST", "/api/v1/agents")
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"
    assert request.headers["Content-Type"] == "application/json"
    assert request.json() == {"name": "node-1", "hostname": "worker-1.example.internal"}


def test_name_and_hostname_are_json_escaped_and_rerun_reuses_id(pki, id_dir):
    name = 'odd "name" \\ here'
    env = script_env("", pki, id_dir, CERTCTL_AGENT_NAME=name, AGENT_HOSTNAME='host\\"1')
    with CertctlMock(pki, certctl()) as mock:
        env["CERTCTL_SERVER_URL"] = mock.url
        first = run(env)
        first_id = (id_dir / "agent-id").read_text()
        (id_dir / "agent-id").unlink()
        second = run(env)  # e.g. the pod restarted: 409, then lookup by name

    assert first.returncode == 0, first.stderr
    assert mock.requests[0].json() == {"name": name, "hostname": 'host\\"1'}
    assert second.returncode == 0, second.stderr
    assert (id_dir / "agent-id").read_text() == first_id
    assert f"agent {name} already registered as {first_id.strip()}" in second.stderr


def test_the_registrar_key_is_retried_until_the_configure_job_grants_it(pki, id_dir):
    """Before the configure Job has run, the registrar key holds only r-viewer: 403, retried
    with a clear line, and the registration goes through once the grant exists."""
    state = certctl(granted=False)
    with CertctlMock(pki, state) as mock:
        env = script_env(mock.url, pki, id_dir, REGISTER_MAX_ATTEMPTS="50", REGISTER_RETRY_SECONDS="0.1")
        proc = subprocess.Popen(
            ["sh", str(SCRIPT)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
        wait_for(lambda: len(mock.requests) >= 3)
        state.add_role("agent-registration", ["agent.edit"], grant_to=["registrar"])
        _, stderr = proc.communicate(timeout=20)

    assert proc.returncode == 0, stderr
    waits = [line for line in stderr.splitlines() if "not ready" in line]
    assert waits and all(
        "HTTP 403: the key is not (yet) allowed to POST /api/v1/agents; the configure Job "
        "grants its roles; retrying in 0.1s" in line
        for line in waits
    )
    assert (id_dir / "agent-id").read_text() == mock.agents[-1]["id"] + "\n"


def test_a_key_that_is_not_the_bootstrap_token_cannot_register(pki, id_dir):
    """certctl checks the bootstrap token against the same Authorization header: a key that holds
    agent.edit but is not the token is refused (401), and the script gives up after its attempts."""
    state = certctl(token="some-other-token")
    with CertctlMock(pki, state) as mock:
        result = run(script_env(mock.url, pki, id_dir, REGISTER_MAX_ATTEMPTS="3"))

    assert result.returncode == 1
    assert "still not ready after 3 attempts: HTTP 401" in result.stderr
    assert [r.actor for r in mock.requests] == ["registrar"] * 3
    assert not (id_dir / "agent-id").exists()


def test_a_name_held_by_a_retired_agent_says_what_to_do(pki, id_dir):
    retired = {"id": "agent-old", "name": "node-1", "hostname": "h", "retired_at": "2026-01-01T00:00:00Z"}
    with CertctlMock(pki, certctl(agents=[retired, *filler_agents(3)])) as mock:
        result = run(script_env(mock.url, pki, id_dir))

    assert result.returncode == 1
    assert "agent name node-1 belongs to retired agent agent-old" in result.stderr
    assert "give this node a new name" in result.stderr
    assert [(r.method, r.path) for r in mock.requests] == [
        ("POST", "/api/v1/agents"),
        ("GET", "/api/v1/agents?page=1&per_page=500"),
        ("GET", "/api/v1/agents/retired?page=1&per_page=500"),
    ]


def test_key_with_config_special_characters_is_sent_verbatim(pki, id_dir):
    key = 'k"e\\y'
    with CertctlMock(pki, certctl(key)) as mock:
        result = run(script_env(mock.url, pki, id_dir, CERTCTL_API_KEY=key))

    assert result.returncode == 0, result.stderr
    assert mock.requests[0].headers["Authorization"] == f"Bearer {key}"
    assert key not in result.stderr


@pytest.mark.parametrize(
    "agent_count, per_page_cap, expected_pages",
    [(1100, 500, 3), (130, 40, 4)],
    ids=["500-per-page", "server-caps-per-page"],
)
@pytest.mark.parametrize("pretty", [False, True], ids=["compact", "pretty"])
def test_taken_name_is_found_by_paging(pki, id_dir, agent_count, per_page_cap, expected_pages, pretty):
    agents = DECOYS + filler_agents(agent_count) + [TARGET] + filler_agents(5)
    with CertctlMock(pki, certctl(agents=agents), per_page_cap=per_page_cap, pretty=pretty) as mock:
        result = run(script_env(mock.url, pki, id_dir))

    assert result.returncode == 0, result.stderr
    assert (id_dir / "agent-id").read_text() == "agent-target\n"
    assert "agent node-1 already registered as agent-target" in result.stderr
    assert [(r.method, r.path) for r in mock.requests] == [("POST", "/api/v1/agents")] + [
        ("GET", f"/api/v1/agents?page={page}&per_page=500") for page in range(1, expected_pages + 1)
    ]
    assert {r.headers["Authorization"] for r in mock.requests} == {f"Bearer {API_KEY}"}


def test_taken_name_missing_from_listing_fails_clearly(pki, id_dir):
    with CertctlMock(pki, certctl(agents=DECOYS + filler_agents(600)), hidden_names=["node-1"]) as mock:
        result = run(script_env(mock.url, pki, id_dir))

    assert result.returncode == 1
    assert "already taken (HTTP 409)" in result.stderr
    assert "no agent with exactly that name is among the 605 agents" in result.stderr
    assert len(mock.requests) == 4  # POST, 2 pages of agents, 1 of retired agents, then it stops
    assert not (id_dir / "agent-id").exists()


def test_an_unknown_key_is_retried_a_bounded_number_of_times(pki, id_dir):
    with CertctlMock(pki, certctl()) as mock:
        result = run(script_env(mock.url, pki, id_dir, CERTCTL_API_KEY="not-a-key", REGISTER_MAX_ATTEMPTS="2"))

    assert result.returncode == 1
    assert len(mock.requests) == 2
    assert result.stderr.strip().splitlines()[-1] == (
        f"register-agent: certctl server at {mock.url} still not ready after 2 attempts: HTTP 401: the key is not "
        "(yet) allowed to POST /api/v1/agents; the configure Job grants its roles"
    )
    assert not (id_dir / "agent-id").exists()


@pytest.mark.parametrize("status", [503, 429])
def test_transient_errors_are_retried(pki, id_dir, status):
    with CertctlMock(pki, certctl(), fail_first=2, fail_status=status) as mock:
        result = run(script_env(mock.url, pki, id_dir))

    assert result.returncode == 0, result.stderr
    assert retry_lines(result.stderr) == [
        f"register-agent: certctl server at {mock.url} not ready (attempt {i}/5): HTTP {status}; retrying in 0.1s"
        for i in (1, 2)
    ]
    assert (id_dir / "agent-id").read_text() == mock.agents[-1]["id"] + "\n"


def test_unexpected_status_fails_with_status_and_body(pki, id_dir):
    with CertctlMock(pki, certctl(), fail_first=1, fail_status=400) as mock:
        result = run(script_env(mock.url, pki, id_dir))

    assert result.returncode == 1
    assert 'registering agent node-1 failed: HTTP 400: {"error": "injected failure 400"}' in result.stderr
    assert len(mock.requests) == 1


def test_server_down_then_up(pki, id_dir, tmp_path):
    port = reserve_port()
    mock = CertctlMock(pki, certctl(), port=port)
    env = script_env(mock.url, pki, id_dir, REGISTER_MAX_ATTEMPTS="50", REGISTER_RETRY_SECONDS="0.2")
    log = tmp_path / "stderr.log"
    with open(log, "w") as stderr:
        proc = subprocess.Popen(["sh", str(SCRIPT)], env=env, stdout=subprocess.DEVNULL, stderr=stderr)
    try:
        wait_for(lambda: retry_lines(log.read_text()))
        with mock:
            assert proc.wait(timeout=20) == 0
    finally:
        proc.kill()
        proc.wait()

    output = log.read_text()
    first_retry = retry_lines(output)[0]
    assert first_retry.startswith(f"register-agent: certctl server at {mock.url} not ready (attempt 1/50): ")
    assert first_retry.endswith("; retrying in 0.2s")
    assert f"registered agent node-1 as {mock.agents[-1]['id']}" in output
    assert API_KEY not in output


def test_server_never_up_gives_up_after_max_attempts(pki, id_dir):
    url = f"https://127.0.0.1:{reserve_port()}"
    result = run(script_env(url, pki, id_dir, REGISTER_MAX_ATTEMPTS="3"))

    assert result.returncode == 1
    retries = retry_lines(result.stderr)
    assert len(retries) == 2
    for attempt, line in enumerate(retries, 1):
        assert line.startswith(f"register-agent: certctl server at {url} not ready (attempt {attempt}/3): ")
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith(f"register-agent: certctl server at {url} still not ready after 3 attempts: ")
    assert not (id_dir / "agent-id").exists()


def test_unresponsive_server_is_bounded_by_the_request_timeout(pki, id_dir):
    # Accepts TCP connections (kernel backlog) but never answers the TLS handshake.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        url = f"https://127.0.0.1:{silent.getsockname()[1]}"
        started = time.monotonic()
        result = run(script_env(url, pki, id_dir, REGISTER_MAX_ATTEMPTS="2", REGISTER_TIMEOUT_SECONDS="0.2"))
        elapsed = time.monotonic() - started

    assert result.returncode == 1
    assert len(retry_lines(result.stderr)) == 1
    assert "timed out" in result.stderr.lower()
    assert "still not ready after 2 attempts" in result.stderr
    assert elapsed < 5


def test_untrusted_server_certificate_fails_clearly(pki, id_dir, tmp_path):
    wrong_ca = tmp_path / "other-ca.crt"
    write_ca(wrong_ca)
    with CertctlMock(pki, certctl()) as mock:
        result = run(script_env(mock.url, pki, id_dir, CERTCTL_SERVER_CA_BUNDLE_PATH=str(wrong_ca)))

    assert result.returncode == 1
    assert f"TLS certificate verification failed for {mock.url}" in result.stderr
    assert str(wrong_ca) in result.stderr
    assert retry_lines(result.stderr) == []
    assert mock.requests == []


def test_unwritable_id_file_fails(pki, id_dir):
    with CertctlMock(pki, certctl()) as mock:
        result = run(script_env(mock.url, pki, id_dir, AGENT_ID_FILE=str(id_dir / "missing-dir" / "agent-id")))

    assert result.returncode == 1
    assert "cannot write agent id to" in result.stderr


@pytest.mark.parametrize("var", REQUIRED_VARS)
def test_missing_required_env_exits_2(pki, id_dir, var):
    result = run(script_env("https://127.0.0.1:1", pki, id_dir, **{var: None}))

    assert result.returncode == 2
    assert result.stderr == f"register-agent: {var} must be set\n"


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"CERTCTL_API_KEY": f"{OTHER_KEY},{API_KEY}"}, "CERTCTL_API_KEY must hold exactly one key"),
        ({"CERTCTL_API_KEY": f"{OTHER_KEY} {API_KEY}"}, "CERTCTL_API_KEY must hold exactly one key"),
        ({"CERTCTL_SERVER_URL": "http://127.0.0.1:1"}, "CERTCTL_SERVER_URL must start with https://"),
        ({"CERTCTL_SERVER_CA_BUNDLE_PATH": "/nonexistent/ca.crt"}, "is not a readable file"),
        ({"REGISTER_MAX_ATTEMPTS": "0"}, "REGISTER_MAX_ATTEMPTS must be a positive integer"),
        ({"REGISTER_RETRY_SECONDS": "5s"}, "REGISTER_RETRY_SECONDS must be a number"),
        ({"REGISTER_TIMEOUT_SECONDS": "0.0"}, "REGISTER_TIMEOUT_SECONDS must be a positive number"),
    ],
)
def test_invalid_config_exits_2(pki, id_dir, overrides, message):
    result = run(script_env("https://127.0.0.1:1", pki, id_dir, **overrides))

    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.splitlines()) == 1
