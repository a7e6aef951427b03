#!/usr/bin/env bash
# Two nodes of the runnable jar joined by Payara's data grid, on one PostgreSQL database, behind nginx with
# deploy/nginx/roadmap-cluster.conf, all on loopback. Reports:
#   1. the time from a publication through nginx to each node serving it, and to nginx serving it (goal: ≤ 1 s);
#   2. wrk through nginx for the proxy-cached public page, against nginx serving the same bytes as a static file
#      (goal: ≥ 0.9×), and one node straight for comparison;
#   3. the errors while node 1 is killed with kill -9 in the middle of a 30 s run through nginx, each request a
#      cache miss (a query the portal ignores), so that every request reaches a node (goal: 0 failed GETs).
# wrk -t1 -c32, keep-alive. Ports: nginx 18310, the nodes 18311 and 18312, the static nginx 18313, the data grid
# from 6930. Needs `./mvnw -DskipTests package` first and PostgreSQL on 127.0.0.1:5432 (trust or PGPASSWORD); makes
# the database roadmap_cluster_bench afresh; installs wrk and nginx from Debian if they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${PORTAL_JAR:-$PWD/roadmap-web/target/roadmap-web.jar}
[ -f "$jar" ] || { echo "Build first: ./mvnw -DskipTests package" >&2; exit 2; }
if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light >/dev/null
fi
DURATION=${DURATION:-10s}
ROUNDS=${ROUNDS:-3}
KILL_RUN=${KILL_RUN:-30}
JAVA_OPTS=${JAVA_OPTS--XX:+UseParallelGC}
DATABASE=roadmap_cluster_bench
PROXY=18310
NODE1=18311
NODE2=18312
STATIC=18313
GRID=6930
page=/roadmaps/backstage
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -- "-$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

declare -A group
start() { # start NAME CMD...: in its own process group, output in $work/NAME.log
  local name=$1; shift
  setsid "$@" >"$work/$name.log" 2>&1 &
  group[$name]=$!
  pids+=($!)
}
wait_for() {
  for _ in $(seq 1 300); do curl -sf -o /dev/null "$1" && return 0; sleep 1; done
  echo "$1 never answered" >&2; exit 3
}
now() { date +%s%N; }

psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $DATABASE with (force)" -c "create database $DATABASE"
cluster=bench-$RANDOM$RANDOM
for n in 1 2; do
  port_var=NODE$n
  mkdir -p "$work/node$n"
  start "node$n" env -C "$work/node$n" ROADMAP_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DATABASE" \
    ROADMAP_ADMIN_PASSWORD=bench-maintainer-passphrase ROADMAP_HTTP_TRUSTED_PROXIES=127.0.0.1 \
    ROADMAP_CLUSTER_MEMBERS="127.0.0.1:$GRID,127.0.0.1:$((GRID + 1))" \
    java $JAVA_OPTS -DjvmRoute=n$n -jar "$jar" --port "${!port_var}" --clustername "$cluster"
done
wait_for "http://127.0.0.1:$NODE1/health"
wait_for "http://127.0.0.1:$NODE2/health"

# nginx: the deployed configuration with the bench's ports and a cache of its own, and a static server beside it.
mkdir -p "$work/nginx/logs" "$work/nginx/cache" "$work/www/roadmaps"
sed -e "s|127.0.0.1:8080|127.0.0.1:$PROXY|; s|127.0.0.1:8081|127.0.0.1:$NODE1|g; s|127.0.0.1:8082|127.0.0.1:$NODE2|g" \
  -e "s|/var/cache/nginx/roadmap|$work/nginx/cache|" deploy/nginx/roadmap-cluster.conf >"$work/nginx/roadmap-cluster.conf"
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
  include $work/nginx/roadmap-cluster.conf;
  server { listen 127.0.0.1:$STATIC; root $work/www; }
}
CONF
chmod -R a+rwX "$work"
start nginx nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;'
wait_for "http://127.0.0.1:$PROXY$page"

# 1. From a publication to every node serving it: one more item, put through nginx (Authorization: never cached).
marker="Bench marker $RANDOM$RANDOM"
awk -v item="- **$marker:** published through nginx." '/^## How to influence the roadmap/ && !done {print item; print ""; done=1} {print}' \
  roadmap-web/src/main/resources/demo/backstage.md >"$work/changed.md"
for url in "http://127.0.0.1:$NODE1$page" "http://127.0.0.1:$NODE2$page" "http://127.0.0.1:$PROXY$page"; do
  curl -sf -o /dev/null "$url"
done
start_ns=$(now)
curl -sf -o /dev/null -X PUT -u admin:bench-maintainer-passphrase -H 'Content-Type: text/markdown' \
  --data-binary @"$work/changed.md" "http://127.0.0.1:$PROXY/api/roadmaps/backstage?publish=true"
put_ns=$(now)
declare -A seen=()
while [ ${#seen[@]} -lt 3 ] && [ $(($(now) - start_ns)) -lt 10000000000 ]; do
  for name in node1 node2 nginx; do
    [ -n "${seen[$name]:-}" ] && continue
    case $name in node1) url=http://127.0.0.1:$NODE1$page ;; node2) url=http://127.0.0.1:$NODE2$page ;; nginx) url=http://127.0.0.1:$PROXY$page ;; esac
    if curl -s "$url" | grep -q "$marker"; then seen[$name]=$((($(now) - put_ns) / 1000000)); fi
  done
  sleep 0.02
done
publish_line="publication (PUT through nginx answered after $(((put_ns - start_ns) / 1000000)) ms), then served by: node 1 ${seen[node1]:-never} ms, node 2 ${seen[node2]:-never} ms, nginx's cache ${seen[nginx]:-never} ms (polled every 20 ms, within 10 s)"

# 2. Throughput: the proxy-cached page, nginx's static file of the same bytes, one node straight.
curl -sf "http://127.0.0.1:$NODE1$page" >"$work/www$page"
size=$(wc -c <"$work/www$page")
for url in "http://127.0.0.1:$PROXY$page" "http://127.0.0.1:$STATIC$page"; do
  read -r code bytes < <(curl -s -o /dev/null -w '%{http_code} %{size_download}\n' "$url")
  [ "$code" = 200 ] && [ "$bytes" = "$size" ] || { echo "$url answered $code with $bytes bytes, not 200 with $size" >&2; exit 4; }
done
rps() { # rps URL: requests/s of wrk -t1 -c32 after a warm-up
  wrk -t1 -c32 -d3s "$1" >/dev/null
  wrk -t1 -c32 -d"$DURATION" "$1" | awk '/Requests\/sec/ {printf "%d", $2}'
}
wrk -t1 -c32 -d30s "http://127.0.0.1:$NODE1$page" >/dev/null # the JIT's first pass on a node
# Interleaved rounds, so that a noisy neighbour on the machine hurts each alike; the ratios are per round.
proxied="" static="" node=""
for _ in $(seq 1 "$ROUNDS"); do
  static+="$(rps "http://127.0.0.1:$STATIC$page") "
  proxied+="$(rps "http://127.0.0.1:$PROXY$page") "
  node+="$(rps "http://127.0.0.1:$NODE1$page") "
done
range() { tr ' ' '\n' | grep . | sort -g | awk -v d="$1" '{a[NR]=$1} END {printf "%.*f–%.*f", d, a[1], d, a[NR]}'; }
ratios() { paste -d' ' <(tr ' ' '\n' <<<"$1" | grep .) <(tr ' ' '\n' <<<"$2" | grep .) | awk '{printf "%.2f ", $1 / $2}'; }

# 3. kill -9 of node 1 in the middle of a run whose every request misses the cache and reaches a node.
cat >"$work/miss.lua" <<'LUA'
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/roadmaps/backstage?bench=" .. counter .. "-" .. math.random(1000000000))
end
LUA
wrk -t1 -c32 -d"${KILL_RUN}s" -s "$work/miss.lua" "http://127.0.0.1:$PROXY" >"$work/kill.txt" &
wrk_pid=$!
sleep $((KILL_RUN / 2))
kill -9 "${group[node1]}"
wait "$wrk_pid"
wait "${group[node1]}" 2>/dev/null || true
requests=$(awk '/requests in/ {print $1}' "$work/kill.txt")
non2xx=$(awk '/Non-2xx or 3xx responses/ {print $NF}' "$work/kill.txt")
sockets=$(awk '/Socket errors/ {sub(/.*Socket errors: /, ""); print}' "$work/kill.txt")
after=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PROXY$page?after-the-kill")

echo "$(nproc) cores, $(java -version 2>&1 | head -1), $(nginx -v 2>&1); Payara JVM options: ${JAVA_OPTS:-none}"
echo "page: $page, $size bytes; wrk -t1 -c32 -d$DURATION after 3 s of warm-up, $ROUNDS interleaved rounds"
echo "$publish_line"
printf '%-52s %-16s %s\n' "what serves $page" "requests/s" "× nginx static"
printf '%-52s %-16s %s\n' "nginx, static file" "$(range 0 <<<"$static")" "1"
printf '%-52s %-16s %s\n' "nginx's cache in front of two nodes (max-age=1)" "$(range 0 <<<"$proxied")" "$(ratios "$proxied" "$static" | range 2)"
printf '%-52s %-16s %s\n' "one node straight (no proxy)" "$(range 0 <<<"$node")" "$(ratios "$node" "$static" | range 2)"
echo "kill -9 of node 1 after $((KILL_RUN / 2)) s of a ${KILL_RUN} s run of cache misses through nginx: ${requests:-?} requests," \
  "${non2xx:-0} answered other than 2xx/3xx, socket errors: ${sockets:-none}; afterwards nginx answered $after"
