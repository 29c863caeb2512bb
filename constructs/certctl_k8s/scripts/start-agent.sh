#!/bin/sh
# start-agent.sh - command of the certctl agent container. Reads the agent id
# that register-agent.sh (init container) wrote, exports it as
# CERTCTL_AGENT_ID (overriding any inherited value) and execs the agent, so the
# agent is the container's main process and receives its signals directly.
#
# Usage: sh start-agent.sh [PROGRAM [ARGS...]]   (PROGRAM defaults to /app/agent)
#
# Environment:
#   AGENT_ID_FILE  file holding the server-issued agent id (required)
#
# Exit codes: 1 id file missing or empty; 2 AGENT_ID_FILE not set; otherwise
# the agent's own (126/127 if PROGRAM cannot be executed).
set -u

fail() { printf 'start-agent: %s\n' "$2" >&2; exit "$1"; }

id_file=${AGENT_ID_FILE:-}
[ -n "$id_file" ] || fail 2 "AGENT_ID_FILE must be set"
[ -f "$id_file" ] || fail 1 "agent id file $id_file does not exist; the register-agent init container must write it to the shared volume"
id=$(tr -d '[:space:]' <"$id_file") || fail 1 "cannot read agent id file $id_file"
[ -n "$id" ] || fail 1 "agent id file $id_file is empty"

export CERTCTL_AGENT_ID="$id"
[ $# -gt 0 ] || set -- /app/agent
exec "$@"
