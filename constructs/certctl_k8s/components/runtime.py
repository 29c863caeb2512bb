"""What the certctl server process needs wherever it runs: its settings (the ConfigMap
`<fullname>-server`), its environment, its volumes and mounts, and the init containers that
prepare its files. The server Deployment and the migration Job both build their certctl
container from here, so `/app/server --migrate-only`, which loads and validates the whole
configuration before it migrates (cmd/server/main.go:59-66), sees exactly what the server sees."""

from __future__ import annotations

from functools import cached_property
from typing import Any

from ..values.settings import SecretFile
from . import pod
from .context import Context
from .database import CONNECT_TIMEOUT_SECONDS

SERVER_BINARY = "/app/server"  # the server image's ENTRYPOINT
TLS_DIR = "/etc/certctl/tls"
ISSUER_CA_DIR = "/etc/certctl/issuer-ca"
FILES_DIR = "/etc/certctl/files"
PRIVATE_DIR = "/run/certctl/private"  # owner-only copies of the key files certctl checks (below)
# Copies each source file to its target with umask 077, so the copy is the server user's own and
# readable by nobody else: certctl refuses a SCEP RA key that group or others may read
# (`mode & 077`, cmd/server/wire.go:374-383), which a Secret file under fsGroup always is.
COPY_KEYS = 'umask 077; while [ "$#" -gt 1 ]; do cp "$1" "$2"; shift 2; done'
DATABASE_URL = "CERTCTL_DATABASE_URL"
# Where certctl writes the local issuer's OCSP responder key (FileDriver, internal/connector/issuer/
# local/ocsp_responder.go:155-182). Unset, it is the working folder, the image's read-only /app.
OCSP_KEY_DIR = "/var/lib/certctl/ocsp"
OCSP_KEY_VARIABLE = "CERTCTL_OCSP_RESPONDER_KEY_DIR"


def _files_dir(secret: str) -> str:
    """Where the keys of a Secret that settings name as files are mounted."""
    return f"{FILES_DIR}/{secret}"


def _source(value: SecretFile | str) -> str:
    """The path a file setting names: a mounted Secret key, or the operator's own path."""
    if isinstance(value, SecretFile):
        return f"{_files_dir(value.secret_key_ref.name)}/{value.secret_key_ref.key}"
    return value


class ServerRuntime:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    @cached_property
    def _settings(self) -> tuple[dict[str, str], list[dict[str, Any]]]:
        """(plain settings for the ConfigMap, env entries of the credentials among them)."""
        plain: dict[str, str] = {}
        secret: list[dict[str, Any]] = []
        copies = dict(self._key_copies())
        for setting in self.ctx.values.server.settings:
            if setting.kind == "secret":
                secret.append(self.ctx.credentials.setting(setting.variable, setting.value))
            elif setting.variable in copies:
                plain[setting.variable] = copies[setting.variable][1]
            elif isinstance(setting.value, SecretFile):
                plain[setting.variable] = _source(setting.value)
            else:
                plain[setting.variable] = pod.env_value(setting.value)
        return plain, secret

    @cached_property
    def config(self) -> dict[str, str]:
        """The ConfigMap `<fullname>-server`: every setting that is not a secret."""
        s = self.ctx.values.server
        return {
            "CERTCTL_SERVER_HOST": "0.0.0.0",
            "CERTCTL_SERVER_PORT": str(s.port),
            "CERTCTL_SERVER_TLS_CERT_PATH": f"{TLS_DIR}/tls.crt",
            "CERTCTL_SERVER_TLS_KEY_PATH": f"{TLS_DIR}/tls.key",
            "CERTCTL_AUTH_TYPE": s.auth.type,
            # Registration must present the bootstrap token (the registrar key), never nothing.
            "CERTCTL_AGENT_BOOTSTRAP_TOKEN_DENY_EMPTY": "true",
            **self._migrations_config(),
            **self._acme_insecure_ack(),
            **({OCSP_KEY_VARIABLE: OCSP_KEY_DIR} if self._ocsp_key_volume else {}),
            **self._settings[0],
            **self._database_config(),
            **self._issuer_ca_config(),
        }

    @property
    def _ocsp_key_volume(self) -> bool:
        """Whether the chart gives the OCSP responder key a folder: unless the values name one."""
        return not self.ctx.values.server.ocsp_responder.key_dir

    def _migrations_config(self) -> dict[str, str]:
        """With the migration Job, the server skips its own migrations and seed at start
        (cmd/server/migrations.go:143-181); `--migrate-only` ignores the variable."""
        return {"CERTCTL_MIGRATIONS_VIA_HOOK": "true"} if self.ctx.values.migrations.via_hook else {}

    def _key_copies(self) -> list[tuple[str, tuple[str, str]]]:
        """(variable, (source, copy)) for every key file certctl wants owner-only."""
        return [
            (s.variable, (_source(s.value), f"{PRIVATE_DIR}/{s.variable.removeprefix('CERTCTL_').lower()}.pem"))
            for s in self.ctx.values.server.settings
            if s.kind == "key-file"
        ]

    def init_containers(self) -> list[dict[str, Any]]:
        """The containers that prepare the server's files before it starts: the owner-only copies
        of key files, made with the server's user and mounts."""
        copies = self._key_copies()
        if not copies:
            return []
        s = self.ctx.values.server
        return [
            {
                "name": "private-keys",
                **pod.image(s.image, self.ctx.values.app_version),
                "command": ["sh", "-c", COPY_KEYS, "copy-keys", *(path for _, pair in copies for path in pair)],
                "resources": pod.resources(s.reloader.resources),
                "securityContext": self.ctx.container_security_context(s.security_context),
                "volumeMounts": self.mounts,
            }
        ]

    def _file_volumes(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """One read-only volume per Secret whose keys settings name as files."""
        keys: dict[str, set[str]] = {}
        for setting in self.ctx.values.server.settings:
            if isinstance(setting.value, SecretFile):
                ref = setting.value.secret_key_ref
                keys.setdefault(ref.name, set()).add(ref.key)
        volumes, mounts = [], []
        for index, name in enumerate(sorted(keys)):
            volume = f"files-{index}"
            volumes.append(pod.secret_volume(volume, name, {k: k for k in sorted(keys[name])}))
            mounts.append({"name": volume, "mountPath": _files_dir(name), "readOnly": True})
        return volumes, mounts

    @cached_property
    def database_url(self) -> str | None:
        """The password-less URL of the database (components/database.py); None for the Helm
        recipe of a URL in server.env."""
        return None if self.ctx.values.database_url_in_env else self.ctx.database.url

    def _database_config(self) -> dict[str, str]:
        if self.database_url is None:
            return {}
        config = {DATABASE_URL: self.database_url}
        if self.ctx.database.ca_file:
            config["PGSSLROOTCERT"] = self.ctx.database.ca_file
        return config

    def _acme_insecure_ack(self) -> dict[str, str]:
        """certctl refuses CERTCTL_ACME_INSECURE without its acknowledgement; the key that asks
        for it (warned about at load) is the acknowledgement."""
        acme = self.ctx.values.server.issuer.acme
        return {"CERTCTL_ACME_INSECURE_ACK": "true"} if acme.enabled and acme.insecure else {}

    def _issuer_ca_config(self) -> dict[str, str]:
        local = self.ctx.values.server.issuer.local
        if not local.enabled or local.ephemeral:
            return {}
        if local.ca_cert_path:
            return {"CERTCTL_CA_CERT_PATH": local.ca_cert_path, "CERTCTL_CA_KEY_PATH": local.ca_key_path}
        return {"CERTCTL_CA_CERT_PATH": f"{ISSUER_CA_DIR}/ca.crt", "CERTCTL_CA_KEY_PATH": f"{ISSUER_CA_DIR}/ca.key"}

    def env(self, *, serves: bool = True) -> list[dict[str, Any]]:
        """The certctl container's env entries (the ConfigMap comes in through envFrom). A process
        that serves gets the named keys and the bootstrap token; `--migrate-only` (serves=False)
        only what certctl's configuration check asks for: CERTCTL_AUTH_SECRET, and no bootstrap
        token, so the check that the token is set is off there (internal/config/config.go:861-875)."""
        v, credentials = self.ctx.values, self.ctx.credentials
        if serves:
            entries = credentials.server_keys()
        else:
            entries = [
                credentials.auth_secret_env(),
                pod.env("CERTCTL_AGENT_BOOTSTRAP_TOKEN_DENY_EMPTY", "false"),
            ]
        if not v.database_url_in_env:
            entries.append(self.ctx.database.password_env("PGPASSWORD"))
        entries.append(credentials.encryption_key())
        return entries + self._settings[1] + [entry.as_kube() for entry in v.passthrough_env("server")]

    def database_client_env(self) -> list[dict[str, Any]]:
        """What a PostgreSQL client beside the server needs to reach the server's database as
        the server does: its URL, password and CA (mount `ctx.database.ca_volume()` too)."""
        v = self.ctx.values
        if self.database_url is None:  # the operator's own entry, password included
            entries = [e.as_kube() for e in v.server.env if e.name == DATABASE_URL]
        else:
            entries = [pod.env(DATABASE_URL, self.database_url), self.ctx.database.password_env("PGPASSWORD")]
        if self.ctx.database.ca_file:
            entries.append(pod.env("PGSSLROOTCERT", self.ctx.database.ca_file))
        return [*entries, pod.env("PGCONNECT_TIMEOUT", CONNECT_TIMEOUT_SECONDS)]

    @cached_property
    def _volumes(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        v, n = self.ctx.values, self.ctx.naming
        volumes = [
            pod.secret_volume("tls", n.tls_secret, {"tls.crt": "tls.crt", "tls.key": "tls.key"}),
            pod.empty_dir("tmp", "64Mi"),
        ]
        mounts: list[dict[str, Any]] = [
            {"name": "tls", "mountPath": TLS_DIR, "readOnly": True},
            {"name": "tmp", "mountPath": "/tmp"},
        ]
        local = v.server.issuer.local
        if local.ca_from_secret:
            volumes.append(pod.secret_volume("issuer-ca", n.issuer_ca_secret))
            mounts.append({"name": "issuer-ca", "mountPath": ISSUER_CA_DIR, "readOnly": True})
        ca_volumes, ca_mounts = self.ctx.database.ca_volume()
        volumes += ca_volumes
        mounts += ca_mounts
        file_volumes, file_mounts = self._file_volumes()
        if self._ocsp_key_volume:
            volumes.append(pod.empty_dir("ocsp", "1Mi"))
            mounts.append({"name": "ocsp", "mountPath": OCSP_KEY_DIR})
        if self._key_copies():
            volumes.append(pod.empty_dir("private", "1Mi"))
            mounts.append({"name": "private", "mountPath": PRIVATE_DIR})
        return volumes + file_volumes + [*v.server.volumes], mounts + file_mounts + [*v.server.volume_mounts]

    @property
    def volumes(self) -> list[dict[str, Any]]:
        return self._volumes[0]

    @property
    def mounts(self) -> list[dict[str, Any]]:
        return self._volumes[1]

    def container(self, name: str, *, serves: bool = True) -> dict[str, Any]:
        """A container of the server image with the server's settings, env and mounts; the
        caller adds what its pod needs (ports, probes, resources, a command)."""
        v = self.ctx.values
        return {
            "name": name,
            **pod.image(v.server.image, v.app_version),
            "envFrom": [{"configMapRef": {"name": self.ctx.naming.server}}],
            "env": self.env(serves=serves),
            "securityContext": self.ctx.container_security_context(v.server.security_context),
            "volumeMounts": self.mounts,
        }
