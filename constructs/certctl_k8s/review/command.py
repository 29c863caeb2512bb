"""`python main.py diff`: synthesize the environments in memory (dist/ is never written) and
compare them with dist/ on disk, or with dist/ at a git ref (`--ref`; alone, the merge base of
HEAD with the default branch). Exit 0: no change; 1: changes; 2: an error (bad values, bad ref)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import inputs
from .compare import compare
from .report import markdown, text
from .sources import SourceError, at_ref, on_disk

EXIT_CHANGES = 1
MERGE_BASE = ""  # `--ref` given without a value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py diff", description=__doc__)
    inputs.add_values_option(
        parser,
        "an environment's values file (repeatable; default: every environments/*.yaml, and environments "
        "gone from there count as removed)",
    )
    parser.add_argument("--dist", type=Path, default=Path("dist"), help="the committed output folder (default: dist)")
    parser.add_argument(
        "--ref",
        nargs="?",
        const=MERGE_BASE,
        default=None,
        metavar="REF",
        help="compare with dist/ at this git commit, branch or tag, read from git (no checkout); "
        "--ref alone: the merge base of HEAD with the default branch (origin/HEAD, origin/main, main, ...)",
    )
    parser.add_argument(
        "--markdown",
        nargs="?",
        const="-",
        default=None,
        metavar="FILE",
        help="write the report as a pull request comment in Markdown, to FILE or (alone) to stdout",
    )
    return parser


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.ref is None:
            against, committed = f"on disk ({args.dist})", on_disk(args.dist)
        else:
            label, committed = at_ref(args.dist, args.ref or None)
            against = f"at {label}"
    except SourceError as error:
        print(f"error: {error}", file=sys.stderr)
        return inputs.EXIT_INVALID
    pairs, problems = inputs.render(inputs.values_files(args.values))
    if problems:
        return inputs.invalid(problems)
    fresh = {result.name: result.files for _, result in pairs}
    names = list(fresh) + ([name for name in committed if name not in fresh] if args.values is None else [])
    diffs = [compare(name, committed.get(name, {}), fresh.get(name, {})) for name in names]
    if args.markdown == "-":
        print(markdown(diffs, against))
    else:
        print(text(diffs, against))
        if args.markdown:
            Path(args.markdown).write_text(markdown(diffs, against))
    return 0 if all(diff.unchanged for diff in diffs) else EXIT_CHANGES
