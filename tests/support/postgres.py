"""A throwaway PostgreSQL server from Debian's packages, for the backup restore drill.

Debian keeps the server programs out of PATH, under /usr/lib/postgresql/<major>/bin; the newest
major there is used (else a pg_ctl found on PATH). PostgreSQL refuses to run as root, so under
root (as in CI) the server runs as the `postgres` user the package creates, through setpriv or
runuser. It listens on 127.0.0.1 on a free port, with password (SCRAM) authentication, and its
data lives in a temporary folder that is removed when it stops."""

from __future__ import annotations

import functools
import os
import pwd
import secrets
import shutil
import subprocess
import tempfile
from pathlib import Path

from .certctl_mock import reserve_port

PROGRAMS = ("initdb", "pg_ctl", "postgres", "psql", "pg_dump", "pg_restore")
SUPERUSER = "postgres"
HOST = "127.0.0.1"
# False while a test without @pytest.mark.realserver runs (tests/conftest.py sets it): such a test
# would slip into the quick loop, `pytest -m "not realserver"`.
MARKED_REALSERVER = True


def _major(folder: Path) -> int:
    name = folder.parent.name
    return int(name) if name.isdigit() else -1


@functools.cache
def bin_dir() -> Path | None:
    """The folder holding initdb, pg_ctl, pg_dump and the rest, or None."""
    debian = sorted((p.parent for p in Path("/usr/lib/postgresql").glob("*/bin/pg_ctl")), key=_major)
    if debian:
        return debian[-1]
    found = shutil.which("pg_ctl")
    return Path(found).resolve().parent if found else None


def _run_as() -> list[str] | None:
    """The command prefix that runs a program as the server's owner: nothing for a non-root
    user, setpriv or runuser to `postgres` for root; None when root has neither."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv"):
        return ["setpriv", f"--reuid={SUPERUSER}", f"--regid={SUPERUSER}", "--init-groups", "--"]
    if shutil.which("runuser"):
        return ["runuser", "-u", SUPERUSER, "--"]
    return None


def unavailable() -> str | None:
    """Why a server cannot be started here, or None when it can."""
    folder = bin_dir()
    if folder is None:
        return "PostgreSQL is not installed (Debian package postgresql; tools/system-packages.sh installs it)"
    absent = [name for name in PROGRAMS if not (folder / name).exists()]
    if absent:
        return f"{folder} lacks {', '.join(absent)}"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(SUPERUSER)
        except KeyError:
            return f"PostgreSQL refuses to run as root and there is no `{SUPERUSER}` user to run it as"
        if _run_as() is None:
            return "PostgreSQL refuses to run as root and neither setpriv nor runuser is installed"
    return None


def program(name: str) -> Path:
    folder = bin_dir()
    assert folder is not None
    return folder / name


class Server:
    """One PostgreSQL server: `start()`, `psql(...)`, `stop()`."""

    def __init__(self) -> None:
        self.base = Path(tempfile.mkdtemp(prefix="certctl-pg-"))
        self.data = self.base / "data"
        self.port = 0
        self.superuser_password = secrets.token_urlsafe(24)
        self.settings: dict[str, str] = {}  # server settings given at every start
        self.env: dict[str, str] = {}  # the server's environment (its archive and restore commands')
        self._own(self.base)  # the owner writes the data folder (initdb's, or a restore's) into it

    def serve_tls(self, certificate: Path, key: Path) -> Server:
        """Serve TLS (before `start()`) with this certificate and key, as CloudNativePG's
        instances do; clients choose whether to use it (sslmode)."""
        for name, source in (("server.crt", certificate), ("server.key", key)):
            shutil.copy(source, self.base / name)
            self._own(self.base / name)
            (self.base / name).chmod(0o600)
        self.settings |= {"ssl": "on", "ssl_cert_file": str(self.base / "server.crt")}
        self.settings["ssl_key_file"] = str(self.base / "server.key")
        return self

    def run_as_owner(self, *argv: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        """`argv` as the server's owner, with `env` added to a bare environment (the server that
        pg_ctl starts inherits it, and so do its archive_command and restore_command)."""
        prefix = _run_as()
        assert prefix is not None
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C", **(env or {})}
        return subprocess.run(
            [*prefix, *map(str, argv)], cwd=self.base, env=env, capture_output=True, text=True, timeout=120
        )

    def start(self, settings: dict[str, str] | None = None, env: dict[str, str] | None = None) -> Server:
        """initdb (unless the data folder holds a cluster already, as a restored one does), add
        `settings` to postgresql.conf, and start the server with `env`."""
        if not MARKED_REALSERVER:
            raise RuntimeError("this test starts PostgreSQL: mark it @pytest.mark.realserver")
        if not (self.data / "PG_VERSION").exists():
            self._initdb()
        if settings:
            with (self.data / "postgresql.conf").open("a") as conf:
                for name, value in settings.items():
                    conf.write(f"{name} = '{value.replace(chr(39), chr(39) * 2)}'\n")
        self.env = env or {}
        self.port = reserve_port()
        return self.resume()

    def resume(self) -> Server:
        """Start the initialized server (again, after `pause()`), on its port."""
        options = f"-c listen_addresses={HOST} -c port={self.port} -c unix_socket_directories={self.base} -c fsync=off"
        options += "".join(f" -c {name}={value}" for name, value in self.settings.items())
        started = self.run_as_owner(
            program("pg_ctl"), "--pgdata", self.data, "--log", self.base / "server.log",
            "--wait", "--timeout=60", "-o", options, "start", env=self.env,
        )  # fmt: skip
        assert started.returncode == 0, started.stderr + self.log()
        return self

    def pause(self) -> None:
        """Stop the server and keep its data: a database that is not up yet, or restarting."""
        stopped = self.run_as_owner(program("pg_ctl"), "--pgdata", self.data, "--mode=fast", "--wait", "stop")
        assert stopped.returncode == 0, stopped.stderr

    def _initdb(self) -> None:
        password_file = self.base / "superuser-password"
        password_file.write_text(self.superuser_password + "\n")
        self._own(password_file)
        initdb = self.run_as_owner(
            program("initdb"),
            "--pgdata", self.data,
            "--username", SUPERUSER,
            "--pwfile", password_file,
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "--encoding=UTF8",
            "--locale=C",
            "--no-sync",
        )  # fmt: skip
        assert initdb.returncode == 0, initdb.stderr

    @staticmethod
    def _own(path: Path) -> None:
        if os.geteuid() == 0:
            owner = pwd.getpwnam(SUPERUSER)
            os.chown(path, owner.pw_uid, owner.pw_gid)
        path.chmod(0o700)

    def log(self) -> str:
        path = self.base / "server.log"
        return path.read_text() if path.exists() else ""

    def stop(self) -> None:
        if self.data.exists():
            self.run_as_owner(program("pg_ctl"), "--pgdata", self.data, "--mode=fast", "--wait", "stop")
        shutil.rmtree(self.base, ignore_errors=True)

    def client_env(self, user: str, password: str) -> dict[str, str]:
        """libpq's variables for a client of this server."""
        return {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "PGHOST": HOST,
            "PGPORT": str(self.port),
            "PGUSER": user,
            "PGPASSWORD": password,
            "PGSSLMODE": "disable",
        }

    def psql(self, sql: str, database: str = "postgres", user: str = SUPERUSER, password: str | None = None) -> str:
        """Run `sql` (read from stdin, so nothing lands in argv); return the unaligned output."""
        env = self.client_env(user, password or self.superuser_password)
        result = subprocess.run(
            [program("psql"), "--no-psqlrc", "--quiet", "--tuples-only", "--no-align",
             "--set=ON_ERROR_STOP=1", "--dbname", database],
            input=sql, env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        return result.stdout
