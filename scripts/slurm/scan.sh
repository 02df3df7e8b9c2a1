#!/bin/bash
# Slurm job array: each task scans one shard of a round with `lieciba scan --shard I/N`.
#
#   sbatch scripts/slurm/scan.sh ROUND OUT [N [MORE SCAN OPTIONS...]]
#   jid=$(sbatch --parsable scripts/slurm/scan.sh /mnt/round /mnt/out 8)
#   sbatch --dependency=afterok:$jid scripts/slurm/merge.sh /mnt/out 8
#
# Task I writes OUT/shard-I; scripts/slurm/merge.sh then joins OUT/shard-1..N into OUT/round.
# Arguments, or the environment when an argument is not given (sbatch passes the environment on):
#   ROUND  LIECIBA_ROUND   the round folder, seen at the same path by every node
#   OUT    LIECIBA_OUT     the base output folder, on a file system every node shares
#   N      LIECIBA_SHARDS  the number of shards, default 8; the array must be a subset of 1-N:
#                          with another N, submit with --array=1-N too (the #SBATCH line says 1-8)
#   LIECIBA                the lieciba executable (default: `lieciba` from PATH)
#   LIECIBA_HOME           honoured by lieciba (the checkout holding corpora/lexicons/), not set here
# Options after N (e.g. --lexicon FILE --lang en) go to `lieciba scan` as they are; give merge.sh
# the same --lexicon. --jobs follows --cpus-per-task. Command-line sbatch options override the
# #SBATCH lines below (e.g. `sbatch --cpus-per-task=2 --array=3,5 ...` re-runs shards 3 and 5).
#
# Stopping: lieciba is exec'd, so the batch shell IS lieciba. SIGTERM/SIGINT/SIGHUP (scancel
# --signal=TERM with --batch or --full, or Slurm's own TERM at the time limit) make it finish the
# submissions in flight, record them in OUT/shard-I/ledger.sqlite and exit 143/130/129 without a
# report; submitting the same array again takes up what was recorded. --signal=B:TERM@120 asks
# for that 120 s before a time limit, so the stop is clean rather than a KILL after KillWait.
#
#SBATCH --job-name=lieciba-scan
#SBATCH --array=1-8
#SBATCH --ntasks=1
#SBATCH --cpus-per-task=4
#SBATCH --signal=B:TERM@120
#SBATCH --output=lieciba-scan-%A_%a.out
set -euo pipefail

die() { echo "scan.sh: $*" >&2; exit 64; }

ROUND=${1:-${LIECIBA_ROUND:-}}
OUT=${2:-${LIECIBA_OUT:-}}
N=${3:-${LIECIBA_SHARDS:-8}}
shift $(( $# < 3 ? $# : 3 ))
LIECIBA=${LIECIBA:-lieciba}
I=${SLURM_ARRAY_TASK_ID:-}

[[ -n $ROUND ]] || die "no round folder: pass ROUND as the first argument or set LIECIBA_ROUND"
[[ -n $OUT ]] || die "no output folder: pass OUT as the second argument or set LIECIBA_OUT"
[[ $N =~ ^[1-9][0-9]*$ ]] || die "the number of shards must be a positive integer, not '$N'"
[[ $I =~ ^[0-9]+$ ]] || die "not a job array task: submit with sbatch --array=1-$N"
(( I >= 1 && I <= N )) || die "array task $I is outside 1-$N: submit with --array=1-$N, or pass N / set LIECIBA_SHARDS"
command -v "$LIECIBA" >/dev/null || die "lieciba not found: put it on PATH or set LIECIBA to its path"

mkdir -p "$OUT"
echo "scan.sh: job ${SLURM_ARRAY_JOB_ID:-?}_$I on $(hostname -s): shard $I/$N of $ROUND into $OUT/shard-$I" >&2
exec "$LIECIBA" scan "$ROUND" --out "$OUT/shard-$I" --shard "$I/$N" --progress never \
    --jobs "${SLURM_CPUS_PER_TASK:-1}" "$@"
