"""The per-environment report after a synth: what was written, which images run, which Secrets
must exist before the pods can start, and the commands to run next."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import yaml
from cryptography import x509

from .components.context import Context
from .secrets_cli import OUT, SERVER_DAYS
from .synth import Environment, Rendered, file_name
from .values.variables import first_boot_variables

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _prerequisites(rendered: Rendered, ctx: Context) -> list[str]:
    """What must run in the cluster before the environment's custom objects can be applied and
    do their work, in the order to install it, from the API groups the objects use."""
    groups = {m["apiVersion"].split("/")[0] for m in rendered.manifests if "/" in m["apiVersion"]}
    operator = ctx.values.postgresql.cloud_native_pg.operator.namespace
    known = [
        ("cert-manager.io", "cert-manager (Certificate)"),
        ("monitoring.coreos.com", "prometheus-operator's CRDs (ServiceMonitor, PodMonitor, PrometheusRule)"),
        (
            "postgresql.cnpg.io",
            f"the CloudNativePG operator, 1.26 or newer, in {operator} (Cluster, ScheduledBackup, Backup), on "
            "Kubernetes 1.30 or newer: no release of it that the Barman Cloud plugin works with supports an older one",
        ),
        (
            "barmancloud.cnpg.io",
            f"the Barman Cloud plugin, in {operator} beside the operator; it needs cert-manager, and it runs "
            "in each instance pod as a native sidecar, which Kubernetes 1.28 lacks (ObjectStore)",
        ),
        (
            "external-secrets.io",
            "the External Secrets Operator, serving external-secrets.io/v1 (ExternalSecret), and the "
            f"{_store(ctx)} its ExternalSecrets read",
        ),
        (
            "gateway.networking.k8s.io",
            "a Gateway API implementation with the standard channel's CRDs (BackendTLSPolicy: v1.4 or newer; "
            "TLSRoute: v1.5 or newer), and the Gateway the parentRefs name (HTTPRoute, BackendTLSPolicy, TLSRoute)",
        ),
        ("route.openshift.io", "OpenShift's router (Route)"),
    ]
    return [text for group, text in known if group in groups]


def _store(ctx: Context) -> str:
    """`ClusterSecretStore vault`: the store the environment's ExternalSecrets read."""
    store = ctx.values.external_secrets.secret_store_ref
    return f"{store.kind} {store.name}"


def _images(rendered: Rendered) -> list[str]:
    images: set[str] = set()
    for _, template in rendered.pod_templates():
        spec = template["spec"]
        for container in spec.get("initContainers", []) + spec.get("containers", []):
            images.add(container["image"])
    return sorted(images)


def _operator_config_maps(rendered: Rendered) -> dict[str, list[str]]:
    """ConfigMaps the pods mount that the environment does not hold (the operator's: DNS hook
    scripts, a trust bundle), each with the workloads that mount it; a pod waits until it exists."""
    made = {m["metadata"]["name"] for m in rendered.manifests if m["kind"] == "ConfigMap"}
    found: dict[str, list[str]] = {}
    for manifest, template in rendered.pod_templates():
        workload = f"{manifest['kind']}/{manifest['metadata']['name']}"
        for volume in template["spec"].get("volumes", []):
            sources = [volume] + [source for source in volume.get("projected", {}).get("sources", [])]
            for source in sources:
                config_map = source.get("configMap")
                if config_map and config_map["name"] not in made and not config_map.get("optional"):
                    found.setdefault(config_map["name"], []).append(workload)
    return found


def previous(folder: Path, rendered: Rendered, namespace: str) -> list[dict[str, Any]]:
    """The objects a previous synth left in `folder` under the names this synth writes (only the
    ones the summary compares: ConfigMaps and Deployments)."""
    found = []
    for manifest in rendered.manifests:
        path = folder / file_name(manifest, namespace)
        if manifest["kind"] in ("ConfigMap", "Deployment") and path.is_file():
            found += [doc for doc in yaml.load_all(path.read_text(), Loader=_LOADER) if doc]
    return found


def _server_variables(manifests: list[dict[str, Any]], server: str) -> dict[str, Any]:
    """The server container's variables: the settings ConfigMap and its own env entries."""
    found: dict[str, Any] = {}
    for m in manifests:
        if m["metadata"]["name"] != server:
            continue
        if m["kind"] == "ConfigMap":
            found.update(m.get("data", {}))
        elif m["kind"] == "Deployment":
            for container in m["spec"]["template"]["spec"]["containers"]:
                if container["name"] == "server":
                    found.update({e["name"]: e.get("value", e.get("valueFrom")) for e in container.get("env", [])})
    return found


def first_boot_changes(before: list[dict[str, Any]], after: list[dict[str, Any]], server: str) -> list[str]:
    """Issuer variables that differ from the previous synth: certctl reads them only to seed an
    empty database, so on a running installation the change does not reach the issuers."""
    if not before:
        return []
    old, new = _server_variables(before, server), _server_variables(after, server)
    return sorted(v for v in first_boot_variables() if old.get(v) != new.get(v))


RENEW_WITHIN_DAYS = 30


def _server_certificate(env: Environment, ctx: Context, source: Path) -> list[str]:
    """When the self-signed server certificate ends, and how to renew it: nothing in the cluster
    renews it, and certctl serves an expired one until its clients refuse it. Read from the file
    `main.py secrets` wrote, when it is here."""
    secret = next((s for s in ctx.credentials.expected if s.generated == "server-tls"), None)
    if secret is None:
        return []
    path = OUT / env.name / f"{secret.name}.yaml"
    renew = f"python main.py secrets --renew-server-cert --values {source}; kubectl apply -f {path}"
    if not path.is_file():
        lasts = f"the self-signed server certificate lasts {SERVER_DAYS} days and nothing renews it"
        return [f"  expiry  {lasts}; before it ends: {renew}"]
    manifest = yaml.load(path.read_text(), Loader=_LOADER)
    ends = x509.load_pem_x509_certificate(manifest["stringData"]["tls.crt"].encode()).not_valid_after_utc
    left = (ends - datetime.datetime.now(datetime.UTC)).days
    when = f"ends {ends:%Y-%m-%d} ({left} days left)" if left >= 0 else f"ENDED {ends:%Y-%m-%d}"
    urgency = "renew it now" if left <= RENEW_WITHIN_DAYS else "before then"
    return [f"  expiry  server certificate in {path} {when}; {urgency}: {renew}"]


def summarize(env: Environment, rendered: Rendered, outdir: Path, before: list[dict[str, Any]]) -> str:
    """The report for one environment; `before` holds what `previous` found ahead of the write."""
    ctx = Context(env.values)
    folder = outdir / env.name
    lines = [f"{env.name}: {len(rendered.manifests)} objects in {folder}/ (namespace {ctx.naming.namespace})"]
    lines += [f"  image   {image}" for image in _images(rendered)]
    lines += [f"  needs   {text}" for text in _prerequisites(rendered, ctx)]
    expected = ctx.credentials.expected
    external = env.values.external_secrets.enabled
    for secret in expected:
        origin = (
            f"ExternalSecret from {ctx.naming.remote_key(secret.name)}"
            if secret.generated and external
            else "generated by `main.py secrets`"
            if secret.generated
            else f"made by {secret.made_by}"
            if secret.made_by
            else "create it yourself"
        )
        lines.append(f"  secret  {secret.name} ({', '.join(secret.keys)}): {secret.purpose}; {origin}")
    if external and not ctx.credentials.generated:
        lines.append("  note    externalSecrets is enabled, but every Secret comes from elsewhere: no ExternalSecret")
    for name, workloads in _operator_config_maps(rendered).items():
        lines.append(f"  config  {name}: mounted by {', '.join(workloads)}; create it yourself")
    gateway_ca = ctx.credentials.backend_ca()
    if gateway_ca:
        name, generated = gateway_ca
        origin = "written by `main.py secrets`" if generated else "create it yourself"
        lines.append(f"  config  {name} (ca.crt): the CA the gateway verifies the server with; {origin}")
    backup = env.values.backup
    if backup.enabled and backup.sink == "pvc":
        origin = "created by this synth" if backup.pvc.create else "create it yourself (or set backup.pvc.create)"
        lines.append(f"  claim   {backup.pvc.claim_name}: where the backup CronJob keeps its dumps; {origin}")
    source = env.source or Path("environments") / f"{env.name}.yaml"
    lines += _server_certificate(env, ctx, source)
    changed = first_boot_changes(before, rendered.manifests, ctx.naming.server)
    if changed:
        lines.append(
            f"  note    issuer settings changed ({', '.join(changed)}): certctl reads them only on its "
            "first boot, to seed an empty database; on a running installation change the issuer "
            "through the certctl API or UI as well"
        )
    lines.append("  next:")
    lines.append(f"    kubectl apply -k {folder}/")
    if external and ctx.credentials.generated:
        lines.append(f"    python main.py secrets --external --values {source}   # once; never overwrites")
        lines.append(
            f"    # put each secrets/{env.name}/external/<secret>.json into the {_store(ctx)} as the key printed"
        )
        lines.append(
            f"    kubectl -n {ctx.naming.namespace} wait --for=condition=Ready externalsecret "
            f"-l {ctx.naming.kubectl_selector()} --timeout=5m"
        )
    elif ctx.credentials.generated:
        lines.append(f"    python main.py secrets --values {source}   # once; never overwrites")
        lines.append(f"    kubectl apply -f secrets/{env.name}/")
    if env.values.postgresql.cluster:
        lines.append(
            f"    kubectl -n {ctx.naming.namespace} wait --for=condition=Ready cluster/{ctx.naming.database_cluster} "
            "--timeout=15m"
        )
    lines.append(f"    kubectl -n {ctx.naming.namespace} rollout status deployment/{ctx.naming.server}")
    return "\n".join(lines)
