#!/bin/sh
# Rebuild all blind-2 documents (sources/Bxx/files) and archives (archives/) deterministically.
# Labels are frozen in labels.json; this script does NOT touch them (writes labels.fromsources.json for comparison).
set -e
cd "$(dirname "$0")"
python3 build.py "$@"
