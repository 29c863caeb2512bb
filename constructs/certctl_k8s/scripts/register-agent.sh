#!/bin/sh
# register-agent.sh - init container of every certctl agent pod. Registers the
# agent with the certctl server (POST /api/v1/agents) and writes the
# server-issued id to AGENT_ID_FILE for start-agent.sh. If the name is already
# taken (HTTP 409, e.g. the pod restarted) the existing agent's id is looked up
# and reused, so re-running is idempotent. A name held by a retired agent is
# reported with what to do. Needs POSIX sh, curl, sed, awk (certctl-api.sh).
#
# On certctl v2.1 the key presented is the registrar key: certctl requires it
# to equal the agent bootstrap token and to hold agent.edit, which the
# configure Job grants. Until then the server answers 401/403, which is
# retried like an unready server.
#
# Environment:
#   CERTCTL_SERVER_URL             https://host[:port] of the certctl server (required)
#   CERTCTL_API_KEY                the registrar key (never logged)
#   CERTCTL_AGENT_NAME             agent name to register (required)
#   AGENT_HOSTNAME                 hostname reported to the server (required)
#   CERTCTL_SERVER_CA_BUNDLE_PATH  PEM bundle that verifies the server certificate (required)
#   AGENT_ID_FILE                  file the agent id is written to (required; its directory must exist)
#   REGISTER_MAX_ATTEMPTS          attempts per request while the server is not ready (default 30)
#   REGISTER_RETRY_SECONDS         pause between attempts, fractions allowed (default 5)
#   REGISTER_TIMEOUT_SECONDS       curl --max-time for each request (default 10)
#   AGENT_KNOWN_ID                 an id this agent holds (start-agent.sh sets it): registers only
#                                  when the server no longer lists it, else exits 3
#
# Exit codes: 0 registered (or existing registration reused); 1 registration
# failed (key rejected after all attempts, certificate verification failed,
# server not ready after all attempts, name held by a retired agent,
# unexpected answer); 2 invalid configuration; 3 AGENT_KNOWN_ID is still known.
set -u
script=register-agent
# shellcheck source-path=SCRIPTDIR source=certctl-api.sh
. "$(dirname "$0")/certctl-api.sh"

# Pod deletion must not wait out the grace period while we retry (we may be PID 1).
trap 'exit 143' TERM
trap 'exit 130' INT

require_vars CERTCTL_SERVER_URL CERTCTL_AGENT_NAME AGENT_HOSTNAME CERTCTL_SERVER_CA_BUNDLE_PATH AGENT_ID_FILE
max_attempts=${REGISTER_MAX_ATTEMPTS:-30} attempts_var=REGISTER_MAX_ATTEMPTS
retry_seconds=${REGISTER_RETRY_SECONDS:-5} retry_var=REGISTER_RETRY_SECONDS
timeout_seconds=${REGISTER_TIMEOUT_SECONDS:-10} timeout_var=REGISTER_TIMEOUT_SECONDS
retry_auth=1
api_setup

write_id() {
  tmp="$(dirname "$AGENT_ID_FILE")/.agent-id.$$"
  # Write then rename, so start-agent.sh never reads a partial id.
  if ! { printf '%s\n' "$1" >"$tmp" && mv -f "$tmp" "$AGENT_ID_FILE"; }; then
    rm -f "$tmp"
    die "cannot write agent id to $AGENT_ID_FILE"
  fi
}

# find_agent PATH FIELD VALUE: sets FOUND to the id of the agent whose FIELD
# (name or id) is VALUE in the paged listing at PATH (empty if none), and
# LISTED to how many agents were listed. Not in a subshell, so a failed
# request ends the script.
find_agent() {
  per_page=500
  page=1
  LISTED=0
  FOUND=
  while :; do
    api_request GET "$1?page=$page&per_page=$per_page"
    [ "$STATUS" = 200 ] || unexpected "listing agents ($1, page $page) failed"
    flat=$(printf '%s' "$BODY" | json_flatten)
    FOUND=$(printf '%s\n' "$flat" | awk -F '\t' -v want_field="$2" -v want="$3" '
      match($1, /^\.data\[[0-9]+\]\./) {
        item = substr($1, 1, RLENGTH - 1); field = substr($1, RLENGTH + 1)
        if (field == want_field && $2 == want) hit[item] = 1
        if (field == "id") ids[item] = $2
      }
      END { for (item in hit) if (ids[item] != "") { print ids[item]; exit } }')
    [ -z "$FOUND" ] || return 0
    count=$(printf '%s\n' "$flat" | awk -F '\t' '
      match($1, /^\.data\[[0-9]+\]/) { i = substr($1, 7, RLENGTH - 7) + 1; if (i > n) n = i }
      END { print n + 0 }')
    total=$(printf '%s\n' "$flat" | json_field .total)
    LISTED=$((LISTED + count))
    [ "$count" -gt 0 ] || return 0
    # The server may cap per_page, so count what was listed rather than pages.
    case $total in
      '' | *[!0-9]*) [ "$count" -ge "$per_page" ] || return 0 ;;
      *) [ "$LISTED" -lt "$total" ] || return 0 ;;
    esac
    page=$((page + 1))
  done
}

name=$CERTCTL_AGENT_NAME
if [ -n "${AGENT_KNOWN_ID:-}" ]; then
  find_agent /api/v1/agents id "$AGENT_KNOWN_ID"
  if [ -n "$FOUND" ]; then
    log "the server still lists agent $AGENT_KNOWN_ID; its registration stands"
    exit 3
  fi
  log "the server no longer lists agent $AGENT_KNOWN_ID (a restored database?); registering $name again"
fi
api_request POST /api/v1/agents \
  "{\"name\":\"$(json_escape "$name")\",\"hostname\":\"$(json_escape "$AGENT_HOSTNAME")\"}"

case $STATUS in
  201)
    id=$(printf '%s' "$BODY" | json_flatten | json_field .id)
    [ -n "$id" ] || unexpected "registration answer has no agent id"
    write_id "$id"
    log "registered agent $name as $id"
    exit 0
    ;;
  409) ;;
  *) unexpected "registering agent $name failed" ;;
esac

# 409: the name is taken. By this agent, after a pod restart: reuse its id.
find_agent /api/v1/agents name "$name"
listed=$LISTED
if [ -n "$FOUND" ]; then
  write_id "$FOUND"
  log "agent $name already registered as $FOUND"
  exit 0
fi
# Or by a retired agent: certctl keeps retired names taken and has no way to
# bring one back, so this node needs a new name.
find_agent /api/v1/agents/retired name "$name"
if [ -n "$FOUND" ]; then
  die "agent name $name belongs to retired agent $FOUND, and certctl never reuses a retired name; give this node a new name (agent.name, or a new node name) and reassign the retired agent's targets to it"
fi
die "agent name $name is already taken (HTTP 409) but no agent with exactly that name is among the $listed agents listed by the server"
