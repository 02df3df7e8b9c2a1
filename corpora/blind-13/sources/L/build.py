#!/usr/bin/env python3
"""Build L01..L12 archives and labels.json from the hand-written content in content_a.py / content_b.py."""
import os, re, sys, json, subprocess, shutil, zipfile, tarfile, io
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from content_a import SUBS as A
from content_b import SUBS as B
SUBS = {**A, **B}
IDS = ["C1","C2","C3.1","C3.2","C3.3","C4.1","C4.2","C4.3","C4.4","C5.1","C5.2","C5.3","C5.4","C6.1","C6.2","C6.3","C6.4"]
MARK = re.compile(r"⟦([^|⟧]+)\|([^⟧]+)⟧")
labels = {}
build = os.path.join(ROOT, "build"); shutil.rmtree(build, ignore_errors=True)
os.makedirs(os.path.join(ROOT, "archives"), exist_ok=True)
for sid in sorted(SUBS):
    sub = SUBS[sid]; ev = {}
    d = os.path.join(build, sid); os.makedirs(d)
    srcdir = os.path.join(HERE, sid); shutil.rmtree(srcdir, ignore_errors=True); os.makedirs(srcdir)
    for fname, kind, text in sub["files"]:
        for m in MARK.finditer(text):
            for i in m.group(1).split():
                assert i in IDS, (sid, i)
                ev.setdefault(i, [])
                if m.group(2) not in ev[i]: ev[i].append(m.group(2))
        clean = MARK.sub(lambda m: m.group(2), text)
        out = os.path.join(d, fname); os.makedirs(os.path.dirname(out), exist_ok=True)
        if kind == "md":
            src = os.path.join(srcdir, os.path.splitext(fname)[0] + ".md")
            open(src, "w", encoding="utf-8").write(clean.strip() + "\n")
            subprocess.run(["pandoc", "-f", "markdown-smart", src, "-o", out], check=True)
        else:
            open(out, "w", encoding="utf-8").write(clean)
            sp = os.path.join(srcdir, fname); os.makedirs(os.path.dirname(sp), exist_ok=True)
            shutil.copy(out, sp)
    files = sorted(os.path.relpath(os.path.join(r, f), d) for r, _, fs in os.walk(d) for f in fs)
    if sub["archive"] == "zip":
        arch = f"{sid}.zip"
        with zipfile.ZipFile(os.path.join(ROOT, "archives", arch), "w", zipfile.ZIP_DEFLATED) as z:
            for f in files: z.write(os.path.join(d, f), f)
    else:
        arch = f"{sid}.tar.gz"
        with tarfile.open(os.path.join(ROOT, "archives", arch), "w:gz") as t:
            for f in files: t.add(os.path.join(d, f), f)
    notes = {}
    for i in IDS:
        n = sub["notes"].get(i)
        if i in ev:
            notes[i] = n if n else "shown by the quoted sentence(s) about this applicant, affirmed and done"
        else:
            notes[i] = n if n else "no affirmed, own, done sentence in the criterion's sense"
    labels[sid] = {"name": sub["name"], "archive": arch,
                   "indicators": {i: ("present" if i in ev else "absent") for i in IDS},
                   "evidence": {i: ev[i] for i in IDS if i in ev}, "notes": notes}
json.dump(labels, open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
shutil.rmtree(build)
for sid, l in labels.items():
    print(sid, sum(v == "present" for v in l["indicators"].values()), l["archive"])
