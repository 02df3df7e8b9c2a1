#!/usr/bin/env python3
"""Verify labels.json against archives/ (stdlib only). Checks only IDs starting with 'S'.
Usage: python3 check.py [--words]"""
import io, json, os, re, sys, tarfile, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
IND = ['C1', 'C2', 'C3.1', 'C3.2', 'C3.3', 'C4.1', 'C4.2', 'C4.3', 'C4.4',
       'C5.1', 'C5.2', 'C5.3', 'C5.4', 'C6.1', 'C6.2', 'C6.3', 'C6.4']
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
T = '{urn:oasis:names:tc:opendocument:xmlns:text:1.0}'

def norm(s):
    return re.sub(r'\s+', ' ', s.replace('\u00a0', ' ')).strip()

def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data)); out = []
    parts = [n for n in z.namelist() if re.fullmatch(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml', n)]
    for n in sorted(parts, key=lambda x: (x != 'word/document.xml', x)):
        root = ET.fromstring(z.read(n))
        for p in root.iter(W + 'p'):
            buf = []
            for el in p.iter():
                if el.tag == W + 't': buf.append(el.text or '')
                elif el.tag in (W + 'tab', W + 'br', W + 'cr'): buf.append(' ')
            out.append(''.join(buf))
    return '\n'.join(out)

def odt_text(data):
    z = zipfile.ZipFile(io.BytesIO(data)); out = []
    for n in ('content.xml', 'styles.xml'):
        if n not in z.namelist(): continue
        root = ET.fromstring(z.read(n))
        def walk(el, buf):
            if el.text: buf.append(el.text)
            for ch in el:
                if ch.tag == T + 's': buf.append(' ' * int(ch.get(T + 'c', '1')))
                elif ch.tag in (T + 'tab', T + 'line-break'): buf.append(' ')
                elif ch.tag in (T + 'p', T + 'h'): pass
                else: walk(ch, buf)
                if ch.tag not in (T + 'p', T + 'h') and ch.tail: buf.append(ch.tail)
                elif ch.tag in (T + 'p', T + 'h') and ch.tail: buf.append(ch.tail)
        for p in root.iter():
            if p.tag in (T + 'p', T + 'h'):
                buf = []; walk(p, buf); out.append(''.join(buf))
    return '\n'.join(out)

class H(HTMLParser):
    BLOCK = {'p', 'div', 'br', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'article', 'section', 'header', 'footer', 'table', 'ul', 'ol', 'blockquote', 'pre', 'hr', 'span'}
    def __init__(self):
        super().__init__(convert_charrefs=True); self.buf = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style', 'head'): self.skip += 1
        if tag in self.BLOCK and tag != 'span': self.buf.append('\n')
    def handle_endtag(self, tag):
        if tag in ('script', 'style', 'head'): self.skip = max(0, self.skip - 1)
        if tag in self.BLOCK and tag != 'span': self.buf.append('\n')
    def handle_data(self, d):
        if not self.skip: self.buf.append(d)

def html_text(data):
    h = H(); h.feed(data.decode('utf-8', 'replace')); return ''.join(h.buf)

def members(path):
    if path.endswith('.zip'):
        z = zipfile.ZipFile(path)
        for n in z.namelist():
            if not n.endswith('/'): yield n, z.read(n)
    else:
        t = tarfile.open(path, 'r:*')
        for m in t.getmembers():
            if m.isfile(): yield m.name, t.extractfile(m).read()

def extract(path):
    docs = {}
    for name, data in members(path):
        if re.search(r'_files/', name): continue  # saved-page side files are not evidence
        low = name.lower()
        if low.endswith('.docx'): docs[name] = docx_text(data)
        elif low.endswith('.odt'): docs[name] = odt_text(data)
        elif low.endswith(('.html', '.htm')): docs[name] = html_text(data)
    return docs

def main():
    labels = json.load(open(os.path.join(HERE, 'labels.json'), encoding='utf-8'))
    problems = []; words = '--words' in sys.argv
    for sid in sorted(k for k in labels if k.startswith('S')):
        e = labels[sid]; arc = os.path.join(HERE, 'archives', e.get('archive', ''))
        if not os.path.isfile(arc): problems.append(f'{sid}: archive missing {arc}'); continue
        docs = extract(arc)
        if not docs: problems.append(f'{sid}: no readable documents')
        if words:
            for n, t in docs.items(): print(f'{sid}\t{n}\t{len(norm(t).split())} words')
        full = norm('\n'.join(docs.values()))
        ind = e.get('indicators', {})
        for c in IND:
            v = ind.get(c)
            if v not in ('present', 'absent'): problems.append(f'{sid} {c}: not labelled ({v!r})'); continue
            ev = e.get('evidence', {}).get(c, [])
            if v == 'present':
                if not ev: problems.append(f'{sid} {c}: present without evidence')
                for s in ev:
                    if norm(s) not in full: problems.append(f'{sid} {c}: evidence not found: {s[:80]!r}')
            else:
                if ev: problems.append(f'{sid} {c}: absent but has evidence')
                if not e.get('notes', {}).get(c, '').strip(): problems.append(f'{sid} {c}: absent without note')
        extra = set(ind) - set(IND)
        if extra: problems.append(f'{sid}: unknown indicators {sorted(extra)}')
    for p in problems: print('PROBLEM', p)
    print(f'{len([k for k in labels if k.startswith("S")])} submissions checked, {len(problems)} problems')
    return 1 if problems else 0

if __name__ == '__main__': sys.exit(main())
