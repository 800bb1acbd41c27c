#!/usr/bin/env bash
# Platform benchmark: cold start to first HTTP 200, hot-deploy and undeploy latency, heap after start.
# Usage: bench/platform.sh [rounds]   (build first: ./mvnw -B -DskipTests package)
# Prints one line per measure; docs/benchmarks.md records results. Timings are wall-clock from this script's
# point of view (jar moved into deploy/ -> /health says ACTIVE), polled every 10 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-10}
dist=distribution/target/citizen-services
[ -x "$dist/bin/citizen-services" ] || { echo "build first: ./mvnw -B -DskipTests package" >&2; exit 1; }
jar=$(ls "$dist"/deploy/citizen-services-appointments-*.jar)
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])')
now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
health() { curl -s --max-time 1 "http://localhost:$port/health" || true; }
wait_for() { until health | grep -q "$1"; do sleep 0.01; done; }
wait_without() { while health | grep -q "$1"; do sleep 0.01; done; }
stats() { sort -n | awk '{a[NR]=$1} END {printf "median %d ms, p90 %d ms, max %d ms (n=%d)\n", a[int((NR+1)/2)], a[int(NR*0.9+0.5)], a[NR], NR}'; }

mkdir -p "$work/deploy"
# 1. cold start: a new JVM, an empty data folder (database created), the appointments module already deployed
cp "$jar" "$work/deploy/"
start=$(now)
"$dist/bin/citizen-services" --port "$port" --data "$work/data" --deploy "$work/deploy" > "$work/host.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "http://localhost:$port/health"; do sleep 0.01; done
echo "cold start to first 200 on /health (new database, 1 module): $(ms "$start" "$(now)") ms"
first=$(now); curl -sf -o /dev/null "http://localhost:$port/"; echo "first portal page (bootstrap HTML): $(ms "$first" "$(now)") ms"

# 2. heap in use after start, after a full GC
jcmd "$pid" GC.run > /dev/null
heap=$(jcmd "$pid" GC.heap_info | awk '/used/ {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub("K,?","",v); print int(v/1024); exit}}')
echo "heap used after start and full GC: ${heap} MiB; RSS $(( $(ps -o rss= -p "$pid") / 1024 )) MiB"

# 3. undeploy/deploy latency, measured over rounds
rm "$work/deploy/$(basename "$jar")"; wait_without '"appointments"'
deploys=(); undeploys=()
for _ in $(seq "$rounds"); do
  cp "$jar" "$work/part"; t=$(now); mv "$work/part" "$work/deploy/$(basename "$jar")"
  wait_for '"id":"appointments"[^}]*"ACTIVE"'; deploys+=("$(ms "$t" "$(now)")")
  t=$(now); rm "$work/deploy/$(basename "$jar")"
  wait_without '"appointments"'; undeploys+=("$(ms "$t" "$(now)")")
done
echo "deploy (jar moved into deploy/ -> ACTIVE): $(printf '%s\n' "${deploys[@]}" | stats)"
echo "undeploy (jar deleted -> gone from health): $(printf '%s\n' "${undeploys[@]}" | stats)"

# 4. restart on the existing database, module deployed: the everyday start
cp "$jar" "$work/deploy/"; wait_for '"id":"appointments"[^}]*"ACTIVE"'
kill "$pid"; wait "$pid" 2>/dev/null || true
start=$(now)
"$dist/bin/citizen-services" --port "$port" --data "$work/data" --deploy "$work/deploy" >> "$work/host.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "http://localhost:$port/health"; do sleep 0.01; done
echo "restart to first 200 on /health (existing database, 1 module): $(ms "$start" "$(now)") ms"
