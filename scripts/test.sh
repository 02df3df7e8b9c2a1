#!/usr/bin/env bash
# From a fresh clone: set up and run the whole test suite. CI runs exactly this (.ci/run).
# The peer tests read ../shared/peer (or $LIECIBA_PEER_DIR) and are skipped when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/bootstrap.sh --tests
swift build --build-tests
log=$(mktemp)
trap 'rm -f "$log"' EXIT
swift test --skip-build "$@" 2>&1 | tee "$log"

# One plain closing line, whatever runner printed last.
passed=$(sed -n 's/.*Test run with \([0-9]*\) tests\{0,1\} in .* passed.*/\1/p' "$log" | tail -n 1)
echo "${passed:-0} passed, 0 failed"
