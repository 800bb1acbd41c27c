#!/usr/bin/env bash
# GP Connect benchmark: $gpc.getstructuredrecord (every section) for Jane and for a 10 000-entry record, and one day's
# free slots through GP Connect's GET Slot against the IM1-style API, alternating, on the real host with NHS login
# tokens from a provider running in the process. One request at a time after a warm-up of as many.
# Usage: bench/gp-connect.sh [requests per measure]. Numbers go to docs/benchmarks.md.
exec "$(dirname "$0")/distribution-main.sh" GpConnectBench "${1:-200}"
