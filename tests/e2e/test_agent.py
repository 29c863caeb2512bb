"""certctl v2.1.7's own agent with its server, from the committed environments' pods through the
pod harness against a real PostgreSQL (tests/support/certctl_stack.py says what differs from a
cluster): registration, heartbeat and polling, issuance to a file target, the server
certificate's renewal, retirement and restores, and the backup. The tests need the binaries
`make test` builds (certctl_build): they skip only when the Go module proxy refuses certctl's
module, and fail for anything else."""

from __future__ import annotations

import ssl
import subprocess

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from conftest import rendered_env
from tests.support import busybox, postgres
from tests.support.certctl_stack import REQUIREMENTS, Agent, Api, Stack, configured, start_agent
from tests.support.polling import wait_for

pytestmark = REQUIREMENTS


def test_the_agent_registers_with_the_bootstrap_token_then_heartbeats_and_polls_as_its_user(stack_of):
    """default's agent pod against the real server: the init container registers (registrar key
    and bootstrap token), then the real agent, as the pod's user, makes its key folder owner-only
    (cmd/agent/main.go:225-232), heartbeats and polls for work at once (main.go:241-243)."""
    stack, server = configured(stack_of)
    agent = start_agent(stack, server)
    assert server.answered("POST", f"/api/v1/agents/{agent.id}/heartbeat") == [200]
    api, admin = stack.api(), stack.server_env()["API_KEY_ADMIN"]
    record = api.call("GET", f"/api/v1/agents/{agent.id}", admin)[1]
    # the heartbeat reports the agent's platform (registration leaves it empty)
    assert (record["status"], record["os"], record["name"]) == ("Online", "linux", "certctl-node-a")
    values = stack.deployment.values.agent
    assert agent.pod.stat("agent", values.key_dir) == (0o700, values.security_context.run_as_user)
    assert agent.process.poll() is None


def test_a_retired_agent_stops_and_its_pod_cannot_register_again(stack_of):
    """Retired through the real API (DELETE /api/v1/agents/{id}, a soft retire): the agent
    container's restart ends on the 410 with what to do, and a new pod's registration names the
    retired agent; both exit 1."""
    stack, server = configured(stack_of)
    agent = start_agent(stack, server)
    agent.process.terminate()
    agent.process.wait(timeout=15)
    status, _ = stack.api().call("DELETE", f"/api/v1/agents/{agent.id}", stack.server_env()["API_KEY_ADMIN"])
    assert status in (200, 204)
    restarted = agent.pod.run("agent", timeout=30, **stack.client_overrides())
    assert restarted.returncode == 1
    assert "the server retired it (HTTP 410 on its heartbeat)" in restarted.stderr
    fresh = stack.pod("agent").run("register", **stack.client_overrides(), REGISTER_RETRY_SECONDS="0.1")
    assert fresh.returncode == 1
    assert f"belongs to retired agent {agent.id}" in fresh.stderr


def forget(stack: Stack, agent: Agent) -> None:
    """A restore to before the agent registered: the server no longer knows its id."""
    agent.process.terminate()
    agent.process.wait(timeout=15)
    stack.database.psql(f"DELETE FROM agents WHERE id = '{agent.id}'", stack.database_name)


def test_after_a_restore_the_agent_pods_restart_registers_it_again(stack_of):
    stack, server = configured(stack_of)
    agent = start_agent(stack, server)
    forget(stack, agent)
    again = start_agent(stack, server, agent.pod)  # the pod's init container runs again
    assert again.id != agent.id


def test_after_a_restore_a_restarted_agent_container_registers_again(stack_of):
    """A container restart runs no init container: the agent itself meets the 404 (certctl's
    agent logs and retries, cmd/agent/main.go:324-357) and must end up registered again."""
    stack, server = configured(stack_of)
    agent = start_agent(stack, server)
    forget(stack, agent)
    agent.pod.start("agent", log=agent.pod.root / "restarted.log", **stack.client_overrides())
    api, admin = stack.api(), stack.server_env()["API_KEY_ADMIN"]

    def registered_again() -> bool:
        listed = api.call("GET", "/api/v1/agents", admin)[1].get("data") or []
        return any(entry["name"] == "certctl-node-a" and entry["id"] != agent.id for entry in listed)

    wait_for(registered_again, timeout=15, interval=0.5)


def served_certificate(port: int) -> bytes:
    """The DER of the certificate the server presents now."""
    return ssl.PEM_cert_to_DER_cert(ssl.get_server_certificate(("127.0.0.1", port)))


def test_a_renewed_server_certificate_is_served_after_the_reloaders_sighup_and_agents_keep_trusting_it(stack_of):
    """`main.py secrets --renew-server-cert`; the kubelet swaps the Secret's files; the pod's
    tls-reloader sidecar sends SIGHUP; the same server process then serves the new certificate
    (cmd/server/tls.go:91-120), and the agent, restarted, trusts it with its unchanged CA bundle."""
    stack, server = configured(stack_of)
    agent = start_agent(stack, server)
    reloader_log = server.pod.root / "tls-reloader.log"
    server.pod.start("tls-reloader", log=reloader_log, RELOAD_INTERVAL_SECONDS="0.2")
    wait_for(lambda: "watching" in reloader_log.read_text())
    before = served_certificate(stack.port)
    renewed = ssl.PEM_cert_to_DER_cert(stack.renew_server_certificate())
    assert renewed != before
    wait_for(lambda: served_certificate(stack.port) == renewed, timeout=10, interval=0.1)
    assert server.process.poll() is None and "sent SIGHUP" in reloader_log.read_text()
    agent.process.terminate()
    agent.process.wait(timeout=15)
    heartbeats = len(server.answered("POST", f"/api/v1/agents/{agent.id}/heartbeat"))
    agent.pod.start("agent", log=agent.pod.root / "restarted.log", **stack.client_overrides())
    wait_for(lambda: server.answered("POST", f"/api/v1/agents/{agent.id}/heartbeat")[heartbeats:] == [200], timeout=20)


def poll_now(agent: Agent) -> None:
    """Restart the agent container: certctl's agent polls at start (cmd/agent/main.go:241-243),
    where its own ticker would wait 30 s (main.go:188)."""
    agent.process.terminate()
    agent.process.wait(timeout=15)
    agent.process = agent.pod.start("agent", log=agent.pod.root / "agent.log", **agent.stack.client_overrides())


def test_a_certificate_from_the_local_issuer_reaches_the_agents_file_target(stack_of):
    """default (CERTCTL_KEYGEN_MODE=agent): an NGINX target of the agent writing into its state
    volume, a certificate from certctl's local issuer (the issuer CA Secret `main.py secrets`
    writes). The agent generates the key in its key folder as the pod's user, sends the CSR, and
    deploys what certctl signed; the chain verifies against the issuer's CA.

    Two things certctl v2.1.7 does that shape this test: POST /api/v1/certificates does not store
    `target_ids` (only seed_demo.sql writes certificate_target_mappings), so the link is made in
    SQL as that seed does; and with a config encryption key, the target config the agent receives
    is the redacted copy (internal/service/target.go:159-166), so `key_path` (its name contains
    "key", internal/service/config_helpers.go:12) would reach the agent as "********": the target
    sets none, and the key stays in the agent's key folder."""
    stack, server = configured(stack_of)
    agent = start_agent(stack, server)
    api, admin = stack.api(), stack.server_env()["API_KEY_ADMIN"]
    site = agent.pod.path("agent", "/var/lib/certctl")  # the agent's state volume, where it is laid out
    _, team = api.call("POST", "/api/v1/teams", admin, {"name": "platform"})
    _, owner = api.call(
        "POST", "/api/v1/owners", admin, {"name": "ops", "email": "ops@example.com", "team_id": team["id"]}
    )
    config = {
        "cert_path": f"{site}/site.crt", "chain_path": f"{site}/chain.crt", "reload_command": "true",
        "validate_command": "true", "post_deploy_verify": {"enabled": False},
    }  # fmt: skip
    target = {"name": "site", "type": "NGINX", "agent_id": agent.id, "config": config}
    status, target = api.call("POST", "/api/v1/targets", admin, target)
    assert status == 201, target
    certificate = {
        "name": "site", "common_name": "site.example.com", "sans": ["site.example.com"], "owner_id": owner["id"],
        "team_id": team["id"], "issuer_id": "iss-local", "renewal_policy_id": "rp-default",
    }  # fmt: skip
    status, certificate = api.call("POST", "/api/v1/certificates", admin, certificate)
    assert status == 201, certificate
    link = f"VALUES ('{certificate['id']}', '{target['id']}')"
    stack.database.psql(
        f"INSERT INTO certificate_target_mappings (certificate_id, target_id) {link}", stack.database_name
    )
    assert api.call("POST", f"/api/v1/certificates/{certificate['id']}/renew", admin)[0] == 202

    def deployed() -> bool:
        jobs = api.call("GET", "/api/v1/jobs", admin)[1]["data"]
        if any(job["type"] == "Deployment" and job["status"] == "Completed" for job in jobs):
            return True
        assert not any(job["status"] == "Failed" for job in jobs), jobs
        poll_now(agent)
        return False

    wait_for(deployed, timeout=30, interval=1)
    uid = stack.deployment.values.agent.security_context.run_as_user
    key_file = f"{stack.deployment.values.agent.key_dir}/{certificate['id']}.key"
    assert agent.pod.stat("agent", key_file) == (0o600, uid)
    key = serialization.load_pem_private_key(agent.pod.path("agent", key_file).read_bytes(), None)
    leaf = x509.load_pem_x509_certificate((site / "site.crt").read_bytes())
    assert leaf.public_key().public_numbers() == key.public_key().public_numbers()
    issuer_ca = x509.load_pem_x509_certificate(stack.server_secret("issuer-ca")["ca.crt"].encode())
    leaf.verify_directly_issued_by(issuer_ca)
    assert issuer_ca in x509.load_pem_x509_certificates((site / "chain.crt").read_bytes())
    assert (site / "site.crt").stat().st_uid == uid


def certificates(api: Api, key: str) -> set[tuple[str, str, str, str]]:
    """What identifies each certificate the server lists (its status moves on with the scheduler)."""
    listed = api.call("GET", "/api/v1/certificates", key)[1]["data"]
    return {(c["id"], c["name"], c["common_name"], c["owner_id"]) for c in listed}


def test_the_backup_of_a_database_the_server_populated_restores_and_serves_the_same_certificates(
    stack_of, certctl_binaries, pods, tmp_path
):
    """default's backup CronJob container dumps what the real server wrote (an agent,
    certificates, audit events); the README's restore commands (pg_restore, then the two cache
    truncations) load it into a fresh PostgreSQL; a server with the same Secrets starts on it
    and lists the same certificates and agent."""
    stack, server = configured(stack_of)
    agent = start_agent(stack, server)
    api, admin = stack.api(), stack.server_env()["API_KEY_ADMIN"]
    _, team = api.call("POST", "/api/v1/teams", admin, {"name": "platform"})
    _, owner = api.call(
        "POST", "/api/v1/owners", admin, {"name": "ops", "email": "ops@example.com", "team_id": team["id"]}
    )
    for name in ("site", "api"):
        certificate = {
            "name": name, "common_name": f"{name}.example.com", "owner_id": owner["id"], "team_id": team["id"],
            "issuer_id": "iss-local", "renewal_policy_id": "rp-default",
        }  # fmt: skip
        assert api.call("POST", "/api/v1/certificates", admin, certificate)[0] == 201
    listed = certificates(api, admin)
    assert len(listed) == 2
    assert stack.database.psql("SELECT count(*) FROM audit_events", stack.database_name).strip() != "0"

    backup = stack.pod("postgres-backup")
    programs = busybox.applet_path(pg_dump=postgres.program("pg_dump"), pg_restore=postgres.program("pg_restore"))
    dumped = backup.run(
        "backup", timeout=120, PGPORT=str(stack.database.port), PGDATABASE=stack.database_name, PATH=programs
    )
    assert dumped.returncode == 0, dumped.stderr
    [dump] = backup.path("backup", "/backups").glob("certctl-*.dump")

    fresh = postgres.Server().start()
    try:
        restored = Stack(stack.values_file, rendered_env("default"), certctl_binaries, fresh, pods, tmp_path)
        password = restored.server_env()["PGPASSWORD"]
        client = fresh.client_env(restored.database_user, password)
        restore = [
            postgres.program("pg_restore"), "--clean", "--if-exists", "--no-owner", "--exit-on-error",
            "--single-transaction", "-U", restored.database_user, "-d", restored.database_name, str(dump),
        ]  # fmt: skip
        result = subprocess.run(restore, env=client, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        fresh.psql(
            "TRUNCATE crl_cache; TRUNCATE ocsp_response_cache;",
            restored.database_name,
            restored.database_user,
            password,
        )
        restored.start_server()
        again = restored.api()
        assert certificates(again, admin) == listed
        assert again.call("GET", f"/api/v1/agents/{agent.id}", admin)[1]["name"] == "certctl-node-a"
    finally:
        fresh.stop()
