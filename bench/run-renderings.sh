#!/usr/bin/env bash
# Renderings benchmark (issue 15): the seed issues 2024 No. 2 and 2021 No. 4 published through the API; per issue
# and locale the size of the web page, the e-mail edition (HTML, text) and the print PDF as served, and the time to
# make each from the published snapshot (first, then the median of BENCH_RENDER_ROUNDS); then the publish call of
# BENCH_PUBLISH_ITEMS-item bilingual issues (BENCH_PUBLISH_ROUNDS after a warm-up) and how long until both PDFs,
# made by the job after the commit, are served. Starts its own PostgreSQL (29452), Keycloak (29380) and WildFly
# (35080), so it runs beside the product and the tests. Writes bench/results/renderings.md (BENCH_RESULTS to write
# elsewhere). A quick try: BENCH_RENDER_ROUNDS=2 BENCH_PUBLISH_ROUNDS=1 BENCH_RESULTS=/tmp/renderings.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests -Pbench-renderings package -pl bench -am \
  -Dbench.render-rounds="${BENCH_RENDER_ROUNDS:-7}" \
  -Dbench.publish-items="${BENCH_PUBLISH_ITEMS:-50}" -Dbench.publish-rounds="${BENCH_PUBLISH_ROUNDS:-5}" \
  -Dbench.results="${BENCH_RESULTS:-$PWD/bench/results/renderings.md}"
