#!/bin/sh
# backup-postgres.sh - the backup CronJob. Two steps, each run in its own
# container so each holds only its own secret:
#
#   dump    (postgres image) pg_dump --format=custom of certctl's database into
#           BACKUP_DIR as certctl-<UTC time>.dump. The dump is written under a
#           hidden temporary name, checked with pg_restore --list, and only then
#           renamed, so a failed or interrupted run never leaves a file that
#           looks like a backup. With BACKUP_KEEP, all but the newest
#           BACKUP_KEEP dumps are then deleted (the pvc sink).
#   upload  (AWS CLI image) copies the dump(s) in BACKUP_DIR, the pod's
#           emptyDir, to s3://BACKUP_S3_BUCKET/BACKUP_S3_PREFIX/ (the s3 sink).
#
# Secrets are read from files into the environment of the one program that
# needs them, never passed as arguments. Needs POSIX sh, cat, date, find, grep,
# mv, rm, wc (BusyBox or coreutils), plus pg_dump and pg_restore, or aws.
#
# Environment of `dump` (the connection itself comes from libpq's PGHOST,
# PGPORT, PGUSER, PGDATABASE, PGSSLMODE, PGSSLROOTCERT):
#   BACKUP_DIR                          existing folder the dump is written to (required)
#   BACKUP_PASSWORD_FILE                file holding the database password (required)
#   BACKUP_KEEP                         dumps to keep in BACKUP_DIR (default: keep every dump)
#   BACKUP_STALE_MINUTES                unfinished dumps older than this are removed (default 120)
# Environment of `upload`:
#   BACKUP_DIR                          folder holding the dump (required)
#   BACKUP_S3_BUCKET                    bucket name, without s3:// (required)
#   BACKUP_S3_PREFIX                    key prefix inside the bucket (default: none)
#   BACKUP_AWS_ACCESS_KEY_ID_FILE       file holding the AWS access key id (required)
#   BACKUP_AWS_SECRET_ACCESS_KEY_FILE   file holding the AWS secret access key (required)
#   AWS_DEFAULT_REGION                  read by aws itself, when set
#
# Exit codes: 0 done; 1 the dump, its check or the upload failed; 2 invalid
# configuration.
set -u
script=backup-postgres
umask 077 # a dump holds key hashes, sessions and encrypted credentials

say() { printf '%s: %s\n' "$script" "$*" >&2; }
stop() { # stop CODE MESSAGE...
  code=$1
  shift
  say "$@"
  exit "$code"
}

# needs NAME...: stop with 2 naming the first variable that is unset or empty.
needs() {
  for name; do
    eval "given=\${$name:-}"
    [ -n "$given" ] || stop 2 "$name must be set"
  done
}

is_count() {
  case $1 in
    '' | *[!0-9]* | 0*) return 1 ;;
  esac
}

# secret_from NAME FILE: export NAME with the content of FILE.
secret_from() {
  [ -r "$2" ] || stop 2 "cannot read $2 (the secret for $1)"
  value=$(cat "$2") || stop 1 "cannot read $2"
  [ -n "$value" ] || stop 2 "$2 is empty (the secret for $1)"
  export "$1=$value"
}

# run PROGRAM ARGS...: run it in the background and wait, so a TERM sent to
# this shell (PID 1 in the pod) stops it at once instead of after the program.
child=
run() {
  "$@" &
  child=$!
  wait "$child"
  status=$?
  child=
  return "$status"
}
trap '[ -z "$child" ] || kill "$child" 2>/dev/null; exit 143' TERM
trap '[ -z "$child" ] || kill "$child" 2>/dev/null; exit 130' INT

folder() {
  dir=${BACKUP_DIR%/}
  [ -d "$dir" ] || stop 2 "BACKUP_DIR $dir is not a folder"
}

dump() {
  needs BACKUP_DIR BACKUP_PASSWORD_FILE
  folder
  keep=${BACKUP_KEEP:-}
  [ -z "$keep" ] || is_count "$keep" || stop 2 "BACKUP_KEEP must be a positive integer, got '$keep'"
  stale=${BACKUP_STALE_MINUTES:-120}
  is_count "$stale" || stop 2 "BACKUP_STALE_MINUTES must be a positive integer, got '$stale'"
  secret_from PGPASSWORD "$BACKUP_PASSWORD_FILE"

  name=certctl-$(date -u +%Y%m%dT%H%M%SZ).dump
  final=$dir/$name
  partial=$dir/.$name.partial
  [ ! -e "$final" ] || stop 1 "$final exists already; not overwriting it"
  trap 'rm -f "$partial"' EXIT
  say "dumping database ${PGDATABASE:-} at ${PGHOST:-}:${PGPORT:-5432} with $(pg_dump --version)"
  run pg_dump --format=custom --no-owner --no-acl --file="$partial" || stop 1 "pg_dump failed; no dump kept"
  contents=$(pg_restore --list "$partial") || stop 1 "pg_restore cannot read the dump; not kept"
  tables=$(printf '%s\n' "$contents" | grep -c ' TABLE DATA ')
  mv -f "$partial" "$final" || stop 1 "cannot rename the dump to $final"
  trap - EXIT
  say "wrote $final ($(wc -c <"$final") bytes, data of $tables tables)"

  # A dump left unfinished by a killed run (SIGKILL, a lost node) is older than
  # any run still going: the CronJob never overlaps and runs have a deadline.
  find "$dir" -maxdepth 1 -name '.certctl-*.dump.partial' -mmin "+$stale" -exec rm -f {} \; ||
    say "could not remove unfinished dumps older than $stale minutes"
  [ -z "$keep" ] || prune
}

# prune: delete all but the newest $keep dumps. Names hold the UTC time,
# so the glob's order is oldest first; other files in the folder are left alone.
prune() {
  set -- "$dir"/certctl-[0-9]*T[0-9]*Z.dump
  excess=$(($# - keep))
  while [ "$excess" -gt 0 ]; do
    rm -f "$1" || stop 1 "cannot delete the old dump $1"
    say "deleted $1 (keeping the newest $keep)"
    shift
    excess=$((excess - 1))
  done
}

upload() {
  needs BACKUP_DIR BACKUP_S3_BUCKET BACKUP_AWS_ACCESS_KEY_ID_FILE BACKUP_AWS_SECRET_ACCESS_KEY_FILE
  folder
  secret_from AWS_ACCESS_KEY_ID "$BACKUP_AWS_ACCESS_KEY_ID_FILE"
  secret_from AWS_SECRET_ACCESS_KEY "$BACKUP_AWS_SECRET_ACCESS_KEY_FILE"
  prefix=${BACKUP_S3_PREFIX:-}
  prefix=${prefix%/}
  set -- "$dir"/certctl-[0-9]*T[0-9]*Z.dump
  [ -f "$1" ] || stop 1 "no dump in $dir to upload"
  for file; do
    target=s3://$BACKUP_S3_BUCKET/${prefix:+$prefix/}${file##*/}
    say "uploading $file ($(wc -c <"$file") bytes) to $target"
    run aws s3 cp --only-show-errors "$file" "$target" || stop 1 "the upload to $target failed"
  done
  say "uploaded $# dump(s)"
}

case ${1:-} in
  dump) dump ;;
  upload) upload ;;
  *) stop 2 "usage: backup-postgres.sh dump|upload" ;;
esac
