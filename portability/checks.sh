# The checks the portability test makes on a deployed portal, with curl only. Sourced by portability/run.
# portal_checks NAME BASE_URL HEALTH_URL: uses $admin_password (the ROADMAP_ADMIN_PASSWORD the server was given).

failures=()
passed=0

step() { printf '\n=== %s\n' "$*"; }
fail_setup() { echo "!!! $*" >&2; exit 2; }
record_failure() { failures+=("$1"); echo "FAIL $1" >&2; }

check() {
  local name=$1; shift
  if "$@"; then
    passed=$((passed + 1)); echo "ok   $name"
  else
    record_failure "$current: $name"
  fi
}

# get URL EXPECTED_STATUS [curl options]: the body in $body, the status compared.
get() {
  local url=$1 expected=$2; shift 2
  local status
  status=$(curl -s -o "$scratch/body" -w '%{http_code}' --max-time 30 "$@" "$url") || status=000
  body=$(cat "$scratch/body")
  [ "$status" = "$expected" ] || { echo "     $url answered $status, not $expected" >&2; return 1; }
}

contains() { grep -q -- "$1" <<<"$body" || { echo "     no '$1' in the answer" >&2; return 1; }; }

home_page() { get "$base/" 200 && contains 'href="/roadmaps/backstage"'; }
roadmap_page() { get "$base/roadmaps/backstage" 200 && contains 'Backstage'; }
item_page() {
  local item
  get "$base/roadmaps/backstage" 200 || return 1
  item=$(grep -o 'href="/roadmaps/backstage/items/[^"#]*"' <<<"$body" | head -n 1 | cut -d'"' -f2)
  [ -n "$item" ] || { echo "     the roadmap page links to no item" >&2; return 1; }
  get "$base$item" 200
}
api_list() { get "$base/api/roadmaps" 200 && contains '"backstage"'; }
health_up() { get "$health" 200 && contains '"UP"'; }

# The sign-in form as a browser sends it: the form from a GET, then the POST with the session cookie (which
# must be SameSite=Strict) and every hidden field the form holds, as each Faces renders them: the view state, and
# the mark that the form was sent (Mojarra's login=login on Payara and WildFly, MyFaces' login_SUBMIT=1 on Liberty;
# without it MyFaces takes the POST for no submission and just renders the page again). A good password ends on
# the maintainer dashboard.
form_sign_in() {
  local jar=$scratch/cookies hidden=() field name value
  rm -f "$jar"
  get "$base/login.xhtml" 200 -c "$jar" -D "$scratch/headers" || return 1
  grep -qi '^set-cookie: *JSESSIONID=.*samesite=strict' "$scratch/headers" \
    || { echo "     the session cookie is not SameSite=Strict" >&2; return 1; }
  grep -q 'name="jakarta.faces.ViewState"' <<<"$body" || { echo "     the sign-in page has no form" >&2; return 1; }
  while read -r field; do
    name=$(grep -o ' name="[^"]*"' <<<"$field" | cut -d'"' -f2)
    value=$(grep -o ' value="[^"]*"' <<<"$field" | cut -d'"' -f2)
    [ -n "$name" ] && hidden+=(--data-urlencode "$name=$value")
  done < <(sed -n '/<form id="login"/,/<\/form>/p' <<<"$body" | grep -o '<input type="hidden"[^>]*>')
  get "$base/login.xhtml" 200 -b "$jar" -c "$jar" -L "${hidden[@]}" \
    --data-urlencode "login:username=admin" --data-urlencode "login:password=$admin_password" \
    --data-urlencode "login:signIn=Sign in" -H "Origin: $base" || return 1
  get "$base/admin/index.xhtml" 200 -b "$jar" && contains 'backstage'
}

# An edit of the draft and its publication in one call, the docs-as-code path: the demo roadmap with one item
# more, PUT with Basic credentials and ?publish=true; the public API then shows the new item.
edit_and_publish() {
  get "$base/roadmaps/backstage.md" 200 || return 1
  printf '%s\n\n### Portability check %s\n\nDeployed on %s.\n' "$body" "$RANDOM" "$current" >"$scratch/edited.md"
  get "$base/api/roadmaps/backstage?publish=true" 200 -X PUT -u "admin:$admin_password" \
    -H 'Content-Type: text/markdown' --data-binary "@$scratch/edited.md" || return 1
  get "$base/api/roadmaps/backstage" 200 && contains 'Portability check'
}

portal_checks() {
  current=$1 base=$2 health=$3
  scratch=$(mktemp -d)
  check "/ lists the roadmaps" home_page
  check "/roadmaps/backstage" roadmap_page
  check "an item page" item_page
  check "/api/roadmaps" api_list
  check "health UP ($health)" health_up
  check "sign-in through the form" form_sign_in
  check "an edit published with PUT /api/roadmaps/backstage?publish=true" edit_and_publish
  rm -rf "$scratch"
}

summary() {
  step "Portability: $passed checks passed, ${#failures[@]} failed"
  local failure
  for failure in "${failures[@]}"; do echo "  FAIL $failure"; done
  ((${#failures[@]} == 0))
}
