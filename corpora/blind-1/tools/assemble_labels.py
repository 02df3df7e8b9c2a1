#!/usr/bin/env python3
"""Assemble labels.json from tools/labels/Bxx.json (one object per submission).
Each part may give "present": [...] instead of a full indicators map; absent is filled in."""
import json, os, glob
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IND = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
       "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]
out = {}
for p in sorted(glob.glob(os.path.join(ROOT, "tools", "labels", "B*.json"))):
    sub = os.path.basename(p)[:-5]
    part = json.load(open(p, encoding="utf-8"))
    present = set(part["evidence"])
    out[sub] = {
        "name": part["name"],
        "archive": part["archive"],
        "indicators": {i: ("present" if i in present else "absent") for i in IND},
        "resource_types": part.get("resource_types", []),
        "evidence": {i: part["evidence"][i] for i in IND if i in present},
        "traps": {i: part["traps"][i] for i in IND if i in part.get("traps", {})},
        "only_in_unreadable": [i for i in IND if i in part.get("only_in_unreadable", [])],
        "unreadable_files": part.get("unreadable_files", []),
    }
json.dump(out, open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print("labels.json:", len(out), "submissions")
