"""The backup CronJob's shape, asserted on the synthesized YAML: it never overlaps and keeps a
bounded history, runs restricted with its own ServiceAccount, reads the database password the
server reads (from a file), reaches only what it needs through its own NetworkPolicy, and follows
the Helm chart's names and keys. The restore drill (tests/scripts/test_backup_restore.py) runs
its command for real."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from test_security import policies, rules_for, tcp

from certctl_k8s.components.scripts import SCRIPTS, scripts_checksum
from certctl_k8s.summary import summarize
from certctl_k8s.synth import Environment
from certctl_k8s.values import load_values
from conftest import HELM_CHART, containers, find, load_data, render_values, rendered_env, values_problems
from tests.support.validation import validate

COMPONENT = "postgres-backup"
SELECTOR = {"app.kubernetes.io/name": "certctl", "app.kubernetes.io/instance": "certctl"}
EXTERNAL = {
    "postgresql": {
        "enabled": False,
        "external": {"host": "db.example.com", "port": 6432},
        "auth": {"existingSecret": "db-pass", "passwordKey": "pw", "username": "app", "database": "pki"},
        "tls": {"mode": "verify-full", "caSecretRef": "db-ca"},
    },
    "backup": {"enabled": True},
}
S3 = {"backup": {"enabled": True, "sink": "s3", "s3": {"bucket": "certctl-dumps", "region": "eu-west-1"}}}


def labels(component: str) -> dict[str, str]:
    return {**SELECTOR, "app.kubernetes.io/component": component}


def cronjob(rendered) -> dict[str, Any]:
    return find(rendered, "CronJob", "certctl-postgres-backup")


def pod_spec(rendered) -> dict[str, Any]:
    return cronjob(rendered)["spec"]["jobTemplate"]["spec"]["template"]["spec"]


def env_of(container: dict[str, Any]) -> dict[str, Any]:
    return {e["name"]: e.get("value", e.get("valueFrom")) for e in container.get("env", [])}


def volume(spec: dict[str, Any], name: str) -> dict[str, Any]:
    return next(v for v in spec["volumes"] if v["name"] == name)


def mounted(container: dict[str, Any]) -> dict[str, str]:
    return {m["mountPath"]: m["name"] for m in container["volumeMounts"]}


@pytest.fixture(scope="module")
def default():
    return rendered_env("default")


@pytest.fixture(scope="module")
def external(tmp_path_factory):
    return render_values(tmp_path_factory.mktemp("external"), EXTERNAL)


@pytest.fixture(scope="module")
def s3(tmp_path_factory):
    return render_values(tmp_path_factory.mktemp("s3"), S3)


def test_off_by_default(tmp_path):
    rendered = render_values(tmp_path, {})
    assert not [m for m in rendered.manifests if COMPONENT in m["metadata"]["name"] or m["kind"] == "CronJob"]


@pytest.mark.parametrize("variant", ["external", "s3"])
def test_the_variants_validate_strictly(variant, request):
    """(The environments, `default` among them, are validated by test_schema.py.)"""
    for manifest in request.getfixturevalue(variant).manifests:
        validate(manifest)


def test_the_digest_skip_names_only_the_images_pinned_by_tag(tmp_path):
    digest = "@sha256:" + "0" * 64
    backup = {"enabled": True, "sink": "s3", "s3": {"bucket": "b-1"}, "image": "postgres:16-alpine" + digest}
    annotations = cronjob(render_values(tmp_path, {"backup": backup}))["metadata"]["annotations"]
    assert "CKV_K8S_43=pinned by tag: backup.s3.image without" in annotations["checkov.io/skip1"]
    backup["s3"]["image"] = "amazon/aws-cli:2.27.50" + digest
    annotations = cronjob(render_values(tmp_path, {"backup": backup}, "pinned"))["metadata"]["annotations"]
    assert not any(value.startswith(("CKV_K8S_43", "CKV_K8S_15")) for value in annotations.values())


def test_the_cronjob_never_overlaps_and_keeps_a_bounded_history(default):
    spec = cronjob(default)["spec"]
    assert spec["concurrencyPolicy"] == "Forbid"
    assert (spec["schedule"], spec["startingDeadlineSeconds"]) == ("30 2 * * *", 300)
    assert (spec["successfulJobsHistoryLimit"], spec["failedJobsHistoryLimit"]) == (3, 1)
    job = spec["jobTemplate"]["spec"]
    assert (job["backoffLimit"], job["activeDeadlineSeconds"]) == (1, 3600)
    assert job["template"]["spec"]["restartPolicy"] == "Never"


def test_every_key_reaches_the_cronjob(tmp_path):
    toleration = {"key": "node-role", "operator": "Equal", "value": "backup", "effect": "NoSchedule"}
    backup = {
        "enabled": True,
        "schedule": "@hourly",
        "image": "registry.example.com/postgres:17-alpine",
        "imagePullPolicy": "Always",
        "pvc": {"claimName": "pki-dumps", "keep": 30},
        "successfulJobsHistoryLimit": 5,
        "failedJobsHistoryLimit": 2,
        "startingDeadlineSeconds": 600,
        "backoffLimit": 0,
        "activeDeadlineSeconds": 900,
        "resources": {"requests": {"cpu": "200m", "memory": "256Mi"}, "limits": {"cpu": "1", "memory": "1Gi"}},
        "tolerations": [toleration],
    }
    spec = cronjob(render_values(tmp_path, {"backup": backup}))["spec"]
    assert (spec["schedule"], spec["startingDeadlineSeconds"]) == ("@hourly", 600)
    assert (spec["successfulJobsHistoryLimit"], spec["failedJobsHistoryLimit"]) == (5, 2)
    job = spec["jobTemplate"]["spec"]
    assert (job["backoffLimit"], job["activeDeadlineSeconds"]) == (0, 900)
    pod = job["template"]["spec"]
    assert pod["tolerations"] == [toleration]
    [container] = pod["containers"]
    assert (container["image"], container["imagePullPolicy"]) == ("registry.example.com/postgres:17-alpine", "Always")
    assert container["resources"] == backup["resources"]
    assert env_of(container)["BACKUP_KEEP"] == "30"
    assert env_of(container)["BACKUP_STALE_MINUTES"] == "16"  # a run lasts at most 15 minutes
    assert volume(pod, "backups")["persistentVolumeClaim"] == {"claimName": "pki-dumps"}


@pytest.mark.parametrize("variant", ["default", "external", "s3"])
def test_restricted_with_its_own_account_and_no_token(variant, request):
    rendered = request.getfixturevalue(variant)
    spec = pod_spec(rendered)
    assert spec["securityContext"]["runAsNonRoot"] is True
    assert spec["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    for container in containers(spec):
        context = container["securityContext"]
        assert context["runAsNonRoot"] is True and context["runAsUser"] != 0
        assert context["allowPrivilegeEscalation"] is False
        assert context["capabilities"]["drop"] == ["ALL"]
        assert context["readOnlyRootFilesystem"] is True
        assert mounted(container)["/tmp"] == "tmp" and "emptyDir" in volume(spec, "tmp")
        assert mounted(container)["/scripts"] == "scripts"
    assert spec["automountServiceAccountToken"] is False
    account = find(rendered, "ServiceAccount", "certctl-postgres-backup")
    assert spec["serviceAccountName"] == "certctl-postgres-backup"
    assert account["automountServiceAccountToken"] is False
    assert account["metadata"]["labels"]["app.kubernetes.io/component"] == COMPONENT


def test_the_pod_runs_the_shipped_script_and_rolls_with_it(default):
    template = cronjob(default)["spec"]["jobTemplate"]["spec"]["template"]
    assert template["metadata"]["annotations"] == scripts_checksum()
    assert template["metadata"]["labels"] == labels(COMPONENT)
    assert "backup-postgres.sh" in SCRIPTS
    assert "backup-postgres.sh" in find(default, "ConfigMap", "certctl-scripts")["data"]
    [container] = template["spec"]["containers"]
    assert container["command"] == ["sh", "/scripts/backup-postgres.sh", "dump"]
    assert volume(template["spec"], "scripts")["configMap"]["name"] == "certctl-scripts"


def server_password_ref(rendered) -> dict[str, str]:
    server = find(rendered, "Deployment", "certctl-server")["spec"]["template"]["spec"]["containers"][0]
    return env_of(server)["PGPASSWORD"]["secretKeyRef"]


def password_file_ref(spec: dict[str, Any], container: dict[str, Any]) -> dict[str, str]:
    """(Secret, key) behind the file BACKUP_PASSWORD_FILE names."""
    path = env_of(container)["BACKUP_PASSWORD_FILE"]
    folder, _, file = path.rpartition("/")
    secret = volume(spec, mounted(container)[folder])["secret"]
    [item] = [item for item in secret["items"] if item["path"] == file]
    return {"name": secret["secretName"], "key": item["key"]}


def test_the_bundled_database_with_the_servers_password_as_a_file(default):
    spec = pod_spec(default)
    [container] = spec["containers"]
    env = env_of(container)
    assert {k: env[k] for k in ("PGHOST", "PGPORT", "PGUSER", "PGDATABASE", "PGSSLMODE")} == {
        "PGHOST": "certctl-postgres",
        "PGPORT": "5432",
        "PGUSER": "certctl",
        "PGDATABASE": "certctl",
        "PGSSLMODE": "disable",
    }
    assert password_file_ref(spec, container) == server_password_ref(default)
    assert not any(isinstance(value, dict) and "secretKeyRef" in value for value in env.values())
    assert "PGPASSWORD" not in env
    assert mounted(container)["/backups"] == "backups"


def test_an_inline_password_is_read_from_the_inline_secret(tmp_path):
    rendered = render_values(tmp_path, {"postgresql": {"auth": {"password": "p@ss"}}, "backup": {"enabled": True}})
    spec = pod_spec(rendered)
    ref = password_file_ref(spec, spec["containers"][0])
    assert ref == server_password_ref(rendered) == {"name": "certctl-inline", "key": "postgres-password"}
    assert "p@ss" not in yaml.safe_dump(cronjob(rendered))


def test_the_external_database_as_the_server_reaches_it(external):
    spec = pod_spec(external)
    [container] = spec["containers"]
    env = env_of(container)
    config = find(external, "ConfigMap", "certctl-server")["data"]
    assert config["CERTCTL_DATABASE_URL"] == "postgres://app@db.example.com:6432/pki?sslmode=verify-full"
    assert (env["PGHOST"], env["PGPORT"], env["PGUSER"], env["PGDATABASE"]) == ("db.example.com", "6432", "app", "pki")
    assert env["PGSSLMODE"] == "verify-full"
    assert env["PGSSLROOTCERT"] == config["PGSSLROOTCERT"]
    assert volume(spec, "postgres-ca")["secret"]["secretName"] == "db-ca"
    assert mounted(container)["/etc/certctl/postgres-ca"] == "postgres-ca"
    assert password_file_ref(spec, container) == server_password_ref(external) == {"name": "db-pass", "key": "pw"}


def test_network_flows_with_the_bundled_database(default):
    egress = rules_for(default, labels(COMPONENT), "egress")
    to_database = {"to": [{"podSelector": {"matchLabels": labels("postgres")}}], "ports": [tcp(5432)]}
    assert [rule for rule in egress if "namespaceSelector" not in rule["to"][0]] == [to_database]
    ingress = rules_for(default, labels("postgres"), "ingress")
    assert any({"podSelector": {"matchLabels": labels(COMPONENT)}} in rule["from"] for rule in ingress)
    assert not rules_for(default, labels(COMPONENT), "ingress")


def test_network_flows_with_an_external_database_and_s3(tmp_path):
    rendered = render_values(
        tmp_path,
        {**EXTERNAL, "backup": S3["backup"], "networkPolicy": {"egressCidrs": ["10.0.0.0/8", "192.0.2.0/24"]}},
    )
    cidrs = [{"ipBlock": {"cidr": "10.0.0.0/8"}}, {"ipBlock": {"cidr": "192.0.2.0/24"}}]
    egress = [rule for rule in rules_for(rendered, labels(COMPONENT), "egress") if "ipBlock" in rule["to"][0]]
    assert egress == [{"to": cidrs, "ports": [tcp(6432)]}, {"to": cidrs, "ports": [tcp(443)]}]
    assert not [p for p in policies(rendered) if p["metadata"]["name"] == "certctl-postgres-ingress"]


def test_no_egress_rule_without_cidrs(tmp_path):
    rendered = render_values(tmp_path, {**EXTERNAL, "backup": S3["backup"], "networkPolicy": {"egressCidrs": []}})
    [policy] = [p for p in policies(rendered) if p["metadata"]["name"] == "certctl-postgres-backup-egress"]
    assert policy["spec"]["policyTypes"] == ["Egress"] and not policy["spec"].get("egress")


def test_s3_each_container_holds_only_its_own_secret(s3):
    spec = pod_spec(s3)
    [dump], [upload] = spec["initContainers"], spec["containers"]
    assert dump["image"] == "postgres:16-alpine" and dump["command"][-1] == "dump"
    assert upload["image"].startswith("amazon/aws-cli:2.") and upload["command"][-1] == "upload"
    assert not upload["image"].endswith(":latest")
    assert "password" in mounted(dump).values() and "aws" not in mounted(dump).values()
    assert "aws" in mounted(upload).values() and "password" not in mounted(upload).values()
    for container in (dump, upload):
        assert not any(isinstance(v, dict) and "secretKeyRef" in v for v in env_of(container).values())
    assert mounted(dump)["/dump"] == mounted(upload)["/dump"] == "dump"
    assert volume(spec, "dump")["emptyDir"] == {"sizeLimit": "4Gi"}
    aws = volume(spec, "aws")["secret"]
    assert aws["secretName"] == "certctl-backup-aws-creds"
    assert {item["key"] for item in aws["items"]} == {"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"}
    env = env_of(upload)
    assert (env["BACKUP_S3_BUCKET"], env["BACKUP_S3_PREFIX"], env["AWS_DEFAULT_REGION"]) == (
        "certctl-dumps",
        "certctl",
        "eu-west-1",
    )
    assert "BACKUP_KEEP" not in env_of(dump)  # the bucket's lifecycle rules decide retention


def test_s3_without_a_region_sets_none(tmp_path):
    rendered = render_values(tmp_path, {"backup": {"enabled": True, "sink": "s3", "s3": {"bucket": "b-1"}}})
    assert "AWS_DEFAULT_REGION" not in env_of(pod_spec(rendered)["containers"][0])


def test_the_claim_is_created_only_on_request(default, tmp_path):
    claim = find(default, "PersistentVolumeClaim", "certctl-backups")
    assert claim["spec"] == {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "10Gi"}}}
    annotations = claim["metadata"]["annotations"]
    assert annotations["argocd.argoproj.io/sync-options"] == "Prune=false,Delete=false"
    assert annotations["kustomize.toolkit.fluxcd.io/prune"] == "disabled"
    helm_like = render_values(tmp_path, {"backup": {"enabled": True}})
    assert not [m for m in helm_like.manifests if m["kind"] == "PersistentVolumeClaim"]
    sized = render_values(
        tmp_path, {"backup": {"enabled": True, "pvc": {"create": True, "size": "50Gi", "storageClass": "ssd"}}}, "b"
    )
    assert find(sized, "PersistentVolumeClaim")["spec"]["storageClassName"] == "ssd"


def test_the_summary_names_the_claim_and_the_aws_secret(tmp_path):
    for data, expected in [
        ({"backup": {"enabled": True}}, "claim   certctl-backups: where the backup CronJob keeps its dumps; create it"),
        (S3, "secret  certctl-backup-aws-creds (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY): AWS keys the backup"),
    ]:
        values = load_data(tmp_path, data)
        rendered = render_values(tmp_path, data)
        text = summarize(Environment("env", values), rendered, tmp_path, [])
        assert expected in text
        assert "image   postgres:16-alpine" in text


def _helm_cronjob() -> dict[str, Any]:
    documents = yaml.safe_load_all((HELM_CHART / "rendered-max.yaml").read_text())
    return next(doc for doc in documents if doc and doc["kind"] == "CronJob")


def test_the_helm_charts_backup_values_load_unchanged_and_keep_its_names(tmp_path):
    chart_values = yaml.safe_load((HELM_CHART / "values.yaml").read_text())["backup"]
    max_values = yaml.safe_load((HELM_CHART / "rendered-max.values.json").read_text())["backup"]
    assert chart_values["enabled"] is False
    rendered = render_values(tmp_path, {"backup": {**chart_values, **max_values}})
    helm, ours = _helm_cronjob(), cronjob(rendered)
    assert ours["metadata"]["name"] == helm["metadata"]["name"]
    assert ours["metadata"]["labels"]["app.kubernetes.io/component"] == "postgres-backup"
    for key in ("schedule", "concurrencyPolicy", "successfulJobsHistoryLimit", "failedJobsHistoryLimit"):
        assert ours["spec"][key] == helm["spec"][key], key
    helm_job, our_job = helm["spec"]["jobTemplate"]["spec"], ours["spec"]["jobTemplate"]["spec"]
    assert (our_job["backoffLimit"], our_job["activeDeadlineSeconds"]) == (
        helm_job["backoffLimit"],
        helm_job["activeDeadlineSeconds"],
    )
    helm_pod, our_pod = helm_job["template"]["spec"], our_job["template"]["spec"]
    assert our_pod["tolerations"] == helm_pod["tolerations"]
    assert volume(our_pod, "backups") == volume(helm_pod, "backups")
    assert [c["name"] for c in our_pod["containers"]] == [c["name"] for c in helm_pod["containers"]]
    assert our_pod["containers"][0]["resources"] == helm_pod["containers"][0]["resources"]


def test_the_charts_values_file_loads_its_backup_keys_as_written(tmp_path):
    """Every `backup` key of the chart's values.yaml loads (off, as the chart ships it); the rest of
    the file is test_migration.py's."""
    overlay = tmp_path / "tls.yaml"
    overlay.write_text(yaml.safe_dump({"server": {"tls": {"existingSecret": "x"}}}))
    loaded = load_values(HELM_CHART / "values.yaml", overlay).backup.model_dump(by_alias=True)
    written = yaml.safe_load((HELM_CHART / "values.yaml").read_text())["backup"]
    assert written["enabled"] is False

    def same(mine: dict[str, Any], theirs: dict[str, Any], where: str) -> None:
        for key, value in theirs.items():
            if isinstance(value, dict):
                same(mine[key], value, f"{where}.{key}")
            else:
                assert mine[key] == value, f"{where}.{key}"

    same(loaded, written, "backup")


@pytest.mark.parametrize("written,kept", [("prod/", "prod"), ("prod/eu/", "prod/eu"), ("prod", "prod")])
def test_s3_a_prefix_written_as_a_folder_loses_its_trailing_slash(tmp_path, written, kept):
    data = {"backup": {"enabled": True, "sink": "s3", "s3": {"bucket": "b-1", "prefix": written}}}
    assert load_data(tmp_path, data).backup.s3.prefix == kept
    [upload] = pod_spec(render_values(tmp_path, data))["containers"]
    assert env_of(upload)["BACKUP_S3_PREFIX"] == kept


@pytest.mark.parametrize("written", ["/prod", "prod//", "prod//eu", "/", "prod eu/", "s3://b-1/prod/"])
def test_s3_a_prefix_refuses_every_other_slash(tmp_path, written):
    problems = values_problems(tmp_path, {"backup": {"s3": {"prefix": written}}})
    assert len(problems) == 1 and problems[0].startswith(f"backup.s3.prefix: {written!r} is not an S3 key prefix")
