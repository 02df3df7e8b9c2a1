#!/usr/bin/env bash
# Matching speed alone (issue: judgement): tokenising + lexicon lookup + phrase matching of
# extracted text, one core, release build. Usage: scripts/bench-match.sh [MEGABYTES]
# The text is the demo round's extracted text, repeated to the requested size.
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-50}

scripts/bootstrap.sh >/dev/null
LIECIBA_BENCHMARKS=1 swift build -c release --scratch-path .build-bench --product MatchBench >/dev/null
swift build -c release --product lieciba >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Extract every demo document once (archives unpacked to a scratch folder for extract).
mkdir -p "$work/docs"
for archive in corpora/demo-round/*.zip; do (cd "$work/docs" && unzip -qo "$OLDPWD/$archive" 2>/dev/null || true); done
find "$work/docs" corpora/demo-round -type f \( -name '*.docx' -o -name '*.odt' -o -name '*.html' \) -print0 |
    while IFS= read -r -d '' document; do .build/release/lieciba extract "$document" 2>/dev/null || true; done >"$work/seed.txt"
seed_bytes=$(wc -c <"$work/seed.txt")
copies=$(( size_mb * 1000000 / seed_bytes + 1 ))
for _ in $(seq "$copies"); do cat "$work/seed.txt"; done >"$work/text.txt"
echo "text: $(wc -c <"$work/text.txt") bytes from $seed_bytes bytes of demo-round text"
taskset -c 0 .build-bench/release/MatchBench corpora/lexicons/smart-village.lv.yaml "$work/text.txt" 3
