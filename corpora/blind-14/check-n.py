#!/usr/bin/env python3
"""Blind set N: open every archive in memory, extract text of DOCX/ODT/HTML with the
standard library only, and verify that every evidence sentence in labels.json occurs
(whitespace-normalised) in that submission's extracted text. Prints the problems found."""
import io, json, os, re, sys, tarfile, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = ['C1', 'C2', 'C3.1', 'C3.2', 'C3.3', 'C4.1', 'C4.2', 'C4.3', 'C4.4',
       'C5.1', 'C5.2', 'C5.3', 'C5.4', 'C6.1', 'C6.2', 'C6.3', 'C6.4']
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
TXT = '{urn:oasis:names:tc:opendocument:xmlns:text:1.0}'

def norm(s):
    return re.sub(r'\s+', ' ', s.replace('\u00a0', ' ')).strip()

def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    parts = ['word/document.xml'] + sorted(n for n in z.namelist() if re.match(r'word/(header|footer)\d*\.xml$', n))
    out = []
    for p in parts:
        root = ET.fromstring(z.read(p))
        for para in root.iter(W + 'p'):
            buf = []
            for el in para.iter():
                if el.tag == W + 't' and el.text:
                    buf.append(el.text)
                elif el.tag in (W + 'tab', W + 'br'):
                    buf.append(' ')
            out.append(''.join(buf))
    return '\n'.join(out)

def odt_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    root = ET.fromstring(z.read('content.xml'))
    out = []
    def walk(el, buf):
        if el.text:
            buf.append(el.text)
        for ch in el:
            if ch.tag == TXT + 's':
                buf.append(' ' * int(ch.get(TXT + 'c', '1')))
            elif ch.tag in (TXT + 'tab', TXT + 'line-break'):
                buf.append(' ')
            elif ch.tag in (TXT + 'p', TXT + 'h'):
                pass  # nested paragraphs are handled on their own
            else:
                walk(ch, buf)
            if ch.tail:
                buf.append(ch.tail)
    for el in root.iter():
        if el.tag in (TXT + 'p', TXT + 'h'):
            buf = []
            walk(el, buf)
            out.append(''.join(buf))
    return '\n'.join(out)

class _H(HTMLParser):
    BLOCK = {'p', 'div', 'br', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
             'article', 'section', 'aside', 'header', 'footer', 'main', 'nav', 'table', 'hr'}
    def __init__(self):
        super().__init__(convert_charrefs=True); self.buf = []; self.skip = 0
    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style'): self.skip += 1
        elif tag in self.BLOCK: self.buf.append('\n')
    def handle_endtag(self, tag):
        if tag in ('script', 'style'): self.skip -= 1
        elif tag in self.BLOCK: self.buf.append('\n')
    def handle_data(self, d):
        if not self.skip: self.buf.append(d)

def html_text(data):
    h = _H(); h.feed(data.decode('utf-8', 'replace')); return ''.join(h.buf)

def members(path):
    if path.endswith('.zip'):
        z = zipfile.ZipFile(path)
        return [(n, z.read(n)) for n in z.namelist() if not n.endswith('/')]
    t = tarfile.open(path, 'r:gz')
    return [(m.name, t.extractfile(m).read()) for m in t.getmembers() if m.isfile()]

def submission_text(path):
    texts = {}
    for name, data in members(path):
        low = name.lower()
        if low.endswith('.docx'): texts[name] = docx_text(data)
        elif low.endswith('.odt'): texts[name] = odt_text(data)
        elif low.endswith(('.html', '.htm')): texts[name] = html_text(data)
    return texts

def main():
    labels = json.load(open(os.path.join(HERE, 'labels.json'), encoding='utf-8'))
    problems = []
    counts = {i: 0 for i in IDS}
    for sid, rec in sorted(labels.items()):
        path = os.path.join(HERE, 'archives', rec['archive'])
        if not os.path.exists(path):
            problems.append(f'{sid}: archive missing {rec["archive"]}'); continue
        texts = submission_text(path)
        if not texts:
            problems.append(f'{sid}: no readable files')
        full = norm('\n'.join(texts.values()))
        ind = rec['indicators']
        if sorted(ind) != sorted(IDS):
            problems.append(f'{sid}: indicator set wrong')
        for i in IDS:
            v = ind.get(i)
            if v not in ('present', 'absent'):
                problems.append(f'{sid} {i}: bad value {v!r}'); continue
            ev = rec.get('evidence', {}).get(i, [])
            if v == 'present':
                counts[i] += 1
                if not ev: problems.append(f'{sid} {i}: present but no evidence')
            elif ev:
                problems.append(f'{sid} {i}: absent but evidence given')
            if v == 'absent' and not rec.get('notes', {}).get(i):
                problems.append(f'{sid} {i}: absent without note')
            for s in ev:
                if norm(s) not in full:
                    problems.append(f'{sid} {i}: evidence not found: {s[:80]}...')
        print(f'{sid}: {len(texts)} text file(s), {sum(v == "present" for v in ind.values())} present')
    print('present per indicator:', ', '.join(f'{i}={counts[i]}' for i in IDS))
    for p in problems: print('PROBLEM', p)
    print(f'{len(problems)} problems')
    return 1 if problems else 0

if __name__ == '__main__':
    sys.exit(main())
