#!/usr/bin/env python3
"""Verify labels.json against the archives: every archive opens (in memory), text is extracted from
DOCX / ODT / HTML with the standard library only, and every evidence sentence occurs in the text of
its submission (whitespace-normalised). Also checks label structure. Prints problems; exit 1 if any."""
import io, os, re, sys, json, zipfile, tarfile
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
    z = zipfile.ZipFile(io.BytesIO(data)); out = []
    parts = ['word/document.xml'] + sorted(n for n in z.namelist() if re.match(r'word/(header|footer)\d*\.xml$', n))
    for part in parts:
        if part not in z.namelist():
            continue
        root = ET.fromstring(z.read(part))
        for p in root.iter(W + 'p'):
            buf = []
            for el in p.iter():
                if el.tag == W + 't' and el.text:
                    buf.append(el.text)
                elif el.tag in (W + 'tab', W + 'br', W + 'cr'):
                    buf.append(' ')
            out.append(''.join(buf))
    return '\n'.join(out)

def odt_text(data):
    z = zipfile.ZipFile(io.BytesIO(data)); out = []
    for part in ('content.xml', 'styles.xml'):
        root = ET.fromstring(z.read(part))
        def walk(el, buf):
            if el.text:
                buf.append(el.text)
            for ch in el:
                if ch.tag == TXT + 's':
                    buf.append(' ' * int(ch.get(TXT + 'c', '1')))
                elif ch.tag in (TXT + 'tab', TXT + 'line-break'):
                    buf.append(' ')
                elif ch.tag == TXT + 'note':
                    pass
                else:
                    walk(ch, buf)
                if ch.tail:
                    buf.append(ch.tail)
        for el in root.iter():
            if el.tag in (TXT + 'p', TXT + 'h'):
                buf = []; walk(el, buf); out.append(''.join(buf))
    return '\n'.join(out)

class H(HTMLParser):
    BLOCK = {'p', 'div', 'br', 'li', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
             'article', 'section', 'header', 'footer', 'blockquote', 'main', 'table'}
    def __init__(self):
        super().__init__(convert_charrefs=True); self.buf = []; self.skip = 0
    def handle_starttag(self, tag, a):
        if tag in ('script', 'style'): self.skip += 1
        if tag in self.BLOCK: self.buf.append('\n')
    def handle_endtag(self, tag):
        if tag in ('script', 'style') and self.skip: self.skip -= 1
        if tag in self.BLOCK: self.buf.append('\n')
    def handle_data(self, d):
        if not self.skip: self.buf.append(d)

def html_text(data):
    h = H(); h.feed(data.decode('utf-8', 'replace')); h.close(); return ''.join(h.buf)

def members(path):
    if path.endswith('.zip'):
        with zipfile.ZipFile(path) as z:
            for n in z.namelist():
                if not n.endswith('/'):
                    yield n, z.read(n)
    else:
        with tarfile.open(path, 'r:*') as t:
            for m in t.getmembers():
                if m.isfile():
                    yield m.name, t.extractfile(m).read()

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
    problems = []; n_ev = 0
    for sid, lab in sorted(labels.items()):
        path = os.path.join(HERE, 'archives', lab['archive'])
        if not os.path.exists(path):
            problems.append(f'{sid}: archive missing {lab["archive"]}'); continue
        try:
            texts = submission_text(path)
        except Exception as e:
            problems.append(f'{sid}: cannot open: {e}'); continue
        if not texts:
            problems.append(f'{sid}: no readable text files')
        full = norm(' \n '.join(texts.values()))
        ind = lab.get('indicators', {})
        if sorted(ind) != sorted(IDS):
            problems.append(f'{sid}: indicator set wrong: {sorted(set(IDS) ^ set(ind))}')
        for k, v in ind.items():
            if v not in ('present', 'absent'):
                problems.append(f'{sid}/{k}: bad value {v}')
            ev = lab.get('evidence', {}).get(k, [])
            if v == 'present' and not ev:
                problems.append(f'{sid}/{k}: present without evidence')
            if v == 'absent' and ev:
                problems.append(f'{sid}/{k}: absent but has evidence')
            if v == 'absent' and not lab.get('notes', {}).get(k):
                problems.append(f'{sid}/{k}: absent without note')
        for k, sents in lab.get('evidence', {}).items():
            for s in sents:
                n_ev += 1
                if norm(s) not in full:
                    problems.append(f'{sid}/{k}: evidence not found: {s[:80]}')
    for p in problems:
        print('PROBLEM', p)
    print(f'{len(labels)} submissions, {n_ev} evidence sentences checked, {len(problems)} problems')
    return 1 if problems else 0

if __name__ == '__main__':
    sys.exit(main())
