#!/usr/bin/env bash
# Starts one Tandem node on http://127.0.0.1:8080/ (builds the WAR first if needed) and keeps it in the
# foreground: Ctrl-C stops it. `deploy/demo.sh stop` stops it from another terminal.
# (The tutorial issue turns this into the two-node demo.)
set -euo pipefail
repo=$(cd -- "$(dirname -- "$0")/.." && pwd)
# shellcheck source=lib/java.sh
source "$repo/deploy/lib/java.sh"

port=${TANDEM_DEMO_PORT:-8080}
state=${TMPDIR:-/tmp}/tandem-demo
pidfile=$state/node1.pid
log=$state/node1.log
war=$repo/target/tandem.war

running() {
  [[ -f $pidfile ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

stop_node() {
  if running; then
    local pid
    pid=$(cat "$pidfile")
    kill -TERM "$pid"   # Jetty's shutdown hook stops the webapp and closes the node's store
    for _ in $(seq 1 60); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
      echo "node1 did not stop within 30 s; killing it" >&2
      kill -KILL "$pid" 2>/dev/null || true
    fi
    echo "Tandem node1 stopped."
  fi
  rm -f "$pidfile"
}

case ${1:-start} in
  stop)
    if running; then stop_node; else echo "Tandem demo is not running."; rm -f "$pidfile"; fi
    exit 0
    ;;
  start) ;;
  *)
    echo "usage: deploy/demo.sh [start|stop]" >&2
    exit 2
    ;;
esac

tandem_use_java
if running; then
  echo "Tandem node1 is already running: http://127.0.0.1:$port/  (stop it with: deploy/demo.sh stop)"
  exit 0
fi
if [[ ! -f $war ]]; then
  command -v mvn >/dev/null || { echo "deploy/demo.sh: Maven is needed to build the WAR: apt-get install maven" >&2; exit 1; }
  echo "Building target/tandem.war (once) ..."
  (cd "$repo" && mvn -B -q -DskipTests package)
fi

mkdir -p "$state/node1"
"$TANDEM_JAVA" -jar "$war" serve --port "$port" --bind 127.0.0.1 --data-dir "$state/node1" --node node1 \
  >"$log" 2>&1 &
echo $! >"$pidfile"
trap 'echo; stop_node; exit 0' INT TERM

for _ in $(seq 1 240); do
  if grep -q '^tandem: serving ' "$log"; then break; fi
  if ! running; then
    echo "node1 failed to start; its log ($log) ends with:" >&2
    tail -n 20 "$log" >&2
    rm -f "$pidfile"
    exit 1
  fi
  sleep 0.5
done
if ! grep -q '^tandem: serving ' "$log"; then
  echo "node1 did not answer within 120 s; see $log" >&2
  stop_node
  exit 1
fi

echo "Tandem node1 is running: http://127.0.0.1:$port/"
echo "  data: $state/node1   log: $log"
echo "  stop: Ctrl-C here, or deploy/demo.sh stop"
wait "$(cat "$pidfile")" 2>/dev/null || true
rm -f "$pidfile"
