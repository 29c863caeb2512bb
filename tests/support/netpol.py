"""Whether the synthesized NetworkPolicies let one endpoint reach another, decided as Kubernetes
does: a connection needs the source's egress and the destination's ingress. A direction with no
policy selecting the pod is open; once one selects it, only what some rule of such a policy
allows gets through (rules add up, across policies). A rule's peers match by pod labels in the
policy's namespace, by namespace labels (and pod labels there), or by address block; its ports
by number and protocol. Namespaces carry `kubernetes.io/metadata.name` (Kubernetes sets it), and
whatever other labels a Pod names for its namespace.

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
    namespace_labels: dict[str, str] = field(default_factory=dict)  # besides the name label


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
        if not _selects(peer["namespaceSelector"], {**endpoint.namespace_labels, NAMESPACE_LABEL: endpoint.namespace}):
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


def _admits(policies: list[dict[str, Any]], pod: Pod, kind: str, peer: Endpoint, port: int, protocol: str) -> bool:
    """Whether `pod`'s `kind` ("Ingress"/"Egress") lets `peer` through on `port`: open when no
    policy of that kind selects the pod, else when a rule of one that does matches."""
    selecting = [
        p
        for p in policies
        if p["metadata"]["namespace"] == pod.namespace
        and kind in p["spec"].get("policyTypes", [])
        and _selects(p["spec"]["podSelector"], pod.labels)
    ]
    peers = "to" if kind == "Egress" else "from"
    return not selecting or any(
        _port_matches(rule.get("ports"), port, protocol)
        and (not rule.get(peers) or any(_peer_matches(p, peer, policy["metadata"]["namespace"]) for p in rule[peers]))
        for policy in selecting
        for rule in policy["spec"].get(kind.lower()) or []
    )


def allows(
    manifests: list[dict[str, Any]], source: Endpoint, destination: Endpoint, port: int, protocol: str = "TCP"
) -> bool:
    """True when `source` may open a connection to `destination` on `port`: its egress lets it
    out and the destination's ingress lets it in."""
    policies = [m for m in manifests if m["kind"] == "NetworkPolicy"]
    out = not isinstance(source, Pod) or _admits(policies, source, "Egress", destination, port, protocol)
    return out and (
        not isinstance(destination, Pod) or _admits(policies, destination, "Ingress", source, port, protocol)
    )
