"""A pod of a synthesized workload, run here the way the kubelet would run it.

`Pod` lays the pod's volumes out in a folder as the kubelet does:
- an emptyDir is a folder owned by root with mode 0777 or, under an fsGroup, group-owned by it
  with the setgid bit (2777);
- a Secret, ConfigMap or projected volume holds its files (mode from `items` or `defaultMode`,
  0644 by default) in a timestamped folder behind a `..data` symlink, each key a symlink into it,
  so an update swaps one link; under an fsGroup the files are group-owned by it and made
  group-readable (`| 0440`);
- a PersistentVolumeClaim is a folder group-owned by the fsGroup (2775).

`run` starts a container's command as the pod's user (`setpriv`: runAsUser, runAsGroup, and
that group, the fsGroup and supplementalGroups as supplementary groups, no new privileges; an
OpenShift environment's pods as restricted-v2 admits them, see openshift.py), with BusyBox applets
for the image's tools, its environment resolved as the kubelet resolves it, and every path under
a mount (in the command and in the environment) moved to where that volume was laid out.

Given certctl's real binaries (`certctl=`, see certctl_build), `/app/server`, `/app/agent` and
`/app/migrations` are certctl's own, and containers run in /app, the images' WORKDIR (the server
reads `./migrations`). Without them, `/app/agent` and `/app/server` are the stubs in
tests/support/stubs, which do what certctl does with its files (see their comments), and
`/app/migrations` holds a few stand-in migrations. `hosts` names what cluster DNS would resolve
for the pod (a Service, the database): each process then runs in its own mount namespace whose
/etc/hosts points those names at 127.0.0.1, so TLS names are checked as in the cluster.

It needs root, as CI has; tests that use it fail otherwise."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest

from . import busybox, openshift
from .certctl_build import Binaries
from .deployment import Deployment
from .pods import object_data

STUBS = Path(__file__).resolve().parent / "stubs"
# The certctl binaries, by path in the images, and the stubs that stand in for them here.
IMAGE_BINARIES = {"/app/agent": "certctl-agent.sh", "/app/server": "certctl-server.pl"}
# The server image's migrations folder (WORKDIR /app, ./migrations): the last files of v2.1.7's,
# beside the kinds of file certctl does not apply as migrations.
IMAGE_MIGRATIONS_DIR = "/app/migrations"
IMAGE_MIGRATIONS = (
    "000044_prelogin_uaip.up.sql",
    "000045_users_deactivated_at.up.sql",
    "000046_rate_limit_buckets.up.sql",
)
IMAGE_OTHER_FILES = ("000046_rate_limit_buckets.down.sql", "seed.sql", "seed_demo.sql")
ENTRYPOINTS = {"certctl-server": "/app/server", "certctl-agent": "/app/agent"}  # the images' ENTRYPOINTs
SETPRIV = shutil.which("setpriv") or "setpriv"  # util-linux's, not the pod's BusyBox applet
UNSHARE = shutil.which("unshare") or "unshare"
needs_root = pytest.mark.requires(
    None if os.geteuid() == 0 else "the pod harness runs containers as their users: run the tests as root, as CI does"
)
READ_ONLY_VOLUMES = ("secret", "configMap", "projected", "downwardAPI")


class Pod:
    def __init__(
        self,
        deployment: Deployment,
        component: str,
        root: Path | None = None,
        certctl: Binaries | None = None,
        hosts: tuple[str, ...] = (),
    ) -> None:
        self.deployment, self.component, self.certctl = deployment, component, certctl
        self.spec = deployment.pod_spec(component)
        if deployment.values.openshift.enabled:  # admitted by restricted-v2 (support/openshift.py)
            self.spec = openshift.admit(self.spec, openshift.namespace_block())
        self.root = root or Path(tempfile.mkdtemp(prefix=f"pod-{component}-"))
        self.root.chmod(0o755)  # the pod's users must reach their volumes below it
        context = self.spec.get("securityContext", {})
        self.fs_group: int | None = context.get("fsGroup")
        self.supplemental: list[int] = list(context.get("supplementalGroups", []))
        self.volumes: dict[str, Path] = {}
        self.processes: list[subprocess.Popen[str]] = []
        self.report = self.root / "stub-report"
        self.report.touch()
        self.report.chmod(0o666)
        for volume in self.spec.get("volumes", []) + self._claims():
            self.volumes[volume["name"]] = self._lay_out(volume)
        self._install_binaries()
        self.hosts_file: Path | None = None
        if hosts:
            self.hosts_file = self.root / "etc-hosts"
            self.hosts_file.write_text("127.0.0.1 localhost\n" + "".join(f"127.0.0.1 {name}\n" for name in hosts))
            self.hosts_file.chmod(0o644)

    # --- volumes ---------------------------------------------------------------------------
    def _claims(self) -> list[dict[str, Any]]:
        """A StatefulSet pod's volumes from its claim templates (pod 0's claims)."""
        workload = self.deployment.workload(self.component)
        name = workload["metadata"]["name"]
        return [
            {"name": t["metadata"]["name"], "persistentVolumeClaim": {"claimName": f"{t['metadata']['name']}-{name}-0"}}
            for t in workload["spec"].get("volumeClaimTemplates", [])
        ]

    def _lay_out(self, volume: dict[str, Any]) -> Path:
        path = self.root / "volumes" / volume["name"]
        path.mkdir(parents=True)
        group = self.fs_group if self.fs_group is not None else 0
        if "emptyDir" in volume:
            os.chown(path, 0, group)
            path.chmod(0o2777 if self.fs_group is not None else 0o777)
        elif "persistentVolumeClaim" in volume:
            os.chown(path, 0, group)
            path.chmod(0o2775)
        elif any(kind in volume for kind in READ_ONLY_VOLUMES):
            self.write_projection(volume["name"], self.projected_files(volume))
        else:
            raise NotImplementedError(f"volume {volume['name']}: {sorted(volume)} is not laid out by the harness")
        return path

    def _source_data(self, kind: str, name: str) -> dict[str, str]:
        objects = self.deployment.rendered.manifests + self.deployment.secrets
        found = [m for m in objects if m["kind"] == kind and m["metadata"]["name"] == name]
        assert found, f"{kind} {name} is neither in dist/ nor generated"
        return object_data(found[-1])  # the last written: an operator's update of a dist/ object

    def projected_files(self, volume: dict[str, Any]) -> dict[str, tuple[str, int]]:
        """relative path -> (contents, mode) of a Secret, ConfigMap or projected volume."""
        if "projected" in volume:
            default = volume["projected"].get("defaultMode", 0o644)
            sources = [
                (kind, source[key], default)
                for source in volume["projected"]["sources"]
                for kind, key in (("Secret", "secret"), ("ConfigMap", "configMap"))
                if key in source
            ]
        else:
            kind, key = ("Secret", "secret") if "secret" in volume else ("ConfigMap", "configMap")
            spec = volume[key]
            sources = [(kind, spec, spec.get("defaultMode", 0o644))]
        files: dict[str, tuple[str, int]] = {}
        for kind, source, default in sources:
            data = self._source_data(kind, source.get("secretName") or source["name"])
            items = source.get("items") or [{"key": key, "path": key} for key in data]
            for item in items:
                files[item["path"]] = (data[item["key"]], item.get("mode", default))
        return files

    def write_projection(self, name: str, files: dict[str, tuple[str, int]]) -> None:
        """Write (or replace, as an update does) a read-only volume's files: a new timestamped
        folder, then one atomic swap of `..data`."""
        path = self.root / "volumes" / name
        group = self.fs_group if self.fs_group is not None else 0
        stamp = path / f"..{time.strftime('%Y_%m_%d_%H_%M_%S')}.{time.monotonic_ns()}"
        stamp.mkdir()
        os.chown(stamp, 0, group)
        stamp.chmod(0o755)
        for relative, (text, mode) in files.items():
            target = stamp / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text)
            os.chown(target, 0, group)
            target.chmod(mode | 0o440 if self.fs_group is not None else mode)
            link = path / relative.split("/")[0]
            if not link.is_symlink():
                link.symlink_to(Path("..data") / relative.split("/")[0])
        swap = path / "..data_tmp"
        swap.symlink_to(stamp.name)
        swap.replace(path / "..data")
        os.chown(path, 0, group)
        path.chmod(0o2755 if self.fs_group is not None else 0o755)

    def _install_binaries(self) -> None:
        """The image's certctl binaries and migrations: certctl's own, or the stubs run by
        BusyBox sh (or Perl) and a few stand-in migrations."""
        self.binaries = {}
        migrations = self.root / "image" / IMAGE_MIGRATIONS_DIR.lstrip("/")
        for image_path, stub in IMAGE_BINARIES.items():
            target = self.root / "image" / image_path.lstrip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            if self.certctl:
                target.symlink_to(self.certctl.server if image_path == "/app/server" else self.certctl.agent)
            else:
                interpreter = f"{busybox.BUSYBOX} sh" if stub.endswith(".sh") else shutil.which("perl")
                target.write_text(f"#!{interpreter}\n" + (STUBS / stub).read_text())
            target.chmod(0o755)
            self.binaries[image_path] = str(target)
        if self.certctl:
            shutil.copytree(self.certctl.migrations, migrations)
            for path in migrations.iterdir():
                path.chmod(0o644)
        else:
            migrations.mkdir()
            for name in IMAGE_MIGRATIONS + IMAGE_OTHER_FILES:
                (migrations / name).write_text("-- stand-in\n")
        self.binaries[IMAGE_MIGRATIONS_DIR] = str(migrations)
        for folder in (self.root / "image", self.root / "image" / "app", migrations):
            folder.chmod(0o755)

    # --- running a container ----------------------------------------------------------------
    def container(self, name: str) -> dict[str, Any]:
        return next(c for c in self.spec.get("initContainers", []) + self.spec["containers"] if c["name"] == name)

    def mounts(self, container: dict[str, Any]) -> list[tuple[str, str]]:
        """(mount path, where it was laid out), longest first, plus the image's binaries."""
        found = [
            (m["mountPath"].rstrip("/"), str(self.volumes[m["name"]] / m.get("subPath", "")).rstrip("/"))
            for m in container.get("volumeMounts", [])
        ]
        found += list(self.binaries.items())
        return sorted(found, key=lambda pair: -len(pair[0]))

    def remap(self, value: str, container: dict[str, Any]) -> str:
        """`value` with every path under a mount moved to where the volume was laid out."""
        mounts = dict(self.mounts(container))
        alternatives = "|".join(re.escape(mount) for mount in mounts)  # longest first: mounts() sorts
        pattern = rf"(?:^|(?<=[\s=:,]))({alternatives})(?=/|$|[\s,:])"
        return re.sub(pattern, lambda match: mounts[match.group(1)], value)  # one pass: no path moved twice

    def user(self, container: dict[str, Any]) -> tuple[int, int]:
        context = {**self.spec.get("securityContext", {}), **container.get("securityContext", {})}
        return context.get("runAsUser", 0), context.get("runAsGroup", 0)

    def command(self, container: dict[str, Any], shell: list[str] | None = None) -> list[str]:
        """The container's argv; its `sh` is BusyBox's, or `shell` (another image's sh)."""
        image = container["image"].split("@")[0].rsplit(":", 1)[0].rsplit("/", 1)[-1]
        argv = [*(container.get("command") or [ENTRYPOINTS[image]]), *container.get("args", [])]
        argv = [self.remap(arg, container) for arg in argv]
        if argv[0] == "sh":  # a path of this machine: not remapped
            argv[:1] = shell or [busybox.BUSYBOX or "busybox", "sh"]
        return argv

    def environment(self, container: dict[str, Any], overrides: dict[str, str]) -> dict[str, str]:
        env = self.deployment.env(self.component, container["name"])
        env = {name: self.remap(value, container) for name, value in env.items()}
        tmp = dict(self.mounts(container)).get("/tmp")
        return {
            **env,
            "STUB_REPORT": str(self.report),
            "STUB_ARGV0": self.binaries["/app/server"],
            **({"TMPDIR": tmp} if tmp else {}),
            "PATH": str(busybox.applets()),
            **overrides,
        }

    def privileges(self, container: dict[str, Any]) -> list[str]:
        """The `setpriv` prefix that runs a program as the container's user and groups."""
        uid, gid = self.user(container)
        groups = self.groups(container)
        privileges = [SETPRIV, f"--reuid={uid}", f"--regid={gid}", "--no-new-privs"]
        return privileges + ([f"--groups={','.join(map(str, groups))}"] if groups else ["--clear-groups"])

    def groups(self, container: dict[str, Any]) -> list[int]:
        """The process's groups: the kubelet lists the primary group too (`id`: uid=1000
        gid=3000 groups=2000,3000), then the fsGroup and supplementalGroups."""
        _, gid = self.user(container)
        return list(dict.fromkeys(g for g in (gid, self.fs_group, *self.supplemental) if g is not None))

    def start(
        self, name: str, shell: list[str] | None = None, log: Path | None = None, **overrides: str
    ) -> subprocess.Popen[str]:
        """Start a container; its output is piped, or written to `log` (readable while it runs)."""
        container = self.container(name)
        namespace = []
        if self.hosts_file:  # its own /etc/hosts, as root, before dropping to the pod's user
            mount = f'mount --bind {self.hosts_file} /etc/hosts && exec "$@"'
            namespace = [UNSHARE, "--mount", "--propagation", "private", "sh", "-c", mount, "sh"]
        process = subprocess.Popen(
            [*namespace, *self.privileges(container), *self.command(container, shell)],
            env=self.environment(container, overrides),
            cwd=self.root / "image" / "app" if self.certctl else self.root,
            start_new_session=True,  # its own process group: close() stops its children too
            stdout=log.open("a") if log else subprocess.PIPE,
            stderr=subprocess.STDOUT if log else subprocess.PIPE,
            text=True,
        )
        self.processes.append(process)
        return process

    def run(
        self, name: str, timeout: float = 60, shell: list[str] | None = None, **overrides: str
    ) -> subprocess.CompletedProcess[str]:
        process = self.start(name, shell, **overrides)
        stdout, stderr = process.communicate(timeout=timeout)
        return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)

    def reported(self) -> list[str]:
        return self.report.read_text().splitlines()

    def wait_for_report(self, line: str, timeout: float = 15) -> None:
        deadline = time.monotonic() + timeout
        while not any(entry.startswith(line) for entry in self.reported()):
            assert time.monotonic() < deadline, f"no {line!r} in the stub's report: {self.reported()}"
            time.sleep(0.05)

    def path(self, container: dict[str, Any] | str, path: str) -> Path:
        """Where a container path was laid out here."""
        if isinstance(container, str):
            container = self.container(container)
        return Path(self.remap(path, container))

    def programs(self) -> Path:
        """A folder the pod's users can read, for stand-ins of programs their image has."""
        folder = self.root / "programs"
        folder.mkdir(mode=0o777, exist_ok=True)
        folder.chmod(0o777)
        return folder

    def stat(self, container: dict[str, Any] | str, path: str) -> tuple[int, int]:
        """(mode bits, owner uid) of a container path."""
        info = self.path(container, path).stat()
        return info.st_mode & 0o7777, info.st_uid

    def close(self) -> None:
        for process in self.processes:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
        shutil.rmtree(self.root, ignore_errors=True)
