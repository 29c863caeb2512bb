"""Run a pod script the way the certctl images do: BusyBox `sh` with BusyBox applets first on PATH
(sh, awk, sed, grep, nslookup, sha256sum, ...), plus curl, which the images install beside it."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path

import pytest

BUSYBOX = shutil.which("busybox")
needs_busybox = pytest.mark.skipif(BUSYBOX is None, reason="busybox is not installed (Debian package busybox)")


@cache
def applets() -> Path:
    """A folder of links to BusyBox, one per applet, and to curl."""
    assert BUSYBOX, "busybox is not installed"
    folder = Path(tempfile.mkdtemp(prefix="busybox-"))
    folder.chmod(0o755)  # the pod harness runs scripts as the pods' users
    listed = subprocess.run([BUSYBOX, "--list"], capture_output=True, text=True, check=True).stdout.split()
    for applet in listed:
        (folder / applet).symlink_to(BUSYBOX)
    curl = shutil.which("curl")
    if curl:
        (folder / "curl").symlink_to(curl)
    return folder


def command(script: Path | str, *args: str) -> list[str]:
    assert BUSYBOX
    return [BUSYBOX, "sh", str(script), *args]


def environment(env: dict[str, str]) -> dict[str, str]:
    return {**env, "PATH": str(applets())}


def run(script: Path | str, env: dict[str, str], *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command(script, *args), env=environment(env), capture_output=True, text=True, timeout=timeout)


def start(script: Path | str, env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        command(script, *args), env=environment(env), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
