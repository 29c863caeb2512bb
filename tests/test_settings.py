"""certctl's configuration surface: every variable certctl reads is set by exactly one typed key,
by the chart itself, or left to `env` on purpose; each typed key reaches the server pod under its
exact name, credentials through Secrets and files through mounted Secret keys; `server.env` and
`agent.env` are checked against what certctl reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from certctl_k8s.synth import Environment, render
from certctl_k8s.values import load_values
from certctl_k8s.values.release import APP_VERSION
from certctl_k8s.values.settings import NAME
from certctl_k8s.values.variables import DERIVED, ENV_ONLY, KEYED, catalog, first_boot_variables, typed
from conftest import REFERENCE, find, load_data, render_values, values_problems
from tests.support.validation import validate

FIXTURES = Path(__file__).parent / "fixtures"
CERTCTL_ENV = REFERENCE / "certctl-env.json"
FILES_DIR = "/etc/certctl/files"


def test_the_packaged_catalog_is_the_reference_list():
    reference: dict[str, set[str]] = {}
    for entry in json.loads(CERTCTL_ENV.read_text()):
        reference.setdefault(entry["binary"], set()).add(entry["name"])
    assert {binary: set(names) for binary, names in catalog().items()} == reference


@pytest.mark.parametrize("binary", ["server", "agent"])
def test_every_variable_certctl_reads_has_exactly_one_home(binary):
    homes = [set(typed(binary)), set(KEYED[binary]), set(DERIVED[binary]), set(ENV_ONLY[binary])]
    assert set(catalog()[binary]) == set().union(*homes)
    assert sum(len(home) for home in homes) == len(catalog()[binary]), "a variable is claimed twice"


def test_first_boot_variables_are_the_issuers():
    assert "CERTCTL_VAULT_ADDR" in first_boot_variables()
    assert "CERTCTL_ACME_DIRECTORY_URL" in first_boot_variables()
    assert all(typed("server")[v].startswith("server.issuer.") for v in first_boot_variables())
    assert not any(
        typed("server")[v].startswith("server.issuer.") for v in set(typed("server")) - first_boot_variables()
    )


def _server_pod(*files: Path):
    rendered = render(Environment("case", load_values(*files)))
    for document in rendered.manifests:
        validate(document)
    deployment = find(rendered, "Deployment", "certctl-server")
    spec = deployment["spec"]["template"]["spec"]
    container = next(c for c in spec["containers"] if c["name"] == "server")
    config = find(rendered, "ConfigMap", "certctl-server")["data"]
    return spec, container, config


def _variables(container, config) -> dict[str, object]:
    return {**config, **{e["name"]: e.get("value", e.get("valueFrom")) for e in container["env"]}}


def test_every_typed_setting_reaches_the_server_under_its_exact_name():
    spec, container, config = _server_pod(FIXTURES / "every-setting.yaml")
    _, legacy_container, legacy_config = _server_pod(FIXTURES / "scep-legacy.yaml")
    found = {
        name
        for name in {**_variables(container, config), **_variables(legacy_container, legacy_config)}
        if name.startswith("CERTCTL_")
    }
    expected = {variable.replace(NAME, "CORP") for variable in typed("server")}
    assert expected - found == set()
    assert found - expected <= set(DERIVED["server"]) | set(KEYED["server"])


def test_credentials_come_from_secrets_and_files_from_mounted_secret_keys():
    spec, container, config = _server_pod(FIXTURES / "every-setting.yaml")
    env = {e["name"]: e for e in container["env"]}
    assert env["CERTCTL_VAULT_TOKEN"]["valueFrom"] == {"secretKeyRef": {"name": "vault", "key": "token"}}
    assert env["CERTCTL_SCEP_PROFILE_CORP_CHALLENGE_PASSWORD"]["valueFrom"] == {
        "secretKeyRef": {"name": "scep", "key": "corp"}
    }
    assert not any(v.startswith(("CERTCTL_VAULT_TOKEN", "CERTCTL_SMTP_PASSWORD")) for v in config)
    assert config["CERTCTL_ENTRUST_CLIENT_KEY_PATH"] == f"{FILES_DIR}/entrust/tls.key"
    assert (
        config["CERTCTL_GOOGLE_CAS_CREDENTIALS"]
        == config["CERTCTL_GCP_SM_CREDENTIALS"]
        == f"{FILES_DIR}/gcp/service-account.json"
    )
    mounts = {m["mountPath"]: m for m in container["volumeMounts"]}
    volumes = {v["name"]: v for v in spec["volumes"]}
    for variable, path in config.items():
        if path.startswith(FILES_DIR):
            folder, key = path.rsplit("/", 1)
            mount = mounts[folder]
            assert mount["readOnly"] is True
            secret = volumes[mount["name"]]["secret"]
            assert secret["secretName"] == folder.rsplit("/", 1)[1]
            assert {"key": key, "path": key} in secret["items"], variable


def test_values_map_to_certctl_formats():
    _, container, config = _server_pod(FIXTURES / "every-setting.yaml")
    assert config["CERTCTL_DIGEST_RECIPIENTS"] == "ops@example.com,sec@example.com"
    assert config["CERTCTL_SCEP_PROFILES"] == "corp"
    assert config["CERTCTL_EST_PROFILE_CORP_ALLOWED_AUTH_MODES"] == "mtls,basic"
    assert config["CERTCTL_VERIFY_DEPLOYMENT"] == "false"
    assert config["CERTCTL_SECTIGO_ORG_ID"] == "42"
    assert config["CERTCTL_SCHEDULER_RENEWAL_CHECK_INTERVAL"] == "30m"


def test_unset_settings_leave_certctl_defaults(tmp_path):
    rendered = render_values(tmp_path, {})
    config = find(rendered, "ConfigMap", "certctl-server")["data"]
    assert not any(
        v.startswith(("CERTCTL_SCHEDULER_", "CERTCTL_VAULT_", "CERTCTL_SCEP_", "CERTCTL_ACME_SERVER_")) for v in config
    )


def test_disabled_sections_set_nothing(tmp_path):
    data = yaml.safe_load((FIXTURES / "every-setting.yaml").read_text())
    for section in ("vault", "digicert", "entrust"):
        data["server"]["issuer"][section]["enabled"] = False
    data["server"]["cloudDiscovery"]["enabled"] = False
    for source in ("awsSecretsManager", "azureKeyVault", "gcpSecretManager"):
        data["server"]["cloudDiscovery"][source]["enabled"] = False
    config = find(render_values(tmp_path, data), "ConfigMap", "certctl-server")["data"]
    assert not any(
        v.startswith(
            ("CERTCTL_VAULT_", "CERTCTL_DIGICERT_", "CERTCTL_ENTRUST_", "CERTCTL_AWS_SM_", "CERTCTL_CLOUD_DISCOVERY_")
        )
        for v in config
    )
    assert "CERTCTL_SECTIGO_LOGIN" in config


@pytest.mark.parametrize(
    "issuer, first_required",
    [
        ("vault", "addr"),
        ("digicert", "apiKey"),
        ("sectigo", "customerURI"),
        ("googleCas", "project"),
        ("awsPca", "region"),
        ("entrust", "apiURL"),
        ("globalsign", "apiURL"),
        ("ejbca", "apiURL"),
    ],
)
def test_an_enabled_issuer_names_its_first_missing_key(tmp_path, issuer, first_required):
    problems = values_problems(tmp_path, {"server": {"issuer": {issuer: {"enabled": True}}}})
    assert len(problems) == 1
    assert problems[0].startswith(
        f"server.issuer.{issuer}.{first_required}: is required when enabled is true (CERTCTL_"
    )


@pytest.mark.parametrize(
    "data, expected",
    [
        (
            {"server": {"issuer": {"ejbca": {"enabled": True, "apiURL": "x", "caName": "y"}}}},
            "server.issuer.ejbca.clientCertPath: is required when authMode is mtls (CERTCTL_EJBCA_CLIENT_CERT_PATH)",
        ),
        (
            {"server": {"issuer": {"ejbca": {"enabled": True, "apiURL": "x", "caName": "y", "authMode": "oauth2"}}}},
            "server.issuer.ejbca.token: is required when authMode is oauth2 (CERTCTL_EJBCA_TOKEN)",
        ),
        (
            {"server": {"scep": {"enabled": True}}},
            "server.scep.challengePassword: is required when enabled is true and no profiles are set "
            "(CERTCTL_SCEP_CHALLENGE_PASSWORD)",
        ),
        (
            {
                "server": {
                    "scep": {
                        "enabled": True,
                        "challengePassword": {"secretKeyRef": {"name": "s", "key": "k"}},
                        "profiles": {
                            "corp": {"issuerID": "i", "challengePassword": "p", "raCertPath": "/a", "raKeyPath": "/b"}
                        },
                    }
                }
            },
            "server.scep.challengePassword: is ignored by certctl once profiles are set; move it into a profile",
        ),
        (
            {"server": {"scep": {"enabled": True, "profiles": {"corp": {"issuerID": "i"}}}}},
            "server.scep.profiles.corp.challengePassword: is required when enabled is true "
            f"(CERTCTL_SCEP_PROFILE_{NAME}_CHALLENGE_PASSWORD)",
        ),
        (
            {"server": {"est": {"profiles": {"Corp_1": {"issuerID": "i"}}}}},
            "server.est.profiles.Corp_1: profile name 'Corp_1' must be lowercase letters and digits, optionally "
            "joined by single '-' (it becomes the URL path)",
        ),
        (
            {"server": {"est": {"profiles": {"est": {"issuerID": "i"}}}}},
            "server.est.profiles.est: the name est is reserved (the legacy /.well-known/est/ root)",
        ),
        (
            {"server": {"cloudDiscovery": {"gcpSecretManager": {"enabled": True, "project": "p"}}}},
            "server.cloudDiscovery.enabled: must be true for gcpSecretManager.enabled to take effect "
            "(it runs the schedule)",
        ),
        (
            {"server": {"ocspResponder": {"keyDir": "/var/lib/certctl/ocsp"}}},
            "server.ocspResponder.keyDir: '/var/lib/certctl/ocsp' is not writable (the root filesystem is read-only): "
            "use a path under /tmp or under a writable server.volumeMounts path",
        ),
        (
            {
                "server": {
                    "issuer": {
                        "awsPca": {"enabled": True, "region": "r", "caARN": "x", "signingAlgorithm": "SHA1WITHRSA"}
                    }
                }
            },
            "server.issuer.awsPca.caARN: String should match pattern '^(arn:[^:]+:acm-pca:.*)?$'",
        ),
        (
            {"server": {"scheduler": {"renewalCheckInterval": "1 hour"}}},
            "server.scheduler.renewalCheckInterval: '1 hour' is not a Go duration (examples: 30s, 5m, 1h30m, 2160h)",
        ),
    ],
)
def test_settings_rules(tmp_path, data, expected):
    assert expected in values_problems(tmp_path, data)


def test_writable_ocsp_key_dir_on_a_volume(tmp_path):
    rendered = render_values(
        tmp_path,
        {
            "server": {
                "ocspResponder": {"keyDir": "/var/lib/certctl/ocsp"},
                "volumes": [{"name": "ocsp", "persistentVolumeClaim": {"claimName": "ocsp"}}],
                "volumeMounts": [{"name": "ocsp", "mountPath": "/var/lib/certctl"}],
            }
        },
    )
    assert (
        find(rendered, "ConfigMap", "certctl-server")["data"]["CERTCTL_OCSP_RESPONDER_KEY_DIR"]
        == "/var/lib/certctl/ocsp"
    )


@pytest.mark.parametrize(
    "env, expected",
    [
        (
            {"server": {"env": {"CERTCTL_LOG_LEVLE": "debug"}}},
            "server.env.CERTCTL_LOG_LEVLE: certctl's server reads no such variable; did you mean CERTCTL_LOG_LEVEL?",
        ),
        (
            {"server": {"env": {"CERTCTL_SERVER_TLS_CERT_PATH": "/tls.crt"}}},
            "server.env.CERTCTL_SERVER_TLS_CERT_PATH: is set from server.tls (the mounted certificate); remove it "
            "from server.env",
        ),
        (
            {"server": {"env": {"CERTCTL_AGENT_NAME": "a"}}},
            "server.env.CERTCTL_AGENT_NAME: the server does not read it (the agent does, set by agent.name)",
        ),
        (
            {"agent": {"env": [{"name": "CERTCTL_KEYGEN_MODE", "value": "agent"}]}},
            "agent.env.CERTCTL_KEYGEN_MODE: the agent does not read it (the server does, set by server.keygen.mode)",
        ),
        (
            {"agent": {"env": [{"name": "CERTCTL_API_KEY", "value": "k"}]}},
            "agent.env.CERTCTL_API_KEY: is set from server.auth.keys.agent (the agents' runtime key); remove it "
            "from agent.env",
        ),
        (
            {"agent": {"env": [{"name": "CERTCTL_AGENT_IDD", "value": "x"}]}},
            "agent.env.CERTCTL_AGENT_IDD: certctl's agent reads no such variable; did you mean CERTCTL_AGENT_ID?",
        ),
        (
            {"agent": {"env": [{"name": "TZ", "value": "UTC"}, {"name": "TZ", "value": "CET"}]}},
            "agent.env.TZ: is set twice",
        ),
    ],
)
def test_env_is_checked_against_what_certctl_reads(tmp_path, env, expected):
    assert values_problems(tmp_path, env) == [expected]


def test_every_env_problem_is_reported_at_once(tmp_path):
    problems = values_problems(
        tmp_path,
        {
            "server": {"env": {"CERTCTL_LOG_LEVLE": "x", "CERTCTL_RATE_LIMIT_RPS": "5"}, "rateLimiting": {"rps": 6}},
            "agent": {"env": {"CERTCTL_API_KEY": "k"}},
        },
    )
    assert [p.split(":")[0] for p in problems] == [
        "server.env.CERTCTL_LOG_LEVLE",
        "server.env.CERTCTL_RATE_LIMIT_RPS",
        "agent.env.CERTCTL_API_KEY",
    ]


def test_env_only_variables_and_other_names_pass(tmp_path):
    rendered = render_values(
        tmp_path,
        {"server": {"env": {"CERTCTL_DEMO_SEED": "true", "HTTPS_PROXY": "http://p:3128", "PGCONNECT_TIMEOUT": "5"}}},
    )
    env = {
        e["name"]: e.get("value")
        for e in find(rendered, "Deployment", "certctl-server")["spec"]["template"]["spec"]["containers"][0]["env"]
    }
    assert env["CERTCTL_DEMO_SEED"] == "true" and env["HTTPS_PROXY"] == "http://p:3128"


def test_risky_env_only_variables_warn(tmp_path):
    path = tmp_path / "values.yaml"
    path.write_text(
        yaml.safe_dump(
            {
                "server": {"env": {"CERTCTL_APPROVAL_BYPASS": "true"}},
                "agent": {"env": {"CERTCTL_SERVER_TLS_INSECURE_SKIP_VERIFY": "true"}},
            }
        )
    )
    warnings = dict(load_values(path).warnings())
    assert "never in production" in warnings["server.env.CERTCTL_APPROVAL_BYPASS"]
    assert "verification" in warnings["agent.env.CERTCTL_SERVER_TLS_INSECURE_SKIP_VERIFY"]


def test_inline_credentials_go_to_the_inline_secret_with_a_warning(tmp_path):
    data = {"server": {"issuer": {"vault": {"enabled": True, "addr": "https://v", "token": "s.inline", "role": "r"}}}}
    values = load_data(tmp_path, data)
    assert "server.issuer.vault.token" in dict(values.warnings())
    rendered = render(Environment("case", values))
    inline = find(rendered, "Secret", "certctl-inline")
    assert "vault-token" in inline.get("stringData", inline.get("data", {}))
    env = {
        e["name"]: e
        for e in find(rendered, "Deployment", "certctl-server")["spec"]["template"]["spec"]["containers"][0]["env"]
    }
    assert env["CERTCTL_VAULT_TOKEN"]["valueFrom"]["secretKeyRef"] == {"name": "certctl-inline", "key": "vault-token"}


def test_the_agent_log_level(tmp_path):
    rendered = render_values(tmp_path, {"agent": {"logLevel": "debug"}})
    spec = find(rendered, "DaemonSet")["spec"]["template"]["spec"]
    agent = next(c for c in spec["containers"] if c["name"] == "agent")
    assert {"name": "CERTCTL_LOG_LEVEL", "value": "debug"} in agent["env"]


@pytest.mark.parametrize(
    "image, repository, tag",
    [
        ({"repository": "ghcr.io/certctl-io/certctl", "tag": "2.1.0"}, "ghcr.io/certctl-io/certctl-server", "v2.1.0"),
        ({"repository": "ghcr.io/certctl-io/certctl"}, "ghcr.io/certctl-io/certctl-server", None),
    ],
)
def test_the_helm_charts_unpublished_image_is_replaced_with_a_warning(tmp_path, image, repository, tag):
    values = load_data(tmp_path, {"server": {"image": image}})
    warnings = dict(values.warnings())
    assert "certctl does not publish" in warnings["server.image.repository"]
    assert ("server.image.tag" in warnings) == (tag is not None)
    rendered = render(Environment("case", values))
    server = find(rendered, "Deployment", "certctl-server")["spec"]["template"]["spec"]["containers"][0]
    assert server["image"] == f"{repository}:{tag or APP_VERSION}"


def test_other_images_keep_their_tags(tmp_path):
    rendered = render_values(tmp_path, {"postgresql": {"image": {"tag": "16.4"}}})
    postgres = find(rendered, "StatefulSet")["spec"]["template"]["spec"]["containers"][0]
    assert postgres["image"] == "postgres:16.4"


def test_the_servers_egress_admits_the_ports_its_settings_call(tmp_path):
    data = yaml.safe_load((FIXTURES / "every-setting.yaml").read_text())
    policy = find(render_values(tmp_path, data), "NetworkPolicy", "certctl-server-egress")
    ports = {p["port"] for rule in policy["spec"]["egress"] for p in rule["ports"]}
    # 5432 database, 443 default, 465 SMTP, 8200 Vault, 8443 GlobalSign, 9000 step-ca
    assert ports == {5432, 443, 465, 8200, 8443, 9000}


def test_probing_features_warn_about_the_egress_policy(tmp_path):
    path = tmp_path / "values.yaml"
    path.write_text(yaml.safe_dump({"server": {"healthChecks": {"enabled": True}}}))
    assert "networkPolicy.egressPorts" in dict(load_values(path).warnings())["server.healthChecks.enabled"]
    path.write_text(
        yaml.safe_dump({"server": {"healthChecks": {"enabled": True}}, "networkPolicy": {"enabled": False}})
    )
    assert "server.healthChecks.enabled" not in dict(load_values(path).warnings())


def test_every_setting_snapshot(snapshot_yaml):
    """What every typed setting becomes, for review in PRs: the ConfigMap, the Secret-backed
    variables and the mounted Secret files of the server."""
    spec, container, config = _server_pod(FIXTURES / "every-setting.yaml")
    secret_env = {e["name"]: e["valueFrom"] for e in container["env"] if "valueFrom" in e}
    files = [v for v in spec["volumes"] if v["name"].startswith("files-")]
    assert {"config": config, "secretEnv": secret_env, "fileVolumes": files} == snapshot_yaml


def test_a_url_with_a_bad_port_names_its_key(tmp_path):
    problems = values_problems(
        tmp_path,
        {
            "server": {
                "issuer": {
                    "vault": {
                        "enabled": True,
                        "addr": "https://vault:82OO",
                        "token": {"secretKeyRef": {"name": "v", "key": "t"}},
                        "role": "r",
                    }
                }
            }
        },
    )
    assert problems == [
        "server.issuer.vault.addr: 'https://vault:82OO' is not a URL with a valid port "
        "(e.g. https://vault.example.com:8200)"
    ]
