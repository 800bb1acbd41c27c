#!/bin/sh
# Builds Citizen Services (tests skipped) and starts the portal on embedded Derby with the demo practice,
# at http://localhost:8080/ (pass --port N to change). Data lives in ./data; Ctrl+C stops it.
set -eu
cd "$(dirname "$0")"
./mvnw -B -q -DskipTests package
exec distribution/target/citizen-services/bin/citizen-services --demo --data ./data "$@"
