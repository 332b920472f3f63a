#!/usr/bin/env bash
# The README's Performance table: every benchmark RUNS times (default 3), each run on a freshly started local
# stack, raw outputs kept in OUT_DIR; then one 5-minute run at 500 articles/s checked exactly in PostgreSQL.
# Per run: stack start time; extraction JMH (engine vs OpenNLP); end-to-end sweep (max sustainable rate, then
# 25/50/75/100 % of it); reads with 100k claims (wrk + fixed 2,000 req/s); RSS/PSS after the load and each
# service's time to ready when started alone. The README reports the median of the runs for each figure.
# Needs: ./mvnw install -DskipTests. Takes about 35 minutes on 2 cores; run nothing else meanwhile.
# Env: RUNS (3) OUT_DIR (/tmp/claims-medians) LONG_RUN (1 = also the 5-minute run) SWEEP_START (300)
#      ONLY=e2e runs just the end-to-end part of each run (stack start, warm-up, sweep)
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
JAR=$HERE/target/benchmarks.jar
RUNS=${RUNS:-3} OUT=${OUT_DIR:-/tmp/claims-medians} LONG_RUN=${LONG_RUN:-1} SWEEP_START=${SWEEP_START:-300}
mkdir -p "$OUT"
cd "$REPO"
[ -f "$JAR" ] && [ -f local-stack/target/local-stack.jar ] || { echo "build first: ./mvnw install -DskipTests" >&2; exit 1; }
export INGEST_API_KEYS="bench-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
. "$HERE/stack-lib.sh"
trap stack_stop EXIT
load() { java -cp "$JAR" org.claims.bench.load.LoadGenerator --key "$INGEST_API_KEYS" "$@"; }

for run in $(seq 1 "$RUNS"); do
  log=$OUT/run-$run.log
  data=$OUT/data-$run
  echo "=== run $run/$RUNS -> $log"
  {
    stack_start "$data" --no-seeds || exit 1
    grep -o 'Claims local stack is up ([0-9.]* s)' "$data.launcher.log"
    [ "${ONLY:-}" = e2e ] || { echo "--- extraction"; java -cp "$JAR" org.claims.bench.BenchMain -wi 2 -i 3 -w 3s -r 4s 2>&1 | sed -n '/^benchmark /,$p'; }
    echo "--- end to end: 60 s at 250/s to warm the JIT of every JVM (not reported), then the sweep"
    load --rate 250 --duration 60s --warmup 0s >/dev/null
    load --sweep --sweep-start "$SWEEP_START" --step 20s --max-steps 4 --duration 30s --warmup 5s
    if [ "${ONLY:-}" != e2e ]; then
      echo "--- reads"
      "$HERE/reads.sh" --count 100000 --duration 20 --rate 2000
      echo "--- footprint after load, and each service started alone"
      cp "$data.launcher.log" "$data/launcher.log"
      "$HERE/footprint.sh" --data-dir "$data" --standalone
    fi
    stack_stop
  } >"$log" 2>&1
  grep -E 'stack is up|^ratio|words/s|sweep:|% of max|^wrk|^fixed|TOTAL|-service|launcher \+|postgresql' "$log"
done

if [ "$LONG_RUN" = 1 ]; then
  log=$OUT/five-minutes.log
  echo "=== 5 minutes at 500 articles/s, every article checked in PostgreSQL -> $log"
  {
    stack_start "$OUT/data-long" --no-seeds || exit 1
    load --rate 250 --duration 60s --warmup 0s >/dev/null
    load --rate 500 --duration 300s --warmup 10s --jdbc jdbc:postgresql://localhost:5432/claims
    "$HERE/footprint.sh" --data-dir "$OUT/data-long"
    stack_stop
  } >"$log" 2>&1
  grep -E '^fixed|measured|verified|checked|TOTAL|-service' "$log"
fi
