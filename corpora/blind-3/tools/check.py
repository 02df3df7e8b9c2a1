#!/usr/bin/env python3
"""Unpack built archives and verify labels.json: every present indicator has >=1 evidence
sentence found verbatim (whitespace-normalised) in a READABLE file (DOCX/ODT/HTML)."""
import json, re, sys, zipfile, tarfile, subprocess, tempfile, html
from html.parser import HTMLParser
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
IDS = ["C1","C2","C3.1","C3.2","C3.3","C4.1","C4.2","C4.3","C4.4","C5.1","C5.2","C5.3","C5.4","C6.1","C6.2","C6.3","C6.4"]

def para_xml_text(xml, para_tags):
    # crude but robust: split at paragraph ends, strip tags
    xml = re.sub(r'<w:tab/>|<text:tab/>', '\t', xml)
    xml = re.sub(r'<text:s(?: text:c="(\d+)")?/>', lambda m: ' ' * int(m.group(1) or 1), xml)
    xml = re.sub(r'<w:br/>|<text:line-break/>', '\n', xml)
    for t in para_tags:
        xml = xml.replace(t, '\n' + t)
    txt = re.sub(r'<[^>]+>', '', xml)
    return html.unescape(txt)

class H(HTMLParser):
    BLOCK = {'p','div','li','td','th','tr','h1','h2','h3','h4','h5','h6','br','section','article','header','footer','title','table','ul','ol','blockquote','span_'}
    def __init__(s): super().__init__(); s.out=[]; s.skip=0
    def handle_starttag(s,t,a):
        if t in ('script','style'): s.skip+=1
        if t in s.BLOCK: s.out.append('\n')
    def handle_endtag(s,t):
        if t in ('script','style'): s.skip-=1
        if t in s.BLOCK: s.out.append('\n')
    def handle_data(s,d):
        if not s.skip: s.out.append(d)

def extract(p):
    n = p.name.lower()
    try:
        if n.endswith('.docx'):
            with zipfile.ZipFile(p) as z:
                parts = [x for x in z.namelist() if re.match(r'word/(document|header\d*|footer\d*)\.xml$', x)]
                return '\n'.join(para_xml_text(z.read(x).decode('utf-8'), ['<w:p ', '<w:p>']) for x in parts)
        if n.endswith('.odt'):
            with zipfile.ZipFile(p) as z:
                return '\n'.join(para_xml_text(z.read(x).decode('utf-8'), ['<text:p', '<text:h']) for x in ('content.xml','styles.xml') if x in z.namelist())
        if n.endswith('.html') or n.endswith('.htm'):
            h = H(); h.feed(p.read_text(encoding='utf-8')); return ''.join(h.out)
    except Exception as e:
        return None
    return None

def unpack(arc, dst):
    n = arc.name
    if n.endswith('.zip'):
        with zipfile.ZipFile(arc) as z: z.extractall(dst)
    elif n.endswith('.tar.gz'):
        with tarfile.open(arc) as t: t.extractall(dst)
    elif n.endswith('.7z'):
        subprocess.run(['7z','x','-y','-bd',f'-o{dst}',str(arc)],check=True,stdout=subprocess.DEVNULL)
    # nested zips
    for inner in sorted(Path(dst).rglob('*.zip')):
        sub = inner.with_suffix('.unzipped'); sub.mkdir()
        with zipfile.ZipFile(inner) as z: z.extractall(sub)

def norm(s):
    return re.sub(r'\s+', ' ', s).strip()

def main():
    labels = json.loads((ROOT/'labels.json').read_text(encoding='utf-8'))
    errs = []; counts = {i: [0,0] for i in IDS}
    for sid, L in sorted(labels.items()):
        arc = ROOT/'archives'/L['archive']
        if not arc.exists(): errs.append(f'{sid}: archive missing {arc.name}'); continue
        if set(L['indicators']) != set(IDS): errs.append(f'{sid}: indicator set wrong')
        with tempfile.TemporaryDirectory() as td:
            unpack(arc, td)
            readable, unreadable = [], []
            for p in sorted(Path(td).rglob('*')):
                if not p.is_file() or '_files' in str(p.parent.name): continue
                if p.suffix.lower() in ('.docx','.odt','.html','.htm','.pdf','.png','.jpg'):
                    t = extract(p)
                    (readable if t is not None else unreadable).append((p.relative_to(td), t))
            corpus = [norm(t) for _, t in readable]
        for i in IDS:
            v = L['indicators'].get(i)
            if v not in ('present','absent'): errs.append(f'{sid} {i}: bad value {v}')
            counts[i][0 if v=='present' else 1] += 1
            ev = L.get('evidence', {}).get(i, [])
            if v == 'present' and not ev: errs.append(f'{sid} {i}: present without evidence')
            if v == 'absent' and ev: errs.append(f'{sid} {i}: absent but has evidence')
            for e in ev:
                if not any(norm(e) in c for c in corpus):
                    errs.append(f'{sid} {i}: NOT FOUND: {e[:90]}')
        # C6.2 needs C6.1 and C2
        ind = L['indicators']
        if ind.get('C6.2')=='present' and not (ind.get('C6.1')=='present' and ind.get('C2')=='present'):
            errs.append(f'{sid}: C6.2 present without C6.1/C2')
        if '-v' in sys.argv:
            print(sid, L['archive'], 'readable:', [str(r) for r,_ in readable], 'unreadable:', [str(u) for u,_ in unreadable])
    for e in errs: print('ERR', e)
    print('submissions:', len(labels))
    for i in IDS: print(f'{i:5} present {counts[i][0]:2} absent {counts[i][1]:2}')
    print('OK' if not errs else f'{len(errs)} ERRORS')
    sys.exit(1 if errs else 0)
main()
