#!/usr/bin/env python3
"""Unpacks every archive in archives/ in memory, extracts text from docx/odt/html
and verifies that each evidence sentence in labels.json occurs verbatim (whitespace-normalised)."""
import io, json, os, re, sys, tarfile, zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
TXT = '{urn:oasis:names:tc:opendocument:xmlns:text:1.0}'
IDS = ['C1','C2','C3.1','C3.2','C3.3','C4.1','C4.2','C4.3','C4.4','C5.1','C5.2','C5.3','C5.4','C6.1','C6.2','C6.3','C6.4']

def norm(s):
    return re.sub(r'\s+', ' ', s).strip()

def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in z.namelist():
        if re.match(r'word/(document|header\d*|footer\d*)\.xml$', n):
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + 'p'):
                parts = []
                for el in p.iter():
                    if el.tag == W + 't' and el.text:
                        parts.append(el.text)
                    elif el.tag in (W + 'tab', W + 'br'):
                        parts.append(' ')
                out.append(''.join(parts))
    return '\n'.join(out)

def odt_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    root = ET.fromstring(z.read('content.xml'))
    out = []
    def walk(el, acc):
        if el.text: acc.append(el.text)
        for ch in el:
            if ch.tag == TXT + 's':
                acc.append(' ' * int(ch.get(TXT + 'c', '1')))
            elif ch.tag in (TXT + 'tab', TXT + 'line-break'):
                acc.append(' ')
            elif ch.tag in (TXT + 'p', TXT + 'h'):
                pass
            else:
                walk(ch, acc)
            if ch.tail: acc.append(ch.tail)
    for el in root.iter():
        if el.tag in (TXT + 'p', TXT + 'h'):
            acc = []
            walk(el, acc)
            out.append(''.join(acc))
    return '\n'.join(out)

class H(HTMLParser):
    BLOCK = {'p','div','h1','h2','h3','h4','li','tr','td','th','br','blockquote','article','section','header','footer','nav','span','title'}
    def __init__(self):
        super().__init__(); self.parts = []; self.skip = 0
    def handle_starttag(self, tag, a):
        if tag in ('script', 'style'): self.skip += 1
        if tag in self.BLOCK: self.parts.append('\n')
    def handle_endtag(self, tag):
        if tag in ('script', 'style'): self.skip -= 1
        if tag in self.BLOCK: self.parts.append('\n')
    def handle_data(self, d):
        if not self.skip: self.parts.append(d)

def html_text(data):
    h = H(); h.feed(data.decode('utf-8')); return ''.join(h.parts)

def members(path):
    if path.endswith('.zip'):
        z = zipfile.ZipFile(path)
        for n in z.namelist():
            if not n.endswith('/'): yield n, z.read(n)
    else:
        with tarfile.open(path, 'r:gz') as t:
            for m in t.getmembers():
                if m.isfile(): yield m.name, t.extractfile(m).read()

def submission_text(path):
    texts = []
    for name, data in members(path):
        low = name.lower()
        if low.endswith('.docx'): texts.append(docx_text(data))
        elif low.endswith('.odt'): texts.append(odt_text(data))
        elif low.endswith(('.html', '.htm')): texts.append(html_text(data))
    # paragraphs are checked individually so evidence never spans two paragraphs
    paras = [norm(p) for t in texts for p in t.split('\n')]
    return [p for p in paras if p]

def main():
    labels = json.load(open(os.path.join(HERE, 'labels.json'), encoding='utf-8'))
    problems = 0; n_ev = 0
    for sid, lab in sorted(labels.items()):
        path = os.path.join(HERE, 'archives', lab['archive'])
        if not os.path.exists(path):
            print(f'{sid}: missing archive {lab["archive"]}'); problems += 1; continue
        paras = submission_text(path)
        if set(lab['indicators']) != set(IDS):
            print(f'{sid}: indicator set wrong'); problems += 1
        for i, st in lab['indicators'].items():
            ev = lab['evidence'].get(i, [])
            if st == 'present' and not ev:
                print(f'{sid} {i}: present without evidence'); problems += 1
            if st == 'absent' and ev:
                print(f'{sid} {i}: absent but has evidence'); problems += 1
        for i, sents in lab['evidence'].items():
            for s in sents:
                n_ev += 1
                if not any(norm(s) in p for p in paras):
                    print(f'{sid} {i}: NOT FOUND: {s[:90]}'); problems += 1
    print(f'{len(labels)} submissions, {n_ev} evidence sentences, {problems} problems')
    return 1 if problems else 0

if __name__ == '__main__':
    sys.exit(main())
