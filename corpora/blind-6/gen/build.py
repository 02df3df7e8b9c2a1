import re, os, sys, json, subprocess, zipfile, tarfile, shutil, base64, importlib
sys.path.insert(0, os.path.dirname(__file__))
ROOT = '/work/blind-6'
ALL = ["C1","C2","C3.1","C3.2","C3.3","C4.1","C4.2","C4.3","C4.4","C5.1","C5.2","C5.3","C5.4","C6.1","C6.2","C6.3","C6.4"]
MARK = re.compile(r'⟦([^§⟧]+)§([^⟧]+)⟧')
PNG = base64.b64decode('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==')
S = {}
for m in ['subs1','subs2','subs3']:
    S.update(importlib.import_module(m).S)
labels = {}
for bid in sorted(S):
    s = S[bid]
    ev = {}
    def rep(mo):
        for i in mo.group(1).split(','):
            ev.setdefault(i.strip(), [])
            if mo.group(2) not in ev[i.strip()]: ev[i.strip()].append(mo.group(2))
        return mo.group(2)
    d = os.path.join(ROOT, 'sources', bid); shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    for fn, txt in s['files']:
        txt = MARK.sub(rep, txt)
        p = os.path.join(d, fn)
        if fn.endswith('.html'):
            open(p, 'w', encoding='utf-8').write(txt)
            if 'Lapa_files/' in txt:
                os.makedirs(os.path.join(d, 'Lapa_files'), exist_ok=True)
                open(os.path.join(d, 'Lapa_files', 'style.css'), 'w').write('body{font-family:Arial;background:#f0f2f5}.post{background:#fff;margin:8px;padding:8px}\n')
                open(os.path.join(d, 'Lapa_files', 'logo.png'), 'wb').write(PNG)
        else:
            subprocess.run(['pandoc', '-f', 'markdown-smart', '-o', p], input=txt.encode(), check=True)
    ext = s.get('arch', 'zip')
    an = f'{bid}.zip' if ext == 'zip' else f'{bid}.tar.gz'
    ap = os.path.join(ROOT, 'archives', an)
    if os.path.exists(ap): os.remove(ap)
    files = []
    for r, _, fs in os.walk(d):
        for f in sorted(fs):
            files.append(os.path.relpath(os.path.join(r, f), d))
    if ext == 'zip':
        with zipfile.ZipFile(ap, 'w', zipfile.ZIP_DEFLATED) as z:
            for f in sorted(files): z.write(os.path.join(d, f), f)
    else:
        with tarfile.open(ap, 'w:gz') as t:
            for f in sorted(files): t.add(os.path.join(d, f), f)
    bad = set(ev) - set(ALL)
    assert not bad, (bid, bad)
    notes = {k: v for k, v in s.get('notes', {}).items()}
    for k in ALL:
        if k not in notes:
            notes[k] = 'affirmed evidence about the applicant itself' if k in ev else 'no affirmed, done, in-sense statement about the applicant'
    labels[bid] = {"name": s['name'], "archive": an,
                   "indicators": {k: ("present" if k in ev else "absent") for k in ALL},
                   "evidence": {k: ev[k] for k in ALL if k in ev},
                   "notes": {k: notes[k] for k in ALL}}
json.dump(labels, open(os.path.join(ROOT, 'labels.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print('built', len(labels))
