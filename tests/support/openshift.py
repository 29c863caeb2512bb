"""What OpenShift does to this project's objects that a plain cluster does not, for the pod
harness: the restricted-v2 SCC's admission of a pod, and the service CA operator's certificate
and CA bundle.

restricted-v2 (OpenShift 4.11+): runAsUser MustRunAsRange, fsGroup MustRunAs, supplementalGroups
RunAsAny, seLinuxContext MustRunAs. Each namespace gets a block of 10000 ids from
1000000000-1999999999 (annotations `openshift.io/sa.scc.uid-range` and
`openshift.io/sa.scc.supplemental-groups`, e.g. `1000650000/10000`). A pod that sets no user gets
the block's first id as runAsUser, and its first supplemental group as fsGroup; runAsGroup stays
unset, so the process's group is 0 (the runtime's default for a user the image's /etc/passwd does
not list). The kubelet then lists the primary group, the fsGroup and supplementalGroups as the
process's groups, and makes volumes group-owned by the fsGroup as on any cluster."""

from __future__ import annotations

import copy
import datetime
import random
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from certctl_k8s.naming import Naming
from certctl_k8s.values import Values

UID_BLOCKS = range(1_000_000_000, 2_000_000_000, 10_000)
ASSIGNED_FIELDS = ("runAsUser", "runAsGroup", "fsGroup")


def namespace_block() -> int:
    """A namespace's first id, as OpenShift allocates blocks: any of them."""
    return random.choice(UID_BLOCKS)


def admit(spec: dict[str, Any], block: int) -> dict[str, Any]:
    """The pod spec as restricted-v2 admits it for a namespace whose block starts at `block`. It
    refuses (here: fails) a pod or container that sets an id outside the block."""
    admitted = copy.deepcopy(spec)
    contexts = [admitted.get("securityContext", {})] + [
        c.get("securityContext", {}) for c in admitted.get("initContainers", []) + admitted["containers"]
    ]
    for context in contexts:
        for field in ASSIGNED_FIELDS:
            value = context.get(field)
            assert value is None or block <= value < block + 10_000, f"restricted-v2 refuses {field} {value}"
    pod = admitted.setdefault("securityContext", {})
    pod.setdefault("runAsUser", block)
    pod.setdefault("fsGroup", block)
    return admitted


def service_ca_hosts(values: Values) -> list[str]:
    """The names the service CA puts in a Service's serving certificate."""
    host = Naming(values).server_host
    return [host, f"{host}.{values.cluster_domain}"]


def service_ca_objects(values: Values) -> list[dict[str, Any]]:
    """The Secret the service CA operator writes for the server Service's serving-cert
    annotation (a certificate for `<service>.<namespace>.svc` and its cluster-domain form), and
    the ConfigMap it injects the CA bundle into."""
    naming = Naming(values)
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "openshift-service-serving-signer@1765000000")])
    ca = _certificate(ca_name, ca_name, ca_key.public_key(), ca_key, now, is_ca=True)
    key = ec.generate_private_key(ec.SECP256R1())
    hosts = service_ca_hosts(values)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hosts[0])])
    # Plus localhost, the name the harness's mock server is reached under (certctl_mock.Replicas).
    cert = _certificate(subject, ca_name, key.public_key(), ca_key, now, hosts=[*hosts, "localhost"])
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()
    ).decode()
    meta = {"namespace": naming.namespace}
    return [
        {
            "apiVersion": "v1",
            "kind": "Secret",
            "type": "kubernetes.io/tls",
            "metadata": {"name": naming.tls_secret, **meta},
            "stringData": {"tls.crt": _pem(cert), "tls.key": key_pem},
        },
        {
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "metadata": {"name": naming.service_ca_config_map, **meta},
            "data": {"service-ca.crt": _pem(ca)},
        },
    ]


def _certificate(
    subject: x509.Name,
    issuer: x509.Name,
    public_key: Any,
    signer: ec.EllipticCurvePrivateKey,
    now: datetime.datetime,
    is_ca: bool = False,
    hosts: list[str] | None = None,
) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=is_ca, path_length=None), critical=True)
    )
    if hosts:
        builder = builder.add_extension(x509.SubjectAlternativeName([x509.DNSName(h) for h in hosts]), critical=False)
    return builder.sign(signer, hashes.SHA256())


def _pem(cert: x509.Certificate) -> str:
    return cert.public_bytes(serialization.Encoding.PEM).decode()
