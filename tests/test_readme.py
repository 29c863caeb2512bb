"""The README's links lead somewhere: every `#anchor` names one of its headings (as GitHub forms
anchors), and every relative file link names a file of the repository."""

from __future__ import annotations

import re

from conftest import ROOT

README = (ROOT / "README.md").read_text()


def _anchor(heading: str) -> str:
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_every_anchor_names_a_heading():
    anchors = {_anchor(h) for h in re.findall(r"^#+ (.+)$", README, re.M)}
    links = set(re.findall(r"\]\(#([^)]+)\)", README))
    assert links and links <= anchors, sorted(links - anchors)


def test_every_file_link_names_a_file():
    paths = {p.split("#")[0] for p in re.findall(r"\]\(([^)#:]+(?:#[^)]*)?)\)", README)}
    assert paths, "no relative links found"
    assert [p for p in sorted(paths) if not (ROOT / p).exists()] == []
