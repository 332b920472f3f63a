#!/usr/bin/env bash
# No-loss soak against an ALREADY RUNNING local stack (java -jar local-stack/target/local-stack.jar):
#   1. RSS and PSS of each stack process (found by port: 9092 launcher+Kafka, 5432 PostgreSQL and its children,
#      8081-8083 services);
#   2. N unique articles (default 20,000), their expected claim ids computed by the engine inside benchmarks.jar
#      (checked first against extract-service's /api/extract: a build mismatch aborts with exit 2);
#   3. POSTed to ingest at a fixed rate (open loop, bounded in flight), 429/5xx/I/O answers retried;
#   4. waits until drained (consumer-group lag 0 on articles and claims, read-model counts stable);
#   5. reconciles exactly: PostgreSQL (articles stored, claims lost / extra / misfiled / duplicated) and the
#      topics read from the beginning (articles, claims, articles-dlq); RSS/PSS again, with deltas.
# Exit 0 = PASS; 1 = something lost, extra, duplicated or missing (or never acknowledged / not drained);
#      2 = could not run (stack down, no key, engine mismatch).
# Usage: benchmarks/soak.sh [--key K] [--articles 20000] [--rate 400] [--max-in-flight 64] [--drain-timeout 15m]
#                           [--jdbc URL --db-user U --db-password P] [--bootstrap HOST:PORT] [--skip-engine-check]
#   The key defaults to $INGEST_API_KEYS (first key), the one the launcher was started with.
#   Pick a rate the machine sustains: on a shared 2-core box the whole stack and this tool share the CPU.
# Needs benchmarks/target/benchmarks.jar (./mvnw -pl benchmarks install). Reads only localhost.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
JAR=$HERE/target/benchmarks.jar
[ -f "$JAR" ] || { echo "soak: missing $JAR: run ./mvnw -pl benchmarks install" >&2; exit 2; }

down=
for port in 9092 5432 8081 8082 8083; do
  ss -Hltn "sport = :$port" | grep -q . || down="$down $port"
done
if [ -n "$down" ]; then
  echo "soak: nothing listens on$down: start the local stack first (java -jar local-stack/target/local-stack.jar)" >&2
  exit 2
fi
for url in http://localhost:8081/q/health/ready http://localhost:8082/q/health/ready http://localhost:8083/q/health/ready; do
  code=$(curl -s -m 5 -o /dev/null -w '%{http_code}' "$url" || true)
  [ "$code" = 200 ] || { echo "soak: $url answered '$code', the stack is not ready" >&2; exit 2; }
done

# a heap big enough for 20,000 articles' bodies, expectations and answers, and the topic audit's maps
exec java ${SOAK_JAVA_OPTS:--Xmx1g} -cp "$JAR" org.claims.bench.soak.Soak "$@"
