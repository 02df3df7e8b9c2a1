import json, zipfile, tarfile, tempfile, os, re, html, sys
def xmltext(x):
    x = re.sub(r'</(w:p|text:p|text:h|p|h\d|td|th|li|tr)>', '\n', x)
    x = re.sub(r'<(text:s|w:tab|text:tab)[^>]*/>', ' ', x)
    return html.unescape(re.sub(r'<[^>]+>', '', x))
def read(p):
    if p.endswith('.docx'): return xmltext(zipfile.ZipFile(p).read('word/document.xml').decode())
    if p.endswith('.odt'): return xmltext(zipfile.ZipFile(p).read('content.xml').decode())
    if p.endswith(('.html','.htm')): return xmltext(open(p, encoding='utf-8').read())
    return ''
norm = lambda s: re.sub(r'\s+', ' ', s).strip()
L = json.load(open('labels.json')); bad = 0
assert sorted(os.listdir('archives')) == sorted(v['archive'] for v in L.values())
for b, v in L.items():
    d = tempfile.mkdtemp(); a = os.path.join('archives', v['archive'])
    (zipfile.ZipFile(a) if a.endswith('.zip') else tarfile.open(a)).extractall(d)
    txt = ''
    for r, _, fs in os.walk(d):
        for f in fs: txt += '\n' + read(os.path.join(r, f))
    T = norm(txt)
    assert len(v['indicators']) == 17
    for ind, st in v['indicators'].items():
        if st == 'present' and not v['evidence'].get(ind): print(b, ind, 'NO EVIDENCE'); bad += 1
    for ind, sents in v['evidence'].items():
        for s in sents:
            if norm(s) not in T: print(b, ind, 'MISSING:', s[:60]); bad += 1
print('problems:', bad); sys.exit(bad > 0)
