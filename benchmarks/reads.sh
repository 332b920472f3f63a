#!/usr/bin/env bash
# Read-side benchmark against a running stack (java -jar local-stack/target/local-stack.jar):
#   1. fill: COUNT claims produced straight to the `claims` topic (ClaimFiller), so query-service stores them
#      through its real consumer; waits (bounded) until /api/dashboard/summary counts them;
#   2. wrk, closed model, max throughput: 2 threads / 32 connections / DURATION s per URL;
#   3. ReadLoad, open model at RATE req/s for DURATION s: p50/p99 at a fixed rate (wrk2 is not in Debian).
# Usage: benchmarks/reads.sh [--count 100000] [--duration 30] [--rate 2000] [--no-fill]
# Env: QUERY (http://localhost:8083), KAFKA_BOOTSTRAP_SERVERS (localhost:9092). Traffic goes to localhost only.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
JAR="$HERE/target/benchmarks.jar"
QUERY=${QUERY:-http://localhost:8083}
BOOTSTRAP=${KAFKA_BOOTSTRAP_SERVERS:-localhost:9092}
COUNT=100000 DURATION=30 RATE=2000 FILL=1
while [ $# -gt 0 ]; do
  case "$1" in
    --count) COUNT=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --rate) RATE=$2; shift 2 ;;
    --no-fill) FILL=0; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -f "$JAR" ] || { echo "build first: ./mvnw -q -pl benchmarks install" >&2; exit 1; }

if ! command -v wrk >/dev/null; then
  echo "reads: installing wrk (Debian package)"
  (apt-get install -y -q wrk >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; }) \
    || echo "reads: could not install wrk; the wrk lines will be skipped" >&2
fi

claims() { curl -sf "$QUERY/api/dashboard/summary" | grep -o '"claims":[0-9]*' | head -1 | cut -d: -f2; }

if [ "$FILL" = 1 ]; then
  before=$(claims) || { echo "reads: query-service not answering on $QUERY" >&2; exit 1; }
  t0=$(date +%s%N)
  java -cp "$JAR" org.claims.bench.reads.ClaimFiller --count "$COUNT" --bootstrap "$BOOTSTRAP"
  target=$((before + COUNT)) now=$before
  for _ in $(seq 1 600); do           # at most 10 minutes
    now=$(claims || echo "$now")
    [ "$now" -ge "$target" ] && break
    sleep 1
  done
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  awk -v c="$COUNT" -v n="$((now - before))" -v ms="$ms" 'BEGIN { printf "reads: fill %d claims -> %d stored in %.1f s (%.0f claims/s produce+consume+store; summary polled every 1 s)\n", c, n, ms/1000, n*1000/(ms>0?ms:1) }'
fi

URLS=("$QUERY/api/claims?measure=present&size=50")
if [ "$(curl -s -o /dev/null -w '%{http_code}' "$QUERY/api/dashboard/series")" = 200 ]; then
  URLS+=("$QUERY/api/dashboard/series")
else
  echo "reads: /api/dashboard/series not available, skipped"
fi

printf '%-8s %-44s %10s %9s %9s %9s %s\n' tool url req/s p50 p99 max non2xx
for url in "${URLS[@]}"; do
  if command -v wrk >/dev/null; then
    out=$(wrk -t2 -c32 -d"${DURATION}s" --latency "$url")
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p50=$(echo "$out" | awk '$1=="50%" {print $2}')
    p99=$(echo "$out" | awk '$1=="99%" {print $2}')
    max=$(echo "$out" | awk '$1=="Latency" && NF>=4 {print $4; exit}')
    non2xx=$(echo "$out" | awk -F: '/Non-2xx/ {gsub(/ /,"",$2); print $2}')
    printf '%-8s %-44s %10s %9s %9s %9s %s\n' wrk "${url#$QUERY}" "$rps" "$p50" "$p99" "$max" "${non2xx:-0}"
  fi
done
for url in "${URLS[@]}"; do
  java -cp "$JAR" org.claims.bench.reads.ReadLoad --rate "$RATE" --duration "${DURATION}s" --warmup 5s --url "$url" | tail -1
done
