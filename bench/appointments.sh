#!/usr/bin/env bash
# Booking benchmark: N clients (default 200), each its own patient with a linked app, race for 50 slots per round
# through POST /appointments on the real host (every round must end with exactly 50 bookings), against the same
# database work on a bare Derby database in the same run. Warm-up rounds (default 10) are not counted.
# Usage: bench/appointments.sh [clients] [counted rounds] [warm-up rounds]. Numbers go to docs/benchmarks.md.
exec "$(dirname "$0")/distribution-main.sh" BookingBench "${1:-200}" "${2:-10}" "${3:-10}"
