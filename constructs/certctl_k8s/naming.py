"""The one place that knows names, labels and selectors. Names and selector labels equal the Helm
chart's for the same release, so applying over a Helm-installed release keeps its PVC and does
not trip immutable selectors."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from .values import Values

CHART_NAME = "certctl"
MANAGED_BY = "cdk8s"
CLAIM_TEMPLATE = "postgres-data"
# The labels the CloudNativePG operator puts on the pods of a Cluster: every pod (instances and
# the Jobs that initialize, import or join one) carries the cluster's name; instances carry
# podRole `instance`, Jobs their jobRole.
CNPG_CLUSTER_LABEL = "cnpg.io/cluster"
CNPG_POD_ROLE_LABEL = "cnpg.io/podRole"
CNPG_JOB_ROLE_LABEL = "cnpg.io/jobRole"
CLUSTER = "db"  # the Cluster is `<fullname>-db`; its NetworkPolicies are `<fullname>-db-<flow>`


@dataclass(frozen=True)
class Naming:
    values: Values

    @cached_property
    def fullname(self) -> str:
        v = self.values
        if v.fullname_override:
            name = v.fullname_override
        else:
            chart = v.name_override or CHART_NAME
            name = v.release if chart in v.release else f"{v.release}-{chart}"
        return name[:63].rstrip("-")

    @property
    def app_name(self) -> str:
        return self.values.name_override or CHART_NAME

    @property
    def namespace(self) -> str:
        return self.values.namespace

    def component(self, component: str) -> str:
        """`<fullname>-<component>`: the name of a component's workload, Service and config."""
        return f"{self.fullname}-{component}"

    # Workloads and their Services.
    @property
    def server(self) -> str:
        return self.component("server")

    @property
    def postgres(self) -> str:
        return self.component("postgres")

    @property
    def agent(self) -> str:
        return self.component("agent")

    # The CloudNativePG Cluster and what its operator names after it.
    @property
    def database_cluster(self) -> str:
        """The Cluster `<fullname>-db`; its ObjectStore, ScheduledBackup and PodMonitor share the name."""
        return self.component(CLUSTER)

    @property
    def database_origin(self) -> str:
        """The read-only ObjectStore a recovery reads the old Cluster's backups through, and the
        Cluster's external cluster that names it."""
        return f"{self.database_cluster}-origin"

    def database_recovery_backup(self, digest: str) -> str:
        """The first base backup after a recovery, named after a digest of that recovery: a
        Backup runs once, and its spec is immutable."""
        return f"{self.database_cluster}-recovered-{digest[:10]}"

    @property
    def database_rw(self) -> str:
        """The operator's Service for the primary."""
        return f"{self.database_cluster}-rw"

    def database_rw_host(self) -> str:
        """The primary's Service as the Cluster's server certificate names it (verify-full)."""
        return f"{self.database_rw}.{self.namespace}.svc"

    @property
    def database_app_secret(self) -> str:
        """The operator's Secret of the application user (username, password, uri, ...)."""
        return f"{self.database_cluster}-app"

    @property
    def database_ca_secret(self) -> str:
        """The operator's Secret of the CA that signs the instances' certificates (ca.crt, ca.key)."""
        return f"{self.database_cluster}-ca"

    def database_pods(self, pod_role: str | None = None, job_role: str | None = None) -> dict[str, str]:
        """Labels of the Cluster's pods; `pod_role="instance"` or `job_role="import"` narrows them."""
        labels = {CNPG_CLUSTER_LABEL: self.database_cluster}
        if pod_role:
            labels[CNPG_POD_ROLE_LABEL] = pod_role
        if job_role:
            labels[CNPG_JOB_ROLE_LABEL] = job_role
        return labels

    @property
    def ingress(self) -> str:
        return self.fullname

    @property
    def route(self) -> str:
        """The HTTPRoute, TLSRoute or OpenShift Route `<fullname>`, which replaces the Ingress."""
        return self.fullname

    @property
    def backend_tls_policy(self) -> str:
        """The BackendTLSPolicy `<fullname>-server`, named for the Service it targets."""
        return self.server

    @property
    def backend_ca_config_map(self) -> str:
        """The ConfigMap the gateway verifies the server with (`ca.crt`)."""
        return self.values.gateway.backend_tls.ca_config_map or self.component("server-ca")

    @property
    def service_ca_config_map(self) -> str:
        """The ConfigMap OpenShift's service CA operator injects its CA bundle into."""
        return self.component("service-ca")

    @property
    def scripts(self) -> str:
        return self.component("scripts")

    @property
    def server_pods(self) -> str:
        """The headless Service whose DNS name lists every ready server pod."""
        return self.component("server-pods")

    @property
    def metrics_job(self) -> str:
        """The `job` label of the server's series when the ServiceMonitor scrapes them:
        prometheus-operator names the job after the scraped Service."""
        return self.server

    def server_pods_host(self) -> str:
        return f"{self.server_pods}.{self.namespace}.svc.{self.values.cluster_domain}"

    def configure_job(self, inputs_digest: str) -> str:
        """`<fullname>-configure-<digest>`: a new name whenever the Job's inputs change, so a
        changed configuration runs again and an unchanged one is not re-run."""
        return self.component(f"configure-{inputs_digest[:10]}")

    def migrate_job(self, inputs_digest: str) -> str:
        """`<fullname>-migrate-<digest>`: the chart's migration Job name, made new, as the
        configure Job's is, whenever what it runs changes (a new image above all)."""
        return f"{self.migrate}-{inputs_digest[:10]}"

    # Secrets the secrets command generates (each can be replaced by an existing one in values).
    @property
    def tls_secret(self) -> str:
        tls = self.values.server.tls
        return tls.existing_secret or tls.cert_manager.secret_name or self.component("tls")

    @property
    def server_ca_secret(self) -> str:
        """The self-signed server CA's key pair, kept by `main.py secrets` (never applied)."""
        return self.component("server-ca")

    def key_secret(self, key: str) -> str:
        """`<fullname>-<key>-key`: the generated Secret holding named API key `key` (admin, agent,
        registrar, metrics)."""
        return self.component(f"{key}-key")

    @property
    def auth_secret(self) -> str:
        return self.component("auth-secret")

    @property
    def postgres_secret(self) -> str:
        return self.values.postgresql.auth.existing_secret or self.postgres

    @property
    def encryption_secret(self) -> str:
        return self.component("encryption")

    @property
    def issuer_ca_secret(self) -> str:
        return self.values.server.issuer.local.ca_secret or self.component("issuer-ca")

    def remote_key(self, secret: str) -> str:
        """`<externalSecrets.remoteKeyPrefix>/<secret>`: the store's entry an ExternalSecret reads
        Secret `secret` from, one property per key."""
        return f"{self.values.external_secrets.remote_key_prefix}/{secret}"

    # Objects named as the Helm chart 1.0.0 names them.
    @property
    def backup(self) -> str:
        """The backup CronJob `<fullname>-postgres-backup` (component `postgres-backup`)."""
        return self.component("postgres-backup")

    @property
    def rules(self) -> str:
        """The PrometheusRule `<fullname>-rules`."""
        return self.component("rules")

    @property
    def migrate(self) -> str:
        """The migration Job `<fullname>-migrate` (component `migration`)."""
        return self.component("migrate")

    @property
    def inline_secret(self) -> str:
        """Holds values written inline in the values file (Helm compatibility)."""
        return self.component("inline")

    def service_account(self, component: str) -> str:
        if component == "server" and self.values.service_account.name:
            return self.values.service_account.name
        return self.component(component)

    @property
    def server_host(self) -> str:
        """`<fullname>-server.<ns>.svc`: the name the server's clients use and verify."""
        return f"{self.server}.{self.namespace}.svc"

    def server_hosts(self) -> list[str]:
        """Every name the server Service answers to inside the cluster, for certificate SANs."""
        svc, ns = self.server, self.namespace
        return [svc, f"{svc}.{ns}", self.server_host, f"{self.server_host}.{self.values.cluster_domain}"]

    def public_hosts(self) -> list[str]:
        """The public names a passthrough route or Gateway sends the client's TLS to the server
        under, which its certificate must then cover too."""
        v = self.values
        gateway, route = v.gateway, v.openshift.route
        hosts = list(gateway.hostnames) if gateway.enabled and gateway.mode == "passthrough" else []
        if v.openshift.enabled and route.enabled and route.termination == "passthrough" and route.host:
            hosts.append(route.host)
        return hosts

    def certificate_hosts(self) -> list[str]:
        """Every DNS name the server certificate covers: the Service's, localhost, the public ones."""
        return list(dict.fromkeys([*self.server_hosts(), "localhost", *self.public_hosts()]))

    @property
    def server_url(self) -> str:
        return f"https://{self.server_host}:{self.values.server.service.port}"

    # Labels.
    def release_pods(self) -> dict[str, str]:
        """The labels every pod of this release carries, and no other release's: what its
        namespace-wide NetworkPolicies select (the Cluster's pods carry database_pods() instead)."""
        return {"app.kubernetes.io/name": self.app_name, "app.kubernetes.io/instance": self.values.release}

    def selector(self, component: str) -> dict[str, str]:
        return {**self.release_pods(), "app.kubernetes.io/component": component}

    def kubectl_selector(self, component: str | None = None) -> str:
        """`kubectl -l` for this release's objects (of one component): runbooks print it."""
        labels = self.selector(component or "")
        return ",".join(f"{key}={value}" for key, value in labels.items() if value)

    def labels(self, component: str | None = None) -> dict[str, str]:
        """Labels for every object: common and custom labels first, so ours win on a clash."""
        v = self.values
        labels = {
            **v.common_labels,
            **v.custom_labels,
            "app.kubernetes.io/name": self.app_name,
            "app.kubernetes.io/instance": v.release,
            "app.kubernetes.io/version": _label_safe(v.app_version),
            "app.kubernetes.io/managed-by": MANAGED_BY,
            "app.kubernetes.io/part-of": CHART_NAME,
        }
        if component:
            labels["app.kubernetes.io/component"] = component
        return labels

    def annotations(self, extra: dict[str, str] | None = None) -> dict[str, str] | None:
        merged = {**self.values.custom_annotations, **(extra or {})}
        return merged or None


# The longest name Kubernetes takes for a kind, where that is less than a DNS subdomain's 253:
# a Service name is a DNS label; a StatefulSet's pods carry a `controller-revision-hash` label of
# `<name>-<hash>` (63 at most); a CronJob adds 11 characters to its Jobs' names, and a Job's
# name is a label value; CloudNativePG refuses a Cluster name over 50 (its pods and Jobs add to it).
NAME_LIMITS = {"Service": 63, "StatefulSet": 52, "CronJob": 52, "Job": 63, "Cluster": 50}
NAME_LIMIT = 253
_DNS_1035 = re.compile(r"^[a-z]([-a-z0-9]*[a-z0-9])?$")


def name_problems(values: Values, manifests: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(key, message) when a name the release produces is one the API server would refuse: the
    longest name over its kind's limit, or a Service name that does not start with a letter."""
    key = "fullnameOverride" if values.fullname_override else "release"
    over = [(len(m["metadata"]["name"]) - NAME_LIMITS.get(m["kind"], NAME_LIMIT), m) for m in manifests]
    over = [(excess, m) for excess, m in over if excess > 0]
    problems = []
    if over:
        _, worst = max(over, key=lambda item: (len(item[1]["metadata"]["name"]), item[0]))
        name, kind = worst["metadata"]["name"], worst["kind"]
        others = f" ({len(over) - 1} other name(s) too long as well)" if len(over) > 1 else ""
        problems.append(
            (
                key,
                f"gives the {kind} name {name!r}, {len(name)} characters, over Kubernetes' limit "
                f"of {NAME_LIMITS.get(kind, NAME_LIMIT)}{others}; shorten {key}"
                + ("" if values.fullname_override else " or set fullnameOverride"),
            )
        )
    # A Cluster's name prefixes its Services' names.
    named = [(m["kind"], m["metadata"]["name"]) for m in manifests if m["kind"] in ("Service", "Cluster")]
    bad = [(kind, name) for kind, name in named if len(name) <= NAME_LIMITS["Service"] and not _DNS_1035.match(name)]
    if bad:
        kind, name = bad[0]
        problems.append((key, f"gives the {kind} name {name!r}, which must start with a letter (a DNS-1035 label)"))
    return problems


def _label_safe(value: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in value)[:63].strip("-_.")
