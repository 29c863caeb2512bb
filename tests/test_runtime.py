"""What makes the synthesized deployment actually run, asserted on the YAML a cluster receives:
database login, agent identity and trust, secrets kept out of dist/, TLS sources."""

from __future__ import annotations

import pytest

from certctl_k8s.values import ValuesError, load_values
from conftest import ROOT, containers, find, pod_specs, render_values


def env_of(container):
    return {e["name"]: e for e in container.get("env", [])}


def server_container(rendered):
    return find(rendered, "Deployment", "certctl-server")["spec"]["template"]["spec"]["containers"][0]


def server_config(rendered):
    return find(rendered, "ConfigMap", "certctl-server")["data"]


@pytest.fixture(scope="module")
def default(tmp_path_factory):
    return render_values(tmp_path_factory.mktemp("default"), {})


def test_database_url_holds_no_password_and_pgpassword_comes_from_the_postgres_secret(default):
    url = server_config(default)["CERTCTL_DATABASE_URL"]
    assert url == "postgres://certctl@certctl-postgres:5432/certctl?sslmode=disable"
    server_ref = env_of(server_container(default))["PGPASSWORD"]["valueFrom"]["secretKeyRef"]
    spec = find(default, "StatefulSet")["spec"]["template"]["spec"]
    pg = spec["containers"][0]
    password_file = env_of(pg)["POSTGRES_PASSWORD_FILE"]["value"]
    mount = next(m for m in pg["volumeMounts"] if password_file.startswith(m["mountPath"] + "/"))
    volume = next(v for v in spec["volumes"] if v["name"] == mount["name"])["secret"]
    item = next(i for i in volume["items"] if password_file.endswith("/" + i["path"]))
    assert (
        server_ref
        == {"name": volume["secretName"], "key": item["key"]}
        == {"name": "certctl-postgres", "key": "password"}
    )


def test_any_inline_password_works_because_it_never_enters_the_url(tmp_path):
    password = "p/a+s=s@w:o%rd"
    rendered = render_values(tmp_path, {"postgresql": {"auth": {"password": password}}})
    assert password not in server_config(rendered)["CERTCTL_DATABASE_URL"]
    inline = find(rendered, "Secret", "certctl-inline")["stringData"]
    assert inline["postgres-password"] == password


def test_external_database(tmp_path):
    rendered = render_values(
        tmp_path,
        {
            "postgresql": {
                "enabled": False,
                "external": {"host": "db.example.com", "port": 6432},
                "auth": {"existingSecret": "db-pass", "passwordKey": "pw", "username": "app", "database": "pki"},
                "tls": {"mode": "verify-full", "caSecretRef": "db-ca"},
            }
        },
    )
    assert not [m for m in rendered.manifests if "postgres" in m["metadata"]["name"]]
    config = server_config(rendered)
    assert config["CERTCTL_DATABASE_URL"] == "postgres://app@db.example.com:6432/pki?sslmode=verify-full"
    assert config["PGSSLROOTCERT"] == "/etc/certctl/postgres-ca/ca.crt"
    container = server_container(rendered)
    assert env_of(container)["PGPASSWORD"]["valueFrom"]["secretKeyRef"] == {"name": "db-pass", "key": "pw"}
    spec = find(rendered, "Deployment", "certctl-server")["spec"]["template"]["spec"]
    volume = next(v for v in spec["volumes"] if v["name"] == "postgres-ca")
    assert volume["secret"]["secretName"] == "db-ca"
    assert {"name": "postgres-ca", "mountPath": "/etc/certctl/postgres-ca", "readOnly": True} in container[
        "volumeMounts"
    ]


def test_postgres_pod_runs_on_a_read_only_root(default):
    sts = find(default, "StatefulSet")["spec"]
    container = sts["template"]["spec"]["containers"][0]
    assert env_of(container)["PGDATA"]["value"] == "/var/lib/postgresql/data/postgres"
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    mounted = {m["mountPath"] for m in container["volumeMounts"]}
    assert {"/var/lib/postgresql/data", "/var/run/postgresql", "/tmp"} <= mounted
    assert sts["persistentVolumeClaimRetentionPolicy"] == {"whenDeleted": "Retain", "whenScaled": "Retain"}


def test_postgres_probes_use_the_configured_user_and_database(tmp_path):
    rendered = render_values(tmp_path, {"postgresql": {"auth": {"username": "pki_owner", "database": "pki"}}})
    container = find(rendered, "StatefulSet")["spec"]["template"]["spec"]["containers"][0]
    for probe in ("livenessProbe", "readinessProbe"):
        command = container[probe]["exec"]["command"]
        assert command[0] == "pg_isready" and "pki_owner" in command and "pki" in command


@pytest.mark.parametrize(
    ("agent", "variable", "name"),
    [
        ({"kind": "DaemonSet"}, "NODE_NAME", "certctl-$(NODE_NAME)"),
        # One replica keeps one registration across restarts and rollouts.
        ({"kind": "Deployment"}, None, "certctl-agent"),
    ],
    ids=["DaemonSet", "Deployment"],
)
def test_agent_registers_before_it_starts(tmp_path, agent, variable, name):
    rendered = render_values(tmp_path, {"agent": agent})
    spec = find(rendered, agent["kind"], "certctl-agent")["spec"]["template"]["spec"]
    [register] = spec["initContainers"]
    [container] = spec["containers"]
    assert register["command"] == ["sh", "/scripts/register-agent.sh"]
    assert container["command"] == ["sh", "/scripts/start-agent.sh", "/app/agent"]
    assert env_of(register)["AGENT_ID_FILE"] == env_of(container)["AGENT_ID_FILE"]
    assert env_of(container)["CERTCTL_AGENT_NAME"]["value"] == name
    assert env_of(container)["NODE_NAME"]["valueFrom"]["fieldRef"]["fieldPath"] == "spec.nodeName"
    if variable:  # $(VAR) expands only for variables defined earlier in the list.
        names = [e["name"] for e in register["env"]]
        assert names.index(variable) < names.index("CERTCTL_AGENT_NAME")
    assert env_of(register)["CERTCTL_SERVER_URL"]["value"] == "https://certctl-server.certctl.svc:8443"
    scripts = find(rendered, "ConfigMap", "certctl-scripts")["data"]
    # every script of the package's scripts folder, read from the folder itself
    assert set(scripts) == {path.name for path in (ROOT / "constructs/certctl_k8s/scripts").glob("*.sh")}


@pytest.mark.parametrize(
    "tls, trust_key",
    [
        ({}, "ca.crt"),
        ({"existingSecret": "made-by-kubectl"}, "tls.crt"),
        ({"existingSecret": "with-ca", "caKey": "ca.crt"}, "ca.crt"),
        ({"certManager": {"enabled": True, "issuerRef": {"name": "internal-ca"}}}, "ca.crt"),
    ],
)
def test_agents_trust_the_ca_and_never_mount_the_server_key(tmp_path, tls, trust_key):
    rendered = render_values(tmp_path, {"server": {"tls": tls}})
    spec = find(rendered, "DaemonSet")["spec"]["template"]["spec"]
    [server_ca] = [v for v in spec["volumes"] if "secret" in v]
    assert server_ca["secret"]["items"] == [{"key": trust_key, "path": "ca.crt"}]
    for container in containers(spec):
        assert env_of(container)["CERTCTL_SERVER_CA_BUNDLE_PATH"]["value"] == "/etc/certctl/server-ca/ca.crt"


def test_a_rotation_lists_a_name_twice_and_the_registrar_never(tmp_path):
    """certctl accepts a key name twice with the same admin flag (a rotation overlap); the
    bootstrap token is compared whole, so the registrar key has no overlap."""
    rendered = render_values(
        tmp_path,
        {
            "server": {
                "auth": {
                    "keys": {
                        "previous": {
                            "agent": {"secretKeyRef": {"name": "old-keys", "key": "agent"}},
                            "admin": {"secretKeyRef": {"name": "old-keys", "key": "admin"}},
                        },
                        "extra": [{"name": "ci", "secretKeyRef": {"name": "ci-key", "key": "key"}, "admin": False}],
                    }
                }
            }
        },
    )
    env = env_of(server_container(rendered))
    assert env["CERTCTL_API_KEYS_NAMED"]["value"] == (
        "admin:$(API_KEY_ADMIN):admin,agent:$(API_KEY_AGENT),registrar:$(API_KEY_REGISTRAR),"
        "metrics:$(API_KEY_METRICS),admin:$(API_KEY_ADMIN_PREVIOUS):admin,agent:$(API_KEY_AGENT_PREVIOUS),"
        "ci:$(API_KEY_EXTRA_0)"
    )
    assert env["API_KEY_AGENT_PREVIOUS"]["valueFrom"]["secretKeyRef"] == {"name": "old-keys", "key": "agent"}
    assert env["CERTCTL_AGENT_BOOTSTRAP_TOKEN"] == {
        "name": "CERTCTL_AGENT_BOOTSTRAP_TOKEN",
        "value": "$(API_KEY_REGISTRAR)",
    }
    names = [e["name"] for e in server_container(rendered)["env"]]
    # $(VAR) expands only variables defined earlier in the list.
    assert max(names.index(n) for n in names if n.startswith("API_KEY_")) < names.index("CERTCTL_API_KEYS_NAMED")
    assert server_config(rendered)["CERTCTL_AGENT_BOOTSTRAP_TOKEN_DENY_EMPTY"] == "true"


@pytest.mark.parametrize(
    "auth_type, reason",
    [
        ("none", "CERTCTL_DEMO_MODE_ACK and an acknowledgement timestamp less than 24 hours old"),
        ("oidc", "the OIDC auth chain is not yet wired in this build"),
        ("jwt", "certctl has no JWT authentication"),
    ],
)
def test_auth_types_certctl_v2_1_cannot_run_exit_2(tmp_path, auth_type, reason):
    path = tmp_path / "values.yaml"
    path.write_text(f"server:\n  auth:\n    type: {auth_type}\n")
    with pytest.raises(ValuesError) as caught:
        load_values(path)
    [line] = caught.value.problems
    assert line.startswith(f"{path}: server.auth.type: '{auth_type}' is refused: ")
    assert reason in line and "keep api-key" in line


def test_no_secret_material_in_dist_by_default(env):
    assert not [m for m in env.manifests if m["kind"] == "Secret"]


def test_every_secret_reference_is_expected_by_name(default):
    from certctl_k8s.components.context import Context
    from certctl_k8s.values import Values

    expected = {s.name: set(s.keys) for s in Context(Values()).credentials.expected}
    for spec in pod_specs(default).values():
        for container in containers(spec):
            for entry in container.get("env", []):
                ref = entry.get("valueFrom", {}).get("secretKeyRef")
                if ref:
                    assert ref["key"] in expected[ref["name"]]


def test_cert_manager_certificate_follows_release_and_namespace(tmp_path):
    rendered = render_values(
        tmp_path,
        {
            "release": "pki",
            "namespace": "team-a",
            "server": {
                "tls": {
                    "certManager": {
                        "enabled": True,
                        "issuerRef": {"name": "internal-ca"},
                        "dnsNames": ["certctl.example.com"],
                    }
                }
            },
        },
    )
    cert = find(rendered, "Certificate")
    assert cert["spec"]["secretName"] == "pki-certctl-tls"
    assert cert["spec"]["dnsNames"] == [
        "pki-certctl-server",
        "pki-certctl-server.team-a",
        "pki-certctl-server.team-a.svc",
        "pki-certctl-server.team-a.svc.cluster.local",
        "localhost",
        "certctl.example.com",
    ]
    assert cert["spec"]["privateKey"] == {"algorithm": "ECDSA", "size": 256, "rotationPolicy": "Always"}


def test_renewed_certificates_reach_the_server_through_the_reload_sidecar(default):
    spec = find(default, "Deployment", "certctl-server")["spec"]["template"]["spec"]
    assert spec["shareProcessNamespace"] is True
    reloader = next(c for c in spec["containers"] if c["name"] == "tls-reloader")
    assert reloader["command"] == ["sh", "/scripts/reload-on-change.sh"]
    assert env_of(reloader)["RELOAD_PROCESS"]["value"] == "/app/server"
    assert reloader["securityContext"]["runAsUser"] == spec["containers"][0]["securityContext"]["runAsUser"]


def test_local_issuer_ca_persists_through_a_secret(default):
    config = server_config(default)
    assert config["CERTCTL_CA_CERT_PATH"] == "/etc/certctl/issuer-ca/ca.crt"
    assert config["CERTCTL_CA_KEY_PATH"] == "/etc/certctl/issuer-ca/ca.key"
    spec = find(default, "Deployment", "certctl-server")["spec"]["template"]["spec"]
    assert {"name": "issuer-ca", "secret": {"secretName": "certctl-issuer-ca", "defaultMode": 0o440}} in spec["volumes"]


def test_env_as_map_or_list_renders_the_same(tmp_path):
    as_map = render_values(tmp_path, {"server": {"env": {"CERTCTL_DEMO_SEED": False, "GOMAXPROCS": 2}}})
    # (the map is written with sorted keys, so the list follows that order)
    as_list = render_values(
        tmp_path,
        {"server": {"env": [{"name": "CERTCTL_DEMO_SEED", "value": "false"}, {"name": "GOMAXPROCS", "value": "2"}]}},
        name="other",
    )
    assert server_container(as_map)["env"] == server_container(as_list)["env"]
    assert {"name": "GOMAXPROCS", "value": "2"} in server_container(as_map)["env"]


def test_ingress_speaks_https_to_the_backend(tmp_path):
    rendered = render_values(
        tmp_path,
        {
            "ingress": {
                "enabled": True,
                "certManager": {"enabled": True, "issuerRef": {"name": "le"}},
                "tls": [{"secretName": "t", "hosts": ["certctl.local"]}],
            }
        },
    )
    ingress = find(rendered, "Ingress")
    annotations = ingress["metadata"]["annotations"]
    assert annotations["nginx.ingress.kubernetes.io/backend-protocol"] == "HTTPS"
    assert annotations["cert-manager.io/cluster-issuer"] == "le"
    assert ingress["spec"]["tls"] == [{"secretName": "t", "hosts": ["certctl.local"]}]
    backend = ingress["spec"]["rules"][0]["http"]["paths"][0]["backend"]
    assert backend == {"service": {"name": "certctl-server", "port": {"name": "https"}}}
