#!/usr/bin/env bash
# Run the test suite against a real LanguageTool server (installed from Maven Central on first use).
# Usage: scripts/test.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
url="$(scripts/languagetool.sh start)"
trap 'scripts/languagetool.sh stop >/dev/null 2>&1 || true' EXIT
NEWSLINT_LANGUAGETOOL_URL="$url" NEWSLINT_REQUIRE_LANGUAGETOOL=1 python -m pytest "$@"
