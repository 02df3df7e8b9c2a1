#!/usr/bin/env python3
"""Write README.md from labels.json, sources/meta.json and the extracted archive texts."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
import check
labels = json.load(open(os.path.join(ROOT, "labels.json"), encoding="utf-8"))
meta = json.load(open(os.path.join(HERE, "meta.json"), encoding="utf-8"))
rows, per = [], {i: 0 for i in check.IDS}
for k in sorted(labels):
    L, M = labels[k], meta[k]
    docs, _ = check.extract(os.path.join(ROOT, "archives", L["archive"]))
    wc = check.words(docs[M["main"]])
    n = sum(v == "present" for v in L["indicators"].values())
    for i, v in L["indicators"].items():
        per[i] += v == "present"
    absent = ", ".join(i for i in check.IDS if L["indicators"][i] == "absent") or "—"
    rows.append(f"| {k} | {L['archive']} | {L['name']} — {M['genre']} | {M['traps']} | {n} | {absent} | {M['main']} ({wc}) |")
tmpl = open(os.path.join(HERE, "README.tmpl.md"), encoding="utf-8").read()
table = "\n".join(["| ID | Archive | Applicant / genre | Traps | Present | Absent indicators | Main document (words) |",
                   "|---|---|---|---|---|---|---|"] + rows)
pert = "\n".join(["| Indicator | " + " | ".join(check.IDS) + " |", "|---|" + "---|" * len(check.IDS),
                  "| Present in | " + " | ".join(str(per[i]) for i in check.IDS) + " |"])
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(tmpl.replace("{{TABLE}}", table).replace("{{PER}}", pert))
print("README.md written")
