"""`main.py secrets`: the generated Secrets are valid, private, never overwritten, and hold every
name and key the synthesized workloads read."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import pytest
import yaml
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID

from certctl_k8s import load_values, secrets_cli
from certctl_k8s.components.context import Context
from certctl_k8s.synth import Environment, render
from tests.support import fast_yaml
from tests.support.references import secret_references
from tests.support.validation import validate

ROOT = Path(__file__).resolve().parents[1]
DEMO = "release: demo\nnamespace: team-a\n"


class Run:
    """One `secrets` run over one values file: its exit code, output and what it wrote."""

    def __init__(self, tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, env: str = "demo"):
        self.values_file = tmp_path / f"{env}.yaml"
        self.values_file.write_text(text)
        self.out = tmp_path / "secrets"
        self.folder = self.out / env
        self.capsys = capsys

    def __call__(self) -> tuple[int, str, str]:
        external = ["--external"] if self.context.values.external_secrets.enabled else []
        code = secrets_cli.main(["--values", str(self.values_file), "--out", str(self.out), *external])
        captured = self.capsys.readouterr()
        return code, captured.out, captured.err

    @property
    def context(self) -> Context:
        return Context(load_values(self.values_file))

    def doc(self, name: str) -> dict[str, Any]:
        return yaml.safe_load((self.folder / f"{name}.yaml").read_text())

    def data(self, name: str) -> dict[str, str]:
        return self.doc(name)["stringData"]


@pytest.fixture
def run(tmp_path, capsys):
    def make(text: str = DEMO, env: str = "demo") -> Run:
        return Run(tmp_path, capsys, text, env)

    return make


@pytest.fixture
def demo(run) -> Run:
    r = run()
    code, _, err = r()
    assert code == 0, err
    return r


def generated(r: Run) -> dict[str, str]:
    """Secret name -> the kind of material `main.py secrets` generates for it."""
    return {s.name: s.generated for s in r.context.credentials.expected if s.generated}


def named(r: Run, kind: str) -> str:
    [name] = [name for name, generated_kind in generated(r).items() if generated_kind == kind]
    return name


def test_default_values_generate_every_kind(run):
    r = run("{}\n", env="default")
    code, out, _ = r()
    assert code == 0
    assert set(generated(r).values()) == set(secrets_cli.MATERIAL)
    assert "create yourself" not in out


def test_files_are_valid_private_secrets(demo):
    naming = demo.context.naming
    assert stat.S_IMODE(demo.folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(demo.out.stat().st_mode) == 0o700
    for name, kind in generated(demo).items():
        path = demo.folder / f"{name}.yaml"
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        doc = demo.doc(name)
        validate(doc)
        assert doc["metadata"] == {"name": name, "namespace": "team-a", "labels": naming.labels()}
        assert doc["type"] == ("kubernetes.io/tls" if kind == "server-tls" else "Opaque")
        expected = next(s for s in demo.context.credentials.expected if s.name == name)
        assert set(expected.keys) <= set(doc["stringData"])
        assert all(doc["stringData"].values())


def test_random_strings(demo):
    keys = {name: demo.data(name)["api-key"] for name, kind in generated(demo).items() if kind == "api-key"}
    assert sorted(keys) == [f"demo-certctl-{key}-key" for key in ("admin", "agent", "metrics", "registrar")]
    assert len(set(keys.values())) == 4
    for key in keys.values():  # certctl splits its key list on ',' and each entry on ':'
        assert len(key) >= 43 and not set(key) & {",", ":", " "}
    assert len(demo.data(named(demo, "auth-secret"))["auth-secret"]) >= 43
    assert len(demo.data(named(demo, "postgres-password"))["password"]) >= 43
    assert len(demo.data(named(demo, "encryption-key"))["config-encryption-key"]) >= 64


def _cert(pem: str) -> x509.Certificate:
    return x509.load_pem_x509_certificate(pem.encode())


def _key(pem: str) -> ec.EllipticCurvePrivateKey:
    key = serialization.load_pem_private_key(pem.encode(), password=None)
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    assert pem.startswith("-----BEGIN PRIVATE KEY-----")  # PKCS8, unencrypted
    return key


def _is_p256(cert: x509.Certificate) -> bool:
    public = cert.public_key()
    return isinstance(public, ec.EllipticCurvePublicKey) and isinstance(public.curve, ec.SECP256R1)


def _assert_ca(cert: x509.Certificate) -> None:
    assert cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.key_cert_sign and usage.crl_sign
    cert.verify_directly_issued_by(cert)  # self-signed
    assert _is_p256(cert)
    assert (cert.not_valid_after_utc - cert.not_valid_before_utc).days >= 3650


def test_server_certificate(demo):
    tls = demo.data(named(demo, "server-tls"))
    cert, ca, key = _cert(tls["tls.crt"]), _cert(tls["ca.crt"]), _key(tls["tls.key"])
    _assert_ca(ca)
    cert.verify_directly_issued_by(ca)
    assert _is_p256(cert)
    assert key.public_key().public_numbers() == cert.public_key().public_numbers()
    assert not cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    assert cert.extensions.get_extension_for_class(x509.KeyUsage).value.digital_signature
    eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert ExtendedKeyUsageOID.SERVER_AUTH in eku
    sans = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    dns = set(sans.get_values_for_type(x509.DNSName))
    hosts = demo.context.naming.server_hosts()
    assert "demo-certctl-server.team-a.svc.cluster.local" in hosts
    assert set(hosts) | {"localhost"} <= dns
    assert {str(ip) for ip in sans.get_values_for_type(x509.IPAddress)} == {"127.0.0.1", "::1"}


def test_the_server_ca_key_is_kept_apart_and_a_renewal_keeps_the_ca(demo):
    """The CA that signs the self-signed server certificate is kept under ca/ (so `kubectl apply -f
    secrets/<env>/` leaves it out of the cluster); a renewal signs a new certificate with it, so
    the agents' trust anchor stays the same and none of them loses the server."""
    ca_file = demo.folder / "ca" / "demo-certctl-server-ca.yaml"
    assert stat.S_IMODE(ca_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(ca_file.parent.stat().st_mode) == 0o700
    kept = yaml.safe_load(ca_file.read_text())["stringData"]
    tls_file = demo.folder / "demo-certctl-tls.yaml"
    before = demo.data("demo-certctl-tls")
    assert before["ca.crt"] == kept["ca.crt"]
    assert _key(kept["ca.key"]).public_key().public_numbers() == _cert(kept["ca.crt"]).public_key().public_numbers()

    code = secrets_cli.main(["--values", str(demo.values_file), "--out", str(demo.out), "--renew-server-cert"])
    out = demo.capsys.readouterr().out
    assert code == 0
    assert out.splitlines() == [f"renewed {tls_file} (same CA); apply it with kubectl apply -f {tls_file}"]
    after = demo.data("demo-certctl-tls")
    assert after["ca.crt"] == before["ca.crt"]
    assert after["tls.crt"] != before["tls.crt"] and after["tls.key"] != before["tls.key"]
    _cert(after["tls.crt"]).verify_directly_issued_by(_cert(kept["ca.crt"]))
    assert stat.S_IMODE(tls_file.stat().st_mode) == 0o600
    assert yaml.safe_load(ca_file.read_text())["stringData"] == kept


def test_a_renewal_without_a_kept_ca_says_what_to_do(demo):
    (demo.folder / "ca" / "demo-certctl-server-ca.yaml").unlink()
    tls = (demo.folder / "demo-certctl-tls.yaml").read_bytes()
    code = secrets_cli.main(["--values", str(demo.values_file), "--out", str(demo.out), "--renew-server-cert"])
    err = demo.capsys.readouterr().err
    assert code == 2
    assert "no kept CA" in err and "run `main.py secrets` for a new CA" in err
    assert (demo.folder / "demo-certctl-tls.yaml").read_bytes() == tls


def test_issuer_ca(demo):
    issuer = demo.data(named(demo, "issuer-ca"))
    cert, key = _cert(issuer["ca.crt"]), _key(issuer["ca.key"])
    _assert_ca(cert)
    assert key.public_key().public_numbers() == cert.public_key().public_numbers()
    assert "demo-certctl" in cert.subject.rfc4514_string()


def test_second_run_keeps_every_file(demo):
    before = {p: p.read_bytes() for p in demo.folder.iterdir() if p.is_file()}
    assert len(before) == len(generated(demo)) == 9
    code, out, _ = demo()
    assert code == 0
    assert {p: p.read_bytes() for p in demo.folder.iterdir() if p.is_file()} == before
    assert out.splitlines() == [f"kept {p} (exists)" for p in (demo.folder / f"{n}.yaml" for n in generated(demo))]


def test_a_deleted_file_alone_is_regenerated(demo):
    tls = demo.folder / f"{named(demo, 'server-tls')}.yaml"
    admin = demo.folder / "demo-certctl-admin-key.yaml"
    key = admin.read_bytes()
    tls.unlink()
    code, out, _ = demo()
    assert code == 0 and tls.exists()
    assert f"wrote {tls}" in out.splitlines()
    assert admin.read_bytes() == key


def test_a_v2_0_era_secret_keeps_serving_the_agents_key(run):
    """server.auth.existingSecret (its agent-api-key) stays the agents' key; the other keys are
    generated beside it."""
    r = run(DEMO + "server:\n  auth:\n    existingSecret: mine\n")
    code, out, _ = r()
    assert code == 0
    assert not (r.folder / "mine.yaml").exists()
    assert not (r.folder / "demo-certctl-agent-key.yaml").exists()
    assert "create yourself: mine (keys agent-api-key): the agents' runtime API key" in out
    for key in ("admin", "registrar", "metrics"):
        assert (r.folder / f"demo-certctl-{key}-key.yaml").exists()


def test_an_older_secrets_folder_gets_the_new_keys_in_new_files(run):
    """A deployment made before named keys has secrets/<env>/<fullname>-api-keys.yaml: it is left
    alone, and the keys certctl v2.1 needs arrive in files of their own."""
    r = run()
    r.folder.mkdir(parents=True)
    old = r.folder / "demo-certctl-api-keys.yaml"
    old.write_text("kind: Secret\n")
    for name in ("demo-certctl-postgres", "demo-certctl-encryption"):
        (r.folder / f"{name}.yaml").write_text("kind: Secret\n")
    code, out, _ = r()
    assert code == 0
    assert old.read_text() == "kind: Secret\n"
    wrote = sorted(
        line.split()[1].removeprefix(f"{r.folder}/") for line in out.splitlines() if line.startswith("wrote")
    )
    assert wrote == ["ca/demo-certctl-server-ca.yaml"] + [
        f"demo-certctl-{name}.yaml"
        for name in ("admin-key", "agent-key", "auth-secret", "issuer-ca", "metrics-key", "registrar-key", "tls")
    ]


def test_existing_tls_secret_is_left_to_the_operator(run):
    r = run(DEMO + "server:\n  tls:\n    existingSecret: x\n")
    code, out, _ = r()
    assert code == 0
    assert sorted(p.name for p in r.folder.iterdir()) == [
        f"demo-certctl-{name}.yaml"
        for name in (
            "admin-key",
            "agent-key",
            "auth-secret",
            "encryption",
            "issuer-ca",
            "metrics-key",
            "postgres",
            "registrar-key",
        )
    ]
    assert "create yourself: x (keys tls.crt, tls.key): " in out


def test_invalid_values_write_nothing(tmp_path, capsys):
    good, bad = tmp_path / "good.yaml", tmp_path / "bad.yaml"
    good.write_text(DEMO)
    bad.write_text("server:\n  replicass: 2\n")
    out = tmp_path / "secrets"
    code = secrets_cli.main(["--values", str(good), "--values", str(bad), "--out", str(out)])
    captured = capsys.readouterr()
    assert code == 2
    assert not out.exists()
    assert f"{bad}: server.replicass: unknown key" in captured.err
    assert captured.out == ""


def test_two_files_of_one_environment_write_nothing(tmp_path, capsys):
    """Both would write secrets/<name>/ (the same rule as the synth's, from certctl_k8s.inputs)."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = tmp_path / "a" / "demo.yaml", tmp_path / "b" / "demo.yaml"
    first.write_text(DEMO)
    second.write_text(DEMO)
    out = tmp_path / "secrets"
    code = secrets_cli.main(["--values", str(first), "--values", str(second), "--out", str(out)])
    assert code == 2
    assert not out.exists()
    assert f"{second}: names environment 'demo', as {first} does" in capsys.readouterr().err


def test_a_ca_key_of_tls_crt_pins_the_server_certificate(run):
    """server.tls.caKey tls.crt: agents trust the server's own certificate; the pair stays whole."""
    r = run(DEMO + "server:\n  tls:\n    caKey: tls.crt\n")
    code, _, err = r()
    assert code == 0, err
    [tls] = [p for p in r.folder.glob("*-tls.yaml")]
    data = yaml.safe_load(tls.read_text())["stringData"]
    assert set(data) == {"tls.crt", "tls.key"}
    assert (
        x509.load_pem_x509_certificate(data["tls.crt"].encode())
        .extensions.get_extension_for_class(x509.BasicConstraints)
        .value.ca
        is False
    )


# Cross-check: the generated Secrets (plus those the operator is told to create, and the ones
# dist/ holds) satisfy every Secret reference of the synthesized workloads.
def _cross_check(r: Run) -> None:
    context = r.context
    provided: dict[str, set[str]] = {}
    config_maps: set[str] = set()  # the gateway's CA, which its BackendTLSPolicy names
    for path in r.folder.glob("*.yaml") if r.folder.exists() else []:
        doc = fast_yaml.load(path.read_text())
        if doc["kind"] == "ConfigMap":
            config_maps.add(doc["metadata"]["name"])
            continue
        provided[doc["metadata"]["name"]] = set(doc["stringData"])
    generated_names = set(provided)
    for secret in context.credentials.expected:
        if secret.generated is None:
            provided[secret.name] = set(secret.keys)
    manifests = render(Environment(r.folder.name, context.values)).manifests
    for manifest in manifests:
        if manifest["kind"] == "Secret":
            provided[manifest["metadata"]["name"]] = set(manifest.get("data", {})) | set(manifest.get("stringData", {}))
        if manifest["kind"] == "ExternalSecret":  # with externalSecrets, the store's entries make them
            spec = manifest["spec"]
            provided[spec["target"]["name"]] = {entry["secretKey"] for entry in spec["data"]}
            generated_names.add(spec["target"]["name"])
    references = [ref for m in manifests if m["kind"] != "Secret" for ref in secret_references(m)]
    assert references
    for name, key in references:
        assert name in provided, f"Secret {name} is referenced but neither generated nor expected"
        assert key is None or key in provided[name], f"Secret {name} lacks key {key}"
    unused = generated_names - {name for name, _ in references}
    assert not unused, f"generated but never referenced: {unused}"
    trusted = {
        ref["name"]
        for m in manifests
        if m["kind"] == "BackendTLSPolicy"
        for ref in m["spec"]["validation"].get("caCertificateRefs", [])
    }
    assert config_maps <= trusted, f"ConfigMaps written but never trusted: {config_maps - trusted}"


@pytest.mark.parametrize(
    "text",
    [
        DEMO,
        "{}\n",
        DEMO + "server:\n  auth:\n    existingSecret: mine\n  tls:\n    existingSecret: x\n",
        DEMO + "postgresql:\n  auth:\n    passwordKey: pg-pass\n",
        DEMO + "server:\n  tls:\n    caKey: trust.pem\n",
        DEMO + "backup:\n  enabled: true\npostgresql:\n  auth:\n    passwordKey: pg-pass\n",
        DEMO + "backup:\n  enabled: true\n  sink: s3\n  s3:\n    bucket: dumps\n"
        "    credentialsSecret: {name: aws, accessKeyIdKey: id, secretAccessKeyKey: key}\n",
        DEMO + "backup: {enabled: true}\npostgresql:\n  enabled: false\n  external: {host: db.example.com}\n"
        "  auth: {existingSecret: db, passwordKey: pw}\n  tls: {mode: verify-ca, caSecretRef: db-ca}\n",
    ],
    ids=["demo", "defaults", "existing-secrets", "password-key", "ca-key", "backup", "backup-s3", "backup-external"],
)
def test_generated_secrets_satisfy_the_workloads(run, text):
    r = run(text)
    code, _, err = r()
    assert code == 0, err
    _cross_check(r)


ENVIRONMENTS = sorted((ROOT / "environments").glob("*.yaml"))


@pytest.mark.parametrize("values_file", ENVIRONMENTS, ids=lambda p: p.stem)
def test_repository_environments_are_satisfied(run, values_file):
    r = run(values_file.read_text(), env=values_file.stem)
    code, _, err = r()
    assert code == 0, err
    _cross_check(r)
