#!/usr/bin/env bash
# Import throughput: a practice's register (patients with 50 entries each) sent to the practice integration API as
# FHIR R4 bundles of 50 patients, then sent again (all unchanged). Embedded Derby by default; PostgreSQL (started by
# the bench itself) with BENCH_DB=postgresql. Usage: bench/import.sh [patients, default 1000]. Numbers go to
# docs/benchmarks.md.
db_opts=""
[ "${BENCH_DB:-derby}" = postgresql ] && db_opts="-Dcitizen.it.db=postgresql"
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-} $db_opts" exec "$(dirname "$0")/distribution-main.sh" ImportBench "${1:-1000}"
