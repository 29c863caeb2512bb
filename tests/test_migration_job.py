"""`migrations.viaHook`: the Job `<fullname>-migrate-<digest>` runs `/app/server --migrate-only`
with exactly the server's settings, secrets and files (certctl validates them all before it
migrates); the server skips migrating and its pods wait for the schema; the Job reaches the
database and nothing else. Off by default: servers migrate at start, and no Job is emitted."""

from __future__ import annotations

from typing import Any

from test_security import rules_for, selector, tcp

from conftest import find, render_values
from tests.support.validation import validate

VIA_HOOK = {"migrations": {"viaHook": True}}


def _job(rendered) -> dict[str, Any]:
    [job] = [
        m
        for m in rendered.manifests
        if m["kind"] == "Job" and m["metadata"]["labels"]["app.kubernetes.io/component"] == "migration"
    ]
    return job


def _server_pod(rendered) -> dict[str, Any]:
    return find(rendered, "Deployment", "certctl-server")["spec"]["template"]["spec"]


def _container(spec: dict[str, Any], name: str) -> dict[str, Any]:
    return next(c for c in spec.get("initContainers", []) + spec["containers"] if c["name"] == name)


def test_off_by_default_servers_migrate_at_start(tmp_path):
    rendered = render_values(tmp_path, {})
    assert not [m for m in rendered.manifests if m["metadata"]["name"].startswith("certctl-migrat")]
    assert "CERTCTL_MIGRATIONS_VIA_HOOK" not in find(rendered, "ConfigMap", "certctl-server")["data"]
    # ... after waiting for the database, which certctl pings only once (cmd/server/main.go:157-161)
    [wait] = _server_pod(rendered)["initContainers"]
    assert (wait["name"], wait["command"]) == ("wait-for-database", ["sh", "/scripts/schema-wait.sh", "database"])


def test_the_job_runs_migrate_only_with_the_servers_settings_and_files(tmp_path):
    rendered = render_values(tmp_path, VIA_HOOK)
    for manifest in rendered.manifests:
        validate(manifest)
    job = _job(rendered)
    assert job["metadata"]["name"].startswith("certctl-migrate-") and len(job["metadata"]["name"]) == 26
    assert job["metadata"]["annotations"]["kustomize.toolkit.fluxcd.io/force"] == "enabled"
    assert not [a for a in job["metadata"]["annotations"] if a.startswith(("argocd.", "helm.sh/"))]
    assert (job["spec"]["backoffLimit"], job["spec"]["activeDeadlineSeconds"]) == (1, 600)
    spec = job["spec"]["template"]["spec"]
    migrate, server = _container(spec, "migrate"), _container(_server_pod(rendered), "server")
    assert migrate["command"] == ["/app/server", "--migrate-only"]
    for field in ("image", "envFrom", "volumeMounts", "securityContext", "resources"):
        assert migrate[field] == server[field], field
    # The server's env without the API keys: the Job serves nothing, so it needs no key and no token.
    keys = {"CERTCTL_API_KEYS_NAMED", "CERTCTL_AGENT_BOOTSTRAP_TOKEN"}
    served = [e for e in server["env"] if not e["name"].startswith("API_KEY_") and e["name"] not in keys]
    assert migrate["env"] == [
        served[0],
        {"name": "CERTCTL_AGENT_BOOTSTRAP_TOKEN_DENY_EMPTY", "value": "false"},
        *served[1:],
    ]
    assert served[0]["name"] == "CERTCTL_AUTH_SECRET"
    server_volumes = {v["name"]: v for v in _server_pod(rendered)["volumes"]}
    assert all(server_volumes[m["name"]] in spec["volumes"] for m in migrate["volumeMounts"])
    assert [c["name"] for c in spec["initContainers"]] == ["wait-for-database"]
    assert spec["restartPolicy"] == "Never"
    assert spec["serviceAccountName"] == "certctl-migration" and spec["automountServiceAccountToken"] is False
    assert spec["nodeSelector"] == {"kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64"}
    account = find(rendered, "ServiceAccount", "certctl-migration")
    assert account["automountServiceAccountToken"] is False


def test_the_server_skips_migrating_and_waits_for_the_schema(tmp_path):
    rendered = render_values(tmp_path, VIA_HOOK)
    assert find(rendered, "ConfigMap", "certctl-server")["data"]["CERTCTL_MIGRATIONS_VIA_HOOK"] == "true"
    spec = _server_pod(rendered)
    assert [c["name"] for c in spec["initContainers"]] == ["list-migrations", "wait-for-schema"]
    listing, wait = spec["initContainers"]
    assert listing["image"] == _container(spec, "server")["image"]
    assert listing["command"][-2:] == ["/app/migrations", "/run/certctl/schema/expected"]
    assert wait["image"] == "postgres:16-alpine"
    env = {e["name"]: e for e in wait["env"]}
    assert env["CERTCTL_DATABASE_URL"]["value"] == "postgres://certctl@certctl-postgres:5432/certctl?sslmode=disable"
    assert env["PGPASSWORD"]["valueFrom"]["secretKeyRef"] == {"name": "certctl-postgres", "key": "password"}


def test_a_migrations_path_set_in_env_is_the_one_listed(tmp_path):
    data = {**VIA_HOOK, "server": {"env": {"CERTCTL_DATABASE_MIGRATIONS_PATH": "./db/migrations"}}}
    listing = _server_pod(render_values(tmp_path, data))["initContainers"][0]
    assert listing["command"][-2] == "/app/db/migrations"


def test_resources_default_to_the_servers_and_can_be_set(tmp_path):
    budget = {"requests": {"cpu": "1", "memory": "1Gi"}, "limits": {"cpu": "2", "memory": "2Gi"}}
    data = {"migrations": {"viaHook": True, "resources": budget, "backoffLimit": 3, "activeDeadlineSeconds": 1200}}
    job = _job(render_values(tmp_path, data))
    assert _container(job["spec"]["template"]["spec"], "migrate")["resources"] == budget
    assert (job["spec"]["backoffLimit"], job["spec"]["activeDeadlineSeconds"]) == (3, 1200)


def _job_name(tmp_path, data: dict[str, Any]) -> str:
    return _job(render_values(tmp_path, {**VIA_HOOK, **data}))["metadata"]["name"]


def test_the_jobs_name_follows_what_it_runs(tmp_path):
    """A new image (a new release's migrations) or new settings make a new Job, which runs; a
    change that does not reach the Job keeps the finished one."""
    base = _job_name(tmp_path, {})
    assert _job_name(tmp_path, {"server": {"image": {"tag": "v2.1.8"}}}) != base
    assert _job_name(tmp_path, {"server": {"logging": {"level": "debug"}}}) != base
    tls = [{"secretName": "certctl-ingress-tls", "hosts": ["certctl.local"]}]
    assert _job_name(tmp_path, {"ingress": {"enabled": True, "tls": tls}}) == base
    assert _job_name(tmp_path, {"agent": {"enabled": False}}) == base


def test_an_env_entry_of_the_chart_turns_it_on(tmp_path):
    """The chart's values.yaml asks operators to set CERTCTL_MIGRATIONS_VIA_HOOK by hand."""
    rendered = render_values(tmp_path, {"server": {"env": {"CERTCTL_MIGRATIONS_VIA_HOOK": "true"}}})
    assert _job(rendered)
    server = _container(_server_pod(rendered), "server")
    assert not [e for e in server["env"] if e["name"] == "CERTCTL_MIGRATIONS_VIA_HOOK"]


def test_the_job_reaches_the_bundled_database_and_nothing_else(tmp_path):
    rendered = render_values(tmp_path, VIA_HOOK)
    postgres = selector(rendered, "postgres")
    migration = {"app.kubernetes.io/name": "certctl", "app.kubernetes.io/instance": "certctl"}
    migration["app.kubernetes.io/component"] = "migration"
    egress = [rule for rule in rules_for(rendered, migration, "egress") if "namespaceSelector" not in str(rule)]
    assert egress == [{"to": [{"podSelector": {"matchLabels": postgres}}], "ports": [tcp(5432)]}]
    [admitted] = rules_for(rendered, postgres, "ingress")
    assert {"podSelector": {"matchLabels": migration}} in admitted["from"]


def test_the_job_reaches_an_external_database_on_its_port(tmp_path):
    data = {
        **VIA_HOOK,
        "postgresql": {
            "enabled": False,
            "external": {"host": "db.example.com", "port": 6432},
            "auth": {"existingSecret": "db"},
        },
        "networkPolicy": {"egressCidrs": ["10.20.0.0/16"]},
    }
    rendered = render_values(tmp_path, data)
    policy = find(rendered, "NetworkPolicy", "certctl-migration-egress")
    assert policy["spec"]["egress"] == [{"to": [{"ipBlock": {"cidr": "10.20.0.0/16"}}], "ports": [tcp(6432)]}]
