import json, zipfile, tarfile, re, html, io, sys, os, tempfile
ROOT='/work/blind-6'
L=json.load(open(f'{ROOT}/labels.json',encoding='utf-8'))
def norm(t): return re.sub(r'\s+',' ',t).strip()
def xmltext(x):
    x=re.sub(r'<text:s[^>]*/>',' ',x); x=re.sub(r'<(text:tab|text:line-break|w:tab|w:br)[^>]*/>',' ',x)
    x=re.sub(r'</(w:p|text:p|text:h)>','\n',x); x=re.sub(r'<[^>]+>','',x); return html.unescape(x)
def htmltext(x):
    x=re.sub(r'(?is)<(script|style)[^>]*>.*?</\1>',' ',x); x=re.sub(r'(?i)</?(p|div|br|li|tr|td|th|h\d)[^>]*>','\n',x)
    return html.unescape(re.sub(r'<[^>]+>','',x))
def read_archive(p):
    out={}
    if p.endswith('.zip'):
        z=zipfile.ZipFile(p); items={n:z.read(n) for n in z.namelist() if not n.endswith('/')}
    else:
        t=tarfile.open(p); items={m.name:t.extractfile(m).read() for m in t.getmembers() if m.isfile()}
    for n,b in items.items():
        if n.endswith('.docx'): out[n]=xmltext(zipfile.ZipFile(io.BytesIO(b)).read('word/document.xml').decode())
        elif n.endswith('.odt'): out[n]=xmltext(zipfile.ZipFile(io.BytesIO(b)).read('content.xml').decode())
        elif n.endswith('.html'): out[n]=htmltext(b.decode('utf-8'))
    return out
ok=True
assert sorted(L)==[f'B{i:02d}' for i in range(1,25)]
assert sorted(os.listdir(f'{ROOT}/archives'))==sorted(v['archive'] for v in L.values())
for b,v in L.items():
    texts={n:norm(t) for n,t in read_archive(f"{ROOT}/archives/{v['archive']}").items()}
    for k,st in v['indicators'].items():
        if st=='present' and not v['evidence'].get(k): print(b,k,'present without evidence'); ok=False
        if st=='absent' and v['evidence'].get(k): print(b,k,'absent with evidence'); ok=False
    for k,sents in v['evidence'].items():
        for s in sents:
            if not any(norm(s) in t for t in texts.values()): print('NOT FOUND',b,k,s[:60]); ok=False
print('OK' if ok else 'FAIL')
