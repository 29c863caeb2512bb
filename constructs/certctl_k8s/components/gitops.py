"""The annotations Argo CD and Flux read, in one place.

Ordering under Argo CD. It applies a sync wave by wave and moves on only once a wave is healthy,
and it runs PostSync hooks only after every resource is healthy. The agents cannot become healthy
before the configure Job has let the registrar key register them, so that Job cannot be a
PostSync hook (the first sync would wait for ever): it is a Sync hook in wave 1, after the server
(wave 0), and the agents follow in wave 2. Flux and `kubectl apply` have no waves; there the Job
and the agents' registration wait for the server themselves."""

from __future__ import annotations

# Lets Flux re-create a Job whose spec changed under the same name (Job specs are immutable).
FLUX_FORCE = {"kustomize.toolkit.fluxcd.io/force": "enabled"}

# Never prune or delete the object when it leaves dist/: its data would go with it (a backup
# claim this synth created, a CloudNativePG Cluster, whose operator deletes its volumes with it).
KEEP_DATA = {
    "argocd.argoproj.io/sync-options": "Prune=false,Delete=false",
    "kustomize.toolkit.fluxcd.io/prune": "disabled",
}

# The configure Job: run on every sync once the server is up, deleted before the next and on
# success, so a finished Job is never drift.
CONFIGURE_HOOK = {
    "argocd.argoproj.io/hook": "Sync",
    "argocd.argoproj.io/hook-delete-policy": "BeforeHookCreation,HookSucceeded",
    "argocd.argoproj.io/sync-wave": "1",
}

# The agents, after the configure Job.
AGENT_WAVE = {"argocd.argoproj.io/sync-wave": "2"}

# The Barman Cloud plugin's ObjectStores, before the CloudNativePG Cluster that archives to one and
# may recover from another. (`kubectl apply -k` puts them first too: kustomize's default "legacy"
# order sorts kinds it does not list by group, barmancloud.cnpg.io before postgresql.cnpg.io;
# kustomize v5.0.1 kyaml/resid/gvk.go:102-121, 196-204.)
BEFORE_DATABASE = {"argocd.argoproj.io/sync-wave": "-1"}

# The base backup after a recovery, in the last wave: it waits for the Cluster itself, and nothing
# waits for it.
AFTER_DATABASE = {"argocd.argoproj.io/sync-wave": "3"}
