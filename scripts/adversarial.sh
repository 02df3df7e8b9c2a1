#!/usr/bin/env bash
# The heavier hostile cases, outside CI: prints wall time, CPU time and peak memory for each.
# Usage: scripts/adversarial.sh [N]   (N: submissions of the concurrent-run round, default 6000)
#   ROUNDS_DIR=…  keeps the generated round for the next time (generation is deterministic).
#
#  1. Two scans of an N-submission round started into one output folder at once: the second
#     must be refused ("another run is writing"), the first must complete with N pages.
#  2. One paragraph without punctuation, 2, 8 and 30 MB of lexicon words in one <p> (one clause):
#     the negation check is linear; past judged-matches the rest is reported, not judged.
#  3. A zip holding one name 2,000 times, and names of 220 bytes: every file kept, the round done.
#  4. Markup a code review found to stall a worker or multiply memory, each as one submission:
#     HTML of empty comments, of stray end tags, of one excluded word, of sentences alike at both
#     ends; a tar.gz of 20,000 entries of one name; a DOCX whose styles are a 100,000-long
#     basedOn chain; an ODT referencing a 6 MiB formula 400 times.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-6000}

scripts/bootstrap.sh >/dev/null
command -v 7z >/dev/null || { echo "adversarial: 7z missing (apt-get install p7zip-full)" >&2; exit 1; }
swift build -c release --product lieciba >/dev/null
lieciba=$PWD/.build/release/lieciba
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# label, command… → "label: wall s, CPU s, peak RSS MB, exit status"
measure() {
    local label=$1; shift
    local status=0
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >"$work/stdout.txt" 2>"$work/stderr.txt" || status=$?
    read -r wall user sys rss < <(tail -n 1 "$work/time.txt")
    printf '%-44s %8.2f s wall %8.2f s CPU %7d MB peak  exit %d\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" $((rss / 1024)) "$status"
}

echo "== 1. two scans of $n submissions into one folder at once"
round="${ROUNDS_DIR:-$work}/round-$n"
[[ -d "$round" ]] || scripts/gen-round.sh "$n" "$round" >/dev/null
out="$work/out-concurrent"
/usr/bin/time -f "%e %U %S %M" -o "$work/first.txt" "$lieciba" scan "$round" --out "$out" --progress never --quiet &
first=$!
# The second starts once the first holds the folder.
for _ in $(seq 1 600); do [[ -f "$out/.lieciba/run.json" ]] && break; sleep 0.05; done
measure "second scan (must be refused, exit 1)" "$lieciba" scan "$round" --out "$out" --progress never --quiet
grep -q "another run is writing" "$work/stderr.txt" && echo "   refused: $(grep -o 'another run is writing[^:]*' "$work/stderr.txt")"
wait "$first"
read -r wall user sys rss < <(tail -n 1 "$work/first.txt")
pages=$(find "$out/submissions" -name '*.html' | wc -l)
mapped=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['submissions']))" "$out/evidence-map.json")
printf '%-44s %8.2f s wall %8.2f s CPU %7d MB peak  %d pages, %d in the map\n' "first scan" "$wall" "$(echo "$user + $sys" | bc)" $((rss / 1024)) "$pages" "$mapped"
[[ $pages -eq $n && $mapped -eq $n ]] || { echo "adversarial: the first scan lost submissions" >&2; exit 1; }

echo "== 2. one clause of 2, 8 and 30 MB (one <p>, no punctuation)"
for mb in 2 8 30; do
    clause="$work/clause-$mb"
    mkdir -p "$clause"
    python3 - "$clause/Liels.html" "$mb" <<'PY'
import sys
words = "mūsu ciema kopiena kopīgi lēma par kopienas centra atjaunošanu un brīvprātīgie palīdzēja talkās nav".split()
target, size, parts, n = int(sys.argv[2]) * 1_000_000, 0, [], 0
while size < target:
    word = words[n % len(words)]; n += 1
    parts.append(word); size += len(word) + 1
open(sys.argv[1], "w").write("<html><body><p>" + " ".join(parts) + "</p></body></html>")
PY
    measure "$mb MB clause, default judged-matches" "$lieciba" scan "$clause" --out "$work/out-$mb" --jobs 1 --progress never --quiet
    measure "$mb MB clause, judged-matches=100000000" \
        "$lieciba" scan "$clause" --out "$work/out-all-$mb" --jobs 1 --progress never --quiet --fresh --limit judged-matches=100000000
done

echo "== 3. repeated and long names"
names="$work/names"
mkdir -p "$names"
python3 - "$names" <<'PY'
import sys, warnings, zipfile
warnings.simplefilter("ignore")
with zipfile.ZipFile(sys.argv[1] + "/Atkārtoti.zip", "w") as z:
    for i in range(2000):
        z.writestr("pieteikums.html", f"<p>Mūsu ciema biedrība, versija {i}.</p>")
long = "Ciems un pagasts " * 13
for i in range(50):
    open(f"{sys.argv[1]}/{long}{i:02d}.html", "w").write("<p>Mūsu kopiena.</p>")
PY
measure "2,000 copies of one name, 50 names of 220 B" "$lieciba" scan "$names" --out "$work/out-names" --progress never --quiet
python3 - "$work/out-names/evidence-map.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
files = [f["path"] for s in m["submissions"] for f in s["files"]]
print(f"   {len(m['submissions'])} submissions, {len(files)} files, {len(set(files))} distinct paths")
PY

echo "== 4. markup that stalled or multiplied"
audited="$work/audited"
mkdir -p "$audited"
python3 - "$audited" <<'PY'
import io, os, sys, tarfile, zipfile
out = sys.argv[1]
def folder(name):
    path = os.path.join(out, name); os.makedirs(path, exist_ok=True); return path
open(folder("comments") + "/a.html", "w").write("<p>kopiena" + "<!---->" * 80_000 + "</p>")
open(folder("stray-end-tags") + "/a.html", "w").write("<p>" + "<b>" * 70_000 + "kopiena" + "</i>" * 70_000 + "</p>")
open(folder("excluded-word") + "/a.html", "w").write("<p>" + "novada " * 320_000 + "</p>")
open(folder("alike-sentences") + "/a.html", "w").write(
    "<p>" + " ".join(f"Mūsu ciema kopiena {n:07d} rīko talkas kopā." for n in range(20_000)) + "</p>")
buffer = io.BytesIO()
with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
    name = "m" * 990 + ".html"
    for n in range(20_000):
        data = f"<p>{n}</p>".encode()
        info = tarfile.TarInfo(name); info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
open(os.path.join(folder("repeated-names"), "a.tar.gz"), "wb").write(buffer.getvalue())
w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
styles = f'<w:styles {w}><w:style w:type="paragraph" w:styleId="s100000"><w:name w:val="heading 2"/></w:style>'
styles += "".join(f'<w:style w:type="paragraph" w:styleId="s{n}"><w:basedOn w:val="s{n + 1}"/></w:style>' for n in range(100_000))
styles += "</w:styles>"
body = "".join('<w:p><w:pPr><w:pStyle w:val="s0"/></w:pPr><w:r><w:t>Mūsu kopiena</w:t></w:r></w:p>' for _ in range(10_000))
rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
with zipfile.ZipFile(os.path.join(folder("style-chain"), "a.docx"), "w", zipfile.ZIP_DEFLATED) as docx:
    docx.writestr("word/document.xml", f'<w:document {w}><w:body>{body}</w:body></w:document>')
    docx.writestr("word/styles.xml", styles)
    docx.writestr("word/_rels/document.xml.rels", rels)
ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink"')
refs = '<draw:frame><draw:object xlink:href="./Object 1"/></draw:frame>' * 400
with zipfile.ZipFile(os.path.join(folder("formula-references"), "a.odt"), "w", zipfile.ZIP_DEFLATED) as odt:
    odt.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    odt.writestr("content.xml", f"<office:document-content {ns}><office:body><office:text><text:p>Sākums {refs}</text:p></office:text></office:body></office:document-content>")
    odt.writestr("Object 1/content.xml", '<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>' + "ab " * 2_000_000 + "</mi></math>")
PY
for case in comments stray-end-tags excluded-word alike-sentences repeated-names style-chain formula-references; do
    measure "$case ($(du -sh "$audited/$case" | cut -f1))" "$lieciba" scan "$audited/$case" --out "$work/out-$case" --jobs 1 --progress never --quiet
done
