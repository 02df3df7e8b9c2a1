#!/usr/bin/env bash
# Installs the Debian packages Liecība builds and tests with — only those that are missing.
# Idempotent: a second run installs nothing. Needs root (or sudo) only when something is missing.
set -euo pipefail

# Build: libarchive and libxml2 headers, pkg-config to find them.
# Lexicons and judging: libhunspell-dev, hunspell-lv and hunspell-tools expand word forms (lieciba
# lexicon build); a scan reads verb mood and tense from hunspell-lv.
# Tests: python3-jsonschema validates the evidence map against docs/evidence-map.schema.json;
# LibreOffice and pandoc are NOT needed (fixtures are committed).
packages=(libarchive-dev libxml2-dev zlib1g-dev libsqlite3-dev libhunspell-dev hunspell-lv hunspell-tools pkg-config python3-jsonschema)
# With --tests: LibreOffice Calc (matrix.csv opens as a spreadsheet), Chromium (the HTML report
# renders in a real browser) and poppler-utils (a page printed to PDF is read back with
# pdftotext), for scripts/test.sh.
if [[ ${1:-} == "--tests" ]]; then
    packages+=(libreoffice-calc-nogui chromium poppler-utils)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "bootstrap: all Debian packages present (${packages[*]})"
    exit 0
fi

echo "bootstrap: installing missing Debian packages: ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "bootstrap: not root and no sudo; please install: ${missing[*]}" >&2
    exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "bootstrap: apt-get not found (Liecība's set-up targets Debian 12); please install: ${missing[*]}" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
if ! "${as_root[@]}" apt-get update -qq; then
    echo "bootstrap: apt-get update failed; please install: ${missing[*]}" >&2
    exit 1
fi
if ! "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"; then
    echo "bootstrap: apt-get install failed; please install: ${missing[*]}" >&2
    exit 1
fi
echo "bootstrap: installed ${missing[*]}"
