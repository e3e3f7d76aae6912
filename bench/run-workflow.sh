#!/usr/bin/env bash
# Workflow benchmark: item save latency and publishing a 50-item, two-locale issue, on PostgreSQL.
# Starts its own PostgreSQL (28432), Keycloak (28180) and WildFly (28080), so it runs beside the product
# and the tests. Writes bench/results/workflow.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests -Pbench-workflow package -pl bench -am
