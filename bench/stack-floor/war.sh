# Sourced by the benches that run bench/stack-floor.
#   stack_floor_war DIR: builds the stack floor's ROOT.war in DIR (once), with javac and jar against the Jakarta EE 10
#   API and the H2 the build left in ~/.m2, and prints its path.
stack_floor_war() {
  local out=$1 here api h2
  here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  if [ ! -f "$out/ROOT.war" ]; then
    api=$(ls ~/.m2/repository/jakarta/platform/jakarta.jakartaee-api/10.0.0/jakarta.jakartaee-api-10.0.0.jar)
    h2=$(ls ~/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar)
    mkdir -p "$out/war/WEB-INF/classes" "$out/war/WEB-INF/lib"
    javac --release 17 -cp "$api" -d "$out/war/WEB-INF/classes" "$here"/src/bench/floor/*.java
    cp -r "$here/resources/." "$out/war/WEB-INF/classes/"
    cp -r "$here/webapp/." "$out/war/"
    cp "$h2" "$out/war/WEB-INF/lib/"
    (cd "$out/war" && jar cf "$out/ROOT.war" .)
  fi
  echo "$out/ROOT.war"
}
