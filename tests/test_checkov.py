"""checkov, the security scanner, over every environment in dist/: no failed check, and every
skipped check carries its reason. Marked `checkov` (its own virtualenv; `make test` runs it, and
`pytest -m "not checkov"` leaves it out of a quick loop)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from test_security import SKIP_ANNOTATION, SKIP_VALUE

from conftest import ENVIRONMENTS, ROOT
from tests.support.deployment import WORKLOAD_KINDS

pytestmark = pytest.mark.checkov


def checkov_bin() -> Path:
    return Path(os.environ.get("CHECKOV_BIN") or ROOT / ".checkov-venv" / "bin" / "checkov")


@pytest.fixture(scope="module")
def checkov_reports() -> dict[str, dict[str, Any]]:
    """checkov's JSON report per environment. One process per environment, all running at once:
    a single `checkov -d dist` reports per file, but its graph checks (CKV2_K8S_6: pods need a
    NetworkPolicy) join objects across environments, so one environment's policies would hide
    another's missing ones (and several `-d` in one run repeat the first folder in 3.3.30)."""
    binary = checkov_bin()
    if not binary.exists():
        pytest.fail(f"checkov not found at {binary}: run `make test` or set CHECKOV_BIN")
    running = {
        name: subprocess.Popen(
            [
                str(binary),
                "-d",
                str(ROOT / "dist" / name),
                "--framework",
                "kubernetes",
                "--skip-download",
                "--compact",
                "-o",
                "json",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ENVIRONMENTS
    }
    reports = {}
    for name, process in running.items():
        out, err = process.communicate(timeout=600)
        assert process.returncode in (0, 1), f"checkov failed on dist/{name}: {err[-2000:]}"
        data = json.loads(out)
        (report,) = [r for r in (data if isinstance(data, list) else [data]) if r["check_type"] == "kubernetes"]
        reports[name] = report
    return reports


def test_checkov_has_no_failed_checks(env, checkov_reports):
    report = checkov_reports[env.name]
    summary = report["summary"]
    print(
        f"\ncheckov dist/{env.name}: passed={summary['passed']} failed={summary['failed']} skipped={summary['skipped']}"
    )
    assert summary["parsing_errors"] == 0
    assert summary["passed"] > 0
    failed = [f"{c['check_id']} {c['resource']}: {c['check_name']}" for c in report["results"]["failed_checks"]]
    assert summary["failed"] == 0, "\n".join(failed)


def test_checkov_skips_have_reasons(env, checkov_reports):
    folder = ROOT / "dist" / env.name
    found = 0
    for path in sorted(folder.glob("*.yaml")):
        for doc in yaml.safe_load_all(path.read_text()):
            for key, value in ((doc or {}).get("metadata", {}).get("annotations") or {}).items():
                if "checkov.io/skip" not in key:
                    continue
                found += 1
                assert SKIP_ANNOTATION.match(key), f"{path.name}: {key}"
                match = SKIP_VALUE.match(value)
                assert match and match.group(2).strip(), f"{path.name}: {key} has no reason: {value!r}"
                assert doc["kind"] in WORKLOAD_KINDS, f"{path.name}: skips belong on the workloads only"
    skipped = checkov_reports[env.name]["results"].get("skipped_checks", [])
    assert len(skipped) == found
    for check in skipped:
        comment = (check["check_result"].get("suppress_comment") or check.get("suppress_comment") or "").strip()
        assert comment and comment != "No comment provided", f"{check['check_id']} {check['resource']}"
