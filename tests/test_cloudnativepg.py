"""postgresql.cloudNativePG: a CloudNativePG Cluster in place of the StatefulSet. What the cluster
receives (the Cluster, ObjectStore, ScheduledBackup and PodMonitor, each valid against its CRD),
what the values refuse and why, how the server connects (as the operator's Secrets resolve in its
pod), which flows the NetworkPolicies let through, and the configuration that imports the
StatefulSet's database (the import itself is drilled in tests/scripts/test_cloudnativepg_import.py)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import jsonschema
import pytest
import yaml
from test_cli import write

from certctl_k8s import secrets_cli
from certctl_k8s.components.context import Context
from certctl_k8s.credentials import Credentials
from certctl_k8s.naming import Naming, name_problems
from certctl_k8s.summary import summarize
from certctl_k8s.synth import Environment
from certctl_k8s.values import Values, load_values
from conftest import ROOT, environment_values, environments_where, find, render_values, rendered_env, values_problems
from tests.support import harness
from tests.support.cloudnativepg import (
    CA_CERTIFICATE,
    instance_labels,
    job_labels,
    operator_secrets,
    server_certificate_names,
)
from tests.support.deployment import Deployment
from tests.support.netpol import Address, Pod, allows
from tests.support.validation import crd_schema, validate

CNPG_KINDS = ("Cluster", "ObjectStore", "ScheduledBackup", "PodMonitor")
MINIMAL = {"postgresql": {"cloudNativePG": {"enabled": True}}}
STORE = {"destinationPath": "s3://certctl-wal/prod", "s3Credentials": {"secretName": "certctl-db-backup"}}
# The StatefulSet's PostgreSQL major (postgres:16-alpine), which the Cluster keeps while importing.
PG16 = "ghcr.io/cloudnative-pg/postgresql:16.11-system-trixie"
FULL = {
    "customLabels": {"team": "platform"},
    "postgresql": {
        "cloudNativePG": {
            "enabled": True,
            "instances": 5,
            "imageName": "ghcr.io/cloudnative-pg/postgresql:17.6-system-trixie",
            "storage": {"size": "50Gi", "storageClass": "fast-ssd"},
            "walStorage": {"enabled": True, "size": "8Gi", "storageClass": "fast-ssd"},
            "resources": {"requests": {"cpu": "1", "memory": "2Gi"}, "limits": {"cpu": "2", "memory": "4Gi"}},
            "parameters": {"max_connections": 300, "shared_buffers": "512MB", "log_min_duration_statement": 250},
            "affinity": {"podAntiAffinityType": "required", "topologyKey": "topology.kubernetes.io/zone"},
            "serviceAccountAnnotations": {"example.com/role": "db"},
            "backup": {
                "objectStore": {**STORE, "endpointURL": "https://minio.storage.svc:9000", "compression": "snappy"},
                "schedule": "0 30 1 * * 0",
                "retentionPolicy": "8w",
                "target": "primary",
            },
            "monitoring": {"podMonitor": {"enabled": True, "interval": "15s", "labels": {"release": "prometheus"}}},
            "operator": {"namespace": "postgres-operator", "podLabels": {"app.kubernetes.io/instance": "cnpg-prod"}},
        }
    },
    "networkPolicy": {"monitoringNamespace": "monitoring", "kubernetesApiCidrs": ["10.0.0.1/32"]},
}
IMPORT = {
    "postgresql": {
        "auth": {"existingSecret": "certctl-postgres-old", "passwordKey": "pw"},
        "service": {"port": 6432},
        "cloudNativePG": {"enabled": True, "imageName": PG16, "import": {"enabled": True}},
    }
}


@pytest.fixture(scope="module")
def minimal(tmp_path_factory):
    return render_values(tmp_path_factory.mktemp("minimal"), MINIMAL)


@pytest.fixture(scope="module")
def full(tmp_path_factory):
    return render_values(tmp_path_factory.mktemp("full"), FULL)


@pytest.fixture(scope="module")
def importing(tmp_path_factory):
    return render_values(tmp_path_factory.mktemp("import"), IMPORT)


def values_of(data: dict[str, Any]) -> Values:
    return Values.model_validate(data)


def kinds(rendered) -> set[str]:
    return {m["kind"] for m in rendered.manifests}


# --- the objects -------------------------------------------------------------------------------


def test_off_by_default():
    for name in environments_where(lambda values: not values.postgresql.cluster):
        assert not kinds(rendered_env(name)) & {*CNPG_KINDS[:3]}, name


def test_the_cluster_replaces_the_statefulset(minimal):
    assert not [m for m in minimal.manifests if m["kind"] in ("StatefulSet", "CronJob")]
    assert not [m for m in minimal.manifests if m["metadata"]["name"] == "certctl-postgres"]
    cluster = find(minimal, "Cluster", "certctl-db")
    assert cluster["apiVersion"] == "postgresql.cnpg.io/v1"
    spec = cluster["spec"]
    # Three instances (the CRD's own default is one), the application database and its owner,
    # no superuser access, the operator's disruption budgets and anti-affinity.
    assert spec["instances"] == 3
    assert spec["bootstrap"] == {"initdb": {"database": "certctl", "owner": "certctl"}}
    assert spec["enableSuperuserAccess"] is False
    assert spec["enablePDB"] is True
    assert spec["affinity"] == {
        "enablePodAntiAffinity": True,
        "podAntiAffinityType": "preferred",
        "topologyKey": "kubernetes.io/hostname",
    }
    assert spec["storage"] == {"size": "10Gi"}
    for absent in ("plugins", "externalClusters", "walStorage", "imageName"):
        assert absent not in spec
    # No parameters set: only max_connections, raised to the servers' budget, 2 x 50 + 5.
    assert spec["postgresql"] == {"parameters": {"max_connections": "105"}}
    assert kinds(minimal) & set(CNPG_KINDS) == {"Cluster"}
    # The operator deletes the instances' volumes with the Cluster: GitOps never prunes it.
    assert cluster["metadata"]["annotations"] == {
        "argocd.argoproj.io/sync-options": "Prune=false,Delete=false",
        "kustomize.toolkit.fluxcd.io/prune": "disabled",
    }


def test_every_key_reaches_the_cluster(full):
    spec = find(full, "Cluster", "certctl-db")["spec"]
    assert spec["instances"] == 5
    assert spec["imageName"] == "ghcr.io/cloudnative-pg/postgresql:17.6-system-trixie"
    assert spec["storage"] == {"size": "50Gi", "storageClass": "fast-ssd"}
    assert spec["walStorage"] == {"size": "8Gi", "storageClass": "fast-ssd"}
    assert spec["resources"] == {"requests": {"cpu": "1", "memory": "2Gi"}, "limits": {"cpu": "2", "memory": "4Gi"}}
    # PostgreSQL's settings are strings in the Cluster.
    assert spec["postgresql"]["parameters"] == {
        "max_connections": "300",
        "shared_buffers": "512MB",
        "log_min_duration_statement": "250",
    }
    assert spec["affinity"]["podAntiAffinityType"] == "required"
    assert spec["affinity"]["topologyKey"] == "topology.kubernetes.io/zone"
    assert spec["serviceAccountTemplate"] == {"metadata": {"annotations": {"example.com/role": "db"}}}
    assert spec["inheritedMetadata"] == {"labels": {"team": "platform"}}


def test_the_object_store_archives_wal_and_takes_scheduled_backups(full):
    cluster = find(full, "Cluster", "certctl-db")
    store = find(full, "ObjectStore")
    backup = find(full, "ScheduledBackup")
    # WAL archiving through the Barman Cloud plugin, into the ObjectStore the synth writes.
    assert cluster["spec"]["plugins"] == [
        {
            "name": "barman-cloud.cloudnative-pg.io",
            "isWALArchiver": True,
            "parameters": {"barmanObjectName": store["metadata"]["name"]},
        }
    ]
    assert store["apiVersion"] == "barmancloud.cnpg.io/v1"
    assert store["spec"]["configuration"] == {
        "destinationPath": "s3://certctl-wal/prod",
        "endpointURL": "https://minio.storage.svc:9000",
        "s3Credentials": {
            "accessKeyId": {"name": "certctl-db-backup", "key": "ACCESS_KEY_ID"},
            "secretAccessKey": {"name": "certctl-db-backup", "key": "ACCESS_SECRET_KEY"},
        },
        "wal": {"compression": "snappy"},
        "data": {"compression": "snappy"},
    }
    assert store["spec"]["retentionPolicy"] == "8w"
    sidecar = store["spec"]["instanceSidecarConfiguration"]["resources"]
    assert set(sidecar) == {"requests", "limits"}
    assert backup["spec"] == {
        "cluster": {"name": cluster["metadata"]["name"]},
        "schedule": "0 30 1 * * 0",
        "method": "plugin",
        "pluginConfiguration": {"name": "barman-cloud.cloudnative-pg.io"},
        "immediate": True,
        "target": "primary",
        "backupOwnerReference": "self",
    }


def test_a_cloud_role_replaces_the_bucket_keys(tmp_path):
    data = {
        "postgresql": {
            "cloudNativePG": {
                "enabled": True,
                "serviceAccountAnnotations": {"eks.amazonaws.com/role-arn": "arn:aws:iam::1:role/wal"},
                "backup": {
                    "objectStore": {"destinationPath": "s3://wal-1", "s3Credentials": {"inheritFromIAMRole": True}}
                },
            }
        }
    }
    rendered = render_values(tmp_path, data)
    assert find(rendered, "ObjectStore")["spec"]["configuration"]["s3Credentials"] == {"inheritFromIAMRole": True}
    expected = {s.name for s in Credentials(Naming(values_of(data))).expected}
    assert "certctl-db-backup" not in expected and "certctl-db-app" in expected


def test_the_pod_monitor_scrapes_each_instances_metrics_port(full):
    monitor = find(full, "PodMonitor", "certctl-db")
    assert monitor["metadata"]["labels"]["release"] == "prometheus"
    assert monitor["spec"]["namespaceSelector"] == {"matchNames": ["certctl"]}
    # The instances, not the operator's Jobs, and their container port `metrics` (9187).
    selector = monitor["spec"]["selector"]["matchLabels"]
    naming = Naming(values_of(FULL))
    assert selector.items() <= instance_labels(naming).items()
    assert not selector.items() <= job_labels(naming, "import").items()
    assert monitor["spec"]["podMetricsEndpoints"] == [{"port": "metrics", "interval": "15s"}]


@pytest.mark.parametrize("variant", ["minimal", "full", "importing"])
def test_every_object_validates_and_every_cloudnativepg_object_against_its_crd(variant, request):
    """(The environments are validated by test_schema.py, through the same function.)"""
    rendered = request.getfixturevalue(variant)
    for manifest in rendered.manifests:
        validate(manifest)
        if manifest["kind"] in CNPG_KINDS:
            assert crd_schema(manifest) is not None, manifest["kind"]


def test_the_crd_refuses_what_the_operator_would(minimal):
    cluster = find(minimal, "Cluster")
    with pytest.raises(jsonschema.ValidationError, match="minimum"):
        validate({**cluster, "spec": {**cluster["spec"], "instances": 0}})


def test_the_cluster_name_keeps_to_the_operators_limits():
    """CloudNativePG refuses a Cluster name over 50 characters, or not a DNS-1035 label (it
    prefixes the Services). (The configure Job's name, 21 characters longer, reaches its own
    limit first, so a synth reports that one.)"""
    values = values_of({"fullnameOverride": "c" * 48, **MINIMAL})
    cluster = {"kind": "Cluster", "metadata": {"name": "c" * 48 + "-db"}}
    [(key, message)] = name_problems(values, [cluster])
    assert key == "fullnameOverride" and message.startswith(f"gives the Cluster name '{'c' * 48}-db', 51 characters")
    [(_, message)] = name_problems(values, [{"kind": "Cluster", "metadata": {"name": "9lives-db"}}])
    assert message == "gives the Cluster name '9lives-db', which must start with a letter (a DNS-1035 label)"


# --- what the values refuse --------------------------------------------------------------------

CNPG = "postgresql.cloudNativePG"


def cnpg(**keys: Any) -> dict[str, Any]:
    return {"postgresql": {"cloudNativePG": {"enabled": True, **keys}}}


@pytest.mark.parametrize(
    "data, key, fragment",
    [
        (cnpg(instances=1), f"{CNPG}.instances", "would block every node drain"),
        (cnpg(backup={"schedule": "0 2 * * *"}), f"{CNPG}.backup.schedule", "write '0 0 2 * * *'"),
        (cnpg(backup={"schedule": "0 0 2 * * * *"}), f"{CNPG}.backup.schedule", "has 7 fields"),
        (cnpg(backup={"schedule": "60 0 2 * * *"}), f"{CNPG}.backup.schedule", "second field is outside 0-59"),
        (cnpg(backup={"schedule": "0 0 24 * * *"}), f"{CNPG}.backup.schedule", "hour field is outside 0-23"),
        (cnpg(backup={"schedule": "@fortnightly"}), f"{CNPG}.backup.schedule", "is not a descriptor"),
        (cnpg(backup={"schedule": "@every 0s"}), f"{CNPG}.backup.schedule", "at least 1s"),
        (cnpg(backup={"retentionPolicy": "30"}), f"{CNPG}.backup.retentionPolicy", "<n>d, <n>w or <n>m"),
        (
            cnpg(backup={"objectStore": {"destinationPath": "gs://wal/prod"}}),
            f"{CNPG}.backup.objectStore.destinationPath",
            "only S3",
        ),
        (
            cnpg(backup={"objectStore": {"destinationPath": "s3://Wal/prod"}}),
            f"{CNPG}.backup.objectStore.destinationPath",
            "not an S3 bucket name",
        ),
        (
            cnpg(backup={"objectStore": {"destinationPath": "s3://wal-1"}}),
            f"{CNPG}.backup.objectStore.s3Credentials.secretName",
            "is required for an object store",
        ),
        (
            cnpg(backup={"objectStore": {**STORE, "s3Credentials": {"secretName": "s", "inheritFromIAMRole": True}}}),
            f"{CNPG}.backup.objectStore.s3Credentials.inheritFromIAMRole",
            "not both",
        ),
        (
            cnpg(backup={"objectStore": {**STORE, "endpointURL": "minio:9000"}}),
            f"{CNPG}.backup.objectStore.endpointURL",
            "not an http:// or https:// URL",
        ),
        (cnpg(parameters={"ssl": "off"}), f"{CNPG}.parameters.ssl", "set by the CloudNativePG operator"),
        (cnpg(parameters={"max_connections": "lots"}), f"{CNPG}.parameters.max_connections", "whole number"),
        (cnpg(enablePdb=False), f"{CNPG}.enablePdb", "did you mean 'enablePDB'?"),
        (
            {"postgresql": {"enabled": False, "cloudNativePG": {"enabled": True}}},
            f"{CNPG}.enabled",
            "needs postgresql.enabled: true",
        ),
        ({**cnpg(), "backup": {"enabled": True}}, "backup.enabled", "the operator's WAL archiving and base backups"),
        (
            {"postgresql": {"tls": {"mode": "require"}, "cloudNativePG": {"enabled": True}}},
            "postgresql.tls.mode",
            "verify-full",
        ),
        ({"postgresql": {"cloudNativePG": {"import": {"enabled": True}}}}, f"{CNPG}.import.enabled", "set"),
        (
            cnpg(monitoring={"podMonitor": {"enabled": True}}),
            "networkPolicy.monitoringNamespace",
            "metrics port (9187)",
        ),
        (
            {**cnpg(), "networkPolicy": {"egressCidrs": []}},
            "networkPolicy.kubernetesApiCidrs",
            "calls the Kubernetes API",
        ),
        (
            cnpg(imageName="ghcr.io/cloudnative-pg/postgresql:15.8", **{"import": {"enabled": True}}),
            f"{CNPG}.imageName",
            "PostgreSQL 15 is not the StatefulSet's PostgreSQL 16 (postgresql.image.tag 16-alpine)",
        ),
        (
            cnpg(imageName="ghcr.io/cloudnative-pg/postgresql:18.4-system-trixie", **{"import": {"enabled": True}}),
            f"{CNPG}.imageName",
            "a newer one's dumps cannot be restored into it in a rollback",
        ),
        (
            cnpg(imageName="registry.example/postgresql@sha256:" + "a" * 64, **{"import": {"enabled": True}}),
            f"{CNPG}.imageName",
            "an image whose tag names no PostgreSQL major is not the StatefulSet's PostgreSQL 16",
        ),
        (
            cnpg(**{"import": {"enabled": True}}),
            f"{CNPG}.imageName",
            "is required while postgresql.cloudNativePG.import is on: the operator's default is PostgreSQL 18",
        ),
    ],
)
def test_wrong_combinations_name_the_key_and_what_is_allowed(tmp_path, data, key, fragment):
    [line] = values_problems(tmp_path, data)
    assert line.startswith(f"{key}: ") and fragment in line, line


@pytest.mark.parametrize(
    "schedule", ["0 0 2 * * *", "30 15 */6 * * MON-FRI", "0 0 3 1 JAN,JUL ?", "@daily", "@every 6h"]
)
def test_schedules_in_the_operators_format_load(schedule):
    assert values_of(cnpg(backup={"schedule": schedule})).postgresql.cloud_native_pg.backup.schedule == schedule


def test_a_single_instance_needs_the_budget_off():
    """One instance is a valid (if not highly available) Cluster once its budget cannot block drains."""
    assert values_of(cnpg(instances=1, enablePDB=False)).postgresql.cloud_native_pg.instances == 1


@pytest.mark.parametrize(
    ("data", "parameters"),
    [
        # Unset: raised to the budget, (1 replica + 1 during a rollout) x 50 + 5 = 105.
        (cnpg(), {"max_connections": "105"}),
        (cnpg(parameters={"max_connections": "250"}), {"max_connections": "250"}),
        # 2 x 20 + 5 = 45: PostgreSQL's default of 100 serves, nothing is set.
        ({"server": {"database": {"maxConns": 20}}, **cnpg()}, None),
    ],
    ids=["budget", "configured", "default"],
)
def test_the_cluster_is_started_with_room_for_the_servers(tmp_path, data, parameters):
    spec = find(render_values(tmp_path, data), "Cluster")["spec"]
    assert spec.get("postgresql", {}).get("parameters") == parameters


# --- how the server connects ---------------------------------------------------------------------


def cluster_deployment(data: dict[str, Any], tmp_path: Path) -> Deployment:
    """The environment with the Secrets `main.py secrets` generates and the operator's own."""
    values = load_values(write(tmp_path / "values.yaml", data))
    deployment = Deployment.of(values, render_values(tmp_path, data))
    return Deployment(values, deployment.rendered, [*deployment.secrets, *operator_secrets(Naming(values))])


def test_the_server_connects_as_a_cloudnativepg_application(tmp_path):
    deployment = cluster_deployment(MINIMAL, tmp_path)
    naming = Naming(deployment.values)
    env = deployment.env("server", "server")
    url = urlsplit(env["CERTCTL_DATABASE_URL"])
    # No password in the URL: lib/pq takes PGPASSWORD, here the operator's password of the user.
    assert (url.scheme, url.username, url.password) == ("postgres", "certctl", None)
    assert (url.hostname, url.port, url.path) == ("certctl-db-rw.certctl.svc", 5432, "/certctl")
    assert parse_qs(url.query) == {"sslmode": ["verify-full"]}
    assert env["PGPASSWORD"] == "operator-made-password"
    # verify-full checks the host against the instances' certificate, which names the Service.
    assert url.hostname in server_certificate_names(naming)
    ca = [
        v for v in deployment.pod_spec("server")["volumes"] if v.get("secret", {}).get("secretName") == "certctl-db-ca"
    ]
    assert [v["secret"]["items"] for v in ca] == [[{"key": "ca.crt", "path": "ca.crt"}]]


@harness.needs_root
def test_the_server_pod_holds_the_clusters_ca_and_not_its_key(tmp_path):
    """PGSSLROOTCERT, in the server pod as the kubelet lays it out, is the Cluster's CA, readable
    by the server's user; the CA's key is mounted nowhere."""
    deployment = cluster_deployment(MINIMAL, tmp_path)
    pod = harness.Pod(deployment, "server")
    try:
        root_cert = deployment.env("server", "server")["PGSSLROOTCERT"]
        path = pod.path("server", root_cert)
        assert path.read_text() == CA_CERTIFICATE
        assert sorted(p.name for p in path.parent.iterdir() if not p.name.startswith("..")) == ["ca.crt"]
        assert pod.stat("server", root_cert)[0] & 0o040, "readable through the pod's fsGroup"
    finally:
        pod.close()


def test_every_database_client_connects_the_same_way():
    """The connection is decided once (components/database.py): the server's URL and the libpq
    variables a Job takes name the same server, user, database, TLS mode, CA and password."""
    ctx = Context(values_of(MINIMAL))
    connection = ctx.database
    libpq = {e["name"]: e["value"] for e in connection.libpq_env()}
    url = urlsplit(connection.url)
    assert (libpq["PGHOST"], int(libpq["PGPORT"]), libpq["PGUSER"]) == (url.hostname, url.port, url.username)
    assert (libpq["PGDATABASE"], libpq["PGSSLMODE"]) == (url.path[1:], "verify-full")
    assert libpq["PGSSLROOTCERT"] == connection.ca_file
    assert connection.password_env()["valueFrom"]["secretKeyRef"] == {"name": "certctl-db-app", "key": "password"}
    assert connection.password_volume()["secret"]["secretName"] == "certctl-db-app"


def test_the_secrets_an_environment_expects():
    values = values_of(cnpg(backup={"objectStore": STORE}))
    expected = {s.name: s for s in Credentials(Naming(values)).expected}
    # The operator makes the application user's and the CA's Secrets; nothing generates a
    # password for the StatefulSet, which no longer runs.
    assert expected["certctl-db-app"].made_by == expected["certctl-db-ca"].made_by == "the CloudNativePG operator"
    assert expected["certctl-db-app"].generated is None and expected["certctl-db-ca"].keys == ("ca.crt",)
    bucket = expected["certctl-db-backup"]
    assert (bucket.keys, bucket.generated, bucket.made_by) == (("ACCESS_KEY_ID", "ACCESS_SECRET_KEY"), None, "")
    assert "certctl-postgres" not in expected
    # During the import the StatefulSet runs, with its own password.
    moving = cnpg(imageName=PG16, **{"import": {"enabled": True}})
    importing = {s.name: s for s in Credentials(Naming(values_of(moving))).expected}
    assert importing["certctl-postgres"].generated == "postgres-password"


def test_main_py_secrets_generates_none_of_the_operators_secrets(tmp_path, capsys):
    values_file = write(tmp_path / "cnpg.yaml", cnpg(backup={"objectStore": STORE}))
    assert secrets_cli.main(["--values", str(values_file), "--out", str(tmp_path / "out")]) == 0
    written = sorted(path.name for path in (tmp_path / "out" / "cnpg").iterdir())
    assert not [name for name in written if name.startswith(("certctl-db", "certctl-postgres"))]
    out = capsys.readouterr().out
    assert "made by the CloudNativePG operator: certctl-db-app (keys password)" in out
    assert "create yourself: certctl-db-backup (keys ACCESS_KEY_ID, ACCESS_SECRET_KEY)" in out


def test_an_inline_password_is_not_written_when_nothing_reads_it():
    data = {"postgresql": {"auth": {"password": "s3cret"}, "cloudNativePG": {"enabled": True}}}
    assert "postgres-password" not in Credentials(Naming(values_of(data))).inline_data([])
    data["postgresql"]["cloudNativePG"].update({"imageName": PG16, "import": {"enabled": True}})
    assert Credentials(Naming(values_of(data))).inline_data([])["postgres-password"] == "s3cret"


def test_the_summary_lists_what_must_exist_first(tmp_path, full):
    lines = [line.strip() for line in summarize(Environment("full", values_of(FULL)), full, tmp_path, []).splitlines()]
    assert [line for line in lines if line.startswith("needs")] == [
        "needs   prometheus-operator's CRDs (ServiceMonitor, PodMonitor, PrometheusRule)",
        "needs   the CloudNativePG operator, 1.26 or newer, in postgres-operator (Cluster, ScheduledBackup, Backup), "
        "on Kubernetes 1.30 or newer: no release of it that the Barman Cloud plugin works with supports an older one",
        "needs   the Barman Cloud plugin, in postgres-operator beside the operator; it needs cert-manager, and it runs "
        "in each instance pod as a native sidecar, which Kubernetes 1.28 lacks (ObjectStore)",
    ]
    assert [line for line in lines if line.startswith("secret  certctl-db")] == [
        "secret  certctl-db-app (password): the password of certctl in Cluster certctl-db; made by the "
        "CloudNativePG operator",
        "secret  certctl-db-ca (ca.crt): the CA of Cluster certctl-db's certificates (sslmode verify-full); "
        "made by the CloudNativePG operator",
        "secret  certctl-db-backup (ACCESS_KEY_ID, ACCESS_SECRET_KEY): S3 keys for s3://certctl-wal/prod (WAL "
        "archive and base backups); create it yourself",
    ]
    assert "kubectl -n certctl wait --for=condition=Ready cluster/certctl-db --timeout=15m" in lines


# --- NetworkPolicies -----------------------------------------------------------------------------

API, BUCKET = "10.0.0.1", "52.218.1.10"
HA = {
    **cnpg(backup={"objectStore": STORE}, monitoring={"podMonitor": {"enabled": True}}),
    "networkPolicy": {"monitoringNamespace": "monitoring", "kubernetesApiCidrs": [f"{API}/32"]},
}
INSTANCES = ("primary", "standby")
# The instances and the operator's Jobs (CloudNativePG 1.30, pkg/specs/jobs.go:313-318).
CLUSTER_PODS = (*INSTANCES, "join", "import", "initdb", "recovery")
PORTS = (80, 443, 5432, 6443, 8000, 8443, 9187)


def endpoints(values: Values, namespace: str = "certctl") -> dict[str, Pod | Address]:
    naming = Naming(values)
    return {
        **{component: Pod(namespace, naming.selector(component)) for component in ("server", "agent", "configure")},
        "statefulset": Pod(namespace, naming.selector("postgres")),
        "primary": Pod(namespace, instance_labels(naming, 1)),
        "standby": Pod(namespace, instance_labels(naming, 2)),
        "join": Pod(namespace, job_labels(naming, "join", 3)),
        "import": Pod(namespace, job_labels(naming, "import")),
        "initdb": Pod(namespace, job_labels(naming, "initdb")),
        "recovery": Pod(namespace, job_labels(naming, "full-recovery")),
        "other": Pod(namespace, {"app": "something-else"}),
        "operator": Pod("cnpg-system", {"app.kubernetes.io/name": "cloudnative-pg"}),
        "operator-elsewhere": Pod("default", {"app.kubernetes.io/name": "cloudnative-pg"}),
        "prometheus": Pod("monitoring", {"app.kubernetes.io/name": "prometheus"}),
        "prometheus-elsewhere": Pod("default", {"app.kubernetes.io/name": "prometheus"}),
        "api": Address(API),
        "bucket": Address(BUCKET),
    }


def needed(source: str, destination: str, port: int) -> bool:
    """The flows issue 13 lists, for a Cluster with an object store and a PodMonitor; the bucket from
    every pod of the Cluster, the recovery Job's too (issue 19)."""
    return (
        (source == "operator" and destination in INSTANCES and port in (5432, 8000))
        or (source in CLUSTER_PODS and destination in INSTANCES and source != destination and port in (5432, 8000))
        or (source in CLUSTER_PODS and destination == "api" and port in (443, 6443))
        or (source in CLUSTER_PODS and destination == "bucket" and port == 443)
        or (source == "prometheus" and destination in INSTANCES and port == 9187)
        or (source == "server" and destination in INSTANCES and port == 5432)
    )


@pytest.fixture(scope="module")
def ha(tmp_path_factory):
    return render_values(tmp_path_factory.mktemp("ha"), HA)


def test_the_cluster_gets_exactly_the_flows_it_needs(ha):
    """Every endpoint against every other on every port: a flow to or from one of the Cluster's
    pods gets through exactly when it is one the Cluster needs."""
    known = endpoints(values_of(HA))
    wrong = [
        f"{source} -> {destination}:{port} {'allowed' if allowed else 'denied'}"
        for source in known
        for destination in known
        for port in PORTS
        if source != destination
        and (source in CLUSTER_PODS or destination in CLUSTER_PODS)
        and (allowed := allows(ha.manifests, known[source], known[destination], port))
        != needed(source, destination, port)
    ]
    assert wrong == []


@pytest.mark.parametrize(
    "source, destination, port",
    [
        ("operator-elsewhere", "primary", 8000),  # another namespace's pods with the operator's labels
        ("prometheus-elsewhere", "primary", 9187),
        ("agent", "primary", 5432),  # only the database's clients reach it
        ("configure", "primary", 5432),
        ("server", "statefulset", 5432),
        ("agent", "bucket", 443),  # of the release's pods, only the Cluster's reach the bucket
        ("recovery", "bucket", 80),
        ("import", "statefulset", 5432),  # only while importing (below)
    ],
)
def test_examples_of_what_stays_denied(ha, source, destination, port):
    known = endpoints(values_of(HA))
    assert not allows(ha.manifests, known[source], known[destination], port)


def test_every_pod_of_the_cluster_resolves_names(ha):
    known = endpoints(values_of(HA))
    dns = Pod("kube-system", {"k8s-app": "kube-dns"})
    for name in CLUSTER_PODS:
        assert allows(ha.manifests, known[name], dns, 53, "UDP") and allows(ha.manifests, known[name], dns, 53, "TCP")


def test_the_operators_namespace_and_labels_follow_the_values(full):
    values = values_of(FULL)
    known = endpoints(values)
    # (Labels merge over the default's, as every map of the values does.)
    moved = Pod(
        "postgres-operator", {"app.kubernetes.io/name": "cloudnative-pg", "app.kubernetes.io/instance": "cnpg-prod"}
    )
    assert allows(full.manifests, moved, known["primary"], 8000)
    assert not allows(full.manifests, known["operator"], known["primary"], 8000)
    # An object store on its own port.
    assert allows(full.manifests, known["primary"], Address(BUCKET), 9000)
    assert not allows(full.manifests, known["primary"], Address(BUCKET), 443)


# --- the move from the StatefulSet ---------------------------------------------------------------


def test_the_import_reads_the_statefulsets_database(importing):
    """bootstrap.initdb.import (microservice) from the StatefulSet: its Service, database, user
    and password Secret, the same ones the StatefulSet itself runs with."""
    spec = find(importing, "Cluster", "certctl-db")["spec"]
    assert spec["bootstrap"]["initdb"] == {
        "database": "certctl",
        "owner": "certctl",
        "import": {"type": "microservice", "databases": ["certctl"], "source": {"externalCluster": "certctl-postgres"}},
    }
    [source] = spec["externalClusters"]
    service = find(importing, "Service", "certctl-postgres")
    statefulset = find(importing, "StatefulSet", "certctl-postgres")["spec"]["template"]["spec"]
    env = {e["name"]: e.get("value") for e in statefulset["containers"][0]["env"]}
    password = next(v for v in statefulset["volumes"] if v["name"] == "password")["secret"]
    assert source == {
        "name": "certctl-postgres",
        "connectionParameters": {
            "host": service["metadata"]["name"],
            "port": str(service["spec"]["ports"][0]["port"]),
            "user": env["POSTGRES_USER"],
            "dbname": env["POSTGRES_DB"],
            "sslmode": "disable",  # the StatefulSet's PostgreSQL has no certificate
        },
        "password": {"name": password["secretName"], "key": password["items"][0]["key"]},
    }
    assert source["password"] == {"name": "certctl-postgres-old", "key": "pw"}
    assert source["connectionParameters"]["port"] == "6432"


def test_the_statefulset_runs_on_untouched_while_the_cluster_imports(importing, tmp_path):
    """Turning the import on changes nothing the StatefulSet's pod runs with: applying it does
    not restart the database the import reads."""
    before = render_values(
        tmp_path, {"postgresql": {k: v for k, v in IMPORT["postgresql"].items() if k != "cloudNativePG"}}
    )
    for kind in ("StatefulSet", "Service", "ServiceAccount"):
        assert find(importing, kind, "certctl-postgres") == find(before, kind, "certctl-postgres")


def test_only_the_import_reaches_the_statefulset_while_importing(importing):
    known = endpoints(values_of(IMPORT))
    assert allows(importing.manifests, known["import"], known["statefulset"], 6432)
    for source in ("server", "primary", "join", "initdb", "other"):
        assert not allows(importing.manifests, known[source], known["statefulset"], 6432), source
    # The server already points at the Cluster: it serves again once the import has finished.
    assert allows(importing.manifests, known["server"], known["primary"], 5432)


def test_after_the_move_the_statefulset_is_gone_and_its_claim_kept(minimal):
    """With the import off again the StatefulSet leaves dist/; its claim was never in it, and the
    StatefulSet let it be (persistentVolumeClaimRetentionPolicy Retain) when deleted."""
    assert not [m for m in minimal.manifests if m["metadata"]["name"] == "certctl-postgres"]
    assert not [m for m in minimal.manifests if m["kind"] == "PersistentVolumeClaim"]
    retention = find(rendered_env("default"), "StatefulSet")["spec"]["persistentVolumeClaimRetentionPolicy"]
    assert retention == {"whenDeleted": "Retain", "whenScaled": "Retain"}


# --- prod-ha -------------------------------------------------------------------------------------


def test_prod_ha_runs_on_a_cluster_with_backups_and_monitoring():
    prod, values = rendered_env("prod-ha"), environment_values("prod-ha")
    assert not [m for m in prod.manifests if m["kind"] == "StatefulSet"]
    spec = find(prod, "Cluster", "certctl-db")["spec"]
    assert (spec["instances"], spec["enablePDB"], spec["affinity"]["podAntiAffinityType"]) == (3, True, "required")
    assert spec["plugins"][0]["isWALArchiver"] is True
    assert find(prod, "ObjectStore")["spec"]["configuration"]["s3Credentials"]["accessKeyId"]["name"] == (
        "certctl-db-backup"
    )
    assert find(prod, "ScheduledBackup")["spec"]["method"] == "plugin"
    assert find(prod, "PodMonitor")["metadata"]["labels"]["release"] == "prometheus"
    url = find(prod, "ConfigMap", "certctl-server")["data"]["CERTCTL_DATABASE_URL"]
    assert url == "postgres://certctl@certctl-db-rw.certctl.svc:5432/certctl?sslmode=verify-full"
    # Room for every server connection during a rollout (values/budgets.py).
    assert int(spec["postgresql"]["parameters"]["max_connections"]) >= values.connections_needed


def test_prod_ha_admits_exactly_the_flows_its_instances_need():
    """prod-ha reaches the API through egressCidrs (0.0.0.0/0), so the instances' egress is
    wider than the variant's above; what reaches them is exactly what they need."""
    prod, values = rendered_env("prod-ha"), environment_values("prod-ha")
    known = endpoints(values)
    wrong = [
        f"{source} -> {destination}:{port}"
        for source in known
        for destination in known
        for port in PORTS
        if source != destination
        and (destination in CLUSTER_PODS or needed(source, destination, port))
        and allows(prod.manifests, known[source], known[destination], port) != needed(source, destination, port)
    ]
    assert wrong == []


def test_the_uninstall_command_keeps_the_cluster():
    """The operator deletes the instances' volumes with the Cluster, so the command that removes
    certctl and keeps its data leaves the Cluster (and the Namespace) alone."""
    line = next(
        line
        for line in (ROOT / "docs" / "operations.md").read_text().splitlines()
        if line.startswith("ls dist/<env>/*.yaml")
    )
    kept = [pattern.strip("'") for pattern in re.findall(r"-e (\S+)", line)]
    files = [f"dist/prod-ha/{name}" for name in rendered_env("prod-ha").files]
    deleted = {path for path in files if not any(re.search(pattern, path) for pattern in kept)}
    assert "dist/prod-ha/20-cluster-certctl-db.yaml" not in deleted
    assert "dist/prod-ha/00-namespace-certctl.yaml" not in deleted
    assert {"dist/prod-ha/19-objectstore-certctl-db.yaml", "dist/prod-ha/11-deployment-certctl-server.yaml"} <= deleted


def test_an_inline_password_the_cluster_does_not_use_is_pointed_out(tmp_path):
    """The Cluster makes its owner's password; an inline postgresql.auth.password reaches no
    Secret (nothing secret in dist/), and the warning says it is not used."""
    data = {"postgresql": {"auth": {"password": "hunter2"}, "cloudNativePG": {"enabled": True}}}
    warnings = dict(values_of(data).warnings())
    assert warnings["postgresql.auth.password"].startswith("is not used: the CloudNativePG Cluster")
    assert not any("hunter2" in yaml.safe_dump(m) for m in render_values(tmp_path, data).manifests)
