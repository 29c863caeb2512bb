# shellcheck shell=sh disable=SC2154 # the sourcing script sets script, max_attempts, ...
# certctl-api.sh - sourced by the pod scripts that call certctl's HTTPS API
# (register-agent.sh, configure-certctl.sh). POSIX sh with curl, sed and awk:
# what the certctl images (Alpine, BusyBox) have.
#
# The sourcing script sets `script` (its name, for log lines) and, before
# api_setup, `max_attempts`, `retry_seconds` and `timeout_seconds`. It may set
# `retry_auth=1` to retry HTTP 401/403 like an unready server (a key whose
# roles are granted later), and `resolve_to=ADDRESS` to send requests to one
# server pod while still verifying the certificate for the Service's name.
#
# Environment read by api_setup:
#   CERTCTL_SERVER_URL             https://host[:port] of the certctl server (required)
#   CERTCTL_API_KEY                the one API key to present (never logged)
#   CERTCTL_SERVER_CA_BUNDLE_PATH  PEM bundle that verifies the server certificate (required)

log() { printf '%s: %s\n' "$script" "$*" >&2; }
die() { log "$*"; exit 1; }
config_error() { log "$*"; exit 2; }

nl='
'

# require_vars NAME...: exit 2 naming the first unset or empty variable.
require_vars() {
  for var; do
    eval "value=\${$var:-}"
    [ -n "$value" ] || config_error "$var must be set"
  done
}

matches() { printf '%s\n' "$1" | grep -Eqx "$2"; }

api_setup() {
  matches "$max_attempts" '[1-9][0-9]*' ||
    config_error "$attempts_var must be a positive integer, got '$max_attempts'"
  matches "$retry_seconds" '[0-9]+(\.[0-9]+)?' ||
    config_error "$retry_var must be a number of seconds, got '$retry_seconds'"
  matches "$timeout_seconds" '0*[1-9][0-9]*(\.[0-9]+)?|0*\.0*[1-9][0-9]*' ||
    config_error "$timeout_var must be a positive number of seconds, got '$timeout_seconds'"
  case $CERTCTL_SERVER_URL in
    https://?*) server_url=${CERTCTL_SERVER_URL%/} ;;
    *) config_error "CERTCTL_SERVER_URL must start with https://, got '$CERTCTL_SERVER_URL'" ;;
  esac
  server_authority=${server_url#https://}
  server_authority=${server_authority%%/*}
  server_host=${server_authority%:*}
  server_port=${server_authority##*:}
  [ "$server_port" != "$server_authority" ] || server_port=443
  # A comma or whitespace means a key list (like the server's) was wired in by mistake.
  case ${CERTCTL_API_KEY:-} in
    *[,[:space:]]*) config_error "CERTCTL_API_KEY must hold exactly one key (it contains a comma or whitespace)" ;;
  esac
  ca_bundle=$CERTCTL_SERVER_CA_BUNDLE_PATH
  if [ ! -f "$ca_bundle" ] || [ ! -r "$ca_bundle" ]; then
    config_error "CERTCTL_SERVER_CA_BUNDLE_PATH $ca_bundle is not a readable file"
  fi
  # The key reaches curl through a config on stdin, so it never shows in argv
  # (/proc/*/cmdline). Config strings use the same \\ and \" escapes as JSON.
  key_config=
  if [ -n "${CERTCTL_API_KEY:-}" ]; then
    key_config=$(printf 'header = "Authorization: Bearer %s"' "$(json_escape "$CERTCTL_API_KEY")")
  fi
  retry_auth=${retry_auth:-0}
  resolve_to=
}

json_escape() { printf '%s' "$1" | sed 's/[\\"]/\\&/g'; }

# json_flatten: JSON on stdin as "path<TAB>value" lines
# (".data[0].name<TAB>node-1"), so fields are matched by exact path: nested
# objects, key order and formatting (compact or pretty) cannot confuse the
# lookups. Splitting records on '"' keeps every awk record short. Strings are
# decoded (\" \\ \/ and ASCII \u00XX; other escapes stay escaped so a value
# never spans lines or tabs). json_raw prints every value as the JSON text it
# was (strings with their quotes), for writing it back.
json_flatten() { _flatten 0; }
json_raw() { _flatten 1; }
_flatten() {
  awk -v raw="$1" '
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
      else print path() "\t" (raw == 1 ? "\"" str "\"" : unescape(str))
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

# curl_api METHOD PATH [JSON_BODY]: prints the response body, a newline and the
# HTTP status; curl's own errors go to stderr.
curl_api() {
  method=$1 url=$server_url$2
  shift 2
  if [ $# -ge 1 ]; then
    set -- --header 'Content-Type: application/json' --data-binary "$1"
  fi
  if [ -n "$resolve_to" ]; then
    case $resolve_to in *:*) address="[$resolve_to]" ;; *) address=$resolve_to ;; esac
    set -- --resolve "$server_host:$server_port:$address" "$@"
  fi
  printf '%s\n' "$key_config" | curl --config - --silent --show-error --proto '=https' --request "$method" \
    --cacert "$ca_bundle" --max-time "$timeout_seconds" --write-out '\n%{http_code}' "$@" "$url"
}

# api_request METHOD PATH [JSON_BODY]: like curl_api, but retries while the
# server is unreachable or answers 5xx/429 (and 401/403 with retry_auth=1),
# and exits on failures retrying cannot fix. Sets STATUS and BODY.
api_request() {
  attempt=1
  while :; do
    out=$(curl_api "$@" 2>&1)
    rc=$?
    if [ "$rc" -eq 0 ]; then
      STATUS=${out##*"$nl"}
      BODY=${out%"$nl"*}
      case $STATUS in
        401 | 403)
          [ "$retry_auth" = 1 ] ||
            die "certctl server at $server_url rejected the API key (HTTP $STATUS) on $1 $2; check CERTCTL_API_KEY and its roles"
          reason="HTTP $STATUS: the key is not (yet) allowed to $1 $2; the configure Job grants its roles"
          ;;
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

# unexpected WHAT: exit 1 with the status and the start of the body.
unexpected() { die "$1: HTTP $STATUS: $(printf '%s' "$BODY" | tr '\r\n' '  ' | cut -c 1-500)"; }
