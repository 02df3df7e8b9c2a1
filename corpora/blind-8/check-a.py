#!/usr/bin/env python3
"""Verify labels.json against archives: every evidence sentence must occur verbatim
(whitespace-normalised) in the text of some file of its submission; every indicator labelled."""
import io, json, os, re, sys, tarfile, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = ["C1", "C2", "C3.1", "C3.2", "C3.3", "C4.1", "C4.2", "C4.3", "C4.4",
       "C5.1", "C5.2", "C5.3", "C5.4", "C6.1", "C6.2", "C6.3", "C6.4"]
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
T = '{urn:oasis:names:tc:opendocument:xmlns:text:1.0}'

def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data)); out = []
    for n in z.namelist():
        if re.match(r'word/(document|header\d*|footer\d*)\.xml$', n):
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + 'p'):
                out.append(''.join(e.text or '' if e.tag == W + 't' else ' ' for e in p.iter() if e.tag in (W + 't', W + 'tab', W + 'br')))
    return '\n'.join(out)

def odt_text(data):
    z = zipfile.ZipFile(io.BytesIO(data)); out = []
    for n in ('content.xml', 'styles.xml'):
        if n in z.namelist():
            root = ET.fromstring(z.read(n))
            for p in list(root.iter(T + 'p')) + list(root.iter(T + 'h')):
                parts = []
                def walk(e):
                    if e.tag == T + 's': parts.append(' ' * int(e.get(T + 'c', '1')))
                    elif e.tag in (T + 'tab', T + 'line-break'): parts.append(' ')
                    if e.text and e.tag != T + 's': parts.append(e.text)
                    for c in e:
                        if c.tag in (T + 'p', T + 'h'): continue
                        walk(c)
                        if c.tail: parts.append(c.tail)
                walk(p); out.append(''.join(parts))
    return '\n'.join(out)

class _H(HTMLParser):
    def __init__(self): super().__init__(); self.parts = []; self.skip = 0
    def handle_starttag(self, tag, a):
        if tag in ('script', 'style'): self.skip += 1
        self.parts.append(' ')
    def handle_endtag(self, tag):
        if tag in ('script', 'style'): self.skip -= 1
        self.parts.append(' ')
    def handle_data(self, d):
        if not self.skip: self.parts.append(d)

def html_text(data):
    h = _H(); h.feed(data.decode('utf-8', 'replace')); return ''.join(h.parts)

def extract(name, data):
    low = name.lower()
    if low.endswith('.docx'): return docx_text(data)
    if low.endswith('.odt'): return odt_text(data)
    if low.endswith(('.html', '.htm')): return html_text(data)
    return None

def members(path):
    if path.endswith('.zip'):
        z = zipfile.ZipFile(path)
        for n in z.namelist():
            if not n.endswith('/'): yield n, z.read(n)
    else:
        with tarfile.open(path, 'r:*') as t:
            for m in t.getmembers():
                if m.isfile(): yield m.name, t.extractfile(m).read()

norm = lambda s: ' '.join(s.split())

def main():
    labels = json.load(open(os.path.join(HERE, 'labels.json'), encoding='utf-8'))
    problems = []; counts = {i: 0 for i in IDS}
    for sid, lab in sorted(labels.items()):
        ap = os.path.join(HERE, 'archives', lab['archive'])
        if not os.path.exists(ap): problems.append(f'{sid}: archive missing'); continue
        texts = {}
        for n, d in members(ap):
            try:
                t = extract(n, d)
            except Exception as e:
                problems.append(f'{sid}: cannot read {n}: {e}'); continue
            if t is not None: texts[n] = norm(t)
        if not texts: problems.append(f'{sid}: no readable documents')
        ind = lab['indicators']
        if sorted(ind) != sorted(IDS): problems.append(f'{sid}: indicator set wrong')
        for i in IDS:
            st = ind.get(i)
            if st not in ('present', 'absent'): problems.append(f'{sid}: {i} status {st!r}'); continue
            ev = lab['evidence'].get(i, [])
            if st == 'present':
                counts[i] += 1
                if not ev: problems.append(f'{sid}: {i} present without evidence')
            elif ev: problems.append(f'{sid}: {i} absent but has evidence')
            for s in ev:
                if not any(norm(s) in t for t in texts.values()):
                    problems.append(f'{sid}: {i} evidence not found: {s[:70]}...')
        for i in lab.get('evidence', {}):
            if i not in IDS: problems.append(f'{sid}: unknown id {i}')
    for p in problems: print('PROBLEM', p)
    print('submissions:', len(labels))
    print('present counts:', ', '.join(f'{i}={c}' for i, c in counts.items()))
    print(f'{len(problems)} problems')
    return 1 if problems else 0

if __name__ == '__main__':
    sys.exit(main())
