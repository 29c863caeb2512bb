"""`main.py diff`: what a change to the values or the code does to a cluster, read from two
versions of `dist/` (a fresh synth against `dist/` on disk or at a git ref): the objects added,
removed and changed, the workloads that roll, the changes the API server refuses and what GitOps
pruning deletes."""
