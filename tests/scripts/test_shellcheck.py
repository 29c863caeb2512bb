"""ShellCheck over every script that runs in a pod (POSIX sh, as BusyBox runs it)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

SCRIPTS = sorted((Path(__file__).resolve().parents[2] / "constructs" / "certctl_k8s" / "scripts").glob("*.sh"))


@pytest.mark.requires(None if shutil.which("shellcheck") else "shellcheck is not installed (Debian package shellcheck)")
@pytest.mark.parametrize("script", SCRIPTS, ids=lambda path: path.name)
def test_script_passes_shellcheck(script):
    # -x follows `. certctl-api.sh` (the scripts source it from their own folder).
    result = subprocess.run(
        ["shellcheck", "--external-sources", "--shell=sh", script.name],
        cwd=script.parent,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout
