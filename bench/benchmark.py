"""How much does our synth cost on top of cdk8s itself? A benchmark, not a test: it never asserts.

Every `main.py` run pays for a Python interpreter, jsii's Node.js process and the cdk8s /
cdk8s-plus-28 imports before it renders anything. This script measures that framework floor and
our costs against it, all in one run on this machine, so the ratios are comparable:

Every case runs the interpreter with the Makefile's SYNTH_PYFLAGS (-O), as `make synth` does.

1. floor        a fresh interpreter that imports cdk8s and cdk8s_plus_28 (with JSII_NODE set as
                certctl_k8s._node does) and synthesizes an empty App with one empty Chart;
   floor_cdk8s  the same without cdk8s_plus_28, which a synth no longer loads: shown beside the
                floor, so the ratios can be read both ways;
2. synth        `main.py --quiet --outdir TMP` over every environments/*.yaml (`make synth`);
3. marginal     `main.py --quiet --values f1..fN` for N = 1, 5, 20 copies of
                environments/default.yaml, giving the cost of one extra environment;
   phases       bench/phases.py: one synth of every environment split into its phases (imports,
                values, rendering), each with its wall time, Python CPU and Node.js CPU;
4. tests        the pytest suite as `make test` runs it (its pytest arguments are read from the
                Makefile): one untimed warm-up run, then one timed run; then the inner loop, the
                same without the tests marked realserver, one timed run (skip with --skip-tests).

Targets (issue 20): synth overhead over the floor <= 50%; <= 40 ms per extra environment;
the inner loop (`-m "not realserver"`) <= 60x the floor.
Each case's CPU time (user + system of the interpreter and of the Node.js it waits for) is
reported beside the wall time: on a machine busy with other work the wall time mostly measures
the queue for a CPU, the CPU time what the case itself costs.
Each timing is the wall time of a whole subprocess, interpreter start to exit; cases are run
round-robin so drift on the machine hits them alike, and the median is reported. Children get a
private bytecode cache (PYTHONPYCACHEPREFIX in the temp dir, filled by the warm-up round), so the
numbers are those of a developer machine even where PYTHONDONTWRITEBYTECODE is set, and nothing
is written into the checkout or the virtualenv.

    make bench                                   # or: .venv/bin/python bench/benchmark.py
    .venv/bin/python bench/benchmark.py --repeat 9 --skip-tests
    .venv/bin/python bench/benchmark.py --root /tmp/other-checkout   # time another tree, same venv

It prints a Markdown table, then one line `BENCH_JSON {...}` for machines.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
OVERHEAD_TARGET = 0.50  # (synth - floor) / floor
MARGINAL_TARGET_MS = 40.0
TESTS_TARGET = 60.0  # warm test suite / floor
ENV_COUNTS = (1, 5, 20)

# Loads constructs/certctl_k8s/_node.py by path (importing the package would load our chart too),
# then does what an empty cdk8s app does.
FLOOR_SCRIPT = """
import importlib.util, sys, tempfile
spec = importlib.util.spec_from_file_location("_node", {node_py!r})
node = importlib.util.module_from_spec(spec)
spec.loader.exec_module(node)
node.use_packaged_node()
import {modules}
with tempfile.TemporaryDirectory() as outdir:
    app = cdk8s.App(outdir=outdir)
    cdk8s.Chart(app, "empty")
    app.synth()
    app.synth_yaml()
"""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(cmd: list[str], root: Path, env: dict[str, str], scratch: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of `cmd` run in `root`; `scratch` is emptied after, untimed."""
    scratch.mkdir(parents=True, exist_ok=True)
    cpu_before = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    cpu = _children_cpu() - cpu_before
    shutil.rmtree(scratch, ignore_errors=True)
    if done.returncode != 0:
        sys.exit(f"benchmark: {' '.join(cmd)} exited with {done.returncode}:\n{done.stderr}")
    return elapsed, cpu


def synth_flags(root: Path) -> list[str]:
    """The interpreter flags `make synth` uses (SYNTH_PYFLAGS in the Makefile); the floor gets
    them too, so both sides run the same interpreter."""
    match = re.search(r"^SYNTH_PYFLAGS\s*:?=\s*(.*)$", (root / "Makefile").read_text(), re.MULTILINE)
    return match.group(1).split() if match else []


def pytest_args(root: Path) -> list[str]:
    """The arguments `make test` gives pytest (the Makefile's `-m pytest ...` line)."""
    match = re.search(r"-m pytest(.*)$", (root / "Makefile").read_text(), re.MULTILINE)
    return match.group(1).split() if match else []


def write_environments(root: Path, folder: Path, count: int) -> list[str]:
    """`count` copies of environments/default.yaml, each with its own release and namespace."""
    base = yaml.safe_load((root / "environments" / "default.yaml").read_text()) or {}
    files = []
    for i in range(1, count + 1):
        path = folder / f"bench-{i:02d}.yaml"
        path.write_text(yaml.safe_dump({**base, "release": f"bench-{i:02d}", "namespace": f"bench-{i:02d}"}))
        files.append(str(path))
    return files


def fit_slope(xs: list[float], ys: list[float]) -> float:
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def phase_medians(runs: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Per phase and measure, the median over the runs of bench/phases.py."""
    return {
        phase: {measure: statistics.median(run["phases"][phase][measure] for run in runs) for measure in measures}
        for phase, measures in runs[0]["phases"].items()
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5, help="runs per timed case; the median is reported (default 5)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed rounds first, to warm caches (default 1)")
    parser.add_argument("--skip-tests", action="store_true", help="do not time the pytest suite")
    parser.add_argument(
        "--root",
        type=Path,
        default=REPO,
        help="the checkout to time (default: this one), e.g. a `git archive HEAD` copy",
    )
    parser.add_argument(
        "--checkov",
        type=Path,
        default=REPO / ".checkov-venv/bin/checkov",
        help="CHECKOV_BIN for the tests (default: .checkov-venv of this checkout)",
    )
    args = parser.parse_args()
    root = args.root.resolve()

    tmp = Path(tempfile.mkdtemp(prefix="certctl-bench-"))
    try:
        values_dir = tmp / "values"
        values_dir.mkdir()
        out = tmp / "out"
        env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
        python = [PYTHON, *synth_flags(root)]
        node_py = str(root / "constructs/certctl_k8s/_node.py")
        cases = {
            "floor": [*python, "-c", FLOOR_SCRIPT.format(node_py=node_py, modules="cdk8s, cdk8s_plus_28")],
            "floor_cdk8s": [*python, "-c", FLOOR_SCRIPT.format(node_py=node_py, modules="cdk8s")],
            "synth": [*python, "main.py", "--quiet", "--outdir", str(out)],
        }
        for n in ENV_COUNTS:
            sub = values_dir / f"n{n}"
            sub.mkdir()
            cases[f"envs_{n}"] = [*python, "main.py", "--quiet", "--outdir", str(out)] + [
                arg for f in write_environments(root, sub, n) for arg in ("--values", f)
            ]

        times: dict[str, list[float]] = {name: [] for name in cases}
        cpu_times: dict[str, list[float]] = {name: [] for name in cases}
        phase_runs: list[dict[str, Any]] = []
        for round_ in range(args.warmup + args.repeat):
            for name, cmd in cases.items():
                t, cpu = timed(cmd, root, env, out)
                if round_ >= args.warmup:
                    times[name].append(t)
                    cpu_times[name].append(cpu)
            phases = subprocess.run(
                [*python, str(REPO / "bench" / "phases.py"), str(root)], env=env, capture_output=True, text=True
            )
            if phases.returncode != 0:
                sys.exit(f"benchmark: bench/phases.py exited with {phases.returncode}:\n{phases.stderr}")
            if round_ >= args.warmup:
                phase_runs.append(json.loads(phases.stdout.strip().splitlines()[-1]))
            print(f"round {round_ + 1}/{args.warmup + args.repeat} done", file=sys.stderr, flush=True)

        suites: dict[str, dict[str, Any]] = {}
        if not args.skip_tests:
            env["CHECKOV_BIN"] = str(args.checkov.resolve())
            command = [PYTHON, "-m", "pytest", "-q", "-p", "no:cacheprovider", *pytest_args(root)]
            subprocess.run(command, cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            print("tests: warm-up run done", file=sys.stderr, flush=True)
            for suite, extra in (("full", []), ("inner", ["-m", "not realserver"])):
                start = time.perf_counter()
                done = subprocess.run(
                    [*command, *extra], cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
                )
                suites[suite] = {
                    "seconds": time.perf_counter() - start,
                    "exit": done.returncode,
                    "summary": (done.stdout.strip().splitlines() or [""])[-1],
                }
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    med = {name: statistics.median(ts) for name, ts in times.items()}
    floor = med["floor"]
    overhead = (med["synth"] - floor) / floor
    t1, t5, t20 = (med[f"envs_{n}"] for n in ENV_COUNTS)
    marginal = {
        "fit": fit_slope(list(ENV_COUNTS), [t1, t5, t20]),
        "(t5-t1)/4": (t5 - t1) / 4,
        "(t20-t1)/19": (t20 - t1) / 19,
    }

    def row(label: str, seconds: float, spread: str, target: str = "", met: bool | None = None) -> str:
        verdict = "" if met is None else ("yes" if met else "**no**")
        shown = f"{seconds:.1f} s" if seconds >= 10 else f"{seconds * 1000:.0f} ms"
        return f"| {label} | {shown} | {spread} | {seconds / floor:.2f}x | {target} | {verdict} |"

    def spread(name: str) -> str:
        return f"{min(times[name]) * 1000:.0f}–{max(times[name]) * 1000:.0f} ms"

    n_envs = len(list((root / "environments").glob("*.yaml")))
    lines = [
        f"Checkout {root}. Python {sys.version.split()[0]} {' '.join(synth_flags(root))}, {os.cpu_count()} CPUs, "
        f"median of {args.repeat} run(s) after {args.warmup} warm-up round(s); "
        "ratios are against the floor of this run.",
        "",
        "| measure | median | min–max | / floor | target | met |",
        "|---|---|---|---|---|---|",
        row("floor: empty cdk8s app (interpreter start to exit)", floor, spread("floor")),
        row("for reference: the same with cdk8s alone", med["floor_cdk8s"], spread("floor_cdk8s")),
        row(
            f"synth: main.py --quiet, all {n_envs} environments",
            med["synth"],
            spread("synth"),
            f"overhead ≤ {OVERHEAD_TARGET:.0%}",
            overhead <= OVERHEAD_TARGET,
        ),
        f"| synth overhead over floor | {(med['synth'] - floor) * 1000:.0f} ms | | {overhead:+.1%} "
        f"| ≤ {OVERHEAD_TARGET:.0%} | {'yes' if overhead <= OVERHEAD_TARGET else '**no**'} |",
    ]
    for n in ENV_COUNTS:
        lines.append(row(f"main.py --values × {n}", med[f"envs_{n}"], spread(f"envs_{n}")))
    for label, seconds in marginal.items():
        is_fit = label == "fit"
        lines.append(
            row(
                f"per extra environment, {'least-squares fit' if is_fit else label}",
                seconds,
                "",
                f"≤ {MARGINAL_TARGET_MS:.0f} ms" if is_fit else "",
                seconds * 1000 <= MARGINAL_TARGET_MS if is_fit else None,
            )
        )
    if suites:
        full, inner = suites["full"], suites["inner"]
        lines.append(
            row(
                f"warm test suite, `make test`'s pytest (exit {full['exit']}: {full['summary']})",
                full["seconds"],
                "1 run after a warm-up",
            )
        )
        lines.append(
            row(
                f'inner loop, the same with `-m "not realserver"` (exit {inner["exit"]}: {inner["summary"]})',
                inner["seconds"],
                "1 run",
                f"≤ {TESTS_TARGET:.0f}x",
                inner["seconds"] / floor <= TESTS_TARGET,
            )
        )
    cpu_med = {name: statistics.median(ts) for name, ts in cpu_times.items()}
    cpu_overhead = (cpu_med["synth"] - cpu_med["floor"]) / cpu_med["floor"]
    cpu_floor, cpu_synth = cpu_med["floor"], cpu_med["synth"]
    cpu_marginal = fit_slope(list(ENV_COUNTS), [cpu_med[f"envs_{n}"] for n in ENV_COUNTS])
    lines += [
        "",
        "CPU time (user + system, the interpreter and Node.js), median:",
        "",
        "| measure | CPU | / floor's CPU | target | met |",
        "|---|---|---|---|---|",
        f"| floor | {cpu_med['floor'] * 1000:.0f} ms | 1.00x | | |",
        f"| synth, all {n_envs} environments | {cpu_synth * 1000:.0f} ms | {cpu_synth / cpu_floor:.2f}x "
        f"| overhead ≤ {OVERHEAD_TARGET:.0%} | {'yes' if cpu_overhead <= OVERHEAD_TARGET else '**no**'} |",
        f"| synth overhead over floor | {(cpu_synth - cpu_floor) * 1000:.0f} ms | {cpu_overhead:+.1%} | | |",
        f"| per extra environment, least-squares fit | {cpu_marginal * 1000:.0f} ms "
        f"| {cpu_marginal / cpu_med['floor']:.2f}x "
        f"| ≤ {MARGINAL_TARGET_MS:.0f} ms | {'yes' if cpu_marginal * 1000 <= MARGINAL_TARGET_MS else '**no**'} |",
    ]
    phase_table = phase_medians(phase_runs)
    lines += [
        "",
        f"Where a synth's time goes (bench/phases.py, median of {len(phase_runs)}; "
        f"{phase_runs[0]['environments']} environments, {phase_runs[0]['objects']} objects):",
        "",
        "| phase | wall | Python CPU | Node.js CPU |",
        "|---|---|---|---|",
        *(
            f"| {phase} | {m['wall'] * 1000:.0f} ms | {m['python_cpu'] * 1000:.0f} ms | {m['node_cpu'] * 1000:.0f} ms |"
            for phase, m in phase_table.items()
        ),
    ]
    print("\n".join(lines))

    result = {
        "repeat": args.repeat,
        "floor_s": floor,
        "synth_s": med["synth"],
        "overhead": overhead,
        "overhead_target": OVERHEAD_TARGET,
        "overhead_met": overhead <= OVERHEAD_TARGET,
        **{f"envs_{n}_s": med[f"envs_{n}"] for n in ENV_COUNTS},
        "marginal_ms": {k: v * 1000 for k, v in marginal.items()},
        "marginal_per_floor": marginal["fit"] / floor,
        "marginal_target_ms": MARGINAL_TARGET_MS,
        "marginal_met": marginal["fit"] * 1000 <= MARGINAL_TARGET_MS,
        **{f"{suite}_tests_s": timing["seconds"] for suite, timing in suites.items()},
        **{f"{suite}_tests_per_floor": timing["seconds"] / floor for suite, timing in suites.items()},
        **{f"{suite}_tests_exit": timing["exit"] for suite, timing in suites.items()},
        "inner_tests_target_per_floor": TESTS_TARGET,
        "inner_tests_met": bool(suites) and suites["inner"]["seconds"] / floor <= TESTS_TARGET,
        "cpu_s": cpu_med,
        "cpu_overhead": cpu_overhead,
        "cpu_marginal_ms": cpu_marginal * 1000,
        "phases": phase_table,
    }
    print("\nBENCH_JSON " + json.dumps(result, separators=(",", ":")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
