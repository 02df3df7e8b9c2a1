#!/bin/bash
# Slurm job: joins the shards written by scripts/slurm/scan.sh (OUT/shard-1..N) into OUT/round,
# byte-identical to scanning the whole round on one machine. Run it once the whole array has
# completed:
#
#   jid=$(sbatch --parsable scripts/slurm/scan.sh /mnt/round /mnt/out 8)
#   sbatch --dependency=afterok:$jid scripts/slurm/merge.sh /mnt/out 8
#
# Arguments, or the environment when an argument is not given:
#   OUT    LIECIBA_OUT     the base output folder given to scan.sh
#   N      LIECIBA_SHARDS  the number of shards, default 8 (the same N as scan.sh)
#   LIECIBA                the lieciba executable (default: `lieciba` from PATH)
#   LIECIBA_HOME           honoured by lieciba (the checkout holding corpora/lexicons/), not set here
# Options after N (e.g. --lexicon FILE, --lang en) go to `lieciba merge` as they are.
# lieciba refuses a set that lacks a shard, holds an unfinished (cancelled) one, or mixes builds
# or lexicons: re-run the array (it takes up what was recorded) and merge again.
#
#SBATCH --job-name=lieciba-merge
#SBATCH --ntasks=1
#SBATCH --cpus-per-task=1
#SBATCH --output=lieciba-merge-%j.out
set -euo pipefail

die() { echo "merge.sh: $*" >&2; exit 64; }

OUT=${1:-${LIECIBA_OUT:-}}
N=${2:-${LIECIBA_SHARDS:-8}}
shift $(( $# < 2 ? $# : 2 ))
LIECIBA=${LIECIBA:-lieciba}

[[ -n $OUT ]] || die "no output folder: pass OUT as the first argument or set LIECIBA_OUT"
[[ $N =~ ^[1-9][0-9]*$ ]] || die "the number of shards must be a positive integer, not '$N'"
command -v "$LIECIBA" >/dev/null || die "lieciba not found: put it on PATH or set LIECIBA to its path"

shards=()
missing=()
for (( i = 1; i <= N; i++ )); do
    shards+=("$OUT/shard-$i")
    [[ -d $OUT/shard-$i ]] || missing+=("shard-$i")
done
if (( ${#missing[@]} )); then
    echo "merge.sh: missing in $OUT: ${missing[*]} (run scan.sh with --array=1-$N first)" >&2
    exit 1
fi

echo "merge.sh: job ${SLURM_JOB_ID:-?} on $(hostname -s): $N shards of $OUT into $OUT/round" >&2
exec "$LIECIBA" merge "${shards[@]}" --out "$OUT/round" "$@"
