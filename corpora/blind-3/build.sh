#!/bin/sh
# Deterministic build: sources/Bxx -> archives/Bxx.{zip,tar.gz,7z}
set -e
cd "$(dirname "$0")"
export SOURCE_DATE_EPOCH=1795168800 TZ=UTC LC_ALL=C.UTF-8
python3 tools/build.py
