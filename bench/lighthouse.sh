#!/usr/bin/env bash
# Lighthouse mobile scores of the citizen pages: builds the distribution, starts it on embedded Derby with the demo
# practice and its four modules on a free port, and runs Lighthouse 12 (npm, pinned in bench/lighthouse/package.json)
# against Debian's chromium: accessibility, best practices and performance (simulated slow 4G on a mid-range phone),
# first and largest contentful paint, blocking time and bytes, signed out and signed in as Jane Demo.
# Needs Node.js 18 or later, npm (the npm registry) and chromium. Usage: bench/lighthouse.sh [--no-build].
# Numbers go to docs/benchmarks.md; each page's whole report to target/lighthouse/<page>.json (LIGHTHOUSE_OUT).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != "--no-build" ]; then
  ./mvnw -B -q -DskipTests package -pl distribution -am
fi
(cd bench/lighthouse && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --silent)
# LIGHTHOUSE_HOME: another built distribution to audit (an earlier commit's, for a before-and-after)
home=${LIGHTHOUSE_HOME:-distribution/target/citizen-services}
work=$(mktemp -d)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("", 0)); print(s.getsockname()[1])')
cp -r "$home/deploy" "$work/deploy"
"$home/bin/citizen-services" --demo --port "$port" --data "$work/data" --deploy "$work/deploy" > "$work/portal.log" 2>&1 &
portal=$!
trap 'kill $portal 2>/dev/null; wait $portal 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do
  if curl -sf "http://localhost:$port/health" | grep -q '"UP"'; then break; fi
  sleep 1
done
curl -sf "http://localhost:$port/health" | grep -q '"UP"' || { tail -30 "$work/portal.log"; exit 1; }
node bench/lighthouse/audit.mjs "http://localhost:$port" "${LIGHTHOUSE_OUT:-target/lighthouse}"
