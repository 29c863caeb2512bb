"""The backup CronJob, drilled for real: a PostgreSQL server from Debian's packages holds a
database shaped like certctl's; the CronJob's own command from the `default` and `openshift`
environments' manifests runs under BusyBox sh (as in the postgres:16-alpine image) through the pod harness:
as the pod's user, with the container's resolved environment and its volumes laid out with the
kubelet's owners and modes (the claim too); the dump is then restored with
pg_restore and compared table by table. Also: retention, failures that keep nothing, and the
s3 sink: the upload container's command with the real AWS CLI against an S3 API on loopback."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from certctl_k8s.values import load_values
from conftest import ROOT, environment_values, merged, render_values, rendered_env
from tests.support import harness, postgres
from tests.support.busybox import BUSYBOX, MISSING_BUSYBOX, applet_path
from tests.support.deployment import Deployment
from tests.support.s3 import Keys, S3Server, tool

COMPONENT = "postgres-backup"
pytestmark = [
    pytest.mark.realserver,  # PostgreSQL
    harness.needs_root,
    pytest.mark.requires(None if BUSYBOX else MISSING_BUSYBOX),
    pytest.mark.requires(postgres.unavailable()),
]

# Tables shaped like certctl's: text ids, foreign keys, bytea, timestamps, jsonb, arrays, a
# bigserial, and the schema_migrations ledger the server keeps.
SCHEMA = r"""
CREATE TABLE schema_migrations (version bigint PRIMARY KEY, dirty boolean NOT NULL DEFAULT false);
INSERT INTO schema_migrations SELECT v, false FROM generate_series(1, 46) AS v;

CREATE TABLE issuers (
    id text PRIMARY KEY,
    name text NOT NULL,
    type text NOT NULL,
    config jsonb NOT NULL DEFAULT '{}',
    encrypted_config bytea,
    enabled boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO issuers (id, name, type, config, encrypted_config) VALUES
    ('iss-local', 'Local CA', 'local', '{"validity_days": 90}', NULL),
    ('iss-acme-prod', 'ACME Production', 'acme',
     '{"directory_url": "https://acme.example/directory", "dns_propagation_wait": 90}',
     sha256('vault-token'::bytea) || sha256('nonce'::bytea));

CREATE TABLE agents (
    id text PRIMARY KEY,
    name text NOT NULL UNIQUE,
    hostname text,
    last_heartbeat_at timestamptz,
    retired_at timestamptz
);
INSERT INTO agents
SELECT 'agent-' || n, 'certctl-node-' || n, 'node-' || n || '.cluster.local',
       timestamptz '2025-01-01 00:00:00+00' + n * interval '7 minutes',
       CASE WHEN n % 5 = 0 THEN timestamptz '2025-02-01 12:00:00+00' END
FROM generate_series(1, 20) AS n;

CREATE TABLE managed_certificates (
    id text PRIMARY KEY,
    common_name text NOT NULL,
    sans text[] NOT NULL DEFAULT '{}',
    issuer_id text NOT NULL REFERENCES issuers (id),
    agent_id text REFERENCES agents (id),
    status text NOT NULL,
    expires_at timestamptz NOT NULL
);
INSERT INTO managed_certificates
SELECT 'mc-' || n, 'svc-' || n || '.example.com',
       ARRAY['svc-' || n || '.example.com', 'www.svc-' || n || '.example.com'],
       CASE WHEN n % 3 = 0 THEN 'iss-acme-prod' ELSE 'iss-local' END,
       'agent-' || (n % 20 + 1),
       (ARRAY['Active', 'Expiring', 'Renewing', 'Revoked'])[n % 4 + 1],
       timestamptz '2025-06-01 00:00:00+00' + n * interval '1 day'
FROM generate_series(1, 300) AS n;

CREATE TABLE certificate_versions (
    id bigserial PRIMARY KEY,
    certificate_id text NOT NULL REFERENCES managed_certificates (id) ON DELETE CASCADE,
    serial_number text NOT NULL,
    der bytea NOT NULL,
    pem text NOT NULL,
    not_before timestamptz NOT NULL,
    not_after timestamptz NOT NULL,
    UNIQUE (certificate_id, serial_number)
);
INSERT INTO certificate_versions (certificate_id, serial_number, der, pem, not_before, not_after)
SELECT 'mc-' || n, md5(n::text || '-' || v), sha512((n * 10 + v)::text::bytea) || '\x00ff00'::bytea,
       E'-----BEGIN CERTIFICATE-----\n' || encode(sha256((n * 10 + v)::text::bytea), 'base64')
           || E'\n-----END CERTIFICATE-----\n',
       timestamptz '2025-01-01 00:00:00+00' + v * interval '90 days',
       timestamptz '2025-01-01 00:00:00+00' + (v + 1) * interval '90 days'
FROM generate_series(1, 300) AS n, generate_series(0, 2) AS v;

CREATE TABLE jobs (
    id text PRIMARY KEY,
    certificate_id text NOT NULL REFERENCES managed_certificates (id),
    agent_id text REFERENCES agents (id),
    type text NOT NULL,
    status text NOT NULL,
    last_error text,
    scheduled_at timestamptz NOT NULL
);
INSERT INTO jobs
SELECT 'job-' || n, 'mc-' || (n % 300 + 1), 'agent-' || (n % 20 + 1),
       (ARRAY['Issuance', 'Renewal', 'Deployment'])[n % 3 + 1],
       (ARRAY['Pending', 'Completed', 'Failed'])[n % 3 + 1],
       CASE WHEN n % 3 = 2 THEN E'tls: handshake failure\nretrying (Zürich ✓)' END,
       timestamptz '2025-03-01 00:00:00+00' + n * interval '1 hour'
FROM generate_series(1, 500) AS n;

CREATE TABLE audit_events (
    id bigserial PRIMARY KEY,
    actor text NOT NULL,
    action text NOT NULL,
    details jsonb,
    created_at timestamptz NOT NULL
);
INSERT INTO audit_events (actor, action, details, created_at)
SELECT 'admin', 'certificate.renew', jsonb_build_object('certificate', 'mc-' || n, 'n', n),
       timestamptz '2025-03-01 00:00:00+00' + n * interval '1 minute'
FROM generate_series(1, 200) AS n;

CREATE TABLE crl_cache (
    issuer_id text PRIMARY KEY REFERENCES issuers (id),
    crl_der bytea NOT NULL,
    next_update timestamptz NOT NULL
);
INSERT INTO crl_cache VALUES ('iss-local', sha256('crl'::bytea), '2025-07-01 00:00:00+00');

CREATE TABLE ocsp_response_cache (
    serial_number text PRIMARY KEY,
    response bytea NOT NULL,
    expires_at timestamptz NOT NULL
);
INSERT INTO ocsp_response_cache
SELECT md5(n::text), sha256(n::text::bytea), '2025-07-01 00:00:00+00' FROM generate_series(1, 50) AS n;

CREATE INDEX jobs_status ON jobs (status, scheduled_at);
"""

# What a database holds, in a form two databases can be compared by: every table's row count
# and a digest of its rows in order, the sequences' positions, constraints and indexes.
TABLES = "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
ROWS = """SELECT count(*) || ' ' || coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '-')
FROM public.{table} AS t"""
STRUCTURE = """
SELECT 'sequence ' || sequencename || ' ' || last_value FROM pg_sequences WHERE schemaname = 'public'
UNION ALL
SELECT 'constraint ' || conrelid::regclass || ' ' || pg_get_constraintdef(oid)
FROM pg_constraint WHERE connamespace = 'public'::regnamespace
UNION ALL
SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
ORDER BY 1
"""


@pytest.fixture(scope="module", params=["default", "openshift"])
def deployment(request) -> Deployment:
    """An environment whose CronJob dumps the bundled database onto a claim: `default`, and
    `openshift`, whose pod runs under the user and fsGroup restricted-v2 assigns (a random
    namespace block, group 0: support/openshift.py)."""
    values = environment_values(request.param)
    assert values.backup.enabled and values.backup.sink == "pvc"
    return Deployment.of(values, rendered_env(request.param))


def database_password(deployment: Deployment) -> str:
    """The password the CronJob reads: from the Secret `main.py secrets` generated."""
    volume = next(v for v in deployment.pod_spec(COMPONENT)["volumes"] if v["name"] == "password")["secret"]
    return deployment.secret_data(volume["secretName"])[volume["items"][0]["key"]]


@pytest.fixture(scope="module")
def server(deployment) -> Any:
    """A PostgreSQL server with certctl's role, whose password is the generated Secret's."""
    running = postgres.Server().start()
    try:
        env = deployment.env(COMPONENT, "backup")
        running.psql(f"CREATE ROLE {env['PGUSER']} LOGIN PASSWORD '{database_password(deployment)}'")
        yield running
    finally:
        running.stop()


class Database:
    """certctl's database on the drill server, as the CronJob's environment names it."""

    def __init__(self, server: postgres.Server, deployment: Deployment) -> None:
        env = deployment.env(COMPONENT, "backup")
        self.server, self.name, self.user = server, env["PGDATABASE"], env["PGUSER"]
        self.password = database_password(deployment)

    def create(self, name: str) -> None:
        self.server.psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self.server.psql(f"CREATE DATABASE {name} OWNER {self.user}")

    def sql(self, text: str, database: str | None = None) -> str:
        return self.server.psql(text, database or self.name, self.user, self.password)

    def state(self, database: str | None = None) -> dict[str, str]:
        tables = self.sql(TABLES, database).split()
        state = {table: self.sql(ROWS.format(table=table), database).strip() for table in tables}
        state["structure"] = self.sql(STRUCTURE, database)
        return state

    def pg_restore(self, dump: Path, *options: str, database: str | None = None) -> None:
        result = subprocess.run(
            [postgres.program("pg_restore"), "--no-owner", "--exit-on-error", "--single-transaction",
             *options, "--dbname", database or self.name, str(dump)],
            env=self.server.client_env(self.user, self.password), capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr


@pytest.fixture
def database(server, deployment) -> Database:
    """A fresh certctl-shaped database for each test."""
    db = Database(server, deployment)
    db.create(db.name)
    db.sql(SCHEMA)
    return db


class Pod:
    """The CronJob's pod, laid out and run by the pod harness as the kubelet would (its users,
    owners and modes), with the database at the drill server and PostgreSQL's client programs on
    PATH beside BusyBox, as in the postgres image."""

    def __init__(self, deployment: Deployment, server: postgres.Server) -> None:
        self.pod = harness.Pod(deployment, COMPONENT)
        self.server = server

    def folder(self, container: str, mount_path: str) -> Path:
        return self.pod.path(container, mount_path)

    def program(self, name: str, text: str) -> Path:
        """A stand-in program the pod's user can run."""
        path = self.pod.programs() / name
        path.write_text(text)
        path.chmod(0o755)
        return path

    def dump_programs(self, **overrides: str | Path) -> dict[str, str | Path]:
        return {"pg_dump": postgres.program("pg_dump"), "pg_restore": postgres.program("pg_restore"), **overrides}

    def overrides(self, **programs: str | Path) -> dict[str, str]:
        return {"PGHOST": postgres.HOST, "PGPORT": str(self.server.port), "PATH": applet_path(**programs)}

    def start(self, container: str = "backup", **programs: str | Path) -> subprocess.Popen[str]:
        return self.pod.start(container, **self.overrides(**(programs or self.dump_programs())))

    def run(self, container: str = "backup", shell: list[str] | None = None, **programs: str | Path):
        overrides = self.overrides(**(programs or self.dump_programs()))
        return self.pod.run(container, timeout=120, shell=shell, **overrides)


def dumps(folder: Path) -> list[Path]:
    return sorted(folder.glob("certctl-*Z.dump"))


@pytest.fixture
def pod(deployment, server) -> Iterator[Pod]:
    made = Pod(deployment, server)
    yield made
    made.pod.close()


def test_a_dump_restores_into_an_empty_database_with_every_row(database, pod):
    before = database.state()
    assert len(before) == 10 and before["certificate_versions"].startswith("900 ")

    result = pod.run()

    assert result.returncode == 0, result.stderr
    backups = pod.folder("backup", "/backups")
    [dump] = dumps(backups)
    assert sorted(p.name for p in backups.iterdir()) == [dump.name], "only the finished dump is left"
    assert dump.stat().st_mode & 0o077 == 0, "a dump holds key hashes and encrypted credentials: owner only"
    assert dump.stat().st_uid == pod.pod.user(pod.pod.container("backup"))[0], "written as the pod's user"
    assert f"wrote {dump} (" in result.stderr and "data of 9 tables" in result.stderr

    database.create("restored")
    database.pg_restore(dump, database="restored")
    assert database.state("restored") == before


def test_the_runbook_restore_brings_back_the_dumped_state(database, pod):
    """`pg_restore --clean --if-exists` over the live database, as the README's runbook does it,
    after rows were deleted, changed and added and a table was dropped."""
    before = database.state()
    assert pod.run().returncode == 0
    [dump] = dumps(pod.folder("backup", "/backups"))
    database.sql(
        "DELETE FROM certificate_versions WHERE id % 7 = 0; UPDATE issuers SET enabled = false;"
        "INSERT INTO agents (id, name) VALUES ('agent-new', 'certctl-late');"
        "INSERT INTO schema_migrations VALUES (47, false); DROP TABLE ocsp_response_cache;"
    )
    assert database.state() != before

    database.pg_restore(dump, "--clean", "--if-exists")

    assert database.state() == before


def test_only_the_newest_dumps_are_kept(database, pod, deployment):
    keep = int(deployment.env(COMPONENT, "backup")["BACKUP_KEEP"])
    backups = pod.folder("backup", "/backups")
    old = [backups / f"certctl-202401{day:02d}T023000Z.dump" for day in range(1, keep + 3)]
    for path in old:
        path.write_text("an older dump")
    unrelated = [backups / "certctl-manual.dump", backups / "notes.txt"]
    for path in unrelated:
        path.write_text("the operator's")
    # A dump a killed run left unfinished two hours ago goes; a younger one may be a live run's.
    stale, live = backups / ".certctl-20240101T023000Z.dump.partial", backups / ".certctl-20990101T023000Z.dump.partial"
    for path in (stale, live):
        path.write_text("unfinished")
    two_hours_ago = time.time() - 7200
    os.utime(stale, (two_hours_ago, two_hours_ago))

    result = pod.run()

    assert result.returncode == 0, result.stderr
    kept = dumps(backups)
    assert len(kept) == keep
    assert kept[:-1] == old[-(keep - 1) :] and kept[-1].read_bytes().startswith(b"PGDMP")
    assert all(path.exists() for path in unrelated)
    assert not stale.exists() and live.exists()
    assert result.stderr.count("deleted ") == 3


def test_a_wrong_password_fails_and_keeps_nothing(database, pod):
    password = pod.pod.path("backup", pod.pod.deployment.env(COMPONENT, "backup")["BACKUP_PASSWORD_FILE"])
    password.write_text("not-the-password")

    result = pod.run()

    assert result.returncode == 1
    assert "password authentication failed" in result.stderr
    assert "pg_dump failed; no dump kept" in result.stderr
    assert list(pod.folder("backup", "/backups").iterdir()) == []


def fake_pg_dump(pod: Pod, body: str) -> Path:
    """A pg_dump that writes what `body` says into its --file, for failures a real one rarely has."""
    return pod.program(
        "pg_dump",
        f"#!{BUSYBOX} sh\n"
        '[ "$1" = --version ] && { echo "pg_dump (PostgreSQL) 16.0"; exit 0; }\n'
        "for arg; do case $arg in --file=*) out=${arg#--file=} ;; esac; done\n" + body,
    )


def test_a_dump_that_pg_restore_cannot_read_is_not_kept(database, pod):
    garbage = fake_pg_dump(pod, 'printf "not a dump" >"$out"\n')

    result = pod.run(**pod.dump_programs(pg_dump=garbage))

    assert result.returncode == 1
    assert "pg_restore cannot read the dump; not kept" in result.stderr
    assert list(pod.folder("backup", "/backups").iterdir()) == []


def test_a_stopped_run_ends_at_once_and_leaves_no_partial_file(database, pod):
    """The kubelet (or the Job's deadline) sends SIGTERM to the shell, PID 1 of the container."""
    slow = fake_pg_dump(pod, 'printf "half a dump" >"$out"\nexec sleep 60\n')
    backups = pod.folder("backup", "/backups")
    started = time.monotonic()
    process = pod.start(**pod.dump_programs(pg_dump=slow))
    while not list(backups.glob(".*.partial")):
        assert process.poll() is None and time.monotonic() - started < 10
        time.sleep(0.05)

    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=10)

    assert process.returncode == 143, stderr
    assert time.monotonic() - started < 10
    assert list(backups.iterdir()) == []


# --- the s3 sink ---------------------------------------------------------------------------------
# The upload container's command, run by the pod harness with the real AWS CLI against moto's S3
# API (tests/support/s3.py), which checks every request's signature and the keys' IAM policy.
# The CLI here is v1 from PyPI, the image's is v2: `aws s3 cp` takes the same arguments and reads
# the same variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_DEFAULT_REGION) in both.

PREFIX = "prod/eu/"  # as people write it: the keys are prod/eu/certctl-<time>.dump all the same
S3 = {"bucket": "certctl-dumps", "prefix": PREFIX, "region": "eu-west-1"}
# What the README asks of the Secret's keys: s3:PutObject on the prefix, nothing more.
UPLOAD_POLICY = (["s3:PutObject"], [f"arn:aws:s3:::{S3['bucket']}/{PREFIX}*"])


@pytest.fixture(scope="module")
def s3_deployment(tmp_path_factory, deployment, s3_server) -> Deployment:
    """The module's environment with the s3 sink: the same generated Secrets (so the drill
    server's role fits), plus the AWS Secret the operator creates, holding the keys of a user
    allowed only what the README says the upload needs."""
    name = deployment.rendered.name
    folder = tmp_path_factory.mktemp("s3")
    written = yaml.safe_load((ROOT / "environments" / f"{name}.yaml").read_text())
    rendered = render_values(folder, merged(written, {"backup": {"enabled": True, "sink": "s3", "s3": S3}}))
    values = load_values(folder / "case.yaml")
    keys = s3_server.user(f"certctl-backup-{name}", *UPLOAD_POLICY)
    aws = values.backup.s3.credentials_secret
    secret = {
        "kind": "Secret",
        "metadata": {"name": aws.name},
        "stringData": {aws.access_key_id_key: keys.access_key_id,
                       aws.secret_access_key_key: keys.secret_access_key},
    }  # fmt: skip
    return Deployment(values, rendered, [*deployment.secrets, secret])


def shells() -> list[Any]:
    """The upload step under BusyBox sh, and under bash as `sh` as the AWS CLI image (Amazon
    Linux) runs it, with GNU tools on PATH."""
    no_bash = pytest.mark.requires(None if shutil.which("bash") else "bash is not installed (Debian package bash)")
    return [pytest.param("busybox", id="busybox-sh"), pytest.param("bash", id="bash-as-sh", marks=no_bash)]


_s3_pods: list[Pod] = []


@pytest.fixture(autouse=True)
def _close_s3_pods() -> Iterator[None]:
    yield
    while _s3_pods:
        _s3_pods.pop().pod.close()


def s3_pod(deployment: Deployment, server: postgres.Server) -> Pod:
    made = Pod(deployment, server)
    _s3_pods.append(made)
    return made


def run_upload(pod: Pod, s3: S3Server, shell: str = "busybox") -> subprocess.CompletedProcess[str]:
    """The upload container's command with the AWS CLI on PATH, sent to the S3 API on loopback
    (AWS_ENDPOINT_URL: the one variable a pod in AWS would not have)."""
    aws = tool("aws")
    endpoint = {"AWS_ENDPOINT_URL": s3.endpoint}
    if shell == "busybox":
        return pod.pod.run("upload", timeout=120, **pod.overrides(aws=aws), **endpoint)
    bin_dir = pod.pod.programs() / "bash-bin"
    bin_dir.mkdir(exist_ok=True)
    bin_dir.chmod(0o755)
    (bin_dir / "sh").unlink(missing_ok=True)
    (bin_dir / "sh").symlink_to(shutil.which("bash") or "bash")
    return pod.pod.run(
        "upload", timeout=120, shell=[str(bin_dir / "sh")], PATH=f"{aws.parent}:/usr/bin:/bin", **endpoint
    )


def staged_dump(pod: Pod) -> Path:
    """A dump where the dump container leaves it for the upload."""
    dump = pod.folder("upload", "/dump") / "certctl-20250101T023000Z.dump"
    dump.write_text("a dump")
    return dump


@pytest.mark.realserver
@pytest.mark.parametrize("shell", shells())
def test_s3_the_pod_dumps_then_uploads_to_the_documented_key(database, s3_deployment, s3_server, s3_bucket, shell):
    s3_bucket(S3["bucket"], S3["region"])
    pod = s3_pod(s3_deployment, database.server)
    dumped = pod.run("backup")
    assert dumped.returncode == 0, dumped.stderr
    [dump] = dumps(pod.folder("backup", "/dump"))

    result = run_upload(pod, s3_server, shell)

    assert result.returncode == 0, result.stderr
    key = f"{PREFIX}{dump.name}"  # s3://<bucket>/<prefix>/certctl-<UTC time>.dump, one '/' between
    assert s3_server.objects(S3["bucket"]) == {key: dump.stat().st_size}
    assert "uploaded 1 dump(s)" in result.stderr
    uploaded = s3_server.get(S3["bucket"], key, pod.pod.root / "downloaded.dump")
    database.create("restored")
    database.pg_restore(uploaded, database="restored")
    assert database.state("restored") == database.state()


@pytest.mark.realserver
def test_s3_the_upload_deletes_nothing_the_bucket_keeps_every_dump(server, s3_deployment, s3_server, s3_bucket):
    """The README: the bucket's lifecycle rules decide how long dumps stay. A run adds its dump
    and leaves every older one, under the prefix and elsewhere."""
    s3_bucket(S3["bucket"], S3["region"])
    older = {f"{PREFIX}certctl-202401{day:02d}T023000Z.dump": 9 for day in range(1, 11)}
    elsewhere = {"staging/certctl-20240101T023000Z.dump": 9, f"{PREFIX}notes.txt": 9}
    s3_server.put(S3["bucket"], {key: b"older run" for key in {**older, **elsewhere}})
    pod = s3_pod(s3_deployment, server)
    dump = staged_dump(pod)

    result = run_upload(pod, s3_server)

    assert result.returncode == 0, result.stderr
    assert s3_server.objects(S3["bucket"]) == {**older, **elsewhere, f"{PREFIX}{dump.name}": 6}


@pytest.fixture(scope="module")
def reader(s3_server) -> Keys:
    """Keys that may read the bucket but not write to it."""
    return s3_server.user("certctl-backup-reader", ["s3:GetObject", "s3:ListBucket"], ["*"])


@pytest.mark.realserver
@pytest.mark.parametrize("error", ["SignatureDoesNotMatch", "InvalidAccessKeyId", "AccessDenied", "NoSuchBucket"])
def test_s3_a_failed_upload_fails_the_run_and_writes_nothing(
    server, s3_deployment, s3_server, s3_bucket, reader, error
):
    """A Secret with a mistyped secret key, an unknown key id or keys without s3:PutObject, or a
    bucket that does not exist: exit 1 (the Job fails, and CertctlBackupFailed with it), the AWS
    CLI's error in the log, nothing in the bucket."""
    wrong = {
        "SignatureDoesNotMatch": Keys(s3_server.admin.access_key_id, "a-mistyped-secret-access-key"),
        "InvalidAccessKeyId": Keys("AKIAEXAMPLEKEYID0001", s3_server.admin.secret_access_key),
        "AccessDenied": reader,
    }
    pod = s3_pod(s3_deployment, server)
    dump = staged_dump(pod)
    if error in wrong:
        s3_bucket(S3["bucket"], S3["region"])
        pod.pod.path("upload", "/run/secrets/aws/access-key-id").write_text(wrong[error].access_key_id)
        pod.pod.path("upload", "/run/secrets/aws/secret-access-key").write_text(wrong[error].secret_access_key)

    result = run_upload(pod, s3_server)

    assert result.returncode == 1, result.stderr
    assert f"({error})" in result.stderr
    assert f"the upload to s3://{S3['bucket']}/{PREFIX}{dump.name} failed" in result.stderr
    if error != "NoSuchBucket":
        assert s3_server.objects(S3["bucket"]) == {}


@pytest.mark.realserver
def test_s3_without_a_dump_the_upload_fails(server, s3_deployment, s3_server, s3_bucket):
    s3_bucket(S3["bucket"], S3["region"])
    pod = s3_pod(s3_deployment, server)

    result = run_upload(pod, s3_server)

    assert result.returncode == 1
    assert "no dump in" in result.stderr
    assert s3_server.objects(S3["bucket"]) == {}
