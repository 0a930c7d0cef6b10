#!/usr/bin/env bash
# Benchmark of the full extract (issue 8): warehouses of 100 000 and 1 million facts exported as .xlsx (SXSSF) and .csv
# with a 256 MB heap. Called by ./tm bench-extract (which builds the jar and selects the JDK).
# Works on scratch databases in a temporary folder: the sample facts are repeated with new ids there, never in
# sample-data/ or data/. Writes bench/results/extract-<timestamp>.txt: per run the rows, seconds, file size, peak heap
# (the sum of the heap pools' peaks: what the heap held at most, garbage included), the live heap (the most the heap
# held right after a garbage collection: what the extract really keeps) and the peak resident memory (DuckDB included).
#   ROWS="100000 1000000" HEAP=256m ./tm bench-extract
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${ROWS:-100000 1000000}"
HEAP="${HEAP:-256m}"
JAR=target/traineemonitor.jar
OUT="bench/results/extract-$(date -u +%Y%m%dT%H%M%SZ).txt"
SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT
JAVA=(java --enable-native-access=ALL-UNNAMED)
unzip -q -j "$JAR" 'BOOT-INF/lib/duckdb_jdbc-*.jar' -d "$SCRATCH/lib"

{
  echo "# Traineemonitor extract benchmark $(date -u +%FT%TZ)"
  echo "# machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
  echo "# heap -Xmx$HEAP; scratch warehouses of $ROWS facts (the sample facts repeated with new ids)"
  echo "# command_seconds: writing the file; wall_seconds: the whole java process (start, Spring context, writing)"
  echo "format,rows,facts,survey_cells,indicator_values,command_seconds,wall_seconds,file_mb,peak_heap_mb,live_heap_mb,max_heap_mb,peak_rss_mb"
} > "$OUT"
for rows in $ROWS; do
  db="$SCRATCH/db-$rows.duckdb"
  echo "Building a scratch warehouse of $rows facts in $SCRATCH ..." >&2
  "${JAVA[@]}" -jar "$JAR" load --traineemonitor.database="$db" >/dev/null
  "${JAVA[@]}" -cp "$SCRATCH/lib/*" bench/SynthesiseFacts.java "$db" "$rows" >&2
  # the synthetic facts changed the file on purpose: record its new checksum, or the extract refuses it as damaged
  (cd "$SCRATCH" && sha256sum "db-$rows.duckdb" > "db-$rows.duckdb.sha256")
  for format in xlsx csv; do
    start=$(date +%s%N)
    line=$("${JAVA[@]}" -Xmx"$HEAP" -Xlog:gc:file="$SCRATCH/gc.log" -jar "$JAR" extract --out="$SCRATCH/extract.$format" \
      --stats=true --traineemonitor.database="$db" | tee /dev/stderr | grep '^stats:')
    end=$(date +%s%N)
    get() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
    # "Pause Young ... 150M->35M(256M)": the heap after each collection
    live=$(grep -o '[0-9]*M->[0-9]*M' "$SCRATCH/gc.log" | sed 's/.*->//; s/M//' | sort -n | tail -1)
    printf '%s,%s,%s,%s,%s,%s,%.1f,%.1f,%s,%s,%s,%s\n' "$format" "$(get rows)" "$(get facts)" "$(get survey)" \
      "$(get indicators)" "$(get seconds)" "$(echo "($end - $start) / 1000000000" | bc -l)" \
      "$(echo "$(get bytes) / 1048576" | bc -l)" "$(get peak_heap_mb)" "${live:-n/a}" "$(get max_heap_mb)" \
      "$(get peak_rss_mb)" >> "$OUT"
    rm -f "$SCRATCH/extract.$format" "$SCRATCH/gc.log"
  done
  rm -f "$db" "$db.wal" "$db.sha256"
done
cat "$OUT"
