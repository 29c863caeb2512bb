"""Shared fixtures: every environment rendered once per session, a values-file writer, a
syrupy extension that stores snapshots as readable YAML so PR diffs show what changed, a
guard that fails any test reading a file beside the repository, certctl's real binaries, and a
guard that fails the session when a test was skipped for anything but the Go module proxy
refusing certctl's module."""

from __future__ import annotations

import functools
import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import yaml
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "constructs"), str(ROOT)]

from certctl_k8s.values import Values, ValuesError, load_values  # noqa: E402
from tests.support import certctl_build  # noqa: E402

if TYPE_CHECKING:  # importing cdk8s starts Node.js: only the functions that render import it (below)
    from certctl_k8s.synth import Rendered
    from tests.support.harness import Pod

# The S3 API server on loopback and a bucket per test, for the drills against S3 (tests/support/s3.py).
pytest_plugins = ["tests.support.s3"]
from tests.support.kube_cluster import kube  # noqa: E402, F401 - the session's API server, for any test

ENVIRONMENTS = sorted(path.stem for path in (ROOT / "environments").glob("*.yaml"))


FIXTURES = ROOT / "tests" / "fixtures"
REFERENCE = FIXTURES / "reference"  # certctl v2.1.7 and its Helm chart 1.0.0 (see fixtures/README.md)
HELM_CHART = REFERENCE / "helm-chart"

# --- nothing beside the repository ------------------------------------------------------------
# A user's clone holds only the repository, so a test that reads a folder beside it (a reference
# folder, another checkout) passes here and fails there. Every file a test opens or lists is
# checked: below the repository's parent, only the repository itself and the scratch folders of
# pytest and tempfile are allowed. (Nothing beside the repository is listed to decide this.)
_WATCHED_EVENTS = frozenset({"open", "os.listdir", "os.scandir"})
_SCRATCH_PREFIXES = ("tmp", "pytest-of-")
_reads_beside: list[str] = []


def beside_repository(path: str | os.PathLike[str], root: Path = ROOT) -> bool:
    """True for a path in a folder that sits next to the repository `root` (not in it, not scratch)."""
    resolved = Path(os.path.abspath(path))
    try:
        first = resolved.relative_to(root.parent).parts[0]
    except (ValueError, IndexError):
        return False
    return first != root.name and not first.startswith(_SCRATCH_PREFIXES)


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event in _WATCHED_EVENTS and args and isinstance(args[0], str | os.PathLike) and beside_repository(args[0]):
        _reads_beside.append(f"{event} {args[0]}")


sys.addaudithook(_audit)


@pytest.fixture(autouse=True)
def _reads_nothing_beside_the_repository():
    start = len(_reads_beside)
    yield
    assert _reads_beside[start:] == [], "the test read outside the repository (copy what it needs to tests/fixtures/)"


# --- a missing program fails; only certctl's refused module skips ------------------------------
# `pytest.mark.requires(problem)`: the test fails with `problem` (one line naming what to install)
# unless it is None. The only skip the session tolerates is certctl_build.REFUSED.
_skips: list[tuple[str, str]] = []


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Before the test's fixtures (a module's PostgreSQL starts in its first test's setup): a
    missing program fails the test, and only a test marked realserver may start PostgreSQL."""
    from tests.support import postgres

    for marker in item.iter_markers("requires"):
        if marker.args[0]:
            pytest.fail(marker.args[0], pytrace=False)
    postgres.MARKED_REALSERVER = item.get_closest_marker("realserver") is not None


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.skipped and not hasattr(report, "wasxfail"):
        longrepr = report.longrepr
        reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
        _skips.append((report.nodeid, reason.removeprefix("Skipped: ")))


def _other_skips() -> list[tuple[str, str]]:
    return [(node, reason) for node, reason in _skips if not reason.startswith(certctl_build.REFUSED)]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _other_skips() and exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: Any) -> None:
    refused = len(_skips) - len(_other_skips())
    if refused:
        terminalreporter.write_line(
            f"{refused} test(s) need certctl's binaries and skipped: the Go module proxy refuses its module "
            f"(its answer: {certctl_build.PROXY_ANSWER}); set CERTCTL_SERVER_BIN, CERTCTL_AGENT_BIN and "
            "CERTCTL_MIGRATIONS_DIR to run them",
            yellow=True,
        )
    for node, reason in _other_skips():
        terminalreporter.write_line(f"FAILED (skipped, which this suite does not allow): {node}: {reason}", red=True)


@pytest.fixture
def pods() -> Iterator[list[Pod]]:
    """The pods a test lays out with the pod harness, closed (processes and folders) after it."""
    made: list[Pod] = []
    yield made
    for pod in made:
        pod.close()


@pytest.fixture(scope="session")
def certctl_binaries() -> certctl_build.Binaries:
    """certctl's server, agent and migrations (certctl_build.resolve); a test skips only when the
    Go module proxy refuses the module, and fails for anything else."""
    try:
        return certctl_build.resolve()
    except certctl_build.Refused as refused:
        pytest.skip(str(refused))
    except certctl_build.Unbuildable as problem:
        pytest.fail(str(problem), pytrace=False)


class YamlSnapshot(SingleFileSnapshotExtension):
    file_extension = "yaml"
    _write_mode = WriteMode.TEXT

    def serialize(self, data: Any, **_: Any) -> str:
        return yaml.safe_dump(data, sort_keys=False, default_flow_style=False, width=100)


@pytest.fixture
def snapshot_yaml(snapshot):
    return snapshot.use_extension(YamlSnapshot)


@functools.cache
def environment_values(name: str) -> Values:
    return load_values(ROOT / "environments" / f"{name}.yaml")


@functools.cache
def rendered_env(name: str) -> Rendered:
    from certctl_k8s.synth import Environment, render

    return render(Environment(name, environment_values(name)))


def environments_where(predicate: Callable[[Values], bool]) -> list[str]:
    """The environments whose values satisfy `predicate`, for parametrizing `env` indirectly."""
    return [name for name in ENVIRONMENTS if predicate(environment_values(name))]


@pytest.fixture(params=ENVIRONMENTS)
def env(request) -> Rendered:
    """Each environment of environments/, rendered."""
    return rendered_env(request.param)


def load_data(tmp_path: Path, data: dict[str, Any], name: str = "values") -> Values:
    """Load a values dict as a file `tmp_path/<name>.yaml` is loaded."""
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data))
    return load_values(path)


def render_values(tmp_path: Path, data: dict[str, Any], name: str = "case") -> Rendered:
    """Render a one-off environment from a values dict."""
    from certctl_k8s.synth import Environment, render

    return render(Environment(name, load_data(tmp_path, data, name)))


def merged(*layers: dict[str, Any]) -> dict[str, Any]:
    """Values dicts layered key by key, as the loader merges values files."""
    out: dict[str, Any] = {}
    for layer in layers:
        for key, value in layer.items():
            out[key] = merged(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


def values_problems(tmp_path: Path, data: dict[str, Any]) -> list[str]:
    """The problems loading `data` reports, each without the file name in front."""
    with pytest.raises(ValuesError) as caught:
        load_data(tmp_path, data)
    return [line.removeprefix(f"{tmp_path / 'values.yaml'}: ") for line in caught.value.problems]


def find(rendered: Rendered, kind: str, name: str | None = None) -> dict[str, Any]:
    matches = [m for m in rendered.manifests if m["kind"] == kind and (name is None or m["metadata"]["name"] == name)]
    assert len(matches) == 1, f"expected one {kind} {name or ''}, found {len(matches)}"
    return matches[0]


def pod_specs(rendered: Rendered) -> dict[str, dict[str, Any]]:
    """`Kind/name` -> pod spec for every workload (a CronJob's through its job template). A Job's
    name ends in a digest of its inputs, written `<digest>` here so snapshots stay readable."""
    found = {}
    for m, template in rendered.pod_templates():
        name = (
            re.sub(r"-[0-9a-f]{10}$", "-<digest>", m["metadata"]["name"])
            if m["kind"] == "Job"
            else m["metadata"]["name"]
        )
        found[f"{m['kind']}/{name}"] = template["spec"]
    return found


def containers(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return spec.get("initContainers", []) + spec["containers"]


def images(rendered: Rendered) -> set[str]:
    """Every image any pod of the environment runs."""
    return {c["image"] for spec in pod_specs(rendered).values() for c in containers(spec)}
