"""Run the pod scripts the way their images do: BusyBox's sh with BusyBox's applets first on
PATH, next to the few programs an image installs beside BusyBox (curl, pg_dump, ...)."""

from __future__ import annotations

import functools
import shutil
import subprocess
import tempfile
from pathlib import Path

BUSYBOX = shutil.which("busybox")
MISSING_BUSYBOX = "busybox is not installed (Debian package busybox; tools/system-packages.sh installs it)"


@functools.cache
def _applets() -> tuple[str, ...]:
    assert BUSYBOX, MISSING_BUSYBOX
    return tuple(subprocess.run([BUSYBOX, "--list"], capture_output=True, text=True, check=True).stdout.split())


@functools.cache
def _applet_folder(programs: tuple[tuple[str, str], ...]) -> Path:
    assert BUSYBOX, MISSING_BUSYBOX
    folder = Path(tempfile.mkdtemp(prefix="busybox-"))
    for applet in _applets():
        (folder / applet).symlink_to(BUSYBOX)
    for name, target in programs:
        (folder / name).unlink(missing_ok=True)
        (folder / name).symlink_to(target)
    return folder


def applet_path(**programs: str | Path) -> str:
    """A PATH of one folder: a link per BusyBox applet (sh, awk, sed, find, ...) plus one per
    `programs` entry (name=path), which wins over an applet of that name."""
    return str(_applet_folder(tuple(sorted((name, str(path)) for name, path in programs.items()))))
