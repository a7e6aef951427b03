#!/usr/bin/env bash
# The portal's resident memory (RSS) as a small host sees it: the runnable jar started with JAVA_OPTS (default:
# none, so the JVM's defaults), or with LAUNCHER=1 as the README starts it, by bin/roadmap-portal (its options, then
# JAVA_OPTS), 200 generated roadmaps imported at start (20 to 219 items each).
# Reports RSS once the portal is healthy and idle, then after 800 distinct pages (each roadmap's page, board,
# editions and first item), during 20 s of wrk over those pages, and at rest after it. JAR= another build.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
jar=${JAR:-$PWD/roadmap-web/target/roadmap-web.jar}
[ -f "$jar" ] || { echo "Build first: ./mvnw -DskipTests package" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }
PORT=${PORT:-18396}
JAVA_OPTS=${JAVA_OPTS-}
source bench/lib.sh
scratch
root="http://127.0.0.1:$PORT"

javac -d "$work/classes" roadmap-importer/src/test/java/dev/roadmap/importer/bench/GeneratedRoadmaps.java \
  roadmap-importer/src/test/java/dev/roadmap/importer/bench/WriteGeneratedRoadmaps.java
# shellcheck disable=SC2046 # one argument per size
java -cp "$work/classes" dev.roadmap.importer.bench.WriteGeneratedRoadmaps "$work/import" $(seq 20 219)

# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
if [ "${LAUNCHER:-0}" = 1 ]; then
  (cd "$work" && ROADMAP_IMPORT_DIR="$work/import" ROADMAP_JAR="$jar" JAVA_OPTS="$JAVA_OPTS" exec "$repo/bin/roadmap-portal" \
    --port "$PORT" >"$work/portal.log" 2>&1) &
else
  (cd "$work" && ROADMAP_IMPORT_DIR="$work/import" exec java $JAVA_OPTS -jar "$jar" --port "$PORT" \
    >"$work/portal.log" 2>&1) &
fi
pid=$!
for _ in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$root/health")" = 200 ] && break
  kill -0 "$pid" 2>/dev/null || { tail -30 "$work/portal.log"; exit 1; }
  sleep 0.5
done
rss() { awk '/VmRSS/ {printf "%d MiB", $2 / 1024}' "/proc/$pid/status"; }
sleep 5
echo "jar $(basename "$jar"); $([ "${LAUNCHER:-0}" = 1 ] && echo "bin/roadmap-portal, ")JAVA_OPTS='${JAVA_OPTS}'; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "RSS idle after start: $(rss)"

: >"$work/pages.txt"
for size in $(seq 20 219); do
  slug=$(printf 'items-%05d' "$size")
  anchor=$(curl -s "$root/api/roadmaps/$slug" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(next(i["anchor"] for h in d["horizons"] for i in h["items"]))')
  printf '%s\n' "/roadmaps/$slug" "/roadmaps/$slug/board" "/roadmaps/$slug/editions" \
    "/roadmaps/$slug/items/$anchor" >>"$work/pages.txt"
done
failed=0
while read -r page; do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$root$page")" = 200 ] || failed=$((failed + 1))
done <"$work/pages.txt"
echo "RSS after $(wc -l <"$work/pages.txt") distinct pages ($failed not 200): $(rss)"

# wrk over the same pages, one per request in turn.
cat >"$work/pages.lua" <<EOF
local pages, i = {}, 0
for line in io.lines("$work/pages.txt") do pages[#pages + 1] = line end
request = function() i = i % #pages + 1; return wrk.format("GET", pages[i]) end
EOF
wrk -t1 -c32 -d20s -s "$work/pages.lua" "$root" >"$work/wrk.txt" 2>&1 &
load=$!
sleep 15
echo "RSS under load: $(rss)"
nmt() { # the JVM's own account of its memory, when JAVA_OPTS turn NativeMemoryTracking on
  case "$JAVA_OPTS" in *NativeMemoryTracking*) jcmd "$pid" VM.native_memory summary |
    awk '/committed=/ && /^(Total|-)/ {sub(/^- */, ""); print "  NMT " $0}' ;; esac
}
nmt
wait "$load"
grep -E "requests in|Non-2xx|Socket errors|Requests/sec" "$work/wrk.txt" || true
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
sleep 5
echo "RSS at rest after the load: $(rss)"
nmt
# Last, since a full collection changes what follows: the heap the portal really holds (its live set).
jcmd "$pid" GC.run >/dev/null
echo "live heap after a full collection: $(jcmd "$pid" GC.class_histogram | awk '/^Total/ {printf "%d MiB", $3 / 1048576}')"
jcmd "$pid" GC.class_histogram | sed -n 4,18p
