"""certctl v2.1.7's own server and agent, run from the committed environments' synthesized objects
through the pod harness, against a real PostgreSQL (see tests/support/certctl_stack.py for what
differs from a cluster). Each test needs the binaries `make test` builds (certctl_build): it
skips only when the Go module proxy refuses certctl's module, and fails for anything else."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from certctl_k8s.naming import Naming
from conftest import environment_values, rendered_env
from tests.support import busybox, postgres
from tests.support.certctl_build import Binaries
from tests.support.certctl_stack import Stack, database_pki, http_probe
from tests.support.deployment import Deployment
from tests.support.harness import Pod, needs_root

pytestmark = [
    pytest.mark.realserver,
    needs_root,
    busybox.needs_busybox,
    pytest.mark.requires(postgres.unavailable()),
]
PROBES = ("startupProbe", "readinessProbe", "livenessProbe")


@dataclass
class Database:
    server: postgres.Server
    ca: Path  # the test CA standing in for CloudNativePG's


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One PostgreSQL for the module, serving TLS under the names of prod-ha's Cluster."""
    pki = database_pki(tmp_path_factory.mktemp("database-pki"), Naming(environment_values("prod-ha")))
    server = postgres.Server().serve_tls(pki.server_cert, pki.server_key).start()
    try:
        yield Database(server, pki.ca_cert)
    finally:
        server.stop()


@pytest.fixture
def pods() -> Iterator[list[Pod]]:
    made: list[Pod] = []
    yield made
    for pod in made:
        pod.close()


@pytest.fixture
def stack_of(certctl_binaries: Binaries, database: Database, pods: list[Pod], tmp_path: Path) -> Callable[[str], Stack]:
    def make(name: str) -> Stack:
        values = environment_values(name)
        deployment = Deployment.of(values, copy.deepcopy(rendered_env(name))).with_operator_objects()
        cnpg = values.postgresql.cloud_native_pg.enabled
        return Stack(deployment, certctl_binaries, database.server, pods, tmp_path, database.ca if cnpg else None)

    return make


@pytest.mark.parametrize("name", ["default", "prod-ha"])
def test_the_server_validates_migrates_and_answers_its_declared_probes(name, stack_of):
    stack = stack_of(name)
    pod, _ = stack.start_server()
    container = pod.container("server")
    assert {kind: http_probe(container, kind, {8443: stack.port}) for kind in PROBES} == dict.fromkeys(PROBES, 200)
    applied = stack.database.psql("SELECT version FROM schema_migrations", stack.database_name).split()
    shipped = sorted(path.name for path in stack.binaries.migrations.glob("*.up.sql"))
    assert sorted(applied) == shipped
    sslmode = stack.database_url.rpartition("sslmode=")[2]
    encrypted = stack.database.psql(
        "SELECT DISTINCT ssl FROM pg_stat_ssl JOIN pg_stat_activity USING (pid) "
        f"WHERE datname = '{stack.database_name}'"
    ).split()
    assert (sslmode, encrypted) == (("verify-full", ["t"]) if name == "prod-ha" else ("disable", ["f"]))
