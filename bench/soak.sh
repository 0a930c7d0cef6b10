#!/usr/bin/env bash
# Bounded soak (issue 14): does memory stay flat when anonymous clients hammer the server? Called by ./tm bench-soak
# (which builds the jar and selects the JDK). Runs on loopback against a scratch copy of the database:
#   phase 1: CLIENTS cookie-less clients request the front page for DURATION s (the bootstrap page: no UI starts),
#            twice, so growth that is the JVM warming up shows apart from growth that goes on;
#   phase 2: the same clients start UIs without keeping the cookie (v-r=init) for DURATION2 s, to reach the session cap.
# After each phase: live heap after a full collection, resident memory, and live HTTP sessions (jcmd class histogram).
# Writes bench/results/soak-<timestamp>.txt.   CLIENTS=50 DURATION=60 DURATION2=20 ./tm bench-soak
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS="${CLIENTS:-50}"
DURATION="${DURATION:-60}"   # not SECONDS: bash's own variable
DURATION2="${DURATION2:-20}"
PORT="${PORT:-18181}"
OUT="bench/results/soak-$(date -u +%Y%m%dT%H%M%SZ).txt"
SCRATCH="$(mktemp -d)"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$SCRATCH"' EXIT
JAR=target/traineemonitor.jar
java --enable-native-access=ALL-UNNAMED -jar "$JAR" load --traineemonitor.database="$SCRATCH/db.duckdb" >/dev/null
java --enable-native-access=ALL-UNNAMED -jar "$JAR" --server.port="$PORT" --traineemonitor.database="$SCRATCH/db.duckdb" --traineemonitor.record="$SCRATCH/record" \
  >"$SCRATCH/server.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health"; do
  kill -0 "$pid" 2>/dev/null || { cat "$SCRATCH/server.log"; exit 1; }
  sleep 0.2
done
measure() { # label: live heap after a full GC (class histogram total), RSS, live sessions
  local histo live sessions rss
  histo=$(jcmd "$pid" GC.class_histogram)
  live=$(awk '/^Total/{printf "%.0f", $3/1048576}' <<<"$histo")
  sessions=$(awk '$4=="org.apache.catalina.session.StandardSession"{print $2}' <<<"$histo")
  rss=$(( $(ps -o rss= -p "$pid" | tr -d ' ') / 1024 ))
  echo "$1,${live},${rss},${sessions:-0}" >> "$OUT"
}
{
  echo "# Traineemonitor soak $(date -u +%FT%TZ): $CLIENTS cookie-less clients on loopback"
  echo "# machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
  echo "# settings: traineemonitor.sessions.max and anonymous-timeout as in application.properties"
  echo "when,live_heap_mb,rss_mb,http_sessions"
} > "$OUT"
# warm up with a real page once, so the baseline includes what every server holds after its first visitor
command -v chromium >/dev/null && chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$SCRATCH/chrome" \
  --virtual-time-budget=8000 --dump-dom "http://127.0.0.1:$PORT/" >/dev/null 2>&1 || true
measure before
for round in 1 2; do
  echo "# phase 1, round $round: GET / for ${DURATION} s: $(java bench/Soak.java "http://127.0.0.1:$PORT/" "$CLIENTS" "$DURATION")" >> "$OUT"
  measure "after_front_page_$round"
done
echo "# phase 2: GET /?v-r=init for ${DURATION2} s: $(java bench/Soak.java "http://127.0.0.1:$PORT/?v-r=init&location=" "$CLIENTS" "$DURATION2")" >> "$OUT"
measure after_ui_starts
cat "$OUT"
