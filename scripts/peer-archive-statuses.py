#!/usr/bin/env python3
"""Writes Tests/EndToEndTests/PeerArchiveStatuses.tsv: for every file under ../shared/peer/archives/,
the statuses lieciba reports (container status/reason code, then files per status/reason code).

Usage: scripts/peer-archive-statuses.py [LIECIBA_BINARY]   (default .build/release/lieciba)
The PeerArchivesTests compare each scan with this table; after a change in reading, regenerate it
and review the diff line by line: every changed line changes what staff are told about a file.
"""
import collections, json, os, subprocess, sys, tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PEER = Path(os.environ.get("LIECIBA_PEER_DIR", ROOT.parent / "shared" / "peer")) / "archives"
BINARY = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / ".build/release/lieciba")


def status_line(submission):
    container = submission["container"]
    files = collections.Counter(f'{f["status"]}/{f.get("reasonCode", "-")}' for f in submission["files"])
    return " ".join([f'{container["status"]}/{container.get("reasonCode", "-")}'] + sorted(f"{k}×{v}" for k, v in files.items()))


archives = sorted(
    str(p.relative_to(PEER)) for p in PEER.rglob("*")
    if p.is_file() and p.name != "MANIFEST.tsv" and not p.name.endswith(".expected.txt")
)
lines = ["# Statuses lieciba reports for ../shared/peer/archives/, reviewed. Regenerate: scripts/peer-archive-statuses.py"]
with tempfile.TemporaryDirectory() as work:
    for archive in archives:
        out = Path(work) / "out"
        subprocess.run([BINARY, "scan", str(PEER / archive), "--out", str(out), "--quiet", "--fresh"], check=True, timeout=60)
        submission = json.loads((out / "evidence-map.json").read_text(encoding="utf-8"))["submissions"][0]
        lines.append(f"{archive}\t{status_line(submission)}")
(ROOT / "Tests/EndToEndTests/PeerArchiveStatuses.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
print(f"{len(archives)} archives", file=sys.stderr)
