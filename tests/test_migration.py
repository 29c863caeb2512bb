"""Operators arrive with Helm values files. Each of the reference chart's example files, and its
full values.yaml, must load here with nothing added but a TLS source (the chart cannot render
without one either), synthesize into documents that validate strictly, keep the names that let
`kubectl apply` take over a Helm release's objects and its database volume, and warn about
exactly what deserves the operator's attention."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from certctl_k8s.synth import Environment, Rendered, render
from certctl_k8s.values import Values, ValuesError, load_values
from conftest import HELM_CHART, find, images
from tests.support import fast_yaml
from tests.support.certctl_mock import parse_named_keys
from tests.support.deployment import Deployment
from tests.support.validation import validate

REFERENCE = HELM_CHART
EXAMPLES = REFERENCE / "examples"
HELM_MINIMAL = REFERENCE / "rendered-minimal.yaml"
HELM_MAX = REFERENCE / "rendered-max.yaml"

# The TLS source added to every file that has none: the Secret name the reference renderings use.
TLS_SECRET = "certctl-server-tls"
TLS_OVERLAY = {"server": {"tls": {"existingSecret": TLS_SECRET}}}

# The images the certctl release workflow publishes (reference/README.md, "Runtime facts").
PUBLISHED_REPOSITORY = {"server": "ghcr.io/certctl-io/certctl-server", "agent": "ghcr.io/certctl-io/certctl-agent"}
PUBLISHED = set(PUBLISHED_REPOSITORY.values())

INLINE = "holds secret material inline"


@dataclass(frozen=True)
class Case:
    """What one reference values file must give: the warning keys, and the components."""

    path: Path
    warnings: frozenset[str]
    postgres: bool = True
    agent_kind: str = "DaemonSet"
    ingress: bool = False
    refused: str = ""  # a setting this project refuses on purpose: the key the error names,
    reason: str = ""  # a fragment of the reason the error gives,
    fix: dict[str, Any] | None = None  # and the change an operator makes; the file is tested with it


CASES: dict[str, Case] = {
    "values-acme-dns01.yaml": Case(
        EXAMPLES / "values-acme-dns01.yaml",
        # (its dnsPropagationWait reaches the issuers through the configure Job, without a warning)
        frozenset({"server.auth.apiKey", "server.http.trustedProxies"}),
        ingress=True,
        # an Ingress without TLS would carry the API keys in clear
        refused="ingress.tls",
        reason="must terminate TLS",
        fix={"ingress": {"tls": [{"secretName": "certctl-ingress-tls", "hosts": ["certctl.example.com"]}]}},
    ),
    "values-dev.yaml": Case(
        EXAMPLES / "values-dev.yaml",
        # its inline database password and the chart's image repository
        frozenset({"postgresql.auth.password", "server.image.repository"}),
        agent_kind="Deployment",
        # auth none: certctl v2.1 starts it only with a demo acknowledgement renewed every 24 hours
        refused="server.auth.type",
        reason="api-key",
        fix={"server": {"auth": {"type": "api-key"}}},
    ),
    "values-external-db.yaml": Case(
        EXAMPLES / "values-external-db.yaml",
        # (the servers' connections to a database whose max_connections we cannot see, the
        # Ingress's clients seen as the controller)
        frozenset(
            {
                "server.auth.apiKey",
                "server.env.CERTCTL_DATABASE_URL",
                "server.database.maxConns",
                "server.http.trustedProxies",
                "server.ocspResponder.keyDir",
            }
        ),
        postgres=False,
        ingress=True,
        refused="ingress.tls",
        reason="must terminate TLS",
        fix={"ingress": {"tls": [{"secretName": "certctl-ingress-tls", "hosts": ["certctl.example.com"]}]}},
    ),
    "values-prod-ha.yaml": Case(
        EXAMPLES / "values-prod-ha.yaml",
        # dns-01 without a present script cannot answer a challenge; the chart's image repository
        # and its un-prefixed tags are corrected.
        frozenset(
            {
                "server.auth.apiKey",
                "postgresql.auth.password",
                "server.issuer.acme.dnsPresentScript",
                "server.image.repository",
                "server.image.tag",
                "agent.image.tag",
                "server.http.trustedProxies",
                "server.ocspResponder.keyDir",
            }
        ),
        ingress=True,
        # its discoveryDirs would scan the agent image's own CA store, not the node's
        refused="agent.discoveryDirs",
        reason="mount what it should discover",
        fix={"agent": {"discoveryDirs": None}},
    ),
    "values.yaml": Case(REFERENCE / "values.yaml", frozenset({"server.image.repository"})),
}


def _raw(path: Path) -> dict[str, Any]:
    """The file's values as Helm reads them (its first YAML document)."""
    docs = [doc for doc in fast_yaml.load_all(path.read_text()) if doc is not None]
    return docs[0] if docs else {}


def _get(data: dict[str, Any], dotted: str, default: Any = None) -> Any:
    for part in dotted.split("."):
        if not isinstance(data, dict) or part not in data:
            return default
        data = data[part]
    return data


def _has_tls_source(data: dict[str, Any]) -> bool:
    return bool(_get(data, "server.tls.existingSecret")) or bool(_get(data, "server.tls.certManager.enabled"))


def _helm(path: Path) -> dict[tuple[str, str], dict[str, Any]]:
    return {(doc["kind"], doc["metadata"]["name"]): doc for doc in fast_yaml.load_all(path.read_text()) if doc}


def _helm_object(kind: str, name: str) -> dict[str, Any]:
    """The object as one of the reference renderings (release `certctl`) has it."""
    for path in (HELM_MINIMAL, HELM_MAX):
        found = _helm(path).get((kind, name))
        if found is not None:
            return found
    raise AssertionError(f"no reference rendering has {kind} {name}")


@dataclass(frozen=True)
class Loaded:
    case: Case
    raw: dict[str, Any]
    values: Values
    rendered: Rendered


_loaded: dict[str, Loaded] = {}


def load_case(name: str, folder: Path) -> Loaded:
    if name not in _loaded:
        case = CASES[name]
        raw = _raw(case.path)
        files = [case.path]
        if not _has_tls_source(raw):
            overlay = folder / f"tls-{case.path.stem}.yaml"
            overlay.write_text(yaml.safe_dump(TLS_OVERLAY))
            files.append(overlay)
        if case.fix is not None:
            fix = folder / f"fix-{case.path.stem}.yaml"
            fix.write_text(yaml.safe_dump(case.fix))
            files.append(fix)
        values = load_values(*files)
        _loaded[name] = Loaded(case, raw, values, render(Environment(case.path.stem, values)))
    return _loaded[name]


def _cases(keep=lambda case: True) -> list[str]:
    """The case names `keep` selects."""
    return [name for name, case in sorted(CASES.items()) if keep(case)]


WITH_POSTGRES = _cases(lambda case: case.postgres)
WITHOUT_POSTGRES = _cases(lambda case: not case.postgres)
WITH_INLINE_KEY = _cases(lambda case: bool(_get(_raw(case.path), "server.auth.apiKey")))


@pytest.fixture(params=_cases())
def loaded(request, tmp_path_factory) -> Loaded:
    return load_case(request.param, tmp_path_factory.getbasetemp())


@pytest.mark.parametrize("name", [name for name, case in sorted(CASES.items()) if case.refused])
def test_a_setting_refused_on_purpose_exits_2_with_the_reason(name, tmp_path):
    """Refused as the file stands, with the key and the way out; every other test loads the file
    with that one change made (`Case.fix`)."""
    case = CASES[name]
    overlay = tmp_path / "tls.yaml"
    overlay.write_text(yaml.safe_dump(TLS_OVERLAY))
    with pytest.raises(ValuesError) as caught:
        load_values(case.path, overlay)
    [line] = caught.value.problems
    assert line.startswith(f"{case.path}: {case.refused}: ")
    assert "refused" in line and case.reason in line


def test_the_case_groups_are_not_empty():
    """Each group below is a parametrization; an empty one would pass without running."""
    assert WITH_POSTGRES and WITHOUT_POSTGRES and WITH_INLINE_KEY


def test_every_reference_example_has_a_case():
    """A new example in the reference chart fails here until it gets a case above."""
    examples = {path.name for path in EXAMPLES.glob("*.yaml")}
    assert examples, f"no examples in {EXAMPLES}"
    assert examples == {name for name, case in CASES.items() if case.path.parent == EXAMPLES}
    assert all(case.path.is_file() for case in CASES.values())


def test_only_a_tls_source_was_added(loaded):
    """None of the reference files has a TLS source (reference defect 17); the overlay adds only
    that, so the environment's TLS source is the existing Secret and nothing else changed."""
    assert not _has_tls_source(loaded.raw)
    assert loaded.values.server.tls.source == "existing-secret"
    assert loaded.values.server.tls.existing_secret == TLS_SECRET


def test_warnings_are_the_expected_ones(loaded):
    found = loaded.values.warnings()
    assert {key for key, _ in found} == loaded.case.warnings
    for key, message in found:
        if key in ("server.auth.apiKey", "postgresql.auth.password"):
            assert INLINE in message
    assert len(found) == len(loaded.case.warnings), found


def test_every_document_validates(loaded):
    assert loaded.rendered.manifests
    for manifest in loaded.rendered.manifests:
        validate(manifest)


def test_release_is_the_one_the_reference_renderings_used(loaded):
    """The renderings were made for release `certctl`, our default; none of the files sets it."""
    helm_release = _helm_object("Deployment", "certctl-server")["metadata"]["labels"]["app.kubernetes.io/instance"]
    assert "release" not in loaded.raw
    assert loaded.values.release == helm_release == "certctl"


def _expected_workloads(case: Case) -> set[tuple[str, str]]:
    expected = {("Deployment", "certctl-server"), ("Service", "certctl-server"), (case.agent_kind, "certctl-agent")}
    if case.postgres:
        expected |= {("StatefulSet", "certctl-postgres"), ("Service", "certctl-postgres")}
    if case.ingress:
        expected.add(("Ingress", "certctl"))
    return expected


# Ours alone: the headless Service through which the configure Job reaches every server pod.
OURS_ONLY = {("Service", "certctl-server-pods")}


def test_workload_service_and_ingress_names_equal_helm(loaded):
    kinds = {"Deployment", "StatefulSet", "DaemonSet", "Service", "Ingress"}
    mine = {(m["kind"], m["metadata"]["name"]) for m in loaded.rendered.manifests if m["kind"] in kinds}
    assert mine == _expected_workloads(loaded.case) | OURS_ONLY
    for kind, name in mine - OURS_ONLY:
        helm = _helm_object(kind, name)  # the chart names it the same for this release
        ours = find(loaded.rendered, kind, name)
        if kind == "Ingress":
            continue
        selector = ours["spec"]["selector"]
        helm_selector = helm["spec"]["selector"]
        assert selector == helm_selector, f"{kind}/{name}: selectors are immutable and must equal Helm's"
        if kind != "Service":
            labels = ours["spec"]["template"]["metadata"]["labels"]
            assert labels.items() >= selector["matchLabels"].items()


def _helm_claim_templates(raw: dict[str, Any]) -> list[dict[str, Any]]:
    """What the chart renders as the claim templates for these values: the reference renderings'
    template (with a storage class, or without), with the file's size and class."""
    defaults = _raw(REFERENCE / "values.yaml")
    size = _get(raw, "postgresql.storage.size") or _get(defaults, "postgresql.storage.size")
    storage_class = _get(raw, "postgresql.storage.storageClass") or ""
    source = HELM_MAX if storage_class else HELM_MINIMAL
    templates = copy.deepcopy(_helm(source)[("StatefulSet", "certctl-postgres")]["spec"]["volumeClaimTemplates"])
    spec = templates[0]["spec"]
    spec["resources"]["requests"]["storage"] = size
    if storage_class:
        spec["storageClassName"] = storage_class
    return templates


@pytest.mark.parametrize("loaded", WITHOUT_POSTGRES, indirect=True)
def test_an_external_database_gets_no_statefulset(loaded):
    assert not [m for m in loaded.rendered.manifests if m["kind"] in ("StatefulSet", "PersistentVolumeClaim")]


@pytest.mark.parametrize("loaded", WITH_POSTGRES, indirect=True)
def test_postgres_keeps_the_helm_release_volume(loaded):
    """Same StatefulSet name, serviceName and claim template: the pod `certctl-postgres-0` binds
    the claim `postgres-data-certctl-postgres-0` that the Helm release left behind, and PGDATA is
    the `postgres` subdirectory the chart's subPath mount used."""
    helm = _helm_object("StatefulSet", "certctl-postgres")["spec"]
    mine = find(loaded.rendered, "StatefulSet", "certctl-postgres")["spec"]
    assert mine["serviceName"] == helm["serviceName"] == "certctl-postgres"
    assert mine.get("podManagementPolicy") == helm.get("podManagementPolicy")
    assert mine["volumeClaimTemplates"] == _helm_claim_templates(loaded.raw)
    assert [t["metadata"]["name"] for t in mine["volumeClaimTemplates"]] == ["postgres-data"]
    assert mine["persistentVolumeClaimRetentionPolicy"] == {"whenDeleted": "Retain", "whenScaled": "Retain"}

    helm_mount = next(
        m for m in helm["template"]["spec"]["containers"][0]["volumeMounts"] if m["name"] == "postgres-data"
    )
    container = mine["template"]["spec"]["containers"][0]
    mount = next(m for m in container["volumeMounts"] if m["name"] == "postgres-data")
    pgdata = next(e["value"] for e in container["env"] if e["name"] == "PGDATA")
    assert pgdata == f"{helm_mount['mountPath']}/{helm_mount['subPath']}"
    assert pgdata.startswith(f"{mount['mountPath']}/"), "PGDATA must live on the claim"


def _secret_ref(container: dict[str, Any], name: str) -> tuple[str, str] | None:
    for entry in container.get("env", []):
        if entry["name"] == name and "valueFrom" in entry:
            ref = entry["valueFrom"]["secretKeyRef"]
            return ref["name"], ref["key"]
    return None


def _file_ref(container: dict[str, Any], spec: dict[str, Any], variable: str) -> tuple[str, str]:
    """(Secret, key) behind a `*_FILE` variable: the volume mounted at the file's folder."""
    path = next(e["value"] for e in container["env"] if e["name"] == variable)
    folder, filename = path.rsplit("/", 1)
    mount = next(m for m in container["volumeMounts"] if m["mountPath"] == folder)
    volume = next(v for v in spec["volumes"] if v["name"] == mount["name"])
    secret = volume["secret"]
    key = next((item["key"] for item in secret.get("items", []) if item["path"] == filename), filename)
    return secret["secretName"], key


def _string_data(rendered: Rendered, name: str) -> dict[str, str]:
    secret = find(rendered, "Secret", name)
    return secret.get("stringData") or {}


@pytest.mark.parametrize("loaded", WITH_POSTGRES, indirect=True)
def test_postgres_password_is_the_one_bound_at_initdb(loaded):
    """The database keeps the password it was initialised with. Without an inline password both
    the database and the server read the Secret the Helm chart created (`certctl-postgres`, key
    `password`); with one, they read that same value from `certctl-inline`."""
    spec = find(loaded.rendered, "StatefulSet", "certctl-postgres")["spec"]["template"]["spec"]
    database = _file_ref(spec["containers"][0], spec, "POSTGRES_PASSWORD_FILE")
    server = _secret_ref(
        find(loaded.rendered, "Deployment", "certctl-server")["spec"]["template"]["spec"]["containers"][0], "PGPASSWORD"
    )
    assert database == server
    inline = _get(loaded.raw, "postgresql.auth.password")
    if inline:
        assert _string_data(loaded.rendered, database[0])[database[1]] == inline
    else:
        helm_secret = _helm_object("Secret", "certctl-postgres")
        assert database == (helm_secret["metadata"]["name"], "password")
        assert "password" in helm_secret["stringData"]


def test_external_database_url_reaches_the_server_unchanged(tmp_path_factory):
    """The chart's recipe: a full URL with its password in server.env. It loads with a warning
    naming the key, and the server gets exactly that URL (and no PGPASSWORD competing with it)."""
    loaded = load_case("values-external-db.yaml", tmp_path_factory.getbasetemp())
    url = _get(loaded.raw, "server.env.CERTCTL_DATABASE_URL")
    assert url.startswith("postgres://certctl:")
    assert "server.env.CERTCTL_DATABASE_URL" in dict(loaded.values.warnings())
    env = Deployment.of(loaded.values, loaded.rendered).env("server", "server")
    assert env["CERTCTL_DATABASE_URL"] == url
    assert "PGPASSWORD" not in env


@pytest.mark.parametrize("loaded", WITH_INLINE_KEY, indirect=True)
def test_inline_api_keys_become_the_read_only_named_keys_certctl_would_make(loaded):
    """An inline `server.auth.apiKey` (Helm compatibility) still authenticates on certctl v2.1, as
    what certctl makes of CERTCTL_AUTH_SECRET keys: `legacy-key-N`, role r-viewer. The agents
    use their own key, never one of these."""
    keys = _get(loaded.raw, "server.auth.apiKey").split(",")
    deployment = Deployment.of(loaded.values, loaded.rendered)
    named = parse_named_keys(deployment.env("server", "server")["CERTCTL_API_KEYS_NAMED"])
    legacy = [(name, key, admin) for name, key, admin in named if name.startswith("legacy-key-")]
    assert legacy == [(f"legacy-key-{i}", key, False) for i, key in enumerate(keys)]
    for container in ("register", "agent"):
        assert deployment.env("agent", container)["CERTCTL_API_KEY"] not in keys


def test_certctl_images_are_published_ones(loaded):
    """The chart's image (`ghcr.io/certctl-io/certctl`, tag `2.1.0`) is not what certctl publishes
    (`certctl-server` / `certctl-agent`, `v` tags). The rendering uses published names, and
    every value that differs from what the file said is announced by a warning on its key."""
    warned = {key for key, _ in loaded.values.warnings()}
    running = images(loaded.rendered)
    for component in ("server", "agent"):
        repository = PUBLISHED_REPOSITORY[component]
        rendered = [image for image in running if image.rpartition(":")[0] == repository]
        assert len(rendered) == 1, f"{component}: expected one image of {repository}, found {sorted(running)}"
        tag = rendered[0].rpartition(":")[2]
        assert tag.startswith("v")
        asked = _get(loaded.raw, f"{component}.image") or {}
        if asked.get("repository") not in (None, repository):
            assert f"{component}.image.repository" in warned
        if asked.get("tag") not in (None, "", tag):
            assert f"{component}.image.tag" in warned
    certctl = {image for image in running if image.startswith("ghcr.io/certctl-io/")}
    assert {image.rpartition(":")[0] for image in certctl} <= PUBLISHED
