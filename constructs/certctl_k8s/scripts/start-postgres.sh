#!/bin/sh
# start-postgres.sh - the bundled PostgreSQL's start (the StatefulSet's command): give certctl's
# role the password of the mounted Secret, then hand over to the image's own entrypoint.
# POSIX sh with BusyBox; needs pg_ctl and psql, as the postgres image has them.
#
# The image binds the password once, when its entrypoint runs initdb on an empty data directory
# (docker-library/postgres 16/alpine3.23/docker-entrypoint.sh:242-247, 342); later starts skip
# that, so a changed Secret would leave the server and the database disagreeing. On an
# initialized data directory this script first starts PostgreSQL on its Unix socket only (no TCP
# listener, as the entrypoint's own temporary server: docker-entrypoint.sh:285-306), sets the
# role's password from the file through that socket (local connections are trusted), and stops
# it; then `docker-entrypoint.sh ARGS` starts the server that clients reach. So a rotation is:
# change the Secret, restart this pod, restart the server.
#
#   start-postgres.sh postgres [-c name=value ...]
#
# Environment (the image's): PGDATA, PGPORT, POSTGRES_USER, POSTGRES_PASSWORD_FILE;
# PGHOST, the socket directory; START_TIMEOUT_SECONDS, how long the socket-only start may take
# (crash recovery happens there; default 600).
set -eu

script=start-postgres
log() { printf '%s: %s\n' "$script" "$*" >&2; }

if [ -s "$PGDATA/PG_VERSION" ]; then
  log "setting the password of role $POSTGRES_USER from $POSTGRES_PASSWORD_FILE"
  pg_ctl --pgdata="$PGDATA" --wait --timeout="${START_TIMEOUT_SECONDS:-600}" --silent \
    --options="-c listen_addresses='' -c unix_socket_directories='$PGHOST' -p $PGPORT" start
  status=0
  # psql reads the file itself (a backquoted \set) and quotes it as a literal (:'password'), so
  # the password is in no command line; the statement is kept out of the server's log.
  psql --no-psqlrc --quiet --set=ON_ERROR_STOP=1 --set=role="$POSTGRES_USER" --host="$PGHOST" \
    --port="$PGPORT" --username="$POSTGRES_USER" --dbname=postgres <<'SQL' || status=$?
SET log_statement = 'none';
SET log_min_duration_statement = -1;
\set password `cat "$POSTGRES_PASSWORD_FILE"`
ALTER ROLE :"role" WITH PASSWORD :'password';
SQL
  pg_ctl --pgdata="$PGDATA" --mode=fast --wait --silent stop
  if [ "$status" -ne 0 ]; then
    log "could not set the password (psql exited with $status)"
    exit 1
  fi
fi
exec docker-entrypoint.sh "$@"
