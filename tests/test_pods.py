"""Every script-running container of every environment, run as the kubelet would run it (see
tests/support/harness.py): volumes laid out with the kubelet's owners and modes, the container's
resolved environment, its pod's user, BusyBox for the image's tools, the certctl v2.1.7 mock for
the server, and stubs that do what certctl's binaries do with their files. Then the file rules
certctl enforces are checked: the agent's key folder is 0700 and its own, an RA key is readable
by nobody but the server, the TLS and CA files are readable, and every setting certctl validates
before it migrates is there for the migration Job. The waits around that Job run psql and
pg_isready against a PostgreSQL server from Debian's packages."""

from __future__ import annotations

import copy
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from certctl_k8s.values import load_values
from conftest import ENVIRONMENTS, environment_values, render_values, rendered_env
from tests.support import busybox, openshift, postgres
from tests.support.certctl_mock import Certctl, Replicas, pki_of, reserve_port
from tests.support.deployment import Deployment
from tests.support.dns import HeadlessServiceDns
from tests.support.harness import IMAGE_MIGRATIONS, Pod, needs_root

pytestmark = [needs_root, busybox.needs_busybox]
WITH_AGENTS = [name for name in ENVIRONMENTS if environment_values(name).agent.enabled]
WITH_MIGRATION_JOB = [name for name in ENVIRONMENTS if environment_values(name).migrations.via_hook]
# certctl's ledger of applied migrations (internal/repository/postgres/db.go:178-181).
LEDGER = "CREATE TABLE schema_migrations (version TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT NOW())"
DATABASE_PASSWORD = "pods-database-password"


def deployment_of(name: str) -> Deployment:
    """The environment with its generated and operator Secrets; a copy, as tests may change it."""
    return Deployment.of(environment_values(name), copy.deepcopy(rendered_env(name))).with_operator_objects()


def tls_data(deployment: Deployment) -> dict[str, str]:
    """The server's key pair and the CA its clients trust (OpenShift's service CA keeps its CA
    out of the Secret)."""
    name = next(v["secret"]["secretName"] for v in deployment.pod_spec("server")["volumes"] if v["name"] == "tls")
    return {"ca.crt": deployment.server_trust(), **deployment.secret_data(name)}


def pod_of(pods: list[Pod], deployment: Deployment, component: str) -> Pod:
    pod = Pod(deployment, component)
    pods.append(pod)
    return pod


def run_init_containers(pod: Pod, **overrides: str) -> None:
    for container in pod.spec.get("initContainers", []):
        result = pod.run(container["name"], **overrides)
        assert result.returncode == 0, f"{container['name']}: {result.stderr}"


class CertctlDatabase:
    """certctl's database on a local PostgreSQL server; `client` is what a container's
    environment needs to reach it instead of the cluster's (with psql and pg_isready on PATH)."""

    def __init__(self, server: postgres.Server) -> None:
        self.server = server
        server.psql(f"CREATE ROLE certctl LOGIN PASSWORD '{DATABASE_PASSWORD}'")
        server.psql("CREATE DATABASE certctl OWNER certctl")
        self.client = {
            "CERTCTL_DATABASE_URL": f"postgres://certctl@{postgres.HOST}:{server.port}/certctl?sslmode=disable",
            "PGPASSWORD": DATABASE_PASSWORD,
            "PATH": busybox.applet_path(psql=postgres.program("psql"), pg_isready=postgres.program("pg_isready")),
        }

    def ledger(self, *versions: str) -> None:
        """The schema as certctl leaves it after applying `versions`; none: a fresh database."""
        values = ", ".join(f"('{version}')" for version in versions)
        self.server.psql(
            "DROP TABLE IF EXISTS schema_migrations; "
            + (f"{LEDGER}; INSERT INTO schema_migrations (version) VALUES {values};" if versions else ""),
            "certctl",
            "certctl",
            DATABASE_PASSWORD,
        )


@pytest.fixture(scope="module")
def certctl_database() -> Iterator[CertctlDatabase]:
    reason = postgres.unavailable()
    if reason is None and not postgres.program("pg_isready").exists():
        reason = "PostgreSQL's pg_isready is not installed"
    if reason:
        pytest.fail(reason, pytrace=False)
    server = postgres.Server().start()
    try:
        yield CertctlDatabase(server)
    finally:
        server.stop()


def start_server(
    pods: list[Pod], deployment: Deployment, database: CertctlDatabase | None = None
) -> tuple[Pod, subprocess.Popen[str]]:
    """The server pod after its init containers, with the server stub up and its checks passed.
    The pod first waits for `database`: until it accepts connections, and with the migration Job
    until it holds a complete schema."""
    pod = pod_of(pods, deployment, "server")
    assert database is not None, "a server pod waits for its database"
    if deployment.values.migrations.via_hook:
        database.ledger(*IMAGE_MIGRATIONS)
    run_init_containers(pod, **database.client)
    server = pod.start("server")
    pod.wait_for_report("running")
    return pod, server


def database_for(request: pytest.FixtureRequest, deployment: Deployment) -> CertctlDatabase:
    """The local database, which every server pod waits for."""
    database: CertctlDatabase = request.getfixturevalue("certctl_database")
    return database


class Cluster:
    """The mock certctl serving a deployment (its certificate, its keys), configured by the
    deployment's own configure Job run through the harness."""

    def __init__(self, deployment: Deployment, pods: list[Pod], tmp_path: Path, replicas: int | None = None) -> None:
        # As many replicas as the Deployment runs: the configure Job waits until each is ready.
        replicas = replicas or deployment.values.server.replicas
        self.deployment, self.pods = deployment, pods
        self.certctl = Certctl(deployment.env("server", "server"))
        self.replicas = Replicas(pki_of(tls_data(deployment), tmp_path / "pki"), self.certctl, replicas)

    def __enter__(self) -> Cluster:
        self.replicas.__enter__()
        return self

    def __exit__(self, *exc_info) -> None:
        self.replicas.__exit__(*exc_info)

    def configure(self) -> None:
        job = pod_of(self.pods, self.deployment, "configure")
        host = self.deployment.env("configure", "configure")["CONFIGURE_REPLICAS_HOST"]
        with HeadlessServiceDns(host, self.replicas.addresses) as dns:
            result = job.run(
                "configure",
                CERTCTL_SERVER_URL=self.replicas.url,
                CONFIGURE_DNS_SERVER=dns.server,
                CONFIGURE_RETRY_SECONDS="0.1",
            )
        assert result.returncode == 0, result.stderr
        assert result.stderr.strip().splitlines()[-1].startswith("configure-certctl: done: ")

    def agent_pod(self) -> Pod:
        """A new agent pod, registered against the mock."""
        pod = pod_of(self.pods, self.deployment, "agent")
        run_init_containers(pod, CERTCTL_SERVER_URL=self.replicas.url, REGISTER_RETRY_SECONDS="0.1")
        return pod


@pytest.mark.realserver
@pytest.mark.parametrize("name", ENVIRONMENTS)
def test_the_server_pod_starts_and_reloads_a_renewed_certificate(name, pods, request):
    deployment = deployment_of(name)
    pod, server = start_server(pods, deployment, database_for(request, deployment))
    assert pod.stat("server", "/etc/certctl/tls/tls.key")[0] & 0o040, "the server's group reads its key"
    migrating = "migrations: skipped, via hook" if deployment.values.migrations.via_hook else "migrations: applied"
    assert migrating in pod.reported()
    reloader = pod.start("tls-reloader", RELOAD_INTERVAL_SECONDS="0.2")
    # A renewal: the Secret's files change behind one swapped link.
    tls = tls_data(deployment)
    items = next(v for v in pod.spec["volumes"] if v["name"] == "tls")["secret"]
    renewed = {
        item["path"]: (tls[item["key"]].replace("CERTIFICATE", "CERTIFICATE") + "\n", items["defaultMode"])
        for item in items["items"]
    }
    time.sleep(0.6)  # the sidecar has taken its baseline
    pod.write_projection("tls", renewed)
    pod.wait_for_report("reloaded")
    server.send_signal(signal.SIGTERM)
    assert server.wait(timeout=10) == 0
    reloader.terminate()
    reloader.wait(timeout=10)


@pytest.fixture(scope="module")
def configured(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    """The environment `request.param` served by the mock after its configure Job ran in its pod,
    for the tests of that environment. The fixture is module-scoped, so pytest runs those tests
    one after another and the Job runs once per environment; its pods close after them."""
    made: list[Pod] = []
    try:
        with Cluster(deployment_of(request.param), made, tmp_path_factory.mktemp("cluster")) as cluster:
            cluster.configure()
            yield cluster
    finally:
        for pod in made:
            pod.close()


@pytest.mark.parametrize("configured", WITH_AGENTS, indirect=True)
def test_the_agent_registers_keeps_its_keys_owner_only_and_stops_cleanly(configured):
    cluster, deployment = configured, configured.deployment
    pod = cluster.agent_pod()
    agent = pod.start("agent", CERTCTL_SERVER_URL=cluster.replicas.url)
    pod.wait_for_report("running")
    assert "heartbeat: 200" in pod.reported()
    assert "csr: ok" in pod.reported()
    key_dir = deployment.values.agent.key_dir
    uid, _ = pod.user(pod.container("agent"))  # on OpenShift, the one restricted-v2 assigned
    assert pod.stat("agent", key_dir) == (0o700, uid)
    assert pod.stat("agent", f"{key_dir}/mc-stub.key")[0] == 0o600
    agent.send_signal(signal.SIGTERM)
    _, stderr = agent.communicate(timeout=15)
    assert agent.returncode == 0, stderr
    assert pod.reported()[-1] == "exit: stopped"
    assert cluster.certctl.heartbeats


def test_the_key_folder_at_a_volume_root_fails_every_csr(pods, tmp_path):
    """The layout this replaces: CERTCTL_KEY_DIR at the root of an emptyDir, which the kubelet owns
    (root, 2777): the agent cannot tighten it to 0700, so its first CSR fails."""
    deployment = deployment_of("default")
    agent_spec = deployment.pod_spec("agent")
    key_dir = deployment.values.agent.key_dir
    for mount in agent_spec["containers"][0]["volumeMounts"]:
        if mount["name"] == "state":
            mount["mountPath"] = key_dir
    with Cluster(deployment, pods, tmp_path) as cluster:
        cluster.configure()
        pod = cluster.agent_pod()
        pod.start("agent", CERTCTL_SERVER_URL=cluster.replicas.url)
        pod.wait_for_report("running")
    assert any(line.startswith("csr: failed: key dir hardening failed") for line in pod.reported())
    assert pod.stat("agent", key_dir) == (0o2777, 0)


def test_a_retired_agent_fails_its_container_with_what_to_do(pods, tmp_path):
    deployment = deployment_of("default")
    with Cluster(deployment, pods, tmp_path) as cluster:
        cluster.configure()
        pod = cluster.agent_pod()
        cluster.certctl.agents[-1]["retired_at"] = "2026-11-29T00:00:00Z"
        result = pod.run("agent", CERTCTL_SERVER_URL=cluster.replicas.url)
        assert result.returncode == 1
        assert "the server retired it (HTTP 410 on its heartbeat)" in result.stderr
        # A new pod's registration then names the retired agent and the way out.
        fresh = pod_of(pods, deployment, "agent")
        retry = fresh.run("register", CERTCTL_SERVER_URL=cluster.replicas.url, REGISTER_RETRY_SECONDS="0.1")
        assert retry.returncode == 1
        assert "belongs to retired agent" in retry.stderr and "give this node a new name" in retry.stderr


@pytest.mark.parametrize("configured", ENVIRONMENTS, indirect=True)
def test_the_configure_job_runs_in_its_pod(configured):
    """The Job itself ran in the fixture (`Cluster.configure` checks that it succeeded)."""
    assert configured.certctl.permissions("registrar") >= {"agent.edit"}


SCEP = {
    "server": {
        "scep": {
            "enabled": True,
            "profiles": {
                "corp": {
                    "issuerID": "iss-local",
                    "challengePassword": {"secretKeyRef": {"name": "scep", "key": "challenge"}},
                    "raCertPath": {"secretKeyRef": {"name": "scep-ra", "key": "tls.crt"}},
                    "raKeyPath": {"secretKeyRef": {"name": "scep-ra", "key": "tls.key"}},
                }
            },
        }
    }
}


def scep_deployment(tmp_path) -> Deployment:
    rendered = render_values(tmp_path, SCEP, name="scep")
    return Deployment.of(load_values(tmp_path / "scep.yaml"), rendered).with_operator_objects()


@dataclass
class DatabaseWait:
    """A server pod's init containers before its wait for the database (each must succeed), and
    that wait, against an address where nothing listens; None when an earlier container failed."""

    before: dict[str, subprocess.CompletedProcess[str]]
    wait: subprocess.CompletedProcess[str] | None


@pytest.fixture(scope="module")
def database_waits() -> Iterator[dict[str, DatabaseWait]]:
    """Every environment's server pod waiting for a database that never answers. Each wait lasts
    its whole WAIT_SECONDS before it gives up, so the pods wait side by side, all in one second."""
    made: list[Pod] = []
    running: dict[str, tuple[dict[str, subprocess.CompletedProcess[str]], subprocess.Popen[str] | None]] = {}
    try:
        for name in ENVIRONMENTS:
            deployment = deployment_of(name)
            pod = pod_of(made, deployment, "server")
            nowhere = f"postgres://certctl@{postgres.HOST}:{postgres.reserve_port()}/certctl?sslmode=disable"
            client = {"CERTCTL_DATABASE_URL": nowhere, "WAIT_SECONDS": "1", "WAIT_INTERVAL_SECONDS": "0.2"}
            client["PATH"] = busybox.applet_path(pg_isready=postgres.program("pg_isready"))
            wait = "wait-for-schema" if deployment.values.migrations.via_hook else "wait-for-database"
            before = run_init_containers_until(pod, wait) if wait == "wait-for-schema" else {}
            started = pod.start(wait, **client) if all(r.returncode == 0 for r in before.values()) else None
            running[name] = (before, started)
        waits = {}
        for name, (before, started) in running.items():
            if started is None:
                waits[name] = DatabaseWait(before, None)
                continue
            stdout, stderr = started.communicate(timeout=60)
            waits[name] = DatabaseWait(
                before, subprocess.CompletedProcess(started.args, started.returncode, stdout, stderr)
            )
        yield waits
    finally:
        for pod in made:
            pod.close()


@pytest.mark.parametrize("name", ENVIRONMENTS)
def test_every_server_pod_waits_for_its_database(name, database_waits):
    """certctl pings its database once and exits (cmd/server/main.go:157-161): in every mode, an
    init container waits until the database accepts connections, and says what it waits for."""
    found = database_waits[name]
    for container, result in found.before.items():
        assert result.returncode == 0, f"{container}: {result.stderr}"
    assert found.wait is not None and found.wait.returncode == 1
    assert "gave up after 1s" in found.wait.stderr


def run_init_containers_until(pod: Pod, name: str) -> dict[str, subprocess.CompletedProcess[str]]:
    """The init containers before `name`, in order, until one fails: name -> its run."""
    results = {}
    for container in pod.spec["initContainers"]:
        if container["name"] == name:
            break
        results[container["name"]] = result = pod.run(container["name"])
        if result.returncode != 0:
            break
    return results


def test_a_certificate_that_is_not_its_keys_stops_the_server(pods):
    """certctl loads the pair with tls.LoadX509KeyPair before anything else
    (internal/config/config.go:745-747): a tls.key of another key pair ends the start."""
    deployment = deployment_of("default")
    pod = pod_of(pods, deployment, "server")
    volume = next(v for v in pod.spec["volumes"] if v["name"] == "tls")
    files = pod.projected_files(volume)
    other = ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    pod.write_projection("tls", {**files, "tls.key": (other.decode(), files["tls.key"][1])})
    result = pod.run("server")
    assert result.returncode == 1
    assert "private key does not match public key" in result.stderr


@pytest.mark.realserver
def test_the_scep_ra_key_reaches_the_server_as_its_own_0400_copy(pods, tmp_path, certctl_database):
    pod, server = start_server(pods, scep_deployment(tmp_path), certctl_database)
    [line] = [entry for entry in pod.reported() if entry.startswith("ra-key: ")]
    _, path, mode, owner = line.split()
    assert path.endswith("/scep_profile_corp_ra_key_path.pem")
    assert (mode, owner) == ("400", "1000")
    server.terminate()


def test_the_ra_key_straight_from_its_secret_is_refused(pods, tmp_path):
    """What certctl does with the Secret file itself: under the pod's fsGroup it is group-readable
    (0440), and the server refuses to start."""
    deployment = scep_deployment(tmp_path)
    pod = pod_of(pods, deployment, "server")
    direct = pod.remap("/etc/certctl/files/scep-ra/tls.key", pod.container("server"))
    result = pod.run("server", timeout=15, CERTCTL_SCEP_PROFILE_CORP_RA_KEY_PATH=direct)
    assert result.returncode == 1
    assert "readable by group or others; refusing to start" in result.stderr


@pytest.mark.realserver
@pytest.mark.parametrize("name", WITH_MIGRATION_JOB)
def test_the_migration_job_waits_for_the_database_and_migrates_with_the_servers_settings(name, pods, certctl_database):
    """On a fresh database: the Job's first container waits until it accepts connections (certctl
    would exit at its one ping), then `/app/server --migrate-only` finds every setting and file
    its configuration check reads."""
    deployment = deployment_of(name)
    certctl_database.ledger()
    job = pod_of(pods, deployment, "migration")
    assert job.container("migrate")["command"] == ["/app/server", "--migrate-only"]
    run_init_containers(job, **certctl_database.client)
    result = job.run("migrate", **certctl_database.client)
    assert result.returncode == 0, result.stderr
    assert job.reported() == ["migrations: applied, --migrate-only", "exit: migrated"]


@pytest.mark.parametrize(
    "variable, message",
    [
        ("CERTCTL_SERVER_TLS_CERT_PATH", "CERTCTL_SERVER_TLS_CERT_PATH is required"),
        ("CERTCTL_AUTH_SECRET", "auth secret is required for auth type api-key"),
        ("CERTCTL_AGENT_BOOTSTRAP_TOKEN_DENY_EMPTY", "agent bootstrap token required"),
    ],
)
def test_migrate_only_refuses_what_the_server_refuses(variable, message, pods):
    """What the Helm chart's hook Job lacks (it sets only the database URL and two log settings):
    each is enough for certctl to exit before it migrates."""
    deployment = deployment_of(WITH_MIGRATION_JOB[0])
    # The Job holds no bootstrap token and switches its check off; switched on, certctl refuses.
    value = "true" if variable.endswith("DENY_EMPTY") else ""
    result = pod_of(pods, deployment, "migration").run("migrate", **{variable: value})
    assert result.returncode == 1
    assert message in result.stderr


@pytest.mark.parametrize("name", WITH_MIGRATION_JOB)
def test_the_migration_job_holds_none_of_the_api_keys(name):
    deployment = deployment_of(name)
    names = ("admin", "agent", "registrar", "metrics")
    keys = {deployment.secret_data(f"certctl-{name}-key")["api-key"] for name in names}
    env = deployment.env("migration", "migrate")
    assert not keys & set(env.values())
    assert "CERTCTL_API_KEYS_NAMED" not in env and "CERTCTL_AGENT_BOOTSTRAP_TOKEN" not in env
    assert env["CERTCTL_AUTH_SECRET"]


@pytest.mark.realserver
def test_a_server_pod_waits_until_the_schema_holds_its_images_migrations(pods, certctl_database):
    """The server skips migrating (CERTCTL_MIGRATIONS_VIA_HOOK), so a new pod must not start on an
    older schema: it waits until certctl's ledger lists every migration its image ships."""
    deployment = deployment_of(WITH_MIGRATION_JOB[0])
    pod = pod_of(pods, deployment, "server")
    assert [c["name"] for c in pod.spec["initContainers"]] == ["list-migrations", "wait-for-schema"]
    listed = pod.run("list-migrations")
    assert listed.returncode == 0, listed.stderr
    assert "this image ships 3 migrations, the last 000046_rate_limit_buckets.up.sql" in listed.stderr
    quick = {**certctl_database.client, "WAIT_SECONDS": "1", "WAIT_INTERVAL_SECONDS": "1"}

    certctl_database.ledger()  # nothing migrated yet: no ledger at all
    fresh = pod.run("wait-for-schema", **quick)
    assert fresh.returncode == 1
    assert 'cannot read schema_migrations: ERROR:  relation "schema_migrations" does not exist' in fresh.stderr

    certctl_database.ledger(*IMAGE_MIGRATIONS[:-1])  # the previous release's schema
    older = pod.run("wait-for-schema", **quick)
    assert older.returncode == 1
    assert (
        "gave up after 1s: the schema lacks 1 migration(s) of this image, from 000046_rate_limit_buckets"
        in older.stderr
    )
    assert "kubectl get jobs -l app.kubernetes.io/component=migration" in older.stderr

    certctl_database.ledger(*IMAGE_MIGRATIONS)  # the Job has run
    current = pod.run("wait-for-schema", **quick)
    assert current.returncode == 0, current.stderr
    pod.start("server")
    pod.wait_for_report("running")
    assert "migrations: skipped, via hook" in pod.reported()


@pytest.mark.realserver
def test_the_migration_job_prepares_the_files_the_server_does(pods, tmp_path, certctl_database):
    """With a SCEP RA key, the Job runs the server's `private-keys` init container too, so it sees
    the files the server sees."""
    rendered = render_values(tmp_path, {**SCEP, "migrations": {"viaHook": True}}, name="scep")
    deployment = Deployment.of(load_values(tmp_path / "scep.yaml"), rendered).with_operator_objects()
    job = pod_of(pods, deployment, "migration")
    assert [c["name"] for c in job.spec["initContainers"]] == ["wait-for-database", "private-keys"]
    run_init_containers(job, **certctl_database.client)
    assert job.stat("migrate", "/run/certctl/private/scep_profile_corp_ra_key_path.pem") == (0o400, 1000)
    assert job.run("migrate").returncode == 0


# --- OpenShift: every pod as restricted-v2 admits it (support/openshift.py) --------------------
NSS_WRAPPER = sorted(Path("/usr/lib").glob("*/libnss_wrapper.so"))  # Debian's libnss-wrapper


def openshift_pod(pods: list[Pod], deployment: Deployment, component: str) -> Pod:
    """An OpenShift environment's pod, checked to run as restricted-v2 assigns: the first id of
    a namespace's block as its user and fsGroup, group 0."""
    pod = pod_of(pods, deployment, component)
    container = pod.spec["containers"][0]
    uid, gid = pod.user(container)
    assert uid in openshift.UID_BLOCKS and gid == 0 and pod.fs_group == uid, (uid, gid, pod.fs_group)
    assert pod.groups(container) == [0, uid]
    return pod


def test_on_openshift_the_database_initializes_its_claim_and_serves_as_the_assigned_user(pods, tmp_path):
    """What the postgres image's entrypoint does for a user its /etc/passwd lacks
    (docker-library/postgres 16/alpine docker-entrypoint.sh: docker_create_db_directories, then
    initdb under nss_wrapper, which the alpine image installs), on the claim laid out as the
    kubelet does under the assigned fsGroup; then the server itself starts, as that user, on the
    folder initdb made, and answers."""
    if not NSS_WRAPPER:
        pytest.fail("libnss_wrapper.so is missing: install Debian's libnss-wrapper (tools/system-packages.sh)")
    if postgres.unavailable():
        pytest.fail(postgres.unavailable())
    deployment = deployment_of("openshift")
    pod = openshift_pod(pods, deployment, "postgres")
    container = pod.container("postgres")
    uid, gid = pod.user(container)
    env = deployment.env("postgres", "postgres")
    pgdata, run_dir = pod.path(container, env["PGDATA"]), pod.path(container, "/var/run/postgresql")
    claim = pgdata.parent
    assert (claim.stat().st_gid, claim.stat().st_mode & 0o7777) == (uid, 0o2775), "the claim as the kubelet leaves it"
    as_pod = pod.privileges(container)
    passwd, group = pod.programs() / "passwd", pod.programs() / "group"
    passwd.write_text(f"postgres:x:{uid}:{gid}:PostgreSQL:{pgdata}:/bin/false\n")
    group.write_text(f"postgres:x:{gid}:\n")
    base = {"PATH": "/usr/bin:/bin", "LC_ALL": "C"}
    wrapped = {
        **base,
        "LD_PRELOAD": str(NSS_WRAPPER[0]),
        "NSS_WRAPPER_PASSWD": str(passwd),
        "NSS_WRAPPER_GROUP": str(group),
    }

    def run(argv: list[str], environment: dict[str, str]) -> subprocess.CompletedProcess[str]:
        result = subprocess.run([*as_pod, *argv], env=environment, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, f"{argv[0]}: {result.stderr}"
        return result

    run(["mkdir", "-p", str(pgdata)], base)
    run(["chmod", "00700", str(pgdata)], base)
    password_file = pod.path(container, env["POSTGRES_PASSWORD_FILE"])
    initdb = [str(postgres.program("initdb")), "-D", str(pgdata), f"--username={env['POSTGRES_USER']}"]
    # Without fsync (initdb --no-sync, fsync=off), as tests/support/postgres.py runs its servers:
    # durability is not what this test is about, and syncing would cost seconds to write and delete.
    run(
        [*initdb, f"--pwfile={password_file}", "--auth=scram-sha-256", "--no-sync", env["POSTGRES_INITDB_ARGS"]],
        wrapped,
    )
    assert pod.stat(container, env["PGDATA"]) == (0o700, uid)
    port = reserve_port()
    options = f"-c listen_addresses={postgres.HOST} -p {port} -k {run_dir} -c fsync=off"
    pg_ctl = [str(postgres.program("pg_ctl")), "-D", str(pgdata)]
    run([*pg_ctl, "-w", "-t", "60", "-l", str(pod.path(container, "/tmp") / "log"), "-o", options, "start"], base)
    try:
        client = {**base, "PGPASSWORD": password_file.read_text().strip()}
        query = [str(postgres.program("psql")), "-h", postgres.HOST, "-p", str(port), "-U", env["POSTGRES_USER"]]
        answer = subprocess.run(
            [*query, "-d", "postgres", "-tAc", "SELECT current_user"],
            env=client,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert answer.returncode == 0 and answer.stdout.strip() == env["POSTGRES_USER"], answer.stderr
    finally:
        subprocess.run([*as_pod, *pg_ctl, "-m", "fast", "-w", "stop"], env=base, capture_output=True, timeout=60)


@pytest.mark.realserver
def test_on_openshift_the_ra_key_copy_is_the_assigned_users_alone(pods, tmp_path, certctl_database):
    """certctl refuses an RA key its group may read (cmd/server/wire.go:374-383): the copy the
    init container makes is 0400 and owned by the user restricted-v2 assigned, whatever it is.
    The pod's init containers all run, the database wait first, as in the cluster."""
    rendered = render_values(tmp_path, {**SCEP, "openshift": {"enabled": True}}, name="scep")
    deployment = Deployment.of(load_values(tmp_path / "scep.yaml"), rendered).with_operator_objects()
    pod = openshift_pod(pods, deployment, "server")
    assert not deployment.values.migrations.via_hook  # the server migrates: no schema to wait for
    run_init_containers(pod, **certctl_database.client)
    server = pod.start("server")
    pod.wait_for_report("running")
    [line] = [entry for entry in pod.reported() if entry.startswith("ra-key: ")]
    _, _, mode, owner = line.split()
    assert (mode, owner) == ("400", str(pod.user(pod.container("server"))[0]))
    server.terminate()
