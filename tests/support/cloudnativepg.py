"""What the CloudNativePG operator makes from a Cluster that the tests need to stand in for: the
application user's Secret `<cluster>-app`, the CA Secret `<cluster>-ca`, the names its server
certificate covers, and the labels of its pods (CloudNativePG 1.30: pkg/specs, pkg/utils)."""

from __future__ import annotations

from typing import Any

from certctl_k8s.naming import Naming

CA_CERTIFICATE = "-----BEGIN CERTIFICATE-----\nMIIBcnpg-ca\n-----END CERTIFICATE-----\n"
CA_KEY = "-----BEGIN EC PRIVATE KEY-----\nMHcnpg-ca-key\n-----END EC PRIVATE KEY-----\n"


def operator_secrets(naming: Naming, password: str = "operator-made-password") -> list[dict[str, Any]]:
    """`<cluster>-app` (basic-auth, with the connection's parts) and `<cluster>-ca` (the CA's
    certificate and key), as the operator writes them."""
    v, cluster = naming.values, naming.database_cluster
    user, database, host = v.postgresql.auth.username, v.postgresql.auth.database, naming.database_rw
    app = {
        "username": user,
        "password": password,
        "host": host,
        "port": "5432",
        "dbname": database,
        "uri": f"postgresql://{user}:{password}@{host}.{naming.namespace}:5432/{database}",
        "pgpass": f"{host}:5432:{database}:{user}:{password}\n",
    }
    return [
        {
            "apiVersion": "v1",
            "kind": "Secret",
            "type": "kubernetes.io/basic-auth",
            "metadata": {"name": naming.database_app_secret, "labels": {"cnpg.io/cluster": cluster}},
            "stringData": app,
        },
        {
            "apiVersion": "v1",
            "kind": "Secret",
            "metadata": {"name": naming.database_ca_secret, "labels": {"cnpg.io/cluster": cluster}},
            "stringData": {"ca.crt": CA_CERTIFICATE, "ca.key": CA_KEY},
        },
    ]


def server_certificate_names(naming: Naming) -> list[str]:
    """The DNS names of the instances' server certificate for the `-rw` Service (each Service
    of the Cluster adds the same four forms of its own name)."""
    rw, ns = naming.database_rw, naming.namespace
    return [rw, f"{rw}.{ns}", f"{rw}.{ns}.svc", f"{rw}.{ns}.svc.{naming.values.cluster_domain}"]


def instance_labels(naming: Naming, serial: int = 1) -> dict[str, str]:
    """An instance pod's labels."""
    cluster = naming.database_cluster
    return {
        "cnpg.io/cluster": cluster,
        "cnpg.io/instanceName": f"{cluster}-{serial}",
        "cnpg.io/podRole": "instance",
        "cnpg.io/instanceRole": "primary" if serial == 1 else "replica",
        "role": "primary" if serial == 1 else "replica",
        "app.kubernetes.io/name": "postgresql",
        "app.kubernetes.io/instance": cluster,
        "app.kubernetes.io/component": "database",
        "app.kubernetes.io/managed-by": "cloudnative-pg",
    }


def job_labels(naming: Naming, role: str, serial: int = 1) -> dict[str, str]:
    """The labels of a pod of the operator's Jobs (role `initdb`, `import`, `join`, ...)."""
    cluster = naming.database_cluster
    return {
        "cnpg.io/cluster": cluster,
        "cnpg.io/instanceName": f"{cluster}-{serial}",
        "cnpg.io/jobRole": role,
        "app.kubernetes.io/name": "postgresql",
        "app.kubernetes.io/instance": cluster,
        "app.kubernetes.io/component": "database",
        "app.kubernetes.io/managed-by": "cloudnative-pg",
    }
