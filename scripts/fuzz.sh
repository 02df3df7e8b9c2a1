#!/usr/bin/env bash
# Fuzzing with libFuzzer (issue: hostile and broken input). Not part of CI.
#
#   nice -n 19 scripts/fuzz.sh TARGET SECONDS [LIBFUZZER-OPTION…]
#
# TARGET is one of the libFuzzer targets in scripts/fuzz/ (short names in brackets):
#   FuzzDOCXParts  (docx)        DOCXExtractor over package parts ("#part NAME" framing, see its main.swift)
#   FuzzODTParts   (odt)         ODTExtractor over package parts, and extractFlat on unframed input
#   FuzzHTML       (html)        HTMLExtractor.extract over the bytes of a page
#   FuzzArchive    (archive)     ArchiveReader over arbitrary bytes: every entry, its data read with a limit
#   FuzzSubmission (submission)  SubmissionReader.read on the input as one submission (via a file in /dev/shm)
#
# What it does:
#   1. builds the target (LIECIBA_FUZZ=1 adds the targets to Package.swift) in release mode with
#      `-sanitize=fuzzer,address` into .build-fuzz/ — only Swift code is instrumented; the system
#      libarchive and libxml2 are not, so they give no coverage feedback (ASan still catches what
#      they do to memory Swift allocated);
#   2. prepares a seed corpus in .build-fuzz/fuzz/seeds/TARGET from Tests/*/Fixtures,
#      corpora/demo-round, corpora/dev-round and ../shared/peer (or $LIECIBA_PEER_DIR) when present
#      — DOCX/ODT unpacked into framed parts for the part-level targets — and a dictionary of the
#      XML/HTML names seen in it; nothing is written into the repository outside .build-fuzz/;
#   3. runs libFuzzer for SECONDS (`-max_total_time`) in fork mode with one job, going on past
#      crashes, timeouts and OOMs (`-ignore_crashes=1 …`), with `-rss_limit_mb=2048 -timeout=10`
#      and SWIFT_BACKTRACE=enable=no (Swift's backtracer would otherwise hold the crashing process
#      and no crash file would be written). The corpus it grows is kept in
#      .build-fuzz/fuzz/corpus/TARGET for the next run;
#   4. prints executions, the final cov:/ft: of libFuzzer's last stats line, and the number of
#      crash, timeout and OOM files in the artifact folder (default /tmp/fuzz-crashes/TARGET; set
#      FUZZ_ARTIFACTS to choose the parent folder). The full log is .build-fuzz/fuzz/logs/.
#
# Reproduce a crash:  SWIFT_BACKTRACE=enable=no .build-fuzz/release/TARGET CRASH-FILE
# Environment: FUZZ_SKIP_BUILD=1 (use the binary as built), FUZZ_CONFIG=debug|release (default release).
set -euo pipefail
cd "$(dirname "$0")/.."

# Everything runs inside main, so that bash has read the whole script before it starts: editing
# the file during a long run cannot derail it.
main() {

usage() { echo "usage: scripts/fuzz.sh TARGET SECONDS [LIBFUZZER-OPTION…]" >&2; exit 64; }
[[ $# -ge 2 ]] || usage
case "$1" in
    FuzzDOCXParts | docx) target=FuzzDOCXParts ;;
    FuzzODTParts | odt) target=FuzzODTParts ;;
    FuzzHTML | html) target=FuzzHTML ;;
    FuzzArchive | archive) target=FuzzArchive ;;
    FuzzSubmission | submission) target=FuzzSubmission ;;
    *) echo "unknown target: $1" >&2; usage ;;
esac
seconds=$2
[[ $seconds =~ ^[0-9]+$ ]] || usage
shift 2

scratch=.build-fuzz
config=${FUZZ_CONFIG:-release}
work=$scratch/fuzz
seeds=$work/seeds/$target
corpus=$work/corpus/$target
artifacts=${FUZZ_ARTIFACTS:-/tmp/fuzz-crashes}/$target
dict=$work/dicts/$target.dict
mkdir -p "$work/logs" "$corpus" "$artifacts" "$work/dicts"
log=$work/logs/$target-$(date +%Y%m%d-%H%M%S).log

# 1. Build.
if [[ ${FUZZ_SKIP_BUILD:-0} != 1 ]]; then
    echo "building $target ($config, -sanitize=fuzzer,address) …" >&2
    # ld.gold warns once per ASan helper symbol; keep the build quiet unless it fails.
    if ! LIECIBA_FUZZ=1 swift build -c "$config" --scratch-path "$scratch" \
        -Xswiftc -sanitize=fuzzer,address --product "$target" >"$work/logs/build-$target.log" 2>&1; then
        grep -v "Cannot export local symbol" "$work/logs/build-$target.log" | tail -n 40 >&2
        exit 1
    fi
fi
binary=$scratch/$config/$target
[[ -x $binary ]] || { echo "no binary at $binary" >&2; exit 1; }

# 2. Seeds and dictionary (rebuilt every run: cheap, and follows the fixtures).
peer=${LIECIBA_PEER_DIR:-../shared/peer}
rm -rf "$seeds"
mkdir -p "$seeds"
python3 - "$target" "$seeds" "$dict" "$peer" <<'PYTHON'
import collections, hashlib, io, os, re, shutil, subprocess, sys, tempfile, zipfile

target, seeds, dict_path, peer = sys.argv[1:5]
MAX_SEED = 1 << 20
roots = [os.path.join("Tests", d, "Fixtures") for d in sorted(os.listdir("Tests"))]
roots += ["corpora/demo-round", "corpora/dev-round"]
if os.path.isdir(peer):
    roots.append(peer)
roots = [r for r in roots if os.path.isdir(r)]

DOCX = (".docx", ".docm", ".dotx", ".dotm")
ODT = (".odt", ".ott")
HTML = (".html", ".htm", ".xhtml", ".xht", ".shtml")
ARCHIVE = (".zip", ".zipx", ".7z", ".tar", ".tgz", ".tbz", ".tbz2", ".txz", ".tar.gz", ".tar.bz2", ".tar.xz",
           ".tar.zst", ".rar", ".rar4", ".gz", ".bz2", ".xz", ".zst", ".lz4", ".z", ".cpio", ".newc", ".lzh",
           ".xar", ".rpm", ".warc", ".zip_sfx", "_sfx")

def kind(name):
    lowered = name.lower()
    for group, suffixes in (("docx", DOCX), ("odt", ODT), ("fodt", (".fodt",)), ("html", HTML), ("archive", ARCHIVE)):
        if lowered.endswith(suffixes):
            return group
    return None

# Every document and archive, as (kind, name, bytes). Archives of our own rounds and fixtures
# are unpacked (into a scratch folder, by bsdtar) so that the documents inside them seed the
# document targets too; third-party archives are never unpacked (some are traversal samples).
found = []
def add_file(path, data=None):
    k = kind(path)
    if k is None:
        return
    if data is None:
        with open(path, "rb") as handle:
            data = handle.read()
    found.append((k, path, data))

scratch = tempfile.mkdtemp(prefix="lieciba-fuzz-seeds-")
try:
    for root in roots:
        own = not (os.path.isdir(peer) and os.path.realpath(root) == os.path.realpath(peer))
        for directory, subdirs, files in os.walk(root):
            subdirs.sort()
            for name in sorted(files):
                path = os.path.join(directory, name)
                add_file(path)
                if own and kind(name) == "archive":
                    out = tempfile.mkdtemp(dir=scratch)
                    if subprocess.run(["bsdtar", "-xf", path, "-C", out], capture_output=True).returncode == 0:
                        for inner_dir, _, inner_files in os.walk(out):
                            for inner in sorted(inner_files):
                                add_file(os.path.join(inner_dir, inner))
            # A submission folder directly inside a round becomes a zip: a submission seed.
            if own and os.path.basename(os.path.dirname(directory)) in ("demo-round", "dev-round") and files:
                buffer = io.BytesIO()
                with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
                    for inner_dir, _, inner_files in os.walk(directory):
                        for inner in sorted(inner_files):
                            full = os.path.join(inner_dir, inner)
                            archive.write(full, os.path.relpath(full, directory))
                found.append(("archive", directory + ".zip", buffer.getvalue()))
finally:
    shutil.rmtree(scratch, ignore_errors=True)

def docx_wants(name):
    lowered = name.lstrip("/").lower()
    if not (lowered.endswith(".xml") or lowered.endswith(".rels")):
        return False
    return not any(f in lowered for f in ("media/", "embeddings/", "fonts/", "customxml/", "glossary/", "theme/", "docprops/"))

def odt_wants(name):
    lowered = name.lstrip("/").lower()
    if lowered in ("content.xml", "styles.xml", "mimetype", "meta-inf/manifest.xml"):
        return True
    segments = lowered.split("/")
    return len(segments) == 2 and segments[1] == "content.xml" and segments[0] != ""

def framed(data, wants):
    """A DOCX/ODT package as the part-level targets read it: '#part NAME' lines before each part."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            out = bytearray()
            for info in archive.infolist():
                if info.is_dir() or not wants(info.filename):
                    continue
                out += b"#part " + info.filename.encode() + b"\n" + archive.read(info) + b"\n"
            return bytes(out) if out else None
    except Exception:
        return None

seeds_out = []
for k, path, data in found:
    if target == "FuzzDOCXParts" and k == "docx":
        seeds_out.append(framed(data, docx_wants))
    elif target == "FuzzODTParts" and k == "odt":
        seeds_out.append(framed(data, odt_wants))
    elif target == "FuzzODTParts" and k == "fodt":
        seeds_out.append(data)
    elif target == "FuzzHTML" and k == "html":
        seeds_out.append(data)
    elif target == "FuzzArchive" and k in ("archive", "docx", "odt"):
        seeds_out.append(data)
    elif target == "FuzzSubmission" and k in ("archive", "docx", "odt", "fodt", "html"):
        seeds_out.append(data)

written = 0
for data in seeds_out:
    if not data or len(data) > MAX_SEED:
        continue
    name = hashlib.sha1(data).hexdigest()
    path = os.path.join(seeds, name)
    if not os.path.exists(path):
        with open(path, "wb") as handle:
            handle.write(data)
        written += 1
print(f"{written} seeds in {seeds}", file=sys.stderr)

# Dictionary: element and attribute names and namespace declarations seen in the seeds.
tokens = collections.Counter()
special = set()
if target in ("FuzzDOCXParts", "FuzzODTParts", "FuzzHTML", "FuzzSubmission"):
    for data in seeds_out:
        if not data or len(data) > MAX_SEED:
            continue
        texts = [data]
        if target == "FuzzSubmission" and data[:2] == b"PK":
            continue
        for text in texts:
            for match in re.finditer(rb"</?([A-Za-z][\w.-]*(?::[\w.-]+)?)", text):
                tokens[b"<" + match.group(1)] += 1
                tokens[b"</" + match.group(1) + b">"] += 1
            for match in re.finditer(rb"\s([A-Za-z][\w.-]*(?::[\w.-]+)?)=\"", text):
                tokens[b" " + match.group(1) + b"=\""] += 1
            for match in re.finditer(rb"xmlns(?::[\w.-]+)?=\"[^\"]{1,200}\"", text):
                special.add(match.group(0))
            for match in re.finditer(rb"#part [^\n]{1,100}\n", text):
                special.add(match.group(0))
    # Integers at the edges, for attributes parsed as numbers (spans, levels, counts).
    special.update([b"9223372036854775807", b"-9223372036854775808", b"2147483648", b"4294967296", b"-1", b"0"])
    if target == "FuzzHTML":
        special.update([b"<meta charset=\"", b"http-equiv=\"content-type\"", b"charset=", b"windows-1257", b"utf-16",
                        b"iso-8859-13", b"<?xml version=\"1.0\" encoding=\"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff",
                        b"<!DOCTYPE html>", b"&nbsp;", b"&#", b"aria-hidden=\"true\"", b"style=\"display:none\""])
chosen = [t for t, _ in tokens.most_common(1500)] + sorted(special)
def escape(token):
    return "".join(chr(b) if 0x20 <= b < 0x7F and b not in (0x22, 0x5C) else "\\x%02X" % b for b in token)
with open(dict_path, "w") as handle:
    for token in chosen:
        if 0 < len(token) <= 128:
            handle.write('"%s"\n' % escape(token))
PYTHON

dict_option=()
[[ -s $dict ]] && dict_option=(-dict="$dict")

# 3. Fuzz. Crash files go to $artifacts; existing ones are kept, and counted apart.
before=$(find "$artifacts" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | wc -l)
echo "fuzzing $target for ${seconds}s; log: $log; artifacts: $artifacts/" >&2
set +e
SWIFT_BACKTRACE=enable=no "$binary" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
    -artifact_prefix="$artifacts/" "${dict_option[@]}" -print_final_stats=1 "$@" \
    "$corpus" "$seeds" >"$log" 2>&1
status=$?
set -e
# FuzzSubmission's children write their input to /dev/shm/lieciba-fuzz-PID; a crashed child
# leaves its folder behind.
for folder in /dev/shm/lieciba-fuzz-*; do
    [[ -d $folder ]] || continue
    kill -0 "${folder##*-}" 2>/dev/null || rm -rf "$folder"
done

# 4. Summary. In fork mode the stats lines read
#    "#RUNS: cov: C ft: F corp: N exec/s: E oom/timeout/crash: O/T/C time: Ss job: J …".
last=$(grep -E '^#[0-9]+: cov: ' "$log" | tail -n 1 || true)
if [[ -z $last ]]; then
    # Not fork mode (or it stopped early): libFuzzer's usual "#RUNS  KIND cov: C ft: F …" lines.
    last=$(grep -E '^#[0-9]+[[:space:]].*cov: ' "$log" | tail -n 1 || true)
fi
runs=$(sed -E 's/^#([0-9]+).*/\1/' <<<"$last")
cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$last")
ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$last")
corp=$(sed -nE 's/.* corp: ([0-9]+).*/\1/p' <<<"$last")
otc=$(sed -nE 's|.*oom/timeout/crash: ([0-9/]+).*|\1|p' <<<"$last")
count() { find "$artifacts" -maxdepth 1 -type f -name "$1-*" | wc -l; }
after=$(find "$artifacts" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | wc -l)
echo "target:      $target ($seconds s, libFuzzer exit $status)"
echo "executions:  ${runs:-?}"
echo "coverage:    cov: ${cov:-?} ft: ${ft:-?} corpus: ${corp:-?}"
echo "events:      oom/timeout/crash ${otc:-?} (as libFuzzer counted them)"
echo "artifacts:   $artifacts/ — crash $(count crash), timeout $(count timeout), oom $(count oom), leak $(count leak) ($((after - before)) new this run)"
echo "log:         $log"
}

main "$@"
