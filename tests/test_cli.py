"""The command line as an operator runs it: exit codes, one line per problem naming the file
and key path, nothing written on failure, stale files removed, --check.

Most cases call `main(argv)` in this process (a synth costs milliseconds once cdk8s is loaded);
the subprocess smoke tests at the end run `python main.py` as an operator does."""

from __future__ import annotations

import contextlib
import datetime
import io
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from certctl_k8s.cli import main
from conftest import ROOT


@dataclass(frozen=True)
class Result:
    returncode: int
    stdout: str
    stderr: str


def run(*args: str, cwd: Path = ROOT) -> Result:
    """`main.py ARGS` in this process, from `cwd`."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.chdir(cwd), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return Result(code, out.getvalue(), err.getvalue())


def run_process(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def snapshot_tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def write(path: Path, data) -> Path:
    path.write_text(yaml.safe_dump(data) if not isinstance(data, str) else data)
    return path


@pytest.fixture(scope="module")
def baseline(tmp_path_factory) -> tuple[Path, Path]:
    """A good values file synthesized once into an output folder, for the cases that check a
    failing run leaves that folder as it was."""
    folder = tmp_path_factory.mktemp("baseline")
    good = write(folder / "good.yaml", {})
    out = folder / "out"
    assert run("--values", str(good), "--outdir", str(out), "--quiet").returncode == 0
    return good, out


def test_values_files_go_to_outdir_by_stem(tmp_path):
    a = write(tmp_path / "alpha.yaml", {"namespace": "alpha"})
    b = write(tmp_path / "beta.yaml", {"namespace": "beta"})
    result = run("--values", str(a), "--values", str(b), "--outdir", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["alpha", "beta"]
    assert "alpha: " in result.stdout and "secret  certctl-admin-key" in result.stdout


def test_cdk8s_outdir_is_honoured(tmp_path, monkeypatch):
    a = write(tmp_path / "gamma.yaml", {})
    monkeypatch.setenv("CDK8S_OUTDIR", str(tmp_path / "cdk8s.out"))
    result = run("--values", str(a))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "cdk8s.out" / "gamma" / "kustomization.yaml").exists()


BAD_VALUES = [
    # (values, key path named in the error, a fragment of what is allowed)
    ({"server": {"replicaz": 2}}, "server.replicaz", "did you mean 'replicas'"),
    ({"server": {"auth": {"type": "jwt"}}}, "server.auth.type", "oauth2-proxy"),
    (
        {"server": {"tls": {"existingSecret": "x", "certManager": {"enabled": True, "issuerRef": {"name": "ca"}}}}},
        "server.tls.existingSecret",
        "keep one of",
    ),
    ({"server": {"tls": {"certManager": {"enabled": True}}}}, "server.tls.certManager.issuerRef.name", "required"),
    (
        {"ingress": {"enabled": True, "certManager": {"enabled": True}}},
        "ingress.certManager.issuerRef.name",
        "required",
    ),
    (
        {"ingress": {"enabled": True, "certManager": {"enabled": True, "issuerRef": {"name": "le"}}}},
        "ingress.tls",
        "required",
    ),
    ({"ingress": {"enabled": True}}, "ingress.tls", "must terminate TLS"),
    (
        {"ingress": {"enabled": True, "tls": [{"secretName": "t", "hosts": ["a.example.com"]}]}},
        "ingress.tls",
        "certctl.local",
    ),
    ({"server": {"resources": {"limits": {"memory": "lots"}}}}, "server.resources.limits.memory", "quantity"),
    ({"server": {"port": 70000}}, "server.port", "less than or equal to 65535"),
    ({"server": {"tls": {"caKey": "tls.key"}}}, "server.tls.caKey", "mounted into every agent pod"),
    ({"server": {"networkScan": {"interval": "6 hours"}}}, "server.networkScan.interval", "Go duration"),
    ({"ingress": {"hosts": [{"host": "Bad_Host"}]}}, "ingress.hosts.0.host", "DNS name"),
    ({"agent": {"kind": "StatefulSet"}}, "agent.kind", "DaemonSet"),
    ({"agent": {"kind": "Deployment", "replicas": 3}}, "agent.replicas", "every rollout would register new agents"),
    ({"agent": {"tolerations": [{"efect": "NoSchedule"}]}}, "agent.tolerations.0", "efect"),
    ({"postgresql": {"enabled": False}}, "postgresql.external.host", "required"),
    ({"postgresql": {"tls": {"mode": "verify-full"}}}, "postgresql.tls.caSecretRef", "required"),
    (
        {"server": {"securityContext": {"allowPrivilegeEscalation": True}}},
        "server.securityContext.allowPrivilegeEscalation",
        "False",
    ),
    ({"server": {"replicas": 2, "issuer": {"local": {"ephemeral": True}}}}, "server.issuer.local.ephemeral", "replica"),
    (
        {"podDisruptionBudget": {"enabled": True, "minAvailable": 1}},
        "podDisruptionBudget.minAvailable",
        "block every voluntary eviction",
    ),
    (
        {"server": {"volumeMounts": [{"name": "nope", "mountPath": "/x"}]}},
        "server.volumeMounts.0.name",
        "names no entry",
    ),
    ({"namespace": "Not_Valid"}, "namespace", "DNS label"),
    ({"backup": {"enabled": True, "sink": "s3"}}, "backup.s3.bucket", "required when backup.sink is s3"),
    ({"backup": {"schedule": "every night"}}, "backup.schedule", "five fields"),
    ({"backup": {"schedule": "30 2 * * 7"}}, "backup.schedule", "outside 0-6"),
    ({"backup": {"image": "postgres"}}, "backup.image", "no tag or digest"),
    ({"backup": {"enabled": True, "image": "postgres:15-alpine"}}, "backup.image", "refuses to dump PostgreSQL 16"),
    (
        {
            "backup": {"enabled": True},
            "postgresql": {"enabled": False},
            "server": {"env": {"CERTCTL_DATABASE_URL": "postgres://certctl:pw@db.example.com/certctl"}},
        },
        "backup.enabled",
        "postgresql.external.host",
    ),
    ({"backup": {"pvc": {"keep": 0}}}, "backup.pvc.keep", "greater than or equal to 1"),
    ({"backup": {"s3": {"bucket": "s3://dumps"}}}, "backup.s3.bucket", "S3 bucket name"),
    ({"backup": {"s3": {"prefix": "/certctl/"}}}, "backup.s3.prefix", "S3 key prefix"),
    ({"backup": {"sink": "gcs"}}, "backup.sink", "'pvc'"),
]


@pytest.mark.parametrize("data,key,allowed", BAD_VALUES, ids=[case[1] for case in BAD_VALUES])
def test_bad_values_exit_2_name_the_key_and_write_nothing(tmp_path, baseline, data, key, allowed):
    good, out = baseline
    before = snapshot_tree(out)
    bad = write(tmp_path / "bad.yaml", data)
    result = run("--values", str(good), "--values", str(bad), "--outdir", str(out))
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if not line.startswith(("error:", "warning:"))]
    assert any(line.startswith(f"{bad}: {key}: ") and allowed in line for line in lines), result.stderr
    assert snapshot_tree(out) == before


def test_every_problem_gets_its_own_line(tmp_path):
    bad = write(tmp_path / "bad.yaml", {"server": {"replicaz": 1, "port": 0}, "agent": {"kind": "Pod"}})
    result = run("--values", str(bad), "--outdir", str(tmp_path / "out"))
    assert result.returncode == 2
    problems = [line for line in result.stderr.splitlines() if line.startswith(str(bad))]
    assert len(problems) == 3
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


@pytest.mark.parametrize(
    "text,fragment",
    [
        ("server: [unclosed", "invalid YAML"),
        ("server:\n  replicas: 1\nserver:\n  replicas: 2\n", "duplicate key 'server'"),
        ("- a\n- b\n", "must be a mapping"),
    ],
)
def test_unreadable_files_are_one_line_errors(tmp_path, text, fragment):
    bad = write(tmp_path / "bad.yaml", text)
    result = run("--values", str(bad), "--outdir", str(tmp_path / "out"))
    assert result.returncode == 2
    assert fragment in result.stderr and "Traceback" not in result.stderr


def test_stale_files_and_environments_are_removed(tmp_path):
    shutil_env = tmp_path / "environments"
    shutil_env.mkdir()
    tls = [{"secretName": "certctl-ingress-tls", "hosts": ["certctl.local"]}]
    write(shutil_env / "one.yaml", {"ingress": {"enabled": True, "tls": tls}})
    write(shutil_env / "two.yaml", {})
    assert run(cwd=tmp_path).returncode == 0
    assert (tmp_path / "dist" / "one" / "14-ingress-certctl.yaml").exists()
    write(shutil_env / "one.yaml", {})
    (shutil_env / "two.yaml").unlink()
    result = run(cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "dist").iterdir()) == ["one"]
    assert not (tmp_path / "dist" / "one" / "14-ingress-certctl.yaml").exists()


def test_check_lists_differing_files(tmp_path):
    envs = tmp_path / "environments"
    envs.mkdir()
    write(envs / "one.yaml", {})
    assert run(cwd=tmp_path).returncode == 0
    assert run("--check", cwd=tmp_path).returncode == 0
    target = tmp_path / "dist" / "one" / "08-service-certctl-server.yaml"
    target.write_text(target.read_text() + "# edited\n")
    result = run("--check", cwd=tmp_path)
    assert result.returncode == 1
    assert f"differs: {Path('dist') / 'one' / target.name}" in result.stderr


def test_inline_secrets_warn(tmp_path):
    values = write(tmp_path / "inline.yaml", {"server": {"auth": {"apiKey": "abc"}}})
    result = run("--values", str(values), "--outdir", str(tmp_path / "out"))
    assert result.returncode == 0
    assert f"warning: {values}: server.auth.apiKey: holds secret material inline" in result.stderr


def test_a_changed_issuer_setting_is_called_out_as_first_boot_only(tmp_path):
    values = {"server": {"issuer": {"acme": {"enabled": True, "directoryURL": "https://acme.a/directory"}}}}
    path = write(tmp_path / "issuers.yaml", values)
    out = str(tmp_path / "out")
    first = run("--values", str(path), "--outdir", out)
    assert first.returncode == 0, first.stderr
    assert "first boot" not in first.stdout
    unchanged = run("--values", str(path), "--outdir", out)
    assert "first boot" not in unchanged.stdout
    values["server"]["issuer"]["acme"]["directoryURL"] = "https://acme.b/directory"
    changed = run("--values", str(write(path, values)), "--outdir", out)
    assert changed.returncode == 0, changed.stderr
    note = next(line for line in changed.stdout.splitlines() if "first boot" in line)
    assert note.strip().startswith("note    issuer settings changed (CERTCTL_ACME_DIRECTORY_URL)")


def test_env_problems_exit_2_and_write_nothing(tmp_path, baseline):
    _, out = baseline
    before = snapshot_tree(out)
    bad = write(
        tmp_path / "good.yaml",
        {"server": {"smtp": {"host": "y"}, "env": {"CERTCTL_LOG_LEVLE": "debug", "CERTCTL_SMTP_HOST": "x"}}},
    )
    result = run("--values", str(bad), "--outdir", str(out))
    assert result.returncode == 2
    assert result.stderr.splitlines()[:2] == [
        f"{bad}: server.env.CERTCTL_LOG_LEVLE: certctl's server reads no such variable; "
        "did you mean CERTCTL_LOG_LEVEL?",
        f"{bad}: server.env.CERTCTL_SMTP_HOST: is 'x', but server.smtp.host is 'y'; keep one of them",
    ]
    assert snapshot_tree(out) == before


def test_the_summary_names_the_next_commands_for_this_file(tmp_path):
    path = write(tmp_path / "staging.yaml", {"namespace": "staging"})
    out = tmp_path / "out"
    result = run("--values", str(path), "--outdir", str(out))
    assert result.returncode == 0, result.stderr
    lines = [line.strip() for line in result.stdout.splitlines()]
    assert lines[lines.index("next:") + 1 :] == [
        f"kubectl apply -k {out}/staging/",
        f"python main.py secrets --values {path}   # once; never overwrites",
        "kubectl apply -f secrets/staging/",
        "kubectl -n staging rollout status deployment/certctl-server",
    ]
    assert (
        "secret  certctl-postgres (password): PostgreSQL password (bound once, at initdb); generated by "
        "`main.py secrets`" in lines
    )


def test_the_summary_says_when_the_self_signed_server_certificate_ends(tmp_path):
    """Nothing renews the self-signed certificate (825 days): every synth says when it ends, from
    the file `main.py secrets` wrote, and how to renew it."""
    path = write(tmp_path / "staging.yaml", {})
    renew = (
        f"python main.py secrets --renew-server-cert --values {path}; kubectl apply -f secrets/staging/certctl-tls.yaml"
    )

    def expiry() -> str:
        result = run("--values", str(path), "--outdir", str(tmp_path / "out"), cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        [line] = [line.strip() for line in result.stdout.splitlines() if line.strip().startswith("expiry")]
        return line

    assert (
        expiry()
        == f"expiry  the self-signed server certificate lasts 825 days and nothing renews it; before it ends: {renew}"
    )
    assert run("secrets", "--values", str(path), cwd=tmp_path).returncode == 0
    secret_file = tmp_path / "secrets" / "staging" / "certctl-tls.yaml"
    manifest = yaml.safe_load(secret_file.read_text())
    ends = x509.load_pem_x509_certificate(manifest["stringData"]["tls.crt"].encode()).not_valid_after_utc
    where = "secrets/staging/certctl-tls.yaml"
    assert (
        expiry() == f"expiry  server certificate in {where} ends {ends:%Y-%m-%d} (824 days left); before then: {renew}"
    )

    # Ten days before the end, the line says to renew now.
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "certctl-server")])
    now = datetime.datetime.now(datetime.UTC)
    short = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(1).not_valid_before(now).not_valid_after(now + datetime.timedelta(days=10, hours=1))
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    manifest["stringData"]["tls.crt"] = short.public_bytes(serialization.Encoding.PEM).decode()
    secret_file.write_text(yaml.safe_dump(manifest))
    assert "(10 days left); renew it now: " in expiry()


def test_the_summary_names_the_configmaps_the_operator_creates(tmp_path):
    """A ConfigMap a pod mounts that the environment does not hold keeps the pod waiting: say so."""
    data = {
        "server": {
            "volumes": [{"name": "hooks", "configMap": {"name": "dns-hooks"}}],
            "volumeMounts": [{"name": "hooks", "mountPath": "/hooks", "readOnly": True}],
        },
        "agent": {
            "volumes": [{"name": "extra", "configMap": {"name": "maybe", "optional": True}}],
            "volumeMounts": [{"name": "extra", "mountPath": "/extra"}],
        },
    }
    path = write(tmp_path / "ops.yaml", data)
    result = run("--values", str(path), "--outdir", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    lines = [line.strip() for line in result.stdout.splitlines() if line.strip().startswith("config")]
    assert lines == ["config  dns-hooks: mounted by Deployment/certctl-server; create it yourself"]


@pytest.mark.parametrize(
    "data, key, fragment",
    [
        ({"release": "r" * 63}, "release", f"Job name '{'r' * 63}-configure-"),
        ({"fullnameOverride": "f" * 50}, "fullnameOverride", f"Job name '{'f' * 50}-configure-"),
        ({"fullnameOverride": "f" * 45}, "fullnameOverride", "66 characters, over Kubernetes' limit of 63"),
        ({"release": "9lives"}, "release", "Service name '9lives-certctl-postgres', which must start with a letter"),
    ],
)
def test_names_kubernetes_would_refuse_exit_2_naming_the_key(tmp_path, baseline, data, key, fragment):
    _, out = baseline
    before = snapshot_tree(out)
    bad = write(tmp_path / "long.yaml", data)
    result = run("--values", str(bad), "--outdir", str(out))
    assert result.returncode == 2
    [line] = [line for line in result.stderr.splitlines() if line.startswith(f"{bad}: {key}: ")]
    assert fragment in line
    assert snapshot_tree(out) == before


def test_a_file_that_is_not_utf8_is_a_one_line_error(tmp_path, baseline):
    _, out = baseline
    before = snapshot_tree(out)
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes("namespace: caf\u00e9\n".encode("latin-1"))
    result = run("--values", str(bad), "--outdir", str(out))
    assert result.returncode == 2
    assert result.stderr.splitlines()[0] == f"{bad}: is not UTF-8 text (byte 14 is 0xe9); a values file is UTF-8 YAML"
    assert snapshot_tree(out) == before


@pytest.mark.parametrize(
    "image, key",
    [
        ({"tag": "v2.1.7; rm -rf /"}, "server.image.tag"),
        ({"tag": "-v2"}, "server.image.tag"),
        ({"tag": "v" * 129}, "server.image.tag"),
        ({"repository": "ghcr.io/Certctl/server"}, "server.image.repository"),
        ({"repository": "ghcr.io//server"}, "server.image.repository"),
        ({"repository": "ghcr.io/certctl-io/certctl-server:v2"}, "server.image.repository"),
        ({"repository": "$(evil)"}, "server.image.repository"),
    ],
)
def test_image_references_outside_the_grammar_exit_2(tmp_path, image, key):
    bad = write(tmp_path / "image.yaml", {"server": {"image": image}})
    result = run("--values", str(bad), "--outdir", str(tmp_path / "out"))
    assert result.returncode == 2
    assert any(line.startswith(f"{bad}: {key}: ") for line in result.stderr.splitlines()), result.stderr


@pytest.mark.parametrize(
    "image",
    [
        {"repository": "registry.example.com:5000/team/certctl-server", "tag": "v2.1.7_build.1"},
        {"repository": "localhost/certctl__server", "tag": "V2"},
        {"repository": "[::1]:5000/certctl-server", "tag": "v2.1.7"},
    ],
)
def test_image_references_inside_the_grammar_load(tmp_path, image):
    good = write(tmp_path / "image.yaml", {"server": {"image": image}})
    result = run("--values", str(good), "--outdir", str(tmp_path / "out"), "--quiet")
    assert result.returncode == 0, result.stderr


# --- as an operator runs it: a new interpreter each time --------------------------------------


def test_dist_is_what_a_fresh_synth_writes():
    result = run_process("--check")
    assert result.returncode == 0, result.stderr


def test_two_files_of_one_environment_exit_2_and_write_nothing(tmp_path, baseline):
    _, out = baseline
    before = snapshot_tree(out)
    other = tmp_path / "other"
    other.mkdir()
    twin = write(other / "dev.yaml", {})
    dev = str(ROOT / "environments" / "dev.yaml")
    result = run("--values", dev, "--values", dev, "--values", str(twin), "--outdir", str(out))
    assert result.returncode == 2
    assert result.stderr.splitlines()[:2] == [
        f"{dev}: given twice; each values file is one environment",
        f"{twin}: names environment 'dev', as {dev} does (both would write dev/); give each environment its own "
        "file name",
    ]
    assert snapshot_tree(out) == before


def test_bad_values_in_a_subprocess_exit_2_without_a_traceback(tmp_path):
    bad = write(tmp_path / "bad.yaml", {"server": {"replicaz": 2}})
    result = run_process("--values", str(bad), "--outdir", str(tmp_path / "out"))
    assert result.returncode == 2
    assert result.stderr.startswith(f"{bad}: server.replicaz: unknown key; did you mean 'replicas'?")
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()
