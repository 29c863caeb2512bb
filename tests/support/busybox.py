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
MISSING_BUSYBOX = "busybox is not installed (Debian package busybox; tools/system-packages.sh installs it)"
needs_busybox = pytest.mark.requires(None if BUSYBOX else MISSING_BUSYBOX)


@cache
def _applet_folder(programs: tuple[tuple[str, str], ...]) -> Path:
    assert BUSYBOX, MISSING_BUSYBOX
    folder = Path(tempfile.mkdtemp(prefix="busybox-"))
    folder.chmod(0o755)  # the pod harness runs scripts as the pods' users
    listed = subprocess.run([BUSYBOX, "--list"], capture_output=True, text=True, check=True).stdout.split()
    for applet in listed:
        (folder / applet).symlink_to(BUSYBOX)
    for name, target in programs:
        (folder / name).unlink(missing_ok=True)
        (folder / name).symlink_to(target)
    return folder


def applet_path(**programs: str | Path) -> str:
    """A PATH of one folder: a link per BusyBox applet (sh, awk, sed, find, ...) plus one per
    `programs` entry (name=path), which wins over an applet of that name."""
    return str(_applet_folder(tuple(sorted((name, str(path)) for name, path in programs.items()))))


def applets() -> Path:
    """The applets and curl, which the certctl images install beside BusyBox."""
    curl = shutil.which("curl")
    return Path(applet_path(**({"curl": curl} if curl else {})))


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
