#!/usr/bin/env bash
# From a fresh clone: set up, build in release mode and scan the bundled demo round.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/bootstrap.sh
swift build -c release --product lieciba
rm -rf out/demo
.build/release/lieciba scan corpora/demo-round --out out/demo
echo "demo: open $(pwd)/out/demo/index.html (evidence map: out/demo/evidence-map.json, spreadsheets: out/demo/matrix.csv, out/demo/evidence.csv)"
