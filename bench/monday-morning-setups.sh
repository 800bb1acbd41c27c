#!/usr/bin/env bash
# The Monday-8am load (bench/monday-morning.sh describes the mix) on the three set-ups of issue 9, nodes started by
# bin/citizen-services as an operator would: one node on embedded Derby, one node on PostgreSQL, two nodes on
# PostgreSQL behind nginx. Needs the local PostgreSQL and nginx that `bash .ci/postgresql-for-tests` and the README
# describe. Usage: bench/monday-morning-setups.sh [users] [seconds] [warm-up seconds] [set-up ...]
# (set-ups: derby postgresql two-nodes; all three by default). Numbers go to docs/benchmarks.md.
exec "$(dirname "$0")/distribution-main.sh" MondayMorningBench "${1:-50}" "${2:-30}" "${3:-20}" "${@:4}"
