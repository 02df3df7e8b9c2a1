#!/usr/bin/env bash
# Whole-round throughput against what users would otherwise run (issue: throughput).
# Usage: scripts/bench.sh [N...]   (default: 200 2000)
# For each round size: generates a synthetic round (scripts/gen-round.sh), then times, alternating
# runs, median of 3 (RUNS=…; ROUNDS_DIR=… keeps the generated rounds for the next time): lieciba scan --jobs 2 and --jobs 1; the Python baseline
# (scripts/bench/baseline.py: zipfile/tarfile/py7zr, lxml, pyahocorasick, 2 processes); ugrep -z
# --zmax=2 -i -w -f PATTERNS (raw search inside archives for every inflected form of the lexicon); bsdtar -xOf of every archive to /dev/null
# (decompression alone), one archive at a time and two at a time (bsdtar-2p, the fair anchor for
# lieciba --jobs 2); and lieciba re-run on its own output (all taken from the ledger). Prints submissions/s, archive MB/s, text MB/s (characters of extracted
# text, as lieciba counts them), CPU seconds, CPU milliseconds per submission and peak RSS (the
# largest of the runs) for each, and the ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-200 2000}")
[[ $# -eq 0 ]] && sizes=(200 2000)

scripts/bootstrap.sh >/dev/null
scripts/bench/baseline-setup.sh
runs=${RUNS:-3}
for tool in 7z bsdtar ugrep; do
    command -v "$tool" >/dev/null || { echo "bench: $tool missing (apt-get install p7zip-full libarchive-tools ugrep)" >&2; exit 1; }
done
swift build -c release --product lieciba >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Patterns for ugrep: every inflected form of the default lexicon's words (its compiled form
# table), matched as whole words — what lieciba matches, so ugrep is not flattered by a short list.
python3 - corpora/lexicons/smart-village.lv.forms.json >"$work/patterns.txt" <<'PY'
import json, sys
table = json.load(open(sys.argv[1], encoding="utf-8"))
print("\n".join(sorted({form.split("|")[0].lower() for p in table["paradigms"].values() for form in p["forms"]})))
PY

measure() { # label, command… → "seconds cpu rss"
    local label=$1; shift
    # A scan writes about half a gigabyte per 1,000 submissions: each run starts once the one
    # before is on disk, not while the kernel is still writing it back beside the next tool.
    sync
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >/dev/null 2>&1 || true
    # GNU time prefixes "Command exited with non-zero status" when a tool exits non-zero (ugrep does on no match).
    read -r wall user sys rss < <(tail -n 1 "$work/time.txt")
    echo "$label $wall $(echo "$user + $sys" | bc) $rss"
}

for n in "${sizes[@]}"; do
    # ROUNDS_DIR keeps generated rounds between runs of this script (generation is deterministic).
    round="${ROUNDS_DIR:-$work}/round-$n"
    [[ -d "$round" ]] || scripts/gen-round.sh "$n" "$round" >/dev/null
    megabytes=$(du -sm "$round" | cut -f1)
    echo "== round of $n submissions, $megabytes MB"
    : >"$work/results.txt"
    for ((run = 1; run <= runs; run++)); do
        measure "lieciba-j2" .build/release/lieciba scan "$round" --out "$work/out" --jobs 2 --progress never --fresh >>"$work/results.txt"
        measure "lieciba-j1" .build/release/lieciba scan "$round" --out "$work/out" --jobs 1 --progress never --fresh >>"$work/results.txt"
        # The same command again: every submission unchanged, taken from the ledger.
        measure "lieciba-rerun" .build/release/lieciba scan "$round" --out "$work/out" --jobs 2 --progress never >>"$work/results.txt"
        measure "python-2p" /usr/bin/python3 scripts/bench/baseline.py "$round" "$work/baseline.jsonl" --processes 2 >>"$work/results.txt"
        measure "ugrep" ugrep -z --zmax=2 -i -w -c -f "$work/patterns.txt" -r "$round" >>"$work/results.txt"
        measure "bsdtar" bash -c "for a in '$round'/*; do bsdtar -xOf \"\$a\" >/dev/null; done" >>"$work/results.txt"
        # Decompression on both cores, as lieciba --jobs 2 and the anchors in baselines.md use them.
        measure "bsdtar-2p" bash -c "printf '%s\\0' '$round'/* | xargs -0 -P 2 -n 1 sh -c 'bsdtar -xOf \"\$0\" >/dev/null'" >>"$work/results.txt"
    done
    characters=$(python3 -c 'import json, sys; print(sum(s["summary"]["characters"] for s in json.load(open(sys.argv[1]))["submissions"]))' "$work/out/evidence-map.json")
    python3 - "$work/results.txt" "$n" "$megabytes" "$characters" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    label, wall, cpu, rss = line.split()
    rows.setdefault(label, []).append((float(wall), float(cpu), int(rss)))
n, mb, text_mb = int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]) / 1e6
median = {label: statistics.median(w for w, _, _ in runs) for label, runs in rows.items()}
print(f"text: {text_mb:.1f} M characters")
# CPU ms per submission is what the targets come down to: 250 submissions/s on 2 cores is 8.
print(f"{'tool':12} {'median s':>9} {'subm/s':>8} {'arch MB/s':>10} {'text MB/s':>10} {'CPU s':>7} {'CPU ms/subm':>12} {'peak RSS MB':>12}")
for label, runs in rows.items():
    wall = median[label]
    cpu = statistics.median(c for _, c, _ in runs)
    rss = max(r for _, _, r in runs) / 1024
    print(f"{label:12} {wall:9.2f} {n / wall:8.1f} {mb / wall:10.1f} {text_mb / wall:10.1f} {cpu:7.2f} {cpu / n * 1000:12.1f} {rss:12.1f}")
if "lieciba-j2" in median:
    j2 = median["lieciba-j2"]
    for other in ("lieciba-j1", "lieciba-rerun", "python-2p", "ugrep", "bsdtar", "bsdtar-2p"):
        if other in median:
            print(f"lieciba --jobs 2 vs {other}: {median[other] / j2:.2f}x")
PY
done
