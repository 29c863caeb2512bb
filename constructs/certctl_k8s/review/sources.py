"""The committed side of a comparison: `dist/` as it is on disk, or as a git commit holds it
(read with `git archive`, never a checkout), by default at the merge base of HEAD with the
default branch, which is what a pull request's reviewer compares against."""

from __future__ import annotations

import io
import os
import subprocess
import tarfile
from pathlib import Path, PurePosixPath

Folders = dict[str, dict[str, str]]  # environment -> file name -> YAML text
# Where the default branch may be, most authoritative first: what the remote calls its HEAD,
# then the usual names, remote-tracking before local (a CI checkout often has no local main).
DEFAULT_BRANCHES = ("origin/HEAD", "origin/main", "origin/master", "main", "master")


class SourceError(Exception):
    """A comparison that cannot be made: a bad ref, no git, no default branch (one line)."""


def on_disk(dist: Path) -> Folders:
    if not dist.is_dir():
        return {}
    return {
        folder.name: {path.name: path.read_text() for path in sorted(folder.glob("*.yaml"))}
        for folder in sorted(dist.iterdir())
        if folder.is_dir() and not folder.name.startswith(".")
    }


def at_ref(dist: Path, ref: str | None) -> tuple[str, Folders]:
    """(how to name the ref in a report, the folders of `dist` at `ref`); `ref` None: the merge
    base of HEAD with the default branch."""
    root = Path(_git(Path.cwd(), "rev-parse", "--show-toplevel").strip())
    try:
        inside = PurePosixPath(Path(os.path.abspath(dist)).relative_to(root).as_posix())
    except ValueError:
        raise SourceError(f"{dist} is not inside the git repository at {root}") from None
    if ref is None:
        branch = default_branch(root)
        try:
            commit = _git(root, "merge-base", "HEAD", branch).strip()
        except SourceError:
            raise SourceError(
                f"HEAD and {branch} have no merge base (a shallow clone? fetch more history, or give --ref)"
            ) from None
        label = f"the merge base with {branch} ({commit[:10]})"
    else:
        try:
            commit = _git(root, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}").strip()
        except SourceError:
            raise SourceError(f"--ref {ref}: no such commit in {root}") from None
        label = f"{ref} ({commit[:10]})"
    if not _git(root, "ls-tree", commit, "--", str(inside)).strip():
        return label, {}  # no dist/ at that commit: everything is new
    archive = _git_bytes(root, "archive", "--format=tar", commit, "--", str(inside))
    folders: Folders = {}
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        for member in tar.getmembers():
            parts = PurePosixPath(member.name).relative_to(inside).parts
            extracted = tar.extractfile(member) if member.isfile() else None
            if len(parts) == 2 and parts[1].endswith(".yaml") and extracted is not None:
                folders.setdefault(parts[0], {})[parts[1]] = extracted.read().decode()
    return label, folders


def default_branch(root: Path) -> str:
    for candidate in DEFAULT_BRANCHES:
        try:
            _git(root, "rev-parse", "--verify", "--quiet", f"{candidate}^{{commit}}")
        except SourceError:
            continue
        if candidate == "origin/HEAD":  # name the branch it points at
            return _git(root, "rev-parse", "--abbrev-ref", "origin/HEAD").strip()
        return candidate
    raise SourceError(f"no default branch found (tried {', '.join(DEFAULT_BRANCHES)}); give --ref")


def _git(cwd: Path, *args: str) -> str:
    return _git_bytes(cwd, *args).decode()


def _git_bytes(cwd: Path, *args: str) -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise SourceError("git is not installed; it reads dist/ at --ref") from None
    if done.returncode != 0:
        message = done.stderr.decode(errors="replace").strip().splitlines()
        raise SourceError(f"git {args[0]}: {message[-1] if message else f'exit {done.returncode}'}")
    return done.stdout
