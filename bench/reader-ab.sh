#!/usr/bin/env bash
# The reader of another revision (A, default HEAD~1) against this working tree's (B). First, whether both read the
# same: each build's reports and exports of 8,633 documents (ReaderOutputs: the corpus, fuzz mutations, made-up
# documents), compared byte for byte. Then their speed on the seed, both in one JVM with commonmark's bare parse,
# interleaved (ReaderPairBenchmark): each one's time, its ratio to the bare parse, and B/A as the median of paired
# rounds. RUNS= how many JVMs (default 3). Usage: bench/reader-ab.sh [REV].
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-HEAD~1}
runs=${RUNS:-3}
work=$(mktemp -d)
trap 'git worktree remove --force "$work/a" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git worktree add -q --detach "$work/a" "$rev"
class_path() { # class_path DIR: the importer's classes and libraries as built in that tree
  # In the reactor, so the domain module comes from that tree too and nothing is installed; the importer, built
  # last, writes the class path last.
  (cd "$1" && ./mvnw -q -B -pl roadmap-domain,roadmap-importer test-compile dependency:build-classpath \
    -Dmdep.outputFile="$work/cp" >/dev/null)
  echo "$1/roadmap-importer/target/classes:$(cat "$work/cp")"
}
a=$(class_path "$work/a")
b=$(class_path "$PWD")
seed=roadmap-importer/src/test/resources/corpus/backstage_2022-q2.md
# This tree's documents for both builds, so that only the reader differs.
outputs=dev.roadmap.importer.markdown.ReaderOutputs
java -cp "${a%%:*}:roadmap-importer/target/test-classes:${a#*:}" "$outputs" "$work/a.txt" >/dev/null
java -cp "${b%%:*}:roadmap-importer/target/test-classes:${b#*:}" "$outputs" "$work/b.txt"
if cmp -s "$work/a.txt" "$work/b.txt"; then
  echo "A and B read the same: every report and export alike"
else
  echo "A and B read differently; the first differences:"
  diff "$work/a.txt" "$work/b.txt" | head -20 || true
fi
echo "A = $(git rev-parse --short "$rev"), B = this tree; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq 1 "$runs"); do
  java -cp roadmap-importer/target/test-classes dev.roadmap.importer.bench.ReaderPairBenchmark "$a" "$b" "$seed"
done
