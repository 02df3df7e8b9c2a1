#!/usr/bin/env bash
# Runs scripts/slurm/scan.sh and merge.sh on a real one-node Slurm started here (not for CI: it
# installs Debian's slurm-wlm and munge when missing, so it needs root and apt).
#
#   scripts/slurm-check.sh                 # after `swift build -c release`
#   KEEP=1 scripts/slurm-check.sh          # keep the temp folder (logs, outputs, slurm.conf)
#
# It starts munged, slurmctld and slurmd in the foreground (-F/-D) as children of this script,
# with a private slurm.conf, key, socket, state and spool in a temp folder and free ports, and
# stops them by PID when it ends (even on failure). Then:
#   a. scans the demo round once on its own: the reference;
#   b. runs the array (sbatch --array=1-8 scan.sh) and merge.sh (--dependency=afterok), and
#      compares the merged folder with the reference byte for byte (all but ledger.sqlite* and
#      .lieciba/);
#   c. on a longer round (COPIES copies of the demo round), starts the array, signals it with
#      scancel --signal=TERM --full, checks every task's lieciba stopped (exit 143, run.json
#      "running", no report, no lieciba process left), re-runs the array and merges: the result
#      must be byte-identical to a single scan of that round; then the same with --batch.
# Prints PASS/FAIL per part and exits non-zero when a part fails.
#
# Environment: LIECIBA (the binary to test, default .build/release/lieciba; it is copied, so a
# rebuild meanwhile does not disturb the run), LIECIBA_HOME (default: this checkout), SHARDS (8),
# COPIES (1000 copies = 9,000 submissions, enough for each task to run ~15 s on 2 cores),
# JOB_TIMEOUT (seconds for any one job to finish, 900), KEEP (1 keeps the temp folder).
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SRC_BIN=${LIECIBA:-$REPO/.build/release/lieciba}
DEMO=$REPO/corpora/demo-round
SHARDS=${SHARDS:-8}
COPIES=${COPIES:-1000}
JOB_TIMEOUT=${JOB_TIMEOUT:-900}
KEEP=${KEEP:-0}
HOST=$(hostname -s)
NPROC=$(nproc)

START=$(date +%s.%N)
log() { printf '[%s %6.1fs] %s\n' "$(date +%T)" "$(since "$START")" "$*"; }
die() { log "ERROR: $*"; exit 2; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
alive() { local s; s=$(ps -o stat= -p "$1" 2>/dev/null) || return 1; [[ $s != Z* ]]; }

[[ -x $SRC_BIN ]] || die "no lieciba at $SRC_BIN: build it (swift build -c release) or set LIECIBA"
[[ -d $DEMO ]] || die "no demo round at $DEMO"
[[ $SHARDS =~ ^[1-9][0-9]*$ && $COPIES =~ ^[1-9][0-9]*$ ]] || die "SHARDS and COPIES must be positive integers"
command -v python3 >/dev/null || die "python3 is needed (free ports, JSON, copies)"

# ---------------------------------------------------------------- install
missing=()
for c in slurmctld slurmd sbatch scancel squeue scontrol sinfo munged munge unmunge; do
    command -v "$c" >/dev/null || missing+=("$c")
done
if (( ${#missing[@]} )); then
    [[ $(id -u) == 0 ]] || die "missing ${missing[*]}: run as root so apt-get can install slurm-wlm and munge"
    log "installing slurm-wlm and munge (missing: ${missing[*]})"
    timeout 600 apt-get update -qq
    DEBIAN_FRONTEND=noninteractive timeout 1200 apt-get install -y -qq --no-install-recommends \
        slurm-wlm munge >/tmp/slurm-check-apt.log 2>&1 || { tail -n 20 /tmp/slurm-check-apt.log; die "apt-get install failed"; }
fi
SLURM_VERSION=$(slurmctld -V)

# ---------------------------------------------------------------- temp folder, cleanup
WORK=$(mktemp -d /tmp/slurm-check.XXXXXX)
chmod 755 "$WORK" # munged wants every folder above its socket open to all (o+x)
mkdir -p "$WORK"/{munge,state,spool,log,logs,bin}
MUNGED_PID='' CTLD_PID='' SLURMD_PID=''

stop_pid() { # PID NAME: TERM, wait up to 15 s, then KILL
    local pid=$1 name=$2 i
    [[ -n $pid ]] && alive "$pid" || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for (( i = 0; i < 150; i++ )); do alive "$pid" || break; sleep 0.1; done
    if alive "$pid"; then log "$name ($pid) did not stop on TERM: KILL"; kill -KILL "$pid" 2>/dev/null || true; fi
    wait "$pid" 2>/dev/null || true
}
cleanup() {
    local rc=$? jobs=() pids=() i
    set +e
    trap - EXIT INT TERM HUP
    if [[ -n $CTLD_PID ]] && alive "$CTLD_PID"; then
        mapfile -t jobs < <(squeue -h -o %F 2>/dev/null | sort -u)
        if (( ${#jobs[@]} )); then
            log "cleanup: cancelling leftover jobs: ${jobs[*]}"
            scancel "${jobs[@]}"
            for (( i = 0; i < 120; i++ )); do [[ -z $(squeue -h -o %F 2>/dev/null) ]] && break; sleep 0.5; done
        fi
    fi
    stop_pid "$SLURMD_PID" slurmd
    stop_pid "$CTLD_PID" slurmctld
    stop_pid "$MUNGED_PID" munged
    # Processes of this run only: their command line names this run's private folder.
    mapfile -t pids < <(pgrep -f "lieciba (scan|merge) .*$WORK/")
    if (( ${#pids[@]} )); then log "cleanup: lieciba left running: ${pids[*]}: KILL"; kill -KILL "${pids[@]}" 2>/dev/null; fi
    if [[ $KEEP == 1 ]]; then log "kept $WORK"; else rm -rf "$WORK"; fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

wait_for() { # SECONDS WHAT COMMAND...: poll every 0.5 s
    local secs=$1 what=$2 end
    shift 2
    end=$(( SECONDS + secs ))
    until "$@"; do
        (( SECONDS < end )) || { log "timed out after ${secs}s waiting for $what"; return 1; }
        sleep 0.5
    done
}

# ---------------------------------------------------------------- munge
M=$WORK/munge
if command -v mungekey >/dev/null; then
    mungekey --create --keyfile="$M/munge.key" >/dev/null
else
    dd if=/dev/urandom of="$M/munge.key" bs=1024 count=1 status=none
fi
chmod 600 "$M/munge.key"
munged --foreground --socket="$M/munge.socket" --key-file="$M/munge.key" --pid-file="$M/munged.pid" \
    --log-file="$M/munged.log" --seed-file="$M/munged.seed" >"$WORK/log/munged.out" 2>&1 &
MUNGED_PID=$!
munged_failed() { cat "$WORK/log/munged.out" "$M/munged.log" 2>/dev/null; die "munged did not start"; }
munge_ok() {
    alive "$MUNGED_PID" || munged_failed
    munge -n --socket="$M/munge.socket" 2>/dev/null | unmunge --socket="$M/munge.socket" >/dev/null 2>&1
}
wait_for 30 munged munge_ok || munged_failed

# ---------------------------------------------------------------- slurm
read -r CTLD_PORT SLURMD_PORT < <(python3 -c '
import socket
s = [socket.socket() for _ in range(2)]
for x in s: x.bind(("127.0.0.1", 0))
print(*[x.getsockname()[1] for x in s])')
export SLURM_CONF=$WORK/slurm.conf
cat >"$SLURM_CONF" <<EOF
ClusterName=lieciba-check
SlurmctldHost=$HOST(127.0.0.1)
SlurmctldPort=$CTLD_PORT
SlurmdPort=$SLURMD_PORT
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$M/munge.socket
CredType=cred/munge
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MinJobAge=3600
KillWait=30
MailProg=/bin/true
StateSaveLocation=$WORK/state
SlurmdSpoolDir=$WORK/spool
SlurmctldPidFile=$WORK/slurmctld.pid
SlurmdPidFile=$WORK/slurmd.pid
SlurmctldLogFile=$WORK/log/slurmctld.log
SlurmdLogFile=$WORK/log/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
NodeName=$HOST NodeAddr=127.0.0.1 CPUs=$NPROC RealMemory=1000 State=UNKNOWN
# OverSubscribe lets all $SHARDS tasks run at once on $NPROC CPUs, so one scancel reaches them all.
PartitionName=debug Nodes=$HOST Default=YES MaxTime=INFINITE State=UP OverSubscribe=FORCE:$SHARDS
EOF

slurmctld -D -f "$SLURM_CONF" >"$WORK/log/slurmctld.out" 2>&1 &
CTLD_PID=$!
ctld_failed() { tail -n 30 "$WORK/log/slurmctld.out" "$WORK/log/slurmctld.log"; die "slurmctld did not start"; }
ctld_up() { alive "$CTLD_PID" || ctld_failed; scontrol ping 2>/dev/null | grep -q 'UP'; }
wait_for 60 slurmctld ctld_up || ctld_failed
slurmd -D -f "$SLURM_CONF" >"$WORK/log/slurmd.out" 2>&1 &
SLURMD_PID=$!
slurmd_failed() { sinfo -N -l; tail -n 30 "$WORK/log/slurmd.out" "$WORK/log/slurmd.log"; die "slurmd did not register"; }
node_idle() { alive "$SLURMD_PID" || slurmd_failed; [[ $(sinfo -h -n "$HOST" -o %t 2>/dev/null) == idle ]]; }
wait_for 60 "node $HOST idle" node_idle || slurmd_failed
log "$SLURM_VERSION up: node $HOST, $NPROC CPUs, ports $CTLD_PORT/$SLURMD_PORT, munged $MUNGED_PID, slurmctld $CTLD_PID, slurmd $SLURMD_PID"

# ---------------------------------------------------------------- the tool, for this run
cp "$SRC_BIN" "$WORK/bin/lieciba"
BIN=$WORK/bin/lieciba
export LIECIBA_HOME=${LIECIBA_HOME:-$REPO} # the copy is outside the checkout
export PATH=$WORK/bin:$PATH
unset LIECIBA LIECIBA_ROUND LIECIBA_OUT LIECIBA_SHARDS
SCAN=$REPO/scripts/slurm/scan.sh
MERGE=$REPO/scripts/slurm/merge.sh
# The node has $NPROC CPUs: ask for 1 per task (scan.sh's #SBATCH line asks for 4).
SB=(sbatch --chdir="$WORK/logs" --cpus-per-task=1)

SUMMARY=()
FAILED=0
result() { # PART VERDICT TEXT
    SUMMARY+=("$(printf '%-13s %-4s %s' "$1" "$2" "$3")")
    [[ $2 == PASS ]] || FAILED=1
    log "$1: $2 $3"
}
first_field() { head -n 1 | cut -d';' -f1; }
compare() { # REF OUT: prints the number of files compared; fails on any difference
    local n
    diff -r -q --exclude='ledger.sqlite*' --exclude=.lieciba "$1" "$2" >"$WORK/diff.txt" 2>&1 || { head -n 20 "$WORK/diff.txt" >&2; return 1; }
    n=$(find "$1" -type f ! -name 'ledger.sqlite*' ! -path '*/.lieciba/*' | wc -l)
    (( n > 0 )) || return 1
    echo "$n"
}
show_logs() { local f; for f in "$WORK"/logs/*"$1"*; do [[ -f $f ]] && { echo "--- $f"; tail -n 5 "$f"; }; done; }
task_table() { # JOBID: "task state exitcode" per array task
    scontrol show job -o "$1" 2>/dev/null | python3 -c '
import sys
for line in sys.stdin:
    f = dict(kv.split("=", 1) for kv in line.split() if "=" in kv)
    print(f.get("ArrayTaskId", "-"), f.get("JobState", "?"), f.get("ExitCode", "?"))' | sort -n
}
in_queue() { [[ -n $(squeue -h -j "$1" -o %i 2>/dev/null) ]]; }
job_ok() { # JOBID: every task (or the job) COMPLETED with exit code 0:0
    local table
    table=$(task_table "$1")
    [[ -n $table ]] && ! grep -qv ' COMPLETED 0:0$' <<<"$table"
}
run_state() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("state", "?"))' "$1/.lieciba/run.json" 2>/dev/null || echo none; }

# ---------------------------------------------------------------- a. reference
t=$(now)
"$BIN" scan "$DEMO" --out "$WORK/a/ref" --progress never >"$WORK/log/a-ref.log" 2>&1 || { cat "$WORK/log/a-ref.log"; die "reference scan failed"; }
result "a" "PASS" "reference: lieciba scan of the demo round ($(find "$DEMO" -mindepth 1 -maxdepth 1 | wc -l) entries), $(since "$t") s"

# ---------------------------------------------------------------- b. array + merge
# sbatch --wait as a person would type it (it polls slowly: a few seconds pass after each job).
t=$(now)
rc=0 jid='' mjid=''
jid=$(timeout "$JOB_TIMEOUT" "${SB[@]}" --wait --parsable --array=1-"$SHARDS" "$SCAN" "$DEMO" "$WORK/b" "$SHARDS" \
    | first_field) || rc=$?
(( rc != 0 )) || mjid=$(timeout "$JOB_TIMEOUT" "${SB[@]}" --wait --parsable "$MERGE" "$WORK/b" "$SHARDS" | first_field) || rc=$?
tb=$(since "$t")
if (( rc != 0 )); then
    [[ -n $jid ]] && { task_table "$jid"; show_logs "$jid"; }
    show_logs merge
    result "b" "FAIL" "sbatch --wait array ${jid:-?} then merge ${mjid:-?} on the demo round: exit $rc after $tb s"
elif n=$(compare "$WORK/a/ref" "$WORK/b/round"); then
    result "b" "PASS" "sbatch --wait array $jid (1-$SHARDS), then merge $mjid: $n files byte-identical to the reference, $tb s"
else
    result "b" "FAIL" "array $jid + merge $mjid: merged folder differs from the reference ($WORK/diff.txt)"
fi

# ---------------------------------------------------------------- c. cancellation
LONG=$WORK/long-round
t=$(now)
cp -a "$DEMO" "$WORK/demo-copy"
python3 - "$WORK/demo-copy" "$LONG" "$COPIES" <<'EOF'
# COPIES copies of every entry under new names (0001-NAME ...), as hard links: instant, no space.
import os, shutil, sys
src, dst, copies = os.fsencode(sys.argv[1]), os.fsencode(sys.argv[2]), int(sys.argv[3])
os.makedirs(dst)
entries = sorted(os.listdir(src))
width = len(str(copies))
for i in range(1, copies + 1):
    for e in entries:
        s, d = os.path.join(src, e), os.path.join(dst, b"%0*d-" % (width, i) + e)
        if os.path.islink(s):
            os.symlink(os.readlink(s), d)
        elif os.path.isdir(s):
            shutil.copytree(s, d, symlinks=True, copy_function=os.link)
        else:
            os.link(s, d)
EOF
NLONG=$(find "$LONG" -mindepth 1 -maxdepth 1 | wc -l)
"$BIN" scan "$LONG" --out "$WORK/c-ref" --progress never >"$WORK/log/c-ref.log" 2>&1 || { cat "$WORK/log/c-ref.log"; die "reference scan of the long round failed"; }
result "c-ref" "PASS" "reference: lieciba scan of the long round ($NLONG submissions), $(since "$t") s"

cancel_check() { # MODE (full|batch)
    local mode=$1 out=$WORK/c-$1 jid i t_sig stop_s left=() ok=1 msg cancelled=0 completed=0 bad=() task state code st t
    local part="c-$mode"
    t=$(now)
    jid=$(LIECIBA=$BIN "${SB[@]}" --parsable --array=1-"$SHARDS" "$SCAN" "$LONG" "$out" "$SHARDS" | first_field)
    all_started() {
        local i
        for (( i = 1; i <= SHARDS; i++ )); do [[ -e $out/shard-$i/ledger.sqlite ]] || return 1; done
        [[ $(squeue -h -j "$jid" -t R -o %i | wc -l) -eq $SHARDS ]]
    }
    if ! wait_for 120 "all $SHARDS tasks of $jid running with a ledger" all_started; then
        squeue -j "$jid"; task_table "$jid"; show_logs "$jid"
        result "$part" "FAIL" "array $jid: the tasks did not all start within 120 s"
        scancel "$jid" || true
        return 0
    fi
    sleep 2 # let every task record a few submissions
    log "$part: $(squeue -h -j "$jid" -t R -o %i | wc -l) tasks of $jid running; scancel --signal=TERM --$mode $jid"
    t_sig=$(now)
    scancel --signal=TERM --"$mode" "$jid" || { ok=0; bad+=("scancel --signal=TERM --$mode failed"); }
    job_gone() { ! in_queue "$jid"; }
    if ! wait_for 300 "job $jid to leave the queue" job_gone; then
        ok=0; bad+=("the job was still in the queue 300 s after the signal")
    fi
    stop_s=$(since "$t_sig")
    sleep 3
    mapfile -t left < <(pgrep -f "lieciba scan .*$out/shard-")
    if (( ${#left[@]} )); then
        ok=0; bad+=("${#left[@]} lieciba processes still running 3 s after the job ended (pids ${left[*]})")
        log "$part: WARNING: --$mode left lieciba running; ending them:"
        ps -o pid=,args= -p "$(IFS=,; echo "${left[*]}")"
        kill -TERM "${left[@]}" 2>/dev/null || true
        none_left() { ! pgrep -f "lieciba scan .*$out/shard-" >/dev/null; }
        wait_for 60 "leftover lieciba to stop" none_left || kill -KILL "${left[@]}" 2>/dev/null || true
    fi
    task_table "$jid" >"$WORK/log/$part-tasks.txt"
    while read -r task state code; do
        st=$(run_state "$out/shard-$task")
        case "$code" in
            143:0)
                cancelled=$(( cancelled + 1 ))
                [[ $st == running ]] || { ok=0; bad+=("task $task exited 143 but run.json says '$st'"); }
                [[ ! -e $out/shard-$task/evidence-map.json && ! -e $out/shard-$task/index.html ]] \
                    || { ok=0; bad+=("task $task exited 143 but left a report"); } ;;
            0:0)
                completed=$(( completed + 1 ))
                [[ $st == complete ]] || { ok=0; bad+=("task $task exited 0 but run.json says '$st'"); } ;;
            *)
                ok=0; bad+=("task $task: $state, exit code $code (run.json: $st)") ;;
        esac
    done <"$WORK/log/$part-tasks.txt"
    (( cancelled > 0 || completed < SHARDS )) || { ok=0; bad+=("every task finished before the signal: raise COPIES"); }
    (( cancelled + completed == SHARDS )) || { ok=0; bad+=("$(( cancelled + completed )) of $SHARDS tasks accounted for"); }
    if (( ok )); then
        result "$part" "PASS" "array $jid, scancel --signal=TERM --$mode: $cancelled/$SHARDS tasks stopped with 143 (run.json \"running\", no report), $completed had finished; job gone ${stop_s} s after the signal; no lieciba left"
    else
        cat "$WORK/log/$part-tasks.txt"
        printf -v msg '%s; ' "${bad[@]}"
        result "$part" "FAIL" "array $jid, scancel --signal=TERM --$mode: ${msg%; }"
    fi

    # Re-run the same array (it takes up what the ledgers recorded) and the merge after it
    # (--dependency=afterok), then compare with the single scan.
    local t2 rjid mjid n why='' reused
    t2=$(now)
    rjid=$(LIECIBA=$BIN "${SB[@]}" --parsable --array=1-"$SHARDS" "$SCAN" "$LONG" "$out" "$SHARDS" | first_field)
    mjid=$(LIECIBA=$BIN "${SB[@]}" --parsable --dependency=afterok:"$rjid" --kill-on-invalid-dep=yes \
        "$MERGE" "$out" "$SHARDS" | first_field)
    merge_gone() { ! in_queue "$mjid"; }
    wait_for "$JOB_TIMEOUT" "merge job $mjid" merge_gone || why="merge job $mjid still queued after $JOB_TIMEOUT s"
    [[ -n $why ]] || job_ok "$rjid" || why="re-run array $rjid: $(task_table "$rjid" | grep -v ' COMPLETED 0:0$' | tr '\n' ';')"
    [[ -n $why ]] || job_ok "$mjid" || why="merge job $mjid: $(task_table "$mjid" | tr '\n' ' ')"
    reused=$(cat "$WORK"/logs/lieciba-scan-"$rjid"_*.out 2>/dev/null \
        | sed -n 's/^\([0-9][0-9]*\) of them unchanged since the last run.*/\1/p' | awk '{ s += $1 } END { print s + 0 }')
    if [[ -n $why ]]; then
        show_logs "$rjid"; show_logs "merge-$mjid"
        result "$part-rerun" "FAIL" "re-run + merge after --$mode: $why"
    elif n=$(compare "$WORK/c-ref" "$out/round"); then
        result "$part-rerun" "PASS" "re-run array $rjid ($reused of $NLONG submissions taken from the ledgers) + merge $mjid (afterok): $n files byte-identical to the single scan, $(since "$t2") s (part total $(since "$t") s)"
    else
        result "$part-rerun" "FAIL" "re-run + merge after --$mode differs from the single scan ($WORK/diff.txt)"
    fi
}
cancel_check full
cancel_check batch

# ---------------------------------------------------------------- summary
echo
echo "== slurm-check: $SLURM_VERSION, node $HOST ($NPROC CPUs), $SHARDS shards, lieciba $("$BIN" --version 2>/dev/null || echo '?'), total $(since "$START") s"
printf '%s\n' "${SUMMARY[@]}"
if (( FAILED )); then echo "RESULT: FAIL"; exit 1; fi
echo "RESULT: PASS"
