"""Helm values that stand for typed keys: an `env` entry of a variable a typed key owns, the
chart's `externalDatabase.url`, and `networkPolicy.extraIngress` / `extraEgress`. Each loads,
goes through the typed key's own checks, and does what it says; a typed key the operator also
wrote, to another value, is an error naming both, while a default never is."""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml

from certctl_k8s.components.pod import env_value
from certctl_k8s.values import Values, load_values
from certctl_k8s.values.paths import field_at
from certctl_k8s.values.postgres import parse_database_url
from certctl_k8s.values.server import Server
from certctl_k8s.values.settings import NAME, declared
from certctl_k8s.values.variables import KEYED
from conftest import HELM_CHART, find, load_data, render_values, values_problems
from tests.support.deployment import Deployment
from tests.support.validation import validate


def _server(rendered) -> tuple[dict[str, Any], dict[str, str]]:
    """The server container and its settings ConfigMap."""
    spec = find(rendered, "Deployment", "certctl-server")["spec"]["template"]["spec"]
    return next(c for c in spec["containers"] if c["name"] == "server"), find(rendered, "ConfigMap", "certctl-server")[
        "data"
    ]


# --- env entries of typed variables ---------------------------------------------------------


def _defaults() -> list[tuple[str, str, str]]:
    """(binary, variable, its key's default as certctl would read it) for every variable a typed
    key with a default sets; profile variables have no key until a profile exists."""
    found = [("server", d.variable, d.key) for d in declared(Server, "server") if NAME not in d.variable]
    found += [(binary, variable, key) for binary, keyed in KEYED.items() for variable, key in keyed.items()]
    cases = []
    for binary, variable, key in found:
        target = field_at(Values, key)
        assert target is not None, key
        model, field = target
        default = model.model_fields[field].default
        if default is not None:
            cases.append((binary, variable, env_value(default)))
    return cases


DEFAULTS = _defaults()


def test_the_defaults_cover_the_typed_variables():
    assert len(DEFAULTS) > 80
    assert ("server", "CERTCTL_LOG_LEVEL", "info") in DEFAULTS
    assert ("server", "CERTCTL_MIGRATIONS_VIA_HOOK", "false") in DEFAULTS


@pytest.mark.parametrize("binary, variable, value", DEFAULTS, ids=[f"{b}-{v}" for b, v, _ in DEFAULTS])
def test_a_default_never_makes_an_env_entry_an_error(tmp_path, binary, variable, value):
    """Keys we added must never collide through their defaults: an entry alone, whatever key
    sets its variable, loads (and moves onto that key, with a warning)."""
    values = load_data(tmp_path, {binary: {"env": {variable: value}}})
    assert f"{binary}.env.{variable}" in dict(values.warnings())


def test_every_default_at_once_loads_and_sets_each_variable_once(tmp_path):
    data: dict[str, Any] = {"server": {"env": {}}, "agent": {"env": {}}}
    for binary, variable, value in DEFAULTS:
        data[binary]["env"][variable] = value
    rendered = render_values(tmp_path, data)
    server, config = _server(rendered)
    names = [e["name"] for e in server["env"]] + list(config)
    assert len(names) == len(set(names)), "a variable is set twice"


def test_an_entry_moves_onto_its_key_with_a_warning_and_is_set_once(tmp_path):
    data = {
        "server": {"env": {"CERTCTL_SCHEDULER_RENEWAL_CHECK_INTERVAL": "1h", "CERTCTL_DATABASE_MAX_CONNS": 25}},
        "agent": {"env": [{"name": "CERTCTL_LOG_LEVEL", "value": "debug"}]},
    }
    values = load_data(tmp_path, data)
    assert values.server.scheduler.renewal_check_interval == "1h"
    assert values.server.database.max_conns == 25
    assert values.agent.log_level == "debug"
    warnings = dict(values.warnings())
    assert warnings["server.env.CERTCTL_SCHEDULER_RENEWAL_CHECK_INTERVAL"] == (
        "moved to server.scheduler.renewalCheckInterval, which sets it; write that key instead"
    )
    assert warnings["agent.env.CERTCTL_LOG_LEVEL"].startswith("moved to agent.logLevel")
    rendered = render_values(tmp_path, data)
    server, config = _server(rendered)
    assert config["CERTCTL_SCHEDULER_RENEWAL_CHECK_INTERVAL"] == "1h"
    assert config["CERTCTL_DATABASE_MAX_CONNS"] == "25"
    assert not [e for e in server["env"] if e["name"].startswith("CERTCTL_SCHEDULER")]
    agent = find(rendered, "DaemonSet")["spec"]["template"]["spec"]["containers"][0]
    assert [e for e in agent["env"] if e["name"] == "CERTCTL_LOG_LEVEL"] == [
        {"name": "CERTCTL_LOG_LEVEL", "value": "debug"}
    ]


def test_moving_entries_onto_keys_leaves_the_validated_document_as_it_was():
    """The keys an entry sets are set on copies of the maps on the way: the document a caller
    validates stays as written."""
    document = {
        "server": {"scheduler": {}, "env": {"CERTCTL_SCHEDULER_RENEWAL_CHECK_INTERVAL": "1h"}},
        "agent": {"env": [{"name": "CERTCTL_LOG_LEVEL", "value": "debug"}]},
    }
    written = json.dumps(document)
    values = Values.model_validate(document)
    assert (values.server.scheduler.renewal_check_interval, values.agent.log_level) == ("1h", "debug")
    assert json.dumps(document) == written


def test_a_value_the_values_also_set_equally_loads(tmp_path):
    values = load_data(tmp_path, {"server": {"logging": {"level": "debug"}, "env": {"CERTCTL_LOG_LEVEL": "debug"}}})
    assert values.server.logging.level == "debug"
    assert "server.env.CERTCTL_LOG_LEVEL" in dict(values.warnings())


ENTRIES_THAT_CANNOT_STAND = {
    "written-differently": (
        {
            "server": {
                "scheduler": {"renewalCheckInterval": "2h"},
                "env": {"CERTCTL_SCHEDULER_RENEWAL_CHECK_INTERVAL": "1h"},
            }
        },
        "server.env.CERTCTL_SCHEDULER_RENEWAL_CHECK_INTERVAL: is '1h', but server.scheduler.renewalCheckInterval "
        "is '2h'; keep one of them",
    ),
    "agent": (
        {"agent": {"logLevel": "warn", "env": {"CERTCTL_LOG_LEVEL": "debug"}}},
        "agent.env.CERTCTL_LOG_LEVEL: is 'debug', but agent.logLevel is 'warn'; keep one of them",
    ),
    "via-hook": (
        {"migrations": {"viaHook": False}, "server": {"env": {"CERTCTL_MIGRATIONS_VIA_HOOK": "true"}}},
        "server.env.CERTCTL_MIGRATIONS_VIA_HOOK: is 'true', but migrations.viaHook is 'false'; keep one of them",
    ),
    "credential": (
        {
            "server": {
                "smtp": {"password": {"secretKeyRef": {"name": "smtp", "key": "password"}}},
                "env": {"CERTCTL_SMTP_PASSWORD": "inline"},
            }
        },
        "server.env.CERTCTL_SMTP_PASSWORD: differs from server.smtp.password, which the values also set; "
        "keep one of them",
    ),
    "invalid": (
        {"server": {"env": {"CERTCTL_SCHEDULER_RENEWAL_CHECK_INTERVAL": "1 hour"}}},
        "server.env.CERTCTL_SCHEDULER_RENEWAL_CHECK_INTERVAL: cannot move onto "
        "server.scheduler.renewalCheckInterval: '1 hour' is not a Go duration (examples: 30s, 5m, 1h30m, 2160h)",
    ),
    "constraint": (
        {"server": {"env": {"CERTCTL_DATABASE_MAX_CONNS": "0"}}},
        "server.env.CERTCTL_DATABASE_MAX_CONNS: cannot move onto server.database.maxConns: Input should be "
        "greater than or equal to 1",
    ),
    "switch-spelling": (
        {"server": {"env": {"CERTCTL_VERIFY_DEPLOYMENT": "TRUE"}}},
        "server.env.CERTCTL_VERIFY_DEPLOYMENT: cannot move onto server.deployments.verify: 'TRUE' is not a switch "
        "value; write true or false",
    ),
    "other-value-from": (
        {
            "server": {
                "env": [{"name": "CERTCTL_LOG_LEVEL", "valueFrom": {"configMapKeyRef": {"name": "c", "key": "k"}}}]
            }
        },
        "server.env.CERTCTL_LOG_LEVEL: is set by server.logging.level; set that key instead (an entry of this "
        "form cannot move onto it)",
    ),
    "no-such-profile": (
        {"server": {"env": {"CERTCTL_SCEP_PROFILE_IOT-A_RA_KEY_PATH": "/k"}}},
        "server.env.CERTCTL_SCEP_PROFILE_IOT-A_RA_KEY_PATH: would set server.scep.profiles.iot-a.raKeyPath, but "
        "server.scep.profiles has no profile 'iot-a'; set the profile there",
    ),
}


@pytest.mark.parametrize("data, expected", ENTRIES_THAT_CANNOT_STAND.values(), ids=ENTRIES_THAT_CANNOT_STAND)
def test_an_entry_that_cannot_stand_names_the_key_it_would_set(tmp_path, data, expected):
    assert values_problems(tmp_path, data) == [expected]


def test_the_typed_keys_own_checks_apply_to_a_moved_entry(tmp_path):
    """agent.discoveryDirs refuses folders nothing is mounted at, whichever way it is set."""
    [problem] = values_problems(tmp_path, {"agent": {"env": {"CERTCTL_DISCOVERY_DIRS": "/etc/ssl/certs"}}})
    assert problem.startswith("agent.discoveryDirs: '/etc/ssl/certs' refused: no volume is mounted there")


def test_a_secret_reference_moves_onto_a_credential(tmp_path):
    data = {
        "server": {
            "smtp": {"enabled": True, "host": "smtp.example.com", "fromAddress": "certctl@example.com"},
            "env": [{"name": "CERTCTL_SMTP_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "smtp", "key": "pw"}}}],
        }
    }
    server, config = _server(render_values(tmp_path, data))
    [entry] = [e for e in server["env"] if e["name"] == "CERTCTL_SMTP_PASSWORD"]
    assert entry["valueFrom"]["secretKeyRef"] == {"name": "smtp", "key": "pw"}


def test_an_inline_credential_goes_into_the_inline_secret(tmp_path):
    data = {"server": {"env": {"CERTCTL_CONFIG_ENCRYPTION_KEY": "k" * 32}}}
    values = load_data(tmp_path, data)
    warnings = dict(values.warnings())
    assert "holds secret material inline" in warnings["server.encryption.key"]
    rendered = render_values(tmp_path, data)
    server, config = _server(rendered)
    [entry] = [e for e in server["env"] if e["name"] == "CERTCTL_CONFIG_ENCRYPTION_KEY"]
    assert entry["valueFrom"]["secretKeyRef"] == {"name": "certctl-inline", "key": "encryption-key"}
    assert find(rendered, "Secret", "certctl-inline")["stringData"]["encryption-key"] == "k" * 32


def test_an_entry_in_a_section_that_is_off_says_so(tmp_path):
    warnings = dict(load_data(tmp_path, {"server": {"env": {"CERTCTL_SMTP_HOST": "smtp.example.com"}}}).warnings())
    assert warnings["server.env.CERTCTL_SMTP_HOST"] == (
        "moved to server.smtp.host, which sets it; write that key instead; it has no effect while "
        "server.smtp.enabled is false"
    )


def test_profiles_listed_in_env_are_filled_by_their_own_entries(tmp_path):
    env = {
        "CERTCTL_EST_ENABLED": "true",
        "CERTCTL_EST_PROFILES": "corp",
        "CERTCTL_EST_PROFILE_CORP_ISSUER_ID": "iss-local",
    }
    values = load_data(tmp_path, {"server": {"env": env}})
    assert values.server.est.enabled
    assert values.server.est.profiles["corp"].issuer_id == "iss-local"
    _, config = _server(render_values(tmp_path, {"server": {"env": env}}))
    assert (config["CERTCTL_EST_PROFILES"], config["CERTCTL_EST_PROFILE_CORP_ISSUER_ID"]) == ("corp", "iss-local")


def test_the_reference_renderings_env_entries_load(tmp_path):
    """rendered-max.values.json sets three server variables and one agent variable by env."""
    reference = json.loads((HELM_CHART / "rendered-max.values.json").read_text())
    data = {
        "server": {"env": reference["server"]["env"]},
        "agent": {"env": reference["agent"]["env"]},
        "migrations": reference["migrations"],
    }
    values = load_data(tmp_path, data)
    assert values.migrations.via_hook and values.server.database.max_conns == 25
    assert values.server.scheduler.renewal_check_interval == "1h" and values.agent.log_level == "debug"
    assert values.passthrough_env("server") == [] and values.passthrough_env("agent") == []


# --- externalDatabase.url -------------------------------------------------------------------------

EXTERNAL = {"postgresql": {"enabled": False}}


def _url(url: str, **more: Any) -> dict[str, Any]:
    return {**EXTERNAL, "externalDatabase": {"url": url}, **more}


@pytest.mark.parametrize(
    "url, parts",
    [
        (
            "postgres://certctl:s3cret@db.example.com:6432/certs?sslmode=verify-full",
            ("db.example.com", 6432, "certctl", "s3cret", "certs", "verify-full"),
        ),
        # lib/pq's defaults: port 5432, sslmode require, the database named after the user.
        ("postgresql://certctl:pw@db.example.com", ("db.example.com", 5432, "certctl", "pw", "certctl", "require")),
        # Percent-encoding decodes; Azure's user@server form; a password with every separator.
        (
            "postgres://certctl%40server:p%40ss%3Aw%2Fo%23rd%25@10.0.0.5/cert%5Fdb?sslmode=require",
            ("10.0.0.5", 5432, "certctl@server", "p@ss:w/o#rd%", "cert_db", "require"),
        ),
        ("postgres://certctl@[fd00::5]:5433/certctl", ("fd00::5", 5433, "certctl", None, "certctl", "require")),
    ],
)
def test_a_database_url_reads_as_lib_pq_reads_it(url, parts):
    assert tuple(parse_database_url(url)) == parts


def test_a_database_url_sets_the_typed_keys_and_its_password_stays_in_a_secret(tmp_path):
    data = _url("postgres://cert%40ctl:p%40ss%3Aword@db.example.com:6432/certctl?sslmode=require")
    values = load_data(tmp_path, data)
    pg = values.postgresql
    assert (pg.external.host, pg.external.port, pg.auth.username, pg.auth.database, pg.tls.mode) == (
        "db.example.com",
        6432,
        "cert@ctl",
        "certctl",
        "require",
    )
    assert "holds secret material inline" in dict(values.warnings())["externalDatabase.url"]
    rendered = render_values(tmp_path, data)
    for manifest in rendered.manifests:
        validate(manifest)
    server, config = _server(rendered)
    # The URL the server gets holds no password; its user is encoded again.
    assert config["CERTCTL_DATABASE_URL"] == "postgres://cert%40ctl@db.example.com:6432/certctl?sslmode=require"
    assert parse_database_url(config["CERTCTL_DATABASE_URL"]).username == "cert@ctl"
    deployment = Deployment.of(values, rendered)
    assert deployment.env("server", "server")["PGPASSWORD"] == "p@ss:word"
    assert "p@ss" not in json.dumps([m for m in rendered.manifests if m["kind"] != "Secret"])


def test_backups_and_the_migration_job_reach_a_database_named_by_url(tmp_path):
    data = _url(
        "postgres://certctl:pw@db.example.com:6432/certctl?sslmode=require",
        backup={"enabled": True},
        migrations={"viaHook": True},
    )
    rendered = render_values(tmp_path, data)
    deployment = Deployment.of(load_values(tmp_path / "case.yaml"), rendered)
    backup = deployment.env("postgres-backup", "backup")
    assert (backup["PGHOST"], backup["PGPORT"], backup["PGUSER"], backup["PGSSLMODE"]) == (
        "db.example.com",
        "6432",
        "certctl",
        "require",
    )
    password = next(v for v in deployment.pod_spec("postgres-backup")["volumes"] if v["name"] == "password")
    assert password["secret"]["secretName"] == "certctl-inline"
    assert password["secret"]["items"] == [{"key": "postgres-password", "path": "password"}]
    wait = deployment.env("migration", "wait-for-database")
    assert wait["CERTCTL_DATABASE_URL"] == "postgres://certctl@db.example.com:6432/certctl?sslmode=require"
    assert wait["PGPASSWORD"] == deployment.env("migration", "migrate")["PGPASSWORD"] == "pw"


def test_a_database_url_and_equal_keys_load(tmp_path):
    data = _url(
        "postgres://certctl:pw@db.example.com/certctl?sslmode=verify-full",
        postgresql={
            "enabled": False,
            "external": {"host": "db.example.com", "port": 5432},
            "tls": {"mode": "verify-full", "caSecretRef": "db-ca"},
        },
    )
    assert load_data(tmp_path, data).postgresql.tls.ca_secret_ref == "db-ca"


REFUSED_URLS = {
    "sslrootcert": (
        _url("postgres://u:p@db.example.com/certctl?sslrootcert=/etc/ssl/ca.crt"),
        "externalDatabase.url: query parameter 'sslrootcert' is not supported: only sslmode may follow the URL; "
        "the database's CA comes from postgresql.tls.caSecretRef, which every pod that connects mounts",
    ),
    "prefer": (
        _url("postgres://u:p@db.example.com/certctl?sslmode=prefer"),
        "externalDatabase.url: sslmode 'prefer' is not one lib/pq (certctl's driver) takes: disable, require, "
        "verify-ca, verify-full",
    ),
    "unix-socket": (
        _url("postgres://u:p@/certctl?host=/cloudsql/project:region:instance"),
        "externalDatabase.url: names no host (postgres://user:password@host:port/database?sslmode=verify-full); "
        "a Unix socket is not reachable from a pod",
    ),
    "scheme": (
        _url("mysql://u:p@db.example.com/certctl"),
        "externalDatabase.url: must start with postgres:// or postgresql:// "
        "(postgres://user:password@host:port/database?sslmode=verify-full)",
    ),
    "no-user": (
        _url("postgres://db.example.com/certctl"),
        "externalDatabase.url: names no user (postgres://user:password@host:port/database?sslmode=verify-full)",
    ),
    "port": (
        _url("postgres://u:p@db.example.com:99999/certctl"),
        "externalDatabase.url: is not a URL of the form postgres://user:password@host:port/database?"
        "sslmode=verify-full (Port out of range 0-65535)",
    ),
    "host-differs": (
        _url(
            "postgres://u:p@db.example.com/certctl",
            postgresql={"enabled": False, "external": {"host": "db2.example.com"}},
        ),
        "externalDatabase.url: names host 'db.example.com', but postgresql.external.host is 'db2.example.com'; "
        "keep one of them",
    ),
    "implied-sslmode-differs": (
        _url("postgres://u:p@db.example.com/certctl", postgresql={"enabled": False, "tls": {"mode": "disable"}}),
        "externalDatabase.url: names sslmode 'require' (lib/pq's default when the URL names none), but "
        "postgresql.tls.mode is 'disable'; keep one of them",
    ),
    "password-differs": (
        _url("postgres://u:p@db.example.com/certctl", postgresql={"enabled": False, "auth": {"password": "q"}}),
        "externalDatabase.url: its password differs from postgresql.auth.password; keep one of them",
    ),
    "password-and-secret": (
        _url("postgres://u:p@db.example.com/certctl", postgresql={"enabled": False, "auth": {"existingSecret": "db"}}),
        "externalDatabase.url: holds a password, and postgresql.auth.existingSecret names a Secret for it; keep "
        "one (a URL without a password reads the Secret)",
    ),
    "no-password-at-all": (
        _url("postgres://u@db.example.com/certctl"),
        "postgresql.auth.existingSecret: is required for an external database (a Secret holding its password), "
        "unless externalDatabase.url holds the password",
    ),
    "bundled-database": (
        {"externalDatabase": {"url": "postgres://u:p@db.example.com/certctl"}},
        "externalDatabase.url: is only used when postgresql.enabled is false",
    ),
    "and-the-env-recipe": (
        _url("postgres://u:p@db.example.com/certctl", server={"env": {"CERTCTL_DATABASE_URL": "postgres://u:p@x/y"}}),
        "server.env.CERTCTL_DATABASE_URL: names the database too, and so does externalDatabase.url; keep one",
    ),
}


@pytest.mark.parametrize("data, expected", REFUSED_URLS.values(), ids=REFUSED_URLS)
def test_a_database_url_refused_says_what_is_allowed(tmp_path, data, expected):
    assert values_problems(tmp_path, data) == [expected]


def test_a_url_without_password_reads_the_secret(tmp_path):
    data = _url(
        "postgres://certctl@db.example.com/certctl?sslmode=require",
        postgresql={"enabled": False, "auth": {"existingSecret": "db-pass"}},
    )
    rendered = render_values(tmp_path, data)
    server, _ = _server(rendered)
    [entry] = [e for e in server["env"] if e["name"] == "PGPASSWORD"]
    assert entry["valueFrom"]["secretKeyRef"] == {"name": "db-pass", "key": "password"}
    assert not [m for m in rendered.manifests if m["kind"] == "Secret"]


# --- networkPolicy.extraIngress / extraEgress ------------------------------------------------------


def test_extra_rules_join_the_servers_policies_and_validate(tmp_path):
    """The rules of the reference's max rendering, as the chart merges them into the server's
    NetworkPolicy: here into `<fullname>-server-ingress` and `-server-egress`."""
    reference = json.loads((HELM_CHART / "rendered-max.values.json").read_text())["networkPolicy"]
    rendered = render_values(tmp_path, {"networkPolicy": reference})
    ingress = find(rendered, "NetworkPolicy", "certctl-server-ingress")
    egress = find(rendered, "NetworkPolicy", "certctl-server-egress")
    for policy in (ingress, egress):
        validate(policy)
    assert ingress["spec"]["ingress"][-1] == reference["extraIngress"][0]
    assert egress["spec"]["egress"][-1] == reference["extraEgress"][0]
    helm = next(
        doc
        for doc in yaml.safe_load_all((HELM_CHART / "rendered-max.yaml").read_text())
        if doc and doc["kind"] == "NetworkPolicy"
    )
    assert reference["extraIngress"][0] in helm["spec"]["ingress"]
    assert reference["extraEgress"][0] in helm["spec"]["egress"]


WRONG_RULES = {
    "typo": (
        {"extraIngress": [{"form": [{"podSelector": {}}]}]},
        "networkPolicy.extraIngress.0: Additional properties are not allowed ('form' is not allowed) (not a valid "
        "Kubernetes NetworkPolicyIngressRule)",
    ),
    "port-field": (
        {
            "extraEgress": [
                {
                    "to": [{"ipBlock": {"cidr": "0.0.0.0/0"}}],
                    "ports": [{"protocol": "TCP", "port": 443, "endport": 444}],
                }
            ]
        },
        "networkPolicy.extraEgress.0: ports.0: Additional properties are not allowed ('endport' is not allowed) "
        "(not a valid Kubernetes NetworkPolicyEgressRule)",
    ),
    "ip-block": (
        {"extraEgress": [{"to": [{"ipBlock": {"except": ["10.0.0.0/8"]}}]}]},
        "networkPolicy.extraEgress.0: to.0.ipBlock: 'cidr' is a required property (not a valid Kubernetes "
        "NetworkPolicyEgressRule)",
    ),
}


@pytest.mark.parametrize("data, expected", WRONG_RULES.values(), ids=WRONG_RULES)
def test_an_extra_rule_of_the_wrong_shape_is_a_values_error(tmp_path, data, expected):
    assert values_problems(tmp_path, {"networkPolicy": data}) == [expected]


# --- the chart's maximal values, whole ------------------------------------------------------------


def test_the_maximal_rendering_values_load_whole_but_for_the_two_refusals(tmp_path):
    """rendered-max.values.json, the values behind the chart's maximal rendering, loads with two
    changes: its Deployment agent has two replicas, which would register new agents at every
    rollout, and its agent.discoveryDirs name no mounted folder (both refused, see test_migration)."""
    reference = json.loads((HELM_CHART / "rendered-max.values.json").read_text())
    [line] = values_problems(tmp_path, reference)
    assert line.startswith("agent.replicas: ") and "every rollout would register new agents" in line
    one = {**reference, "agent": {**reference["agent"], "replicas": 1}}
    [line] = values_problems(tmp_path, one)
    assert line.startswith("agent.discoveryDirs: ") and "refused" in line
    rendered = render_values(tmp_path, {**one, "agent": {**one["agent"], "discoveryDirs": ""}})
    for manifest in rendered.manifests:
        validate(manifest)
    monitor = find(rendered, "ServiceMonitor")
    [endpoint] = monitor["spec"]["endpoints"]
    sm = reference["monitoring"]["serviceMonitor"]
    # The chart's scrape settings, as written: its TLS check and its relabeling after ours.
    assert endpoint["tlsConfig"] == sm["tlsConfig"]
    assert endpoint["relabelings"][1:] == sm["relabelings"]
    assert endpoint["relabelings"][0]["action"] == "keep"
    # The token Prometheus presents is the key certctl knows as its metrics key.
    assert endpoint["bearerTokenSecret"] == sm["bearerTokenSecret"]
    server, _ = _server(rendered)
    metrics = next(e for e in server["env"] if e["name"] == "API_KEY_METRICS")
    assert metrics["valueFrom"]["secretKeyRef"] == sm["bearerTokenSecret"]


@pytest.mark.parametrize(
    "data, expected",
    [
        (
            {
                "monitoring": {"serviceMonitor": {"bearerTokenSecret": {"name": "prom", "key": "token"}}},
                "server": {"auth": {"keys": {"metrics": {"secretKeyRef": {"name": "other", "key": "api-key"}}}}},
            },
            "monitoring.serviceMonitor.bearerTokenSecret: names the Secret key Prometheus presents, which must be "
            "certctl's metrics key, but server.auth.keys.metrics names another; keep one",
        ),
        (
            {"monitoring": {"serviceMonitor": {"tlsConfig": {"serverNmae": "certctl-server"}}}},
            "monitoring.serviceMonitor.tlsConfig: Additional properties are not allowed ('serverNmae' "
            "was unexpected) (not a valid ServiceMonitor tlsConfig)",
        ),
        (
            {"monitoring": {"serviceMonitor": {"relabelings": [{"action": "rename"}]}}},
            "monitoring.serviceMonitor.relabelings.0: action: 'rename' is not one of",
        ),
    ],
    ids=["two-metrics-keys", "tls-typo", "relabel-action"],
)
def test_scrape_settings_the_crd_refuses_are_values_errors(tmp_path, data, expected):
    [line] = values_problems(tmp_path, data)
    assert line.startswith(expected)


def test_equal_metrics_keys_load(tmp_path):
    ref = {"name": "prom", "key": "token"}
    data = {
        "monitoring": {"serviceMonitor": {"bearerTokenSecret": ref}},
        "server": {"auth": {"keys": {"metrics": {"secretKeyRef": ref}}}},
    }
    assert load_data(tmp_path, data).server.auth.keys.metrics.secret_key_ref.name == "prom"
