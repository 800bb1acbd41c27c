#!/usr/bin/env bash
# Core benchmark: Argon2id cost, sign-in, and what a signed-in page asks the core (access decisions, acting-for
# list, session check), on a real Derby database with the demo practice and production hashing settings.
# Usage: bench/core.sh [rounds]. Prints one line per measure; docs/benchmarks.md records results.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests -pl platform/core -am install
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
./mvnw -B -q -pl platform/core dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
./mvnw -B -q -pl platform/core test-compile
java -cp "platform/core/target/test-classes:platform/core/target/classes:$(cat "$cp_file")" \
  org.citizenservices.core.bench.CoreBench "${1:-2000}" 2>&1 | grep -v ' INFO \| WARN '
