#!/usr/bin/env bash
# Installs what scripts/bench/baseline.py (the Python baseline) and scripts/gen-round.sh need:
# Debian bookworm's lxml, PyYAML, pyahocorasick and py7zr for /usr/bin/python3, and p7zip-full.
# Idempotent: runs apt-get update (once) only when a package is missing. Where apt cannot
# install them, falls back to PyPI for the `python3` on PATH.
set -euo pipefail
packages=(python3-lxml python3-yaml python3-ahocorasick python3-py7zr p7zip-full)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [[ ${#missing[@]} -gt 0 ]]; then
    if command -v apt-get >/dev/null \
        && apt-get update -qq \
        && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; then
        echo "baseline-setup: installed ${missing[*]}" >&2
    else
        echo "baseline-setup: apt-get failed; installing the Python modules from PyPI" >&2
        python3 -m pip install -q --break-system-packages lxml pyyaml pyahocorasick py7zr
    fi
fi
/usr/bin/python3 -c 'import ahocorasick, lxml.etree, py7zr, yaml' 2>/dev/null \
    || python3 -c 'import ahocorasick, lxml.etree, py7zr, yaml'
