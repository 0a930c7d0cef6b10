#!/usr/bin/env bash
# Traineemonitor launcher: finds a JDK 21+ (Vaadin 25 needs it; the default java here may be 17),
# builds the jar when the sources are newer than it, and runs it. Help needs no build and no JVM.
#   ./tm                 serve the dashboard on http://localhost:8080 (./tm serve --port=9090 for another port)
#   ./tm test            run every test (installs Debian's Chromium for the browser tests if it is missing)
#   ./tm bench           benchmark: cold start to first page, resident memory -> bench/results/
#   ./tm bench-extract   benchmark: full extract of ~1 M facts with -Xmx256m, time and peak heap -> bench/results/
#   ./tm bench-scale     benchmark at scale (FACTS=1000000 ./tm bench-scale): engine, views, extract, PostgreSQL, start
#   ./tm bench-soak      benchmark: 50 cookie-less clients for 60 s on loopback, memory and sessions -> bench/results/
#   ./tm <command> ...   any command of the jar: ./tm --help lists them (load, ...)
set -euo pipefail
cd "$(dirname "$0")"

# Help needs no build: the texts are generated from the commands' declarations and committed in docs/commands/
# (CommandHelpTest keeps them equal to what the jar prints). An unknown name falls through to the jar's message.
help_file() {
  local words=()
  if [ "${1:-}" = --help ] || [ "${1:-}" = -h ] || [ "${1:-}" = help ]; then
    shift
    words=("$@")
    [ ${#words[@]} -eq 0 ] && words=(help)
  else
    local a asked=""
    for a in "$@"; do [ "$a" = --help ] || [ "$a" = -h ] && asked=1; done
    [ -n "$asked" ] || return 1
    for a in "$@"; do case "$a" in -*) break ;; *) words+=("$a") ;; esac; done
    [ ${#words[@]} -eq 0 ] && words=(serve)  # ./tm --port=9090 --help
  fi
  local name="${words[*]}"
  [ -f "docs/commands/${name// /-}.txt" ] && echo "docs/commands/${name// /-}.txt"
}
if file="$(help_file "$@")"; then
  exec cat "$file"
fi

# The JDK's major version from its release file (starting a JVM to ask costs a tenth of a second).
java_major() {
  local v
  v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null)"
  [ -n "$v" ] && { echo "$v"; return; }
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'
}
find_jdk() {
  local candidates=() c
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  candidates+=(/usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*)
  for c in "${candidates[@]}"; do
    if [ -x "$c/bin/javac" ] && [ "$(java_major "$c")" -ge 21 ] 2>/dev/null; then echo "$c"; return 0; fi
  done
  echo "No JDK 21 or newer found (looked at \$JAVA_HOME and /usr/lib/jvm). Install one, e.g. Temurin 25, and set JAVA_HOME." >&2
  return 1
}
export JAVA_HOME="$(find_jdk)"
export PATH="$JAVA_HOME/bin:$PATH"

JAR=target/traineemonitor.jar
APP=target/app   # the jar extracted for fast starts, with the JDK 25 AOT caches (each made by one training run)
JAVA_MAJOR="$(java_major "$JAVA_HOME")"
build_if_needed() {
  if [ ! -f "$JAR" ] || [ -n "$(find pom.xml src sql -newer "$JAR" -print -quit)" ]; then
    echo "Building $JAR ..." >&2
    ./mvnw -B -ntp -q clean package -DskipTests >&2
  fi
}
# Once per build: the jar extracted (classes load faster from plain jars than from jars inside the jar), and DuckDB's
# native library taken out of its jar into lib/, where DuckDB's loader finds it beside the jar: otherwise every start
# unpacks 70 MB into the temporary folder first (half a second) and a killed process leaves the copy there.
prepare_app() {
  [ -f "$APP/.extracted" ] && [ ! "$JAR" -nt "$APP/.extracted" ] && return
  rm -rf "$APP"
  java -Djarmode=tools -jar "$JAR" extract --destination "$APP" >/dev/null
  local duckdb native os arch
  duckdb="$(ls "$APP"/lib/duckdb_jdbc-*.jar 2>/dev/null | head -1)"
  case "$(uname -s)" in Linux) os=linux ;; Darwin) os=macos ;; *) os="" ;; esac
  case "$(uname -m)" in x86_64|amd64) arch=amd64 ;; aarch64|arm64) arch=arm64 ;; *) arch="" ;; esac
  native="libduckdb_java.so_${os}_${arch}"
  if [ -n "$duckdb" ] && [ -n "$os" ] && [ -n "$arch" ] && command -v zip >/dev/null && command -v unzip >/dev/null \
      && unzip -q -o "$duckdb" "$native" -d "$APP/lib" 2>/dev/null; then
    zip -q -d "$duckdb" 'libduckdb_java.so_*' || rm -f "$APP/lib/$native"
  fi
  touch "$APP/.extracted"
}
# Commands are short runs: the C1 compiler only (C2 compiling costs them more than it gains on two cores), the serial
# collector (no G1 threads to start), and an AOT cache without AOT class linking (linking loads every class of the cache
# at start, which a command with bad arguments would pay for).
COMMAND_JAVA=(java --enable-native-access=ALL-UNNAMED -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-AOTClassLinking)
# Once per build, before the first command: a training run (a county workbook on a scratch database) from which the
# JVM makes the commands' AOT cache. A command with bad arguments is answered first, without it.
prepare_command_cache() {
  [ "$JAVA_MAJOR" -ge 25 ] && [ ! -f "$APP/commands.aot" ] && [ ! -f "$APP/commands-training.log" ] || return 0
  "${COMMAND_JAVA[@]}" -Dtm.check-arguments=true -jar "$APP/traineemonitor.jar" "$@" || exit $?
  echo "Preparing the fast-start cache for commands (once per build) ..." >&2
  local db="$APP/training/traineemonitor.duckdb"
  { "${COMMAND_JAVA[@]}" -jar "$APP/traineemonitor.jar" load --traineemonitor.database="$db" &&
    "${COMMAND_JAVA[@]}" -XX:AOTCacheOutput="$APP/commands.aot" -jar "$APP/traineemonitor.jar" report county --county=18 \
      --out="$APP/training/county.xlsx" --traineemonitor.database="$db"; } >"$APP/commands-training.log" 2>&1 \
    || echo "(fast-start cache for commands not made: see $APP/commands-training.log)" >&2
  rm -rf "$APP/training"
}
# Once per build, before the first server start: a training start from which the JVM makes the server's AOT cache.
prepare_server_cache() {
  [ "$JAVA_MAJOR" -ge 25 ] && [ ! -f "$APP/app.aot" ] && [ ! -f "$APP/training.log" ] || return 0
  echo "Preparing the fast-start cache (once per build) ..." >&2
  # Training start: the context refreshes (on a scratch database) and exits; the JVM records what it loaded.
  # (a scratch record too: the real first start must create the first administrator and print its password)
  java --enable-native-access=ALL-UNNAMED -XX:AOTCacheOutput="$APP/app.aot" -Dspring.context.exit=onRefresh \
    -jar "$APP/traineemonitor.jar" --traineemonitor.database="$APP/training.duckdb" \
    --traineemonitor.record="$APP/training-record" \
    --logging.level.root=WARN --server.port=0 >"$APP/training.log" 2>&1 || echo "(fast-start cache not made: see $APP/training.log)" >&2
  rm -rf "$APP/training.duckdb" "$APP/training.duckdb.wal" "$APP/training.duckdb.sha256" "$APP/training-record"
}
# The server's heap gives back what the warm-up after a start or a load used up: when idle for 15 s G1 collects, and
# after a collection at most 30 % of the heap stays free (at 1 M facts, resident after the warm-up: 1.47 GB before, about 0.95 GB with these).
SERVER_JAVA=(java --enable-native-access=ALL-UNNAMED -XX:G1PeriodicGCInterval=15000 -XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10)
run_server() {
  prepare_app
  prepare_server_cache
  if [ -f "$APP/app.aot" ]; then
    exec "${SERVER_JAVA[@]}" -XX:AOTCache="$APP/app.aot" -Xlog:aot=off -Xlog:cds=off -jar "$APP/traineemonitor.jar" "$@"
  fi
  exec "${SERVER_JAVA[@]}" -jar "$APP/traineemonitor.jar" "$@"
}
run_command() {
  prepare_app
  prepare_command_cache "$@"
  if [ -f "$APP/commands.aot" ]; then
    exec "${COMMAND_JAVA[@]}" -XX:AOTCache="$APP/commands.aot" -Xlog:aot=off -Xlog:cds=off -jar "$APP/traineemonitor.jar" "$@"
  fi
  exec "${COMMAND_JAVA[@]}" -jar "$APP/traineemonitor.jar" "$@"
}

case "${1:-serve}" in
  test)
    shift || true
    if ! command -v chromium >/dev/null; then
      if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "Installing Debian's Chromium for the browser tests ..." >&2
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
      else
        echo "Chromium is missing: install Debian's 'chromium' package (the browser tests use /usr/bin/chromium)." >&2
        exit 1
      fi
    fi
    # The tests check every quote of sample-data/ against the source documents: ../shared/seeds beside the clone,
    # or the folder TRAINEEMONITOR_SEEDS names (the app reads that variable too).
    SEEDS="${TRAINEEMONITOR_SEEDS:-../shared/seeds}"
    if [ ! -d "$SEEDS" ]; then
      echo "The source documents are missing: the tests check sample-data's quotes against them. Put them in" >&2
      echo "../shared/seeds beside this folder, or run TRAINEEMONITOR_SEEDS=/path/to/seeds ./tm test." >&2
      exit 1
    fi
    exec ./mvnw -B -ntp verify -Dtraineemonitor.seeds="$(cd "$SEEDS" && pwd)" "$@"
    ;;
  bench)
    shift || true
    build_if_needed
    prepare_app
    prepare_server_cache
    exec bash bench/run.sh "$@"
    ;;
  bench-extract)
    shift || true
    build_if_needed
    exec bash bench/extract.sh "$@"
    ;;
  bench-scale)
    shift || true
    build_if_needed
    prepare_app
    prepare_server_cache
    exec bash bench/scale.sh "$@"
    ;;
  bench-soak)
    shift || true
    build_if_needed
    exec bash bench/soak.sh "$@"
    ;;
  serve|--*)
    build_if_needed
    run_server "$@"
    ;;
  *)
    build_if_needed
    run_command "$@"
    ;;
esac
