#!/usr/bin/env bash
# A large cached page under a small heap: the runnable jar with -Xmx128m (so at most 128 MiB of direct buffers
# too), a generated roadmap of 5,000 items (a 4.6 MB page), then wrk with 32 connections for 15 s without gzip.
# Prints the requests, errors and timeouts, and how many OutOfMemoryErrors the portal logged. JAR= names another
# build's runnable jar (to measure before and after a change). The generator is compiled with javac alone.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${JAR:-$PWD/roadmap-web/target/roadmap-web.jar}
[ -f "$jar" ] || { echo "Build first: ./mvnw -DskipTests package" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }
ITEMS=${ITEMS:-5000}
PORT=${PORT:-18394}
HEAP=${HEAP:-128m}
source bench/lib.sh
scratch

JAVA_OPTS="-Xmx$HEAP"
. bench/generated-portal.sh
url="$url_root/roadmaps/$slug"
echo "$url: $(wc -c <"$work/page.html") bytes; -Xmx$HEAP; $(nproc) cores; jar $(basename "$jar")"
wrk -t2 -c32 -d15s "$url" | grep -E "requests in|Socket errors|Non-2xx|Requests/sec"
echo "OutOfMemoryError lines in the portal's log: $(grep -c OutOfMemoryError "$work/portal.log" || true)"
