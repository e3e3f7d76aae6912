#!/usr/bin/env bash
# Delivery benchmark (issue 13): what front ends and crawlers do, against nginx serving exactly the same bytes,
# in one run on PostgreSQL. Publishes BENCH_API_ISSUES bilingual issues through the management API (the two seed
# issues among them), copies every delivery URL's answer into nginx's root, then runs wrk (one Lua script,
# a random request of a list per request) for (1) one issue URL repeated, (2) random issue/item/list URLs,
# (3) (2) with varied Accept-Language, (4) (2) right after kill -9 and a start of WildFly; then clones issues in
# SQL up to BENCH_ISSUES and runs (1) and (2) again; and times the publish call of a 50-item bilingual issue.
# Starts its own PostgreSQL (29432), Keycloak (29180), WildFly (33080) and nginx (29500), so it runs beside the
# product and the tests. Writes bench/results/delivery.md (BENCH_RESULTS to write elsewhere).
# Options: BENCH_ISSUES (default 10000), BENCH_API_ISSUES (default 100), BENCH_DURATION (wrk time per
# measurement, default 20s), BENCH_WARMUP (default 10s), BENCH_ITEMS (items per generated issue, default 12),
# BENCH_LANGUAGES (different Accept-Language values in workload 3, default 2000), BENCH_PUBLISH_ITEMS (50),
# BENCH_PUBLISH_ROUNDS (5), BENCH_JAVA_OPTS (added to WildFly's JVM options, e.g. a Flight Recorder profile:
# -XX:StartFlightRecording=filename=/tmp/bench.jfr,settings=profile). A quick try: BENCH_ISSUES=300 BENCH_API_ISSUES=20 BENCH_DURATION=5s BENCH_WARMUP=3s.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/debian-tools.sh
need_debian_tools nginx=nginx wrk=wrk
mvn -q -DskipTests -Pbench-delivery package -pl bench -am \
  -Dbench.issues="${BENCH_ISSUES:-10000}" -Dbench.duration="${BENCH_DURATION:-20s}" \
  -Dbench.api-issues="${BENCH_API_ISSUES:-100}" -Dbench.warmup="${BENCH_WARMUP:-10s}" \
  -Dbench.items="${BENCH_ITEMS:-12}" -Dbench.languages="${BENCH_LANGUAGES:-2000}" \
  -Dbench.publish-items="${BENCH_PUBLISH_ITEMS:-50}" -Dbench.publish-rounds="${BENCH_PUBLISH_ROUNDS:-5}" \
  -Dbench.results="${BENCH_RESULTS:-$PWD/bench/results/delivery.md}"
