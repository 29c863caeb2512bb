"""Upgrades against a real kube-apiserver: an earlier committed `dist/<env>/` from git history,
then the current one, into one namespace. The API server refuses some changes to a live object
(a Deployment's or StatefulSet's selector, a StatefulSet's `volumeClaimTemplates` and
`serviceName`, a Job's template, a smaller claim); the chart avoids them by design (stable
selectors and names, Jobs named after a digest of their spec), and these tests hold it to that.

Two earlier versions per environment: the oldest commit with its `dist/<env>/` (the longest jump)
and the newest one that differs from the working tree (the change under review). The refusal
helper (tests/support/refusal.py) is checked on the refusals named above."""

from __future__ import annotations

import copy
import io
import subprocess
import tarfile
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import ENVIRONMENTS, ROOT, find, rendered_env
from tests.support.kube_apply import apply, install_crds, live_objects, overlay
from tests.support.kube_cluster import Cluster
from tests.support.refusal import refusal

pytestmark = pytest.mark.realserver


def _git(*args: str) -> str:
    result = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, f"git {' '.join(args)}: {result.stderr.strip()}"
    return result.stdout


def _earlier(env: str) -> dict[str, str]:
    """label -> commit: the oldest with dist/<env>/, and the newest whose dist/<env>/ differs from
    the working tree's."""
    commits = _git("log", "--format=%H", "--", f"dist/{env}").split()
    assert commits, f"dist/{env} has no history (a shallow clone?): the upgrade cannot be tried"
    chosen = {"oldest": commits[-1]}
    for commit in commits:
        if _differs(commit, env):
            chosen["previous"] = commit
            break
    return chosen


def _differs(commit: str, env: str) -> bool:
    """Whether dist/<env>/ at `commit` differs from the working tree's."""
    differ = subprocess.run(["git", "-C", str(ROOT), "diff", "--quiet", commit, "--", f"dist/{env}"], timeout=60)
    return differ.returncode != 0


PAIRS = [(env, label, commit) for env in ENVIRONMENTS for label, commit in _earlier(env).items()]


def _checkout(commit: str, env: str, into: Path) -> Path:
    """dist/<env>/ as `commit` had it, unpacked into `into`."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", commit, f"dist/{env}"], capture_output=True, timeout=60
    )
    assert archive.returncode == 0, archive.stderr.decode()
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    return into / "dist" / env


def _manifests(folder: Path) -> list[dict[str, Any]]:
    return [doc for path in sorted(folder.glob("*.yaml")) if path.name != "kustomization.yaml"
            for doc in yaml.safe_load_all(path.read_text()) if doc]  # fmt: skip


@pytest.mark.parametrize(("env", "label", "commit"), PAIRS, ids=[f"{e}-{label}" for e, label, _ in PAIRS])
def test_an_earlier_dist_upgrades_to_the_current_one(env, label, commit, kube: Cluster, tmp_path):
    assert _differs(commit, env), f"dist/{env} at {commit[:10]} is the current one: nothing to upgrade"
    earlier = _checkout(commit, env, tmp_path / "earlier")
    namespace = f"u-{env}-{label}"
    install_crds(kube, _manifests(earlier) + rendered_env(env).manifests)
    before = apply(kube, overlay(earlier, namespace, tmp_path / "earlier-overlay"))
    assert before.returncode == 0, f"{env} at {commit[:10]} does not apply: {before.stderr}"
    current = overlay(ROOT / "dist" / env, namespace, tmp_path / "current-overlay")
    after = apply(kube, current)
    assert after.returncode == 0, f"{env} from {commit[:10]}: {after.stderr}"
    assert after.stderr == ""
    # and nothing of the earlier version lingers: server-side apply drops the fields it no longer sends
    fresh = overlay(ROOT / "dist" / env, f"{namespace}-fresh", tmp_path / "fresh-overlay")
    assert apply(kube, fresh).returncode == 0
    upgraded, installed = _desired(live_objects(kube, current)), _desired(live_objects(kube, fresh))
    assert upgraded.keys() == installed.keys()
    for key, desired in installed.items():
        assert upgraded[key] == desired, f"{key} after the upgrade differs from a fresh install"


# Filled in by the API server per object: a Service's allocated addresses, a DaemonSet's count of
# template changes.
_ALLOCATED = {"spec": {"clusterIP", "clusterIPs"}, "annotations": {"deprecated.daemonset.template.generation"}}


def _desired(objects: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """What each object says, less what the API server fills in per object (uids, times, the
    fields above) and less the Namespace and Jobs: a Job's name is the digest of its spec, so an
    upgrade that changes one makes it anew."""
    desired = {}
    for key, item in objects.items():
        if item["kind"] in ("Namespace", "Job"):
            continue
        meta = item["metadata"]
        desired[key] = {
            "labels": meta.get("labels"),
            "annotations": {k: v for k, v in meta.get("annotations", {}).items() if k not in _ALLOCATED["annotations"]},
            "spec": {k: v for k, v in item.get("spec", {}).items() if k not in _ALLOCATED["spec"]},
            **{k: v for k, v in item.items() if k not in ("metadata", "spec", "status")},
        }
    return desired


# --- the refusal helper, on the refusals the design avoids ------------------------------------
def _changed(manifest: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """`manifest` with the field at the dotted `path` set to `value`; a new selector's labels go
    onto the pod template too, so only the change itself can be refused."""
    changed = copy.deepcopy(manifest)
    *parents, last = path.split(".")
    node = changed
    for key in parents:
        node = node[int(key)] if key.isdigit() else node[key]
    node[last] = value
    if path == "spec.selector.matchLabels":
        changed["spec"]["template"]["metadata"]["labels"].update(value)
    return changed


STATEFULSET = find(rendered_env("default"), "StatefulSet")
DEPLOYMENT = find(rendered_env("default"), "Deployment", "certctl-server")
JOB = next(m for m in rendered_env("default").manifests if m["kind"] == "Job")
CLAIM = find(rendered_env("default"), "PersistentVolumeClaim")

REFUSED = {
    "statefulset-serviceName": (STATEFULSET, "spec.serviceName", "other", "spec: Forbidden"),
    "statefulset-volumeClaimTemplates": (
        STATEFULSET, "spec.volumeClaimTemplates.0.spec.resources.requests.storage", "20Gi", "spec: Forbidden",
    ),
    "statefulset-selector": (
        STATEFULSET, "spec.selector.matchLabels", {"certctl-test": "other"}, "spec: Forbidden",
    ),
    "deployment-selector": (
        DEPLOYMENT, "spec.selector.matchLabels", {"certctl-test": "other"}, "field is immutable",
    ),
    "job-template": (JOB, "spec.template.spec.activeDeadlineSeconds", 5, "field is immutable"),
    "claim-smaller": (CLAIM, "spec.resources.requests.storage", "1Mi", "Forbidden"),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_the_refusal_helper_confirms_a_refused_change(case, kube: Cluster):
    manifest, path, value, fragment = REFUSED[case]
    outcome = refusal(kube, manifest, _changed(manifest, path, value))
    assert outcome.refused, f"{case}: the API server took it"
    assert fragment in outcome.message


def test_the_refusal_helper_reports_an_accepted_change(kube: Cluster):
    outcome = refusal(kube, DEPLOYMENT, _changed(DEPLOYMENT, "spec.replicas", 3))
    assert outcome == type(outcome)(refused=False, message="")
