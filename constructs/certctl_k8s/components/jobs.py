"""Jobs named after a digest of what they run: `<name>-<digest>`. A changed input makes a new Job,
which runs; an unchanged synth keeps the finished one. Job specs are immutable, so a new name is
also the only way to change one under `kubectl apply`, Argo CD and Flux; Flux may still re-create
a Job whose spec it finds changed under the same name (FLUX_FORCE), and Argo CD and Flux prune
the Job a new name replaced with the folder's other removed objects."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from constructs import Construct

from ..manifest import JOB, emit
from . import pod
from .context import Context


def digest_named_job(
    scope: Construct,
    ctx: Context,
    name: Callable[[str], str],
    component: str,
    spec: dict[str, Any],
    annotations: dict[str, str],
) -> None:
    """Emit the Job `name(digest of spec)` (keys of `spec` that are None are left out); its
    `annotations` should hold gitops.FLUX_FORCE."""
    metadata = ctx.metadata(name(pod.checksum(spec)), component, annotations)
    emit(scope, JOB, metadata, spec={key: value for key, value in spec.items() if value is not None})
