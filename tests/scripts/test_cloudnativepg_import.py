"""The move from the StatefulSet into a CloudNativePG Cluster, drilled for real: one PostgreSQL
server plays the StatefulSet, with a database shaped like certctl's that its user owns; a second
plays the new Cluster's primary. The import then runs as CloudNativePG's `microservice` import
runs it (CloudNativePG 1.30, pkg/management/postgres/logicalimport): `pg_dump -Fd` over the
connection the synthesized Cluster's `externalClusters` entry describes, with the password from
the Secret it names; then, in the new database owned by the Cluster's application user,
`pg_restore --no-owner --no-privileges --role=<owner>` section by section, the owner briefly a
superuser. Every table, row, sequence and constraint must arrive, owned by that user."""

from __future__ import annotations

import subprocess

import pytest

from certctl_k8s.naming import Naming
from certctl_k8s.values import load_values
from conftest import find, render_values
from tests.scripts.test_backup_restore import ROWS, SCHEMA, STRUCTURE, TABLES
from tests.support import postgres
from tests.support.cloudnativepg import operator_secrets
from tests.support.deployment import Deployment

pytestmark = [pytest.mark.realserver, pytest.mark.requires(postgres.unavailable())]  # two PostgreSQL servers

IMPORT = {
    "postgresql": {
        "cloudNativePG": {
            "enabled": True,
            "imageName": "ghcr.io/cloudnative-pg/postgresql:16.11-system-trixie",
            "import": {"enabled": True},
        }
    }
}
SECTIONS = ("pre-data", "data", "post-data")


@pytest.fixture(scope="module")
def deployment(tmp_path_factory) -> Deployment:
    """The import's environment, with the Secrets `main.py secrets` generates (the StatefulSet's
    password among them) and the operator's."""
    folder = tmp_path_factory.mktemp("import")
    rendered = render_values(folder, IMPORT)
    generated = Deployment.of(load_values(folder / "case.yaml"), rendered)
    return Deployment(generated.values, rendered, [*generated.secrets, *operator_secrets(Naming(generated.values))])


def psql_as(server: postgres.Server, user: str, password: str, database: str, sql: str) -> str:
    return server.psql(sql, database, user, password)


def state(server: postgres.Server, user: str, password: str, database: str) -> dict[str, str]:
    tables = psql_as(server, user, password, database, TABLES).split()
    found = {table: psql_as(server, user, password, database, ROWS.format(table=table)).strip() for table in tables}
    found["structure"] = psql_as(server, user, password, database, STRUCTURE)
    return found


@pytest.fixture(scope="module")
def servers():
    source, target = postgres.Server(), postgres.Server()
    try:
        yield source.start(), target.start()
    finally:
        source.stop()
        target.stop()


def test_the_import_copies_every_table_into_the_clusters_database(deployment, servers, tmp_path):
    source_server, target_server = servers
    cluster = find(deployment.rendered, "Cluster")["spec"]
    [external] = cluster["externalClusters"]
    connection, password_ref = external["connectionParameters"], external["password"]
    initdb = cluster["bootstrap"]["initdb"]

    # The StatefulSet: its user, with the password of the Secret the Cluster names, owns the
    # database and everything certctl's migrations made in it.
    source_password = deployment.secret_data(password_ref["name"])[password_ref["key"]]
    user, database = connection["user"], connection["dbname"]
    source_server.psql(f"CREATE ROLE {user} LOGIN PASSWORD '{source_password}'")
    source_server.psql(f"CREATE DATABASE {database} OWNER {user}")
    psql_as(source_server, user, source_password, database, SCHEMA)
    before = state(source_server, user, source_password, database)

    # The export, over the externalCluster's connection (its host is the StatefulSet's Service,
    # which resolves only in the cluster: the drill server stands in for it).
    dump = tmp_path / initdb["import"]["databases"][0]
    dsn = " ".join(
        f"{name}={value}" for name, value in {**connection, "host": postgres.HOST, "port": source_server.port}.items()
    )
    exported = subprocess.run(
        [postgres.program("pg_dump"), "-Fd", "-f", str(dump), "-d", dsn],
        env={**source_server.client_env(user, source_password), "PGSSLMODE": connection["sslmode"]},
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert exported.returncode == 0, exported.stderr

    # The Cluster's primary after initdb: the owner with the operator's password, its database.
    owner, target_database = initdb["owner"], initdb["database"]
    owner_password = deployment.secret_data("certctl-db-app")["password"]
    target_server.psql(f"CREATE ROLE {owner} LOGIN PASSWORD '{owner_password}'")
    target_server.psql(f"CREATE DATABASE {target_database} OWNER {owner}")
    target_server.psql(f"ALTER USER {owner} SUPERUSER")
    for section in SECTIONS:
        restored = subprocess.run(
            [postgres.program("pg_restore"), "-U", postgres.SUPERUSER, "--no-owner", "--no-privileges",
             f"--role={owner}", "-d", target_database, "--section", section, str(dump)],
            env=target_server.client_env(postgres.SUPERUSER, target_server.superuser_password),
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert restored.returncode == 0, restored.stderr
    target_server.psql(f"ALTER USER {owner} NOSUPERUSER")

    # certctl, now connecting as the Cluster's application user, finds everything.
    assert state(target_server, owner, owner_password, target_database) == before
    owners = psql_as(
        target_server, owner, owner_password, target_database,
        "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'",
    )  # fmt: skip
    assert owners.split() == [owner]
    psql_as(target_server, owner, owner_password, target_database, "INSERT INTO audit_events "
            "(actor, action, created_at) VALUES ('admin', 'moved', now())")  # fmt: skip
