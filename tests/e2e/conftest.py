"""Fixtures of the end-to-end tests: one PostgreSQL per module, serving TLS for the names the
environments' database URLs use (CloudNativePG's for prod-ha, the external host of external-db)
from a test CA, and `stack_of(env)`, an environment's certctl on a database of its own
(tests/support/certctl_stack.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from certctl_k8s.naming import Naming
from conftest import ROOT, environment_values, rendered_env
from tests.support import postgres
from tests.support.certctl_build import Binaries
from tests.support.certctl_stack import Stack, database_pki
from tests.support.deployment import Deployment
from tests.support.harness import Pod


def rendered_db_url(name: str) -> str:
    values = environment_values(name)
    return (
        Deployment.of(values, rendered_env(name))
        .with_operator_objects()
        .env("server", "server")["CERTCTL_DATABASE_URL"]
    )


@dataclass
class Database:
    server: postgres.Server
    ca: Path  # the test CA standing in for CloudNativePG's


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One PostgreSQL for the module, serving TLS under the names of prod-ha's Cluster."""
    external = urlsplit(rendered_db_url("external-db")).hostname or ""
    pki = database_pki(tmp_path_factory.mktemp("database-pki"), Naming(environment_values("prod-ha")), external)
    server = postgres.Server().serve_tls(pki.server_cert, pki.server_key).start()
    try:
        yield Database(server, pki.ca_cert)
    finally:
        server.stop()


@pytest.fixture
def stack_of(certctl_binaries: Binaries, database: Database, pods: list[Pod], tmp_path: Path) -> Callable[[str], Stack]:
    def make(name: str) -> Stack:
        values_file = ROOT / "environments" / f"{name}.yaml"
        return Stack(values_file, rendered_env(name), certctl_binaries, database.server, pods, tmp_path, database.ca)

    return make
