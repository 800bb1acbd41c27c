#!/usr/bin/env bash
# Core benchmark: Argon2id cost, sign-in, and what a signed-in page asks the core (access decisions, acting-for
# list, session check), on a real Derby database with the demo practice and production hashing settings.
# Usage: bench/core.sh [rounds]. Prints one line per measure; docs/benchmarks.md records results.
set -euo pipefail
cd "$(dirname "$0")/.."
# built in the reactor, never installed: a bench must not replace the SNAPSHOTs in the shared ~/.m2 (offline: MAVEN_ARGS=-o)
./mvnw -B -q -DskipTests -pl platform/core -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp_file=platform/core/target/bench.classpath
java -cp "platform/core/target/test-classes:platform/core/target/classes:$(cat "$cp_file")" \
  org.citizenservices.core.bench.CoreBench "${1:-2000}" 2>&1 | grep -v ' INFO \| WARN '
