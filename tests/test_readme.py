"""The README's and the guides' links lead somewhere: every `#anchor` names a heading of the page
it points into (as GitHub forms anchors), and every relative file link names a file of the
repository."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
LINK = re.compile(r"\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```.*?^```", re.M | re.S)


def _text(page: Path) -> str:
    """The page without its code blocks, where `](...)` is code, not a link."""
    return FENCE.sub("", page.read_text())


def _anchor(heading: str) -> str:
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def _anchors(page: Path) -> set[str]:
    return {_anchor(h) for h in re.findall(r"^#+ (.+)$", _text(page), re.M)}


def _relative(page: Path) -> list[str]:
    return [link for link in LINK.findall(_text(page)) if not re.match(r"[a-z]+:", link)]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_anchor_names_a_heading_of_its_page(page):
    broken = []
    for link in _relative(page):
        path, _, anchor = link.partition("#")
        target = (page.parent / path).resolve() if path else page
        if anchor and (not target.is_file() or anchor not in _anchors(target)):
            broken.append(link)
    assert broken == []


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_file_link_names_a_file(page):
    paths = {link.partition("#")[0] for link in _relative(page)} - {""}
    assert [p for p in sorted(paths) if not (page.parent / p).exists()] == []


def test_the_readme_links_every_guide():
    linked = {(ROOT / link.partition("#")[0]).resolve() for link in _relative(ROOT / "README.md")}
    assert [p.name for p in PAGES[1:] if p.resolve() not in linked] == []


def test_the_readme_stays_short():
    """A newcomer's page: what it is, the two commands, a quick start and a map; the rest is in docs/."""
    assert len((ROOT / "README.md").read_text().splitlines()) <= 250
