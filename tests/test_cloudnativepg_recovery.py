"""postgresql.cloudNativePG.recovery: a Cluster that starts from the backups an earlier Cluster of
the same name archived, then archives to a new folder and takes a base backup there. What the
cluster receives (each object valid against its CRD's schema and CEL rules, and as the operator's
admission webhook and the Barman Cloud plugin read it), in which order, and what the values refuse.

Upstream sources read, at CloudNativePG v1.30.0 and plugin-barman-cloud v0.14.0:
- the plugin takes the recovery's ObjectStore and folder from the external cluster that
  `bootstrap.recovery.source` names (`barmanObjectName`, `serverName`, which defaults to the
  Cluster's name), the archive's from `.spec.plugins` (internal/cnpgi/operator/config/config.go:
  142-163), and refuses to archive into a folder that holds WAL already
  (internal/cnpgi/common/check.go:32-52, barman-cloud-check-wal-archive);
- the webhook wants `database` and `owner` together (internal/webhook/v1/cluster_webhook.go:
  467-529), a source that is an external cluster with a plugin (:654-688) and a parseable
  `targetTime` (:1414-1435);
- a Backup whose Cluster is missing or not ready stays pending and is retried every 30 seconds
  (internal/controller/backup_controller.go:322-330, 464-473); a ScheduledBackup's `immediate`
  backup runs only on its first reconcile, while `status.lastCheckTime` is unset
  (internal/controller/scheduledbackup_controller.go:198-230)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import jsonschema
import pytest
from test_cli import run, snapshot_tree, write

from certctl_k8s.credentials import Credentials
from certctl_k8s.naming import Naming
from certctl_k8s.synth import file_name
from certctl_k8s.values import Values
from conftest import find, render_values, values_problems
from tests.support import cel
from tests.support.cloudnativepg import job_labels
from tests.support.netpol import Address, Pod, allows
from tests.support.validation import crd_schema, validate

CNPG = "postgresql.cloudNativePG"
BARMAN_CLOUD = "barman-cloud.cloudnative-pg.io"
OLD, NEW = "s3://corp-pg-backups/certctl", "s3://corp-pg-backups/certctl-2026-12"
KEYS = {"secretName": "certctl-pg-s3"}


def recovering(recovery: dict[str, Any] | None = None, **cnpg: Any) -> dict[str, Any]:
    return {
        "postgresql": {
            "cloudNativePG": {
                "enabled": True,
                "backup": {"objectStore": {"destinationPath": NEW, "s3Credentials": KEYS}},
                "recovery": {"enabled": True, "destinationPath": OLD, "s3Credentials": KEYS, **(recovery or {})},
                **cnpg,
            }
        }
    }


AT = {"targetTime": "2026-12-01T09:30:00Z"}


@pytest.fixture(scope="module")
def recovered(tmp_path_factory):
    return render_values(tmp_path_factory.mktemp("recovery"), recovering(AT))


@pytest.fixture(scope="module")
def latest(tmp_path_factory):
    return render_values(tmp_path_factory.mktemp("latest"), recovering())


def stores(rendered) -> dict[str, dict[str, Any]]:
    return {m["metadata"]["name"]: m for m in rendered.manifests if m["kind"] == "ObjectStore"}


def wave(manifest: dict[str, Any]) -> int:
    return int(manifest["metadata"].get("annotations", {}).get("argocd.argoproj.io/sync-wave", "0"))


def test_the_cluster_recovers_certctls_database_from_the_old_folder(recovered):
    spec = find(recovered, "Cluster")["spec"]
    assert spec["bootstrap"] == {
        "recovery": {
            "source": "certctl-db-origin",
            "database": "certctl",
            "owner": "certctl",
            "recoveryTarget": {"targetTime": "2026-12-01T09:30:00Z"},
        }
    }
    # The old folder, through the plugin: the read-only ObjectStore, and the old Cluster's name
    # (this one's) as the folder under destinationPath.
    assert spec["externalClusters"] == [
        {
            "name": "certctl-db-origin",
            "plugin": {
                "name": BARMAN_CLOUD,
                "parameters": {"barmanObjectName": "certctl-db-origin", "serverName": "certctl-db"},
            },
        }
    ]
    # It archives through the other one.
    assert spec["plugins"] == [
        {"name": BARMAN_CLOUD, "isWALArchiver": True, "parameters": {"barmanObjectName": "certctl-db"}}
    ]


def test_without_a_target_time_every_archived_wal_is_replayed(latest):
    assert "recoveryTarget" not in find(latest, "Cluster")["spec"]["bootstrap"]["recovery"]


def test_the_origin_store_reads_the_old_folder_and_the_archive_writes_the_new_one(recovered):
    found = stores(recovered)
    assert sorted(found) == ["certctl-db", "certctl-db-origin"]
    archive, origin = found["certctl-db"]["spec"], found["certctl-db-origin"]["spec"]
    assert archive["configuration"]["destinationPath"] == NEW
    assert archive["retentionPolicy"] == "30d" and archive["configuration"]["wal"] == {"compression": "gzip"}
    # Only what reading needs: no retention (which would delete from the old folder), no
    # compression, no sidecar settings (the archive's ObjectStore sets the sidecar).
    assert origin == {
        "configuration": {
            "destinationPath": OLD,
            "s3Credentials": {
                "accessKeyId": {"name": "certctl-pg-s3", "key": "ACCESS_KEY_ID"},
                "secretAccessKey": {"name": "certctl-pg-s3", "key": "ACCESS_SECRET_KEY"},
            },
        }
    }


def test_the_origin_uses_the_archives_endpoint_and_its_own_keys(tmp_path):
    data = recovering({"s3Credentials": {"secretName": "old-keys", "accessKeyIdKey": "id"}})
    data["postgresql"]["cloudNativePG"]["backup"]["objectStore"]["endpointURL"] = "https://minio.example:9000"
    origin = stores(render_values(tmp_path, data))["certctl-db-origin"]["spec"]["configuration"]
    assert origin["endpointURL"] == "https://minio.example:9000"
    assert origin["s3Credentials"]["accessKeyId"] == {"name": "old-keys", "key": "id"}
    expected = {s.name: s for s in Credentials(Naming(Values.model_validate(data))).expected}
    assert (
        expected["old-keys"].keys == ("id", "ACCESS_SECRET_KEY")
        and "the recovery reads it" in expected["old-keys"].purpose
    )


def test_a_base_backup_is_taken_once_the_recovered_cluster_is_up(recovered):
    [backup] = [m for m in recovered.manifests if m["kind"] == "Backup"]
    assert backup["apiVersion"] == "postgresql.cnpg.io/v1"
    assert backup["spec"] == {
        "cluster": {"name": "certctl-db"},
        "method": "plugin",
        "pluginConfiguration": {"name": BARMAN_CLOUD},
        "target": "prefer-standby",
    }
    assert backup["metadata"]["name"].startswith("certctl-db-recovered-")


def test_another_recovery_gets_another_backup(recovered, latest, tmp_path):
    """A Backup runs once and its spec is immutable (the CRD's rule `oldSelf == self`): each
    recovery names its own, and the same values keep the same name."""
    names = [find(r, "Backup")["metadata"]["name"] for r in (recovered, latest)]
    again = find(render_values(tmp_path, recovering(AT)), "Backup")["metadata"]["name"]
    assert names[0] != names[1] and again == names[0]


def test_the_stores_come_before_the_cluster_and_the_backup_after(recovered):
    """Argo CD applies wave by wave, waiting for each to be healthy; the files (and so
    `kubectl apply -f`) are ranked the same way. kustomize's legacy order puts
    barmancloud.cnpg.io before postgresql.cnpg.io (gitops.py)."""
    by_kind = {m["kind"]: m for m in recovered.manifests}
    assert [wave(m) for m in stores(recovered).values()] == [-1, -1]
    assert wave(by_kind["Cluster"]) == 0 and wave(by_kind["Backup"]) > wave(by_kind["Cluster"])
    files = [name for name in recovered.files if name != "kustomization.yaml"]
    ranks = {kind: files.index(file_name(m, "certctl")) for kind, m in by_kind.items()}
    assert ranks["ObjectStore"] < ranks["Cluster"] < ranks["Backup"]
    resources = recovered.files["kustomization.yaml"].split("resources:\n")[1].split()
    assert [entry for entry in resources if entry != "-"] == files


def test_every_object_passes_its_crds_schema_and_cel_rules(recovered, latest):
    for rendered in (recovered, latest):
        for manifest in rendered.manifests:
            validate(manifest)
        assert all(crd_schema(m) for m in rendered.manifests if m["kind"] in ("Cluster", "ObjectStore", "Backup"))


def test_the_cel_rules_are_evaluated(recovered):
    """The rules that bear on these objects, broken one at a time, are caught."""
    cluster, backup = find(recovered, "Cluster"), find(recovered, "Backup")
    with pytest.raises(jsonschema.ValidationError, match="imageName and imageCatalogRef are mutually exclusive"):
        catalog = {"apiGroup": "postgresql.cnpg.io", "kind": "ImageCatalog", "name": "pg", "major": 16}
        validate({**cluster, "spec": {**cluster["spec"], "imageName": "pg:16", "imageCatalogRef": catalog}})
    origin = stores(recovered)["certctl-db-origin"]
    configuration = {**origin["spec"]["configuration"], "serverName": "certctl-db"}
    with pytest.raises(jsonschema.ValidationError, match="use the 'serverName' plugin parameter"):
        validate({**origin, "spec": {**origin["spec"], "configuration": configuration}})
    schema = crd_schema(backup)
    assert schema is not None
    changed = {**backup, "spec": {**backup["spec"], "target": "primary"}}
    assert cel.violations(schema, changed, backup) == [".spec: BackupSpec is immutable once set (oldSelf == self)"]


def test_the_operators_webhook_would_accept_the_recovery(recovered):
    spec = find(recovered, "Cluster")["spec"]
    recovery = spec["bootstrap"]["recovery"]
    assert set(spec["bootstrap"]) == {"recovery"}  # one bootstrap method
    assert recovery["database"] and recovery["owner"]  # both or neither
    [source] = [c for c in spec["externalClusters"] if c["name"] == recovery["source"]]
    assert source["plugin"]["name"] == BARMAN_CLOUD  # a source it can recover from
    assert datetime.fromisoformat(recovery["recoveryTarget"]["targetTime"]).tzinfo is not None


def test_every_pod_of_the_cluster_reaches_the_bucket_the_recovery_job_too(recovered):
    naming = Naming(Values.model_validate(recovering(AT)))
    bucket = Address("52.218.1.10")
    recovery_job = Pod("certctl", job_labels(naming, "full-recovery"))
    assert allows(recovered.manifests, recovery_job, bucket, 443)
    # The release's other pods stay shut off from it (pods of other applications are not ours to restrict).
    assert not allows(recovered.manifests, Pod("certctl", naming.selector("agent")), bucket, 443)


@pytest.mark.parametrize(
    "data, key, fragment",
    [
        (
            recovering(backup={"objectStore": {"destinationPath": OLD, "s3Credentials": KEYS}}),
            f"{CNPG}.backup.objectStore.destinationPath",
            "is the folder recovery reads from",
        ),
        (
            recovering(backup={"objectStore": {"destinationPath": OLD + "/", "s3Credentials": KEYS}}),
            f"{CNPG}.backup.objectStore.destinationPath",
            "is the folder recovery reads from",
        ),
        (recovering(backup={}), f"{CNPG}.backup.objectStore.destinationPath", "a new folder the recovered Cluster"),
        (recovering({"destinationPath": ""}), f"{CNPG}.recovery.destinationPath", "the folder the old Cluster"),
        (recovering({"s3Credentials": {}}), f"{CNPG}.recovery.s3Credentials.secretName", "is required"),
        (recovering({"destinationPath": "gs://old"}), f"{CNPG}.recovery.destinationPath", "only S3"),
        (recovering({"targetTime": "2026-12-01 09:30"}), f"{CNPG}.recovery.targetTime", "RFC 3339"),
        (recovering({"targetTime": "2026-12-01T09:30:00"}), f"{CNPG}.recovery.targetTime", "with its offset"),
        (recovering({"targetTime": "2026-13-01T09:30:00Z"}), f"{CNPG}.recovery.targetTime", "RFC 3339"),
        (
            recovering(
                imageName="ghcr.io/cloudnative-pg/postgresql:16.11-system-trixie", **{"import": {"enabled": True}}
            ),
            f"{CNPG}.recovery.enabled",
            "both start the Cluster's database",
        ),
    ],
)
def test_wrong_recoveries_name_the_key(tmp_path, data, key, fragment):
    [line] = values_problems(tmp_path, data)
    assert line.startswith(f"{key}: ") and fragment in line, line


def test_archiving_into_the_recovered_folder_exits_2_and_writes_nothing(tmp_path):
    good, out = write(tmp_path / "good.yaml", recovering(AT)), tmp_path / "out"
    assert run("--values", str(good), "--outdir", str(out), "--quiet").returncode == 0
    before = snapshot_tree(out)
    bad = write(
        tmp_path / "good.yaml", recovering(backup={"objectStore": {"destinationPath": OLD, "s3Credentials": KEYS}})
    )
    result = run("--values", str(bad), "--outdir", str(out))
    assert result.returncode == 2
    assert (
        f"{bad}: {CNPG}.backup.objectStore.destinationPath: '{OLD}' is the folder recovery reads from" in result.stderr
    )
    assert snapshot_tree(out) == before
