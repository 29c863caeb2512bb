"""`python main.py secrets`: write the Secrets an environment expects but dist/ leaves out, as
manifests under `secrets/<env>/` (git-ignored), so key material never lands in dist/ or in git.

A file that exists is never overwritten: regenerating a PostgreSQL password, an encryption key or
an issuer CA would break a running installation. Delete a file to have it generated afresh. The
self-signed server CA's key is kept in `secrets/<env>/ca/` (not applied to the cluster), so
`--renew-server-cert` can issue a new server certificate under the same CA.

With `--external`, an environment whose ExternalSecrets read a store (externalSecrets) gets the
entries to put there instead, under `secrets/<env>/external/`: one JSON object per remote key,
its properties the Secret's keys, made by the same generators. A Secret file an earlier run wrote
lends its values, so moving to the store changes nothing the cluster runs on."""

from __future__ import annotations

import argparse
import contextlib
import datetime
import ipaddress
import json
import os
import secrets
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from . import inputs
from .credentials import API_KEY, AUTH_SECRET, ENCRYPTION_KEY, Credentials, ExpectedSecret
from .naming import Naming
from .values import Values
from .yaml_text import to_yaml

CA_DAYS = 3650
SERVER_DAYS = 825  # the longest validity clients such as macOS accept for a server certificate
OUT = Path("secrets")  # where the Secrets go, below the folder main.py runs in
CLOCK_SKEW = datetime.timedelta(minutes=5)  # backdate notBefore so a node a little behind accepts it

Material = Callable[[ExpectedSecret, Naming], dict[str, str]]
EXTERNAL = "external"  # OUT/<env>/external/: the store's entries, for --external


# One function per kind of material: each returns the Secret's stringData.
def api_key(secret: ExpectedSecret, naming: Naming) -> dict[str, str]:
    """One named API key: 43 URL-safe characters (no ',' or ':', which certctl's key list
    separates on)."""
    return {API_KEY: secrets.token_urlsafe(32)}


def auth_secret(secret: ExpectedSecret, naming: Naming) -> dict[str, str]:
    """CERTCTL_AUTH_SECRET: certctl requires a value, and named keys make it authenticate nothing;
    random, so it is no usable key should that ever change."""
    return {AUTH_SECRET: secrets.token_urlsafe(32)}


def postgres_password(secret: ExpectedSecret, naming: Naming) -> dict[str, str]:
    """Under the key the values name (postgresql.auth.passwordKey, `password` by default)."""
    return {secret.keys[0]: secrets.token_urlsafe(32)}


def encryption_key(secret: ExpectedSecret, naming: Naming) -> dict[str, str]:
    return {ENCRYPTION_KEY: secrets.token_urlsafe(48)}


CA = tuple[ec.EllipticCurvePrivateKey, x509.Certificate]


def server_tls(secret: ExpectedSecret, naming: Naming, ca: CA | None = None) -> dict[str, str]:
    """A server certificate for every in-cluster name of the server Service, signed by `ca` (the
    environment's kept CA; a new one when None), whose certificate agents trust (`ca.crt`, or the
    key server.tls.caKey names)."""
    ca_key, ca_cert = ca or server_ca(naming)
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.UTC)
    names: list[x509.GeneralName] = [x509.DNSName(host) for host in naming.certificate_hosts()]
    names += [x509.IPAddress(ipaddress.ip_address(ip)) for ip in ("127.0.0.1", "::1")]
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(naming.server))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - CLOCK_SKEW)
        .not_valid_after(now + datetime.timedelta(days=SERVER_DAYS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(digital_signature=True), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    # The CA under the key agents trust; with server.tls.caKey `tls.crt` they pin the certificate.
    return {
        naming.values.server.tls.trust_key: _cert_pem(ca_cert),
        "tls.crt": _cert_pem(cert),
        "tls.key": _key_pem(key),
    }


def server_ca(naming: Naming) -> CA:
    return _ca(f"{naming.fullname}-server CA")


def issuer_ca(secret: ExpectedSecret, naming: Naming) -> dict[str, str]:
    """The CA certctl's local issuer signs with; kept in a Secret so issued chains survive restarts."""
    key, cert = _ca(f"{naming.fullname} local issuer CA")
    return {"ca.crt": _cert_pem(cert), "ca.key": _key_pem(key)}


MATERIAL: dict[str, Material] = {
    "api-key": api_key,
    "auth-secret": auth_secret,
    "postgres-password": postgres_password,
    "encryption-key": encryption_key,
    "server-tls": server_tls,
    "issuer-ca": issuer_ca,
}


def _ca(common_name: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(_name(common_name))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - CLOCK_SKEW)
        .not_valid_after(now + datetime.timedelta(days=CA_DAYS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(key_cert_sign=True, crl_sign=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name[:64])])


def _key_usage(digital_signature: bool = False, key_cert_sign: bool = False, crl_sign: bool = False) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=digital_signature,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=key_cert_sign,
        crl_sign=crl_sign,
        encipher_only=False,
        decipher_only=False,
    )


def _cert_pem(cert: x509.Certificate) -> str:
    return cert.public_bytes(serialization.Encoding.PEM).decode()


def _key_pem(key: ec.EllipticCurvePrivateKey) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


def material(secret: ExpectedSecret, naming: Naming, ca: CA | None = None) -> dict[str, str]:
    """Fresh material for one generated ExpectedSecret, key by key (the server certificate signed
    by `ca`)."""
    assert secret.generated is not None
    if secret.generated == "server-tls":
        return server_tls(secret, naming, ca)
    return MATERIAL[secret.generated](secret, naming)


def secret_manifest(secret: ExpectedSecret, naming: Naming, ca: CA | None = None) -> dict[str, Any]:
    """The v1 Secret for one generated ExpectedSecret, with fresh material."""
    return _secret(secret.name, naming, secret.type, material(secret, naming, ca))


def _secret(name: str, naming: Naming, kind: str, data: dict[str, str]) -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": {"name": name, "namespace": naming.namespace, "labels": naming.labels()},
        "type": kind,
        "stringData": data,
    }


def _ca_file(folder: Path, naming: Naming) -> Path:
    """The self-signed server CA's key pair: under ca/, so `kubectl apply -f secrets/<env>/` does
    not send it to the cluster; it only signs the server certificate, here."""
    return folder / "ca" / f"{naming.server_ca_secret}.yaml"


def kept_ca(folder: Path, naming: Naming) -> CA | None:
    path = _ca_file(folder, naming)
    if not path.exists():
        return None
    data = yaml.safe_load(path.read_text())["stringData"]
    key = serialization.load_pem_private_key(data["ca.key"].encode(), password=None)
    assert isinstance(key, ec.EllipticCurvePrivateKey), f"{path}: ca.key is not an EC key"
    return key, x509.load_pem_x509_certificate(data["ca.crt"].encode())


def keep_ca(folder: Path, naming: Naming) -> CA:
    """The environment's server CA: the kept one, else a new one, written first (never over
    another) so every later certificate can be signed by the same CA."""
    found = kept_ca(folder, naming)
    if found:
        return found
    key, cert = server_ca(naming)
    path = _ca_file(folder, naming)
    _mkdir_private(path.parent)
    text = to_yaml(
        _secret(naming.server_ca_secret, naming, "Opaque", {"ca.crt": _cert_pem(cert), "ca.key": _key_pem(key)})
    )
    if not _write_new(path, text):
        found = kept_ca(folder, naming)  # written meanwhile by a concurrent run
        assert found
        return found
    print(f"wrote {path} (the CA key: keep it, do not apply it)")
    return key, cert


def _mkdir_private(folder: Path) -> None:
    """Create `folder` and missing parents as 0700; existing folders are left as they are."""
    if folder.is_dir():
        return
    _mkdir_private(folder.parent)
    with contextlib.suppress(FileExistsError):  # made meanwhile by a concurrent run
        folder.mkdir(mode=0o700)


def _write_new(path: Path, text: str) -> bool:
    """Create `path` as 0600 with `text`; False (and nothing written) when it already exists.
    O_EXCL makes the check and the creation one step, so a concurrent run cannot be overwritten."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return False
    with os.fdopen(fd, "w") as file:
        file.write(text)
    return True


@dataclass(frozen=True)
class Output:
    """How a run writes each generated Secret: as a Secret manifest to apply (OUT/<env>/<name>.yaml),
    or, with --external, as the entry an ExternalSecret reads from the store
    (OUT/<env>/external/<name>.json: the properties of remote key <remoteKeyPrefix>/<name>)."""

    external: bool

    def path(self, folder: Path, secret: ExpectedSecret) -> Path:
        if self.external:
            return folder / EXTERNAL / f"{secret.name}.json"
        return folder / f"{secret.name}.yaml"

    def text(self, secret: ExpectedSecret, naming: Naming, data: dict[str, str]) -> str:
        if self.external:
            return json.dumps(data, indent=2) + "\n"
        return to_yaml(_secret(secret.name, naming, secret.type, data))

    def next_step(self, path: Path, secret: ExpectedSecret, naming: Naming) -> str:
        if self.external:
            return f"put it in the store as {naming.remote_key(secret.name)} (properties {', '.join(secret.keys)})"
        return f"apply it with kubectl apply -f {path}"


MANIFESTS, ENTRIES = Output(external=False), Output(external=True)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py secrets", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    inputs.add_values_option(
        parser,
        "an environment's values file (repeatable; default: every environments/*.yaml); "
        "its Secrets go into OUT/<file stem>/",
    )
    parser.add_argument("--out", type=Path, default=OUT, metavar="DIR", help="output folder (default: secrets)")
    parser.add_argument(
        "--external",
        action="store_true",
        help="for environments with externalSecrets: write the store's entries instead of Secrets, one JSON "
        "object of properties per remote key, as OUT/<env>/external/<secret name>.json; a Secret file an "
        "earlier run wrote keeps its values",
    )
    parser.add_argument(
        "--renew-server-cert",
        action="store_true",
        help="replace the self-signed server certificate with a new one signed by the same kept CA "
        "(OUT/<env>/ca/), so agents keep trusting the server",
    )
    return parser


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    loaded, problems = inputs.load(inputs.values_files(args.values))
    if problems:
        return inputs.invalid(problems)
    output = ENTRIES if args.external else MANIFESTS
    chosen, problems = _environments_for(output, loaded, named=args.values is not None)
    dist = Path("dist").resolve()
    if dist in (args.out.resolve(), *args.out.resolve().parents):
        problems.append(f"--out {args.out}: is inside dist/, which is committed; secret material never goes there")
    if problems:
        return inputs.invalid(problems)
    environments = [(path.stem, Naming(values)) for path, values in chosen]
    if args.renew_server_cert:
        return _renew(environments, args.out, output)
    problems = [line for env, naming in environments for line in _generate(naming, args.out / env, output)]
    for line in problems:
        print(f"error: {line}", file=sys.stderr)
    return inputs.EXIT_INVALID if problems else 0


def _environments_for(
    output: Output, loaded: list[tuple[Path, Values]], named: bool
) -> tuple[list[tuple[Path, Values]], list[str]]:
    """The environments `output` suits: with --external those whose ExternalSecrets read a store,
    without it the others. A file given with --values that does not suit is a problem; among all
    of environments/*.yaml, it is skipped with a note."""
    chosen, problems = [], []
    for path, values in loaded:
        if values.external_secrets.enabled == output.external:
            chosen.append((path, values))
            continue
        why = (
            "is false, so no ExternalSecret reads a store; leave out --external for Secret files"
            if output.external
            else "is true, so the External Secrets Operator makes the Secrets from the store; "
            "`main.py secrets --external` writes the entries to put there"
        )
        if named:
            problems.append(f"{path}: externalSecrets.enabled: {why}")
        else:
            print(f"skipped {path}: externalSecrets.enabled {why}")
    if not chosen and not problems:
        problems.append("no environment enables externalSecrets; give --values FILE of one that does")
    return chosen, problems


def _applied(folder: Path, secret: ExpectedSecret) -> dict[str, str] | None:
    """The values of the Secret file an earlier run wrote, which the cluster may be running on."""
    path = MANIFESTS.path(folder, secret)
    if not path.exists():
        return None
    data: dict[str, str] = yaml.safe_load(path.read_text())["stringData"]
    return data


def _generate(naming: Naming, folder: Path, output: Output) -> list[str]:
    """Write every missing Secret (or store entry) of one environment into `folder`; the
    problems that left one unwritten."""
    problems = []
    for secret in Credentials(naming).expected:
        if secret.made_by:
            print(f"made by {secret.made_by}: {secret.name} (keys {', '.join(secret.keys)}): {secret.purpose}")
            continue
        if secret.generated is None:
            print(f"create yourself: {secret.name} (keys {', '.join(secret.keys)}): {secret.purpose}")
            continue
        path = output.path(folder, secret)
        if path.exists():
            print(f"kept {path} (exists)")
            continue
        _mkdir_private(path.parent)
        # Moving to a store keeps what the cluster runs on: a new database password or encryption
        # key would lock the server out of its data.
        data = _applied(folder, secret) if output.external else None
        applied = MANIFESTS.path(folder, secret)
        if data is not None and set(data) != set(secret.keys):
            problems.append(
                f"{path}: not written: {applied} holds the keys {', '.join(data)}, but the ExternalSecret reads "
                f"{', '.join(secret.keys)}; write the entry from the Secret the cluster holds"
            )
            continue
        origin = f" (the values of {applied})" if data is not None else ""
        if data is None:
            ca = keep_ca(folder, naming) if secret.generated == "server-tls" else None
            data = material(secret, naming, ca)
        if not _write_new(path, output.text(secret, naming, data)):
            print(f"kept {path} (exists)")
            continue
        print(f"wrote {path}{origin}" + (f": {output.next_step(path, secret, naming)}" if output.external else ""))
    if not output.external:
        _backend_ca(naming, folder)
    return problems


def _write_once(path: Path, text: Callable[[], str]) -> None:
    """Write `path` (in a private folder) unless it exists; `text` is made only when it is written."""
    if path.exists():
        print(f"kept {path} (exists)")
        return
    _mkdir_private(path.parent)
    print(f"wrote {path}" if _write_new(path, text()) else f"kept {path} (exists)")


def backend_ca_manifest(naming: Naming, name: str, ca_pem: str) -> dict[str, Any]:
    """The ConfigMap a re-encrypting gateway verifies the server with (`ca.crt`)."""
    return {
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": {"name": name, "namespace": naming.namespace, "labels": naming.labels("server")},
        "data": {"ca.crt": ca_pem},
    }


def _backend_ca(naming: Naming, folder: Path) -> None:
    """The gateway's CA ConfigMap for the self-signed server certificate: the CA its Secret file
    holds, the one the agents trust too (a new CA would not have signed that certificate)."""
    found = Credentials(naming).backend_ca()
    if found is None:
        return
    name, generated = found
    if not generated:
        print(f"create yourself: ConfigMap {name} (key ca.crt): the CA the gateway verifies the server with")
        return
    tls = yaml.safe_load((folder / f"{naming.tls_secret}.yaml").read_text())["stringData"]
    ca_pem = tls[naming.values.server.tls.trust_key]
    _write_once(folder / f"{name}.yaml", lambda: to_yaml(backend_ca_manifest(naming, name, ca_pem)))


def _renew(environments: list[tuple[str, Naming]], out: Path, output: Output) -> int:
    """Replace each self-signed server certificate with a new one from the same kept CA: the
    agents' trust (ca.crt) does not change, so none of them loses the server."""
    problems = []
    for env, naming in environments:
        secret = next((s for s in Credentials(naming).expected if s.generated == "server-tls"), None)
        if secret is None:
            continue
        folder = out / env
        path = output.path(folder, secret)
        ca = kept_ca(folder, naming)
        if ca is None:
            problems.append(
                f"{env}: no kept CA at {_ca_file(folder, naming)}: its key was never kept (made by an "
                f"older version?); delete {path} and run `main.py secrets{' --external' * output.external}` "
                "for a new CA (the agents restart themselves when the CA they trust changes)"
            )
            continue
        _mkdir_private(path.parent)
        staged = path.with_name(f".{path.name}.new")
        staged.unlink(missing_ok=True)
        _write_new(staged, output.text(secret, naming, material(secret, naming, ca)))
        staged.replace(path)  # whole, at once: never a file with half the pair
        print(f"renewed {path} (same CA); {output.next_step(path, secret, naming)}")
    for line in problems:
        print(f"error: {line}", file=sys.stderr)
    return inputs.EXIT_INVALID if problems else 0
