#!/usr/bin/env bash
# Throughput and p99 latency of /roadmaps/backstage on the runnable jar against nginx serving the very same
# HTML as a static file: wrk, one thread, 32 connections, keep-alive, both on this machine in one run.
# Also Payara Micro serving a static file of the WAR (site.css) through its default servlet: the floor any
# page of the portal can reach. Then the first (uncached) render of generated roadmaps of 500 and 5,000
# items, to show the cost is linear. JAVA_OPTS are the portal's JVM options (default: the parallel
# collector, which serves ~40% more than the default G1 on 2 cores; JAVA_OPTS= measures the default).
# Needs `mvn package` first; installs wrk and nginx from Debian if they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$PWD/roadmap-web/target/roadmap-web.jar
[ -f "$jar" ] || { echo "Build first: mvn -DskipTests package" >&2; exit 2; }
if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light >/dev/null
fi
DURATION=${DURATION:-15s}
JAVA_OPTS=${JAVA_OPTS--XX:+UseParallelGC}
PORTAL=18090
NGINX=18091
work=$(mktemp -d)
portal_pid=
nginx_pid=
trap '[ -n "$portal_pid" ] && kill "$portal_pid" 2>/dev/null; [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null; rm -rf "$work"' EXIT

mkdir -p "$work/import" "$work/www" "$work/nginx/logs"
cp roadmap-web/src/main/resources/demo/backstage.md "$work/import/backstage.md"
mvn -q -B -pl roadmap-importer test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
  -Dexec.mainClass=dev.roadmap.importer.bench.WriteGeneratedRoadmaps -Dexec.classpathScope=test \
  -Dexec.args="$work/import 500 5000"

(cd "$work" && ROADMAP_IMPORT_DIR="$work/import" exec java $JAVA_OPTS -jar "$jar" --port $PORTAL >"$work/portal.log" 2>&1) &
portal_pid=$!
for _ in $(seq 1 120); do
  curl -sf -o /dev/null "http://127.0.0.1:$PORTAL/roadmaps/backstage" && break
  sleep 1
done

first_render() { curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$PORTAL/roadmaps/$1"; }
render_500=$(first_render items-00500); cached_500=$(first_render items-00500)
render_5000=$(first_render items-05000); cached_5000=$(first_render items-05000)

curl -s "http://127.0.0.1:$PORTAL/roadmaps/backstage" >"$work/www/backstage.html"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  keepalive_requests 100000;
  server { listen 127.0.0.1:$NGINX; root $work/www; }
}
CONF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
sleep 1

measure() {
  wrk -t1 -c32 -d5s "$1" >/dev/null
  wrk -t1 -c32 -d"$DURATION" --latency "$1" | awk '/Requests\/sec/ {rps=$2} /^ +99%/ {p99=$2} END {print rps, p99}'
}
read -r portal_rps portal_p99 < <(measure "http://127.0.0.1:$PORTAL/roadmaps/backstage")
read -r static_rps static_p99 < <(measure "http://127.0.0.1:$PORTAL/resources/css/site.css")
read -r nginx_rps nginx_p99 < <(measure "http://127.0.0.1:$NGINX/backstage.html")

echo "page: $(wc -c <"$work/www/backstage.html") bytes; wrk -t1 -c32 -d$DURATION on $(nproc) cores; portal JVM options: ${JAVA_OPTS:-none}"
printf 'nginx, static file:               %10.0f req/s  p99 %s\n' "$nginx_rps" "$nginx_p99"
printf 'Roadmap Portal /roadmaps/backstage: %8.0f req/s  p99 %s  (%.2fx nginx)\n' "$portal_rps" "$portal_p99" \
  "$(echo "$portal_rps / $nginx_rps" | bc -l)"
printf 'Payara Micro, static site.css:     %8.0f req/s  p99 %s  (%.2fx nginx)\n' "$static_rps" "$static_p99" \
  "$(echo "$static_rps / $nginx_rps" | bc -l)"
echo "first render, then cached: 500 items ${render_500}s / ${cached_500}s; 5,000 items ${render_5000}s / ${cached_5000}s"
