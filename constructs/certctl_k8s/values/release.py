"""Which certctl release an environment deploys. This tool is built for certctl v2.1 (named API
keys with roles, an enforced agent bootstrap token) and tested with v2.1.7; a tag that names an
older release would deploy a server with a different auth model, and `latest` would make dist/
name no release at all."""

from __future__ import annotations

import re

APP_VERSION = "v2.1.7"  # the certctl release this tool is built and tested against
# The commit each release tag above stands for. The tests build certctl's server and agent from it
# (`go install github.com/certctl-io/certctl/cmd/server@<commit>`): certctl's go.mod has no /v2
# suffix, so the Go toolchain refuses the tag itself as a version.
RELEASE_COMMITS = {"v2.1.7": "67dbd18fda647a4c3fdac1263a315dddbd23ca3c"}
MINIMUM = (2, 1, 0)
_VERSION = re.compile(r"^v(\d+)\.(\d+)\.(\d+)(?:[-+][0-9A-Za-z.-]+)?$")


def release_problem(tag: str) -> str | None:
    """Why `tag` (already v-prefixed the way certctl publishes it) cannot be deployed, or None."""
    if tag == "latest":
        return (
            f"'latest' is refused: dist/ must name the release it deploys, so a synth is reproducible; "
            f"use a version tag such as {APP_VERSION}"
        )
    match = _VERSION.match(tag)
    if match and tuple(int(part) for part in match.groups()) < MINIMUM:
        return (
            f"{tag} is older than v2.1.0, whose auth model (named API keys with roles, the agent "
            f"bootstrap token) this deployment is built on; use {APP_VERSION}"
        )
    return None


def release_warning(tag: str) -> str | None:
    """A note for a tag this tool cannot place: not a version, or a newer major release."""
    match = _VERSION.match(tag)
    if match is None:
        return f"{tag} names no certctl release; this tool is built for v2.1 and tested with {APP_VERSION}"
    if int(match.group(1)) > MINIMUM[0]:
        return f"{tag} is a newer major release than this tool knows; it is tested with {APP_VERSION}"
    return None
