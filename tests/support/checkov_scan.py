"""checkov over several folders, each scanned on its own, for the price of one start.

Run by checkov's own interpreter (its virtualenv, not this one's), as
`python checkov_scan.py OUTDIR FOLDER... -- CHECKOV_ARGS...`. Importing checkov costs most of a
scan (about 2 s of CPU against well under one for a folder of dist/), so this imports it once and
then forks a child per folder: each child is a fresh checkov run of its own, `checkov -d FOLDER
CHECKOV_ARGS`, sharing nothing with the others but the imported modules, as separate processes
would. Its report goes to OUTDIR/<folder name>.json, its stderr to .err, its exit code to .exit.
Scanning the folders in one run instead would let checkov's graph checks join objects across
them (see tests/test_checkov.py). Standard library only: checkov's virtualenv has nothing else of
ours."""

from __future__ import annotations

import os
import sys
import traceback
import warnings


def scan(folder: str, outdir: str, checkov_args: list[str]) -> int:
    """In a child: one checkov run over `folder`, its stdout and stderr to files; its exit code."""
    name = os.path.basename(folder.rstrip("/"))
    for fd, suffix in ((1, "json"), (2, "err")):
        target = os.open(os.path.join(outdir, f"{name}.{suffix}"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(target, fd)
        os.close(target)
    from checkov.main import Checkov

    argv = ["-d", folder, *checkov_args]
    sys.argv = ["checkov", *argv]  # checkov looks for its config file arguments there too
    try:
        code = Checkov(argv).run()
    except SystemExit as exit_:  # as the interpreter reads it: None is 0, a message is 1
        code = 0 if exit_.code is None else exit_.code if isinstance(exit_.code, int) else 1
    sys.stdout.flush()
    sys.stderr.flush()
    return code or 0


def main(args: list[str]) -> int:
    split = args.index("--")
    outdir, folders, checkov_args = args[0], args[1:split], args[split + 1 :]
    warnings.simplefilter("ignore", category=SyntaxWarning)  # as checkov's own entry script does
    import checkov.main  # noqa: F401 - once, before the forks share it

    children = {}
    for folder in folders:
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                code = scan(folder, outdir, checkov_args)
            except BaseException:
                traceback.print_exc()
            finally:
                sys.stderr.flush()
                os._exit(code)
        children[pid] = folder
    for pid, folder in children.items():
        _, status = os.waitpid(pid, 0)
        name = os.path.basename(folder.rstrip("/"))
        with open(os.path.join(outdir, f"{name}.exit"), "w") as out:
            out.write(f"{os.waitstatus_to_exitcode(status)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
