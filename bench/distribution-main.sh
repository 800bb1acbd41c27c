#!/usr/bin/env bash
# Builds the project and runs a benchmark main class of the distribution's test code against the built layout:
# bench/distribution-main.sh <class in org.citizenservices.it.bench> [arguments...]. Used by api.sh and appointments.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
main=$1
shift
./mvnw -B -q -DskipTests install
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
./mvnw -B -q -pl distribution dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
./mvnw -B -q -pl distribution test-compile
java ${BENCH_JAVA_OPTS:-} -Xmx1g -Dcitizen.layout=distribution/target/citizen-services \
  -cp "distribution/target/test-classes:$(cat "$cp_file")" \
  -Dlogback.configurationFile=distribution/target/citizen-services/conf/logback.xml \
  "org.citizenservices.it.bench.$main" "$@" 2>&1 | grep -v ' INFO \| WARN '
