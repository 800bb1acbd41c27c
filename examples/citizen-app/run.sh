#!/bin/sh
# Builds the reference citizen app and starts it at http://localhost:8090/ (pass --port N to change), in its own
# process, against the portal at http://localhost:8080/ (start that first with ./run.sh) as the demo's registered
# app. Its own accounts live in examples/citizen-app/citizen-app-data; Ctrl+C stops it.
set -eu
cd "$(dirname "$0")/../.."
./mvnw -B -q -DskipTests -pl examples/citizen-app -am package
cd examples/citizen-app
exec java -Dlogback.configurationFile=citizen-app-logback.xml -jar target/citizen-services-example-citizen-app-*.jar --data ./citizen-app-data "$@"
