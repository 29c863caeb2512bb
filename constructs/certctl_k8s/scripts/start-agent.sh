#!/bin/sh
# start-agent.sh - command of the certctl agent container. Reads the agent id
# that register-agent.sh (init container) wrote, exports it as CERTCTL_AGENT_ID
# (overriding any inherited value) and runs the agent, staying beside it to:
#
#   - pass TERM (and INT) on, so a stopped pod stops the agent cleanly;
#   - tell retirement from a stop. The agent exits 0 in both cases: when the
#     server answers its heartbeat with 410 (the agent was retired) and after
#     SIGTERM (cmd/agent/main.go). An exit 0 this script did not ask for is a
#     retirement: it says so and exits 1, so the pod shows the failure instead
#     of restarting quietly into the same 410;
#   - restart the agent when the server's CA changes: the agent reads its CA
#     bundle only at start. The container then exits 0 and the kubelet starts
#     it again, with the new CA.
#
# Usage: sh start-agent.sh [PROGRAM [ARGS...]]   (PROGRAM defaults to /app/agent)
#
# Environment:
#   AGENT_ID_FILE                  file holding the server-issued agent id (required)
#   CERTCTL_SERVER_CA_BUNDLE_PATH  the CA bundle to watch (unset: nothing to watch)
#   CA_CHECK_SECONDS               how often to look at it (default 30)
#
# Exit codes: 0 stopped, or restarting for a new CA; 1 id file missing or
# empty, or the agent was retired; 2 configuration error; otherwise the agent's
# own (126/127 if PROGRAM cannot be executed).
set -u

log() { printf 'start-agent: %s\n' "$*" >&2; }
fail() { log "$2"; exit "$1"; }

id_file=${AGENT_ID_FILE:-}
[ -n "$id_file" ] || fail 2 "AGENT_ID_FILE must be set"
[ -f "$id_file" ] || fail 1 "agent id file $id_file does not exist; the register-agent init container must write it to the shared volume"
id=$(tr -d '[:space:]' <"$id_file") || fail 1 "cannot read agent id file $id_file"
[ -n "$id" ] || fail 1 "agent id file $id_file is empty"
interval=${CA_CHECK_SECONDS:-30}
printf '%s\n' "$interval" | grep -Eqx '[1-9][0-9]*' ||
  fail 2 "CA_CHECK_SECONDS must be a positive number of seconds, got '$interval'"
ca=${CERTCTL_SERVER_CA_BUNDLE_PATH:-}

export CERTCTL_AGENT_ID="$id"
[ $# -gt 0 ] || set -- /app/agent

# Kubernetes updates a Secret volume by swapping a symlink, so compare contents.
fingerprint() { [ -z "$ca" ] || sha256sum <"$ca" 2>/dev/null; }

stopping=0
marker=${TMPDIR:-/tmp}/.start-agent-ca-changed.$$
rm -f "$marker"
# INT is passed on as TERM: a background command of a non-interactive shell starts with INT
# ignored, and the agent stops the same way on either.
trap 'stopping=1; kill -TERM "$agent" 2>/dev/null' TERM INT

"$@" &
agent=$!

# The watcher: a child of its own, so the agent's exit is seen at once by `wait`. It also ends by
# itself once the agent is gone, since a TERM that reaches it between fork and trap is lost, and
# it holds none of the container's output open.
(
  nap=
  trap '[ -z "$nap" ] || kill "$nap" 2>/dev/null; exit 0' TERM
  baseline=$(fingerprint)
  while kill -0 "$agent" 2>/dev/null; do
    sleep "$interval" &
    nap=$!
    wait "$nap"
    now=$(fingerprint)
    if [ -n "$now" ] && [ "$now" != "$baseline" ]; then
      : >"$marker"
      kill -TERM "$agent" 2>/dev/null
      exit 0
    fi
  done
) </dev/null >/dev/null 2>&1 &
watcher=$!

wait "$agent"
status=$?
# A trapped signal interrupts `wait` (status > 128); then wait for the agent itself.
while [ "$status" -gt 128 ] && kill -0 "$agent" 2>/dev/null; do
  wait "$agent"
  status=$?
done
kill "$watcher" 2>/dev/null

if [ -e "$marker" ]; then
  rm -f "$marker"
  log "the server's CA bundle $ca changed; restarting so the agent loads it"
  exit 0
fi
if [ "$status" -eq 0 ] && [ "$stopping" -eq 0 ]; then
  fail 1 "agent $id stopped by itself: the server retired it (HTTP 410 on its heartbeat). certctl never reuses a retired agent or its name; delete this pod, and if its registration then reports the retired name, give the node a new agent name (agent.name)"
fi
exit "$status"
