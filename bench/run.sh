#!/usr/bin/env bash
# Benchmark: cold start to the first served page, and resident memory once a browser has rendered the page.
# Called by ./tm bench (which builds and selects the JDK). Writes bench/results/startup-<timestamp>.txt.
# Targets (issue 3): start <= 5 s, RSS <= 600 MB. Runs on a copy of the database so data/ is not touched.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-3}"
PORT="${PORT:-18080}"
OUT="bench/results/startup-$(date -u +%Y%m%dT%H%M%SZ).txt"
SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"; pkill -f "traineemonitor.database=$SCRATCH" 2>/dev/null || true' EXIT

if [ -f target/app/app.aot ]; then
  CMD=(java --enable-native-access=ALL-UNNAMED -XX:AOTCache=target/app/app.aot -Xlog:aot=off -Xlog:cds=off -jar target/app/traineemonitor.jar)
else
  CMD=(java --enable-native-access=ALL-UNNAMED -jar target/traineemonitor.jar)
fi
# Build the scratch database once (first start), so the timed runs measure an ordinary start.
"${CMD[@]}" load --traineemonitor.database="$SCRATCH/db.duckdb" >/dev/null

{
  echo "# Traineemonitor start-up benchmark $(date -u +%FT%TZ)"
  echo "# machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; java: $(java -version 2>&1 | head -1)"
  echo "# command: ${CMD[*]}"
  echo "run,start_to_first_page_ms,rss_after_render_mb"
} > "$OUT"
for i in $(seq 1 "$RUNS"); do
  start=$(date +%s%N)
  "${CMD[@]}" --server.port="$PORT" --traineemonitor.database="$SCRATCH/db.duckdb" >"$SCRATCH/run$i.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://localhost:$PORT/kommuner"; do
    kill -0 "$pid" 2>/dev/null || { echo "server died: $SCRATCH/run$i.log"; cat "$SCRATCH/run$i.log"; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  # Let a real browser render the page (creates the Vaadin UI and runs the query), then read the memory.
  if command -v chromium >/dev/null; then
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
      --disable-component-update --disable-sync --user-data-dir="$SCRATCH/chrome$i" --virtual-time-budget=8000 \
      --dump-dom "http://localhost:$PORT/kommuner" >/dev/null 2>&1 || true
  fi
  rss_kb=$(ps -o rss= -p "$pid" | tr -d ' ')
  echo "$i,$(( (end - start) / 1000000 )),$(( rss_kb / 1024 ))" >> "$OUT"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
awk -F, '!/^#/ && NR>1 && $1 ~ /^[0-9]+$/ {n++; s+=$2; if ($2>m) m=$2; if ($3>r) r=$3} END {printf "# mean start %.0f ms, max start %d ms, max RSS %d MB (targets: 5000 ms, 600 MB)\n", s/n, m, r}' "$OUT" >> "$OUT"
cat "$OUT"
