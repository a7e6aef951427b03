#!/usr/bin/env bash
# Start-up time: `java -jar roadmap-web/target/roadmap-web.jar` until its home page answers 200 (on a fresh
# embedded H2 each run, so migrations are included), beside a bare Payara Micro until its HTTP listener
# answers at all. Several runs each, the median reported. Needs `mvn package` first.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
jar=roadmap-web/target/roadmap-web.jar
micro=roadmap-web/target/payara-micro.jar
port=${PORT:-18080}
[ -f "$jar" ] && [ -f "$micro" ] || { echo "Build first: mvn -DskipTests package" >&2; exit 2; }

now_ms() { date +%s%3N; }

# time_until URL CMD...: milliseconds from launch until URL answers (with the wanted status), then stops CMD.
time_until() {
  local url=$1 want=$2; shift 2
  local dir; dir=$(mktemp -d)
  local start; start=$(now_ms)
  ( cd "$dir" && exec "$@" >"$dir/out.log" 2>&1 ) &
  local pid=$!
  local code=000
  for _ in $(seq 1 1200); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)
    if [ "$want" = any ] && [ "$code" != 000 ]; then break; fi
    if [ "$code" = "$want" ]; then break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  local end; end=$(now_ms)
  kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
  echo $((end - start))
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

bare=(); portal=()
for i in $(seq 1 "$runs"); do
  bare+=("$(time_until "http://127.0.0.1:$port/" any java -jar "$PWD/$micro" --nocluster --disablephonehome \
      --prebootcommandfile "$PWD/roadmap-web/src/main/payara/pre-boot-commands.txt" --port "$port")")
  portal+=("$(time_until "http://127.0.0.1:$port/" 200 java -jar "$PWD/$jar" --port "$port")")
done
echo "runs: $runs on $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "bare Payara Micro 6.2025.10, start to HTTP listener answering: $(printf '%s\n' "${bare[@]}" | median) ms (runs: ${bare[*]})"
echo "Roadmap Portal jar, start to first page (200):              $(printf '%s\n' "${portal[@]}" | median) ms (runs: ${portal[*]})"
