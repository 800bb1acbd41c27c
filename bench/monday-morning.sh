#!/usr/bin/env bash
# Monday-8am load on the patient API (issue 9), MondayMorningLoad: N virtual users (default 50), closed loop, each
# linking its own app once to a demo account (Jane Demo, or Carol Carer for Arthur Elder) and then repeating visits:
# sign-in (POST /sessions), slot search (a week from the day after tomorrow), a booking in 40 % of visits (one of the
# ten earliest slots; one retry on 409; cancelled again before the visit ends, since the demo practice lets each of
# its 4 bookable patients hold only 2 future appointments), a record read in 50 % (a section the patient's level
# shows), sign-out (DELETE /sessions/current), think 0-200 ms. Measured for S seconds (default 30) after W seconds of
# warm-up (default 20; the JIT needs about that). Reports per request kind count, req/s, p50/p99/max, the rush's
# expected refusals (409 slot just taken, 409 busy, 422 maximum of future appointments — not errors) and errors (any
# other status, with the statuses seen), plus visits/s. The exact mix is in the class's Javadoc; its ratios are
# system properties, e.g. BENCH_JAVA_OPTS="-Dmonday.bookRatio=0.5 -Dmonday.thinkMaxMs=500" (see Mix.standard()).
#
# Usage: bench/monday-morning.sh [base-url|-] [users] [seconds] [warm-up seconds]
#   -         (default) starts the host in the benchmark's JVM (BenchHost): fresh embedded Derby database, demo
#             practice, appointments and record modules; client and server then share the machine's cores.
#   base-url  a running node, or nginx in front of several, e.g. http://localhost:8080 (/api/v1 is added if
#             missing). The target must hold the demo practice (started with --demo on an empty database, at most a
#             few days before: the demo book has a fortnight of slots from the day it was seeded) with the
#             appointments and record modules deployed, and EVERY node must run with the credential limit lifted,
#             or POST /linkages and POST /sessions answer 429 after a burst of 10:
#               JAVA_OPTS="-Dcitizenservices.api.credentialAttemptsPerMinute=100000000 \
#                 -Dcitizenservices.portal.signInAttemptsPerMinute=100000000" \
#                 distribution/target/citizen-services/bin/citizen-services --demo --data /tmp/cs-data
#             All virtual users come from this one address, so the limit must be lifted on every node; behind nginx
#             the nodes need --behind-proxy (X-Forwarded-For) and a shared database, which keeps the API sessions, so
#             that any node can serve any call (distribution/src/conf/nginx-citizen-services.conf.example); a call
#             reaching a node that does not know its session answers 401, counted as an error.
# Builds the tree first (bench/distribution-main.sh). Numbers go to docs/benchmarks.md.
exec "$(dirname "$0")/distribution-main.sh" MondayMorningLoad "${1:--}" "${2:-50}" "${3:-30}" "${4:-20}"
