"""The tests need nothing beside the repository: a user's clone has only this folder."""

from __future__ import annotations

import re

from conftest import ROOT, beside_repository

NEIGHBOURS = frozenset({"shared", "other-checkout"})


def test_a_path_beside_the_repository_is_flagged():
    assert beside_repository(ROOT.parent / "shared" / "reference" / "values.yaml", NEIGHBOURS)
    assert beside_repository(ROOT / ".." / "other-checkout" / "x", NEIGHBOURS)


def test_paths_in_the_repository_and_scratch_folders_are_not():
    assert not beside_repository(ROOT / "tests" / "fixtures" / "README.md", NEIGHBOURS)
    assert not beside_repository(ROOT.parent / "pytest-of-root" / "pytest-1" / "x", NEIGHBOURS | {"pytest-of-root"})
    assert not beside_repository("/usr/lib/os-release", NEIGHBOURS)


def test_no_test_names_a_folder_beside_the_repository():
    pattern = re.compile(r"ROOT\.parent|\.\./shared|parents\[2\]\s*/\s*\"shared\"")
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "tests").rglob("*.py"))
        if path.name not in ("test_self_contained.py", "conftest.py")
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if pattern.search(line)
    ]
    assert offenders == []
