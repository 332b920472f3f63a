# Sourced by the benchmark scripts: start a local stack in the background and stop it again.
#   stack_start DATA_DIR [launcher args...]   starts it (log in DATA_DIR.launcher.log), waits up to 3 minutes
#   stack_stop                                 SIGTERMs the launcher (it stops everything) and waits up to 60 s
# Needs REPO (repository root) and INGEST_API_KEYS in the environment.
STACK_LAUNCHER=""

stack_start() {
  local data=$1; shift
  rm -rf "$data"
  (cd "$REPO" && exec setsid java -Xmx512m -jar local-stack/target/local-stack.jar --data-dir "$data" "$@") \
    >"$data.launcher.log" 2>&1 &
  STACK_LAUNCHER=$!
  for _ in $(seq 1 180); do
    grep -q 'Claims local stack is up' "$data.launcher.log" 2>/dev/null && return 0
    kill -0 "$STACK_LAUNCHER" 2>/dev/null || break
    sleep 1
  done
  echo "stack did not start, see $data.launcher.log" >&2
  return 1
}

stack_stop() {
  [ -n "$STACK_LAUNCHER" ] || return 0
  kill -TERM "$STACK_LAUNCHER" 2>/dev/null
  for _ in $(seq 1 60); do kill -0 "$STACK_LAUNCHER" 2>/dev/null || break; sleep 1; done
  STACK_LAUNCHER=""
}
