#!/bin/sh
# start-agent.sh - command of the certctl agent container. Reads the agent id
# that register-agent.sh (init container) wrote, exports it as CERTCTL_AGENT_ID
# (overriding any inherited value) and runs the agent, staying beside it to:
#
#   - pass TERM (and INT) on, so a stopped pod stops the agent cleanly,
#     whenever the stop comes (before the agent has started, it never starts);
#   - tell retirement from a stop. The agent exits 0 in both cases: when the
#     server answers its heartbeat with 410 (the agent was retired) and after
#     SIGTERM (cmd/agent/main.go). An exit 0 this script did not ask for is a
#     retirement: it says so and exits 1, so the pod shows the failure instead
#     of restarting quietly into the same 410;
#   - restart the agent when the server's CA changes: the agent reads its CA
#     bundle only at start. The container then exits 0 and the kubelet starts
#     it again, with the new CA;
#   - read the agent's log (JSON lines on stdout, passed on unchanged) for the
#     server's refusals, which the agent only logs while it retries forever
#     (cmd/agent/main.go:359-366). A heartbeat answered 404 or 500 may mean
#     the server no longer knows this agent's id (a restored database):
#     certctl v2.1.7 answers an unknown id with 500, not the 404 its handler
#     means to (internal/repository/postgres/agent.go:77-82 compares an error
#     scanAgent wrapped, :484). register-agent.sh then looks for the id with
#     REGISTRAR_API_KEY and, when the server no longer lists it, registers
#     again and writes the new id; this script exits 0 for the kubelet to
#     start the agent with it. A 401 or 403 means the key is refused, and
#     AGENT_STATE_FILE then says so, for the container's liveness probe to
#     fail on. The agent starts without REGISTRAR_API_KEY in its environment
#     (it runs as this script's user, so that hides the key, not walls it off).
#
# Usage: sh start-agent.sh [PROGRAM [ARGS...]]   (PROGRAM defaults to /app/agent)
#
# Environment:
#   AGENT_ID_FILE                  file holding the server-issued agent id (required)
#   CERTCTL_SERVER_CA_BUNDLE_PATH  the CA bundle to watch (unset: nothing to watch)
#   CA_CHECK_SECONDS               how often to look at it (default 30)
#   AGENT_STATE_FILE               written when the server refuses the agent key (unset: not written)
#   REGISTRAR_API_KEY              the registrar key, to register again after a 404 (unset: the 404
#                                  is written to AGENT_STATE_FILE instead); with register-agent.sh's
#                                  CERTCTL_AGENT_NAME and AGENT_HOSTNAME
#
# Exit codes: 0 stopped, or restarting for a new CA or a new registration; 1 id
# file missing or empty, the agent was retired, or registering again failed;
# 2 configuration error; otherwise the agent's own (126/127 if PROGRAM cannot
# be executed).
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

state=${AGENT_STATE_FILE:-}
[ -z "$state" ] || rm -f "$state"

marker=${TMPDIR:-/tmp}/.start-agent-ca-changed.$$
unknown=${TMPDIR:-/tmp}/.start-agent-unknown.$$
log_pipe=${TMPDIR:-/tmp}/.start-agent-log.$$

# A stop (TERM or INT) may come at any moment from here on, and each is passed on to the agent as
# TERM, once: a background command of a non-interactive shell starts with INT ignored, and the
# agent stops the same way on either. Before the agent starts, it never starts; while it starts,
# it is told as soon as its pid is known. `caught` tells `reap` that its `wait` was cut short.
stopping=0
caught=0
agent=
told=0
tell() {
  [ -n "$agent" ] && [ "$told" = 0 ] || return 0
  told=1
  kill -TERM "$agent" 2>/dev/null
}
trap 'stopping=1 caught=1; tell' TERM INT

rm -f "$marker" "$unknown" "$log_pipe"
mkfifo "$log_pipe" || fail 1 "cannot make the pipe $log_pipe for the agent's log"
# Both ends are opened here, before the agent starts: an end opened alone waits for the other, so
# an agent stopped before it opened its end would leave its reader waiting for good. Then the name
# goes; the agent holds the only write end, and its reader sees the end of the log when the agent
# (and whatever it started) is gone.
exec 4<>"$log_pipe"
exec 3<"$log_pipe"
exec 5>"$log_pipe" 4<&-
rm -f "$log_pipe"

[ "$stopping" = 0 ] || exit 0
(
  unset REGISTRAR_API_KEY
  exec "$@"
) >&5 3<&- 5>&- &
agent=$!
[ "$stopping" = 0 ] || tell

# refused LINE: what a log line of the agent says about the server refusing it.
refused() {
  case $1 in
    *'"msg":"heartbeat rejected"'*) ;;
    *) return 0 ;;
  esac
  code=$(printf '%s\n' "$1" | sed -n 's/.*"status":\([0-9]*\).*/\1/p')
  case $code in
    404 | 500)
      [ -n "${REGISTRAR_API_KEY:-}" ] && [ ! -e "$unknown" ] || return 0
      # One attempt: an unreachable server is no news, and the agent's log must keep flowing.
      CERTCTL_API_KEY=$REGISTRAR_API_KEY AGENT_KNOWN_ID=$id REGISTER_MAX_ATTEMPTS=1 \
        sh "$(dirname "$0")/register-agent.sh" </dev/null
      case $? in
        0) : >"$unknown" && kill -TERM "$agent" 2>/dev/null ;;
        3) ;;
        *) log "could not check whether the server still knows agent $id (see above); checking again at the next refusal" ;;
      esac
      ;;
    401 | 403)
      [ -z "$state" ] || printf 'the server refuses agent %s: HTTP %s on its heartbeat\n' "$id" "$code" >"$state"
      ;;
  esac
}

# The reader passes the agent's log on line by line, unchanged, and reads it for refusals, until
# the agent closes it; a reader gone early would end the agent with SIGPIPE. It is a child of its
# own, and gets no signals, because BusyBox's `read` is no place to wait for one: it looks for a
# trapped signal before it blocks, not while, so a stop that comes in between would wait for the
# agent's next line (perhaps until the kubelet's SIGKILL), and an interrupted `read` drops the part
# of a line it has taken.
(
  while IFS= read -r line; do
    printf '%s\n' "$line"
    refused "$line"
  done
  [ -z "$line" ] || printf '%s\n' "$line"
) <&3 3<&- 5>&- &
reader=$!
exec 3<&- 5>&-

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

# reap PID: wait for a child to end; returns its exit status. This shell blocks nowhere else:
# BusyBox's `wait` looks for a trapped signal with signals blocked, then sleeps until one comes,
# so none is missed. A trap cuts it short; then wait again (BusyBox keeps an ended child's status
# for the next `wait` until it starts another job).
reap() {
  caught=1
  while [ "$caught" = 1 ]; do
    caught=0
    wait "$1"
    ended=$?
  done
  return "$ended"
}
reap "$agent"
status=$?
told=1 # the agent is gone, and its pid may be another process's
kill "$watcher" 2>/dev/null
reap "$reader" # the agent's last lines

if [ -e "$unknown" ]; then
  rm -f "$unknown"
  log "agent $id is registered again as $(tr -d '[:space:]' <"$id_file"); restarting the agent with its new id"
  exit 0
fi
if [ -e "$marker" ]; then
  rm -f "$marker"
  log "the server's CA bundle $ca changed; restarting so the agent loads it"
  exit 0
fi
if [ "$status" -eq 0 ] && [ "$stopping" -eq 0 ]; then
  fail 1 "agent $id stopped by itself: the server retired it (HTTP 410 on its heartbeat). certctl never reuses a retired agent or its name; delete this pod, and if its registration then reports the retired name, give the node a new agent name (agent.name)"
fi
exit "$status"
