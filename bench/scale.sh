#!/usr/bin/env bash
# Scale benchmark (issue 16): one run on one machine, on a scratch warehouse of the sample data plus FACTS synthetic
# facts (src/test/java/no/traineemonitor/bench/SyntheticData.java, seed 16). Called by ./tm bench-scale, which builds
# the jar and selects the JDK. Writes bench/results/scale-<facts>-<timestamp>.json and .md.
#   FACTS=1000000 ./tm bench-scale            (100000 | 1000000 | 10000000)
# Options (environment): SEED=16, HEAP=256m (the extract's heap), SESSIONS=1,10,50, REQUESTS=40 (per session),
# EXTRACT="xlsx csv" (formats of the full extract; empty skips it), PG=auto|no (PostgreSQL comparison), PORT=8686,
# RUNS=7 (timed runs per engine/SQL figure), LIMIT=900 (seconds a county workbook or a page in Chromium may take).
# Everything it makes is in a temporary folder, removed at the end; sample-data/ and data/ are never touched.
set -euo pipefail
cd "$(dirname "$0")/.."
FACTS="${FACTS:-1000000}"
SEED="${SEED:-16}"
HEAP="${HEAP:-256m}"
SESSIONS="${SESSIONS:-1,10,50}"
REQUESTS="${REQUESTS:-40}"
EXTRACT="${EXTRACT-xlsx csv}"
PG="${PG:-auto}"
PORT="${PORT:-8686}"
RUNS="${RUNS:-7}"
LIMIT="${LIMIT:-900}"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
OUT="bench/results/scale-$FACTS-$STAMP"
SCRATCH="$(mktemp -d /tmp/tm-scale.XXXXXX)"
chmod 755 "$SCRATCH"  # PostgreSQL's server runs as its own user and reads the CSV files here
FIG="$SCRATCH/figures.tsv"
: > "$FIG"
SERVER_PID=""
PG_CTL=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  [ -n "$PG_CTL" ] && su postgres -s /bin/sh -c "$PG_CTL -D '$SCRATCH/pg' -m fast stop" >/dev/null 2>&1
  rm -rf "$SCRATCH"
}
trap cleanup EXIT

# fig SECTION NAME VALUE UNIT TARGET MET NOTE
fig() { printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >> "$FIG"; echo "$1 | $2 | $3 $4 ${5:+(target $5)} ${7:+| $7}" >&2; }
now() { date +%s%N; }
secs() { echo "scale=2; ($2 - $1) / 1000000000" | bc -l | sed 's/^\./0./'; }
# met VALUE OP LIMIT -> yes/no
met() { if [ "$(echo "$1 $2 $3" | bc -l)" = 1 ]; then echo yes; else echo no; fi; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

JAR=target/traineemonitor.jar
if [ ! -f target/bench-classpath.txt ] || [ pom.xml -nt target/bench-classpath.txt ]; then
  ./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >&2
fi
if [ ! -d target/test-classes/no/traineemonitor/bench ] || [ -n "$(find src/test/java/no/traineemonitor/bench -newer target/test-classes/no/traineemonitor/bench/ScaleBenchmark.class -print -quit 2>/dev/null)" ]; then
  ./mvnw -B -ntp -q test-compile >&2
fi
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
BJAVA=(java --enable-native-access=ALL-UNNAMED -cp "$CP")
AJAVA=(java --enable-native-access=ALL-UNNAMED)
MACHINE="$(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), $(free -g | awk '/Mem/{print $2}') GiB RAM, $(java -version 2>&1 | head -1); load average at start $(loadavg)"
echo "Scale benchmark: $FACTS facts, scratch folder $SCRATCH" >&2

# 1. the generator ------------------------------------------------------------------------------------------------
t0=$(now)
line=$("${BJAVA[@]}" no.traineemonitor.bench.SyntheticData --facts="$FACTS" --seed="$SEED" --out="$SCRATCH/data")
t1=$(now)
echo "$line" >&2
fig generator "synthetic facts written (seed $SEED)" "$(sed -n 's/.* \([0-9]*\) facts.*/\1/p' <<<"$line")" facts "" "" "$line"
fig generator "generating the CSV files" "$(secs "$t0" "$t1")" s "" "" "$(du -sh "$SCRATCH/data/facts" | cut -f1) of fact CSV"

# 2. the warehouse: the sample loaded by the app's load command, then the synthetic files appended -------------------
DB="$SCRATCH/db/traineemonitor.duckdb"
mkdir -p "$SCRATCH/db" "$SCRATCH/sample"
"${AJAVA[@]}" -jar "$JAR" load --traineemonitor.database="$DB" >/dev/null
cp "$DB" "$DB.sha256" "$SCRATCH/sample/"
line=$("${BJAVA[@]}" no.traineemonitor.bench.ScratchWarehouse "$DB" "$SCRATCH/data")
echo "$line" >&2
seconds=$(sed -n 's/.*seconds=\([0-9.]*\).*/\1/p' <<<"$line")
if [ "$FACTS" -le 1000000 ]; then target="≤ 10"; ok=$(met "$seconds" '<=' 10); else target=""; ok=""; fi
fig load "load of the synthetic facts from CSV into the warehouse" "$seconds" s "$target" "$ok" \
  "DuckDB read_csv of $FACTS facts, then the materialise step (sql/load/40_materialise.sql) over all facts; checksum included"
fig load "warehouse file" "$(( $(stat -c %s "$DB") / 1048576 ))" MB "" "" "$(sed -n 's/.*facts=\([0-9]*\).*/\1/p' <<<"$line") facts in all"
if [ "$FACTS" -le 1000000 ]; then
  # the whole load command (validation of every row in Java, then DuckDB) on the generated folder: quotes are not
  # checked against documents (the synthetic source has none), every other rule is
  t0=$(now)
  if "${AJAVA[@]}" -jar "$JAR" load --traineemonitor.database="$SCRATCH/load/traineemonitor.duckdb" \
       --traineemonitor.sample-data="$SCRATCH/data" --traineemonitor.seeds="$SCRATCH/no-seeds" > "$SCRATCH/load.log" 2>&1; then
    t1=$(now)
    s=$(secs "$t0" "$t1")
    fig load "./tm load of the generated folder (validator included, whole process)" "$s" s "≤ 10" "$(met "$s" '<=' 10)" \
      "every rule but the quote check; java -jar, start-up included"
  else
    fig load "./tm load of the generated folder" unknown s "≤ 10" "" "the load failed: $(grep -m1 -i 'error\|line' "$SCRATCH/load.log" | cut -c1-200)"
  fi
  rm -rf "$SCRATCH/load"
fi

# 3. in-process: engine against SQL, view data under concurrent sessions, bench/sql on DuckDB -------------------------
"${BJAVA[@]}" -XX:+UseG1GC no.traineemonitor.bench.ScaleBenchmark --database="$DB" --figures="$FIG" --sql=bench/sql \
  --scratch="$SCRATCH" --sessions="$SESSIONS" --requests="$REQUESTS" --runs="$RUNS" >&2

# 4. the full extract with -Xmx$HEAP against a bare SXSSF writer and DuckDB's COPY -----------------------------------
for format in $EXTRACT; do
  t0=$(now)
  line=$("${AJAVA[@]}" -Xmx"$HEAP" -jar "$JAR" extract --out="$SCRATCH/extract.$format" --stats=true \
    --traineemonitor.database="$DB" | grep '^stats:')
  t1=$(now)
  get() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
  fig extract "extract .$format: rows" "$(get rows)" rows "" "" "$(get facts) facts, $(get survey) survey cells, $(get indicators) indicator values"
  fig extract "extract .$format: writing" "$(get seconds)" s "" "" "whole process $(secs "$t0" "$t1") s; file $(( $(get bytes) / 1048576 )) MB"
  fig extract "extract .$format: peak heap" "$(get peak_heap_mb)" MB "" "" "-Xmx$HEAP; peak RSS $(get peak_rss_mb) MB"
  eval "extract_${format}_s=$(get seconds) extract_${format}_heap=$(get peak_heap_mb)"
  rm -f "$SCRATCH/extract.$format"
done
if [[ " $EXTRACT " == *" xlsx "* ]]; then
  line=$("${BJAVA[@]}" -Xmx"$HEAP" no.traineemonitor.bench.BareExtract "$DB" "$SCRATCH/bare.xlsx" | grep '^stats:')
  get() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
  fig extract "bare SXSSF writer of the same rows: writing" "$(get seconds)" s "" "" "$(get rows) rows; file $(( $(get bytes) / 1048576 )) MB"
  fig extract "bare SXSSF writer: peak heap" "$(get peak_heap_mb)" MB "" "" "-Xmx$HEAP; peak RSS $(get peak_rss_mb) MB"
  r=$(echo "scale=2; $extract_xlsx_s / $(get seconds)" | bc -l | sed 's/^\./0./')
  fig extract "extract .xlsx ÷ bare SXSSF: time" "$r" × "≤ 1.3" "$(met "$r" '<=' 1.3)" ""
  r=$(echo "scale=2; $extract_xlsx_heap / $(get peak_heap_mb)" | bc -l | sed 's/^\./0./')
  fig extract "extract .xlsx ÷ bare SXSSF: peak heap" "$r" × "≤ 1.3" "$(met "$r" '<=' 1.3)" ""
  rm -f "$SCRATCH/bare.xlsx"
fi
copy_ms=$(awk -F'\t' '$2 == "extract.sql COPY TO csv ms" {print $3}' "$FIG")
if [[ " $EXTRACT " == *" csv "* ]] && [ -n "$copy_ms" ]; then
  r=$(echo "scale=1; $extract_csv_s * 1000 / $copy_ms" | bc -l | sed 's/^\./0./')
  fig extract "extract .csv ÷ DuckDB COPY TO csv of the fact rows" "$r" × "" "" "the extract also writes survey cells and indicator values with their sources"
fi

# 5. county workbook -------------------------------------------------------------------------------------------------
./tm report county --county=18 --out="$SCRATCH/county.xlsx" --traineemonitor.database="$SCRATCH/sample/traineemonitor.duckdb" >/dev/null
for db in "$SCRATCH/sample/traineemonitor.duckdb" "$DB"; do
  t0=$(now)
  what="the sample"; [ "$db" = "$DB" ] && what="$FACTS synthetic facts"
  if timeout "$LIMIT" ./tm report county --county=18 --out="$SCRATCH/county.xlsx" --traineemonitor.database="$db" >/dev/null; then
    t1=$(now)
    fig commands "county workbook (./tm report county --county=18), $what, whole process" "$(secs "$t0" "$t1")" s "" "" \
      "after a first run (which makes ./tm's cache for commands); $(( $(stat -c %s "$SCRATCH/county.xlsx") / 1024 )) kB"
  else
    fig commands "county workbook (./tm report county --county=18), $what, whole process" unknown s "" "" "stopped after $LIMIT s"
  fi
done

# 6. PostgreSQL against DuckDB -----------------------------------------------------------------------------------------
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [ "$PG" = no ]; then
  fig postgresql "PostgreSQL comparison" unknown "" "" "" "skipped (PG=no)"
elif [ -z "$pg_bin" ]; then
  fig postgresql "PostgreSQL comparison" unknown "" "" "" "Debian's postgresql is not installed (apt-get install -y postgresql)"
elif [ "$(id -u)" != 0 ] && [ "$(id -un)" != postgres ]; then
  fig postgresql "PostgreSQL comparison" unknown "" "" "" "needs root (to run the server as the postgres user) or the postgres user"
else
  PGPORT=$((PORT + 10000))
  asuser() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi; }
  mkdir -p "$SCRATCH/pg" "$SCRATCH/pgsock"; chown postgres "$SCRATCH/pg" "$SCRATCH/pgsock" 2>/dev/null || true
  asuser "$pg_bin/initdb -D '$SCRATCH/pg' -A trust -U postgres >/dev/null"
  PG_CTL="$pg_bin/pg_ctl"
  # loopback only; memory as a small server of this machine would have (a quarter of RAM for the cache is the usual advice)
  asuser "$PG_CTL -D '$SCRATCH/pg' -l '$SCRATCH/pg/log' -w -o \"-p $PGPORT -k $SCRATCH/pgsock -c listen_addresses=127.0.0.1 -c shared_buffers=1GB -c work_mem=64MB -c max_parallel_workers_per_gather=2 -c jit=off\" start >/dev/null"
  PSQL=("$pg_bin/psql" -X -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1)
  # the same tables, written by DuckDB and read by COPY
  "${BJAVA[@]}" no.traineemonitor.bench.PgExport "$DB" "$SCRATCH/pgdata" >&2
  chmod -R a+rX "$SCRATCH/pgdata"
  t0=$(now)
  "${PSQL[@]}" -f "$SCRATCH/pgdata/load.sql" >/dev/null
  t1=$(now)
  fig postgresql "PostgreSQL: loading fact_observation and programme (COPY, then ANALYZE)" "$(secs "$t0" "$t1")" s "" "" \
    "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}'), shared_buffers 1GB, work_mem 64MB, 2 parallel workers"
  pgtime() {  # median ms of 5 runs (after one warm-up) of an SQL file, from psql's \timing
    { echo '\o /dev/null'; echo '\timing on'; for i in 1 2 3 4 5 6; do grep -v '^--' "$1"; echo ';'; done; } \
      | "${PSQL[@]}" 2>&1 | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -5 | sort -n | sed -n 3p
  }
  for q in bench/sql/q_*.sql; do
    name="$(basename "$q")"
    pg_ms=$(pgtime "$q")
    duck_ms=$(awk -F'\t' -v n="$name ms" '$2 == n {print $3}' "$FIG")
    fig postgresql "$name on PostgreSQL" "$pg_ms" ms "" "" "median of 5"
    r=$(echo "scale=1; $pg_ms / $duck_ms" | bc -l | sed 's/^\./0./')
    fig postgresql "$name: PostgreSQL ÷ DuckDB" "$r" × "≥ 3" "$(met "$r" '>=' 3)" "DuckDB $duck_ms ms"
  done
  t0=$(now)
  { echo '\timing on'; echo "COPY ($(grep -v '^--' bench/sql/extract.sql)) TO '$SCRATCH/pgsock/pg-copy.csv' (FORMAT csv, HEADER);"; } \
    | "${PSQL[@]}" > "$SCRATCH/pgcopy.log" 2>&1
  pg_ms=$(sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' "$SCRATCH/pgcopy.log" | tail -1)
  fig postgresql "extract.sql COPY TO csv on PostgreSQL" "$pg_ms" ms "" "" "one run"
  if [ -n "$copy_ms" ]; then
    r=$(echo "scale=1; $pg_ms / $copy_ms" | bc -l | sed 's/^\./0./')
    fig postgresql "extract: PostgreSQL COPY ÷ DuckDB COPY" "$r" × "≥ 5" "$(met "$r" '>=' 5)" "DuckDB $copy_ms ms"
  fi
  rm -f "$SCRATCH/pgsock/pg-copy.csv"
  asuser "$PG_CTL -D '$SCRATCH/pg' -m fast stop >/dev/null"
  PG_CTL=""
  rm -rf "$SCRATCH/pg" "$SCRATCH/pgdata"
fi

# 7. cold start to the first page and resident memory: the sample, then the scratch warehouse ------------------------
start_server() {  # start_server NAME DATABASE: the time to the first page and the RSS after a browser rendered it
  local t0 t1 rss
  t0=$(now)
  # its own record (users, returns): a server started on the repository's data/record would create the first
  # administrator there, with a password printed only to this scratch log
  ./tm serve --port="$PORT" --traineemonitor.database="$2" --traineemonitor.record="$SCRATCH/record-$1" \
    --logging.level.root=WARN > "$SCRATCH/server-$1.log" 2>&1 &
  SERVER_PID=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do
    kill -0 "$SERVER_PID" 2>/dev/null || { fig startup "cold start ($1)" unknown s "≤ 5" "" "the server stopped: $(tail -1 "$SCRATCH/server-$1.log")"; SERVER_PID=""; return; }
    sleep 0.05
  done
  t1=$(now)
  local slow=""
  for page in "" "indikatorer?indikator=fill_rate" "sammenlign?program=trainee_salten" "kommuner"; do
    timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
      --disable-component-update --disable-sync --user-data-dir="$SCRATCH/chrome" --virtual-time-budget=8000 \
      --dump-dom "http://127.0.0.1:$PORT/$page" >/dev/null 2>&1 || slow="$slow /$page"
  done
  rss=$(( $(ps -o rss= -p "$SERVER_PID" | tr -d ' ') / 1024 ))
  local s; s=$(secs "$t0" "$t1")
  fig startup "cold start to the first page ($1)" "$s" s "≤ 5" "$(met "$s" '<=' 5)" "./tm serve, the jar built and its caches made; includes checking the file's checksum"
  fig startup "resident memory after the overview, explorer, benchmark and municipality pages ($1)" "$rss" MB "≤ 600" "$(met "$rss" '<=' 600)" \
    "${slow:+Chromium did not finish rendering$slow within 120 s (stopped)}"
  kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
}
start_server "sample" "$SCRATCH/sample/traineemonitor.duckdb"
start_server "$FACTS synthetic facts" "$DB"

MACHINE="$MACHINE; load average at the end $(loadavg)"
"${BJAVA[@]}" no.traineemonitor.bench.BenchReport --figures="$FIG" --out="$OUT" \
  --title="Traineemonitor scale benchmark: $FACTS synthetic facts ($STAMP)" --machine="$MACHINE"
cat "$OUT.md"
