#!/usr/bin/env bash
# View Record benchmark: the first page of each section of a 10 000-entry record through the patient API on the real
# host (Arthur Elder's demo record grown to 10 000 entries, level FULL), one request at a time after a warm-up.
# Usage: bench/record.sh [requests per measure]. Numbers go to docs/benchmarks.md.
exec "$(dirname "$0")/distribution-main.sh" RecordBench "${1:-300}"
