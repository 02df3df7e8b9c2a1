#!/usr/bin/env bash
# From a fresh clone: set up, build in release mode and scan the bundled demo round.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/bootstrap.sh
swift build -c release --product lieciba
rm -rf out/demo
.build/release/lieciba scan corpora/demo-round --out out/demo
echo "demo: the evidence map is in $(pwd)/out/demo/evidence-map.json"
