"""`main.py diff`: two synthesized versions of an environment compared as a reviewer needs them:
objects added, removed and changed, the workloads that roll and why, the updates the cluster
refuses (each a structured claim: kind, name, field, reason, who refuses), what GitOps pruning
deletes; the exit codes, the Markdown comment, and dist/ read at a git ref of a real repository.

The refusal claims follow Kubernetes v1.34's update validation (cited in review/immutable.py);
tests/test_diff_apiserver.py confirms them against a real API server."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from certctl_k8s.cli import main
from certctl_k8s.review.compare import HIDDEN, EnvironmentDiff, compare
from certctl_k8s.review.consequences import ARGO_CD, FLUX
from certctl_k8s.review.immutable import CNPG_WEBHOOK, IMMUTABLE, STATEFULSET_REFUSAL, Refusal
from certctl_k8s.review.objects import MISSING, Change
from certctl_k8s.review.report import change_line, markdown, text
from certctl_k8s.synth import Rendered
from conftest import ROOT, merged, render_values

BASE: dict[str, Any] = {"backup": {"enabled": True, "sink": "pvc", "pvc": {"create": True}}}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> Callable[[dict[str, Any]], Rendered]:
    """The environment of BASE plus a values dict, rendered once per module."""
    renders: dict[str, Rendered] = {}

    def render(data: dict[str, Any]) -> Rendered:
        key = yaml.safe_dump(data, sort_keys=True)
        if key not in renders:
            renders[key] = render_values(tmp_path_factory.mktemp("values"), merged(BASE, data), name="env")
        return renders[key]

    return render


@pytest.fixture(scope="module")
def diff_of(rendered) -> Callable[[dict[str, Any], dict[str, Any]], EnvironmentDiff]:
    """The comparison of BASE plus `before` with BASE plus `after`."""
    return lambda before, after: compare("env", rendered(before).files, rendered(after).files)


def changed(diff: EnvironmentDiff, name: str) -> dict[str, Change]:
    [found] = [c for c in diff.changed if str(c.key) == name]
    return {c.path: c for c in found.changes}


# --- the report for synthesized pairs ---------------------------------------------------------


def test_an_image_rolls_the_server_and_renames_the_jobs_that_run_it(diff_of):
    diff = diff_of({}, {"server": {"image": {"tag": "v2.1.8"}}})
    image = changed(diff, "Deployment/certctl-server")["spec.template.spec.containers[server].image"]
    assert (image.old, image.new) == (
        "ghcr.io/certctl-io/certctl-server:v2.1.7",
        "ghcr.io/certctl-io/certctl-server:v2.1.8",
    )
    rolls = {f"{r.kind}/{r.name}": r for r in diff.rolls}
    assert sorted(rolls) == ["DaemonSet/certctl-agent", "Deployment/certctl-server"]  # the agents register with it
    assert rolls["Deployment/certctl-server"].automatic
    assert rolls["Deployment/certctl-server"].reasons[0] == (
        "image of server: ghcr.io/certctl-io/certctl-server:v2.1.7 -> ghcr.io/certctl-io/certctl-server:v2.1.8"
    )
    # The configure Job is named after a digest of what it runs: a new Job, never an update of
    # an immutable one.
    [added], [removed] = diff.added, diff.removed
    assert (added.kind, removed.kind) == ("Job", "Job") and added.name != removed.name
    assert removed.name.startswith("certctl-configure-") and removed.pruned_by == (ARGO_CD, FLUX)
    assert diff.refused == ()


def test_a_replica_count_scales_the_server_and_restarts_postgres_for_its_connections(diff_of):
    diff = diff_of({"server": {"replicas": 2}}, {"server": {"replicas": 3}})
    replicas = changed(diff, "Deployment/certctl-server")
    assert {path: (c.old, c.new) for path, c in replicas.items()} == {"spec.replicas": (2, 3)}
    # Three servers need more connections: PostgreSQL restarts with a larger max_connections.
    args = changed(diff, "StatefulSet/certctl-postgres")["spec.template.spec.containers[postgres].args[2]"]
    assert (args.old, args.new) == ("max_connections=155", "max_connections=205")
    [roll] = diff.rolls
    assert (roll.kind, roll.name, roll.reasons) == (
        "StatefulSet",
        "certctl-postgres",
        ("pod template: spec.containers[postgres].args[2]",),
    )
    # The configure Job waits for every replica (CONFIGURE_SERVER_REPLICAS), so a new count is a
    # new digest-named Job: added beside the old one, which pruning removes; never an update.
    [added], [removed] = diff.added, diff.removed
    assert (added.kind, removed.kind) == ("Job", "Job") and added.name.startswith("certctl-configure-")
    assert diff.refused == ()


def test_a_smaller_postgres_volume_is_refused_in_the_statefulset(diff_of):
    diff = diff_of({}, {"postgresql": {"storage": {"size": "5Gi"}}})
    path = "spec.volumeClaimTemplates[postgres-data].spec.resources.requests.storage"
    storage = changed(diff, "StatefulSet/certctl-postgres")[path]
    assert (storage.old, storage.new) == ("10Gi", "5Gi")
    assert diff.rolls == ()  # the claim template is not the pod template
    assert diff.refused == (
        Refusal("StatefulSet", "certctl-postgres", "certctl", "spec.volumeClaimTemplates", STATEFULSET_REFUSAL),
    )
    assert "--cascade=orphan" in diff.refused[0].remedy


def test_a_smaller_backup_claim_is_refused_and_a_larger_one_is_not(diff_of):
    smaller = diff_of({}, {"backup": {"pvc": {"size": "5Gi"}}})
    assert smaller.refused == (
        Refusal(
            "PersistentVolumeClaim",
            "certctl-backups",
            "certctl",
            "spec.resources.requests.storage",
            "field can not be less than status.capacity",
        ),
    )
    assert diff_of({}, {"backup": {"pvc": {"size": "20Gi"}}}).refused == ()
    # 1Gi is more than 1000Mi: quantities compare by value, not as text.
    assert diff_of({"backup": {"pvc": {"size": "1000Mi"}}}, {"backup": {"pvc": {"size": "1Gi"}}}).refused == ()


def test_a_new_release_name_with_a_fixed_fullname_is_refused_in_every_selector(diff_of):
    diff = diff_of({"fullnameOverride": "certctl"}, {"fullnameOverride": "certctl", "release": "renamed"})
    refused = {(r.kind, r.name, r.path, r.reason) for r in diff.refused}
    assert refused == {
        ("Deployment", "certctl-server", "spec.selector", IMMUTABLE),
        ("DaemonSet", "certctl-agent", "spec.selector", IMMUTABLE),
        ("StatefulSet", "certctl-postgres", "spec.selector", STATEFULSET_REFUSAL),
    }
    # The configure Job's digest covers its labels: a new Job rather than a refused update.
    assert [(k.kind, k.name[:18]) for k in diff.added] == [("Job", "certctl-configure-")]
    assert [(r.kind, r.name[:18]) for r in diff.removed] == [("Job", "certctl-configure-")]


def test_a_new_release_name_replaces_every_object_and_prunes_what_it_may(diff_of):
    diff = diff_of({}, {"release": "renamed"})
    assert diff.refused == ()
    assert {key.name.split("-")[0] for key in diff.added} == {"renamed"}
    pruned = {f"{r.kind}/{r.name}": (r.pruned_by, r.kept_by) for r in diff.removed}
    assert pruned and all(value == ((ARGO_CD, FLUX), ()) for value in pruned.values())
    assert "StatefulSet/certctl-postgres" in pruned
    # The Namespace and the backup claim keep their names (namespace, backup.pvc.claimName).
    assert "Namespace/certctl" not in pruned and "PersistentVolumeClaim/certctl-backups" not in pruned


def test_pruning_keeps_what_holds_data(diff_of):
    """components/gitops.py's annotations keep the backup claim and the Namespace."""
    off = diff_of({}, {"backup": {"enabled": False}, "createNamespace": False})
    pruned = {f"{r.kind}/{r.name}": (r.pruned_by, r.kept_by) for r in off.removed}
    assert pruned.pop("PersistentVolumeClaim/certctl-backups") == ((), (ARGO_CD, FLUX))
    assert pruned.pop("Namespace/certctl") == ((), (ARGO_CD, FLUX))
    assert pruned.pop("CronJob/certctl-postgres-backup") == ((ARGO_CD, FLUX), ())
    report = text([off], "on disk")
    assert (
        "PersistentVolumeClaim/certctl-backups: kept by Argo CD and Flux (prune disabled): delete it by hand "
        "when done with it"
    ) in report


def test_a_smaller_cloudnativepg_cluster_is_refused_by_its_webhook(diff_of):
    cnpg = {"postgresql": {"cloudNativePG": {"enabled": True}}, "backup": {"enabled": False}}
    diff = diff_of(cnpg, merged(cnpg, {"postgresql": {"cloudNativePG": {"storage": {"size": "5Gi"}}}}))
    assert diff.refused == (
        Refusal(
            "Cluster",
            "certctl-db",
            "certctl",
            "spec.storage",
            "can't shrink existing storage from 10Gi to 5Gi",
            CNPG_WEBHOOK,
        ),
    )


def test_the_crds_immutable_fields_are_refused():
    """imports/crds declares the ScheduledBackup's cluster immutable (`self == oldSelf`)."""
    backup = {
        "apiVersion": "postgresql.cnpg.io/v1",
        "kind": "ScheduledBackup",
        "metadata": {"name": "nightly", "namespace": "certctl"},
        "spec": {"schedule": "0 0 2 * * *", "cluster": {"name": "one"}},
    }
    moved = {**backup, "spec": {**backup["spec"], "cluster": {"name": "two"}}}
    diff = compare("env", {"b.yaml": yaml.safe_dump(backup)}, {"b.yaml": yaml.safe_dump(moved)})
    assert diff.refused == (
        Refusal(
            "ScheduledBackup", "nightly", "certctl", "spec.cluster", "cluster reference is immutable after creation"
        ),
    )


def test_a_headless_service_keeps_its_address_and_a_service_keeps_its_type_free(rendered, diff_of):
    new = rendered({})
    service = "08-service-certctl-server.yaml"
    headless = yaml.safe_load(new.files[service])
    headless["spec"]["clusterIP"] = "None"
    diff = compare("env", new.files, {**new.files, service: yaml.safe_dump(headless)})
    assert diff.refused == (
        Refusal("Service", "certctl-server", "certctl", "spec.clusterIPs[0]", "may not change once set"),
    )
    node_port = diff_of({}, {"server": {"service": {"type": "NodePort"}}})
    assert "Service/certctl-server" in {str(c.key) for c in node_port.changed}
    assert node_port.refused == ()


def test_a_changed_inline_secret_rolls_the_server_and_is_never_shown(diff_of):
    diff = diff_of(
        {"postgresql": {"auth": {"password": "first-s3cret"}}},
        {"postgresql": {"auth": {"password": "second-s3cret"}}},
    )
    secret = changed(diff, "Secret/certctl-inline")
    assert {(c.old, c.new) for c in secret.values()} == {(HIDDEN, HIDDEN)}
    assert any("checksum/inline-secret changed" in reason for r in diff.rolls for reason in r.reasons)
    report = text([diff], "on disk") + markdown([diff], "on disk")
    assert "s3cret" not in report and "(hidden) -> (hidden)" in report


def test_values_are_shown_compactly():
    script = "#!/bin/sh\nset -eu\necho one\n"
    assert change_line(Change('data["run.sh"]', script, script.replace("one", "two") + "echo three\n")) == (
        'data["run.sh"]: changed (+2 -1 lines)'
    )
    assert change_line(Change("spec.replicas", MISSING, 2)) == "spec.replicas: (none) -> 2"
    long = "x" * 200
    assert change_line(Change("data.KEY", "short", long)) == f"data.KEY: short -> {'x' * 79}…"


def test_no_change_is_no_change(diff_of):
    diff = diff_of({}, {})
    assert diff.unchanged and diff.rolls == diff.refused == ()
    assert "env (namespace certctl): no change" in text([diff], "on disk")


# --- the command ------------------------------------------------------------------------------


def run(*args: str, cwd: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.chdir(cwd), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["diff", *args])
    return code, out.getvalue(), err.getvalue()


def write_values(folder: Path, data: dict[str, Any]) -> Path:
    (folder / "environments").mkdir(exist_ok=True)
    path = folder / "environments" / "shop.yaml"
    path.write_text(yaml.safe_dump(merged(BASE, data)))
    return path


def synth_into(folder: Path) -> None:
    with contextlib.chdir(folder), contextlib.redirect_stdout(io.StringIO()):
        assert main(["--quiet"]) == 0


def test_exit_codes_and_the_markdown_comment(tmp_path):
    write_values(tmp_path, {})
    synth_into(tmp_path)
    before = {p: p.read_bytes() for p in (tmp_path / "dist").rglob("*") if p.is_file()}
    code, out, _ = run(cwd=tmp_path)
    assert code == 0 and "shop (namespace certctl): no change" in out
    write_values(tmp_path, {"postgresql": {"storage": {"size": "1Gi"}}})
    code, out, _ = run("--markdown", "comment.md", cwd=tmp_path)
    assert code == 1
    assert "StatefulSet/certctl-postgres spec.volumeClaimTemplates: updates to statefulset spec" in out
    comment = (tmp_path / "comment.md").read_text()
    assert "| `StatefulSet/certctl-postgres` | `spec.volumeClaimTemplates` |" in comment
    assert "**Rolls:**" not in comment  # nothing rolls: the claim template is not the pod template
    code, out, _ = run("--markdown", cwd=tmp_path)
    assert code == 1 and out.startswith("## What this change does to the cluster")
    assert {p: p.read_bytes() for p in (tmp_path / "dist").rglob("*") if p.is_file()} == before  # untouched
    (tmp_path / "environments" / "shop.yaml").write_text("server:\n  replicaz: 2\n")
    code, out, err = run(cwd=tmp_path)
    assert code == 2 and out == ""
    assert err.splitlines()[0].startswith("environments/shop.yaml: server.replicaz: unknown key")


def test_main_py_diff_as_an_operator_runs_it(tmp_path):
    """`python main.py diff` in its own process, against the repository's own dist/: a fresh
    synth of the committed environments is exactly dist/, so nothing changes."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "diff", "--markdown"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "### `default`: no change" in done.stdout and "### `prod-ha`: no change" in done.stdout


def test_an_environment_gone_from_environments_is_removed_whole(tmp_path):
    write_values(tmp_path, {})
    synth_into(tmp_path)
    (tmp_path / "environments" / "shop.yaml").rename(tmp_path / "environments" / "store.yaml")
    code, out, _ = run(cwd=tmp_path)
    assert code == 1
    assert "shop (namespace certctl): 0 added" in out and "store (namespace certctl): " in out
    assert "Deployment/certctl-server: deleted by Argo CD and Flux pruning" in out


def git(folder: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout


def test_against_a_git_ref(tmp_path):
    """A repository whose main holds a synthesized dist/, and a branch that changes the values
    and re-synthesizes: `--ref` alone compares with the merge base, not with the branch's own
    dist/, and reads it from git without touching the work tree."""
    git(tmp_path, "init", "-q", "-b", "main")
    write_values(tmp_path, {"server": {"replicas": 2}})
    synth_into(tmp_path)
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "base")
    git(tmp_path, "switch", "-q", "-c", "feature")
    write_values(tmp_path, {"server": {"replicas": 3, "image": {"tag": "v2.1.8"}}})
    synth_into(tmp_path)
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-q", "-m", "feature")
    code, out, _ = run(cwd=tmp_path)
    assert code == 0  # dist/ on disk is the branch's own synth
    code, out, _ = run("--ref", cwd=tmp_path)
    assert code == 1
    base = git(tmp_path, "rev-parse", "main").strip()
    assert f"at the merge base with main ({base[:10]})" in out
    assert "spec.replicas: 2 -> 3" in out and "image of server" in out
    code, out, _ = run("--ref", "main", cwd=tmp_path)
    assert code == 1 and f"at main ({base[:10]})" in out
    assert git(tmp_path, "status", "--porcelain") == ""
    code, out, err = run("--ref", "no-such-branch", cwd=tmp_path)
    assert (code, out) == (2, "")
    assert err == f"error: --ref no-such-branch: no such commit in {tmp_path.resolve()}\n"


def test_a_ref_without_dist_adds_everything_and_no_default_branch_is_an_error(tmp_path):
    git(tmp_path, "init", "-q", "-b", "trunk")
    (tmp_path / "README").write_text("x\n")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "empty")
    write_values(tmp_path, {})
    code, out, _ = run("--ref", "trunk", cwd=tmp_path)
    assert code == 1 and "shop (namespace certctl): " in out and "0 removed, 0 changed" in out
    code, _, err = run("--ref", cwd=tmp_path)
    assert code == 2
    assert (
        err
        == "error: no default branch found (tried origin/HEAD, origin/main, origin/master, main, master); give --ref\n"
    )
