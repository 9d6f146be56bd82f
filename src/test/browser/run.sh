#!/usr/bin/env bash
# Browser tests of peer-supervision in Debian's Chromium, driven by playwright-core (no browser download).
# Starts the application from its jar on a fresh embedded database (demo users on) at a free port,
# runs tests/*.test.mjs against it, and stops it. Screenshots of every step go to target/browser-screenshots
# (SCREENSHOTS overrides the folder). Needs: java 17, node >= 18 with npm, chromium
# (CI: apt-get install -y chromium nodejs npm; Node 18 or later). The jar comes from `mvn package`/`mvn verify`;
# it is built here (tests skipped) when missing. CHROMIUM overrides /usr/bin/chromium.
set -euo pipefail
cd "$(dirname "$0")"
ROOT="$(cd ../../.. && pwd)"

JAR="$(ls "$ROOT"/target/peer-supervision-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)"
if [ -z "$JAR" ]; then
  (cd "$ROOT" && mvn -B -q -DskipTests package)
  JAR="$(ls "$ROOT"/target/peer-supervision-*.jar | grep -v '\.original$' | head -1)"
fi
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] || { echo "Chromium not found at $CHROMIUM (apt-get install -y chromium)" >&2; exit 1; }

npm ci --no-audit --no-fund --loglevel=error

PORT="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
WORK="$(mktemp -d)"
java -jar "$JAR" --server.port="$PORT" \
  --spring.datasource.url="jdbc:h2:file:$WORK/db;DB_CLOSE_ON_EXIT=FALSE" >"$WORK/app.log" 2>&1 &
APP=$!
stop() {
  kill "$APP" 2>/dev/null || true
  wait "$APP" 2>/dev/null || true
  rm -rf "$WORK"
}
trap stop EXIT

export BASE_URL="http://127.0.0.1:$PORT"
# every step's screenshot is kept as the run's output, for people to look at
export SCREENSHOTS="${SCREENSHOTS:-$ROOT/target/browser-screenshots}"
mkdir -p "$SCREENSHOTS"
for _ in $(seq 1 120); do
  if ! kill -0 "$APP" 2>/dev/null; then
    echo "The application stopped while starting:" >&2; tail -50 "$WORK/app.log" >&2; exit 1
  fi
  if node -e "fetch(process.env.BASE_URL + '/actuator/health').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"; then
    break
  fi
  sleep 2
done
node -e "fetch(process.env.BASE_URL + '/actuator/health').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))" \
  || { echo "The application did not start within 4 minutes:" >&2; tail -50 "$WORK/app.log" >&2; exit 1; }

npm run --silent lint:openapi   # Spectral (spectral:oas) on /v3/api-docs: no errors, no warnings
# one test file at a time (the flag exists from Node 20; Debian 12's own nodejs is 18)
if [ "$(node -p 'process.versions.node.split(".")[0]')" -ge 20 ]; then
  node --test --test-concurrency=1 tests/
else
  node --test tests/
fi
