#!/bin/sh
# Install the Debian packages the tests use, where this machine allows it: as root, with apt-get.
# Elsewhere it only reports what is missing; the tests that need a missing program fail and say
# what to install. Usage: tools/system-packages.sh [--check]
#
#   Debian package -> program the tests run: what for
#   - busybox -> busybox: the pod scripts, run with BusyBox applets as in the certctl images
#   - curl -> curl: the pod scripts' HTTPS calls (the certctl images install curl beside BusyBox)
#   - perl -> perl: the stand-in for certctl's server binary in the pod harness
#   - openssl -> openssl: that stand-in's check that the TLS certificate matches its key
#   - postgresql -> initdb, pg_ctl, pg_dump: the backup restore drill
#   - prometheus -> promtool: the alert rules check and their unit tests
#   - ShellCheck's package -> shellcheck: make lint, and a test over the pod scripts
#   - python3-venv, python3-dev, libpq-dev, gcc -> .s3-venv (the Makefile): Debian's Python, which
#     every user can run, for the S3 drills' AWS CLI, moto and Barman Cloud; psycopg2 builds with
#     the rest
#   - libnss-wrapper -> libnss_wrapper.so: initdb under a user /etc/passwd lacks, as the postgres
#     image runs it on OpenShift
#   - etcd-server -> etcd: the store behind the test kube-apiserver (tests/support/kube_cluster.py)
#   - gdb -> gdb: holding a pod script at the moment it goes to sleep, to signal it there
#     (tests/support/gdb.py)
set -u

missing=
need() { # need PACKAGE PROGRAM
  if command -v "$2" >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/"$2" >/dev/null 2>&1 ||
    ls /usr/lib/*/"$2" >/dev/null 2>&1; then
    return 0
  fi
  missing="$missing $1"
}
need busybox busybox
need curl curl
need perl perl
need openssl openssl
need shellcheck shellcheck
need postgresql pg_ctl
need prometheus promtool
need python3-dev python3-config
need gcc gcc
[ -e /usr/include/postgresql/libpq-fe.h ] || missing="$missing libpq-dev"
/usr/bin/python3 -c 'import ensurepip' >/dev/null 2>&1 || missing="$missing python3-venv"
need libnss-wrapper libnss_wrapper.so
need etcd-server etcd
need gdb gdb

[ -n "$missing" ] || exit 0
if [ "${1:-}" = --check ] || [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "system packages missing:$missing (install them as root with apt-get; the tests that need them fail)" >&2
  exit 0
fi
echo "installing system packages:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
# shellcheck disable=SC2086 # the list is split on purpose
apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing >/dev/null ||
  echo "apt-get could not install:$missing (the tests that need them fail)" >&2
