#!/usr/bin/env python3
"""Source of labels.json.  Run: python3 sources/labels_src.py  (writes ../labels.json)

Each submission: name, archive, P = {indicator: [evidence sentences]} for present
indicators, A = {indicator: note} for absent ones.  Every one of the 17 leaf
indicators must be in exactly one of P and A.
"""
import json
import os

IND = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
       "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]
SUBS = {}


def sub(sid, name, archive, P, A):
    assert not set(P) & set(A), (sid, set(P) & set(A))
    assert set(P) | set(A) == set(IND), (sid, set(IND) - set(P) - set(A))
    SUBS[sid] = {
        "name": name,
        "archive": archive,
        "indicators": {k: ("present" if k in P else "absent") for k in IND},
        "evidence": {k: P[k] for k in IND if k in P},
        "notes": {k: A[k] for k in IND if k in A},
    }


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    for i in range(1, 17):
        p = os.path.join(here, f"labels_Q{i:02d}.py")
        if os.path.exists(p):
            with open(p, encoding="utf-8") as fh:
                exec(fh.read())
    out = os.path.join(os.path.dirname(here), "labels.json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(SUBS, fh, ensure_ascii=False, indent=1)
    print(f"wrote {len(SUBS)} submissions to {out}")
