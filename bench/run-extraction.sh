#!/usr/bin/env bash
# Extraction benchmark (issue 5): pages per second of the isolated parser processes (IsolatedTika, Tika's pipes)
# against Tika's parsers in the same JVM, on the same generated PDF and DOCX files in the same run, with 1 and
# with 2 threads; target isolated ≥ 0.8 × in-process. Generates its corpus with LibreOffice (installs
# libreoffice-writer-nogui and fonts-noto-cjk with apt-get when missing). No server, no database, no ports.
# Writes bench/results/extraction.md. Takes about 3–5 minutes on 2 cores.
# Options: BENCH_SEEDS (seed texts, default /work/shared/seeds), BENCH_PDFS (20), BENCH_DOCX (10),
# BENCH_PAGES (pages per file, 10), BENCH_WARMUP_ROUNDS (5), BENCH_ROUNDS (measured rounds, 6),
# BENCH_THREADS (concurrency levels, "1,2").
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v libreoffice >/dev/null || missing+=(libreoffice-writer-nogui)
fc-list : family 2>/dev/null | grep 'Noto Sans CJK' >/dev/null || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} from Debian's packages"
  apt-get install -y "${missing[@]}" || { apt-get update && apt-get install -y "${missing[@]}"; }
fi
mvn -q -DskipTests -Pbench-extraction package -pl bench -am \
  -Dbench.seeds="${BENCH_SEEDS:-/work/shared/seeds}" -Dbench.pdfs="${BENCH_PDFS:-20}" \
  -Dbench.docx="${BENCH_DOCX:-10}" -Dbench.pages="${BENCH_PAGES:-10}" \
  -Dbench.warmup-rounds="${BENCH_WARMUP_ROUNDS:-5}" -Dbench.rounds="${BENCH_ROUNDS:-6}" -Dbench.threads="${BENCH_THREADS:-1,2}"
