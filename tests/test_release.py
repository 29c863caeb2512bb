"""Which certctl release an environment deploys: v2.1.7 by default everywhere, nothing older than
v2.1.0 (whose auth model this deployment is built on), never `latest`, and a digest pin keeps a
tag beside it that says (and is checked for) the version."""

from __future__ import annotations

import re

import pytest
import yaml

from certctl_k8s.values.release import APP_VERSION, RELEASE_COMMITS
from conftest import ENVIRONMENTS, ROOT, find, images, load_data, render_values, rendered_env, values_problems
from tests.support import certctl_build

DIGEST = "sha256:" + "c" * 64


@pytest.mark.parametrize("name", ENVIRONMENTS)
def test_every_environment_deploys_v2_1_7(name):
    certctl = {image for image in images(rendered_env(name)) if image.startswith("ghcr.io/certctl-io/")}
    assert certctl == {"ghcr.io/certctl-io/certctl-server:v2.1.7", "ghcr.io/certctl-io/certctl-agent:v2.1.7"}
    assert APP_VERSION == "v2.1.7"


@pytest.mark.parametrize(
    "data, key",
    [
        ({"server": {"image": {"tag": "v2.0.71"}}}, "server.image.tag"),
        ({"agent": {"image": {"tag": "2.0.9"}}}, "agent.image.tag"),  # Helm style, read as v2.0.9
        ({"appVersion": "v1.9.0"}, "appVersion"),
        ({"server": {"image": {"tag": "v2.0.71", "digest": DIGEST}}}, "server.image.tag"),
    ],
)
def test_a_release_older_than_v2_1_0_exits_2_saying_why(tmp_path, data, key):
    [line] = values_problems(tmp_path, data)
    assert line.startswith(f"{key}: ")
    assert "older than v2.1.0" in line and "auth model" in line


@pytest.mark.parametrize(
    "data, key",
    [({"server": {"image": {"tag": "latest"}}}, "server.image.tag"), ({"appVersion": "latest"}, "appVersion")],
)
def test_latest_is_refused(tmp_path, data, key):
    [line] = values_problems(tmp_path, data)
    assert line.startswith(f"{key}: 'latest' is refused: dist/ must name the release it deploys")


def test_a_digest_pin_keeps_the_tag_that_names_the_release(tmp_path):
    rendered = render_values(
        tmp_path, {"server": {"image": {"digest": DIGEST}}, "agent": {"image": {"digest": DIGEST}}}
    )
    server = find(rendered, "Deployment", "certctl-server")["spec"]["template"]["spec"]["containers"][0]
    assert server["image"] == f"ghcr.io/certctl-io/certctl-server:v2.1.7@{DIGEST}"
    assert {image.rpartition(":")[0] for image in images(rendered) if "certctl-io" in image} == {
        "ghcr.io/certctl-io/certctl-server:v2.1.7@sha256",
        "ghcr.io/certctl-io/certctl-agent:v2.1.7@sha256",
    }


def test_helm_style_tags_map_to_the_published_v_tags(tmp_path):
    values = load_data(tmp_path, {"server": {"image": {"tag": "2.1.0"}}})
    rendered = render_values(tmp_path, {"server": {"image": {"tag": "2.1.0"}}}, name="helm")
    assert "ghcr.io/certctl-io/certctl-server:v2.1.0" in images(rendered)
    assert "using v2.1.0" in dict(values.warnings())["server.image.tag"]


@pytest.mark.parametrize(
    "tag, fragment", [("main", "names no certctl release"), ("v3.0.0", "newer major release than this tool knows")]
)
def test_tags_this_tool_cannot_place_load_with_a_warning(tmp_path, tag, fragment):
    values = load_data(tmp_path, {"agent": {"image": {"tag": tag}}})
    assert fragment in dict(values.warnings())["agent.image.tag"]


def test_the_pinned_commit_is_the_one_for_the_release_dist_deploys():
    """The tests build certctl from RELEASE_COMMITS (certctl_build): the commit must stand for the
    tag the committed default environment deploys."""
    deployment = yaml.safe_load((ROOT / "dist" / "default" / "11-deployment-certctl-server.yaml").read_text())
    image = deployment["spec"]["template"]["spec"]["containers"][0]["image"]
    tag = image.split("@")[0].rpartition(":")[2]
    assert tag == APP_VERSION
    assert re.fullmatch(r"[0-9a-f]{40}", RELEASE_COMMITS[tag])
    assert RELEASE_COMMITS[tag] == certctl_build.COMMIT == certctl_build.CACHE.name
