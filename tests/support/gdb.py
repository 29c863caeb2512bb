"""Send a process a signal at the one moment timing cannot reach: as it goes to sleep. A shell that
looks for a caught signal and only then blocks misses one that lands in between; gdb holds the
process at the entry of the libc call it sleeps in, and the signal is sent there."""

from __future__ import annotations

import shutil
import signal
import subprocess

import pytest

GDB = shutil.which("gdb")
MISSING_GDB = "gdb is not installed (Debian package gdb; tools/system-packages.sh installs it)"
needs_gdb = pytest.mark.requires(None if GDB else MISSING_GDB)


def signal_as_it_sleeps(pid: int, sig: signal.Signals, timeout: float = 30) -> str:
    """Attach to `pid`, asleep in a libc call (`poll` under BusyBox's `read`, `sigsuspend` under its
    `wait`, ...), and break at that call's entry. A stray SIGCHLD, as a child's end would, wakes
    the process and sends it round to the same call; held there, it gets `sig` by kill(2) and is
    let go. Returns the call's name; fails if gdb cannot attach or the process never goes back."""
    assert GDB, MISSING_GDB
    steps = [
        "python sleeping = gdb.selected_frame().name()",
        "python gdb.execute('break ' + sleeping)",
        "signal SIGCHLD",
        "python print('held at', gdb.selected_frame().name(), 'asleep in', sleeping)",
        f"python import os; os.kill({pid}, {int(sig)})",
        "delete",
        "detach",
    ]
    command = [GDB, "-nx", "-batch", "-iex", "set debuginfod enabled off", "-p", str(pid)]
    for step in steps:
        command += ["-ex", step]
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    held = [line for line in result.stdout.splitlines() if line.startswith("held at ")]
    assert result.returncode == 0 and held, f"gdb could not hold process {pid}:\n{result.stdout}{result.stderr}"
    _, _, at, _, _, asleep = held[0].split()
    assert at == asleep, f"process {pid} went back to {at}, not {asleep}"
    return asleep
