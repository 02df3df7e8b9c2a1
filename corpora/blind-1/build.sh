#!/bin/sh
# Rebuild archives/ from sources/ deterministically. Usage: ./build.sh [B01 B02 ...]
set -e
cd "$(dirname "$0")"
python3 tools/build.py "$@"
