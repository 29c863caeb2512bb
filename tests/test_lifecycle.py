"""How pods start and stop, and what several server replicas need: startup probes that outlast a
slow migration or crash recovery, grace periods that cover certctl's shutdown, PostgreSQL stopped
in fast mode (proved against a real server), no service links, the connection budget, the shared
rate limiter, and the DNS the NetworkPolicies admit."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from certctl_k8s.values import Values
from certctl_k8s.values.budgets import shutdown_seconds
from conftest import ENVIRONMENTS, find, pod_specs, render_values, rendered_env, values_problems
from tests.support import postgres
from tests.support.validation import validate


def _server(rendered) -> dict:
    return find(rendered, "Deployment", "certctl-server")["spec"]["template"]["spec"]


def _postgres(rendered) -> dict:
    return find(rendered, "StatefulSet", "certctl-postgres")["spec"]["template"]["spec"]


def _config(rendered) -> dict[str, str]:
    return find(rendered, "ConfigMap", "certctl-server")["data"]


def _alive(pid: int) -> bool:
    """Running, not ended (an ended process whose parent has not reaped it is a zombie)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state not in ("Z", "X")


def _warnings(data) -> dict[str, str]:
    return dict(Values.model_validate(data).warnings())


@pytest.mark.parametrize("name", ENVIRONMENTS)
def test_no_pod_gets_service_links_and_volumes_are_not_walked_at_each_start(name):
    """A Service named certctl-server would hand every pod CERTCTL_SERVER_PORT=tcp://..., a
    variable certctl reads (internal/config/config.go:322)."""
    for where, spec in pod_specs(rendered_env(name)).items():
        assert spec["enableServiceLinks"] is False, where
        assert spec["securityContext"]["fsGroupChangePolicy"] == "OnRootMismatch", where


@pytest.mark.parametrize("name", ENVIRONMENTS)
def test_the_server_has_ten_minutes_to_migrate_and_time_to_stop(name):
    spec = _server(rendered_env(name))
    [server] = [c for c in spec["containers"] if c["name"] == "server"]
    startup = server["startupProbe"]
    # certctl listens only after its migrations; liveness waits until the startup probe passes.
    assert startup["httpGet"]["path"] == server["livenessProbe"]["httpGet"]["path"] == "/health"
    assert startup["periodSeconds"] * startup["failureThreshold"] >= 600
    assert server["lifecycle"]["preStop"]["exec"]["command"] == ["sleep", "5"]
    # 5 s drain, certctl's 30 s scheduler wait (HTTP shutdown and audit flush run inside it), 10 s to exit.
    assert spec["terminationGracePeriodSeconds"] >= 45


def test_a_longer_audit_flush_lengthens_the_grace_period(tmp_path):
    rendered = render_values(tmp_path, {"server": {"http": {"auditFlushTimeoutSeconds": 90}}})
    assert _server(rendered)["terminationGracePeriodSeconds"] == shutdown_seconds(90) == 105


def test_a_grace_period_shorter_than_the_shutdown_exits_2_naming_both_keys(tmp_path):
    [line] = values_problems(tmp_path, {"server": {"terminationGracePeriodSeconds": 30}})
    assert line.startswith("server.terminationGracePeriodSeconds: 30 is shorter than certctl's shutdown (45 s")
    assert "server.http.auditFlushTimeoutSeconds 30" in line


def test_postgres_has_fifteen_minutes_to_start_and_stops_in_fast_mode():
    spec = _postgres(rendered_env("default"))
    [container] = spec["containers"]
    startup = container["startupProbe"]
    assert startup["exec"]["command"] == container["livenessProbe"]["exec"]["command"]
    assert startup["periodSeconds"] * startup["failureThreshold"] >= 900
    stop = container["lifecycle"]["preStop"]["exec"]["command"]
    assert stop[:2] == ["pg_ctl", "stop"] and "fast" in stop
    timeout = int(next(arg for arg in stop if arg.startswith("--timeout=")).split("=")[1])
    assert timeout < spec["terminationGracePeriodSeconds"]


@pytest.mark.parametrize("data, size", [({}, "128Mi"), ({"postgresql": {"shmSizeLimit": "1Gi"}}, "1Gi")])
def test_postgres_gets_a_memory_backed_dev_shm_of_the_values_size(tmp_path, data, size):
    """A container's own /dev/shm is 64 MiB; PostgreSQL's dynamic shared memory (parallel
    queries) lives there. A memory-backed emptyDir replaces it, sized by postgresql.shmSizeLimit."""
    rendered = render_values(tmp_path, data)
    statefulset = find(rendered, "StatefulSet")
    validate(statefulset)
    spec = statefulset["spec"]["template"]["spec"]
    [container] = spec["containers"]
    [mount] = [m for m in container["volumeMounts"] if m["mountPath"] == "/dev/shm"]
    [volume] = [v for v in spec["volumes"] if v["name"] == mount["name"]]
    assert volume["emptyDir"] == {"medium": "Memory", "sizeLimit": size}


@pytest.mark.realserver
@pytest.mark.requires(postgres.unavailable())
def test_sigterm_alone_leaves_postgres_waiting_for_certctl_and_the_pre_stop_hook_stops_it():
    """What the kubelet does, against a real PostgreSQL: SIGTERM asks for a smart shutdown, which
    waits for the sessions a connection pool keeps open; the preStop hook's command (the
    StatefulSet's own, with PGDATA pointing at this server) ends them and stops the server."""
    [container] = _postgres(rendered_env("default"))["containers"]
    stop = container["lifecycle"]["preStop"]["exec"]["command"]
    pgdata = next(e["value"] for e in container["env"] if e["name"] == "PGDATA")
    server = postgres.Server().start()
    client = None
    try:
        # An idle session, as certctl's pool keeps: psql waiting for its next command.
        client = subprocess.Popen(
            [postgres.program("psql"), "--no-psqlrc", "--dbname", "postgres"],
            env=server.client_env(postgres.SUPERUSER, server.superuser_password),
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        server.psql("SELECT 1")  # the server is up; give psql a moment to connect
        deadline = time.monotonic() + 10
        while int(server.psql("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'")) < 2:
            assert time.monotonic() < deadline, "psql did not connect"
            time.sleep(0.1)
        postmaster = int((server.data / "postmaster.pid").read_text().split()[0])
        os.kill(postmaster, signal.SIGTERM)
        time.sleep(3)
        assert (server.data / "postmaster.pid").exists(), "smart shutdown should still wait for the session"
        command = [postgres.program(stop[0]), *(str(server.data) if arg == pgdata else arg for arg in stop[1:])]
        result = server.run_as_owner(*command)
        assert result.returncode == 0, result.stderr
        assert not (server.data / "postmaster.pid").exists()
        assert not _alive(postmaster)
    finally:
        if client and client.poll() is None:
            client.kill()
        server.stop()


def test_the_bundled_database_is_sized_for_a_rollout(tmp_path):
    # One replica: 2 pods during a rollout x 50 + 5 reserved = 105, over PostgreSQL's default 100.
    # The args are the image's command (postgres) and its settings, run by start-postgres.sh.
    args = _postgres(rendered_env("default"))["containers"][0]["args"]
    assert args == ["postgres", "-c", "max_connections=105"]
    fits = render_values(tmp_path, {"server": {"replicas": 3, "database": {"maxConns": 20}}})
    assert _postgres(fits)["containers"][0]["args"] == ["postgres"]  # 4 x 20 + 5 = 85: the default serves


def test_a_max_connections_below_the_budget_exits_2_naming_both_keys(tmp_path):
    data = {"server": {"replicas": 3}, "postgresql": {"postgresqlConfig": {"max_connections": 150}}}
    [line] = values_problems(tmp_path, data)
    assert line.startswith(
        "postgresql.postgresqlConfig.max_connections: 150 is fewer than the 205 connections certctl may open"
    )
    assert "server.replicas 3" in line and "server.database.maxConns 50" in line
    [line] = values_problems(tmp_path, {"postgresql": {"postgresqlConfig": {"max_connections": "many"}}})
    assert line == "postgresql.postgresqlConfig.max_connections: 'many' is not a whole number"


def test_a_cluster_is_held_to_the_same_budget(tmp_path):
    cluster = {"enabled": True, "parameters": {"max_connections": 150}}
    [line] = values_problems(tmp_path, {"server": {"replicas": 3}, "postgresql": {"cloudNativePG": cluster}})
    assert line.startswith(
        "postgresql.cloudNativePG.parameters.max_connections: 150 is fewer than the 205 connections certctl may open"
    )


def test_an_external_database_gets_a_warning_instead():
    external = {
        "server": {"replicas": 3},
        "postgresql": {"enabled": False, "external": {"host": "db.example.com"}, "auth": {"existingSecret": "db"}},
    }
    assert "205 connections" in _warnings(external)["server.database.maxConns"]


def test_several_replicas_share_their_rate_limits_through_postgres(tmp_path):
    assert "CERTCTL_RATE_LIMIT_BACKEND" not in _config(render_values(tmp_path, {}, name="one"))
    two = render_values(tmp_path, {"server": {"replicas": 2}}, name="two")
    assert _config(two)["CERTCTL_RATE_LIMIT_BACKEND"] == "postgres"
    memory = {"server": {"replicas": 2, "rateLimiting": {"backend": "memory"}}}
    assert _config(render_values(tmp_path, memory, name="memory"))["CERTCTL_RATE_LIMIT_BACKEND"] == "memory"
    assert "2 replicas" in _warnings(memory)["server.rateLimiting.backend"]


def test_an_ingress_without_trusted_proxies_is_pointed_out():
    tls = [{"secretName": "certctl-ingress-tls", "hosts": ["certctl.example.com"]}]
    ingress = {"ingress": {"enabled": True, "hosts": [{"host": "certctl.example.com"}], "tls": tls}}
    assert "ingress controller's address" in _warnings(ingress)["server.http.trustedProxies"]
    trusted = {**ingress, "server": {"http": {"trustedProxies": ["10.244.0.0/16"]}}}
    assert "server.http.trustedProxies" not in _warnings(trusted)


@pytest.mark.parametrize(
    ("network", "peers", "port"),
    [
        (
            {},
            [{"kubernetes.io/metadata.name": "kube-system"}],
            53,
        ),
        (
            {"dnsProvider": "node-local-dns", "dnsCacheCidrs": ["169.254.20.10/32", "10.96.0.10/32"]},
            ["169.254.20.10/32", "10.96.0.10/32", {"kubernetes.io/metadata.name": "kube-system"}],
            53,
        ),
        ({"dnsProvider": "openshift"}, [{"kubernetes.io/metadata.name": "openshift-dns"}], 5353),
    ],
    ids=["kube-dns", "node-local-dns", "openshift"],
)
def test_every_pod_of_the_release_resolves_names_through_the_dns_the_cluster_runs(tmp_path, network, peers, port):
    policy = find(render_values(tmp_path, {"networkPolicy": network}), "NetworkPolicy", "certctl-allow-dns")
    validate(policy)
    release = {"app.kubernetes.io/name": "certctl", "app.kubernetes.io/instance": "certctl"}
    assert policy["spec"]["podSelector"] == {"matchLabels": release}  # the release's pods only
    found = []
    for rule in policy["spec"]["egress"]:
        for peer in rule["to"]:
            found.append(peer["ipBlock"]["cidr"] if "ipBlock" in peer else peer["namespaceSelector"]["matchLabels"])
        assert {(p["protocol"], p["port"]) for p in rule["ports"]} == {("UDP", port), ("TCP", port)}
    assert found == peers
