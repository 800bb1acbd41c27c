#!/usr/bin/env bash
# Start-up benchmark with all five capability modules and the demo practice (issue 26):
#   0. once, the first start of a new installation (no class-data archive yet; its stop records one);
#   1. first start on a fresh data folder, --demo: JVM start -> /health 200 with all five modules ACTIVE;
#   2. restart on that data folder (database migrated, demo seeded).
# Usage: bench/startup.sh [rounds]   (build first: ./mvnw -B -DskipTests package)
# Each round uses a new data folder; prints every round and the median. The host's own start-up log lines
# ("Start-up: ...") say where the time went; they are printed for the last round.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
dist=distribution/target/citizen-services
[ -x "$dist/bin/citizen-services" ] || { echo "build first: ./mvnw -B -DskipTests package" >&2; exit 1; }
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; cp "$work/host.log" /tmp/startup-host.log 2>/dev/null; rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])')
now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
# the probe itself must stay light: two cores, and a Python per poll took a good part of one
all_active() {
  local health
  health=$(curl -s --max-time 1 "http://localhost:$port/health" 2>/dev/null) || return 1
  case "$health" in '{"status":"UP"'*) ;; *) return 1 ;; esac
  [ "$(grep -o '"state":"ACTIVE"' <<< "$health" | wc -l)" -eq 5 ]
}
start_host() {
  "$dist/bin/citizen-services" --demo --port "$port" --data "$work/data" --deploy "$work/deploy" \
    >> "$work/host.log" 2>&1 &
  pid=$!
  until all_active; do sleep 0.05; done
}
stop_host() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

fresh() {
  rm -rf "$work/data" "$work/deploy" "$work/host.log"; mkdir -p "$work/deploy"
  cp "$dist"/deploy/*.jar "$dist"/modules-available/citizen-services-online-consultations-*.jar "$work/deploy/"
}

rm -rf "$dist/cds"; fresh
t=$(now); start_host; installed=$(ms "$t" "$(now)"); stop_host
echo "new installation (no class-data archive yet): first start $installed ms"
firsts=(); restarts=()
for round in $(seq "$rounds"); do
  fresh
  t=$(now); start_host; firsts+=("$(ms "$t" "$(now)")"); stop_host
  t=$(now); start_host; restarts+=("$(ms "$t" "$(now)")"); stop_host
  echo "round $round: first start ${firsts[-1]} ms, restart ${restarts[-1]} ms"
done
echo "first start, fresh data, --demo, five modules -> /health 200, all ACTIVE: median $(printf '%s\n' "${firsts[@]}" | median) ms"
echo "restart on existing data -> /health 200, all ACTIVE: median $(printf '%s\n' "${restarts[@]}" | median) ms"
grep -h "Start-up\|active in" "$work/host.log" | tail -20 || true
