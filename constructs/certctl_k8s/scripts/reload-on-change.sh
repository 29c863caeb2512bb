#!/bin/sh
# reload-on-change.sh - sidecar of the certctl server pod. The server reloads
# its TLS key pair only on SIGHUP, so this polls the mounted Secret files and
# sends SIGHUP to the server when their contents change. Contents are hashed
# because Kubernetes updates Secret volumes by swapping a ..data symlink, which
# leaves the visible files' own mtimes meaningless. The pod needs
# shareProcessNamespace: true and this container must run as the server's uid.
#
# Environment:
#   WATCH_FILES              space-separated files to watch (required)
#   RELOAD_PROCESS           process to signal: a path is compared with argv[0],
#                            a bare name with argv[0]'s basename (default /app/server)
#   RELOAD_INTERVAL_SECONDS  poll interval, fractions allowed (default 30)
#   RELOAD_PROC_ROOT         procfs to scan for the process (default /proc)
#   RELOAD_MAX_CHECKS        stop after this many checks, for tests (default 0 = never)
#
# The first readable state of the files is the baseline: the server loaded it at
# start. While a file is unreadable it is logged and the baseline is kept. If no
# process could be signalled the baseline is kept too, so the reload is retried
# on the next check rather than lost.
#
# Exit codes: 0 RELOAD_MAX_CHECKS reached or terminated; 2 invalid configuration.
set -u

log() { printf 'reload-on-change: %s\n' "$*" >&2; }
config_error() { log "$*"; exit 2; }

watch_files=${WATCH_FILES:-}
process=${RELOAD_PROCESS:-/app/server}
interval=${RELOAD_INTERVAL_SECONDS:-30}
proc_root=${RELOAD_PROC_ROOT:-/proc}
max_checks=${RELOAD_MAX_CHECKS:-0}

[ -n "$watch_files" ] || config_error "WATCH_FILES must be set"
printf '%s\n' "$interval" | grep -Eqx '[0-9]+(\.[0-9]+)?' ||
  config_error "RELOAD_INTERVAL_SECONDS must be a number of seconds, got '$interval'"
printf '%s\n' "$max_checks" | grep -Eqx '[0-9]+' ||
  config_error "RELOAD_MAX_CHECKS must be a non-negative integer, got '$max_checks'"

# Not PID 1 in a shared process namespace, but exit promptly on TERM anyway:
# the trap runs as soon as the backgrounded sleep is interrupted.
trap 'exit 0' TERM INT

# fingerprint: set FINGERPRINT to the files' sha256 sums; fails if one is unreadable.
fingerprint() {
  FINGERPRINT=
  set -f # WATCH_FILES is split on spaces, never globbed
  # shellcheck disable=SC2086
  set -- $watch_files
  set +f
  for file; do
    sum=$(sha256sum 2>/dev/null <"$file") || {
      log "cannot read $file; checking again in ${interval}s"
      return 1
    }
    FINGERPRINT="$FINGERPRINT ${sum%% *}"
  done
}

# signal_server: SIGHUP every process matching RELOAD_PROCESS; fails if none was signalled.
signal_server() {
  signalled=0
  for dir in "$proc_root"/[0-9]*; do
    pid=${dir##*/}
    argv0=$(tr '\0' '\n' 2>/dev/null <"$dir/cmdline" | head -n 1)
    case $process in
      */*) [ "$argv0" = "$process" ] || continue ;;
      *) [ "${argv0##*/}" = "$process" ] || continue ;;
    esac
    if err=$(kill -HUP "$pid" 2>&1); then
      log "certificate changed; sent SIGHUP to pid $pid"
      signalled=1
    else
      log "certificate changed but SIGHUP to pid $pid failed: $err"
    fi
  done
  [ "$signalled" -eq 1 ] && return 0
  log "certificate changed but no running process matches $process; retrying in ${interval}s"
  return 1
}

baseline=
checks=0
while :; do
  if fingerprint; then
    if [ -z "$baseline" ]; then
      baseline=$FINGERPRINT
      log "watching $watch_files every ${interval}s for $process"
    elif [ "$FINGERPRINT" != "$baseline" ]; then
      changed=$FINGERPRINT
      # Re-read so a swap caught between two files (new cert, old key) is not signalled.
      if fingerprint && [ "$FINGERPRINT" = "$changed" ] && signal_server; then
        baseline=$changed
      fi
    fi
  fi
  checks=$((checks + 1))
  [ "$max_checks" -gt 0 ] && [ "$checks" -ge "$max_checks" ] && exit 0
  sleep "$interval" &
  wait $!
done
