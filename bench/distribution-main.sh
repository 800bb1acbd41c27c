#!/usr/bin/env bash
# Builds the project and runs a benchmark main class of the distribution's test code against the built layout:
# bench/distribution-main.sh <class in org.citizenservices.it.bench> [arguments...]. Used by api.sh and appointments.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
main=$1
shift
# built in the reactor, never installed: a bench must not replace the SNAPSHOTs in the shared ~/.m2 (offline: MAVEN_ARGS=-o)
./mvnw -B -q -DskipTests test-compile package dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp_file=distribution/target/bench.classpath
java ${BENCH_JAVA_OPTS:-} -Xmx1g -Dcitizen.layout=distribution/target/citizen-services \
  -cp "distribution/target/test-classes:$(cat "$cp_file")" \
  -Dlogback.configurationFile=distribution/target/citizen-services/conf/logback.xml \
  "org.citizenservices.it.bench.$main" "$@" 2>&1 | grep -v ' INFO \| WARN '
