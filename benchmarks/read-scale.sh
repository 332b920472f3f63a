#!/usr/bin/env bash
# Reads at 10k, 100k and 1M claims (issue 14's targets): Kafka and PostgreSQL from the launcher (--infra-only),
# query-service run here with its 64 MB heap. For each size N the read model is filled up to N claims through the
# real write path (ClaimFiller produces the engine's corpus claims, re-issued under generated articles with their
# day and outlet, to the claims topic; query-service's consumer stores them with its batch writer), then
#   - uncached: query-service restarted with QUERY_READ_CACHE_MAX_BYTES=0, every read computed (ReadScale, one
#     request at a time: p50/p99/max), then the export in CSV and NDJSON (rows/s) and the process's peak RSS;
#   - cached: restarted with the default cache, the same reads.
# Usage: benchmarks/read-scale.sh          (env: SIZES="10000 100000 1000000", UNCACHED=50, CACHED=200)
# Needs: ./mvnw -q -pl local-stack,query-service,benchmarks -am package -DskipTests. Ports 9092, 5432, 8083.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
JAR=$HERE/target/benchmarks.jar
QUERY=http://localhost:8083
SIZES=${SIZES:-"10000 100000 1000000"}
UNCACHED=${UNCACHED:-50} CACHED=${CACHED:-200}
DATA=$(mktemp -d /tmp/claims-scale.XXXXXX)
export INGEST_API_KEYS="scale-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
. "$HERE/stack-lib.sh"
QS=""
qs_start() {   # qs_start CACHE_BYTES LOGNAME
  QUERY_READ_CACHE_MAX_BYTES=$1 setsid java -Xmx64m -XX:+UseParallelGC -XX:ReservedCodeCacheSize=64m \
    -jar "$REPO/query-service/target/quarkus-app/quarkus-run.jar" >"$DATA/$2.log" 2>&1 &
  QS=$!
  for _ in $(seq 1 240); do
    curl -sf "$QUERY/q/health/ready" >/dev/null && return 0
    kill -0 "$QS" 2>/dev/null || break
    sleep 0.5
  done
  echo "query-service did not start, see $DATA/$2.log" >&2
  return 1
}
qs_stop() { [ -n "$QS" ] && kill "$QS" 2>/dev/null && wait "$QS" 2>/dev/null; QS=""; }
trap 'qs_stop; stack_stop' EXIT
claims() { curl -sf "$QUERY/api/dashboard/summary" | grep -o '"claims":[0-9]*' | head -1 | cut -d: -f2; }

stack_start "$DATA/data" --infra-only || exit 1
filled=0
for N in $SIZES; do
  qs_start 0 "uncached-$N" || exit 1
  t0=$(date +%s%N)
  java -cp "$JAR" org.claims.bench.reads.ClaimFiller --count $((N - filled)) >/dev/null
  now=$(claims)
  for _ in $(seq 1 1800); do
    now=$(claims || echo "$now")
    [ "${now:-0}" -ge "$N" ] && break
    sleep 1
  done
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  echo "fill: $((N - filled)) claims -> $now stored in $((ms / 1000)) s ($(( (N - filled) * 1000 / (ms > 0 ? ms : 1) )) claims/s through Kafka, consumer, batch writer and aggregates)"
  filled=$N
  java -cp "$JAR" org.claims.bench.reads.ReadScale --label "uncached, $N claims" --requests "$UNCACHED" --warmup 5 --export
  echo "query-service peak RSS $(grep VmHWM /proc/$QS/status | awk '{print $2/1024}') MB (-Xmx64m)"
  qs_stop
  qs_start 8388608 "cached-$N" || exit 1
  java -cp "$JAR" org.claims.bench.reads.ReadScale --label "cached, $N claims" --requests "$CACHED" --warmup 20
  qs_stop
done
echo "raw logs in $DATA"
