# Sourced by the benches that serve a generated roadmap from the runnable jar (api.sh, large-page.sh), after they
# set jar, work, PORT and ITEMS: writes the roadmap (the generator compiled with javac alone, no Maven run), starts
# the jar on it with JAVA_OPTS, and waits until its page answers. Sets slug, pid and url_root; the caller's trap
# stops the portal.
javac -d "$work/classes" roadmap-importer/src/test/java/dev/roadmap/importer/bench/GeneratedRoadmaps.java \
  roadmap-importer/src/test/java/dev/roadmap/importer/bench/WriteGeneratedRoadmaps.java
java -cp "$work/classes" dev.roadmap.importer.bench.WriteGeneratedRoadmaps "$work/import" "$ITEMS"
slug=$(printf 'items-%05d' "$ITEMS")
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
(cd "$work" && ROADMAP_IMPORT_DIR="$work/import" exec java $JAVA_OPTS -jar "$jar" --port "$PORT" \
  >"$work/portal.log" 2>&1) &
pid=$!
url_root="http://127.0.0.1:$PORT"
for _ in $(seq 1 240); do
  curl -sf -o "$work/page.html" "$url_root/roadmaps/$slug" && break
  kill -0 "$pid" 2>/dev/null || { tail -20 "$work/portal.log"; exit 1; }
  sleep 1
done
