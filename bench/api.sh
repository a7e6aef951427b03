#!/usr/bin/env bash
# GET /api/roadmaps/{slug} for a generated roadmap of 5,000 items on the runnable jar: the first call, the
# median of 20 calls after it, and the median of 20 revalidations with If-None-Match (304 when the API caches
# per edition). JAR= names another build's runnable jar (to measure before and after a change); default the one
# `mvn package` leaves in roadmap-web/target. The generator is compiled with javac alone: no Maven run here.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${JAR:-$PWD/roadmap-web/target/roadmap-web.jar}
[ -f "$jar" ] || { echo "Build first: mvn -DskipTests package" >&2; exit 2; }
ITEMS=${ITEMS:-5000}
PORT=${PORT:-18092}
source bench/lib.sh
scratch

JAVA_OPTS=-XX:+UseParallelGC
. bench/generated-portal.sh
url="$url_root/api/roadmaps/$slug"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
first=$(curl -s -o "$work/body.json" -w '%{time_total}' "$url")
calls=$(for _ in $(seq 1 20); do curl -s -o /dev/null -w '%{time_total}\n' "$url"; done | median)
etag=$(curl -s -D - -o /dev/null "$url" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag" {print $2}')
if [ -n "$etag" ]; then
  revalidated=$(for _ in $(seq 1 20); do curl -s -o /dev/null -H "If-None-Match: $etag" -w '%{time_total}\n' "$url"; done | median)
  status=$(curl -s -o /dev/null -H "If-None-Match: $etag" -w '%{http_code}' "$url")
else
  revalidated=n/a; status="no ETag"
fi
echo "GET /api/roadmaps/$slug: $(wc -c <"$work/body.json") bytes; $ITEMS items; $(nproc) cores; jar $(basename "$jar")"
echo "first call ${first}s; median of 20 after it ${calls}s; If-None-Match (${status}) median ${revalidated}s"
