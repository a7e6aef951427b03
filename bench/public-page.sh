#!/usr/bin/env bash
# Throughput and p99 latency of one public page, layer by layer, in one run, with the same bytes each time:
#   1. nginx serving the portal's /roadmaps/backstage as a static file (the limit);
#   2. a bare Payara Micro (the same version and flags as the runnable jar) with a one-servlet WAR that writes
#      those bytes from memory: the floor any page of the portal can reach (the bench builds that WAR with javac
#      and jar, against the servlet API in ~/.m2);
#   3. the portal's /roadmaps/backstage (cached bytes), as the runnable jar serves it: through its edge application
#      (roadmaps.war at /roadmaps);
#   4. with WAR_ALONE=1, also roadmap-web.war alone on that bare Payara Micro, as another server (or the jar before
#      the edge) serves it: the portal's own pipeline, with the public fast path past Jakarta Security.
# wrk -t1 -c32, keep-alive. Each server is measured alone: the others are paused with SIGSTOP. The servers take
# turns in each of ROUNDS rounds, so a noisy neighbour hurts all of them alike; the ratios are per round.
# Then (FIRST_RENDER=1, the default) the first, uncached render of generated roadmaps of 500 and 5,000 items.
# JAVA_OPTS are the JVM options of every Payara (default: the parallel collector; JAVA_OPTS= for the default).
# Needs `./mvnw -DskipTests package` first (it also compiles the roadmap generator; PORTAL_JAR and PAYARA_MICRO_JAR
# measure other builds); installs wrk and nginx from Debian if they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${PORTAL_JAR:-$PWD/roadmap-web/target/roadmap-web.jar}
war=$PWD/roadmap-web/target/roadmap-web.war
properties=$PWD/roadmap-web/src/main/payara/system.properties
micro=${PAYARA_MICRO_JAR:-$PWD/roadmap-web/target/payara-micro.jar}
preboot=$PWD/roadmap-web/src/main/payara/pre-boot-commands.txt
servlet_api=$(ls ~/.m2/repository/jakarta/servlet/jakarta.servlet-api/6.0.0/jakarta.servlet-api-6.0.0.jar)
[ -f "$jar" ] && [ -f "$micro" ] || { echo "Build first: ./mvnw -DskipTests package" >&2; exit 2; }
if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light >/dev/null
fi
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-3s}
WARM_MIN=${WARM_MIN:-60} # seconds of load before the first round: the portal has far more code for the JIT than the bare WAR
ROUNDS=${ROUNDS:-4}
WAR_ALONE=${WAR_ALONE:-0}
FIRST_RENDER=${FIRST_RENDER:-1}
JAVA_OPTS=${JAVA_OPTS--XX:+UseParallelGC}
NGINX=18091
BARE=18092
PORTAL=18090
ALONE=18093
page=/roadmaps/backstage
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -CONT -- "-$pid" 2>/dev/null || true; kill -- "-$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# start NAME CMD...: runs CMD in its own process group (so SIGSTOP reaches nginx's workers too); its pid is the group.
declare -A group
start() {
  local name=$1; shift
  setsid "$@" >"$work/$name.log" 2>&1 &
  group[$name]=$!
  pids+=($!)
}
wait_for() {
  for _ in $(seq 1 180); do curl -sf -o /dev/null "$1" && return 0; sleep 1; done
  echo "$1 never answered" >&2; exit 3
}
payara() { # payara NAME PORT WAR_OR_JAR [ENV...]
  local name=$1 port=$2 app=$3; shift 3
  mkdir -p "$work/$name"
  if [ "$app" = "$jar" ]; then
    start "$name" env -C "$work/$name" "$@" java $JAVA_OPTS -jar "$jar" --port "$port"
  else
    start "$name" env -C "$work/$name" "$@" java $JAVA_OPTS -jar "$micro" --deploy "$app" --nocluster \
      --disablephonehome --prebootcommandfile "$preboot" --systemproperties "$properties" --port "$port"
  fi
}

mkdir -p "$work/import" "$work/www/roadmaps" "$work/nginx/logs" "$work/bare/src/bench" "$work/bare/classes"
cp roadmap-web/src/main/resources/demo/backstage.md "$work/import/backstage.md"
if [ "$FIRST_RENDER" = 1 ]; then # the generator is a test class of the importer, plain Java
  java -cp roadmap-importer/target/test-classes dev.roadmap.importer.bench.WriteGeneratedRoadmaps "$work/import" 500 5000
fi

payara portal $PORTAL "$jar" ROADMAP_IMPORT_DIR="$work/import"
[ "$WAR_ALONE" = 1 ] && payara alone $ALONE "$war" ROADMAP_IMPORT_DIR="$work/import"
wait_for "http://127.0.0.1:$PORTAL$page"
[ "$WAR_ALONE" = 1 ] && wait_for "http://127.0.0.1:$ALONE$page"

first_render() { curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$PORTAL/roadmaps/$1"; }
if [ "$FIRST_RENDER" = 1 ]; then
  render_500=$(first_render items-00500); cached_500=$(first_render items-00500)
  render_5000=$(first_render items-05000); cached_5000=$(first_render items-05000)
fi

# The same bytes for everyone: the portal's page as a file for nginx, and in memory for the bare servlet.
curl -sf "http://127.0.0.1:$PORTAL$page" >"$work/www$page"
cp "$work/www$page" "$work/bare/classes/page.html"
cat >"$work/bare/src/bench/Page.java" <<'JAVA'
package bench;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/** The floor: one servlet writing a page it read once, with nothing else in the application. */
@WebServlet("/roadmaps/backstage")
public class Page extends HttpServlet {
    private byte[] page;

    @Override
    public void init() {
        try (InputStream in = Page.class.getResourceAsStream("/page.html")) {
            page = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }
}
JAVA
javac --release 17 -cp "$servlet_api" -d "$work/bare/classes" "$work/bare/src/bench/Page.java"
mkdir -p "$work/bare/war/WEB-INF"
mv "$work/bare/classes" "$work/bare/war/WEB-INF/classes"
(cd "$work/bare/war" && jar cf "$work/bare/ROOT.war" .)
payara bare $BARE "$work/bare/ROOT.war"

cat >"$work/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  keepalive_requests 1000000;
  default_type text/html;
  server { listen 127.0.0.1:$NGINX; root $work/www; }
}
CONF
chmod -R a+rX "$work"
start nginx nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;'
wait_for "http://127.0.0.1:$BARE$page"
wait_for "http://127.0.0.1:$NGINX$page"

names=(nginx bare portal)
[ "$WAR_ALONE" = 1 ] && names+=(alone)
declare -A url=([nginx]="http://127.0.0.1:$NGINX$page" [bare]="http://127.0.0.1:$BARE$page"
  [portal]="http://127.0.0.1:$PORTAL$page" [alone]="http://127.0.0.1:$ALONE$page")
declare -A label=([nginx]="nginx, static file" [bare]="bare Payara Micro, one servlet"
  [portal]="Roadmap Portal $page" [alone]="roadmap-web.war alone, no edge")
size=$(wc -c <"$work/www$page")
for name in "${names[@]}"; do # a 404 or 403 would make every ratio meaningless
  read -r code bytes < <(curl -s -o /dev/null -w '%{http_code} %{size_download}\n' "${url[$name]}")
  [ "$code" = 200 ] && [ "$bytes" = "$size" ] || { echo "$name answered $code with $bytes bytes, not 200 with $size" >&2; exit 4; }
done

alone() { # alone NAME: resumes NAME's process group, pauses every other
  for other in "${names[@]}"; do [ "$other" != "$1" ] && kill -STOP -- "-${group[$other]}"; done
  kill -CONT -- "-${group[$1]}"
}
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }
measure() { # measure URL: prints "requests/s p99-in-ms"
  wrk -t1 -c32 -d"$WARMUP" "$1" >/dev/null
  wrk -t1 -c32 -d"$DURATION" --latency "$1" | awk '/Requests\/sec/ {rps=$2} /^ +99%/ {p99=$2} END {print rps, p99}'
}
queued() { # queued PID: how many methods wait for the JIT (0 for nginx, which has none)
  [ "$1" = "${group[nginx]}" ] && { echo 0; return; }
  jcmd "$1" Compiler.queue 2>/dev/null | awk '/compile queue:/ {q=1; next} q && /^[0-9]/ {n++} END {print n + 0}'
}
warm() { # warm NAME: load for WARM_MIN seconds at least, then until the JIT's queue is empty and 3 s runs agree
  local last=0 now until=$((SECONDS + WARM_MIN))
  for _ in $(seq 1 60); do
    now=$(wrk -t1 -c32 -d3s "${url[$1]}" | awk '/Requests\/sec/ {printf "%d", $2}')
    [ "$SECONDS" -ge "$until" ] && [ "$(queued "${group[$1]}")" = 0 ] && [ $((now * 10)) -ge $((last * 9)) ] \
      && [ $((now * 9)) -le $((last * 10)) ] && return
    last=$now
  done
  echo "$1 never settled" >&2
}
for name in "${names[@]}"; do alone "$name"; warm "$name"; done
declare -A rps p99
for round in $(seq 1 "$ROUNDS"); do
  for name in "${names[@]}"; do
    alone "$name"
    read -r r l < <(measure "${url[$name]}")
    rps[$name]+="$r "; p99[$name]+="$(to_ms "$l") "
  done
done
for name in "${names[@]}"; do kill -CONT -- "-${group[$name]}"; done

echo "page: $size bytes; wrk -t1 -c32 -d$DURATION (after $WARMUP) per measurement, $ROUNDS interleaved rounds, each server alone;"
echo "$(nproc) cores, $(java -version 2>&1 | head -1); Payara JVM options: ${JAVA_OPTS:-none}"
range() { # range DIGITS: the lowest and highest of the numbers read
  tr ' ' '\n' | grep . | sort -g | awk -v d="$1" '{a[NR]=$1} END {printf "%.*f–%.*f", d, a[1], d, a[NR]}'
}
ratios() { # ratios A B: A/B per round
  paste -d' ' <(tr ' ' '\n' <<<"${rps[$1]}" | grep .) <(tr ' ' '\n' <<<"${rps[$2]}" | grep .) | awk '{printf "%.2f ", $1 / $2}'
}
printf '%-48s %-22s %-16s %-16s %s\n' "what serves $page" "requests/s" "p99 (ms)" "× nginx" "× bare Payara"
for name in "${names[@]}"; do
  x_nginx=$(ratios "$name" nginx | range 2); x_bare=$(ratios "$name" bare | range 2)
  printf '%-48s %-22s %-16s %-16s %s\n' "${label[$name]}" "$(range 0 <<<"${rps[$name]}")" "$(range 2 <<<"${p99[$name]}")" \
    "$x_nginx" "$x_bare"
done
echo "per round, requests/s:"
for name in "${names[@]}"; do printf '  %-10s %s\n' "$name" "${rps[$name]}"; done
if [ "$FIRST_RENDER" = 1 ]; then
  echo "first render, then cached: 500 items ${render_500}s / ${cached_500}s; 5,000 items ${render_5000}s / ${cached_5000}s"
fi
