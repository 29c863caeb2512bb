"""externalSecrets: the ExternalSecrets make exactly the Secrets, keys and types the workloads
read, and only those no one else supplies; they validate against the External Secrets Operator's
CRD; dist/ holds nothing secret; everything else is synthesized as without them; `main.py secrets
--external` writes the store's entries they read; bad values exit 2 with one line each."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from certctl_k8s import cli, secrets_cli
from certctl_k8s.components.context import Context
from certctl_k8s.naming import Naming
from certctl_k8s.summary import summarize
from certctl_k8s.synth import Environment, Rendered, render
from certctl_k8s.values import Values, load_values
from conftest import ENVIRONMENTS, ROOT, environment_values, rendered_env
from tests.support import fast_yaml
from tests.support.references import secret_references
from tests.support.validation import crd_schema, validate

ESO_ENV = "external-secrets"
STORE = "externalSecrets:\n  enabled: true\n  secretStoreRef: {name: vault, kind: ClusterSecretStore}\n"
# Every repository environment, with its Secrets from a store instead: the cases cover the
# StatefulSet and CloudNativePG databases, an external one, cert-manager and operator Secrets.
CASES = [name for name in ENVIRONMENTS if not environment_values(name).external_secrets.enabled]


def with_store(tmp_path: Path, env: str, prefix: str = "certctl/test") -> Path:
    """environments/<env>.yaml with externalSecrets on, as a values file of the same stem."""
    path = tmp_path / f"{env}.yaml"
    text = (ROOT / "environments" / f"{env}.yaml").read_text()
    path.write_text(f"{text}\n{STORE}  remoteKeyPrefix: {prefix}\n")
    return path


def external_secrets(rendered: Rendered) -> list[dict[str, Any]]:
    return [m for m in rendered.manifests if m["kind"] == "ExternalSecret"]


def produced(rendered: Rendered) -> dict[str, set[str]]:
    """Secret name -> the keys its ExternalSecret gives it."""
    return {
        es["spec"]["target"]["name"]: {d["secretKey"] for d in es["spec"]["data"]} for es in external_secrets(rendered)
    }


def read(rendered: Rendered) -> list[tuple[str, str | None]]:
    """(Secret, key) every object that reads Secrets reads: the pod templates, the ServiceMonitor."""
    return [
        ref for m in rendered.manifests if m["kind"] not in ("Secret", "ExternalSecret") for ref in secret_references(m)
    ]


@pytest.mark.parametrize("env", CASES)
def test_the_external_secrets_make_exactly_what_the_workloads_read(tmp_path, env):
    values = load_values(with_store(tmp_path, env))
    rendered = render(Environment(env, values))
    made = produced(rendered)
    credentials = Context(values).credentials
    assert set(made) == {s.name for s in credentials.generated}
    refs = read(rendered)
    wanted = {(name, key) for name, key in refs if name in made and key is not None}
    wanted |= {(name, key) for name, whole in refs if name in made and whole is None for key in made[name]}
    assert wanted == {(name, key) for name, keys in made.items() for key in keys}
    # Every other Secret read is the operator's (or its operator's), never left to `main.py secrets`.
    others = {name for name, _ in refs} - set(made)
    assert others <= {s.name for s in credentials.expected if not s.generated}


@pytest.mark.parametrize("env", CASES)
def test_everything_else_is_synthesized_as_without_them(tmp_path, env):
    """Pods wait for the same Secrets, the configure Job keeps its digest-named spec and the agents
    their key wiring: apart from the ExternalSecrets, not one object changes."""
    rendered = render(Environment(env, load_values(with_store(tmp_path, env))))
    assert [m for m in rendered.manifests if m["kind"] != "ExternalSecret"] == rendered_env(env).manifests


@pytest.mark.parametrize("env", CASES)
def test_each_secret_is_made_as_main_py_secrets_writes_it(tmp_path, env):
    """Named like its Secret, of the same type (kubernetes.io/tls for the server's pair) and with
    the same labels; every key from its own property of `<prefix>/<secret name>`; valid by the
    ExternalSecret CRD's schema."""
    values = load_values(with_store(tmp_path, env, "team/certctl"))
    naming = Naming(values)
    rendered = render(Environment(env, values))
    by_name = {es["metadata"]["name"]: es for es in external_secrets(rendered)}
    for secret in Context(values).credentials.generated:
        validate(by_name[secret.name])
        spec = by_name[secret.name]["spec"]
        manifest = secrets_cli.secret_manifest(secret, naming)
        assert spec["target"]["name"] == secret.name
        assert spec["target"]["creationPolicy"] == "Owner"
        assert spec["target"]["template"] == {
            "type": manifest["type"],
            "metadata": {"labels": manifest["metadata"]["labels"]},
        }
        assert sorted(d["secretKey"] for d in spec["data"]) == sorted(manifest["stringData"])
        for entry in spec["data"]:
            assert entry["remoteRef"] == {"key": f"team/certctl/{secret.name}", "property": entry["secretKey"]}
        assert spec["secretStoreRef"] == {"kind": "ClusterSecretStore", "name": "vault"}
        assert spec["refreshInterval"] == "1h"
    for secret in Context(values).credentials.generated:  # the server's pair, unless OpenShift's service CA makes it
        if secret.generated == "server-tls":
            assert by_name[secret.name]["spec"]["target"]["template"]["type"] == "kubernetes.io/tls"


def test_the_environment_validates_against_the_crd_which_refuses_unknown_fields():
    [first, *_] = external_secrets(rendered_env(ESO_ENV))
    assert crd_schema(first) is not None
    for es in external_secrets(rendered_env(ESO_ENV)):
        validate(es)
    typo = json.loads(json.dumps(first))
    typo["spec"]["target"]["template"]["metdata"] = {}
    with pytest.raises(jsonschema.ValidationError, match="metdata"):
        validate(typo)
    wrong = json.loads(json.dumps(first))
    wrong["spec"]["secretStoreRef"]["kind"] = "Vault"
    with pytest.raises(jsonschema.ValidationError, match="Vault"):
        validate(wrong)


def test_a_store_kind_left_out_is_a_secret_store_and_the_interval_is_passed_on(tmp_path):
    path = tmp_path / "ns.yaml"
    path.write_text(
        "externalSecrets: {enabled: true, secretStoreRef: {name: app-store}, remoteKeyPrefix: /p,"
        " refreshInterval: 0s}\n"
    )
    for es in external_secrets(render(Environment("ns", load_values(path)))):
        assert es["spec"]["secretStoreRef"] == {"kind": "SecretStore", "name": "app-store"}
        assert es["spec"]["refreshInterval"] == "0s"
        assert all(d["remoteRef"]["key"] == f"/p/{es['metadata']['name']}" for d in es["spec"]["data"])


def test_the_committed_environment_is_snapshotted(snapshot_yaml):
    """What a vault admin must provide, per remote key, and from which store."""
    listing = {
        es["metadata"]["name"]: {
            "type": es["spec"]["target"]["template"]["type"],
            "store": f"{es['spec']['secretStoreRef']['kind']}/{es['spec']['secretStoreRef']['name']}",
            "remoteKey": es["spec"]["data"][0]["remoteRef"]["key"],
            "properties": [d["remoteRef"]["property"] for d in es["spec"]["data"]],
        }
        for es in external_secrets(rendered_env(ESO_ENV))
    }
    assert listing == snapshot_yaml


# `main.py secrets --external`


def run_secrets(*args: str) -> int:
    return secrets_cli.main(list(args))


@pytest.fixture
def entries(tmp_path, capsys):
    """The entries `--external` writes for the committed environment, and what it printed."""
    out = tmp_path / "secrets"
    assert run_secrets("--external", "--values", str(ROOT / "environments" / f"{ESO_ENV}.yaml"), "--out", str(out)) == 0
    folder = out / ESO_ENV / secrets_cli.EXTERNAL
    found = {path.stem: json.loads(path.read_text()) for path in sorted(folder.glob("*.json"))}
    return folder, found, capsys.readouterr().out


def test_the_entries_hold_every_property_the_external_secrets_read(entries):
    folder, found, printed = entries
    prefix = environment_values(ESO_ENV).external_secrets.remote_key_prefix
    wanted: dict[str, set[str]] = {}
    for es in external_secrets(rendered_env(ESO_ENV)):
        for d in es["spec"]["data"]:
            wanted.setdefault(d["remoteRef"]["key"], set()).add(d["remoteRef"]["property"])
    assert {f"{prefix}/{name}": set(data) for name, data in found.items()} == wanted
    for name, data in found.items():
        assert all(isinstance(value, str) and value for value in data.values())
        assert f"put it in the store as {prefix}/{name} (properties" in printed
        assert stat.S_IMODE((folder / f"{name}.json").stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_the_server_pair_in_the_store_is_whole_and_signed_by_the_kept_ca(entries):
    _, found, _ = entries
    tls = found["certctl-tls"]
    ca = x509.load_pem_x509_certificate(tls["ca.crt"].encode())
    cert = x509.load_pem_x509_certificate(tls["tls.crt"].encode())
    key = serialization.load_pem_private_key(tls["tls.key"].encode(), password=None)
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    assert key.public_key().public_numbers() == cert.public_key().public_numbers()
    cert.verify_directly_issued_by(ca)
    sans = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value.get_values_for_type(x509.DNSName)
    assert "certctl-server.certctl.svc" in sans


def test_no_secret_material_in_dist(entries):
    """dist/ says where each value lives, never the value: no Secret, no template data, and not
    one of the entries' values (nor a line of their PEM) in any file of the environment."""
    _, found, _ = entries
    folder = ROOT / "dist" / ESO_ENV
    text = "\n".join(path.read_text() for path in sorted(folder.glob("*.yaml")))
    documents = [doc for doc in fast_yaml.load_all(text) if doc]
    assert external_secrets(rendered_env(ESO_ENV)) and not [d for d in documents if d["kind"] == "Secret"]
    assert all("data" not in es["spec"]["target"]["template"] for es in external_secrets(rendered_env(ESO_ENV)))
    assert "-----BEGIN" not in text
    values = [value for data in found.values() for value in data.values()]
    pieces = values + [line for value in values for line in value.splitlines() if len(line) >= 32]
    assert not [piece for piece in pieces if piece in text]


def test_a_second_run_keeps_every_entry(tmp_path, capsys):
    out, values = tmp_path / "secrets", str(ROOT / "environments" / f"{ESO_ENV}.yaml")
    assert run_secrets("--external", "--values", values, "--out", str(out)) == 0
    folder = out / ESO_ENV / secrets_cli.EXTERNAL
    first = {path.name: path.read_text() for path in folder.glob("*.json")}
    capsys.readouterr()
    assert run_secrets("--external", "--values", values, "--out", str(out)) == 0
    assert {path.name: path.read_text() for path in folder.glob("*.json")} == first
    assert capsys.readouterr().out.count("kept ") == len(first)


def test_moving_to_the_store_keeps_the_values_the_cluster_runs_on(tmp_path, capsys):
    """Secret files an earlier `main.py secrets` wrote (and the cluster runs on) lend their values:
    a new database password or encryption key would lock the server out of its data."""
    path = tmp_path / "demo.yaml"
    path.write_text("release: demo\n")
    out = tmp_path / "secrets"
    assert run_secrets("--values", str(path), "--out", str(out)) == 0
    applied = {p.stem: yaml.safe_load(p.read_text())["stringData"] for p in (out / "demo").glob("*.yaml")}
    path.write_text(f"release: demo\n{STORE}  remoteKeyPrefix: certctl/demo\n")
    capsys.readouterr()
    assert run_secrets("--external", "--values", str(path), "--out", str(out)) == 0
    folder = out / "demo" / secrets_cli.EXTERNAL
    assert {p.stem: json.loads(p.read_text()) for p in folder.glob("*.json")} == applied
    assert f"(the values of {out / 'demo' / 'demo-certctl-encryption.yaml'})" in capsys.readouterr().out


def test_renewing_the_server_certificate_in_the_store_keeps_its_ca(entries, tmp_path, capsys):
    folder, found, _ = entries
    out = folder.parent.parent
    values = str(ROOT / "environments" / f"{ESO_ENV}.yaml")
    assert run_secrets("--external", "--renew-server-cert", "--values", values, "--out", str(out)) == 0
    renewed = json.loads((folder / "certctl-tls.json").read_text())
    assert renewed["ca.crt"] == found["certctl-tls"]["ca.crt"]
    assert renewed["tls.crt"] != found["certctl-tls"]["tls.crt"]
    assert "put it in the store as certctl/prod/certctl-tls" in capsys.readouterr().out


@pytest.mark.parametrize(
    "external, text, why",
    [
        (True, "release: demo\n", "externalSecrets.enabled: is false, so no ExternalSecret reads a store"),
        (False, f"{STORE}  remoteKeyPrefix: a\n", "externalSecrets.enabled: is true, so the External Secrets Operator"),
    ],
    ids=["external-without-a-store", "files-for-a-store"],
)
def test_a_file_of_the_other_kind_exits_2_and_writes_nothing(tmp_path, capsys, external, text, why):
    path, out = tmp_path / "demo.yaml", tmp_path / "secrets"
    path.write_text(text)
    assert run_secrets(*(["--external"] if external else []), "--values", str(path), "--out", str(out)) == 2
    [line, _] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"{path}: {why}")
    assert not out.exists()


def test_over_every_environment_each_kind_goes_its_own_way(tmp_path, capsys, monkeypatch):
    (tmp_path / "environments").mkdir()
    (tmp_path / "environments" / "plain.yaml").write_text("release: plain\n")
    (tmp_path / "environments" / "stored.yaml").write_text(f"release: stored\n{STORE}  remoteKeyPrefix: s\n")
    monkeypatch.chdir(tmp_path)
    assert run_secrets("--external") == 0
    assert "skipped environments/plain.yaml: externalSecrets.enabled is false" in capsys.readouterr().out
    assert sorted(os.listdir("secrets")) == ["stored"]
    assert run_secrets() == 0
    assert "skipped environments/stored.yaml: externalSecrets.enabled is true" in capsys.readouterr().out
    assert sorted(os.listdir("secrets")) == ["plain", "stored"]
    assert not list(Path("secrets/stored").glob("*.yaml"))


def test_nothing_is_written_into_dist(tmp_path, capsys, monkeypatch):
    path = tmp_path / "demo.yaml"
    path.write_text(f"{STORE}  remoteKeyPrefix: a\n")
    monkeypatch.chdir(tmp_path)
    assert run_secrets("--external", "--values", str(path), "--out", "dist/secrets") == 2
    assert "--out dist/secrets: is inside dist/" in capsys.readouterr().err
    assert not Path("dist").exists()


# Bad values


ON = "enabled: true, secretStoreRef: {name: v}"


@pytest.mark.parametrize(
    "section, key, message",
    [
        ("enabled: true, remoteKeyPrefix: a", "secretStoreRef.name", "is required when externalSecrets.enabled"),
        (ON, "remoteKeyPrefix", "is required when externalSecrets.enabled"),
        (f"{ON}, remoteKeyPrefix: a/", "remoteKeyPrefix", "ends with '/'"),
        (f"{ON}, remoteKeyPrefix: a//b", "remoteKeyPrefix", "is not a key path"),
        (f"{ON}, remoteKeyPrefix: a/..", "remoteKeyPrefix", "is not a key path"),
        (f"{ON}, remoteKeyPrefix: a, refreshInterval: 1 hour", "refreshInterval", "is not a Go duration"),
        ("enabled: true, secretStoreRef: {name: v, kind: Vault}, remoteKeyPrefix: a", "secretStoreRef.kind", "'Vault'"),
        (
            "enabled: true, secretStoreRef: {name: My_Store}, remoteKeyPrefix: a",
            "secretStoreRef.name",
            "not a DNS name",
        ),
    ],
)
def test_bad_values_exit_2_with_one_line_and_write_nothing(tmp_path, capsys, section, key, message):
    path, outdir = tmp_path / "bad.yaml", tmp_path / "out"
    path.write_text(f"externalSecrets: {{{section}}}\n")
    assert cli.main(["--values", str(path), "--outdir", str(outdir), "--quiet"]) == 2
    [line, summary] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"{path}: externalSecrets.{key}: ") and message in line
    assert summary.startswith("error: 1 problem(s)")
    assert not outdir.exists()


def test_a_disabled_section_may_keep_its_settings_and_makes_nothing():
    values = Values.model_validate({"externalSecrets": {"enabled": False, "remoteKeyPrefix": "a"}})
    assert not external_secrets(render(Environment("off", values)))


def test_the_summary_says_where_the_secrets_come_from_and_what_to_run(tmp_path):
    values = environment_values(ESO_ENV)
    text = summarize(Environment(ESO_ENV, values), rendered_env(ESO_ENV), tmp_path, [])
    assert (
        "  secret  certctl-tls (tls.crt, tls.key, ca.crt): server TLS certificate, key and CA; "
        "ExternalSecret from certctl/prod/certctl-tls" in text
    )
    assert (
        "needs   the External Secrets Operator, serving external-secrets.io/v1 (ExternalSecret), and the "
        "ClusterSecretStore vault" in text
    )
    steps = text.split("  next:\n")[1]
    assert f"python main.py secrets --external --values environments/{ESO_ENV}.yaml" in steps
    assert "kubectl apply -f secrets/" not in steps
    assert (
        "wait --for=condition=Ready externalsecret -l app.kubernetes.io/name=certctl,app.kubernetes.io/instance=certctl"
        in steps
    )


def test_with_every_secret_supplied_the_summary_notes_there_is_nothing_to_fetch(tmp_path):
    keys = {
        name: {"secretKeyRef": {"name": "mine", "key": name}} for name in ("admin", "agent", "registrar", "metrics")
    }
    data = {
        "server": {
            "auth": {"keys": keys, "authSecret": {"secretKeyRef": {"name": "mine", "key": "auth"}}},
            "encryption": {"key": {"secretKeyRef": {"name": "mine", "key": "enc"}}},
            "tls": {"existingSecret": "mine-tls"},
            "issuer": {"local": {"caSecret": "mine-ca"}},
        },
        "postgresql": {"auth": {"existingSecret": "mine-db"}},
        "externalSecrets": {"enabled": True, "secretStoreRef": {"name": "v"}, "remoteKeyPrefix": "p"},
    }
    values = Values.model_validate(data)
    rendered = render(Environment("none", values))
    assert not external_secrets(rendered)
    text = summarize(Environment("none", values), rendered, tmp_path, [])
    assert "note    externalSecrets is enabled, but every Secret comes from elsewhere: no ExternalSecret" in text
    assert "main.py secrets" not in text.split("  next:\n")[1]


def test_a_secret_file_of_other_keys_is_not_turned_into_an_entry(tmp_path, capsys):
    """A file written before server.tls.caKey changed lacks a key the ExternalSecret reads: its
    entry would leave the ExternalSecret failing, and fresh material would replace what the cluster
    runs on; so that entry is left to the operator, with exit 2, and the others are written."""
    path, out = tmp_path / "demo.yaml", tmp_path / "secrets"
    path.write_text("release: demo\nserver: {tls: {caKey: tls.crt}}\n")
    assert run_secrets("--values", str(path), "--out", str(out)) == 0
    path.write_text(f"release: demo\n{STORE}  remoteKeyPrefix: d\n")
    capsys.readouterr()
    assert run_secrets("--external", "--values", str(path), "--out", str(out)) == 2
    entry = out / "demo" / secrets_cli.EXTERNAL / "demo-certctl-tls.json"
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"error: {entry}: not written: ") and "reads tls.crt, tls.key, ca.crt" in line
    assert not entry.exists()
    assert (out / "demo" / secrets_cli.EXTERNAL / "demo-certctl-admin-key.json").exists()
