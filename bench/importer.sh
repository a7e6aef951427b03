#!/usr/bin/env bash
# The reader on the seed against commonmark's bare parse of it (goal: within 2x), and read/write time on
# generated roadmaps of 10 to 10,000 items (cost should grow linearly). One JVM, after warm-up.
# READER_BENCH="seed" measures only the seed's bare parse then the reader; READER_BENCH="parser bare|tables|spans|reader"
# one parser alone. The JIT moves the bare parse by half between JVMs: run those several times.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl roadmap-domain,roadmap-importer -am -DskipTests install >/dev/null
only=()
[ -n "${READER_BENCH:-}" ] && only=(-Dexec.args="$READER_BENCH")
./mvnw -q -B -pl roadmap-importer test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
  -Dexec.mainClass=dev.roadmap.importer.bench.ReaderBenchmark -Dexec.classpathScope=test "${only[@]}"
