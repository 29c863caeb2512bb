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
from test_security import SKIP_ANNOTATION, SKIP_VALUE

from conftest import ENVIRONMENTS, ROOT
from tests.support import fast_yaml
from tests.support.deployment import WORKLOAD_KINDS

pytestmark = pytest.mark.checkov
SCAN = ROOT / "tests" / "support" / "checkov_scan.py"


def checkov_bin() -> Path:
    return Path(os.environ.get("CHECKOV_BIN") or ROOT / ".checkov-venv" / "bin" / "checkov")


def checkov_python(binary: Path) -> str:
    """The interpreter of checkov's entry script (its virtualenv's Python), from its first line."""
    first = binary.read_bytes().split(b"\n", 1)[0].decode(errors="replace")
    if not first.startswith("#!") or "python" not in first:
        pytest.fail(f"{binary} is not checkov's Python entry script (its first line: {first!r}); set CHECKOV_BIN to it")
    return first[2:].strip().split()[0]


@pytest.fixture(scope="module")
def checkov_reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """checkov's JSON report per environment, each from a checkov run of its own folder: a single
    `checkov -d dist` reports per file, but its graph checks (CKV2_K8S_6: pods need a
    NetworkPolicy) join objects across environments, so one environment's policies would hide
    another's missing ones (and several `-d` in one run repeat the first folder in 3.3.30).
    tests/support/checkov_scan.py imports checkov once and forks those runs from it."""
    binary = checkov_bin()
    if not binary.exists():
        pytest.fail(f"checkov not found at {binary}: run `make test` or set CHECKOV_BIN")
    out = tmp_path_factory.mktemp("checkov")
    folders = [str(ROOT / "dist" / name) for name in ENVIRONMENTS]
    options = ["--framework", "kubernetes", "--skip-download", "--compact", "-o", "json"]
    command = [checkov_python(binary), str(SCAN), str(out), *folders, "--", *options]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"checkov_scan.py failed: {done.stderr[-2000:]}"
    reports = {}
    for name in ENVIRONMENTS:
        code, report_text = int((out / f"{name}.exit").read_text()), (out / f"{name}.json").read_text()
        failed = f"checkov failed on dist/{name}: {(out / f'{name}.err').read_text()[-2000:]}"
        assert code in (0, 1) and report_text.strip(), failed
        data = json.loads(report_text)
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
        for doc in fast_yaml.load_all(path.read_text()):
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
