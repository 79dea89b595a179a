#!/usr/bin/env bash
# Start Debian's PostgreSQL on loopback and create the test database; prints the URL to use.
# Usage: eval "$(bash scripts/start-test-postgres.sh)"   -> exports ORDREVIEW_TEST_PG_URL
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "start-test-postgres: PostgreSQL is not installed (run scripts/install-system-deps.sh)" >&2
  exit 1
fi
ver=$(ls /etc/postgresql | sort -V | tail -n 1)
if [ -z "$ver" ]; then
  ver=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  pg_createcluster "$ver" main >/dev/null
fi
pg_ctlcluster "$ver" main start >/dev/null 2>&1 || true
for _ in $(seq 1 30); do
  su postgres -c "psql -qAt -c 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -qAt -c \"select 1 from pg_roles where rolname='ordreview'\"" | grep -q 1 \
  || su postgres -c "psql -q -c \"create role ordreview login password 'ordreview'\"" >/dev/null
su postgres -c "psql -qAt -c \"select 1 from pg_database where datname='ordreview_test'\"" | grep -q 1 \
  || su postgres -c "createdb -O ordreview ordreview_test" >/dev/null
echo "export ORDREVIEW_TEST_PG_URL=postgresql+psycopg://ordreview:ordreview@127.0.0.1:5432/ordreview_test"
