#!/usr/bin/env bash
# Patient API benchmark: requests/s and p50/p99 of POST /sessions and a per-patient GET on the real host (demo
# practice, appointments module), against a bare Jetty servlet returning the GET's exact bytes in the same run.
# Usage: bench/api.sh [client-threads] [seconds-per-measure]. Numbers go to docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests install
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
./mvnw -B -q -pl distribution dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
./mvnw -B -q -pl distribution test-compile
java ${BENCH_JAVA_OPTS:-} -Xmx1g -Dcitizen.layout=distribution/target/citizen-services -cp "distribution/target/test-classes:$(cat "$cp_file")" \
  -Dlogback.configurationFile=distribution/target/citizen-services/conf/logback.xml \
  org.citizenservices.it.bench.ApiBench "${1:-8}" "${2:-10}" 2>&1 | grep -v ' INFO \| WARN '
