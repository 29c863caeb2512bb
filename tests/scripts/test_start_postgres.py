"""The bundled PostgreSQL's start script (scripts/start-postgres.sh), drilled with a real server:
the StatefulSet's container of the `default` environment runs through the pod harness (its user,
environment and volumes, the claim included) under BusyBox sh, with Debian's pg_ctl, postgres and
psql in place of the image's. The image's entrypoint is stood in for by what it does on a data
directory that exists already: `exec "$@"` (docker-library/postgres
16/alpine3.23/docker-entrypoint.sh:326-377, where the initdb branch is skipped).

The drill: a data directory initialized with the Secret's password, as the image's first start
leaves it; the Secret rotated; the pod restarted. The server's own settings (its database URL and
PGPASSWORD) then log in, and the old password is refused."""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import environment_values, rendered_env
from tests.support import harness, postgres
from tests.support.busybox import BUSYBOX, MISSING_BUSYBOX, applet_path
from tests.support.certctl_mock import reserve_port
from tests.support.deployment import Deployment
from tests.support.polling import wait_for

COMPONENT, CONTAINER = "postgres", "postgres"
pytestmark = [harness.needs_root, pytest.mark.realserver]


@pytest.fixture(scope="module")
def deployment() -> Deployment:
    assert BUSYBOX, MISSING_BUSYBOX
    assert postgres.unavailable() is None, postgres.unavailable()
    return Deployment.of(environment_values("default"), rendered_env("default"))


def secret_of(deployment: Deployment) -> tuple[str, str]:
    """(Secret name, key) the StatefulSet reads its password from."""
    volume = next(v for v in deployment.pod_spec(COMPONENT)["volumes"] if v["name"] == "password")["secret"]
    return volume["secretName"], volume["items"][0]["key"]


def rotated(deployment: Deployment, password: str) -> Deployment:
    """The deployment after `kubectl apply` of the Secret with a new password."""
    name, key = secret_of(deployment)
    secrets = [
        {**s, "stringData": {**s["stringData"], key: password}} if s["metadata"]["name"] == name else s
        for s in deployment.secrets
    ]
    return Deployment(deployment.values, deployment.rendered, secrets)


class Database:
    """The StatefulSet's pod, its data directory on the claim, started as the kubelet would."""

    def __init__(self, deployment: Deployment) -> None:
        self.pod = harness.Pod(deployment, COMPONENT)
        self.env = deployment.env(COMPONENT, CONTAINER)
        self.port = reserve_port()
        self.process: subprocess.Popen[str] | None = None
        self.entrypoint = self.pod.programs() / "docker-entrypoint.sh"
        self.entrypoint.write_text('#!/bin/sh\nexec "$@"\n')  # an initialized data directory's path
        self.entrypoint.chmod(0o755)

    @property
    def data(self) -> Path:
        return self.pod.path(CONTAINER, self.env["PGDATA"])

    def initialize(self, password: str) -> None:
        """What the image's first start leaves: initdb with POSTGRES_USER and the password file,
        local connections trusted, TCP ones by password (docker-entrypoint.sh:104-160, 180-200).
        initdb wants the user in /etc/passwd, which UID 999 is not here (the image uses
        nss_wrapper), so the postgres account runs it and the files are then handed to the pod's
        user. The image's compiled-in socket directory becomes a setting."""
        scratch = Path(tempfile.mkdtemp(prefix="pg-init-"))
        owner = pwd.getpwnam(postgres.SUPERUSER)
        os.chown(scratch, owner.pw_uid, owner.pw_gid)
        (scratch / "pw").write_text(password + "\n")
        os.chown(scratch / "pw", owner.pw_uid, owner.pw_gid)
        as_owner = ["setpriv", f"--reuid={owner.pw_uid}", f"--regid={owner.pw_gid}", "--init-groups"]
        quiet = {"capture_output": True, "text": True, "timeout": 120, "env": {"PATH": "/usr/bin:/bin", "LC_ALL": "C"}}
        try:
            done = subprocess.run(
                [*as_owner, postgres.program("initdb"), "--pgdata", scratch / "data",
                 "--username", self.env["POSTGRES_USER"], "--pwfile", scratch / "pw",
                 "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync"],
                **quiet,
            )  # fmt: skip
            assert done.returncode == 0, done.stderr
            # POSTGRES_DB, which the entrypoint creates next (docker_setup_db).
            created = subprocess.run(
                [*as_owner, postgres.program("postgres"), "--single", "-D", scratch / "data", "postgres"],
                input=f"CREATE DATABASE {self.env['POSTGRES_DB']}\n", **quiet,
            )  # fmt: skip
            assert created.returncode == 0, created.stderr
            socket_dir = self.pod.path(CONTAINER, self.env["PGHOST"])
            with (scratch / "data" / "postgresql.conf").open("a") as conf:
                conf.write(f"unix_socket_directories = '{socket_dir}'\nfsync = off\n")
            shutil.copytree(scratch / "data", self.data)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        uid, gid = self.pod.user(self.pod.container(CONTAINER))
        for path in [self.data, *self.data.rglob("*")]:
            os.lchown(path, uid, gid)
        self.data.chmod(0o700)
        self.pod.write_projection("password", self.pod.projected_files(self._password_volume()))

    def _password_volume(self) -> dict[str, object]:
        return next(v for v in self.pod.spec["volumes"] if v["name"] == "password")

    def rotate(self, deployment: Deployment) -> None:
        """The kubelet's update of the Secret volume after the Secret changed."""
        self.pod.deployment = deployment
        self.pod.write_projection("password", self.pod.projected_files(self._password_volume()))

    def start(self) -> None:
        programs = {name: postgres.program(name) for name in ("pg_ctl", "postgres", "psql")}
        path = applet_path(**programs, **{"docker-entrypoint.sh": self.entrypoint})
        self.process = self.pod.start(CONTAINER, PGPORT=str(self.port), PATH=path)
        wait_for(self.accepts_tcp, timeout=60, interval=0.1)

    def accepts_tcp(self) -> bool:
        assert self.process is not None
        assert self.process.poll() is None, self.process.communicate()
        ready = subprocess.run(
            [postgres.program("pg_isready"), "--host", postgres.HOST, "--port", str(self.port)],
            capture_output=True, timeout=10,
        )  # fmt: skip
        return ready.returncode == 0

    def stop(self) -> str:
        """SIGINT, the image's STOPSIGNAL (a fast shutdown); returns what the pod wrote."""
        assert self.process is not None
        self.process.send_signal(signal.SIGINT)
        out, err = self.process.communicate(timeout=60)
        self.process = None
        return out + err

    def login(self, user: str, database: str, password: str) -> subprocess.CompletedProcess[str]:
        env = {"PATH": "/usr/bin:/bin", "PGPASSWORD": password, "PGSSLMODE": "disable", "PGCONNECT_TIMEOUT": "5"}
        return subprocess.run(
            [postgres.program("psql"), "--no-psqlrc", "--tuples-only", "--no-align", "--host", postgres.HOST,
             "--port", str(self.port), "--username", user, "--dbname", database, "--command", "SELECT current_user"],
            env=env, capture_output=True, text=True, timeout=30,
        )  # fmt: skip


def server_settings(deployment: Deployment) -> tuple[str, str, str]:
    """(user, database, password) as the certctl server connects: its URL and PGPASSWORD."""
    env = deployment.env("server", "server")
    url = urlsplit(env["CERTCTL_DATABASE_URL"])
    assert url.hostname == "certctl-postgres" and url.password is None
    return url.username or "", url.path.lstrip("/"), env["PGPASSWORD"]


@pytest.fixture
def database(deployment) -> Iterator[Database]:
    made = Database(deployment)
    yield made
    made.pod.close()


def test_a_rotated_secret_is_the_password_after_a_restart(deployment, database):
    user, name, old = server_settings(deployment)
    database.initialize(old)
    database.start()
    assert database.login(user, name, old).stdout.strip() == user

    new = "rotated-" + os.urandom(12).hex() + "'quote\\back"  # quoting must hold
    after = rotated(deployment, new)
    database.rotate(after)
    assert server_settings(after) == (user, name, new)
    # Running on, the database still has the old password: the trap the script removes.
    assert "password authentication failed" in database.login(user, name, new).stderr

    log = database.stop()
    database.start()
    assert database.login(*server_settings(after)).stdout.strip() == user
    refused = database.login(user, name, old)
    assert refused.returncode != 0 and "password authentication failed" in refused.stderr
    log += database.stop()
    assert new not in log and "setting the password of role certctl" in log


def test_a_password_that_cannot_be_set_stops_the_start(deployment, database):
    user, name, old = server_settings(deployment)
    database.initialize(old)
    database.env = {**database.env}
    programs = {name: postgres.program(name) for name in ("pg_ctl", "postgres", "psql")}
    path = applet_path(**programs, **{"docker-entrypoint.sh": database.entrypoint})
    run = database.pod.run(CONTAINER, timeout=120, PGPORT=str(database.port), PATH=path, POSTGRES_USER="nobody")
    assert run.returncode == 1 and "could not set the password" in run.stderr
    # The socket-only server it started is stopped again: the data directory is free.
    assert not (database.data / "postmaster.pid").exists()
