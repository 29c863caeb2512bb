"""certctl's own server and agent for the end-to-end tests, built once per machine.

`resolve()` finds them in this order: the paths in CERTCTL_SERVER_BIN and CERTCTL_AGENT_BIN (with
the migrations folder in CERTCTL_MIGRATIONS_DIR, or the cache's); else the cache
`.cache/certctl/<commit>/`; else it builds them there with
`go install github.com/certctl-io/certctl/cmd/{server,agent}@<commit>`, the commit that
values/release.py pins beside the image tag, and copies the module's `migrations/` folder beside
them (the server image's /app/migrations: certctl reads its SQL from disk).

The one failure the tests tolerate is the Go module proxy refusing the module: its answer is kept
in `proxy-answer.txt` in the cache and `Refused` carries it. Anything else (no Go toolchain, a
compile error) is `Unbuildable`, with one line saying what to do. `make test` runs this module
before pytest, so the build's time is not charged to a test."""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from certctl_k8s.values.release import APP_VERSION, RELEASE_COMMITS

from . import go as go_tool

ROOT = Path(__file__).resolve().parents[2]
MODULE = "github.com/certctl-io/certctl"
COMMIT = RELEASE_COMMITS[APP_VERSION]
CACHE = ROOT / ".cache" / "certctl" / COMMIT
PROXY_ANSWER = CACHE / "proxy-answer.txt"
REFUSED = "certctl module refused by the Go module proxy:"
NO_GO = go_tool.missing("certctl's server and agent")
# What the proxy says when it will not serve a module: the request it made and its HTTP answer.
_PROXY_REFUSAL = re.compile(r"reading https?://\S+/github\.com/certctl-io/certctl/\S*: (403|404|410) ")
BUILD_SECONDS = 1800


class Refused(Exception):
    """The Go module proxy would not serve certctl's module; `answer` is what it said."""

    def __init__(self, answer: str) -> None:
        super().__init__(f"{REFUSED} {answer}")
        self.answer = answer


class Unbuildable(Exception):
    """The binaries can be neither found nor built, for a reason someone must fix."""


@dataclass(frozen=True)
class Binaries:
    server: Path
    agent: Path
    migrations: Path  # the server image's /app/migrations


def _cached() -> Binaries | None:
    found = Binaries(CACHE / "server", CACHE / "agent", CACHE / "migrations")
    return found if all(path.exists() for path in (found.server, found.agent, found.migrations)) else None


def _from_environment() -> Binaries | None:
    server, agent = os.environ.get("CERTCTL_SERVER_BIN"), os.environ.get("CERTCTL_AGENT_BIN")
    if not (server or agent):
        return None
    if not (server and agent):
        raise Unbuildable("set both CERTCTL_SERVER_BIN and CERTCTL_AGENT_BIN, or neither")
    migrations = Path(os.environ.get("CERTCTL_MIGRATIONS_DIR") or CACHE / "migrations")
    for name, path in (("CERTCTL_SERVER_BIN", server), ("CERTCTL_AGENT_BIN", agent)):
        if not os.access(path, os.X_OK):
            raise Unbuildable(f"{name}={path} is not an executable file")
    if not (migrations / "seed.sql").exists():
        raise Unbuildable(f"no certctl migrations at {migrations}: set CERTCTL_MIGRATIONS_DIR to certctl's migrations/")
    return Binaries(Path(server), Path(agent), migrations)


def _go(*args: str, timeout: float = BUILD_SECONDS) -> subprocess.CompletedProcess[str]:
    go = go_tool.program()
    if go is None:
        raise Unbuildable(NO_GO)
    env = {**os.environ, "GOBIN": str(CACHE)}
    return subprocess.run([go, *args], env=env, capture_output=True, text=True, timeout=timeout, cwd=CACHE)


def _build() -> Binaries:
    packages = [f"{MODULE}/cmd/{name}@{COMMIT}" for name in ("server", "agent")]
    built = _go("install", *packages)
    if built.returncode != 0:
        answer = built.stderr.strip()
        if _PROXY_REFUSAL.search(answer):
            PROXY_ANSWER.write_text(answer + "\n")
            raise Refused(answer)
        last = answer.splitlines()[-1] if answer else f"exit {built.returncode}"
        raise Unbuildable(f"go install {' '.join(packages)} failed: {last}")
    PROXY_ANSWER.unlink(missing_ok=True)
    download = _go("mod", "download", "-json", f"{MODULE}@{COMMIT}")
    if download.returncode != 0:
        raise Unbuildable(f"go mod download {MODULE}@{COMMIT} failed: {download.stderr.strip()}")
    shutil.copytree(Path(json.loads(download.stdout)["Dir"]) / "migrations", CACHE / "migrations", dirs_exist_ok=True)
    found = _cached()
    assert found is not None, f"go install left no server and agent in {CACHE}"
    return found


def resolve() -> Binaries:
    """The binaries to run: from the environment, the cache, or a build (one at a time per machine)."""
    found = _from_environment() or _cached()
    if found:
        return found
    CACHE.mkdir(parents=True, exist_ok=True)
    with (CACHE.parent / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # pytest workers and `make test` wait for one build
        return _cached() or _build()


def main() -> int:
    """`make test`'s step: build if needed and say what the tests will run. Never fails the make:
    the tests themselves fail (or, for a refusal, skip) with the reason."""
    started = time.monotonic()
    try:
        found = resolve()
    except (Refused, Unbuildable) as problem:
        print(f"certctl binaries: {problem}", file=sys.stderr)
        return 0
    print(f"certctl binaries: {found.server}, {found.agent} ({time.monotonic() - started:.1f}s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
