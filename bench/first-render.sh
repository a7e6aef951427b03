#!/usr/bin/env bash
# The first, uncached render of the public pages of generated roadmaps of 500 and 5,000 items: the roadmap page,
# its board and its first item's page, each the first request for that address after a start. The runnable jar
# imports both at start (ROADMAP_IMPORT_DIR, a fresh H2 each round) with JAVA_OPTS (default: none, the jar's own);
# each of ROUNDS rounds is a fresh start, and the rounds alternate which size is asked for first, so neither
# always meets the colder JVM. Prints each time (curl's time_total, seconds) and the CPU seconds the portal's process
# spent meanwhile (all its threads: the request's, the JIT's, the collector's; from /proc, in 10 ms ticks), which a
# loaded machine inflates far less than the time, then the 5,000/500 ratios per round. Each round also gives how
# long the rendering of each edition at its publication took (the portal's log), which /health waits for at start.
# JFR=1 records each round (-XX:StartFlightRecording) and keeps the recordings in JFR_DIR (default /tmp).
# JAR= another build; PORT= the port (default 18211). LAUNCHER=1 starts the jar as the README does, through
# bin/roadmap-portal (its options and its class archive, made first if the jar has none; JAVA_OPTS come after them).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
jar=${JAR:-$PWD/roadmap-web/target/roadmap-web.jar}
[ -f "$jar" ] || { echo "Build first: ./mvnw -DskipTests package" >&2; exit 2; }
PORT=${PORT:-18211}
ROUNDS=${ROUNDS:-4}
JAVA_OPTS=${JAVA_OPTS-}
JFR=${JFR:-0}
JFR_DIR=${JFR_DIR:-/tmp}
source "$PWD/bench/lib.sh"
scratch
root="http://127.0.0.1:$PORT"

javac -d "$work/classes" roadmap-importer/src/test/java/dev/roadmap/importer/bench/GeneratedRoadmaps.java \
  roadmap-importer/src/test/java/dev/roadmap/importer/bench/WriteGeneratedRoadmaps.java
java -cp "$work/classes" dev.roadmap.importer.bench.WriteGeneratedRoadmaps "$work/import" 500 5000

time_of() { timed_get "$root$1" "$work/body.html" "$pid"; } # time_of PATH: "status seconds cpu-seconds"
first_item() { grep -m1 -o '<article class="item item--[a-z-]*" id="[^"]*"' "$work/body.html" | sed 's/.*id="//; s/"$//'; }
declare -A times cpu
if [ "${LAUNCHER:-0}" = 1 ]; then
  source "$repo/bench/class-archive.sh"
  make_class_archive "$jar" "$PORT"
fi
echo "jar $(basename "$jar"); JAVA_OPTS='${JAVA_OPTS}'; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$ROUNDS"); do
  rm -rf "$work/run" && mkdir -p "$work/run"
  opts=$JAVA_OPTS
  [ "$JFR" = 1 ] && opts="$opts -XX:FlightRecorderOptions:stackdepth=256 -XX:StartFlightRecording=filename=$JFR_DIR/first-render-$round.jfr,settings=profile"
  # shellcheck disable=SC2086 # opts is a list of options
  if [ "${LAUNCHER:-0}" = 1 ]; then
    (cd "$work/run" && ROADMAP_IMPORT_DIR="$work/import" ROADMAP_JAR="$jar" JAVA_OPTS="$opts" \
      exec "$repo/bin/roadmap-portal" --port "$PORT" >"$work/run/portal.log" 2>&1) &
  else
    (cd "$work/run" && ROADMAP_IMPORT_DIR="$work/import" exec java $opts -jar "$jar" --port "$PORT" \
      >"$work/run/portal.log" 2>&1) &
  fi
  pid=$!
  for _ in $(seq 1 1200); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$root/health")" = 200 ] && break
    kill -0 "$pid" 2>/dev/null || { tail -30 "$work/run/portal.log"; exit 1; }
    sleep 0.25
  done
  sizes=(00500 05000)
  [ $((round % 2)) = 0 ] && sizes=(05000 00500)
  line="round $round:"
  for size in "${sizes[@]}"; do
    slug=items-$size
    read -r code page page_cpu < <(time_of "/roadmaps/$slug")
    [ "$code" = 200 ] || { echo "/roadmaps/$slug answered $code" >&2; exit 3; }
    anchor=$(first_item)
    read -r code board board_cpu < <(time_of "/roadmaps/$slug/board")
    read -r code item item_cpu < <(time_of "/roadmaps/$slug/items/$anchor")
    [ "$code" = 200 ] || { echo "the item $anchor answered $code" >&2; exit 3; }
    read -r _ cached _ < <(time_of "/roadmaps/$slug")
    times[$size]+="$page/$board/$item "
    cpu[$size]+="$page_cpu/$board_cpu/$item_cpu "
    line+=" ${size#0}: page $page s (CPU $page_cpu s), board $board s ($board_cpu), item $item s ($item_cpu), cached page $cached s;"
  done
  # The portal renders each edition when it is published and reports ready (/health) once the start's are done.
  advance=$(grep -o 'Edition [0-9]* of items-[0-9]* rendered in advance in [0-9]* ms' "$work/run/portal.log" \
    | awk '{sub(/^items-0*/, "", $4); printf " %s items %s ms;", $4, $(NF-1)}')
  echo "$line load average $(cut -d' ' -f1 /proc/loadavg); rendered at publication, before ready:${advance:- none logged}"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
done
ratios() { # ratios 5000S 500S: per round, page, board and item
  paste -d' ' <(tr ' ' '\n' <<<"$1" | grep .) <(tr ' ' '\n' <<<"$2" | grep .) | awk '
    function ratio(x, y) { return y > 0 ? sprintf("%.1f×", x / y) : "-" }
    {split($1, a, "/"); split($2, b, "/"); print "  " ratio(a[1], b[1]) " " ratio(a[2], b[2]) " " ratio(a[3], b[3])}'
}
echo "5,000 items / 500 items, time, per round (page, board, item):"
ratios "${times[05000]}" "${times[00500]}"
echo "5,000 items / 500 items, CPU seconds, per round (page, board, item; - where 500 items took under a tick):"
ratios "${cpu[05000]}" "${cpu[00500]}"
