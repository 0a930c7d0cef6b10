#!/usr/bin/env bash
# Traineemonitor launcher: finds a JDK 21+ (Vaadin 25 needs it; the default java here may be 17),
# builds the jar when the sources are newer than it, and runs it.
#   ./tm                 serve the dashboard on http://localhost:8080 (./tm serve --port=9090 for another port)
#   ./tm test            run every test (installs Debian's Chromium for the browser tests if it is missing)
#   ./tm bench           benchmark: cold start to first page, resident memory -> bench/results/
#   ./tm bench-extract   benchmark: full extract of ~1 M facts with -Xmx256m, time and peak heap -> bench/results/
#   ./tm bench-soak      benchmark: 50 cookie-less clients for 60 s on loopback, memory and sessions -> bench/results/
#   ./tm <command> ...   any command of the jar: ./tm --help lists them (load, ...)
set -euo pipefail
cd "$(dirname "$0")"

java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
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
APP=target/app   # the jar extracted for fast starts, with a JDK 25 AOT cache made by one training start
JAVA_MAJOR="$(java_major "$JAVA_HOME")"
build_if_needed() {
  if [ ! -f "$JAR" ] || [ -n "$(find pom.xml src sql -newer "$JAR" -print -quit)" ]; then
    echo "Building $JAR ..." >&2
    ./mvnw -B -ntp -q clean package -DskipTests >&2
  fi
  if [ "$JAVA_MAJOR" -ge 25 ] && { [ ! -f "$APP/app.aot" ] || [ "$JAR" -nt "$APP/app.aot" ]; }; then
    echo "Preparing the fast-start cache (once per build) ..." >&2
    rm -rf "$APP"
    java -Djarmode=tools -jar "$JAR" extract --destination "$APP" >/dev/null
    # Training start: the context refreshes (on a scratch database) and exits; the JVM records what it loaded.
    java --enable-native-access=ALL-UNNAMED -XX:AOTCacheOutput="$APP/app.aot" -Dspring.context.exit=onRefresh \
      -jar "$APP/traineemonitor.jar" --traineemonitor.database="$APP/training.duckdb" \
      --logging.level.root=WARN --server.port=0 >"$APP/training.log" 2>&1 || echo "(fast-start cache not made: see $APP/training.log)" >&2
    rm -f "$APP/training.duckdb" "$APP/training.duckdb.wal" "$APP/training.duckdb.sha256"
  fi
}
run_jar() {
  if [ -f "$APP/app.aot" ]; then
    exec java --enable-native-access=ALL-UNNAMED -XX:AOTCache="$APP/app.aot" -Xlog:aot=off -Xlog:cds=off -jar "$APP/traineemonitor.jar" "$@"
  fi
  exec java --enable-native-access=ALL-UNNAMED -jar "$JAR" "$@"
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
    exec ./mvnw -B -ntp verify "$@"
    ;;
  bench)
    shift || true
    build_if_needed
    exec bash bench/run.sh "$@"
    ;;
  bench-extract)
    shift || true
    build_if_needed
    exec bash bench/extract.sh "$@"
    ;;
  bench-soak)
    shift || true
    build_if_needed
    exec bash bench/soak.sh "$@"
    ;;
  *)
    build_if_needed
    run_jar "$@"
    ;;
esac
