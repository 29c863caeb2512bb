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
import random
import tempfile
from pathlib import Path
from typing import Any

from certctl_k8s.naming import Naming
from certctl_k8s.values import Values

from .certctl_mock import make_pki

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
    annotation (a certificate for `<service>.<namespace>.svc` and its cluster-domain form, plus
    localhost, the name the harness's mock server is reached under), and the ConfigMap it
    injects the CA bundle into."""
    naming = Naming(values)
    with tempfile.TemporaryDirectory() as folder:
        pki = make_pki(Path(folder), tuple(service_ca_hosts(values)))
        cert, key, ca = (path.read_text() for path in (pki.server_cert, pki.server_key, pki.ca_cert))
    meta = {"namespace": naming.namespace}
    return [
        {
            "apiVersion": "v1",
            "kind": "Secret",
            "type": "kubernetes.io/tls",
            "metadata": {"name": naming.tls_secret, **meta},
            "stringData": {"tls.crt": cert, "tls.key": key},
        },
        {
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "metadata": {"name": naming.service_ca_config_map, **meta},
            "data": {"service-ca.crt": ca},
        },
    ]
