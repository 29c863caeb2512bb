"""What the External Secrets Operator makes from an ExternalSecret and the store's entries, for the
tests that stand in for it: the Secret `target.name`, of `target.template.type`, labelled with
`target.template.metadata.labels`, each `secretKey` holding the property `remoteRef.property` of
the entry `remoteRef.key`. So ESO v2.9.0 fills a Secret when the template has no data of its own
(pkg/controllers/externalsecret/externalsecret_controller_template.go, ApplyTemplate: Owner
clears the old data, the template sets the type, the fetched keys go in as they are), with a
provider that reads a property named like an entry's key as that key
(providers/v1/vault/client_get.go getSecretValue)."""

from __future__ import annotations

from typing import Any

Store = dict[str, dict[str, str]]  # remote key -> its properties


def made_secret(external_secret: dict[str, Any], store: Store) -> dict[str, Any]:
    """The Secret the operator makes; a missing entry or property raises KeyError, where the
    operator would mark the ExternalSecret not Ready and make nothing."""
    target = external_secret["spec"]["target"]
    template = target["template"]
    assert target["creationPolicy"] == "Owner"
    assert not {"data", "templateFrom"} & set(template), "a data template would change what the Secret holds"
    data = {
        entry["secretKey"]: store[entry["remoteRef"]["key"]][entry["remoteRef"]["property"]]
        for entry in external_secret["spec"]["data"]
    }
    return {
        "apiVersion": "v1",
        "kind": "Secret",
        "type": template["type"],
        "metadata": {"name": target["name"], "labels": template["metadata"]["labels"]},
        "stringData": data,
    }
