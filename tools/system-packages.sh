#!/bin/sh
# Install the Debian packages the tests use, where this machine allows it: as root, with apt-get.
# Elsewhere it only reports what is missing; the tests that need a missing program skip and say
# why. Usage: tools/system-packages.sh [--check]
#
#   Debian package -> program the tests run: what for
#   - busybox -> busybox: the pod scripts, run with BusyBox applets as in the certctl images
#   - curl -> curl: the pod scripts' HTTPS calls (the certctl images install curl beside BusyBox)
#   - perl -> perl: the stand-in for certctl's server binary in the pod harness
#   - openssl -> openssl: that stand-in's check that the TLS certificate matches its key
#   - postgresql -> initdb, pg_ctl, pg_dump: the backup restore drill
#   - prometheus -> promtool: the alert rules check and their unit tests
#   - ShellCheck's package -> shellcheck: make lint, and a test over the pod scripts
set -u

missing=
need() { # need PACKAGE PROGRAM
  if command -v "$2" >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/"$2" >/dev/null 2>&1; then
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

[ -n "$missing" ] || exit 0
if [ "${1:-}" = --check ] || [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "system packages missing:$missing (install them as root with apt-get; the tests that need them skip)" >&2
  exit 0
fi
echo "installing system packages:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
# shellcheck disable=SC2086 # the list is split on purpose
apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing >/dev/null ||
  echo "apt-get could not install:$missing (the tests that need them skip)" >&2
