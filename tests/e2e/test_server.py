"""certctl v2.1.7's own server, run from the committed environments' server pods through the pod
harness against a real PostgreSQL (tests/support/certctl_stack.py says what differs from a
cluster): its start, migrations and probes, the configure Job, the migration Job and the keys'
privileges. The tests need the binaries `make test` builds (certctl_build): they skip only when
the Go module proxy refuses certctl's module, and fail for anything else."""

from __future__ import annotations

import http.client
import re
import socket
import ssl
import threading
from collections.abc import Callable
from typing import Any

import pytest

from conftest import ROOT, rendered_env
from tests.support import postgres
from tests.support.certctl_stack import REQUIREMENTS, Stack, configured
from tests.support.dns import HeadlessServiceDns

pytestmark = REQUIREMENTS
PROBES = ("startupProbe", "readinessProbe", "livenessProbe")


@pytest.mark.parametrize("name", ["default", "prod-ha"])
def test_the_server_validates_migrates_and_answers_its_declared_probes(name, stack_of):
    stack = stack_of(name)
    server = stack.start_server()
    assert {kind: server.probe(kind, stack.port) for kind in PROBES} == dict.fromkeys(PROBES, 200)
    applied = stack.database.psql("SELECT version FROM schema_migrations", stack.database_name).split()
    shipped = sorted(path.name for path in stack.binaries.migrations.glob("*.up.sql"))
    assert sorted(applied) == shipped
    sslmode = stack.database_url.rpartition("sslmode=")[2]
    encrypted = stack.database.psql(
        "SELECT DISTINCT ssl FROM pg_stat_ssl JOIN pg_stat_activity USING (pid) "
        f"WHERE datname = '{stack.database_name}'"
    ).split()
    assert (sslmode, encrypted) == (("verify-full", ["t"]) if name == "prod-ha" else ("disable", ["f"]))


def test_the_configure_job_grants_the_roles_once_and_every_replica_loads_the_dns01_settings(stack_of):
    """prod-ha's server replicas on one database (at 127.0.0.1, 127.0.0.2, ..., as the pod
    addresses behind the headless Service), then its configure Job twice: the Job waits until
    the Service lists `server.replicas` ready pods."""
    stack = stack_of("prod-ha")
    count = stack.deployment.values.server.replicas
    replicas = [stack.start_server(f"127.0.0.{index + 1}") for index in range(count)]
    host = stack.deployment.env("configure", "configure")["CONFIGURE_REPLICAS_HOST"]
    # The hook scripts' paths are the server pods' (a volume of theirs), not the Job's: as declared.
    declared = stack.deployment.env("configure", "configure")
    scripts = {name: declared[name] for name in ("CONFIGURE_DNS_PRESENT_SCRIPT", "CONFIGURE_DNS_CLEANUP_SCRIPT")}
    quick = {"CONFIGURE_RETRY_SECONDS": "0.1", **scripts}
    with HeadlessServiceDns(host, [server.address for server in replicas]) as dns:
        first = stack.run("configure", "configure", CONFIGURE_DNS_SERVER=dns.server, **quick)
        second = stack.run("configure", "configure", CONFIGURE_DNS_SERVER=dns.server, **quick)
    assert first.returncode == 0, first.stderr
    assert second.returncode == 0, second.stderr
    assert first.stderr.splitlines()[-1] == "configure-certctl: done: 10 change(s)"
    assert second.stderr.splitlines()[-1] == "configure-certctl: done: 0 change(s)"
    api, admin = stack.api(), stack.server_env()["API_KEY_ADMIN"]
    roles = {role["id"]: role["name"] for role in api.call("GET", "/api/v1/auth/roles", admin)[1]["roles"]}
    keys = api.call("GET", "/api/v1/auth/keys", admin)[1]["keys"]
    held = {key["actor_id"]: {roles[role] for role in key["role_ids"]} for key in keys}
    assert held["agent"] >= {"agent", "agent-verification"} and "agent-registration" in held["registrar"]
    # Each replica rebuilt its issuer registry at start, then once for each DNS-01 issuer on each
    # run of the Job (a replica rebuilds only on an update it serves itself, internal/service/
    # issuer.go:234-235, so every run sends the update to every ready pod): 1 + 2 issuers x 2 runs.
    assert [server.logged("issuer registry built from database") for server in replicas] == [5] * count


def test_the_migration_job_migrates_an_empty_database_and_the_server_pods_wait_for_it(stack_of):
    """external-db (migrations.viaHook): the server pod's schema wait refuses the empty database,
    the Job's real `--migrate-only` migrates it, then the wait passes and the server starts
    without migrating."""
    stack = stack_of("external-db")
    quick = {**stack.overrides(), "WAIT_SECONDS": "1", "WAIT_INTERVAL_SECONDS": "1"}
    early = stack.pod("server")
    assert [c["name"] for c in early.spec["initContainers"]] == ["list-migrations", "wait-for-schema"]
    assert early.run("list-migrations").returncode == 0
    refused = early.run("wait-for-schema", **quick)
    assert refused.returncode == 1
    assert "cannot read schema_migrations" in refused.stderr
    job = stack.pod("migration")
    for container in [*job.spec.get("initContainers", []), *job.spec["containers"]]:
        result = job.run(container["name"], **stack.overrides())
        assert result.returncode == 0, f"{container['name']}: {result.stderr}"
    assert "--migrate-only: migrations + seed complete" in result.stdout + result.stderr
    applied = stack.database.psql("SELECT version FROM schema_migrations", stack.database_name).split()
    assert sorted(applied) == sorted(path.name for path in stack.binaries.migrations.glob("*.up.sql"))
    server = stack.start_server()
    # cmd/server/migrations.go:154-156
    assert server.logged("skipping migrations at boot (CERTCTL_MIGRATIONS_VIA_HOOK=true") == 1


def test_the_agent_metrics_and_registrar_keys_are_refused_admin_calls(stack_of):
    """default, configured by its Job: every key but the admin key gets 403 on an admin call
    (listing the API keys needs auth.key.list, internal/api/router/router.go:447); the metrics
    key reads the Prometheus exposition (metrics.read, router.go:801)."""
    stack, _ = configured(stack_of)
    api, env = stack.api(), stack.server_env()
    keys = {name: env[f"API_KEY_{name.upper()}"] for name in ("admin", "agent", "metrics", "registrar")}
    assert {name: api.call("GET", "/api/v1/auth/keys", key)[0] for name, key in keys.items()} == {
        "admin": 200, "agent": 403, "metrics": 403, "registrar": 403,
    }  # fmt: skip
    status, exposition = api.call("GET", "/api/v1/metrics/prometheus", keys["metrics"])
    assert status == 200
    assert "# TYPE certctl_" in exposition


def scrape(endpoint: dict[str, Any], secret: Callable[[str, str], str], port: int) -> str:
    """One scrape as Prometheus makes it from a ServiceMonitor endpoint: its scheme and path, the
    bearer token and CA from their Secrets, the certificate checked for `tlsConfig.serverName`
    (the connection itself goes to 127.0.0.1:`port`)."""
    assert endpoint["scheme"] == "https"
    token = secret(endpoint["bearerTokenSecret"]["name"], endpoint["bearerTokenSecret"]["key"])
    tls = endpoint["tlsConfig"]
    context = ssl.create_default_context(cadata=secret(tls["ca"]["secret"]["name"], tls["ca"]["secret"]["key"]))
    connection = http.client.HTTPSConnection(tls["serverName"], port, context=context, timeout=10)
    connection.sock = context.wrap_socket(
        socket.create_connection(("127.0.0.1", port)), server_hostname=tls["serverName"]
    )
    connection.request("GET", endpoint["path"], headers={"Authorization": f"Bearer {token}"})
    answer = connection.getresponse()
    assert answer.status == 200
    return answer.read().decode()


def test_prometheus_scrapes_the_server_as_the_service_monitor_says_and_finds_every_metric_the_alerts_use(stack_of):
    """prod-ha's ServiceMonitor endpoint, run against the real server with the metrics key; each
    certctl_* series its PrometheusRule reads is in the exposition (an absent one would leave its
    alert silent forever)."""
    stack = stack_of("prod-ha")
    stack.start_server()
    manifests = stack.deployment.rendered.manifests
    [monitor] = [m for m in manifests if m["kind"] == "ServiceMonitor"]
    [endpoint] = monitor["spec"]["endpoints"]
    exposition = scrape(endpoint, lambda name, key: stack.deployment.secret_data(name)[key], stack.port)
    exposed = {line.split()[2] for line in exposition.splitlines() if line.startswith("# TYPE ")}
    [rules] = [m for m in manifests if m["kind"] == "PrometheusRule"]
    read = {
        name
        for group in rules["spec"]["groups"]
        for rule in group["rules"]
        for name in re.findall(r"\bcertctl_[a-z_]+", rule["expr"])
    }
    assert read and read <= exposed, sorted(read - exposed)


def test_a_server_pod_started_before_its_database_waits_for_it(certctl_binaries, pods, tmp_path):
    """default on a first install: the server pod starts while PostgreSQL is not up yet (here it
    comes up 3 s later). certctl pings once and exits (cmd/server/main.go:157-160,
    internal/repository/postgres/db.go:77-80); the pod must wait."""
    late = postgres.Server().start()
    values_file = ROOT / "environments" / "default.yaml"
    up = threading.Timer(3, late.resume)
    try:
        stack = Stack(values_file, rendered_env("default"), certctl_binaries, late, pods, tmp_path)
        late.pause()
        up.start()
        stack.start_server()
    finally:
        up.cancel()
        if up.is_alive():
            up.join()
        late.stop()
