#!/usr/bin/env python3
"""Verify labels.json against the archives: every archive opens in memory, text is
extracted (DOCX incl. headers/footers, ODT, HTML) with the stdlib only, and every
evidence sentence occurs verbatim (whitespace-normalised). Prints problems; exit 1 if any."""
import io, os, re, sys, json, zipfile, tarfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from html import unescape

HERE = os.path.dirname(os.path.abspath(__file__))
IDS = ['C1','C2','C3.1','C3.2','C3.3','C4.1','C4.2','C4.3','C4.4',
       'C5.1','C5.2','C5.3','C5.4','C6.1','C6.2','C6.3','C6.4']
WNS = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
TNS = '{urn:oasis:names:tc:opendocument:xmlns:text:1.0}'

def norm(s):
    return re.sub(r'\s+', ' ', s.replace('\u00a0', ' ')).strip()

def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    parts = [n for n in z.namelist() if re.match(r'word/(document|header[^/]*|footer[^/]*|footnotes|endnotes)\.xml$', n)]
    out = []
    for n in sorted(parts, key=lambda x: (x != 'word/document.xml', x)):
        root = ET.fromstring(z.read(n))
        for p in root.iter(WNS + 'p'):
            chunks = []
            for el in p.iter():
                if el.tag == WNS + 't' and el.text:
                    chunks.append(el.text)
                elif el.tag in (WNS + 'tab',):
                    chunks.append('\t')
                elif el.tag in (WNS + 'br', WNS + 'cr'):
                    chunks.append('\n')
            out.append(''.join(chunks))
    return '\n'.join(out)

def odt_walk(el, acc):
    if el.text:
        acc.append(el.text)
    for ch in el:
        if ch.tag == TNS + 's':
            acc.append(' ' * int(ch.get(TNS + 'c', '1')))
        elif ch.tag == TNS + 'tab':
            acc.append('\t')
        elif ch.tag == TNS + 'line-break':
            acc.append('\n')
        else:
            odt_walk(ch, acc)
        if ch.tail:
            acc.append(ch.tail)

def odt_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in ('content.xml', 'styles.xml'):
        if n not in z.namelist():
            continue
        root = ET.fromstring(z.read(n))
        for el in root.iter():
            if el.tag in (TNS + 'p', TNS + 'h'):
                acc = []
                odt_walk(el, acc)
                out.append(''.join(acc))
    return '\n'.join(out)

class _H(HTMLParser):
    BLOCK = {'p','div','br','li','h1','h2','h3','h4','h5','h6','tr','td','th','section',
             'article','header','footer','aside','nav','title','main'}
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0
    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style'):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append('\n')
    def handle_endtag(self, tag):
        if tag in ('script', 'style') and self.skip:
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append('\n')
    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)

def html_text(data):
    h = _H()
    h.feed(data.decode('utf-8', errors='replace'))
    return unescape(''.join(h.out))

def members(path):
    if path.endswith('.zip'):
        z = zipfile.ZipFile(path)
        for n in z.namelist():
            if not n.endswith('/'):
                yield n, z.read(n)
    else:
        with tarfile.open(path, 'r:*') as t:
            for m in t.getmembers():
                if m.isfile():
                    yield m.name, t.extractfile(m).read()

def archive_text(path):
    texts, files = [], []
    for name, data in members(path):
        low = name.lower()
        if low.endswith('.docx'):
            texts.append(docx_text(data)); files.append(name)
        elif low.endswith('.odt'):
            texts.append(odt_text(data)); files.append(name)
        elif low.endswith(('.html', '.htm')):
            texts.append(html_text(data)); files.append(name)
    return norm('\n'.join(texts)), files

def main():
    labels = json.load(open(os.path.join(HERE, 'labels.json'), encoding='utf-8'))
    problems = 0
    counts = {i: 0 for i in IDS}
    for qid in sorted(labels):
        e = labels[qid]
        path = os.path.join(HERE, 'archives', e['archive'])
        if not os.path.exists(path):
            print(f'{qid}: archive missing {path}'); problems += 1; continue
        text, files = archive_text(path)
        ntext = text.casefold()
        if set(e['indicators']) != set(IDS):
            print(f'{qid}: indicator set wrong'); problems += 1
        for ind, v in e['indicators'].items():
            if v not in ('present', 'absent'):
                print(f'{qid} {ind}: bad value {v}'); problems += 1
            if v == 'present':
                counts[ind] += 1
                ev = e.get('evidence', {}).get(ind, [])
                if not ev:
                    print(f'{qid} {ind}: present but no evidence'); problems += 1
                for s in ev:
                    if norm(s).casefold() not in ntext:
                        print(f'{qid} {ind}: evidence not found: {s[:90]}'); problems += 1
            else:
                if e.get('evidence', {}).get(ind):
                    print(f'{qid} {ind}: absent but has evidence'); problems += 1
                if not e.get('notes', {}).get(ind):
                    print(f'{qid} {ind}: absent without note'); problems += 1
        npres = sum(v == 'present' for v in e['indicators'].values())
        print(f'{qid} {e["archive"]:<12} files={len(files)} chars={len(text):>6} present={npres:>2}')
    print('per-indicator present counts:', ' '.join(f'{k}={v}' for k, v in counts.items()))
    print(f'{problems} problems')
    return 1 if problems else 0

if __name__ == '__main__':
    sys.exit(main())
