#!/usr/bin/env bash
# Media benchmark (issue 17): renditions per second for generated photos of 2 and 12 megapixels (BENCH_MEDIA_PHOTOS
# of each, after one warm-up upload per size) uploaded through the media API, which makes the renditions in the
# upload; then one rendition (1024 pixels wide, of a 2 MP photo) delivered by the delivery API against nginx serving
# the same bytes from a file, with wrk (the delivery benchmark's 2 threads and 32 connections). Starts its own
# PostgreSQL (29652), Keycloak (29580), WildFly (37080) and nginx (29600), so it runs beside the product and the
# tests; installs `nginx` and `wrk` with apt-get when missing. Writes bench/results/media.md (BENCH_RESULTS to
# write elsewhere). Options: BENCH_MEDIA_PHOTOS (5), BENCH_DURATION (wrk time per measurement, 20s), BENCH_WARMUP
# (10s), BENCH_JAVA_OPTS (added to WildFly's JVM options); arguments are passed to Maven (e.g. -o).
# A quick try: BENCH_MEDIA_PHOTOS=2 BENCH_DURATION=5s BENCH_WARMUP=3s BENCH_RESULTS=/tmp/media.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/debian-tools.sh
need_debian_tools nginx=nginx wrk=wrk
mvn -q -DskipTests -Pbench-media package -pl bench -am "$@" \
  -Dbench.photos="${BENCH_MEDIA_PHOTOS:-5}" -Dbench.duration="${BENCH_DURATION:-20s}" \
  -Dbench.warmup="${BENCH_WARMUP:-10s}" \
  -Dbench.results="${BENCH_RESULTS:-$PWD/bench/results/media.md}"
