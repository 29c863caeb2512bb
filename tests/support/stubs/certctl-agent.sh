# A stand-in for /app/agent of certctl v2.1.7, for the pod harness: it does what the agent does
# with its files and its first calls, and reports what happened (STUB_REPORT). Run as
# `busybox sh certctl-agent.sh` by the harness (the first line is written there).
#
#   - CERTCTL_API_KEY and CERTCTL_AGENT_ID are required, the server URL must be https, and a set
#     CA bundle must be a readable PEM file, or the agent exits 1 (cmd/agent/main.go:445-466,
#     159-169);
#   - at start it makes CERTCTL_KEY_DIR with mode 0700 and chmods it to 0700, only warning if that
#     fails (main.go:225-232);
#   - its first heartbeat answered 410 means it was retired: it exits 0 (main.go:187-189, 353-357);
#   - before a CSR job's key is written it tightens the key folder to 0700 when group or others
#     have any bit, and the job fails if it cannot (cmd/agent/keymem.go:48-76, poll.go:154-161);
#     the key is written 0600 (poll.go:180);
#   - SIGTERM stops it cleanly, exit 0 (main.go:523-564).
set -u
report() { printf '%s\n' "$*" >>"$STUB_REPORT"; }
fatal() { report "exit: $*"; echo "agent: $*" >&2; exit 1; }

[ -n "${CERTCTL_API_KEY:-}" ] || fatal "CERTCTL_API_KEY is required"
[ -n "${CERTCTL_AGENT_ID:-}" ] || fatal "CERTCTL_AGENT_ID is required; register an agent first"
case ${CERTCTL_SERVER_URL:-} in https://*) ;; *) fatal "server URL must be https" ;; esac
ca=${CERTCTL_SERVER_CA_BUNDLE_PATH:-}
if [ -n "$ca" ]; then
  grep -q 'BEGIN CERTIFICATE' "$ca" 2>/dev/null || fatal "CA bundle $ca is not a readable PEM file"
fi
keys=${CERTCTL_KEY_DIR:-/var/lib/certctl/keys}
mkdir -p "$keys" 2>/dev/null || fatal "cannot create key dir $keys"
chmod 0700 "$keys" 2>/dev/null || report "warn: cannot chmod key dir $keys"

status=$(printf 'header = "Authorization: Bearer %s"\n' "$CERTCTL_API_KEY" | curl --config - --silent \
  --output /dev/null --write-out '%{http_code}' --cacert "$ca" --request POST \
  "${CERTCTL_SERVER_URL%/}/api/v1/agents/$CERTCTL_AGENT_ID/heartbeat")
report "heartbeat: $status"
if [ "$status" = 410 ]; then
  report "exit: retired"
  exit 0
fi

# One CSR job: harden the folder, then write the key owner-only.
mode=$(stat -c %a "$keys")
if [ $((0$mode & 077)) -ne 0 ] && ! chmod 0700 "$keys" 2>/dev/null; then
  report "csr: failed: key dir hardening failed: chmod $keys (mode $mode, owner $(stat -c %u "$keys"))"
else
  (umask 077 && printf 'EC PRIVATE KEY\n' >"$keys/mc-stub.key") && report "csr: ok"
fi
report "keydir: $(stat -c '%a %u' "$keys")"

# The shell runs a trap only once its foreground command ends: asleep in the background, with the
# `wait` that a signal interrupts, it stops at once, as the agent does.
nap=
trap 'report "exit: stopped"; [ -z "$nap" ] || kill "$nap" 2>/dev/null; exit 0' TERM
report "running"
while :; do
  sleep 1 &
  nap=$!
  wait "$nap"
done
