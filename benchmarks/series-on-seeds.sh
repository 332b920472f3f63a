#!/usr/bin/env bash
# Latency of /api/dashboard/series at the size an analyst starts with: a fresh stack holding the seeds plus
# 1,000 generated articles (posted through ingest by the load generator at 100/s). Prints
#   - ReadLoad at a fixed RATE req/s (default 200) for 20 s: what an open dashboard sees (answers may be reused
#     for up to 1 s, see the README's Performance section);
#   - 30 uncached computations: each request uses a different `limit`, so none is answered from the cache.
# Usage: benchmarks/series-on-seeds.sh [RATE]     (needs ./mvnw install -DskipTests; uses ports 9092/5432/808x)
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
JAR=$HERE/target/benchmarks.jar
RATE=${1:-200}
DATA=$(mktemp -d /tmp/claims-series.XXXXXX)
export INGEST_API_KEYS="series-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
. "$HERE/stack-lib.sh"
trap stack_stop EXIT
stack_start "$DATA/data" || exit 1

java -cp "$JAR" org.claims.bench.load.LoadGenerator --key "$INGEST_API_KEYS" --rate 100 --duration 10s --warmup 0s \
  | grep -E '^fixed|measured'
summary=$(curl -s http://localhost:8083/api/dashboard/summary)
series=$(curl -s 'http://localhost:8083/api/dashboard/series?limit=2000' | grep -o '"subject"' | wc -l)
echo "stored: $(echo "$summary" | grep -o '"articles":[0-9]*'), $(echo "$summary" | grep -o '"claims":[0-9]*'), $series series"

java -cp "$JAR" org.claims.bench.reads.ReadLoad --rate "$RATE" --duration 20s --warmup 5s \
  --url http://localhost:8083/api/dashboard/series | tail -1
for limit in $(seq 1000 1029); do
  curl -s -o /dev/null -w '%{time_total}\n' "http://localhost:8083/api/dashboard/series?limit=$limit"
done | sort -n | awk '{t[NR]=$1*1000} END {printf "uncached: p50 %.1f ms  p99 %.1f ms  max %.1f ms (%d computations)\n", t[int(NR*0.5+0.5)], t[int(NR*0.99+0.5)], t[NR], NR}'
