"""What Argo CD does with an environment's folder, modelled on its documented sync order:
resources and Sync hooks are applied wave by wave (argocd.argoproj.io/sync-wave, 0 by default),
the next wave only once the current one is healthy; PostSync hooks run only after every resource
is healthy. An agent becomes healthy only after the configure Job has let the registrar key
register it, so that Job must run in a wave before the agents', and never as a PostSync hook
(the first sync would then wait for ever)."""

from __future__ import annotations

import pytest

from conftest import ENVIRONMENTS, environment_values, rendered_env

HOOK = "argocd.argoproj.io/hook"
WAVE = "argocd.argoproj.io/sync-wave"


def _wave(manifest) -> int:
    return int(manifest["metadata"].get("annotations", {}).get(WAVE, "0"))


def _phase(manifest) -> str:
    return manifest["metadata"].get("annotations", {}).get(HOOK, "Sync")


def _component(manifest) -> str:
    return manifest["metadata"].get("labels", {}).get("app.kubernetes.io/component", "")


@pytest.mark.parametrize("name", ENVIRONMENTS)
def test_argo_cd_reaches_the_agents_only_after_the_configure_job(name):
    manifests = rendered_env(name).manifests
    assert {_phase(m) for m in manifests} == {"Sync"}, "a PreSync or PostSync hook would run out of order"
    [configure] = [m for m in manifests if m["kind"] == "Job" and _component(m) == "configure"]
    assert configure["metadata"]["annotations"][HOOK] == "Sync"
    assert "BeforeHookCreation" in configure["metadata"]["annotations"]["argocd.argoproj.io/hook-delete-policy"]
    agents = [m for m in manifests if _component(m) == "agent" and m["kind"] in ("DaemonSet", "Deployment")]
    assert len(agents) == (1 if environment_values(name).agent.enabled else 0)
    others = [m for m in manifests if m is not configure and m not in agents]
    # Everything the configure Job waits for (the server, its database, the migration Job, their
    # Secrets' consumers, Services and policies) is applied and healthy in an earlier wave.
    assert max(_wave(m) for m in others) < _wave(configure)
    assert all(_wave(configure) < _wave(agent) for agent in agents)


@pytest.mark.parametrize("name", ENVIRONMENTS)
def test_nothing_holding_data_is_ever_pruned(name):
    """Deleting the Namespace deletes every claim in it; a Cluster takes its volumes with it; a
    backup claim this synth made holds the dumps. Argo CD and Flux must leave them."""
    keep = {
        "argocd.argoproj.io/sync-options": "Prune=false,Delete=false",
        "kustomize.toolkit.fluxcd.io/prune": "disabled",
    }
    for manifest in rendered_env(name).manifests:
        holds_data = manifest["kind"] in ("Namespace", "PersistentVolumeClaim", "Cluster")
        annotations = manifest["metadata"].get("annotations", {})
        assert (annotations.items() >= keep.items()) == holds_data, manifest["metadata"]["name"]
