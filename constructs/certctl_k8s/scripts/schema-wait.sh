#!/bin/sh
# schema-wait.sh - the waits around certctl's schema migrations, when they run in the migration
# Job (migrations.viaHook; docs/operations.md, Migrations). POSIX sh with BusyBox; the PostgreSQL steps also
# need psql and pg_isready, as the postgres image has them.
#
#   schema-wait.sh list DIR FILE   (server image) write the names of the migrations the image
#                                  ships in DIR into FILE: its *.up.sql files, which certctl
#                                  applies in order (internal/repository/postgres/db.go:224-233)
#   schema-wait.sh database        wait until the database accepts connections: certctl pings it
#                                  once and exits when it cannot (db.go:78-80,
#                                  cmd/server/main.go:157-161)
#   schema-wait.sh migrations FILE wait until certctl's ledger schema_migrations lists every name
#                                  in FILE: certctl records there the file name of each migration
#                                  it applied (db.go:178-181, 312-316)
#
# Environment for the PostgreSQL steps:
#   CERTCTL_DATABASE_URL   the server's database URL (libpq reads PGPASSWORD and PGSSLROOTCERT
#                          beside it, as the server's driver does)
#   WAIT_SECONDS           how long to wait before giving up with exit 1 (default 600)
#   WAIT_INTERVAL_SECONDS  between two tries (default 5)
set -eu

script=schema-wait
log() { printf '%s: %s\n' "$script" "$*" >&2; }
die() { log "$*"; exit 1; }
config_error() { log "$*"; exit 2; }

wait_seconds=${WAIT_SECONDS:-600}
interval=${WAIT_INTERVAL_SECONDS:-5}

started=$(date +%s)

# give_up REASON: exit 1 once the wait has lasted WAIT_SECONDS.
give_up() {
  if [ $(($(date +%s) - started)) -ge "$wait_seconds" ]; then
    die "gave up after ${wait_seconds}s: $1"
  fi
}

list() {
  dir=$1 file=$2
  [ -d "$dir" ] || config_error "no migrations folder $dir in this image (CERTCTL_DATABASE_MIGRATIONS_PATH)"
  names=$(find "$dir" -maxdepth 1 -type f -name '*.up.sql' | sed 's|.*/||' | sort)
  [ -n "$names" ] || config_error "no *.up.sql migrations in $dir"
  printf '%s\n' "$names" > "$file"
  log "this image ships $(printf '%s\n' "$names" | wc -l | tr -d ' ') migrations, the last $(printf '%s\n' "$names" | tail -n 1)"
}

database() {
  [ -n "${CERTCTL_DATABASE_URL:-}" ] || config_error "CERTCTL_DATABASE_URL must be set"
  until pg_isready --quiet --timeout=5 --dbname="$CERTCTL_DATABASE_URL"; do
    give_up "the database does not accept connections"
    log "the database does not accept connections yet; again in ${interval}s"
    sleep "$interval"
  done
  log "the database accepts connections"
}

migrations() {
  file=$1
  [ -n "${CERTCTL_DATABASE_URL:-}" ] || config_error "CERTCTL_DATABASE_URL must be set"
  [ -s "$file" ] || config_error "$file lists no migrations"
  while :; do
    if applied=$(psql --no-psqlrc --quiet --tuples-only --no-align --set=ON_ERROR_STOP=1 \
      --dbname="$CERTCTL_DATABASE_URL" --command='SELECT version FROM schema_migrations' 2>&1); then
      # The names in FILE that the ledger lacks: awk reads the ledger from stdin first, which
      # printf makes one line at least, so NR == FNR holds for the ledger's lines alone.
      missing=$(printf '%s\n' "$applied" | awk 'NR == FNR { applied[$0] = 1; next } !($0 in applied)' - "$file")
      if [ -z "$missing" ]; then
        log "the schema holds every migration of this image ($(wc -l < "$file" | tr -d ' '))"
        return 0
      fi
      reason="the schema lacks $(printf '%s\n' "$missing" | wc -l | tr -d ' ') migration(s) of this image, from $(printf '%s\n' "$missing" | head -n 1)"
    else
      reason="cannot read schema_migrations: $(printf '%s\n' "$applied" | head -n 1)"
    fi
    give_up "$reason; see the migration Job (kubectl get jobs -l app.kubernetes.io/component=migration)"
    log "$reason; waiting for the migration Job, again in ${interval}s"
    sleep "$interval"
  done
}

case ${1:-} in
  list) [ "$#" -eq 3 ] || config_error "usage: $0 list DIR FILE"; list "$2" "$3" ;;
  database) database ;;
  migrations) [ "$#" -eq 2 ] || config_error "usage: $0 migrations FILE"; migrations "$2" ;;
  *) config_error "usage: $0 list DIR FILE | database | migrations FILE" ;;
esac
