"""Security review of every environment: the restricted Pod Security Standard on every container,
checkov over dist/, the NetworkPolicies and RBAC. `pytest -s` prints checkov's numbers."""

from __future__ import annotations

import re
from typing import Any

import pytest

from certctl_k8s.values import Values
from conftest import containers, environments_where, find, pod_specs, render_values
from tests.support.deployment import WORKLOAD_KINDS, pod_template, workload

RESTRICTED_VOLUME_TYPES = {
    "configMap",
    "csi",
    "downwardAPI",
    "emptyDir",
    "ephemeral",
    "persistentVolumeClaim",
    "projected",
    "secret",
}
WITH_POSTGRES = environments_where(lambda values: values.postgresql.statefulset)
WITH_AGENTS = environments_where(lambda values: values.agent.enabled)
SKIP_ANNOTATION = re.compile(r"^checkov\.io/skip[0-9]+$")
SKIP_VALUE = re.compile(r"^(CKV2?_K8S_[0-9]+)=(.*)$")


def all_containers(env) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(where, pod spec, container) for every container, init containers included."""
    return [(f"{workload}/{c['name']}", spec, c) for workload, spec in pod_specs(env).items() for c in containers(spec)]


def selector(rendered, component: str) -> dict[str, str]:
    return workload(rendered, component)["spec"]["selector"]["matchLabels"]


def workload_selector(rendered, component: str) -> dict[str, str]:
    """The selector labels of a component's pods, for any workload kind (a CronJob has no
    selector: its pod template's labels)."""
    labels = pod_template(rendered, component)["metadata"]["labels"]
    return {k: v for k, v in labels.items() if k.startswith("app.kubernetes.io/") and k != "app.kubernetes.io/version"}


def has_workload(rendered, component: str) -> bool:
    return any(
        m["kind"] in WORKLOAD_KINDS and m["metadata"]["labels"].get("app.kubernetes.io/component") == component
        for m in rendered.manifests
    )


# --- restricted Pod Security Standard, one test per rule ------------------------------------------


def test_namespace_enforces_restricted(env):
    labels = find(env, "Namespace")["metadata"]["labels"]
    assert labels["pod-security.kubernetes.io/enforce"] == "restricted"


def test_run_as_non_root(env):
    for where, spec, c in all_containers(env):
        pod_level = spec.get("securityContext", {}).get("runAsNonRoot")
        own = c.get("securityContext", {}).get("runAsNonRoot")
        assert own is True or (pod_level is True and own is None), where
        assert c.get("securityContext", {}).get("runAsUser", spec["securityContext"].get("runAsUser")) != 0, where


def test_no_privilege_escalation(env):
    for where, _, c in all_containers(env):
        assert c["securityContext"]["allowPrivilegeEscalation"] is False, where


def test_capabilities_drop_all(env):
    for where, _, c in all_containers(env):
        capabilities = c["securityContext"]["capabilities"]
        assert "ALL" in capabilities["drop"], where
        assert set(capabilities.get("add", [])) <= {"NET_BIND_SERVICE"}, where


def test_seccomp_runtime_default(env):
    for where, spec in pod_specs(env).items():
        assert spec["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}, where
    for where, _, c in all_containers(env):
        # A container may only narrow it (RuntimeDefault or Localhost), never Unconfined.
        profile = c.get("securityContext", {}).get("seccompProfile", {"type": "RuntimeDefault"})
        assert profile["type"] in ("RuntimeDefault", "Localhost"), where


def test_read_only_root_filesystem(env):
    for where, _, c in all_containers(env):
        assert c["securityContext"]["readOnlyRootFilesystem"] is True, where


def test_no_host_namespaces_paths_or_ports(env):
    for where, spec in pod_specs(env).items():
        for field in ("hostNetwork", "hostPID", "hostIPC"):
            assert not spec.get(field), f"{where}: {field}"
        for volume in spec.get("volumes", []):
            assert "hostPath" not in volume, f"{where}: volume {volume['name']}"
    for where, _, c in all_containers(env):
        assert not any(port.get("hostPort") for port in c.get("ports", [])), where


def test_restricted_volume_types(env):
    for where, spec in pod_specs(env).items():
        for volume in spec.get("volumes", []):
            assert set(volume) - {"name"} <= RESTRICTED_VOLUME_TYPES, f"{where}: volume {volume['name']}"


def test_not_privileged(env):
    for where, _, c in all_containers(env):
        assert not c.get("securityContext", {}).get("privileged"), where


def test_resources_requests_and_limits(env):
    for where, _, c in all_containers(env):
        for part in ("requests", "limits"):
            assert {"cpu", "memory"} <= set(c["resources"][part]), f"{where}: {part}"


DIGEST = "sha256:" + "0" * 64


def _skipped_checks(rendered) -> dict[str, set[str]]:
    return {
        m["metadata"]["name"]: {
            SKIP_VALUE.match(v).group(1)
            for k, v in (m["metadata"].get("annotations") or {}).items()
            if SKIP_ANNOTATION.match(k)
        }
        for m in rendered.manifests
        if m["kind"] in WORKLOAD_KINDS
    }


def test_digest_skip_only_without_digest(tmp_path):
    unpinned = _skipped_checks(render_values(tmp_path, {}))
    assert all({"CKV_K8S_43", "CKV_K8S_15"} <= checks for checks in unpinned.values()), unpinned
    pinned = _skipped_checks(
        render_values(
            tmp_path,
            {
                "server": {"image": {"digest": DIGEST}},
                "agent": {"image": {"digest": DIGEST}},
                "postgresql": {"image": {"digest": DIGEST}},
            },
            name="pinned",
        )
    )
    assert not any(checks & {"CKV_K8S_43", "CKV_K8S_15"} for checks in pinned.values()), pinned


@pytest.mark.parametrize("env", WITH_POSTGRES, indirect=True)
def test_postgres_password_is_a_file_not_an_env_var(env):
    (container,) = workload(env, "postgres")["spec"]["template"]["spec"]["containers"]
    assert not any("valueFrom" in entry and "secretKeyRef" in entry["valueFrom"] for entry in container["env"])
    assert any(entry["name"] == "POSTGRES_PASSWORD_FILE" for entry in container["env"])


# --- NetworkPolicies -------------------------------------------------------------------------------


def policies(rendered) -> list[dict[str, Any]]:
    return [m for m in rendered.manifests if m["kind"] == "NetworkPolicy"]


def selects(policy: dict[str, Any], labels: dict[str, str]) -> bool:
    pod_selector = policy["spec"]["podSelector"]
    assert "matchExpressions" not in pod_selector
    return pod_selector.get("matchLabels", {}).items() <= labels.items()


def rules_for(rendered, labels: dict[str, str], direction: str) -> list[dict[str, Any]]:
    """Every allow rule of `direction` ("ingress"/"egress") that applies to pods with `labels`."""
    return [
        rule for policy in policies(rendered) if selects(policy, labels) for rule in policy["spec"].get(direction, [])
    ]


def tcp(port: int) -> dict[str, Any]:
    return {"protocol": "TCP", "port": port}


def release_pods(rendered) -> list[dict[str, Any]]:
    """The selectors of the release's pods: its own labels, and the CloudNativePG Cluster's."""
    ours = {"app.kubernetes.io/name": "certctl", "app.kubernetes.io/instance": "certctl"}
    clusters = [{"cnpg.io/cluster": m["metadata"]["name"]} for m in rendered.manifests if m["kind"] == "Cluster"]
    return [{"matchLabels": labels} for labels in [ours, *clusters]]


def test_default_deny(env):
    """One default deny per group of the release's pods, and none over the whole namespace."""
    deny = [
        p["spec"]["podSelector"]
        for p in policies(env)
        if set(p["spec"]["policyTypes"]) == {"Ingress", "Egress"}
        and not p["spec"].get("ingress")
        and not p["spec"].get("egress")
    ]
    assert deny == release_pods(env)


@pytest.mark.parametrize(
    "env", environments_where(lambda v: v.network_policy.dns_provider == "kube-dns"), indirect=True
)
def test_dns_egress_to_kube_dns_only(env):
    dns = [p for p in policies(env) if p["metadata"]["name"].endswith("allow-dns")]
    assert [p["spec"]["podSelector"] for p in dns] == release_pods(env)
    for policy in dns:
        assert policy["spec"]["egress"] == [
            {
                "to": [
                    {
                        "namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "kube-system"}},
                        "podSelector": {"matchLabels": {"k8s-app": "kube-dns"}},
                    }
                ],
                "ports": [{"protocol": "UDP", "port": 53}, {"protocol": "TCP", "port": 53}],
            }
        ]


@pytest.mark.parametrize("env", WITH_POSTGRES, indirect=True)
def test_postgres_ingress_only_from_server_and_backups(env):
    clients = ["server"] + (["postgres-backup"] if has_workload(env, "postgres-backup") else [])
    peers = [{"podSelector": {"matchLabels": workload_selector(env, c)}} for c in clients]
    assert rules_for(env, selector(env, "postgres"), "ingress") == [{"from": peers, "ports": [tcp(5432)]}]


@pytest.mark.parametrize("env", WITH_AGENTS, indirect=True)
def test_agent_egress_only_to_server(env):
    server_port = workload(env, "server")["spec"]["template"]["spec"]["containers"][0]["ports"][0]["containerPort"]
    rules = [
        rule
        for rule in rules_for(env, selector(env, "agent"), "egress")
        if not any("namespaceSelector" in peer for peer in rule["to"])
    ]  # all but DNS
    assert rules == [{"to": [{"podSelector": {"matchLabels": selector(env, "server")}}], "ports": [tcp(server_port)]}]


def test_server_egress_includes_443_and_database(env):
    rules = rules_for(env, selector(env, "server"), "egress")
    assert any(tcp(443) in rule["ports"] and {"ipBlock": {"cidr": "0.0.0.0/0"}} in rule["to"] for rule in rules)
    cluster = [m for m in env.manifests if m["kind"] == "Cluster"]
    if cluster:  # the Cluster's instances (the primary, behind its -rw Service)
        instances = {"cnpg.io/cluster": cluster[0]["metadata"]["name"], "cnpg.io/podRole": "instance"}
        assert {"to": [{"podSelector": {"matchLabels": instances}}], "ports": [tcp(5432)]} in rules
    elif has_workload(env, "postgres"):
        assert {"to": [{"podSelector": {"matchLabels": selector(env, "postgres")}}], "ports": [tcp(5432)]} in rules
    else:
        assert any(tcp(5432) in rule["ports"] and all("ipBlock" in peer for peer in rule["to"]) for rule in rules)


def test_server_ingress_from_agents(env):
    rules = rules_for(env, selector(env, "server"), "ingress")
    assert rules and all(rule["ports"] == [tcp(8443)] for rule in rules)
    if has_workload(env, "agent"):
        assert {"from": [{"podSelector": {"matchLabels": selector(env, "agent")}}], "ports": [tcp(8443)]} in rules


def test_network_policies_can_be_disabled(tmp_path):
    assert policies(render_values(tmp_path, {}))
    assert not policies(render_values(tmp_path, {"networkPolicy": {"enabled": False}}, name="off"))


def test_ingress_namespace_restricts_server_ingress(tmp_path):
    rendered = render_values(tmp_path, {"networkPolicy": {"ingressNamespace": "ingress-nginx"}})
    rules = rules_for(rendered, selector(rendered, "server"), "ingress")
    assert all(rule.get("from") for rule in rules), "a rule without `from` admits every source"
    namespaces = [peer["namespaceSelector"] for rule in rules for peer in rule["from"] if "namespaceSelector" in peer]
    assert namespaces == [{"matchLabels": {"kubernetes.io/metadata.name": "ingress-nginx"}}]
    assert {"from": [{"podSelector": {"matchLabels": selector(rendered, "agent")}}], "ports": [tcp(8443)]} in rules


def test_smtp_and_monitoring_flows(tmp_path):
    rendered = render_values(
        tmp_path,
        {
            "server": {
                "smtp": {
                    "enabled": True,
                    "host": "smtp.example.com",
                    "fromAddress": "certctl@example.com",
                    "port": 2525,
                }
            },
            "networkPolicy": {"monitoringNamespace": "monitoring"},
        },
    )
    server = selector(rendered, "server")
    assert any(tcp(2525) in rule["ports"] for rule in rules_for(rendered, server, "egress"))
    assert {
        "from": [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "monitoring"}}}],
        "ports": [tcp(8443)],
    } in rules_for(rendered, server, "ingress")


def test_no_egress_rule_opens_every_destination(tmp_path):
    """An egress rule without `to` allows every destination: never emitted, even without CIDRs."""
    rendered = render_values(
        tmp_path,
        {
            "postgresql": {"enabled": False, "external": {"host": "db.example.com"}, "auth": {"existingSecret": "db"}},
            "networkPolicy": {"egressCidrs": []},
        },
    )
    for policy in policies(rendered):
        for rule in policy["spec"].get("egress", []):
            assert rule.get("to"), policy["metadata"]["name"]


# --- RBAC and ServiceAccounts ----------------------------------------------------------------------


def test_no_cluster_wide_rbac(env):
    assert not [m for m in env.manifests if m["kind"] in ("ClusterRole", "ClusterRoleBinding")]


def test_each_component_has_its_own_service_account(env):
    accounts = {m["metadata"]["name"] for m in env.manifests if m["kind"] == "ServiceAccount"}
    used = {}
    for component in ("server", "postgres", "agent", "configure", "migration"):
        if has_workload(env, component):
            used[component] = workload(env, component)["spec"]["template"]["spec"]["serviceAccountName"]
    assert "server" in used
    assert len(set(used.values())) == len(used), used
    assert set(used.values()) <= accounts


def test_no_api_token_where_the_api_is_not_used(env):
    for where, spec in pod_specs(env).items():
        assert spec["automountServiceAccountToken"] is False, where
    for account in (m for m in env.manifests if m["kind"] == "ServiceAccount"):
        assert account["automountServiceAccountToken"] is False, account["metadata"]["name"]


def test_kubernetes_secrets_grants_nothing_and_says_why(tmp_path):
    """certctl v2.1.7's Kubernetes Secrets target is a stub whose every call fails
    (internal/connector/target/k8ssecret/k8ssecret.go:86-103, 398-423), so turning it on must not
    hand any pod a token or a Role over Secrets; the warning says so."""
    data = {"kubernetesSecrets": {"enabled": True, "namespaces": ["apps"]}}
    rendered = render_values(tmp_path, data)
    rbac = ("Role", "RoleBinding", "ClusterRole", "ClusterRoleBinding")
    assert not [m for m in rendered.manifests if m["kind"] in rbac]
    for where, spec in pod_specs(rendered).items():
        assert spec["automountServiceAccountToken"] is False, where
    [warning] = [w for w in Values.model_validate(data).warnings() if w[0] == "kubernetesSecrets.enabled"]
    assert "stub" in warning[1] and "grants nothing" in warning[1]
