"""One synth of every environment, timed phase by phase; run by benchmark.py in a fresh
interpreter (`python -O bench/phases.py ROOT`), it prints one JSON line. For each phase: wall
time, the CPU time of this interpreter, and the CPU time of the Node.js processes jsii runs
(its runtime and the kernel it starts, read from /proc, so Linux only). The phases are those of
`main.py` in order, run in one thread here so that each one's cost is its own."""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(sys.argv[1]).resolve()
sys.path[:0] = [str(ROOT / "constructs"), str(ROOT)]
os.chdir(ROOT)
_TICK = os.sysconf("SC_CLK_TCK")


def _node_cpu() -> float:
    """CPU seconds of this process's descendants (jsii's Node.js processes), alive or not yet reaped."""
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
        times[int(entry)] = (int(fields[11]) + int(fields[12])) / _TICK
    ours, grown = {os.getpid()}, True
    while grown:
        found = {pid for pid, parent in parents.items() if parent in ours} - ours
        grown = bool(found)
        ours |= found
    return sum(times[pid] for pid in ours if pid != os.getpid())


def _own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


marks: list[tuple[str, float, float, float]] = [("start", time.perf_counter(), _own_cpu(), 0.0)]


def mark(phase: str) -> None:
    marks.append((phase, time.perf_counter(), _own_cpu(), _node_cpu()))


from certctl_k8s import _node  # noqa: E402

_node.use_packaged_node()
import cdk8s  # noqa: E402, F401

mark("cdk8s import")
from certctl_k8s import values  # noqa: E402

mark("values import")
from certctl_k8s import synth  # noqa: E402

mark("chart import")
environments = [
    synth.Environment(path.stem, values.load_values(path), path) for path in sorted(Path("environments").glob("*.yaml"))
]
mark("values load")
rendered = [synth.render(environment) for environment in environments]
mark("rendering and YAML")
phases = {
    phase: {"wall": wall - before[1], "python_cpu": cpu - before[2], "node_cpu": node - before[3]}
    for before, (phase, wall, cpu, node) in zip(marks, marks[1:], strict=False)
}
print(json.dumps({"phases": phases, "objects": sum(len(r.manifests) for r in rendered), "environments": len(rendered)}))
