"""The tests need nothing beside the repository: a user's clone has only this folder."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import ROOT, beside_repository

CHECKOUT = Path("/srv/work/checkout")  # a repository root, for paths that need not exist


def test_a_path_beside_the_repository_is_flagged():
    assert beside_repository(CHECKOUT.parent / "reference" / "values.yaml", CHECKOUT)
    assert beside_repository(CHECKOUT / ".." / "other-checkout" / "x", CHECKOUT)


def test_paths_in_the_repository_and_scratch_folders_are_not():
    assert not beside_repository(CHECKOUT / "tests" / "fixtures" / "README.md", CHECKOUT)
    assert not beside_repository(CHECKOUT.parent / "pytest-of-root" / "pytest-1" / "x", CHECKOUT)
    assert not beside_repository(CHECKOUT.parent / "tmpab12cd" / "x", CHECKOUT)
    assert not beside_repository("/usr/lib/os-release", CHECKOUT)


def test_no_test_names_a_folder_beside_the_repository():
    pattern = re.compile(r"ROOT\.parent|\.\.[/\\]|parents\[[3-9]\]")
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "tests").rglob("*.py"))
        if path.name not in ("test_self_contained.py", "conftest.py")
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if pattern.search(line)
    ]
    assert offenders == []
