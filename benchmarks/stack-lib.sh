# Sourced by the benchmark scripts: start a local stack in the background and stop it again.
#   stack_start DATA_DIR [launcher args...]   starts it on an empty DATA_DIR (log in DATA_DIR.launcher.log), waits up
#                                              to 3 minutes
#   stack_launch DATA_DIR [launcher args...]  the same on the DATA_DIR as it is (a restart keeps Kafka and PostgreSQL
#                                              data); the log is appended to
#   stack_stop                                 SIGTERMs the launcher (it stops everything) and waits up to 60 s
# STACK_LAUNCHER holds the pid of the last launcher started. Needs REPO (repository root) and INGEST_API_KEYS in the
# environment; variables set before the call (KAFKA_BOOTSTRAP_SERVERS=... stack_start ...) reach the launcher.
STACK_LAUNCHER=""

stack_start() {
  rm -rf "$1" "$1.launcher.log"
  stack_launch "$@"
}

stack_launch() {
  local data=$1; shift
  local log=$data.launcher.log
  local before
  before=$(stack_banners "$log")
  (cd "$REPO" && exec setsid java -Xmx512m -jar local-stack/target/local-stack.jar --data-dir "$data" "$@") \
    >>"$log" 2>&1 &
  STACK_LAUNCHER=$!
  for _ in $(seq 1 180); do
    [ "$(stack_banners "$log")" -gt "$before" ] && return 0
    kill -0 "$STACK_LAUNCHER" 2>/dev/null || break
    sleep 1
  done
  echo "stack did not start, see $log" >&2
  return 1
}

# how many times the launcher logging to $1 said it was up
stack_banners() {
  local n
  n=$(grep -c 'Claims local stack is up' "$1" 2>/dev/null)
  echo "${n:-0}"
}

stack_stop() {
  [ -n "$STACK_LAUNCHER" ] || return 0
  kill -TERM "$STACK_LAUNCHER" 2>/dev/null
  for _ in $(seq 1 60); do kill -0 "$STACK_LAUNCHER" 2>/dev/null || break; sleep 1; done
  STACK_LAUNCHER=""
}
