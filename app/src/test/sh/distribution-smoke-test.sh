#!/bin/sh
# Runs the packaged command line with no display, as a user would: help, demo, info, and a usage error.
set -eu
dist=$1
data=$2
rm -rf "$data"
unset DISPLAY || true
"$dist/bin/irwatch" --help | grep -q "info"
"$dist/bin/irwatch" --data-dir "$data" demo | grep -q "Demo data loaded"
"$dist/bin/irwatch" --data-dir "$data" info | grep -q "Home Office sponsor register"
status=0
"$dist/bin/irwatch" no-such-command 2>/dev/null || status=$?
[ "$status" -eq 2 ] || { echo "expected exit 2 for a usage error, got $status" >&2; exit 1; }
echo "distribution smoke test passed"
