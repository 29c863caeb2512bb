"""start-agent.sh run under sh with a fake agent program."""

import os
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "constructs/certctl_k8s/scripts/start-agent.sh"


@pytest.fixture
def fake_agent(tmp_path):
    program = tmp_path / "agent"
    program.write_text('#!/bin/sh\necho "id=$CERTCTL_AGENT_ID pid=$$ args=$*"\n')
    program.chmod(0o755)
    return program


def start(id_file, *args, **extra_env):
    env = {"PATH": os.environ["PATH"], **extra_env}
    if id_file is not None:
        env["AGENT_ID_FILE"] = str(id_file)
    return subprocess.Popen(
        ["sh", str(SCRIPT), *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def finish(proc):
    stdout, stderr = proc.communicate(timeout=10)
    return proc.returncode, stdout, stderr


def test_exports_id_and_execs_program(tmp_path, fake_agent):
    id_file = tmp_path / "agent-id"
    id_file.write_text("agent-3f9c\n")

    proc = start(id_file, str(fake_agent), "--flag", "value", CERTCTL_AGENT_ID="stale-id")
    code, stdout, stderr = finish(proc)

    assert (code, stderr) == (0, "")
    # Same pid: the agent replaced the shell, so it gets the container's signals.
    assert stdout == f"id=agent-3f9c pid={proc.pid} args=--flag value\n"


def test_program_exit_code_is_passed_through(tmp_path):
    id_file = tmp_path / "agent-id"
    id_file.write_text("agent-3f9c")

    code, _, _ = finish(start(id_file, "sh", "-c", "exit 7"))

    assert code == 7


@pytest.mark.parametrize(
    "content, message",
    [(None, "does not exist"), ("", "is empty"), (" \n", "is empty")],
    ids=["missing", "empty", "blank"],
)
def test_missing_or_empty_id_file_fails_clearly(tmp_path, fake_agent, content, message):
    id_file = tmp_path / "agent-id"
    if content is not None:
        id_file.write_text(content)

    code, stdout, stderr = finish(start(id_file, str(fake_agent)))

    assert code == 1
    assert stdout == ""  # the agent never started
    assert stderr.startswith(f"start-agent: agent id file {id_file} {message}")
    assert len(stderr.splitlines()) == 1


def test_unset_id_file_variable_exits_2(fake_agent):
    code, stdout, stderr = finish(start(None, str(fake_agent)))

    assert (code, stdout) == (2, "")
    assert stderr == "start-agent: AGENT_ID_FILE must be set\n"
