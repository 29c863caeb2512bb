"""Whether the synthesized NetworkPolicies let one endpoint reach another, decided as Kubernetes
does: a connection needs the source's egress and the destination's ingress. A direction with no
policy selecting the pod is open; once one selects it, only what some rule of such a policy
allows gets through (rules add up, across policies). A rule's peers match by pod labels in the
policy's namespace, by namespace labels (and pod labels there), or by address block; its ports
by number and protocol. Namespaces carry `kubernetes.io/metadata.name` (Kubernetes sets it).

Only the environment's own policies are known, so a pod in another namespace is unconstrained
on its side. An `ipBlock` is taken to match addresses outside the cluster only: what it does for
pod addresses varies between network plugins."""

from __future__ import annotations

from dataclasses import dataclass, field
from ipaddress import ip_address, ip_network
from typing import Any

NAMESPACE_LABEL = "kubernetes.io/metadata.name"


@dataclass(frozen=True)
class Pod:
    namespace: str
    labels: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Address:
    """An endpoint outside the cluster: the Kubernetes API's endpoints, a bucket, a CA."""

    ip: str


Endpoint = Pod | Address


def _selects(selector: dict[str, Any], labels: dict[str, str]) -> bool:
    assert not selector.get("matchExpressions"), "the evaluator reads matchLabels only"
    return dict(selector.get("matchLabels", {})).items() <= labels.items()


def _peer_matches(peer: dict[str, Any], endpoint: Endpoint, policy_namespace: str) -> bool:
    if "ipBlock" in peer:
        block = peer["ipBlock"]
        if not isinstance(endpoint, Address):
            return False
        address = ip_address(endpoint.ip)
        return address in ip_network(block["cidr"]) and not any(
            address in ip_network(cidr) for cidr in block.get("except", [])
        )
    if not isinstance(endpoint, Pod):
        return False
    if "namespaceSelector" in peer:
        if not _selects(peer["namespaceSelector"], {NAMESPACE_LABEL: endpoint.namespace}):
            return False
    elif endpoint.namespace != policy_namespace:
        return False
    return _selects(peer.get("podSelector", {}), endpoint.labels)


def _port_matches(ports: list[dict[str, Any]] | None, port: int, protocol: str) -> bool:
    if not ports:
        return True
    for entry in ports:
        assert isinstance(entry.get("port", 0), int), "named ports are not resolved here"
        if entry.get("protocol", "TCP") == protocol and entry.get("port") in (None, port):
            return True
    return False


def _direction(policies: list[dict[str, Any]], pod: Pod, kind: str) -> list[dict[str, Any]] | None:
    """The rules of `kind` ("Ingress"/"Egress") that apply to `pod`, or None if no policy of that
    kind selects it (the direction is then open)."""
    selecting = [
        p
        for p in policies
        if p["metadata"]["namespace"] == pod.namespace
        and kind in p["spec"].get("policyTypes", [])
        and _selects(p["spec"]["podSelector"], pod.labels)
    ]
    if not selecting:
        return None
    field = kind.lower()
    return [
        {**rule, "_namespace": p["metadata"]["namespace"]} for p in selecting for rule in p["spec"].get(field) or []
    ]


def allows(
    manifests: list[dict[str, Any]], source: Endpoint, destination: Endpoint, port: int, protocol: str = "TCP"
) -> bool:
    """True when `source` may open a connection to `destination` on `port`."""
    policies = [m for m in manifests if m["kind"] == "NetworkPolicy"]
    if isinstance(source, Pod):
        rules = _direction(policies, source, "Egress")
        if rules is not None and not any(
            _port_matches(rule.get("ports"), port, protocol)
            and (not rule.get("to") or any(_peer_matches(p, destination, rule["_namespace"]) for p in rule["to"]))
            for rule in rules
        ):
            return False
    if isinstance(destination, Pod):
        rules = _direction(policies, destination, "Ingress")
        if rules is not None and not any(
            _port_matches(rule.get("ports"), port, protocol)
            and (not rule.get("from") or any(_peer_matches(p, source, rule["_namespace"]) for p in rule["from"]))
            for rule in rules
        ):
            return False
    return True
