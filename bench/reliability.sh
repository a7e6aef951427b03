#!/usr/bin/env bash
# The faults of the README's reliability table that need a whole portal, on the runnable jar:
#   kills   KILLS times: PUT a 10,000-item roadmap with ?publish=true, kill -9 the portal at a random moment
#           KILL_FROM..KILL_TO seconds in (0.2-12: before, during and after the import's one transaction, which
#           takes a few seconds), start it again; the roadmap must then be absent or whole (the 15,000 items the
#           document reads as: each "### Feature" is read as the area of its two bullets), its
#           editions dense
#   racing  two writers PUT 50 different documents each to one roadmap at once, publishing: each answer 201 (the first), 200 or
#           409, and the editions numbered 1..n with no gap
#   soak    SOAK_SECONDS of wrk on the roadmap page while a publish goes in every 5 s: wrk's errors, the time from
#           each publish's answer until the page shows it, and the portal's resident memory before and after
# Usage: bench/reliability.sh [kills|racing|soak]... (all three by default). H2 in a fresh folder unless
# ROADMAP_DB_URL names a database (PostgreSQL: make an empty one first; ROADMAP_DB_USER too). JAR= another build.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${JAR:-$PWD/roadmap-web/target/roadmap-web.jar}
[ -f "$jar" ] || { echo "Build first: ./mvnw -DskipTests package" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }
PORT=${PORT:-18395}
KILLS=${KILLS:-10}
KILL_FROM=${KILL_FROM:-0.2}
KILL_TO=${KILL_TO:-12}
SOAK_SECONDS=${SOAK_SECONDS:-180}
PASSWORD='bench-Reliability-2026!'
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; rm -rf "$work"' EXIT
root="http://127.0.0.1:$PORT"
auth=(-u "admin:$PASSWORD")

javac -d "$work/classes" roadmap-importer/src/test/java/dev/roadmap/importer/bench/GeneratedRoadmaps.java \
  roadmap-importer/src/test/java/dev/roadmap/importer/bench/WriteGeneratedRoadmaps.java
java -cp "$work/classes" dev.roadmap.importer.bench.WriteGeneratedRoadmaps "$work/docs" 10000 100

start_portal() {
  # The 10,000-item document is 1.4 MB: over the default 1 MiB a document may have (a PUT of it answers 413).
  (cd "$work" && ROADMAP_ADMIN_PASSWORD="$PASSWORD" ROADMAP_IMPORT_MAX_BYTES=8388608 ROADMAP_IMPORT_MAX_BLOCKS=300000 \
    ROADMAP_IMPORT_MAX_MARKS=2000000 ROADMAP_IMPORT_MAX_TABLE_CELLS=300000 exec java -XX:+UseParallelGC -jar "$jar" --port "$PORT" \
    >>"$work/portal.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$root/health")" = 200 ] && return
    kill -0 "$pid" 2>/dev/null || { tail -30 "$work/portal.log"; exit 1; }
    sleep 0.5
  done
  echo "The portal did not become healthy" >&2
  exit 1
}

stop_portal() {
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  pid=
}

# Items in the newest edition (its number from the ETag, "slug-N-digest"), or "absent"; then whether editions
# 1..newest all answer.
state_of() {
  local slug=$1 newest items gaps=0 n
  newest=$(curl -s -D "$work/headers" -o "$work/state.json" -w '%{http_code}' "$root/api/roadmaps/$slug")
  if [ "$newest" != 200 ]; then
    echo "absent ($newest)"
    return
  fi
  newest=$(tr -d '\r' <"$work/headers" | awk -F': ' 'tolower($1)=="etag" {print $2}' | sed -E 's/.*-([0-9]+)-[^-]*$/\1/')
  items=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(sum(len(h["items"]) for h in d["horizons"]))' \
    "$work/state.json")
  for n in $(seq 1 "$newest"); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$root/api/roadmaps/$slug/editions/$n")" = 200 ] || gaps=$((gaps + 1))
  done
  echo "$items items in edition $newest, $gaps missing editions"
}

kills() {
  echo "== kill -9 during a 10,000-item import and publish ($KILLS times)"
  start_portal
  for i in $(seq 1 "$KILLS"); do
    local slug="killed-$i" delay
    delay=$(python3 -c "import random; print(round(random.uniform($KILL_FROM, $KILL_TO), 2))")
    curl -s -o /dev/null -w '%{http_code}' -X PUT "${auth[@]}" -H 'Content-Type: text/markdown' \
      --data-binary @"$work/docs/items-10000.md" "$root/api/roadmaps/$slug?publish=true" >"$work/put.txt" &
    local put=$!
    sleep "$delay"
    kill -9 "$pid"
    wait "$pid" 2>/dev/null || true
    wait "$put" 2>/dev/null || true
    local answered
    answered="PUT answered $(cat "$work/put.txt")"
    case $(cat "$work/put.txt") in 000|100|200|201) ;; *) echo "The PUT was refused ($answered): nothing was tried" >&2; exit 1 ;; esac
    local began
    began=$(date +%s.%N)
    start_portal
    echo "kill $i after ${delay}s ($answered): restarted in $(python3 -c "print(round($(date +%s.%N) - $began, 1))")s; $slug: $(state_of "$slug")"
  done
  stop_portal
}

racing() {
  echo "== two writers, 50 publishing PUTs each, one roadmap"
  start_portal
  local slug=raced writers=()
  for writer in a b; do
    (for i in $(seq 1 50); do
      { cat "$work/docs/items-00100.md"; printf '\n- Raced by %s, %s\n' "$writer" "$i"; } >"$work/$writer.md"
      curl -s -o /dev/null -w '%{http_code}\n' -X PUT "${auth[@]}" -H 'Content-Type: text/markdown' \
        --data-binary @"$work/$writer.md" "$root/api/roadmaps/$slug?publish=true"
    done >"$work/racing-$writer.txt") &
    writers+=($!)
  done
  wait "${writers[@]}" # not a bare wait: the portal is a background job too
  sort "$work"/racing-*.txt | uniq -c | awk '{printf "%s x %s; ", $1, $2} END {print ""}'
  echo "$slug: $(state_of "$slug")"
  stop_portal
}

rss() { awk '/VmRSS/ {printf "%d MiB", $2 / 1024}' "/proc/$pid/status"; }

soak() {
  echo "== ${SOAK_SECONDS}s of wrk on the roadmap page, a publish every 5 s"
  start_portal
  local slug=soaked
  curl -s -o /dev/null -X PUT "${auth[@]}" -H 'Content-Type: text/markdown' \
    --data-binary @"$work/docs/items-00100.md" "$root/api/roadmaps/$slug?publish=true"
  curl -s -o /dev/null "$root/roadmaps/$slug"
  echo "resident before: $(rss)"
  wrk -t1 -c16 -d"${SOAK_SECONDS}s" "$root/roadmaps/$slug" >"$work/wrk.txt" 2>&1 &
  local load=$! i=0 seen=()
  local until=$(($(date +%s) + SOAK_SECONDS - 5))
  while [ "$(date +%s)" -lt "$until" ]; do
    i=$((i + 1))
    { cat "$work/docs/items-00100.md"; printf '\n- Soak publish %s\n' "$i"; } >"$work/soak.md"
    curl -s -o /dev/null -X PUT "${auth[@]}" -H 'Content-Type: text/markdown' \
      --data-binary @"$work/soak.md" "$root/api/roadmaps/$slug?publish=true"
    local published
    published=$(date +%s.%N)
    until curl -s "$root/roadmaps/$slug" | grep -q "Soak publish $i<"; do sleep 0.01; done
    seen+=("$(python3 -c "print(round($(date +%s.%N) - $published, 3))")")
    sleep 5
  done
  wait "$load"
  grep -E "requests in|Socket errors|Non-2xx|Requests/sec" "$work/wrk.txt"
  echo "$i publishes; publish to page: $(printf '%s\n' "${seen[@]}" | sort -n | awk '{a[NR]=$1} END {print "median " a[int((NR+1)/2)] " s, slowest " a[NR] " s"}')"
  echo "resident after: $(rss)"
  stop_portal
}

echo "jar $(basename "$jar"); database ${ROADMAP_DB_URL:-H2 in a fresh folder}; $(nproc) cores"
for part in "${@:-kills racing soak}"; do
  for p in $part; do "$p"; done
done
