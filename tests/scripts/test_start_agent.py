"""start-agent.sh under BusyBox sh, with a fake agent: it hands the registered id to the agent,
tells a retired agent (which exits 0 by itself, cmd/agent/main.go) from a stopped one, and
restarts the agent when the server's CA bundle changes (the agent reads it only at start)."""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from certctl_k8s.components.agent import LIVENESS, STATE_FILE
from tests.scripts.test_register_agent import API_KEY, certctl
from tests.support import busybox, gdb
from tests.support.certctl_mock import CertctlMock, make_pki
from tests.support.polling import wait_for

SCRIPT = Path(__file__).resolve().parents[2] / "constructs/certctl_k8s/scripts/start-agent.sh"
pytestmark = busybox.needs_busybox

# A stand-in for /app/agent: reports what it got, then either exits with FAKE_EXIT or runs until
# TERM/INT, which it answers the way certctl's agent does: a clean stop, exit 0. It is ready to be
# stopped once FAKE_OUT exists: the trap comes first, and the report is renamed into place whole.
FAKE = """#!/bin/sh
trap 'echo stopped >>"$FAKE_OUT"; sleep 0.2; echo "{\\"msg\\":\\"agent stopped\\"}"; exit 0' TERM INT
echo "id=$CERTCTL_AGENT_ID pid=$$ args=$* registrar=${REGISTRAR_API_KEY:-none}" >"$FAKE_OUT.new"
mv "$FAKE_OUT.new" "$FAKE_OUT"
[ -z "${FAKE_LOG:-}" ] || printf '%s\\n' "$FAKE_LOG"
[ -n "${FAKE_EXIT:-}" ] && exit "$FAKE_EXIT"
while :; do sleep 0.05; done
"""


@pytest.fixture
def agent(tmp_path) -> Path:
    program = tmp_path / "agent"
    program.write_text(FAKE.replace("#!/bin/sh", f"#!{busybox.BUSYBOX} sh", 1))
    program.chmod(0o755)
    return program


@pytest.fixture
def id_file(tmp_path) -> Path:
    path = tmp_path / "agent-id"
    path.write_text("agent-3f9c\n")
    return path


def env(tmp_path, id_file, **extra) -> dict[str, str]:
    values = {
        "AGENT_ID_FILE": str(id_file) if id_file else None,
        "FAKE_OUT": str(tmp_path / "fake.out"),
        "TMPDIR": str(tmp_path),
        "CA_CHECK_SECONDS": "1",
        **extra,
    }
    return {key: value for key, value in values.items() if value is not None}


def test_hands_the_id_and_the_arguments_to_the_agent(tmp_path, id_file, agent):
    result = busybox.run(
        SCRIPT, env(tmp_path, id_file, CERTCTL_AGENT_ID="stale-id", FAKE_EXIT="3"), str(agent), "--flag", "value"
    )
    assert result.returncode == 3  # the agent's own failure passes through
    assert (tmp_path / "fake.out").read_text().startswith("id=agent-3f9c pid=")
    assert "args=--flag value" in (tmp_path / "fake.out").read_text()


def test_an_agent_that_exits_0_by_itself_was_retired_and_the_container_fails(tmp_path, id_file, agent):
    result = busybox.run(SCRIPT, env(tmp_path, id_file, FAKE_EXIT="0"), str(agent))
    assert result.returncode == 1
    assert "agent agent-3f9c stopped by itself: the server retired it (HTTP 410 on its heartbeat)" in result.stderr
    assert "give the node a new agent name" in result.stderr


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["TERM", "INT"])
def test_a_stopped_pod_stops_the_agent_cleanly(tmp_path, id_file, agent, sig):
    proc = busybox.start(SCRIPT, env(tmp_path, id_file), str(agent))
    wait_for(lambda: (tmp_path / "fake.out").exists())
    proc.send_signal(sig)
    stdout, stderr = proc.communicate(timeout=10)
    assert proc.returncode == 0, stderr
    assert (tmp_path / "fake.out").read_text().endswith("stopped\n")
    # The agent's last log line, written after the signal, still passes through: the wrapper
    # keeps reading (a reader gone would end the agent with SIGPIPE, exit 141).
    assert stdout == '{"msg":"agent stopped"}\n'

    assert stderr == ""


def _state(pid: int) -> str:
    """The one-letter state of process `pid` (R running, S asleep, ...)."""
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]


@gdb.needs_gdb
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["TERM", "INT"])
def test_a_stop_that_comes_as_the_script_goes_to_sleep_still_stops_the_agent(tmp_path, id_file, agent, sig):
    """While the agent runs, the script sleeps; a stop that lands just as it goes to sleep must
    still reach the agent. BusyBox's `read`, which the script once slept in, looks for a caught
    signal before it blocks, not while: such a stop waited for the agent's next log line, which
    may never come (the pod then hangs until the kubelet's SIGKILL). Timing hits that gap once in
    hundreds of runs under load; held by gdb at the entry of the call it sleeps in, every time."""
    proc = busybox.start(SCRIPT, env(tmp_path, id_file), str(agent))
    wait_for(lambda: (tmp_path / "fake.out").exists())
    wait_for(lambda: _state(proc.pid) == "S")
    call = gdb.signal_as_it_sleeps(proc.pid, sig)
    try:
        stdout, stderr = proc.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        agent_pid = int((tmp_path / "fake.out").read_text().split("pid=")[1].split()[0])
        os.kill(agent_pid, signal.SIGKILL)
        proc.kill()
        proc.communicate()
        pytest.fail(f"the script missed a {sig.name} that came as it entered {call}: the agent still ran")
    assert proc.returncode == 0, stderr
    assert (tmp_path / "fake.out").read_text().endswith("stopped\n")
    assert (stdout, stderr) == ('{"msg":"agent stopped"}\n', "")


def test_a_stop_before_the_agent_starts_means_it_never_starts(tmp_path, id_file, agent):
    """A stop counts from the moment the script sets its traps, before it makes the pipe for the
    agent's log. Here the stop comes from the mkfifo it runs for that: no agent starts, nothing
    is left behind, and the container stops as stopped (0)."""
    mkfifo = tmp_path / "mkfifo"
    mkfifo.write_text(f'#!{busybox.BUSYBOX} sh\nkill -TERM "$PPID"\nexec {busybox.BUSYBOX} mkfifo "$@"\n')
    mkfifo.chmod(0o755)
    values = {**env(tmp_path, id_file), "PATH": busybox.applet_path(mkfifo=mkfifo)}
    result = subprocess.run(busybox.command(SCRIPT, str(agent)), env=values, capture_output=True, text=True, timeout=30)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert not (tmp_path / "fake.out").exists()
    assert not list(tmp_path.glob(".start-agent-*"))


def test_a_changed_ca_restarts_the_agent(tmp_path, id_file, agent):
    ca = tmp_path / "ca.crt"
    ca.write_text("-----BEGIN CERTIFICATE-----\nold\n-----END CERTIFICATE-----\n")
    proc = busybox.start(SCRIPT, env(tmp_path, id_file, CERTCTL_SERVER_CA_BUNDLE_PATH=str(ca)), str(agent))
    wait_for(lambda: (tmp_path / "fake.out").exists())
    time.sleep(1.5)  # a check with the CA unchanged leaves the agent running
    assert proc.poll() is None
    # Kubernetes swaps the file behind a symlink; the contents are what changes.
    replacement = tmp_path / "ca.new"
    replacement.write_text("-----BEGIN CERTIFICATE-----\nnew\n-----END CERTIFICATE-----\n")
    replacement.replace(ca)
    _, stderr = proc.communicate(timeout=10)
    assert proc.returncode == 0
    assert f"the server's CA bundle {ca} changed; restarting so the agent loads it" in stderr
    assert (tmp_path / "fake.out").read_text().endswith("stopped\n")
    assert "retired" not in stderr


@pytest.mark.parametrize(
    "content, message",
    [(None, "does not exist"), ("", "is empty"), (" \n", "is empty")],
    ids=["missing", "empty", "blank"],
)
def test_missing_or_empty_id_file_fails_clearly(tmp_path, agent, content, message):
    id_file = tmp_path / "agent-id"
    if content is not None:
        id_file.write_text(content)
    result = busybox.run(SCRIPT, env(tmp_path, id_file), str(agent))
    assert result.returncode == 1
    assert not (tmp_path / "fake.out").exists()  # the agent never started
    assert result.stderr.startswith(f"start-agent: agent id file {id_file} {message}")
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize(
    "extra, message",
    [({}, "AGENT_ID_FILE must be set"), ({"CA_CHECK_SECONDS": "0"}, "CA_CHECK_SECONDS must be a positive")],
)
def test_configuration_errors_exit_2(tmp_path, id_file, agent, extra, message):
    result = busybox.run(SCRIPT, env(tmp_path, id_file if extra else None, **extra), str(agent))
    assert result.returncode == 2
    assert message in result.stderr


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def test_the_watcher_holds_no_output_and_ends_with_the_agent(tmp_path, id_file, agent):
    """A TERM that reaches a forked subshell before its trap is set is lost, so the CA watcher must
    not rely on it: it stops looking once the agent is gone, and never holds the container's
    output open (which would keep `kubectl logs -f` and the tests waiting). Here the script is
    killed outright, so only the watcher's own check can end it."""
    libc = ctypes.CDLL(None, use_errno=True)
    subreaper = 36  # PR_SET_CHILD_SUBREAPER: orphans become ours to reap
    assert libc.prctl(subreaper, 1, 0, 0, 0) == 0
    try:
        proc = busybox.start(SCRIPT, env(tmp_path, id_file), str(agent))
        wait_for(lambda: (tmp_path / "fake.out").exists())
        agent_pid = int((tmp_path / "fake.out").read_text().split("pid=")[1].split()[0])
        # Beside the agent, two helpers: the reader of the agent's log (on its stdin) and the watcher.
        wait_for(lambda: len(_helpers(proc.pid, agent_pid)) == 2)
        wait_for(lambda: len([pid for pid in _helpers(proc.pid, agent_pid) if _reads_the_log(pid)]) == 1)
        [reader] = [pid for pid in _helpers(proc.pid, agent_pid) if _reads_the_log(pid)]
        [watcher] = [pid for pid in _helpers(proc.pid, agent_pid) if pid != reader]
        wait_for(lambda: [_files(watcher).get(fd) for fd in (0, 1, 2)] == ["/dev/null"] * 3)
        held = _files(watcher).values()  # nor the log's write end, or the reader would wait for it
        assert not [name for name in held if name.startswith("pipe:") or ".start-agent-log." in name]
        proc.kill()  # the agent and the reader still hold the output pipes; wait for the shell alone
        proc.wait(timeout=10)
        os.kill(agent_pid, signal.SIGTERM)
        os.waitpid(agent_pid, 0)
        os.waitpid(reader, 0)  # the end of the agent's log ends it
        wait_for(lambda: not Path(f"/proc/{watcher}").exists() or _reap(watcher), timeout=5)
    finally:
        libc.prctl(subreaper, 0, 0, 0, 0)


def _files(pid: int) -> dict[int, str]:
    """What each open descriptor of process `pid` names ("/dev/null", "pipe:[...]", a path)."""
    found = {}
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            found[int(fd.name)] = os.readlink(fd)
        except OSError:
            continue
    return found


def _helpers(shell: int, agent: int) -> list[int]:
    return [pid for pid in _children(shell) if pid != agent]


def _reads_the_log(pid: int) -> bool:
    return ".start-agent-log." in _files(pid).get(0, "")


def _reap(pid: int) -> bool:
    """Reap `pid` if it has ended (it is ours as subreaper); True once it is gone."""
    done, _ = os.waitpid(pid, os.WNOHANG)
    return done == pid


# What certctl's agent logs when the server refuses its heartbeat (slog's JSON handler on stdout,
# cmd/agent/main.go:359-366).
REJECTED = '{"time":"2026-01-01T00:00:00Z","level":"ERROR","msg":"heartbeat rejected","status":%d,"body":"{}"}'


@pytest.mark.parametrize("status", [401, 403])
def test_a_refused_key_fails_the_liveness_probe(tmp_path, id_file, agent, status):
    state = tmp_path / "refused"
    state.write_text("left by an earlier container\n")
    extra = {"AGENT_STATE_FILE": str(state), "REGISTRAR_API_KEY": "registrar-secret", "FAKE_LOG": REJECTED % status}
    proc = busybox.start(SCRIPT, env(tmp_path, id_file, **extra), str(agent))
    wait_for(lambda: state.exists() and "HTTP" in state.read_text())
    assert state.read_text() == f"the server refuses agent agent-3f9c: HTTP {status} on its heartbeat\n"
    assert "registrar=none" in (tmp_path / "fake.out").read_text()  # the agent never gets the registrar key
    proc.send_signal(signal.SIGTERM)
    stdout, stderr = proc.communicate(timeout=10)
    assert proc.returncode == 0, stderr
    assert stdout == REJECTED % status + '\n{"msg":"agent stopped"}\n'  # the agent's log, unchanged
    # The probe the agent container declares fails while the file is there, and says why.
    shell, flag, check = LIVENESS["exec"]["command"]
    probe = subprocess.run(
        [busybox.BUSYBOX, shell, flag, check.replace(STATE_FILE, str(state))], capture_output=True, text=True
    )
    assert probe.returncode == 1 and f"HTTP {status}" in probe.stdout
    state.unlink()
    ok = subprocess.run([busybox.BUSYBOX, shell, flag, check.replace(STATE_FILE, str(state))], capture_output=True)
    assert ok.returncode == 0


def test_an_agent_the_server_no_longer_knows_is_registered_again_and_restarted(tmp_path, id_file, agent):
    """certctl answers the heartbeat of an id it does not know (a restored database) with 500. The
    script's log reader asks the server with the registrar key, registers the agent again since
    the id is gone, and stops the agent; the script exits 0 for the kubelet to start it again."""
    pki = make_pki(tmp_path / "pki")
    with CertctlMock(pki, certctl()) as mock:
        extra = {
            "REGISTRAR_API_KEY": API_KEY,
            "FAKE_LOG": REJECTED % 500,
            "CERTCTL_SERVER_URL": mock.url,
            "CERTCTL_AGENT_NAME": "node-1",
            "AGENT_HOSTNAME": "worker-1",
            "CERTCTL_SERVER_CA_BUNDLE_PATH": str(pki.ca_cert),
        }
        result = busybox.run(SCRIPT, env(tmp_path, id_file, **extra), str(agent), timeout=30)
    [registered] = mock.agents
    assert result.returncode == 0, result.stderr
    assert id_file.read_text() == registered["id"] + "\n"
    assert f"agent agent-3f9c is registered again as {registered['id']}; restarting" in result.stderr
    assert result.stdout == REJECTED % 500 + '\n{"msg":"agent stopped"}\n'
    assert (tmp_path / "fake.out").read_text().endswith("stopped\n")
    assert "retired" not in result.stderr
