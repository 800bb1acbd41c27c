#!/usr/bin/env bash
# Patient API benchmark: requests/s and p50/p99 of POST /sessions and a per-patient GET on the real host (demo
# practice, appointments module), against a bare Jetty servlet returning the GET's exact bytes in the same run.
# Usage: bench/api.sh [client-threads] [seconds per measure] [seconds of warm-up before each] [alternating rounds].
# Numbers go to docs/benchmarks.md.
exec "$(dirname "$0")/distribution-main.sh" ApiBench "${1:-8}" "${2:-10}" "${3:-20}" "${4:-5}"
