#!/usr/bin/env bash
# CPU per submission of a whole scan, this checkout against another revision (issue 17: judging
# may cost at most 20 % more CPU per submission than before the claim layer).
# Usage: scripts/bench-judge.sh [BASE_REVISION] [N]   (defaults: af3e1ff, 500)
# Builds BASE_REVISION in a git worktree (release), generates a synthetic round of N submissions
# (scripts/gen-round.sh) and scans it with --jobs 1 --fresh, alternating the two binaries, RUNS
# times (default 5); prints the median CPU seconds (user + system), CPU ms per submission and the
# ratio. The dev round and blind-1 are timed the same way, as rounds of real-looking text.
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-af3e1ff}
n=${2:-500}
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'git worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

swift build -c release --product lieciba >/dev/null
git worktree add --detach "$work/base" "$base" >/dev/null 2>&1
(cd "$work/base" && swift build -c release --product lieciba >/dev/null)
scripts/gen-round.sh "$n" "$work/round" >/dev/null

cpu() { # binary round → CPU seconds of one scan
    /usr/bin/time -f "%U %S" -o "$work/time.txt" "$1" scan "$2" --out "$work/out" --jobs 1 --progress never --fresh >/dev/null 2>&1
    awk '{ printf "%.3f\n", $1 + $2 }' "$work/time.txt"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

for round in "$work/round" corpora/dev-round corpora/blind-1/archives; do
    count=$(find "$round" -mindepth 1 -maxdepth 1 ! -name '.*' | wc -l)
    : >"$work/base.txt"
    : >"$work/head.txt"
    for ((run = 1; run <= runs; run++)); do
        cpu "$work/base/.build/release/lieciba" "$round" >>"$work/base.txt"
        cpu .build/release/lieciba "$round" >>"$work/head.txt"
    done
    b=$(median <"$work/base.txt")
    h=$(median <"$work/head.txt")
    echo "== $(basename "$round"): $count submissions, median of $runs scans, --jobs 1"
    awk -v b="$b" -v h="$h" -v n="$count" -v rev="$base" 'BEGIN {
        printf "  %-10s %7.3f s CPU  %7.2f ms/submission\n", rev, b, 1000 * b / n
        printf "  %-10s %7.3f s CPU  %7.2f ms/submission\n", "this", h, 1000 * h / n
        printf "  ratio      %7.3f\n", h / b
    }'
done
