"""The configure Job, end to end against the certctl v2.1.7 mock: a synthesized environment's
Secrets are generated as `main.py secrets` does, the server's resolved environment starts the
mock replicas (named keys, bootstrap token, seeded issuers), the Job's own resolved environment
runs configure-certctl.sh, and then the agents' keys do what an agent does."""

from __future__ import annotations

import json
import os
import ssl
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from conftest import render_values
from tests.support import busybox
from tests.support.certctl_mock import AGENT, READS, Certctl, ConfigError, Replicas, make_pki
from tests.support.deployment import Deployment
from tests.support.dns import HeadlessServiceDns

SCRIPTS = Path(__file__).resolve().parents[2] / "constructs" / "certctl_k8s" / "scripts"
DNS01 = {
    "enabled": True,
    "directoryURL": "https://acme.example/directory",
    "email": "pki@example.com",
    "challengeType": "dns-01",
    "dnsPresentScript": "/scripts/dns/present.sh",
    "dnsCleanupScript": "/scripts/dns/cleanup.sh",
    "dnsPropagationWait": "90s",
}
pytestmark = busybox.needs_busybox


@pytest.fixture(scope="module")
def pki(tmp_path_factory):
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="module")
def deployment(tmp_path_factory) -> Deployment:
    values = {"server": {"replicas": 3, "issuer": {"acme": DNS01}}}
    rendered = render_values(tmp_path_factory.mktemp("configure"), values)
    from certctl_k8s.values import load_values

    path = tmp_path_factory.getbasetemp() / "configure-values.yaml"
    path.write_text(json.dumps(values))
    return Deployment.of(load_values(path), rendered)


def server_certctl(deployment: Deployment) -> Certctl:
    return Certctl(deployment.env("server", "server"))


def run_configure(deployment: Deployment, pki, replicas: Replicas, dns: HeadlessServiceDns | None, **env):
    job_env = deployment.env(
        "configure", "configure",
        CERTCTL_SERVER_URL=replicas.url,
        CERTCTL_SERVER_CA_BUNDLE_PATH=str(pki.ca_cert),
        CONFIGURE_RETRY_SECONDS="0.1",
        # Without a DNS server the Job sends its updates through the Service alone.
        CONFIGURE_REPLICAS_HOST=dns.name if dns else "",
        CONFIGURE_SERVER_REPLICAS=str(len(replicas.mocks)),
        **({"CONFIGURE_DNS_SERVER": dns.server} if dns else {}),
        **env,
    )  # fmt: skip
    return run_busybox(SCRIPTS / "configure-certctl.sh", job_env)


def run_busybox(script: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return busybox.run(script, env)


def call(url: str, key: str, method: str, path: str, body: dict | None = None, ca: Path | None = None) -> int:
    """One API call as the agent binary makes it; returns the HTTP status."""
    context = ssl.create_default_context(cafile=str(ca))
    request = urllib.request.Request(
        url + path,
        method=method,
        data=json.dumps(body or {}).encode(),
        headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, context=context, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_the_job_grants_the_keys_their_roles_and_the_agents_then_work(deployment, pki, tmp_path):
    certctl = server_certctl(deployment)
    with Replicas(pki, certctl, 1) as replicas:
        # Before the Job: every key holds what certctl grants at start, r-viewer; the agents cannot run.
        assert certctl.permissions("agent") == set(READS)
        result = run_configure(deployment, pki, replicas, None)
        assert result.returncode == 0, result.stderr

        # The registration init container, with its own resolved environment, registers.
        id_dir = tmp_path / "agent-id"
        id_dir.mkdir()
        register_env = deployment.env(
            "agent", "register",
            CERTCTL_SERVER_URL=replicas.url,
            CERTCTL_SERVER_CA_BUNDLE_PATH=str(pki.ca_cert),
            AGENT_ID_FILE=str(id_dir / "agent-id"),
        )  # fmt: skip
        registered = run_busybox(SCRIPTS / "register-agent.sh", register_env)
        assert registered.returncode == 0, registered.stderr
        agent_id = (id_dir / "agent-id").read_text().strip()
        assert certctl.agents[-1]["name"] == "certctl-node-a"

        # The agent container's key does what the agent binary does.
        key = deployment.env("agent", "agent")["CERTCTL_API_KEY"]
        url, ca = replicas.url, pki.ca_cert
        certctl.certificates.add("mc-1")
        certctl.jobs["j-1"] = "Running"
        csr = {"csr_pem": csr_pem("app.example.com"), "certificate_id": "mc-1"}
        verify = {"target_id": "t-1", "expected_fingerprint": "ab", "actual_fingerprint": "ab", "verified": True}
        assert call(url, key, "POST", f"/api/v1/agents/{agent_id}/heartbeat", {}, ca) == 200
        assert call(url, key, "GET", f"/api/v1/agents/{agent_id}/work", None, ca) == 200
        assert call(url, key, "POST", f"/api/v1/agents/{agent_id}/csr", csr, ca) == 202
        assert call(url, key, "POST", f"/api/v1/agents/{agent_id}/jobs/j-1/status", {"status": "Completed"}, ca) == 200
        assert call(url, key, "POST", f"/api/v1/agents/{agent_id}/discoveries", {"errors": ["none"]}, ca) == 202
        assert call(url, key, "POST", "/api/v1/jobs/j-1/verify", verify, ca) == 200
        # ... and nothing an agent has no business doing.
        assert call(url, key, "POST", "/api/v1/agents", {"name": "x", "hostname": "x"}, ca) == 403
        assert call(url, key, "GET", "/api/v1/auth/keys", None, ca) == 403
        # The metrics key (the ServiceMonitor's) reads metrics and cannot act.
        metrics_key = deployment.secret_data("certctl-metrics-key")["api-key"]
        assert call(url, metrics_key, "GET", "/api/v1/metrics/prometheus", None, ca) == 200
        assert call(url, metrics_key, "POST", f"/api/v1/agents/{agent_id}/heartbeat", {}, ca) == 403

    assert certctl.permissions("agent") == set(READS) | set(AGENT) | {"verification.run"}
    assert certctl.permissions("registrar") == set(READS) | {"agent.edit"}
    assert certctl.permissions("metrics") == set(READS)
    assert not [g for g in certctl.grants if g.actor == "actor-demo-anon"]


def csr_pem(common_name: str) -> str:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    request = x509.CertificateSigningRequestBuilder().subject_name(subject).sign(key, hashes.SHA256())
    return request.public_bytes(serialization.Encoding.PEM).decode()


@pytest.mark.parametrize(
    ("body", "job", "status"),
    [
        ({"csr_pem": "MII"}, "j-1", 400),  # no PEM header: the handler refuses it
        ({"csr_pem": "-----BEGIN CERTIFICATE REQUEST-----\nMII\n-----END CERTIFICATE REQUEST-----\n",
          "certificate_id": "mc-1"}, "j-1", 500),  # a header over garbage: parsing it fails in the service
        ({"csr_pem": csr_pem("a.example.com"), "certificate_id": "mc-unknown"}, "j-1", 500),
        (None, "j-unknown", 500),  # a job certctl does not hold
    ],
    ids=["no-header", "garbage", "unknown-certificate", "unknown-job"],
)  # fmt: skip
def test_the_mock_refuses_what_certctl_refuses(deployment, pki, tmp_path, body, job, status):
    certctl = server_certctl(deployment)
    certctl.agents.append({"id": "agent-1", "name": "a", "hostname": "a", "status": "online"})
    certctl.certificates.add("mc-1")
    certctl.jobs["j-1"] = "Running"
    key = deployment.env("agent", "agent")["CERTCTL_API_KEY"]
    certctl.add_role("agents", AGENT, ["agent"])
    with Replicas(pki, certctl, 1) as replicas:
        if body is not None:
            assert call(replicas.url, key, "POST", "/api/v1/agents/agent-1/csr", body, pki.ca_cert) == status
        else:
            path = f"/api/v1/agents/agent-1/jobs/{job}/status"
            assert call(replicas.url, key, "POST", path, {"status": "Completed"}, pki.ca_cert) == status
        # An agent the server does not know, as after a restore: certctl v2.1.7 answers 500, not the
        # 404 its handler means to (tests/test_realserver_defects.py asks the real server).
        assert call(replicas.url, key, "POST", "/api/v1/agents/agent-gone/heartbeat", {}, pki.ca_cert) == 500


@pytest.mark.parametrize(
    ("value", "refused"), [("true", True), ("1", True), ("yes", True), ("TRUE", False), ("on", False), ("", False)]
)
def test_the_mock_reads_deny_empty_as_certctl_does(value, refused):
    """certctl's getEnvBool takes exactly `true`, `1` and `yes` (internal/config/config.go:1300-1305)."""
    env = {"CERTCTL_AUTH_SECRET": "secret", "CERTCTL_AGENT_BOOTSTRAP_TOKEN_DENY_EMPTY": value}
    if refused:
        with pytest.raises(ConfigError, match="DENY_EMPTY"):
            Certctl(env)
    else:
        assert Certctl(env).bootstrap_token == ""


def test_a_permission_with_an_underscore_is_granted_once(deployment, pki):
    """certctl's id of `cert.bulk_revoke` is `p-cert-bulk-revoke`: a run that looked for an id with
    an underscore would never find the permission it added, and add it again on every run."""
    certctl = server_certctl(deployment)
    roles = "bulk=cert.bulk_revoke,network_scan.read"
    with Replicas(pki, certctl, 1) as replicas:
        first = run_configure(
            deployment, pki, replicas, None, CONFIGURE_ROLES=roles, CONFIGURE_GRANTS="", CONFIGURE_ACME_ISSUERS=""
        )
        assert first.returncode == 0, first.stderr
        second = run_configure(
            deployment, pki, replicas, None, CONFIGURE_ROLES=roles, CONFIGURE_GRANTS="", CONFIGURE_ACME_ISSUERS=""
        )
    assert second.returncode == 0, second.stderr
    assert "role bulk: add cert.bulk_revoke" in first.stderr
    assert second.stderr.strip().splitlines()[-1] == "configure-certctl: done: 0 change(s)"


def test_a_second_run_changes_nothing(deployment, pki):
    certctl = server_certctl(deployment)
    with Replicas(pki, certctl, 1) as replicas, HeadlessServiceDns("pods.test", replicas.addresses) as dns:
        first = run_configure(deployment, pki, replicas, dns)
        assert first.returncode == 0, first.stderr
        grants, roles = len(certctl.grants), {k: set(v["permissions"]) for k, v in certctl.roles.items()}
        issuers = json.dumps(certctl.issuers, sort_keys=True)
        writes = len([r for r in replicas.mocks[0].requests if r.method not in ("GET", "PUT")])
        second = run_configure(deployment, pki, replicas, dns)

    assert second.returncode == 0, second.stderr
    assert second.stderr.strip().splitlines()[-1] == "configure-certctl: done: 0 change(s)"
    assert "DNS-01 settings already applied; reloaded on 1 server pod(s)" in second.stderr
    assert len(certctl.grants) == grants  # certctl stores a repeated global grant twice: none was repeated
    assert {k: set(v["permissions"]) for k, v in certctl.roles.items()} == roles
    assert json.dumps(certctl.issuers, sort_keys=True) == issuers
    assert len([r for r in replicas.mocks[0].requests if r.method not in ("GET", "PUT")]) == writes


def test_a_replica_that_missed_the_update_gets_it_on_the_next_run(deployment, pki):
    """A replica that was starting during a run kept the issuers it loaded at start: certctl
    rebuilds them only from an update that replica serves (internal/service/issuer.go:713-740).
    The next run finds the stored settings applied and still sends them to every replica."""
    certctl = Certctl(deployment.env("server", "server"))
    with Replicas(pki, certctl, 3) as replicas, HeadlessServiceDns("pods.test", replicas.addresses) as dns:
        assert run_configure(deployment, pki, replicas, dns).returncode == 0
        stale = replicas.mocks[2]
        stale.registry = {key: {**value, "config": {}} for key, value in stale.registry.items()}
        again = run_configure(deployment, pki, replicas, dns)
    assert again.returncode == 0, again.stderr
    assert "already applied; reloaded on 3 server pod(s)" in again.stderr
    assert stale.registry["iss-acme-prod"]["config"] == certctl.issuers["iss-acme-prod"]["config"]


def test_the_update_waits_until_every_replica_is_ready(deployment, pki):
    certctl = Certctl(deployment.env("server", "server"))
    with Replicas(pki, certctl, 3) as replicas, HeadlessServiceDns("pods.test", replicas.addresses[:2]) as dns:
        result = run_configure(deployment, pki, replicas, dns, CONFIGURE_MAX_ATTEMPTS="3")
    assert result.returncode == 1
    assert "2 of 3 server pods ready (attempt 1/3)" in result.stderr
    assert "2 of 3 server pods ready after 3 attempts" in result.stderr
    assert all("dns_present_script" not in mock.registry["iss-acme-prod"]["config"] for mock in replicas.mocks)


def test_dns01_scripts_reach_the_issuers_on_every_replica(deployment, pki):
    """certctl reads CERTCTL_ACME_DNS_*_SCRIPT but never puts them into the issuers it seeds; each
    replica rebuilds its issuers only at start or from an update it serves itself."""
    env = deployment.env("server", "server")
    assert env["CERTCTL_ACME_DNS_PRESENT_SCRIPT"] == "/scripts/dns/present.sh"
    certctl = Certctl(env)
    with Replicas(pki, certctl, 3) as replicas, HeadlessServiceDns("pods.test", replicas.addresses) as dns:
        assert "dns_present_script" not in certctl.issuers["iss-acme-prod"]["config"]
        result = run_configure(deployment, pki, replicas, dns)
        assert result.returncode == 0, result.stderr

    wanted = {
        "dns_present_script": "/scripts/dns/present.sh",
        "dns_cleanup_script": "/scripts/dns/cleanup.sh",
        "dns_propagation_wait": 90,
    }
    for issuer in ("iss-acme-staging", "iss-acme-prod"):
        stored = certctl.issuers[issuer]
        assert stored["config"] == {**stored["config"], **wanted}
        assert stored["config"]["directory_url"] == "https://acme.example/directory"  # the rest kept
        assert (stored["name"], stored["type"], stored["enabled"]) == (
            {"iss-acme-staging": "ACME Staging", "iss-acme-prod": "ACME Production"}[issuer],
            "acme",
            True,
        )
        for mock in replicas.mocks:
            assert mock.registry[issuer]["config"] == stored["config"], f"replica {mock.host} kept stale issuers"
    assert "applied on 3 server pod(s)" in result.stderr


def test_the_job_waits_for_the_server_to_be_ready(deployment, pki):
    certctl = server_certctl(deployment)
    with Replicas(pki, certctl, 1) as replicas:
        replicas.mocks[0].ready = False
        job_env = deployment.env(
            "configure",
            "configure",
            CERTCTL_SERVER_URL=replicas.url,
            CERTCTL_SERVER_CA_BUNDLE_PATH=str(pki.ca_cert),
            CONFIGURE_RETRY_SECONDS="0.1",
            CONFIGURE_ACME_ISSUERS="",
        )
        proc = busybox.start(SCRIPTS / "configure-certctl.sh", job_env)
        deadline = time.monotonic() + 10
        while len(replicas.mocks[0].requests) < 3:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        replicas.mocks[0].ready = True
        _, stderr = proc.communicate(timeout=30)

    assert proc.returncode == 0, stderr
    assert "not ready (attempt 1/120): HTTP 503" in stderr


def test_a_key_without_the_admin_role_fails_fast_and_says_so(deployment, pki):
    certctl = server_certctl(deployment)
    with Replicas(pki, certctl, 1) as replicas:
        agent_key = deployment.env("agent", "agent")["CERTCTL_API_KEY"]
        result = run_configure(deployment, pki, replicas, None, CERTCTL_API_KEY=agent_key)

    assert result.returncode == 1
    assert "rejected the API key (HTTP 403) on GET /api/v1/auth/roles" in result.stderr
    assert agent_key not in result.stderr


def test_only_the_server_and_the_job_hold_the_admin_key(deployment):
    value = deployment.secret_data("certctl-admin-key")["api-key"]
    holders = set()
    for manifest, template in deployment.rendered.pod_templates():
        component = manifest["metadata"]["labels"]["app.kubernetes.io/component"]
        for container in template["spec"].get("initContainers", []) + template["spec"]["containers"]:
            if any(value in v for v in deployment.env(component, container["name"]).values()):
                holders.add(f"{component}/{container['name']}")
    assert holders == {"server/server", "configure/configure"}


def test_agents_never_see_the_key_list(deployment):
    keys = {s["metadata"]["name"]: s["stringData"] for s in deployment.secrets}
    for container in ("register", "agent"):
        env = deployment.env("agent", container)
        assert "CERTCTL_API_KEYS_NAMED" not in env
        assert keys["certctl-admin-key"]["api-key"] not in env.values()
    assert deployment.env("agent", "register")["CERTCTL_API_KEY"] == keys["certctl-registrar-key"]["api-key"]
    agent = deployment.env("agent", "agent")
    assert agent["CERTCTL_API_KEY"] == keys["certctl-agent-key"]["api-key"]
    # The agent container's wrapper holds the registrar key to register again after a 404, under a
    # name of its own that it takes out of the agent's environment (tests/scripts/test_start_agent.py).
    registrar = keys["certctl-registrar-key"]["api-key"]
    assert [name for name, value in agent.items() if value == registrar] == ["REGISTRAR_API_KEY"]


def test_busybox_is_what_runs_the_scripts():
    """The harness must not fall back to the system's tools: sh, awk, sed and nslookup are BusyBox's."""
    folder = busybox.applets()
    for applet in ("sh", "awk", "sed", "nslookup", "grep", "sort"):
        assert os.path.realpath(folder / applet) == os.path.realpath(busybox.BUSYBOX)
