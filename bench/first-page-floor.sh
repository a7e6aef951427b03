#!/usr/bin/env bash
# The floor under goal 5's coldest render: how long a JVM's first Faces page takes on this stack with none of the
# portal's code. bench/stack-floor (a JPA entity, a CDI bean, one Faces page listing one row) on a bare Payara Micro
# with bin/roadmap-portal's JVM options and a class archive of its own, made first as bin/roadmap-portal makes the
# portal's (a start that asks for the page, then ends). Each of ROUNDS starts waits for Payara Micro's "ready" in its
# log, not for a request, then asks for the page twice: prints each answer's time (curl's time_total, seconds) and
# the CPU seconds the process spent meanwhile (all its threads, from /proc). Compare with bench/first-render.sh's
# coldest page (LAUNCHER=1) in the same session. ROUNDS= (default 5), PORT= (18251), CDS=false: no archive.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
micro=$PWD/roadmap-web/target/payara-micro.jar
[ -f "$micro" ] || { echo "Build first: ./mvnw -DskipTests package" >&2; exit 2; }
ROUNDS=${ROUNDS:-5}
PORT=${PORT:-18251}
source "$PWD/bench/lib.sh"
scratch
source "$PWD/bench/stack-floor/war.sh"
war=$(stack_floor_war "$work/stack-floor")
page="http://127.0.0.1:$PORT/index.xhtml"
read -r -a options <<<"$(small_host_options)"
export MALLOC_ARENA_MAX=2

start_floor() { # start_floor JVM-OPTION...: the stack floor in a fresh directory, until its log says it is ready
  rm -rf "$work/run" && mkdir -p "$work/run"
  (cd "$work/run" && exec java "${options[@]}" "$@" -jar "$micro" --nohazelcast --disablephonehome \
    --prebootcommandfile "$repo/roadmap-web/src/main/payara/pre-boot-commands.txt" --deploy "$war" --port "$PORT" \
    >"$work/run/out.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 1200); do
    grep -q "ready in" "$work/run/out.log" 2>/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || { tail -20 "$work/run/out.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "the stack floor did not start" >&2
  exit 1
}
stop_floor() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=; }
ask() { timed_get "$page" /dev/null "$pid"; } # "status seconds cpu-seconds" of one request for the page

archive=()
if [ "${CDS:-true}" = true ]; then
  start_floor -XX:ArchiveClassesAtExit="$work/floor.jsa"
  ask >/dev/null && ask >/dev/null
  stop_floor
  [ -f "$work/floor.jsa" ] || { echo "the class archive was not written" >&2; exit 1; }
  archive=(-XX:SharedArchiveFile="$work/floor.jsa" -Xshare:auto)
fi
echo "stack floor, first Faces page of a JVM; options: ${options[*]} ${archive[*]}; $(nproc) cores;" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq 1 "$ROUNDS"); do
  start_floor "${archive[@]}"
  read -r code first first_cpu < <(ask)
  [ "$code" = 200 ] || { echo "the page answered $code" >&2; exit 3; }
  read -r _ second second_cpu < <(ask)
  echo "round $round: first page $first s (CPU $first_cpu s), second $second s (CPU $second_cpu s)"
  stop_floor
done
