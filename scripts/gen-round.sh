#!/usr/bin/env bash
# Writes a deterministic synthetic round for benchmarks: scripts/gen-round.sh N OUTPUT_FOLDER [SEED]
# (zip/tar.gz/7z; DOCX, ODT and HTML with Latvian text; photos in half the documents).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v 7z >/dev/null || { echo "gen-round: 7z not found (apt-get install p7zip-full)" >&2; exit 1; }
exec python3 scripts/bench/gen_round.py "$@"
