"""An S3 API on loopback for the drills that write to a bucket and read it back: moto's server
(`moto_server`), driven with the real AWS CLI, both from `.s3-venv` (`make test` builds it from
s3-constraints.txt; S3_TOOLS_BIN names another folder holding them).

The server checks credentials as AWS does. moto lets its first INITIAL_NO_AUTH_ACTION_COUNT
requests through unsigned and then verifies every signature against the keys of its IAM users
and evaluates their policies (moto/core/authorization.py, moto/iam/access_control.py). The
session's first three requests make an `admin` user with a policy allowing everything, and its
keys; every later request is checked. `S3Server.user` makes a user holding only the policy a
test names, so a test can try what a Secret's keys are allowed to do."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from .certctl_mock import reserve_port
from .polling import wait_for

ROOT = Path(__file__).resolve().parents[2]
REGION = "us-east-1"  # moto's default; a bucket elsewhere is made with its LocationConstraint
# The requests moto serves before it checks credentials: create-user, put-user-policy and
# create-access-key of the admin user.
UNCHECKED_REQUESTS = 3


def tools_bin() -> Path:
    return Path(os.environ.get("S3_TOOLS_BIN") or ROOT / ".s3-venv" / "bin")


def tool(name: str) -> Path:
    """A program of the S3 drills' virtualenv; a missing one fails the test, naming the fix."""
    path = tools_bin() / name
    if not os.access(path, os.X_OK):
        pytest.fail(
            f"{name} not found in {path.parent}: run `make .s3-venv/.installed` (awscli, moto[server], "
            "barman[cloud] pinned by s3-constraints.txt) or set S3_TOOLS_BIN",
            pytrace=False,
        )
    return path


@dataclass(frozen=True)
class Keys:
    access_key_id: str
    secret_access_key: str

    def env(self) -> dict[str, str]:
        return {"AWS_ACCESS_KEY_ID": self.access_key_id, "AWS_SECRET_ACCESS_KEY": self.secret_access_key}


class S3Server:
    """moto's server on 127.0.0.1, and the AWS CLI pointed at it."""

    def __init__(self, home: Path) -> None:
        self.home = home  # the CLI's HOME: no ~/.aws of this machine is read
        self.port = reserve_port()
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[str] | None = None
        self.admin = Keys("", "")

    def start(self) -> S3Server:
        with (self.home / "moto.log").open("w") as log:  # the server keeps its own copy of the handle
            self.process = subprocess.Popen(
                [str(tool("moto_server")), "-H", "127.0.0.1", "-p", str(self.port)],
                env={
                    "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                    "INITIAL_NO_AUTH_ACTION_COUNT": str(UNCHECKED_REQUESTS),
                },
                stdout=log,
                stderr=subprocess.STDOUT,
                text=True,
            )
        wait_for(self._listening, timeout=60, interval=0.1)
        unsigned = Keys("AKIAUNCHECKED0000000", "unchecked")
        self.aws("iam", "create-user", "--user-name", "admin", keys=unsigned)
        self.aws("iam", "put-user-policy", "--user-name", "admin", "--policy-name", "all",
                 "--policy-document", json.dumps(policy(["*"], ["*"])), keys=unsigned)  # fmt: skip
        self.admin = self._access_key("admin", unsigned)
        return self

    def _listening(self) -> bool:
        assert self.process is not None and self.process.poll() is None, (self.home / "moto.log").read_text()
        with socket.socket() as sock:
            return sock.connect_ex(("127.0.0.1", self.port)) == 0

    def _access_key(self, user: str, keys: Keys) -> Keys:
        made = json.loads(self.aws("iam", "create-access-key", "--user-name", user, keys=keys).stdout)["AccessKey"]
        return Keys(made["AccessKeyId"], made["SecretAccessKey"])

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def env(self, keys: Keys | None = None, region: str = REGION) -> dict[str, str]:
        """What a client of this server needs: the endpoint, keys (the admin's by default), a region."""
        return {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.home),
            "AWS_ENDPOINT_URL": self.endpoint,
            "AWS_DEFAULT_REGION": region,
            **(keys or self.admin).env(),
        }

    def aws(self, *args: str, keys: Keys | None = None, check: bool = True) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [str(tool("aws")), *args], env=self.env(keys), capture_output=True, text=True, timeout=60
        )
        assert not check or result.returncode == 0, f"aws {' '.join(args)}: {result.stderr}"
        return result

    def user(self, name: str, actions: list[str], resources: list[str]) -> Keys:
        """A user allowed `actions` on `resources` and nothing else, and its keys."""
        self.aws("iam", "create-user", "--user-name", name)
        self.aws("iam", "put-user-policy", "--user-name", name, "--policy-name", "only",
                 "--policy-document", json.dumps(policy(actions, resources)))  # fmt: skip
        return self._access_key(name, self.admin)

    def create_bucket(self, name: str, region: str = REGION) -> None:
        self.aws("s3", "mb", f"s3://{name}", "--region", region)

    def remove_bucket(self, name: str) -> None:
        self.aws("s3", "rb", f"s3://{name}", "--force")

    def put(self, bucket: str, objects: dict[str, bytes]) -> None:
        """Write every key -> body with one `aws s3 cp --recursive`."""
        with tempfile.TemporaryDirectory() as folder:
            for key, body in objects.items():
                (Path(folder) / key).parent.mkdir(parents=True, exist_ok=True)
                (Path(folder) / key).write_bytes(body)
            self.aws("s3", "cp", "--recursive", "--only-show-errors", folder, f"s3://{bucket}/")

    def objects(self, bucket: str, prefix: str = "") -> dict[str, int]:
        """key -> size of every object under `prefix`."""
        listed = self.aws("s3api", "list-objects-v2", "--bucket", bucket, "--prefix", prefix, "--output", "json")
        return {item["Key"]: item["Size"] for item in json.loads(listed.stdout or "{}").get("Contents", [])}

    def get(self, bucket: str, key: str, destination: Path) -> Path:
        self.aws("s3", "cp", "--only-show-errors", f"s3://{bucket}/{key}", str(destination))
        return destination


def policy(actions: list[str], resources: list[str]) -> dict[str, Any]:
    return {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": actions, "Resource": resources}]}


@pytest.fixture(scope="session")
def s3_server() -> Iterator[S3Server]:
    """One S3 API for the session (each test makes its own buckets with `s3_bucket`)."""
    home = Path(tempfile.mkdtemp(prefix="s3-drill-"))
    server = S3Server(home)
    try:
        yield server.start()
    finally:
        server.stop()
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture
def s3_bucket(s3_server: S3Server) -> Iterator[Callable[..., str]]:
    """Make a bucket for this test (by name: the one the synthesized objects name); each is
    removed with its objects when the test ends, so the next test starts from an empty one."""
    made: list[str] = []

    def make(name: str, region: str = REGION) -> str:
        s3_server.create_bucket(name, region)
        made.append(name)
        return name

    yield make
    for name in made:
        s3_server.remove_bucket(name)
