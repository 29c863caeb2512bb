"""Point-in-time recovery drilled with Barman Cloud's own programs, the ones the Barman Cloud
plugin runs in the instance pods, against an S3 API on loopback and Debian's PostgreSQL.

prod-ha is synthesized with its ObjectStore's `endpointURL` pointed at the S3 server, and every
command line comes from that ObjectStore and its Cluster the way the plugin builds them
(tests/support/barman.py, which cites the plugin's source): WAL archived by archive_command
through barman-cloud-wal-archive, a base backup with barman-cloud-backup, rows written, the time
noted, more rows written and their WAL archived; then barman-cloud-restore into a new data folder,
recovery to the noted time through barman-cloud-wal-restore, and exactly the first rows found;
and a second restore without a target, which replays the whole archive and finds every row."""

from __future__ import annotations

import copy
import json
import shlex
import time
from collections.abc import Iterator
from typing import Any

import pytest
import yaml

from conftest import ROOT, find, render_values, rendered_env
from tests.support import postgres
from tests.support.barman import Store
from tests.support.polling import wait_for
from tests.support.s3 import S3Server, tool

BEFORE, AFTER = 40, 25  # rows written before the noted time, and after it


@pytest.fixture(scope="module")
def prod_ha(tmp_path_factory, s3_server) -> dict[str, Any]:
    """prod-ha's values, with the object store's endpoint at the S3 server on loopback."""
    values = yaml.safe_load((ROOT / "environments" / "prod-ha.yaml").read_text())
    values = copy.deepcopy(values)
    values["postgresql"]["cloudNativePG"]["backup"]["objectStore"]["endpointURL"] = s3_server.endpoint
    rendered = render_values(tmp_path_factory.mktemp("prod-ha"), values, "prod-ha")
    return {"object_store": find(rendered, "ObjectStore"), "cluster": find(rendered, "Cluster")}


@pytest.fixture
def store(prod_ha, s3_server: S3Server, s3_bucket) -> Store:
    made = Store.of(prod_ha["object_store"], prod_ha["cluster"])
    assert made.configuration["endpointURL"] == s3_server.endpoint
    s3_bucket(made.configuration["destinationPath"].removeprefix("s3://").split("/")[0])
    return made


@pytest.fixture
def aws_env(store: Store, s3_server: S3Server) -> dict[str, str]:
    """What the plugin puts in the tools' environment: the keys from the Secret the ObjectStore
    names (here holding the S3 server's keys), and HOME for boto's files."""
    credentials = store.configuration["s3Credentials"]
    secret = {
        credentials["accessKeyId"]["key"]: s3_server.admin.access_key_id,
        credentials["secretAccessKey"]["key"]: s3_server.admin.secret_access_key,
    }
    assert credentials["accessKeyId"]["name"] == credentials["secretAccessKey"]["name"]
    return {**store.env({credentials["accessKeyId"]["name"]: secret}), "HOME": "/tmp"}


@pytest.fixture
def servers() -> Iterator[list[postgres.Server]]:
    """The drill's PostgreSQL servers, stopped at the end; without PostgreSQL the drill fails."""
    if reason := postgres.unavailable():
        pytest.fail(reason, pytrace=False)
    made: list[postgres.Server] = []
    yield made
    for server in made:
        server.stop()


def command(program: str, arguments: list[str], *tail: str) -> str:
    """A shell command line for postgresql.conf (archive_command, restore_command)."""
    return shlex.join([str(tool(program)), *arguments]) + "".join(f" {part}" for part in tail)


def barman(server: postgres.Server, program: str, arguments: list[str], env: dict[str, str]) -> str:
    """Run a Barman Cloud program as the server's owner (it reads the data folder), as the plugin's
    sidecar runs it as the instance's user."""
    result = server.run_as_owner(tool(program), *arguments, env=env)
    assert result.returncode == 0, f"{program} {shlex.join(arguments)}: {result.stderr}{result.stdout}"
    return result.stdout


def archived(server: postgres.Server, segment: str) -> bool:
    last, failed = (
        server.psql("SELECT coalesce(last_archived_wal, ''), failed_count FROM pg_stat_archiver").strip().split("|")
    )
    assert failed == "0", f"archive_command failed: {server.log()[-3000:]}"
    return last >= segment


def switch_and_archive(server: postgres.Server) -> None:
    """Close the current WAL segment and wait until archive_command has shipped it."""
    segment = server.psql("SELECT pg_walfile_name(pg_switch_wal())").strip()
    wait_for(lambda: archived(server, segment), timeout=120, interval=0.5)


def test_prod_has_object_store_gives_the_plugins_arguments():
    """dist/prod-ha as it stands (AWS S3: no endpoint), read the way the plugin reads it."""
    rendered = rendered_env("prod-ha")
    store = Store.of(find(rendered, "ObjectStore"), find(rendered, "Cluster"))
    where = ["s3://example-certctl-backups/prod-ha", "certctl-db"]
    assert store.wal_archive() == ["--gzip", "--cloud-provider", "aws-s3", *where]
    assert store.backup("b") == ["--user", "postgres", "--name", "b", "--gzip", "--cloud-provider", "aws-s3", *where]
    assert store.wal_restore() == ["--cloud-provider", "aws-s3", *where]
    assert store.backup_delete() == [
        "--cloud-provider",
        "aws-s3",
        "--retention-policy",
        "RECOVERY WINDOW OF 30 DAYS",
        *where,
    ]
    assert store.env({"certctl-db-backup": {"ACCESS_KEY_ID": "id", "ACCESS_SECRET_KEY": "key"}}) == {
        "AWS_ACCESS_KEY_ID": "id",
        "AWS_SECRET_ACCESS_KEY": "key",
    }


def recover(
    store: Store, backup_id: str, env: dict[str, str], origin: postgres.Server, target: str | None
) -> postgres.Server:
    """A new server from the base backup (barman-cloud-restore into an empty data folder), then
    recovery through restore_command to `target` (to the end of the archive without one), and
    promotion, as the plugin configures it; returns once the server is out of recovery."""
    restored = postgres.Server()
    restored.superuser_password = origin.superuser_password  # a restore brings the roles back
    barman(restored, "barman-cloud-restore", store.restore(backup_id, str(restored.data)), env)
    (restored.data / "recovery.signal").touch()
    settings = {
        "archive_mode": "off",  # a restored copy must not archive into the origin's folder
        "restore_command": command("barman-cloud-wal-restore", store.wal_restore(), "%f", "%p"),
        "recovery_target_action": "promote",
    }
    restored.start(settings={**settings, **({"recovery_target_time": target} if target else {})}, env=env)
    wait_for(lambda: restored.psql("SELECT pg_is_in_recovery()").strip() == "f", timeout=120, interval=0.5)
    log = restored.log()
    assert "restored log file" in log and "archive recovery complete" in log, log[-3000:]
    return restored


def rows(server: postgres.Server) -> list[int]:
    return [int(n) for n in server.psql("SELECT n FROM drill ORDER BY n").split()]


@pytest.mark.realserver
def test_point_in_time_recovery_with_the_plugins_commands(store, aws_env, s3_server, servers):
    timings: dict[str, float] = {}
    started = time.monotonic()
    origin = postgres.Server()
    servers.append(origin)
    origin.start(
        settings={
            "archive_mode": "on",
            "archive_command": command("barman-cloud-wal-archive", store.wal_archive(), "%p"),
            "wal_level": "replica",
        },
        env=aws_env,
    )
    origin.psql("CREATE TABLE drill (n integer PRIMARY KEY, written timestamptz NOT NULL DEFAULT clock_timestamp())")
    switch_and_archive(origin)

    backup_env = {**aws_env, "PGHOST": postgres.HOST, "PGPORT": str(origin.port),
                  "PGPASSWORD": origin.superuser_password}  # fmt: skip
    name = "backup-drill"
    barman(origin, "barman-cloud-backup", store.backup(name), backup_env)
    timings["start, archive and base backup"] = time.monotonic() - started
    shown = json.loads(barman(origin, "barman-cloud-backup-show", [*store.backup_list(), name], aws_env))
    backup_id = shown["cloud"]["backup_id"]

    origin.psql(f"INSERT INTO drill (n) SELECT generate_series(1, {BEFORE})")
    time.sleep(1.1)  # commit timestamps have microseconds; a clear gap on both sides of the target
    target = origin.psql("SELECT clock_timestamp()").strip()
    time.sleep(1.1)
    origin.psql(f"INSERT INTO drill (n) SELECT generate_series({BEFORE} + 1, {BEFORE + AFTER})")
    switch_and_archive(origin)
    assert rows(origin) == list(range(1, BEFORE + AFTER + 1))

    started = time.monotonic()
    at_target = recover(store, backup_id, aws_env, origin, target)
    servers.append(at_target)
    timings["restore and recovery to the time"] = time.monotonic() - started
    assert rows(at_target) == list(range(1, BEFORE + 1)), at_target.log()[-3000:]
    assert at_target.psql(f"SELECT count(*) FROM drill WHERE written > '{target}'").strip() == "0"
    assert "recovery stopping before commit of transaction" in at_target.log()

    started = time.monotonic()
    latest = recover(store, backup_id, aws_env, origin, None)
    servers.append(latest)
    timings["restore and recovery to the end"] = time.monotonic() - started
    assert rows(latest) == list(range(1, BEFORE + AFTER + 1)), latest.log()[-3000:]

    objects = s3_server.objects(store.configuration["destinationPath"].removeprefix("s3://").split("/")[0])
    assert any("/wals/" in key and key.endswith(".gz") for key in objects), f"WAL gzip-compressed: {objects}"
    assert any(key.endswith(f"/base/{backup_id}/data.tar.gz") for key in objects), f"data gzip-compressed: {objects}"

    # What the plugin runs after each backup: the retention policy keeps a backup this young.
    barman(origin, "barman-cloud-backup-delete", store.backup_delete(), aws_env)
    listed = barman(origin, "barman-cloud-backup-list", store.backup_list(), aws_env)
    assert [b["backup_id"] for b in json.loads(listed)["backups_list"]] == [backup_id]
    print(f"drill: {BEFORE} of {BEFORE + AFTER} rows back at {target}, all {BEFORE + AFTER} at the end;",
          ", ".join(f"{step} {seconds:.1f}s" for step, seconds in timings.items()))  # fmt: skip
