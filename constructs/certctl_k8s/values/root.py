"""The whole values file: the Helm chart's keys plus `release`, `namespace` and the extensions,
with the rules that span sections."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, ValidationInfo, model_validator

from .agent import Agent
from .backup import Backup, image_major, leading_major
from .base import Section, defaults, problem
from .budgets import CERTCTL_POOL, POSTGRES_MAX_CONNECTIONS, RESERVED_CONNECTIONS, connections_needed, whole_number
from .common import EnvEntry
from .configure import Configure
from .exposure import Gateway, OpenShift, exposure_problem
from .external_secrets import ExternalSecrets
from .kube import LocalObjectReference, NodeAffinity, PodAffinity, PodAntiAffinity, TopologySpreadConstraint
from .migrations import Migrations
from .paths import WRITTEN, check, document_value, field_at, set_document_value
from .platform import Ingress, KubernetesSecrets, Monitoring, NetworkPolicy, PodDisruptionBudget, Rbac, ServiceAccount
from .postgres import ExternalDatabase, Postgresql, parse_database_url
from .release import APP_VERSION, release_problem, release_warning
from .server import Server
from .types import Annotations, DnsLabel, DnsName, ImageTag, Labels, prom_duration_seconds
from .variables import RISKY, env_notes, env_problems, move_env_onto_keys, passthrough_env

# How an error names each part of externalDatabase.url, by the key it stands for.
_URL_PARTS = {
    "host": "host",
    "port": "port",
    "username": "user",
    "database": "database",
    "password": "password",
    "mode": "sslmode",
}


# Namespaces Kubernetes itself creates and runs its components in.
SYSTEM_NAMESPACES = ("kube-system", "kube-public", "kube-node-lease")


class Values(Section):
    release: DnsLabel = "certctl"
    namespace: DnsLabel = Field(
        default="certctl",
        description="the release's namespace; never kube-system, kube-public or kube-node-lease, and default only "
        "with createNamespace: false",
    )
    create_namespace: bool = Field(
        default=True,
        description="emit the Namespace, labelled to enforce the restricted Pod Security Standard; false: the "
        "namespace exists and its Pod Security labels stay the operator's",
    )
    cluster_domain: DnsName = Field(default="cluster.local", description="the cluster's DNS domain")
    app_version: ImageTag = Field(default=APP_VERSION, min_length=1)
    name_override: str = ""
    fullname_override: str = ""
    common_labels: Labels = {}
    custom_labels: Labels = {}
    custom_annotations: Annotations = {}
    image_pull_secrets: list[LocalObjectReference] = []
    certctl_node_selector: Labels = Field(
        default={"kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64"},
        description="node labels every pod running a certctl image needs: certctl publishes linux/amd64 images "
        "only; set a label to null to drop it (e.g. for your own multi-arch build)",
    )
    server: Server = defaults(Server)
    external_database: ExternalDatabase = defaults(ExternalDatabase)
    postgresql: Postgresql = defaults(Postgresql)
    agent: Agent = defaults(Agent)
    ingress: Ingress = defaults(Ingress)
    gateway: Gateway = defaults(Gateway)
    openshift: OpenShift = defaults(OpenShift)
    service_account: ServiceAccount = defaults(ServiceAccount)
    rbac: Rbac = defaults(Rbac)
    kubernetes_secrets: KubernetesSecrets = defaults(KubernetesSecrets)
    external_secrets: ExternalSecrets = defaults(ExternalSecrets)
    pod_disruption_budget: PodDisruptionBudget = defaults(PodDisruptionBudget)
    monitoring: Monitoring = defaults(Monitoring)
    backup: Backup = defaults(Backup)
    configure: Configure = defaults(Configure)
    migrations: Migrations = defaults(Migrations)
    network_policy: NetworkPolicy = defaults(NetworkPolicy)
    node_affinity: NodeAffinity = {}
    pod_affinity: PodAffinity = {}
    pod_anti_affinity: PodAntiAffinity = {}
    topology_spread_constraints: list[TopologySpreadConstraint] | None = None

    @model_validator(mode="before")
    @classmethod
    def _empty_namespace(cls, data: object) -> object:
        # The Helm chart's `namespace: ""` means "the release namespace"; ours defaults to it too.
        if isinstance(data, dict) and data.get("namespace") == "":
            data = {k: v for k, v in data.items() if k != "namespace"}
        return data

    @model_validator(mode="before")
    @classmethod
    def _helm_values_onto_keys(cls, data: object, info: ValidationInfo) -> object:
        """Helm values that stand for typed keys set those keys, unless the operator wrote them
        (the loader passes what the files wrote as the context; without it, `data` is that):
        externalDatabase.url, whose disagreement with a key is an error here, and env entries of
        typed variables, whose disagreements `problems()` reports with the other env problems."""
        if not isinstance(data, dict):
            return data
        written = (info.context or {}).get(WRITTEN, data)
        data = dict(data)  # set_document_value copies the maps it changes below
        cls._database_url_onto_keys(data, written)
        cls._bearer_token_onto_metrics_key(data, written)
        move_env_onto_keys(data, written)
        cls._openshift_dns(data, written)
        return data

    @staticmethod
    def _openshift_dns(data: dict[str, Any], written: dict[str, Any]) -> None:
        """On OpenShift, pods resolve names through its DNS pods: the DNS policy's peer follows
        openshift.enabled unless the files name a provider (a rule refuses any other). The ids
        its SCC assigns are refused where the files write them."""
        if document_value(data, "openshift.enabled") is not True:
            return
        key = "networkPolicy.dnsProvider"
        if document_value(written, key) is None:
            set_document_value(data, key, "openshift")
        for section in ("server", "agent", "postgresql", "backup"):
            for field in ("runAsUser", "runAsGroup", "fsGroup"):
                if document_value(written, f"{section}.securityContext.{field}") is not None:
                    raise problem(
                        f"{section}.securityContext.{field}",
                        "is assigned by OpenShift's SCC from the namespace's range with openshift.enabled; remove it",
                    )

    @staticmethod
    def _bearer_token_onto_metrics_key(data: dict[str, Any], written: dict[str, Any]) -> None:
        """The chart's `monitoring.serviceMonitor.bearerTokenSecret` is the key Prometheus
        presents; certctl accepts it only as a named key, so it becomes the metrics key."""
        ref = document_value(data, "monitoring.serviceMonitor.bearerTokenSecret")
        if not isinstance(ref, dict) or not ref.get("name") or not ref.get("key"):
            return  # nothing to move, or the field's own check names the problem
        key = "server.auth.keys.metrics"
        wanted = {"secretKeyRef": {"name": ref["name"], "key": ref["key"]}}
        mine = document_value(written, key)
        if mine is not None and mine != wanted:
            raise problem(
                "monitoring.serviceMonitor.bearerTokenSecret",
                f"names the Secret key Prometheus presents, which must be certctl's metrics key, but {key} "
                "names another; keep one",
            )
        set_document_value(data, key, wanted)

    @classmethod
    def _database_url_onto_keys(cls, data: dict[str, Any], written: dict[str, Any]) -> None:
        url = document_value(data, "externalDatabase.url")
        enabled, _ = check(Postgresql, "enabled", document_value(data, "postgresql.enabled"))
        if not isinstance(url, str) or not url or enabled is not False:
            return  # nothing to read, or a rule below names the problem
        try:
            parsed = parse_database_url(url)
        except ValueError as error:
            raise problem("externalDatabase.url", str(error)) from None
        if parsed.password is not None and document_value(written, "postgresql.auth.existingSecret"):
            raise problem(
                "externalDatabase.url",
                "holds a password, and postgresql.auth.existingSecret names a Secret for it; keep one "
                "(a URL without a password reads the Secret)",
            )
        for key, value in parsed.keys().items():
            target = field_at(cls, key)
            assert target is not None, key
            part = _URL_PARTS[key.rsplit(".", 1)[1]]
            typed, why = check(*target, value)
            if why is not None:
                raise problem("externalDatabase.url", f"its {part} cannot be {key}: {why}")
            mine = document_value(written, key)
            if mine is None or check(*target, mine)[0] == typed:
                set_document_value(data, key, value)
                continue
            if part == "password":
                raise problem("externalDatabase.url", f"its password differs from {key}; keep one of them")
            implied = (
                " (lib/pq's default when the URL names none)" if part == "sslmode" and "sslmode=" not in url else ""
            )
            raise problem(
                "externalDatabase.url", f"names {part} {value!r}{implied}, but {key} is {mine!r}; keep one of them"
            )

    @model_validator(mode="after")
    def _namespace_of_our_own(self) -> Values:
        """Kubernetes' own namespaces run the cluster (DNS, the CNI, leases): labelling one restricted
        or denying traffic there breaks it. `default` exists everywhere and may hold others' pods, so
        it is taken only as a namespace we do not create (and so do not relabel)."""
        if self.namespace in SYSTEM_NAMESPACES:
            raise problem(
                "namespace",
                f"{self.namespace!r} is Kubernetes' own namespace (cluster components run there); "
                "choose a namespace of certctl's own",
            )
        if self.namespace == "default" and self.create_namespace:
            raise problem(
                "namespace",
                "'default' exists in every cluster and may hold other workloads, so it is not ours to label "
                "restricted; set createNamespace: false to install into it, or choose another namespace",
            )
        return self

    @model_validator(mode="after")
    def _cloud_native_pg(self) -> Values:
        pg, cnpg, key = self.postgresql, self.postgresql.cloud_native_pg, "postgresql.cloudNativePG"
        if not cnpg.enabled:
            if cnpg.import_.enabled:
                raise problem(f"{key}.import.enabled", f"moves the StatefulSet into the Cluster; set {key}.enabled too")
            return self
        if not pg.enabled:
            raise problem(
                f"{key}.enabled",
                "runs the database in the cluster, so it needs postgresql.enabled: true (false: an external one)",
            )
        if pg.tls.mode != "disable":
            raise problem(
                "postgresql.tls.mode",
                "is set by the Cluster: the server connects with sslmode verify-full, trusting the Cluster's "
                "own CA; remove postgresql.tls",
            )
        if self.backup.enabled:
            raise problem(
                "backup.enabled",
                f"the pg_dump CronJob is off with {key}.enabled: the operator's WAL archiving and base backups "
                f"replace it; remove backup.enabled and set {key}.backup.objectStore",
            )
        np = self.network_policy
        if cnpg.monitoring.pod_monitor.enabled and np.enabled and not np.monitoring_namespace:
            raise problem(
                "networkPolicy.monitoringNamespace",
                f"is required with {key}.monitoring.podMonitor.enabled: Prometheus' namespace, the one the "
                "instances' metrics port (9187) admits",
            )
        if np.enabled and not np.api_server_cidrs:
            raise problem(
                "networkPolicy.kubernetesApiCidrs",
                "is required when egressCidrs is empty: the instances' manager calls the Kubernetes API",
            )
        if cnpg.import_.enabled:
            self._pinned_major(key)
        return self

    def _pinned_major(self, key: str) -> None:
        """While importing, the Cluster runs the StatefulSet's PostgreSQL major: an older one cannot
        import it, and a rollback restores the Cluster's dumps into the StatefulSet, whose
        pg_restore reads no archive of a newer pg_dump."""
        pg, cnpg = self.postgresql, self.postgresql.cloud_native_pg
        source = leading_major(pg.image.tag)
        major = str(source) if source is not None else "<major>"
        example = f"ghcr.io/cloudnative-pg/postgresql:{major}.<minor>-system-trixie"
        if not cnpg.image_name:
            raise problem(
                f"{key}.imageName",
                f"is required while {key}.import is on: the operator's default is PostgreSQL 18 (CloudNativePG "
                f"1.30), whose dumps the StatefulSet's PostgreSQL {major} cannot restore in a rollback; "
                f"set an image of the StatefulSet's major, e.g. {example}",
            )
        target = image_major(cnpg.image_name)
        if source is not None and target != source:
            found = f"PostgreSQL {target}" if target is not None else "an image whose tag names no PostgreSQL major"
            raise problem(
                f"{key}.imageName",
                f"{found} is not the StatefulSet's PostgreSQL {source} (postgresql.image.tag {pg.image.tag}): "
                f"while {key}.import is on, the Cluster keeps that major (an older one cannot import it, a newer "
                f"one's dumps cannot be restored into it in a rollback); use {example}",
            )

    @model_validator(mode="after")
    def _exposure(self) -> Values:
        found = exposure_problem(self)
        if found:
            raise problem(*found)
        return self

    @model_validator(mode="after")
    def _database(self) -> Values:
        pg, url_in_env, url = self.postgresql, self.database_url_in_env, self.external_database.url
        if url and pg.enabled:
            raise problem("externalDatabase.url", "is only used when postgresql.enabled is false")
        if url and url_in_env:
            raise problem(
                "server.env.CERTCTL_DATABASE_URL", "names the database too, and so does externalDatabase.url; keep one"
            )
        if pg.enabled and pg.external.host:
            raise problem("postgresql.external.host", "is only used when postgresql.enabled is false")
        if url_in_env and (pg.enabled or pg.external.host):
            raise problem(
                "server.env.CERTCTL_DATABASE_URL",
                "is set from postgresql.* (host, port, database, "
                "username, tls.mode and the password Secret); remove it from server.env",
            )
        if not pg.enabled and not pg.external.host and not url_in_env:
            raise problem(
                "postgresql.external.host",
                "is required when postgresql.enabled is false (the external database's host name), "
                "or externalDatabase.url",
            )
        if pg.external.host and not pg.auth.existing_secret and not pg.auth.password:
            raise problem(
                "postgresql.auth.existingSecret",
                "is required for an external database (a Secret holding its password), unless "
                "externalDatabase.url holds the password",
            )
        return self

    @property
    def database_url_in_env(self) -> bool:
        """True for the Helm chart's external-database recipe: a full URL in server.env."""
        return any(entry.name == "CERTCTL_DATABASE_URL" for entry in self.server.env)

    @property
    def connections_needed(self) -> int:
        """The most connections certctl's servers may hold at once (values/budgets.py)."""
        return connections_needed(self.server.replicas, self.server.database.max_conns)

    def _configured_max_connections(self) -> tuple[str, object] | None:
        """(key path, value) of max_connections as the values set it for our database, if they do."""
        pg = self.postgresql
        if pg.cluster:
            key, given = "postgresql.cloudNativePG.parameters.max_connections", pg.cloud_native_pg.parameters
        elif pg.enabled:
            key, given = "postgresql.postgresqlConfig.max_connections", pg.postgresql_config
        else:
            return None
        return (key, given["max_connections"]) if "max_connections" in given else None

    @property
    def derived_max_connections(self) -> int | None:
        """The max_connections our database is started with when the values set none and the
        budget is over PostgreSQL's default; None otherwise (and for an external database)."""
        ours = self.postgresql.enabled
        if not ours or self._configured_max_connections() is not None:
            return None
        return self.connections_needed if self.connections_needed > POSTGRES_MAX_CONNECTIONS else None

    @model_validator(mode="after")
    def _connection_budget(self) -> Values:
        configured = self._configured_max_connections()
        if configured is None:
            return self
        key, value = configured
        given = whole_number(value)
        if given is None:
            raise problem(key, f"{value!r} is not a whole number")
        needed = self.connections_needed
        if given < needed:
            server = self.server
            raise problem(
                key,
                f"{value} is fewer than the {needed} connections certctl may open: (server.replicas "
                f"{server.replicas} + 1 during a rollout) x server.database.maxConns "
                f"{server.database.max_conns or CERTCTL_POOL} + {RESERVED_CONNECTIONS} reserved; lower "
                "server.database.maxConns or raise max_connections",
            )
        return self

    @model_validator(mode="after")
    def _disruption_budget(self) -> Values:
        pdb = self.pod_disruption_budget
        minimum = pdb.bounds.get("minAvailable")
        if pdb.enabled and isinstance(minimum, int) and minimum >= self.server.replicas:
            raise problem(
                "podDisruptionBudget.minAvailable",
                f"{minimum} with {self.server.replicas} "
                "server replica(s) would block every voluntary eviction (node drains); raise "
                "server.replicas or lower minAvailable",
            )
        return self

    @model_validator(mode="after")
    def _backup(self) -> Values:
        backup, pg = self.backup, self.postgresql
        if not backup.enabled:
            return self
        if self.database_url_in_env:
            raise problem(
                "backup.enabled",
                "cannot back up the database of server.env.CERTCTL_DATABASE_URL: pg_dump would need "
                "the password in its arguments; set postgresql.external.host, port and "
                "postgresql.auth.existingSecret instead of the URL",
            )
        server = leading_major(pg.image.tag) if pg.enabled else None
        dump = backup.dump_major
        if server is not None and dump is not None and dump < server:
            raise problem(
                "backup.image",
                f"pg_dump {dump} refuses to dump PostgreSQL {server} (postgresql.image.tag "
                f"{pg.image.tag}); use an image of version {server} or newer",
            )
        return self

    def certctl_tags(self) -> list[tuple[str, str]]:
        """(key that sets it, tag) for the certctl images, as they will be pulled."""
        return [
            (f"{component}.image.tag" if image.tag else "appVersion", image.effective_tag(self.app_version))
            for component, image in (("server", self.server.image), ("agent", self.agent.image))
        ]

    @model_validator(mode="after")
    def _release(self) -> Values:
        for key, tag in self.certctl_tags():
            message = release_problem(tag)
            if message:
                raise problem(key, message)
        return self

    @model_validator(mode="after")
    def _monitoring(self) -> Values:
        monitoring = self.monitoring
        for key, section in (
            ("serviceMonitor", monitoring.service_monitor),
            ("prometheusRules", monitoring.prometheus_rules),
        ):
            if section.enabled and not monitoring.enabled:
                raise problem("monitoring.enabled", f"must be true for monitoring.{key}.enabled to take effect")
        return self

    def problems(self) -> list[tuple[str, str]]:
        """(key path, message) for every entry of server.env and agent.env that certctl does not
        read, that another key derives, or that disagrees with the typed key it stands for; all
        are reported at once, unlike the field rules."""
        return env_problems("server", self.server.env, self) + env_problems("agent", self.agent.env, self)

    def passthrough_env(self, binary: Literal["server", "agent"]) -> list[EnvEntry]:
        """The env entries a container gets as written: those of variables no typed key sets
        (an entry of a typed variable moved onto its key, which sets the variable once)."""
        return passthrough_env(binary, self.server.env if binary == "server" else self.agent.env)

    def warnings(self) -> list[tuple[str, str]]:
        """(key path, message) for settings that load but deserve the operator's attention; one
        line per key, its messages joined."""
        merged: dict[str, list[str]] = {}
        for key, message in self._warnings():
            merged.setdefault(key, []).append(message)
        return [(key, "; ".join(messages)) for key, messages in merged.items()]

    def _warnings(self) -> list[tuple[str, str]]:
        found = [
            (
                path,
                "holds secret material inline, so dist/ now contains it; prefer a "
                "{secretKeyRef: {name, key}} or existingSecret",
            )
            for path in self.inline_secret_paths()
        ]
        found += [(key, message) for key, tag in self.certctl_tags() if (message := release_warning(tag))]
        if self.server.auth.legacy_keys:
            found.append(
                (
                    "server.auth.apiKey",
                    "these keys become named keys legacy-key-0.. with role r-viewer "
                    "(read-only), as certctl v2.1 names them; the agents use the agent key",
                )
            )
        if self.kubernetes_secrets.enabled:
            found.append(
                (
                    "kubernetesSecrets.enabled",
                    "grants nothing: certctl v2.1.7's Kubernetes Secrets target is a "
                    "stub that fails every deployment ('real Kubernetes client not implemented') and runs in "
                    "the agent, not the server",
                )
            )
        if self.server.auth.existing_secret:
            found.append(
                (
                    "server.auth.existingSecret",
                    "only its agent-api-key is used (as the agents' key); "
                    "its api-keys list no longer authenticates on certctl v2.1: use the admin key",
                )
            )
        if self.database_url_in_env:
            found.append(
                (
                    "server.env.CERTCTL_DATABASE_URL",
                    "holds the database password in dist/; prefer "
                    "postgresql.external.host with postgresql.auth.existingSecret",
                )
            )
        for component, image in (("server", self.server.image), ("agent", self.agent.image)):
            found += [(f"{component}.image.{key}", message) for key, message in image.corrections()]
        for binary, entries in (("server", self.server.env), ("agent", self.agent.env)):
            found += [(f"{binary}.env.{e.name}", RISKY[e.name]) for e in entries if e.name in RISKY]
        found += env_notes("server", self.server.env, self) + env_notes("agent", self.agent.env, self)
        acme = self.server.issuer.acme
        if acme.enabled and acme.insecure:
            found.append(
                ("server.issuer.acme.insecure", "turns off TLS verification of the ACME directory; test CAs only")
            )
        probing = [
            key
            for key, on in (
                ("networkScan", self.server.network_scan.enabled),
                ("healthChecks", self.server.health_checks.enabled),
                ("acmeServer", self.server.acme_server.enabled),
            )
            if on
        ]
        if probing and self.network_policy.enabled:
            found.append(
                (
                    f"server.{probing[0]}.enabled",
                    "reaches endpoints the values do not name, but the "
                    "server's egress policy admits only networkPolicy.egressPorts and the ports of "
                    "configured URLs; add the ports it probes to networkPolicy.egressPorts",
                )
            )
        if self.postgresql.auth.password and not self.postgresql.own_password:
            found.append(
                (
                    "postgresql.auth.password",
                    "is not used: the CloudNativePG Cluster gives its owner a password of its own "
                    "(the Secret <fullname>-db-app), which the server reads",
                )
            )
        found += self._alert_warnings() + self._replica_warnings()
        digest, smtp = self.server.digest, self.server.smtp
        if digest.enabled and not smtp.enabled:
            found.append(("server.digest.enabled", "digests are sent by email, but server.smtp is not enabled"))
        if acme.enabled and acme.challenge_type == "dns-01" and not acme.dns_present_script:
            found.append(
                (
                    "server.issuer.acme.dnsPresentScript",
                    "is empty, so dns-01 challenges fail "
                    "until a script is mounted (server.volumes / server.volumeMounts)",
                )
            )
        return found

    def _replica_warnings(self) -> list[tuple[str, str]]:
        server, found = self.server, []
        if server.replicas > 1 and server.rate_limiting.backend == "memory":
            found.append(
                (
                    "server.rateLimiting.backend",
                    f"memory with {server.replicas} replicas: each counts its own break-glass logins, OCSP "
                    "and export requests, so every such limit is that many times higher; use postgres",
                )
            )
        if server.replicas > 1 and not server.ocsp_responder.key_dir:
            found.append(
                (
                    "server.ocspResponder.keyDir",
                    f"unset with {server.replicas} replicas: each keeps the OCSP responder key in its own "
                    "emptyDir, and a replica whose key another replaced signs under the newer responder "
                    "certificate; point it at a volume every replica shares (ReadWriteMany)",
                )
            )
        if self.ingress.enabled and not server.http.trusted_proxies:
            found.append(
                (
                    "server.http.trustedProxies",
                    "is empty with the Ingress on: certctl then records the ingress controller's address "
                    "as every client's (audit rows, session IP binding); list the controller pods' CIDR",
                )
            )
        needed = self.connections_needed
        if not self.postgresql.enabled and needed > POSTGRES_MAX_CONNECTIONS:
            found.append(
                (
                    "server.database.maxConns",
                    f"the servers may open {needed} connections to the external database (replicas + 1 "
                    "during a rollout, each up to maxConns, plus a reserve); check its max_connections",
                )
            )
        return found

    def _alert_warnings(self) -> list[tuple[str, str]]:
        rules = self.monitoring.prometheus_rules
        found: list[tuple[str, str]] = []
        if not rules.enabled:
            return found
        key = "monitoring.prometheusRules"
        if prom_duration_seconds(rules.thresholds.expiring_certificate_for) < 3600:
            found.append(
                (
                    f"{key}.thresholds.expiringCertificateFor",
                    "is under 1h: certctl counts a certificate as expiring from the day its renewal "
                    "starts (both windows are 30 days), so the alert fires on renewals still in progress",
                )
            )
        if not rules.series_labels and not self.monitoring.service_monitor.enabled:
            found.append(
                (
                    f"{key}.seriesLabels",
                    "is empty and monitoring.serviceMonitor is off: the rules select the labels the "
                    "ServiceMonitor would give (job <fullname>-server, the namespace); set the labels "
                    "your own scrape gives certctl's series",
                )
            )
        return found

    def inline_secret_paths(self) -> list[str]:
        """Key paths whose secret value is written in the values file itself."""
        server, pg = self.server, self.postgresql
        parsed = self.external_database.parsed if not pg.enabled else None
        from_url = parsed is not None and parsed.password is not None
        candidates = {
            "server.auth.apiKey": server.auth.api_key,
            "externalDatabase.url" if from_url else "postgresql.auth.password": pg.auth.password
            if pg.own_password
            else "",
            "server.encryption.key": server.encryption.key,
        }
        found = [path for path, value in candidates.items() if isinstance(value, str) and value]
        return found + [s.key for s in server.settings if s.kind == "secret" and isinstance(s.value, str)]
