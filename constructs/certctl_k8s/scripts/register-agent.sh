#!/bin/sh
# register-agent.sh - init container of every certctl agent pod. Registers the
# agent with the certctl server (POST /api/v1/agents) and writes the
# server-issued id to AGENT_ID_FILE for start-agent.sh. If the name is already
# taken (HTTP 409, e.g. the pod restarted) the existing agent's id is looked up
# and reused, so re-running is idempotent. Needs POSIX sh, curl, sed, awk.
#
# Environment:
#   CERTCTL_SERVER_URL             https://host[:port] of the certctl server (required)
#   CERTCTL_API_KEY                exactly one API key (never logged; unset only when the
#                                  server runs with auth type none)
#   CERTCTL_AGENT_NAME             agent name to register (required)
#   AGENT_HOSTNAME                 hostname reported to the server (required)
#   CERTCTL_SERVER_CA_BUNDLE_PATH  PEM bundle that verifies the server certificate (required)
#   AGENT_ID_FILE                  file the agent id is written to (required; its directory must exist)
#   REGISTER_MAX_ATTEMPTS          attempts per request while the server is not ready (default 30)
#   REGISTER_RETRY_SECONDS         pause between attempts, fractions allowed (default 5)
#   REGISTER_TIMEOUT_SECONDS       curl --max-time for each request (default 10)
#
# Exit codes: 0 registered (or existing registration reused); 1 registration
# failed (key rejected, certificate verification failed, server not ready after
# all attempts, unexpected answer); 2 invalid configuration.
set -u

log() { printf 'register-agent: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }
config_error() { log "$*"; exit 2; }

# Pod deletion must not wait out the grace period while we retry (we may be PID 1).
trap 'exit 143' TERM
trap 'exit 130' INT

for var in CERTCTL_SERVER_URL CERTCTL_AGENT_NAME AGENT_HOSTNAME \
  CERTCTL_SERVER_CA_BUNDLE_PATH AGENT_ID_FILE; do
  eval "value=\${$var:-}"
  [ -n "$value" ] || config_error "$var must be set"
done

max_attempts=${REGISTER_MAX_ATTEMPTS:-30}
retry_seconds=${REGISTER_RETRY_SECONDS:-5}
timeout_seconds=${REGISTER_TIMEOUT_SECONDS:-10}
matches() { printf '%s\n' "$1" | grep -Eqx "$2"; }
matches "$max_attempts" '[1-9][0-9]*' ||
  config_error "REGISTER_MAX_ATTEMPTS must be a positive integer, got '$max_attempts'"
matches "$retry_seconds" '[0-9]+(\.[0-9]+)?' ||
  config_error "REGISTER_RETRY_SECONDS must be a number of seconds, got '$retry_seconds'"
matches "$timeout_seconds" '0*[1-9][0-9]*(\.[0-9]+)?|0*\.0*[1-9][0-9]*' ||
  config_error "REGISTER_TIMEOUT_SECONDS must be a positive number of seconds, got '$timeout_seconds'"

case $CERTCTL_SERVER_URL in
  https://?*) server_url=${CERTCTL_SERVER_URL%/} ;;
  *) config_error "CERTCTL_SERVER_URL must start with https://, got '$CERTCTL_SERVER_URL'" ;;
esac
# A comma or whitespace means a key list (like the server's) was wired in by mistake.
case ${CERTCTL_API_KEY:-} in
  *[,[:space:]]*) config_error "CERTCTL_API_KEY must hold exactly one key (it contains a comma or whitespace)" ;;
esac
ca_bundle=$CERTCTL_SERVER_CA_BUNDLE_PATH
if [ ! -f "$ca_bundle" ] || [ ! -r "$ca_bundle" ]; then
  config_error "CERTCTL_SERVER_CA_BUNDLE_PATH $ca_bundle is not a readable file"
fi

nl='
'
json_escape() { printf '%s' "$1" | sed 's/[\\"]/\\&/g'; }

# The key reaches curl through a config on stdin, so it never shows in argv
# (/proc/*/cmdline). Config strings use the same \\ and \" escapes as JSON.
key_config=
if [ -n "${CERTCTL_API_KEY:-}" ]; then
  key_config=$(printf 'header = "Authorization: Bearer %s"' "$(json_escape "$CERTCTL_API_KEY")")
fi

# Flattens JSON on stdin into "path<TAB>value" lines (".data[0].name<TAB>node-1")
# so fields are matched by exact path: nested objects, key order and formatting
# (compact or pretty) cannot confuse the lookups. Splitting records on '"'
# keeps every awk record short. String escapes \" \\ \/ and ASCII \u00XX are
# decoded; others stay escaped so a value never spans lines or tabs.
json_flatten() {
  awk '
    function unescape(s,   out, i, c, code) {
      out = ""
      while ((i = index(s, "\\")) > 0) {
        out = out substr(s, 1, i - 1); c = substr(s, i + 1, 1); s = substr(s, i + 2)
        if (c == "u" && substr(s, 1, 4) ~ /^00[2-7][0-9A-Fa-f]$/) {
          code = 16 * (index("01234567", substr(s, 3, 1)) - 1) + index("0123456789abcdef", tolower(substr(s, 4, 1))) - 1
          out = out sprintf("%c", code); s = substr(s, 5)
        } else if (c == "\"" || c == "\\" || c == "/") out = out c
        else out = out "\\" c
      }
      return out s
    }
    function path() {
      if (depth == 0) return ""
      return kind[depth] == "o" ? base[depth] "." key[depth] : base[depth] "[" idx[depth] "]"
    }
    function open(k) { p = path(); depth++; kind[depth] = k; base[depth] = p; idx[depth] = 0; want_key[depth] = (k == "o") }
    function flush() { if (tok != "") print path() "\t" tok; tok = "" }
    BEGIN { RS = "\"" }
    in_string {
      str = str $0
      # An odd run of trailing backslashes escaped the quote that ended this record.
      if (match($0, /\\+$/) && RLENGTH % 2) { str = str "\""; next }
      if (kind[depth] == "o" && want_key[depth]) { key[depth] = str; want_key[depth] = 0 }
      else print path() "\t" unescape(str)
      str = ""; in_string = 0; next
    }
    {
      n = length($0)
      for (i = 1; i <= n; i++) {
        c = substr($0, i, 1)
        if (c == "{") { flush(); open("o") }
        else if (c == "[") { flush(); open("a") }
        else if (c == "}" || c == "]") { flush(); depth-- }
        else if (c == ",") { flush(); if (kind[depth] == "o") want_key[depth] = 1; else idx[depth]++ }
        else if (c == ":" || c == " " || c == "\t" || c == "\r" || c == "\n") flush()
        else tok = tok c
      }
      in_string = 1  # the quote that ended this record opens a string
    }'
}

# json_field PATH: value at exactly PATH in flattened JSON on stdin.
json_field() { awk -F '\t' -v p="$1" '$1 == p { print $2; exit }'; }

# curl_api PATH [JSON_BODY]: GET PATH, or POST JSON_BODY to it. Prints the
# response body, a newline and the HTTP status; curl's own errors go to stderr.
curl_api() {
  url=$server_url$1
  if [ $# -ge 2 ]; then
    set -- --header 'Content-Type: application/json' --data-binary "$2"
  else
    set --
  fi
  printf '%s\n' "$key_config" | curl --config - --silent --show-error --proto '=https' \
    --cacert "$ca_bundle" --max-time "$timeout_seconds" --write-out '\n%{http_code}' "$@" "$url"
}

# api_request PATH [JSON_BODY]: like curl_api, but retries while the server is
# unreachable or answers 5xx/429, and exits on failures retrying cannot fix.
# Sets STATUS and BODY.
api_request() {
  attempt=1
  while :; do
    out=$(curl_api "$@" 2>&1)
    rc=$?
    if [ "$rc" -eq 0 ]; then
      STATUS=${out##*"$nl"}
      BODY=${out%"$nl"*}
      case $STATUS in
        401 | 403) die "certctl server at $server_url rejected the API key (HTTP $STATUS); check CERTCTL_API_KEY" ;;
        429 | 5??) reason="HTTP $STATUS" ;;
        *) return 0 ;;
      esac
    else
      reason=$(printf '%s\n' "$out" | sed -n 's/^curl: ([0-9]*) //p' | head -n 1)
      case $rc in
        51 | 60) die "TLS certificate verification failed for $server_url: ${reason:-curl exit $rc}; check that $ca_bundle holds the CA that signed the server certificate" ;;
        77) die "curl cannot use CA bundle $ca_bundle: ${reason:-curl exit $rc}" ;;
      esac
      reason=${reason:-curl exit $rc}
    fi
    [ "$attempt" -lt "$max_attempts" ] ||
      die "certctl server at $server_url still not ready after $max_attempts attempts: $reason"
    log "certctl server at $server_url not ready (attempt $attempt/$max_attempts): $reason; retrying in ${retry_seconds}s"
    sleep "$retry_seconds"
    attempt=$((attempt + 1))
  done
}

unexpected() { die "$1: HTTP $STATUS: $(printf '%s' "$BODY" | tr '\r\n' '  ' | cut -c 1-500)"; }

write_id() {
  tmp="$(dirname "$AGENT_ID_FILE")/.agent-id.$$"
  # Write then rename, so start-agent.sh never reads a partial id.
  if ! { printf '%s\n' "$1" >"$tmp" && mv -f "$tmp" "$AGENT_ID_FILE"; }; then
    rm -f "$tmp"
    die "cannot write agent id to $AGENT_ID_FILE"
  fi
}

name=$CERTCTL_AGENT_NAME
api_request /api/v1/agents \
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

# 409: the name is taken; find the agent with exactly this name, page by page.
per_page=500
page=1
seen=0
while :; do
  api_request "/api/v1/agents?page=$page&per_page=$per_page"
  [ "$STATUS" = 200 ] || unexpected "listing agents (page $page) failed"
  flat=$(printf '%s' "$BODY" | json_flatten)
  id=$(printf '%s\n' "$flat" | awk -F '\t' '
    match($1, /^\.data\[[0-9]+\]\./) {
      item = substr($1, 1, RLENGTH - 1); field = substr($1, RLENGTH + 1)
      if (field == "name" && $2 == ENVIRON["CERTCTL_AGENT_NAME"]) hit[item] = 1
      else if (field == "id") ids[item] = $2
    }
    END { for (item in hit) if (ids[item] != "") { print ids[item]; exit } }')
  if [ -n "$id" ]; then
    write_id "$id"
    log "agent $name already registered as $id"
    exit 0
  fi
  count=$(printf '%s\n' "$flat" | awk -F '\t' '
    match($1, /^\.data\[[0-9]+\]/) { i = substr($1, 7, RLENGTH - 7) + 1; if (i > n) n = i }
    END { print n + 0 }')
  total=$(printf '%s\n' "$flat" | json_field .total)
  seen=$((seen + count))
  [ "$count" -gt 0 ] || break
  # The server may cap per_page, so count what was listed rather than pages.
  case $total in
    '' | *[!0-9]*) [ "$count" -ge "$per_page" ] || break ;;
    *) [ "$seen" -lt "$total" ] || break ;;
  esac
  page=$((page + 1))
done
die "agent name $name is already taken (HTTP 409) but no agent with exactly that name is among the $seen agents listed by the server"
