#!/usr/bin/env bash
# Footprint of a running local stack (java -jar local-stack/target/local-stack.jar): per process RSS and PSS
# (PSS splits shared pages, so PSS totals add up; PostgreSQL's many processes share buffers and would be
# double-counted by RSS), and time to ready per service:
#   - "log": Quarkus' own "started in" figure from the launcher's service logs (JVM boot not included);
#   - "standalone" (--standalone): each service jar started alone on a spare port against the running Kafka and
#     PostgreSQL, timed from exec to /q/health/ready = 200 (bounded 90 s), then SIGTERMed. A standalone extract
#     or query instance briefly joins the running instance's consumer group; upserts are idempotent, so harmless.
# Usage: benchmarks/footprint.sh [--data-dir DIR] [--standalone]     (processes are found by their ports)
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
DATA_DIR=$REPO/data STANDALONE=0
while [ $# -gt 0 ]; do
  case "$1" in
    --data-dir) DATA_DIR=$2; shift 2 ;;
    --standalone) STANDALONE=1; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
# each service started alone gets the JVM flags the launcher gave its running instance
jvm_flags_of() { tr '\0' '\n' <"/proc/$1/cmdline" 2>/dev/null | sed -n '2,$p' | sed '/^-jar$/,$d' | tr '\n' ' '; }

pid_on_port() { ss -Hltnp "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }
with_children() { ps -eo pid=,ppid= | awk -v r="$1" '{p[$1]=$2} END {print r; for (x in p) if (p[x]==r) print x}'; }
sum_kb() { local field=$1; shift; local t=0 v; for p in "$@"; do
  if [ "$field" = rss ]; then v=$(ps -o rss= -p "$p" 2>/dev/null | tr -d ' '); else
    v=$(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null); fi
  t=$((t + ${v:-0})); done; echo $t; }
log_ready() { grep -ho 'started in [0-9.]*s' "$DATA_DIR/logs/$1.log" 2>/dev/null | tail -1 | awk '{print $3}'; }

printf '%-34s %6s %6s %9s %9s %10s %16s\n' process procs pid rss_MiB pss_MiB ready_log ready_alone/rss
TOTAL_RSS=0 TOTAL_PSS=0
row() {   # name ready_log ready_alone pids...
  local name=$1 rl=$2 ra=$3; shift 3
  local rss pss; rss=$(sum_kb rss "$@"); pss=$(sum_kb pss "$@")
  TOTAL_RSS=$((TOTAL_RSS + rss)); TOTAL_PSS=$((TOTAL_PSS + pss))
  printf '%-34s %6d %6s %9.0f %9.0f %10s %16s\n' "$name" "$#" "$1" "$(echo "$rss" | awk '{print $1/1024}')" \
    "$(echo "$pss" | awk '{print $1/1024}')" "$rl" "$ra"
}

standalone() {   # service port flags -> prints seconds to ready or "timeout"
  local svc=$1 port=$2 JAVA_OPTS=$3 jar="$REPO/$1/target/quarkus-app/quarkus-run.jar" pid t0 i ready=failed
  [ -f "$jar" ] || { echo missing; return; }
  t0=$(date +%s%N)
  (cd "$(dirname "$jar")" && exec env MALLOC_ARENA_MAX=2 QUARKUS_HTTP_PORT="$port" KAFKA_BOOTSTRAP_SERVERS=localhost:9092 \
      QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:5432/claims INGEST_API_KEYS=footprint-probe \
      java $JAVA_OPTS -jar "$jar" >"/tmp/footprint-$svc.log" 2>&1) &
  pid=$!
  local deadline=$(( $(date +%s) + 90 ))   # wall clock: iterations slow down on a busy machine
  while [ "$(date +%s)" -lt "$deadline" ]; do
    if [ "$(curl -s -m 2 -o /dev/null -w '%{http_code}' "http://localhost:$port/q/health/ready")" = 200 ]; then
      ready=$(awk -v ms="$(( ($(date +%s%N) - t0) / 1000000 ))" 'BEGIN {printf "%.2fs", ms/1000}')
      ready="$ready/$(ps -o rss= -p "$(pgrep -P "$pid" java || echo "$pid")" 2>/dev/null | awk '{printf "%.0fM", $1/1024}')"
      break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -TERM "$pid" 2>/dev/null
  for i in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
  echo "$ready"
}

LAUNCHER=$(pid_on_port 9092)
if [ -z "$LAUNCHER" ]; then echo "footprint: nothing listens on 9092: start the local stack first" >&2; exit 1; fi
row "launcher + Kafka broker (1 JVM)" "-" "-" "$LAUNCHER"
PG=$(pid_on_port 5432)
[ -n "$PG" ] && row "postgresql (postmaster+children)" "-" "-" $(with_children "$PG")
port=18081
for svc in ingest-service:8081 extract-service:8082 query-service:8083; do
  name=${svc%%:*} pid=$(pid_on_port "${svc##*:}")
  alone=-
  flags=$( [ -n "$pid" ] && jvm_flags_of "$pid")
  flags=${flags:--Xmx96m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:SharedArchiveFile=app-cds.jsa}
  if [ "$STANDALONE" = 1 ]; then alone=$(standalone "$name" "$port" "$flags"); port=$((port + 1)); fi
  if [ -n "$pid" ]; then row "$name" "$(log_ready "$name")" "$alone" "$pid"; else echo "$name: not running"; fi
done
printf '%-34s %6s %6s %9.0f %9.0f\n' TOTAL "" "" "$(awk -v k=$TOTAL_RSS 'BEGIN{print k/1024}')" \
  "$(awk -v k=$TOTAL_PSS 'BEGIN{print k/1024}')"
up=$(grep -o 'Claims local stack is up ([0-9.]* s)' "$DATA_DIR/../launcher.log" "$DATA_DIR/launcher.log" 2>/dev/null | head -1)
[ -n "$up" ] && echo "launcher: ${up#*:}"
