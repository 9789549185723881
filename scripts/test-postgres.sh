#!/usr/bin/env bash
# Makes a PostgreSQL database for the workspace tests and prints its URL (for TEST_DATABASE_URL).
# Run as root on Debian: installs the postgresql package if missing, starts its cluster if it is
# down, and creates the role and database ws_test (password ws_test, on 127.0.0.1 only) once.
# Usage: TEST_DATABASE_URL="$(bash scripts/test-postgres.sh)" npx jest __tests__/workspace
set -euo pipefail
if ! command -v pg_lsclusters >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2 ||
    { apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2; }
fi
read -r version cluster _ status _ < <(pg_lsclusters --no-header | head -n 1)
if [ "$status" != "online" ]; then pg_ctlcluster "$version" "$cluster" start >&2; fi
as_postgres() { su postgres -c "$1"; }
if ! as_postgres "psql -Atc \"SELECT 1 FROM pg_roles WHERE rolname = 'ws_test'\"" | grep -q 1; then
  as_postgres "psql -qc \"CREATE ROLE ws_test LOGIN PASSWORD 'ws_test'\"" >&2
fi
if ! as_postgres "psql -Atc \"SELECT 1 FROM pg_database WHERE datname = 'ws_test'\"" | grep -q 1; then
  as_postgres "createdb -O ws_test ws_test" >&2
fi
port=$(pg_lsclusters --no-header | head -n 1 | awk '{print $3}')
echo "postgres://ws_test:ws_test@127.0.0.1:${port}/ws_test"
