"""OpenShift (item 3 of issue 18), as the `openshift` environment synthesizes it: no pod sets the
ids the restricted-v2 SCC assigns, everything else restricted stays; a Route replaces the
Ingress; OpenShift's service CA issues the server certificate and its clients trust the bundle
it injects; the pods resolve names through OpenShift's DNS. The pods themselves run under an
assigned user in tests/test_pods.py and tests/scripts/test_backup_restore.py."""

from __future__ import annotations

import contextlib
import copy
import io
from typing import Any

import jsonschema
import pytest
import yaml
from cryptography import x509

from certctl_k8s import secrets_cli
from certctl_k8s.credentials import Credentials
from certctl_k8s.naming import Naming
from conftest import containers, environment_values, find, load_data, pod_specs, render_values, rendered_env
from tests.support import netpol, openshift
from tests.support.deployment import Deployment
from tests.support.validation import validate

NAMESPACE = "certctl-ocp"
LABELS = {"app.kubernetes.io/name": "certctl", "app.kubernetes.io/instance": "certctl"}
SERVER = netpol.Pod(NAMESPACE, {**LABELS, "app.kubernetes.io/component": "server"})
PASSTHROUGH = {
    "openshift": {
        "enabled": True,
        "route": {"enabled": True, "host": "certctl.apps.example.com", "termination": "passthrough"},
    }
}


@pytest.fixture(scope="module")
def rendered():
    return rendered_env("openshift")


def test_no_pod_sets_an_id_and_every_other_restricted_setting_stays(rendered):
    specs = pod_specs(rendered)
    assert len(specs) == 5, sorted(specs)
    for workload, spec in specs.items():
        pod = spec["securityContext"]
        assert not set(openshift.ASSIGNED_FIELDS) & set(pod), workload
        assert pod["runAsNonRoot"] is True and pod["seccompProfile"] == {"type": "RuntimeDefault"}, workload
        for container in containers(spec):
            context = container["securityContext"]
            where = f"{workload}/{container['name']}"
            assert not set(openshift.ASSIGNED_FIELDS) & set(context), where
            assert context["runAsNonRoot"] is True and context["seccompProfile"] == {"type": "RuntimeDefault"}, where
            assert context["capabilities"] == {"drop": ["ALL"]}, where
            assert context["allowPrivilegeEscalation"] is False and context["readOnlyRootFilesystem"] is True, where


def test_restricted_v2_admits_every_pod_and_would_refuse_the_fixed_ids_elsewhere(rendered):
    block = openshift.namespace_block()
    for spec in pod_specs(rendered).values():
        admitted = openshift.admit(spec, block)["securityContext"]
        assert (admitted["runAsUser"], admitted["fsGroup"]) == (block, block)
    server = pod_specs(rendered_env("default"))["Deployment/certctl-server"]
    with pytest.raises(AssertionError, match="refuses runAsUser 1000"):
        openshift.admit(server, block)


def test_the_route_replaces_the_ingress_and_reencrypts_trusting_the_service_ca(rendered):
    route = find(rendered, "Route", "certctl")
    assert route["apiVersion"] == "route.openshift.io/v1"
    assert route["spec"] == {
        "host": "certctl.apps.example.com",
        "to": {"kind": "Service", "name": "certctl-server", "weight": 100},
        "port": {"targetPort": "https"},
        "tls": {"termination": "reencrypt"},  # no destinationCACertificate: the router uses the service CA
    }
    assert not [m for m in rendered.manifests if m["kind"] == "Ingress"]
    service = find(rendered, "Service", "certctl-server")
    assert service["metadata"]["annotations"] == {"service.beta.openshift.io/serving-cert-secret-name": "certctl-tls"}
    assert "https" in [port["name"] for port in service["spec"]["ports"]]


def test_routes_are_valid_against_the_route_crd_and_an_unknown_field_is_refused(rendered, tmp_path):
    with_ca = {
        "openshift": {"enabled": True, "route": {"enabled": True, "host": "certctl.apps.example.com",
                                                 "destinationCACertificate": "-----BEGIN CERTIFICATE-----\n"}}
    }  # fmt: skip
    routes = [
        find(rendered, "Route"),
        find(render_values(tmp_path, PASSTHROUGH, "passthrough"), "Route"),
        find(render_values(tmp_path, with_ca, "with-ca"), "Route"),
    ]
    assert [r["spec"]["tls"] for r in routes[1:]] == [
        {"termination": "passthrough"},
        {"termination": "reencrypt", "destinationCACertificate": "-----BEGIN CERTIFICATE-----\n"},
    ]
    for route in routes:
        validate(route)
        wrong = copy.deepcopy(route)
        wrong["spec"]["tls"]["destinationCA"] = "x"
        with pytest.raises(jsonschema.ValidationError, match="destinationCA"):
            validate(wrong)


def _server_ca_source(spec: dict[str, Any]) -> dict[str, Any]:
    return next(v for v in spec["volumes"] if v["name"] == "server-ca")


def test_clients_trust_the_bundle_the_service_ca_injects(rendered):
    bundle = find(rendered, "ConfigMap", "certctl-service-ca")
    assert bundle["metadata"]["annotations"] == {"service.beta.openshift.io/inject-cabundle": "true"}
    assert "data" not in bundle, "the operator writes it; an applied value would fight the injection"
    specs = pod_specs(rendered)
    for workload in ("DaemonSet/certctl-agent", "Job/certctl-configure-<digest>"):
        assert _server_ca_source(specs[workload]) == {
            "name": "server-ca",
            "configMap": {"name": "certctl-service-ca", "items": [{"key": "service-ca.crt", "path": "ca.crt"}],
                          "defaultMode": 0o444},
        }  # fmt: skip
    tls = next(v for v in specs["Deployment/certctl-server"]["volumes"] if v["name"] == "tls")
    assert tls["secret"]["secretName"] == "certctl-tls"


def test_the_service_ca_certificate_names_the_host_every_client_verifies():
    values = environment_values("openshift")
    agent_url = Deployment.of(values, rendered_env("openshift")).env("agent", "agent")["CERTCTL_SERVER_URL"]
    host = agent_url.removeprefix("https://").rsplit(":", 1)[0]
    assert host in openshift.service_ca_hosts(values) and host == Naming(values).server_host


def test_the_secrets_command_leaves_the_certificate_to_the_service_ca(tmp_path):
    values = environment_values("openshift")
    [tls] = [s for s in Credentials(Naming(values)).expected if s.name == "certctl-tls"]
    assert tls.generated is None and "service CA" in tls.made_by
    path = tmp_path / "openshift.yaml"
    path.write_text(yaml.safe_dump({"openshift": {"enabled": True}, "server": {"tls": {"openshiftServiceCA": True}}}))
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert secrets_cli.main(["--values", str(path), "--out", str(tmp_path / "secrets")]) == 0
    assert not (tmp_path / "secrets" / "openshift" / "certctl-tls.yaml").exists()
    assert "made by OpenShift's service CA operator" in out.getvalue()


def test_a_passthrough_route_host_is_in_the_server_certificate(tmp_path):
    load_data(tmp_path, PASSTHROUGH, "passthrough")
    with contextlib.redirect_stdout(io.StringIO()):
        secrets_cli.main(["--values", str(tmp_path / "passthrough.yaml"), "--out", str(tmp_path / "secrets")])
    tls = yaml.safe_load((tmp_path / "secrets" / "passthrough" / "certctl-tls.yaml").read_text())["stringData"]
    cert = x509.load_pem_x509_certificate(tls["tls.crt"].encode())
    names = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value.get_values_for_type(x509.DNSName)
    assert "certctl.apps.example.com" in names


def test_pods_resolve_names_through_openshifts_dns_pods_only(rendered):
    manifests = rendered.manifests
    client = netpol.Pod(NAMESPACE, {**LABELS, "app.kubernetes.io/component": "agent"})
    dns = netpol.Pod("openshift-dns", {"dns.operator.openshift.io/daemonset-dns": "default"})
    assert all(netpol.allows(manifests, client, dns, 5353, protocol) for protocol in ("UDP", "TCP"))
    assert not netpol.allows(manifests, client, dns, 53, "UDP"), "the Service's 53 is DNATed to the pods' 5353"
    assert not netpol.allows(manifests, client, netpol.Pod("kube-system", {"k8s-app": "kube-dns"}), 53, "UDP")
    assert not netpol.allows(manifests, client, netpol.Pod("openshift-dns", {"app": "other"}), 5353, "UDP")


def test_the_server_admits_the_router_and_nothing_else_new(rendered):
    manifests = rendered.manifests
    labels = {"ingresscontroller.operator.openshift.io/deployment-ingresscontroller": "default"}
    router = netpol.Pod("openshift-ingress", labels, {"policy-group.network.openshift.io/ingress": ""})
    assert netpol.allows(manifests, router, SERVER, 8443)
    assert not netpol.allows(manifests, netpol.Pod("openshift-ingress", router.labels), SERVER, 8443)
    assert not netpol.allows(manifests, netpol.Pod("default", {"app": "x"}), SERVER, 8443)


def test_prometheus_verifies_the_server_with_the_service_ca_bundle(tmp_path):
    data = {
        "openshift": {"enabled": True},
        "server": {"tls": {"openshiftServiceCA": True}},
        "monitoring": {"enabled": True, "serviceMonitor": {"enabled": True}},
    }
    monitor = find(render_values(tmp_path, data), "ServiceMonitor")
    tls = monitor["spec"]["endpoints"][0]["tlsConfig"]
    assert tls == {
        "ca": {"configMap": {"name": "certctl-service-ca", "key": "service-ca.crt"}},
        "serverName": "certctl-server.certctl.svc",
    }
    validate(monitor)
