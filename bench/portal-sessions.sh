#!/usr/bin/env bash
# Portal session benchmark: heap per signed-in citizen portal session on the real host (demo practice, all four
# modules). A second JVM plays the browsers, speaking Vaadin's own protocol (sign-in form, push WebSocket, unload
# beacon, signed-in home page); heap used after full GCs with no session and with the sessions open, in rounds.
# Usage: bench/portal-sessions.sh [sessions per round] [rounds] [client threads] [push true|false] [warm-up sessions].
# Numbers go to docs/benchmarks.md.
exec "$(dirname "$0")/distribution-main.sh" PortalSessionBench "${1:-1000}" "${2:-3}" "${3:-4}" "${4:-true}" "${5:-200}"
