#!/usr/bin/env bash
# Chaos under load, measured. Starts the stack as three launchers (local-stack.jar): Kafka alone, PostgreSQL alone
# (each --infra-only, pointed at the other as an external server) and the three services (pointed at both), so
# that each piece can be restarted on its own. A steady RATE articles/s (Chaos, the soak's tooling: each POST tried
# once, only 200/202 counts as accepted) runs for the whole time while, one slot of SLOT seconds each after a
# WARMUP, the script
#   SIGKILLs ingest-service, extract-service, query-service in turn, each started again DOWN seconds later with
#   the very command line, environment and working directory the launcher had given it (read from /proc);
#   restarts the Kafka broker, then PostgreSQL (SIGTERM to their launcher, then the same launcher command again).
# Then the exact reconciliation (articles and claim ids in PostgreSQL and on articles / claims / DLQ topics against
# what the engine yields for the accepted articles) and a table: per fault, restart -> ready, restart -> e2e p99 back
# under 1 s, restart -> the backlog present at the restart committed by every consumer group, and lost / duplicated
# among the articles due from that fault to the next. Exit 0 = exact and nothing stuck, 1 = not, 2 = could not run.
# Needs: ./mvnw install -DskipTests (services, local-stack.jar, benchmarks.jar). Ports 9092, 5432, 8081-8083 free.
# Env: RATE (300) WARMUP (30) SLOT (60) DOWN (5) OUT_DIR (/tmp/claims-chaos). About 8 minutes on 2 cores.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
JAR=$HERE/target/benchmarks.jar
RATE=${RATE:-300} WARMUP=${WARMUP:-30} SLOT=${SLOT:-60} DOWN=${DOWN:-5} OUT=${OUT_DIR:-/tmp/claims-chaos}
cd "$REPO"
for f in "$JAR" local-stack/target/local-stack.jar {ingest,extract,query}-service/target/quarkus-app/quarkus-run.jar; do
  [ -f "$f" ] || { echo "chaos: missing $f: run ./mvnw install -DskipTests" >&2; exit 2; }
done
for port in 9092 5432 8081 8082 8083; do
  if ss -Hltn "sport = :$port" | grep -q .; then echo "chaos: port $port is in use: stop the stack first" >&2; exit 2; fi
done
rm -rf "$OUT" && mkdir -p "$OUT"
export INGEST_API_KEYS="chaos-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
. "$HERE/stack-lib.sh"
KAFKA=127.0.0.1:9092
JDBC=jdbc:postgresql://127.0.0.1:5432/claims
EVENTS=$OUT/events.txt
RESTARTED=()
event() { echo "$(date +%s%3N) $1 $2" >>"$EVENTS"; echo "chaos: $(date +%T) $1 $2"; }

start_kafka() { QUARKUS_DATASOURCE_JDBC_URL=$JDBC stack_launch "$OUT/kafka" --infra-only && KAFKA_LAUNCHER=$STACK_LAUNCHER; }
start_postgres() { KAFKA_BOOTSTRAP_SERVERS=$KAFKA stack_launch "$OUT/postgres" --infra-only && PG_LAUNCHER=$STACK_LAUNCHER; }

cleanup() {
  for pid in "${RESTARTED[@]}"; do kill -TERM "$pid" 2>/dev/null; done
  for pid in ${SERVICES_LAUNCHER:-} ${PG_LAUNCHER:-} ${KAFKA_LAUNCHER:-}; do
    STACK_LAUNCHER=$pid; stack_stop
  done
  [ -n "${LOAD:-}" ] && kill "$LOAD" 2>/dev/null
}
trap cleanup EXIT

echo "chaos: starting Kafka, PostgreSQL and the services (logs in $OUT)"
start_kafka || exit 2
start_postgres || exit 2
KAFKA_BOOTSTRAP_SERVERS=$KAFKA QUARKUS_DATASOURCE_JDBC_URL=$JDBC stack_start "$OUT/services" --no-seeds || exit 2
SERVICES_LAUNCHER=$STACK_LAUNCHER
grep -q ":5432/claims" "$OUT/postgres.launcher.log" || { echo "chaos: PostgreSQL is not on 5432" >&2; exit 2; }

await_ready() {   # $1 = port: the service's readiness, up to 60 s
  for _ in $(seq 1 240); do
    [ "$(curl -s -m 2 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/q/health/ready")" = 200 ] && return 0
    sleep 0.25
  done
  return 1
}

kill_service() {   # $1 = name, $2 = port
  local pid cwd cmd envs
  pid=$(ss -Hltnp "sport = :$2" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
  [ -n "$pid" ] || { echo "chaos: nothing listens on $2" >&2; return 1; }
  cwd=$(readlink "/proc/$pid/cwd")
  mapfile -d '' cmd <"/proc/$pid/cmdline"
  mapfile -d '' envs <"/proc/$pid/environ"
  event kill "$1"
  kill -KILL "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
  sleep "$DOWN"
  event restart "$1"
  (cd "$cwd" && exec env -i "${envs[@]}" setsid "${cmd[@]}" >>"$OUT/services/logs/$1.log" 2>&1 </dev/null) &
  RESTARTED+=($!)
  await_ready "$2" && event ready "$1"
}

restart_launcher() {   # $1 = name, $2 = pid of its launcher, $3 = start function
  event stop "$1"
  kill -TERM "$2"
  while kill -0 "$2" 2>/dev/null; do sleep 0.1; done
  event restart "$1"
  "$3" && event ready "$1"
}

DURATION=$((WARMUP + 5 * SLOT))
echo "chaos: $RATE articles/s for $DURATION s; faults every $SLOT s after $WARMUP s"
java -Xmx1g -cp "$JAR" org.claims.bench.soak.Chaos --key "$INGEST_API_KEYS" --rate "$RATE" --duration "${DURATION}s" \
  --events "$EVENTS" --series "$OUT/latency-by-second.txt" --ingest http://127.0.0.1:8081/api/articles \
  --bootstrap "$KAFKA" --jdbc "$JDBC" >"$OUT/report.txt" 2>&1 &
LOAD=$!
until grep -q ' start load' "$EVENTS" 2>/dev/null; do
  kill -0 "$LOAD" 2>/dev/null || { echo "chaos: the load tool stopped before starting" >&2; exit 2; }
  sleep 0.2
done
T0=$(date +%s)
at() { local wait=$((T0 + $1 - $(date +%s))); [ "$wait" -gt 0 ] && sleep "$wait"; }

at "$WARMUP";                kill_service ingest-service 8081
at $((WARMUP + SLOT));       kill_service extract-service 8082
at $((WARMUP + 2 * SLOT));   kill_service query-service 8083
at $((WARMUP + 3 * SLOT));   restart_launcher kafka "$KAFKA_LAUNCHER" start_kafka
at $((WARMUP + 4 * SLOT));   restart_launcher postgresql "$PG_LAUNCHER" start_postgres
wait "$LOAD"
code=$?
LOAD=""
cat "$OUT/report.txt"
echo "chaos: report in $OUT/report.txt, latency per second in $OUT/latency-by-second.txt, logs in $OUT"
exit "$code"
