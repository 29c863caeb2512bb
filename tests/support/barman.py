"""The Barman Cloud commands the CloudNativePG plugin runs for one of our ObjectStores, built
from the synthesized object the way the plugin builds them, so a drill runs what an instance pod
would run.

Read in the Barman Cloud plugin v0.14.0 (github.com/cloudnative-pg/plugin-barman-cloud) and the
library it builds command lines with, github.com/cloudnative-pg/barman-cloud at 950b0f57e122
(the version v0.14.0's go.mod requires); `plugin:` and `library:` below are those trees:
- the server name is the Cluster's name unless the plugin's entry in `.spec.plugins` sets
  `serverName` (plugin: internal/cnpgi/operator/config/config.go:148-153);
- credentials go in the environment, never in arguments: `AWS_ACCESS_KEY_ID` and
  `AWS_SECRET_ACCESS_KEY` from the Secret keys `s3Credentials` names, `AWS_DEFAULT_REGION` only
  from a `region` reference, nothing for `inheritFromIAMRole` (library: pkg/credentials/env.go:
  145-146, 177-188, 204-205);
- `s3Credentials` makes `--cloud-provider aws-s3` (library: pkg/command/commandbuilder.go:84-89);
- WAL archive (archive_command): `--<wal.compression>`, `--endpoint-url`, the provider, then
  destinationPath and the server name (library: pkg/archiver/command.go:39-88; plugin:
  internal/cnpgi/common/wal.go:196);
- base backup: `--user postgres --name backup-<time>`, `--<data.compression>`, `--endpoint-url`,
  the provider, destinationPath, server name (library: pkg/backup/backup.go:53-131; plugin:
  internal/cnpgi/instance/backup.go:95-121);
- the catalog: `barman-cloud-backup-list --format json`, `--endpoint-url`, the provider,
  destinationPath, server name; `barman-cloud-backup-show`, the same and a backup's name, says
  which backup id a name is (library: pkg/command/backuplist.go:69-81, 103-158);
- restore of the data folder: the provider, `--endpoint-url`, destinationPath, server name,
  backup id, PGDATA (plugin: internal/cnpgi/restore/restore.go:175-191);
- WAL restore (restore_command): `--endpoint-url`, the provider, destinationPath, server name
  (library: pkg/command/commandbuilder.go:29-55), then the WAL name and its destination
  (library: pkg/restorer/restorer.go:297-299); recovery promotes at the target (plugin:
  internal/cnpgi/restore/restore.go:355-358);
- retention: `barman-cloud-backup-delete` with `--endpoint-url`, the provider,
  `--retention-policy "RECOVERY WINDOW OF <n> DAYS|WEEKS|MONTHS"` from `retentionPolicy` `<n>d|w|m`
  (library: pkg/command/backupdelete.go:44-64, pkg/utils/barman.go:29-45; plugin:
  internal/cnpgi/instance/retention.go:131-165).

Only the fields our ObjectStores carry are mapped; `Store.of` refuses any other, so a field the
synth starts writing cannot go unexercised here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

PLUGIN = "barman-cloud.cloudnative-pg.io"
# spec.configuration fields this mapping knows, and what the plugin does with each (see above).
CONFIGURATION_FIELDS = {"destinationPath", "endpointURL", "s3Credentials", "wal", "data"}
SPEC_FIELDS = {
    "configuration",
    "retentionPolicy",
    "instanceSidecarConfiguration",
}  # the sidecar's resources: no argument
RETENTION_UNITS = {"d": "DAYS", "w": "WEEKS", "m": "MONTHS"}


@dataclass(frozen=True)
class Store:
    """An ObjectStore's spec as the plugin reads it for the Cluster that names it."""

    configuration: dict[str, Any]
    retention_policy: str
    server_name: str

    @classmethod
    def of(cls, object_store: dict[str, Any], cluster: dict[str, Any]) -> Store:
        spec = object_store["spec"]
        configuration = spec["configuration"]
        unknown = (set(spec) - SPEC_FIELDS) | (set(configuration) - CONFIGURATION_FIELDS)
        assert not unknown, (
            f"the drill does not map ObjectStore fields {sorted(unknown)}: add them (tests/support/barman.py)"
        )
        [entry] = [p for p in cluster["spec"]["plugins"] if p["name"] == PLUGIN]
        assert entry["parameters"]["barmanObjectName"] == object_store["metadata"]["name"]
        server = entry["parameters"].get("serverName", cluster["metadata"]["name"])
        return cls(configuration, spec.get("retentionPolicy", ""), server)

    def env(self, secrets: dict[str, dict[str, str]]) -> dict[str, str]:
        """The variables the plugin sets from the Secrets (name -> data) `s3Credentials` names."""
        credentials = self.configuration["s3Credentials"]
        if credentials.get("inheritFromIAMRole"):
            return {}
        env = {}
        for variable, field in (("AWS_ACCESS_KEY_ID", "accessKeyId"), ("AWS_SECRET_ACCESS_KEY", "secretAccessKey"),
                                ("AWS_DEFAULT_REGION", "region"), ("AWS_SESSION_TOKEN", "sessionToken")):  # fmt: skip
            if field in credentials:
                reference = credentials[field]
                env[variable] = secrets[reference["name"]][reference["key"]]
        return env

    def _endpoint(self) -> list[str]:
        url = self.configuration.get("endpointURL")
        return ["--endpoint-url", url] if url else []

    def _provider(self) -> list[str]:
        assert "s3Credentials" in self.configuration, "only S3 stores are synthesized"
        return ["--cloud-provider", "aws-s3"]

    def _where(self) -> list[str]:
        return [self.configuration["destinationPath"], self.server_name]

    @staticmethod
    def _compression(section: dict[str, Any] | None) -> list[str]:
        return [f"--{section['compression']}"] if section and section.get("compression") else []

    def wal_archive(self) -> list[str]:
        """barman-cloud-wal-archive's arguments before the WAL file's path."""
        return [*self._compression(self.configuration.get("wal")), *self._endpoint(), *self._provider(), *self._where()]

    def backup(self, name: str) -> list[str]:
        return ["--user", "postgres", "--name", name, *self._compression(self.configuration.get("data")),
                *self._endpoint(), *self._provider(), *self._where()]  # fmt: skip

    def backup_list(self) -> list[str]:
        """barman-cloud-backup-list's arguments; with a backup's name after them, -backup-show's."""
        return ["--format", "json", *self._endpoint(), *self._provider(), *self._where()]

    def restore(self, backup_id: str, pgdata: str) -> list[str]:
        return [*self._provider(), *self._endpoint(), *self._where(), backup_id, pgdata]

    def wal_restore(self) -> list[str]:
        """barman-cloud-wal-restore's arguments before the WAL name and its destination."""
        return [*self._endpoint(), *self._provider(), *self._where()]

    def backup_delete(self) -> list[str]:
        match = re.fullmatch(r"([1-9][0-9]*)([dwm])", self.retention_policy)
        assert match, f"retentionPolicy {self.retention_policy!r} is not <n>d, <n>w or <n>m"
        policy = f"RECOVERY WINDOW OF {match[1]} {RETENTION_UNITS[match[2]]}"
        return [*self._endpoint(), *self._provider(), "--retention-policy", policy, *self._where()]
