# Sourced by the benches: what several of them measure the same way.
#   small_host_options: the JVM options bin/roadmap-portal starts the portal with, as one line.
#   scratch: $work, a new folder, and $pid, for the server the bench starts; on exit the server is stopped and the
#   folder removed.
#   timed_get URL BODY PID: one GET of URL, its body to the file BODY; prints "status seconds cpu-seconds": curl's
#   time_total, and the CPU seconds process PID spent meanwhile (all its threads, from /proc, in 10 ms ticks), which a
#   loaded machine inflates far less than the time.
small_host_options() {
  sed -n 's/^options="\(.*\)"$/\1/p' "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/bin/roadmap-portal"
}
cpu_ticks_of() { awk '{print $14 + $15}' "/proc/$1/stat"; }
timed_get() {
  local before out
  before=$(cpu_ticks_of "$3")
  out=$(curl -s -o "$2" -w '%{http_code} %{time_total}' "$1")
  echo "$out $(awk -v t=$(($(cpu_ticks_of "$3") - before)) 'BEGIN {printf "%.2f", t / 100}')"
}
scratch() {
  work=$(mktemp -d)
  pid=
  trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
}
