"""cdk8s app entry point: synthesizes environments/*.yaml into dist/<env>/ (see README)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "constructs"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from certctl_k8s.cli import main

if __name__ == "__main__":
    sys.exit(main())
