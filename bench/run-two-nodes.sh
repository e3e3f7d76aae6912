#!/usr/bin/env bash
# Two-node delivery benchmark (issue 16): two WildFly nodes on one PostgreSQL behind nginx as the load balancer,
# against one node behind the same balancer, for one issue URL and the random mix of issue, item and list URLs;
# then the time from a publish on node A to its delivery by node B. Starts its own PostgreSQL (29442), Keycloak
# (29280), nodes A (34080) and B (35080) and two nginx balancers (29510 for one node, 29520 for two), so it runs
# beside the product and the tests. Writes bench/results/two-nodes.md (BENCH_RESULTS to write elsewhere).
# Options: BENCH_API_ISSUES (default 100), BENCH_DURATION (default 20s), BENCH_WARMUP (default 10s),
# BENCH_ITEMS (default 12), BENCH_VISIBILITY_ROUNDS (default 100), BENCH_JAVA_OPTS (added to both nodes' JVM options).
# A quick try: BENCH_API_ISSUES=12 BENCH_DURATION=5s BENCH_WARMUP=3s BENCH_VISIBILITY_ROUNDS=10.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/debian-tools.sh
need_debian_tools nginx=nginx wrk=wrk
mvn -q -DskipTests -Pbench-two-nodes package -pl bench -am \
  -Dbench.duration="${BENCH_DURATION:-20s}" -Dbench.api-issues="${BENCH_API_ISSUES:-100}" \
  -Dbench.warmup="${BENCH_WARMUP:-10s}" -Dbench.items="${BENCH_ITEMS:-12}" \
  -Dbench.visibility-rounds="${BENCH_VISIBILITY_ROUNDS:-100}" \
  -Dbench.results="${BENCH_RESULTS:-$PWD/bench/results/two-nodes.md}"
