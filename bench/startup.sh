#!/usr/bin/env bash
# Start-up time, in interleaved runs (so a noisy neighbour hurts every kind alike), each in a fresh working directory
# (a fresh embedded H2 for the portal, so the migrations, the demo import and the first administrator are included):
#   bare     a bare Payara Micro (the build's payara-micro.jar, --nohazelcast, no application), until its HTTP listener
#            answers at all (404);
#   bareopts the same bare Payara Micro with the JVM options bin/roadmap-portal gives the portal (no class archive);
#   portal   the portal as the README starts it, bin/roadmap-portal (the small host's options and the class archive),
#            until its home page answers 200;
#   nocds    the same with ROADMAP_CDS=false (the options without the archive);
#   jar      java -jar roadmap-web.jar with the JVM's defaults, as before the launcher;
#   stack    the same bare Payara Micro deploying bench/stack-floor (a JPA entity in an embedded H2, a CDI bean that
#            stores a row at start, a Faces page listing it: the specs the portal starts, none of its code), until
#            that page answers 200: the floor any application of this stack starts from;
#   stackopts the same with bin/roadmap-portal's JVM options.
# For each run: the time from launch to the answer, and the CPU seconds the process had used by then (all its threads,
# from /proc), which a loaded machine inflates far less than the time. Medians reported. The class archive is made
# (bin/roadmap-portal's warm-up) before the runs, and its making timed once. KINDS= chooses the kinds; RUNS= (5).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
kinds=${KINDS:-bare bareopts portal nocds jar}
jar=$PWD/roadmap-web/target/roadmap-web.jar
micro=$PWD/roadmap-web/target/payara-micro.jar
port=${PORT:-18241}
[ -f "$jar" ] && [ -f "$micro" ] || { echo "Build first: ./mvnw -DskipTests package" >&2; exit 2; }

now_ms() { date +%s%3N; }

# time_until URL WANT CMD...: "milliseconds cpu-seconds" from launch until URL answers WANT (any: anything), then stops CMD.
time_until() {
  local url=$1 want=$2; shift 2
  local dir; dir=$(mktemp -d)
  local start; start=$(now_ms)
  ( cd "$dir" && exec "$@" >"$dir/out.log" 2>&1 ) &
  local pid=$!
  local code=000 ticks=0
  for _ in $(seq 1 6000); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)
    if [ "$want" = any ] && [ "$code" != 000 ]; then break; fi
    if [ "$code" = "$want" ]; then break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  local end; end=$(now_ms)
  ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)
  [ "$code" = "$want" ] || [ "$want" = any ] || { echo "$* answered $code" >&2; tail -5 "$dir/out.log" >&2; }
  kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
  echo "$((end - start)) $(awk -v t="$ticks" 'BEGIN {printf "%.1f", t / 100}')"
}

# The stack floor's WAR, built once per run.
source "$PWD/bench/stack-floor/war.sh"
stack_war() { stack_floor_war "$work/stack-floor"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

source "$PWD/bench/lib.sh" # small_host_options
run() { # run KIND: one start of that kind
  local url="http://127.0.0.1:$port/"
  case $1 in
    bare) time_until "$url" any java -jar "$micro" --nohazelcast --disablephonehome \
        --prebootcommandfile "$PWD/roadmap-web/src/main/payara/pre-boot-commands.txt" --port "$port" ;;
    bareopts) time_until "$url" any env MALLOC_ARENA_MAX=2 java $(small_host_options) -jar "$micro" --nohazelcast \
        --disablephonehome --prebootcommandfile "$PWD/roadmap-web/src/main/payara/pre-boot-commands.txt" --port "$port" ;;
    portal) time_until "$url" 200 "$PWD/bin/roadmap-portal" --port "$port" ;;
    nocds) time_until "$url" 200 env ROADMAP_CDS=false "$PWD/bin/roadmap-portal" --port "$port" ;;
    jar) time_until "$url" 200 java -jar "$jar" --port "$port" ;;
    stack) time_until "$url" 200 java -jar "$micro" --nohazelcast --disablephonehome \
        --prebootcommandfile "$PWD/roadmap-web/src/main/payara/pre-boot-commands.txt" --deploy "$(stack_war)" --port "$port" ;;
    stackopts) time_until "$url" 200 env MALLOC_ARENA_MAX=2 java $(small_host_options) -jar "$micro" --nohazelcast \
        --disablephonehome --prebootcommandfile "$PWD/roadmap-web/src/main/payara/pre-boot-commands.txt" \
        --deploy "$(stack_war)" --port "$port" ;;
  esac
}

source "$PWD/bench/class-archive.sh"
[[ " $kinds " == *" portal "* ]] && make_class_archive "$jar" "$port"

declare -A ms cpu
for i in $(seq 1 "$runs"); do
  for kind in $kinds; do
    read -r m c < <(run "$kind")
    ms[$kind]+="$m "; cpu[$kind]+="$c "
  done
done
median() { tr ' ' '\n' | grep . | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "runs: $runs on $(nproc) cores, $(java -version 2>&1 | head -1); load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
for kind in $kinds; do
  printf '%-7s median %6s ms, %5s CPU s   (runs, ms: %s; CPU s: %s)\n' "$kind" "$(median <<<"${ms[$kind]}")" \
    "$(median <<<"${cpu[$kind]}")" "${ms[$kind]}" "${cpu[$kind]}"
done
if [[ " $kinds " == *" bare "* ]]; then
  for kind in $kinds; do
    [ "$kind" = bare ] && continue
    echo "$kind / bare, per run: $(paste -d' ' <(tr ' ' '\n' <<<"${ms[$kind]}" | grep .) <(tr ' ' '\n' <<<"${ms[bare]}" | grep .) |
      awk '{printf "%.1f× ", $1 / $2}')"
  done
fi
