"""How the tests get certctl's binaries (tests/support/certctl_build.py), and the session guard in
conftest.py: without Go the tests fail naming what to install; the Go module proxy refusing
certctl's module is the one skip allowed, quoted; every other skip fails the session."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT
from tests.support import certctl_build

REFUSAL = (FIXTURES / "go-proxy-refusal.txt").read_text().strip()


@pytest.fixture
def empty_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "cache" / certctl_build.COMMIT
    monkeypatch.setattr(certctl_build, "CACHE", cache)
    monkeypatch.setattr(certctl_build, "PROXY_ANSWER", cache / "proxy-answer.txt")
    for name in ("CERTCTL_SERVER_BIN", "CERTCTL_AGENT_BIN", "CERTCTL_MIGRATIONS_DIR"):
        monkeypatch.delenv(name, raising=False)
    return cache


def go_that_prints(folder: Path, answer: str) -> str:
    """A PATH whose `go` answers `go install` as the real one did (exit 1, `answer` on stderr)."""
    folder.mkdir()
    (folder / "answer").write_text(answer + "\n")
    script = f"import sys\nsys.stderr.write(open({str(folder / 'answer')!r}).read())\nsys.exit(1)\n"
    (folder / "go").write_text(f"#!{sys.executable}\n{script}")
    (folder / "go").chmod(0o755)
    return str(folder)


def test_without_go_the_build_names_what_to_install(empty_cache, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(certctl_build.Unbuildable, match="^Go is not installed: install Go 1.26"):
        certctl_build.resolve()


def test_the_proxy_refusing_the_module_is_recorded_and_quoted(empty_cache, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", go_that_prints(tmp_path / "bin", REFUSAL))
    with pytest.raises(certctl_build.Refused) as refused:
        certctl_build.resolve()
    assert str(refused.value) == f"certctl module refused by the Go module proxy: {REFUSAL}"
    assert (empty_cache / "proxy-answer.txt").read_text().strip() == REFUSAL


def test_any_other_build_failure_is_not_a_refusal(empty_cache, monkeypatch, tmp_path):
    error = "go: github.com/certctl-io/certctl/cmd/server: build constraints exclude all Go files"
    monkeypatch.setenv("PATH", go_that_prints(tmp_path / "bin", error))
    with pytest.raises(certctl_build.Unbuildable, match="build constraints exclude all Go files$"):
        certctl_build.resolve()


def test_binaries_named_in_the_environment_need_certctls_migrations(empty_cache, monkeypatch):
    monkeypatch.setenv("CERTCTL_SERVER_BIN", sys.executable)
    monkeypatch.setenv("CERTCTL_AGENT_BIN", sys.executable)
    with pytest.raises(certctl_build.Unbuildable, match="set CERTCTL_MIGRATIONS_DIR"):
        certctl_build.resolve()


def run_session(tmp_path: Path, skip_reason: str) -> subprocess.CompletedProcess[str]:
    """A pytest session under this suite's conftest, of one test that skips with `skip_reason`."""
    test = tmp_path / "test_one.py"
    test.write_text(f"import pytest\n\ndef test_one():\n    pytest.skip({skip_reason!r})\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "tests"), str(ROOT)])}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "conftest", "-p", "no:cacheprovider", "-q", str(test)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_a_skip_for_anything_else_fails_the_session(tmp_path):
    result = run_session(tmp_path, "busybox is not installed")
    assert result.returncode == 1, result.stdout
    assert "FAILED (skipped, which this suite does not allow): " in result.stdout


def test_the_proxys_refusal_is_the_one_skip_allowed(tmp_path):
    result = run_session(tmp_path, f"{certctl_build.REFUSED} {REFUSAL}")
    assert result.returncode == 0, result.stdout
    assert "1 test(s) need certctl's binaries and skipped: the Go module proxy refuses its module" in result.stdout
