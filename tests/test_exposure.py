"""The ways in besides the Ingress: Gateway API routes (item 1 of issue 18) and the combinations
of Ingress, Gateway, OpenShift Route and TLS source that are refused, each with exit 2 and one
line. What a cluster receives is checked against the Gateway API CRDs (unknown fields refused),
the server's NetworkPolicy is evaluated for the gateway's pods, and the certificates `main.py
secrets` writes are checked against the names the gateway uses."""

from __future__ import annotations

import contextlib
import copy
import io
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from cryptography import x509

from certctl_k8s import secrets_cli
from certctl_k8s.cli import main
from certctl_k8s.credentials import Credentials
from certctl_k8s.naming import Naming
from certctl_k8s.summary import summarize
from certctl_k8s.synth import Environment
from conftest import environment_values, find, load_data, render_values, rendered_env
from tests.support import netpol
from tests.support.validation import validate

# An Ingress as it may be written alone (it terminates TLS), to pair with a route.
INGRESS = {"enabled": True, "tls": [{"secretName": "certctl-ingress-tls", "hosts": ["certctl.local"]}]}
GATEWAY = {
    "enabled": True,
    "parentRefs": [{"name": "public", "namespace": "gateway-system", "sectionName": "https"}],
    "hostnames": ["certctl.example.com"],
}
PASSTHROUGH = {"gateway": {**GATEWAY, "mode": "passthrough"}}
SERVER_LABELS = {"app.kubernetes.io/name": "certctl", "app.kubernetes.io/instance": "certctl"}
SERVER = netpol.Pod("certctl-gw", {**SERVER_LABELS, "app.kubernetes.io/component": "server"})
ROUTE = {"enabled": True, "route": {"enabled": True, "host": "certctl.apps.example.com"}}

# (values, key path, a fragment of the one line), each refused with exit 2.
REFUSED = [
    ({"gateway": {"enabled": True}}, "gateway.parentRefs", "is required"),
    ({"gateway": GATEWAY, "ingress": INGRESS}, "gateway.enabled", "set ingress.enabled: false"),
    ({"gateway": {**GATEWAY, "mode": "passthrough", "hostnames": []}}, "gateway.hostnames", "SNI"),
    (
        {"gateway": {**GATEWAY, "parentRefs": [{"name": "public"}]}},
        "gateway.parentRefs.0.namespace",
        "gateway.namespaceSelector",
    ),
    (
        {"gateway": GATEWAY, "networkPolicy": {"ingressNamespace": "ingress-nginx"}},
        "networkPolicy.ingressNamespace",
        "gateway's is admitted",
    ),
    (
        {"gateway": {**GATEWAY, "backendTLS": {"caConfigMap": "ca", "wellKnownCACertificates": "System"}}},
        "gateway.backendTLS.wellKnownCACertificates",
        "not both",
    ),
    ({"openshift": {"route": ROUTE["route"]}}, "openshift.route.enabled", "needs openshift.enabled"),
    (
        {"openshift": ROUTE, "ingress": INGRESS, "server": {"tls": {"openshiftServiceCA": True}}},
        "openshift.route.enabled",
        "set ingress.enabled: false",
    ),
    (
        {"openshift": ROUTE, "gateway": GATEWAY, "server": {"tls": {"openshiftServiceCA": True}}},
        "openshift.route.enabled",
        "not both",
    ),
    ({"openshift": {"enabled": True, "route": {"enabled": True}}}, "openshift.route.host", "is required"),
    ({"openshift": ROUTE}, "openshift.route.destinationCACertificate", "openshiftServiceCA"),
    (
        {
            "openshift": {**ROUTE, "route": {**ROUTE["route"], "termination": "passthrough"}},
            "server": {"tls": {"openshiftServiceCA": True}},
        },
        "server.tls.openshiftServiceCA",
        "cannot name a public host",
    ),  # fmt: skip
    ({"server": {"tls": {"openshiftServiceCA": True}}}, "server.tls.openshiftServiceCA", "needs openshift.enabled"),
    (
        {"openshift": {"enabled": True}, "postgresql": {"securityContext": {"fsGroup": 999}}},
        "postgresql.securityContext.fsGroup",
        "assigned by OpenShift's SCC",
    ),
    (
        {"openshift": {"enabled": True}, "networkPolicy": {"dnsProvider": "kube-dns"}},
        "networkPolicy.dnsProvider",
        "must be openshift",
    ),
]


@pytest.mark.parametrize("data,key,fragment", REFUSED, ids=[f"{case[1]}-{i}" for i, case in enumerate(REFUSED)])
def test_a_bad_combination_exits_2_with_one_line_and_writes_nothing(tmp_path, data, key, fragment):
    values = tmp_path / "bad.yaml"
    values.write_text(yaml.safe_dump(data))
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--values", str(values), "--outdir", str(tmp_path / "out")])
    assert code == 2
    problems = [line for line in err.getvalue().splitlines() if line.startswith(str(values))]
    assert len(problems) == 1, err.getvalue()
    assert problems[0].startswith(f"{values}: {key}: ") and fragment in problems[0], problems[0]
    assert not (tmp_path / "out").exists()


# --- the Gateway API objects ------------------------------------------------------------------
def test_reencrypt_routes_to_the_server_service_and_verifies_it_by_its_ca_and_service_name():
    rendered = rendered_env("gateway")
    route = find(rendered, "HTTPRoute", "certctl")
    assert route["apiVersion"] == "gateway.networking.k8s.io/v1"
    assert route["spec"]["parentRefs"] == [{"name": "public", "namespace": "gateway-system", "sectionName": "https"}]
    assert route["spec"]["hostnames"] == ["certctl.example.com"]
    assert route["spec"]["rules"] == [{"backendRefs": [{"name": "certctl-server", "port": 8443}]}]
    service = find(rendered, "Service", "certctl-server")
    assert service["spec"]["ports"][0]["port"] == 8443
    policy = find(rendered, "BackendTLSPolicy", "certctl-server")
    assert policy["spec"] == {
        "targetRefs": [{"group": "", "kind": "Service", "name": "certctl-server"}],
        "validation": {
            "caCertificateRefs": [{"group": "", "kind": "ConfigMap", "name": "certctl-server-ca"}],
            "hostname": "certctl-server.certctl-gw.svc",
        },
    }
    assert not [m for m in rendered.manifests if m["kind"] in ("Ingress", "TLSRoute")]


def test_a_public_ca_is_trusted_by_the_gateways_own_store(tmp_path):
    data = {"gateway": {**GATEWAY, "backendTLS": {"wellKnownCACertificates": "System"}}}
    validation = find(render_values(tmp_path, data), "BackendTLSPolicy")["spec"]["validation"]
    assert validation == {"wellKnownCACertificates": "System", "hostname": "certctl-server.certctl.svc"}


def test_passthrough_is_one_tlsroute_by_sni(tmp_path):
    rendered = render_values(tmp_path, PASSTHROUGH)
    route = find(rendered, "TLSRoute", "certctl")
    assert route["apiVersion"] == "gateway.networking.k8s.io/v1"
    assert route["spec"]["hostnames"] == ["certctl.example.com"]
    assert route["spec"]["rules"] == [{"backendRefs": [{"name": "certctl-server", "port": 8443}]}]
    assert not [m for m in rendered.manifests if m["kind"] in ("HTTPRoute", "BackendTLSPolicy", "Ingress")]


def _gateway_objects(tmp_path: Path) -> list[dict[str, Any]]:
    reencrypt = rendered_env("gateway").manifests
    passthrough = render_values(tmp_path, PASSTHROUGH, "passthrough").manifests
    return [m for m in reencrypt + passthrough if m["apiVersion"].startswith("gateway.networking.k8s.io/")]


def test_every_gateway_object_is_valid_against_its_crd_and_an_unknown_field_is_refused(tmp_path):
    objects = _gateway_objects(tmp_path)
    assert sorted(m["kind"] for m in objects) == ["BackendTLSPolicy", "HTTPRoute", "TLSRoute"]
    for manifest in objects:
        validate(manifest)
        wrong = copy.deepcopy(manifest)
        wrong["spec"]["backendRef"] = {"name": "typo"}
        with pytest.raises(jsonschema.ValidationError, match="backendRef"):
            validate(wrong)


# --- NetworkPolicy ----------------------------------------------------------------------------
def test_the_server_admits_the_gateways_namespace_and_nothing_else_new():
    manifests = rendered_env("gateway").manifests
    gateway_pod = netpol.Pod("gateway-system", {"app": "envoy"})
    assert netpol.allows(manifests, gateway_pod, SERVER, 8443)
    assert not netpol.allows(manifests, gateway_pod, SERVER, 5432), "only the API port"
    for elsewhere in (netpol.Pod("default", {"app": "envoy"}), netpol.Pod("certctl-gw", {"app": "other"})):
        assert not netpol.allows(manifests, elsewhere, SERVER, 8443), elsewhere
    assert not netpol.allows(manifests, netpol.Address("203.0.113.7"), SERVER, 8443)
    clients = [
        netpol.Pod("certctl-gw", {**SERVER_LABELS, "app.kubernetes.io/component": c}) for c in ("agent", "configure")
    ]
    assert all(netpol.allows(manifests, client, SERVER, 8443) for client in clients)


def test_a_gateway_whose_pods_run_elsewhere_is_admitted_by_the_selector_named(tmp_path):
    data = {"gateway": {**GATEWAY, "parentRefs": [{"name": "public"}], "namespaceSelector": {"gateway": "public"}}}
    manifests = render_values(tmp_path, data).manifests
    server = netpol.Pod("certctl", SERVER.labels)
    proxies = netpol.Pod("envoy-gateway-system", {"app": "envoy"}, {"gateway": "public"})
    assert netpol.allows(manifests, proxies, server, 8443)
    assert not netpol.allows(manifests, netpol.Pod("envoy-gateway-system", {"app": "envoy"}), server, 8443)


# --- the certificates -------------------------------------------------------------------------
def _sans(pem: str) -> list[str]:
    cert = x509.load_pem_x509_certificate(pem.encode())
    return cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value.get_values_for_type(x509.DNSName)


def _generated(tmp_path: Path, values_path: Path) -> dict[str, dict[str, Any]]:
    """`main.py secrets` for one values file: its written objects by kind and name."""
    with contextlib.redirect_stdout(io.StringIO()):
        assert secrets_cli.main(["--values", str(values_path), "--out", str(tmp_path / "secrets")]) == 0
    folder = tmp_path / "secrets" / values_path.stem
    return {
        f"{d['kind']}/{d['metadata']['name']}": d
        for d in map(yaml.safe_load, map(Path.read_text, folder.glob("*.yaml")))
    }


def test_secrets_write_the_ca_the_gateway_verifies_the_server_certificate_and_its_name_with(tmp_path):
    values_path = tmp_path / "gateway.yaml"
    values_path.write_text((Path(__file__).parents[1] / "environments" / "gateway.yaml").read_text())
    written = _generated(tmp_path, values_path)
    ca = x509.load_pem_x509_certificate(written["ConfigMap/certctl-server-ca"]["data"]["ca.crt"].encode())
    tls = written["Secret/certctl-tls"]["stringData"]
    server = x509.load_pem_x509_certificate(tls["tls.crt"].encode())
    server.verify_directly_issued_by(ca)
    hostname = find(rendered_env("gateway"), "BackendTLSPolicy")["spec"]["validation"]["hostname"]
    assert hostname in _sans(tls["tls.crt"])
    assert "certctl.example.com" not in _sans(tls["tls.crt"]), "reencrypt: the public name is the gateway's"


def test_passthrough_puts_the_public_hostnames_in_the_server_certificate(tmp_path):
    load_data(tmp_path, PASSTHROUGH, "passthrough")
    written = _generated(tmp_path, tmp_path / "passthrough.yaml")
    assert {"certctl.example.com", "certctl-server.certctl.svc"} <= set(
        _sans(written["Secret/certctl-tls"]["stringData"]["tls.crt"])
    )
    assert not [key for key in written if key.startswith("ConfigMap/")], "no CA for a gateway that verifies nothing"
    issuer = {"issuerRef": {"name": "ca", "kind": "ClusterIssuer"}}
    data = {**PASSTHROUGH, "server": {"tls": {"certManager": {"enabled": True, **issuer}}}}
    certificate = find(render_values(tmp_path, data, "cert-manager"), "Certificate")
    assert "certctl.example.com" in certificate["spec"]["dnsNames"]


def test_the_gateway_environment_is_the_one_described():
    values = environment_values("gateway")
    assert values.gateway.enabled and values.gateway.mode == "reencrypt" and not values.ingress.enabled
    assert Credentials(Naming(values)).backend_ca() == ("certctl-server-ca", True)


def test_the_summary_names_what_the_gateway_needs(tmp_path):
    values = environment_values("gateway")
    text = summarize(Environment("gateway", values), rendered_env("gateway"), tmp_path, [])
    assert "needs   a Gateway API implementation" in text
    assert "config  certctl-server-ca (ca.crt): the CA the gateway verifies the server with; written by" in text
    data = {"gateway": GATEWAY, "server": {"tls": {"existingSecret": "mine"}}}
    other = summarize(Environment("case", load_data(tmp_path, data)), render_values(tmp_path, data), tmp_path, [])
    assert (
        "config  certctl-server-ca (ca.crt): the CA the gateway verifies the server with; create it yourself" in other
    )
