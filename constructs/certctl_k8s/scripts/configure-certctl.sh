#!/bin/sh
# configure-certctl.sh - the configure Job. Applies, through certctl's API and
# with the admin key, what certctl's environment variables cannot set:
#
#   1. roles: each role of CONFIGURE_ROLES exists and holds its permissions;
#   2. grants: each key of CONFIGURE_GRANTS holds its roles (certctl grants
#      every named key r-viewer or r-admin at start; the rest is granted here);
#   3. the anonymous demo actor's admin grant, left by certctl's migrations,
#      is removed (with CONFIGURE_DEMO_CLEANUP=true);
#   4. DNS-01: the ACME issuers of CONFIGURE_ACME_ISSUERS get the hook scripts.
#      certctl reads CERTCTL_ACME_DNS_*_SCRIPT but never copies them into the
#      issuers it seeds (internal/service/issuer.go), so this is the only way.
#      A replica rebuilds its issuers only at start or after an update it
#      serves itself (internal/service/issuer.go:713-740), so the step first
#      waits until the headless Service CONFIGURE_REPLICAS_HOST lists
#      CONFIGURE_SERVER_REPLICAS ready pods, then sends the update to each of
#      them on every run, also when the stored settings already match: a
#      replica that was starting during an earlier run may hold old issuers.
#
# Idempotent: it reads first and writes only what differs (a grant given twice
# would be stored twice by certctl v2.1.7). Needs sh, curl, awk, sed and
# nslookup (BusyBox), as in the certctl server image. See certctl-api.sh.
#
# Environment (besides certctl-api.sh's; CERTCTL_API_KEY is the admin key):
#   CONFIGURE_ROLES                 "name=perm,perm ..." custom roles to ensure
#   CONFIGURE_GRANTS                "key=role,role ..." roles (by name) each key must hold
#   CONFIGURE_DEMO_CLEANUP          true: remove the demo actor's grants
#   CONFIGURE_ACME_ISSUERS          issuer ids to give DNS-01 settings (e.g. "iss-acme-staging iss-acme-prod")
#   CONFIGURE_DNS_PRESENT_SCRIPT, CONFIGURE_DNS_CLEANUP_SCRIPT, CONFIGURE_DNS_PERSIST_ISSUER_DOMAIN,
#   CONFIGURE_DNS_PROPAGATION_WAIT  (whole seconds): the issuer settings; empty ones are left alone
#   CONFIGURE_REPLICAS_HOST         DNS name listing every ready server pod (a headless Service)
#   CONFIGURE_SERVER_REPLICAS       how many server pods that name must list before the update
#   CONFIGURE_DNS_SERVER            resolver for that lookup (default: the pod's)
#   CONFIGURE_MAX_ATTEMPTS          attempts while the server is not ready (default 120)
#   CONFIGURE_RETRY_SECONDS         pause between attempts (default 5)
#   CONFIGURE_TIMEOUT_SECONDS       curl --max-time per request (default 15)
#
# Exit codes: 0 configured (or nothing to change); 1 failed; 2 invalid configuration.
set -u
script=configure-certctl
# shellcheck source-path=SCRIPTDIR source=certctl-api.sh
. "$(dirname "$0")/certctl-api.sh"

trap 'exit 143' TERM
trap 'exit 130' INT

require_vars CERTCTL_SERVER_URL CERTCTL_API_KEY CERTCTL_SERVER_CA_BUNDLE_PATH
max_attempts=${CONFIGURE_MAX_ATTEMPTS:-120} attempts_var=CONFIGURE_MAX_ATTEMPTS
retry_seconds=${CONFIGURE_RETRY_SECONDS:-5} retry_var=CONFIGURE_RETRY_SECONDS
timeout_seconds=${CONFIGURE_TIMEOUT_SECONDS:-15} timeout_var=CONFIGURE_TIMEOUT_SECONDS
api_setup
wait_seconds=${CONFIGURE_DNS_PROPAGATION_WAIT:-}
[ -z "$wait_seconds" ] || matches "$wait_seconds" '[0-9]+' ||
  config_error "CONFIGURE_DNS_PROPAGATION_WAIT must be whole seconds, got '$wait_seconds'"
changes=0

# --- readiness ----------------------------------------------------------------
api_request GET /ready
[ "$STATUS" = 200 ] || unexpected "waiting for /ready"
log "certctl at $server_url is ready"

# --- roles ---------------------------------------------------------------------
# list_roles: sets ROLES to the flattened role listing.
list_roles() {
  api_request GET /api/v1/auth/roles
  [ "$STATUS" = 200 ] || unexpected "listing roles failed"
  ROLES=$(printf '%s' "$BODY" | json_flatten)
}

# list_keys: sets KEYS to the flattened listing of keys and their roles.
list_keys() {
  api_request GET /api/v1/auth/keys
  [ "$STATUS" = 200 ] || unexpected "listing keys failed"
  KEYS=$(printf '%s' "$BODY" | json_flatten)
}

# add_missing HELD ID PATH BODY WHAT: POST BODY to PATH (204 expected) unless ID is
# one of the lines of HELD, and log WHAT.
add_missing() {
  if printf '%s\n' "$1" | grep -Fqx -- "$2"; then
    return 0
  fi
  api_request POST "$3" "$4"
  [ "$STATUS" = 204 ] || unexpected "$5 failed"
  changes=$((changes + 1))
  log "$5"
}

# role_named NAME: the id of the role named NAME in ROLES, or nothing.
role_named() {
  printf '%s\n' "$ROLES" | awk -F '\t' -v want="$1" '
    match($1, /^\.roles\[[0-9]+\]\./) {
      item = substr($1, 1, RLENGTH - 1); field = substr($1, RLENGTH + 1)
      if (field == "name" && $2 == want) hit[item] = 1
      else if (field == "id") ids[item] = $2
    }
    END { for (item in hit) { print ids[item]; exit } }'
}

for spec in ${CONFIGURE_ROLES:-}; do
  role=${spec%%=*} permissions=${spec#*=}
  list_roles
  ROLE_ID=$(role_named "$role")
  if [ -z "$ROLE_ID" ]; then
    api_request POST /api/v1/auth/roles "{\"name\":\"$(json_escape "$role")\",\"description\":\"managed by the certctl configure Job\"}"
    case $STATUS in
      201) ROLE_ID=$(printf '%s' "$BODY" | json_flatten | json_field .id); changes=$((changes + 1)); log "created role $role ($ROLE_ID)" ;;
      409) list_roles; ROLE_ID=$(role_named "$role") ;; # made meanwhile by another run
      *) unexpected "creating role $role failed" ;;
    esac
    [ -n "$ROLE_ID" ] || unexpected "role $role has no id"
  fi
  api_request GET "/api/v1/auth/roles/$ROLE_ID"
  [ "$STATUS" = 200 ] || unexpected "reading role $role failed"
  held=$(printf '%s' "$BODY" | json_flatten | awk -F '\t' '$1 ~ /^\.permissions\[[0-9]+\]\.permission_id$/ { print $2 }')
  for permission in $(printf '%s' "$permissions" | tr ',' ' '); do
    # certctl's id of a permission is p- and its name with dots and underscores as dashes
    # (cert.bulk_revoke is p-cert-bulk-revoke; migrations 000029, 000039).
    add_missing "$held" "p-$(printf '%s' "$permission" | tr '._' '--')" "/api/v1/auth/roles/$ROLE_ID/permissions" \
      "{\"permission\":\"$(json_escape "$permission")\"}" "role $role: add $permission"
  done
done

# --- grants --------------------------------------------------------------------
if [ -n "${CONFIGURE_GRANTS:-}" ]; then
  list_roles
  list_keys
fi
for spec in ${CONFIGURE_GRANTS:-}; do
  key=${spec%%=*} wanted=${spec#*=}
  held=$(printf '%s\n' "$KEYS" | awk -F '\t' -v want="$key" '
    match($1, /^\.keys\[[0-9]+\]\./) {
      item = substr($1, 1, RLENGTH - 1); field = substr($1, RLENGTH + 1)
      if (field == "actor_id" && $2 == want) hit[item] = 1
      else if (field ~ /^role_ids\[/) ids[item] = ids[item] $2 "\n"
    }
    END { for (item in hit) printf "%s", ids[item] }')
  for name in $(printf '%s' "$wanted" | tr ',' ' '); do
    id=$(role_named "$name")
    [ -n "$id" ] || die "key $key: no role named $name (CONFIGURE_GRANTS)"
    add_missing "$held" "$id" "/api/v1/auth/keys/$key/roles" "{\"role_id\":\"$(json_escape "$id")\"}" \
      "key $key: grant role $name ($id)"
  done
done

# --- the demo actor's residual admin grant -----------------------------------------
if [ "${CONFIGURE_DEMO_CLEANUP:-false}" = true ]; then
  [ -n "${KEYS:-}" ] || list_keys
  if printf '%s\n' "$KEYS" | awk -F '\t' '$1 ~ /\.actor_id$/ && $2 == "actor-demo-anon" { found = 1 } END { exit !found }'; then
    api_request POST /api/v1/auth/demo-residual/cleanup
    [ "$STATUS" = 200 ] || unexpected "removing the demo actor's grants failed"
    changes=$((changes + 1))
    log "removed the anonymous demo actor's grants"
  fi
fi

# --- DNS-01 settings of the ACME issuers ------------------------------------------
# replicas: the addresses of every ready server pod.
replicas() {
  [ -n "${CONFIGURE_REPLICAS_HOST:-}" ] || return 0
  # shellcheck disable=SC2086 # an empty resolver must vanish
  nslookup "$CONFIGURE_REPLICAS_HOST" ${CONFIGURE_DNS_SERVER:-} 2>/dev/null |
    awk '/^Name:/ { named = 1; next } named && /^Address:? / { sub(/^Address:? */, ""); sub(/#.*/, ""); print }' |
    sort -u
}

# wanted_config ISSUER_BODY: "differs" or "same" (the stored settings against
# the wanted ones), then the issuer's PUT body with the DNS-01 settings
# applied, from its GET body. Only scalar config values are carried over (an
# ACME issuer has no others).
wanted_config() {
  printf '%s' "$1" | json_raw | awk -F '\t' \
    -v present="$(json_escape "${CONFIGURE_DNS_PRESENT_SCRIPT:-}")" \
    -v cleanup="$(json_escape "${CONFIGURE_DNS_CLEANUP_SCRIPT:-}")" \
    -v persist="$(json_escape "${CONFIGURE_DNS_PERSIST_ISSUER_DOMAIN:-}")" \
    -v wait="$wait_seconds" '
    function want(key, value) { if (value == "") return; if (config[key] != value) differs = 1; config[key] = value; if (!(key in seen)) { order[++n] = key; seen[key] = 1 } }
    $1 ~ /^\.config\./ {
      key = substr($1, 9)
      if (key ~ /[.[]/) { nested = 1; next }
      config[key] = $2; order[++n] = key; seen[key] = 1; next
    }
    $1 == ".name" || $1 == ".type" || $1 == ".enabled" { top[substr($1, 2)] = $2 }
    END {
      if (nested) { print "NESTED"; exit }
      want("dns_present_script", present == "" ? "" : "\"" present "\"")
      want("dns_cleanup_script", cleanup == "" ? "" : "\"" cleanup "\"")
      want("dns_persist_issuer_domain", persist == "" ? "" : "\"" persist "\"")
      want("dns_propagation_wait", wait)
      print (differs ? "differs" : "same")
      body = "{\"name\":" top["name"] ",\"type\":" top["type"] ",\"enabled\":" top["enabled"] ",\"config\":{"
      for (i = 1; i <= n; i++) body = body (i > 1 ? "," : "") "\"" order[i] "\":" config[order[i]]
      print body "}}"
    }'
}

# wait_for_replicas: sets TARGETS to the addresses of every server pod once the
# headless Service lists CONFIGURE_SERVER_REPLICAS of them (the Service itself
# without CONFIGURE_REPLICAS_HOST).
wait_for_replicas() {
  TARGETS=service
  [ -n "${CONFIGURE_REPLICAS_HOST:-}" ] || return 0
  wanted=${CONFIGURE_SERVER_REPLICAS:-1} tries=1
  while :; do
    TARGETS=$(replicas)
    found=$(printf '%s' "$TARGETS" | grep -c .)
    [ "$found" -ne "$wanted" ] || return 0
    [ "$tries" -lt "$max_attempts" ] ||
      die "$found of $wanted server pods ready after $tries attempts ($CONFIGURE_REPLICAS_HOST); each must receive the DNS-01 settings"
    log "$found of $wanted server pods ready (attempt $tries/$max_attempts); again in ${retry_seconds}s"
    tries=$((tries + 1))
    sleep "$retry_seconds"
  done
}

[ -z "${CONFIGURE_ACME_ISSUERS:-}" ] || wait_for_replicas
for issuer in ${CONFIGURE_ACME_ISSUERS:-}; do
  api_request GET "/api/v1/issuers/$issuer"
  case $STATUS in
    200) ;;
    404) log "issuer $issuer does not exist; skipped (certctl seeds it only into an empty issuers table)"; continue ;;
    *) unexpected "reading issuer $issuer failed" ;;
  esac
  wanted=$(wanted_config "$BODY")
  [ "$wanted" != NESTED ] || die "issuer $issuer has a nested config; refusing to rewrite it"
  state=$(printf '%s\n' "$wanted" | head -n 1) body=$(printf '%s\n' "$wanted" | sed 1d)
  for target in $TARGETS; do
    [ "$target" = service ] || resolve_to=$target
    api_request PUT "/api/v1/issuers/$issuer" "$body"
    [ "$STATUS" = 200 ] || unexpected "updating issuer $issuer through ${resolve_to:-the Service} failed"
    resolve_to=
  done
  pods=$(printf '%s\n' "$TARGETS" | wc -l | tr -d ' ')
  if [ "$state" = same ]; then
    log "issuer $issuer: DNS-01 settings already applied; reloaded on $pods server pod(s)"
  else
    changes=$((changes + 1))
    log "issuer $issuer: DNS-01 settings applied on $pods server pod(s)"
  fi
done

log "done: $changes change(s)"
