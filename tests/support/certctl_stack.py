"""certctl's real server, run from one environment's synthesized objects: its server pod through
the pod harness (the container's env, envFrom, `$(VAR)` references, the Secrets `main.py secrets`
writes (run for real into a scratch folder), its volumes and user) against a database of its own
on a local PostgreSQL.

What differs from a cluster, and only that: the server listens on 127.0.0.1 at a free port (its
ConfigMap says 0.0.0.0:8443), the database URL keeps its host name, user and sslmode but names
the local server's port and a fresh database, and the cluster's names (the server's Service, the
database's) resolve to 127.0.0.1 through the pod's own /etc/hosts. For an environment whose
database is a CloudNativePG Cluster, PostgreSQL serves a certificate for the names the operator's
certificate carries, from a test CA that stands in the operator's CA Secret."""

from __future__ import annotations

import copy
import json
import ssl
import subprocess
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest
import yaml

from certctl_k8s import secrets_cli
from certctl_k8s.naming import Naming
from certctl_k8s.synth import Rendered
from certctl_k8s.values import load_values

from . import busybox, cloudnativepg, postgres
from .certctl_build import Binaries
from .certctl_mock import Pki, make_pki, reserve_port
from .deployment import Deployment
from .harness import Pod, needs_root
from .polling import wait_for

START_SECONDS = 30
# What every end-to-end test needs besides certctl's binaries (which the certctl_binaries fixture
# resolves): root for the pod harness, BusyBox for the pods' scripts, PostgreSQL.
REQUIREMENTS = [pytest.mark.realserver, needs_root, busybox.needs_busybox, pytest.mark.requires(postgres.unavailable())]


def database_pki(folder: Path, naming: Naming, *hosts: str) -> Pki:
    """A test CA and a PostgreSQL server certificate for the names CloudNativePG's carries (and
    `hosts`, an external database's)."""
    return make_pki(folder, (*cloudnativepg.server_certificate_names(naming), *hosts))


class Api:
    """certctl's REST API, trusting the CA the agents trust."""

    def __init__(self, url: str, ca_file: Path) -> None:
        self.url = url.rstrip("/")
        self.context = ssl.create_default_context(cafile=str(ca_file))

    def call(self, method: str, path: str, key: str | None = None, body: Any = None) -> tuple[int, Any]:
        """(status, decoded JSON or text) of one request."""
        headers = {"Content-Type": "application/json", **({"Authorization": f"Bearer {key}"} if key else {})}
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.url + path, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, context=self.context, timeout=10) as response:
                status, text = response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            status, text = error.code, error.read().decode()
        try:
            return status, json.loads(text)
        except ValueError:
            return status, text


def http_probe(container: dict[str, Any], kind: str, ports: dict[int, int], address: str = "127.0.0.1") -> int:
    """Run the container's `kind` probe (startupProbe, ...) as the kubelet does: its scheme, port
    (a name is looked up in the container's ports) and path, no certificate check; `ports` maps a
    container port to where it listens here, on the pod's `address`. Returns the HTTP status
    (0: no answer)."""
    action = container[kind]["httpGet"]
    port = action["port"]
    if isinstance(port, str):
        port = next(p["containerPort"] for p in container["ports"] if p.get("name") == port)
    url = f"{action.get('scheme', 'HTTP').lower()}://{address}:{ports[port]}{action['path']}"
    context = ssl._create_unverified_context()  # the kubelet does not verify a probe's certificate
    try:
        with urllib.request.urlopen(url, context=context, timeout=container[kind].get("timeoutSeconds", 1)) as answer:
            return int(answer.status)
    except urllib.error.HTTPError as error:
        return error.code
    except (urllib.error.URLError, OSError):
        return 0


def written_secrets(values_file: Path, out: Path) -> list[dict[str, Any]]:
    """The Secrets `main.py secrets --values FILE --out OUT` writes, as its files hold them."""
    assert secrets_cli.main(["--values", str(values_file), "--out", str(out)]) == 0
    return [yaml.safe_load(path.read_text()) for path in sorted((out / values_file.stem).glob("*.yaml"))]


class Stack:
    """One environment's certctl: its objects, the Secrets `main.py secrets` writes into
    `folder`/secrets, a database of its own on `database`, and the overrides above. Pods it makes
    are added to `pods` (closed by the caller)."""

    def __init__(
        self,
        values_file: Path,
        rendered: Rendered,
        binaries: Binaries,
        database: postgres.Server,
        pods: list[Pod],
        folder: Path,
        database_ca: Path | None = None,
    ) -> None:
        self.values_file, self.secrets_out = values_file, folder / "secrets"
        values = load_values(values_file)
        written = written_secrets(values_file, self.secrets_out)
        self.deployment = Deployment(values, copy.deepcopy(rendered), written).with_operator_objects()
        self.binaries, self.database, self.pods, self.folder = binaries, database, pods, folder
        self.naming = Naming(self.deployment.values)
        ca_volume = self.server_volume("postgres-ca")
        if database_ca is not None and ca_volume:  # the operator's CA Secret holds the test CA
            source = ca_volume["secret"]
            for item in source.get("items", [{"key": "ca.crt"}]):
                self.deployment.secret_data(source["secretName"])[item["key"]] = database_ca.read_text()
        env = self.server_env()
        url = urlsplit(env["CERTCTL_DATABASE_URL"])
        self.database_name = f"certctl_{uuid.uuid4().hex[:8]}"
        self.database_user = url.username or "certctl"
        self.database_host = url.hostname or ""
        netloc = f"{self.database_user}@{self.database_host}:{database.port}"
        self.database_url = urlunsplit(url._replace(netloc=netloc, path=f"/{self.database_name}"))
        self.port = reserve_port()
        self.hosts = (self.database_host, *self.naming.server_hosts())
        password = env["PGPASSWORD"].replace("'", "''")
        database.psql(
            f"DO $$ BEGIN CREATE ROLE {self.database_user} LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$; "
            f"ALTER ROLE {self.database_user} PASSWORD '{password}'"
        )
        database.psql(f"CREATE DATABASE {self.database_name} OWNER {self.database_user}")

    def server_env(self) -> dict[str, str]:
        return self.deployment.env("server", "server")

    def server_volume(self, name: str) -> dict[str, Any] | None:
        return next((v for v in self.deployment.pod_spec("server")["volumes"] if v["name"] == name), None)

    def server_secret(self, volume: str) -> dict[str, str]:
        """The data of the Secret behind one of the server pod's volumes."""
        found = self.server_volume(volume)
        assert found is not None, f"the server pod has no volume {volume}"
        return self.deployment.secret_data(found["secret"]["secretName"])

    @property
    def url(self) -> str:
        """The server as its clients in the cluster name it, at the port it listens on here."""
        return f"https://{self.naming.server_host}:{self.port}"

    def overrides(self) -> dict[str, str]:
        return {
            "CERTCTL_DATABASE_URL": self.database_url,
            "CERTCTL_SERVER_HOST": "127.0.0.1",
            "CERTCTL_SERVER_PORT": str(self.port),
            # the database waits' psql and pg_isready, beside the image's BusyBox applets
            "PATH": busybox.applet_path(psql=postgres.program("psql"), pg_isready=postgres.program("pg_isready")),
        }

    def client_overrides(self) -> dict[str, str]:
        """What a client container (agent, Job) needs to reach this server."""
        return {"CERTCTL_SERVER_URL": self.url}

    def pod(self, component: str) -> Pod:
        pod = Pod(self.deployment, component, certctl=self.binaries, hosts=self.hosts)
        self.pods.append(pod)
        return pod

    def api(self) -> Api:
        """The API at 127.0.0.1 (the server's certificate names it too), trusting its CA."""
        ca_file = self.folder / "server-ca.crt"
        ca_file.write_text(self.server_secret("tls")["ca.crt"])
        return Api(f"https://127.0.0.1:{self.port}", ca_file)

    def start_server(self, address: str = "127.0.0.1") -> Server:
        """A server pod (a replica at the loopback `address`): its init containers, then its
        server container, up once its declared startup probe succeeds."""
        pod = self.pod("server")
        for init in pod.spec.get("initContainers", []):
            result = pod.run(init["name"], **self.overrides())
            assert result.returncode == 0, f"{init['name']}: {result.stderr}"
        log = pod.root / "server.log"
        process = pod.start("server", log=log, **{**self.overrides(), "CERTCTL_SERVER_HOST": address})
        server = Server(pod, process, log, address)
        deadline = time.monotonic() + START_SECONDS
        while server.probe("startupProbe", self.port) != 200:
            assert process.poll() is None, f"certctl's server exited {process.returncode}: {log.read_text()[-3000:]}"
            assert time.monotonic() < deadline, f"certctl's server did not start within {START_SECONDS}s"
            time.sleep(0.1)
        return server

    def renew_server_certificate(self) -> str:
        """`main.py secrets --renew-server-cert`, then the new Secret reaches every server pod's
        `tls` volume as a kubelet update does (one swapped link). Returns the new tls.crt."""
        renew = ["--values", str(self.values_file), "--out", str(self.secrets_out), "--renew-server-cert"]
        assert secrets_cli.main(renew) == 0
        volume = self.server_volume("tls")
        assert volume is not None
        name = volume["secret"]["secretName"]
        renewed = yaml.safe_load((self.secrets_out / self.values_file.stem / f"{name}.yaml").read_text())
        self.deployment.secret_data(name).update(renewed["stringData"])
        for pod in self.pods:
            if pod.component == "server":
                pod.write_projection("tls", pod.projected_files(volume))
        return str(renewed["stringData"]["tls.crt"])

    def run(
        self, component: str, container: str, timeout: float = 60, **overrides: str
    ) -> subprocess.CompletedProcess[str]:
        """A client pod's container (a Job's, the agent's init) against this server."""
        pod = self.pod(component)
        return pod.run(container, timeout=timeout, **self.client_overrides(), **overrides)


@dataclass
class Server:
    """A running server container: its pod, process, output and address."""

    pod: Pod
    process: subprocess.Popen[str]
    log: Path
    address: str

    def probe(self, kind: str, port: int) -> int:
        return http_probe(self.pod.container("server"), kind, {8443: port}, self.address)

    def answered(self, method: str, path: str) -> list[int]:
        """The statuses it logged answering `method path`, in order."""
        found = []
        for line in self.log.read_text().splitlines():
            if '"msg":"request completed"' in line:
                entry = json.loads(line)
                if (entry["method"], entry["path"]) == (method, path):
                    found.append(entry["status"])
        return found

    def logged(self, message: str) -> int:
        """How many of its JSON log lines carry a message starting with `message`."""
        return sum(1 for line in self.log.read_text().splitlines() if f'"msg":"{message}' in line)


@dataclass
class Agent:
    """A registered agent pod, its agent container started, against `server`."""

    stack: Stack
    server: Server
    pod: Pod
    id: str
    process: subprocess.Popen[str]


def start_agent(stack: Stack, server: Server, pod: Pod | None = None) -> Agent:
    """The agent pod's init container, then its agent container; returns after its first poll."""
    pod = pod or stack.pod("agent")
    registered = pod.run("register", **stack.client_overrides(), REGISTER_RETRY_SECONDS="0.1")
    assert registered.returncode == 0, registered.stderr
    agent_id = pod.path("agent", "/var/run/certctl-agent/agent-id").read_text().strip()
    process = pod.start("agent", log=pod.root / "agent.log", **stack.client_overrides())
    wait_for(lambda: 200 in server.answered("GET", f"/api/v1/agents/{agent_id}/work"), timeout=20)
    return Agent(stack, server, pod, agent_id, process)


def configured(stack_of: Callable[[str], Stack], name: str = "default") -> tuple[Stack, Server]:
    """An environment's server, started and configured by its Job."""
    stack = stack_of(name)
    server = stack.start_server()
    result = stack.run("configure", "configure", CONFIGURE_RETRY_SECONDS="0.1")
    assert result.returncode == 0, result.stderr
    return stack, server
