#!/usr/bin/env bash
# Import time through the whole stack (reader, JPA, H2, one transaction per roadmap, inside Payara Micro)
# for generated roadmaps of 10, 100, 1,000 and 10,000 items: the runnable jar imports them from
# ROADMAP_IMPORT_DIR at start and logs each import's time. A 1,000-item warm-up file goes first. The
# 10,000-item file is 1.2 MB, so the upload limit is raised for this run. Needs `mvn package` first.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$PWD/roadmap-web/target/roadmap-web.jar
[ -f "$jar" ] || { echo "Build first: mvn -DskipTests package" >&2; exit 2; }
source bench/lib.sh
scratch

mvn -q -B -pl roadmap-importer test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
  -Dexec.mainClass=dev.roadmap.importer.bench.WriteGeneratedRoadmaps -Dexec.classpathScope=test \
  -Dexec.args="$work/roadmaps 10 100 1000 10000"
cp "$work/roadmaps/items-01000.md" "$work/roadmaps/a-warmup.md"

cd "$work"
ROADMAP_IMPORT_DIR="$work/roadmaps" java -Droadmap.import.max-bytes=8388608 -jar "$jar" --port "${PORT:-18081}" \
  >"$work/portal.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  [ "$(grep -c -E 'Imported roadmap|was not imported' "$work/portal.log" || true)" -ge 5 ] && break
  kill -0 "$pid" 2>/dev/null || { tail -20 "$work/portal.log"; exit 1; }
  sleep 1
done
grep -o -E "Imported roadmap 'items-[0-9]*'.*|Roadmap .* was not imported.*" "$work/portal.log" | sed -E "s/ from [^:]*:/:/"
