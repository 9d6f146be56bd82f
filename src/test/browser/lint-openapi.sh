#!/usr/bin/env bash
# Spectral's spectral:oas rules (the repository's .spectral.yaml) against the product's own OpenAPI
# document, fetched from the running application at BASE_URL: any error or warning fails. run.sh runs it
# once the application is up; by hand: BASE_URL=http://127.0.0.1:<port> ./lint-openapi.sh, or, after
# AuthorizationMatrixCoverageTest wrote it, npx spectral lint ../../../target/openapi/api-docs.json
set -euo pipefail
cd "$(dirname "$0")"
: "${BASE_URL:?BASE_URL must name the running application, e.g. http://127.0.0.1:8081}"
DOC="$(mktemp --suffix=.json)"
trap 'rm -f "$DOC"' EXIT
node -e "
fetch(process.env.BASE_URL + '/v3/api-docs').then(async reply => {
  if (!reply.ok) { console.error('/v3/api-docs answered ' + reply.status); process.exit(1); }
  require('fs').writeFileSync(process.argv[1], await reply.text());
}, error => { console.error('/v3/api-docs: ' + error.message); process.exit(1); });" "$DOC"
npx --no-install spectral lint --ruleset ../../../.spectral.yaml --fail-severity=warn "$DOC"
