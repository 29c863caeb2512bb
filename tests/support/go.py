"""The Go toolchain the tests build real programs with (certctl, kube-apiserver): one place
that finds it and says, in one line, what to install when it is missing."""

from __future__ import annotations

import shutil

NEEDED = "Go 1.26 or newer (https://go.dev/dl/)"


def missing(what: str) -> str:
    """The one-line reason a build of `what` cannot run without Go."""
    return f"Go is not installed: install {NEEDED} to build {what}"


def program() -> str | None:
    """The `go` command on PATH, or None."""
    return shutil.which("go")
