"""Command line: `python main.py` synthesizes every environments/*.yaml into dist/<env>/;
`--values FILE ...` picks files, `--outdir` the target, `--check` compares instead of writing;
`python main.py secrets` generates the Secrets an environment expects, `python main.py diff`
reviews what a change does to a cluster, and `python main.py reference` regenerates
values.schema.json and docs/configuration.md."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import inputs

EXIT_DIFFERS = 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description=__doc__)
    inputs.add_values_option(
        parser,
        "a values file to synthesize into OUTDIR/<file stem>/ (repeatable; default: every environments/*.yaml)",
    )
    parser.add_argument("--outdir", type=Path, default=None, help="output folder (default: $CDK8S_OUTDIR, else dist)")
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 and list the files when OUTDIR differs from a fresh synth",
    )
    parser.add_argument("--quiet", action="store_true", help="no per-environment summary")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["secrets"]:
        from .secrets_cli import main as secrets_main

        return secrets_main(argv[1:])
    if argv[:1] == ["diff"]:
        from .review.command import main as diff_main

        return diff_main(argv[1:])
    if argv[:1] == ["reference"]:
        from .reference import write as write_reference

        for path in write_reference(Path(__file__).resolve().parents[2]):
            print(f"wrote {path}")
        return 0
    args = _parser().parse_args(argv)
    files = inputs.values_files(args.values)
    outdir = args.outdir or Path(os.environ.get("CDK8S_OUTDIR") or "dist")
    pairs, problems = inputs.render(files)
    if problems:
        return inputs.invalid(problems)

    from .summary import previous, summarize
    from .synth import differences, write

    rendered = [result for _, result in pairs]
    prune = args.values is None
    if args.check:
        changed = differences(rendered, outdir, prune)
        for changed_path in changed:
            print(f"differs: {changed_path}", file=sys.stderr)
        if changed:
            print(
                f"error: {outdir} is not what a fresh synth writes ({len(changed)} file(s)); run `make synth`",
                file=sys.stderr,
            )
            return EXIT_DIFFERS
        return 0
    before = [previous(outdir / result.name, result, env.values.namespace) for env, result in pairs]
    write(rendered, outdir, prune)
    if not args.quiet:
        for (env, result), old in zip(pairs, before, strict=True):
            print(summarize(env, result, outdir, old))
    return 0
