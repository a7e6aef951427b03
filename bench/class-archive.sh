# Sourced by the benches that start the portal through bin/roadmap-portal. The script makes the jar's class archive
# on its first start of a jar, by a warm-up start that answers on the same port before the real one does; a bench
# timing the start would time that one instead. So the benches make the archive first, with this.
#   make_class_archive JAR PORT: starts bin/roadmap-portal for JAR on PORT until the archive is newer than the jar and
#   the real start answers, stops it, and prints "the class archive (N MiB) took M ms to make" (nothing if the jar
#   had its archive already).
make_class_archive() {
  local jar=$1 port=$2 archive=${1%.jar}.jsa
  [ -f "$archive" ] && [ "$archive" -nt "$jar" ] && return 0
  local dir start pid launcher
  # Resolved before the start changes directory: a bench may source this file by a relative path.
  launcher=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/bin/roadmap-portal
  dir=$(mktemp -d)
  start=$(date +%s%3N)
  (cd "$dir" && ROADMAP_JAR="$jar" ROADMAP_DB_URL="jdbc:h2:mem:bench-archive" \
    exec "$launcher" --port "$port" >"$dir/out.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 3000); do
    if [ -f "$archive" ] && [ "$archive" -nt "$jar" ] \
        && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true)" = 200 ]; then
      break
    fi
    kill -0 "$pid" 2>/dev/null || { tail -20 "$dir/out.log" >&2; break; }
    sleep 0.2
  done
  echo "the class archive ($(du -m "$archive" 2>/dev/null | cut -f1) MiB) took $(($(date +%s%3N) - start)) ms to make, with a start after it"
  kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
}
