"""`kubectl apply --server-side -k` of every committed environment and of every Helm example
values file, against a real kube-apiserver (tests/support/kube_cluster.py): what offline schema
validation cannot see. Pod Security admission under the Namespace's `restricted` enforcement,
CRD validation (CEL included), RBAC as the API server evaluates it, and server-side apply's field
ownership on a second apply.

Each target goes into a namespace of its own through an overlay that only renames the namespace
(no controller runs, so a namespace is never deleted and reused). The two committed environments
with different namespaces are also applied exactly as committed, side by side. An environment
with externalSecrets gets, after its ExternalSecrets, the Secrets the operator would make from the
store entries `main.py secrets --external` writes."""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from certctl_k8s import secrets_cli
from certctl_k8s.credentials import Credentials
from certctl_k8s.naming import Naming
from certctl_k8s.synth import Rendered, write
from conftest import ENVIRONMENTS, ROOT, environment_values, rendered_env
from tests.support.external_secrets import made_secret
from tests.support.kube_apply import (
    apply,
    as_pods,
    dry_run_pods,
    install_crds,
    live_objects,
    overlay,
    permissions,
)
from tests.support.kube_cluster import Cluster
from tests.support.kube_tools import Missing, build
from tests.test_migration import CASES, load_case

EXAMPLES = [name for name, case in sorted(CASES.items()) if case.path.parent.name == "examples"]
SECURITY = (ROOT / "docs" / "security.md").read_text()


@dataclass(frozen=True)
class Applied:
    name: str
    namespace: str
    rendered: Rendered
    kustomization: Path
    first: Any  # the first apply's CompletedProcess
    secrets: Any  # the apply of what `main.py secrets` wrote, or the operator made (None when the first apply failed)
    objects: dict[str, dict[str, Any]]  # Kind/name -> the object after the first apply


def _namespace(name: str) -> str:
    """`env-<environment>` or `example-<stem>`: one namespace per target, never shared."""
    if name in ENVIRONMENTS:
        return f"env-{name}"
    return "example-" + re.sub(r"[^a-z0-9-]", "-", name.removeprefix("values-").removesuffix(".yaml"))


def _secrets_folder(name: str, values_file: Path | None, rendered: Rendered, into: Path) -> Path:
    """The Secrets `main.py secrets` writes for the target (an example's values come from several
    files, which that command does not merge; its manifests are made by the same function). With
    externalSecrets, the Secrets the operator makes from the store's entries `--external` writes."""
    if values_file is not None and environment_values(name).external_secrets.enabled:
        return _operator_secrets(name, values_file, rendered, into)
    if values_file is not None:
        assert secrets_cli.main(["--values", str(values_file), "--out", str(into)]) == 0
        return into / values_file.stem
    folder = into / name
    folder.mkdir(parents=True)
    naming = Naming(load_case(name, into).values)
    for secret in Credentials(naming).expected:
        if secret.generated and not secret.made_by:
            text = yaml.safe_dump(secrets_cli.secret_manifest(secret, naming))
            (folder / f"{secret.name}.yaml").write_text(text)
    return folder


def _operator_secrets(name: str, values_file: Path, rendered: Rendered, into: Path) -> Path:
    """What the External Secrets Operator makes from the environment's ExternalSecrets once the
    store holds the entries `main.py secrets --external` writes (OUT/<env>/external/<secret>.json,
    stored under remote key <remoteKeyPrefix>/<secret>); tests/support/external_secrets.py stands
    in for the operator, so a property an ExternalSecret reads but no entry holds fails here."""
    assert secrets_cli.main(["--external", "--values", str(values_file), "--out", str(into)]) == 0
    naming = Naming(environment_values(name))
    entries = sorted((into / values_file.stem / secrets_cli.EXTERNAL).glob("*.json"))
    store = {naming.remote_key(path.stem): json.loads(path.read_text()) for path in entries}
    external = [m for m in rendered.manifests if m["kind"] == "ExternalSecret"]
    assert external, f"{name}: externalSecrets is enabled, but there is no ExternalSecret"
    folder = into / f"{values_file.stem}-made"
    folder.mkdir()
    for external_secret in external:
        secret = made_secret(external_secret, store)
        (folder / f"{secret['metadata']['name']}.yaml").write_text(yaml.safe_dump(secret))
    return folder


def _target(name: str, scratch: Path) -> tuple[Rendered, Path, Path | None]:
    """(rendering, its dist-like folder, its values file) for an environment or an example."""
    if name in ENVIRONMENTS:
        return rendered_env(name), ROOT / "dist" / name, ROOT / "environments" / f"{name}.yaml"
    rendered = load_case(name, scratch).rendered
    write([rendered], scratch / "dist", prune_others=False)
    return rendered, scratch / "dist" / rendered.name, None


@pytest.fixture(scope="module", params=ENVIRONMENTS + EXAMPLES)
def applied(request, kube: Cluster, tmp_path_factory) -> Applied:
    name = request.param
    scratch = tmp_path_factory.mktemp(_namespace(name))
    rendered, folder, values_file = _target(name, scratch)
    namespace = _namespace(name)
    install_crds(kube, rendered.manifests)
    if not any(m["kind"] == "Namespace" for m in rendered.manifests):  # createNamespace: false
        kube.kubectl("create", "namespace", namespace)  # the operator's, with the level docs/security.md asks for
        kube.kubectl("label", "namespace", namespace, "pod-security.kubernetes.io/enforce=restricted")
    kustomization = overlay(folder, namespace, scratch / "overlay")
    first = apply(kube, kustomization)
    if first.returncode != 0:
        return Applied(name, namespace, rendered, kustomization, first, None, {})
    secrets = _secrets_folder(name, values_file, rendered, scratch / "secrets")
    secrets_applied = apply(kube, overlay(secrets, namespace, scratch / "secrets-overlay"))
    return Applied(name, namespace, rendered, kustomization, first, secrets_applied, live_objects(kube, kustomization))


@pytest.mark.realserver
def test_applies_in_one_pass_without_a_warning(applied):
    assert applied.first.returncode == 0, applied.first.stderr
    assert applied.first.stderr == "", "the API server warned"
    applied_objects = {line.split()[0] for line in applied.first.stdout.splitlines()}
    assert len(applied_objects) == len(applied.rendered.manifests)


@pytest.mark.realserver
def test_the_secrets_main_py_writes_apply_after_it(applied):
    assert applied.secrets is not None and applied.secrets.returncode == 0, applied.secrets.stderr
    assert applied.secrets.stderr == ""
    assert "secret/" in applied.secrets.stdout
    targets = {m["spec"]["target"]["name"] for m in applied.rendered.manifests if m["kind"] == "ExternalSecret"}
    if targets:  # the operator makes the Secret each ExternalSecret names, and only those
        made = {line.split()[0] for line in applied.secrets.stdout.splitlines()}
        assert made == {f"secret/{name}" for name in targets}


@pytest.mark.realserver
def test_the_namespace_enforces_restricted(applied, kube: Cluster):
    labels = kube.get_json("namespace", applied.namespace)["metadata"]["labels"]
    assert labels["pod-security.kubernetes.io/enforce"] == "restricted"
    # and the API server does enforce it there: a pod that may escalate privileges is refused
    bad = as_pods(applied.rendered, applied.namespace)[0]
    bad["metadata"]["name"] = "may-escalate"
    bad["spec"]["containers"][0]["securityContext"]["allowPrivilegeEscalation"] = True
    admitted, said = dry_run_pods(kube, [bad])
    assert admitted == set()
    assert 'violates PodSecurity "restricted:v1.28"' in said and "allowPrivilegeEscalation" in said


@pytest.mark.realserver
def test_every_pod_template_is_admitted_as_a_pod(applied, kube: Cluster):
    pods = as_pods(applied.rendered, applied.namespace)
    assert pods, "no workload"
    admitted, said = dry_run_pods(kube, pods)
    assert said == ""
    assert admitted == {pod["metadata"]["name"] for pod in pods}


def _readme_permissions() -> set[tuple[str, str]]:
    """The table of what every ServiceAccount may do (docs/security.md, RBAC)."""
    after = SECURITY.split("What every ServiceAccount may do", 1)[1].splitlines()
    start = next(i for i, line in enumerate(after) if line.startswith("|"))
    table = list(itertools.takewhile(lambda line: line.startswith("|"), after[start:]))[2:]
    assert table, "docs/security.md has no table of what a ServiceAccount may do"
    found = set()
    for row in table:
        subjects, verbs = row.strip("|").split(" | ")
        found |= {(s, v) for s in re.findall(r"`([^`]+)`", subjects) for v in re.findall(r"`([^`]+)`", verbs)}
    return found


@pytest.mark.realserver
def test_every_service_account_may_do_only_what_the_readme_says(applied, kube: Cluster):
    accounts = [m["metadata"]["name"] for m in applied.rendered.manifests if m["kind"] == "ServiceAccount"]
    assert accounts
    expected = _readme_permissions()
    for account in accounts:
        assert permissions(kube, applied.namespace, account) == expected, account


@pytest.mark.realserver
def test_a_second_apply_changes_nothing(applied, kube: Cluster):
    again = apply(kube, applied.kustomization)
    assert again.returncode == 0, again.stderr  # without --force-conflicts: no other manager owns a field
    assert again.stderr == ""
    assert live_objects(kube, applied.kustomization) == applied.objects


@pytest.mark.realserver
def test_two_environments_coexist_in_two_namespaces(kube: Cluster):
    """dist/ as committed, no overlay: environments of different namespaces share a cluster, and
    applying one leaves the other as it was."""
    by_namespace: dict[str, str] = {}
    for env in ENVIRONMENTS:
        by_namespace.setdefault(environment_values(env).namespace, env)
    assert len(by_namespace) >= 2, "every environment shares one namespace"
    held: dict[str, dict[str, Any]] = {}
    for namespace, env in sorted(by_namespace.items()):
        install_crds(kube, rendered_env(env).manifests)
        result = apply(kube, ROOT / "dist" / env)
        assert result.returncode == 0, f"{env}: {result.stderr}"
        held[env] = live_objects(kube, ROOT / "dist" / env)
        assert len(held[env]) == len(rendered_env(env).manifests), env
        assert [key for key in held[env] if key.startswith("Namespace/")] == [f"Namespace/{namespace}"]
    for env, objects in held.items():
        assert live_objects(kube, ROOT / "dist" / env) == objects, f"{env} changed when another was applied"


def test_without_go_the_build_fails_with_one_line_naming_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # nothing there, so no `go`
    with pytest.raises(Missing) as missing:
        build(tmp_path / "kube")
    assert "\n" not in str(missing.value)
    assert str(missing.value).startswith("Go is not installed: install Go 1.26 or newer")
