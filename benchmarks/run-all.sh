#!/usr/bin/env bash
# Every benchmark in order, one table line (or table) per step:
#   1. build this module (benchmarks.jar); the service jars and local-stack.jar must already be built
#      (./mvnw install -DskipTests, or pass --build-all to run exactly that first);
#   2. start the local stack in the background with a fresh temp data dir and a known ingest key;
#   3. extraction JMH (BenchMain: engine vs OpenNLP, words/s), 1 thread;
#   4. end-to-end open-model load at RATE articles/s (LoadGenerator);
#   5. reads (reads.sh: fill, wrk, fixed-rate ReadLoad);
#   6. footprint (footprint.sh: RSS/PSS, time to ready);
#   7. SIGTERM the launcher, wait (bounded) and check that no stack process is left.
# Env knobs: RATE (50) DURATION (60s) WARMUP (10s) FILL_COUNT (100000) READ_SECONDS (30) READ_RATE (2000)
#            JMH_ARGS ("" = BenchMain defaults -f 1 -wi 3 -i 5 -t 1)   QUICK=1 shortens every step (a smoke run).
# Only localhost is contacted. Stops the stack on exit, even on error or Ctrl-C.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
JAR=$HERE/target/benchmarks.jar
RATE=${RATE:-50} DURATION=${DURATION:-60s} WARMUP=${WARMUP:-10s} FILL_COUNT=${FILL_COUNT:-100000}
READ_SECONDS=${READ_SECONDS:-30} READ_RATE=${READ_RATE:-2000} JMH_ARGS=${JMH_ARGS:-}
if [ "${QUICK:-0}" = 1 ]; then
  DURATION=20s WARMUP=5s FILL_COUNT=10000 READ_SECONDS=10 JMH_ARGS=${JMH_ARGS:-"-wi 1 -i 2 -w 3s -r 5s"}
fi
step() { printf '\n=== %s  [%s]\n' "$1" "$(date +%T)"; }

step "1 build"
cd "$REPO"
if [ "${1:-}" = --build-all ]; then ./mvnw -q install -DskipTests; else ./mvnw -q -pl benchmarks install; fi
for f in local-stack/target/local-stack.jar {ingest,extract,query}-service/target/quarkus-app/quarkus-run.jar; do
  [ -f "$f" ] || { echo "missing $f: run ./mvnw install -DskipTests (or $0 --build-all)" >&2; exit 1; }
done
echo "build: $(du -h "$JAR" | cut -f1) $JAR"

step "2 start the local stack"
WORK=$(mktemp -d /tmp/claims-bench.XXXXXX)
export INGEST_API_KEYS="bench-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
setsid java -jar local-stack/target/local-stack.jar --data-dir "$WORK/data" >"$WORK/launcher.log" 2>&1 &
LAUNCHER=$!
stop_stack() {
  step "7 stop the stack"
  local left i
  left=$(ps -eo pid=,args= | grep -F "$WORK/data" | grep -v grep | awk '{print $1}' | tr '\n' ' ')
  kill -TERM "$LAUNCHER" 2>/dev/null || true
  for i in $(seq 1 60); do kill -0 "$LAUNCHER" 2>/dev/null || break; sleep 1; done
  sleep 2
  for p in $LAUNCHER $left; do
    if kill -0 "$p" 2>/dev/null; then echo "stop: process $p still alive after SIGTERM + 60 s" >&2; STOP_OK=0; fi
  done
  for port in 8081 8082 8083 9092 5432; do
    ss -Hltn "sport = :$port" | grep -q . && { echo "stop: port $port still in use" >&2; STOP_OK=0; }
  done
  [ "${STOP_OK:-1}" = 1 ] && echo "stop: launcher and its processes are gone (data in $WORK)"
}
trap stop_stack EXIT
for _ in $(seq 1 180); do   # bounded: 3 minutes
  grep -q 'Claims local stack is up' "$WORK/launcher.log" && break
  kill -0 "$LAUNCHER" 2>/dev/null || { cat "$WORK/launcher.log" >&2; exit 1; }
  sleep 1
done
grep -o 'Claims local stack is up ([0-9.]* s)' "$WORK/launcher.log" || { tail -20 "$WORK/launcher.log"; exit 1; }

step "3 extraction (JMH, 1 thread)"
# shellcheck disable=SC2086
java -cp "$JAR" org.claims.bench.BenchMain $JMH_ARGS 2>&1 | sed -n '/^benchmark /,$p'

step "4 end-to-end load (open model, $RATE articles/s for $DURATION after $WARMUP warm-up)"
java -cp "$JAR" org.claims.bench.load.LoadGenerator --key "$INGEST_API_KEYS" --rate "$RATE" --duration "$DURATION" \
  --warmup "$WARMUP"

step "5 reads ($FILL_COUNT claims, wrk and fixed rate $READ_RATE req/s, $READ_SECONDS s each)"
"$HERE/reads.sh" --count "$FILL_COUNT" --duration "$READ_SECONDS" --rate "$READ_RATE"

step "6 footprint"
cp "$WORK/launcher.log" "$WORK/data/launcher.log"
"$HERE/footprint.sh" --data-dir "$WORK/data"
