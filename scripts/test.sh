#!/usr/bin/env bash
# From a fresh clone: set up and run the whole test suite. CI runs exactly this (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/bootstrap.sh
swift build --build-tests
swift test --skip-build "$@"
