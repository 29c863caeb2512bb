"""What keeps the agents working on a real cluster, asserted on the manifests: their identity,
where their keys live, the platform they run on, the egress they get, what they discover, and
that the Kubernetes-Secrets target grants nothing. The pod harness (tests/test_pods.py) runs them."""

from __future__ import annotations

import pytest

from conftest import ENVIRONMENTS, find, load_data, pod_specs, render_values, rendered_env, values_problems


def agent_env(rendered, kind="DaemonSet") -> dict:
    spec = find(rendered, kind, "certctl-agent")["spec"]["template"]["spec"]
    return {e["name"]: e for e in spec["containers"][0]["env"]}


def test_the_key_folder_is_made_by_the_agent_inside_a_volume_mounted_above_it(tmp_path):
    rendered = render_values(tmp_path, {})
    spec = find(rendered, "DaemonSet", "certctl-agent")["spec"]["template"]["spec"]
    mounts = {m["mountPath"]: m["name"] for m in spec["containers"][0]["volumeMounts"]}
    assert agent_env(rendered)["CERTCTL_KEY_DIR"]["value"] == "/var/lib/certctl/keys"
    assert mounts["/var/lib/certctl"] == "state" and "/var/lib/certctl/keys" not in mounts


def test_a_key_folder_right_below_the_root_is_refused(tmp_path):
    assert values_problems(tmp_path, {"agent": {"keyDir": "/keys"}})[0].startswith("agent.keyDir: '/keys' must be")


def test_a_single_replica_deployment_agent_keeps_one_name_and_never_overlaps(tmp_path):
    rendered = render_values(tmp_path, {"agent": {"kind": "Deployment"}})
    deployment = find(rendered, "Deployment", "certctl-agent")["spec"]
    assert deployment["strategy"] == {"type": "Recreate"}
    env = agent_env(rendered, "Deployment")
    assert env["CERTCTL_AGENT_NAME"]["value"] == "certctl-agent"
    assert "POD_NAME" not in env
    named = render_values(tmp_path, {"agent": {"kind": "Deployment", "name": "edge"}}, name="named")
    assert agent_env(named, "Deployment")["CERTCTL_AGENT_NAME"]["value"] == "edge"


@pytest.mark.parametrize("name", ENVIRONMENTS)
def test_every_pod_that_runs_a_certctl_image_asks_for_its_platform(name):
    for workload, spec in pod_specs(rendered_env(name)).items():
        images = [c["image"] for c in spec.get("initContainers", []) + spec["containers"]]
        if any("certctl-io/certctl" in image for image in images):
            assert spec["nodeSelector"].items() >= {"kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64"}.items()
        else:
            assert "nodeSelector" not in spec, workload


def test_the_platform_can_be_changed_or_dropped(tmp_path):
    rendered = render_values(
        tmp_path, {"certctlNodeSelector": {"kubernetes.io/arch": None}, "agent": {"nodeSelector": {"disk": "ssd"}}}
    )
    agent = find(rendered, "DaemonSet", "certctl-agent")["spec"]["template"]["spec"]
    assert agent["nodeSelector"] == {"kubernetes.io/os": "linux", "disk": "ssd"}
    server = find(rendered, "Deployment", "certctl-server")["spec"]["template"]["spec"]
    assert server["nodeSelector"] == {"kubernetes.io/os": "linux"}


def egress(rendered) -> list[dict]:
    return find(rendered, "NetworkPolicy", "certctl-agent-egress")["spec"]["egress"]


def test_agent_egress_reaches_only_the_server_unless_deploy_targets_open_more(tmp_path):
    closed = render_values(tmp_path, {})
    assert [rule["to"][0] for rule in egress(closed)] == [
        {
            "podSelector": {
                "matchLabels": {
                    "app.kubernetes.io/name": "certctl",
                    "app.kubernetes.io/instance": "certctl",
                    "app.kubernetes.io/component": "server",
                }
            }
        }
    ]
    opened = render_values(
        tmp_path,
        {
            "agent": {
                "deployTargets": [
                    {"cidrs": ["10.20.0.0/16"], "ports": [443, 22]},
                    {"cidrs": ["192.0.2.10/32", "192.0.2.11/32"], "ports": [5986]},
                ]
            }
        },
        name="opened",
    )
    assert egress(opened)[1:] == [
        {
            "to": [{"ipBlock": {"cidr": "10.20.0.0/16"}}],
            "ports": [{"protocol": "TCP", "port": 443}, {"protocol": "TCP", "port": 22}],
        },
        {
            "to": [{"ipBlock": {"cidr": "192.0.2.10/32"}}, {"ipBlock": {"cidr": "192.0.2.11/32"}}],
            "ports": [{"protocol": "TCP", "port": 5986}],
        },
    ]


@pytest.mark.parametrize(
    "target, key",
    [
        ({"cidrs": ["10.0.0.0/8"], "ports": []}, "agent.deployTargets.0.ports"),
        ({"cidrs": ["not-a-cidr"], "ports": [22]}, "agent.deployTargets.0.cidrs.0"),
    ],
)
def test_bad_deploy_targets_are_refused(tmp_path, target, key):
    assert values_problems(tmp_path, {"agent": {"deployTargets": [target]}})[0].startswith(f"{key}: ")


def test_discovery_needs_a_volume_behind_every_folder(tmp_path):
    data = {
        "agent": {
            "discoveryDirs": "/etc/ssl/certs, /certs/x, /certsx",
            "volumes": [{"name": "certs", "emptyDir": {}}],
            "volumeMounts": [{"name": "certs", "mountPath": "/certs"}],
        }
    }
    [line] = values_problems(tmp_path, data)  # every unmounted folder on one line; /certs/x is mounted
    assert line.startswith("agent.discoveryDirs: '/etc/ssl/certs', '/certsx' refused: no volume is mounted there")
    mounted = {
        "agent": {
            "discoveryDirs": "/certs/a, /certs/b/sub",
            "volumes": [{"name": "certs", "configMap": {"name": "bundle"}}],
            "volumeMounts": [{"name": "certs", "mountPath": "/certs", "readOnly": True}],
        }
    }
    rendered = render_values(tmp_path, mounted)
    spec = find(rendered, "DaemonSet", "certctl-agent")["spec"]["template"]["spec"]
    assert {"name": "certs", "configMap": {"name": "bundle"}} in spec["volumes"]
    assert {"name": "certs", "mountPath": "/certs", "readOnly": True} in spec["containers"][0]["volumeMounts"]


def test_prod_ha_discovers_a_mounted_trust_bundle():
    env = agent_env(rendered_env("prod-ha"))
    assert env["CERTCTL_DISCOVERY_DIRS"]["value"] == "/var/lib/certctl-discovery/trust-bundle"


def test_kubernetes_secrets_loads_grants_nothing_and_warns(tmp_path):
    values = {"kubernetesSecrets": {"enabled": True, "namespaces": ["team-a"], "secretNames": ["app-tls"]}}
    rendered = render_values(tmp_path, values)
    assert not [m for m in rendered.manifests if m["kind"] in ("Role", "RoleBinding", "ClusterRole")]
    for spec in pod_specs(rendered).values():
        assert spec["automountServiceAccountToken"] is False
    warnings = dict(load_data(tmp_path, values).warnings())
    assert "real Kubernetes client not implemented" in warnings["kubernetesSecrets.enabled"]
