"""reload-on-change.sh run under sh against a Kubernetes-style Secret volume and
a real process that records the SIGHUPs it receives."""

import os
import subprocess
import time
import uuid
from pathlib import Path

import pytest

from tests.support.polling import wait_for

SCRIPT = Path(__file__).resolve().parents[2] / "constructs/certctl_k8s/scripts/reload-on-change.sh"
INTERVAL = 0.05
# Long enough for several polls: the window in which a wrong SIGHUP would show up.
QUIET_PERIOD = 10 * INTERVAL


class SecretVolume:
    """A directory updated the way the kubelet updates Secret volumes: files go
    into a fresh timestamped dir, ..data is atomically re-pointed at it, and the
    visible files are symlinks through ..data."""

    def __init__(self, path: Path):
        self.path = path

    def file(self, name):
        return self.path / name

    def write(self, files):
        self.path.mkdir(exist_ok=True)
        data = self.path / "..data"
        old = os.readlink(data) if data.is_symlink() else None
        new = f"..{time.strftime('%Y_%m_%d_%H_%M_%S')}.{uuid.uuid4().hex[:8]}"
        (self.path / new).mkdir()
        for name, content in files.items():
            (self.path / new / name).write_text(content)
            if not self.file(name).is_symlink():
                self.file(name).symlink_to(f"..data/{name}")
        (self.path / "..data_tmp").symlink_to(new)
        os.replace(self.path / "..data_tmp", data)
        if old:
            for child in (self.path / old).iterdir():
                child.unlink()
            (self.path / old).rmdir()

    def remove_data(self):
        (self.path / "..data").unlink()


class DummyServer:
    """A long-lived sh whose argv[0] is a unique path, logging each SIGHUP."""

    def __init__(self, tmp_path: Path):
        self.path = tmp_path / f"certctl-server-{uuid.uuid4().hex[:8]}"
        self.path.symlink_to("/bin/sh")
        self.hup_log = tmp_path / "hups.log"
        self.ready = tmp_path / "server.ready"
        self.proc = None

    def start(self):
        script = 'trap \'echo HUP >> "$HUP_LOG"\' HUP; : > "$READY"; while :; do sleep 0.02; done'
        env = {"PATH": os.environ["PATH"], "HUP_LOG": str(self.hup_log), "READY": str(self.ready)}
        self.proc = subprocess.Popen([str(self.path), "-c", script], env=env)
        wait_for(self.ready.exists)  # the trap is installed; a HUP will not kill it
        return self

    @property
    def hups(self):
        return self.hup_log.read_text().count("HUP") if self.hup_log.exists() else 0

    def stop(self):
        if self.proc:
            self.proc.kill()
            self.proc.wait()


class Watcher:
    def __init__(self, tmp_path: Path, env):
        self.log = tmp_path / "watcher.log"
        with open(self.log, "w") as stderr:
            self.proc = subprocess.Popen(["sh", str(SCRIPT)], env=env, stderr=stderr)

    @property
    def output(self):
        return self.log.read_text()

    def wait_for_log(self, text, count=1):
        wait_for(lambda: self.output.count(text) >= count)

    def stop(self):
        self.proc.kill()
        self.proc.wait()


@pytest.fixture
def volume(tmp_path):
    return SecretVolume(tmp_path / "tls")


@pytest.fixture
def server(tmp_path):
    dummy = DummyServer(tmp_path)
    yield dummy
    dummy.stop()


@pytest.fixture
def start_watcher(tmp_path, volume, server):
    watchers = []

    def start(**overrides):
        env = {
            "PATH": os.environ["PATH"],
            "WATCH_FILES": f"{volume.file('tls.crt')} {volume.file('tls.key')}",
            "RELOAD_PROCESS": str(server.path),
            "RELOAD_INTERVAL_SECONDS": str(INTERVAL),
            **overrides,
        }
        watchers.append(Watcher(tmp_path, env))
        return watchers[-1]

    yield start
    for watcher in watchers:
        watcher.stop()


PAIR_1 = {"tls.crt": "cert one\n", "tls.key": "key one\n"}
PAIR_2 = {"tls.crt": "cert two\n", "tls.key": "key two\n"}
PAIR_3 = {"tls.crt": "cert three\n", "tls.key": "key two\n"}


@pytest.mark.parametrize("match_by", ["path", "name"])
def test_each_content_change_sends_exactly_one_sighup(volume, server, start_watcher, match_by):
    volume.write(PAIR_1)
    server.start()
    process = str(server.path) if match_by == "path" else server.path.name
    watcher = start_watcher(RELOAD_PROCESS=process)
    watcher.wait_for_log("watching ")

    for expected, pair in enumerate([PAIR_2, PAIR_3], start=1):
        volume.write(pair)
        wait_for(lambda count=expected: server.hups >= count)
        time.sleep(QUIET_PERIOD)
        assert server.hups == expected
    assert watcher.output.count(f"certificate changed; sent SIGHUP to pid {server.proc.pid}\n") == 2
    assert watcher.proc.poll() is None


def test_no_sighup_when_contents_are_unchanged(volume, server, start_watcher):
    volume.write(PAIR_1)
    server.start()
    watcher = start_watcher(RELOAD_MAX_CHECKS="20")
    watcher.wait_for_log("watching ")

    volume.write(dict(PAIR_1))  # new ..data dir and symlink, same bytes
    assert watcher.proc.wait(timeout=10) == 0  # stops by itself after 20 checks

    assert server.hups == 0
    assert "certificate changed" not in watcher.output


def test_missing_files_are_logged_and_polling_continues(volume, server, start_watcher):
    server.start()
    watcher = start_watcher()
    watcher.wait_for_log(f"cannot read {volume.file('tls.crt')}; checking again in {INTERVAL}s", count=2)
    assert watcher.proc.poll() is None

    volume.write(PAIR_1)  # first readable state: the baseline, no reload
    watcher.wait_for_log("watching ")
    unreadable = watcher.output.count("cannot read ")
    volume.remove_data()  # files vanish mid-run
    watcher.wait_for_log("cannot read ", count=unreadable + 1)
    time.sleep(QUIET_PERIOD)
    assert server.hups == 0

    volume.write(PAIR_2)  # back, with new contents
    wait_for(lambda: server.hups == 1)
    time.sleep(QUIET_PERIOD)
    assert server.hups == 1


def test_reload_is_retried_until_the_process_appears(volume, server, start_watcher):
    volume.write(PAIR_1)
    watcher = start_watcher()
    watcher.wait_for_log("watching ")

    volume.write(PAIR_2)
    watcher.wait_for_log(f"no running process matches {server.path}; retrying in {INTERVAL}s", count=2)
    assert server.hups == 0

    server.start()
    wait_for(lambda: server.hups == 1)
    time.sleep(QUIET_PERIOD)
    assert server.hups == 1


@pytest.mark.parametrize(
    "env, message",
    [
        ({}, "WATCH_FILES must be set"),
        ({"WATCH_FILES": "/x", "RELOAD_INTERVAL_SECONDS": "30s"}, "RELOAD_INTERVAL_SECONDS must be a number"),
        ({"WATCH_FILES": "/x", "RELOAD_MAX_CHECKS": "-1"}, "RELOAD_MAX_CHECKS must be a non-negative integer"),
    ],
)
def test_invalid_config_exits_2(env, message):
    result = subprocess.run(
        ["sh", str(SCRIPT)], env={"PATH": os.environ["PATH"], **env}, capture_output=True, text=True, timeout=10
    )

    assert result.returncode == 2
    assert message in result.stderr
