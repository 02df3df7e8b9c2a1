#!/usr/bin/env python3
"""Merge sources/GNN/label.json (hand-written labels) into labels.json at the folder root."""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
IND = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
       "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]
out = {}
for sid in sorted(d for d in os.listdir(os.path.join(ROOT, "sources")) if re.fullmatch(r"G\d\d", d)):
    with open(os.path.join(ROOT, "sources", sid, "label.json"), encoding="utf-8") as f:
        src = json.load(f)
    present = src["present"]
    bad = set(present) - set(IND)
    assert not bad, (sid, bad)
    out[sid] = {
        "name": src["name"],
        "archive": src["archive"],
        "indicators": {i: ("present" if i in present else "absent") for i in IND},
        "evidence": {i: present[i] for i in IND if i in present},
        "notes": {i: src["notes"][i] for i in IND if i in src.get("notes", {}) and i not in present},
    }
with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=2)
print("wrote", len(out), "submissions")
