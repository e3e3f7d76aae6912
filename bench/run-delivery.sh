#!/usr/bin/env bash
# Delivery benchmark: wrk at 32 connections against GET /api/delivery/v1/publications/{slug}/issues/2024/2
# ?locale=zh-CN and against nginx serving the same JSON as a static file, with 10 and then 10,000 published
# issues in PostgreSQL. Starts its own PostgreSQL (29432), Keycloak (29180), WildFly (33080) and nginx
# (29500), so it runs beside the product and the tests. Writes bench/results/delivery.md.
# Options: BENCH_ISSUES (default 10000), BENCH_DURATION (wrk time per measurement, default 20s),
# BENCH_API_ISSUES (how many are published through the management API, default 100; the rest are cloned in SQL).
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v nginx >/dev/null || missing+=(nginx)
command -v wrk >/dev/null || missing+=(wrk)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} from Debian's packages"
  apt-get install -y "${missing[@]}" || { apt-get update && apt-get install -y "${missing[@]}"; }
fi
mvn -q -DskipTests -Pbench-delivery package -pl bench -am \
  -Dbench.issues="${BENCH_ISSUES:-10000}" -Dbench.duration="${BENCH_DURATION:-20s}" \
  -Dbench.api-issues="${BENCH_API_ISSUES:-100}"
