#!/usr/bin/env python3
import json
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
IDS = ["C1","C2","C3.1","C3.2","C3.3","C4.1","C4.2","C4.3","C4.4","C5.1","C5.2","C5.3","C5.4","C6.1","C6.2","C6.3","C6.4"]
out = {}
metas = {}
for f in sorted((ROOT/'tools'/'lab').glob('B*.json')):
    L = json.loads(f.read_text(encoding='utf-8'))
    sid = f.stem
    meta = json.loads((ROOT/'sources'/sid/'meta.json').read_text(encoding='utf-8'))
    assert set(L['P']) <= set(IDS), (sid, set(L['P']) - set(IDS))
    out[sid] = {"name": L['name'], "archive": f"{sid}.{meta['archive']}",
                "indicators": {i: ("present" if i in L['P'] else "absent") for i in IDS},
                "evidence": {i: L['P'][i] for i in IDS if i in L['P']},
                "notes": L.get('notes', {})}
    assert set(out[sid]['notes']) <= set(IDS), (sid, set(out[sid]['notes']) - set(IDS))
    m = dict(meta); m['archive_file'] = out[sid]['archive']
    if meta.get('unreadable'):
        m['label_basis'] = 'labels reflect READABLE files only; the unreadable file(s) hold further evidence'
    metas[sid] = m
(ROOT/'meta.json').write_text(json.dumps(metas, ensure_ascii=False, indent=1) + "\n", encoding='utf-8')
(ROOT/'labels.json').write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding='utf-8')
print(len(out), 'submissions merged')
